"""Figures of one person — an age, a prison sentence — are compared only with the same
person's: told apart by the name written before the figure ("Mario Pisano, 73enne") or the
one a sentence is for ("sette anni per l'ex assessore Roberto Ciarlo")."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.data import Figure


def same_person(a: Figure, b: Figure) -> bool:
    """Two ages are of one person when the names before them agree ("Mario Pisano, 73enne",
    "Mario Pisani, 64 anni": the same first name, a surname a letter apart)."""
    na = _name_before(a.context_it, a.it) or _name_after(a.context_it, a.it)
    nb = _name_before(b.context_it, b.it) or _name_after(b.context_it, b.it)
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
