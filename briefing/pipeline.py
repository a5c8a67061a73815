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
from typing import TYPE_CHECKING

from briefing.data import Article, ArticleReport, Briefing, Options, Warning_
from briefing.errors import InputError
from briefing.memo import AnalysisCache, key
from briefing.periods import Period, select_period
from briefing.progress import ProgressFactory, quiet_progress
from briefing.read.files import read_corpus
from briefing.read.language import check_languages

if TYPE_CHECKING:
    from briefing.translate.batch import SentenceTranslator

# Extraction, translation and stories are imported where they run: a re-run served from
# the analysis cache never loads them (nor NumPy, sumy, simplemma, SciPy).

__all__ = ["EmptyCorpus", "Options", "build", "single", "quiet_progress"]


class EmptyCorpus(InputError):
    """Nothing left to brief on; the message says why."""


def _languages(articles: list[Article], memo: AnalysisCache | None
               ) -> tuple[list[Article], list[Warning_]]:
    """:func:`check_languages`, article by article from the analysis cache."""
    if memo is None:
        return check_languages(articles)
    kept, warnings = [], []
    for a in articles:
        k = key("language", a)
        hit = memo.get("language", k)
        if hit is None:
            hit = check_languages([a])
            memo.put("language", k, hit)
        kept += hit[0]
        warnings += hit[1]
    return kept, warnings


def _articles(folder: Path, period: Period, memo: AnalysisCache | None = None
              ) -> tuple[list[Article], list[Warning_]]:
    """The folder's readable articles in the period and in a language we can brief on."""
    if not folder.is_dir():
        raise EmptyCorpus(f"corpus folder not found: {folder}")
    articles, warnings = read_corpus(folder, memo=memo)
    read = len(articles)
    articles, period_warnings = select_period(articles, period)
    if read and not articles:
        raise EmptyCorpus(f"no articles in the period: the {read} readable article(s) in "
                          f"{folder} are all dated outside it")
    articles, language_warnings = _languages(articles, memo)
    warnings += period_warnings + language_warnings
    if not articles:
        detail = "; ".join(f"{w.article}: {w.message}" for w in warnings[:3])
        raise EmptyCorpus(f"no readable articles in {folder}" + (f" ({detail})" if detail else ""))
    return articles, warnings


def _translated(reports: list[ArticleReport], translator: SentenceTranslator,
                progress: ProgressFactory) -> tuple[list[ArticleReport], list[Warning_]]:
    """The reports in English, and what the reader must be told about each translation."""
    from briefing.translate.batch import translate_segments, with_english
    from briefing.translate.checks import run_warnings

    english = translate_segments(reports, translator, progress)
    translator.close()
    reports = [with_english(r, english) for r in reports]
    return reports, run_warnings(reports)


def _extracted(articles: list[Article], options: Options, warnings: list[Warning_],
               memo: AnalysisCache | None, progress: ProgressFactory
               ) -> tuple[list[ArticleReport], list[str]]:
    """Each article's report, from the analysis cache where the same article was analysed
    with the same options by the same versions; the keys name the reports for the run."""
    reports, keys = [], []
    with progress("Summarizing and extracting", len(articles)) as bar:
        for a in articles:
            k = key("report", a, options)
            hit = memo.get("report", k) if memo else None
            if hit is None:
                from briefing.extract.report import extract

                notes: list[Warning_] = []
                hit = (extract(a, options, notes), notes)
                if memo:
                    memo.put("report", k, hit)
            reports.append(hit[0])
            warnings += hit[1]
            keys.append(k)
            bar.update(1)
    return reports, keys


def build(folder: Path, *, on: date, title: str,
          translator_factory: Callable[[], SentenceTranslator],
          options: Options | None = None, period: Period | None = None,
          progress: ProgressFactory = quiet_progress, memo: AnalysisCache | None = None,
          translator_key: str | None = None) -> Briefing:
    """The weekly briefing over every article in ``folder``.

    With ``memo`` (the analysis cache) and ``translator_key`` (see
    :func:`briefing.translate.engines.fingerprint`), what was analysed before is reused:
    reports by article, and the translated reports with their stories by the set of
    report keys, so a re-run of the same week starts no engine and imports no model.
    """
    options = options or Options()
    period = period or Period()
    articles, warnings = _articles(folder, period, memo)
    reports, keys = _extracted(articles, options, warnings, memo, progress)
    run_key = key("run", keys, translator_key) if memo and translator_key else None
    run = memo.get("run", run_key) if run_key else None
    if run is None:
        from briefing.stories.build import build_stories
        from briefing.stories.merging import merge_quotes

        translator = translator_factory()
        reports, checks = _translated(reports, translator, progress)
        reports, key_quotes = merge_quotes(reports)
        with progress("Grouping stories", 1) as bar:
            stories = build_stories(reports)
            bar.update(1)
        run = (reports, key_quotes, stories, checks, translator.info)
        if run_key and not getattr(translator, "problem", None):
            memo.put("run", run_key, run)
    reports, key_quotes, stories, checks, info = run
    return Briefing(date=on, title=title, reports=reports, warnings=warnings + checks,
                    key_quotes=key_quotes, translation=info, stories=stories,
                    week=period.week)


def single(article: Article, translator: SentenceTranslator, options: Options | None = None,
           progress: ProgressFactory = quiet_progress) -> tuple[ArticleReport, list[Warning_]]:
    """One article, for ``translate`` and ``handout``."""
    from briefing.extract.report import extract

    report = extract(article, options or Options())
    (report,), checks = _translated([report], translator, progress)
    return report, checks
