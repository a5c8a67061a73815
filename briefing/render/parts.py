"""One PDF from HTML laid out in parts, in bounded memory (issue 19; prototyped by
helper H19, /tmp/h19/parts.py).

WeasyPrint keeps a document's whole box tree (about 1.5 MiB a page for the briefing) until
the PDF is written. Laid out in parts, each part's tree is freed once its PDF is written,
so the peak is set by the biggest part, not by the whole briefing. The parts are then
read back with pypdf and copied into one PDF written by pydyf (as WeasyPrint writes), and
what WeasyPrint would have done across the whole document is redone across the parts:

* page numbers: footers are not laid out with the parts (their CSS must drop them, e.g.
  ``@page { @bottom-center { content: none } }``); once the total is known, ``footer_html``
  (the same ``@page`` rules, no body, one empty page per page) is laid out and each of its
  pages is stamped on the matching page, drawn after the page's own content as WeasyPrint
  draws margin boxes after the body, so the extracted text comes in the same order;
* page references (``target-counter``) into other parts: a part given as a callable is laid
  out after the plain ones, called with the final page number of every anchor
  (``{"s3": 12, ...}``) so it can print them literally; if its own length changes with the
  numbers, it is laid out again (at most ``max_rounds`` times);
* internal links: every internal link is a named destination in one ``/Dests`` name tree
  built over all parts (WeasyPrint drops a link whose anchor is in
  another part, so links are taken from the laid-out pages, not from the part PDFs);
* outline: the bookmarks of all parts (``Page.bookmarks``), in page order, are made into one
  tree by WeasyPrint's own ``Document.make_bookmark_tree``.

Every part is a whole HTML document with the same stylesheet; a part starts on a new page.
"""

from __future__ import annotations

import gc
import io
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace

import pydyf

Deferred = Callable[[Mapping[str, int]], str]
PX_TO_PT = 0.75  # WeasyPrint: 72 PDF points per inch / 96 CSS pixels per inch


@dataclass
class _Part:
    """What is kept of a laid-out part once its boxes are freed: its PDF and its positions."""

    pdf: bytes = b""
    heights: list[float] = field(default_factory=list)  # page heights, CSS px
    # (page, name, x, y) of each anchor; (page, type, target, rect) of each link
    anchors: list[tuple[int, str, float, float]] = field(default_factory=list)
    links: list[tuple[int, str, str, tuple]] = field(default_factory=list)
    bookmarks: list[list] = field(default_factory=list)  # per page: WeasyPrint's Page.bookmarks

    @property
    def pages(self) -> int:
        return len(self.heights)


def _facts(doc) -> _Part:
    part = _Part()
    seen: set[str] = set()
    for i, page in enumerate(doc.pages):
        part.heights.append(page.height)
        for name, (x, y, _, _) in page.anchors.items():
            if name not in seen:  # the first of duplicate ids, as WeasyPrint does
                seen.add(name)
                part.anchors.append((i, name, x, y))
        part.links.extend((i, kind, target, rect) for kind, target, rect, _ in page.links)
        part.bookmarks.append(list(page.bookmarks))
    return part


def _lay_out(html: str, render: Callable[[str], object], stats: dict) -> _Part:
    """Lay ``html`` out, keep its PDF and positions, free its boxes."""
    t = time.perf_counter()
    doc = render(html)
    del html
    t1 = time.perf_counter()
    part = _facts(doc)
    gc.collect()  # layout scratch (parse tree, styles) before the PDF is written
    part.pdf = doc.write_pdf()
    del doc
    gc.collect()  # the box tree is cyclic: free it before the next part is laid out
    stats["layout_s"] = stats.get("layout_s", 0) + t1 - t
    stats["write_s"] = stats.get("write_s", 0) + time.perf_counter() - t1
    stats["layouts"] = stats.get("layouts", 0) + 1
    if stats.get("progress"):
        stats["progress"](1)
    return part


def write_pdf_in_parts(parts: Sequence[str | Deferred], footer_html: Callable[[int], str],
                       render: Callable[[str], object], *, deferred_pages: int = 1,
                       max_rounds: int = 4, stats: dict | None = None) -> bytes:
    """The PDF of ``parts``, joined in order, with ``footer_html(total_pages)`` stamped page
    by page.

    A part is an HTML document, or a callable given the final page number of every anchor
    of the other parts (``{"s3": 12}``) that returns one: such a part is laid out after the
    others, first expected to take ``deferred_pages`` pages, again if it takes more or less.
    ``render(html)`` lays a document out: a ``weasyprint.Document``. ``stats``, if given,
    receives timings (seconds) and counts; a callable under its "progress" key is called
    with 1 after each layout. Raises RuntimeError where the parts cannot be joined (the
    caller lays the document out in one piece instead).
    """
    stats = {} if stats is None else stats
    laid: list[_Part | None] = [None] * len(parts)
    for i, p in enumerate(parts):
        if isinstance(p, str):
            laid[i] = _lay_out(p, render, stats)
    deferred = [i for i, p in enumerate(parts) if not isinstance(p, str)]
    guess = {i: deferred_pages for i in deferred}
    for _ in range(max_rounds):
        page_of = _page_numbers(laid, guess)
        for i in deferred:
            laid[i] = _lay_out(parts[i](page_of), render, stats)
        if all(laid[i].pages == guess[i] for i in deferred):
            break
        guess = {i: laid[i].pages for i in deferred}
    else:
        raise RuntimeError("page numbers of the deferred parts did not settle")
    total = sum(p.pages for p in laid)
    footer = _lay_out(footer_html(total), render, stats)
    if footer.pages != total:
        raise RuntimeError(f"footer document has {footer.pages} pages, not {total}")
    t = time.perf_counter()
    pdf = _join(laid, footer.pdf)
    stats.update(join_s=time.perf_counter() - t, pages=total, parts=len(parts))
    return pdf


def _page_numbers(laid: list[_Part | None], guess: Mapping[int, int]) -> dict[str, int]:
    """Anchor -> 1-based page number in the joined PDF (the first of duplicates wins)."""
    page_of: dict[str, int] = {}
    offset = 0
    for i, part in enumerate(laid):
        if part is not None:
            for page, name, _, _ in part.anchors:
                page_of.setdefault(name, offset + page + 1)
        offset += guess[i] if i in guess else part.pages
    return page_of


def _join(laid: list[_Part], footer_pdf: bytes) -> bytes:
    """The parts' pages, copied object by object into one pydyf PDF (written as WeasyPrint
    writes it: object streams, a cross-reference stream), each page with its footer, then
    the destinations, links and outline of the whole."""
    from pypdf import PdfReader

    pdf = pydyf.PDF()
    first = PdfReader(io.BytesIO(laid[0].pdf))
    for key, value in (first.metadata or {}).items():
        pdf.info[key[1:]] = pydyf.String(str(value))
    if "/Lang" in first.trailer["/Root"]:
        pdf.catalog["Lang"] = pydyf.String(str(first.trailer["/Root"]["/Lang"]))
    del first
    pages = _Pages(pdf, PdfReader(io.BytesIO(footer_pdf)))
    for part in laid:
        pages.copy(PdfReader(io.BytesIO(part.pdf)), part.heights)
    names = _destinations(pdf, pages, laid)
    _links(pdf, pages, laid, names)
    _outline(pdf, laid)
    out = io.BytesIO()
    pdf.write(out, compress=True)
    return out.getvalue()


class _Pages:
    """The joined document's pages: each copied from its part, with its footer stamped."""

    def __init__(self, pdf, footers) -> None:
        self.pdf, self.footers = pdf, footers
        self.footer_copy = _Copier(pdf)
        self.done: list[tuple[object, float]] = []  # (pydyf page, height px)
        self.begin, self.end = pydyf.Stream([b"q"]), pydyf.Stream([b"Q"])
        pdf.add_object(self.begin)
        pdf.add_object(self.end)

    def point(self, g: int, x: float, y: float) -> tuple[float, float]:
        """CSS px from page ``g``'s top left -> PDF points from its bottom left."""
        return x * PX_TO_PT, (self.done[g][1] - y) * PX_TO_PT

    def copy(self, reader, heights: list[float]) -> None:
        from pypdf.generic import ArrayObject

        copy = _Copier(self.pdf)
        xobjects = None
        for page, height in zip(reader.pages, heights, strict=True):
            g = len(self.done)
            resources = copy.target(page.raw_get("/Resources"))  # shared by the part's pages
            if xobjects is None:
                xobjects = resources.setdefault("XObject", pydyf.Dictionary())
                if not isinstance(xobjects, pydyf.Dictionary):
                    raise RuntimeError("XObject resources by reference: not supported")
            form = self._footer(g, page)
            draw = pydyf.Stream([f"q /Footer{g} Do Q".encode()] if form else [])
            if form:
                xobjects[f"Footer{g}"] = form.reference
            self.pdf.add_object(draw)
            contents = page.raw_get("/Contents")
            if isinstance(contents.get_object(), ArrayObject):
                contents = [copy(c) for c in contents.get_object()]
            else:
                contents = [copy(contents)]
            new = pydyf.Dictionary({
                key[1:]: copy(page.raw_get(key)) for key in page
                if key not in ("/Parent", "/Annots", "/Contents", "/Resources", "/Type")})
            new.update({
                "Type": "/Page", "Parent": self.pdf.pages.reference,
                "Contents": pydyf.Array([self.begin.reference, *contents, self.end.reference,
                                         draw.reference]),
                "Resources": resources.reference})
            self.pdf.add_object(new)
            self.pdf.add_page(new)
            self.done.append((new, height))

    def _footer(self, g: int, page):
        """Page ``g`` of the footer document as a form XObject, drawn after the content;
        None where it shows nothing (the first page)."""
        footer = self.footers.pages[g]
        if list(map(float, footer.mediabox)) != list(map(float, page.mediabox)):
            raise RuntimeError(f"page {g + 1}: the footer page is not the same size")
        if not re.search(rb"T[Jj]\b", footer.get_contents().get_data()):
            return None
        form = pydyf.Stream([_raw(footer.get_contents())], pydyf.Dictionary({
            "Type": "/XObject", "Subtype": "/Form",
            "BBox": pydyf.Array([float(v) for v in footer.mediabox]),
            "Resources": self.footer_copy(footer.raw_get("/Resources")),
            **_filters(footer.get_contents(), self.footer_copy)}))
        self.pdf.add_object(form)
        return form


def _destinations(pdf, pages: _Pages, laid: list[_Part]) -> dict:
    """Named destinations over all parts (/XYZ x y 0), as WeasyPrint writes them."""
    names: dict[str, tuple[int, float, float]] = {}
    offset = 0
    for part in laid:
        for page, name, x, y in part.anchors:
            names.setdefault(name, (offset + page, x, y))
        offset += part.pages
    if names:
        array = pydyf.Array()
        for name in sorted(names):
            g, x, y = names[name]
            array += [pydyf.String(name),
                      pydyf.Array([pages.done[g][0].reference, "/XYZ", *pages.point(g, x, y), 0])]
        pdf.catalog["Names"] = pydyf.Dictionary({"Dests": pydyf.Dictionary({"Names": array})})
    return names


def _links(pdf, pages: _Pages, laid: list[_Part], names: dict) -> None:
    """Each part's links, internal ones to the named destinations of the whole."""
    offset = 0
    for part in laid:
        for page, kind, target, (x1, y1, x2, y2) in part.links:
            g = offset + page
            if kind == "internal" and target not in names:
                continue  # as WeasyPrint: a link to a missing anchor is dropped
            annot = pydyf.Dictionary({
                "Type": "/Annot", "Subtype": "/Link",
                "Rect": pydyf.Array([*pages.point(g, x1, y1), *pages.point(g, x2, y2)]),
                "BS": pydyf.Dictionary({"W": 0})})
            if kind == "internal":
                annot["Dest"] = pydyf.String(target)
            else:
                annot["A"] = pydyf.Dictionary({
                    "Type": "/Action", "S": "/URI", "URI": pydyf.String(target)})
            pdf.add_object(annot)
            pages.done[g][0].setdefault("Annots", pydyf.Array()).append(annot.reference)
        offset += part.pages


def _outline(pdf, laid: list[_Part]) -> None:
    """WeasyPrint's own tree builder and writer over the bookmarks of every page."""
    from weasyprint import Document
    from weasyprint.pdf.anchors import add_outlines

    stub = SimpleNamespace(pages=[SimpleNamespace(bookmarks=b, height=h) for part in laid
                                  for b, h in zip(part.bookmarks, part.heights, strict=True)])
    add_outlines(pdf, Document.make_bookmark_tree(stub, PX_TO_PT, transform_pages=True))


def _raw(stream) -> bytes:
    """A pypdf stream's data as stored (still encoded)."""
    from pypdf.generic import EncodedStreamObject

    return stream._data if isinstance(stream, EncodedStreamObject) else stream.get_data()


def _filters(stream, copy) -> dict:
    from pypdf.generic import EncodedStreamObject

    if not isinstance(stream, EncodedStreamObject):
        return {}
    return {key[1:]: copy(stream.raw_get(key)) for key in ("/Filter", "/DecodeParms")
            if key in stream}


class _Copier:
    """pypdf objects of one file -> pydyf objects of ``pdf``; each indirect object once."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.done: dict[int, object] = {}

    def target(self, ref):
        """The pydyf object copied from an indirect pypdf object."""
        self(ref)
        return self.done[ref.idnum]

    def __call__(self, obj):
        from pypdf import generic as g

        if isinstance(obj, g.IndirectObject):
            if obj.idnum not in self.done:
                target = obj.get_object()
                if isinstance(target, g.StreamObject):
                    new = pydyf.Stream([_raw(target)], pydyf.Dictionary())
                elif isinstance(target, g.DictionaryObject):
                    new = pydyf.Dictionary()
                elif isinstance(target, g.ArrayObject):
                    new = pydyf.Array()
                else:  # a lone number, name or string
                    new = _Scalar(self(target))
                self.pdf.add_object(new)
                self.done[obj.idnum] = new  # before filling: reference cycles end here
                self._fill(new, target)
            return self.done[obj.idnum].reference
        if isinstance(obj, g.StreamObject):
            raise RuntimeError("a direct stream object")
        if isinstance(obj, (g.DictionaryObject, g.ArrayObject)):
            new = pydyf.Dictionary() if isinstance(obj, g.DictionaryObject) else pydyf.Array()
            self._fill(new, obj)
            return new
        if isinstance(obj, g.NameObject):
            return pydyf.name(str(obj)[1:])
        if isinstance(obj, g.BooleanObject):
            return "true" if obj.value else "false"
        if isinstance(obj, g.NullObject) or obj is None:
            return "null"
        if isinstance(obj, (g.TextStringObject, g.ByteStringObject)):
            return pydyf.String(obj.original_bytes if hasattr(obj, "original_bytes")
                                else bytes(obj))
        if isinstance(obj, g.FloatObject):
            return float(obj)
        if isinstance(obj, g.NumberObject):
            return int(obj)
        raise TypeError(f"cannot copy {type(obj).__name__}")

    def _fill(self, new, old) -> None:
        from pypdf import generic as g

        if isinstance(old, g.StreamObject):
            new.extra.update({k[1:]: self(old.raw_get(k)) for k in old if k != "/Length"})
            if not isinstance(old, g.EncodedStreamObject):
                new.extra.pop("Filter", None)
                new.extra.pop("DecodeParms", None)
        elif isinstance(old, g.DictionaryObject):
            new.update({k[1:]: self(old.raw_get(k)) for k in old})
        elif isinstance(old, g.ArrayObject):
            new.extend(self(v) for v in old)


class _Scalar(pydyf.Object):
    """An indirect number, name or string (pydyf has no such object)."""

    def __init__(self, value):
        super().__init__()
        self.value = value

    @property
    def data(self) -> bytes:
        return pydyf._to_bytes(self.value)
