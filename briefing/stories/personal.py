"""Figures of one person — an age, a prison sentence — are compared only with the same
person's: told apart by the name written before the figure ("Mario Pisano, 73enne") or the
one a sentence is for ("sette anni per l'ex assessore Roberto Ciarlo"). An age told without
a name is one person's with a named one when both say what the person is or where from
("una commessa di 34 anni", "Nadia Rota, 34enne commessa") and they differ by a year or two."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.data import Figure
from briefing.italian.tables import table

_PLAIN = frozenset(table("patterns")["plain_person_nouns"])
AGE_SLIP = 2  # one person's age told differently: a birthday between, a slip


def same_person(a: Figure, b: Figure) -> bool:
    """Two ages are of one person when the names before them agree ("Mario Pisano, 73enne",
    "Mario Pisani, 64 anni": the same first name, a surname a letter apart)."""
    na = _name_before(a.context_it, a.it) or _name_after(a.context_it, a.it)
    nb = _name_before(b.context_it, b.it) or _name_after(b.context_it, b.it)
    if not (na and nb) and abs(a.value - b.value) <= AGE_SLIP:
        return bool(described(a.context_it, a.it) & described(b.context_it, b.it))
    # a capitalised word before the name is no part of it ("di Bari Rosa Stasolla", "Sono
    # Ardit Hoxha"): the first name and surname are the run's last two words
    na, nb = na[-2:], nb[-2:]
    if not na or not nb or na[0] != nb[0]:
        return False
    sa, sb = na[-1], nb[-1]
    return sa == sb or (len(sa) == len(sb)
                        and sum(x != y for x, y in zip(sa, sb, strict=True)) <= 1)


_NAME = r"[A-ZÀ-Ý][\wà-ÿ'’]+(?:\s+[A-ZÀ-Ý][\wà-ÿ'’]+)*"


def sentenced_one(f: Figure) -> str | None:
    """The surname of whom a prison sentence is for: "sette anni per l'ex assessore Roberto
    Ciarlo", "Ciarlo condannato a cinque anni"."""
    at = f.at()
    after = re.split(r"[,;:.]", f.context_it[at + len(f.it):], maxsplit=1)[0]
    m = re.search(rf"\bper\s+(?:\S+\s+){{0,8}}?({_NAME})\s*$", after)
    if not m:
        m = re.search(rf"({_NAME})\W{{0,3}}(?:[a-zà-ÿ'’]+\s+){{0,3}}?$",
                      f.context_it[max(0, at - 60):max(0, at)])
    return m.group(1).split()[-1].lower() if m else None


@lru_cache(maxsize=8192)
def _name_before(context: str, figure: str) -> tuple[str, ...]:
    """The name written just before a figure in its sentence, lowercased words."""
    head = context[:max(0, context.find(figure))]
    m = re.search(r"([A-ZÀ-Ý][\wà-ÿ'’]+(?:\s+[A-ZÀ-Ý][\wà-ÿ'’]+)+)\W{0,3}"
                  r"(?:[a-zà-ÿ'’]+\s+){0,3}?(?:di\s+)?$", head[-80:])
    return tuple(m.group(1).lower().split()) if m else ()


@lru_cache(maxsize=8192)
def _name_after(context: str, figure: str) -> tuple[str, ...]:
    """The full name written right after a figure ("il 59enne Ettore Sandrini")."""
    at = context.find(figure)
    m = re.match(r"\s*([A-ZÀ-Ý][\wà-ÿ'’]+(?:\s+[A-ZÀ-Ý][\wà-ÿ'’]+)+)",
                 context[at + len(figure):]) if at >= 0 else None
    return tuple(m.group(1).lower().split()) if m else ()


_ART = r"(?:il|lo|la|l'|l’|un|uno|una|un'|un’)\s*"
_WORD = r"[a-zà-ÿ]{3,}"
_CAP = r"[A-ZÀ-Ý][\wà-ÿ'’]+"
# the person's noun before the age: "una commessa di 34 anni", "il macchinista del treno,
# un 58enne", "il macchinista Renato Ghirardelli, 58 anni", "Lamin Jallow, gambiano di 25"
_NOUN_BEFORE = re.compile(
    rf"(?:\b{_ART}|,\s*)({_WORD})(?:\s+{_WORD})?\s+di\s*$"
    rf"|\b{_ART}({_WORD})(?:\s+(?:del|della|dello|dei|delle|di)\s+{_WORD})?\s*,\s*{_ART}$"
    rf"|\b{_ART}({_WORD})\s+{_CAP}(?:\s+{_CAP})+\s*,\s*$")
_NOUN_AFTER = re.compile(rf"\s+({_WORD})\b")  # "34enne commessa di Arcene"
_FROM = re.compile(rf"(?:\s+anni)?\s*,?\s+(?:di|da)\s+({_CAP}(?:\s+{_CAP}|\s+d['’]{_CAP})*)")
_NOT_NOUNS = frozenset(table("patterns")["age_descriptor_stops"])


@lru_cache(maxsize=8192)
def described(context: str, figure: str) -> frozenset[str]:
    """What an age's sentence says the person is ("commessa", "macchinista") and where
    from ("di Vezza d'Oglio"): marks of one person where no name is written."""
    at = context.find(figure)
    if at < 0:
        return frozenset()
    head, tail = context[max(0, at - 80):at], context[at + len(figure):]
    marks = set()
    if m := _NOUN_BEFORE.search(head):
        marks.add(next(g for g in m.groups() if g).lower())
    if figure.lower().endswith("enne") and (m := _NOUN_AFTER.match(tail)):
        marks.add(m.group(1).lower())
    if m := _FROM.match(tail):
        marks.add("di " + m.group(1))
    return frozenset(marks - _PLAIN - _NOT_NOUNS)
