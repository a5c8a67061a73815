import pytest

from briefing.data import Article, Paragraph, Sentence
from briefing.extract.figures import extract_figures


def _figs(text: str):
    return extract_figures(Article(id="t", path=None, paragraphs=[Paragraph([Sentence(text)])]))


@pytest.mark.parametrize("text,it,value,vmax,approx,en", [
    ("Pyongyang ha inviato più di 10.000 soldati.", "più di 10.000", 10000, None, True,
     "more than 10,000"),
    ("La Corea del Nord ha inviato circa 15mila soldati.", "circa 15mila", 15000, None, True,
     "about 15,000"),
    ("Sono presenti (si stima tra i 10 e gli 11 mila) in Russia.", "tra i 10 e gli 11 mila",
     10000, 11000, True, "10,000–11,000"),
    ("Circa 600 soldati sono stati uccisi.", "Circa 600", 600, None, True, "about 600"),
    ("Il partito ha il 12,5% dei voti.", "12,5%", 12.5, None, False, "12.5%"),
    ("Un bottino di 10 mila euro.", "10 mila", 10000, None, False, "€10,000"),
    ("Sono oltre 10 mila gli sfollati.", "oltre 10 mila", 10000, None, True, "more than 10,000"),
    ("Un debito di 2,5 miliardi di dollari.", "2,5 miliardi", 2.5e9, None, False,
     "$2.5 bn"),
    ("Celebrazioni per l'80° anniversario.", "80°", 80, None, False, "80th"),
])
def test_italian_number_forms(text, it, value, vmax, approx, en):
    f = _figs(text)[0]
    assert (f.it, f.value, f.value_max, f.approx, f.en) == (it, value, vmax, approx, en)
    assert f.context_it == text
    assert f.it in text  # as written, so it can be found in the article


def test_categories():
    troops = _figs("Pyongyang ha inviato più di 10.000 soldati.")[0]
    assert (troops.unit, troops.category) == ("soldiers", "troops")
    dead = _figs("Circa 600 soldati nordcoreani sono stati uccisi e migliaia feriti.")[0]
    assert dead.category == "casualties"
    money = _figs("Un bottino di 10 mila euro.")[0]
    assert (money.unit, money.category) == ("EUR", "money")
    speed = _figs("Il pullman viaggiava a 112 chilometri orari.")[0]
    assert (speed.unit, speed.category) == ("km/h", "measure")
    queue = _figs("Una coda di 35 chilometri.")[0]
    assert (queue.unit, queue.category) == ("km", "count")


def test_dates_and_years_are_not_figures_but_dated():
    from briefing.extract.dates import extract_dates

    text = "Le accuse a ottobre 2024, poi il 3 settembre 2025 la conferma. Nel 2024 la guerra."
    assert _figs(text) == []
    a = Article(id="t", path=None, paragraphs=[Paragraph([Sentence(text)])])
    found = [(d.it, d.kind, d.date and d.date.isoformat(), d.year) for d in extract_dates(a)]
    assert found == [("ottobre 2024", "month", None, 2024),
                     ("3 settembre 2025", "day", "2025-09-03", 2025), ("2024", "year", None, 2024)]


def test_not_figures():
    assert _figs("In base all'articolo 4 dell'accordo.") == []
    assert _figs("I due Paesi hanno firmato.") == []  # prose, not a figure


def test_corpus_figures(corpus_articles):
    figs = {f.it: f for f in extract_figures(corpus_articles["004"])}
    assert figs["tra i 10 e gli 11 mila"].unit == "soldiers"
    assert "articolo 4" not in " ".join(figs)
    figs0 = [f.it for f in extract_figures(corpus_articles["000"])]
    assert "più di 10.000" in figs0 and "Circa 600" in figs0


def test_every_figure_is_traceable(corpus_articles):
    """Each figure's text stands verbatim in its sentence, which is a sentence of the article."""
    from conftest import SHARED

    from briefing.read.files import read_corpus

    articles = list(corpus_articles.values())
    more = SHARED / "data" / "articles-it"
    if more.is_dir():
        articles += read_corpus(more)[0]
    n = 0
    for a in articles:
        sentences = {s.it for s in a.sentences} | {a.title_it}
        for f in extract_figures(a):
            assert f.it in f.context_it, (a.id, f.it)
            assert f.context_it in sentences
            n += 1
    assert n >= 20  # the sample corpus alone has 25; more with ../shared


def test_a_number_word_before_a_toll_counts_it():
    found = [(f.it, f.value, f.category, f.role) for f in _figs(
        "Frana in Valtellina, sale a sei il bilancio delle vittime.")]
    assert found == [("sei", 6, "casualties", "killed")]
    found = [(f.it, f.value, f.role) for f in _figs(
        "I soccorritori hanno portato a nove il bilancio dei feriti.")]
    assert found == [("nove", 9, "injured")]


def test_a_second_age_said_without_its_noun_is_an_age():
    found = [(f.it, f.category) for f in _figs(
        "Tra i feriti un operaio di 58 anni e una passante di 33, portati al Cto.")]
    assert found == [("58", "age"), ("33", "age")]
    # a count after "di" with no person told alike before it stays a count
    found = [(f.it, f.category) for f in _figs(
        "In un arco di 10 anni i feriti sono passati da 12 a un totale di 31.")]
    assert ("31", "age") not in found


@pytest.mark.parametrize("text,value,unit", [
    ("Le imprese edili coinvolte nell'inchiesta sono diciassette.", 17, "companies"),
    ("Le scuole rimaste chiuse per la neve erano ventidue.", 22, "schools"),
])
def test_a_number_word_after_its_subject_and_what_is_said_of_it_counts_that_subject(
        text, value, unit):
    """"le aziende agricole coinvolte sono ventisei": the counted noun, an adjective and a
    participle before the verb; the number word at the end counts the noun."""
    f = _figs(text)[0]
    assert (f.value, f.unit) == (value, unit)


def test_a_number_word_after_a_subject_that_counts_nothing_is_prose():
    assert _figs("Le ragioni di questa scelta difficile sono tre.") == []


def test_present_says_of_the_noun_before_it():
    """"i detenuti presenti sono 1.430": inmates who are there, not a crowd."""
    f = _figs("Secondo l'amministrazione i detenuti presenti sono 1.430.")[0]
    assert (f.unit, f.subject) == ("inmates", None)


@pytest.mark.parametrize("text,role", [
    # what befell the people is said past the part set beside them
    ("Ventuno persone, tra cui nove bambini, sono rimaste intossicate dal fumo.", "injured"),
    ("Sei persone, fra cui il conducente, sono rimaste ferite nello schianto.", "injured"),
])
def test_a_count_takes_its_role_past_an_aside_of_its_part(text, role):
    first = _figs(text)[0]
    assert (first.category, first.role) == ("casualties", role)
