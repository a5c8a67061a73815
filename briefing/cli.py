"""Command line: parses options, calls the library, prints. No work happens here.

Errors a user can cause are :class:`briefing.errors.BriefingError`\\ s; the command group
turns each into one line and its exit status (see :mod:`briefing.errors`), in one place:
2 for usage (an option or argument that cannot be met, a missing file or folder) and for a
missing translation engine, 1 for any other failure. What is printed goes through
:mod:`briefing.terminal` (safe text, --quiet/--verbose, warnings summarised).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import click

from briefing import __version__
from briefing.errors import BriefingError, UsageError
from briefing.terminal import echo as _echo
from briefing.terminal import output_options, safe, say, warn
from briefing.terminal import progress as _progress

DATE = click.DateTime(formats=["%Y-%m-%d"])
MAX_THREADS = 256
EPILOG = ("Exit status: 0 done; 1 a failure (no usable article, an output that cannot be "
          "written, a cache); 2 a usage error (an option that cannot be met, a missing file "
          "or folder) or no translation engine.")


class _Failure(click.ClickException):
    """A BriefingError as Click prints it: 'Error: <one line>', with its exit status."""

    def __init__(self, error: BriefingError) -> None:
        super().__init__(safe(error))
        self.exit_code = error.exit_code


class _Commands(click.Group):
    """The command group: a BriefingError from any command ends as one line; Click's own
    messages (which quote what the user typed, a file name included) are made safe too."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.ClickException as exc:
            exc.message = safe(exc.message)
            raise

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BriefingError as exc:
            raise _Failure(exc) from None
        except click.ClickException as exc:
            exc.message = safe(exc.message)
            raise


def _translator(engine: str, threads: int, device: str, cache: bool,
                glossary: Path | None = None):
    from briefing.translate.engines import open_translator

    return open_translator(engine, threads=threads, device=device, cache=cache,
                           say=lambda line: say(line), glossary=glossary)


def translation_options(f):
    """--engine, --threads, --device, --glossary and --no-cache, shared by the commands
    that translate."""
    f = click.option("--no-cache", is_flag=True,
                     help="Analyse, translate and render everything again; do not read or "
                          "write the caches.")(f)
    f = click.option("--glossary", type=click.Path(dir_okay=False, path_type=Path),
                     metavar="FILE",
                     help="A glossary (TSV: Italian, English) over the default one and "
                          "your own; names and terms it lists are translated as it says.")(f)
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


def pdf_variant_option(f):
    """--pdf-variant, for the commands that write a PDF."""
    return click.option("--pdf-variant", metavar="NAME",
                        help="An archival or accessible PDF: pdf/a-3a, pdf/ua-1, … (any "
                             "variant WeasyPrint writes).")(f)


def _analysis_cache(no_cache: bool):
    """The analysis cache, or None with --no-cache; a cache that cannot be used is said."""
    if no_cache:
        return None
    from briefing.memo import AnalysisCache

    memo = AnalysisCache()
    if memo.repaired:
        say(f"warning: the analysis cache was damaged: moved aside to {memo.repaired}")
    if memo.problem:
        say(f"warning: {memo.problem}; analysing without it")
    return memo


def _pdf_cache(no_cache: bool):
    from briefing.render.pdfcache import PdfCache

    return None if no_cache else PdfCache()


def _pdf_cache_report(cache) -> None:
    if cache is not None and cache.damaged:
        say(f"warning: {cache.damaged} damaged PDF cache entr"
            f"{'y was' if cache.damaged == 1 else 'ies were'} dropped and made again")


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


def _writable(folder: Path, name: str | None = None) -> None:
    """Before any work: the size limit is a number, the folder can take the output."""
    from briefing.atomic import ensure_writable
    from briefing.read.opening import max_article_bytes

    max_article_bytes()  # BRIEFING_MAX_ARTICLE_MB=abc is a usage error, said first
    ensure_writable(folder, name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=EPILOG)
@click.version_option(__version__, prog_name="briefing")
@output_options
def main() -> None:
    """Turn Italian news articles into an English PDF briefing, offline."""


@main.command(epilog=EPILOG)
@click.argument("corpus_dir", default="corpus",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder the briefing is written to (briefing-<date or week>.<format>).")
@click.option("--date", "on", type=DATE, help="Briefing date on the cover [default: today].")
@click.option("--since", type=DATE, help="Leave out articles dated before this day.")
@click.option("--until", type=DATE, help="Leave out articles dated after this day.")
@click.option("--week", help="ISO week to cover, e.g. 2025-W36 (Monday to Sunday); "
                             "instead of --since/--until. The cover is dated by the week.")
@click.option("--undated", default="include", show_default=True,
              type=click.Choice(["include", "exclude"]),
              help="Articles with no date: kept and flagged, or left out.")
@click.option("--title", default="Weekly Briefing", show_default=True, help="Cover title.")
@click.option("--sentences", default=3, show_default=True, type=click.IntRange(1, 20),
              help="Summary length per article.")
@click.option("--algorithm", default="lexrank", show_default=True,
              type=click.Choice(["lexrank", "lsa", "textrank", "luhn"]),
              help="Summary algorithm (sumy).")
@click.option("--format", "fmt", default="pdf,json", show_default=True,
              help="Comma-separated: pdf, html, json, md.")
@pdf_variant_option
@translation_options
@output_options
def build(corpus_dir: Path, out_dir: Path, on, since, until, week: str | None, undated: str,
          title: str, sentences: int, algorithm: str, fmt: str, pdf_variant: str | None,
          engine: str, threads: int, device: str, glossary: Path | None,
          no_cache: bool) -> None:
    """Build the briefing over every article in CORPUS_DIR; -o is the folder it is
    written to."""
    from briefing.periods import cover_date, period
    from briefing.pipeline import Options
    from briefing.pipeline import build as build_briefing
    from briefing.render.write import write_briefing

    formats = _formats(fmt)
    covered = period(since.date() if since else None, until.date() if until else None, week,
                     undated)
    _writable(out_dir)  # before the work, not after it
    translators = []

    def factory():
        translators.append(_translator(engine, threads, device, not no_cache, glossary))
        return translators[-1]

    memo = _analysis_cache(no_cache)
    if memo is not None:
        from briefing.translate.engines import fingerprint

        engine_key = fingerprint(engine, device=device, glossary=glossary)
    b = build_briefing(corpus_dir, on=on.date() if on else cover_date(covered, date.today()),
                       title=title, translator_factory=factory,
                       options=Options(sentences=sentences, algorithm=algorithm),
                       period=covered, progress=_progress, memo=memo,
                       translator_key=engine_key if memo is not None else None)
    problem = getattr(translators[0], "problem", None) if translators else None
    if problem:
        say(f"warning: {problem}")
    pdf_cache = _pdf_cache(no_cache)
    try:
        paths = write_briefing(b, out_dir, formats, pdf_cache, progress=_progress,
                               pdf_variant=pdf_variant)
    except BriefingError:
        warn(b.warnings)
        raise
    warn(b.warnings, next((str(p) for p in paths if p.suffix == ".json"), None))
    _pdf_cache_report(pdf_cache)
    start, end = b.period
    conflicts = sum(len(s.conflicts) for s in b.stories)
    say(f"{len(b.reports)} article{'s' * (len(b.reports) != 1)} in {len(b.stories)} "
        f"stor{'y' if len(b.stories) == 1 else 'ies'}, period {start or 'n/a'} – "
        f"{end or 'n/a'}, {sum(len(r.quotes) for r in b.reports)} quotes, "
        f"{sum(len(r.figures) for r in b.reports)} figures, {conflicts} "
        f"conflict{'s' * (conflicts != 1)} between sources", err=False)
    for p in paths:
        say(f"wrote {p}", err=False)


def _read_article(path: str):
    """The article named on the command line, or on standard input for '-'."""
    from briefing.read.files import read_input, read_one
    from briefing.read.opening import max_article_bytes

    if path != "-":
        return read_one(Path(path))
    limit = max_article_bytes()
    import sys

    raw = sys.stdin.buffer.read(limit + 1)
    if len(raw) > limit:
        from briefing.read.files import ReadError

        raise ReadError(f"standard input: over the {limit / 1e6:g} MB limit for one article")
    if not raw.strip():
        raise UsageError("standard input is empty: give an article, or a file name")
    return read_input(raw)


def _one_article(path: str, engine: str, threads: int, device: str, no_cache: bool,
                 glossary: Path | None):
    """Read, extract and translate one article; returns its report and the engine used."""
    from briefing.pipeline import single

    article, notes = _read_article(path)
    translator = _translator(engine, threads, device, not no_cache, glossary)
    rep, warnings = single(article, translator, progress=_progress)
    warn(notes + warnings)
    return rep, translator.info


_SAFE_NAME = re.compile(r"[^\w.,+=@-]+")


def _default_name(article: str, ending: str) -> str:
    """An output name made from the article's: unsafe characters as '_', and short enough
    for any file system (a long name is cut and keeps a hash, so two stay apart)."""
    import hashlib

    stem = "stdin" if article == "-" else Path(article).name
    for suffix in (".txt", ".md", ".markdown", ".html", ".htm"):
        stem = stem.removesuffix(suffix)
    stem = _SAFE_NAME.sub("_", stem).strip("._") or "article"
    room = 255 - len(ending.encode()) - 16
    if len(stem.encode()) > room:
        digest = hashlib.sha256(stem.encode()).hexdigest()[:8]
        while len(stem.encode()) > room - 9:
            stem = stem[:-1]
        stem = f"{stem}-{digest}"
    return stem + ending


def _target(out: str | None, default_folder: Path | None, name: str) -> Path | None:
    """Where -o says to write: a file, or a folder (one that exists, or written with a
    trailing '/') to write the default name into; None for standard output."""
    if out is None:
        return default_folder / name if default_folder else None
    if out == "-":
        return None
    import os

    path = Path(out)
    if out.endswith(("/", "\\")) or os.path.isdir(path):
        return path / name
    return path


@main.command(epilog=EPILOG)
@click.argument("article", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-o", "--out", "out", metavar="FILE|DIR/|-",
              help="Write to this file, into this folder (named <article>.en.<format>), or "
                   "to standard output ('-', the default).")
@click.option("--format", "fmt", default="txt", show_default=True,
              type=click.Choice(["txt", "md", "json"]))
@translation_options
@output_options
def translate(article: str, out: str | None, fmt: str, engine: str, threads: int,
              device: str, glossary: Path | None, no_cache: bool) -> None:
    """Translate one ARTICLE into English ('-': read it from standard input)."""
    from briefing.render.write import article_text

    target = _target(out, None, _default_name(article, f".en.{fmt}"))
    if target is not None:
        _writable(target.parent, target.name)  # before the work: folder, disk, name
    else:
        from briefing.read.opening import max_article_bytes

        max_article_bytes()
    rep, info = _one_article(article, engine, threads, device, no_cache, glossary)
    text = article_text(rep, fmt, info)
    if target is not None:
        _write_file(target, text)
        say(f"wrote {target}")
    else:
        # the article's own text: control characters were removed when it was read
        click.echo(text, nl=False)


@main.command(epilog=EPILOG)
@click.argument("article", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-o", "--out", "out", metavar="FILE|DIR/",
              help="PDF to write, or a folder to write it into [default: "
                   "out/handout-<article>-<date>.pdf].")
@click.option("--bilingual", is_flag=True, help="Italian and English paragraphs side by side.")
@click.option("--date", "on", type=DATE, help="Date printed on the handout [default: today].")
@pdf_variant_option
@translation_options
@output_options
def handout(article: str, out: str | None, bilingual: bool, on, pdf_variant: str | None,
            engine: str, threads: int, device: str, glossary: Path | None,
            no_cache: bool) -> None:
    """A one-article PDF handout of ARTICLE ('-': read it from standard input)."""
    from briefing.render.html import handout_html
    from briefing.render.pdf import html_to_pdf

    day = on.date() if on else date.today()
    suffix = "-bilingual" if bilingual else ""
    name = "handout-" + _default_name(article, f"-{day.isoformat()}{suffix}.pdf")
    if out == "-":
        raise UsageError("-o -: a handout is a PDF file; give a file or a folder")
    target = _target(out, Path("out"), name)
    _writable(target.parent, target.name)  # before the work: folder, disk, name
    rep, info = _one_article(article, engine, threads, device, no_cache, glossary)
    cache = _pdf_cache(no_cache)
    pdf = html_to_pdf(handout_html(rep, bilingual=bilingual, on=day, translation=info), cache,
                      pdf_variant=pdf_variant)
    _write_file(target, pdf)
    _pdf_cache_report(cache)
    say(f"wrote {target}", err=False)


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
    """The caches in the user cache dir: translations, analyses (SQLite) and rendered PDFs."""


@cache.command("stats")
def cache_stats() -> None:
    """Entries and size of the translation, analysis and PDF caches."""
    from briefing.memo import analysis_stats
    from briefing.render.pdfcache import PdfCache
    from briefing.translate.cache import stats_lines

    for line in stats_lines():
        _echo(line)
    _echo(analysis_stats())
    pdf = PdfCache().stats()
    _echo(f"rendered PDFs: {pdf.path}")
    _echo(f"entries: {pdf.entries}  size: {pdf.size_bytes / 1024:.1f} KiB"
          + (f"  unfinished writes: {pdf.temporaries}" if pdf.temporaries else ""))


@cache.command("clear")
def cache_clear() -> None:
    """Delete every cached translation, analysis and rendered PDF."""
    from briefing.errors import CacheUnavailable
    from briefing.memo import clear_analyses
    from briefing.render.pdfcache import PdfCache
    from briefing.translate.cache import clear_translations

    what = clear_translations()
    analyses = clear_analyses()
    try:
        m = PdfCache().clear()
    except OSError as exc:
        raise CacheUnavailable(f"cannot clear the PDF cache: {exc.strerror or exc}") from None
    _echo(f"removed {what}, {analyses} and {m} rendered PDF{'s' * (m != 1)}")


if __name__ == "__main__":  # pragma: no cover
    main()
