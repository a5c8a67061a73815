"""Command line: parses options, calls the pipeline, prints. No work happens here."""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

import click

from briefing import __version__
from briefing.data import Warning_

DATE = click.DateTime(formats=["%Y-%m-%d"])


class ModelMissingError(click.ClickException):
    """Exit code 2: the translation model must be installed first."""

    exit_code = 2


def _progress(label: str, length: int) -> AbstractContextManager:
    """A progress bar on a terminal; silent in pipes and files."""
    if sys.stderr.isatty() and length:
        return click.progressbar(length=length, label=label, file=sys.stderr)
    from briefing.pipeline import quiet_progress

    return quiet_progress(label, length)


def _translator_factory(engine: str, threads: int, device: str = "cpu", cache: bool = True):
    def make():
        from briefing.engines import EngineError, NoEngine, choose, make_translator

        try:
            name, note = choose(engine)
            if note:
                click.echo(f"note: {note}", err=True)
            translator = make_translator(name, threads=threads, device=device)
        except NoEngine as exc:
            raise ModelMissingError(str(exc)) from None
        except EngineError as exc:
            raise click.ClickException(str(exc)) from None
        if not cache:
            return translator
        from briefing.cache import CachedTranslator, TranslationCache

        return CachedTranslator(translator, TranslationCache())

    return make


def translation_options(f):
    """--engine, --threads, --device and --no-cache, shared by the commands that translate."""
    f = click.option("--no-cache", is_flag=True,
                     help="Translate and render everything again; do not read or write "
                          "the caches.")(f)
    f = click.option("--device", default="cpu", show_default=True,
                     type=click.Choice(["auto", "cpu", "cuda"]),
                     help="Where CTranslate2 runs (Argos).")(f)
    f = click.option("--threads", default=0, type=click.IntRange(0),
                     help="CPU threads for Argos (0 = all).")(f)
    return click.option("--engine", default="auto", show_default=True,
                        type=click.Choice(["auto", "argos", "apertium"]),
                        help="Translation engine: Argos (neural, needs its model), Apertium "
                             "(rough rule-based fallback), or auto = Argos if its model is "
                             "installed, else Apertium.")(f)


def _pdf_cache(no_cache: bool):
    from briefing.cache import PdfCache

    return None if no_cache else PdfCache()


def _warn(warnings: list[Warning_]) -> None:
    for w in warnings:
        click.echo(f"warning: {w.article + ': ' if w.article else ''}{w.message}", err=True)


def _formats(value: str) -> list[str]:
    from briefing.rendering import FORMATS

    fmts = [f.strip().lower() for f in value.split(",") if f.strip()]
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise click.BadParameter(f"unknown format {', '.join(bad) or value!r}; choose from "
                                 f"{', '.join(FORMATS)}", param_hint="--format")
    return list(dict.fromkeys(fmts))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn Italian news articles into an English PDF briefing, offline."""


@main.command()
@click.argument("corpus_dir", default="corpus", type=click.Path(path_type=Path))
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
    from briefing.pipeline import EmptyCorpus, Options
    from briefing.pipeline import build as build_briefing
    from briefing.rendering import write_briefing

    formats = _formats(fmt)
    since_d, until_d = (since.date() if since else None), (until.date() if until else None)
    if week:
        from briefing.layout import parse_week

        if since_d or until_d:
            raise click.BadParameter("use either --week or --since/--until", param_hint="--week")
        try:
            since_d, until_d = parse_week(week)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--week") from None
        week = f"{since_d.isocalendar()[0]}-W{since_d.isocalendar()[1]:02d}"
    if since_d and until_d and since_d > until_d:
        raise click.BadParameter("--since is after --until", param_hint="--since")
    try:
        b = build_briefing(
            corpus_dir, on=on.date() if on else date.today(), title=title,
            translator_factory=_translator_factory(engine, threads, device, not no_cache),
            options=Options(sentences=sentences, algorithm=algorithm),
            since=since_d, until=until_d, progress=_progress, week=week,
        )
    except EmptyCorpus as exc:
        raise click.ClickException(str(exc)) from None
    _warn(b.warnings)
    try:
        paths = write_briefing(b, out_dir, formats, _pdf_cache(no_cache))
    except OSError as exc:
        raise click.ClickException(f"cannot write to {out_dir}: {exc.strerror or exc}") from None
    start, end = b.period
    conflicts = sum(len(s.conflicts) for s in b.stories)
    click.echo(f"{len(b.reports)} articles in {len(b.stories)} "
               f"stor{'y' if len(b.stories) == 1 else 'ies'}, period {start or 'n/a'} – "
               f"{end or 'n/a'}, {sum(len(r.quotes) for r in b.reports)} quotes, "
               f"{sum(len(r.figures) for r in b.reports)} figures, {conflicts} "
               f"conflict{'s' * (conflicts != 1)} between sources")
    for p in paths:
        click.echo(f"wrote {p}")


def _one_article(path: Path, engine: str, threads: int, device: str, no_cache: bool):
    """Read, translate and extract one article; returns its report and the engine used."""
    from briefing.pipeline import single
    from briefing.reading import ReadError, read_article

    try:
        article, notes = read_article(path)
    except ReadError as exc:
        raise click.ClickException(f"{path}: {exc}") from None
    translator = _translator_factory(engine, threads, device, not no_cache)()
    rep, warnings = single(article, translator, progress=_progress)
    _warn([Warning_(article.id, n) for n in notes] + warnings)
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
    from briefing.rendering import article_text, write_atomic

    rep, info = _one_article(article, engine, threads, device, no_cache)
    text = article_text(rep, fmt, info)
    if out_file:
        write_atomic(out_file, text)
        click.echo(f"wrote {out_file}", err=True)
    else:
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
    from briefing.rendering import handout_html, html_to_pdf, write_atomic

    day = on.date() if on else date.today()
    rep, info = _one_article(article, engine, threads, device, no_cache)
    suffix = "-bilingual" if bilingual else ""
    target = out_file or Path("out") / f"handout-{article.stem}-{day.isoformat()}{suffix}.pdf"
    pdf = html_to_pdf(handout_html(rep, bilingual=bilingual, on=day, translation=info),
                      _pdf_cache(no_cache))
    write_atomic(target, pdf)
    click.echo(f"wrote {target}")


@main.group()
def models() -> None:
    """Manage the offline Italian→English translation model."""


@models.command("status")
def models_status() -> None:
    """Show which translation engines can run here (Argos model, Apertium pairs)."""
    from briefing.engines import status

    engines = status()
    for e in engines:
        click.echo(f"{e.name}: {'ready' if e.ready else 'not available'}: {e.detail}")
    if not any(e.ready for e in engines):
        from briefing.apertium import INSTALL_HINT

        raise ModelMissingError("no Italian→English translation engine can run: run 'briefing "
                                "models install' (offline: --from FILE.argosmodel) or "
                                f"{INSTALL_HINT}")


@models.command("install")
@click.option("--from", "source", type=click.Path(dir_okay=False, path_type=Path),
              help="Install from this .argosmodel file (default: $BRIEFING_MODEL_FILE, "
                   "else download from the Argos index).")
def models_install(source: Path | None) -> None:
    """Install the it→en model, from a file or (online) from the Argos index."""
    import os

    from briefing.translating import (
        MODEL_FILE_ENV,
        ModelInstallError,
        install_from_file,
        install_from_index,
    )

    if source is None and os.environ.get(MODEL_FILE_ENV):
        source = Path(os.environ[MODEL_FILE_ENV])
    try:
        model = install_from_file(source) if source else install_from_index()
    except ModelInstallError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"installed {model.name} (version {model.version or 'unknown'}) at {model.path}")


@main.group()
def cache() -> None:
    """The caches in the user cache dir: translations (SQLite) and rendered PDFs."""


@cache.command("stats")
def cache_stats() -> None:
    """Entries and size of the translation and PDF caches."""
    from briefing.cache import PdfCache, TranslationCache

    st = TranslationCache().stats()
    click.echo(f"cache: {st.path}")
    click.echo(f"entries: {st.entries}  size: {st.size_bytes / 1024:.1f} KiB")
    for model, n in sorted(st.models.items()):
        click.echo(f"  {model}: {n}")
    pdf = PdfCache().stats()
    click.echo(f"rendered PDFs: {pdf.path}")
    click.echo(f"entries: {pdf.entries}  size: {pdf.size_bytes / 1024:.1f} KiB")


@cache.command("clear")
def cache_clear() -> None:
    """Delete every cached translation and rendered PDF."""
    from briefing.cache import PdfCache, TranslationCache

    n = TranslationCache().clear()
    m = PdfCache().clear()
    click.echo(f"removed {n} cached translation{'s' * (n != 1)} and {m} rendered "
               f"PDF{'s' * (m != 1)}")


if __name__ == "__main__":  # pragma: no cover
    main()
