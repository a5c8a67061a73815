"""Rival values across a story's sources that grouping by likeness does not join: each
source's own count of one quantity (the unions' 70 %, the company's 10 %), and a value an
article sets against the one it sets aside ("62mila pazienti, non 480mila"), and how a
conflict is labelled (an update, rival claims, or sources that differ)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from briefing.data import Conflict, ConflictValue, Figure
from briefing.extract.units import PEOPLE_EN
from briefing.italian.lexicon import lemma, stop_words
from briefing.italian.tables import table
from briefing.stories.quantities import (
    CROWD_RATIO,
    SAME,
    TOLL_RATIO,
    about,
    apart,
    measure,
    parts_apart,
    same_value,
    sides_apart,
    within,
)

_SIDES = frozenset(table("figures")["rival_sides"])  # who takes a side in a dispute


def conflict_kind(values: list[ConflictValue], dates: dict[str, date | None]) -> str:
    """"update" where the sources are dated on different days, "claims" where they give
    different sources' counts, else "differ"."""
    days = {dates.get(v.article) for v in values} - {None}
    if len(days) > 1:
        return "update"
    if len({v.figure.claimant for v in values if v.figure.claimant}) > 1:
        return "claims"
    return "differ"


def _state(f: Figure) -> set[str]:
    """What a count's noun is said to be, in the few words after it ("cantieri fermi",
    "cantieri effettivamente fermi"): lemmas, no function words."""
    if not f.unit_it:
        return set()
    m = re.search(rf"\b{re.escape(f.unit_it)}\b((?:\s+[a-zà-ÿ]+){{1,3}})", f.context_it, re.I)
    return {lemma(w) for w in m.group(1).lower().split() if w not in stop_words()} if m \
        else set()


def _rivals(a: Figure, b: Figure) -> bool:
    """Two sources' values that may be of one quantity: near each other, or percentages of
    one named thing (participation: the unions' 70 %, the company's 10 %)."""
    if apart(a, b) or a.category == "percentage" and not (a.subject and b.subject):
        return False  # a share of nothing named: of what, the sources may not agree
    # the police's and the organisers' crowds; the unions' and the company's count of one
    # thing in one state ("140 i cantieri fermi", "i cantieri effettivamente fermi sono
    # stati 46"): sides far apart
    key = measure(a)
    if a.subject == b.subject == "crowd" or key and key[0] == "count" \
            and a.claimant in _SIDES and b.claimant in _SIDES and a.claimant != b.claimant \
            and _state(a) & _state(b):
        lo, hi = sorted((abs(a.value), abs(b.value)))
        return lo > 0 and hi / lo <= CROWD_RATIO
    return within(a, b) or (a.category == "percentage" and bool(a.subject)
                            and a.subject == b.subject)


def rival_claims(items: list[tuple[str, Figure]], found: list[Conflict],
                  dates: dict[str, date | None], order: dict[str, int]) -> list[Conflict]:
    """Two sources' counts of one thing, each given by a different article ("oltre il 70%"
    for the unions, "inferiore al 10%" for the company): a conflict between claims, also
    where each figure already stands in another comparison. One of the two must be a side
    the text names (police, organisers, unions, company): two people quoted with a number
    each ("mi chiedono 160 euro", "con 85 euro non si paga l'affitto") are no dispute."""
    out: list[Conflict] = []
    claims: dict[tuple, dict[str, list[tuple[str, Figure]]]] = {}
    for a, f in items:
        key = measure(f)
        if key and f.claimant and key[0] in ("percentage", "people", "money", "count"):
            claims.setdefault(key, {}).setdefault(f.claimant, []).append((a, f))
    for key, by_source in claims.items():
        arts = {c: {a for a, _ in figs} for c, figs in by_source.items()}
        sources = sorted(by_source)
        for i, ca in enumerate(sources):
            for cb in sources[i + 1:]:
                if ca not in _SIDES and cb not in _SIDES:
                    continue  # two people quoted with a number each: no sides in a dispute
                # an article that gives only one side, and another that gives only the other
                pa = [(a, f) for a, f in by_source[ca] if a not in arts[cb]]
                pb = [(a, f) for a, f in by_source[cb] if a not in arts[ca]]
                pairs = [(x, y) for x in pa for y in pb if x[0] != y[0] and _rivals(x[1], y[1])]
                if not pairs:
                    pairs = _told_both(by_source, arts, ca, cb)
                if not pairs:
                    continue
                (aa, fa), (ab, fb) = pairs[0]
                if same_value(fa, fb) or any(
                        measure(c.values[0].figure) == key
                        and {v.article for v in c.values} >= {aa, ab} for c in found + out):
                    continue  # these two articles' values of it are already set side by side
                when = _by_date(dates, order)
                joined = _joined(found + out, key, (aa, fa), (ab, fb))
                if joined is not None:  # a third source's value of a quantity already set
                    joined.values = sorted(joined.values, key=when)  # side by side
                    continue
                rows = sorted([ConflictValue(fa, aa), ConflictValue(fb, ab)], key=when)
                out.append(Conflict(about=about(key, fa), category=fa.category, unit=fa.unit,
                                    values=rows, kind="claims"))
    return out


def _told_both(by_source: dict[str, list[tuple[str, Figure]]], arts: dict[str, set[str]],
               ca: str, cb: str) -> list[tuple[tuple[str, Figure], tuple[str, Figure]]]:
    """"circa 1.500 persone secondo l'Associazione, circa 600 secondo la questura" in one
    article, the Associazione's 1.500 alone in another: the second side's count, in the
    article that gives both, is the rival of the first side's in the other — where the two
    articles agree on the first side's."""
    for one, other in ((ca, cb), (cb, ca)):
        alone = [(a, f) for a, f in by_source[one] if a not in arts[other]]
        both = [(a, f) for a, f in by_source[other] if a in arts[one]]
        for x in alone:
            for y in both:
                if x[0] != y[0] and _rivals(x[1], y[1]) and any(
                        a == y[0] and same_value(x[1], g) for a, g in by_source[one]):
                    return [(x, y)]
    return []


def _joined(conflicts: list[Conflict], key: tuple, x: tuple[str, Figure],
            y: tuple[str, Figure]) -> Conflict | None:
    """The conflict of this quantity that already holds one of two rival values and no
    value from the other's article: the other joins it ("oltre 8mila container" for the
    unions, 4.300 for the company, 9.400 for the port authority: one row each)."""
    for c in conflicts:
        if measure(c.values[0].figure) != key:
            continue
        arts = {v.article for v in c.values}
        for (ha, hf), (oa, of) in ((x, y), (y, x)):
            if oa not in arts and any(v.article == ha and v.figure is hf for v in c.values):
                c.values.append(ConflictValue(of, oa))
                return c
    return None


def corrected(items: list[tuple[str, Figure]], found: list[Conflict],
               dates: dict[str, date | None], order: dict[str, int]) -> list[Conflict]:
    """A value an article asserts against the one it sets aside ("62mila pazienti, non
    480mila"; "180mila euro, non i 350mila di cui ha parlato la difesa"), where another
    article of the story gives the value set aside: the two disagree, in the text's own
    words — with every article that gives either value, in the conflict of that quantity
    where there is one."""
    out: list[Conflict] = []
    for a, x in items:
        if x.instead_of is None:
            continue
        told = [(b, y) for b, y in items if b != a and _like(x, y)
                and abs(y.value - x.instead_of) <= SAME * abs(x.instead_of)
                and within(x, y, TOLL_RATIO)]
        if not told:
            continue
        # the articles giving either value, one figure each
        rows = [ConflictValue(x, a)]
        for b, y in told + [(b, y) for b, y in items if b != a and _like(x, y)
                            and same_value(x, y)]:
            if all(v.article != b for v in rows):
                rows.append(ConflictValue(y, b))
        when = _by_date(dates, order)
        held = next((c for c in found + out if any(  # the same figure: its sentence or key
            v.article == r.article and same_value(v.figure, r.figure) and (
                v.figure.context_it == r.figure.context_it
                or measure(v.figure) is not None and measure(v.figure) == measure(r.figure))
            for r in rows for v in c.values)), None)
        if held is not None:
            arts = {v.article for v in held.values}
            held.values += [r for r in rows if r.article not in arts]
            held.values.sort(key=when)
            continue
        rows.sort(key=when)
        key = measure(x) or measure(told[0][1])
        out.append(Conflict(about=about(key, x) if key else (x.unit or x.category),
                            category=x.category, unit=x.unit or told[0][1].unit, values=rows,
                            kind=conflict_kind(rows, dates)))
    return out


def _like(x: Figure, y: Figure) -> bool:
    """Two figures that may count one thing: one category, the same unit where both say
    (the nouns may differ: "148.600 ingressi, non 210mila" sets them against "210mila
    presenze")."""
    return y.category == x.category and (y.unit == x.unit or not (y.unit and x.unit)
                                         or {x.unit, y.unit} <= _PERSONS) \
        and not sides_apart(x, y) and not parts_apart(x, y)


# English units that count people ("people", "migrants", "workers"): one head count
_PERSONS = PEOPLE_EN | {"people"}


def _by_date(dates: dict[str, date | None], order: dict[str, int]
             ) -> Callable[[ConflictValue], tuple[date, int]]:
    """A sort key for a conflict's rows: by date (undated last), then by reading order."""
    return lambda v: (dates.get(v.article) or date.max, order[v.article])

