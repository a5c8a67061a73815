"""HTML and Markdown from the Jinja2 templates.

Escaping is the default in both: every value a template prints goes through a finalizer
(control and bidi characters shown, never acted on), then HTML autoescaping, or Markdown
escaping (words.md); only markup our own filters and macros build passes. One Jinja
environment per run and per output kind: the front-page fitting loop renders the same
templates many times.
"""

from __future__ import annotations

import functools
from datetime import date
from importlib import resources
from pathlib import Path

from briefing.data import ArticleReport, Briefing, TranslationInfo


def _template_dir() -> Path:
    return Path(str(resources.files("briefing.templates")))


@functools.lru_cache(maxsize=2)
def _env(kind: str = "html"):
    """The environment for ``kind`` "html" (autoescaped) or "md" (Markdown-escaped)."""
    import jinja2

    from briefing.render import layout, words

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_template_dir()),
        autoescape=kind == "html",
        finalize=words.html_value if kind == "html" else words.md_value,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        longdate=words.long_date, shortdate=words.short_date, fig_what=words.figure_label,
        figure_rows=words.figure_rows, mark_figures=words.mark_figures,
        mark_numbers=words.mark_numbers, story_figures=words.story_figures, md=words.md,
        clip=layout.clip, conflict_card=layout.conflict_card,
    )
    return env


def display_title(a) -> str:
    """English title, else the opening words of the article, marked as untitled."""
    return a.title_en or "(untitled) " + a.opening(10)


def _context(b: Briefing, front=None, front_only: bool = False, sections=None,
             page_of=None, parted: bool = False) -> dict:
    from briefing.render import layout, words

    start, end = b.period
    index = {r.article.id: i + 1 for i, r in enumerate(b.reports)}
    week = words.week_label(b.week)
    plan = layout.part_plan(b)

    def anchor(s) -> str:
        """Where a story is told: a one-article story in its article."""
        return f"art-{index[s.article_ids[0]]}" if len(s.article_ids) == 1 else s.id

    if sections is None:
        sections = [("front", 0, 0)] if front_only else layout.whole(b)
    return dict(
        b=b, period=words.period_text(start, end), index=index,
        reports_by_id={r.article.id: r for r in b.reports},
        story_of={aid: s for s in b.stories for aid in s.article_ids}, anchor=anchor,
        front=front or layout.front_page(b), front_only=front_only,
        # what this document holds (the whole briefing, or one part of it), where the parts
        # begin (a new page in either case), and the page numbers when laid out in parts
        sections=sections, page_of=page_of, parted=parted,
        breaks={kind: {lo for k, lo, _ in plan if k == kind} for kind in ("stories", "articles")},
        week_label=week, display_title=display_title,
        # a --week briefing is dated by its week, on the cover and in the running header
        cover_date=week or words.long_date(b.date),
        running_date=week.split(" (")[0] if week else words.long_date(b.date),
        limits=dict(sources=layout.SOURCES_SHOWN, conflicts=layout.CONFLICTS_SHOWN,
                    quotes=layout.QUOTES_SHOWN, words=layout.WORDS_SHOWN),
        css=(_template_dir() / "style.css").read_text(encoding="utf-8"),
    )


def briefing_html(b: Briefing, front=None, front_only: bool = False, *, sections=None,
                  page_of=None, parted: bool = False) -> str:
    """The briefing as one HTML document: for the PDF (print CSS) and for screens; or, with
    ``sections``, one part of it ([("articles", 50, 100)]: articles 51 to 100)."""
    return _env().get_template("briefing.html").render(
        **_context(b, front, front_only, sections, page_of, parted))


def footer_html(total: int) -> str:
    """``total`` empty pages with the briefing's page rules: the page numbers stamped on a
    briefing laid out in parts."""
    css = (_template_dir() / "style.css").read_text(encoding="utf-8")
    pages = "<div></div>" + '<div style="break-before: page"></div>' * (total - 1)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>{css}</style>'
            "<style>@page { @top-center { content: none; } }</style></head>"
            f"<body>{pages}</body></html>")


def handout_html(r: ArticleReport, *, bilingual: bool, on: date,
                 translation: TranslationInfo | None = None) -> str:
    return _env().get_template("handout.html").render(
        r=r, a=r.article, bilingual=bilingual, on=on, display_title=display_title,
        translation=translation,
        css=(_template_dir() / "style.css").read_text(encoding="utf-8"),
    )


def briefing_markdown(b: Briefing, front=None) -> str:
    ctx = _context(b, front)
    ctx.pop("css")
    return _env("md").get_template("briefing.md").render(**ctx)


def article_markdown(r: ArticleReport, translation: TranslationInfo | None = None) -> str:
    """One article in English as Markdown (``briefing translate --format md``)."""
    return _env("md").get_template("article.md").render(
        r=r, a=r.article, translation=translation, display_title=display_title)
