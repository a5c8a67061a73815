"""Reading: Italian articles (.txt, .md, .html) into :class:`Article` records.

A file that cannot be read raises :class:`ReadError` with a message meant for the user; the
corpus reader turns it into a warning and goes on with the other files. The stages below
this one: :mod:`opening` (what is opened is what is checked), :mod:`decoding` (bytes →
text), :mod:`parsing` and :mod:`html` (text → metadata and paragraphs), :mod:`metadata`
(front matter, believable dates), :mod:`names` (ids), :mod:`twins` (one article, one
source).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from briefing.data import Article, Paragraph, Warning_
from briefing.errors import InputError
from briefing.italian.calendar import parse_italian_date
from briefing.read.decoding import ReadError, decode
from briefing.read.html import parse_html
from briefing.read.metadata import Meta, believable
from briefing.read.names import article_ids, printable
from briefing.read.opening import (
    MAX_ARTICLE_ENV,
    Swapped,
    max_article_bytes,
    read_entry,
    read_link,
    read_path,
)
from briefing.read.parsing import FOLDER_NOTES, SUPPORTED_SUFFIXES, parse_text
from briefing.read.twins import drop_twins

__all__ = ["MAX_ARTICLE_ENV", "ReadError", "SUPPORTED_SUFFIXES", "decode", "max_article_bytes",
           "parse_html", "parse_italian_date", "parse_text", "read_article", "read_corpus",
           "read_input", "read_one"]

# Names of what `briefing build` and `handout` write: never read back as articles.
OWN_OUTPUT = re.compile(r"^(?:briefing-(?:\d{4}-\d{2}-\d{2}|\d{4}-W\d{2})\.(?:pdf|html|json|md)"
                        r"|handout-.+-\d{4}-\d{2}-\d{2}(?:-bilingual)?\.pdf)$")
# The sign-off `briefing translate` ends its .txt and .md outputs with.
TRANSLATED_BY = re.compile(r"(?:^|\n)[\[*_]*Translated by (?:Argos Translate|Apertium) [^\n]*"
                           r"\.[\]*_]*\s*\Z")


def _supported(name: str) -> str:
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"unsupported file type '{printable(suffix or name)}' (use .txt, .md "
                        "or .html)")
    return suffix


def _article(raw: bytes, path: Path, article_id: str, suffix: str) -> tuple[Article, list[str]]:
    """Bytes of one file → an article and the notes worth a warning; ReadError if none."""
    text, note = decode(raw)
    notes = [note] if note else []
    if TRANSLATED_BY.search(text[-2000:]):
        raise ReadError("an output of 'briefing translate' (already English), not an article")
    meta: Meta
    paragraphs: list[Paragraph]
    if suffix in (".html", ".htm"):
        meta, paragraphs = parse_html(text)
    else:
        meta, paragraphs = parse_text(text, markdown=suffix in (".md", ".markdown"))
    if not paragraphs:
        raise ReadError("no article text found")
    meta.date = believable(meta.date, meta)
    notes += meta.notes
    if meta.date is None and not any("treated as undated" in n for n in notes):
        notes.append("no date found in the text: marked undated")
    article = Article(
        id=article_id, path=path, paragraphs=paragraphs, title_it=meta.title,
        date=meta.date, author=meta.author, outlet=meta.outlet, url=meta.url,
        dateline_day=None if meta.date else meta.day,
    )
    return article, notes


def _parsed(raw: bytes, path: Path, article_id: str, suffix: str, memo
            ) -> tuple[Article, list[str]]:
    """:func:`_article`, from the analysis cache where the same bytes were read before
    under the same name (and on the same day: a date in the future is judged by it)."""
    if memo is None:
        return _article(raw, path, article_id, suffix)
    import hashlib
    from datetime import date

    from briefing.memo import key

    k = key("read", hashlib.sha256(raw).hexdigest(), str(path), article_id, suffix,
            date.today())
    hit = memo.get("read", k)
    if hit is None:
        try:
            hit = _article(raw, path, article_id, suffix)
        except ReadError as exc:
            hit = str(exc)  # the same bytes fail the same way
        memo.put("read", k, hit)
    if isinstance(hit, str):
        raise ReadError(hit)
    return hit


def read_article(path: Path, limit: int | None = None) -> tuple[Article, list[str]]:
    """Read one article file the user named (a link is followed); returns it with notes
    worth a warning. Raises ReadError."""
    suffix = _supported(path.name)
    raw = read_path(path, limit or max_article_bytes())
    stem = path.stem if path.suffix else path.name
    return _article(raw, path, printable(stem), suffix)


def read_input(raw: bytes, name: str = "stdin") -> tuple[Article, list[Warning_]]:
    """An article given on standard input: HTML if it looks like a page, else text."""
    head = raw[:2048].lstrip().lower()
    html = head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
    article, notes = _article(raw, Path(name), name, ".html" if html else ".md")
    return _languages(article, notes, name)


def _classify(dir_fd: int, name: str) -> str:
    """What an entry is, without following it: 'file', 'link', 'dir', or a reason to skip."""
    st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    if stat.S_ISLNK(st.st_mode):
        return "link"
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    if stat.S_ISFIFO(st.st_mode):
        return "a named pipe (FIFO), not a file"
    return "file" if stat.S_ISREG(st.st_mode) else "not a regular file (a device or a socket)"


def _read_entry(dir_fd: int, folder: Path, name: str, kind: str, limit: int) -> bytes:
    if kind == "link":
        return read_link(dir_fd, folder, name, limit)
    try:
        return read_entry(dir_fd, name, limit)
    except Swapped:  # became a link since it was listed: judged as a link
        return read_link(dir_fd, folder, name, limit)


def _listing(dir_fd: int) -> tuple[list[tuple[str, str]], list[Warning_]]:
    """The folder's entries that may be articles, and warnings for those that are not."""
    entries, warnings = [], []
    for name in sorted(os.listdir(dir_fd)):
        if name.startswith("."):
            continue
        shown = printable(name)
        try:
            kind = _classify(dir_fd, name)
        except OSError:
            continue  # removed since it was listed
        if kind == "dir":
            warnings.append(Warning_(shown + "/", "skipped: a subfolder (only the files "
                                                  "directly in the corpus folder are read)"))
        elif OWN_OUTPUT.match(name):
            warnings.append(Warning_(shown, "skipped: an output of briefing, not an article"))
        elif FOLDER_NOTES.match(name):
            warnings.append(Warning_(shown, "skipped: a folder note (README/SOURCES/…), not "
                                            "an article"))
        elif kind in ("file", "link"):
            entries.append((name, kind))
        else:
            warnings.append(Warning_(shown, f"skipped: {kind}"))
    return entries, warnings


def read_corpus(folder: Path, *, keep_twins: bool = False, memo=None
                ) -> tuple[list[Article], list[Warning_]]:
    """Read every article in a folder (sorted by name); bad files become warnings.

    Each file is opened once, without following links, and checked on what was opened;
    links that lead outside the folder are not followed (a link to a private file must not
    end up in a briefing), loops, broken links, pipes and devices are named and skipped,
    the tool's own outputs are not read back, and twins are kept once (``keep_twins``: all
    of them, for scoring each file against its own gold). With ``memo`` (the analysis
    cache, :class:`briefing.memo.AnalysisCache`) a file read before is not parsed again.
    """
    try:
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as exc:
        raise InputError(f"cannot read the corpus folder {printable(folder)}: "
                         f"{exc.strerror or exc}") from None
    try:
        entries, warnings = _listing(dir_fd)
        ids = article_ids(name for name, _ in entries)
        limit = max_article_bytes()
        articles: list[Article] = []
        for name, kind in entries:
            shown = printable(name)
            try:
                suffix = _supported(name)
                raw = _read_entry(dir_fd, folder, name, kind, limit)
                article, notes = _parsed(raw, folder / name, ids[name], suffix, memo)
            except ReadError as exc:
                warnings.append(Warning_(shown, f"skipped: {exc}"))
                continue
            articles.append(article)
            warnings.extend(Warning_(article.id, n) for n in notes)
    finally:
        os.close(dir_fd)
    if keep_twins:
        return articles, warnings
    articles, twin_warnings = drop_twins(articles)
    return articles, warnings + twin_warnings


def _languages(article: Article, notes: list[str], name: str):
    from briefing.read.language import check_languages

    kept, language_notes = check_languages([article])
    if not kept:  # "written in French, not Italian"
        raise ReadError(f"{name}: {language_notes[0].message.removeprefix('skipped: ')}")
    return kept[0], [Warning_(article.id, n) for n in notes] + language_notes


def read_one(path: Path) -> tuple[Article, list[Warning_]]:
    """One article for ``translate`` and ``handout``, with the warnings it earned; an article
    that cannot be read, or is in a language we cannot translate, is an InputError."""
    try:
        article, notes = read_article(path)
    except ReadError as exc:
        raise ReadError(f"{printable(path)}: {exc}") from None
    return _languages(article, notes, printable(path))
