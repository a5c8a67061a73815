"""The rendered-PDF cache: a hit is the same document, anything that could change it misses."""

import os
import time

import pytest
from click.testing import CliRunner
from conftest import CORPUS
from pypdf import PdfReader

import briefing.render.pdfcache as cache_mod
from briefing.cli import main
from briefing.render.pdf import html_to_pdf
from briefing.render.pdfcache import PdfCache

HTML = ("<html><head><meta charset='utf-8'></head><body><h1>Briefing</h1>"
        "<p>Il ministro ha detto: “{}”.</p></body></html>")


@pytest.fixture
def renders(monkeypatch):
    """Counts real WeasyPrint renders."""
    import weasyprint

    calls = []
    real = weasyprint.HTML.render

    def spy(self, *args, **kwargs):
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "render", spy)
    return calls


def _text(pdf: bytes, tmp_path) -> str:
    f = tmp_path / "t.pdf"
    f.write_bytes(pdf)
    return "".join(p.extract_text() for p in PdfReader(f).pages)


def test_hit_is_the_same_pdf_and_skips_rendering(tmp_path, renders):
    cache = PdfCache(tmp_path / "pdf")
    first = html_to_pdf(HTML.format("uno"), cache)
    again = html_to_pdf(HTML.format("uno"), PdfCache(tmp_path / "pdf"))
    assert len(renders) == 1 and again == first
    other = html_to_pdf(HTML.format("due"), cache)
    assert len(renders) == 2 and "due" in _text(other, tmp_path)
    assert cache.stats().entries == 2


def test_renderer_or_fonts_change_misses(tmp_path, renders, monkeypatch):
    html_to_pdf(HTML.format("uno"), PdfCache(tmp_path / "pdf"))
    monkeypatch.setattr(cache_mod, "_renderer_versions", lambda: "weasyprint=999")
    html_to_pdf(HTML.format("uno"), PdfCache(tmp_path / "pdf"))
    assert len(renders) == 2
    monkeypatch.setattr(cache_mod, "_fonts_fingerprint", lambda: "other fonts")
    html_to_pdf(HTML.format("uno"), PdfCache(tmp_path / "pdf"))
    assert len(renders) == 3


def test_fonts_fingerprint_sees_a_new_font(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    before = cache_mod._fonts_fingerprint()
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "New.ttf").write_bytes(b"\0" * 10)
    assert cache_mod._fonts_fingerprint() != before


def test_damaged_entry_is_a_miss(tmp_path, renders):
    cache = PdfCache(tmp_path / "pdf")
    good = html_to_pdf(HTML.format("uno"), cache)
    (entry,) = (tmp_path / "pdf").glob("*.pdf")
    entry.write_bytes(good[: len(good) // 2])  # cut short
    again = html_to_pdf(HTML.format("uno"), cache)
    assert len(renders) == 2 and again.rstrip().endswith(b"%%EOF")
    assert entry.read_bytes() == again  # replaced by the good one


def test_prune_keeps_the_most_recently_used(tmp_path):
    cache = PdfCache(tmp_path / "pdf", max_entries=2)
    pdf = b"%PDF-1.7\n" + b"x" * 100 + b"\n%%EOF\n"
    past = time.time() - 100

    def age(key: str, seconds_ago: float) -> None:
        os.utime(tmp_path / "pdf" / f"{key}.pdf", (past - seconds_ago, past - seconds_ago))

    for key, ago in (("a", 30), ("b", 20), ("c", 10)):
        cache.put(key, pdf)  # prunes: the one just written is the newest
        age(key, ago)
    assert sorted(p.stem for p in (tmp_path / "pdf").glob("*.pdf")) == ["b", "c"]
    assert cache.get("b") == pdf  # reading b makes it the most recently used
    cache.put("d", pdf)
    assert sorted(p.stem for p in (tmp_path / "pdf").glob("*.pdf")) == ["b", "d"]
    PdfCache(tmp_path / "pdf", max_bytes=len(pdf) + 1).prune()
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == 1


def test_build_rerun_reuses_pdf_no_cache_renders(tiny_model, tmp_path, monkeypatch, renders):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))

    def build(out: str, *extra: str):
        r = CliRunner().invoke(main, ["build", str(CORPUS), "-o", str(tmp_path / out),
                                      "--format", "pdf", "--date", "2025-09-05", *extra])
        assert r.exit_code == 0, r.output
        return (tmp_path / out / "briefing-2025-09-05.pdf").read_bytes()

    # a cold build lays out the document once: the sample's front page (one story, in full)
    # is far from its second page's end, so it is not laid out alone to fit it (issue 19)
    first = build("o1")
    assert len(renders) == 1
    assert build("o2") == first and len(renders) == 1  # warm: nothing laid out again
    assert "5 September 2025" in _text(first, tmp_path)
    r = CliRunner().invoke(main, ["build", str(CORPUS), "-o", str(tmp_path / "o3"),
                                  "--format", "pdf", "--date", "2025-09-06"])
    assert r.exit_code == 0, r.output
    changed = (tmp_path / "o3" / "briefing-2025-09-06.pdf").read_bytes()
    # the cover date is in the document (laid out again): one layout
    assert len(renders) == 2 and "6 September 2025" in _text(changed, tmp_path)
    build("o4", "--no-cache")
    assert len(renders) == 3
    r = CliRunner().invoke(main, ["cache", "stats"])
    assert r.exit_code == 0 and "rendered PDFs:" in r.output and "entries: 2 " in r.output
    r = CliRunner().invoke(main, ["cache", "clear"])
    assert r.exit_code == 0 and "and 2 rendered PDFs" in r.output
    assert not list((tmp_path / "cache" / "pdf").glob("*.pdf"))


def test_the_front_page_fit_is_remembered_without_the_date(tmp_path, monkeypatch):
    """A briefing whose front page must be fitted (issue 19.2): the fit, noted once, serves
    a run of another --date without a layout."""
    import dataclasses
    from datetime import date

    from render_samples import briefing

    from briefing.render import pdf
    from briefing.render.pdf import fitted_front

    b = briefing([2, 2] + [1] * 10)
    first = fitted_front(b, PdfCache(tmp_path / "pdf"))
    assert list((tmp_path / "pdf").glob("*.json"))  # the fit was laid out and noted
    monkeypatch.setattr(pdf, "_layout", lambda *a: pytest.fail("laid out again"))
    later = fitted_front(dataclasses.replace(b, date=date(2025, 9, 12)),
                         PdfCache(tmp_path / "pdf"))
    assert later.ids() == first.ids()
