"""The Italian word tables (briefing/italian/data): no word twice, no contradiction between
what a word is said to be, and the documented ambiguities only."""

import json
from importlib import resources

import pytest

from briefing.italian import tables
from briefing.italian.nouns import is_person_noun

TAGS = {"speaker", "institution", "body-class", "relational", "title", "venue", "document",
        "not-role", "body", "anonymous", "street", "kin", "company", "firm"}


def _data(name: str) -> str:
    return resources.files("briefing.italian").joinpath("data", name).read_text("utf-8")


@pytest.mark.parametrize("name", ["nouns", "units"])
def test_tsv_tables_list_each_word_once(name):
    words = [row[0] for row in tables.rows(name)]
    assert len(words) == len(set(words)), sorted(w for w in words if words.count(w) > 1)
    assert all(w == w.strip().lower() and w for w in words)


@pytest.mark.parametrize("name", ["grammar", "speech", "offices", "figures", "calendar",
                                  "patterns", "events", "reading"])
def test_json_lists_have_no_duplicates(name):
    def lists(value):
        if isinstance(value, list) and all(isinstance(x, str) for x in value):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from lists(v)
        elif isinstance(value, list):
            for v in value:
                yield from lists(v)

    for words in lists(json.loads(_data(f"{name}.json"))):
        assert len(words) == len(set(words)), sorted(w for w in words if words.count(w) > 1)


def test_noun_tags_are_known_and_never_contradict():
    tags = tables.noun_tags()
    assert set().union(*tags.values()) <= TAGS
    for word, t in tags.items():
        # a place or a text is never a speaker; a body is one, and a place that is also a
        # body ('la Regione') is one only when written with a capital (nouns.is_venue)
        assert not ({"venue", "document"} & t and "speaker" in t), word
        assert not ("institution" in t and "speaker" not in t and "venue" not in t), word
        assert not ("venue" in t and is_person_noun(word)), word


def test_units_have_a_known_class_and_money_an_iso_code():
    for row in tables.rows("units"):
        word, english, cls = (row + ("", ""))[:3]
        assert cls in ("", "troops", "casualty", "duration", "money", "people", "temperature"), word
        if cls == "money":
            assert len(english) == 3 and english.isupper(), word


def test_speech_words_overlap_only_where_italian_does():
    speech = tables.table("speech")
    lemmas = set(speech["verb_lemmas"])
    assert all(w.endswith(("are", "ere", "ire", "rre", "rsi")) for w in lemmas)
    # "replica", "denuncia", "risposta" are nouns and verb forms alike; nothing else may be
    assert set(speech["nouns"]) & set(speech["verb_forms"]) == {"replica", "denuncia",
                                                                "risposta"}
    assert not set(speech["not_verbs"]) & set(speech["verb_forms"])


def test_figure_words_agree():
    f = tables.table("figures")
    values = set(f["qualifiers"].values())
    assert set(f["approximate"]) <= values  # an approximation is one of the qualifiers
    roles = [set(f["casualty_words"][k]) for k in ("killed", "injured", "missing", "rescued")]
    assert all(not a & b for i, a in enumerate(roles) for b in roles[i + 1:])
    # "milioni" is a scale after a number and a vague quantity before "di": nothing else
    assert set(f["vague"]) & set(f["scales"]) == {"milioni", "miliardi"}
    assert not set(f["vague"]) & set(f["approximate_numerals"])


def test_calendar():
    cal = tables.table("calendar")
    assert len(cal["months"]) == 12 and len(cal["weekdays"]) == 7
    assert all(any(m.startswith(a) for m in cal["months"]) for a in cal["month_abbreviations"])


def test_grammar_sets_do_not_cross():
    g = tables.table("grammar")
    assert not set(g["determiners"]) & set(g["place_prepositions"])
    assert not set(g["auxiliaries"]) & set(g["clitics"])
    assert set(g["participles_of_essere"]) <= set(g["auxiliaries"])
    assert set(g["of"]) - {"di", "d'"} <= set(g["articled_prepositions"])


@pytest.mark.parametrize("word,given", [("Marco", True), ("Giorgia", True), ("Khvicha", True),
                                        ("Jean-Luc", True), ("Roma", False), ("Italia", False),
                                        ("FINO", False), ("marco", False), ("San", False)])
def test_first_names_are_our_own_list(word, given):
    from briefing.italian.lexicon import is_given_name

    assert is_given_name(word) is given


def test_english_too_is_simplemmas_overlap():
    """data/english_too.txt is the words simplemma knows in Italian and English; a new
    simplemma may move a few (regenerate with lexicon.english_too_from_simplemma)."""
    from briefing.italian.lexicon import english_too, english_too_from_simplemma

    computed = set(english_too_from_simplemma())
    shipped = set(english_too())
    assert {"club", "propaganda", "stare"} <= shipped and "ponte" not in shipped
    assert len(computed ^ shipped) <= len(shipped) // 100, sorted(computed ^ shipped)[:20]


def test_a_place_that_is_a_body_is_a_venue_only_in_lower_case():
    from briefing.italian.nouns import is_venue

    assert is_venue("regione") and not is_venue("Regione")
    assert is_venue("ospedale") and is_venue("Ospedale")
