"""Figure forms beyond plain digits and number words: ages ("il 17enne"), temperatures
("-15,-20 gradi", "-25°"), approximate numerals ("una trentina"), whole scales ("mezzo
milione", "il milione di veicoli"), "un minuto e 47 secondi", and people counted without a
noun ("In quattro sono ancora intrappolati").

Each scanner takes the sentence's scan (see :class:`briefing.extract.figures._Scan`: its
text ``s``, ``free``, ``add`` and ``figure``) and adds what it finds.
"""

from __future__ import annotations

import re
from typing import Protocol

from briefing.data import Figure
from briefing.extract.units import UNITS, as_listed
from briefing.italian.numbers import WORD_NUMBER, age_of, words_to_number
from briefing.italian.tables import table

_F = table("figures")
_P = table("patterns")
_APPROXIMATE: dict[str, int] = _F["approximate_numerals"]
_TEMPERATURE = re.compile(r"\b(?:" + "|".join(_F["temperature_words"]) + r")\b", re.I)
_PLACE_AFTER_ORDINAL = frozenset(_F["place_after_ordinal"])
_DETERMINER_BEFORE = re.compile(r"\b(?:il|lo|la|l['’]|un|una|uno|un['’]|del|della|dello|"
                                r"dell['’]|al|alla|dal|dalla|col|sul|sulla)\s*$", re.I)
# "secondo"/"seconda" only as an ordinal of a series: "il secondo ricovero"
ORDINAL_TWO: dict[str, int] = _P["series_ordinals"]
SECOND = re.compile(r"\b(?:il|la|lo|l['’]|al|alla|del|della|nel|nella|un|una)\s+"
                    rf"(?P<w>{as_listed(ORDINAL_TWO)})\b", re.I)


class Scan(Protocol):
    s: str
    out: list[Figure]
    taken: list[tuple[int, int]]

    def free(self, a: int, b: int) -> bool: ...

    def add(self, fig: Figure, a: int, b: int) -> None: ...

    def figure(self, value: float, a: int, end: int, *, value_max: float | None = None,
               sign: str | None = None, approx: bool = False) -> None: ...


_STATEMENT = re.compile(rf"\b(?:{as_listed(_P['statement_words'])})\b|%", re.I)


def is_statement(inner: str) -> bool:
    """A quoted string that says something ("Siamo oltre 10 mila"), not a title ("Il Sole
    24 Ore"): it has a verb, a qualifier or a scale word."""
    from briefing.extract.clauses import has_verb

    return has_verb(inner) or bool(_STATEMENT.search(inner))


_ONE_NOUNS = frozenset(_F["one_nouns"])
_NOUN = re.compile(r"\s+(?:(?P<only>sol[oa])\s+)?(?P<noun>[a-zà-ÿ]+)", re.I)
_END = re.compile(r"\s*(?:$|[.;:!?,)])")
_LISTED_AFTER = re.compile(rf"\s*(?:$|[.;:!?,]|\s+e\s+(?:\d|{WORD_NUMBER.pattern}))", re.I)
_LISTED_BEFORE = re.compile(rf"(?:\d[\d.,]*|{WORD_NUMBER.pattern})\s+[a-zà-ÿ]+\s*(?:,|\be)\s*$",
                            re.I)


def one_counted(s: str, a: int, b: int, counted_before: bool) -> bool:
    """"un", "una", "uno" as the number one, not an article: a toll that lists it ("un morto
    e 300 evacuati", "tre feriti e un disperso", "Crolla un solaio, un morto"), "una sola
    persona dispersa", or a count named before it ("i dispersi scendono a uno")."""
    if s[a:b].lower() == "uno":
        return counted_before and bool(_END.match(s, b))
    m = _NOUN.match(s, b)
    if not m or m.group("noun").lower() not in _ONE_NOUNS:
        return False
    return bool(m.group("only") or _LISTED_AFTER.match(s, m.end())
                or _LISTED_BEFORE.search(s[:a]))


def place_after(s: str, end: int) -> bool:
    """"al terzo piano", "il 5° binario": an ordinal that is an address."""
    m = re.match(r"\s*([a-zà-ÿ]+)", s[end:], re.I)
    return bool(m) and m.group(1).lower() in _PLACE_AFTER_ORDINAL


def ages(scan: Scan) -> None:
    """"il 17enne", "un 84enne", "la diciassettenne": an age."""
    s = scan.s
    for m in re.finditer(r"\b[\wà-ÿ]+enn[ei]\b", s, re.I):
        n = age_of(m.group())
        if n is None or not scan.free(*m.span()):
            continue
        if m.group().lower().startswith("ottenn") and not _DETERMINER_BEFORE.search(s[:m.start()]):
            continue  # "il club ottenne la promozione": a verb
        scan.add(Figure(value=float(n), it=m.group(), context_it=s, unit="years old",
                        category="age"), *m.span())


# "due donne di 87 e 91 anni": two people's ages
_TWO_AGES = re.compile(r"\bdi\s+(?P<a>\d{1,3})\s+e\s+(?P<b>\d{1,3})\s+anni\b", re.I)
# "Giuseppe Rosso, 79 anni, Lucia Bertola, 87, …": a name, then its age
_NAME_AGE = re.compile(r"(?P<name>[A-ZÀ-Ý][\wà-ÿ'’]+\s+[A-ZÀ-Ý][\wà-ÿ'’]+),\s+"
                       r"(?P<n>\d{1,3})(?=\s*(?:,|\s+e\s|\.|;|\)|$))")
_AGE_SAID = re.compile(r"\b\d{1,3}\s+anni\b|\b\d{1,3}enn[ei]\b", re.I)
_REFERENCE = frozenset(w.lower() for w in _F["reference_words"])


def listed_ages(scan: Scan) -> None:
    """"due donne di 87 e 91 anni", and ages after names in a list that gives one age in
    years ("Giuseppe Rosso, 79 anni, Lucia Bertola, 87, e Caterina Sobrero, 91")."""
    s = scan.s
    for m in _TWO_AGES.finditer(s):
        for g in ("a", "b"):
            a, b = m.span(g)
            end = m.end() if g == "b" else b
            if scan.free(a, end):
                scan.add(Figure(value=float(m.group(g)), it=s[a:end], context_it=s,
                                unit="years old", category="age"), a, end)
    if not _AGE_SAID.search(s):
        return
    for m in _NAME_AGE.finditer(s):
        a, b = m.span("n")
        first = m.group("name").split()[0].lower()
        if first in _REFERENCE or not 0 < int(m.group("n")) <= 110 or not scan.free(a, b):
            continue  # "Via Roma, 12": an address
        scan.add(Figure(value=float(m.group("n")), it=m.group("n"), context_it=s,
                        unit="years old", category="age"), a, b)


_DEGREES = re.compile(
    r"(?<![\w.,])(?P<a>[-−+]?\d+(?:,\d+)?)(?:\s*,\s*(?P<b>[-−]\d+(?:,\d+)?))?"
    r"\s*(?P<u>°\s*C\b|°|gradi\b(?:\s+centigradi\b)?)", re.I)


def _number(text: str) -> float:
    return float(text.replace("−", "-").replace(",", "."))


def temperatures(scan: Scan) -> None:
    """"-15,-20 gradi" (a range), "-25°", "la minima è scesa a -18°": temperatures. An
    unsigned "80°" outside talk of the weather is left to the ordinals."""
    s = scan.s
    for m in _DEGREES.finditer(s):
        if not scan.free(*m.span()):
            continue
        signed = m.group("a")[0] in "-−+" or m.group("b")
        weather = bool(_TEMPERATURE.search(s))
        if re.search(r"\b(?:magnitudo|scala)\b", s[max(0, m.start() - 40):m.end() + 30], re.I):
            continue  # "6,8 gradi della scala Richter": a measure, read elsewhere
        if m.group("u").startswith("°") and not (signed or weather):
            continue
        if m.group("u").lower().startswith("gradi") and not (signed or weather):
            continue
        a = _number(m.group("a"))
        b = _number(m.group("b")) if m.group("b") else None
        lo, hi = (min(a, b), max(a, b)) if b is not None else (a, None)
        scan.add(Figure(value=lo, value_max=hi, it=m.group().strip(), context_it=s, unit="°C",
                        category="temperature", approx=b is not None), *m.span())


def approximate(scan: Scan) -> None:
    """"una trentina di persone", "un centinaio di feriti": about thirty, about a hundred."""
    s = scan.s
    names = "|".join(_APPROXIMATE)
    for m in re.finditer(rf"\b(?:una|un)\s+(?P<w>{names})\b", s, re.I):
        if scan.free(*m.span()):
            value = float(_APPROXIMATE[m.group("w").lower()])
            scan.figure(value, m.start(), m.end(), approx=True)
            scan.out[-1].qualifier = scan.out[-1].qualifier or "about"


_SCALE_COMPOUND = re.compile(
    rf"(?<![\w'’])(?P<a>\d+(?:,\d+)?|{WORD_NUMBER.pattern})\s+(?P<s>milion[ei]|miliard[oi])\s+e\s+"
    r"(?:(?P<half>mezzo)|(?P<n>\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*(?P<k>mila)?)(?![\w.,]\d)", re.I)


def scale_compounds(scan: Scan) -> None:
    """"un milione e 700mila", "due milioni e mezzo", "1 milione e 200.000": a scale and
    the rest of the number after "e" are one value, not a million and then 700,000."""
    s = scan.s
    for m in _SCALE_COMPOUND.finditer(s):
        if not scan.free(*m.span()):
            continue
        a = m.group("a")
        head = float(a.replace(",", ".")) if a[0].isdigit() else words_to_number(
            "un" if a.lower() in ("un", "uno", "una", "un'") else a.lower())
        scale = 1e6 if m.group("s").lower().startswith("milion") else 1e9
        if head is None:
            continue
        if m.group("half"):
            rest = scale / 2
        else:
            rest = float(m.group("n").replace(".", "").replace(",", "."))
            rest *= 1e3 if m.group("k") else 1
            if not 1e3 <= rest < scale:
                continue  # "un milione e 200": not a rest of the million
        scan.figure(head * scale + rest, m.start(), m.end())


def whole_scales(scan: Scan) -> None:
    """"mezzo milione", "il milione di veicoli", "un miliardo": a scale word as the number."""
    s = scan.s
    for m in re.finditer(r"\b(?P<h>mezz[oa]|il|un|del|al|dal|nel|sul)\s+(?P<s>milione|miliardo)"
                         r"\b(?=\s+(?:di|d['’]|e\s+mezzo)\b|\s*[,.;:]|\s*$)", s, re.I):
        if not scan.free(*m.span()):
            continue
        value = (1e6 if m.group("s").lower() == "milione" else 1e9)
        if m.group("h").lower().startswith("mezz"):
            value /= 2
        start = m.start() if m.group("h").lower() in ("mezzo", "mezza", "un") else m.start("s")
        scan.figure(value, start, m.end())


def minutes_and_seconds(scan: Scan) -> None:
    """"un minuto e 47 secondi", "2 ore e 15 minuti": one duration, in the smaller unit."""
    s = scan.s
    units = {"or": 3600, "minut": 60, "second": 1}
    for m in re.finditer(r"\b(?P<a>un|una|\d+|[a-zà-ÿ]+)\s+(?P<ua>or[ae]|minut[oi])\s+e\s+"
                         r"(?P<b>\d+|[a-zà-ÿ]+)\s+(?P<ub>minut[oi]|second[oi])\b", s, re.I):
        if not scan.free(*m.span()):
            continue
        a, b = (_count(m.group("a")), _count(m.group("b")))
        if a is None or b is None:
            continue
        ua, ub = (next(v for k, v in units.items() if m.group(g).lower().startswith(k))
                  for g in ("ua", "ub"))
        unit = {1: "seconds", 60: "minutes"}[ub]
        scan.add(Figure(value=float(a * ua // ub + b), it=m.group(), context_it=s, unit=unit,
                        category="duration"), *m.span())


def _count(text: str) -> int | None:
    m = re.fullmatch(r"(\d+)(?:\.(\d{3}))?\s?(mila)?", text, re.I)
    if m:  # "12", "1.200", "8mila"
        return int(m.group(1) + (m.group(2) or "")) * (1000 if m.group(3) else 1)
    return 1 if text.lower() in ("un", "una") else words_to_number(text)


_PEOPLE_VERB = rf"(?:{as_listed(_P['counted_people_verbs'])})"
# the state of the people counted: "in prognosi", "ricoverati" ("dispersi", "disperse")
_STATE = (rf"(?:{as_listed(_P['people_state_starts'], spaces=True)}"
          rf"|(?:{as_listed(_P['people_state_words'])}|disperse?i?)\b)")
_NUMBER = rf"(?P<n>\d+(?:\.\d{{3}})?(?:\s?mila\b)?|{WORD_NUMBER.pattern})"
_COUNTED = tuple(re.compile(rx) for rx in (
    rf"\b[Ii]n\s+{_NUMBER}\s+{_PEOPLE_VERB}\b",
    rf"\b(?i:{as_listed(_P['counted_in_verbs'])})\s+in\s+{_NUMBER}\b(?!\s+[a-zà-ÿ])",
    # "Due restano in prognosi riservata": the sentence's subject, people
    rf"(?:^|[:;]\s+)(?i:{_NUMBER})\s+(?:{as_listed(_P['counted_state_verbs'])})\s+"
    rf"(?:ancora\s+|tuttora\s+)?{_STATE}"))


def counted_people(scan: Scan) -> None:
    """"In quattro sono ancora intrappolati", "erano in dodici": people counted without a
    noun (not "tagliare in due")."""
    s = scan.s
    for rx in _COUNTED:
        for m in rx.finditer(s):
            n = _count(m.group("n"))
            if n is None or n < 2 or not scan.free(*m.span("n")):
                continue
            lead = s[m.start():m.start("n")].strip().lower()
            start = m.start() if lead == "in" else m.start("n") - (
                3 if lead.endswith(" in") else 0)  # "In quattro", "erano in dodici", "Due"
            scan.add(Figure(value=float(n), it=s[start:m.end("n")].strip(), context_it=s,
                            unit="people", category="count", unit_it="persone"),
                     start, m.end("n"))


# "7, 19, 33, 46, 58, 81": numbers drawn, a combination, a list of codes — no quantity
_NUMBER_LIST = re.compile(r"(?<![\w.,])\d{1,3}(?:\s*[,–-]\s*\d{1,3}){3,}(?:\s*(?:e|,)\s*\d{1,3})?"
                          r"(?![\w.,]\d)")


def number_lists(scan: Scan) -> None:
    """A run of four or more bare small numbers ("La combinazione vincente: 7, 19, 33, 46,
    58, 81", "… 58 e 81 sono i numeri estratti") is taken and gives no figure, unless a
    counted noun follows it."""
    for m in _NUMBER_LIST.finditer(scan.s):
        after = scan.s[m.end():]
        word = re.match(r"\s*([a-zà-ÿ]+)", after, re.I)
        counted = re.match(r"\s*(?:%|per\s?cento|euro|€)", after, re.I) or (
            word and word.group(1).lower() in UNITS)  # "3, 4, 5 e 6 feriti" are counts
        if scan.free(*m.span()) and not counted:
            scan.taken.append(m.span())
