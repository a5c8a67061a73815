"""PDF with WeasyPrint: a URL fetcher that fetches nothing from outside, the front page
fitted to two pages, and the rendered-PDF cache.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.data import Briefing
from briefing.render.html import _template_dir, briefing_html

if TYPE_CHECKING:
    from briefing.render.pdfcache import PdfCache


def fitted_front(b: Briefing, cache: PdfCache | None = None):
    """The front page, shrunk until WeasyPrint lays it out on two pages at most.

    The outcome is remembered in the PDF cache by the hash of the first attempt, so an
    unchanged briefing does not lay its front page out again.
    """
    from briefing.render import layout

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
