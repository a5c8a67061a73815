"""Extracting figures: numbers in the forms Italian news writes them, with what they count.

Digits with Italian grouping ("10.000", "12.925", "2,7", "-4,5%"), glued and spelled
scales ("15mila", "1,5 milioni", "1 milione e 200 mila"), number words ("due svastiche",
"oltre cento brani", via text2num), ordinals ("80°", "39esimo", "la sesta vittoria"),
ranges ("tra i 10 e gli 11 mila"), qualifiers ("più di", "circa", "quasi") and vague
quantities ("migliaia di feriti", kept as vague). Each figure keeps the words exactly as
written and its sentence, so it can be found in the article.

Not figures: years, dates and times (see :mod:`briefing.extract.dates`), codes and model numbers
("A400M", "Air Jordan 13", "Flightradar24", "gara-2", "top-3"), numbers used as names
("il 118", "Il sole 24 ore"), scores ("4-2"), article, page, house and phone numbers.
The English value is written here from the parsed number ("€38 bn", "1.2 million"); the
unit is an English word from a table, or the engine's English for the Italian noun,
never the Italian noun itself.
"""

from __future__ import annotations

import functools
import re

from briefing.data import Article, Figure
from briefing.extract.dates import date_spans
from briefing.italian.lexicon import is_verb_form, stop_words

_SCALES = {"mila": 1e3, "mille": 1e3, "milioni": 1e6, "milione": 1e6, "mln": 1e6,
           "miliardi": 1e9, "miliardo": 1e9, "mld": 1e9, "mliardi": 1e9}
_SCALE = r"mila|milioni|milione|miliardi|miliardo|mln|mld"
_QUAL = {
    "più di": "more than", "oltre": "more than", "almeno": "at least", "circa": "about",
    "quasi": "almost", "fino a": "up to", "meno di": "fewer than", "intorno a": "around",
    "intorno ai": "around", "poco più di": "just over", "ben": None, "appena": "just",
    "si aggira sui": "about", "si aggira intorno a": "about", "sopra ai": "over",
    "sopra i": "over", "sotto i": "under", "oltre i": "more than", "oltre le": "more than",
    "più del": "more than", "meno del": "less than", "attorno a": "around",
    "attorno ai": "around", "un massimo di": "up to", "un minimo di": "at least",
    "non meno di": "no fewer than", "non più di": "no more than", "addirittura": None,
    "ad appena": "just", "sui": "about", "sulle": "about", "sugli": "about",
}
_APPROX = {"more than", "at least", "about", "almost", "up to", "fewer than", "around",
           "just over", "over", "under", "less than", "no fewer than", "no more than"}
_QUAL_RE = "|".join(sorted(map(re.escape, _QUAL), key=len, reverse=True))
_QUAL_BEFORE = re.compile(rf"\b(?P<q>{_QUAL_RE})\s+(?:i\s+|gli\s+|le\s+|il\s+|l['’])?$", re.I)

_VAGUE = {"migliaia": (1e3, "thousands"), "centinaia": (100, "hundreds"),
          "decine": (10, "dozens"), "dozzine": (12, "dozens"), "milioni": (1e6, "millions"),
          "miliardi": (1e9, "billions"), "decina": (10, "about ten"),
          "centinaio": (100, "about a hundred"), "migliaio": (1e3, "about a thousand")}

_UNITS = {
    "soldati": "soldiers", "militari": "troops", "truppe": "troops", "uomini": "men",
    "combattenti": "fighters", "morti": "dead", "feriti": "injured", "vittime": "victims",
    "persone": "people", "civili": "civilians", "cittadini": "citizens",
    "bambini": "children", "anni": "years", "mesi": "months", "giorni": "days",
    "ore": "hours", "settimane": "weeks", "minuti": "minutes", "secondi": "seconds",
    "centesimi": "hundredths", "euro": "EUR", "dollari": "USD", "sterline": "GBP",
    "rubli": "RUB", "franchi": "CHF", "yen": "JPY", "ospedali": "hospitals",
    "missili": "missiles", "droni": "drones", "carri": "tanks", "paesi": "countries",
    "capi": "heads", "leader": "leaders", "bottigliette": "bottles", "bottiglie": "bottles",
    "chilometri": "km", "km": "km", "metri": "metres", "tonnellate": "tonnes",
    "litri": "litres", "ettari": "hectares", "voti": "votes", "seggi": "seats",
    "posti": "jobs", "lavoratori": "workers", "turisti": "tourists",
    "profughi": "refugees", "rifugiati": "refugees", "prigionieri": "prisoners",
    "ostaggi": "hostages", "aerei": "aircraft", "navi": "ships", "chiamate": "calls",
    "richieste": "requests", "interventi": "interventions", "casi": "cases",
    "pazienti": "patients", "satelliti": "satellites", "esperimenti": "experiments",
    "brani": "tracks", "album": "albums", "livelli": "levels", "violazioni": "violations",
    "multe": "fines", "veicoli": "vehicles", "auto": "cars", "presenze": "overnight stays",
    "famiglie": "families", "abitanti": "inhabitants", "punti": "points", "gol": "goals",
    "svastiche": "swastikas", "volte": "times", "edizioni": "editions",
    "studenti": "students", "scuole": "schools", "case": "homes", "abitazioni": "homes",
    "edifici": "buildings", "medici": "doctors", "infermieri": "nurses",
    "dipendenti": "employees", "imprese": "companies", "aziende": "companies",
    "migranti": "migrants", "arresti": "arrests", "arrestati": "arrested",
    "denunciati": "reported to police", "indagati": "under investigation",
    "dispersi": "missing", "sfollati": "displaced", "evacuati": "evacuated",
    "agenti": "officers", "poliziotti": "police officers", "carabinieri": "carabinieri",
    "pompieri": "firefighters", "vigili": "firefighters", "colpi": "shots",
    "proiettili": "rounds", "bombe": "bombs", "razzi": "rockets", "attacchi": "attacks",
    "raid": "raids", "giocatori": "players", "partite": "matches", "vittorie": "wins",
    "medaglie": "medals", "titoli": "titles", "dosi": "doses", "vaccini": "vaccines",
    "contagi": "infections", "decessi": "deaths", "ricoveri": "hospital admissions",
    "pezzi": "pieces", "confezioni": "packs", "chili": "kg", "kg": "kg", "grammi": "g",
    "metri quadrati": "m²", "mq": "m²", "camion": "trucks", "mezzi": "vehicles",
    "treni": "trains", "voli": "flights", "passeggeri": "passengers", "firme": "signatures",
    "iscritti": "members", "elettori": "voters", "votanti": "voters", "domande": "applications",
    "pensioni": "pensions", "comuni": "municipalities", "regioni": "regions",
    "stati": "states", "nazioni": "nations", "città": "cities", "villaggi": "villages",
    "piani": "floors", "stanze": "rooms", "letti": "beds", "posti letto": "beds",
    "lavoratrici": "workers", "donne": "women", "minori": "minors", "anziani": "elderly",
    "pagine": "pages", "libri": "books", "copie": "copies", "spettatori": "spectators",
    "visitatori": "visitors", "clienti": "customers", "utenti": "users",
    "nuclei": "households", "alunni": "pupils", "membri": "members",
    "delegati": "delegates", "deputati": "MPs", "senatori": "senators",
}
_TROOPS = {"soldati", "militari", "truppe", "combattenti"}
_CASUALTY = {"morti", "feriti", "vittime", "caduti", "decessi", "dispersi", "uccisi"}
_CASUALTY_WORDS = re.compile(
    r"\b(?:uccis[ioae]|mort[ioae]|feriti|ferite|caduti|vittime|decedut[ioae]|dispersi)\b", re.I)
_DURATION = {"anni", "mesi", "giorni", "ore", "settimane", "minuti", "secondi"}
_CURRENCY = {"€": "EUR", "$": "USD", "£": "GBP"}
_CURRENCY_SIGN = {code: sign for sign, code in _CURRENCY.items()}
_NOT_NOUNS = {
    "della", "del", "dello", "dei", "degli", "delle", "di", "e", "a", "in", "per", "che",
    "il", "la", "lo", "le", "gli", "i", "un", "una", "con", "su", "da", "dal", "dalla",
    "nel", "nella", "al", "alla", "tra", "fra", "o", "ma", "non", "si", "sono", "è", "ha",
    "hanno", "mila", "fa", "circa", "più", "meno", "volte", "sul", "sulla", "ai", "agli",
    "alle", "ad", "contro", "anche", "solo", "già", "ancora", "quasi", "oltre", "mentre",
    "dopo", "prima", "erano", "era", "sarebbero", "sarebbe", "vengono", "viene", "sui",
}
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:articolo|art\.|artt\.|comma|n\.|nr\.|num\.|numero|pagina|pag\.|pp?\.|via|viale|"
    r"piazza|corso|vicolo|largo|civico|gara|legge|decreto|dpcm|canale|linea|volo|tappa|"
    r"edizione|serie|versione|modello|capitolo|cap\.|punto|paragrafo|tabella|figura|"
    r"lotto|interno|scala|km|codice|classe|ore|quota|stanza|camera|binario|uscita)"
    r"|\b(?:il|al|del|dal|nel|sul|col|l['’]|all['’]|dell['’]|dall['’]|nell['’]))\s*$",
    re.I)
_WORD_NUMBER = re.compile(
    r"\b(?:un[oa']?|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|"
    r"quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti\w*|ventu\w*|trenta\w*|"
    r"trentu\w*|quaranta\w*|quarantu\w*|cinquanta\w*|cinquantu\w*|sessanta\w*|sessantu\w*|"
    r"settanta\w*|settantu\w*|ottanta\w*|ottantu\w*|novanta\w*|novantu\w*|cento\w*|"
    r"duecento\w*|trecento\w*|quattrocento\w*|cinquecento\w*|seicento\w*|settecento\w*|"
    r"ottocento\w*|novecento\w*|mille\w*|\w+mila)\b", re.I)
_ORDINAL_WORD = re.compile(
    r"\b(?:terz|quart|quint|sest|settim|ottav|non|decim|undicesim|dodicesim|tredicesim|"
    r"quattordicesim|quindicesim|sedicesim|diciassettesim|diciottesim|diciannovesim|"
    r"\w+esim)[oaie]\b", re.I)
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_DIGITS = re.compile(
    rf"(?<![\w.,])(?P<sign>[-−+](?=\d))?(?P<n>{_NUM})(?P<glued>mila|mln|mld)?"
    r"(?P<ordinal>[°º]|esim[oaie]|°)?(?![\w]|[.,]\d)", re.I)
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cento\b|percento\b|punti percentuali\b)", re.I)
_SCALE_AFTER = re.compile(rf"\s*(?:di\s+)?(?P<s>{_SCALE})\b", re.I)
_COMPOSITE = re.compile(rf"\s+e\s+(?P<n>{_NUM}|\w+)\s*(?P<s>mila)\b", re.I)
_CURRENCY_BEFORE = re.compile(r"(?P<c>[€$£])\s?$")
_CURRENCY_AFTER = re.compile(
    r"\s*(?:di\s+)?(?P<c>euro|dollari|sterline|rubli|franchi|yen|€|\$|£)\b", re.I)


@functools.lru_cache(maxsize=4096)
def _text2num(words: str) -> int | None:
    from text_to_num import text2num

    try:
        return text2num(words.lower().replace("’", "'").rstrip("'"), "it")
    except (ValueError, IndexError):
        return None


@functools.lru_cache(maxsize=1024)
def _ordinal_word(word: str) -> int | None:
    from text_to_num import alpha2digit

    out = alpha2digit(word.lower(), "it")
    m = re.fullmatch(r"(\d+)[ºª°]", out)
    return int(m.group(1)) if m else None


def parse_number(text: str) -> float:
    """Italian digits: "10.000" → 10000, "2,5" → 2.5; "2.2" (one or two digits after the
    point) is an English decimal, since Italian groups thousands by three."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))


def _fmt(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _short(v: float) -> str:
    """One or two decimals at most, for "1.2 million"."""
    return f"{v:.2f}".rstrip("0").rstrip(".")


def format_value(v: float, vmax: float | None = None, *, money: str | None = None) -> str:
    """A number as people write it: "10,000", "1.2 million", "€38 bn", "10,000–11,000"."""
    big = max(abs(v), abs(vmax or 0))
    if big >= 1e9:
        div, word = 1e9, (" bn" if money else " billion")
    elif big >= 1e6:
        div, word = 1e6, " million"
    else:
        div, word = 1, ""
    def round_hundredths(x: float) -> bool:
        return abs(x / div * 100 - round(x / div * 100)) < 1e-6

    if div > 1 and not (round_hundredths(v) and (vmax is None or round_hundredths(vmax))):
        div, word = 1, ""  # 1,234,567 is not a round million: keep every digit
    num = (_short(v / div) if div > 1 else _fmt(v))
    if vmax is not None:
        num += "–" + (_short(vmax / div) if div > 1 else _fmt(vmax))
    sign = _CURRENCY_SIGN.get(money or "", "")
    if money and not sign:
        return f"{num}{word} {money}"
    if sign and num.startswith("-"):
        return f"-{sign}{num[1:]}{word}"
    return f"{sign}{num}{word}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def english(f: Figure) -> str:
    """The English of a figure, written from its value (never from the translation)."""
    if f.vague:
        return f.qualifier or "some"
    if f.category == "ordinal":
        return _ordinal(int(f.value))
    if f.unit == "%":
        num = _fmt(f.value) + (f"–{_fmt(f.value_max)}" if f.value_max is not None else "") + "%"
    elif f.category == "money":
        num = format_value(f.value, f.value_max, money=f.unit)
    else:
        num = format_value(f.value, f.value_max)
    return f"{f.qualifier} {num}" if f.qualifier else num


# Nouns that name the measure before its number: "scossa di magnitudo 4.4".
_MEASURE_BEFORE = {"magnitudo": "magnitude", "temperatura": "°", "quota": "altitude",
                   "tasso": "rate", "indice": "index", "punteggio": "score"}


def _verb_form(word: str) -> bool:
    """'avvertita', 'colpiti': a participle or verb, not the noun a number counts."""
    w = word.lower()
    return w not in _UNITS and is_verb_form(w)


def _noun_after(s: str, end: int) -> str:
    m = re.match(r"\s*(?:di\s+|d['’]|i\s+|gli\s+|le\s+)?(?P<noun>[a-zà-ÿ]+(?:\s+letto)?)", s[end:],
                 re.I)
    noun = m.group("noun").lower() if m else ""
    if noun and _verb_form(noun):
        return ""
    if noun in _NOT_NOUNS or (noun in stop_words() and noun not in _UNITS):
        return ""
    return noun


def _unit_and_category(s: str, end: int, base: str | None = None
                       ) -> tuple[str | None, str, str | None]:
    """(English unit, category, Italian noun) for the figure ending at ``end``."""
    before = re.search(r"\b(?P<m>" + "|".join(_MEASURE_BEFORE) + r")\s+(?:di\s+|pari a\s+)?"
                       r"[-+]?[\d.,]+\s*$", s[:end], re.I)
    if before:
        return _MEASURE_BEFORE[before.group("m").lower()], "measure", None
    noun = _noun_after(s, end)
    looked_back = False
    if not noun:  # "migliaia di soldati (si stima tra i 10 e gli 11 mila)": look back
        before = [w.lower() for w in re.findall(r"[a-zà-ÿ]+", s[max(0, end - 90):end], re.I)]
        noun = next((w for w in reversed(before) if w in _UNITS and w not in _DURATION), "")
        looked_back = bool(noun)
    unit = base or _UNITS.get(noun)
    if unit in ("EUR", "USD", "GBP", "RUB", "CHF", "JPY"):
        return unit, "money", None
    if unit == "%":
        return unit, "percentage", None
    if noun == "anni" and not looked_back and re.search(
            r"(?:\b(?:età di|di|a|ai|all['’]età di)|,)\s*(?:circa\s+|quasi\s+)?[\w.,]+\s*$",
            s[:end].rstrip()[: -len("anni")] if s[:end].rstrip().endswith("anni") else s[:end]):
        return "years old", "age", None
    if noun in _DURATION and not looked_back:
        return unit, "duration", None
    clause = s[max(0, end - 60):end] + re.split(r"[;:]|\s-\s", s[end:end + 80])[0]
    if noun in _TROOPS | {"persone", "civili"} | _CASUALTY and (
            _CASUALTY_WORDS.search(clause) or noun in _CASUALTY):
        return unit, "casualties", None
    if noun in _TROOPS:
        return unit, "troops", None
    if unit is None and noun and len(noun) > 2 and not looked_back:
        return None, "count", noun  # English asked of the engine later
    return unit, "count", None


def _measured(s: str, end: int, sign: str | None = None
              ) -> tuple[str | None, str, str | None, int]:
    """(unit, category, Italian noun, end of the figure's words) for a number whose digits
    or words end at ``end``: a per cent, money (``sign``: a currency sign written before
    the number), else what the noun after it counts."""
    pct = _PERCENT_AFTER.match(s, end)
    if pct:
        return "%", "percentage", None, pct.end()
    cur = _CURRENCY_AFTER.match(s, end)
    code = sign or (cur.group("c") if cur else None)
    if code:
        return _CURRENCY.get(code) or _UNITS.get(code.lower()), "money", None, end
    return (*_unit_and_category(s, end), end)


class _Sentence:
    """One sentence with the stretches that cannot be figures marked off."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocked: list[tuple[int, int]] = [(a, b) for a, b, _ in date_spans(text)]
        for m in re.finditer(r"\b[A-Za-z]+\d+[A-Za-z\d]*\b|\b\d+[A-Za-z]+\d+\w*\b"
                             r"|\b\w+-\d+\b|\b\d+-\w*[A-Za-z]\w*\b", text):
            if not re.fullmatch(r"\d+(?:mila|mln|mld|esim[oaie])", m.group(), re.I):
                self.blocked.append(m.span())  # codes: A400M, Flightradar24, gara-2, top-3
        for m in re.finditer(r"\b\d{1,2}\s?-\s?\d{1,2}\b(?!\s*(?:%|[a-zà-ÿ]{3,}))", text):
            self.blocked.append(m.span())  # a score: 4-2, 1-1
        for m in re.finditer(r"(?:\+\d{1,3}[\s.]?)?\b\d{2,4}(?:[\s./-]\d{2,5}){1,4}\b", text):
            digits = len(re.sub(r"\D", "", m.group()))
            if digits >= 8 and (digits >= 9 or re.search(
                    r"tel|telefon|cell|numero|chiama|fax|whatsapp",
                    text[max(0, m.start() - 30):m.start()], re.I)):
                self.blocked.append(m.span())  # phone numbers
        for m in re.finditer(r"\b\d{1,2}-[A-Z]{3}-\d{2,4}\b|\b[A-Z]{2,}/[A-Z]{2,}\b"
                             r"|\bNNNN\b", text):
            self.blocked.append(m.span())  # wire codes: "RED/AB 12-SET-25 14:30 NNNN"
        # numbers inside a short quoted title: “Il sole 24 ore”
        for m in re.finditer(r"[«“\"]([^«»“”\"]{1,40})[»”\"]", text):
            inner = m.group(1)
            if (inner[:1].isupper() or inner.strip().isdigit()) and len(inner.split()) <= 6 \
                    and re.search(r"\d", inner):
                self.blocked.append(m.span())

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.blocked)


def _capitalised_name_before(s: str, start: int) -> bool:
    """'Air Jordan 13', 'Servizio 118': a number named after a word, not a quantity."""
    m = re.search(r"([A-ZÀ-Ý][\wÀ-ÿ]+)\s+$", s[:start])
    if not m:
        return False
    return m.group(1).lower() not in ("sono", "erano", "saranno", "restano", "resta", "ecco",
                                      "oltre", "circa", "quasi", "almeno", "solo", "soltanto",
                                      "appena", "ben", "ancora", "altri", "altre")


def _scan(s: str) -> list[Figure]:
    sent = _Sentence(s)
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def add(fig: Figure, a: int, b: int) -> None:
        taken.append((a, b))
        out.append(fig)

    def free(a: int, b: int) -> bool:
        return sent.free(a, b) and all(b <= x or a >= y for x, y in taken)

    def qualifier(start: int) -> tuple[str | None, int, str]:
        m = _QUAL_BEFORE.search(s[:start])
        if not m:
            return None, start, ""
        key = re.sub(r"\s+(?:i|gli|le|il)$", "", m.group("q").lower())
        return _QUAL.get(key, _QUAL.get(m.group("q").lower())), m.start(), m.group().strip()

    # 1. ranges: "tra i 10 e gli 11 mila", "da 5 a 10 milioni"
    for m in re.finditer(
            rf"\b(?:tra|fra)\s+(?:i\s+|gli\s+|le\s+|il\s+)?(?P<a>{_NUM})\s*(?P<sa>{_SCALE})?"
            rf"\s+e\s+(?:i\s+|gli\s+|le\s+|il\s+)?(?P<b>{_NUM})\s*(?P<sb>{_SCALE})?\b"
            rf"|\bda\s+(?P<c>{_NUM})\s*(?P<sc>{_SCALE})?\s+a\s+(?P<d>{_NUM})\s*"
            rf"(?P<sd>{_SCALE})?\b", s, re.I):
        if not free(*m.span()):
            continue
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        sa, sb = ((m.group("sa"), m.group("sb")) if m.group("a")
                  else (m.group("sc"), m.group("sd")))
        if not (sa or sb) and m.group("c") and not _PERCENT_AFTER.match(s, m.end()) \
                and not _noun_after(s, m.end()):
            continue  # "da 5 a 10" with nothing counted: too vague to be sure
        hi_scale = _SCALES.get((sb or sa or "").lower(), 1)
        lo = parse_number(a) * _SCALES.get((sa or sb or "").lower(), hi_scale)
        hi = parse_number(b) * hi_scale
        if hi < lo:
            continue
        unit, cat, noun, _ = _measured(s, m.end())
        add(Figure(value=lo, value_max=hi, approx=True, it=m.group(), context_it=s, unit=unit,
                   category=cat, unit_it=noun), *m.span())

    # 2. digits
    for m in _DIGITS.finditer(s):
        a, b = m.span()
        if not free(a, b):
            continue
        raw = m.group("n")
        if m.group("ordinal"):
            v = parse_number(raw)
            if float(v).is_integer():
                add(Figure(value=v, it=m.group().lstrip("+"), context_it=s, unit="ordinal",
                           category="ordinal"), a, b)
            continue
        if _REFERENCE_BEFORE.search(s[:a]) and not (
                _PERCENT_AFTER.match(s, b) or _SCALE_AFTER.match(s, b)
                or _CURRENCY_AFTER.match(s, b) or (m.group("glued"))
                or (_noun_after(s, b) and not re.search(r"\b(?:il|al|del|dal|nel|sul|l['’]|"
                                                        r"all['’]|dell['’]|dall['’])\s*$",
                                                        s[:a], re.I))
                or (_noun_after(s, b) in _UNITS and not re.search(
                    r"\b(?:articolo|art\.|comma|n\.|numero|pagina|via|piazza|gara)\s*$",
                    s[:a], re.I))):
            continue  # article 4, via Roma 12, "il 118", "alle 18"
        if _capitalised_name_before(s, a) and not (
                _PERCENT_AFTER.match(s, b) or _SCALE_AFTER.match(s, b)
                or _CURRENCY_AFTER.match(s, b) or _noun_after(s, b) in _UNITS):
            continue  # Air Jordan 13, Servizio 118
        v = parse_number(raw)
        end = b
        scale = m.group("glued")
        if not scale:
            sm = _SCALE_AFTER.match(s, b)
            if sm:
                scale, end = sm.group("s"), sm.end()
        if scale:
            v *= _SCALES[scale.lower()]
            cm = _COMPOSITE.match(s, end)  # "1 milione e 200 mila"
            if cm and _SCALES[scale.lower()] > 1e3:
                part = cm.group("n")
                extra = parse_number(part) if part[0].isdigit() else _text2num(part)
                if extra is not None:
                    v += extra * 1e3
                    end = cm.end()
        if m.group("sign") in ("-", "−"):
            v = -v
        qual, qstart, qtext = qualifier(a)
        currency = _CURRENCY_BEFORE.search(s[:a])
        unit, cat, noun, written_end = _measured(s, end, currency.group("c") if currency
                                                 else None)
        start = currency.start() if currency else a
        it = s[start:written_end].strip()
        if qtext:
            it = s[qstart:written_end].strip()
        add(Figure(value=v, it=it, context_it=s, unit=unit, category=cat,
                   approx=qual in _APPROX, qualifier=qual, unit_it=noun),
            min(start, qstart), written_end)

    # 3. number words: "due svastiche", "oltre cento brani", "un milione e duecentomila"
    for m in re.finditer(rf"(?:{_WORD_NUMBER.pattern})(?:\s+(?:e\s+)?(?:{_WORD_NUMBER.pattern}"
                         rf"|{_SCALE}))*", s, re.I):
        a, b = m.span()
        if not free(a, b):
            continue
        words = m.group()
        v = _text2num(words.replace(" e ", " ").replace("un'", "un"))
        if v is None:
            continue
        qual, qstart, qtext = qualifier(a)
        single = len(words.split()) == 1
        if words.lower().rstrip("'’") in ("un", "uno", "una") and not qual:
            continue  # the article "un", not the number one
        noun = _noun_after(s, b)
        if single and re.search(r"\b(?:i|gli|le|ai|agli|alle|dei|degli|delle|nei|negli|nelle|"
                                r"sui|sugli|coi|tra i|fra i)\s+$", s[:a], re.I) \
                and noun not in _DURATION:
            continue  # "i due Paesi": the ones already named, not a new count
        elliptic = re.search(r"\b(?:di cui|tra cui|fra cui|dei quali|delle quali)\s+$", s[:a],
                             re.I)
        if not noun and not qual and not elliptic:
            continue  # a number word with nothing counted is prose
        unit, cat, unit_it, end = _measured(s, b)
        it = s[(qstart if qtext else a):end].strip()
        add(Figure(value=float(v), it=it, context_it=s, unit=unit, category=cat,
                   approx=qual in _APPROX, qualifier=qual, unit_it=unit_it),
            qstart if qtext else a, end)

    # 4. ordinal words: "la sesta vittoria", "il 39esimo presidente" (not primo/secondo)
    for m in _ORDINAL_WORD.finditer(s):
        if not free(*m.span()):
            continue
        v = _ordinal_word(m.group())
        if v is None or v < 3:
            continue
        add(Figure(value=float(v), it=m.group(), context_it=s, unit="ordinal",
                   category="ordinal"), *m.span())

    # 5. vague quantities: "migliaia di soldati", "centinaia di feriti"
    for m in re.finditer(r"\b(?P<v>migliaia|centinaia|decine|dozzine|milioni|miliardi|decina|"
                         r"centinaio|migliaio)\s+(?:di|d['’])\s*", s, re.I):
        if not free(*m.span()):
            continue
        v, label = _VAGUE[m.group("v").lower()]
        unit, cat, noun = _unit_and_category(s, m.end() - 1)
        add(Figure(value=float(v), it=m.group("v"), context_it=s, unit=unit, category=cat,
                   approx=True, qualifier=label, vague=True, unit_it=noun), *m.span("v"))

    return sorted(out, key=lambda f: s.find(f.it))


def extract_figures(article: Article) -> list[Figure]:
    """Every figure in the article's sentences (titles and headings too), in reading order."""
    out: list[Figure] = []
    lines = [(article.title_it, article.title_en)] if article.title_it else []
    lines += [(s.it, s.en) for s in article.sentences]
    for it, en in lines:
        for fig in _scan(it):
            fig.en = english(fig)
            fig.context_en = en
            out.append(fig)
    return out
