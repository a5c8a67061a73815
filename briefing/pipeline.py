"""The pipeline: read → translate → summarize → extract, for a briefing or one article.

Stages are independent modules; this one only wires them and collects the
warnings the user must see. All sentences of a run (titles and quotes too) go to
the translator in one call, so the model is loaded once and batches stay full.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from briefing.data import Article, ArticleReport, Briefing, TranslationInfo, Warning_
from briefing.extract.dates import extract_dates
from briefing.extract.figures import extract_figures
from briefing.extract.quotes import extract_quotes, key_quotes
from briefing.extract.summarizing import MAX_RANKED, summarize
from briefing.italian.numbers import digit_strings
from briefing.read.files import read_corpus
from briefing.read.language import check_languages
from briefing.read.segmenting import MAX_WORDS, chunks
from briefing.stories.build import build_stories
from briefing.stories.merging import canonical_speakers, merge_across_articles


class SentenceTranslator(Protocol):
    """What the pipeline needs of an engine (Argos, Apertium, or either behind the cache)."""

    info: TranslationInfo
    unknown_words: dict[str, list[str]]  # source sentence → words left untranslated

    def translate(self, sentences: list[str], progress: Callable[[int], None] | None = None
                  ) -> list[str]: ...

    def close(self) -> None:
        """Free the model once the run has translated everything."""


class Progress(Protocol):
    def update(self, n: int) -> None: ...


ProgressFactory = Callable[[str, int], AbstractContextManager[Progress]]


class _Quiet:
    def update(self, n: int) -> None:
        pass


@contextmanager
def quiet_progress(label: str, length: int) -> Iterator[Progress]:
    yield _Quiet()


@dataclass
class Options:
    sentences: int = 3
    algorithm: str = "lexrank"


class EmptyCorpus(Exception):
    """Nothing left to brief on; the message says why."""


def select_period(articles: list[Article], since: date | None, until: date | None
                  ) -> tuple[list[Article], list[Warning_]]:
    """Articles inside [since, until]; undated ones are kept (and said so), never dropped."""
    if since is None and until is None:
        return articles, []
    kept, warnings = [], []
    for a in articles:
        if a.date is None:
            kept.append(a)
            warnings.append(Warning_(a.id, "undated: kept, cannot be checked against "
                                           "--since/--until"))
        elif (since and a.date < since) or (until and a.date > until):
            warnings.append(Warning_(a.id, f"left out: dated {a.date.isoformat()}, outside "
                                           "--since/--until"))
        else:
            kept.append(a)
    return kept, warnings


def number_check(article: Article) -> Warning_ | None:
    """Flag sentences whose English lost one of the Italian numbers (or its per cent)."""
    bad = [s for s in article.sentences if s.en is not None
           and not digit_strings(s.it, percent=True) <= digit_strings(s.en, percent=True)]
    if not bad:
        return None
    example = bad[0].it if len(bad[0].it) < 90 else bad[0].it[:87] + "…"
    return Warning_(article.id, f"{len(bad)} sentence(s) lost a number in translation; check "
                                f"the figures against the Italian (first: “{example}”)")


def unknown_words_check(article: Article, unknown: dict[str, list[str]]) -> Warning_ | None:
    """Count the words the engine left in Italian (Apertium marks them; Argos never)."""
    sources = [s.it for s in article.sentences] + ([article.title_it] if article.title_it else [])
    words = [w for s in sources for w in unknown.get(s, [])]
    if not words:
        return None
    shown = ", ".join(dict.fromkeys(words[:8]))
    return Warning_(article.id, f"{len(words)} word(s) left untranslated by the engine "
                                f"(kept as written): {shown}{', …' if len(words) > 8 else ''}")


def article_checks(article: Article, translator: SentenceTranslator) -> list[Warning_]:
    """What a reader must be told about one translated article: numbers its English lost,
    words left in Italian, and what processing did to it."""
    checks = (number_check(article), unknown_words_check(article, translator.unknown_words))
    return [w for w in checks if w] + [Warning_(article.id, n) for n in article.notes]


def translate_articles(articles: list[Article], translator: SentenceTranslator,
                       progress: ProgressFactory = quiet_progress) -> None:
    """Fill in the English of every sentence and title, in one batch."""
    for a in articles:
        if a.language == "en":  # nothing to translate
            for s in a.sentences:
                s.en = s.it
            a.title_en = a.title_it
    articles = [a for a in articles if a.language != "en"]
    segments: list[str] = []
    for a in articles:
        segments.extend(s.it for s in a.sentences)
        if a.title_it:
            segments.append(a.title_it)
    unique = list(dict.fromkeys(s for s in segments if s.strip()))
    # over-long sentences go to the engine in pieces, every word of them
    pieces = {s: chunks(s) for s in unique}
    units = list(dict.fromkeys(p for s in unique for p in pieces[s]))
    with progress("Translating sentences", len(units)) as bar:
        done = dict(zip(units, translator.translate(units, bar.update), strict=True))
    english = {s: " ".join(done[p] for p in pieces[s] if done.get(p)) for s in unique}
    for a in articles:
        cut = sum(len(pieces.get(s.it, ())) > 1 for s in a.sentences)
        if cut:
            a.notes.append(f"{cut} over-long sentence(s) translated in pieces (a model takes "
                           f"at most about {MAX_WORDS} words at a time)")
    units_unknown = translator.unknown_words
    for s, ps in pieces.items():
        if len(ps) > 1:
            units_unknown[s] = [w for p in ps for w in units_unknown.get(p, [])]
    for a in articles:
        for s in a.sentences:
            s.en = english.get(s.it, "")
        a.title_en = english.get(a.title_it) if a.title_it else None


def report(article: Article, options: Options, warnings: list[Warning_] | None = None
           ) -> ArticleReport:
    """Summary, quotes and figures of one translated article.

    A stage that fails on one article leaves that part empty and says so; the article and
    the rest of the run are kept.
    """
    italian = article.language == "it"
    stages = {
        "summary": lambda: summarize(article, options.sentences, options.algorithm),
        "quotes": lambda: key_quotes(extract_quotes(article)) if italian else [],
        "figures": lambda: extract_figures(article) if italian else [],
        "dates": lambda: extract_dates(article) if italian else [],
    }
    done = {}
    long = sum(len(p.sentences) for p in article.paragraphs if not p.heading)
    if warnings is not None and long > MAX_RANKED:
        warnings.append(Warning_(article.id, f"long article ({long} sentences): the summary "
                                             f"is chosen among {MAX_RANKED} of them"))
    for name, stage in stages.items():
        try:
            done[name] = stage()
        except Exception as exc:  # one article's bad text must not sink the briefing
            done[name] = []
            if warnings is None:
                raise
            warnings.append(Warning_(article.id, f"{name} left out: {type(exc).__name__}: {exc}"))
    return ArticleReport(article=article, **done)


def _translate_quotes(reports: list[ArticleReport], translator: SentenceTranslator) -> None:
    """English for the quotes and for the figures' units the table does not know, in one call.

    A unit is only taken when the engine really translated the noun: a word it left in
    Italian (or gave back unchanged) leaves the unit empty rather than Italian.
    """
    quotes = [q for r in reports for q in r.quotes]
    figures = [f for r in reports for f in r.figures if f.unit is None and f.unit_it]
    english = translator.translate([q.it for q in quotes] + [f.unit_it for f in figures])
    for q, en in zip(quotes, english[: len(quotes)], strict=True):
        q.en = en
    for f, en in zip(figures, english[len(quotes):], strict=True):
        word = en.strip(" .").lower()
        if word and word != f.unit_it.lower() and not translator.unknown_words.get(f.unit_it) \
                and len(word.split()) <= 3:
            f.unit = word


def build(folder: Path, *, on: date, title: str,
          translator_factory: Callable[[], SentenceTranslator],
          options: Options | None = None, since: date | None = None, until: date | None = None,
          progress: ProgressFactory = quiet_progress, week: str | None = None) -> Briefing:
    """The weekly briefing over every article in ``folder``."""
    options = options or Options()
    if not folder.is_dir():
        raise EmptyCorpus(f"corpus folder not found: {folder}")
    articles, warnings = read_corpus(folder)
    articles, period_warnings = select_period(articles, since, until)
    warnings += period_warnings
    articles, language_warnings = check_languages(articles)
    warnings += language_warnings
    if not articles:
        detail = "; ".join(f"{w.article}: {w.message}" for w in warnings[:3])
        raise EmptyCorpus(f"no readable articles in {folder}" + (f" ({detail})" if detail else ""))
    translator = translator_factory()
    translate_articles(articles, translator, progress)
    with progress("Summarizing and extracting", len(articles)) as bar:
        reports = []
        for a in articles:
            reports.append(report(a, options, warnings))
            bar.update(1)
    _translate_quotes(reports, translator)
    translator.close()
    canonical_speakers([q for r in reports for q in r.quotes])
    merged = merge_across_articles([r.quotes for r in reports])
    for a in articles:
        warnings.extend(article_checks(a, translator))
    with progress("Grouping stories", 1) as bar:
        stories = build_stories(reports)
        bar.update(1)
    return Briefing(date=on, title=title, reports=reports, warnings=warnings, key_quotes=merged,
                    translation=translator.info, stories=stories, week=week)


def single(article: Article, translator: SentenceTranslator, options: Options | None = None,
           progress: ProgressFactory = quiet_progress) -> tuple[ArticleReport, list[Warning_]]:
    """One article, for ``translate`` and ``handout``."""
    translate_articles([article], translator, progress)
    rep = report(article, options or Options())
    _translate_quotes([rep], translator)
    translator.close()
    return rep, article_checks(article, translator)
