"""What a number counts: the noun after it, a per cent, a currency, a measure named before it.

The vocabulary is data (``italian/data/units.tsv`` and ``figures.json``): the English unit
of each noun and its class — troops, casualties, durations, money — and the words that
tell people killed from people injured, which the conflicts stage needs too.
"""

from __future__ import annotations

import re

from briefing.italian.lexicon import is_verb_form, stop_words
from briefing.italian.tables import rows, table

_F = table("figures")
UNITS: dict[str, str] = {row[0]: row[1] for row in rows("units") if row[1]}
_CLASS: dict[str, str] = {row[0]: row[2] for row in rows("units") if len(row) > 2 and row[2]}
TROOPS = frozenset(w for w, c in _CLASS.items() if c == "troops")
CASUALTY = frozenset(w for w, c in _CLASS.items() if c == "casualty")
DURATION = frozenset(w for w, c in _CLASS.items() if c == "duration")
_MONEY_WORDS = [w for w, c in _CLASS.items() if c == "money"]
CURRENCY = {"€": "EUR", "$": "USD", "£": "GBP"}
MONEY_CODES = frozenset(UNITS[w] for w in _MONEY_WORDS)
_NOT_NOUNS = frozenset(_F["not_nouns"])
# Nouns that name the measure before its number: "scossa di magnitudo 4.4".
_MEASURE_BEFORE: dict[str, str] = _F["measure_before"]
_MEASURE = re.compile(r"\b(?P<m>" + "|".join(_MEASURE_BEFORE) + r")\s+(?:di\s+|pari a\s+)?"
                      r"[-+]?[\d.,]+\s*$", re.I)


def _words_re(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                      + r")\b", re.I)


_CASUALTY_WORDS = _F["casualty_words"]
KILLED = _words_re(_CASUALTY_WORDS["killed"])
INJURED = _words_re(_CASUALTY_WORDS["injured"])
CASUALTY_CONTEXT = _words_re([w for ws in _CASUALTY_WORDS.values() for w in ws])

PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cento\b|percento\b|punti percentuali\b)", re.I)
CURRENCY_BEFORE = re.compile(r"(?P<c>[€$£])\s?$")
CURRENCY_AFTER = re.compile(
    rf"\s*(?:di\s+)?(?P<c>{'|'.join(_MONEY_WORDS)}|€|\$|£)\b", re.I)


def _verb_form(word: str) -> bool:
    """'avvertita', 'colpiti': a participle or verb, not the noun a number counts."""
    w = word.lower()
    return w not in UNITS and is_verb_form(w)


def noun_after(s: str, end: int) -> str:
    """The noun a number ending at ``end`` counts ("10 mila soldati" → "soldati"), or ""."""
    m = re.match(r"\s*(?:di\s+|d['’]|i\s+|gli\s+|le\s+)?(?P<noun>[a-zà-ÿ]+(?:\s+letto)?)", s[end:],
                 re.I)
    noun = m.group("noun").lower() if m else ""
    if noun and _verb_form(noun):
        return ""
    if noun in _NOT_NOUNS or (noun in stop_words() and noun not in UNITS):
        return ""
    return noun


def _is_age(s: str, end: int) -> bool:
    """'all'età di 17 anni', 'Mario Rossi, 45 anni': an age, not a duration."""
    head = s[:end].rstrip()
    head = head[: -len("anni")] if head.endswith("anni") else s[:end]
    return bool(re.search(
        r"(?:\b(?:età di|di|a|ai|all['’]età di)|,)\s*(?:circa\s+|quasi\s+)?[\w.,]+\s*$", head))


def unit_and_category(s: str, end: int, base: str | None = None
                      ) -> tuple[str | None, str, str | None]:
    """(English unit, category, Italian noun) for the figure ending at ``end``."""
    before = _MEASURE.search(s[:end])
    if before:
        return _MEASURE_BEFORE[before.group("m").lower()], "measure", None
    noun = noun_after(s, end)
    looked_back = False
    if not noun:  # "migliaia di soldati (si stima tra i 10 e gli 11 mila)": look back
        before_words = [w.lower() for w in re.findall(r"[a-zà-ÿ]+", s[max(0, end - 90):end],
                                                      re.I)]
        noun = next((w for w in reversed(before_words) if w in UNITS and w not in DURATION), "")
        looked_back = bool(noun)
    unit = base or UNITS.get(noun)
    if unit in MONEY_CODES:
        return unit, "money", None
    if unit == "%":
        return unit, "percentage", None
    if noun == "anni" and not looked_back and _is_age(s, end):
        return "years old", "age", None
    if noun in DURATION and not looked_back:
        return unit, "duration", None
    clause = s[max(0, end - 60):end] + re.split(r"[;:]|\s-\s", s[end:end + 80])[0]
    if noun in TROOPS | {"persone", "civili"} | CASUALTY and (
            CASUALTY_CONTEXT.search(clause) or noun in CASUALTY):
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


def casualty_role(it: str, context: str) -> str:
    """'killed' or 'injured' for a casualty figure written ``it`` in ``context``: the nearest
    such word after the number, else before it."""
    pos = context.find(it)
    if pos < 0:
        return "killed"
    after = context[pos + len(it): pos + len(it) + 50]
    hits = [(m.start(), "killed") for m in KILLED.finditer(after)] + [
        (m.start(), "injured") for m in INJURED.finditer(after)]
    if hits:
        return min(hits)[1]
    before = context[max(0, pos - 50): pos]
    hits = [(m.end(), "killed") for m in KILLED.finditer(before)] + [
        (m.end(), "injured") for m in INJURED.finditer(before)]
    return max(hits)[1] if hits else "killed"
