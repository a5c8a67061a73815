"""A saved news page → the article's metadata and paragraphs (trafilatura, then fallbacks).

Pages are hostile or odd in ways that made trafilatura give up on the whole article: a
numeric reference to a control character (``&#27;``) or a page nested deeper than lxml's
default limit of 255 levels. References to characters that are not text are removed
first; a page trafilatura cannot read is parsed again without the depth limit, and as a
last resort its paragraphs are taken as they stand, with a note to check the text.
Metadata a user can give an HTML page: the standard tags trafilatura reads — ``<title>``
or ``og:title``, ``<meta name="author">``, ``og:site_name``, ``article:published_time``,
``<link rel="canonical">`` or ``og:url``.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

from briefing.data import Paragraph
from briefing.read.decoding import ReadError
from briefing.read.metadata import _URL, Meta, believable
from briefing.read.parsing import parse_text

# &#27; &#x1b; &#0; — character references to controls, surrogates or beyond Unicode
_CHAR_REF = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,8})|(?P<dec>\d{1,10}));?")
_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
           "td", "tr", "article", "section", "header", "footer", "title"}
_SKIP = {"script", "style", "noscript", "template", "svg"}


def _textual_ref(m: re.Match) -> str:
    code = int(m.group("hex"), 16) if m.group("hex") else int(m.group("dec"))
    ok = (code in (9, 10, 13) or 0x20 <= code < 0x7F or 0xA0 <= code < 0xD800
          or 0xE000 <= code <= 0x10FFFF) and code not in (0xFFFE, 0xFFFF)
    return m.group() if ok else ""


def _extract(html: str):
    """trafilatura's reading of the page, or None."""
    import lxml.html
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is not None and (doc.text or "").strip():
        return doc
    try:  # a page nested deeper than libxml2's default limit of 255
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ValueError, lxml.etree.LxmlError):
        return None
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    return doc if doc is not None and (doc.text or "").strip() else None


class _Blocks(HTMLParser):
    """The page's text with a paragraph break at every block element (the standard
    library's streaming parser has no depth limit); scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self._in_title = tag == "title"
        self._skip += tag in _SKIP
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        self._in_title = False
        self._skip = max(0, self._skip - (tag in _SKIP))
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def _plain_paragraphs(html: str) -> tuple[str | None, str]:
    """Title and text of a page trafilatura could not read: its blocks as paragraphs."""
    reader = _Blocks()
    reader.feed(html)
    reader.close()
    text = "\n\n".join(" ".join(b.split()) for b in "".join(reader.parts).split("\n\n"))
    title = " ".join("".join(reader.title).split())
    return title or None, text.strip()


def _as_written(name: str | None, page: str) -> str | None:
    """trafilatura's author as the page writes it: "F Q" is "F. Q." in the page."""
    if not name:
        return None
    pattern = r"\W*".join(map(re.escape, name.split()))
    m = re.search(pattern + r"\.?", page) if pattern else None
    return m.group() if m and len(m.group()) <= 2 * len(name) + 4 else name


def parse_html(html: str) -> tuple[Meta, list[Paragraph]]:
    """Main text and metadata of a news page; ReadError when it holds no article text."""
    html = _CHAR_REF.sub(_textual_ref, html)
    doc = _extract(html)
    if doc is None:
        title, text = _plain_paragraphs(html)
        if not text:
            raise ReadError("no article text found in the HTML page")
        meta, paragraphs = parse_text(text, front=False)
        meta.title = meta.title or title
        meta.notes.append("the page could not be read as a news page: its paragraphs are "
                          "taken as they stand; check the text")
        return meta, paragraphs
    meta = Meta(author=_as_written(doc.author, html), outlet=doc.sitename or None)
    title = (doc.title or "").strip()
    if title and meta.outlet:
        title = re.sub(rf"\s*[-|–]\s*{re.escape(meta.outlet)}\s*$", "", title)
    meta.title = title or None
    if doc.date:
        try:
            meta.date = believable(date.fromisoformat(doc.date[:10]), meta)
        except ValueError:
            meta.date = None
    url = (doc.url or "").strip()
    meta.url = url if _URL.fullmatch(url) else None
    body_meta, paragraphs = parse_text(doc.text, front=False)
    meta.date = meta.date or body_meta.date
    meta.author = meta.author or body_meta.author
    meta.outlet = meta.outlet or body_meta.outlet
    meta.notes += body_meta.notes
    if not meta.title and body_meta.title:
        meta.title = body_meta.title
    return meta, paragraphs
