"""What the templates show and how: dates in words, what a figure counts, figures grouped
by sentence with each figure highlighted, and the escaping every value gets on its way
into HTML or Markdown (the Jinja filters and finalizers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from briefing.data import Figure, StoryFigure
from briefing.italian.numbers import digit_runs
from briefing.periods import parse_week
from briefing.read.names import printable


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
    """The key figures by sentence (trivia such as "due domande" stay in the JSON)."""
    rows: dict[str, FigureRow] = {}
    for f in figures:
        if not f.key:
            continue
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
    spans = [m.span() for m in digit_runs(sentence)
             if re.sub(r"[.,]", "", m.group()).lstrip("0") in {w.lstrip("0") for w in wanted}
             or re.sub(r"[.,]\d+$", "", m.group()).replace(",", "").replace(".", "")
             in wanted]
    return _marked(sentence, spans)


def _marked(text: str, spans: list[tuple[int, int]]) -> Markup:
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(escape(clean(text[pos:a])))
        out.append(Markup("<mark>") + escape(clean(text[a:b])) + Markup("</mark>"))
        pos = b
    out.append(escape(clean(text[pos:])))
    return Markup("").join(out)


def story_figures(figures: list[StoryFigure], conflicts) -> list[StoryFigure]:
    """The story's figures worth listing: not those already shown as a conflict."""
    in_conflict = {id(v.figure) for c in conflicts for v in c.values}
    return [sf for sf in figures if not any(id(f) in in_conflict for f in sf.figures)
            and sf.figure.category != "ordinal" and sf.figure.key]


# -- escaping: every value a template prints goes through one of these ----------------------------
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c]")


def clean(text: object) -> str:
    """Text for an output: control and bidi characters (a U+202E in a file name or a
    title) shown as ``\\u202e``, never acted on; tabs and line breaks as spaces."""
    return printable(_BREAKS.sub(" ", str(text)))


def html_value(value: object) -> object:
    """The HTML templates' finalizer (Jinja then escapes): markup our filters built from
    escaped pieces passes; text is cleaned."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return clean(value)


class MdText(str):
    """Markdown already escaped (or written by our templates): not escaped again."""


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|#!~])")
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|file|mailto):/?/?|\bwww\.")


def md(text: object) -> MdText:
    """Text for Markdown: one line, cleaned, HTML-escaped, Markdown's own characters
    escaped, and bare URLs defused (a renderer would make them links)."""
    if isinstance(text, MdText):
        return text
    text = " ".join(clean("" if text is None else text).split())
    text = text.replace("&", "&amp;")
    text = _MD_SPECIAL.sub(lambda m: {"<": "&lt;", ">": "&gt;"}.get(m.group(1),
                                                                  "\\" + m.group(1)), text)
    text = _AUTOLINK.sub(lambda m: m.group().replace("/", "\\/").replace(".", "\\."), text)
    return MdText(re.sub(r"^([-+=]|\d+\.)(\s)", r"\\\1\2", text))


def md_value(value: object) -> object:
    """The Markdown templates' finalizer: every printed value is escaped unless our
    templates or filters made it (numbers pass as they are)."""
    if isinstance(value, (MdText, int, float)):
        return value
    return md(value)
