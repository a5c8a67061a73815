"""Figures across the sources of one story: where they agree, and where they differ.

Two figures from different articles count the same thing when they measure the same
kind of quantity — troops, people killed, people injured, money in one currency, a
percentage, a count of the same thing — and either their sentences share the words
around the number or their values are close enough to be rival estimates (within ×3).
Figures that count the same thing and agree are shown once with all their sources;
those that disagree become a :class:`Conflict`, with each source's own value and
wording. Vague quantities ("migliaia di soldati") never make or settle a conflict: they
stay vague figures of the story. Ordinals, dates and durations of the story itself are
left out of the comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.data import ArticleReport, Conflict, ConflictValue, Figure, StoryFigure
from briefing.extract.units import casualty_role
from briefing.stories.clustering import lemmas

CLOSE_RATIO = 3.0  # rival estimates of one number seldom differ by more
CONTEXT_OVERLAP = 0.25  # share of context lemmas that marks the same statement
_TROOP_UNITS = {"soldiers", "troops", "men", "fighters"}


def measure(f: Figure) -> tuple[str, ...] | None:
    """What a figure measures, as a key two comparable figures share (None: not compared)."""
    if f.category in ("ordinal", "date", "year"):
        return None
    if f.category == "casualties" or (f.unit in ("dead", "injured", "victims")):
        return ("casualties", _casualty_role(f))
    if f.category == "troops" or f.unit in _TROOP_UNITS:
        return ("troops",)
    if f.category == "money":
        return ("money", f.unit or "")
    if f.category == "percentage":
        return ("percentage",)
    if f.unit is None:
        return None  # a bare number: too little to know what it counts
    return (f.category, f.unit)


def _casualty_role(f: Figure) -> str:
    """'killed' or 'injured'."""
    if f.unit == "injured":
        return "injured"
    if f.unit == "dead":
        return "killed"
    return casualty_role(f.it, f.context_it)


def about(key: tuple[str, ...], f: Figure) -> str:
    """A short English label for what a group of figures counts."""
    if key[0] == "casualties":
        return "people killed" if key[1] == "killed" else "people injured"
    if key[0] == "troops":
        return f"troops ({f.unit})" if f.unit and f.unit != "troops" else "troops"
    if key[0] == "money":
        return f"amount ({key[1]})" if key[1] else "amount"
    if key[0] == "percentage":
        return "percentage"
    return f.unit or key[0]


def _window(f: Figure, size: int = 60) -> str:
    pos = f.context_it.find(f.it)
    if pos < 0:
        return f.context_it
    return f.context_it[max(0, pos - size): pos + len(f.it) + size]


def _context(f: Figure) -> set[str]:
    return {w for w in lemmas(_window(f)) if not w.isdigit() and len(w) > 2}


def _interval(f: Figure) -> tuple[float, float]:
    lo, hi = f.value, f.value_max if f.value_max is not None else f.value
    return min(lo, hi), max(lo, hi)


def same_value(a: Figure, b: Figure) -> bool:
    """Both say the same number (ranges equal; 'more than 10,000' twice is the same)."""
    return _interval(a) == _interval(b) and (a.qualifier or "") == (b.qualifier or "")


def _close(a: Figure, b: Figure) -> bool:
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    small, big = min(abs(lo_a), abs(lo_b)), max(abs(hi_a), abs(hi_b))
    if small == 0:
        return big == 0
    return big / small <= CLOSE_RATIO


def related(a: Figure, b: Figure) -> bool:
    """Whether two figures with the same measure speak of the same thing."""
    ca, cb = _context(a), _context(b)
    overlap = len(ca & cb) / max(1, min(len(ca), len(cb)))
    return overlap >= CONTEXT_OVERLAP or _close(a, b)


def compare(reports: Sequence[ArticleReport]) -> tuple[list[StoryFigure], list[Conflict]]:
    """The story's figures (agreeing values merged, with their sources) and its conflicts."""
    order = {r.article.id: i for i, r in enumerate(reports)}
    items = [(r.article.id, f) for r in reports for f in r.figures]
    # 1. identical statements across sources: one figure, several sources
    merged: list[StoryFigure] = []

    def kind(f: Figure) -> tuple:
        return measure(f) or (f.category, f.unit)

    for art, f in items:
        for sf in merged:
            if kind(sf.figure) == kind(f) and same_value(sf.figure, f) and \
                    sf.figure.vague == f.vague and related(sf.figure, f):
                if art not in sf.sources:  # else: the title says it again
                    sf.sources.append(art)
                    sf.figures.append(f)
                break
        else:
            merged.append(StoryFigure(figure=f, sources=[art], figures=[f]))
    # 2. precise figures that count the same thing in different articles
    precise = [sf for sf in merged if not sf.figure.vague and measure(sf.figure)]
    parent = list(range(len(precise)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(precise):
        for j in range(i + 1, len(precise)):
            b = precise[j]
            if set(a.sources) & set(b.sources):
                continue  # one article's own figures are not its rivals
            if measure(a.figure) == measure(b.figure) and related(a.figure, b.figure):
                parent[find(i)] = find(j)
    groups: dict[int, list[StoryFigure]] = {}
    for i, sf in enumerate(precise):
        groups.setdefault(find(i), []).append(sf)
    conflicts: list[Conflict] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        articles = [a for sf in members for a in sf.sources]
        if len(set(articles)) != len(articles):
            continue  # an article would speak twice: the grouping is not clean enough
        members.sort(key=lambda sf: min(order[a] for a in sf.sources))
        first = members[0].figure
        values = sorted((ConflictValue(figure=f, article=a) for sf in members
                         for a, f in zip(sf.sources, sf.figures, strict=True)),
                        key=lambda v: order[v.article])
        conflicts.append(Conflict(about=about(measure(first), first), category=first.category,
                                  unit=first.unit, values=values))
    merged.sort(key=lambda sf: (-len(sf.sources), min(order[a] for a in sf.sources)))
    return merged, conflicts
