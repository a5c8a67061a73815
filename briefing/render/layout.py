"""What the templates show and how: the front page's choice of stories, figures grouped by
sentence with each figure highlighted, dates and weeks in words, Markdown escaping.

The front page must fit on two pages. :func:`front_page` first estimates how many
stories can be shown in full (headline, sources, summary, where the sources differ,
top three quotes) and how many more can be listed by headline; the PDF renderer then
checks the estimate by laying the front page out alone and shrinks it until it fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.data import Briefing, Story

# Lines of 9.6pt text on two A4 pages with the masthead (measured on rendered pages).
FRONT_LINES = 112
FRONT_FULL_MAX = 6


@dataclass
class FrontPage:
    """The stories shown in full, those listed by headline, and how many are left out."""

    full: list[Story] = field(default_factory=list)
    listed: list[Story] = field(default_factory=list)
    rest: int = 0


def _lines(text: str | None, width: int = 95) -> int:
    return max(1, -(-len(text or "") // width))


def story_lines(s: Story) -> int:
    """Estimated height of a story card on the front page, in lines of body text."""
    n = 2 + _lines(s.headline_en, 70) + _lines(" · ".join(s.article_ids), 60)
    n += sum(_lines(x.sentence.en) for x in s.summary)
    if s.conflicts:
        n += 2 + sum(2 + len(c.values) for c in s.conflicts)
    n += sum(1 + _lines(q.en) for q in s.quotes[:3])
    return n


LIST_LINE = 1.4  # a headline in the two-column list of more stories, with its source count
LIST_MAX_LINES = 48  # what the list may take when many stories are left to list


def front_page(b: Briefing, lines: int = FRONT_LINES, full_max: int = FRONT_FULL_MAX
               ) -> FrontPage:
    """Stories carried by most sources first, in full while they fit; the rest by headline.

    Single-source stories are shown in full only when there are few stories; room is kept
    for listing the others, two columns of headlines with their page numbers.
    """
    budget = lines - 10  # masthead
    stories = b.stories
    multi = sum(len(s.article_ids) > 1 for s in stories)
    reserve = min(LIST_MAX_LINES, LIST_LINE * max(0, len(stories) - max(multi, 1)) / 2 + 3)
    full: list[Story] = []
    for s in stories:
        need = story_lines(s)
        single = len(s.article_ids) == 1
        if len(full) >= full_max or (full and need > budget - (reserve if single else 0)):
            break
        if full and single and len(stories) > full_max:
            break
        full.append(s)
        budget -= need
    remaining = stories[len(full):]
    listed: list[Story] = []
    budget -= 3 if remaining else 0
    capacity = int(max(0, budget) * 2 / LIST_LINE)  # two columns
    listed = remaining[:capacity]
    return FrontPage(full, listed, len(remaining) - len(listed))


def shrink(front: FrontPage, stories: list[Story]) -> FrontPage | None:
    """A smaller front page: the last full story becomes a listed headline; with one
    story left in full, the list loses its last headline."""
    if len(front.full) > 1:
        full = front.full[:-1]
        listed = [front.full[-1], *front.listed]
    elif front.listed:
        full, listed = front.full, front.listed[:-1]
    else:
        return None
    return FrontPage(full, listed, len(stories) - len(full) - len(listed))


def grow(front: FrontPage, stories: list[Story], step: int = 4) -> FrontPage | None:
    """A front page listing up to ``step`` more headlines (None if none is left)."""
    if not front.rest:
        return None
    start = len(front.full) + len(front.listed)
    listed = front.listed + stories[start:start + step]
    return FrontPage(front.full, listed, len(stories) - len(front.full) - len(listed))
