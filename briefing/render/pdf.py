"""PDF with WeasyPrint: a URL fetcher that fetches nothing from outside, the front page
fitted to two pages, the briefing laid out whole or (big) in parts, archival and accessible
variants, and the rendered-PDF cache.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.data import Briefing
from briefing.render.html import _template_dir, briefing_html

if TYPE_CHECKING:
    from briefing.render.layout import FrontPage
    from briefing.render.pdfcache import PdfCache

# progress(label, length) -> a context manager with .update(n) (translate.batch's shape)
ProgressFactory = Callable[[str, int], AbstractContextManager[Any]]


# The cover's date as wide as any (two-digit day, the longest month): the front page is
# fitted with it, so the fit holds for every --date and is remembered without the date.
FIT_DATE = date(2088, 9, 28)
FIT_NOTE = "front-fit-2"  # the note: {"full": [story ids], "listed": [story ids], "pages": n}
COLLECT_PAGES = 100  # pages: above this, layout garbage is collected before writing


def fitted_front(b: Briefing, cache: PdfCache | None = None,
                 progress: ProgressFactory | None = None) -> FrontPage:
    """The front page, filled until WeasyPrint lays it out on two pages, no more.

    Fitted on the briefing with a placeholder date (as wide as any), so that the outcome,
    remembered in the PDF cache under the hash of that first attempt, serves every run of
    the same stories whatever its date. A damaged note is dropped (and counted). A small
    briefing whose every story is in full, well within two pages by the estimate, is not
    laid out to check (nothing could be added; the estimate errs by under 15 %).
    """
    from briefing.render import layout

    front = layout.front_page(b)
    if (sure := layout.surely_fits(front)) is not None:
        front.pages = sure
        return front  # everything in full, far from the end: no layout to check it
    probe = dataclasses.replace(b, date=FIT_DATE)
    first = briefing_html(probe, front, front_only=True)
    key = cache.key(first, FIT_NOTE) if cache else ""
    if cache and (note := cache.get_note(key)) is not None:
        fit = _from_note(note, b.stories)
        if fit is not None:
            return fit
        cache.drop_note(key)

    with (progress or _no_progress)("Fitting the front page", 1) as bar:
        front = _fit(front, b.stories, lambda f: briefing_html(probe, f, front_only=True),
                     first)
        bar.update(1)
    if cache:
        cache.put_note(key, {**front.ids(), "pages": front.pages})
    return front


# what _measure needs of style.css: the page's bottom margin and a line of body text, in px
PAGE_BOTTOM_PX = 20 / 25.4 * 96
PAGE_TOP_PX = 20 / 25.4 * 96
LINE_PX = 9.6 * 1.38 * 96 / 72


def _measure(html: str) -> tuple[int, float]:
    """Pages the front page takes, and the lines of body text left under its end on its
    last page (negative: how far it runs past its second page)."""
    pages = _layout(html).pages
    for i, page in enumerate(pages):
        if "front-end" in page.anchors:
            y = page.anchors["front-end"][1]
            if i < 2:
                return i + 1, (page.height - PAGE_BOTTOM_PX - y) / LINE_PX
            body = page.height - PAGE_TOP_PX - PAGE_BOTTOM_PX
            return i + 1, -((i - 2) * body + y - PAGE_TOP_PX) / LINE_PX
    return len(pages), 0.0


def _fit(front: FrontPage, stories, html, first: str, tries: int = 4) -> FrontPage:
    """Shrink ``front`` until it lays out on two pages, then fill what is left: stories
    promoted to full (by weight, those whose estimate fits the room left), else more
    headlines listed; each change checked by a layout."""
    from briefing.render import layout

    pages, room = _measure(first)
    while pages > 2:
        freed, smaller = 0.0, front
        while freed < -room and (nxt := layout.shrink(smaller, stories)) is not None:
            freed += sum(layout.story_lines(s) for s in smaller.full if s not in nxt.full)
            freed += layout.LIST_LINE / 2 * max(0, len(smaller.listed) - len(nxt.listed))
            smaller = nxt
        if smaller is front and (smaller := layout.shrink(front, stories)) is None:
            return front  # nothing left to take off
        front = smaller
        pages, room = _measure(html(front))
    refused: set[str] = set()
    for _ in range(tries):
        bigger = None
        for s in layout.candidates(stories):
            if (s not in front.full and s.id not in refused
                    and layout.story_lines(s) <= room + layout.LIST_LINE / 2):
                bigger = layout.promote(front, stories, s)
                break
        if bigger is None:
            step = int(room * 2 / layout.LIST_LINE)
            bigger = layout.list_more(front, stories, step) if step > 0 else None
        if bigger is None:
            break
        p, r = _measure(html(bigger))
        if p <= 2:
            front, room, pages = bigger, r, p
        elif len(bigger.full) > len(front.full):
            refused.add(bigger.full[-1].id)
        else:
            break
    front.pages = pages
    return front


def _from_note(note, stories) -> FrontPage | None:
    from briefing.render import layout

    if not isinstance(note, dict):
        return None
    full, listed = note.get("full"), note.get("listed")
    if not (isinstance(full, list) and isinstance(listed, list)
            and all(isinstance(i, str) for i in full + listed)):
        return None
    front = layout.from_ids(stories, full, listed)
    if front is not None:
        pages = note.get("pages")
        front.pages = pages if type(pages) is int and pages in (1, 2) else 2
    return front


@contextlib.contextmanager
def _no_progress(label: str, length: int):
    class _Bar:
        def update(self, n: int) -> None:
            pass

    yield _Bar()


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


def _layout(html: str, pdf_variant: str | None = None):
    """WeasyPrint's layout of our HTML: resources from the templates folder only."""
    _quiet_weasyprint()
    from weasyprint import HTML

    return HTML(string=html, base_url=str(_template_dir()), url_fetcher=url_fetcher()).render(
        **_variant_options(pdf_variant))


def pdf_variants() -> list[str]:
    """The PDF variants the installed WeasyPrint writes ("pdf/a-3a", "pdf/ua-1", …)."""
    from weasyprint.pdf import VARIANTS

    return [v for v in VARIANTS if v != "debug"]


def _variant_options(pdf_variant: str | None) -> dict:
    """WeasyPrint's options for a PDF variant: tagged PDF, PDF version, identifier and
    output intent come with the variant."""
    if not pdf_variant:
        return {}
    if pdf_variant not in pdf_variants():
        from briefing.errors import UsageError

        raise UsageError(f"unknown PDF variant {pdf_variant!r}; choose from "
                         f"{', '.join(pdf_variants())}")
    return {"pdf_variant": pdf_variant}


def html_to_pdf(html: str, cache: PdfCache | None = None, *,
                pdf_variant: str | None = None) -> bytes:
    """The PDF of ``html``; with a cache, an unchanged document is not laid out again."""
    options = _variant_options(pdf_variant)
    key = (cache.key(html, f"base_url={_template_dir()}" + "".join(
        f"|{k}={v}" for k, v in options.items())) if cache else "")
    if cache and (hit := cache.get(key)) is not None:
        return hit
    document = _layout(html, pdf_variant)
    # Layout leaves cyclic garbage (parse tree, style and box scratch) that would stay
    # allocated while the PDF is written: collected first, the peak is 6-7 % lower (500
    # articles, 1,300 pages: 1256 -> 1178 MB), for the same time. A short document has
    # little to free and the collection costs 0.07 s of a cold run.
    if len(document.pages) > COLLECT_PAGES:
        gc.collect()
    pdf = document.write_pdf(**options)
    if cache:
        cache.put(key, pdf)
    return pdf


def briefing_pdf(b: Briefing, front: FrontPage, cache: PdfCache | None = None, *,
                 progress: ProgressFactory | None = None,
                 pdf_variant: str | None = None) -> bytes:
    """The briefing's PDF. Over ``PART_ARTICLES`` articles it is laid out in parts, each
    written and freed before the next (render/parts.py), so memory stays bounded whatever
    the size; the text is the same as the one-piece layout's. Archival and accessible
    variants (tagged across the whole document) are laid out in one piece."""
    from briefing.render import layout

    plan = layout.part_plan(b)
    if not pdf_variant and len(plan) > 4:  # more than front, stories, articles, sources
        parts = [briefing_html(b, front, sections=[p], parted=True) for p in plan[1:]]
        key = cache.key("\x00".join([briefing_html(b, front, front_only=True), *parts]),
                        f"base_url={_template_dir()}|parts") if cache else ""
        if cache and (hit := cache.get(key)) is not None:
            return hit
        pdf = _in_parts(b, front, parts, progress)
        if pdf is not None:
            if cache:
                cache.put(key, pdf)
            return pdf
        # the parts could not be joined: in one piece, as a small briefing is
    with (progress or _no_progress)("Laying out the PDF", 1) as bar:
        pdf = html_to_pdf(briefing_html(b, front), cache, pdf_variant=pdf_variant)
        bar.update(1)
    return pdf


def _in_parts(b: Briefing, front: FrontPage, parts: list[str],
              progress: ProgressFactory | None) -> bytes | None:
    """The briefing laid out part by part, the front page last (it gives page numbers)."""
    from briefing.render.html import footer_html

    def front_part(page_of) -> str:
        return briefing_html(b, front, sections=[("front", 0, 0)], page_of=page_of, parted=True)

    try:
        from briefing.render.parts import write_pdf_in_parts

        with (progress or _no_progress)("Laying out the PDF", len(parts) + 2) as bar:
            pdf = write_pdf_in_parts([front_part, *parts], footer_html, _layout,
                                     deferred_pages=front.pages, stats={"progress": bar.update})
        return pdf
    except (RuntimeError, ValueError, ImportError):
        return None
