"""Quote attribution and figure forms on sentences written for these tests, in the style of
Italian news (none is taken from the dev articles)."""

import pytest

from briefing.data import Article, Paragraph, Quote, Sentence
from briefing.extract.figures import extract_figures
from briefing.extract.quotes import extract_quotes, key_quotes
from briefing.read.segmenting import split_sentences
from briefing.stories.merging import canonical_speakers


def _article(*paragraphs: str, title: str | None = None) -> Article:
    return Article(id="t", path=None, title_it=title, paragraphs=[
        Paragraph([Sentence(s) for s in split_sentences(p)]) for p in paragraphs])


def _who(*paragraphs: str) -> dict[str, str | None]:
    """Speaker by the first three words of each key quote."""
    return {" ".join(q.it.split()[:3]): q.speaker
            for q in key_quotes(extract_quotes(_article(*paragraphs)))}


@pytest.mark.parametrize("paragraphs,quote,speaker", [
    # before the quote
    (["Il sindaco di Bologna Mario Rossi ha detto: «Riapriremo il ponte entro l'estate»."],
     "Riapriremo il ponte", "Mario Rossi"),
    (["A dirlo è il sindaco Mario Rossi: «Riapriremo il ponte entro l'estate»."],
     "Riapriremo il ponte", "Mario Rossi"),
    (["Secondo la presidente della Regione, Anna Verdi, «la sanità pubblica non si tocca»."],
     "la sanità pubblica", "Anna Verdi"),
    (["Secondo l'economista Carlo Neri «i salari reali sono fermi da vent'anni»."],
     "i salari reali", "Carlo Neri"),
    (["Dopo il vertice, racconta Giulia Bianchi, «abbiamo trovato un accordo su tutto»."],
     "abbiamo trovato un", "Giulia Bianchi"),
    (["La ministra dell'Istruzione Laura Conti è arrivata in ritardo.",
      "La ministra, poi, ha garantito che «nessuna scuola chiuderà a settembre»."],
     "nessuna scuola chiuderà", "Laura Conti"),
    # after it
    (["«Non abbiamo paura di nessuno», ha detto il capitano Marco Ferri dopo la partita."],
     "Non abbiamo paura", "Marco Ferri"),
    (["Il prefetto Paolo Galli ha convocato il comitato per la sicurezza.",
      "«Serve più presenza nelle stazioni», ha osservato al termine della riunione."],
     "Serve più presenza", "Paolo Galli"),
    (["«I lavori finiranno a marzo» riferisce l'assessore Luca Moro."],
     "I lavori finiranno", "Luca Moro"),
    (["«La pista è pronta per la gara di domenica», dicono dalla Federazione."],
     "La pista è", "Federazione"),
    # in the next sentence
    (["«Le bollette caleranno del dieci per cento dal primo luglio». Lo ha spiegato il "
      "ministro dell'Economia Paolo Bianchi."], "Le bollette caleranno", "Paolo Bianchi"),
    (["«I prezzi corrono più dei salari». Ad affermarlo è il presidente dell'associazione dei "
      "consumatori, Sergio Riva, commentando i dati."], "I prezzi corrono", "Sergio Riva"),
    (["«La disoccupazione giovanile è scesa per il terzo mese di fila». Lo sostiene l'Istat "
      "nel suo rapporto mensile."], "La disoccupazione giovanile", "Istat"),
    # inside it
    (["«Il porto – ha aggiunto il sindaco Ugo Sala – resterà aperto tutta la notte»."],
     "Il porto resterà", "Ugo Sala"),
])
def test_attribution_patterns(paragraphs, quote, speaker):
    who = _who(*paragraphs)
    assert who[quote] == speaker, who


def test_interjection_is_taken_out_of_the_quote():
    (q,) = key_quotes(extract_quotes(_article(
        "«Il porto – ha aggiunto il sindaco Ugo Sala – resterà aperto tutta la notte».")))
    assert q.it == "Il porto resterà aperto tutta la notte"


def test_speaker_carried_over_while_the_same_voice_goes_on():
    who = _who(
        "La direttrice del museo Elena Fabbri ha presentato la nuova sala. «Abbiamo lavorato "
        "due anni per arrivare a questo giorno», ha detto.",
        "«Le opere restaurate torneranno visibili al pubblico da sabato prossimo».",
        "«Il biglietto resterà gratuito per i residenti fino alla fine dell'anno».")
    assert set(who.values()) == {"Elena Fabbri"} and len(who) == 3


def test_carry_over_stops_at_a_new_speaker():
    who = _who(
        "«Il ponte riaprirà a settembre», ha detto il sindaco Mario Rossi.",
        "L'opposizione non ci crede. Il consigliere Luca Riva ha replicato: «Lo sentiamo dire "
        "da tre anni».",
        "«E intanto i commercianti del centro chiudono uno dopo l'altro».")
    assert who["Il ponte riaprirà"] == "Mario Rossi"
    assert who["Lo sentiamo dire"] == "Luca Riva"
    assert who["E intanto i"] == "Luca Riva"


def test_a_quote_over_two_paragraphs_is_one_quote():
    quotes = extract_quotes(_article(
        "Il commissario Franco Neri ha spiegato: «Abbiamo sgomberato le case vicine al fiume "
        "e chiuso le scuole della zona.",
        "«Domani mattina valuteremo se riaprire la statale, ma solo se la piena sarà passata»."))
    assert len(quotes) == 1
    assert quotes[0].speaker == "Franco Neri"
    assert "chiuso le scuole" in quotes[0].it and "riaprire la statale" in quotes[0].it


def test_short_lowercase_statement_is_kept_when_attributed():
    qs = key_quotes(extract_quotes(_article(
        "Il segretario del sindacato Marco Testa ha detto: «non ci fermeremo, andiamo avanti».")))
    assert [(q.it, q.speaker) for q in qs] == [("non ci fermeremo, andiamo avanti",
                                                "Marco Testa")]


def test_scare_quotes_are_not_statements():
    qs = key_quotes(extract_quotes(_article(
        "Il governo ha definito la riforma «storica» e i sindacati parlano di «scatola vuota».")))
    assert qs == []


def test_a_place_or_a_venue_is_never_the_speaker():
    who = _who("Il direttore d'orchestra Luca Neri è salito sul podio. Dal palco del Teatro "
               "Regio: «Questa sera suoniamo per tutta la città».",
               "Il corteo è arrivato in piazza Maggiore: «Vogliamo risposte dal Comune», "
               "gridavano gli studenti.")
    assert who["Questa sera suoniamo"] in (None, "Luca Neri")
    assert who["Vogliamo risposte dal"] == "gli studenti"
    assert "Teatro Regio" not in who.values() and "Maggiore" not in str(who.values())


def test_unstated_speaker_stays_none():
    who = _who("Sul muro della scuola è comparsa una scritta: «Qui non si arrende nessuno, mai».")
    assert who == {"Qui non si": None}


def test_role_resolves_to_the_person_the_article_introduced():
    who = _who("La ministra del Lavoro Paola Serra ha incontrato i sindacati.",
               "«Il tavolo resta aperto fino a venerdì», ha detto la ministra.",
               "Poi il presidente della Regione, Franco Lodi, ha aggiunto: «Metteremo a "
               "disposizione altri fondi».",
               "«Ma servono tempi certi», ha ribadito il presidente.")
    assert who["Il tavolo resta"] == "Paola Serra"
    assert who["Metteremo a disposizione"] == "Franco Lodi"
    assert who["Ma servono tempi"] == "Franco Lodi"


def test_one_name_per_person_across_the_briefing():
    quotes = [Quote("a", "Kim Jong-un", "", sources=["1"]),
              Quote("b", "Kim Jong Un", "", sources=["2"]),
              Quote("c", "Kim Jong Un", "", sources=["3"]),
              Quote("d", "Putin", "", sources=["1"]),
              Quote("e", "Vladimir Putin", "", sources=["2"]),
              Quote("f", "Obama", "", sources=["3"]),
              Quote("g", "Barack Obama", "", sources=["4"]),
              Quote("h", "Michelle Obama", "", sources=["4"])]
    names = canonical_speakers(quotes)
    assert [names.get(q.speaker, q.speaker) for q in quotes] == [
        "Kim Jong Un", "Kim Jong Un", "Kim Jong Un", "Vladimir Putin", "Vladimir Putin",
        "Obama", "Barack Obama", "Michelle Obama"]  # two Obamas: the surname stays


# -- figures ---------------------------------------------------------------------------------
def _figs(text: str):
    return [(f.it, f.value, f.category, f.unit, f.en)
            for f in extract_figures(_article(text))]


@pytest.mark.parametrize("text,expected", [
    ("Il Pil è sceso del -4,5% nel secondo trimestre.",
     [("-4,5%", -4.5, "percentage", "%", "-4.5%")]),
    ("La produzione industriale è cresciuta del 2,7 per cento.",
     [("2,7 per cento", 2.7, "percentage", "%", "2.7%")]),
    ("In estate sono arrivati 1,5 milioni di turisti.",
     [("1,5 milioni", 1.5e6, "count", "tourists", "1.5 million")]),
    ("Il buco di bilancio vale 38 miliardi di euro.",
     [("38 miliardi", 38e9, "money", "EUR", "€38 bn")]),
    ("Sono stati spesi 2.2 milioni di dollari.",
     [("2.2 milioni", 2.2e6, "money", "USD", "$2.2 million")]),
    ("Il bando offre circa 1 milione e 200 mila posti di lavoro.",
     [("circa 1 milione e 200 mila", 1.2e6, "count", "jobs", "about 1.2 million")]),
    ("Nell'esplosione sono rimaste ferite migliaia di persone.",
     [("migliaia", 1000, "casualties", "people", "thousands")]),
    ("Sul posto sono intervenute tre ambulanze e due elicotteri.",
     [("tre", 3, "count", None, "3"), ("due", 2, "count", None, "2")]),
    ("È la sesta vittoria stagionale per la squadra.",
     [("sesta", 6, "ordinal", "ordinal", "6th")]),
    ("Il rogo ha distrutto oltre cento ettari di bosco.",
     [("oltre cento", 100, "count", "hectares", "more than 100")]),
])
def test_figure_forms(text, expected):
    got = _figs(text)
    assert [(g[0], g[1], g[2], g[4]) for g in got] == [(e[0], e[1], e[2], e[4]) for e in expected]
    for g, e in zip(got, expected, strict=True):
        if e[3] is not None:
            assert g[3] == e[3]


@pytest.mark.parametrize("text", [
    "(ANSA) - ROMA, 12 SET - Il consiglio si è riunito. RED/AB 12-SET-25 14:30 NNNN",
    "L'incontro si terrà in via Garibaldi 12, al primo piano.",
    "La seduta riprenderà alle 18.30 e durerà fino alle 21.",
    "Lo prevede l'articolo 18 dello statuto, al comma 2.",
    "L'intervista completa è a pagina 5 dell'edizione di oggi.",
    "Per informazioni chiamare il numero 06 1234 5678.",
    "Il modello A320 è il più venduto della serie.",
    "La partita è finita 3-1 dopo i supplementari.",
    "Nel 2019 e poi il 3 marzo 2024 si era già votato.",
    "I due Paesi hanno firmato l'accordo.",
])
def test_not_figures(text):
    assert _figs(text) == []


def test_unknown_unit_is_never_left_in_italian(tiny_model):
    from briefing.extract.report import Options, extract
    from briefing.translate.batch import translate_segments, with_english

    article = _article("Nel cortile sono state trovate 14 biciclette abbandonate.")
    rep = extract(article, Options())
    (fig,) = rep.figures
    assert fig.unit is None and fig.unit_it == "biciclette"  # English asked of the engine

    class Engine:
        unknown_words: dict = {}

        def translate(self, sentences, progress=None):
            return [{"biciclette": "bicycles"}.get(s, s.upper()) for s in sentences]

    (fig,) = with_english(rep, translate_segments([rep], Engine())).figures
    assert fig.unit == "bicycles"
    Engine.unknown_words = {"biciclette": ["biciclette"]}
    (fig,) = with_english(rep, translate_segments([rep], Engine())).figures
    assert fig.unit is None  # the engine did not know it: no unit rather than Italian


def test_more_forms_of_italian_attribution():
    who = _who(
        "Il presidente della Repubblica Sergio Mattarella ha ricevuto il premier spagnolo "
        "Pedro Sánchez. «L'Europa deve restare unita davanti alle crisi», ha detto il capo "
        "dello Stato.",
        "«Siamo pronti a firmare nuovi accordi», fanno sapere da Palazzo Chigi.",
        "Più cauto il ministro dell'Economia Giancarlo Giorgetti: «I conti vanno letti con "
        "attenzione».",
        "«Il governo non ascolta nessuno», ha dichiarato il capogruppo alla Camera Tommaso "
        "Foti. Il deputato ha anche chiesto «un confronto pubblico in Parlamento sulle cifre».",
        "«Abbiamo già alcuni elementi utili», si limitano a dire gli investigatori.",
        "Il premier ha incontrato Zelensky a Kiev. «La pace è ancora lontana», ha detto il "
        "leader ucraino.")
    assert who["L'Europa deve restare"] == "Sergio Mattarella"  # capo dello Stato
    assert who["Siamo pronti a"] is None  # a building is no speaker
    assert who["I conti vanno"] == "Giancarlo Giorgetti"
    assert who["un confronto pubblico"] == "Tommaso Foti"  # "il deputato": the one just quoted
    assert who["Abbiamo già alcuni"] == "gli investigatori"  # unnamed, and said so
    assert who["La pace è"] is None  # a role the article does not tie to a name: no guess
