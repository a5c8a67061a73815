"""The briefing's layout (issue 17): a full front page, nothing said three times, headings
kept with their text, weeks, screens, archival PDFs; on briefings made by hand."""

from __future__ import annotations

import dataclasses
import io
import json
import random
import re
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader
from render_samples import briefing, report, sentence, troops_conflict

from briefing.data import Briefing
from briefing.render import layout
from briefing.render.html import briefing_html, briefing_markdown
from briefing.render.pdf import _measure, fitted_front
from briefing.render.write import write_briefing


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _build(b: Briefing, tmp_path, formats=("pdf", "json"), **kw) -> dict:
    paths = write_briefing(b, tmp_path, list(formats), **kw)
    out = {p.suffix[1:]: p for p in paths}
    if "pdf" in out:
        out["pages"] = [p.extract_text() for p in PdfReader(out["pdf"]).pages]
    if "json" in out:
        out["data"] = json.loads(out["json"].read_text())
    return out


# -- 17.2: the front page fills its two pages ----------------------------------------------------
def test_a_week_of_unrelated_articles_fills_the_two_front_pages(tmp_path):
    b = briefing([2, 2] + [1] * 10)  # two stories with two sources, ten with one
    out = _build(b, tmp_path)
    front = out["data"]["briefing"]["front_page"]
    assert len(front["full"]) >= 4  # was: one story in full and the rest listed
    assert front["full"][:2] == ["s1", "s2"]  # most sources first
    assert sorted(front["full"] + front["listed"], key=lambda i: int(i[1:])) == [
        s.id for s in b.stories]  # the rest listed: every story is on the front page
    text = _squash(" ".join(out["pages"][:2]))
    for s in b.stories:
        assert _squash(s.headline_en)[:30] in text
    assert out["pages"][2].startswith("Stories")  # two pages, then the sections
    # full means full: what is left under the front page is less than any other story
    fit = fitted_front(b)
    pages, room = _measure(briefing_html(b, fit, front_only=True))
    left = [s for s in b.stories if s not in fit.full]
    assert pages == 2 and room < min(layout.story_lines(s) for s in left)


def test_one_huge_story_still_fits_two_pages_and_its_table_is_summarised(tmp_path):
    b = briefing([60], paragraphs=1, quotes=1)
    (s,) = b.stories
    s.conflicts = [troops_conflict(b.reports, readings=7)]
    for q in s.quotes:
        q.sources = [r.article.id for r in b.reports]  # every outlet carries every quote
    fit = fitted_front(b)
    assert [x.id for x in fit.full] == ["s1"]
    assert _measure(briefing_html(b, fit, front_only=True))[0] <= 2
    out = _build(b, tmp_path)
    front = " ".join(out["pages"][:2])
    assert out["pages"][1].startswith("Stories") or out["pages"][2].startswith("Stories")
    # the extremes, the range, what is left, and where the full table is
    assert "10,000" in front and "16,000" in front
    assert "from 10,000 to 16,000 across 60 sources" in front
    # the extremes are given by 9 (10,000) and 8 (16,000) of the 60 sources
    assert "and 43 more sources" in front.replace("\n", " ")
    m = re.search(r"the full table in the story, p\. (\d+)", front.replace("\n", " "))
    assert m and "troops (soldiers)" in out["pages"][int(m.group(1)) - 1]
    assert "and 52 more sources" in front  # the card names 8 of 60 sources
    stories = " ".join(out["pages"][2:])
    assert all(f"[{n}]" in stories for n in range(1, 61))  # the full table, every source


def test_a_conflict_with_few_readings_is_shown_whole_each_source_once():
    b = briefing([3])
    card = layout.conflict_card(troops_conflict(b.reports, readings=3))
    assert card.more == 0 and [len(r.sources) for r in card.rows] == [1, 1, 1]
    card = layout.conflict_card(troops_conflict(briefing([12]).reports, readings=3))
    assert card.more == 0 and [len(r.sources) for r in card.rows] == [4, 4, 4]


# -- 17.4: nothing said three times; headings kept; rows split; page numbers ---------------------
def test_a_quote_is_said_at_most_twice_and_a_one_article_story_points_to_it(tmp_path):
    b = briefing([2, 1])
    out = _build(b, tmp_path, ("pdf", "html", "md"))
    text = _squash(" ".join(out["pages"]))
    html, md = out["html"].read_text(), out["md"].read_text()
    assert [len(s.quotes) for s in b.stories] == [4, 2]
    for s in b.stories:  # both in full; the front page shows three quotes a story
        for k, q in enumerate(s.quotes):
            times = 2 if k < 3 else 1  # the front page, and its story (or its article)
            assert text.count(_squash(q.en)) == times
            assert html.count(q.en) == times and md.count(q.en) == times
    single = b.stories[1]
    summary = single.summary[1].sentence.en  # (the first is also a figure's sentence)
    assert text.count(_squash(summary)) == 2  # front page and Articles, not Stories too
    assert "Onesource:itssummary,quotesandfiguresareunder[3]inArticles." in text
    assert "Its2quotesareshownwithitsstory" in text  # the two-article story's articles


def test_article_headings_are_never_left_at_the_bottom_of_a_page(tmp_path):
    rng = random.Random(5)
    b = briefing([1] * 24, seed=3)
    for r in b.reports:  # articles of very different lengths, so breaks fall anywhere
        for p in r.article.paragraphs:
            p.sentences = [sentence(rng, rng.randint(5, 60)) for _ in range(rng.randint(1, 6))]
        r.summary = [p.sentences[0] for p in r.article.paragraphs[:rng.randint(1, 4)]]
    pages = [_squash(p) for p in _build(b, tmp_path)["pages"]]
    for n, r in enumerate(b.reports, 1):
        title = _squash(f"[{n}]{r.article.title_en}")[:40]
        head = next(i for i, p in enumerate(pages) if title in p)
        assert _squash(r.summary[0].en)[:30] in pages[head], f"[{n}] stranded on page {head + 1}"


def test_a_long_bilingual_paragraph_splits_across_pages(tmp_path):
    from briefing.render.html import handout_html
    from briefing.render.pdf import html_to_pdf

    rng = random.Random(2)
    r = report(1, rng, paragraphs=2, quotes=6)
    r.article.paragraphs[0].sentences = [sentence(rng, 30, "LONG ") for _ in range(40)]
    pdf = html_to_pdf(handout_html(r, bilingual=True, on=r.article.date))
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    start = next(i for i, p in enumerate(pages) if "LONG" in p)
    assert "FULL TRANSLATION" in pages[start].upper()  # not pushed whole to the next page
    assert len(pages) >= start + 2 and "LONG" in pages[start + 1]
    assert "Page 1 of" not in pages[0] and "Page 2 of" in pages[1]


# -- 17.5: a week's briefing is named and dated by its week --------------------------------------
def test_a_week_names_the_files_and_dates_the_cover(tmp_path):
    b = dataclasses.replace(briefing([2, 1]), week="2025-W36")
    out = _build(b, tmp_path, ("pdf", "json", "md", "html"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"briefing-2025-W36.{f}" for f in ("html", "json", "md", "pdf")]
    assert "Week 36, 2025 (1–7 September 2025)" in out["pages"][0]
    assert "5 September 2025" not in out["pages"][0]  # the day it was made is not its date
    assert "Week 36, 2025" in out["pages"][1]
    assert "**Week 36, 2025 (1–7 September 2025)**" in out["md"].read_text()


# -- 17.9: HTML for screens, Markdown with its stories -------------------------------------------
class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.meta = set(), [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "meta":
            self.meta.append(a)


def test_html_is_for_screens_with_anchors_instead_of_page_numbers(tmp_path):
    b = briefing([3, 2] + [1] * 12)
    html = _build(b, tmp_path, ("html",))["html"].read_text()
    links = _Links()
    links.feed(html)
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in links.meta
    css = html.split("<style>")[1].split("</style>")[0]
    assert "@media screen" in css and "font-size: 17px" in css
    screen = css.split("@media screen")[-1]
    assert "text-decoration: underline" in screen  # links can be seen
    assert "target-counter" not in css.split("@media print")[0]  # page numbers: print only
    assert not re.search(r"\bp\. \d", html)  # no page number written into the HTML
    internal = [h[1:] for h in links.hrefs if h.startswith("#")]
    assert len(internal) > 20 and set(internal) <= links.ids  # every anchor leads somewhere
    front = html.split('<section class="stories"')[0]
    assert len(re.findall(r'<li><a href="#(s\d+|art-\d+)">', front)) + front.count(
        '<article class="card">') == len(b.stories)  # every story reachable from the front


def test_markdown_has_the_stories_and_links_the_listed_ones(tmp_path):
    b = briefing([3, 2] + [1] * 12)
    fit = fitted_front(b)
    md = briefing_markdown(b, fit)
    assert "\n# Stories\n" in md and "\n# Articles\n" in md
    anchors = set(re.findall(r'<a id="([\w-]+)"></a>', md))
    targets = re.findall(r"\]\(#([\w-]+)\)", md)
    assert set(targets) <= anchors
    assert fit.listed
    for s in fit.listed:  # "- [headline](#s3) (2 sources)"
        link = re.escape(s.headline_en[:30]) + r".*\]\(#(s\d+|art-\d+)\) \(\d sources?\)$"
        assert re.search("^- \\[" + link, md.split("# Stories")[0], re.M)
    stories = md.split("\n# Stories\n")[1].split("\n# Articles\n")[0]
    assert all(s.headline_en in stories for s in b.stories)
    assert stories.count("One source: its summary, quotes and figures are under") == 12


# -- 17: archival and accessible PDFs ------------------------------------------------------------
@pytest.mark.parametrize("variant,marker", [("pdf/a-3a", 'pdfaid:part="3"'),
                                            ("pdf/ua-1", 'pdfuaid:part="1"')])
def test_pdf_variants_keep_language_title_and_outline(tmp_path, variant, marker):
    b = briefing([2, 1])
    (pdf,) = write_briefing(b, tmp_path, ["pdf"], pdf_variant=variant)
    r = PdfReader(pdf)
    root = r.trailer["/Root"]
    assert root["/Lang"] == "en" and r.metadata.title == "Weekly Briefing — 5 September 2025"
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root  # tagged
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert marker in xmp and "Weekly Briefing — 5 September 2025" in xmp
    titles = [o.title for o in r.outline if not isinstance(o, list)]
    assert titles[:1] == ["Weekly Briefing"] and "Stories" in titles and "Articles" in titles
    plain = PdfReader(write_briefing(b, tmp_path / "plain", ["pdf"])[0])
    assert "/StructTreeRoot" not in plain.trailer["/Root"]


def test_an_unknown_pdf_variant_is_one_line(tmp_path):
    from briefing.errors import UsageError

    with pytest.raises(UsageError, match="unknown PDF variant 'pdf/z'; choose from pdf/a-1b"):
        write_briefing(briefing([1]), tmp_path, ["pdf"], pdf_variant="pdf/z")
    assert not list(tmp_path.iterdir())


# -- progress while the PDF is laid out ----------------------------------------------------------
def test_write_briefing_reports_progress(tmp_path):
    from contextlib import contextmanager

    seen: list[tuple[str, int, int]] = []

    @contextmanager
    def progress(label, length):
        done = []

        class Bar:
            def update(self, n):
                done.append(n)

        yield Bar()
        seen.append((label, length, sum(done)))

    write_briefing(briefing([2, 2] + [1] * 10), tmp_path, ["pdf", "json"], progress=progress)
    labels = [x[0] for x in seen]
    assert labels[0] == "Fitting the front page" and "Laying out the PDF" in labels
    assert all(length == done for _, length, done in seen)


def test_story_and_front_page_records_in_json(tmp_path):
    b = briefing([2, 1, 1])
    data = _build(b, tmp_path, ("json",))["data"]
    assert set(data["briefing"]["front_page"]) == {"full", "listed"}
    shown = data["briefing"]["front_page"]["full"] + data["briefing"]["front_page"]["listed"]
    assert sorted(shown) == sorted(s["id"] for s in data["stories"])
    assert {a["path"] for a in data["articles"]} == {f"a{n:03d}.txt" for n in range(4)}


# -- 19.3: a big briefing laid out in parts, the same as in one piece ---------------------------
def _facts(pdf):
    r = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)

    def walk(items, depth=0):
        for it in items:
            if isinstance(it, list):
                yield from walk(it, depth + 1)
            else:
                yield depth, it.title, r.get_destination_page_number(it), round(float(it.top), 1)

    dests = {n: (r.get_destination_page_number(d), round(float(d.top), 1))
             for n, d in r.named_destinations.items()}
    links = [(i, tuple(round(float(v), 1) for v in a.get_object()["/Rect"]),
              str(a.get_object().get("/Dest"))) for i, p in enumerate(r.pages)
             for a in p.get("/Annots") or []]
    return [p.extract_text() for p in r.pages], list(walk(r.outline)), dests, links


def test_a_big_briefing_is_laid_out_in_parts_as_it_would_be_in_one(monkeypatch, tmp_path):
    from briefing.render import pdf

    monkeypatch.setattr(layout, "PART_ARTICLES", 8)
    b = briefing([3, 2] + [1] * 24)
    b.stories[0].conflicts = [troops_conflict(b.reports[:3], readings=3)]
    front = fitted_front(b)
    assert len(layout.part_plan(b)) == 1 + 4 + 4 + 1  # front, stories, articles, sources
    layouts = []
    real = pdf._layout
    monkeypatch.setattr(pdf, "_layout", lambda html, *a: layouts.append(1) or real(html, *a))
    parted = pdf.briefing_pdf(b, front)
    assert len(layouts) == 1 + 8 + 1 + 1  # the parts, the front page last, the page numbers
    whole = pdf.html_to_pdf(briefing_html(b, front))
    pages, outline, dests, links = _facts(parted)
    assert (pages, outline, dests, links) == _facts(whole)
    n = len(pages)
    assert "Page 1 of" not in pages[0]
    assert all(f"Page {i} of {n}" in pages[i - 1] for i in range(2, n + 1))
    assert all("Weekly Briefing" in p.split("Page")[-2] for p in pages[1:])  # running header
    assert re.search(r"· p\. \d+", pages[0] + pages[1])  # the front page's page numbers
    assert len(outline) > 40 and len(dests) > 30 and len(links) > 30


def test_a_part_that_cannot_be_joined_falls_back_to_one_piece(monkeypatch):
    from briefing.render import parts, pdf

    monkeypatch.setattr(layout, "PART_ARTICLES", 8)
    b = briefing([2] + [1] * 18)
    front = fitted_front(b)

    def broken(*a, **k):
        raise RuntimeError("XObject resources by reference: not supported")

    monkeypatch.setattr(parts, "write_pdf_in_parts", broken)
    text = [p.extract_text() for p in PdfReader(io.BytesIO(pdf.briefing_pdf(b, front))).pages]
    assert f"Page 2 of {len(text)}" in text[1] and "Sources" in " ".join(text[-2:])


def test_conflict_kinds_and_speakers_in_english_reach_the_reader():
    """An update or rival claims are named in the caption; a role as speaker is shown in
    English; the JSON carries the conflict's kind."""
    from dataclasses import replace

    from render_samples import briefing, troops_conflict

    from briefing.render.html import briefing_html
    from briefing.render.jsonout import briefing_to_json

    b = briefing([2])
    conflict = replace(troops_conflict(b.reports, 2), kind="update")
    quote = replace(b.reports[0].quotes[0], speaker="il suo portavoce",
                    speaker_en="his spokesman")
    b.reports[0].quotes[0] = quote
    b.stories[0] = replace(b.stories[0], conflicts=[conflict], quotes=[quote])
    html = briefing_html(b)
    assert "troops (soldiers) — later reports give other numbers" in " ".join(
        re.sub(r"<[^>]+>", "", html).split())
    assert "his spokesman" in html and "il suo portavoce" not in html
    data = json.loads(json.dumps(briefing_to_json(b), default=str))
    assert data["stories"][0]["conflicts"][0]["kind"] == "update"


def test_a_small_front_page_is_not_laid_out_to_check_it(monkeypatch):
    """Every story in full and far from the end: the estimate is sure (issue 19: a layout
    of each cold run saved); near the end, or with stories listed, it is laid out."""
    import briefing.render.pdf as pdf

    small = briefing([2])
    laid = []
    monkeypatch.setattr(pdf, "_measure", lambda html: laid.append(1) or (2, 0.0))
    front = fitted_front(small)
    assert not laid and front.pages in (1, 2) and not front.listed
    assert [s.id for s in front.full] == [s.id for s in small.stories]
    monkeypatch.undo()
    pages, _ = _measure(briefing_html(small, front, front_only=True))
    assert pages <= front.pages  # the estimate's pages are never fewer than the layout's
    big = layout.front_page(briefing([2, 2] + [1] * 10))
    assert layout.surely_fits(big) is None
