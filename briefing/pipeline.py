"""The pipeline: read → language → extract → translate → stories, for a briefing or one
article.

Stages are independent modules; this one only wires them and collects the warnings the
user must see. Extraction works on the Italian, so it comes first; then everything the
briefing shows in English (sentences, titles, quotes, units) goes to the engine in one
call, so the model is loaded once and batches stay full; then stories are grouped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from briefing.data import Article, ArticleReport, Briefing, Warning_
from briefing.errors import InputError
from briefing.extract.report import Options, extract
from briefing.periods import Period, select_period
from briefing.read.files import read_corpus
from briefing.read.language import check_languages
from briefing.stories.build import build_stories
from briefing.stories.merging import merge_quotes
from briefing.translate.batch import (
    ProgressFactory,
    SentenceTranslator,
    quiet_progress,
    translate_segments,
    with_english,
)
from briefing.translate.checks import run_warnings

__all__ = ["EmptyCorpus", "Options", "build", "single", "quiet_progress"]


class EmptyCorpus(InputError):
    """Nothing left to brief on; the message says why."""


def _articles(folder: Path, period: Period) -> tuple[list[Article], list[Warning_]]:
    """The folder's readable articles in the period and in a language we can brief on."""
    if not folder.is_dir():
        raise EmptyCorpus(f"corpus folder not found: {folder}")
    articles, warnings = read_corpus(folder)
    read = len(articles)
    articles, period_warnings = select_period(articles, period)
    if read and not articles:
        raise EmptyCorpus(f"no articles in the period: the {read} readable article(s) in "
                          f"{folder} are all dated outside it")
    articles, language_warnings = check_languages(articles)
    warnings += period_warnings + language_warnings
    if not articles:
        detail = "; ".join(f"{w.article}: {w.message}" for w in warnings[:3])
        raise EmptyCorpus(f"no readable articles in {folder}" + (f" ({detail})" if detail else ""))
    return articles, warnings


def _translated(reports: list[ArticleReport], translator: SentenceTranslator,
                progress: ProgressFactory) -> tuple[list[ArticleReport], list[Warning_]]:
    """The reports in English, and what the reader must be told about each translation."""
    english = translate_segments(reports, translator, progress)
    translator.close()
    reports = [with_english(r, english) for r in reports]
    return reports, run_warnings(reports)


def build(folder: Path, *, on: date, title: str,
          translator_factory: Callable[[], SentenceTranslator],
          options: Options | None = None, period: Period | None = None,
          progress: ProgressFactory = quiet_progress) -> Briefing:
    """The weekly briefing over every article in ``folder``."""
    options = options or Options()
    period = period or Period()
    articles, warnings = _articles(folder, period)
    translator = translator_factory()
    with progress("Summarizing and extracting", len(articles)) as bar:
        reports = []
        for a in articles:
            reports.append(extract(a, options, warnings))
            bar.update(1)
    reports, checks = _translated(reports, translator, progress)
    reports, key_quotes = merge_quotes(reports)
    with progress("Grouping stories", 1) as bar:
        stories = build_stories(reports)
        bar.update(1)
    return Briefing(date=on, title=title, reports=reports, warnings=warnings + checks,
                    key_quotes=key_quotes, translation=translator.info, stories=stories,
                    week=period.week)


def single(article: Article, translator: SentenceTranslator, options: Options | None = None,
           progress: ProgressFactory = quiet_progress) -> tuple[ArticleReport, list[Warning_]]:
    """One article, for ``translate`` and ``handout``."""
    report = extract(article, options or Options())
    (report,), checks = _translated([report], translator, progress)
    return report, checks
