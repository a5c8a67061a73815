"""What kind of value a figure is, beyond what it counts: a change ("altri cinque corpi"),
a first count set aside ("non 2,1 ma 2,4"), a peak ("punte del 95%"), the rest, a count for
each, a place ("a 200 metri dalla costa"), an average, or a kind of what it counts
("missili da crociera", "famiglie che aspettano risposte"). A figure of such a kind is not
a total to set against another source's."""

from __future__ import annotations

import re

from briefing.data import Figure
from briefing.extract.figure_spans import PART_EDGES, end_of, start_of, stretch
from briefing.extract.units import (
    CASUALTY_CONTEXT,
    MEASURE_WORDS,
    PEOPLE,
    UNITS,
    as_listed,
    clause_around,
    noun_after,
    role,
    subject_words_after,
    words_re,
)
from briefing.italian.grammar import FROM_PREP
from briefing.italian.lexicon import is_participle, is_verb_form, lemma, stop_words
from briefing.italian.numbers import SCALES, words_to_number
from briefing.italian.tables import table

_F = table("figures")
_P = table("patterns")
# what happened to people a count names, by the word that says it ("arrestati": arrested)
PEOPLE_ROLES = {w: r for r, ws in _F["people_roles"].items() for w in ws}
PEOPLE_UNITS = frozenset({"people", "people present"})

_AVERAGE = words_re(_F["average_words"])
_MORE_BEFORE = re.compile(r"(?<![\w'’])(?:" + words_re(_F["increment_before"]).pattern + r")\s+$",
                          re.I)
_EARLIER = words_re(_F["earlier_words"])
_REMAINDER = words_re(_F["remainder_verbs"])
# "punte del 95%", "la più forte di magnitudo 3.1": a peak; "superiori a magnitudo 3": a bound
_PEAK_BEFORE = re.compile(r"(?:" + words_re(_F["peak_before"]).pattern
                          + r")\s*(?:(?:" + "|".join(MEASURE_WORDS) + r")\s+)?$", re.I)
_THRESHOLD_BEFORE = re.compile(r"(?:" + words_re(_F["threshold_before"]).pattern
                               + r")\s*(?:(?:" + "|".join(MEASURE_WORDS) + r")\s+)?$", re.I)
_GOAL = words_re(_F["goal_words"])
_CAUSE = re.compile(r"\s+(?:[a-zà-ÿ]+\s+){1,2}(?:" + words_re(_F["cause_qualifiers"]).pattern
                    + r")\b", re.I)
_LIMIT = words_re(_F["limit_words"])
_OTHERS_BEFORE = re.compile(r"(?:" + words_re(_F["others_before"]).pattern
                            + rf")\s+[a-zà-ÿ]+\s+(?:{as_listed(_P['others_verbs'])})\s+$", re.I)
_FIRST_OF = re.compile(r"(?:" + words_re(_F["first_of_before"]).pattern + r")\s+$", re.I)
_WORDS_THEN = r"^\s+(?:[a-zà-ÿ]+\s+){0,2}?"  # the noun counted, and an adjective
_MORE_AFTER = re.compile(_WORDS_THEN + words_re(_F["increment_after"]).pattern, re.I)
_EACH_AFTER = re.compile(_WORDS_THEN + words_re(_F["distributive_after"]).pattern, re.I)
_MONEY_KINDS = {k: re.compile(r"^\W*(?:[\w'’]+\W+){0,3}?(?:" + words_re(v).pattern + ")", re.I)
                for k, v in _F["money_kinds"].items()}
# "missili da crociera", "droni d'attacco": a kind of what is counted
_NOT_KINDS = frozenset(_F["not_kinds"])
# "che hanno …": a relative clause with the auxiliary tells what befell what is counted (a
# link verb may still set a kind apart: "614 agenti che risultavano in servizio")
_LINK_VERBS = frozenset({"avere"})
_AGENT_AFTER = re.compile(rf"\s+{FROM_PREP}\b", re.I)
_KIND_AFTER = re.compile(r"\s*(?:(?P<prep>da)\s+)?(?P<word>[a-zà-ÿ]{4,})\b")
_WHICH = re.compile(rf"\s+che\s+(?:(?:{as_listed(_P['which_adverbs'])})\s+)?([a-zà-ÿ]{{3,}})",
                    re.I)
_FROM_BEFORE = re.compile(rf"\b{FROM_PREP}\s*"
                          rf"(?:(?:{as_listed(_P['from_adjectives'])})\s+)?$", re.I)
_TO_AFTER = re.compile(r"\s+(?:[a-zà-ÿ%]+\s+)?(?:a|al|allo|alla|all['’]|ai|alle|agli)\s*"
                       r"(?:circa\s+|oltre\s+)?\d", re.I)
REJECTED_BEFORE = re.compile(
    rf"(?:(?:^|[^\w'’])(?:e\s+)?non\s+(?:(?:{as_listed(_P['rejected_between'])})\s+)?"
    r"(?:(?:i|il|gli|le|la|l['’]|di|dei|degli|delle|del|della|dello|dell['’])\s*)?"
    r"|\baltro\s+che\s+)$", re.I)  # "non i 350mila", "non di 480mila", "Altro che 2.312"
# "2.300, contro le 1.500 indicate il primo giorno": another's figure, set against it
_AGAINST_BEFORE = re.compile(r"\bcontro\s+(?:i|il|gli|le|la|l['’])\s*$", re.I)
_CLAIMED_AFTER = re.compile(r"\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:" + "|".join(_F["claimed_participles"])
                            + r")[aeio]\b", re.I)


def subject_role(s: str, f: Figure) -> str | None:
    """What befell the people a number counts, told by its subject after it, past an aside
    ("Sono sette, e non cinque come comunicato, le persone rimaste ferite nel crollo")."""
    words = subject_words_after(s, start_of(f, s), end_of(f, s))
    return role(words, 0, "") if words and words.split()[0] in PEOPLE \
        and CASUALTY_CONTEXT.search(words) else None


def change_kind(f: Figure, s: str, figs: list[Figure]) -> str | None:
    """"altri cinque corpi", "tre in più": a count added to one said before ("more");
    "una batteria ciascuna": a count for each of several ("each"); a goal or a rule's bound
    ("goal", "limit"). None is a total to set against another source's."""
    start, end = start_of(f, s), end_of(f, s)
    head = s[:start] if start >= 0 else ""
    clause = clause_around(s, end)
    if _EARLIER.search(clause):
        return "earlier"  # "che in un primo momento parlava di due vittime"
    # the sentence gives another value of its kind, which this one gives way to
    replaced = any(g is not f and g.category == f.category for g in figs) and (
        _FROM_BEFORE.search(head) and _TO_AFTER.match(s, end)) or any(  # "da 1.150 a 780"
        g is not f for g in figs) and rejected(f, s)  # "Non 2,1 ma 2,4", "non i 210 …"
    if replaced:
        return "earlier"
    if _PEAK_BEFORE.search(head):
        return "peak"  # "con punte del 95% tra il personale di volo": a peak, not the value
    if f.category == "measure" and _THRESHOLD_BEFORE.search(head):
        return "peak"  # "tre delle quali superiori a magnitudo 3": a bound, not a value
    last_clause = re.split(r"[,;:.!?«»“”\"()]", head)[-1]
    if _GOAL.search(last_clause):
        return "goal"  # "vogliamo arrivare a 250mila presenze": aimed at, not counted
    if _LIMIT.search(last_clause + " " + re.match(r"\D*", f.it).group()):
        return "limit"  # "soglia minima di adesione al 66,67%", "un massimo di 5mila": a bound
    if _OTHERS_BEFORE.search(head):
        return "rest"  # "Le altre vittime sono due donne": the rest of a count
    if _FIRST_OF.search(head):
        return "first"  # "i funerali delle prime tre vittime": the first ones of a count
    if _MORE_BEFORE.search(head) or _MORE_AFTER.match(s[end:]):
        # "restano in gravi condizioni altri quattro ospiti": the ones left, a count
        return None if _REMAINDER.search(clause) else "more"
    return "each" if _EACH_AFTER.match(s[end:]) else None


_LENGTHS = frozenset({"km", "metres", "cm", "mm", "miles", "nautical miles"})
_AT = re.compile(r"(?:^|\W)a\s+"
                 rf"(?:(?:{as_listed(_P['at_distance_qualifiers'], spaces=True)})\s+)?$", re.I)
_FROM = re.compile(rf"\s*(?:[a-zà-ÿ]+\s+)?{FROM_PREP}\b", re.I)


def position_kind(f: Figure, s: str) -> str | None:
    """"a circa 200 metri dalla costa": where something is, not a quantity of the event —
    two such distances are seldom of one thing."""
    if f.unit not in _LENGTHS:
        return None
    start, end = start_of(f, s), end_of(f, s)
    lead = re.match(r"[^\d]*", f.it).group()
    if _AT.search(s[:max(0, start)] + lead) and _FROM.match(s, end):
        return "at"
    return None


def count_kind(f: Figure, s: str) -> str | None:
    """A kind of what is counted, written after its noun ("missili da crociera", "missili
    balistici"), or "average": figures of different kinds are not one quantity."""
    # "in media" in its own clause, or "il beneficio medio" before it: not "… del 34% sulla
    # media ponderata" after it, of another figure
    part, at = stretch(f, s, PART_EDGES)
    after = " ".join(part[at + len(f.it):].split()[:4])  # "2.000 euro in media"
    if f.category in ("money", "percentage", "count") and (
            _AVERAGE.search(after) or _AVERAGE.search(part[:at])):
        return "average"
    if f.category == "money":
        after = s[end_of(f, s):]
        return next((k for k, rx in _MONEY_KINDS.items() if rx.search(after)), None)
    if f.category == "casualties" and _CAUSE.match(s, end_of(f, s)):
        return "attributed"  # "due decessi attribuibili al batterio": a part of the toll
    if f.category != "count" or f.unit is None or f.unit in PEOPLE_UNITS or not f.unit_it \
            and not noun_after(s, end_of(f, s)):
        return None
    end = end_of(f, s)
    noun = noun_after(s, end)
    at = s.find(noun, end) if noun else -1
    rel = _WHICH.match(s, at + len(noun)) if at >= 0 else None
    if rel and is_verb_form(rel.group(1).lower()) \
            and lemma(rel.group(1).lower()) not in _LINK_VERBS:
        # "780 famiglie che aspettano risposte" (not "4.000 visitatori che hanno pagato":
        # what befell them, told or not elsewhere)
        return "che " + lemma(rel.group(1).lower())
    m = _KIND_AFTER.match(s, at + len(noun)) if at >= 0 else None
    if not m or m.group("word").lower() in UNITS or m.group("word").lower() in PEOPLE_ROLES:
        return None
    word = m.group("word").lower()
    if word in _NOT_KINDS or word in _WEEKDAYS or word.endswith("mente") \
            or not m.group("prep") and (
            is_verb_form(word) or is_participle(word) or word in stop_words()
            or _AGENT_AFTER.match(s, m.end())):
        # "missili lanciati", "auto distrutte", "ettari percorsi dal fuoco": what befell
        # them, which another report may say before the number or not at all
        return None
    return m.group().strip().lower()


_PERIOD_UNITS: dict[str, str] = _F["period_units"]
_PERIOD_RATES: dict[str, str] = _F["period_rates"]
# "in un giorno", "in tre giorni", "nelle ultime 24 ore", "nel triennio", "in 48 ore"
_SPAN = re.compile(r"\b(?:in|nelle|negli|nei|nel|nell['’]|entro|per)\s*"
                   rf"(?:(?:{as_listed(_P['span_premodifiers'])})\s+)?"
                   r"(?:(?P<n>\d+|[a-zà-ÿ]+)\s+)?(?P<u>"
                   + "|".join(sorted(_PERIOD_UNITS, key=len, reverse=True)) + r")\b", re.I)
_RATE = re.compile(r"(?:^|[^\w'’])(?P<r>" + "|".join(
    re.escape(r) for r in sorted(_PERIOD_RATES, key=len, reverse=True)) + r")\b", re.I)


_TO_DATE = re.compile(rf"\b(?:{as_listed(_P['to_date'])})\b", re.I)
_WEEKDAYS = table("calendar")["weekdays"]
# "tra venerdì e domenica": the days a count is counted over; "a sabato": one of them
_DAYS_SPAN = re.compile(r"\btra\s+(?P<a>" + "|".join(_WEEKDAYS) + r")\s+e\s+(?P<b>"
                        + "|".join(_WEEKDAYS) + r")\b", re.I)
_ONE_DAY = re.compile(r"\b(?:a|per|nella\s+giornata\s+di)\s+(?:" + "|".join(_WEEKDAYS)
                      + r")\b", re.I)


def period_of(f: Figure, s: str) -> str | None:
    """The span a count is counted over, said in its part of the sentence ("1.470 arrivi
    in un giorno" → "1 day", "2.312 in tre giorni" → "3 day", "210 milioni l'anno" → "1
    year"): counts over different spans are not one quantity. None when not said."""
    if f.category in _NOT_AMOUNTS:
        return None
    part, at = stretch(f, s, PART_EDGES)
    part = part.replace("’", "'")  # "210 milioni l’anno"
    after = part[at + len(f.it):]
    rate = _RATE.search(after[:40])
    if rate:
        return _PERIOD_RATES[rate.group("r").lower()]
    if _TO_DATE.search(part):
        return "to date"  # "dall'inizio dell'anno sono 19 le persone morte sul lavoro"
    days = _DAYS_SPAN.search(part)
    if days:  # "tra venerdì e domenica sono arrivate 2.312 persone": three days
        a, b = (_WEEKDAYS.index(days.group(g).lower()) for g in ("a", "b"))
        return f"{(b - a) % 7 + 1} day"
    if _ONE_DAY.search(part[max(0, at - 20):at]):
        return "1 day"  # "assegna a sabato 1.512 persone"
    span = _SPAN.search(after[:60]) or _SPAN.search(part[max(0, at - 40):at])
    if not span:
        return None
    unit = _PERIOD_UNITS[span.group("u").lower()]
    if " " in unit:  # "nel triennio": a count of its own
        return unit
    n = span.group("n")
    if n is None:
        return None  # "nel giorno dell'annuncio", "in giornata": a day, not a span
    count = int(n) if n.isdigit() else words_to_number(n) if n.lower() not in ("un", "una",
                                                                                "uno") else 1
    return f"{count} {unit}" if count else None


def rejected(f: Figure, s: str) -> bool:
    """A value the sentence sets aside as someone else's or wrong ("62mila, non 480mila",
    "Altro che 2.312", "2.300, contro le 1.500 indicate il primo giorno")."""
    start, end = start_of(f, s), end_of(f, s)
    head = s[:start] if start >= 0 else ""
    return bool(REJECTED_BEFORE.search(head)
                or _AGAINST_BEFORE.search(head) and _CLAIMED_AFTER.match(s, end))


_NOT_AMOUNTS = ("duration", "date", "year", "ordinal", "age")


def corrections(figs: list[Figure], s: str) -> None:
    """Each value a sentence asserts against one it sets aside: the asserted figure keeps
    the rejected value (``instead_of``), so a story can set it against the article that
    gave that value ("Rubati i dati di 62mila pazienti, non di 480mila")."""
    for y in figs:
        if not rejected(y, s):
            continue
        # "390 milioni di euro l'anno, non i 210 milioni stimati": a bare amount set aside
        # is of the asserted one's kind; failing one of its own kind
        others = [x for x in figs if x is not y and not rejected(x, s) and x.value != y.value
                  and x.category == y.category] or [
            x for x in figs if x is not y and not rejected(x, s) and x.value != y.value
            and y.category == "count" and not y.unit and x.category not in _NOT_AMOUNTS]
        if others:
            x = min(others, key=lambda x: abs(start_of(x, s) - start_of(y, s)))
            x.instead_of = y.value * _scale_left_out(x, y)


_SCALE_WORDS = sorted(SCALES, key=len, reverse=True)


def _scale_left_out(x: Figure, y: Figure) -> float:
    """"2 milioni di euro, non dei 3": the scale the value set aside leaves to the one
    asserted (3 million, not 3)."""
    def scale_of(f: Figure) -> float:  # the scale word written in the figure, longest first
        return next((SCALES[w] for w in _SCALE_WORDS if w in f.it.lower()), 1.0)

    if y.value >= 1000 or x.value < 1000 or scale_of(y) > 1:
        return 1.0
    scale = scale_of(x)
    return scale if scale > 1 and y.value * scale >= x.value / 10 else 1.0

