"""Stories: clustering articles by event, conflicts between sources, merged summaries."""

from pathlib import Path

import pytest
from conftest import CORPUS, SHARED

from briefing.data import Article, ArticleReport, Figure, Paragraph, Sentence
from briefing.english import format_value
from briefing.extract.report import Options, extract
from briefing.read.files import read_corpus
from briefing.stories.build import merged_summary, same_fact
from briefing.stories.clustering import cluster
from briefing.stories.conflicts import compare

STORIES = Path(__file__).parent / "data" / "stories"
ARTICLES_IT = SHARED / "data" / "articles-it"
needs_shared = pytest.mark.skipif(not ARTICLES_IT.is_dir(),
                                  reason="../shared/data/articles-it not present")


def _groups(*folders: Path) -> list[set[str]]:
    articles = [a for f in folders for a in read_corpus(f)[0]]
    groups, _ = cluster([extract(a, Options()) for a in articles])
    return [{articles[i].id for i in g} for g in groups]


def test_sample_corpus_is_one_story():
    groups = _groups(CORPUS)
    assert len(groups) == 1 and len(groups[0]) == 5


def test_same_event_meets_same_kind_of_event_does_not():
    # hand-written: one strike told by two outlets, another strike a week later; one
    # earthquake told twice, another one a week later elsewhere; an unrelated budget story
    groups = _groups(STORIES)
    assert {"kharkiv_outlet_a", "kharkiv_outlet_b"} in groups
    assert {"campi_flegrei_outlet_e", "campi_flegrei_outlet_f"} in groups
    assert {"odessa_outlet_c"} in groups and {"marche_outlet_g"} in groups
    assert {"manovra_outlet_d"} in groups
    assert len(groups) == 5


@needs_shared
def test_unrelated_articles_stay_apart_and_twins_meet():
    groups = _groups(ARTICLES_IT)
    assert len(groups) == 11  # 11 articles, 9 of them as both .txt and .html
    for g in groups:
        assert len({i.split(".")[0] for i in g}) == 1, g  # no false merge


@needs_shared
def test_sample_and_other_articles_together():
    groups = _groups(CORPUS, ARTICLES_IT)
    assert len(groups) == 12
    assert {a.id for a in read_corpus(CORPUS)[0]} in groups


@needs_shared
def test_validation_pair_meets_and_same_outlet_stories_do_not():
    groups = _groups(SHARED / "data" / "articles-it2")
    assert {"41_lastampa_renzi_afghanistan_restare", "42_fanpage_renzi_afghanistan_un_anno"} \
        in groups
    assert len(groups) == 7  # 43/48 (one outlet) and 44 (a theft, like 09/10) stay alone


# -- conflicts, on figure sets written for the test ------------------------------------------
def _fig(it: str, context: str, value: float, *, vmax=None, unit="soldiers",
         category="troops", qualifier=None, vague=False) -> Figure:
    assert it in context
    return Figure(value=value, value_max=vmax, it=it, context_it=context, unit=unit,
                  category=category, qualifier=qualifier, vague=vague,
                  approx=qualifier is not None or vague, en=format_value(value, vmax))


def _report(aid: str, *figures: Figure) -> ArticleReport:
    a = Article(id=aid, path=Path(aid), paragraphs=[Paragraph([Sentence(f.context_it)])
                                                    for f in figures])
    return ArticleReport(article=a, summary=[], quotes=[], figures=list(figures))


def test_agreeing_figures_are_shown_once_with_all_sources():
    a = _report("a", _fig("più di 5.000", "L'esercito ha schierato più di 5.000 soldati al "
                          "confine.", 5000, qualifier="more than"))
    b = _report("b", _fig("oltre 5.000", "Al confine sono stati schierati oltre 5.000 soldati.",
                          5000, qualifier="more than"))
    figures, conflicts = compare([a, b])
    assert conflicts == []
    assert [(sf.figure.value, sf.sources) for sf in figures] == [(5000, ["a", "b"])]
    assert [f.it for f in figures[0].figures] == ["più di 5.000", "oltre 5.000"]


def test_disagreeing_figures_are_one_conflict_with_every_value():
    a = _report("a", _fig("più di 5.000", "L'esercito ha schierato più di 5.000 soldati al "
                          "confine.", 5000, qualifier="more than"))
    b = _report("b", _fig("circa 8mila", "Secondo fonti locali al confine ci sono circa 8mila "
                          "soldati.", 8000, qualifier="about"))
    c = _report("c", _fig("tra i 6 e i 7 mila", "Gli analisti stimano tra i 6 e i 7 mila "
                          "soldati schierati.", 6000, vmax=7000))
    _, conflicts = compare([a, b, c])
    assert len(conflicts) == 1
    assert conflicts[0].about == "troops (soldiers)"
    assert [(v.article, v.figure.it) for v in conflicts[0].values] == [
        ("a", "più di 5.000"), ("b", "circa 8mila"), ("c", "tra i 6 e i 7 mila")]


def test_vague_figures_neither_make_nor_settle_a_conflict():
    a = _report("a", _fig("Migliaia", "Migliaia di soldati sono stati schierati al confine.",
                          1000, vague=True, qualifier="thousands"))
    b = _report("b", _fig("circa 8mila", "Al confine ci sono circa 8mila soldati schierati.",
                          8000, qualifier="about"))
    figures, conflicts = compare([a, b])
    assert conflicts == []
    assert {(sf.figure.vague, tuple(sf.sources)) for sf in figures} == {
        (True, ("a",)), (False, ("b",))}


def test_killed_and_injured_are_not_compared_with_each_other():
    a = _report("a", _fig("11", "Nel raid 11 persone sono morte e 40 ferite.", 11,
                          unit="people", category="casualties"),
                _fig("40", "Nel raid 11 persone sono morte e 40 ferite.", 40, unit="people",
                     category="casualties"))
    b = _report("b", _fig("12", "Il bilancio è di 12 morti, mentre 38 sono rimaste ferite.", 12,
                          unit="dead", category="casualties"),
                _fig("38", "Il bilancio è di 12 morti, mentre 38 sono rimaste ferite.", 38,
                     unit="people", category="casualties"))
    _, conflicts = compare([a, b])
    got = {c.about: sorted(v.figure.value for v in c.values) for c in conflicts}
    assert got == {"people killed": [11, 12], "people injured": [38, 40]}


def test_different_things_in_one_story_are_not_a_conflict():
    a = _report("a", _fig("sei", "Mosca ha lanciato sei missili sulla città.", 6, unit="missiles",
                          category="count"))
    b = _report("b", _fig("due", "La contraerea ha abbattuto due droni sopra il porto.", 2,
                          unit="drones", category="count"))
    assert compare([a, b])[1] == []


# -- merged summaries ------------------------------------------------------------------------
def test_same_fact_from_two_outlets():
    assert same_fact("Il governo ha stanziato 2 miliardi per la sanità nel 2025.",
                     "Nel 2025 alla sanità vanno 2 miliardi stanziati dal governo, dice il Mef.")
    assert not same_fact("Il governo ha stanziato 2 miliardi per la sanità.",
                         "L'opposizione ha annunciato una manifestazione a Roma per sabato.")


def test_merged_summary_does_not_repeat_a_fact():
    def rep(aid, *sentences):
        s = [Sentence(x, x) for x in sentences]
        return ArticleReport(article=Article(aid, Path(aid), [Paragraph(s)]), summary=s,
                             quotes=[], figures=[])

    a = rep("a", "Il governo ha stanziato 2 miliardi per la sanità nel 2025.",
            "Il ministro ha parlato di una svolta per gli ospedali.")
    b = rep("b", "Nel 2025 alla sanità vanno 2 miliardi stanziati dal governo.",
            "Le Regioni chiedono più medici di base nei piccoli comuni.")
    lines = merged_summary([a, b])
    texts = [x.sentence.it for x in lines]
    assert 2 <= len(lines) <= 4
    assert sum("2 miliardi" in t for t in texts) == 1
    assert any("Regioni" in t for t in texts)


@pytest.mark.parametrize("value,vmax,money,text", [
    (38e9, None, "EUR", "€38 bn"),
    (2.5e9, None, "USD", "$2.5 bn"),
    (1.2e6, None, None, "1.2 million"),
    (150e6, None, "EUR", "€150 million"),
    (10000, 11000, None, "10,000–11,000"),
    (1234567, None, None, "1,234,567"),
    (-4.5, None, None, "-4.5"),
    (2394, None, "EUR", "€2,394"),
])
def test_numbers_as_people_write_them(value, vmax, money, text):
    assert format_value(value, vmax, money=money) == text


# -- one event on different days, and different events of one kind (issue 15) ----------------
def _report_of(aid: str, title: str, *paragraphs: str, day: int | None = None):
    from datetime import date

    return _dated(aid, title, *paragraphs, when=date(2025, 3, day) if day else None)


def _apart(*reports) -> list[set[str]]:
    groups, _ = cluster(list(reports))
    return [{reports[i].article.id for i in g} for g in groups]


def test_one_event_told_on_two_days_with_different_tolls_is_one_story():
    first = _report_of("a", "Missile russo su un condominio di Leopoli: 9 morti",
                       "LEOPOLI - Un missile russo ha colpito nella notte un condominio nel "
                       "quartiere di Sykhiv, a Leopoli. I soccorritori hanno estratto nove "
                       "corpi dalle macerie e cercano ancora 20 persone.", day=3)
    later = _report_of("b", None,
                       "Sale a 21 il numero delle vittime dell'attacco missilistico che ha "
                       "distrutto l'edificio di Sykhiv. Il sindaco Andriy Sadovyi ha detto che "
                       "le ricerche sotto le macerie continueranno tutta la notte.", day=4)
    assert {"a", "b"} in _apart(first, later)


def test_the_same_kind_of_event_elsewhere_is_another_story():
    a = _report_of("a", "Droni russi su Zaporizhzhia: colpito un ospedale",
                   "ZAPORIZHZHIA - Un attacco con droni russi ha colpito nella notte un "
                   "ospedale di Zaporizhzhia. Le autorità regionali parlano di due morti e "
                   "dodici feriti. Il presidente Volodymyr Zelensky ha condannato il raid.", day=3)
    b = _report_of("b", "Droni russi su Sumy: colpita una scuola",
                   "SUMY - Un attacco con droni russi ha colpito nella notte una scuola di "
                   "Sumy. Le autorità regionali parlano di tre morti e nove feriti. Il "
                   "presidente Volodymyr Zelensky ha condannato il raid.", day=3)
    assert {"a"} in _apart(a, b) and {"b"} in _apart(a, b)


def test_different_kinds_of_weather_are_different_stories():
    hail = _report_of("a", "Grandinata su Milano e Lodi: chicchi come palline da tennis",
                      "Una violenta grandinata si è abbattuta su Milano e Lodi. Coldiretti "
                      "stima danni ingenti alle coltivazioni della Lombardia.", day=3)
    frost = _report_of("b", "Gelo al Nord: -15 gradi sulle Alpi e -8 in pianura",
                       "Ondata di freddo sull'Italia: le minime hanno toccato i -15 gradi "
                       "sulle Alpi lombarde e i -8 in pianura, da Milano a Bologna.", day=4)
    assert len(_apart(hail, frost)) == 2


# -- the same quantity, or not (issue 15): figures read from sentences written for the test ----
def _said(aid: str, *sentences: str, day: int | None = None) -> ArticleReport:
    from datetime import date

    from briefing.data import Paragraph, Sentence

    article = Article(id=aid, path=None, date=date(2025, 3, day) if day else None,
                      paragraphs=[Paragraph([Sentence(s)]) for s in sentences])
    return extract(article, Options())


def _conflicts(*reports: ArticleReport) -> list[tuple[str, list[float], str]]:
    _, conflicts = compare(list(reports))
    return [(c.about, [v.figure.value for v in c.values], c.kind) for c in conflicts]


def test_an_updated_toll_is_a_conflict_labelled_as_an_update():
    a = _said("a", "Nella notte il bilancio è salito a 12 morti.", day=3)
    b = _said("b", "Il bilancio definitivo è di 19 morti.", day=4)
    assert _conflicts(a, b) == [("people killed", [12, 19], "update")]


def test_dead_and_missing_are_different_quantities():
    a = _said("a", "I morti sono 20, mentre 15 persone risultano disperse.")
    b = _said("b", "Sono 20 i morti e 9 i dispersi.")
    assert _conflicts(a, b) == [("people missing", [15, 9], "differ")]


def test_a_part_is_compared_with_the_same_part():
    a = _said("a", "I feriti sono 50, tra cui 7 bambini.",
              "Sono state messe in salvo 30 persone, compresi 4 bambini.")
    b = _said("b", "Si contano 50 feriti, 9 dei quali minori.")
    assert _conflicts(a, b) == [("children among those injured", [7, 9], "differ")]


def test_police_and_organisers_are_compared_each_with_its_like():
    a = _said("a", "In piazza 40mila persone secondo la questura, oltre 150mila per gli "
                   "organizzatori.")
    b = _said("b", "La questura parla di 60 mila presenti in piazza, gli organizzatori di "
                   "oltre 150 mila persone.")
    found = _conflicts(a, b)
    assert [values for _, values, _ in found] == [[40_000, 60_000]]


def test_rival_sources_each_in_its_own_article():
    a = _said("a", "Secondo la Fiom ha scioperato oltre l'80% dei lavoratori, con "
                   "un'adesione record.")
    b = _said("b", "L'azienda parla di un'adesione inferiore al 15%.")
    assert _conflicts(a, b) == [("participation (%)", [80, 15], "claims")]


def test_the_same_number_written_differently_is_no_conflict():
    a = _said("a", "Il nuovo ponte costerà circa 40 milioni di euro.")
    b = _said("b", "Il costo del nuovo ponte è di 40 milioni di euro.")
    figures, conflicts = compare([a, b])
    assert conflicts == [] and any(len(sf.sources) == 2 for sf in figures)


def test_ages_of_one_person_are_compared():
    a = _said("a", "La vittima è Marco Neri, 58 anni, di Torino.")
    b = _said("b", "La vittima, Marco Nero, 61enne di Torino, lavorava in fabbrica.")
    assert _conflicts(a, b) == [("age", [58, 61], "differ")]
    c = _said("c", "Anna Riva, 45 anni, è stata dimessa.")
    d = _said("d", "Anna Rivi, 45 anni, è tornata a casa.")
    assert _conflicts(c, d) == []


# -- more of the same quantity, or not (issue 15, from a probe of new articles) ------------
def test_a_count_after_a_casualty_list_is_not_a_casualty():
    a = _said("a", "Negli scontri cinque agenti di polizia feriti, tre persone arrestate e "
                   "molti danni.")
    arrested = [f for f in a.figures if f.value == 3]
    assert arrested and arrested[0].category != "casualties"
    assert arrested[0].role == "arrested"


def test_arrests_however_written_are_one_quantity():
    a = _said("a", "Al termine degli scontri tre arresti e cinque agenti feriti.", day=3)
    b = _said("b", "La questura ha reso noto che quattro persone sono state arrestate.", day=4)
    assert _conflicts(a, b) == [("people arrested", [3, 4], "update")]


def test_a_kind_of_what_is_counted_is_not_its_total():
    a = _said("a", "Nella notte sono stati lanciati quattro missili balistici e due missili "
                   "da crociera contro la città.")
    b = _said("b", "Nella notte sono stati lanciati sei missili contro la città.")
    assert _conflicts(a, b) == []


def test_an_average_is_not_one_case():
    a = _said("a", "Per un lavoratore con 40mila euro di reddito il taglio vale 300 euro "
                   "l'anno.")
    b = _said("b", "Il taglio medio, secondo i tecnici, vale 190 euro l'anno per ogni "
                   "contribuente.")
    assert _conflicts(a, b) == []


def test_the_parts_of_a_sum_are_not_rival_values():
    fixed = _said("a", "Al club andranno 30 milioni di euro di parte fissa più 4 di bonus per "
                       "il cartellino del difensore.")
    total = _said("b", "Il club verserà 34 milioni di euro complessivi, bonus compresi, per il "
                       "cartellino del difensore.")
    assert _conflicts(fixed, total) == []
    plain = _said("c", "Il club verserà 36 milioni di euro per il cartellino del difensore.")
    assert [values for _, values, _ in _conflicts(fixed, plain)] == [[30e6, 36e6]]


def test_a_report_that_updates_its_toll_gives_every_value_in_one_conflict():
    live = _said("a", "Ore 9.10 – Sono almeno sei i morti dell'attacco.",
                 "Ore 12.30 – Il bilancio sale a nove morti.",
                 "Ore 18.00 – Sale a 11 il numero dei morti.", day=3)
    final = _said("b", "Il bilancio definitivo dell'attacco è di 15 morti.", day=4)
    found = _conflicts(live, final)
    assert len(found) == 1 and sorted(found[0][1]) == [6, 9, 11, 15]


def test_an_event_between_two_places_meets_its_follow_up_not_one_elsewhere():
    first = _report_of("a", "Il fuoco divora le campagne tra Borgoalto e Valdonica",
                       "Un incendio ha distrutto oltre mille ettari di bosco tra Borgoalto e "
                       "Valdonica. Circa 300 persone sono state evacuate.", day=3)
    later = _report_of("b", "Incendio, bruciati 2.500 ettari",
                       "Sono 2.500 gli ettari distrutti dall'incendio che da venerdì ha "
                       "devastato le campagne tra Borgoalto e Valdonica.", day=4)
    other = _report_of("c", "Incendio sulle colline di Montesacro",
                       "Un incendio ha distrutto 400 ettari di bosco sulle colline di "
                       "Montesacro. Evacuate 50 persone.", day=4)
    groups = _apart(first, later, other)
    assert {"a", "b"} in groups and {"c"} in groups


def test_a_company_story_told_again_meets_another_company_does_not():
    results = _report_of("a", "Tessilnova, ricavi in calo del 7% e 300 esuberi nel piano",
                         "Il gruppo tessile Tessilnova ha chiuso l'anno con ricavi in calo del "
                         "7% e presenta un piano con 300 esuberi e la chiusura della filatura.",
                         day=3)
    picket = _report_of("b", "Tessilnova, in centinaia al presidio: gli esuberi scendono a 260",
                        "Presidio davanti ai cancelli della Tessilnova contro il piano di "
                        "esuberi del gruppo tessile: dopo il tavolo in Regione scendono a "
                        "260.", day=6)
    other = _report_of("c", "Meccanica Bassi, utile in crescita e nuove assunzioni",
                       "Il gruppo Meccanica Bassi chiude l'anno con un utile in crescita e "
                       "annuncia 120 assunzioni.", day=5)
    groups = _apart(results, picket, other)
    assert {"a", "b"} in groups and {"c"} in groups


def test_an_event_named_by_its_town_in_one_lead_and_its_villages_in_another_meets():
    night = _report_of("a", "Terremoto, scossa di magnitudo 4.8 nel Maceratese",
                       "Una scossa di magnitudo 4.8 ha colpito nella notte Camerino e i comuni "
                       "vicini. Circa 200 sfollati.", day=3)
    after = _report_of("b", "Camerino, seconda notte fuori casa: l'Ingv corregge, magnitudo 4,6",
                       "Gli sfollati salgono a 340 a Muccia e Pievebovigliana, dopo il "
                       "terremoto di Camerino.", day=4)
    far = _report_of("c", "Terremoto sull'Etna, scossa di magnitudo 3.9 a Bronte",
                     "Una scossa di magnitudo 3.9 ha colpito Bronte e Maletto.", day=4)
    groups = _apart(night, after, far)
    assert {"a", "b"} in groups and {"c"} in groups
    found = _conflicts(night, after)
    assert ("magnitude", [4.8, 4.6], "update") in found  # the two headline numbers


# -- TF-IDF and clustering without scikit-learn (issue 19: a second of every cold run) ------
def test_tfidf_is_sublinear_smoothed_and_normalised_as_before():
    import math

    from briefing.stories.tfidf import Tfidf

    vec = Tfidf(str.split, ["a b", "a c", "a a"])
    # df: a 3, b 1, c 1 of n=3 -> idf a = ln(4/4)+1 = 1, b = c = ln(4/2)+1
    assert vec.vocabulary == {"a": 0, "b": 1, "c": 2}
    assert vec.idf.tolist() == pytest.approx([1.0, math.log(2) + 1, math.log(2) + 1])
    rows = vec.transform(["a a b", "zzz", "c"]).toarray()
    a, b = 1 + math.log(2), math.log(2) + 1  # tf 2 -> 1 + ln 2; tf 1 -> 1
    norm = math.hypot(a, b)
    assert rows[0].tolist() == pytest.approx([a / norm, b / norm, 0])
    assert rows[1].tolist() == [0, 0, 0]  # a word never learnt is no dimension
    assert rows[2].tolist() == pytest.approx([0, 0, 1])
    with pytest.raises(ValueError):
        Tfidf(str.split, ["", " "])


def test_average_linkage_merges_below_the_threshold_only():
    import numpy as np

    from briefing.stories.tfidf import average_linkage

    d = np.array([[0, .1, .9, .9],
                  [.1, 0, .9, .8],
                  [.9, .9, 0, .5],
                  [.9, .8, .5, 0]])
    labels = average_linkage(d, 0.5)  # 2 and 3 are at exactly 0.5: not merged
    assert labels[0] == labels[1] and len({labels[0], labels[2], labels[3]}) == 3
    labels = average_linkage(d, 0.51)
    assert labels[2] == labels[3] != labels[0] == labels[1]
    # average, not single linkage: {0,1} to {2,3} is (.9+.9+.9+.8)/4 = .875
    assert len(set(average_linkage(d, 0.86))) == 2
    assert len(set(average_linkage(d, 0.88))) == 1
    assert average_linkage(np.zeros((1, 1)), 0.5) == [0]


# -- a region's figure and the country's, counts of other things (issue 15, third round) ----
def test_a_regions_share_is_not_the_countrys():
    """A national strike told from one region: its regional figure is not the national one,
    the national one said there too is compared as usual."""
    a = _said("a", "Secondo il ministero l'adesione allo sciopero dei docenti è stata del 18%.")
    b = _said("b", "In Puglia l'adesione allo sciopero dei docenti è arrivata al 27%.",
              "A livello nazionale il ministero ha indicato un'adesione del 18%.")
    c = _said("c", "Il ministero ha poi corretto il dato: l'adesione allo sciopero dei "
                   "docenti è stata del 22%.")
    assert _conflicts(a, b) == []
    assert [values for _, values, _ in _conflicts(b, c)] == [[18, 22]]


def test_a_number_counting_what_follows_it_is_not_the_noun_before():
    """'oltre 9mila tra visite ed esami': visits and exams, not the operations named before."""
    a = _said("a", "Lo sciopero ha fatto saltare 800 interventi e oltre 9mila tra visite ed "
                   "esami.")
    b = _said("b", "Sono saltati 800 interventi programmati, dice la Regione.")
    assert _conflicts(a, b) == []


def test_a_place_before_a_verb_of_saying_is_not_who_gives_the_number():
    f = next(f for f in _said("a", "Per i sindacati, che in Veneto parlano di un'adesione "
                                   "vicina al 60%, il dato è falso.").figures)
    assert f.claimant == "unions" and f.scope == "Veneto"


def test_an_earlier_years_toll_is_history_not_a_value_to_compare():
    """'a luglio del 2024 gli scontri avevano causato più di quaranta morti': recalled,
    shown, never compared with this year's toll."""
    a = _said("a", "Il bilancio degli scontri al confine è salito a 18 morti.", day=3)
    b = _said("b", "Ieri nuovi scontri al confine, con vittime da entrambe le parti.",
              "A luglio del 2024 gli scontri avevano causato più di quaranta morti.", day=4)
    figures, conflicts = compare([a, b])
    assert conflicts == []
    assert any(sf.figure.value == 40 for sf in figures)  # still in the story's figures


def test_scope_is_said_by_a_region_or_local_bodies_not_any_place():
    local = _said("a", "In provincia l'adesione allo sciopero è stata del 40%.").figures[0]
    assert local.scope == "local"
    place = _said("b", "Sono stati inviati 800 soldati nella regione di Kursk.").figures[0]
    assert place.scope is None


def test_scope_is_the_nearest_marker_and_not_a_place_in_apposition():
    figs = _said("a", "L'adesione è stata dell'80% in Calabria e del 23% a livello "
                      "nazionale.").figures
    assert [(f.value, f.scope) for f in figs] == [(80, "Calabria"), (23, "national")]
    where = _said("b", "Il nuovo ospedale di Ostuni, in provincia di Brindisi, costerà 120 "
                       "milioni di euro.").figures[0]
    assert where.scope is None


def test_history_needs_the_pluperfect_in_the_figures_own_clause():
    from datetime import date

    from briefing.stories.history import background

    now = _said("a", "Rispetto al 2023, quando erano arrivati 300 migranti, oggi sono 500 i "
                     "migranti sbarcati.").figures
    assert [background(f, date(2025, 3, 1)) for f in now] == [True, False]
    same = _said("b", "Nel 2020 gli scontri avevano causato 20 morti.").figures[0]
    assert background(same, date(2025, 3, 1))  # the year is not taken for the figure


def test_roads_are_told_apart_from_laws_budgets_and_car_models():
    from briefing.stories.frames import roads

    assert not roads("Il bilancio regionale 2025, la legge regionale 12, l'Audi A3.")


def test_a_later_report_that_names_the_first_place_only_in_its_body_meets_it():
    """Day one places the shipwreck off Ortona, day two at the headland's name, naming
    Ortona further down: one event, not the same kind of event elsewhere."""
    first = _report_of("a", "Naufragio al largo di Ortona: sette migranti morti",
                       "ORTONA - Un barcone con decine di migranti si è ribaltato nella notte "
                       "al largo di Ortona. La Guardia costiera ha recuperato sette corpi e "
                       "salvato trenta superstiti, portati al porto.", day=3)
    later = _report_of("b", "Naufragio a Punta Ferruccio, i migranti morti salgono a dodici",
                       "Il barcone di migranti si era ribaltato nella notte a Punta Ferruccio. "
                       "La Guardia costiera ha recuperato altri cinque corpi: i superstiti "
                       "restano trenta.",
                       "I superstiti sono ospitati nel centro di accoglienza di Ortona.", day=4)
    assert {"a", "b"} in _apart(first, later)


# -- fourth round (issue 15): counts whose noun is elsewhere, changes, rival claims ----------
def test_a_noun_no_table_knows_compares_by_its_italian_lemma_whatever_the_engine_says():
    a = _said("a", "I volontari hanno distribuito nella notte circa 1.500 pasti caldi.", day=3)
    b = _said("b", "In tutto sono stati distribuiti 2.300 pasti caldi agli autisti.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[1500, 2300]]


def test_a_count_added_to_an_earlier_one_is_not_a_total():
    a = _said("a", "Sono nove i corpi recuperati finora dalla Guardia costiera.", day=3)
    b = _said("b", "Il mare ha restituito altri cinque corpi, i morti salgono a 14.", day=4)
    c = _said("c", "Kiev chiede almeno una batteria ciascuna a Roma e Berlino.")
    d = _said("d", "Kiev chiede almeno due batterie entro l'inverno.")
    assert _conflicts(a, b) == [("people killed", [9, 14], "update")]
    assert _conflicts(c, d) == []


def test_survivors_said_before_their_number_keep_their_role():
    a = _said("a", "Nel naufragio ci sono 38 superstiti.", day=3)
    b = _said("b", "I superstiti restano quarantuno.", day=4)
    assert _conflicts(a, b) == [("people rescued", [38, 41], "update")]


def test_a_bare_number_the_police_or_organisers_give_is_a_crowd():
    a = _said("a", "Migliaia di medici hanno sfilato in corteo: secondo gli organizzatori "
                   "erano oltre 20mila.")
    b = _said("b", "Per la Questura i partecipanti erano circa 7.000.")
    assert _conflicts(a, b) == [("people (count)", [20_000, 7_000], "claims")]


def test_per_names_who_counts_only_next_to_the_number():
    a = _said("a", "Per le imprese arriva un'aliquota ridotta di 4 punti per chi reinveste "
                   "almeno l'80% degli utili.")
    b = _said("b", "Per i sindacati l'adesione è stata dell'80%, per le aziende il 9,6%.")
    assert [f.claimant for f in a.figures] == [None, None]
    assert [f.claimant for f in b.figures] == ["unions", "company"]


def test_a_number_takes_the_noun_of_the_one_it_replaces_or_the_subject_after_it():
    a = _said("a", "ROVIGO – Saranno 24, e non 28 come annunciato a febbraio, i nuovi filobus "
                   "elettrici.")
    b = _said("b", "Prima ci avevano promesso 28 filobus, adesso sono 24.")
    c = _said("c", "Saranno 24 i nuovi autobus.")
    assert [(f.value, f.unit_it) for f in a.figures] == [(24, "filobus"), (28, "filobus")]
    assert [(f.value, f.unit_it) for f in b.figures] == [(28, "filobus"), (24, "filobus")]
    assert [(f.value, f.unit) for f in c.figures] == [(24, "buses")]


def test_who_gives_a_number_from_the_head_of_the_sentence_or_the_subject_of_its_verb():
    a = _said("a", "Per l'azienda, che in una nota ha ribadito la necessità di tagliare, "
                   "l'eccedenza è invece di 290 unità.")
    b = _said("b", "Verona, l'azienda scende a 240 esuberi.")
    c = _said("c", "Per fortuna, i feriti sono 3.")
    assert [(f.value, f.unit, f.claimant) for f in a.figures] == [(290, "redundancies", "company")]
    assert [(f.value, f.claimant) for f in b.figures] == [(240, "company")]
    assert [f.claimant for f in c.figures] == [None]


def test_parts_named_by_their_whole_or_by_a_pronoun_after_them():
    a = _said("a", "Tra i feriti ci sono cinque bambini, due dei quali ricoverati in gravi "
                   "condizioni.")
    b = _said("b", "Nel rogo sette feriti, tre dei quali in prognosi riservata.")
    assert [(f.value, f.part_of) for f in a.figures] == [(5, "injured"), (2, "children")]
    assert [(f.value, f.role, f.part_of) for f in b.figures] == [
        (7, "injured", None), (3, "critical", None)]


def test_smoke_poisoning_is_an_injury_and_an_eviction_order_evacuates():
    a = _said("a", "Due forestali sono rimasti lievemente intossicati dal fumo.", day=3)
    b = _said("b", "Sono quattro le persone rimaste ferite o intossicate.", day=4)
    c = _said("c", "Il sindaco ha firmato un'ordinanza di sgombero per 40 persone.")
    assert _conflicts(a, b) == [("people injured", [2, 4], "update")]
    assert [f.role for f in c.figures] == ["evacuated"]


def test_ages_in_a_list_of_victims_are_ages_not_tolls():
    a = _said("a", "Le altre vittime sono due donne di 87 e 91 anni.",
              "Erano morti Mario Neri, 79 anni, Anna Galli, 87, e Rita Bo, 91.")
    assert [(f.value, f.category) for f in a.figures if f.category == "age"] == [
        (87, "age"), (91, "age"), (79, "age"), (87, "age"), (91, "age")]
    assert [f.kind for f in a.figures if f.category == "casualties"] == ["rest"]


def test_critical_condition_is_a_count_of_its_own_updated_across_days():
    a = _said("a", "Nel rogo 26 persone intossicate, sei delle quali in gravi condizioni.",
              day=3)
    b = _said("b", "Restano ricoverati in gravi condizioni cinque anziani.", day=4)
    c = _said("c", "Due restano in prognosi riservata, mentre una donna è migliorata.", day=5)
    assert _conflicts(a, b, c) == [("people in critical condition", [6, 5, 2], "update")]


def test_a_first_count_and_a_value_set_aside_are_not_compared():
    a = _said("a", "Il bilancio, che in un primo momento parlava di due vittime, è salito a "
                   "tre morti.", day=3)
    b = _said("b", "Le vittime sono quattro.", day=4)
    c = _said("c", "Non sono 2,1, ma 2,4 le tonnellate di cocaina.", day=4)
    d = _said("d", "Sequestrate 2,1 tonnellate di cocaina.", day=3)
    assert _conflicts(a, b) == [("people killed", [3, 4], "update")]
    assert [v for _, v, _ in _conflicts(d, c)] == [[2.1, 2.4]]


def test_the_subject_named_before_or_after_the_number_is_what_it_counts():
    a = _said("a", "Sono due, per ora, gli indagati.", day=3)
    b = _said("b", "Gli indagati sono saliti a tre.", day=4)
    c = _said("c", "Secondo gli organizzatori erano oltre 20mila.")
    assert _conflicts(a, b) == [("people investigated", [2, 3], "update")]
    assert [(f.unit, f.unit_it, f.subject) for f in c.figures] == [("people", None, "crowd")]


def test_a_place_named_only_where_an_earlier_event_is_recalled_is_not_this_events():
    first = _report_of("a", "Incendio in una Rsa a Borgofranco: tre anziani morti",
                       "BORGOFRANCO - Tre ospiti morti e 20 intossicati nell'incendio che "
                       "nella notte ha devastato la residenza per anziani di Borgofranco.",
                       day=3)
    other = _report_of("b", "Incendio in una casa di riposo a Montelupo, evacuati 38 anziani",
                       "MONTELUPO - Un incendio è divampato nella cucina di una casa di "
                       "riposo di Montelupo: evacuati 38 ospiti, due lievemente intossicati.",
                       "«Dopo quello che è successo a Borgofranco eravamo tutti in ansia», ha "
                       "detto la sindaca.", day=6)
    assert {"a"} in _apart(first, other) and {"b"} in _apart(first, other)


def test_who_gives_a_number_in_a_title_quote_or_said_again():
    a = _said("a", "Cantiere Delta, sciopero. I sindacati: «300 esuberi su 900 addetti»")
    b = _said("b", "Delta, l'azienda scende a 200 esuberi.",
              "Dopo il vertice gli esuberi scendono a 200, cento in meno.")
    c = _said("c", "Per i sindacati ha aderito il 78%, per le aziende il 9,6%.")
    assert [(f.value, f.claimant) for f in a.figures] == [(300, "unions"), (900, "unions")]
    assert [(f.value, f.claimant) for f in b.figures][:2] == [(200, "company"), (200, "company")]
    assert [(f.subject, f.claimant) for f in c.figures] == [
        ("participation", "unions"), ("participation", "company")]


def test_two_leads_give_the_headline_number_of_one_thing():
    a = _said("a", "La giunta ha dato il via libera al piano della mobilità urbana, con 28 "
                   "filobus per le linee del centro.", day=3)
    b = _said("b", "Gara chiusa dopo il ricorso della ditta seconda classificata: saranno 24 i "
                   "filobus acquistati.", day=9)
    assert [v for _, v, _ in _conflicts(a, b)] == [[28, 24]]


def test_soldiers_and_civilians_tolls_are_not_the_whole_toll():
    a = _said("a", "Uccisi quattro soldati nei combattimenti al confine.", day=3)
    b = _said("b", "Il bilancio sale: almeno 22 morti.", day=4)
    c = _said("c", "Sono saliti a sei i soldati uccisi.", day=4)
    assert _conflicts(a, b) == []
    assert _conflicts(a, c) == [("soldiers killed", [4, 6], "update")]


def test_an_undated_articles_history_is_history_too():
    a = _said("a", "Nei combattimenti del 2023 erano morte oltre 40 persone.")
    b = _said("b", "Il bilancio sale: almeno 22 morti.", day=4)
    assert _conflicts(a, b) == []


def test_the_same_storm_elsewhere_is_another_event():
    flood = _report_of("a", "Maltempo, esonda il torrente Verde a Collalto: due morti",
                       "COLLALTO - Il torrente Verde è esondato nella notte a Collalto dopo le "
                       "piogge del maltempo: due morti e decine di famiglie evacuate.", day=3)
    slide = _report_of("b", "Maltempo, frana su una casa a Montefosco: morta una donna",
                       "MONTEFOSCO - Una donna è morta travolta da una frana a Montefosco dopo "
                       "le piogge del maltempo. Decine di famiglie evacuate. È la stessa "
                       "perturbazione che nel fine settimana ha provocato l'esondazione del "
                       "torrente Verde a Collalto, dove i morti sono due.", day=4)
    assert {"a"} in _apart(flood, slide) and {"b"} in _apart(flood, slide)


def test_an_earlier_years_count_told_in_the_pluperfect_after_the_year_is_history():
    a = _said("a", "Nel 2019 un corto circuito aveva provocato un incendio, e in quell'occasione "
                   "erano stati evacuati 30 ospiti.", "Sono stati evacuati 84 ospiti.", day=3)
    b = _said("b", "Tutti gli 80 ospiti evacuati sono stati accolti dai parenti.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[84, 80]]


def test_a_company_and_the_unions_counts_in_different_articles_are_rival_claims():
    a = _said("a", "Secondo l'azienda gli esuberi sono 410 nelle due sedi.")
    b = _said("b", "I sindacati: «Gli esuberi veri sono 620»")
    assert _conflicts(a, b) == [("redundancies", [410, 620], "claims")]


def test_burnt_hectares_and_aftershocks_are_one_measure_of_the_event():
    a = _said("a", "In serata il Corpo forestale stimava oltre 1.500 ettari percorsi dal fuoco.",
              day=3)
    b = _said("b", "Incendi, in Gallura bruciati 3.200 ettari. Regione: 5 milioni per le aziende",
              day=4)
    c = _said("c", "L'istituto ha registrato oltre 40 repliche.", day=3)
    d = _said("d", "Le scosse registrate fino a ieri sera sono più di 120.", day=4)
    assert [(f.value, f.unit) for f in b.figures] == [(3200, "hectares"), (5_000_000, None)]
    assert [v for _, v, _ in _conflicts(a, b)] == [[1500, 3200]]
    assert [v for _, v, _ in _conflicts(c, d)] == [[40, 120]]


def test_people_counted_with_in_and_a_march_counted_by_rival_sources():
    a = _said("a", "I sindacati: «Siamo in 8mila»",
              "A Porta Pia hanno sfilato oltre 8mila tassisti.")
    b = _said("b", "Erano circa 3.500 secondo la Questura.")
    assert [(f.value, f.unit, f.claimant) for f in a.figures][0] == (8000, "people", "unions")
    assert [v for _, v, _ in _conflicts(a, b)] == [[8000, 3500]]


def test_a_first_count_an_article_updates_itself_is_not_its_value():
    a = _said("a", "Il primo bilancio, diffuso dai soccorritori, parlava di tre vittime; la "
                   "quarta è stata estratta all'alba.", "Quattro morti e 27 feriti.",
              "Le vittime sono tre donne di 71, 74 e 80 anni e un uomo di 77.", day=3)
    b = _said("b", "Le vittime salgono a cinque.", day=4)
    assert _conflicts(a, b) == [("people killed", [4, 5], "update")]


def test_first_count_words_go_with_the_value_nearest_them():
    a = _said("a", "I vigili del fuoco stimano che la frana sia lunga circa 20 metri.", day=3)
    b = _said("b", "Misurata per intero, la frana è lunga 41 metri, più del doppio dei 20 "
                   "della prima stima.", day=5)
    assert [v for _, v, _ in _conflicts(a, b)] == [[20, 41]]


def test_a_part_out_of_a_whole_is_not_compared_with_the_whole():
    a = _said("a", "L'azienda metterà in cassa integrazione 780 dei suoi 1.350 dipendenti.",
              day=3)
    b = _said("b", "Nessuno dei 1.350 dipendenti perderà il posto; in cassa andranno 780 "
                   "dipendenti.", day=4)
    assert [(f.value, f.unit, f.kind) for f in a.figures] == [
        (780, "employees", None), (1350, "employees", "whole")]
    assert _conflicts(a, b) == []


def test_a_figure_of_an_earlier_year_named_with_it_is_history():
    a = _said("a", "L'affluenza definitiva è stata del 48,1%, in calo rispetto al 52,3% delle "
                   "elezioni del 2020.", day=3)
    b = _said("b", "Alle urne è andato il 44,6% degli aventi diritto.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[48.1, 44.6]]


def test_a_verbless_part_after_an_earlier_years_pluperfect_is_history():
    a = _said("a", "La fabbrica era già ricorsa alla cassa integrazione nel 2012, per 300 "
                   "lavoratori e sei mesi.", "Oggi in cassa vanno 780 lavoratori.", day=3)
    b = _said("b", "I sindacati: «In cassa andranno 920 lavoratori»", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[780, 920]]


def test_from_to_peaks_and_what_a_past_event_counted():
    a = _said("a", "Un verbale riduce gli esuberi da 1.150 a 780.",
              "L'adesione, secondo le sigle, è stata dell'87%, con punte del 95% tra i piloti.")
    assert [(f.value, f.kind) for f in a.figures] == [
        (1150, "earlier"), (780, None), (87, None), (95, "peak")]
    assert [(f.subject, f.claimant) for f in a.figures][2] == ("participation", "unions")
    b = _said("b", "L'ultimo incidente risale al 2017, quando un aliscafo urtò la banchina: i "
                   "feriti furono 22.", "Undici feriti nello scontro di ieri.", day=3)
    c = _said("c", "Sale a 18 il numero dei feriti.", day=4)
    assert _conflicts(b, c) == [("people injured", [11, 18], "update")]


def test_millions_in_a_sentence_about_money_are_money_not_the_noun_before():
    a = _said("a", "Via libera al piano per 28 bus elettrici: investimento da 16,8 milioni.")
    assert [(f.value, f.unit) for f in a.figures] == [(28, "buses"), (16_800_000, "EUR")]


def test_an_article_giving_both_sides_counts_joins_the_others():
    a = _said("a", "Aerolinee Delta, 1.150 esuberi e addio alla base di Catania.", day=3)
    b = _said("b", "Ai 1.150 esuberi annunciati dalla compagnia vanno aggiunti altri lavoratori.",
              "I sindacati: «Gli esuberi veri sono 1.420»", day=4)
    assert [(f.value, f.claimant) for f in b.figures if f.unit == "redundancies"] == [
        (1150, "company"), (1420, "unions")]
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[1150, 1150, 1420]]


def test_the_passengers_of_one_ship_are_one_count():
    a = _said("a", "A bordo, secondo la compagnia, c'erano 236 passeggeri.", day=3)
    b = _said("b", "Dalla lista d'imbarco risultano 241 passeggeri.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[236, 241]]


def test_last_years_count_is_history_even_without_a_year():
    a = _said("a", "Nella sede di Bari, l'anno scorso, avevano sostenuto la prova 1.980 candidati.",
              "Quest'anno i candidati sono 2.150.")
    b = _said("b", "La prova è stata annullata per i 2.400 candidati di Bari.")
    assert [v for _, v, _ in _conflicts(a, b)] == [[2150, 2400]]


def test_men_arrested_are_not_the_gang_that_attacked():
    a = _said("a", "Un commando di almeno 10 uomini ha assaltato il furgone.", day=3)
    b = _said("b", "Assalto al furgone, fermati quattro uomini di Cerignola.",
              "Quattro uomini, tutti residenti a Cerignola, sono stati fermati ieri.", day=4)
    assert [f.role for f in b.figures] == ["arrested", "arrested"]
    assert _conflicts(a, b) == []


def test_sums_of_different_things_are_not_compared():
    a = _said("a", "La compagnia mette sul tavolo un incentivo fino a 40mila euro lordi.", day=3)
    b = _said("b", "L'incentivo sale fino a 50mila euro lordi, più un bonus di 15mila euro per "
                   "chi aderisce entro giugno.", day=4)
    assert [f.sum_of for f in b.figures] == ["incentivo", "bonus"]
    assert [v for _, v, _ in _conflicts(a, b)] == [[40000, 50000]]
    c = _said("c", "Il contratto da 12,9 milioni è stato firmato ieri.")
    d = _said("d", "La gara avrà una base d'asta di 13,77 milioni di euro.")
    assert _conflicts(c, d) == []


def test_a_count_restricted_by_a_relative_clause_is_its_own_quantity():
    a = _said("a", "Il sindaco: «Qui ci sono almeno duemila famiglie che vivono dell'aeroporto»")
    b = _said("b", "Il sindacalista: «Ci sono ancora 780 famiglie che aspettano risposte»")
    assert [f.kind for f in a.figures + b.figures] == ["che vivere", "che aspettare"]
    assert _conflicts(a, b) == []


def test_where_something_stands_is_not_a_quantity_to_compare():
    a = _said("a", "Una chiazza di gasolio è stata avvistata a circa 200 metri dalla costa.")
    b = _said("b", "La nave passava a meno di 300 metri dalla costa.",
              "La coda di camion era lunga 48 chilometri.")
    assert [f.kind for f in b.figures] == ["at", None]
    assert _conflicts(a, b) == []


def test_the_strongest_aftershock_and_a_threshold_are_not_the_quakes_magnitude():
    a = _said("a", "Una scossa di magnitudo 4.8 ha svegliato la città.",
              "L'Ingv ha registrato 40 repliche, la più forte di magnitudo 3.1.", day=3)
    b = _said("b", "L'Ingv corregge: magnitudo 4,6.",
              "Le repliche sono 120, tre delle quali superiori a magnitudo 3.", day=4)
    assert [f.kind for f in a.figures + b.figures if f.unit == "magnitude"] == [
        None, "peak", None, "peak"]
    assert [v for _, v, _ in _conflicts(a, b) if v[0] < 10] == [[4.8, 4.6]]


def test_workers_to_be_dismissed_are_the_redundancies_not_the_strikers():
    a = _said("a", "L'azienda ha avviato una procedura di licenziamento collettivo per 410 "
                   "lavoratori.", day=3)
    b = _said("b", "Fuori dai cancelli oltre 500 lavoratori con i cartelli.",
              "I sindacati: «Gli esuberi veri sono 620»", day=4)
    assert [f.unit for f in a.figures] == ["dismissals"]
    assert [v for _, v, _ in _conflicts(a, b)] == [[410, 620]]


def test_an_article_saying_its_event_is_another_one_stays_apart_from_the_one_it_recalls():
    first = _report_of("a", "A21, maxi tamponamento nella nebbia tra Manerbio e Pontevico",
                       "BRESCIA - Maxi tamponamento a catena nella nebbia sull'A21 tra Manerbio "
                       "e Pontevico: coinvolti 57 veicoli, 26 feriti. I feriti sono stati "
                       "portati negli ospedali di Brescia e Cremona.", day=3)
    later = _report_of("b", "A21, 57 veicoli nel tamponamento di Manerbio: le cause",
                       "La Stradale ricostruisce il tamponamento a catena di Manerbio sull'A21, "
                       "con 57 veicoli e 26 feriti.", day=4)
    other = _report_of("c", "Nebbia, nuovo tamponamento a catena sull'A21 vicino a Castelvetro",
                       "CREMONA - Di nuovo la nebbia, di nuovo l'A21. A tredici giorni dal maxi "
                       "tamponamento tra Manerbio e Pontevico, un altro incidente a catena ha "
                       "bloccato l'autostrada tra Cremona e Castelvetro: 14 veicoli, nove "
                       "feriti.", day=16)
    assert sorted(map(sorted, _apart(first, later, other))) == [["a", "b"], ["c"]]


def test_a_prison_sentence_is_no_age_and_is_compared_for_the_same_person_only():
    asked = _said("a", "Il pm ha chiesto sette anni di reclusione per l'ex assessore Roberto "
                       "Ciarlo, quattro anni e sei mesi per la dirigente Anna Di Biase.", day=3)
    given = _said("b", "Appalto delle mense, Ciarlo condannato a cinque anni.",
                  "Roberto Ciarlo, 61 anni, ha ascoltato in silenzio.", day=9)
    assert [(f.value, f.category) for f in asked.figures] == [
        (7, "sentence"), (4, "sentence"), (6, "duration")]
    assert [(f.value, f.category) for f in given.figures] == [(5, "sentence"), (61, "age")]
    assert _conflicts(asked, given) == [("prison sentence (years)", [7, 5], "update")]


def test_what_a_sum_is_of_can_be_read_around_it():
    a = _said("a", "Sequestrati crediti d'imposta fittizi per 186 milioni di euro e contanti "
                   "per 1,2 milioni.", day=3)
    b = _said("b", "Nella cassaforte sono stati trovati 1,45 milioni di euro in contanti.", day=4)
    assert [f.sum_of for f in a.figures + b.figures] == ["crediti", "contanti", "contanti"]
    assert [v for _, v, _ in _conflicts(a, b)] == [[1200000, 1450000]]
    # a crowd is of people, never of euros
    c = _said("c", "Crediti ancora presenti nei cassetti fiscali per 118 milioni di euro.")
    assert c.figures[0].subject is None


def test_an_article_naming_another_event_only_to_recall_it_is_another_story():
    first = _report_of("a", "Festival dei Due Mari da record: oltre 210mila presenze",
                       "Taranto - Oltre 210mila presenze in cinque serate al Festival dei Due "
                       "Mari, secondo la Fondazione che lo organizza con la Siae.", day=2)
    later = _report_of("b", "Due Mari, i dati Siae ridimensionano il festival: 148.600 ingressi",
                       "TARANTO - I numeri della Siae raccontano un altro festival: 148.600 "
                       "ingressi al Festival dei Due Mari, non 210mila.", day=16)
    other = _report_of("c", "Murgia Rock Festival, gli organizzatori annunciano 65mila presenze",
                       "Bari - Tre serate e 65mila presenze secondo gli organizzatori. Si è "
                       "chiuso ad Altamura il Murgia Rock Festival.",
                       "A metà settembre i dati della Siae sul Festival dei Due Mari di "
                       "Taranto avevano contato 148.600 ingressi contro le 210mila presenze "
                       "dichiarate.", day=29)
    assert sorted(map(sorted, _apart(first, later, other))) == [["a", "b"], ["c"]]


def test_a_value_raised_from_one_number_to_another_is_two_values_not_a_range():
    a = _said("a", "Nordhavn alza il prezzo dell'offerta da 9,40 a 10,20 euro per azione.",
              "Il fondo sale da 40 a 52 milioni di euro.", "Il premio va tra i 20 e i 60mila "
              "euro.")
    assert [(f.value, f.value_max, f.kind) for f in a.figures] == [
        (9.4, None, "earlier"), (10.2, None, None), (40e6, None, "earlier"), (52e6, None, None),
        (20000, 60000, None)]


def test_an_average_said_of_another_figure_after_it_is_not_this_ones():
    a = _said("a", "Il prezzo offerto è di 9,40 euro per azione e incorpora un premio del 34% "
                   "sulla media ponderata degli ultimi sei mesi.",
              "Il beneficio medio, per l'Upb, sarebbe di 210 euro l'anno.")
    assert [(f.value, f.kind) for f in a.figures] == [(9.4, None), (34, "average"), (6, None),
                                                      (210, "average")]


def test_shares_of_nothing_named_are_compared_only_when_their_sentences_agree():
    a = _said("a", "Il titolo ha chiuso a 9,37 euro, con un balzo del 26,6%.", day=3)
    b = _said("b", "Ieri il titolo ha guadagnato il 4,1% in Borsa.", day=4)
    assert _conflicts(a, b) == []


def test_sums_tens_of_times_apart_are_not_one_sum_however_alike_their_sentences():
    a = _said("a", "L'offerta valuta la società 612 milioni di euro.", day=3)
    b = _said("b", "L'offerta valuta la società 16,8 milioni di euro.", day=4)
    assert _conflicts(a, b) == []


def test_counts_of_a_crash_and_of_people_affected_follow_the_event():
    a = _said("a", "Nei primi momenti si parlava di almeno 40 veicoli coinvolti.",
              "Secondo l'Ingd le persone colpite sono 120mila.", day=3)
    b = _said("b", "La Stradale ha contato 57 veicoli.",
              "Le persone colpite nelle tre province di Zambezia, Nampula e Sofala sono "
              "480mila.", day=5)
    assert [f.role for f in b.figures] == [None, "affected"]
    assert _conflicts(a, b) == [("vehicles", [40, 57], "update"),
                                ("people affected", [120000, 480000], "update")]


def test_snipers_in_a_vote_are_no_swiss_francs():
    a = _said("a", "Le opposizioni: «Almeno venti franchi tiratori».",
              "Il biglietto costa 20 franchi svizzeri.")
    assert [(f.category, f.unit) for f in a.figures] == [("count", None), ("money", "CHF")]


def test_vote_tallies_of_two_chambers_are_two_votes():
    a = _said("a", "La Camera ha approvato la legge con 171 voti favorevoli.", day=3)
    b = _said("b", "Il Senato ha approvato la legge con 97 voti favorevoli.", day=9)
    assert _conflicts(a, b) == []


# -- sixth round (issue 15): households, tallies, goals, bounds, events pointed back at -----
def test_families_and_people_evacuated_are_counted_apart():
    a = _said("a", "Il sindaco ha firmato l'ordinanza di sgombero per 9 famiglie, in tutto "
                   "24 persone evacuate.", day=3)
    b = _said("b", "Sono 31 le persone evacuate e 12 le famiglie evacuate.", day=4)
    found = _conflicts(a, b)
    assert ("families evacuated", [9, 12], "update") in found
    assert all(9 not in values or 31 not in values for _, values, _ in found)


def test_the_votes_against_and_abstentions_of_two_chambers_are_not_compared():
    a = _said("a", "Il decreto è passato alla Camera con 201 voti favorevoli, 96 contrari e "
                   "4 astenuti.")
    b = _said("b", "Al Senato il decreto ha avuto 88 voti favorevoli, 70 contrari e 3 "
                   "astenuti; alla Camera i sì erano stati 201.")
    assert _conflicts(a, b) == []
    assert [f.unit for f in b.figures if f.value == 201] == [None]  # "stati": no noun


def test_a_goal_is_not_a_count_to_compare():
    a = _said("a", "Quest'anno la fiera ha contato 82mila visitatori in quattro giorni.")
    b = _said("b", "«L'anno prossimo vogliamo arrivare a 120mila visitatori», ha detto il "
                   "presidente della fiera.")
    assert _conflicts(a, b) == []


def test_a_crowd_expected_is_not_a_crowd_counted():
    a = _said("a", "A mezzogiorno parte il corteo verso il ministero, dove gli organizzatori "
                   "attendono almeno 5mila persone.", day=3)
    b = _said("b", "Secondo la questura i partecipanti al corteo sono stati 2.500.", day=3)
    c = _said("c", "Per la questura in piazza c'erano tremila persone.", day=4)
    assert _conflicts(a, b) == []
    assert _conflicts(b, c) == [("people (count)", [2500, 3000], "update")]


def test_a_rules_bound_is_compared_only_with_another_bound():
    a = _said("a", "L'offerta è valida solo con una soglia minima di adesione del 75% del "
                   "capitale.", day=3)
    b = _said("b", "La famiglia, che ha il 52% del capitale, ha firmato l'impegno ad "
                   "aderire.", day=4)
    c = _said("c", "Il fondo ha abbassato la soglia minima di adesione al 60% del capitale.",
              day=5)
    assert _conflicts(a, b) == []
    assert [v for _, v, _ in _conflicts(a, c)] == [[75, 60]]


def test_a_sentence_pointing_back_at_a_recalled_event_is_of_that_event():
    """A robbery near Lucera recalls one near Cerignola, then says who was stopped "per
    quel colpo" — from Cerignola: two events, not one."""
    first = _report_of("a", "Assalto al portavalori sulla statale 16, bottino da un milione",
                       "CERIGNOLA - Un commando di sei uomini ha bloccato un portavalori sulla "
                       "statale 16 alle porte di Cerignola, incendiando tre auto.", day=3)
    other = _report_of("b", "Assalto fallito a un portavalori a Lucera",
                       "LUCERA - Un commando ha tentato di bloccare un portavalori alle "
                       "porte di Lucera, incendiando due auto, ma le guardie sono riuscite "
                       "a fuggire.",
                       "Un mese fa un commando aveva bloccato un altro furgone sulla statale "
                       "16. Per quel colpo sono stati fermati due fratelli di Cerignola.",
                       day=20)
    assert {"a", "b"} not in _apart(first, other)


def test_one_sides_soldiers_are_not_the_others():
    a = _said("a", "Secondo Kiev i militari russi morti sono 40, mentre 35 soldati ucraini "
                   "sono rimasti feriti.", day=3)
    b = _said("b", "Mosca ammette che 28 soldati russi sono stati uccisi.", day=4)
    c = _said("c", "Lo Stato maggiore sostiene che la Russia ha perso ieri 1.200 uomini.")
    d = _said("d", "Le forze di Kiev avrebbero perso «fino a 1.300 militari» nel settore.")
    e = _said("e", "Nella notte sono morti 31 soldati, hanno fatto sapere i comandi.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[40, 28]]
    assert _conflicts(c, d) == []
    assert [f.side for f in c.figures + d.figures] == ["russia", "ukraine"]
    assert [v for _, v, _ in _conflicts(a, e)] == [[40, 31]]  # a side and none: may be one


def test_a_value_set_aside_after_non_and_an_article_is_not_compared():
    a = _said("a", "Il governo stima un costo di 200 milioni di euro l'anno.", day=3)
    b = _said("b", "Secondo l'opposizione costerà 350 milioni di euro l'anno, non i 200 "
              "milioni di euro stimati dal governo.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[200e6, 350e6]]


def test_a_stake_raised_from_one_value_to_another_gives_the_later():
    a = _said("a", "Il fondo Orsa, che ha il 5,5% del capitale, non aderirà.", day=3)
    b = _said("b", "Il fondo Orsa, che nel frattempo ha portato la sua quota dal 5,5% al 7,1% "
                   "del capitale, non aderirà.", day=5)
    assert [v for _, v, _ in _conflicts(a, b)] == [[5.5, 7.1]]


def test_counts_over_different_spans_are_different_quantities():
    a = _said("a", "Raffica di sbarchi sull'isola: 1.300 arrivi in un giorno.", day=3)
    b = _said("b", "Secondo il Viminale nel fine settimana sono arrivate 2.100 persone in tre "
                   "giorni.", day=4)
    c = _said("c", "Il governo stima un costo di 200 milioni di euro l'anno.", day=3)
    d = _said("d", "Per l'opposizione il costo sarà di 540 milioni di euro nell'intero "
                   "triennio.", day=4)
    assert _conflicts(a, b) == []
    assert _conflicts(c, d) == []


def test_an_earlier_event_told_in_the_simple_past_is_history():
    a = _said("a", "Sono 29 i ragazzi intossicati dal monossido nella palestra.", day=3)
    b = _said("b", "Il precedente risale al 2023, quando in una scuola di Oderzo rimasero "
                   "intossicati 12 bambini.", "Salgono a 34 gli intossicati.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[29, 34]]


def test_a_third_sources_value_joins_the_rival_values_of_one_quantity():
    a = _said("a", "Per i sindacati alla fine dello sciopero resteranno fermi oltre 8mila "
                   "container.", day=3)
    b = _said("b", "Secondo la società in due giorni sono rimasti a terra 4.300 container.",
              day=4)
    c = _said("c", "L'Autorità portuale ha diffuso il bilancio: 9.400 container non "
                   "movimentati.", day=5)
    found = _conflicts(a, b, c)
    assert len(found) == 1 and sorted(found[0][1]) == [4300, 8000, 9400]


def test_people_transferred_are_not_a_count_of_the_story():
    a = _said("a", "Dopo i 600 trasferimenti di domenica le presenze sono scese a 780.", day=3)
    b = _said("b", "La prefettura ha disposto il trasferimento di 350 persone a Porto "
                   "Empedocle.", day=4)
    assert _conflicts(a, b) == []


def test_a_value_an_article_sets_aside_is_set_against_the_article_that_gave_it():
    a = _said("a", "Secondo la difesa la famiglia è già stata risarcita con 200mila euro "
                   "dall'assicurazione.", day=3)
    b = _said("b", "«Alla famiglia sono arrivati 120mila euro, non i 200mila di cui ha parlato "
                   "la difesa», ha precisato l'avvocata.", day=9)
    assert [v for _, v, _ in _conflicts(a, b)] == [[200_000, 120_000]]
    c = _said("c", "Sul sito della gang la minaccia: «Pubblicheremo i dati di 300mila "
                   "pazienti».", day=3)
    d = _said("d", "Rubati i dati di 50mila pazienti, non di 300mila.", day=9)
    assert [v for _, v, _ in _conflicts(c, d)] == [[300_000, 50_000]]
    e = _said("e", "Nel fine settimana sono sbarcate sull'isola 1.600 persone.", day=3)
    f = _said("f", "Il sindaco: «Altro che 1.600, sono arrivati oltre 2mila migranti».", day=4)
    assert [v for _, v, _ in _conflicts(e, f)] == [[1600, 2000]]


def test_a_value_set_aside_that_no_other_article_gives_makes_no_conflict():
    a = _said("a", "Sul molo sono sbarcate 400 persone in un giorno.", day=3)
    b = _said("b", "Sono state 2.300 le postazioni da bonificare, contro le 1.500 indicate il "
                   "primo giorno.", day=4)
    assert _conflicts(a, b) == []
    assert [f.instead_of for f in b.figures if f.value == 2300] == [1500]


def test_a_number_word_set_aside_and_a_bare_amount_set_aside_are_read():
    a = _said("a", "Per i sindacati erano 11 le navi ferme o dirottate.", day=3)
    b = _said("b", "L'azienda: le navi dirottate sono state sei, non undici.", day=4)
    c = _said("c", "L'Autorità portuale ha diffuso il bilancio: 8 navi dirottate.", day=5)
    found = _conflicts(a, b, c)
    assert [sorted(v) for _, v, _ in found] == [[6, 8, 11]]
    d = _said("d", "Il costo stimato dal governo è di 200 milioni di euro l'anno.", day=3)
    e = _said("e", "Secondo l'opposizione costerà 350 milioni di euro l'anno, non i 200 "
                   "milioni stimati dall'esecutivo.", day=4)
    assert [v for _, v, _ in _conflicts(d, e)] == [[200e6, 350e6]]


def test_a_sides_own_soldiers_are_that_sides():
    a = _said("a", "Secondo il ministro i militari eritrei morti sono 12.", day=3)
    b = _said("b", "Asmara ammette ora la morte di 18 suoi soldati.", day=4)
    c = _said("c", "Sale il bilancio: 31 soldati etiopi morti.", day=4)
    assert [f.side for f in b.figures] == ["eritrea"]
    assert [v for _, v, _ in _conflicts(a, b, c)] == [[12, 18]]


def test_a_value_set_aside_without_its_scale_takes_the_asserted_ones():
    a = _said("a", "Sul sito della gang la richiesta: 3 milioni di euro in criptovaluta.", day=3)
    b = _said("b", "La richiesta lasciata nei server era di 2 milioni di euro, non dei 3 "
                   "pubblicati sul sito.", day=9)
    assert [v for _, v, _ in _conflicts(a, b)] == [[3e6, 2e6]]


def test_game_statistics_are_not_compared_across_sources():
    a = _said("a", "I biancorossi hanno rimontato uno svantaggio di 13 punti nel terzo quarto.")
    b = _said("b", "La guardia ha chiuso con 32 punti e 9 rimbalzi.")
    c = _said("c", "Partita nervosa, con 45 falli fischiati in totale.")
    d = _said("d", "«Ci hanno fischiato 29 falli», ha detto l'allenatore.")
    assert _conflicts(a, b) == [] and _conflicts(c, d) == []


def test_a_count_of_one_weekday_is_not_the_weekends():
    a = _said("a", "Il conteggio del Viminale assegna a sabato 1.500 persone.", day=3)
    b = _said("b", "Tra venerdì e domenica a Lampedusa sono arrivate 2.300 persone.", day=4)
    assert _conflicts(a, b) == []
    assert [f.period for f in b.figures] == ["3 day"]


def test_reports_months_apart_are_two_stories():
    from datetime import date

    text = ("Centinaia di trattori hanno bloccato la statale per la protesta degli agricoltori "
            "di Terra Viva contro i prezzi del grano e i costi del gasolio. «Un chilo di grano "
            "vale meno di un caffè», ha detto il portavoce Danilo Ceccarelli.")
    first = _report_of("a", "Trattori in strada, la protesta di Terra Viva", text)
    later = _report_of("b", "Trattori in strada, torna la protesta di Terra Viva", text)
    first.article.date, later.article.date = date(2026, 2, 11), date(2026, 9, 22)
    assert {"a", "b"} not in _apart(first, later)


def test_a_water_outage_elsewhere_recalling_the_first_is_another_story():
    padova = _report_of("a", "Padova, cede una condotta dell'acquedotto: 4mila famiglie senz'acqua",
                        "Padova, 3 feb. (Adnkronos) - Una condotta principale dell'acquedotto "
                        "si è rotta all'Arcella, lasciando senz'acqua circa 4mila famiglie.",
                        day=3)
    vicenza = _report_of("b", "Vicenza, cede un tubo dell'acquedotto: duemila famiglie senz'acqua",
                         "VICENZA - Nove ore senz'acqua per duemila famiglie del quartiere San "
                         "Pio X: una condotta si è spaccata in viale Trento.",
                         "«Qui nessuno ha dimenticato le immagini di Padova», dice un pensionato.",
                         "Il riferimento è al guasto dell'Arcella, a Padova, quando la rottura "
                         "di una condotta lasciò il quartiere senz'acqua per 31 ore.", day=24)
    assert {"a", "b"} not in _apart(padova, vicenza)


def test_deaths_put_down_to_one_cause_are_a_part_of_the_toll():
    a = _said("a", "In reparto nove pazienti contagiati e due morti.", day=3)
    b = _said("b", "L'audit: 16 contagiati e quattro morti, ma solo due decessi sono legati al "
                   "batterio.", "«Due decessi attribuibili al batterio non sono un dettaglio», "
                   "dice l'avvocato.", day=9)
    assert [v for _, v, _ in _conflicts(a, b)] == [[2, 4]]


def test_families_restated_as_nuclei_familiari_and_a_sentence_opening_count():
    a = _said("a", "Da un edificio confinante sono state fatte uscire 14 famiglie.", day=3)
    b = _said("b", "L'ordinanza riguarda in tutto 23 famiglie, 71 persone.", day=4)
    c = _said("c", "Dei 23 nuclei familiari sgomberati martedì, quattro potranno rientrare.",
              "Dei sei feriti, soltanto uno è ancora ricoverato.", day=6)
    assert [sorted(v) for _, v, _ in _conflicts(a, b, c) if 14 in v] == [[14, 23, 23]]
    assert 6 in [f.value for f in c.figures]


def test_an_event_recalled_as_months_back_is_another_story():
    """A new collapse "a sette mesi dal crollo della galleria X" is not the collapse of X,
    though both are undated and share the railway and the province; and a report whose
    first paragraph is a subtitle of bare words still meets its event."""
    first = _report_of("a", "Crolla la volta di una galleria sulla nuova linea: operai bloccati",
                       "(ANSA) - VALLO, 11 FEB - Un tratto della volta della galleria Monte "
                       "Vesco, in costruzione sulla nuova linea ferroviaria Avellino-Lioni, è "
                       "crollato nella notte a Vallo di Lauro. Sei operai sono bloccati.")
    second = _report_of("b", "Galleria crollata, quattro operai salvati dopo 20 ore",
                        "L'impresa corregge il conto: «Erano sette».",
                        "VALLO DI LAURO – Quattro operai rimasti bloccati nella galleria Monte "
                        "Vesco sono stati estratti vivi ieri pomeriggio dai vigili del fuoco. "
                        "Si cercano ancora tre lavoratori della linea Avellino-Lioni.")
    other = _report_of("c", "Nuova linea Avellino-Lioni, un nuovo cedimento in galleria: tre "
                       "feriti lievi",
                       "(ITALPRESS) - LIONI - Un nuovo cedimento nel cantiere della linea "
                       "Avellino-Lioni, a sette mesi dal crollo della galleria Monte Vesco di "
                       "Vallo di Lauro. Tre operai sono rimasti feriti in modo lieve.",
                       "«A Vallo siamo stati fortunati», ha detto il sindacalista Ugo Rota.")
    groups = _apart(first, second, other)
    assert {"a", "b"} in groups and {"c"} in groups


def test_one_toll_under_two_nouns_in_one_article_is_one_conflict():
    """"12 intossicati" and "12 persone accompagnate al pronto soccorso" in one article:
    one count, which the next days give as 20 intossicati and 30 persone visitate."""
    a = _said("a", "Fuga di cloro dalla piscina comunale: 12 intossicati.",
              "Il bilancio è di 12 persone accompagnate al pronto soccorso con tosse e "
              "bruciore agli occhi.", day=3)
    b = _said("b", "Fuga di cloro, salgono a 20 gli intossicati.", day=4)
    c = _said("c", "L'Asl ha chiuso il bilancio a 30 persone visitate al pronto soccorso.",
              day=6)
    found = _conflicts(a, b, c)
    assert any(sorted(values) == [12, 20, 30] for _, values, _ in found), found


def test_shares_of_nothing_named_from_two_sources_are_no_rival_claims():
    a = _said("a", "La siccità colpisce la Gallura.",
              "Secondo Confagricoltura nei campi si è perso il 40% del raccolto di grano.")
    b = _said("b", "La siccità colpisce la Gallura.",
              "Secondo Federalberghi le disdette sono aumentate del 25% rispetto a luglio.")
    assert _conflicts(a, b) == []


def test_history_told_in_an_irregular_simple_past_is_not_compared():
    a = _said("a", "Appalti truccati al Comune di Paola.",
              "La guardia di finanza ha eseguito sette arresti all'alba.", day=3)
    b = _said("b", "Appalti a Paola, parlano gli indagati.",
              "È già successo in provincia: nel 2016 un'inchiesta analoga a Cetraro si chiuse "
              "con 14 arresti.", day=4)
    assert not any(14 in values for _, values, _ in _conflicts(a, b))


def test_history_with_its_year_in_an_undated_story_is_not_compared():
    a = _said("a", "Appalti truccati al Comune di Paola.",
              "La guardia di finanza ha eseguito sette arresti all'alba.")
    b = _said("b", "Appalti a Paola, parlano gli indagati.",
              "Era già successo in provincia: nel 2016 un'inchiesta analoga a Cetraro si "
              "era chiusa con 14 arresti.")
    assert not any(14 in values for _, values, _ in _conflicts(a, b))


def test_soldiers_captured_and_soldiers_lost_are_two_counts():
    a = _said("a", "Scontri al confine.",
              "L'esercito afferma di aver respinto l'attacco, ammettendo la perdita di 5 "
              "soldati.", day=3)
    b = _said("b", "Scontri al confine, il bilancio.",
              "Le forze avversarie sostengono di aver catturato 14 soldati, tra cui un "
              "ufficiale.", day=4)
    assert _conflicts(a, b) == []


def test_explosions_months_apart_by_their_datelines_are_two_stories():
    """Neither report has a year; "15 feb" and "9 giu" are months apart: two explosions in
    one province, however alike."""
    from dataclasses import replace

    a = _report_of("a", "Esplosione in una villetta a Lonato: due morti",
                   "LONATO - L'esplosione di una villetta in via dei Gelsi a Lonato, nel "
                   "Bresciano, ha provocato due morti e undici feriti. I vigili del fuoco "
                   "hanno lavorato tutta la notte.")
    b = _report_of("b", "Esplosione in una pizzeria a Desenzano: quattro feriti",
                   "DESENZANO - L'esplosione di una bombola in una pizzeria a Desenzano, nel "
                   "Bresciano, ha provocato quattro feriti. L'episodio ricorda la tragedia di "
                   "Lonato, dove l'esplosione di una villetta aveva provocato due morti e "
                   "undici feriti.")
    a = replace(a, article=replace(a.article, dateline_day=(2, 15)))
    b = replace(b, article=replace(b.article, dateline_day=(6, 9)))
    assert {"a"} in _apart(a, b) and {"b"} in _apart(a, b)


def test_an_aftershocks_magnitude_is_no_reading_of_the_main_shock():
    a = _said("a", "Terremoto in Calabria.", "La scossa di magnitudo 5.8 ha colpito alle 3.", day=3)
    b = _said("b", "Terremoto in Calabria, la paura.",
              "«Con una replica di magnitudo 4,2 a poche ore dalla prima scossa nessuno vuole "
              "rientrare», dice il sindaco.", day=4)
    assert not any(4.2 in values for _, values, _ in _conflicts(a, b))


def test_a_place_given_as_a_distance_or_as_what_happened_there_is_not_the_events_own():
    """"a una decina di chilometri da Vigonza", "quanto accaduto a Lercara": the other event's
    places, named to say where this one is not."""
    a = _report_of("a", "Incendio in un capannone di plastica a Vigonza: evacuate 150 persone",
                   "VIGONZA (PADOVA) - Un incendio ha distrutto un capannone di materie "
                   "plastiche a Vigonza. Il sindaco ha fatto evacuare 150 persone.")
    b = _report_of("b", "Incendio in un deposito di carta a Noventa, nessun ferito",
                   "NOVENTA (PADOVA) - Un incendio è scoppiato in un deposito di carta a "
                   "Noventa, a una decina di chilometri da Vigonza. Nessuno è rimasto ferito.")
    assert {"a"} in _apart(a, b) and {"b"} in _apart(a, b)
    c = _report_of("c", "Treno regionale deragliato a Lercara: 23 feriti",
                   "LERCARA - Un treno regionale è deragliato a Lercara Friddi. I feriti "
                   "sono 23.")
    d = _report_of("d", "Regionale esce dai binari alla stazione di Priolo: sei feriti lievi",
                   "PRIOLO - Un treno regionale è uscito dai binari a Priolo. «Non c'è alcun "
                   "collegamento con quanto accaduto a Lercara», ha detto l'assessore.")
    assert {"c"} in _apart(c, d) and {"d"} in _apart(c, d)


def test_an_event_in_its_own_place_recalling_anothers_place_is_another_story():
    """A die-off "a Cremona, nell'Oglio" whose article names the Mincio only where it recalls
    July's (in the pluperfect, or as "lo stesso di"): two events of one kind."""
    a = _report_of("a", "Moria di pesci nel Mincio, recuperate tre tonnellate",
                   "MANTOVA - Migliaia di pesci morti nel Mincio a valle di Goito. I tecnici "
                   "dell'Arpa hanno recuperato tre tonnellate di carpe.",
                   "«Non abbiamo mai visto nulla di simile», dice un pescatore.")
    b = _report_of("b", "Oglio senza ossigeno, moria di pesci a Ostiano",
                   "OSTIANO (CREMONA) - Carpe e cavedani morti nell'Oglio a Ostiano. I tecnici "
                   "dell'Arpa ne hanno recuperato 400 chili.",
                   "A luglio nel Mincio erano morte tre tonnellate di pesci per uno scarico.")
    assert {"a"} in _apart(a, b) and {"b"} in _apart(a, b)
    c = _report_of("c", "Acqua contaminata a Scalea, vietato bere dal rubinetto",
                   "SCALEA (COSENZA) - Batteri nell'acquedotto di Scalea: il sindaco ha vietato "
                   "l'uso dell'acqua di rete. Dodici persone al pronto soccorso.")
    d = _report_of("d", "Acqua torbida a Diamante, divieto per 900 utenze",
                   "DIAMANTE (COSENZA) - Acqua non potabile in una parte di Diamante dopo le "
                   "piogge. Il gestore della rete è lo stesso di Scalea. Sei persone dal "
                   "medico.")
    assert {"c"} in _apart(c, d) and {"d"} in _apart(c, d)


def test_one_count_said_with_and_without_what_befell_it_is_one_figure():
    a = _said("a", "Tromba d'aria a Ginosa: nel centro storico almeno 90 abitazioni hanno il "
                   "tetto scoperchiato.", day=3)
    b = _said("b", "Ginosa, 164 abitazioni danneggiate: la conta del Comune.",
              "Nel centro storico 164 abitazioni hanno il tetto scoperchiato.", day=4)
    c = _said("c", "Le 164 abitazioni danneggiate sono in gran parte già coperte da teli.",
              day=9)
    assert [sorted(v) for _, v, _ in _conflicts(a, b, c)] == [[90, 164, 164]]


def test_inmates_who_escaped_are_one_count_across_articles():
    a = _said("a", "Quattro detenuti sono evasi nella notte dal carcere di Rossano.", day=3)
    b = _said("b", "Gli evasi dal carcere di Rossano erano cinque, non quattro.", day=4)
    assert [(f.value, f.role) for f in b.figures][0] == (5, "escaped")
    assert [v for _, v, _ in _conflicts(a, b)] == [[4, 5]]


def test_an_article_telling_its_event_as_the_second_of_its_kind_weeks_on_is_another_story():
    """Two first reports of a crash in one valley, the later saying "È il secondo incidente
    aereo nella valle in meno di tre mesi": two events, however many names they share."""
    a = _report_of("a", "Elicottero precipita sulle Pale di San Martino: due morti",
                   "TRENTO - Un elicottero decollato da Fiera di Primiero è precipitato questa "
                   "mattina sotto il Cimon della Pala. Due morti.", day=2)
    b = _report_of("b", "Ultraleggero precipita nel Primiero: morti pilota e passeggero",
                   "TRENTO - Un ultraleggero decollato da Fiera di Primiero è precipitato questa "
                   "mattina a San Martino di Castrozza. Due morti.",
                   "È il secondo incidente aereo nella valle in meno di un mese.", day=28)
    assert {"a"} in _apart(a, b) and {"b"} in _apart(a, b)
    c = _report_of("c", "Crollo nel cantiere di Rho, due operai feriti",
                   "RHO - Un solaio è crollato nel cantiere di via Roma a Rho.", day=3)
    d = _report_of("d", "Rho, nuovi cedimenti nel cantiere: sgomberate tre palazzine",
                   "RHO - Un secondo crollo nel cantiere di via Roma a Rho ha costretto i vigili "
                   "del fuoco a sgomberare tre palazzine.", day=5)
    assert {"c", "d"} in _apart(c, d)


def test_a_case_that_recalls_another_in_the_simple_past_is_another_story():
    """"Il caso richiama quello di via dei Velieri a Chiavari, dove a marzo uno scavo
    costrinse …": the other event's places, told in the remote past ("-nse")."""
    a = _report_of("a", "Chiavari, crepe in una palazzina: evacuate 14 famiglie",
                   "CHIAVARI - Quattordici famiglie evacuate da una palazzina di via dei Velieri "
                   "a Chiavari dopo la comparsa di crepe nei muri.")
    b = _report_of("b", "Recco, crepe in un condominio dopo le piogge: evacuate otto famiglie",
                   "RECCO - Otto famiglie hanno lasciato nella notte un condominio di via Betti "
                   "a Recco dopo che una crepa si è aperta sulla facciata.",
                   "Il caso richiama quello di via dei Velieri a Chiavari, dove uno scavo "
                   "costrinse a lasciare le loro case 14 famiglie.")
    assert {"a"} in _apart(a, b) and {"b"} in _apart(a, b)


def test_a_source_giving_the_quantity_once_joins_its_conflict():
    """The first report's one value joins the conflict the later two make, so it shows every
    source."""
    a = _said("a", "«Le fessure più ampie arrivano a due centimetri e toccano anche un "
                   "pilastro», ha spiegato il geometra del Comune.", day=3)
    b = _said("b", "In un giorno la fessura maggiore si è allargata: lunedì era di due "
                   "centimetri, ieri sera ha raggiunto i 2,4 centimetri.", day=4)
    c = _said("c", "La fessura maggiore, che a maggio era di due centimetri, all'ultimo "
                   "controllo misurava 3,6 centimetri.", day=30)
    assert [v for _, v, _ in _conflicts(a, b, c)] == [[2, 2.4, 3.6]]


def test_one_disagreement_is_shown_once_whatever_nouns_count_it():
    a = _report("a", _fig("5.000", "Al confine l'esercito ha 5.000 soldati.", 5000),
                _fig("5.000", "Al confine l'esercito ha 5.000 persone.", 5000, unit="people",
                     category="count"))
    b = _report("b", _fig("8.000", "Al confine l'esercito ha 8.000 soldati.", 8000),
                _fig("8.000", "Al confine l'esercito ha 8.000 persone.", 8000, unit="people",
                     category="count"))
    _, conflicts = compare([a, b])
    assert [[v.figure.value for v in c.values] for c in conflicts] == [[5000, 8000]]


def test_one_number_with_opposite_qualifiers_is_no_conflict():
    a = _report("a", _fig("meno di 50", "Al confine restano meno di 50 soldati.", 50,
                          qualifier="less than"))
    b = _report("b", _fig("oltre 50", "Al confine restano oltre 50 soldati.", 50,
                          qualifier="more than"))
    _, conflicts = compare([a, b])
    assert conflicts == []


def test_survivors_are_people_rescued_and_a_count_added_to_is_the_earlier_one():
    a = _said("a", "La nave della Ong ha tratto in salvo 52 persone. Gli indagati sono 12.",
              day=3)
    b = _said("b", "Sono 55 le persone sopravvissute: alle 52 salvate venerdì se ne sono "
              "aggiunte tre, ripescate da un peschereccio. Gli indagati sono saliti a 15: ai "
              "12 iniziali si sono aggiunti tre funzionari.", day=5)
    found = {about: values for about, values, _ in _conflicts(a, b)}
    assert found.get("people rescued") == [52, 55]
    assert found.get("people investigated") == [12, 15]


def test_a_town_whose_name_is_also_a_word_is_a_place_after_a_place_noun():
    first = _report_of("a", "Incendio sull'Intercity Notte nella galleria di Ortona, 200 evacuati",
                       "ORTONA - Un incendio a una carrozza dell'Intercity Notte Lecce-Milano ha "
                       "costretto Rfi a evacuare 200 passeggeri nella galleria di Ortona, sulla "
                       "linea adriatica. Otto persone sono state intossicate dal fumo e "
                       "portate all'ospedale di Chieti.", day=3)
    later = _report_of("b", "Fumo da un regionale vicino a Vasto, evacuati 80 passeggeri",
                       "Un principio d'incendio a una carrozza ha fermato un regionale sulla "
                       "linea adriatica tra le stazioni di Vasto e San Salvo: Rfi ha evacuato "
                       "80 passeggeri, due intossicati dal fumo portati all'ospedale di Chieti.",
                       "Il pensiero di molti è andato all'incendio dell'Intercity Notte nella "
                       "galleria di Ortona, quando furono evacuati 200 passeggeri.")
    from briefing.stories.frames import frame

    assert "vasto" in frame(later).places  # "vasto" is also an adjective
    assert sorted(map(sorted, _apart(first, later))) == [["a"], ["b"]]


def test_a_count_that_reached_a_level_is_a_count_not_a_name_or_an_altitude():
    a = _said("a", "Gli sfollati sono oltre 2.500.", day=3)
    b = _said("b", "Gli sfollati hanno raggiunto quota 4.100, ospitati nelle scuole.",
              "L'elicottero volava a quota 2.400 metri.", day=5)
    assert [(f.value, f.unit) for f in b.figures] == [(4100, "displaced"), (2400, "altitude")]
    assert [v for _, v, _ in _conflicts(a, b)] == [[2500, 4100]]


def test_months_back_from_an_event_told_with_an_elided_article():
    """"a cinque mesi dall'esplosione della X": the elided "dall'" dates the recalled event
    as surely as "dal"."""
    from briefing.stories.frames import long_ago

    other = _report_of("c", "Scoppio in una fabbrica di colori a Verdellino: un ferito",
                       "BERGAMO - Uno scoppio ha colpito ieri una fabbrica di colori a "
                       "Verdellino: un operaio è ferito. La paura è tornata nella Bergamasca a "
                       "cinque mesi dall'esplosione della Ferri Chimica di Castelnuovo, costata "
                       "la vita a due operai.")
    assert {"ferri", "chimica", "castelnuovo"} <= long_ago(other.article)


def test_two_people_quoted_with_a_number_each_are_no_rival_sides():
    # a commuter's fare and a union man's pay rise: each a speaker's number, no side's count
    a = _said("a", "Sciopero dei controllori, disagi in stazione.",
              "«Ora mi chiedono 160 euro per cambiare il biglietto», racconta Giulia Ferri.")
    b = _said("b", "Sciopero dei controllori, la trattativa.",
              "«Con 85 euro al mese non si paga l'affitto», ha detto Enzo Manca, della Filt.")
    assert _conflicts(a, b) == []
    # a side named in the text against a speaker's count stays a rival claim
    c = _said("c", "Presidio davanti ai cancelli.",
              "«Abbiamo contato almeno 60 infermieri in sciopero», dice Daniela Russo.")
    d = _said("d", "Presidio davanti ai cancelli.",
              "Secondo l'azienda gli infermieri in sciopero erano 35.")
    assert [v for _, v, _ in _conflicts(c, d)] == [[60, 35]]


def test_an_event_recalled_as_months_after_is_another_story():
    """"Otto mesi dopo la tragedia di X" opens a report of a new accident on the same line:
    the names after it are the earlier event's, as with "a otto mesi dal crollo di X"."""
    first = _report_of("a", "Bus contro un muro sulla statale del Brennero a Vipiteno: morto "
                       "l'autista, 20 feriti",
                       "(ANSA) - BOLZANO, 4 APR - Un autobus della Sasa Trasporti si è "
                       "schiantato contro il muro di una galleria a Vipiteno, sulla statale del "
                       "Brennero. L'autista è morto, venti passeggeri sono feriti.")
    second = _report_of("b", "Vipiteno, il giorno dopo: la Sasa Trasporti sospende la linea",
                        "VIPITENO – La Sasa Trasporti ha sospeso la linea del Brennero dopo lo "
                        "schianto di ieri a Vipiteno. Dei venti feriti, sei restano ricoverati.")
    other = _report_of("c", "Statale del Brennero, autobus della Sasa Trasporti fuori strada: "
                       "cinque passeggeri contusi",
                       "FORTEZZA – Otto mesi dopo la tragedia di Vipiteno, un altro autobus "
                       "della Sasa Trasporti è finito fuori strada sulla statale del Brennero, "
                       "a Fortezza. Cinque passeggeri sono rimasti contusi, l'autista è "
                       "ricoverato.")
    groups = _apart(first, second, other)
    assert {"a", "b"} in groups and {"c"} in groups


def test_history_told_in_a_simple_past_in_se_or_i_is_not_compared():
    # the day's toll is 2, then 3; the 3 killed in 2019 are history, not the 3 of day two
    a = _said("a", "Crolla un capannone a Schio: due operai morti.",
              "L'ultimo crollo simile risale al 2019, quando il cedimento di una trave uccise "
              "tre operai.", day=3)
    b = _said("b", "Capannone crollato a Schio, le vittime salgono a tre.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[2, 3]]
    c = _said("c", "Tromba d'aria a Schio: quattro feriti.",
              "Nel 2018 una tromba d'aria colpì la stessa zona: i feriti furono sei.", day=3)
    d = _said("d", "Tromba d'aria a Schio, i feriti salgono a sei.", day=4)
    assert [v for _, v, _ in _conflicts(c, d)] == [[4, 6]]


def test_a_reference_explained_names_the_other_event():
    """"Il riferimento è all'incendio che a marzo, nella scuola di X, …": the sentence says
    which earlier event the words before meant; its places are that event's."""
    first = _report_of("a", "Incendio nella scuola media di Lugo: evacuati 300 alunni",
                       "LUGO – Un incendio è divampato nella palestra della scuola media "
                       "Baracca di Lugo: 300 alunni evacuati, due bidelli intossicati.")
    other = _report_of("c", "Fumo nella scuola elementare di Bagnacavallo, evacuati 120 bambini",
                       "BAGNACAVALLO – Un principio d'incendio nella centrale termica della "
                       "scuola elementare Mazzini di Bagnacavallo ha costretto all'evacuazione "
                       "di 120 bambini. Un bidello è rimasto intossicato.",
                       "«Dopo quello che si è visto, ho avuto paura», dice una maestra. Il "
                       "riferimento è all'incendio che a marzo, nella scuola media Baracca di "
                       "Lugo, ha costretto all'evacuazione di 300 alunni.")
    groups = _apart(first, other)
    assert {"a"} in groups and {"c"} in groups


def test_the_whole_of_a_part_restating_a_count_joins_its_conflict():
    a = _said("a", "Voragine a Posillipo: sgomberate 28 famiglie.", day=3)
    b = _said("b", "Voragine a Posillipo, sgomberate altre sette famiglie: in tutto sono 35 "
                   "famiglie sgomberate.", day=4)
    c = _said("c", "Voragine a Posillipo, ieri 20 delle 35 famiglie sgomberate sono potute "
                   "rientrare.", day=6)
    found = _conflicts(a, b, c)
    assert [sorted(v) for _, v, _ in found] == [[28, 35, 35]], found


def test_one_side_alone_against_the_other_side_of_an_article_giving_both():
    a = _said("a", "Corteo dei pescatori a Chioggia.",
              "Secondo gli organizzatori hanno sfilato circa 2.000 persone.")
    b = _said("b", "Corteo dei pescatori a Chioggia, il giorno dopo.",
              "Sulla partecipazione le cifre divergono: circa 2.000 persone secondo gli "
              "organizzatori, circa 700 secondo la questura.")
    found = _conflicts(a, b)
    assert [(sorted(v), kind) for _, v, kind in found] == [([700, 2000], "claims")], found


def test_almost_a_round_amount_and_one_just_under_it_agree():
    a = _said("a", "Sequestrati a Gioia Tauro pneumatici contraffatti per un valore di 1,9 "
                   "milioni di euro.")
    b = _said("b", "Pneumatici contraffatti, la merce sequestrata a Gioia Tauro vale quasi "
                   "due milioni di euro.")
    assert _conflicts(a, b) == []
    c = _said("c", "Sequestrati a Gioia Tauro pneumatici contraffatti per un valore di 1,5 "
                   "milioni di euro.")
    assert [sorted(v) for _, v, _ in _conflicts(c, b)] == [[1_500_000, 2_000_000]]


def test_shares_of_a_total_are_not_set_against_another_total():
    # the shares add up to the total right before them: where the injured are, not a count
    a = _said("a", "I feriti sono 7: 5 a Genova e 2 a Savona.")
    b = _said("b", "Sono 5 le persone rimaste ferite nell'incidente.")
    assert _conflicts(a, b) == [("people injured", [7, 5], "differ")]
    # numbers that do not add up to it are counts of their own, compared as before
    c = _said("c", "I passeggeri bloccati sono 58, 43 dei quali stranieri, e 9 i bambini.")
    d = _said("d", "Tra i 61 passeggeri bloccati, 9 bambini.")
    assert [v for _, v, _ in _conflicts(c, d)] == [[58, 61]]


def test_households_moved_out_are_compared_with_households_moved_out():
    a = _said("a", "Le famiglie sgomberate salgono a 35, mentre 12 persone sono ancora "
                   "ospitate in albergo.", day=3)
    b = _said("b", "Sono 30 le famiglie evacuate dalla palazzina.", day=2)
    assert [v for _, v, _ in _conflicts(a, b)] == [[30, 35]]


def _dated(aid: str, title: str, *paragraphs: str, when=None, dateline=None):
    from briefing.data import Paragraph, Sentence
    from briefing.read.segmenting import split_sentences

    article = Article(id=aid, path=None, title_it=title, date=when, dateline_day=dateline,
                      paragraphs=[Paragraph([Sentence(s) for s in split_sentences(p)])
                                  for p in paragraphs])
    return extract(article, Options())


def test_an_event_an_article_dates_months_back_is_another_story():
    """An agency report dated by day and month only, and a later report of another accident
    on the same line that tells that one as history, with its date."""
    from datetime import date

    first = _dated("a", "Deraglia un treno merci a Vellano: un morto e 300 evacuati",
                   "LUCCA, 18 marzo - Un treno merci carico di ammoniaca è deragliato nella "
                   "notte alle porte di Vellano, sulla linea Porrettana. Un morto e quattro "
                   "feriti; circa 300 persone sono state evacuate.", dateline=(3, 18))
    later = _dated("b", "Merci deragliato sulla Porrettana a Pracchia: due feriti",
                   "PISTOIA - Un treno merci è deragliato nella notte sulla linea Porrettana, "
                   "a Pracchia. Due feriti lievi, i macchinisti. Evacuate 80 persone.",
                   "Il paragone con Vellano è inevitabile. Il 17 marzo 2025 un merci carico "
                   "di ammoniaca deragliò alle porte del paese: morì un macchinista e 300 "
                   "persone lasciarono le case.", when=date(2026, 2, 2))
    assert len(_apart(first, later)) == 2
    # the same with a day said as past ("il 17 marzo scorso"), no year
    again = _dated("c", "Merci deragliato sulla Porrettana a Pracchia: due feriti",
                   "PISTOIA - Un treno merci è deragliato nella notte sulla linea Porrettana, "
                   "a Pracchia, dove il 17 marzo scorso un merci carico di ammoniaca uscì dai "
                   "binari alle porte di Vellano, uccidendo un macchinista. Due feriti lievi.",
                   when=date(2025, 11, 2))
    assert len(_apart(first, again)) == 2
    # a report of the same derailment on the next day stays with the first
    next_day = _dated("d", "Vellano, il giorno dopo il deragliamento del merci",
                      "Vellano si risveglia dopo il deragliamento del treno merci carico di "
                      "ammoniaca sulla linea Porrettana: i 300 evacuati restano fuori casa.",
                      when=date(2025, 3, 19))
    assert {"a", "d"} in _apart(first, next_day)


def test_a_firms_case_told_again_months_on_is_one_story():
    from datetime import date

    arrests = _dated("a", "Bancarotta di Sole Viaggi: sequestri per 4 milioni, due arresti",
                     "BARI - Sono oltre mille i clienti rimasti a terra dopo il crac di Sole "
                     "Viaggi, il tour operator barese fallito l'anno scorso. La procura "
                     "contesta una bancarotta da 6,8 milioni.", when=date(2026, 2, 24))
    verdict = _dated("b", "Crac Sole Viaggi, quattro anni al fondatore",
                     "Quattro anni di reclusione al fondatore di Sole Viaggi, il tour operator "
                     "barese fallito con 12 milioni di debiti: lo ha deciso il tribunale di "
                     "Bari.", when=date(2026, 11, 18))
    assert {"a", "b"} in _apart(arrests, verdict)
    # two protests months apart, their titles sharing a union's name, stay apart
    march = _dated("c", "Trattori in piazza a Cremona con Terra Viva",
                   "CREMONA - Mille trattori in piazza con Terra Viva contro i prezzi del "
                   "latte.", when=date(2026, 2, 24))
    october = _dated("d", "Terra Viva torna in piazza a Cremona",
                     "CREMONA - Di nuovo i trattori in piazza con Terra Viva contro i prezzi "
                     "del latte.", when=date(2026, 10, 2))
    assert len(_apart(march, october)) == 2


def test_an_event_recalled_a_year_back_in_the_same_port_is_another_story():
    """A yearless agency report of a collision, a report of it dated the next day, and an
    accident in the same port a year on that recalls it ("quasi un anno fa", "dell'anno
    scorso", "a meno di undici mesi dal …")."""
    from datetime import date

    first = _dated("a", "Aliscafo contro traghetto nel porto di Tindari: tre morti",
                   "MESSINA, 9 AGO - L'aliscafo Eolo Jet si è scontrato con il traghetto Capo "
                   "Tindari nel porto di Tindari: tre morti e 38 feriti.", dateline=(8, 9))
    next_day = _dated("b", "Tindari, sale a quattro il bilancio dello scontro in porto",
                      "Sale a quattro il numero dei morti dello scontro tra l'aliscafo Eolo Jet "
                      "e il traghetto Capo Tindari nel porto di Tindari.", when=date(2025, 8, 10))
    for recall in ("L'incidente è avvenuto a pochi metri dal punto in cui, quasi un anno fa, "
                   "l'aliscafo Eolo Jet si scontrò con il traghetto Capo Tindari.",
                   "Molti hanno pensato alla notte del 9 agosto dell'anno scorso, allo scontro "
                   "nello stesso porto."):
        later = _dated("c", "Aliscafo urta la banchina nel porto di Tindari: 14 feriti",
                       "TINDARI - L'aliscafo Sole Jet ha urtato la banchina durante "
                       "l'attracco nel porto di Tindari: 14 feriti lievi.", recall,
                       when=date(2026, 8, 3))
        assert sorted(map(sorted, _apart(first, next_day, later))) == [["a", "b"], ["c"]]


def test_a_yearless_dateline_takes_the_year_of_a_report_days_from_it():
    from datetime import date

    first = _dated("a", "Rogo nell'hotel Rododendro a Vione: due morti",
                   "BRESCIA, 18 GEN - Un incendio ha distrutto nella notte l'hotel Rododendro "
                   "di Vione: due morti e 20 feriti.", dateline=(1, 18))
    after = _dated("b", "Vione, sale a tre il bilancio del rogo dell'hotel Rododendro",
                   "Sale a tre il numero dei morti dell'incendio dell'hotel Rododendro di "
                   "Vione.", when=date(2026, 1, 19))
    months_on = _dated("c", "Incendio in un residence a Vione: un morto",
                       "BRESCIA - Un incendio è scoppiato nella notte a Vione, nel residence "
                       "Stelle accanto all'hotel Rododendro: un morto e 20 feriti. Le fiamme "
                       "hanno distrutto il tetto.",
                       when=date(2026, 12, 6))
    assert sorted(map(sorted, _apart(first, after, months_on))) == [["a", "b"], ["c"]]


def test_a_yearless_report_a_year_on_that_recalls_the_event_by_its_date_is_another_story():
    """An agency report with a yearless dateline a week after another event's day, which
    tells that event with its date and year, in the pluperfect, as a year back ("il paragone
    con l'anno scorso"): dated the year after, so not in that event's story."""
    from datetime import date

    first = _dated("a", "Giostra bloccata alla fiera di Sant'Orso: 15 feriti",
                   "La giostra Super Loop si è bloccata ieri sera alla fiera di Sant'Orso di "
                   "Aosta: 15 feriti e 30 persone rimaste appese a testa in giù. Sul posto i "
                   "vigili del fuoco con due autoscale.", when=date(2025, 1, 30))
    next_day = _dated("b", "Fiera di Sant'Orso, i feriti della giostra salgono a 17",
                      "Salgono a 17 i feriti della giostra Super Loop bloccata alla fiera di "
                      "Sant'Orso di Aosta; 30 persone erano rimaste appese.",
                      when=date(2025, 1, 31))
    later = _dated("c", "",
                   "(ANSA) - AOSTA, 4 febbraio - Una giostra si è fermata ieri sera alla fiera "
                   "di Sant'Orso di Aosta per un blackout: 20 persone bloccate, nessun ferito. "
                   "Sul posto i vigili del fuoco con due autoscale.",
                   "Il paragone con l'anno scorso era inevitabile. Il 30 gennaio 2025 la "
                   "giostra Super Loop si era bloccata per un guasto al motore.", dateline=(2, 4))
    assert sorted(map(sorted, _apart(first, next_day, later))) == [["a", "b"], ["c"]]
    # told without a year back, the same day with its year is the event's own
    same = _dated("d", "",
                  "(ANSA) - AOSTA, 4 febbraio - Riapre la fiera di Sant'Orso di Aosta dopo lo "
                  "stop della giostra Super Loop, ferma da cinque giorni. Il 30 gennaio 2025 la "
                  "giostra si era bloccata con 30 persone a bordo.", dateline=(2, 4))
    assert {"a", "b", "d"} in _apart(first, next_day, same)


def test_one_persons_age_a_year_apart_in_two_outlets_is_a_conflict():
    a = _said("a", "Tra le vittime c'è Carmine Russo, 55enne di Atripalda, operaio della "
                   "fabbrica.", day=3)
    b = _said("b", "È morto anche Carmine Russo, 56 anni, che lavorava nella fabbrica da "
                   "vent'anni.", day=3)
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[55, 56]]
    c = _said("c", "È stato trovato il corpo del 56enne Carmine Russo.", day=3)
    assert [sorted(v) for _, v, _ in _conflicts(a, c)] == [[55, 56]]
    # small whole numbers are never one number rounded; approximations may be
    d = _said("d", "I feriti sono 98.", day=3)
    e = _said("e", "Si contano 99 feriti.", day=3)
    assert [sorted(v) for _, v, _ in _conflicts(d, e)] == [[98, 99]]
    f = _said("f", "I feriti sono circa 98.", day=3)
    assert _conflicts(e, f) == []


def test_an_unnamed_age_is_the_named_persons_when_both_say_what_and_where_from():
    """"una cameriera di 41 anni" in one outlet, "Elisa Conti, 42enne cameriera di Sondrio"
    in another: one person, an age told a year apart. "il custode dello stabile, un 63enne"
    and "il custode Aldo Ferri, 64 anni" alike; "un 39enne di Bormio" and "Piero Lenti, 40
    anni, di Bormio" by the town. Nothing joins two plain people ("un uomo di 70 anni",
    "un uomo di 71"), nor ages far apart."""
    a = _said("a", "Tra i feriti c'è una cameriera di 41 anni, trasportata in ospedale.", day=3)
    b = _said("b", "In gravi condizioni Elisa Conti, 42enne cameriera di Sondrio.", day=4)
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[41, 42]]
    c = _said("c", "A dare l'allarme è stato il custode dello stabile, un 63enne.", day=3)
    d = _said("d", "L'allarme lo ha dato il custode Aldo Ferri, 64 anni.", day=4)
    assert [sorted(v) for _, v, _ in _conflicts(c, d)] == [[63, 64]]
    e = _said("e", "Nell'auto viaggiava un 39enne di Bormio, rimasto illeso.", day=3)
    f = _said("f", "Al volante c'era Piero Lenti, 40 anni, di Bormio.", day=4)
    assert [sorted(v) for _, v, _ in _conflicts(e, f)] == [[39, 40]]
    g = _said("g", "Soccorso anche un uomo di 70 anni.", day=3)
    h = _said("h", "È ricoverato un uomo di 71 anni.", day=4)
    i = _said("i", "Tra i feriti c'è anche una cameriera di 25 anni.", day=4)
    assert _conflicts(g, h) == [] and _conflicts(a, i) == []


def test_a_new_event_of_its_kind_dates_the_one_before_by_the_day_it_tells():
    first = _dated("a", "Colata di fango a Cevo, cinque morti",
                   "BRESCIA, 20 OTT - Una colata di fango ha travolto nella notte la frazione "
                   "di Fresine a Cevo: cinque morti e 11 feriti, 140 evacuati.", dateline=(10, 20))
    again = _dated("b", "Nuova colata di fango a Cevo, evacuate 63 persone",
                   "CEVO - Di nuovo il fango, di nuovo Cevo. Una colata di detriti si è "
                   "staccata ieri sera dal canalone sopra la frazione di Fresine: 63 evacuati.",
                   "Il pensiero è andato alla notte del 20 ottobre, quando la colata aveva "
                   "ucciso cinque persone a Fresine.")
    assert len(_apart(first, again)) == 2


def test_a_courts_hearing_months_on_is_the_crimes_story():
    from datetime import date

    arrests = _dated("a", "Furti di rame sui binari, nove arresti: danni per 3 milioni a Rfi",
                     "FOGGIA - Nove misure cautelari per i furti di rame lungo la linea "
                     "ferroviaria tra Cerignola e Orta Nova: 140 tonnellate di cavi rubati, "
                     "danni per oltre 3 milioni.", when=date(2026, 3, 5))
    hearing = _dated("b", "Rame rubato sulla linea per Cerignola, sette patteggiamenti",
                     "Sette patteggiamenti e nove riti abbreviati davanti al gup del Tribunale "
                     "di Foggia per i furti di rame lungo la linea tra Cerignola e Orta Nova: "
                     "150 tonnellate di cavi, danni per 3,6 milioni. Tra gli imputati il "
                     "titolare di una ditta di rottami di Caserta.", when=date(2026, 10, 14))
    assert {"a", "b"} in _apart(arrests, hearing)


def test_a_toll_of_one_said_as_a_word_is_updated_like_any_other():
    """"un morto e 40 evacuati", then "le vittime salgono a due", then "il bilancio
    definitivo è di tre morti" beside "i funerali delle prime due vittime"."""
    a = _report_of("a", "Esplode una palazzina a Lodi, un morto e 40 evacuati",
                   "Un uomo è stato trovato senza vita sotto le macerie.", day=3)
    b = _report_of("b", "Palazzina esplosa a Lodi, le vittime salgono a due",
                   "Nella notte è morta in ospedale una donna di 70 anni.", day=4)
    c = _report_of("c", "Lodi, il bilancio definitivo è di tre morti",
                   "Sabato i funerali delle prime due vittime.", day=6)
    assert ("people killed", [1, 2, 3], "update") in _conflicts(a, b, c)


def test_people_investigated_then_charged_are_one_count():
    """"sette persone indagate" at the raids, "Gli imputati sono nove" at the hearing, and
    "iscritto nel registro degli indagati quattro persone": one count of the case, told apart
    from the arrests."""
    a = _said("a", "All'alba quattro arresti: sono sette le persone indagate per truffa.", day=3)
    b = _said("b", "Gli imputati sono nove, due in più rispetto all'inchiesta.", day=20)
    assert _conflicts(a, b) == [("people investigated", [7, 9], "update")]
    c = _said("c", "La Procura ha iscritto nel registro degli indagati quattro persone.")
    assert [f.role for f in c.figures if f.value == 4] == ["investigated"]


def test_an_amount_said_without_what_it_is_joins_the_conflict_it_restates():
    """"un'opera da 80 milioni", "un investimento da ottanta milioni", then "il costo è salito
    a 95 milioni": the first source restates the second's value — all three are shown."""
    a = _said("a", "Il comitato si oppone alla nuova diga, un'opera da 80 milioni di euro.", day=3)
    b = _said("b", "La nuova diga, un investimento da ottanta milioni di euro, divide la valle.",
              day=3)
    c = _said("c", "Intanto il costo complessivo dei lavori è salito a 95 milioni di euro.", day=9)
    assert [(about, values) for about, values, _ in _conflicts(a, b, c)] == [
        ("cost (EUR)", [80_000_000, 80_000_000, 95_000_000])]


def test_a_report_a_year_on_stays_apart_from_the_undated_copy_of_the_first_event():
    """The first event's undated agency copy is much like the report of a new storm on the
    same festival a year later, which recalls it; the first event's dated report is a year
    before that one. The year between them keeps the new storm a story of its own."""
    from datetime import date

    a = _dated("a", "Nubifragio sul festival Lago Sound a Torre del Lago, tre morti e 40 feriti",
               "Un violento temporale con raffiche di vento ha abbattuto gli alberi sul "
               "campeggio del festival Lago Sound a Torre del Lago. Tre ragazzi sono morti e "
               "i feriti sono 40. Evacuati 1.200 campeggiatori, dice il prefetto Mario Bianchi.")
    b = _dated("b", "Lago Sound, le vittime restano tre. La procura apre un'inchiesta",
               "La procura ha aperto un'inchiesta sul temporale che sabato ha abbattuto gli "
               "alberi sul campeggio del festival Lago Sound a Torre del Lago: tre ragazzi morti, "
               "40 feriti, 1.200 campeggiatori evacuati. Il prefetto Mario Bianchi ha "
               "proclamato il lutto.", when=date(2025, 7, 21))
    c = _dated("c", "Temporale sul festival Lago Sound un anno dopo, evacuato il campeggio",
               "Stesso festival, quasi la stessa data. Ieri un temporale ha costretto gli "
               "organizzatori del Lago Sound a Torre del Lago a fermare i concerti e a far uscire "
               "dalle tende 900 campeggiatori: cinque feriti lievi. Un anno fa il nubifragio "
               "uccise tre ragazzi. «Il piano ha funzionato», dice il prefetto Mario Bianchi.",
               when=date(2026, 7, 20))
    assert _apart(a, b, c) == [{"a", "b"}, {"c"}]


def test_two_sides_counts_in_one_article_are_never_one_group():
    """The unions' 80% then 85%, the company's 30% beside the 85% in one article, and the
    company's 30% again in a third: the company's two agree, the unions' two differ — the
    article that gives both never lends its company count to the unions' row."""
    from briefing.stories.conflicts import compare

    a = _said("a", "Secondo i sindacati a mezzogiorno l'adesione è oltre l'80%.", day=3)
    b = _said("b", "A fine turno i sindacati rivendicano un'adesione dell'85 per cento, mentre "
                   "per l'azienda si è fermato il 30%.", day=3)
    c = _said("c", "Secondo i dati dell'azienda ha aderito allo sciopero il 30 per cento del "
                   "personale in turno.", day=4)
    union = [c for c in compare([a, b, c])[1] if any(v.figure.value == 85 for v in c.values)]
    assert [(v.article, v.figure.value) for v in union[0].values if v.article != "c"] == [
        ("a", 80), ("b", 85)]


def test_a_bribery_case_and_the_prosecutors_requests_months_on_are_one_story():
    """"Tangenti per le licenze, quattro arresti in Comune" and, eight months later, "il pm
    chiede cinque anni … al termine della requisitoria": the court's hearing of the case."""
    from datetime import date

    a = _dated("a", "Tangenti per le licenze edilizie, quattro arresti al Comune di Garda",
               "All'alba la Guardia di Finanza ha arrestato il dirigente dell'ufficio tecnico "
               "del Comune di Garda, Marco Bellini, e tre imprenditori: secondo la Procura di "
               "Verona avrebbero pagato tangenti per 200mila euro in cambio di licenze.",
               when=date(2025, 9, 10))
    b = _dated("b", "Tangenti al Comune di Garda, il pm chiede cinque anni per Bellini",
               "VERONA – Cinque anni di reclusione per l'ex dirigente dell'ufficio tecnico del "
               "Comune di Garda, Marco Bellini: è la richiesta del pubblico ministero al "
               "termine della requisitoria. Secondo l'accusa avrebbe intascato tangenti per "
               "200mila euro in cambio di licenze edilizie.", when=date(2026, 5, 12))
    assert _apart(a, b) == [{"a", "b"}]


@pytest.mark.parametrize("recall", [
    "A tre mesi dall'intossicazione di Bellante, nel Teramano torna la paura del botulino.",
    "A poco più di un anno dalla tragedia di via dei Mandorli, ancora paura a Bellante.",
])
def test_a_report_from_elsewhere_recalling_the_event_months_back_is_another_story(recall):
    """A later case in another town of the province that recalls the first "a tre mesi da"
    its town — named only in the first reports' leads, not their titles — and shares their
    hospital and health authority: two stories."""
    first = _report_of("a", "Botulino, un morto e otto ricoverati dopo i panini di un chiosco",
                       "(ANSA) - TERAMO, 12 LUG - Un uomo di 60 anni è morto e otto persone "
                       "sono ricoverate all'ospedale Mazzini di Teramo dopo aver mangiato a "
                       "Bellante, in via dei Mandorli, panini con verdure sott'olio. La Asl di "
                       "Teramo ha chiesto l'antitossina al ministero.")
    second = _report_of("b", "Botulino, sale a due il numero dei morti. Tre indagati",
                        "È morta all'ospedale Mazzini di Teramo la donna di 71 anni "
                        "intossicata in via dei Mandorli a Bellante: le vittime sono due. La "
                        "Asl di Teramo conta undici "
                        "ricoverati e la procura indaga tre persone.")
    other = _report_of("c", None,
                       recall + " Due persone sono ricoverate all'ospedale Mazzini di Teramo "
                       "dopo una cena con funghi sott'olio alla sagra di Mosciano Sant'Angelo. "
                       "La Asl di Teramo ha chiesto l'antitossina al ministero.")
    groups = _apart(first, second, other)
    assert {"a", "b"} in groups and {"c"} in groups


def test_clothes_counted_with_di_or_d_apostrophe_are_one_count():
    a = _said("a", "Sequestrati oltre 180mila capi di abbigliamento in sette aziende.", day=3)
    b = _said("b", "Il sequestro riguarda 185mila capi d'abbigliamento falsi.", day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[180_000, 185_000]]


def test_a_storm_at_a_campsite_told_with_an_agency_dateline_and_by_a_daily_is_one_story():
    """"(ANSA) - LATINA, 18 AGO -" names where it was filed past the agency's tag, and
    "il campeggio "Le Dune" di Sabaudia" puts the event at Sabaudia: the daily that names
    only the campsite's town and its dead is the same storm, not one somewhere else."""
    first = _report_of("a", "Nubifragio su un campeggio nel Pontino, due morti",
                       "(ANSA) - LATINA, 18 AGO - Due morti e 20 feriti. È il bilancio del "
                       "nubifragio che all'alba ha investito nel Pontino il campeggio "
                       "\"Le Dune\" di Sabaudia. Raffiche fino a 110 chilometri orari "
                       "hanno sradicato i pini sulle tende.", day=18)
    later = _report_of("b", "Sabaudia, sale a tre il bilancio delle vittime",
                       "Lo hanno trovato ieri sera i volontari arrivati da Terracina: il "
                       "corpo di Marco Ferri, 26 anni, animatore del campeggio \"Le Dune\" "
                       "di Sabaudia. Sale "
                       "così a tre il numero delle vittime del nubifragio. Oltre a Ferri "
                       "hanno perso la vita un pensionato e una turista.", day=19)
    other = _report_of("c", "Sabaudia, il festival del cinema apre con 3mila spettatori",
                       "Sabaudia ha aperto ieri sera il suo festival del cinema sul lungolago, "
                       "con tremila spettatori e la proiezione di un film restaurato. Il "
                       "direttore artistico Paolo Conti ha presentato dodici opere prime in "
                       "concorso, girate tra Roma, Napoli e Torino da registi under 35.", day=19)
    groups = _apart(first, later, other)
    assert {"a", "b"} in groups and {"c"} in groups


def test_an_untitled_report_of_a_new_collapse_recalling_the_first_by_its_day_is_apart():
    """"Di nuovo le mura … il 3 marzo scorso, un altro cedimento aveva ucciso quattro
    persone": a new event that dates the one before it; the reports dated that day are of
    the other event, so it stays apart however an undated follow-up of the first links it."""
    a = _report_of("a", "Crolla un tratto delle mura di Montebello: due morti e tre feriti",
                   "MONTEBELLO – Un tratto di circa 30 metri della cinta muraria medievale di "
                   "Montebello è crollato questa mattina su via Circonvallazione, travolgendo "
                   "due auto. I vigili del fuoco hanno estratto due corpi dalle macerie; tre "
                   "feriti.", day=3)
    b = _report_of("b", "Montebello, sale a quattro il bilancio del crollo delle mura",
                   "È salito a quattro morti il bilancio del crollo delle mura di Montebello. "
                   "Evacuate 64 persone da via Circonvallazione, nove edifici inagibili.", day=4)
    c = _report_of("c", "Montebello, dopo il crollo delle mura l'inchiesta sui lavori mai fatti",
                   "Due giorni dopo il crollo che ha ucciso quattro persone, Montebello si "
                   "interroga sui 450mila euro stanziati per il consolidamento delle mura. "
                   "Evacuate 64 persone, nove edifici inagibili in via Circonvallazione.")
    d = _report_of("d", None,
                   "MONTEBELLO – Di nuovo le mura, di nuovo la paura. Nella notte un tratto di "
                   "circa 12 metri della cinta muraria è crollato vicino a Porta Vicenza, a "
                   "meno di un chilometro dal punto in cui, il 3 marzo scorso, un altro "
                   "cedimento aveva ucciso quattro persone in via Circonvallazione. Due "
                   "passanti feriti, evacuate 14 persone. Allora il bilancio fu di quattro "
                   "morti e 64 sfollati.")
    groups = _apart(a, b, c, d)
    assert {"a", "b", "c"} in groups and {"d"} in groups


def test_a_report_recalling_a_poisoning_a_month_back_is_another_story():
    """"A poco più di un mese dalla tragedia di Careggine": the village the title names is
    another event's, a month on (the dateline "PIAZZA AL SERCHIO –" names its own)."""
    first = _report_of("a", "Funghi killer all'osteria La Pania di Careggine, tre morti",
                       "CAREGGINE. È salito a tre il numero delle vittime del pranzo di "
                       "domenica all'osteria La Pania di Careggine: nella notte è morto un "
                       "pensionato di 71 anni. Due trapianti di fegato a Pisa.", day=3)
    later = _report_of("b", "Piazza al Serchio, famiglia intossicata dai funghi: quattro "
                       "ricoverati",
                       "PIAZZA AL SERCHIO – A poco più di un mese dalla tragedia di "
                       "Careggine, la valle torna a fare i conti con l'Amanita. Cinque "
                       "persone della stessa famiglia si sono sentite male dopo una frittata "
                       "di funghi; quattro ricoverate, il nonno in lista per un trapianto a "
                       "Pisa.", day=28)
    from briefing.stories.frames import frame

    recalling = frame(later)
    assert "careggine" in recalling.long_ago and {"piazza", "serchio"} <= recalling.places
    assert "careggine" in frame(first).places
    groups = _apart(first, later)
    assert {"a"} in groups and {"b"} in groups


def test_children_among_the_people_taken_to_hospital_are_one_count_across_reports():
    """"tra cui tre bambini" and, a day on, "tra cui quattro bambini": the children among the
    people of the event, told by two reports — one quantity, like the toll they are part of."""
    a = _said("a", "La cabina è rimasta bloccata per sei ore sopra il bosco.",
              "Sette persone sono state portate in ospedale per principio di ipotermia, tra "
              "cui tre bambini: nessuna è grave.", day=3)
    b = _said("b", "La procura ha aperto un fascicolo sul guasto della funivia.",
              "Sono nove le persone ricoverate tra Cavalese e Trento, tra cui quattro "
              "bambini.", day=4)
    assert [3, 4] in [v for _, v, _ in _conflicts(a, b)]


def test_what_a_work_cost_said_with_its_participle_is_its_cost():
    """"L'opera è costata 14,6 milioni" and "il costo complessivo … 15,8 milioni": one
    cost, two values."""
    a = _said("a", "L'opera è costata 14,6 milioni di euro, tra Regione e Comuni.", day=3)
    b = _said("b", "Il costo complessivo dell'opera è salito a 15,8 milioni di euro.", day=9)
    assert [a.figures[0].subject, b.figures[0].subject] == ["cost", "cost"]
    assert [14_600_000, 15_800_000] in [v for _, v, _ in _conflicts(a, b)]


def test_a_part_of_a_sum_is_not_set_against_another_reports_total():
    """"costata 14,6 milioni, di cui 9,8 dal Pnrr": the 9,8 is a part of the cost; the other
    report's 15,8 million total is set against the 14,6, never against the part."""
    a = _said("a", "La nuova ala è stata inaugurata ieri.",
              "L'opera è costata 14,6 milioni di euro, di cui 9,8 arrivati dal Pnrr.", day=3)
    b = _said("b", "Il consiglio ha approvato la variazione di bilancio.",
              "Il costo complessivo dell'opera è salito a 15,8 milioni di euro.", day=9)
    part = next(f for f in a.figures if f.value == 9_800_000)
    assert part.part_of == "sum"
    assert [v for _, v, _ in _conflicts(a, b)] == [[14_600_000, 15_800_000]]


def test_a_place_or_verb_with_a_capital_before_a_name_does_not_hide_the_persons_age():
    a = _said("a", "È morta nella notte all'ospedale di Perugia Giovanna Bettini, 63 anni, "
                   "maestra in pensione.", day=3)
    b = _said("b", "Le vittime sono due: Giovanna Bettini, insegnante di 65 anni, e il "
                   "marito.", day=4)
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[63, 65]]
    c = _said("c", "Sono Lorenzo Fabbri, 41 anni, e Paolo Nardi, 38 anni, i due operai.", day=3)
    d = _said("d", "Con Lorenzo Fabbri, 42 anni, è morto anche un collega.", day=4)
    assert [sorted(v) for _, v, _ in _conflicts(c, d)] == [[41, 42]]
    # another person with the same surname is another age
    e = _said("e", "È morta all'ospedale di Perugia Anna Bettini, 61 anni.", day=4)
    assert _conflicts(a, e) == []


def test_a_new_outbreak_recalling_the_first_by_its_month_or_numbers_is_another_story():
    """A report of a new outbreak at the same hotel, written in September, that recalls the
    July one in the pluperfect: a July report is the earlier outbreak, and so is an undated
    one that gives as its own the numbers the new report recalls."""
    from datetime import date

    first = _dated("a", "Gastroenterite all'hotel Belvedere di Maratea, 58 ospiti colpiti",
                   "MARATEA - Sono 58 gli ospiti dell'hotel Belvedere di Maratea colpiti da "
                   "una gastroenterite: dodici sono stati ricoverati all'ospedale di Lagonegro.",
                   when=date(2025, 7, 12))
    undated = _dated("b", "Gastroenterite al Belvedere, i casi salgono",
                     "Salgono a 81 le persone colpite dalla gastroenterite all'hotel Belvedere "
                     "di Maratea: settanta ospiti e undici dipendenti. Restano ricoverati in "
                     "quattro all'ospedale di Lagonegro.")
    again = _dated("c", "Maratea, nuovo focolaio di gastroenterite all'hotel Belvedere",
                   "MARATEA - Nuovo focolaio di gastroenterite all'hotel Belvedere di Maratea: "
                   "23 ospiti di un gruppo di pensionati accusano vomito e febbre, due sono "
                   "ricoverati a Lagonegro.",
                   "A metà luglio, nello stesso albergo, la gastroenterite aveva colpito 81 "
                   "persone, settanta ospiti e undici dipendenti.", when=date(2025, 9, 10))
    stories = _apart(first, undated, again)
    assert {"a", "b"} in stories and {"c"} in stories


def test_a_new_attack_recalling_the_first_in_the_remote_past_is_another_story():
    """A report written in May of a new attack by stray dogs, that recalls "quanto accaduto
    lo scorso gennaio, quando un branco … aggredì": the January report and an undated one
    that gives the January numbers are the earlier attack, not the new one."""
    from datetime import date

    first = _dated("a", "Branco di randagi aggredisce passanti a Orta Nova, quattro feriti",
                   "ORTA NOVA - Un branco di undici cani randagi ha aggredito quattro persone "
                   "all'uscita dal campo sportivo di via Leopardi a Orta Nova.",
                   when=date(2026, 1, 18))
    undated = _dated("b", "Orta Nova, i feriti del branco salgono a sei",
                     "Salgono a sei le persone morse dal branco di randagi all'uscita dal campo "
                     "sportivo di Orta Nova: tra loro due bambini. Catturati otto cani.")
    again = _dated("c", "Orta Nova, di nuovo i randagi: morso un ciclista",
                   "ORTA NOVA - Di nuovo i randagi a Orta Nova: un ciclista di 45 anni è stato "
                   "morso ieri da un branco di cinque cani lungo la provinciale.",
                   "L'episodio riporta alla memoria quanto accaduto lo scorso gennaio, quando "
                   "un branco di undici cani aggredì sei persone all'uscita dal campo "
                   "sportivo.", when=date(2026, 5, 23))
    stories = _apart(first, undated, again)
    assert {"a", "b"} in stories and {"c"} in stories


def test_a_new_clash_recalling_the_first_months_back_by_its_teams_is_another_story():
    """"Derby, di nuovo tensione a Lucera": a report of a new clash that recalls the first
    as months back ("Sette mesi dopo gli scontri di marzo, il derby tra Audace Lucera e Real
    Troia …") is not one story with an undated report of the first, which names those teams
    only in its body, after a standfirst."""
    first = _dated("a", "Derby di Lucera, convalidati i quattro arresti",
                   "Restano in carcere due ultras. Il Comune: danni per 30mila euro",
                   "LUCERA - Sono quattro i tifosi arrestati per gli scontri che domenica hanno "
                   "trasformato le strade intorno allo stadio in un campo di battaglia dopo il "
                   "derby tra Audace Lucera e Real Troia. Sei agenti feriti.",
                   "Oggi il gip di Foggia ha convalidato tutti gli arresti dei tifosi.")
    again = _dated("b", "Derby, di nuovo tensione a Lucera: due agenti feriti",
                   "Sette mesi dopo gli scontri di marzo, il derby di ritorno tra Audace Lucera "
                   "e Real Troia si chiude ancora con lanci di petardi e bottiglie.",
                   "LUCERA - Due agenti sono rimasti feriti e un tifoso è stato arrestato dopo "
                   "il derby, giocato ieri allo stadio tra le tensioni.")
    assert _apart(first, again) == [{"a"}, {"b"}]


def test_an_undated_report_giving_the_numbers_another_recalls_months_back_is_that_event():
    """A March report of a lorry shedding its load that recalls "il 18 novembre scorso
    quattordici tubi d'acciaio caduti da un camion avevano ucciso due persone e ferito undici
    automobilisti": an undated report giving fourteen pipes and eleven injured as its own
    tells of that November accident, not the March one, though no "di nuovo" says so."""
    from datetime import date

    first = _dated("a", "A1: camion perde tubi d'acciaio, due morti",
                   "(ANSA) - FIRENZE, 18 NOV - Due persone sono morte nel pomeriggio sull'A1 "
                   "tra Barberino e Calenzano: un camion ha perso quattordici tubi d'acciaio.",
                   dateline=(11, 18))
    undated = _dated("b", "Strage dei tubi sull'A1, undici feriti",
                     "FIRENZE - I feriti sono undici, tra cui due bambini, secondo la Polizia "
                     "stradale. Il camion sull'A1 ha perso quattordici tubi d'acciaio, legati "
                     "con cinghie usurate. Il camionista è indagato.")
    march = _dated("c", "A1, camion perde lastre di marmo a Barberino: un ferito",
                   "Barberino, 12 marzo 2026 – Un camion ha perso parte del carico di lastre "
                   "sull'A1, a poca distanza dal punto in cui il 18 novembre scorso quattordici "
                   "tubi d'acciaio caduti da un camion avevano ucciso due persone e ferito "
                   "undici automobilisti. Un ferito lieve.",
                   "«Sembra di rivivere novembre», dice il sindaco. I tubi erano legati con "
                   "cinghie: il camionista è indagato, ricorda la Polizia stradale.",
                   when=date(2026, 3, 12))
    stories = _apart(first, undated, march)
    assert {"c"} in stories and not any({"b", "c"} <= s for s in stories)


def test_a_plural_subject_said_at_length_before_its_verb_names_what_the_number_counts():
    a = _said("a", "Le palestre riconducibili alla stessa società sarebbero 16, secondo la "
                   "Guardia di finanza.")
    b = _said("b", "In tutto i pescherecci rimasti fermi in porto erano 780.")
    assert [f.unit_it for f in a.figures if f.value == 16] == ["palestre"]
    assert [f.unit_it for f in b.figures if f.value == 780] == ["pescherecci"]
    # what a number is the count of, not a word that gives it ("il numero")
    c = _said("c", "Il numero degli iscritti al corso di nuoto è 40.")
    assert all(f.unit_it != "numero" for f in c.figures)


def test_a_toll_that_stays_where_it_was_and_people_treated_are_counts_of_the_story():
    """"Il conto dei morti resta fermo a tre"; "sono 31 le persone che si sono fatte
    medicare" per the health authority — injured, and no company's claim."""
    a = _said("a", "Il conto dei morti resta fermo a tre.", day=3)
    assert [(f.value, f.role) for f in a.figures] == [(3, "killed")]
    b = _said("b", "Secondo il bollettino dell'Azienda sanitaria provinciale sono 31 le "
                   "persone che si sono fatte medicare negli ospedali.", day=4)
    treated = [f for f in b.figures if f.value == 31]
    assert treated[0].role == "injured" and treated[0].claimant == "health"
    c = _said("c", "I feriti sono 23, secondo la prefettura.", day=3)
    assert [sorted(v) for _, v, _ in _conflicts(b, c)] == [[23, 31]]


def test_counts_said_with_an_adverb_an_aside_or_among_a_whole_keep_what_they_count():
    """"sono 18 in tutto i feriti"; "Sei di loro, tra cui due bambini, sono stati
    ricoverati"; "le vittime tra le 16 persone a bordo" (16 are all on board, not dead);
    "Rfi dice 21 per cento, i sindacati 85 per cento" (each side's own)."""
    a = _said("a", "Secondo il Suem, sono 18 in tutto i feriti del fulmine.")
    assert [(f.value, f.unit) for f in a.figures] == [(18, "injured")]
    b = _said("b", "Sono 38 gli ospiti colpiti.", "Sei di loro, tra cui due bambini, sono "
                   "stati ricoverati a Paola.")
    assert [f.role for f in b.figures if f.value == 6] == ["hospitalised"]
    c = _said("c", "Salgono così a sette le vittime tra le 16 persone che erano a bordo.")
    assert [f.role for f in c.figures if f.value == 16] == [None]
    d = _said("d", "Sull'adesione allo sciopero Rfi dice 21 per cento, i sindacati 85 per cento.")
    assert [(f.value, f.claimant) for f in d.figures] == [(21, "Rfi"), (85, "unions")]


def test_the_fourth_victim_is_a_toll_of_four_but_a_series_is_not():
    """"È morta la quarta vittima" says the toll is four; "il secondo morto sul lavoro in
    una settimana" counts deaths across events, no toll of this one."""
    a = _said("a", "Il bilancio è di tre morti e 19 ricoverati.", day=3)
    b = _said("b", "Nel pomeriggio è morta la quarta vittima dell'intossicazione.", day=4)
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[3, 4]]
    c = _said("c", "È il secondo morto sul lavoro in una settimana nella provincia.", day=4)
    assert all(f.category == "ordinal" for f in c.figures)


def test_two_articles_only_counts_of_a_thing_are_one_quantity():
    """"40 trattori" in one report of a march, "32 trattori" in another, said in sentences
    that share no other word: each article's only count of tractors — one quantity, in
    disagreement."""
    a = _said("a", "Apicoltori in corteo a Treviso contro i pesticidi.",
              "In testa al corteo, partito da piazzale Burchiellati e arrivato in piazza dei "
              "Signori, sfilavano 40 trattori messi a disposizione dagli agricoltori biologici.",
              day=3)
    b = _said("b", "Apicoltori in piazza, guerra dei numeri.",
              "Per la questura i partecipanti erano 1.100, con 32 trattori al seguito; gli "
              "organizzatori del coordinamento parlano invece di oltre tremila persone.", day=3)
    assert [sorted(v) for _, v, _ in _conflicts(a, b) if 40 in v] == [[32, 40]]


def test_two_articles_only_counts_of_an_audience_are_one_crowd():
    """"davanti a 412 spettatori" in one review of a first night, "In sala c'erano 380
    spettatori" in another, in sentences that share no other word: each article's only
    count of its audience — one crowd, counted differently."""
    a = _said("a", "Il teatro Comunale riapre dopo il restauro.",
              "Con la Tosca di Puccini, davanti a 412 spettatori, il sipario si è rialzato "
              "ieri sera.", day=3)
    b = _said("b", "Prima serata al Comunale, applausi per la Tosca.",
              "In sala c'erano 380 spettatori, molti dei quali arrivati dai paesi vicini.",
              day=4)
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[380, 412]]


def test_two_articles_only_counts_of_a_thing_are_one_quantity_though_claimed():
    """"secondo i sindacati la produzione si è fermata in 120 stabilimenti" and "per
    Federchimica gli stabilimenti fermi sono stati 95": each article's only count of the
    plants, each a source's — one quantity, in disagreement."""
    a = _said("a", "Sciopero dei chimici, alta adesione.",
              "Secondo i sindacati la produzione si è fermata in 120 stabilimenti in tutta "
              "Italia.", day=3)
    b = _said("b", "Chimici, la guerra dei numeri sullo sciopero.",
              "Per Federchimica gli stabilimenti rimasti fermi sono stati 95, quasi tutti al "
              "Nord.", day=3)
    assert [sorted(v) for _, v, _ in _conflicts(a, b) if 95 in v] == [[95, 120]]


def test_people_bitten_are_people_injured():
    """"Sono sette le persone morse dal branco" and "i feriti sono sei": one toll of the
    injured, updated."""
    a = _said("a", "Branco di randagi aggredisce passanti: i feriti sono sei.", day=3)
    b = _said("b", "Sono sette, secondo l'Asl, le persone morse domenica dal branco di "
                   "randagi.", day=4)
    assert [f.role for f in b.figures if f.value == 7] == ["injured"]
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[6, 7]]


def test_an_adverb_or_where_from_after_a_counted_noun_is_no_kind_of_it():
    """"150 pullman da tutta Italia" and "140 famiglie regolarmente in graduatoria": where
    they came from and an adverb, no kind apart from "160 pullman" or "150 famiglie"."""
    a = _said("a", "Sono arrivati in piazza oltre 150 pullman da tutta Italia.", day=3)
    b = _said("b", "I pullman arrivati a Roma per la protesta erano 160.", day=3)
    assert [f.kind for f in a.figures if f.value == 150] == [None]
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[150, 160]]
    c = _said("c", "Le assegnazioni avrebbero scavalcato 140 famiglie regolarmente in "
                   "graduatoria.", day=3)
    assert [f.kind for f in c.figures if f.value == 140] == [None]


def test_a_capacity_is_no_count_of_the_crowd():
    """"il piano ne prevedeva un massimo di cinquemila": a bound set before the evening, not
    a count of who came — never one of the values of the crowd."""
    a = _said("a", "In piazza, secondo la questura, c'erano circa tremila persone.", day=3)
    b = _said("b", "Il prefetto: «Quella sera in piazza c'erano oltre quattromila persone, il "
                   "piano di sicurezza ne prevedeva un massimo di cinquemila».", day=4)
    assert [f.kind for f in b.figures if f.value == 5000] == ["limit"]
    assert all(5000 not in v for _, v, _ in _conflicts(a, b))


def test_deaths_since_the_start_of_the_year_are_a_tally_not_the_events_toll():
    """"dall'inizio dell'anno in provincia sono 19 le persone morte sul lavoro": many
    events' dead, counted apart from the accident's toll."""
    from briefing.stories.quantities import measure

    a = _said("a", "Due operai sono morti nel crollo del montacarichi.",
              "Secondo il sindacato, dall'inizio dell'anno in provincia sono 19 le persone "
              "morte sul lavoro.", day=3)
    toll, tally = (f for f in a.figures if f.value in (2, 19))
    assert tally.period == "to date" and measure(toll) != measure(tally)


def test_a_unionists_number_in_a_quote_is_the_unions_claim():
    """"«Adesione all'88 per cento», spiega Gianna Orsini della Fit Cisl": the unions' figure,
    like the "92%" another outlet gives for them — not Gianna's own."""
    a = _said("a", "«Adesione all'88 per cento, a Terracina siamo al cento per cento», spiega "
                   "Gianna Orsini della Fit Cisl.", day=3)
    assert [f.claimant for f in a.figures if f.value == 88] == ["unions"]


def test_spectators_are_the_crowd_other_sources_count_as_people():
    """"gli spettatori fossero 4.500" and "c'erano circa tremila persone" in the square:
    one crowd, counted differently."""
    a = _said("a", "In piazza, secondo le prime stime della questura, c'erano circa tremila "
                   "persone.", day=3)
    b = _said("b", "La società che ha organizzato la serata sostiene che gli spettatori fossero "
                   "4.500.", day=4)
    assert [sorted(v) for _, v, _ in _conflicts(a, b)] == [[3000, 4500]]


def test_the_rescuers_own_injured_are_a_count_apart_from_the_events_toll():
    a = _said("a", "Feriti anche tre vigili del fuoco durante lo spegnimento.", day=3)
    b = _said("b", "I feriti sono 23, tutti intossicati dal fumo.", day=4)
    c = _said("c", "Sono cinque i vigili del fuoco rimasti feriti.", day=4)
    assert _conflicts(a, b) == []
    assert _conflicts(a, c) == [("firefighters injured", [3, 5], "update")]


def test_another_event_weeks_or_months_before_is_history_not_this_events_toll():
    a = _said("a", "Incendio nella comunità per anziani: i feriti sono 14.",
              "Appena un mese fa, a Paternò, un incendio in un'altra struttura aveva "
              "provocato quattro feriti.", day=3)
    b = _said("b", "Sono saliti a 16 i feriti dell'incendio nella comunità.", day=4)
    assert _conflicts(a, b) == [("people injured", [14, 16], "update")]
    c = _said("c", "Lo scorso marzo, nello stesso quartiere, erano rimaste ferite nove "
                   "persone.", "Oggi i feriti sono 16.", day=4)
    assert _conflicts(a, c) == [("people injured", [14, 16], "update")]


def test_a_gas_poisoning_months_later_is_another_story():
    """Fumes in a cellar are an event at its place, like a fire: a report months on of
    another leak nearby, which recalls the first, is another story, however much an undated
    follow-up of the first shares with it."""
    from datetime import date

    first = _report_of("a", "Monossido in un laboratorio di Cremona: un morto e tre intossicati",
                       "CREMONA - Un artigiano di 58 anni è morto e tre colleghi sono rimasti "
                       "intossicati dal monossido di carbonio in un laboratorio di via Milano, "
                       "a Cremona.")
    second = _report_of("b", "Cremona, intossicati dal monossido: grave uno dei tre operai",
                        "Resta grave uno dei tre operai intossicati dal monossido di carbonio "
                        "nel laboratorio di via Milano, a Cremona, dove è morto un artigiano.")
    undated = _report_of("c", "",
                         "A due giorni dalla morte dell'artigiano nel laboratorio di via "
                         "Milano, a Cremona, i sindacati di Cremona chiedono sensori di "
                         "monossido in ogni laboratorio. «Non si muore così», dice la Cgil.")
    later = _report_of("d", "Cremona, monossido in una falegnameria: due operai intossicati",
                       "Due operai sono rimasti intossicati dal monossido di carbonio in una "
                       "falegnameria di via Brescia, a Cremona. «Non si muore così», dice la "
                       "Cgil, che ricorda la morte dell'artigiano del 10 settembre scorso nel "
                       "laboratorio di via Milano, a Cremona.")
    first.article.date, second.article.date = date(2025, 9, 10), date(2025, 9, 11)
    later.article.date = date(2026, 2, 12)
    groups = _apart(first, second, undated, later)
    assert {"a", "b"} <= next(g for g in groups if "a" in g)
    assert not any({"a", "d"} <= g for g in groups)


def test_a_report_that_recalls_the_others_very_day_months_back_is_another_story():
    """A funfair ride stuck in the air is no kind of event the frames know; a report six
    months on that recalls "la sera del 12 ottobre" — the first report's day — is of another
    event, however an undated follow-up of the first resembles both."""
    from datetime import date

    first = _report_of("a", "Luna park di Voghera, si blocca la giostra: un morto e 20 persone "
                            "sospese", "VOGHERA - Una giostra del luna park di piazzale "
                            "Europa si è bloccata a 30 metri: morto un ragazzo di 19 anni, "
                            "20 persone sospese nel vuoto per due ore.")
    later_day = _report_of("b", "Voghera, giostra bloccata: tre indagati",
                           "VOGHERA - Tre indagati per la giostra del luna park di piazzale "
                           "Europa rimasta bloccata a 30 metri, dove è morto un ragazzo.")
    undated = _report_of("c", "Voghera, la giostra del luna park resta sotto sequestro",
                         "VOGHERA - La giostra del luna park di piazzale Europa resta sotto "
                         "sequestro. Le persone rimaste sospese nel vuoto erano 20.")
    other = _report_of("d", "Voghera, paura al luna park: ruota panoramica ferma",
                       "VOGHERA - Paura ieri sera al luna park di piazzale Europa: la ruota "
                       "panoramica si è fermata con 25 persone a bordo, sospese nel vuoto per "
                       "un'ora. Il pensiero è corso alla sera del 12 ottobre, quando nello "
                       "stesso piazzale la giostra si bloccò a 30 metri.")
    first.article.date, later_day.article.date = date(2025, 10, 12), date(2025, 10, 14)
    other.article.date = date(2026, 4, 20)
    groups = _apart(first, later_day, undated, other)
    assert not any({"a", "d"} <= g for g in groups)


def test_a_role_of_two_words_past_an_apposition_is_what_befell_the_count():
    a = _said("a", "Circa 60 residenti, appartenenti a 22 famiglie, sono stati fatti uscire "
                   "dal palazzo.", day=3)
    b = _said("b", "Sono 73 le persone evacuate dal palazzo di corso Vercelli.", day=4)
    assert [(f.value, f.role) for f in a.figures if f.value == 60] == [(60, "evacuated")]
    assert ("people evacuated", [60, 73], "update") in _conflicts(a, b)


def test_people_charged_in_a_phrase_of_three_words_are_the_people_investigated():
    a = _said("a", "Sette le persone indagate per truffa aggravata ai danni dell'Unione "
                   "europea.", day=3)
    b = _said("b", "In tutto sono dunque nove le persone chiamate a rispondere, a vario "
                   "titolo, di truffa aggravata.", day=9)
    assert _conflicts(a, b) == [("people investigated", [7, 9], "update")]


def test_a_pluperfect_about_someone_tells_this_cases_own_story_not_another_event():
    """"L'inchiesta, chiamata «Kronos», è partita dalla denuncia di un bracciante che si era
    presentato in caserma": how this inquiry began, not another event recalled (whose names
    would keep the report of its order apart); "Il rogo che aveva distrutto il deposito"
    recalls one. And "dodici dei quali" are a part of the 52 investigated."""
    from briefing.stories.frames import recalling

    first = _report_of("a", "Falsi permessi di lavoro, 12 misure cautelari",
                       "CASERTA - La procura ha fatto eseguire 12 misure cautelari.",
                       "L'inchiesta, chiamata «Kronos», è partita dalla denuncia di un "
                       "bracciante indiano che si era presentato in caserma a Marcianise.",
                       "Il rogo che aveva distrutto il deposito di Aversa resta impunito.")
    assert recalling(first.article) == [
        "Il rogo che aveva distrutto il deposito di Aversa resta impunito."]
    second = _said("b", "Gli indagati sono 52, dodici dei quali raggiunti ieri da misure "
                        "cautelari.")
    assert [(f.value, f.part_of) for f in second.figures if f.value == 12] == [
        (12, "investigated")]


def test_an_event_recalled_by_its_day_two_months_back_is_another_story():
    """A school's smoke scare in February that recalls "lo scoppio del 3 dicembre scorso"
    in the same town, when pupils "rimasero feriti": weeks past the span of one story's
    reports, told in the past — not the first day of the February report's own event."""
    from datetime import date

    first = _dated("a", "Scoppia la caldaia della scuola media Verdi a Osimo: sei feriti",
                   "OSIMO, 3 DIC - Una caldaia è scoppiata nella scuola media Verdi di Osimo "
                   "durante le lezioni: sei ragazzi feriti e 300 alunni evacuati.",
                   dateline=(12, 3))
    next_day = _dated("b", "Osimo, scuola Verdi chiusa dopo lo scoppio della caldaia",
                      "Resta chiusa la scuola media Verdi di Osimo dopo lo scoppio della "
                      "caldaia: i sei ragazzi feriti sono stati dimessi.", when=date(2025, 12, 4))
    later = _dated("c", "Fumo dalla caldaia della primaria Leopardi a Osimo, evacuati 150 "
                        "bambini",
                   "Paura questa mattina alla primaria Leopardi di Osimo: il fumo della "
                   "caldaia ha invaso i corridoi e 150 bambini sono usciti nel cortile.",
                   "L'episodio riporta alla mente lo scoppio del 3 dicembre scorso nella "
                   "scuola media Verdi, quando sei ragazzi rimasero feriti e 300 alunni "
                   "furono evacuati.", when=date(2026, 2, 20))
    assert sorted(map(sorted, _apart(first, next_day, later))) == [["a", "b"], ["c"]]


def test_a_report_that_names_its_own_day_in_its_opening_is_apart_from_the_fire_it_recalls(
        tmp_path):
    """No header date, but "nel pomeriggio di oggi, sabato 14 marzo": that day, and the
    fire it recalls "il 20 dicembre", when the roof "bruciò", is the other report's."""
    (tmp_path / "a.txt").write_text(
        "Rogo sul tetto del centro commerciale Le Torri a Cittadella, evacuate 3mila persone\n"
        "20/12/2025\n\nUn incendio è divampato oggi sul tetto del centro commerciale Le Torri "
        "di Cittadella: evacuate 3mila persone, cinque intossicati. Sul posto dodici squadre "
        "dei vigili del fuoco.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Fiamme sul tetto del centro commerciale Il Borgo, 800 evacuati\n\n"
        "Paura nel pomeriggio di oggi, sabato 14 marzo, al centro commerciale Il Borgo di "
        "Cittadella: un incendio sul tetto, 800 persone evacuate.\n\n"
        "Impossibile non pensare a Le Torri, dove il 20 dicembre il tetto del centro "
        "commerciale Le Torri bruciò e costrinse a evacuare 3mila persone, con cinque "
        "intossicati e dodici squadre dei vigili del fuoco.\n", encoding="utf-8")
    assert sorted(map(sorted, _groups(tmp_path))) == [["a"], ["b"]]


def test_a_headline_that_opens_with_its_place_puts_the_event_there():
    """"Borgoratto, esplode una bombola …": the headline's first name, before its comma, is where
    the event is — so the report that names Borgoratto and the hospital someone died in is
    the same event, not one "somewhere else"."""
    from datetime import date

    blog = _dated("a", "Borgoratto, esplode una bombola alla festa patronale: un morto e 12 "
                       "feriti. La diretta",
                  "Tragedia alla festa patronale. Poco dopo le 22 una bombola del gas è esplosa "
                  "nello stand in piazza del Mercato: un morto e 12 feriti.",
                  when=date(2026, 5, 3))
    wire = _dated("b", None,
                  "Sale a due il bilancio delle vittime dell'esplosione alla festa "
                  "patronale di Borgoratto. Nella notte è morta all'ospedale Casa del Sole "
                  "una donna di 58 anni. I feriti sono 14.", dateline=(5, 4))
    # the town is no rare name of the run: two more articles write it
    council = _dated("c", "Borgoratto, il consiglio comunale approva il bilancio",
                     "Il consiglio comunale di Borgoratto ha approvato il bilancio di "
                     "previsione con sette voti a favore.", when=date(2026, 4, 20))
    race = _dated("d", "Podismo, a Borgoratto vince Carla Mensi",
                  "La corsa di primavera di Borgoratto è andata a Carla Mensi, davanti a 300 "
                  "partecipanti.", when=date(2026, 4, 12))
    assert {"a", "b"} in _apart(blog, wire, council, race)


def test_the_unions_and_the_companys_counts_of_one_thing_in_one_state_are_rival_claims():
    """"secondo i sindacati sono 140 i cantieri fermi", "per la società i cantieri
    effettivamente fermi sono stati 46": far apart, as sides' counts are, but of one thing
    said to be in one state — not the unions' count of pupils carried and the company's of
    pupils left without a bus."""
    a = _said("a", "Secondo i sindacati sono 140 i cantieri fermi sui 162 aperti.", day=3)
    b = _said("b", "Secondo la società i cantieri effettivamente fermi sono stati 46.", day=3)
    assert [v for _, v, _ in _conflicts(a, b)] == [[140, 46]]
    c = _said("c", "Secondo i sindacati le linee ferme sono 87, e ogni mattina portano in "
                   "classe circa 9mila studenti.", day=3)
    d = _said("d", "Secondo la società i 2.800 studenti rimasti senza servizio sono stati "
                   "avvisati.", day=3)
    assert not any(2800 in v for _, v, _ in _conflicts(c, d))


def test_two_exact_numbers_neither_a_rounding_of_the_other_differ_however_close():
    """"15.420 donazioni" and "15.600 le donazioni": 1 % apart, but 15.420 rounded to the
    hundreds is 15.400 — two counts; "1.180.000 euro" and "1,2 milioni" are one sum."""
    a = _said("a", "Il centro ha raccolto 15.420 donazioni di plasma nel 2025.", day=3)
    b = _said("b", "Sono state 15.600 le donazioni di plasma raccolte dal centro nel 2025.",
              day=4)
    assert [v for _, v, _ in _conflicts(a, b)] == [[15420, 15600]]
    c = _said("c", "Il Comune ha speso 1.180.000 euro per la nuova piscina.", day=3)
    d = _said("d", "Il Comune ha speso 1,2 milioni di euro per la nuova piscina.", day=4)
    assert _conflicts(c, d) == []
