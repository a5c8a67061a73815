"""What hostile articles and damaged caches can do to the outputs (issue 18): article text
is text in every writer, names cannot drive a reader's screen, a damaged front-page note
or an interrupted cache write is cleaned up."""

from __future__ import annotations

import io
import json
import os
import random
import re
import time
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader
from render_samples import briefing, report

from briefing.render.html import briefing_html, briefing_markdown, handout_html
from briefing.render.pdf import fitted_front, html_to_pdf
from briefing.render.pdfcache import PdfCache
from briefing.render.write import article_text, write_briefing

HOSTILE = ('<script>alert(1)</script> <iframe src="http://evil.example/f"></iframe> '
           '<img src="http://evil.example/i.png"> <style>@import url(http://evil.example/c.css);'
           '</style> <a href="http://evil.example/a">link</a> [click](http://evil.example/m) '
           '![pic](http://evil.example/p.png) <http://evil.example/auto> www.evil.example '
           '{{ 7*7 }} *bold* # head | pipe |')
CONTROLS = "\x1b[2J\x07\u202eexe.txt\u2066"


def _hostile_briefing():
    b = briefing([2, 1])
    for r in b.reports:
        a = r.article
        a.title_en = a.title_it = f"Title {HOSTILE}"
        a.outlet, a.author = f"Outlet {HOSTILE}", f"Author {CONTROLS}"
        a.url = "javascript:alert(1)"
        a.path = a.path.with_name(f"{a.id}{CONTROLS}.txt")
        for p in a.paragraphs:
            for s in p.sentences:
                s.it, s.en = f"{s.it} {HOSTILE}", f"{s.en} {HOSTILE} {CONTROLS}"
        for q in r.quotes:
            q.en, q.it, q.speaker = f"{q.en} {HOSTILE}", f"{q.it} {HOSTILE}", f"Sp {HOSTILE}"
        for f in r.figures:
            f.en, f.unit = f"{f.en} {HOSTILE}", f"people {HOSTILE}"
    for s in b.stories:
        s.headline_en = s.headline_it = f"Story {HOSTILE}"
    b.title = f"Briefing {HOSTILE}"
    return b


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.styles, self._in_style = set(), [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self._in_style = tag == "style"
        self.hrefs += [v for k, v in attrs if k in ("href", "src")]

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)
            self._in_style = False


def _check_html(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    assert not parser.tags & {"script", "iframe", "img", "object", "embed", "link"}
    assert all(h.startswith("#") for h in parser.hrefs)  # no link out, no javascript:
    assert not any("evil" in s or "@import" in s for s in parser.styles)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text
    assert "{{ 7*7 }}" in html  # never a template
    _check_controls(html)


def _check_controls(text: str) -> None:
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    assert "\\u202e" in text  # shown, not acted on


def _check_md(md: str) -> None:
    body = re.sub(r'<a id="[\w-]+"></a>', "", md)  # our own anchors
    assert not re.search(r"<[a-zA-Z/!]", body)  # no tag, comment or autolink of the article's
    # no link but ours (to an anchor), no image
    assert not re.search(r"(?<!\\)\]\((?!#)", body) and "![" not in body
    assert "http://" not in body  # no bare URL a renderer would make a link
    assert "www.evil" not in body
    assert "&lt;script&gt;" in body and r"\[click\]" in body
    # no heading, emphasis or table cell made by article text
    assert r"\# head \| pipe \|" in body and r"\*bold\*" in body
    assert not re.search(r"^#+ head", body, re.M)
    _check_controls(md)


def test_every_html_and_markdown_writer_escapes_article_text(tmp_path):
    b = _hostile_briefing()
    out = write_briefing(b, tmp_path, ["pdf", "html", "json", "md"])
    html, md = out[1].read_text(), out[3].read_text()
    _check_html(html)
    _check_md(md)
    # the PDF shows it all as text, and its links lead nowhere outside
    reader = PdfReader(out[0])
    text = "".join(p.extract_text() for p in reader.pages)
    assert "<script>alert(1)</script>" in text and "{{ 7*7 }}" in text
    uris = [a.get_object().get("/A", {}).get("/URI") for p in reader.pages
            for a in p.get("/Annots") or []]
    assert not any(uris)
    data = json.loads(out[2].read_text())  # JSON is data: kept as it is, escaped by JSON
    assert data["articles"][0]["title_en"] == f"Title {HOSTILE}"


@pytest.mark.parametrize("fmt", ["md", "txt", "json"])
def test_translate_output_escapes_article_text(fmt):
    r = _hostile_briefing().reports[0]
    text = article_text(r, fmt)
    if fmt == "md":
        _check_md(text)
        assert "# Title &lt;script&gt;" in text  # the title is the one heading
    elif fmt == "txt":
        _check_controls(text)
        assert "<script>alert(1)</script>" in text  # plain text is not markup
    else:
        assert json.loads(text)["paragraphs"][0]["en"].endswith(CONTROLS)


@pytest.mark.parametrize("bilingual", [False, True])
def test_handout_escapes_article_text(bilingual):
    r = _hostile_briefing().reports[0]
    html = handout_html(r, bilingual=bilingual, on=r.article.date)
    _check_html(html)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(html_to_pdf(html))).pages)
    assert "<script>alert(1)</script>" in text


def test_a_url_is_a_link_only_when_it_is_the_web():
    b = briefing([1, 1])
    b.reports[0].article.url = "https://example.org/article?id=1&x=2"
    b.reports[1].article.url = "file:///etc/passwd"
    html = briefing_html(b)
    assert 'href="https://example.org/article?id=1&amp;x=2"' in html
    assert 'href="file:' not in html and "file:///etc/passwd" in html


# -- 18.4: a damaged front-page note ------------------------------------------------------------
@pytest.mark.parametrize("note", ['[1]', '"ab"', '{"a": 1}', '[0, 0]', 'not json{',
                                  '{"full": [], "listed": []}', '{"full": ["s99"], "listed": []}',
                                  '{"full": ["s1", "s1"], "listed": []}',
                                  '{"full": [1], "listed": []}'])
def test_a_damaged_front_page_note_is_dropped(tmp_path, note):
    b = briefing([2, 2] + [1] * 10)  # a front page that must be fitted
    cache = PdfCache(tmp_path / "pdf")
    good = fitted_front(b, cache)
    (f,) = (tmp_path / "pdf").glob("*.json")
    f.write_text(note)
    again = PdfCache(tmp_path / "pdf")
    front = fitted_front(b, again)
    assert again.damaged == 1
    assert front.ids() == good.ids() and front.full  # fitted again, never empty
    assert json.loads(f.read_text()) == {**good.ids(), "pages": good.pages}  # kept again


def test_a_good_note_is_used_without_layout(tmp_path, monkeypatch):
    from briefing.render import pdf

    b = briefing([2, 2] + [1] * 10)  # a front page that must be fitted
    fitted_front(b, PdfCache(tmp_path / "pdf"))
    monkeypatch.setattr(pdf, "_layout", lambda *a: pytest.fail("laid out again"))
    cache = PdfCache(tmp_path / "pdf")
    assert fitted_front(b, cache).full and cache.damaged == 0


# -- 18.9: control and bidi characters never reach an output raw --------------------------------
def test_control_and_bidi_characters_are_shown_not_acted_on():
    b = briefing([1])
    a = b.reports[0].article
    a.path = a.path.with_name("x\u202etxt.exe\x1b[31m")
    a.title_en = "Title\u202e reversed \u2067isolate\u2069"
    a.paragraphs[0].sentences[0].en += "\x07\x1b]0;title\x07"
    html, md = briefing_html(b), briefing_markdown(b)
    for out in (html, md):
        _check_controls(out)
    assert "x\\u202etxt.exe\\x1b[31m" in html


# -- 18.10: interrupted PDF-cache writes ---------------------------------------------------------
def test_interrupted_cache_writes_are_removed_counted_and_cleared(tmp_path):
    folder = tmp_path / "pdf"
    folder.mkdir()
    import fcntl

    dead = folder / f".{'a' * 64}.pdf.{2**22 + 12345}.0123abcd.tmp"  # no such process
    old = folder / f".{'b' * 64}.pdf.{os.getpid()}.89abcdef.tmp"  # our pid, nobody writing
    live = folder / f".{'c' * 64}.pdf.{2**22 + 12346}.01234567.tmp"  # being written now
    for f in (dead, old, live):
        f.write_bytes(b"%PDF-1.7 partial" * 64)
    hours_ago = time.time() - 3 * 3600
    os.utime(old, (hours_ago, hours_ago))
    writer = os.open(live, os.O_RDWR)  # its writer holds its lock, as write_atomic does,
    fcntl.flock(writer, fcntl.LOCK_EX)  # whatever pid its name carries
    cache = PdfCache(folder)
    st = cache.stats()
    assert (st.entries, st.temporaries, st.size_bytes) == (0, 3, 3 * 16 * 64)
    cache.key("<html></html>", "")  # the next run starts: what killed runs left goes
    assert not dead.exists() and not old.exists() and live.exists()
    assert cache.stats().temporaries == 1
    os.close(writer)
    writer = os.open(live, os.O_RDWR)
    fcntl.flock(writer, fcntl.LOCK_EX)
    # an unfinished write counts towards the size limit
    small = PdfCache(folder, max_bytes=1500)
    small.put("d" * 64, b"%PDF-1.7" + b"x" * 600)
    assert not list(folder.glob("*.pdf"))  # 1,024 + 608 bytes > 1,500: pruned
    os.close(writer)  # the writer is gone: clear removes what it left
    assert small.clear() == 0 and not list(folder.iterdir())


def test_cache_clear_removes_temporaries_through_the_cli(tmp_path, monkeypatch):
    from conftest import run_cli

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "pdf"
    folder.mkdir()
    (folder / f".{'e' * 64}.pdf.{os.getpid()}.0123abcd.tmp").write_bytes(b"x" * 100)
    html_to_pdf("<p>uno</p>", PdfCache(folder))
    r = run_cli("cache", "clear")
    assert r.exit_code == 0, r.output
    assert not list(folder.iterdir())


# -- 18.11: no absolute paths in the JSON ---------------------------------------------------------
def test_json_paths_are_relative_to_the_corpus_folder(tmp_path):
    b = briefing([2, 1])
    (out,) = write_briefing(b, tmp_path, ["json"])
    data = json.loads(out.read_text())
    assert [a["path"] for a in data["articles"]] == ["a000.txt", "a001.txt", "a002.txt"]
    assert "/corpus" not in out.read_text()
    one = json.loads(article_text(report(7, random.Random(1)), "json"))
    assert one["path"] == "a007.txt"
