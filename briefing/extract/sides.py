"""Which side of a war a count of soldiers or of their losses belongs to.

War news gives each side's losses side by side ("Addis Abeba conferma 31 soldati uccisi,
Asmara 18"; "la Russia ha perso 1.090 uomini", "1.420 militari ucraini"): one side's toll
is not the other's, however close the numbers. The side is read only where the text ties
it to the soldiers counted — an adjective after their noun ("23 soldati etiopi"), the
subject the number is the predicate of ("i militari eritrei morti sono 12", "le perdite
etiopi siano «oltre 150»"), or the side that lost them ("la Russia ha perso 1.090
uomini"); otherwise None.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.data import Figure
from briefing.extract.figure_spans import end_of, start_of
from briefing.extract.units import words_re
from briefing.italian.tables import table

_S = table("sides")
TROOP_UNITS = frozenset({"soldiers", "troops", "men", "fighters"})


def _forms(word: str) -> list[str]:
    """The word as written: a name as is, an adjective in its four or two forms."""
    if word[0].isupper() or not word.endswith(("o", "e")):
        return [word]
    stem = word[:-1]
    if word.endswith("e"):  # "etiope", "etiopi"
        return [word, stem + "i"]
    forms = [word, stem + "a", stem + "i", stem + "e"]
    if stem.endswith("c"):  # "turco", "turchi"; "libico", "libici"
        forms += [stem + "hi", stem + "he"]
    return forms


@cache
def _sides() -> dict[str, str]:
    return {form.lower(): side for side, ws in _S["sides"].items() for w in ws
            for form in _forms(w)}


_TROOPS = words_re(_S["troop_nouns"])
_WORD = r"[A-Za-zÀ-ÿ'’-]+"
_OPEN = r"[\s«“\"]*"
# "… 1.420 militari ucraini", "31 soldati etiopi morti": the adjective after the noun
_AFTER = re.compile(r"\s*(?:di\s+|d['’])?(?P<noun>" + _WORD + r")\s+(?P<side>" + _WORD + ")")
_OWN = re.compile(r"\s*(?:" + "|".join(table("grammar")["plural_possessives"]) + r")\s+(?:"
                  + _TROOPS.pattern + ")", re.I)
# "i militari eritrei morti sono 12", "le perdite etiopi siano «oltre 150»"
_BEFORE = re.compile(r"(?:" + _TROOPS.pattern + r")\s+(?P<side>" + _WORD + r")\s+(?:"
                     + _WORD + r"\s+)?(?:" + words_re(_S["predicate_verbs"]).pattern + r")"
                     + _OPEN + "$", re.I)
# "la Russia ha perso 1.090 uomini", "le forze di Kiev avrebbero perso «fino a 1.420 …»"
_LOST = re.compile(r"(?P<side>[A-Z]" + _WORD + r")\s+(?:" + words_re(_S["lost_verbs"]).pattern
                   + r")(?:" + _OPEN + _WORD + r"){0,3}" + _OPEN + "$")


def side(s: str, start: int, end: int, troops: bool) -> str | None:
    """The side of the soldiers counted by the number ``s[start:end]`` (None: not said);
    ``troops``: the number's own noun counts soldiers ("uomini", "militari")."""
    sides = _sides()
    m = _AFTER.match(s, end)
    if m and _TROOPS.fullmatch(m.group("noun")) and m.group("side").lower() in sides:
        return sides[m.group("side").lower()]
    if _OWN.match(s, end):  # "Asmara … la morte di 18 suoi soldati": the subject's side
        named = [sides[w.lower()] for w in re.findall(_WORD, s[:start])
                 if w[:1].isupper() and w.lower() in sides]
        return named[-1] if named else None
    clause = re.split(r"[,;:.!?()]", s[:start])[-1]
    m = _BEFORE.search(clause)
    if m and m.group("side").lower() in sides:
        return sides[m.group("side").lower()]
    m = _LOST.search(clause) if troops else None
    return sides.get(m.group("side").lower()) if m else None


def figure_side(f: Figure, s: str) -> str | None:
    """:func:`side` of a count of soldiers or of casualties in sentence ``s``."""
    if f.category not in ("troops", "casualties") and f.unit not in TROOP_UNITS:
        return None
    start = start_of(f, s)
    return side(s, start, end_of(f, s), f.unit in TROOP_UNITS) if start >= 0 else None
