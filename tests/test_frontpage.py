"""The briefing as a reader gets it: front page, stories, weeks, PDF basics (issue 9)."""

import json
import re

import pytest
from conftest import CORPUS
from conftest import run_cli as _run
from pypdf import PdfReader


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory, tiny_model):
    out = tmp_path_factory.mktemp("front")
    r = _run("build", CORPUS, "-o", out, "--date", "2025-09-05", "--format", "pdf,json,html,md")
    assert r.exit_code == 0, r.output
    data = json.loads((out / "briefing-2025-09-05.json").read_text())
    pages = [p.extract_text() for p in PdfReader(out / "briefing-2025-09-05.pdf").pages]
    return out, data, pages, r


def test_one_story_with_five_sources_and_the_troop_conflict(corpus_build):
    _, data, _, r = corpus_build
    assert "5 articles in 1 story" in r.output
    (story,) = data["stories"]
    assert story["id"] == "s1" and len(story["article_ids"]) == 5
    assert story["headline_en"] and 2 <= len(story["summary"]) <= 4
    assert all(x["article"] in story["article_ids"] and x["it"] for x in story["summary"])
    troops = [c for c in story["conflicts"] if c["category"] == "troops"]
    assert len(troops) == 1
    wordings = {(v["article"][:3], v["it"]) for v in troops[0]["values"]}
    assert wordings == {("000", "più di 10.000"), ("001", "oltre 10.000"),
                        ("002", "circa 15mila"), ("004", "tra i 10 e gli 11 mila")}
    shared = [q for q in story["quotes"] if q["it"].startswith("I vostri soldati hanno combattuto")]
    assert len(shared) == 1 and [s[:3] for s in shared[0]["sources"]] == ["000", "002"]
    assert story["quotes"][0] is not None and story["quotes"][0]["it"] == shared[0]["it"]
    casualties = [f for f in story["figures"] if f["category"] == "casualties"]
    assert [(f["value"], [s[:3] for s in f["sources"]]) for f in casualties] == [
        (600, ["000", "001"])]  # agreeing figures shown once with both sources


def test_front_page_fits_in_two_pages(corpus_build):
    _, data, pages, _ = corpus_build
    front = _squash(" ".join(pages[:2]))
    for s in data["stories"]:
        assert _squash(s["headline_en"])[:40] in front
    assert "WHERESOURCESDIFFER" in front.upper().replace("THE", "")
    for wording in ("tra i 10 e gli 11 mila", "circa 15mila", "più di 10.000", "oltre 10.000"):
        assert _squash(wording) in front
    # the stories and the per-article appendix follow
    whole = " ".join(pages)
    assert whole.index("Stories") < whole.index("Articles") < whole.rindex("Sources")


def test_running_header_and_numbered_notes(corpus_build):
    _, data, pages, _ = corpus_build
    assert "Weekly Briefing" in pages[1] and "5 September 2025" in pages[1]
    # page numbers as the README says: on every page but the first
    assert "Page 1 of" not in pages[0] and f"Page 2 of {len(pages)}" in pages[1]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    last = " ".join(pages[-2:])
    assert "PROCESSING NOTES" in last.upper()
    assert "[2] no date found in the text" in last  # notes name articles by their [n]
    assert "001_28e4d9f6d13d77de: no date" not in last


def test_json_names_the_front_page_and_carries_no_folder(corpus_build):
    _, data, _, _ = corpus_build
    front = data["briefing"]["front_page"]
    assert front == {"full": ["s1"], "listed": []}
    assert {a["path"] for a in data["articles"]} == {p.name for p in CORPUS.glob("*.txt")}


def test_html_and_markdown_get_the_same_front_page(corpus_build):
    out, data, _, _ = corpus_build
    headline = data["stories"][0]["headline_en"]
    html = (out / "briefing-2025-09-05.html").read_text()
    md = (out / "briefing-2025-09-05.md").read_text()
    assert "Where the sources differ" in html and "Where the sources differ" in md
    assert "tra i 10 e gli 11 mila" in html and "tra i 10 e gli 11 mila" in md
    assert html.index("Where the sources differ") < html.index('id="stories"')
    first_line = next(line for line in md.splitlines() if line.startswith("## "))
    assert first_line.startswith("## ") and len(first_line) > 4
    assert md.index("Where the sources differ") < md.index("# Articles")
    assert headline.split()[0] in md


def test_figures_scan_once_per_sentence(corpus_build):
    out, _, _, _ = corpus_build
    html = (out / "briefing-2025-09-05.html").read_text()
    parts = html.split('<table class="figures">')[1:]
    tables = "".join(part.split("</table>")[0] for part in parts)
    # the 004 sentence with "migliaia" and "tra i 10 e gli 11 mila" is one row, both marked
    sentence = "Citando la Commissione militare centrale della Corea del Nord"
    assert tables.count(sentence) == 1
    assert "<mark>tra i 10 e gli 11 mila</mark>" in tables and "<mark>migliaia</mark>" in tables


def test_week_selects_monday_to_sunday_and_says_so(tiny_model, tmp_path):
    r = _run("build", CORPUS, "-o", tmp_path, "--date", "2025-09-05", "--week", "2025-W36",
             "--format", "json,pdf")
    assert r.exit_code == 0, r.output
    # a week's briefing is named and dated by its week (issue 17.5), not by today
    assert sorted(p.name for p in tmp_path.glob("briefing-*")) == [
        "briefing-2025-W36.json", "briefing-2025-W36.pdf"]
    data = json.loads((tmp_path / "briefing-2025-W36.json").read_text())
    assert data["briefing"]["week"] == "2025-W36"
    assert [a["id"][:3] for a in data["articles"]] == ["000", "001", "002"]  # 2 undated kept
    left = {w["article"][:3] for w in data["warnings"] if "left out" in w["message"]}
    assert left == {"003", "004"}
    pages = PdfReader(tmp_path / "briefing-2025-W36.pdf").pages
    text = pages[0].extract_text()
    assert "Week 36, 2025 (1–7 September 2025)" in text and "5 September 2025" not in text
    if len(pages) > 1:
        assert "Week 36, 2025" in pages[1].extract_text()  # the running header


@pytest.mark.parametrize("args,message", [
    (["--week", "2025-W36", "--since", "2025-09-01"], "use either --week or --since/--until"),
    (["--week", "2025-W54"], "2025 has weeks 1 to 52"),
    (["--week", "settimana 36"], "is not an ISO week"),
])
def test_week_misuse(tiny_model, tmp_path, args, message):
    r = _run("build", CORPUS, "-o", tmp_path, *args)
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output


def test_handout_shows_its_date_on_the_first_page_and_bilingual_has_its_own_name(
        tiny_model, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = CORPUS / "003_c50fe1e353ef1373.txt"
    plain = _run("handout", article, "--date", "2025-08-14")
    both = _run("handout", article, "--date", "2025-08-14", "--bilingual")
    assert plain.exit_code == 0 and both.exit_code == 0, plain.output + both.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["handout-003_c50fe1e353ef1373-2025-08-14-bilingual.pdf",
                     "handout-003_c50fe1e353ef1373-2025-08-14.pdf"]
    pages = PdfReader(tmp_path / "out" / names[1]).pages
    assert "14 August 2025" in pages[0].extract_text()
    if len(pages) > 1:
        assert "Handout · 14 August 2025" in pages[1].extract_text()
