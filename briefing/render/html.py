"""HTML and Markdown from the Jinja2 templates (autoescape on for HTML).

One Jinja environment per run and per escaping mode: the front-page fitting loop renders
the same templates many times.
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
def _env(autoescape: bool = True):
    import jinja2

    from briefing.render import words

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_template_dir()),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        longdate=words.long_date, shortdate=words.short_date, fig_what=words.figure_label,
        figure_rows=words.figure_rows, mark_figures=words.mark_figures,
        mark_numbers=words.mark_numbers, story_figures=words.story_figures, md=words.md,
    )
    return env


def display_title(a) -> str:
    """English title, else the opening words of the article, marked as untitled."""
    return a.title_en or "(untitled) " + a.opening(10)


def _context(b: Briefing, front=None, front_only: bool = False) -> dict:
    from briefing.render import layout, words

    start, end = b.period
    return dict(
        b=b, period=words.period_text(start, end),
        index={r.article.id: i + 1 for i, r in enumerate(b.reports)},
        reports_by_id={r.article.id: r for r in b.reports},
        front=front or layout.front_page(b), front_only=front_only,
        week_label=words.week_label(b.week), display_title=display_title,
        css=(_template_dir() / "style.css").read_text(encoding="utf-8"),
    )


def briefing_html(b: Briefing, front=None, front_only: bool = False) -> str:
    return _env().get_template("briefing.html").render(**_context(b, front, front_only))


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
    return _env(autoescape=False).get_template("briefing.md").render(**ctx)
