"""Strike adherence and other counts that each side gives (issue 15): who gives a number, and
one side's successive counts kept as one series. Sentences written for the tests."""

from datetime import date

from briefing.data import Article, ArticleReport, Paragraph, Sentence
from briefing.extract.report import Options, extract
from briefing.stories.conflicts import compare


def _said(aid: str, *sentences: str, day: int | None = None) -> ArticleReport:
    article = Article(id=aid, path=None, date=date(2025, 6, day) if day else None,
                      paragraphs=[Paragraph([Sentence(s)]) for s in sentences])
    return extract(article, Options())


def _claims(*sentences: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.claimant) for f in _said("a", *sentences).figures]


def _conflicts(*reports: ArticleReport) -> list[list[float]]:
    return [[v.figure.value for v in c.values] for c in compare(list(reports))[1]]


def test_a_source_named_before_a_relative_clause_gives_the_number():
    assert _claims("Di tutt'altro parere Viabus, che nel pomeriggio parla di "
                   "un'adesione del 27%.") == [(27, "Viabus")]
    assert _claims("La Fiom, che ieri sera aveva parlato di un'adesione del 90%, conferma "
                   "lo stato di agitazione.") == [(90, "unions")]


def test_union_acronyms_in_a_list_are_the_unions():
    assert _claims("Filcams, Fisascat e Uiltucs parlano di un'adesione dell'81%.") == [
        (81, "unions")]


def test_a_side_that_released_the_data_gives_the_number_after_its_colon():
    assert _claims("In serata Cgil e Uil hanno diffuso i dati definitivi: l'adesione è "
                   "stata del 77%.") == [(77, "unions")]


def test_a_side_named_after_a_number_gives_only_the_number_it_follows():
    assert _claims("L'adesione si è fermata al 31% secondo Autolinee Rossi, contro l'85% "
                   "rivendicato dai sindacati.") == [(31, "Autolinee"), (85, "unions")]


def test_a_verbless_clause_after_a_sides_count_is_the_other_sides():
    a = _said("a", "Secondo i sindacati l'adesione allo sciopero dei portieri supera il 75%.",
              day=3)
    b = _said("b", "In serata i sindacati parlano di un'adesione del 79%, l'azienda di "
                   "un'adesione del 20%.", day=3)
    c = _said("c", "Per l'azienda l'adesione si è fermata al 22%.", day=4)
    assert [(f.value, f.claimant) for f in b.figures] == [(79, "unions"), (20, "company")]
    assert [20, 22] in _conflicts(a, b, c)  # the company's count, then its next one


def test_almost_a_percentage_is_not_a_share_points_below_it():
    c = _said("c", "I sindacati rivendicano quasi il 90 per cento di adesione.", day=3)
    a = _said("a", "I sindacati parlano di un'adesione dell'85%.", day=4)
    b = _said("b", "I sindacati parlano di un'adesione dell'87%.", day=5)
    assert _conflicts(c, a, b) == [[90, 85, 87]]


def test_an_average_adherence_is_the_strikes_adherence():
    a = _said("a", "Per i sindacati l'adesione è stata del 79%.", day=3)
    b = _said("b", "I sindacati parlano di un'adesione media dell'82%.", day=4)
    assert _conflicts(a, b) == [[79, 82]]


def test_residents_are_people_counted():
    assert [(f.value, f.unit) for f in _said("a", "Sono stati evacuati circa 60 residenti.")
            .figures] == [(60, "residents")]


def test_what_the_words_before_a_colon_announce_and_per_cento_is_no_source():
    assert [(f.value, f.subject, f.claimant) for f in _said(
        "a", "Le cifre sull'adesione restano lontane: 85 per cento secondo i sindacati, "
             "31 per cento per Viabus.").figures] == [
        (85, "participation", "unions"), (31, "participation", "Viabus")]



def test_one_number_under_two_names_stays_with_that_sources_next_count():
    a = _said("a", "Sciopero dei bus, Viabus: «Adesione al 18%».",
              "L'azienda dei trasporti di Lecco e Como, che in una nota parla di un'adesione "
              "del 18%, assicura i servizi minimi.", day=3)
    assert {f.claimant for f in a.figures} == {"Viabus", "Como"}
    b = _said("b", "In serata Viabus parla di un'adesione del 21%.", day=4)
    assert _conflicts(a, b) == [[18, 21]]


def test_whose_data_a_colon_announces_and_a_named_body_opening_the_sentence():
    """"Arrivano i dati della Regione, raccolti dalle Capitanerie: … 34%" (whose data the
    words before the colon name); "l'Anab: «Adesione all'80%»" (past the article); "Per
    l'Anab, l'associazione che …, l'adesione è stata dell'88%" (a named body giving a
    strike's adherence) — but "Per Rimini, il 2026 …" is for whom, not by whom."""
    assert _claims("Arrivano i dati della Regione, raccolti dalle Capitanerie: l'adesione "
                   "allo sciopero si ferma al 34%.") == [(34, "Regione")]
    assert _claims("Sciopero dei bagnini in Riviera, l'Anab: «Adesione all'80%»") == [
        (80, "Anab")]
    assert _claims("Per l'Anab, l'associazione che ha proclamato la protesta, l'adesione è "
                   "stata dell'88%.") == [(88, "Anab")]
    assert _claims("Per Rimini, il 2026 porterà un aumento del 12% dei turisti.") == [
        (12, None)]


def _crowd(*sentences: str) -> list[tuple[float, str | None, str | None, str | None]]:
    return [(f.value, f.unit, f.subject, f.claimant) for f in _said("a", *sentences).figures]


def test_a_bare_number_beside_the_polices_crowd_is_the_other_sides_crowd():
    assert _crowd("Quanti fossero dipende da chi li ha contati: novemila secondo la Fiom, "
                  "tremila secondo la Questura di Brescia.") == [
        (9000, "people", "crowd", "unions"), (3000, "people", "crowd", "police")]
    # a side's number of something else is no crowd
    assert _crowd("Secondo la Fiom gli esuberi sono 300, per la Questura in piazza erano in "
                  "duemila.")[0][1:3] == ("redundancies", None)


def test_a_crowd_counting_itself_and_a_sides_number_after_a_title_colon():
    assert _crowd("«Siamo almeno seimila, nessuno se lo aspettava», dice la portavoce.")[0][:2] \
        == (6000, "people")
    assert _crowd("«Eravamo in ottomila». La questura: duemila")[1:] == [
        (2000, "people", "crowd", "police")]
    # a colon that opens a toll names no side
    assert _crowd("Il bilancio: 40 feriti")[0][3] is None


def test_the_unions_count_and_the_polices_in_two_articles_are_each_sides_own():
    a = _said("a", "In piazza erano cinquemila secondo gli organizzatori, 1.500 per la "
                   "Questura.", day=3)
    b = _said("b", "Settemila secondo la Cgil, circa duemila per la questura.", day=3)
    assert sorted(_conflicts(a, b)) == [[1500, 2000], [5000, 7000]]


def test_people_a_side_counts_on_a_bus_are_no_crowd():
    assert _crowd("Secondo la polizia stradale, a bordo viaggiavano 51 passeggeri.")[0][2] \
        is None
    assert _crowd("Durante il corteo la polizia ha fermato un pullman con 60 passeggeri.")[0][2] \
        is None
