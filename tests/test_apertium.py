"""The Apertium engine: real English from the rule-based pairs, when they are installed."""

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import CORPUS, needs_apertium
from pypdf import PdfReader

from briefing.cli import main
from briefing.data import Article, Paragraph, Sentence
from briefing.translate.apertium import (
    ApertiumError,
    ApertiumTranslator,
    clean_output,
    to_english_digits,
)
from briefing.translate.checks import lost_number


def test_marks_and_escapes_are_removed_and_counted():
    text, unknown = clean_output(r"The **populisti of \[right\] have #29 and \@home *Kursk.")
    assert text == "The populisti of [right] have 29 and @home Kursk."
    assert unknown == ["populisti", "29", "Kursk"]


@pytest.mark.parametrize("it,en", [
    ("10.000 soldiers", "10,000 soldiers"),
    ("the 12,5% and 1.234,5 million", "the 12.5% and 1,234.5 million"),
    ("on 28.04.2025 at 10.30", "on 28.04.2025 at 10.30"),  # dates and times are not numbers
])
def test_italian_digit_grouping_made_english(it, en):
    assert to_english_digits(it) == en


def test_output_out_of_step_is_refused():
    good = ["The house.[{0}]", "Red.[{1}]"]
    assert ApertiumTranslator._align(good, 2) == ["The house", "Red"]
    with pytest.raises(ApertiumError, match="out of step at sentence 2"):
        ApertiumTranslator._align(["The house.[{0}]", "Red.[{2}]"], 2)
    with pytest.raises(ApertiumError, match="returned 1 sentences for 2"):
        ApertiumTranslator._align(["The house.[{0}]"], 2)


def test_lost_percent_is_caught():
    a = Article(id="t", path=None, paragraphs=[Paragraph([
        Sentence("Il PIL è calato del 4,5% nel 2024.", "The GDP fell by 4.5 in 2024."),
        Sentence("Sono 10.000 soldati.", "There are 10,000 soldiers.")])])
    assert [lost_number(s) for s in a.sentences] == [True, False]
    a.paragraphs[0].sentences[0].en = "The GDP fell by 4.5 percent in 2024."
    assert not any(lost_number(s) for s in a.sentences)


@needs_apertium
def test_one_english_sentence_per_italian_sentence(corpus_articles):
    sentences = [s.it for a in corpus_articles.values() for s in a.sentences]
    sentences += ["Parentesi [quadre], ^accenti$, barre / \\ e {graffe} <tag>.",
                  "Titolo senza punto", "«Solo una citazione»", "Un NUL\0 nel mezzo."]
    tr = ApertiumTranslator()
    batched = tr.translate(sentences)
    reverse = tr.translate(sentences[::-1])[::-1]
    sample = list(range(0, len(sentences), 4))  # one process pair per sentence: slow
    one_by_one = {i: tr.translate([sentences[i]])[0] for i in sample}
    # Apertium's tagger keeps some state across flushed sentences, so a word may now and
    # then be tagged differently next to other sentences (newssyscomb: 460/502 the same, same
    # chrF); the sentence itself never moves.
    assert sum(a == b for a, b in zip(batched, reverse, strict=True)) >= 0.75 * len(sentences)
    assert sum(batched[i] == one_by_one[i] for i in sample) >= 0.75 * len(sample)
    assert len(batched) == len(sentences) and all(batched)
    assert "[" in batched[-4] and "{staples}" in batched[-4] and "\\" in batched[-4]
    assert not batched[-3].endswith(".")  # the closing dot we add is taken off again
    # order kept: each English line carries the numbers of its own Italian line
    for it, en in zip(sentences, batched, strict=True):
        assert set(re.findall(r"\d+", it.replace(".", ""))) <= set(
            re.findall(r"\d+", en.replace(",", "")))


@needs_apertium
def test_spanish_pivot_drops_percent_and_the_check_sees_it():
    from briefing.translate.apertium import find_pair

    pair = find_pair("spa")
    if pair is None:
        pytest.skip("the Spanish pivot (apertium-spa-ita, apertium-eng-spa) is not installed")
    en = ApertiumTranslator(pair).translate(["In totale hanno il 29%."])[0]
    a = Article(id="t", path=None,
                paragraphs=[Paragraph([Sentence("In totale hanno il 29%.", en)])])
    assert "%" not in en and lost_number(a.sentences[0])


@pytest.fixture(scope="module")
def apertium_build(tmp_path_factory):
    if not __import__("conftest").apertium_installed():
        pytest.skip("Apertium not installed (apt-get install apertium-cat-ita apertium-eng-cat)")
    out = tmp_path_factory.mktemp("ap")
    r = CliRunner().invoke(main, ["build", str(CORPUS), "-o", str(out), "--date", "2025-09-05",
                                  "--engine", "apertium", "--format", "json,pdf"])
    assert r.exit_code == 0, r.output
    return out, r


def test_build_with_apertium_is_english(apertium_build):
    out, r = apertium_build
    data = json.loads((out / "briefing-2025-09-05.json").read_text())
    t = data["briefing"]["translation"]
    assert t["engine"] == "apertium" and t["model"] in ("ita-cat-eng", "ita-spa-eng")
    assert t["rough"] is True and "Apertium" in t["version"]
    arts = {a["id"][:3]: a for a in data["articles"]}
    english = " ".join(s["en"] for a in arts.values() for p in a["paragraphs"]
                       for s in p["sentences"])
    assert len(re.findall(r"\bthe\b", english, re.I)) > 50
    assert all(a["title_en"] for a in arts.values() if a["title_it"])
    assert all(q["en"] and q["en"] != q["it"] for a in arts.values() for q in a["quotes"])
    # figures are read from the Italian, whatever the engine did to the sentence
    figs = {f["it"]: f for f in arts["004"]["figures"]}
    assert figs["tra i 10 e gli 11 mila"]["en"] == "10,000–11,000"
    assert all(f["context_en"] for a in arts.values() for f in a["figures"])
    unknown = [w for w in data["warnings"] if "left untranslated" in w["message"]]
    assert unknown and "warning: " in r.output


def test_apertium_pdf_says_rough_translation(apertium_build):
    out, _ = apertium_build
    text = "\n".join(p.extract_text() for p in PdfReader(out / "briefing-2025-09-05.pdf").pages)
    assert "Rough rule-based translation" in text and "Apertium" in text


@needs_apertium
def test_auto_falls_back_to_apertium_and_says_so(tmp_path):
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(tmp_path / "none"))
    env.pop("BRIEFING_MODEL_FILE", None)
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "translate",
                        str(CORPUS / "003_c50fe1e353ef1373.txt"), "--format", "json"],
                       env=env, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "translating with Apertium" in p.stderr
    assert json.loads(p.stdout)["translation"]["engine"] == "apertium"
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "models", "status"], env=env,
                       capture_output=True, text=True)
    assert p.returncode == 0
    assert "argos: not available" in p.stdout and "apertium: ready" in p.stdout


def test_apertium_asked_for_but_missing(empty_argos_env):
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "translate", "--engine", "apertium",
                        str(CORPUS / "003_c50fe1e353ef1373.txt")], env=empty_argos_env,
                       capture_output=True, text=True)
    assert p.returncode == 2
    assert p.stderr.strip().splitlines()[-1] == (
        "Error: Apertium is not installed (apt-get install apertium-cat-ita apertium-eng-cat)")


@needs_apertium
def test_engines_never_share_cache_entries(tiny_model):
    from briefing.translate.argos import Translator
    from briefing.translate.cache import settings_key

    ap, ar = ApertiumTranslator(), Translator(tiny_model, threads=1)
    assert settings_key(ap.identity, ap.settings) != settings_key(ar.identity, ar.settings)
