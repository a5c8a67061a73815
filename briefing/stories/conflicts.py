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
from briefing.extract.units import PEOPLE, UNITS, casualty_role, words_re
from briefing.italian.lexicon import lemma
from briefing.italian.tables import table
from briefing.stories.clustering import lemmas
from briefing.stories.history import CLAUSE, background
from briefing.stories.personal import same_person, sentenced_one

CLOSE_RATIO = 3.0  # rival estimates of one number seldom differ by more
TOLL_RATIO = 10.0  # a toll's first count and its last
CROWD_RATIO = 6.0  # except a crowd: organisers' counts run to four or five times the police's
CONTEXT_OVERLAP = 0.25  # share of context lemmas that marks the same statement
SAME = 0.02  # values within 2 % are one number written twice
_TROOP_UNITS = {"soldiers", "troops", "men", "fighters"}
_PEOPLE_UNITS = {"people", "people present", "demonstrators", "participants", "inhabitants"}
_HOUSEHOLDS = {"families", "households"}
_CHILDREN = {"children", "minors", "newborns", "pupils", "young people", "girls"}
# one count under two nouns: "410 licenziamenti" and "410 esuberi" (job cuts), "40 repliche"
# and "120 scosse" after an earthquake (aftershocks)
_SAME_COUNT = {"dismissals": "redundancies", "aftershocks": "tremors"}
_BY_KEY = ("casualties", "troops")  # one story's toll or troops are one quantity
_EVENT_MEASURES = frozenset(table("figures")["event_measures"])
_UPDATED = ("casualties", "troops", "people")  # counts a report updates as it goes
_PERSONAL = ("age", "sentence")  # one person's: compared only with the same person's


def _side(f: Figure) -> str:
    """Soldiers', civilians', women's and men's tolls are counts of their own, not the
    event's whole toll ("uccisi 4 soldati thailandesi", "Sette civili morti", "almeno 22
    morti")."""
    if f.unit in _TROOP_UNITS or f.side:  # "i militari eritrei morti sono 12"
        return ":military"
    if f.unit in ("women", "men"):  # "Le vittime sono tre donne … e un uomo": a part
        return ":" + f.unit
    return ":civilian" if f.unit == "civilians" else ""


def _part(f: Figure) -> tuple[str, ...]:
    if not f.part_of:
        return ()
    cls = "children" if (f.unit or "") in _CHILDREN else (f.unit or "")
    return ("part", f.part_of, cls)


def measure(f: Figure) -> tuple[str, ...] | None:
    """What a figure measures, as a key two comparable figures share (None: not compared)."""
    if f.vague or f.category in ("ordinal", "date", "year", "duration") \
            or f.kind in ("more", "each", "earlier", "rest", "peak", "at", "goal"):
        return None  # an order of magnitude, a change or a share: no total to compare
    kind = f.kind or ""
    if f.category == "casualties" or f.unit in _UNIT_ROLE or f.unit == "victims":
        return ("casualties", f.role or _role(f), kind + _side(f), *_part(f))
    if f.role == "transferred":
        return None  # each transfer counts its own boat or bus: no toll of the story
    if f.role and f.category == "count":  # "quattro uomini fermati": arrests, not troops
        # "14 famiglie evacuate, in tutto 37 persone": households are counted apart
        return ("people", f.role, kind + (":" + f.unit if f.unit in _HOUSEHOLDS else ""),
                *_part(f))
    if f.category == "troops" or f.unit in _TROOP_UNITS:
        return ("troops", kind, *_part(f))
    if f.category == "money":  # the parts of a sum are told apart by _parts_apart
        return ("money", f.unit or "", f.subject or "",
                kind if kind in ("average", "limit") else "")
    if f.category == "percentage":
        return ("percentage", f.subject or "", kind)
    if f.category == "temperature":
        return None  # one story's temperatures are of different places and hours
    if f.unit == "votes":
        return None  # a tally is counted, not estimated: two are two votes (Camera, Senato)
    if f.category in ("age", "sentence"):  # one person's, told apart by the name
        return (f.category,)
    if f.unit in _PEOPLE_UNITS or f.subject == "crowd":
        return ("people", "", kind, *_part(f))
    unit = _SAME_COUNT.get(_counted(f) or "", _counted(f))
    if unit is None:
        return None  # a bare number: too little to know what it counts
    return (f.category, unit, kind)


def _counted(f: Figure) -> str | None:
    """The noun a plain count counts: the table's unit, else the Italian noun's lemma — the
    same key whatever English the engine later gives that noun ("pasti", "pasto")."""
    if f.unit_it:
        return "it:" + lemma(f.unit_it.lower())
    return f.unit


_UNIT_ROLE = {"injured": "injured", "missing": "missing", "dead": "killed", "bodies": "killed",
              "survivors": "rescued"}


def _role(f: Figure) -> str:
    """The role a casualty figure's noun says ("I superstiti restano quarantuno"), else
    its sentence's."""
    return _UNIT_ROLE.get(f.unit or "") or casualty_role(f.it, f.context_it)


_ABOUT = {"killed": "people killed", "injured": "people injured", "missing": "people missing",
          "rescued": "people rescued", "critical": "people in critical condition"}


def about(key: tuple[str, ...], f: Figure) -> str:
    """A short English label for what a group of figures counts."""
    if "part" in key:  # ("casualties", role, "part", whole, class)
        whole = _ABOUT.get(key[-2], key[-2]).split()[-1]
        return f"{key[-1] or f.unit or 'people'} among those {whole}"
    if key[0] == "casualties":
        side = key[2].rpartition(":")[2] if ":" in key[2] else ""
        label = _ABOUT.get(key[1], "casualties")
        return label.replace("people", {"military": "soldiers", "civilian": "civilians"}.get(
            side, side)) if side else label
    if key[0] == "troops":
        return f"troops ({f.unit})" if f.unit and f.unit != "troops" else "troops"
    average = "average " if f.kind == "average" else ""
    if key[0] == "money":
        what = average + (key[2] if len(key) > 2 and key[2] else "amount")
        return f"{what} ({key[1]})" if key[1] else what
    if key[0] == "percentage":
        return average + (f"{key[1]} (%)" if len(key) > 1 and key[1] else "percentage")
    if key[0] in ("age", "temperature"):
        return key[0]
    if key[0] == "sentence":
        return "prison sentence (years)"
    if key[0] == "people":
        who = key[2].rpartition(":")[2] if ":" in key[2] else "people"
        return f"{who} {key[1]}" if key[1] else average + "people (count)"
    return f.unit or key[0]


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


def _interval(f: Figure) -> tuple[float, float]:
    lo, hi = f.value, f.value_max if f.value_max is not None else f.value
    return min(lo, hi), max(lo, hi)


def same_value(a: Figure, b: Figure) -> bool:
    """The same number, however written ("oltre 200mila" and "oltre 200 mila", "circa 750"
    and "750", ranges alike); opposite bounds ("more than" and "less than") are not."""
    (la, ha), (lb, hb) = _interval(a), _interval(b)
    if abs(la - lb) > SAME * max(abs(la), abs(lb)) or abs(ha - hb) > SAME * max(abs(ha), abs(hb)):
        return False
    qa, qb = a.qualifier or "", b.qualifier or ""
    return not ({qa, qb} & {"more than", "over", "at least", "just over"}
                and {qa, qb} & {"fewer than", "less than", "under", "at most", "no more than"})


def _close(a: Figure, b: Figure, ratio: float = CLOSE_RATIO) -> bool:
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    small, big = min(abs(lo_a), abs(lo_b)), max(abs(hi_a), abs(hi_b))
    if small == 0:
        return big == 0
    return big / small <= ratio


def _claims_apart(a: Figure, b: Figure, others: dict[str, set[str]], aa: str, ab: str
                  ) -> bool:
    """Different sources' counts are rivals only where each article gives one side: an
    article with both the police's and the organisers' count compares each with its like."""
    if not (a.claimant and b.claimant and a.claimant != b.claimant):
        return False
    return b.claimant in others.get(aa, set()) or a.claimant in others.get(ab, set())


_SUM_PARTS = ("fixed", "total", "bonus")


def _parts_apart(a: Figure, b: Figure) -> bool:
    """Two parts of a sum, or a part and the whole: "45 milioni più bonus" and "50 milioni
    bonus compresi" are not rival values (an amount said neither way may be either); nor
    are sums of different things ("un incentivo fino a 40mila", "un bonus di 15mila")."""
    if a.sum_of and b.sum_of and lemma(a.sum_of) != lemma(b.sum_of):
        return True
    ka = a.kind if a.kind in _SUM_PARTS else None
    kb = b.kind if b.kind in _SUM_PARTS else None
    return bool(ka and kb and ka != kb) or (ka == "bonus") != (kb == "bonus")


def _sides_apart(a: Figure, b: Figure) -> bool:
    """One side's soldiers and the other's ("31 soldati etiopi", "i militari eritrei morti
    sono 12"), or counts over different spans ("1.470 arrivi in un giorno", "2.312 in tre
    giorni"; "210 milioni l'anno", "630 milioni nel triennio"): never one quantity, however
    close. Where one figure does not say, they may be."""
    return bool(a.side and b.side and a.side != b.side
                or a.period and b.period and a.period != b.period)


def _scopes_apart(a: Figure, b: Figure) -> bool:
    """Two values said to hold in different places ("in Sicilia" and the country, one
    region and another, local bodies' and the national figure): not one quantity. A
    story's toll, troops or evacuees are the event's, wherever the sentence places them."""
    key = measure(a) or ("",)
    if key[0] in _BY_KEY or key[0] == "people" and key[1] or same_value(a, b):
        return False
    if a.category not in ("percentage", "money") and not (a.scope and b.scope):
        return False  # "410 esuberi in Calabria" and "gli esuberi veri sono 620": one count
    return (a.scope or "national") != (b.scope or "national")


def strength(a: Figure, b: Figure) -> float:
    """How surely two figures with the same measure speak of the same thing (0: not)."""
    if _parts_apart(a, b) or _scopes_apart(a, b) or _sides_apart(a, b):
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
    close = _close(a, b, TOLL_RATIO if key and (key[0] == "casualties" or key[0] == "people"
                                                and key[1]) else CLOSE_RATIO)
    if key and (key[0] in _BY_KEY or key[0] == "people" and key[1]
                or key[0] == "count" and key[1] in _EVENT_MEASURES and not key[2]) and close:
        return 1.0 + overlap  # one story's toll, troops, arrests, evacuees, burnt hectares
    if close and ((a.claimant and a.claimant == b.claimant)
                  or (a.subject and a.subject == b.subject)):
        return 0.5 + overlap  # one source's count twice, or one named thing (a salary)
    if key[0] == "percentage" and not key[1]:
        # a share of nothing named: the two sentences must say much the same
        return overlap if close and overlap >= 2 * CONTEXT_OVERLAP else 0.0
    if overlap >= CONTEXT_OVERLAP and (close or key[0] == "percentage"
                                        or key[0] == "money" and overlap >= 2 * CONTEXT_OVERLAP
                                        and _close(a, b, TOLL_RATIO)):
        return overlap  # money far apart only where the two sentences say much the same
    return 0.0


def _groups(items: list[tuple[str, Figure]], headlines: frozenset[str] = frozenset()
            ) -> list[list[tuple[str, Figure]]]:
    """Figures of different articles that count the same thing. Pairs are joined strongest
    first, and never so that one article would give two different values in a group."""
    keys = [measure(f) for _, f in items]
    sides: dict[tuple[str, tuple[str, ...] | None], set[str]] = {}
    for (a, f), k in zip(items, keys, strict=True):
        if f.claimant:
            sides.setdefault((a, k), set()).add(f.claimant)
    # articles that say a count changed ("il bilancio sale a 11"): all their values of it
    # are successive counts of one thing
    updated: dict[tuple[str, tuple[str, ...]], set[float]] = {}
    for (a, f), k in zip(items, keys, strict=True):
        if f.update and k and k[0] in _UPDATED:
            updated.setdefault((a, k), set()).add(f.value)
    members = {i: [i] for i in range(len(items)) if keys[i] is not None}
    owner = {i: i for i in members}
    pairs = []
    for i, (ai, fi) in enumerate(items):
        for j in range(i + 1, len(items)):
            aj, fj = items[j]
            if keys[i] is None or keys[i] != keys[j]:
                continue
            if ai == aj:  # one article says it again (title and body): the same figure
                if same_value(fi, fj) and (fi.claimant or "") == (fj.claimant or ""):
                    pairs.append((3.0, i, j))
                continue
            others = {ai: sides.get((ai, keys[i]), set()), aj: sides.get((aj, keys[j]), set())}
            if _claims_apart(fi, fj, others, ai, aj):
                continue
            score = strength(fi, fj)
            if not score and keys[i][0] not in _PERSONAL and fi.context_it in headlines \
                    and fj.context_it in headlines \
                    and _close(fi, fj) and not _parts_apart(fi, fj) \
                    and not _scopes_apart(fi, fj) and not _sides_apart(fi, fj):
                score = 1.0  # two titles or leads give the headline number: one quantity
            if score > 0:
                pairs.append((score, i, j))
    for _, i, j in sorted(pairs, reverse=True):
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        joined = members[gi] + members[gj]
        if any(_parts_apart(items[x][1], items[y][1])
               or _sides_apart(items[x][1], items[y][1])
               or _two_values(items[x], items[y], (items[x][0], keys[x]) in updated)
               for x in joined for y in joined if x < y):
            continue
        members[gi] = joined
        for x in members.pop(gj):
            owner[x] = gi
    return [[items[i] for i in sorted(m)] for m in members.values()]


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


def _kind(values: list[ConflictValue], dates: dict[str, date | None]) -> str:
    days = {dates.get(v.article) for v in values} - {None}
    if len(days) > 1:
        return "update"
    if len({v.figure.claimant for v in values if v.figure.claimant}) > 1:
        return "claims"
    return "differ"


_FIRST = words_re(table("figures")["first_words"])


def _without_first_counts(items: list[tuple[str, Figure]]) -> list[tuple[str, Figure]]:
    """"Il primo bilancio parlava di tre vittime; la quarta …": where an article gives its
    first count and a later one of the same thing, the first is its history."""
    values: dict[tuple, set[float]] = {}
    for a, f in items:
        key = measure(f)
        if key:
            values.setdefault((a, key), set()).add(f.value)
    return [(a, f) for a, f in items
            if len(values.get((a, measure(f)), ())) < 2
            or not _FIRST.search(stretch(f, f.context_it, CLAUSE)[0])]


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
        if len(articles) > 1 and not all(same_value(first, v.figure) for v in rows):
            key = measure(first)
            conflicts.append(Conflict(about=about(key, first), category=first.category,
                                      unit=first.unit, values=rows, kind=_kind(rows, dates)))
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
    conflicts += _rival_claims(current, conflicts, dates, order)
    conflicts += _corrected(current, conflicts, dates, order)
    merged.sort(key=lambda sf: (-len(sf.sources), min(order[a] for a in sf.sources)))
    conflicts.sort(key=lambda c: min(order[v.article] for v in c.values))
    return merged, conflicts


def _rivals(a: Figure, b: Figure) -> bool:
    """Two sources' values that may be of one quantity: near each other, or percentages of
    one named thing (participation: the unions' 70 %, the company's 10 %)."""
    if _parts_apart(a, b) or _scopes_apart(a, b) or _sides_apart(a, b):
        return False
    if a.subject == b.subject == "crowd":  # the police's and the organisers' crowds
        lo, hi = sorted((abs(a.value), abs(b.value)))
        return lo > 0 and hi / lo <= CROWD_RATIO
    return _close(a, b) or (a.category == "percentage" and bool(a.subject)
                            and a.subject == b.subject)


def _rival_claims(items: list[tuple[str, Figure]], found: list[Conflict],
                  dates: dict[str, date | None], order: dict[str, int]) -> list[Conflict]:
    """Two sources' counts of one thing, each given by a different article ("oltre il 70%"
    for the unions, "inferiore al 10%" for the company): a conflict between claims, also
    where each figure already stands in another comparison."""
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
                # an article that gives only one side, and another that gives only the other
                pa = [(a, f) for a, f in by_source[ca] if a not in arts[cb]]
                pb = [(a, f) for a, f in by_source[cb] if a not in arts[ca]]
                pairs = [(x, y) for x in pa for y in pb if x[0] != y[0] and _rivals(x[1], y[1])]
                if not pairs:
                    continue
                (aa, fa), (ab, fb) = pairs[0]
                if same_value(fa, fb) or any(
                        measure(c.values[0].figure) == key
                        and {v.article for v in c.values} >= {aa, ab} for c in found + out):
                    continue  # these two articles' values of it are already set side by side
                when = lambda v: (dates.get(v.article) or date.max, order[v.article])  # noqa: E731
                joined = _joined(found + out, key, (aa, fa), (ab, fb))
                if joined is not None:  # a third source's value of a quantity already set
                    joined.values = sorted(joined.values, key=when)  # side by side
                    continue
                rows = sorted([ConflictValue(fa, aa), ConflictValue(fb, ab)], key=when)
                out.append(Conflict(about=about(key, fa), category=fa.category, unit=fa.unit,
                                    values=rows, kind="claims"))
    return out


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


def _corrected(items: list[tuple[str, Figure]], found: list[Conflict],
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
                and _close(x, y, TOLL_RATIO)]
        if not told:
            continue
        # the articles giving either value, one figure each
        rows = [ConflictValue(x, a)]
        for b, y in told + [(b, y) for b, y in items if b != a and _like(x, y)
                            and same_value(x, y)]:
            if all(v.article != b for v in rows):
                rows.append(ConflictValue(y, b))
        when = lambda v: (dates.get(v.article) or date.max, order[v.article])  # noqa: E731
        held = next((c for c in found + out if any(  # the same figure: its sentence too
            v.article == r.article and v.figure.context_it == r.figure.context_it
            and same_value(v.figure, r.figure) for r in rows for v in c.values)), None)
        if held is not None:
            arts = {v.article for v in held.values}
            held.values += [r for r in rows if r.article not in arts]
            held.values.sort(key=when)
            continue
        rows.sort(key=when)
        key = measure(x) or measure(told[0][1])
        out.append(Conflict(about=about(key, x) if key else (x.unit or x.category),
                            category=x.category, unit=x.unit or told[0][1].unit, values=rows,
                            kind=_kind(rows, dates)))
    return out


def _like(x: Figure, y: Figure) -> bool:
    """Two figures that may count one thing: one category, the same unit where both say
    (the nouns may differ: "148.600 ingressi, non 210mila" sets them against "210mila
    presenze")."""
    return y.category == x.category and (y.unit == x.unit or not (y.unit and x.unit)
                                         or {x.unit, y.unit} <= _PERSONS) \
        and not _sides_apart(x, y) and not _parts_apart(x, y)


# English units that count people ("people", "migrants", "workers"): one head count
_PERSONS = frozenset(UNITS[w] for w in PEOPLE if w in UNITS) | {"people"}
