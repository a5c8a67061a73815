"""What the templates show and how: the front page's choice of stories, figures grouped by
sentence with each figure highlighted, dates and weeks in words, Markdown escaping.

The front page must fit on two pages. :func:`front_page` first estimates how many
stories can be shown in full (headline, sources, summary, where the sources differ,
top three quotes) and how many more can be listed by headline; the PDF renderer then
checks the estimate by laying the front page out alone and shrinks it until it fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from markupsafe import Markup, escape

from briefing.data import Briefing, Figure, Story, StoryFigure

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


# -- words ---------------------------------------------------------------------------------------
def long_date(d: date | None) -> str:
    return f"{d.day} {d:%B %Y}" if d else "undated"


def short_date(d: date | None) -> str:
    return f"{d.day} {d:%b %Y}" if d else "undated"


def period_text(start: date | None, end: date | None) -> str:
    if not start:
        return "no dated articles"
    if start == end:
        return long_date(start)
    return f"{long_date(start)} – {long_date(end)}"


def parse_week(text: str) -> tuple[date, date]:
    """'2025-W36' → (Monday, Sunday) of that ISO week; ValueError if there is no such week."""
    m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.I)
    if not m:
        raise ValueError(f"'{text}' is not an ISO week such as 2025-W36")
    year, week = int(m.group(1)), int(m.group(2))
    monday = date.fromisocalendar(year, week, 1)  # ValueError for week 54 etc.
    return monday, monday + timedelta(days=6)


def week_label(week: str | None) -> str | None:
    """'Week 36, 2025 (1–7 September 2025)' for the cover."""
    if not week:
        return None
    monday, sunday = parse_week(week)
    year, number, _ = monday.isocalendar()
    if monday.month == sunday.month:
        span = f"{monday.day}–{sunday.day} {sunday:%B %Y}"
    elif monday.year == sunday.year:
        span = f"{monday.day} {monday:%B} – {sunday.day} {sunday:%B %Y}"
    else:
        span = f"{long_date(monday)} – {long_date(sunday)}"
    return f"Week {number}, {year} ({span})"


def figure_label(f: Figure) -> str:
    """What a figure counts, in words for the tables."""
    if f.vague:
        return f"vague: {f.unit}" if f.unit else "vague"
    unit = f.unit if f.unit not in (None, "ordinal", "date", "%", "EUR", "USD", "GBP") else ""
    label = {"casualties": "casualties", "troops": "troops", "money": "money",
             "percentage": "percentage", "ordinal": "rank", "duration": "duration",
             "count": ""}.get(f.category, f.category)
    if unit and label and unit != label:
        return f"{label}: {unit}"
    return unit or label or "count"


# -- figures a reader can scan -------------------------------------------------------------------
@dataclass
class FigureRow:
    """One sentence with every figure it carries (shown once, each figure marked)."""

    it: str
    en: str | None
    figures: list[Figure]


def figure_rows(figures: list[Figure]) -> list[FigureRow]:
    rows: dict[str, FigureRow] = {}
    for f in figures:
        row = rows.setdefault(f.context_it, FigureRow(f.context_it, f.context_en, []))
        row.figures.append(f)
    return list(rows.values())


def mark_figures(sentence: str, figures: list[Figure]) -> Markup:
    """The Italian sentence, escaped, with each figure's words in <mark>."""
    spans: list[tuple[int, int]] = []
    for f in figures:
        start = 0
        while (i := sentence.find(f.it, start)) >= 0:
            if all(i + len(f.it) <= a or i >= b for a, b in spans):
                spans.append((i, i + len(f.it)))
                break
            start = i + 1
    return _marked(sentence, spans)


def mark_numbers(sentence: str | None, figures: list[Figure]) -> Markup:
    """The English sentence with the numbers of the figures marked where they appear."""
    if not sentence:
        return Markup("")
    wanted = set()
    for f in figures:
        for v in (f.value, f.value_max):
            if v is not None and f.category != "ordinal":
                wanted.add(re.sub(r"\D", "", f"{abs(v):.10g}".split(".")[0]) or "0")
    spans = [m.span() for m in re.finditer(r"\d+(?:[.,]\d+)*", sentence)
             if re.sub(r"[.,]", "", m.group()).lstrip("0") in {w.lstrip("0") for w in wanted}
             or re.sub(r"[.,]\d+$", "", m.group()).replace(",", "").replace(".", "")
             in wanted]
    return _marked(sentence, spans)


def _marked(text: str, spans: list[tuple[int, int]]) -> Markup:
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(escape(text[pos:a]))
        out.append(Markup("<mark>") + escape(text[a:b]) + Markup("</mark>"))
        pos = b
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def story_figures(figures: list[StoryFigure], conflicts) -> list[StoryFigure]:
    """The story's figures worth listing: not those already shown as a conflict."""
    in_conflict = {id(v.figure) for c in conflicts for v in c.values}
    return [sf for sf in figures if not any(id(f) in in_conflict for f in sf.figures)
            and sf.figure.category != "ordinal"]


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|#!~])")


def md(text: str | None) -> str:
    """Text for Markdown: one line, HTML-escaped, Markdown's own characters escaped."""
    text = " ".join(str(text or "").split())
    text = text.replace("&", "&amp;")
    text = _MD_SPECIAL.sub(lambda m: {"<": "&lt;", ">": "&gt;"}.get(m.group(1),
                                                                  "\\" + m.group(1)), text)
    return re.sub(r"^([-+=]|\d+\.)(\s)", r"\\\1\2", text)
