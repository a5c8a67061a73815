"""What a number counts: the noun after it, a per cent, a currency, a measure named before it,
and — for people — what happened to them (killed, injured, missing, rescued).

The vocabulary is data (``italian/data/units.tsv`` and ``figures.json``): the English unit
of each noun and its class — troops, casualties, people, durations, money, temperatures —
and the words that tell people killed from people injured, missing or rescued, which the
conflicts stage needs too. The words the patterns of this and the other extraction modules
are built on are in ``patterns.json``, joined in their order by :func:`as_listed`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.italian.grammar import (
    AND,
    AUX,
    BETWEEN,
    COMPLEMENT,
    DETERMINERS,
    PARTICIPLES,
    PLURAL_DETERMINERS,
)
from briefing.italian.lexicon import is_verb_form, stop_words
from briefing.italian.tables import alternatives, rows, table

_F = table("figures")
_P = table("patterns")
UNITS: dict[str, str] = {row[0]: row[1] for row in rows("units") if row[1]}
_CLASS: dict[str, str] = {row[0]: row[2] for row in rows("units") if len(row) > 2 and row[2]}
_KNOWN = frozenset(row[0] for row in rows("units"))
TROOPS = frozenset(w for w, c in _CLASS.items() if c == "troops")
CASUALTY = frozenset(w for w, c in _CLASS.items() if c == "casualty")
PEOPLE = frozenset(w for w, c in _CLASS.items() if c == "people")
# the English units of those nouns ("medici" → doctors): a count of people, whatever its noun
PEOPLE_EN = frozenset(UNITS[w] for w in PEOPLE if w in UNITS)
DURATION = frozenset(w for w, c in _CLASS.items() if c == "duration")
MONEY_WORDS = [w for w, c in _CLASS.items() if c == "money"]
CURRENCY = {"€": "EUR", "$": "USD", "£": "GBP"}
MONEY_CODES = frozenset(UNITS[w] for w in MONEY_WORDS)
NOT_NOUNS = frozenset(_F["not_nouns"])
_ADJECTIVES = frozenset(_F["adjectives_before_noun"])
_CLASSIFIERS = frozenset(_F["classifier_nouns"])


def as_listed(words: Iterable[str], spaces: bool = False) -> str:
    """A regex alternation of ``words`` in the order listed (where two fit, the first wins):
    an apostrophe matches either form ("l'", "l’"), a space one space as written, or with
    ``spaces`` any run of spaces."""
    space = r"\s+" if spaces else " "
    return "|".join(re.escape(w).replace(r"\ ", space).replace("'", "['’]") for w in words)


_PER_HOUR = re.compile(rf"\s*(?:{as_listed(_P['speed_units'])})\s*"
                       rf"(?:{as_listed(_P['per_hour'])})\b", re.I)
# Nouns that name the measure before its number: "scossa di magnitudo 4.4".
_MEASURE_BEFORE: dict[str, str] = _F["measure_before"]
MEASURE_WORDS = tuple(_MEASURE_BEFORE)
_MEASURE = re.compile(r"\b(?P<m>" + "|".join(_MEASURE_BEFORE) + r")\s+(?:di\s+|pari a\s+)?"
                      r"[-+]?[\d.,]+\s*$", re.I)


_LEVEL = re.compile(rf"\b(?:{'|'.join(_F['level_verbs'])})[a-zà-ÿ]*\s+(?:a\s+)?quota\s+$", re.I)


def level_quota(before: str) -> bool:
    """"gli sfollati hanno raggiunto quota 11.400": ``before`` (the text up to the number)
    ends with the level a count reached, not a name ("Quota 100") or an altitude."""
    return bool(_LEVEL.search(before))


def words_re(words: list[str]) -> re.Pattern[str]:
    """A pattern for any of ``words`` (phrases allowed), whole words only."""
    alts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.I)


_ROLE_WORDS: dict[str, list[str]] = _F["casualty_words"]
ROLES = ("killed", "injured", "missing", "rescued")
_ROLE_RE = {role: words_re(_ROLE_WORDS[role]) for role in ROLES}
KILLED, INJURED = _ROLE_RE["killed"], _ROLE_RE["injured"]
CASUALTY_CONTEXT = words_re([w for ws in _ROLE_WORDS.values() for w in ws])
_BEFELL = words_re([w for ws in _ROLE_WORDS.values() for w in ws]
                   + [w for ws in _F["people_roles"].values() for w in ws])


def befell(text: str) -> bool:
    """The text says what happened to someone: killed, injured, missing, arrested,
    evacuated ("Un anziano è morto", "un 17enne è stato arrestato")."""
    return bool(_BEFELL.search(text))


NOUN_ROLES: dict[str, str] = _F["noun_roles"]  # "morti": killed, "superstiti": rescued
_TOLL = re.compile(r"\s+(?:il|lo)\s+(?:" + "|".join(_F["toll_nouns"]) + r")\s+(?:\w+\s+)?"
                   r"(?:delle|dei|degli|di)\s+(?P<noun>[a-zà-ÿ]+)", re.I)
_MONEY_FRAME = words_re(_F["money_frame"])
_POSSESSIVES = "|".join(table("grammar")["plural_possessives"])  # "18 suoi soldati"
# "i feriti sono ora dieci", "le persone morte sono tre": people named, then their number
_ADVERBS = rf"(?:(?:{alternatives(_F['predicate_adverbs'])})\s+)*"


def _verb_pattern(phrase: str) -> str:
    """"scendono a": an adverb may stand between the verb and its "a" ("i dispersi scendono
    così a tre")."""
    *verb, last = phrase.split()
    if last != "a" or not verb:
        return r"\s+".join(map(re.escape, phrase.split()))
    return r"\s+".join(map(re.escape, verb)) + rf"\s+{_ADVERBS}a"


_VERBS = "|".join(sorted(map(_verb_pattern, _F["predicate_verbs"]), key=len, reverse=True))
_PREDICATE_TAIL = rf"\s+(?:{_VERBS})\s+{_ADVERBS}$"
PREDICATE = re.compile(r"\b(?P<w1>[a-zà-ÿ]+)(?:\s+(?P<w2>[a-zà-ÿ]+))?" + _PREDICATE_TAIL, re.I)
# "Gli evasi dal carcere di Rossano erano cinque": the subject opening the clause, then a
# complement of it, then the verb
HEAD_PREDICATE = re.compile(
    rf"(?:^|[.;:]\s+)\W*(?:{alternatives(DETERMINERS)})\s*(?P<w1>[a-zà-ÿ]+)\s+"
    rf"(?:{alternatives(COMPLEMENT)})\b[^,;:.«»“”]{{0,60}}?" + _PREDICATE_TAIL, re.I)

# "Le palestre riconducibili alla stessa regia sarebbero 16", "le coppie che si sono
# riprodotte sono 64": a plural subject, what is said of it, then the verb and the number
_THE_PLURAL = alternatives(PLURAL_DETERMINERS)  # "i", "gli", "le"
_PLURAL_SUBJECT = re.compile(rf"(?:^|\W)(?:{_THE_PLURAL})\s+(?P<w1>[a-zà-ÿ]{{3,}})\b"
                             r"[^,;:.«»“”]{0,60}?" + _PREDICATE_TAIL, re.I)


def plural_subject(head: str) -> str:
    """The noun of a plural subject a number after its verb counts, however much is said of
    it before the verb ("i pescherecci fermi erano 780"), or ""."""
    m = _PLURAL_SUBJECT.search(head)
    noun = m.group("w1").lower() if m else ""
    return "" if not noun or is_verb_form(noun) or noun in stop_words() \
        or noun in NOT_NOUNS else noun


_CLAUSE_EDGE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:e|ed|mentre|ma|però)\b", re.I)

PERCENT_AFTER = re.compile(rf"\s*(?:%|per\s?cento\b|(?:{as_listed(_P['percent_words'])})\b)", re.I)
CURRENCY_BEFORE = re.compile(r"(?P<c>[€$£])\s?$")
CURRENCY_AFTER = re.compile(
    rf"\s*(?:di\s+)?(?P<c>{'|'.join(MONEY_WORDS)}|€|\$|£)\b(?!\s+tirator)", re.I)  # not
# "venti franchi tiratori": deputies who vote against their side


def verb_form(word: str) -> bool:
    """'avvertita', 'colpiti': a participle or verb, not the noun a number counts."""
    w = word.lower()
    return w not in UNITS and is_verb_form(w)


def _plain_noun(word: str) -> str:
    if not word or verb_form(word):
        return ""
    if word in NOT_NOUNS or (word in stop_words() and word not in UNITS):
        return ""
    return word


# the noun after a number; two-word nouns: "posti letto", "franchi tiratori", "nuclei familiari"
_NOUN_AFTER = re.compile(r"\s*(?:di\s+|d['’]|i\s+|gli\s+|le\s+)?"
                         r"(?:(?:" + _POSSESSIVES + r")\s+)?"
                         rf"(?P<noun>[a-zà-ÿ]+(?:\s+(?:{as_listed(_P['noun_second_words'])}))?)"
                         r"(?:\s+(?P<next>[a-zà-ÿ]+))?", re.I)


def noun_after(s: str, end: int) -> str:
    """The noun a number ending at ``end`` counts ("10 mila soldati" → "soldati"), or "".
    An adjective may come first ("46 violente grandinate"): a noun we know wins over it."""
    m = _NOUN_AFTER.match(s[end:])
    if not m:
        return ""
    noun, nxt = m.group("noun").lower(), (m.group("next") or "").lower()
    if noun in _ADJECTIVES and nxt:  # "i nuovi autobus"
        return _plain_noun(nxt)
    if noun not in _KNOWN and nxt in _KNOWN and not verb_form(noun) \
            and noun not in NOT_NOUNS and noun not in stop_words():
        return nxt
    return _plain_noun(noun)


_COPULA_FIRST = re.compile(r"(?:^|[,;:(–—-]|\b(?:e|ma)\b)\s*(?:"
                           + words_re(_F["copula_first"]).pattern + r")\s+$", re.I)
# the noun after a clause set off by commas: "Saranno 24, e non 28 come annunciato, i nuovi …"
# "sono 18 in tutto i feriti": an adverb may come between
_SUBJECT_AFTER = re.compile(r"^(?:\s*,[^,.;:]{0,80},)?(?:\s*(?:in\s+tutto|complessivamente|"
                            r"finora|ormai|ancora|già|ora|adesso|invece|oggi))?"
                            r"\s*(?=(?:i|gli|le)\s)", re.I)


def _subject_at(s: str, start: int, end: int) -> int | None:
    """Where a subject written after its number starts (its article), or None."""
    if not _COPULA_FIRST.search(s[:start]):
        return None
    m = _SUBJECT_AFTER.match(s[end:])
    return end + m.end() if m else None


def subject_after(s: str, start: int, end: int) -> str:
    """The noun of a subject written after its number: "Sono due, per ora, gli indagati",
    "Saranno 24, e non 28 come annunciato, i nuovi autobus"."""
    at = _subject_at(s, start, end)
    return noun_after(s, at) if at is not None else ""


def subject_words_after(s: str, start: int, end: int) -> str:
    """The first words of a subject written after its number ("Sono oltre 400, secondo il
    Comune, le persone evacuate dalle case" → "persone evacuate dalle case"), or ""."""
    at = _subject_at(s, start, end)
    return " ".join(re.findall(r"[a-zà-ÿ']+", s[at:].lower())[1:5]) if at is not None else ""


def toll_noun(s: str, end: int) -> str:
    """"portato a 14 il bilancio delle vittime": the noun the toll after the number counts."""
    m = _TOLL.match(s, end)
    return m.group("noun").lower() if m else ""


# "Il conteggio definitivo dei feriti, fornito da Ats Pavia, è di sedici persone"
_TOLL_BEFORE = re.compile(r"\b(?:il|lo)\s+(?:" + "|".join(_F["toll_nouns"]) + r")\s+"
                          r"(?:[a-zà-ÿ]+\s+)?(?:dei|delle|degli)\s+(?P<noun>[a-zà-ÿ]+)"
                          r"(?:\s*,[^,.;:«»]{1,80},)?\s+(?:è|era|sarà|risulta|resta|rimane)"
                          r"(?:\s+[a-zà-ÿ]+)?\s+(?:di|a)\s+[^,.;:]{0,30}$", re.I)


def toll_subject(s: str, end: int) -> str:
    """The people a toll written as the subject counts, past an aside ("Il conteggio dei
    feriti, fornito da Ats Pavia, è di sedici persone" → "feriti"), or ""."""
    m = _TOLL_BEFORE.search(s, 0, end)
    return m.group("noun").lower() if m and m.group("noun").lower() in NOUN_ROLES else ""


_AGE_BEFORE = re.compile(rf"(?:\b(?:{as_listed(_P['age_before'])})|,)\s*(?:circa\s+|quasi\s+)?"
                         r"[\w.,]+\s*$")


def _is_age(s: str, end: int) -> bool:
    """'all'età di 17 anni', 'Mario Rossi, 45 anni', 'avrebbe compiuto 36 anni': an age."""
    head = s[:end].rstrip()
    head = head[: -len("anni")] if head.endswith("anni") else s[:end]
    return bool(_AGE_BEFORE.search(head))


# "una donna di 71 anni e una cassiera di 24", "un ragazzo di 17 anni, uno di 19": two
# people told alike, the second age said without its noun
_DET = rf"(?:{as_listed(_P['age_again_determiners'])})"
_AGE_AGAIN = re.compile(rf"\b{_DET}\s*[a-zà-ÿ]+\s+di\s+[\w.,]+\s+anni\s*(?:,|e|ed)\s+"
                        rf"{_DET}\s*(?:[a-zà-ÿ]+\s+)?di\s+[\w.,]+$", re.I)


_SENTENCE_BEFORE = re.compile(rf"\b(?:{as_listed(_P['sentence_before'])})\b"
                              r"[^.;:]{0,60}?\s(?:a|ad|di|per)?\s*(?:circa\s+)?[\w.,]+\s*$", re.I)
_SENTENCE_WORD = re.compile(rf"\b(?:{as_listed(_P['sentence_stems'])}"
                            rf"|(?:{as_listed(_P['sentence_whole_words'])})\b)", re.I)
_SENTENCE_AFTER = re.compile(r"\s*(?:e\s+\w+\s+mesi\s+)?(?:di\s+)?"
                             rf"(?:{as_listed(_P['sentence_after'])})\b", re.I)


def _sentenced(s: str, end: int) -> bool:
    """'condannato a cinque anni', 'chiesti sette anni', '4 anni di reclusione': a prison
    sentence, not an age."""
    head = s[:end].rstrip()
    head = head[: -len("anni")] if head.endswith("anni") else s[:end]
    after = s[end:]
    after = after[len(" anni"):] if after.startswith(" anni") else after
    # "chiesti sette anni per Ciarlo, sei per Tomei, quattro anni e sei mesi per la
    # dirigente": a list of sentences the sentence asks or gives
    listed = bool(re.match(r"\s*(?:e\s+\w+\s+mesi\s+)?per\s", after)) and bool(
        _SENTENCE_WORD.search(head))
    return bool(_SENTENCE_BEFORE.search(head) or _SENTENCE_AFTER.match(after)) or listed


def clause_around(s: str, end: int) -> str:
    """The words around a number up to the clause's edges (commas, "e", "mentre")."""
    edges = [m for m in _CLAUSE_EDGE.finditer(s)]
    start = max((m.end() for m in edges if m.end() <= end - 1), default=0)
    stop = min((m.start() for m in edges if m.start() >= end), default=len(s))
    return s[start:stop]


_AMONG_ASIDE = re.compile(r"(?:\s+[a-zà-ÿ]+)?\s*,\s*(?:tra|fra)\s+(?:cui|loro|questi|queste)\b"
                          r"[^,;:.]{1,40},\s*", re.I)
def past_aside(s: str, end: int) -> int:
    """Where the clause of a count goes on past the part set beside it ("Diciotto persone,
    tra cui 12 minorenni, sono rimaste intossicate"): what befell them is said after it."""
    aside = _AMONG_ASIDE.match(s, end)
    return aside.end() + 1 if aside else end


_AMONG_THE = re.compile(rf"\btra\s+(?:{_THE_PLURAL})\s+[\w.,]+$", re.I)


def role(s: str, end: int, noun: str) -> str | None:
    """What happened to the people a number counts: its noun ("morti"), else a word of its
    clause ("sono rimaste ferite"), else the nearest such word."""
    if noun in NOUN_ROLES:
        return NOUN_ROLES[noun]
    if told := toll_subject(s, end):
        return NOUN_ROLES[told]
    # the word right after the count's noun: "quattro operai salvati dopo 16 ore. Morto il
    # caposquadra" (rescued, not killed)
    right = [(m.start(), r) for r in ROLES
             for m in _ROLE_RE[r].finditer(s, end, min(len(s), end + 25))]
    if right and not re.search(r"[.;:,]", s[end:min(right)[0]]):
        return min(right)[1]
    if _AMONG_THE.search(s, 0, end):  # "le vittime tra le 16 persone a bordo": the whole
        return None
    clause = clause_around(s, past_aside(s, end))
    for r in ROLES:
        if _ROLE_RE[r].search(clause):
            return r
    window = s[max(0, end - 50): end + 60]
    hits = [(abs(m.start() + max(0, end - 50) - end), r) for r in ROLES
            for m in _ROLE_RE[r].finditer(window)]
    return min(hits)[1] if hits else None


_AMONG_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(BETWEEN)) + r")\s+(?:i\s+|gli\s+|le\s+)?"
                          r"(?P<w>[a-zà-ÿ]{3,})\s+(?:" + "|".join(sorted(AND)) + r")\s", re.I)
_CAL = table("calendar")
TIME_WORDS = frozenset(_CAL["months"] + _CAL["weekdays"] + _CAL["relative_days"]
                        + [w[:-1] + "i" for w in _CAL["weekdays"] if w.endswith("ì")])


def unit_and_category(s: str, end: int, base: str | None = None
                      ) -> tuple[str | None, str, str | None]:
    """(English unit, category, Italian noun) for the figure ending at ``end``."""
    before = _MEASURE.search(s[:end])
    if before and not (level_quota(s[:before.end("m") + 1]) and not noun_after(s, end)):
        return _MEASURE_BEFORE[before.group("m").lower()], "measure", None
    noun = noun_after(s, end) or toll_noun(s, end)
    if noun in ("chilometri", "km") and _PER_HOUR.match(s, end):
        return "km/h", "measure", None  # "a 112 chilometri orari": a speed
    classifier = noun if noun in _CLASSIFIERS else ""  # "290 unità": named before it
    noun = "" if classifier else noun
    looked_back = False
    among = _AMONG_AFTER.match(s, end) if not noun else None
    first = among.group("w").lower() if among else ""
    if among and first not in TIME_WORDS:
        # "oltre 40mila tra visite ed esami": what follows, not the noun before
        noun = first if first in UNITS else ""
        if not noun:
            return None, "count", None
    if not noun and _AGE_AGAIN.search(s[:end]):
        return "years old", "age", None
    if not noun:  # "migliaia di soldati (si stima tra i 10 e gli 11 mila)": look back
        # within its sentence part: not across "… 3.200 ettari. Regione: 5 milioni"
        head = re.split(r"[.;!?]\s", s[max(0, end - 90):end])[-1]
        before_words = [w.lower() for w in re.findall(r"[a-zà-ÿ]+", head, re.I)]
        # "i sì erano stati 171": a participle after its auxiliary is no noun; "i detenuti
        # presenti sono 1.430": "presenti" says of the noun before it
        noun = next((w for i, w in reversed(list(enumerate(before_words)))
                     if w in UNITS and w not in DURATION
                     and not (i and before_words[i - 1] in AUX and w in PARTICIPLES)
                     and not (i and UNITS[w] == "people present"
                              and before_words[i - 1] in UNITS)),
                    "")
        looked_back = bool(noun)
    if classifier and not noun:
        return None, "count", classifier
    unit = base or UNITS.get(noun)
    if unit in MONEY_CODES:
        return unit, "money", None
    if unit == "%":
        return unit, "percentage", None
    if noun == "anni" and not looked_back and _sentenced(s, end):
        return "years", "sentence", None  # "condannato a cinque anni": a prison sentence
    if noun == "anni" and not looked_back and _is_age(s, end):
        return "years old", "age", None
    if noun in DURATION and not looked_back:
        return unit, "duration", None
    # the figure's own clause: "cinque agenti feriti, tre persone arrestate" are not three
    # injured
    if noun in TROOPS | PEOPLE | CASUALTY and (
            CASUALTY_CONTEXT.search(clause_around(s, end)) or noun in CASUALTY):
        return unit, "casualties", None
    if noun in TROOPS:
        return unit, "troops", None
    if unit is None and noun and len(noun) > 2 and not looked_back:
        return None, "count", noun  # English asked of the engine later
    return unit, "count", None


def measured(s: str, end: int, sign: str | None = None
             ) -> tuple[str | None, str, str | None, int]:
    """(unit, category, Italian noun, end of the figure's words) for a number whose digits
    or words end at ``end``: a per cent, money (``sign``: a currency sign written before
    the number), else what the noun after it counts."""
    pct = PERCENT_AFTER.match(s, end)
    if pct:
        return "%", "percentage", None, pct.end()
    cur = CURRENCY_AFTER.match(s, end)
    code = sign or (cur.group("c") if cur else None)
    if code:
        return CURRENCY.get(code) or UNITS.get(code.lower()), "money", None, end
    return (*unit_and_category(s, end), end)


def money_frame(s: str) -> bool:
    """A sentence about pay, prices or damages: a scaled amount in it is an amount of money
    ("45 milioni più bonus", "da 4 milioni a stagione")."""
    return bool(_MONEY_FRAME.search(s) or re.search(r"\bdi\s+euro\b|€", s, re.I))


def casualty_role(it: str, context: str) -> str:
    """'killed', 'injured', 'missing' or 'rescued' for a casualty figure written ``it`` in
    ``context`` (for figures read before roles were kept)."""
    pos = context.find(it)
    if pos < 0:
        return "killed"
    return role(context, pos + len(it), "") or "killed"
