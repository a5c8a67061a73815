"""Names kept as written, the glossary and Italian numbers in English (issue 16).

Sentences written for these tests (never the dev sets). The pure tests need no engine;
the ones marked ``needs_apertium`` run the installed pairs.
"""

import re

import pytest
from conftest import needs_apertium

from briefing.data import Article, ArticleReport, Name, Paragraph, Quote, Sentence
from briefing.errors import UsageError
from briefing.translate.batch import translate_segments, with_english
from briefing.translate.checks import italian_words, run_warnings
from briefing.translate.glossary import GlossaryError, load_glossary, read_entries
from briefing.translate.numbers import english_numbers, number_spans
from briefing.translate.protect import Span, is_placeholder, placeholder, protect
from briefing.translate.protected import Piece, translate_pieces
from briefing.translate.spans import kept_names, name_spans, sentence_spans

GLOSSARY = load_glossary()


def keep(sentence: str, text: str) -> Span:
    i = sentence.index(text)
    return Span(i, i + len(text), "keep")


# --- placeholders and restoring -----------------------------------------------------------

def test_placeholders_are_consonant_words_never_italian():
    toks = [placeholder(i) for i in range(400)]
    assert len(set(toks)) == 400
    assert all(re.fullmatch(r"Zxq[bcdfghjklmnpqrstvwz]{2,}", t) and is_placeholder(t)
               for t in toks)
    assert not is_placeholder("Zucchero") and not is_placeholder("zxqbb")


def test_another_prefix_when_the_sentence_has_ours():
    s = "Il codice Zxqbb è di Paolo Ferretti."
    masked, _ = protect(s, [keep(s, "Paolo Ferretti")])
    assert masked == "Il codice Zxqbb è di Zxjbb."


def test_names_come_back_as_written_with_marks_stripped():
    s = "Kim Jong-un ha ricevuto Olena Shevchuk a Minsk."
    masked, restore = protect(s, [keep(s, "Kim Jong-un"), keep(s, "Olena Shevchuk")])
    assert masked == "Zxqbb ha ricevuto Zxqbc a Minsk."
    assert restore("**Zxqbb has received *Zxqbc in Minsk.") == \
        "Kim Jong-un has received Olena Shevchuk in Minsk."
    assert restore.missing == []
    assert restore("He received someone.") == "He received someone."
    assert restore.missing == ["Kim Jong-un", "Olena Shevchuk"]


def test_count_and_order_of_placeholders():
    s = "Bianca Sereni e Ugo Tallini."
    _, restore = protect(s, [keep(s, "Bianca Sereni"), keep(s, "Ugo Tallini")])
    assert restore.count_ok("Zxqbb and Zxqbc.")
    assert not restore.count_ok("Zxqbc and Zxqbb.")  # swapped
    assert not restore.count_ok("Zxqbb and Zxqbb.")  # repeated, one lost


def test_gloss_article_merged_never_the_the():
    s = "Il Cremlino ha scritto all'Onu, non alla Farnesina."
    masked, restore = protect(s, GLOSSARY.spans(s))
    assert masked == "Il Zxqbb ha scritto all'Zxqbc, non alla Zxqbd."
    out = restore("The Zxqbb has written to the Zxqbc, not to the Zxqbd.")
    assert out == ("The Kremlin has written to the UN, not to the Foreign Ministry "
                   "(Farnesina).")


def test_gloss_used_bare_in_italian_is_bare_in_english():
    s = "Vertice Onu a Ginevra."
    _, restore = protect(s, GLOSSARY.spans(s))
    assert restore("Summit Zxqbb in Geneva.") == "Summit UN in Geneva."


def test_bare_and_place_flags():
    s = "La Nato si vede a Bruxelles e negli Stati Uniti."
    _, restore = protect(s, GLOSSARY.spans(s))
    assert restore("The Zxqbb meets at Zxqbc and at the Zxqbd.") == \
        "NATO meets in Brussels and in the United States."


# --- glossary files -----------------------------------------------------------------------

def test_acronyms_match_any_case_but_never_a_lowercase_word():
    s = "L'ONU e l'Onu; la Nato; Marta è nato a Parma."
    assert [s[x.start:x.end] for x in GLOSSARY.spans(s)] == ["ONU", "Onu", "Nato"]


def test_outlets_are_kept_in_any_capitalisation():
    s = "Lo scrive Il sole 24 ore, e anche il Corriere della Sera."
    found = [(s[x.start:x.end], x.kind) for x in GLOSSARY.spans(s)]
    assert found == [("Il sole 24 ore", "keep"), ("Corriere della Sera", "keep")]


def test_user_and_command_line_files_override_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "cfg"))
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "glossary.tsv").write_text("Cremlino\tthe Kremlin (Moscow)\n",
                                                   encoding="utf-8")
    extra = tmp_path / "mine.tsv"
    extra.write_text("# my terms\nQuirinale\tthe head of state\tbare\n", encoding="utf-8")
    g = load_glossary(extra)
    assert g.lookup("Cremlino").english == "the Kremlin (Moscow)"
    assert g.lookup("Quirinale").english == "the head of state" and g.lookup("Quirinale").bare
    assert g.lookup("Farnesina") is not None  # the default is still read
    assert g.identity != GLOSSARY.identity


def test_bad_glossary_files_are_one_line_errors(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("Cremlino the Kremlin\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"line 1: expected Italian<TAB>English"):
        read_entries(bad)
    bad.write_text("Cremlino\tthe Kremlin\tloud\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="unknown flag 'loud'"):
        read_entries(bad)
    bad.write_bytes(b"Cremlino\t\xff\n")
    with pytest.raises(GlossaryError, match="not UTF-8"):
        read_entries(bad)
    with pytest.raises(UsageError, match="glossary file not found"):
        load_glossary(tmp_path / "missing.tsv")


# --- numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("italian, form, english", [
    ("Al corteo c'erano 15mila persone.", "15mila", "15,000"),
    ("Servono 40 mila firme.", "40 mila", "40,000"),
    ("Il club ha 7,5 mila iscritti.", "7,5 mila", "7,500"),
    ("In tutto 2,5 milioni di pendolari.", "2,5 milioni di", "2.5 million"),
    ("Sono 1 milione e 200 mila abitanti.", "1 milione e 200 mila", "1.2 million"),
    ("Una sanzione di 10mila euro.", "10mila euro", "€10,000"),
    ("Un prestito di 3 milioni di dollari.", "3 milioni di dollari", "$3 million"),
    ("Il paese conta 387 600 residenti.", "387 600", "387,600"),
])
def test_italian_number_forms_get_their_english(italian, form, english):
    assert (form, english) in [(italian[s.start:s.end], s.english)
                               for s in number_spans(italian)]


def test_a_range_shares_its_scale():
    s = "Si contano tra i 20 e i 25 mila sfollati."
    assert [(s[x.start:x.end], x.english) for x in number_spans(s)] == \
        [("20", "20,000"), ("25 mila", "25,000")]


@pytest.mark.parametrize("italian", ["Nel 1998 il 42,1% votò.", "Arrivano 12.000 persone.",
                                     "Alle 18.30 di ieri.", "Ha 3,5 anni."])
def test_bare_numbers_years_and_times_are_left_alone(italian):
    assert number_spans(italian) == []


@pytest.mark.parametrize("engine, english", [
    ("They were 15mila persons.", "They were 15,000 persons."),
    ("Some 1 million and 300 mila voters.", "Some 1.3 million voters."),
    ("A loss of 2.5 millions.", "A loss of 2.5 million."),
    ("It costs 4mila euros.", "It costs €4,000."),
    ("A town of 387 600 people, in 2019.", "A town of 387,600 people, in 2019."),
])
def test_italian_forms_left_in_english_are_rewritten(engine, english):
    assert english_numbers(engine) == english


# --- which names are kept ----------------------------------------------------------------

def test_registry_names_with_apertiums_view():
    names = [Name("Tiziana Ferrucci", "k", 2, True), Name("Russia", "k", 3, True),
             Name("Calderari", "k", 1, True), Name("Ostrava Nord", "k", 1, False),
             Name("Papa Leone", "k", 1, True), Name("Dateci", "k", 1, False),
             Name("Kim Jong Un", "k", 1, True)]
    kinds = {"Tiziana Ferrucci": ["name", "name"], "Russia": ["place"],
             "Calderari": ["ambiguous"], "Ostrava Nord": ["name", "place"],
             "Papa Leone": ["common", "name"], "Dateci": ["common"],
             "Kim Jong Un": ["name", "name", "common"], "Ferrucci": ["name"]}
    kept = kept_names(names, ["La Gazzetta del Borgo"], kinds)
    assert kept == ["La Gazzetta del Borgo", "Tiziana Ferrucci", "Kim Jong Un", "Calderari",
                    "Ferrucci"]


def test_registry_names_without_a_dictionary():
    names = [Name("Tiziana Ferrucci", "k", 2, True), Name("Ucraina", "k", 1, True),
             Name("Zorbak", "k", 1, True), Name("Roma", "k", 1, False)]
    assert kept_names(names, [], None) == ["Tiziana Ferrucci", "Ferrucci", "Zorbak"]


def test_names_found_by_position_with_spelling_variants():
    s = "Il leader Kim Jong-un e poi Kim; un altro, KIM Jong UN, no."
    spans = sentence_spans(s, ["Kim Jong Un", "Kim"], None)
    assert [s[x.start:x.end] for x in spans] == ["Kim Jong-un", "Kim"]


def test_camel_case_web_names_are_kept():
    s = "Lo ha scritto al sito PaeseNews.it e su YouTube."
    assert [s[x.start:x.end] for x in name_spans(s, [])] == ["PaeseNews.it", "YouTube"]


# --- a neural engine: check, repair, flag -----------------------------------------------

class FakeNeural:
    """Turns Italian into 'English' by rules, mangling one surname the way a model can."""

    def __init__(self, keeps_placeholders=True):
        self.calls: list[list[str]] = []
        self.keeps = keeps_placeholders

    def __call__(self, units):
        self.calls.append(list(units))
        out = []
        for u in units:
            e = u.replace("ha parlato con", "spoke with").replace("Oggi", "Today")
            e = e.replace("Calderini", "Calder").replace("Rossetti", "Redmond")
            if not self.keeps:
                e = re.sub(r"Zxq\w+", "someone", e)
            out.append(e)
        return out


def test_neural_engine_repaired_with_placeholders():
    s = "Oggi Anna Calderini ha parlato con Rossetti."
    p = Piece(s, [keep(s, "Anna Calderini"), keep(s, "Rossetti")])
    engine = FakeNeural()
    translate_pieces([p], engine, placeholders_first=False)
    assert p.english == "Today Anna Calderini spoke with Rossetti."
    assert p.lost == [] and len(engine.calls) == 2  # as it is, then with placeholders


def test_neural_engine_repaired_by_putting_the_name_back():
    s = "Oggi Calderini ha parlato."
    p = Piece(s, [keep(s, "Calderini")])
    engine = FakeNeural(keeps_placeholders=False)
    translate_pieces([p], engine, placeholders_first=False)
    assert p.english == "Today Calderini ha parlato." and p.lost == []
    assert engine.calls[-1] == ["Calderini"]  # the name alone, to find its rendering


def test_neural_engine_flags_what_it_cannot_repair():
    s = "Oggi Rossetti ha parlato con Rossetti."
    p = Piece(s, [keep(s, "Rossetti")])
    translate_pieces([p], FakeNeural(keeps_placeholders=False), placeholders_first=False)
    assert p.lost == ["Rossetti"]  # "Redmond" stands twice: no safe place to put it back


def test_a_correct_translation_is_taken_as_it_is():
    s = "Oggi Ugo Tallini ha parlato."
    p = Piece(s, [keep(s, "Ugo Tallini")])
    engine = FakeNeural()
    translate_pieces([p], engine, placeholders_first=False)
    assert len(engine.calls) == 1 and p.english == "Today Ugo Tallini ha parlato."


# --- the run: English paragraphs, checks and warnings -------------------------------------

class Echo:
    """An engine that marks what it translated and leaves Italian words it 'does not know'."""

    engine = "echo"
    unknown_words: dict = {}

    def __init__(self):
        self.seen: list[str] = []
        self.unknown_words = {}

    def translate(self, sentences, progress=None):
        self.seen += sentences
        for s in sentences:
            self.unknown_words[s] = [w for w in ("sfollati", "Zxqbb", "Marsili", "weekend")
                                     if w in s]
        return ["EN " + s.replace("Calderini", "Calder") for s in sentences]


def _report(paragraphs, names=(), quotes=()):
    a = Article("t1", None, paragraphs, title_it="Titolo di prova")
    return ArticleReport(a, [], list(quotes), [], names=list(names))


def test_english_paragraphs_are_kept_as_written_and_not_translated():
    it = Paragraph([Sentence("Il sindaco ha parlato ieri.")])
    en = Paragraph([Sentence("The mayor spoke with 5,000 people.")], language="en")
    q = Quote("Parleremo domani", "Il sindaco", "ctx", position=0)
    q_en = Quote("We will talk tomorrow", "The mayor", "ctx", position=1)
    r = _report([it, en], quotes=[q, q_en])
    engine = Echo()
    english = translate_segments([r], engine, glossary=GLOSSARY)
    done = with_english(r, english)
    assert "The mayor spoke with 5,000 people." not in engine.seen
    assert "We will talk tomorrow" not in engine.seen
    assert done.article.paragraphs[1].sentences[0].en == "The mayor spoke with 5,000 people."
    assert done.article.paragraphs[1].language == "en"
    assert done.article.paragraphs[0].sentences[0].en == "EN Il sindaco ha parlato ieri."
    assert [x.en for x in done.quotes] == ["EN Parleremo domani", "We will talk tomorrow"]


def test_checks_per_article_and_one_line_per_run():
    p = Paragraph([Sentence("Anna Calderini incontra 15mila sfollati nel weekend."),
                   Sentence("Lo dice Marsili.")])
    reports = [_report([p], names=[Name("Anna Calderini", "k", 1, True)])]
    reports.append(_report([Paragraph([Sentence("Anna Calderini parla a 200 sfollati.")])],
                           names=[Name("Anna Calderini", "k", 1, True)]))
    reports[1].article.id = "t2"
    english = translate_segments(reports, Echo(), glossary=GLOSSARY)
    done = [with_english(r, english) for r in reports]
    c = done[0].checks
    assert c.names_lost == [] and "15,000" in done[0].article.sentences[0].en
    assert c.untranslated == ["sfollati"]  # not the name, the English word or a placeholder
    assert c.numbers_lost == 0
    warnings = run_warnings(done)
    assert all(w.article is None for w in warnings)
    assert [w.message for w in warnings] == [
        "1 Italian word(s) left untranslated by the engine in 2 article(s): sfollati "
        "(per article in the JSON's translation_checks)"]


def test_lost_names_and_numbers_make_one_line_each():
    from briefing.data import TranslationChecks

    reports = []
    for _i in range(3):
        r = _report([Paragraph([Sentence("Sono 15mila.", "They are 15.")])])
        r.checks = TranslationChecks(numbers_lost=1, names_lost=["Anna Calderini"])
        reports.append(r)
    lines = [w.message for w in run_warnings(reports)]
    assert len(lines) == 2
    assert lines[0].startswith("3 sentence(s) in 3 article(s) lost a number")
    assert lines[1] == ("3 name(s) in 3 article(s) did not come through the translation "
                        "as written: Anna Calderini")


def test_only_italian_words_are_listed_as_untranslated():
    assert italian_words(["sfollati", "Meloni", "weekend", "Zxqbb", "heroisme", "15mila",
                          "sfollati", "premier"]) == ["sfollati"]


# --- through Apertium ---------------------------------------------------------------------

@needs_apertium
def test_apertium_keeps_names_and_grammar_and_writes_numbers():
    from briefing.translate.apertium import ApertiumTranslator

    sents = ["La ministra Tiziana Calderone ha incontrato Kim Jong-un a Pyongyang.",
             "Secondo Il Sole 24 Ore, il Cremlino ha risposto all'Onu.",
             "Sono arrivati 15mila volontari e 1 milione e 200 mila euro."]
    names = [Name("Tiziana Calderone", "k", 2, True), Name("Kim Jong-un", "k", 1, True)]
    r = _report([Paragraph([Sentence(s) for s in sents])], names=names)
    english = translate_segments([r], ApertiumTranslator(), glossary=GLOSSARY)
    out = [english.of(s) for s in sents]
    assert "Tiziana Calderone" in out[0] and "Kim Jong-un" in out[0]
    assert "Calderó" not in out[0] and "Jong-one" not in out[0]
    assert "Il Sole 24 Ore" in out[1] and "Sun" not in out[1]
    assert "the Kremlin" in out[1] and "the UN" in out[1] and "the the" not in out[1]
    assert "15,000" in out[2] and "€1.2 million" in out[2] and "mila" not in out[2]
    assert with_english(r, english).checks.names_lost == []


@needs_apertium
def test_a_placeholder_leaves_the_english_around_it_as_for_an_unknown_name():
    from briefing.translate.apertium import ApertiumTranslator

    frame = "Il portavoce di {} ha smentito le voci."
    tr = ApertiumTranslator()
    plain = tr.translate([frame.format("Wxkjq")])[0]
    r = _report([Paragraph([Sentence(frame.format("Kim Jong-un"))])],
                names=[Name("Kim Jong-un", "k", 1, True)])
    english = translate_segments([r], tr, glossary=GLOSSARY)
    assert english.of(frame.format("Kim Jong-un")) == plain.replace("Wxkjq", "Kim Jong-un")


@needs_apertium
def test_the_users_glossary_is_applied_by_translate_build_and_handout(tmp_path, monkeypatch):
    """The user config dir's glossary.tsv is read by every command that translates."""
    from conftest import run_cli

    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "glossary.tsv").write_text(
        "Quirinale\tthe Presidency (Quirinale)\ncentrodestra\tthe centre-right\n",
        encoding="utf-8")
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Il Quirinale risponde\n\nIl Quirinale ha ricevuto ieri Tiziana Calderone, ministra "
        "del lavoro. «Abbiamo 15mila posti nuovi», ha detto Calderone.\n", encoding="utf-8")
    r = run_cli("translate", corpus / "a.txt", "--engine", "apertium", "--format", "md")
    assert r.exit_code == 0, r.output
    assert "The Presidency (Quirinale) responds" in r.output and "15,000" in r.output
    assert "Calderone" in r.output and "Calderó" not in r.output
    r = run_cli("build", corpus, "-o", tmp_path / "out", "--engine", "apertium",
                "--format", "json", "--date", "2025-09-05")
    assert r.exit_code == 0, r.output
    assert "Presidency (Quirinale)" in (tmp_path / "out" / "briefing-2025-09-05.json"
                                        ).read_text(encoding="utf-8")
    r = run_cli("handout", corpus / "a.txt", "-o", tmp_path / "h.pdf", "--engine", "apertium")
    assert r.exit_code == 0, r.output
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "h.pdf").pages)
    assert "Presidency" in text and "Quirinale" in text


def test_a_bad_user_glossary_stops_the_run_with_one_line(tmp_path, monkeypatch):
    from conftest import run_cli

    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path))
    (tmp_path / "glossary.tsv").write_text("just one column\n", encoding="utf-8")
    f = tmp_path / "a.txt"
    f.write_text("Titolo\n\nUna frase qualunque di prova.\n", encoding="utf-8")
    r = run_cli("translate", f, "--engine", "apertium")
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert f"glossary {tmp_path / 'glossary.tsv'}, line 1: expected Italian<TAB>English" \
        in r.output
