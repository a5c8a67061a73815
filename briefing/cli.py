"""Command line: parses options, calls the library, prints. No work happens here.

Errors a user can cause are :class:`briefing.errors.BriefingError`\\ s; the command group
turns each into one line and its exit status (see :mod:`briefing.errors`), in one place.
Everything printed is made safe for a terminal first: a file name or an article cannot
send escape sequences, and a newline in a file name cannot split a warning line.
"""

from __future__ import annotations

import re
import sys
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

import click

from briefing import __version__
from briefing.data import Warning_
from briefing.errors import BriefingError

DATE = click.DateTime(formats=["%Y-%m-%d"])
MAX_THREADS = 256

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def safe(text: object) -> str:
    """Text for the terminal: control characters shown as \\xNN, never acted on."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


def _echo(text: str, err: bool = False) -> None:
    click.echo(safe(text), err=err)


class _Failure(click.ClickException):
    """A BriefingError as Click prints it: 'Error: <one line>', with its exit status."""

    def __init__(self, error: BriefingError) -> None:
        super().__init__(safe(error))
        self.exit_code = error.exit_code


class _Commands(click.Group):
    """The command group: a BriefingError from any command ends as one line."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BriefingError as exc:
            raise _Failure(exc) from None


def _progress(label: str, length: int) -> AbstractContextManager:
    """A progress bar on a terminal; silent in pipes and files."""
    if sys.stderr.isatty() and length:
        return click.progressbar(length=length, label=label, file=sys.stderr)
    from briefing.translate.batch import quiet_progress

    return quiet_progress(label, length)


def _translator(engine: str, threads: int, device: str, cache: bool):
    from briefing.translate.engines import open_translator

    return open_translator(engine, threads=threads, device=device, cache=cache,
                           say=lambda line: _echo(line, err=True))


def translation_options(f):
    """--engine, --threads, --device and --no-cache, shared by the commands that translate."""
    f = click.option("--no-cache", is_flag=True,
                     help="Translate and render everything again; do not read or write "
                          "the caches.")(f)
    f = click.option("--device", default="cpu", show_default=True,
                     type=click.Choice(["auto", "cpu", "cuda"]),
                     help="Where CTranslate2 runs (Argos).")(f)
    f = click.option("--threads", default=0, type=click.IntRange(0, MAX_THREADS),
                     help="CPU threads for Argos (0 = all).")(f)
    return click.option("--engine", default="auto", show_default=True,
                        type=click.Choice(["auto", "argos", "apertium"]),
                        help="Translation engine: Argos (neural, needs its model), Apertium "
                             "(rough rule-based fallback), or auto = Argos if its model is "
                             "installed, else Apertium.")(f)


def _pdf_cache(no_cache: bool):
    from briefing.render.pdfcache import PdfCache

    return None if no_cache else PdfCache()


def _pdf_cache_report(cache) -> None:
    if cache is not None and cache.damaged:
        _echo(f"warning: {cache.damaged} damaged PDF(s) in the cache were dropped and "
              "rendered again", err=True)


def _warn(warnings: list[Warning_]) -> None:
    for w in warnings:
        _echo(f"warning: {w.article + ': ' if w.article else ''}{w.message}", err=True)


def _formats(value: str) -> list[str]:
    from briefing.render.write import FORMATS

    fmts = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise click.BadParameter(f"unknown format {', '.join(bad) or value!r}; choose from "
                                 f"{', '.join(FORMATS)}", param_hint="--format")
    return list(dict.fromkeys(fmts))


def _write_file(target: Path, data: bytes | str) -> None:
    from briefing.atomic import write_atomic
    from briefing.errors import OutputError

    try:
        write_atomic(target, data)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None


def _writable(folder: Path) -> None:
    from briefing.atomic import ensure_writable

    ensure_writable(folder)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn Italian news articles into an English PDF briefing, offline."""


@main.command()
@click.argument("corpus_dir", default="corpus",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", default="out", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--date", "on", type=DATE, help="Briefing date on the cover [default: today].")
@click.option("--since", type=DATE, help="Leave out articles dated before this day.")
@click.option("--until", type=DATE, help="Leave out articles dated after this day.")
@click.option("--week", help="ISO week to cover, e.g. 2025-W36 (Monday to Sunday); "
                             "instead of --since/--until.")
@click.option("--title", default="Weekly Briefing", show_default=True, help="Cover title.")
@click.option("--sentences", default=3, show_default=True, type=click.IntRange(1, 20),
              help="Summary length per article.")
@click.option("--algorithm", default="lexrank", show_default=True,
              type=click.Choice(["lexrank", "lsa", "textrank", "luhn"]),
              help="Summary algorithm (sumy).")
@click.option("--format", "fmt", default="pdf,json", show_default=True,
              help="Comma-separated: pdf, html, json, md.")
@translation_options
def build(corpus_dir: Path, out_dir: Path, on, since, until, week: str | None, title: str,
          sentences: int, algorithm: str, fmt: str, engine: str, threads: int, device: str,
          no_cache: bool) -> None:
    """Build the briefing over every article in CORPUS_DIR."""
    from briefing.periods import period
    from briefing.pipeline import Options
    from briefing.pipeline import build as build_briefing
    from briefing.render.write import write_briefing

    formats = _formats(fmt)
    covered = period(since.date() if since else None, until.date() if until else None, week)
    _writable(out_dir)  # before the work, not after it
    translators = []

    def factory():
        translators.append(_translator(engine, threads, device, not no_cache))
        return translators[-1]

    b = build_briefing(corpus_dir, on=on.date() if on else date.today(), title=title,
                       translator_factory=factory,
                       options=Options(sentences=sentences, algorithm=algorithm),
                       period=covered, progress=_progress)
    problem = getattr(translators[0], "problem", None) if translators else None
    if problem:
        _echo(f"warning: {problem}", err=True)
    _warn(b.warnings)
    pdf_cache = _pdf_cache(no_cache)
    paths = write_briefing(b, out_dir, formats, pdf_cache)
    _pdf_cache_report(pdf_cache)
    start, end = b.period
    conflicts = sum(len(s.conflicts) for s in b.stories)
    _echo(f"{len(b.reports)} articles in {len(b.stories)} "
          f"stor{'y' if len(b.stories) == 1 else 'ies'}, period {start or 'n/a'} – "
          f"{end or 'n/a'}, {sum(len(r.quotes) for r in b.reports)} quotes, "
          f"{sum(len(r.figures) for r in b.reports)} figures, {conflicts} "
          f"conflict{'s' * (conflicts != 1)} between sources")
    for p in paths:
        _echo(f"wrote {p}")


def _one_article(path: Path, engine: str, threads: int, device: str, no_cache: bool):
    """Read, extract and translate one article; returns its report and the engine used."""
    from briefing.pipeline import single
    from briefing.read.files import read_one

    article, notes = read_one(path)
    translator = _translator(engine, threads, device, not no_cache)
    rep, warnings = single(article, translator, progress=_progress)
    _warn(notes + warnings)
    return rep, translator.info


@main.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@click.option("--format", "fmt", default="txt", show_default=True,
              type=click.Choice(["txt", "md", "json"]))
@translation_options
def translate(article: Path, out_file: Path | None, fmt: str, engine: str, threads: int,
              device: str, no_cache: bool) -> None:
    """Translate one ARTICLE into English."""
    from briefing.render.write import article_text

    if out_file:
        _writable(out_file.parent)
    rep, info = _one_article(article, engine, threads, device, no_cache)
    text = article_text(rep, fmt, info)
    if out_file:
        _write_file(out_file, text)
        _echo(f"wrote {out_file}", err=True)
    else:
        # the article's own text: control characters were removed when it was read
        click.echo(text, nl=False)


@main.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="PDF to write [default: out/handout-<article>-<date>.pdf].")
@click.option("--bilingual", is_flag=True, help="Italian and English paragraphs side by side.")
@click.option("--date", "on", type=DATE, help="Date printed on the handout [default: today].")
@translation_options
def handout(article: Path, out_file: Path | None, bilingual: bool, on, engine: str,
            threads: int, device: str, no_cache: bool) -> None:
    """A one-article PDF handout of ARTICLE."""
    from briefing.render.html import handout_html
    from briefing.render.pdf import html_to_pdf

    day = on.date() if on else date.today()
    suffix = "-bilingual" if bilingual else ""
    target = out_file or Path("out") / f"handout-{article.stem}-{day.isoformat()}{suffix}.pdf"
    _writable(target.parent)
    rep, info = _one_article(article, engine, threads, device, no_cache)
    cache = _pdf_cache(no_cache)
    pdf = html_to_pdf(handout_html(rep, bilingual=bilingual, on=day, translation=info), cache)
    _write_file(target, pdf)
    _pdf_cache_report(cache)
    _echo(f"wrote {target}")


@main.group()
def models() -> None:
    """Manage the offline Italian→English translation model."""


@models.command("status")
def models_status() -> None:
    """Show which translation engines can run here (Argos model, Apertium pairs)."""
    from briefing.translate.engines import NoEngine, status

    engines = status()
    for e in engines:
        _echo(f"{e.name}: {'ready' if e.ready else 'not available'}: {e.detail}")
    if not any(e.ready for e in engines):
        from briefing.translate.apertium import INSTALL_HINT

        raise NoEngine("no Italian→English translation engine can run: run 'briefing models "
                       "install' (offline: --from FILE.argosmodel) or "
                       f"{INSTALL_HINT}")


@models.command("install")
@click.option("--from", "source", type=click.Path(dir_okay=False, path_type=Path),
              help="Install from this .argosmodel file (default: $BRIEFING_MODEL_FILE, "
                   "else download from the Argos index).")
def models_install(source: Path | None) -> None:
    """Install the it→en model, from a file or (online) from the Argos index."""
    import os

    from briefing.translate.argos import MODEL_FILE_ENV, install_from_file, install_from_index

    if source is None and os.environ.get(MODEL_FILE_ENV):
        source = Path(os.environ[MODEL_FILE_ENV])
    model = install_from_file(source) if source else install_from_index()
    _echo(f"installed {model.name} (version {model.version or 'unknown'}) at {model.path}")


@main.group()
def cache() -> None:
    """The caches in the user cache dir: translations (SQLite) and rendered PDFs."""


@cache.command("stats")
def cache_stats() -> None:
    """Entries and size of the translation and PDF caches."""
    import sqlite3

    from briefing.render.pdfcache import PdfCache
    from briefing.translate.cache import CacheUnavailable, TranslationCache, cache_path

    try:
        store = TranslationCache()
        if store.repaired:
            _echo(f"warning: the translation cache was damaged: moved aside to "
                  f"{store.repaired}", err=True)
        st = store.stats()
        _echo(f"cache: {st.path}")
        _echo(f"entries: {st.entries}  size: {st.size_bytes / 1024:.1f} KiB")
        for model, n in sorted(st.models.items()):
            _echo(f"  {model}: {n}")
    except (CacheUnavailable, sqlite3.Error) as exc:
        _echo(f"cache: {cache_path()}: cannot be read ({exc}); 'briefing cache clear' "
              "removes it")
    pdf = PdfCache().stats()
    _echo(f"rendered PDFs: {pdf.path}")
    _echo(f"entries: {pdf.entries}  size: {pdf.size_bytes / 1024:.1f} KiB")


@cache.command("clear")
def cache_clear() -> None:
    """Delete every cached translation and rendered PDF."""
    import sqlite3

    from briefing.errors import CacheUnavailable
    from briefing.render.pdfcache import PdfCache
    from briefing.translate.cache import TranslationCache, clear_files

    try:
        n = TranslationCache().clear()
        what = f"{n} cached translation{'s' * (n != 1)}"
    except (CacheUnavailable, sqlite3.Error):
        try:
            clear_files()
        except OSError as exc:
            raise CacheUnavailable(f"cannot remove the translation cache: "
                                   f"{exc.strerror or exc}") from None
        what = "the unreadable translation cache"
    try:
        m = PdfCache().clear()
    except OSError as exc:
        raise CacheUnavailable(f"cannot clear the PDF cache: {exc.strerror or exc}") from None
    _echo(f"removed {what} and {m} rendered PDF{'s' * (m != 1)}")


if __name__ == "__main__":  # pragma: no cover
    main()
