"""Figures in the forms Italian news writes them, and what each counts (issue 15).

Every sentence here was written for these tests in the style of Italian news; none is taken
from the dev articles.
"""

import pytest

from briefing.data import Article, Paragraph, Sentence
from briefing.extract.figures import extract_figures
from briefing.read.segmenting import split_sentences


def _figs(text: str, language: str = "it"):
    article = Article(id="t", path=None, paragraphs=[
        Paragraph([Sentence(s) for s in split_sentences(text)], language=language)])
    return extract_figures(article)


def _one(text: str):
    figs = _figs(text)
    assert len(figs) == 1, [(f.it, f.value, f.unit) for f in figs]
    return figs[0]


@pytest.mark.parametrize("text,value,unit,category", [
    # ages written as nouns
    ("Un 84enne è stato investito sulle strisce pedonali.", 84, "years old", "age"),
    ("La ventiduenne è stata dimessa ieri sera.", 22, "years old", "age"),
    ("Il 15enne è stato fermato dalla polizia.", 15, "years old", "age"),
    ("Il giorno dopo avrebbe compiuto 36 anni.", 36, "years old", "age"),
    # who is counted, without a noun after the number
    ("In cinque sono finiti in ospedale.", 5, "people", "count"),
    ("Sul gommone erano in dodici.", 12, "people", "count"),
    ("Ha vinto tutte le sei gare della stagione.", 6, "races", "count"),
    ("Una delle quattro scuole del paese resterà chiusa.", 4, "schools", "count"),
    ("Una trentina di persone ha partecipato al presidio.", 30, "people", "count"),
    ("Mezzo milione di persone ha visitato la mostra.", 500_000, "people", "count"),
    ("Il milione di veicoli è stato superato a marzo.", 1_000_000, "vehicles", "count"),
    # grouping and scales
    ("Nel 2024 sono stati controllati 387 600 veicoli.", 387_600, "vehicles", "count"),
    ("La regione conta 58 milioni 934mila abitanti.", 58_934_000, "inhabitants", "count"),
    ("Un contratto da tre miloni a stagione.", 3_000_000, "EUR", "money"),
    ("Il club ha pagato 45 milioni più bonus per l'attaccante.", 45_000_000, "EUR", "money"),
    ("Firmerà un triennale da 4 milioni a stagione.", 4_000_000, "EUR", "money"),
    ("La città conta 3 milioni di abitanti.", 3_000_000, "inhabitants", "count"),
    # temperatures
    ("A Campo Imperatore la minima è scesa a -18°.", -18, "°C", "temperature"),
    ("In pianura si sono toccati i -6 gradi.", -6, "°C", "temperature"),
    # durations
    ("Ha chiuso la gara in un minuto e 47 secondi.", 107, "seconds", "duration"),
    # a ten elided before its noun's vowel
    ("«Lavoro su questo faro da trent'anni», dice il custode.", 30, "years", "duration"),
    ("Quarant’anni di apicoltura non si dimenticano.", 40, "years", "duration"),
    # numbers said in a quote
    ("«Siamo oltre 10 mila», hanno detto gli organizzatori.", 10_000, "people", "count"),
])
def test_figure_forms(text, value, unit, category):
    f = _one(text)
    assert (f.value, f.unit, f.category) == (value, unit, category), f


def test_negative_list_is_a_range():
    f = _one("Sulle Dolomiti si sono registrati -12,-14 gradi.")
    assert (f.value, f.value_max, f.unit) == (-14, -12, "°C")


def test_a_decimal_is_not_a_list():
    f = _one("L'inflazione è salita al 2,3%.")
    assert (f.value, f.unit) == (2.3, "%")


def test_percentage_carried_through_a_run():
    figs = _figs("La disoccupazione è scesa al 7,2%, quella giovanile al 20,1.")
    assert [(f.value, f.unit) for f in figs] == [(7.2, "%"), (20.1, "%")]


@pytest.mark.parametrize("text,value,scale_unit", [
    ("Sono stati stanziati 800 mila euro, di cui 300 per la palestra.", 300_000, "EUR"),
    ("Il Comune ha ricevuto 3 milioni di euro, 2 dei quali per le scuole.", 2_000_000, "EUR"),
])
def test_a_part_takes_the_scale_of_its_whole(text, value, scale_unit):
    figs = _figs(text)
    assert (figs[-1].value, figs[-1].unit) == (value, scale_unit)


def test_a_part_without_a_scaled_whole_keeps_its_value():
    figs = _figs("Hanno partecipato 1.200 persone, 300 delle quali bambini.")
    assert [f.value for f in figs] == [1200, 300]


@pytest.mark.parametrize("text,role", [
    ("Nella notte i soccorritori hanno portato a 9 il bilancio delle vittime.", "killed"),
    ("Sale a 31 il numero dei feriti.", "injured"),
    ("Mancano ancora all'appello 12 escursionisti.", "missing"),
    ("Sono 5 le persone che risultano disperse.", "missing"),
    ("Sono state salvate 22 persone.", "rescued"),
    ("Nel crollo sono morte 7 persone e 20 sono rimaste ferite.", "killed"),
    # a gerund of the event's verb before the count
    ("Il fuoco ha invaso le scale, uccidendo due anziani inquilini.", "killed"),
    ("L'auto è piombata sul dehors, ferendo tre clienti del locale.", "injured"),
])
def test_casualty_roles(text, role):
    f = _figs(text)[0]
    assert (f.category, f.role) == ("casualties", role), f


@pytest.mark.parametrize("text,part_of", [
    ("I feriti sono 40, tra cui 6 bambini.", "injured"),
    ("Ci sono 12 morti, 4 dei quali minori.", "killed"),
    ("Sono state salvate 22 persone, compresi tre neonati.", "rescued"),
])
def test_a_subset_points_to_its_whole(text, part_of):
    whole, part = _figs(text)
    assert part.part_of == part_of and whole.part_of is None


@pytest.mark.parametrize("text,qualifier,value", [
    ("L'adesione è stata non oltre il 10%.", "at most", 10),
    ("L'azienda parla di un'adesione inferiore al 15%.", "less than", 15),
    ("Secondo Coldiretti i danni sono superiori ai 6 miliardi di euro.", "more than", 6e9),
    ("Hanno aderito i fornitori, intorno al 20%.", "around", 20),
])
def test_qualifiers_with_an_articled_preposition(text, qualifier, value):
    f = _one(text)
    assert (f.qualifier, f.value) == (qualifier, value)


def test_an_adjective_is_not_what_is_counted():
    f = _one("In estate si sono abbattute 46 violente grandinate.")
    assert f.unit == "hailstorms"


def test_an_ordinal_counts_a_series():
    f = _one("È il secondo ricovero in un anno per il cantante.")
    assert (f.value, f.category) == (2, "ordinal")


@pytest.mark.parametrize("text", [
    "Nel 1998 il club ottenne la promozione in serie B.",
    "Secondo i medici il paziente sta meglio.",
    "L'appartamento si trova al terzo piano.",
    "La famiglia abita a Settimo Torinese.",
    "Gli uffici sono aperti dalle 9 alle 13.",
    "Dopo le 18 Rossi ha lasciato la sede del partito.",
    "L'incendio è partito dal piano -2 del parcheggio.",
    "I due Paesi hanno firmato l'accordo.",
    "Ha tagliato la torta in due.",
    "Lo scrive «Il Sole 24 Ore».",
    "Il servizio risponde su http://esempio.it:8080/prenota e su www.esempio.it/2024/pagina.",
    "Si lancia il comando `make -j 8` e si attende.",
    "Il numero 1" + "0" * 400 + " non è una cifra.",
])
def test_not_figures(text):
    assert _figs(text) == [], [(f.it, f.value) for f in _figs(text)]


def test_a_time_is_not_a_count_but_a_count_after_alle_is():
    f = _one("Alle 14 persone evacuate è stato offerto un alloggio.")
    assert (f.value, f.unit) == (14, "people")


def test_floors_are_counted_but_a_floor_is_no_figure():
    f = _one("Il palazzo ha 12 piani.")
    assert f.value == 12


def test_a_huge_number_never_costs_the_other_figures():
    figs = _figs("Il debito è di 9" + "9" * 400 + " euro, ma i morti sono 12.")
    assert [f.value for f in figs] == [12]


def test_no_figures_from_a_paragraph_in_another_language():
    assert _figs("The army sent 5,000 soldiers to the border.", language="en") == []


@pytest.mark.parametrize("text,value,role", [
    ("Nel pomeriggio i feriti sono ora undici, tre dei quali gravi.", 11, "injured"),
    ("Le persone morte sono quattro, tutte residenti nel paese.", 4, "killed"),
    ("Crollo a Pontedera, le vittime salgono a cinque", 5, "killed"),
    ("In tutto le persone ferite sono sette.", 7, "injured"),
    ("I dispersi restano ancora due, secondo i vigili del fuoco.", 2, "missing"),
])
def test_a_toll_written_as_the_predicate_of_its_people(text, value, role):
    """'i feriti sono ora undici': the people are named first, the number word after."""
    f = next(f for f in _figs(text) if f.value == value)
    assert f.category == "casualties" and f.role == role


@pytest.mark.parametrize("text", [
    "Le ragioni dello stop sono tre: il costo, il tempo e la paura.",
    "I punti di distacco dalla vetta restano due.",
])
def test_a_number_word_after_other_nouns_stays_prose(text):
    assert _figs(text) == []


def test_the_same_words_twice_in_a_sentence_keep_their_own_counts():
    """'due morti, due dispersi': each 'due' is read where it stands."""
    figs = _figs("Frana in Valtellina: due morti, due dispersi e sei feriti")
    assert [(f.value, f.role) for f in figs] == [(2, "killed"), (2, "missing"), (6, "injured")]
    assert [f.context_it[f.offset:f.offset + len(f.it)] for f in figs] == ["due", "due", "sei"]


@pytest.mark.parametrize("text", [
    "L'assalto è avvenuto sulla statale 16, all'altezza del chilometro 668.",
    "È il reato previsto dall'articolo 603 bis del codice penale.",
    "Lo prevede il decreto ministeriale 70 del 2015.",
    "Il pronto soccorso ha riaperto poco dopo le 16.",
    # a live blog's entries open with their time
    "21.35 - La prefettura convoca il comitato",
    "07.05 – Riapre la statale",
])
def test_numbers_that_name_a_road_a_law_or_an_hour_are_no_figures(text):
    assert _figs(text) == []


def test_a_road_is_a_place_two_reports_share():
    from briefing.stories.frames import roads

    assert set(roads("Assalto sulla statale 16, poi sulla SS 131 e sull'A14.")) == {
        "road16", "road131", "road14"}


@pytest.mark.parametrize("text,unit", [
    ("Le persone evacuate sono 3mila tra gennaio e marzo.", "people"),
    ("Sono arrivati 10mila tra soldati e carristi.", "soldiers"),
])
def test_tra_x_e_y_after_a_number(text, unit):
    """'tra gennaio e marzo' is a time span; 'tra soldati e carristi' what is counted."""
    assert _one(text).unit == unit


def test_a_multiplier_is_no_toll():
    assert _figs("I feriti sono due volte quelli dell'anno scorso.") == []


def test_a_list_of_bare_numbers_is_no_figure_a_list_of_counts_is():
    assert _figs("La combinazione vincente è 7, 19, 33, 46, 58, 81.") == []
    assert [f.it for f in _figs("Ha vinto in quattro set: 6-4, 3-6, 7-5, 6-2.")] == ["quattro"]
    assert _figs("I numeri 7, 19, 33, 46, 58 e 81 sono stati estratti ieri.") == []
    assert [f.value for f in _figs("Nei quattro reparti ci sono 3, 4, 5 e 6 feriti.")] == [
        3, 4, 5, 6]


@pytest.mark.parametrize("text,values", [
    ("Per un'auto il biglietto passerà da 4,10 a 4,35 euro.", [(4.1, None), (4.35, None)]),
    ("Gli iscritti sono saliti da 300 a 420 in un anno.", [(300, None), (420, None)]),
    ("Le tariffe aumenteranno da 12 a 15 euro a gennaio.", [(12, None), (15, None)]),
])
def test_a_value_changing_from_one_number_to_another_is_no_range(text, values):
    assert [(f.value, f.value_max) for f in _figs(text)] == values


def test_a_part_of_a_part_is_still_a_part_of_the_toll():
    """"40 feriti, tra cui 9 minorenni, e 5 di loro ricoverati": 5 is no toll of its own."""
    figs = {f.value: f for f in _figs("I feriti sono 40, tra cui 9 minorenni, e 5 di loro "
                                       "sono stati ricoverati per più di una notte.")}
    assert figs[40].part_of is None and figs[9].part_of and figs[5].part_of


def test_the_word_right_after_a_count_says_what_befell_them():
    """"cinque operai salvati dopo 20 ore. Morto il capoturno": rescued, not killed."""
    title = ("Miniera crollata, cinque operai salvati dopo 20 ore. Morto il capoturno, si "
             "cercano ancora due operai")
    article = Article(id="t", path=None, title_it=title, paragraphs=[
        Paragraph([Sentence("I soccorsi sono andati avanti tutta la notte.")])])
    figs = extract_figures(article)
    assert [f.role for f in figs if f.value == 5] == ["rescued"]


def test_a_number_word_that_is_the_subject_of_what_befell_people_counts_them():
    from briefing.data import Article, Paragraph, Sentence
    from briefing.extract.report import Options, extract

    def figures(text: str) -> list[tuple[float, str | None, str | None]]:
        a = Article(id="t", path=None, paragraphs=[Paragraph([Sentence(text)])])
        return [(f.value, f.unit, f.role) for f in extract(a, Options()).figures]

    assert (9, "injured", "injured") in figures(
        "Due sciatori sono morti e nove sono rimasti feriti, quattro dei quali in modo grave.")
    assert (6, "people", "hospitalised") in figures(
        "Sono 38 le persone al pronto soccorso: sei sono state ricoverate.")
    assert figures("Sei sono i punti di distacco dalla vetta.") == []


@pytest.mark.parametrize("text,value,role", [
    ("Esplode una caldaia a Lodi, un morto e 40 evacuati", 1, "killed"),
    ("Frana sulla statale: due feriti e un disperso.", 1, "missing"),
    ("Crolla il tetto di un capannone, un ferito", 1, "injured"),
    ("Dopo il ritrovamento di ieri, una sola persona risulta ancora dispersa.", 1, "missing"),
    ("Con il secondo ritrovamento i dispersi scendono così a uno.", 1, "missing"),
    ("Nel rogo è morto 1 operaio, 1 ferito grave è in ospedale.", 1, "injured"),
])
def test_the_number_one_in_a_toll(text, value, role):
    """"un morto e 40 evacuati", "i dispersi scendono a uno": one, said as a word."""
    assert any(f.value == value and f.role == role and f.category == "casualties"
               for f in _figs(text)), [(f.it, f.value, f.role) for f in _figs(text)]


@pytest.mark.parametrize("text", [
    "Un ferito è stato portato in ospedale dall'elicottero.",
    "Uno studente ha raccontato la scena ai carabinieri.",
    "Un solo colpo ha fatto crollare la parete.",
    "Ne parla uno dei testimoni.",
])
def test_un_as_an_article_is_no_figure(text):
    assert _figs(text) == []


def test_an_adverb_between_the_verb_and_its_number():
    f = _one("Le vittime salgono così a sei, secondo la prefettura.")
    assert (f.value, f.role) == (6, "killed")


def test_the_first_of_a_toll_is_a_part_of_it():
    """"i funerali delle prime tre vittime": three of the toll, not the toll."""
    from briefing.stories.quantities import measure

    f = next(f for f in _figs("Sabato i funerali delle prime tre vittime del crollo.")
             if f.value == 3)
    assert f.kind == "first" and measure(f) is None


def test_lives_lost_are_killed():
    f = next(f for f in _figs("Il crollo è costato la vita a due operai, dice il sindaco.")
             if f.value == 2)
    assert f.role == "killed"


@pytest.mark.parametrize("text,value", [
    ("Sono oltre 500, secondo il Comune, le persone evacuate dalle palazzine vicine.", 500),
    ("Restano fuori casa circa 200 persone, ospitate da parenti e in albergo.", 200),
    ("Secondo la questura le persone sgomberate sono state 320.", 320),
    ("Restano fuori dalle loro abitazioni 75 persone, ospitate in una scuola.", 75),
])
def test_people_moved_out_of_their_homes(text, value):
    """The subject after its number, "fuori casa", and people the police count as moved out
    (not a crowd the police counted in a square)."""
    f = next(f for f in _figs(text) if f.value == value)
    assert (f.role, f.subject) == ("evacuated", None)


def test_a_list_of_parts_goes_on_after_the_first():
    """"tra cui due bambini e quattro vigili del fuoco": both are parts of the 30."""
    figs = {f.value: f for f in _figs("Sono 30 le persone visitate al pronto soccorso, tra cui "
                                       "due bambini e quattro vigili del fuoco.")}
    assert figs[30].part_of is None and figs[2].part_of and figs[4].part_of


def test_what_befell_the_things_counted_is_no_kind_of_them():
    """"52 auto distrutte", "sono state distrutte 58 auto" and "58 auto" count one thing:
    an irregular participle ("distrutte", "chiuse") is what befell them, as a regular one
    ("sequestrate") is; "da crociera" is a kind."""
    kinds = {f.value: f.kind for f in _figs(
        "I pompieri contano 52 auto distrutte. Nel garage sono state distrutte 58 auto. "
        "Restano 12 scuole chiuse. Sono state sequestrate 40 auto rubate. Lanciati 30 "
        "missili da crociera.")}
    assert kinds == {52: None, 58: None, 12: None, 40: None, 30: "da crociera"}


@pytest.mark.parametrize("text,value,it", [
    ("La confisca riguarda un milione e 700mila euro.", 1_700_000, "un milione e 700mila"),
    ("Il danno è stimato in due milioni e 400mila euro.", 2_400_000, "due milioni e 400mila"),
    ("Sono stati sequestrati 2 milioni e mezzo di euro.", 2_500_000, "2 milioni e mezzo"),
    ("Un miliardo e 200 milioni di euro", 1_000_000_000, "Un miliardo"),
    ("Per i lavori servono un milione e 150.000 euro.", 1_150_000, "un milione e 150.000"),
])
def test_a_scale_and_the_rest_after_e_are_one_value(text, value, it):
    """"un milione e 700mila" is 1.7 million, not a million and then 700,000 (a rest under
    a thousand, "un milione e 200", stays unread)."""
    f = _figs(text)[0]
    assert (f.value, f.it) == (value, it)


def test_the_noun_before_its_participle_is_what_a_predicate_number_counts():
    """"I donatori raggirati sono 4.300": donors, as in "oltre 4.000 donatori"."""
    f = _one("I donatori raggirati sono 4.300, sparsi in tutta Italia.")
    assert (f.value, f.unit_it) == (4300, "donatori")


@pytest.mark.parametrize("text,value,role", [
    ("Il bilancio dei feriti, secondo l'ultimo aggiornamento della Asl, resta di trenta "
     "persone.", 30, "injured"),
    ("Il conteggio ufficiale dei morti, diffuso in serata dalla prefettura, è salito a nove "
     "persone.", 9, "killed"),
])
def test_a_toll_written_as_a_subject_counts_its_people_past_an_aside(text, value, role):
    """"Il conteggio dei feriti, fornito da Ats Pavia, è di sedici persone": the genitive
    of the toll says who the people are, however long the aside after it."""
    f = next(f for f in _figs(text) if f.value == value)
    assert (f.category, f.role) == ("casualties", role)


@pytest.mark.parametrize("text,value,role", [
    ("Sono sette, e non cinque come comunicato in un primo momento, le persone rimaste "
     "ferite nel crollo.", 7, "injured"),
    ("Sono tre, secondo la prefettura, le persone ancora disperse.", 3, "missing"),
])
def test_people_named_after_their_number_and_an_aside_are_counted_in_what_befell_them(
        text, value, role):
    f = next(f for f in _figs(text) if f.value == value)
    assert (f.category, f.role, f.unit) == ("casualties", role, "people")


def test_things_named_after_their_number_are_no_casualties():
    f = next(f for f in _figs("Sono sette, secondo il Comune, le auto rimaste danneggiate.")
             if f.value == 7)
    assert f.category != "casualties"


@pytest.mark.parametrize("text,value,role", [
    # households and the people in them, set side by side: one group of people
    ("Circa 30 famiglie, in tutto circa 85 persone, sono state fatte uscire dalla scuola.",
     85, "evacuated"),
    ("Per prudenza abbiamo fatto uscire nove famiglie, 24 persone, dal condominio.",
     24, "evacuated"),
    ("Secondo il Comune le famiglie sgomberate sono 12, per un totale di 33 persone.",
     33, "evacuated"),
    ("Per prudenza sono state fatte allontanare 20 famiglie, circa 60 persone, dalle case "
     "vicine.", 60, "evacuated"),
    # a participle set off after the people counted
    ("I finanzieri hanno perquisito le abitazioni di sei persone, indagate per truffa.",
     6, "investigated"),
    ("Cinque persone sono state trasportate in ospedale con ustioni lievi.", 5, "hospitalised"),
    # a count right after a colon takes the role the words before it announce
    ("Restano fuori casa gli inquilini della palazzina sgomberata: secondo il Comune sono "
     "undici famiglie, 31 persone in tutto.", 31, "evacuated"),
])
def test_what_befell_people_is_read_from_a_count_beside_them_or_an_announcing_colon(
        text, value, role):
    f = next(f for f in _figs(text) if f.value == value)
    assert f.role == role, [(g.it, g.role) for g in _figs(text)]


def test_a_crowd_after_a_colon_is_no_group_the_words_before_announce():
    f = next(f for f in _figs("Il vescovo pensa agli sfollati: 400 persone in piazza.")
             if f.value == 400)
    assert f.role is None


@pytest.mark.parametrize("text,value,unit", [
    ("Sequestrati 312 cuccioli nel capannone di Pordenone.", 312, None),
    ("Denunciate 14 persone, tre delle quali minorenni.", 14, "people"),
])
def test_a_participle_opening_the_sentence_is_no_name_before_a_number(text, value, unit):
    """"Air Jordan 13" is a name with a number; "Sequestrati 312 cuccioli" is not."""
    assert any(f.value == value and f.unit == unit for f in _figs(text)), \
        [(f.it, f.unit) for f in _figs(text)]


def test_a_part_of_a_count_of_things_is_a_part():
    """"31 case danneggiate, sei delle quali inagibili": the six are among the 31."""
    figs = _figs("I vigili del fuoco hanno contato 31 abitazioni danneggiate, sei delle quali "
                 "dichiarate inagibili.")
    assert [(f.value, f.unit, f.part_of) for f in figs] == [(31, "homes", None),
                                                            (6, "homes", "homes")]


@pytest.mark.parametrize("text,value,role,part_of", [
    ("Sei i feriti gravi, trasportati in elicottero a Padova.", 6, "critical", None),
    ("Tre i feriti lievi, medicati sul posto dal 118.", 3, "injured", "injured"),
])
def test_injured_told_as_serious_or_light_are_a_count_of_their_own(text, value, role,
                                                                    part_of):
    """"Quattro i feriti gravi" are people in critical condition; "Due i feriti lievi" some
    of the injured — neither the story's whole count of injured."""
    f = next(f for f in _figs(text) if f.value == value)
    assert (f.role, f.part_of) == (role, part_of)


def test_a_relative_clause_with_the_auxiliary_or_a_weekday_is_no_kind_of_what_is_counted():
    """"4.000 visitatori che hanno pagato il biglietto" and "9mila visitatori sabato" count
    visitors like any other report's; "780 famiglie che aspettano risposte" are a kind of
    their own."""
    paid = next(f for f in _figs("Al museo sono arrivati 4.000 visitatori che hanno pagato "
                                 "il biglietto intero.") if f.value == 4000)
    day = next(f for f in _figs("Sono stati oltre 9mila i visitatori, 9.300 visitatori "
                                "sabato secondo il Comune.") if f.value == 9300)
    waiting = next(f for f in _figs("In città ci sono 780 famiglie che aspettano una casa.")
                   if f.value == 780)
    assert (paid.kind, day.kind) == (None, None)
    assert waiting.kind == "che aspettare"


def test_a_sides_bare_share_measures_what_the_articles_other_shares_measure():
    """"L'azienda parla del 41%": after "l'adesione è stata dell'88%" the company's bare share
    is the strike's adherence too; "il 30% dei treni" stays a share of trains."""
    from briefing.data import Options
    from briefing.extract.report import extract
    text = ("Per i sindacati l'adesione allo sciopero è stata dell'88 per cento. L'azienda "
            "parla del 41%. Secondo i sindacati è saltato il 30% dei treni.")
    article = Article(id="t", path=None, paragraphs=[
        Paragraph([Sentence(s) for s in split_sentences(text)])])
    subjects = {f.value: f.subject for f in extract(article, Options()).figures}
    assert (subjects[88], subjects[41], subjects[30]) == ("participation", "participation", None)
