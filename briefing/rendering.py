"""Rendering: Jinja2 templates to HTML, WeasyPrint to PDF, plus JSON and Markdown.

Every output is written atomically (temporary file in the same folder, then
rename), so an interrupted run never leaves half a PDF behind.
"""

from __future__ import annotations

import gc
import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.atomic import OutputSet, write_atomic  # noqa: F401  (write_atomic: re-export)
from briefing.data import (
    ArticleReport,
    Briefing,
    TranslationInfo,
    article_to_json,
    briefing_to_json,
    translation_to_json,
)

if TYPE_CHECKING:
    from briefing.cache import PdfCache

FORMATS = ("pdf", "html", "json", "md")


def _template_dir() -> Path:
    return Path(str(resources.files("briefing.templates")))


def _env(autoescape: bool = True):
    import jinja2

    from briefing import layout

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_template_dir()),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        longdate=layout.long_date, shortdate=layout.short_date, fig_what=layout.figure_label,
        figure_rows=layout.figure_rows, mark_figures=layout.mark_figures,
        mark_numbers=layout.mark_numbers, story_figures=layout.story_figures, md=layout.md,
    )
    return env


def display_title(a) -> str:
    """English title, else the opening words of the article, marked as untitled."""
    return a.title_en or "(untitled) " + a.opening(10)


def _context(b: Briefing, front=None, front_only: bool = False) -> dict:
    from briefing import layout

    start, end = b.period
    return dict(
        b=b, period=layout.period_text(start, end),
        index={r.article.id: i + 1 for i, r in enumerate(b.reports)},
        reports_by_id={r.article.id: r for r in b.reports},
        front=front or layout.front_page(b), front_only=front_only,
        week_label=layout.week_label(b.week), display_title=display_title,
        css=(_template_dir() / "style.css").read_text(encoding="utf-8"),
    )


def briefing_html(b: Briefing, front=None, front_only: bool = False) -> str:
    return _env().get_template("briefing.html").render(**_context(b, front, front_only))


def fitted_front(b: Briefing, cache: PdfCache | None = None):
    """The front page, shrunk until WeasyPrint lays it out on two pages at most.

    The outcome is remembered in the PDF cache by the hash of the first attempt, so an
    unchanged briefing does not lay its front page out again.
    """
    from briefing import layout

    front = layout.front_page(b)
    first = briefing_html(b, front, front_only=True)
    key = cache.key(first, "front-fit") if cache else ""
    if cache and (fit := cache.get_note(key)) is not None:
        full, listed = fit
        stories = b.stories
        return layout.FrontPage(stories[:full], stories[full:full + listed],
                                len(stories) - full - listed)

    def pages(f) -> int:
        return len(_layout(briefing_html(b, f, front_only=True)).pages)

    fits = len(_layout(first).pages) <= 2
    while not fits:
        smaller = layout.shrink(front, b.stories)
        if smaller is None:
            break
        front = smaller
        fits = pages(front) <= 2
    # the estimate errs on the short side: list more headlines while they still fit
    for _ in range(3):
        bigger = layout.grow(front, b.stories) if fits else None
        if bigger is None or pages(bigger) > 2:
            break
        front = bigger
    if cache:
        cache.put_note(key, [len(front.full), len(front.listed)])
    return front


def handout_html(r: ArticleReport, *, bilingual: bool, on: date,
                 translation: TranslationInfo | None = None) -> str:
    return _env().get_template("handout.html").render(
        r=r, a=r.article, bilingual=bilingual, on=on, display_title=display_title,
        translation=translation,
        css=(_template_dir() / "style.css").read_text(encoding="utf-8"),
    )


def briefing_markdown(b: Briefing, front=None) -> str:
    ctx = _context(b, front)
    ctx.pop("css")
    return _env(autoescape=False).get_template("briefing.md").render(**ctx)


DATA_URL_CAP = 256 * 1024  # bytes of a data: URL WeasyPrint may decode


def _local_only(url: str) -> Path | None:
    """The file an URL may be served from: only our own templates (None: refuse)."""
    from urllib.parse import urlparse
    from urllib.request import url2pathname

    parsed = urlparse(url)
    if parsed.scheme.lower() != "file":
        return None
    path = Path(url2pathname(parsed.path)).resolve()
    root = _template_dir().resolve()
    return path if root in path.parents and path.is_file() else None


def url_fetcher():
    """A WeasyPrint URL fetcher that fetches nothing from outside: no http(s), no file
    outside our templates, no large data: URL. Article text is escaped anyway; this is
    the second lock, for whatever markup might still reach the renderer."""
    from weasyprint import urls

    def check(url: str) -> Path | None:
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            if len(url) > DATA_URL_CAP:
                raise ValueError("data: URL over the size cap: not fetched")
            return None
        path = _local_only(url)
        if path is None:
            raise ValueError(f"not fetched (offline, templates only): {url[:80]}")
        return path

    if hasattr(urls, "URLFetcher"):  # WeasyPrint ≥ 66
        class LocalOnly(urls.URLFetcher):
            def fetch(self, url, headers=None):
                path = check(url)
                if path is None:  # a small data: URL
                    return super().fetch(url, headers)
                return urls.URLFetcherResponse(url, path.read_bytes())

        return LocalOnly(allowed_protocols=("file", "data"), allow_redirects=False)

    def fetch(url):  # older WeasyPrint: a function returning a dict
        path = check(url)
        if path is None:
            return urls.default_url_fetcher(url)
        return {"string": path.read_bytes(), "redirected_url": url}

    return fetch


def _quiet_weasyprint() -> None:
    import logging

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)


def _layout(html: str):
    """WeasyPrint's layout of our HTML: resources from the templates folder only."""
    _quiet_weasyprint()
    from weasyprint import HTML

    return HTML(string=html, base_url=str(_template_dir()), url_fetcher=url_fetcher()).render()


def html_to_pdf(html: str, cache: PdfCache | None = None) -> bytes:
    """The PDF of ``html``; with a cache, an unchanged document is not laid out again."""
    key = cache.key(html, f"base_url={_template_dir()}") if cache else ""
    if cache and (hit := cache.get(key)) is not None:
        return hit
    document = _layout(html)
    # Layout leaves cyclic garbage (parse tree, style and box scratch) that would stay
    # allocated while the PDF is written: collected first, the peak is 6-7 % lower (500
    # articles, 1,300 pages: 1256 -> 1178 MB), for the same time.
    gc.collect()
    pdf = document.write_pdf()
    if cache:
        cache.put(key, pdf)
    return pdf


def write_briefing(b: Briefing, out_dir: Path, formats: list[str],
                   pdf_cache: PdfCache | None = None) -> list[Path]:
    """Write ``briefing-YYYY-MM-DD.<fmt>`` for each format; returns the paths."""
    # one front page for every format: fitted to two PDF pages when a PDF is made
    front = fitted_front(b, pdf_cache) if "pdf" in formats else None
    with OutputSet(out_dir) as outputs:
        for fmt in formats:
            outputs.add(f"briefing-{b.date.isoformat()}.{fmt}", _render(b, fmt, front, pdf_cache))
        return outputs.commit()


def _render(b: Briefing, fmt: str, front, pdf_cache: PdfCache | None) -> bytes | str:
    if fmt == "json":
        return json.dumps(briefing_to_json(b), ensure_ascii=False, indent=2)
    if fmt == "md":
        return briefing_markdown(b, front)
    if fmt == "html":
        return briefing_html(b, front)
    if fmt == "pdf":
        return html_to_pdf(briefing_html(b, front), pdf_cache)
    raise ValueError(f"unknown format {fmt!r}")


def article_text(r: ArticleReport, fmt: str, translation: TranslationInfo | None = None) -> str:
    """The English article for ``briefing translate``."""
    a = r.article
    if fmt == "json":
        data = {**article_to_json(r), "translation": translation_to_json(translation)}
        return json.dumps(data, ensure_ascii=False, indent=2)
    lines = []
    title = a.title_en or ""
    meta = " · ".join(x for x in (a.outlet, a.date.isoformat() if a.date else "undated",
                                  a.author) if x)
    if fmt == "md":
        if title:
            lines.append(f"# {title}\n")
        lines.append(f"*{meta}*\n")
        for p in a.paragraphs:
            lines.append((f"## {p.en}" if p.heading else p.en) + "\n")
        if translation:
            lines.append(f"*Translated by {translation.label}.*\n")
    else:
        if title:
            lines.append(title + "\n")
        lines.append(meta + "\n")
        lines.extend(p.en + "\n" for p in a.paragraphs)
        if translation:
            lines.append(f"[Translated by {translation.label}.]\n")
    return "\n".join(lines).rstrip() + "\n"
