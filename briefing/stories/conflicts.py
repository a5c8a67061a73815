"""Figures across the sources of one story: where they agree, and where they differ.

Two figures from different articles count the same thing when they measure the same
quantity: the same kind (people killed, injured, missing or rescued; a part of one of
those, "tra cui 6 bambini"; troops; money in one currency; a percentage; an age; a crowd),
given by compatible sources (the police's count is not the organisers'), and — for
percentages and plain counts — said in words alike. Equal values are one fact, shown once
with all its sources whatever the wording ("oltre 200mila" / "oltre 200 mila", "circa 750"
/ "750"); different values are a :class:`Conflict` listing every source's value and
wording. A conflict whose sources are dated on different days is labelled an update
(tolls change as the count goes on); one between different sources' counts is labelled as
rival claims. Vague quantities ("migliaia di soldati"), ordinals and durations are never
compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from briefing.data import ArticleReport, Conflict, ConflictValue, Figure, StoryFigure
from briefing.extract.figure_spans import stretch
from briefing.extract.units import words_re
from briefing.italian.tables import table
from briefing.stories.clustering import lemmas
from briefing.stories.history import CLAUSE, background, earlier
from briefing.stories.personal import same_person, sentenced_one
from briefing.stories.quantities import (
    BY_KEY,
    CLOSE_RATIO,
    CONTEXT_OVERLAP,
    EVENT_MEASURES,
    PERSONAL,
    TOLL_RATIO,
    UPDATED,
    about,
    apart,
    measure,
    parts_apart,
    same_value,
    sides_apart,
    within,
)
from briefing.stories.rivals import conflict_kind, corrected, rival_claims


def _window(f: Figure, size: int = 60) -> str:
    pos = f.at()
    if pos < 0:
        return f.context_it
    return f.context_it[max(0, pos - size): pos + len(f.it) + size]


def _context(f: Figure) -> frozenset[str]:
    return _context_of(_window(f))


@lru_cache(maxsize=8192)
def _context_of(window: str) -> frozenset[str]:
    """Content lemmas around a figure (each window read once, however many pairs)."""
    return frozenset(w for w in lemmas(window) if not w.isdigit() and len(w) > 2)


def _claims_apart(a: Figure, b: Figure, others: dict[str, set[str]], aa: str, ab: str
                  ) -> bool:
    """Different sources' counts are rivals only where each article gives one side: an
    article with both the police's and the organisers' count compares each with its like."""
    if not (a.claimant and b.claimant and a.claimant != b.claimant):
        return False
    return b.claimant in others.get(aa, set()) or a.claimant in others.get(ab, set())


def strength(a: Figure, b: Figure) -> float:
    """How surely two figures with the same measure speak of the same thing (0: not)."""
    if apart(a, b):
        return 0.0
    key = measure(a)
    if key and key[0] == "age":
        return 1.0 if same_person(a, b) else 0.0
    if key and key[0] == "sentence":
        who = sentenced_one(a)
        return 1.0 if who and who == sentenced_one(b) else 0.0
    ca, cb = _context(a), _context(b)
    overlap = len(ca & cb) / max(1, min(len(ca), len(cb)))
    if same_value(a, b):
        return 2.0 + overlap
    # a toll of one role grows as days go by (38 injured, then 150, then 312), and so do
    # the people evacuated or affected
    close = within(a, b, TOLL_RATIO if key and (key[0] == "casualties" or key[0] == "people"
                                                and key[1]) else CLOSE_RATIO)
    if key and (key[0] in BY_KEY or key[0] == "people" and key[1]
                or key[0] == "count" and key[1] in EVENT_MEASURES and not key[2]
                or key[0] == "count" and "part" in key and key[-1] == "children") and close:
        return 1.0 + overlap  # one story's toll, troops, arrests, evacuees, burnt hectares
    if close and ((a.claimant and a.claimant == b.claimant)
                  or (a.subject and a.subject == b.subject)):
        return 0.5 + overlap  # one source's count twice, or one named thing (a salary)
    if key[0] == "percentage" and not key[1]:
        # a share of nothing named: the two sentences must say much the same
        return overlap if close and overlap >= 2 * CONTEXT_OVERLAP else 0.0
    if overlap >= CONTEXT_OVERLAP and (close or key[0] == "percentage"
                                        or key[0] == "money" and overlap >= 2 * CONTEXT_OVERLAP
                                        and within(a, b, TOLL_RATIO)):
        return overlap  # money far apart only where the two sentences say much the same
    return 0.0


def _groups(items: list[tuple[str, Figure]], headlines: frozenset[str] = frozenset()
            ) -> list[list[tuple[str, Figure]]]:
    """Figures of different articles that count the same thing. Pairs are joined strongest
    first, and never so that one article would give two different values in a group."""
    keys = [measure(f) for _, f in items]
    claimed: dict[tuple[str, tuple[str, ...] | None], list[Figure]] = {}
    for (a, f), k in zip(items, keys, strict=True):
        if f.claimant:
            claimed.setdefault((a, k), []).append(f)
    sides: dict[tuple[str, tuple[str, ...] | None], set[str]] = {}
    for ak, figs in claimed.items():
        # one number under two names ("il Mur: 18%", "il ministero della Ricerca … 18%") is
        # one source: no sides
        for f in figs:
            if not any(g.claimant != f.claimant and same_value(f, g) for g in figs):
                sides.setdefault(ak, set()).add(f.claimant)
    # articles that say a count changed ("il bilancio sale a 11"): all their values of it
    # are successive counts of one thing
    updated: dict[tuple[str, tuple[str, ...]], set[float]] = {}
    for (a, f), k in zip(items, keys, strict=True):
        if f.update and k and k[0] in UPDATED:
            updated.setdefault((a, k), set()).add(f.value)
    lone = _lone_counts(items, keys)
    members = {i: [i] for i in range(len(items)) if keys[i] is not None}
    owner = {i: i for i in members}
    pairs = []
    for i, (ai, fi) in enumerate(items):
        for j in range(i + 1, len(items)):
            aj, fj = items[j]
            if ai == aj and _said_again(keys[i], keys[j], fi, fj):
                pairs.append((3.0, i, j))  # "le 212 abitazioni danneggiate" … "le 212 case"
                continue
            if keys[i] is None or keys[i] != keys[j]:
                continue
            if ai == aj:  # one article says it again (title and body): the same figure
                if same_value(fi, fj) and (fi.claimant or "") == (fj.claimant or ""):
                    pairs.append((3.0, i, j))
                continue
            if _claimed_apart(items[i], items[j], keys[i], sides):
                continue
            score = strength(fi, fj)
            if not score and (ai, keys[i]) in lone and (aj, keys[j]) in lone \
                    and within(fi, fj, LONE_RATIO) and not apart(fi, fj):
                score = 0.1  # "40 trattori" and "32 trattori": the story's one count of them
            if not score and keys[i][0] not in PERSONAL and fi.context_it in headlines \
                    and fj.context_it in headlines \
                    and within(fi, fj) and not apart(fi, fj):
                score = 1.0  # two titles or leads give the headline number: one quantity
            if score > 0:
                pairs.append((score, i, j))
    for _, i, j in sorted(pairs, reverse=True):
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        joined = members[gi] + members[gj]
        if any(parts_apart(items[x][1], items[y][1])
               or sides_apart(items[x][1], items[y][1])
               or _two_values(items[x], items[y], (items[x][0], keys[x]) in updated)
               or _claimed_apart(items[x], items[y], keys[x], sides)
               for x in joined for y in joined if x < y):
            continue
        members[gi] = joined
        for x in members.pop(gj):
            owner[x] = gi
    return [[items[i] for i in sorted(m)] for m in members.values()]


_MEASURES = frozenset(table("figures")["measure_units"])
LONE_RATIO = 1.35  # two sources' only counts of a thing, when it is one, differ by a third


def _lone_counts(items: list[tuple[str, Figure]], keys: list[tuple[str, ...] | None]
                 ) -> set[tuple[str, tuple[str, ...]]]:
    """(article, key) of the plain counts of a thing an article gives one value of ("40
    trattori", "cinque comuni"), or of its only crowd ("412 spettatori"), whoever gives it:
    two articles' only counts of one thing count the same — not lengths or weights, which
    measure different things."""
    values: dict[tuple[str, tuple[str, ...]], list[Figure]] = {}
    for (a, f), k in zip(items, keys, strict=True):
        if k and (k[0] == "count" and k[1] not in _MEASURES or k == ("people", "", "")):
            values.setdefault((a, k), []).append(f)
    # not a handful ("una delegazione di dieci agricoltori"), nor one said in a quotation
    # ("«Ho pagato 420 euro per due biglietti»"): a detail, not the story's count
    return {ak for ak, fs in values.items()
            if all(same_value(fs[0], g) for g in fs[1:]) and fs[0].value >= 20
            and not any(_quoted(g) for g in fs)}


def _quoted(f: Figure) -> bool:
    """Whether the figure stands inside a quotation of its sentence."""
    before = f.context_it[:max(0, f.at())]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") \
        or before.count('"') % 2 == 1


def _claimed_apart(x: tuple[str, Figure], y: tuple[str, Figure], key: tuple[str, ...] | None,
                   sides: dict[tuple[str, tuple[str, ...] | None], set[str]]) -> bool:
    """Two articles' counts of two sides, by the claimants an article sets side by side
    (:func:`_claims_apart`): never a pair, nor one group however other values link them."""
    (ax, fx), (ay, fy) = x, y
    return ax != ay and _claims_apart(fx, fy, {ax: sides.get((ax, key), set()),
                                               ay: sides.get((ay, key), set())}, ax, ay)


def _said_again(ka: tuple | None, kb: tuple | None, a: Figure, b: Figure) -> bool:
    """One article giving one count twice, once with what befell it and once without ("212
    abitazioni danneggiate" in the title, "le 212 case" in the body): the same figure."""
    return bool(ka and kb) and ka != kb and ka[0] == kb[0] == "count" and ka[1] == kb[1] \
        and "" in (ka[2], kb[2]) and same_value(a, b) and (a.claimant or "") == (b.claimant or "")


def _two_values(x: tuple[str, Figure], y: tuple[str, Figure], updated: bool) -> bool:
    """One article giving two values of a group: different things — unless it says the
    count changed ("il bilancio sale a 11") or gives both sides' counts ("ai 1.150 esuberi
    annunciati dalla compagnia … i sindacati: «sono 1.420»")."""
    (ax, fx), (ay, fy) = x, y
    if ax != ay or same_value(fx, fy):
        return False
    if fx.claimant and fy.claimant and fx.claimant != fy.claimant:
        return False
    return not (updated and (fx.claimant or "") == (fy.claimant or ""))


_FIRST = words_re(table("figures")["first_words"])


def _without_first_counts(items: list[tuple[str, Figure]]) -> list[tuple[str, Figure]]:
    """"Il primo bilancio parlava di tre vittime; la quarta …": where an article gives its
    first count and a later one of the same thing, the first is its history — as is a
    count it tells as said before or added to (:func:`earlier`)."""
    values: dict[tuple, list[Figure]] = {}
    for a, f in items:
        key = measure(f)
        if key:
            values.setdefault((a, key), []).append(f)
    return [(a, f) for a, f in items
            if len({g.value for g in values.get((a, measure(f)), ())}) < 2
            or not (_first_count(f, values[(a, measure(f))]) or earlier(f))]


def _first_count(f: Figure, alike: list[Figure]) -> bool:
    """The first-count words of a clause go with the value nearest them: "è lunga 32 metri,
    più del doppio dei 15 della prima stima" — the 15 is the first count, the 32 is not."""
    clause, at = stretch(f, f.context_it, CLAUSE)
    m = _FIRST.search(clause)
    if not m:
        return False
    shift = f.at() - at
    for g in alike:
        if g is f or g.context_it != f.context_it or g.value == f.value:
            continue
        g_at = g.at() - shift
        if 0 <= g_at < len(clause) and abs(g_at - m.start()) < abs(at - m.start()):
            return False
    return True


def _people_toll(f: Figure) -> bool:
    """People hurt or tended ("23 intossicati", "23 persone accompagnate al pronto
    soccorso"): one count, whichever noun an article gives it."""
    return not f.part_of and (f.category == "casualties" and f.role in ("injured", None)
                              or f.category == "count" and f.unit == "people")


def _joined(conflicts: list[Conflict], dates: dict[str, date | None], order: dict[str, int]
            ) -> list[Conflict]:
    """Conflicts of people hurt that one article joins with one value under two nouns ("23
    intossicati" in its title, "23 persone accompagnate al pronto soccorso" in its lead):
    one count, updated across the articles (23, then 41, then 47) — one conflict."""
    out: list[Conflict] = []
    for c in conflicts:
        host = next((o for o in out if _one_count(o, c)), None)
        if host is None:
            out.append(c)
            continue
        rows = host.values + [v for v in c.values if v.article not in
                              {w.article for w in host.values}]
        host.values = sorted(rows, key=lambda v: (dates.get(v.article) or date.max,
                                                  order[v.article]))
        host.kind = conflict_kind(host.values, dates)
    return out


def _one_count(a: Conflict, b: Conflict) -> bool:
    if not all(_people_toll(v.figure) for v in a.values + b.values):
        return False
    common = [(v, w) for v in a.values for w in b.values if v.article == w.article]
    return len(common) == 1 and same_value(common[0][0].figure, common[0][1].figure) \
        and a.category != b.category


def _complete(conflicts: list[Conflict], items: list[tuple[str, Figure]],
              dates: dict[str, date | None], order: dict[str, int]) -> None:
    """A source of the story left out of a conflict that gives the quantity once, with a
    value in its range ("52 evacuated", then "61", and a third report restating "61"): its
    value joins, so the conflict shows every source."""
    for c in conflicts:
        key = measure(c.values[0].figure)
        present = {v.article for v in c.values}
        for a in order:
            if a in present:
                continue
            alike = [f for x, f in items if x == a and measure(f) == key] or [
                # "20 delle 35 famiglie sgomberate": the whole of a part, restating a value
                f for x, f in items if x == a and f.kind == "whole"
                and _as_total(measure(f)) == key and any(same_value(f, v.figure)
                                                          for v in c.values)] or [
                # "un'opera da 120 milioni" beside "un investimento da centoventi milioni":
                # an amount said without what it is, restating a value of the conflict
                f for x, f in items if x == a and f.category == "money" and not f.subject
                and (measure(f) or ())[:2] == key[:2]
                and any(same_value(f, v.figure) for v in c.values)]
            if len({f.value for f in alike}) != 1 or not all(
                    within(alike[0], v.figure) and not apart(alike[0], v.figure)
                    for v in c.values):
                continue
            c.values.append(ConflictValue(figure=alike[0], article=a))
            present.add(a)
        c.values.sort(key=lambda v: (dates.get(v.article) or date.max, order[v.article]))
        c.kind = conflict_kind(c.values, dates)


def _as_total(key: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The key of a whole ("delle 35 famiglie") as a plain total's."""
    return tuple(k.removeprefix("whole") for k in key) if key else None


def _once(conflicts: list[Conflict]) -> list[Conflict]:
    """One disagreement shown once: a conflict whose sources and values another conflict
    already shows ("oltre 3mila" against "circa 900" in the leads, "3mila" against "900" in
    the bodies) is left out."""
    def pairs(c: Conflict) -> set[tuple[str, float]]:
        return {(v.article, v.figure.value) for v in c.values}

    out: list[Conflict] = []
    for c in sorted(conflicts, key=lambda c: -len(c.values)):
        if not any(pairs(c) <= pairs(o) for o in out):
            out.append(c)
    return out


def compare(reports: Sequence[ArticleReport]) -> tuple[list[StoryFigure], list[Conflict]]:
    """The story's figures (agreeing values merged, with their sources) and its conflicts."""
    order = {r.article.id: i for i, r in enumerate(reports)}
    dates = {r.article.id: r.article.date for r in reports}
    items = [(r.article.id, f) for r in reports for f in r.figures]
    # history the articles recall is shown, never compared
    # an undated article is of its story's days: the latest date its sources give
    latest = max((d for d in dates.values() if d), default=None)
    current = [(a, f) for a, f in items if not background(f, dates[a] or latest)]
    current = _without_first_counts(current)
    # titles and first sentences: where each article gives its headline numbers
    headlines = frozenset([r.article.title_it for r in reports if r.article.title_it] + [
        r.article.sentences[0].it for r in reports if r.article.sentences])
    merged: list[StoryFigure] = []
    conflicts: list[Conflict] = []
    grouped: set[int] = set()
    for group in _groups(current, headlines):
        articles = list(dict.fromkeys(a for a, _ in group))
        grouped.update(id(f) for _, f in group)
        # each article's values, one row per different value it gives
        rows: list[ConflictValue] = []
        for a in sorted(articles, key=lambda x: (dates.get(x) or date.max, order[x])):
            for _, f in group:
                if _ == a and not any(v.article == a and same_value(v.figure, f) for v in rows):
                    rows.append(ConflictValue(figure=f, article=a))
        first = rows[0].figure
        # one number said with opposite qualifiers ("meno di 50", "sopra i 50") is no
        # disagreement between the sources' numbers
        if len(articles) > 1 \
                and not all(same_value(v.figure, w.figure) for v in rows for w in rows) \
                and len({(v.figure.value, v.figure.value_max) for v in rows}) > 1:
            key = measure(first)
            conflicts.append(Conflict(about=about(key, first), category=first.category,
                                      unit=first.unit, values=rows,
                                      kind=conflict_kind(rows, dates)))
        for v in rows:  # each value once, with the sources that give it
            sf = next((m for m in merged if measure(m.figure) == measure(v.figure)
                       and same_value(m.figure, v.figure) and m.sources[0] in articles), None)
            if sf is None:
                merged.append(StoryFigure(figure=v.figure, sources=[v.article],
                                          figures=[v.figure]))
            elif v.article not in sf.sources:
                sf.sources.append(v.article)
                sf.figures.append(v.figure)
    for a, f in items:  # what cannot be compared: each statement once
        if id(f) in grouped:
            continue
        same = next((m for m in merged if m.figure.it == f.it and m.figure.value == f.value
                     and m.figure.vague == f.vague), None)
        if same is None:
            merged.append(StoryFigure(figure=f, sources=[a], figures=[f]))
        elif a not in same.sources:
            same.sources.append(a)
            same.figures.append(f)
    conflicts = _joined(conflicts, dates, order)
    _complete(conflicts, current, dates, order)
    conflicts += rival_claims(current, conflicts, dates, order)
    conflicts += corrected(current, conflicts, dates, order)
    merged.sort(key=lambda sf: (-len(sf.sources), min(order[a] for a in sf.sources)))
    conflicts = _once(conflicts)
    conflicts.sort(key=lambda c: min(order[v.article] for v in c.values))
    return merged, conflicts
