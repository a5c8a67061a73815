"""Reading: Italian articles (.txt, .md, .html) into :class:`Article` records.

Articles arrive as copy-pasted text with real mess: markdown, photo credits,
captions, bylines, section labels and stray UI words. This stage keeps the
article's paragraphs, pulls title/date/author/outlet from where newspapers put
them, and drops the rest. A file that cannot be read raises :class:`ReadError`
with a message meant for the user; the corpus reader turns it into a warning and
goes on with the other files.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefing.data import Article, Paragraph, Sentence, Warning_
from briefing.errors import InputError
from briefing.italian.calendar import MONTH, WEEKDAY, parse_italian_date
from briefing.read.segmenting import split_sentences

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

DATE_RE = re.compile(
    rf"(?:{WEEKDAY},?\s+)?\d{{1,2}}[º°]?\s+{MONTH}\.?\s+\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}(?:,?\s+(?:ore\s+)?\d{1,2}[:.]\d{2})?"
    r"|\d{4}-\d{2}-\d{2}",
    re.IGNORECASE,
)
# "Pyongyang (Nord Corea) - 13 ago 2025 (Prima Notizia 24)" opening a paragraph.
DATELINE_RE = re.compile(
    rf"^(?P<place>[A-ZÀ-Ü][^\n\-–]{{1,60}}?)\s+[-–]\s+(?P<date>{DATE_RE.pattern})"
    r"(?:\s*\((?P<outlet>[^)]{2,60})\))?\s*",
    re.IGNORECASE,
)
_CAP = rf"(?!(?i:{WEEKDAY})\b)[A-ZÀ-Ü][a-zà-ÿ'’]+"
NAME = rf"{_CAP}(?:\s+(?:de|di|da|del|della|van|von|{_CAP})){{1,3}}"
BYLINE_RE = re.compile(
    rf"(?i:^(?:di|by|a cura di))\s+(?P<name>{NAME})\s*(?:[|,–-]\s*)?(?P<rest>.*)$"
)
NAME_LINE_RE = re.compile(rf"^{NAME}$")
# "a cura della redazione Spettacoli | 2023-04-10"
META_LINE_RE = re.compile(r"^(?P<who>[^|]{0,80}?)\s*\|\s*(?P<date>[^|]+)$")
FOLDER_NOTES = re.compile(r"^(?:readme|sources?|license|changelog)\.(?:md|txt)$", re.IGNORECASE)
CREDIT_RE = re.compile(r"^(?:©|\(c\)|copyright\b|foto\b|photo\b|credit)", re.IGNORECASE)
CAPTION_RE = re.compile(
    r"[/|]\s*(?:Reuters|ANSA|AP|AFP|EPA|Getty(?: Images)?|LaPresse|Imagoeconomica|Ipa|Ansa)"
    r"\s*\.?$",
    re.IGNORECASE,
)
SECTION_PREFIX_RE = re.compile(
    r"^(?:Esteri|Politica|Cronaca|Economia|Mondo|Guerra|Interni|Attualità|Cultura|Sport)"
    r"(?:\s*[-–]\s*[^:]{1,30})?:\s*",
    re.IGNORECASE,
)
TERMINAL = tuple('.!?:;»"”)…')


class ReadError(InputError):
    """A file that cannot be turned into an article; the message is for the user."""


@dataclass
class _Meta:
    title: str | None = None
    date: date | None = None
    author: str | None = None
    outlet: str | None = None


# Control characters never belong in an article (tab, newline and carriage return aside):
# they are dropped, so no NUL reaches the JSON and no escape sequence a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(raw: bytes) -> tuple[str, str | None]:
    """Decode file bytes; returns text and a note when something had to be repaired.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such. A UTF-8 file with
    a few bad bytes keeps its accents: the bad bytes become U+FFFD and the note says how
    many. Only text with no valid UTF-8 at all is read as Windows-1252/Latin-1. Control
    characters are removed wherever they are.
    """
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError("not text: starts like UTF-16 but does not decode as UTF-16") from None
        return _clean(text, None)
    if not raw.strip():
        raise ReadError("empty file")
    head = raw[:8192]
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    if b"\x00" in head or controls > len(head) * 0.05 or raw.count(b"\x00") > len(raw) * 0.01:
        raise ReadError("binary file, not text")
    try:
        return _clean(raw.decode("utf-8-sig"), None)
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_MULTIBYTE.findall(raw))
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if valid and bad <= max(3, valid // 10):
        return _clean(text, f"{bad} byte(s) that are not valid UTF-8 replaced by �; the rest "
                            "read as UTF-8")
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return _clean(text, "not UTF-8: read as Latin-1 (Windows-1252); check accented letters")


def _clean(text: str, note: str | None) -> tuple[str, str | None]:
    cleaned = _CONTROL.sub("", text)
    if not cleaned.strip():
        raise ReadError("empty file")
    removed = len(text) - len(cleaned)
    if removed and removed != text.count("\ufeff") + text.count("\u200b"):
        extra = f"{removed} control character(s) removed"
        note = f"{note}; {extra}" if note else extra
    return cleaned, note


def _strip_markdown(line: str) -> str:
    line = re.sub(r"^\s{0,3}#{1,6}\s*", "", line)
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links keep their text
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
    return line.replace("**", "").strip()


def _is_junk(line: str) -> bool:
    """Photo credits, captions credited to an agency, all-caps labels."""
    if CREDIT_RE.match(line) or CAPTION_RE.search(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) <= 5 and len(letters) > 3 and all(c.isupper() for c in letters)


@functools.lru_cache(maxsize=1024)
def _is_date_line(line: str) -> date | None:
    m = DATE_RE.fullmatch(line.strip(" .|-–"))
    return parse_italian_date(m.group()) if m else None


def _looks_like_title(line: str) -> bool:
    return len(line.split()) <= 30 and not line.endswith((".", ";"))


def _lines(text: str) -> list[str]:
    """Logical lines: blank-line blocks, with hard-wrapped lines joined back."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current = ""
        for raw in block.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if (current and not current.endswith(TERMINAL) and line[:1].islower()
                    and not BYLINE_RE.match(line) and not META_LINE_RE.match(line)):
                current += " " + line
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return out


def _split_header(lines: list[str], meta: _Meta) -> list[str]:
    """Take title, byline, date and labels off the top; return the remaining lines."""
    header_end = 0
    for i, line in enumerate(lines[:8]):
        if _is_junk(line):
            header_end = i + 1
            continue
        d = _is_date_line(line)
        if d:
            meta.date = meta.date or d
            header_end = i + 1
            continue
        meta_line = META_LINE_RE.match(line)
        if meta_line and _is_date_line(meta_line.group("date")):
            meta.date = meta.date or _is_date_line(meta_line.group("date"))
            who = re.sub(r"(?i)^(?:di|by|a cura (?:di|della|del))\s+", "", meta_line.group("who"))
            meta.author = meta.author or (who[:1].upper() + who[1:] if who else None)
            header_end = i + 1
            lines[i] = ""
            continue
        by = BYLINE_RE.match(line)
        if by and (not by.group("rest") or _is_date_line(by.group("rest"))):
            meta.author = by.group("name")
            meta.date = meta.date or (_is_date_line(by.group("rest")) if by.group("rest") else None)
            header_end = i + 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if NAME_LINE_RE.match(line) and _is_date_line(nxt):
            meta.author = line
            header_end = i + 1
    header = [ln for ln in lines[:header_end] if ln and not _is_junk(ln)]
    body = lines[header_end:]
    # what is left of the header: [section label], title, standfirst lines
    header = [
        ln for ln in header
        if not _is_date_line(ln) and not BYLINE_RE.match(ln) and ln != meta.author
    ]
    if header and len(header[0].split()) == 1 and len(header) > 1:
        header = header[1:]  # section label such as "Guerra"
    if not header and body and _looks_like_title(body[0]) and len(body) > 1:
        header, body = [body[0]], body[1:]
    if header and _looks_like_title(header[0]):
        meta.title = meta.title or SECTION_PREFIX_RE.sub("", header[0]).strip()
        header = header[1:]
    return header + body


def _split_footer(lines: list[str], meta: _Meta) -> list[str]:
    """Byline/date lines and one-word UI leftovers ("Today") at the bottom."""
    while lines:
        last = lines[-1]
        by = BYLINE_RE.match(last)
        if by:
            rest = by.group("rest").strip()
            d = _is_date_line(rest) if rest else None
            if rest and not d:
                break
            meta.author = meta.author or by.group("name")
            meta.date = meta.date or d
        elif _is_date_line(last):
            meta.date = meta.date or _is_date_line(last)
        elif len(last.split()) == 1 and not last.endswith(TERMINAL):
            pass
        elif _is_junk(last):
            pass
        else:
            break
        lines = lines[:-1]
    return lines


def _dateline(lines: list[str], meta: _Meta) -> list[str]:
    """A dateline opening the first paragraphs gives place, date and outlet."""
    for i, line in enumerate(lines[:3]):
        m = DATELINE_RE.match(line)
        if m:
            d = parse_italian_date(m.group("date"))
            if d is None:
                continue
            meta.date = meta.date or d
            meta.outlet = meta.outlet or (m.group("outlet") or "").strip() or None
            rest = line[m.end():].strip()
            return lines[:i] + ([rest] if rest else []) + lines[i + 1:]
    return lines


def _paragraphs(lines: Iterable[str]) -> list[Paragraph]:
    paras = []
    for line in lines:
        if _is_junk(line):
            continue
        heading = len(line.split()) <= 8 and not line.rstrip('"”»').endswith(TERMINAL[:-4])
        paras.append(Paragraph([Sentence(s) for s in split_sentences(line)], heading=heading))
    return [p for p in paras if p.sentences]


def parse_text(text: str, *, markdown: bool = False) -> tuple[_Meta, list[Paragraph]]:
    """Parse plain text or markdown into metadata and paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = _lines(text)
    lines = [_strip_markdown(ln) for ln in lines] if markdown or any(
        ln.startswith("#") or "**" in ln for ln in lines
    ) else lines
    lines = [ln for ln in lines if ln]
    meta = _Meta()
    lines = _split_header(lines, meta)
    lines = _split_footer(lines, meta)
    lines = _dateline(lines, meta)
    return meta, _paragraphs(lines)


def parse_html(html: str) -> tuple[_Meta, list[Paragraph]]:
    """Main text and metadata of a news page, through trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise ReadError("no article text found in the HTML page")
    meta = _Meta(author=doc.author or None, outlet=doc.sitename or None)
    title = (doc.title or "").strip()
    if title and meta.outlet:
        title = re.sub(rf"\s*[-|–]\s*{re.escape(meta.outlet)}\s*$", "", title)
    meta.title = title or None
    if doc.date:
        try:
            meta.date = date.fromisoformat(doc.date[:10])
        except ValueError:
            meta.date = None
    body_meta, paragraphs = parse_text(doc.text)
    meta.date = meta.date or body_meta.date
    meta.author = meta.author or body_meta.author
    if not meta.title and body_meta.title:
        meta.title = body_meta.title
    return meta, paragraphs


MAX_ARTICLE_ENV = "BRIEFING_MAX_ARTICLE_MB"
DEFAULT_MAX_ARTICLE_MB = 2.0
# Names of what `briefing build` and `handout` write: never read back as articles.
OWN_OUTPUT = re.compile(r"^(?:briefing-\d{4}-\d{2}-\d{2}\.(?:pdf|html|json|md)"
                        r"|handout-.+-\d{4}-\d{2}-\d{2}(?:-bilingual)?\.pdf)$")


def max_article_bytes() -> int:
    """The size above which a file is refused (BRIEFING_MAX_ARTICLE_MB, default 2 MB)."""
    try:
        mb = float(os.environ.get(MAX_ARTICLE_ENV, DEFAULT_MAX_ARTICLE_MB))
    except ValueError:
        mb = DEFAULT_MAX_ARTICLE_MB
    return int(mb * 1_000_000)


def _check_file(path: Path, limit: int) -> None:
    """A regular file within the size limit, or ReadError (no read of a pipe or a device)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ReadError("file not found" if not path.is_symlink() else
                        "a broken link: its target does not exist") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("a link that loops back on itself") from None
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if stat.S_ISFIFO(st.st_mode):
        raise ReadError("a named pipe (FIFO), not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError("not a regular file (a device or a socket)")
    if st.st_size > limit:
        raise ReadError(f"{st.st_size / 1e6:.1f} MB is over the {limit / 1e6:g} MB limit for "
                        f"one article (raise it with {MAX_ARTICLE_ENV})")


def read_article(path: Path, limit: int | None = None) -> tuple[Article, list[str]]:
    """Read one article file; returns it with notes worth a warning. Raises ReadError."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(
            f"unsupported file type '{suffix or path.name}' (use .txt, .md or .html)"
        )
    _check_file(path, limit or max_article_bytes())
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReadError("file not found") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    text, note = decode(raw)
    notes = [note] if note else []
    if suffix in (".html", ".htm"):
        meta, paragraphs = parse_html(text)
    else:
        meta, paragraphs = parse_text(text, markdown=suffix in (".md", ".markdown"))
    if not paragraphs:
        raise ReadError("no article text found")
    if meta.date is None:
        notes.append("no date found in the text: marked undated")
    article = Article(
        id=path.stem, path=path, paragraphs=paragraphs, title_it=meta.title,
        date=meta.date, author=meta.author, outlet=meta.outlet,
    )
    return article, notes


def _outside(path: Path, folder: Path) -> bool:
    """Whether a link in the folder leads outside it (then its content is not ours to read)."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return False  # broken or looping: reported when read
    root = folder.resolve()
    return root != target.parent and root not in target.parents


def read_corpus(folder: Path) -> tuple[list[Article], list[Warning_]]:
    """Read every article in a folder (sorted by name); bad files become warnings.

    Links that lead outside the folder are not followed (a link to a private file must
    not end up in a briefing); loops, broken links, pipes and devices are named and
    skipped; the tool's own outputs in the folder are not read back as articles.
    """
    articles: list[Article] = []
    warnings: list[Warning_] = []
    entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    paths: list[Path] = []
    for p in entries:
        if p.is_symlink() and _outside(p, folder):
            warnings.append(Warning_(p.name, "skipped: a link to a file outside the corpus "
                                             "folder (not followed)"))
        elif p.is_dir():
            warnings.append(Warning_(p.name + "/", "skipped: a subfolder (only the files "
                                                   "directly in the corpus folder are read)"))
        elif OWN_OUTPUT.match(p.name):
            warnings.append(Warning_(p.name, "skipped: an output of briefing, not an article"))
        else:
            paths.append(p)
    stems = [p.stem for p in paths]
    limit = max_article_bytes()
    for path in paths:
        if FOLDER_NOTES.match(path.name):
            warnings.append(Warning_(path.name, "skipped: a folder note (README/SOURCES/…), "
                                                "not an article"))
            continue
        try:
            article, notes = read_article(path, limit)
        except ReadError as exc:
            warnings.append(Warning_(path.name, f"skipped: {exc}"))
            continue
        if stems.count(path.stem) > 1:  # "x.txt" and "x.html": ids must stay unique
            article.id = path.name
        articles.append(article)
        warnings.extend(Warning_(article.id, n) for n in notes)
    return articles, warnings


def read_one(path: Path) -> tuple[Article, list[Warning_]]:
    """One article for ``translate`` and ``handout``, with the warnings it earned; an article
    that cannot be read, or is in a language we cannot translate, is an InputError."""
    from briefing.read.language import check_languages

    try:
        article, notes = read_article(path)
    except ReadError as exc:
        raise ReadError(f"{path}: {exc}") from None
    kept, language_notes = check_languages([article])
    if not kept:  # "written in French, not Italian"
        raise ReadError(f"{path}: {language_notes[0].message.removeprefix('skipped: ')}")
    return kept[0], [Warning_(article.id, n) for n in notes] + language_notes
