"""The front page: which stories are shown in full and which are listed, and how much of
a story a card may show, so that the front page holds its two pages whatever comes in.

:func:`front_page` estimates the choice: the stories carried by most sources, and with
most to say, in full while they fit (room kept for listing the others), then the rest
listed by headline. The PDF renderer checks the estimate by laying the front page out
alone, and shrinks or grows it (:func:`shrink`, :func:`promote`, :func:`list_more`)
until the two pages are full. A card is bounded whatever the story: at most
``SOURCES_SHOWN`` sources, ``CONFLICTS_SHOWN`` tables of at most ``ROWS_SHOWN`` rows (a
longer one is summarised: the extremes, the range, "and N more sources", and a pointer
to the full table in the story), three quotes, and sentences cut at ``WORDS_SHOWN``
words, so one story of 300 articles still fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.data import Briefing, Conflict, ConflictValue, Story

# Lines of 9.6pt text on two A4 pages (measured on rendered pages), and the masthead's.
FRONT_LINES = 112
MASTHEAD_LINES = 10
SOURCES_SHOWN = 8
CONFLICTS_SHOWN = 3
ROWS_SHOWN = 5
QUOTES_SHOWN = 3
WORDS_SHOWN = 60
LIST_LINE = 1.4  # a headline in the two-column list of more stories, with its source count
LIST_MAX_LINES = 48  # what the list may take when many stories are left to list


@dataclass
class FrontPage:
    """The stories shown in full, those listed by headline, and how many are left out."""

    full: list[Story] = field(default_factory=list)
    listed: list[Story] = field(default_factory=list)
    rest: int = 0
    pages: int = 2  # as laid out when fitted (1 or 2)

    def ids(self) -> dict[str, list[str]]:
        """What the JSON says of it (``briefing.front_page``)."""
        return {"full": [s.id for s in self.full], "listed": [s.id for s in self.listed]}


def make(stories: list[Story], full: list[Story], listed: int) -> FrontPage:
    """``full`` in full, then the first ``listed`` of the other stories, in story order."""
    shown = {id(s) for s in full}
    others = [s for s in stories if id(s) not in shown]
    return FrontPage(list(full), others[:listed], len(others) - min(listed, len(others)))


def from_ids(stories: list[Story], full: list[str], listed: list[str]) -> FrontPage | None:
    """The front page a note names (cached layout); None if it does not fit these stories."""
    by_id = {s.id: s for s in stories}
    if (len(set(full) | set(listed)) != len(full) + len(listed)
            or any(i not in by_id for i in full + listed)
            or (stories and not full and not listed)):
        return None
    front = make(stories, [by_id[i] for i in full], len(listed))
    return front if [s.id for s in front.listed] == listed else None


# -- what a card shows ---------------------------------------------------------------------------
def clip(text: str | None, words: int = WORDS_SHOWN) -> str:
    """At most ``words`` words, the cut marked with an ellipsis."""
    parts = (text or "").split()
    return text or "" if len(parts) <= words else " ".join(parts[:words]) + " …"


@dataclass
class Reading:
    """One value of a conflict as one or more sources give it (the first one's words)."""

    value: ConflictValue
    sources: list[str]


@dataclass
class ConflictCard:
    """A conflict as the front page shows it: every reading, or the two extremes and the
    range when there are more than ``ROWS_SHOWN``."""

    conflict: Conflict
    rows: list[Reading]
    sources: int  # how many sources the full table lists
    more: int = 0  # sources not in the rows shown
    low: str | None = None  # the range, when summarised
    high: str | None = None


def _reading_key(v: ConflictValue) -> tuple:
    f = v.figure
    return (f.value, f.value_max, f.approx, f.qualifier, f.en, f.it)


def conflict_card(c: Conflict, rows: int = ROWS_SHOWN) -> ConflictCard:
    """Values that read the same are one row with all their sources; more rows than
    ``rows``: the lowest and the highest, with the range and how many sources are left."""
    readings: dict[tuple, Reading] = {}
    for v in c.values:
        readings.setdefault(_reading_key(v), Reading(v, [])).sources.append(v.article)
    found = list(readings.values())
    if len(found) <= rows:
        return ConflictCard(c, found, len(c.values))

    def high(r: Reading) -> float:
        f = r.value.figure
        return f.value_max if f.value_max is not None else f.value

    low_r = min(found, key=lambda r: r.value.figure.value)
    high_r = max(found, key=high)
    shown = [low_r] if low_r is high_r else [low_r, high_r]
    more = len(c.values) - sum(len(r.sources) for r in shown)
    return ConflictCard(c, shown, len(c.values), more, low_r.value.figure.en,
                        high_r.value.figure.en)


# -- the estimate --------------------------------------------------------------------------------
def _lines(text: str | None, width: int = 95) -> int:
    return max(1, -(-len(text or "") // width))


def story_lines(s: Story) -> int:
    """Estimated height of a story's card on the front page, in lines of body text."""
    n = 2 + _lines(s.headline_en, 70) + _lines(" · " * min(len(s.article_ids),
                                                           SOURCES_SHOWN) + "x" * 24, 60)
    n += sum(_lines(clip(x.sentence.en)) for x in s.summary)
    if s.conflicts:
        n += 2 + sum(2 + len(conflict_card(c).rows) + 1
                     for c in s.conflicts[:CONFLICTS_SHOWN])
    n += sum(1 + _lines(clip(q.en)) for q in s.quotes[:QUOTES_SHOWN])
    return n


def weight(s: Story) -> tuple:
    """Which stories a reader wants in full first: most sources, then most said."""
    return (-len(s.article_ids), -(3 * len(s.conflicts) + len(s.quotes) + len(s.figures)
                                   + len(s.summary)))


def candidates(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=weight)


def _list_lines(n: int) -> float:
    return 0 if n <= 0 else min(LIST_MAX_LINES, LIST_LINE * n / 2 + 3)


def front_page(b: Briefing, lines: int = FRONT_LINES) -> FrontPage:
    """Stories in full, most sources and weight first, while they fit with room kept to
    list the others; then as many others listed as fit."""
    budget = lines - MASTHEAD_LINES
    stories = b.stories
    full: list[Story] = []
    for s in candidates(stories):
        need = story_lines(s)
        if full and need + _list_lines(len(stories) - len(full) - 1) > budget:
            break
        full.append(s)
        budget -= need
    left = len(stories) - len(full)
    budget -= 3 if left else 0
    return make(stories, full, int(max(0, budget) * 2 / LIST_LINE))


# The share of the front page's lines below which an estimate is sure to fit: on the dev
# sets' stories, one to three in full, the estimate is within 10 lines of the layout.
SURE_SHARE = 0.7


def surely_fits(front: FrontPage, lines: int = FRONT_LINES) -> int | None:
    """The pages (1 or 2) a front page showing every story in full surely takes, by the
    estimate; None where it must be laid out to know (stories listed, or near the end)."""
    if front.listed or front.rest or not front.full:
        return None
    need = MASTHEAD_LINES + sum(story_lines(s) for s in front.full)
    if need > SURE_SHARE * lines:
        return None
    return 1 if need <= SURE_SHARE * lines / 2 else 2


# -- the adjustments the PDF renderer makes after laying the estimate out ------------------------
def shrink(front: FrontPage, stories: list[Story]) -> FrontPage | None:
    """A smaller front page: the last full story becomes a listed headline; with one
    story left in full, the list loses its last headline; then that story is listed."""
    if len(front.full) > 1:
        return make(stories, front.full[:-1], len(front.listed) + 1)
    if front.listed:
        return make(stories, front.full, len(front.listed) - 1)
    if front.full:
        return make(stories, [], 1)
    return None


def promote(front: FrontPage, stories: list[Story], story: Story | None = None
            ) -> FrontPage | None:
    """``story`` (by default the next by weight) in full as well; the list keeps its
    length while stories are left to list (None if every story is in full)."""
    shown = {id(s) for s in front.full}
    story = story or next((s for s in candidates(stories) if id(s) not in shown), None)
    if story is None or id(story) in shown:
        return None
    return make(stories, [*front.full, story], len(front.listed))


def list_more(front: FrontPage, stories: list[Story], step: int = 4) -> FrontPage | None:
    """A front page listing up to ``step`` more headlines (None if none is left)."""
    if not front.rest:
        return None
    return make(stories, front.full, len(front.listed) + step)


# -- parts: a big briefing is laid out in parts of at most PART_ARTICLES articles ----------------
PART_ARTICLES = 50


def part_plan(b: Briefing) -> list[tuple[str, int, int]]:
    """The briefing's parts, each (kind, first, end): the front page; the stories in runs
    of at most ``PART_ARTICLES`` sources (a story is never split); the articles in runs of
    ``PART_ARTICLES``; the sources. Each part begins on a new page, laid out in parts or not."""
    parts = [("front", 0, 0)]
    lo, weight = 0, 0
    for i, s in enumerate(b.stories):
        if i > lo and weight + len(s.article_ids) > PART_ARTICLES:
            parts.append(("stories", lo, i))
            lo, weight = i, 0
        weight += len(s.article_ids)
    parts.append(("stories", lo, len(b.stories)))
    n = len(b.reports)
    parts += [("articles", lo, min(lo + PART_ARTICLES, n)) for lo in range(0, n, PART_ARTICLES)]
    return [*parts, ("sources", 0, 0)]


def whole(b: Briefing) -> list[tuple[str, int, int]]:
    """The sections of the briefing in one piece."""
    return [("front", 0, 0), ("stories", 0, len(b.stories)), ("articles", 0, len(b.reports)),
            ("sources", 0, 0)]
