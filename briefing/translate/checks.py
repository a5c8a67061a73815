"""What a reader must be told about a translation: numbers its English lost, names that
did not come through as written, Italian words the engine left, sentences cut in pieces
or kept in Italian.

Each article's counts go into ``ArticleReport.checks`` (the JSON's "translation_checks");
the run gets one warning line per kind of problem (:func:`run_warnings`), not one per
article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing.data import Article, ArticleReport, Sentence, TranslationChecks, Warning_
from briefing.italian.numbers import digit_strings
from briefing.translate.argos import KEPT_MARK
from briefing.translate.numbers import number_spans
from briefing.translate.protect import is_placeholder

if TYPE_CHECKING:
    from briefing.translate.batch import English

_SHOWN = 8


def _italian_digits(italian: str) -> set[str]:
    """The Italian's numbers as its English should write them ("15mila" → "15000")."""
    for s in reversed(number_spans(italian)):
        italian = italian[:s.start] + (s.english or "") + italian[s.end:]
    return digit_strings(italian, percent=True)


def lost_number(s: Sentence) -> bool:
    """The English lost one of the Italian's numbers (or its per cent)."""
    return s.en is not None and not _italian_digits(s.it) <= digit_strings(s.en, percent=True)


def italian_words(words: Iterable[str]) -> list[str]:
    """The words an engine left untranslated that are Italian: not names (capitalised),
    not English words, not our placeholders, not numbers."""
    from briefing.italian.lexicon import english_too, in_dictionary

    out = []
    for w in words:
        w = w.strip("'’-")
        if (not w or is_placeholder(w) or not w.isalpha() or not w.islower()
                or not in_dictionary(w) or w in english_too()):
            continue
        out.append(w)
    return list(dict.fromkeys(out))


def translation_checks(article: Article, english: English) -> TranslationChecks:
    """One article's counts: sentences that lost a number, names lost, Italian words
    left, sentences cut in pieces, pieces kept in Italian."""
    sources = [s.it for s in article.sentences] + ([article.title_it] if article.title_it else [])
    translated = [s for s in article.sentences if s.it in english.text]
    return TranslationChecks(
        numbers_lost=sum(lost_number(s) for s in translated),
        names_lost=list(dict.fromkeys(n for s in sources for n in english.lost.get(s, []))),
        untranslated=italian_words(w for s in sources for w in english.unknown.get(s, [])),
        pieces=sum(english.pieces.get(s.it, 1) > 1 for s in translated),
        kept_in_italian=sum(english.kept_in_italian.get(s, 0) for s in sources),
    )


def _some(items: list[str]) -> str:
    shown = ", ".join(items[:_SHOWN])
    return shown + (", …" if len(items) > _SHOWN else "")


def _short(text: str, n: int = 90) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) < n else text[:n - 3] + "…"


def run_warnings(reports: list[ArticleReport]) -> list[Warning_]:
    """One line per kind of translation problem for the whole run (details per article
    in the JSON's "translation_checks")."""
    checked = [r for r in reports if r.checks is not None]
    out = []

    def line(attr: str, count) -> tuple[int, int]:
        per = [count(getattr(r.checks, attr)) for r in checked]
        return sum(per), sum(1 for n in per if n)

    n, arts = line("numbers_lost", int)
    if n:
        first = next(s for r in checked for s in r.article.sentences if lost_number(s))
        out.append(Warning_(None, f"{n} sentence(s) in {arts} article(s) lost a number in "
                                  f"translation; check the figures against the Italian "
                                  f"(first: “{_short(first.it)}”)"))
    n, arts = line("names_lost", len)
    if n:
        names = list(dict.fromkeys(x for r in checked for x in r.checks.names_lost))
        out.append(Warning_(None, f"{n} name(s) in {arts} article(s) did not come through the "
                                  f"translation as written: {_some(names)}"))
    n, arts = line("untranslated", len)
    if n:
        words = list(dict.fromkeys(x for r in checked for x in r.checks.untranslated))
        out.append(Warning_(None, f"{len(words)} Italian word(s) left untranslated by the "
                                  f"engine in {arts} article(s): {_some(words)} (per article "
                                  f"in the JSON's translation_checks)"))
    n, arts = line("pieces", int)
    if n:
        out.append(Warning_(None, f"{n} over-long sentence(s) translated in pieces (in "
                                  f"{arts} article(s))"))
    n, arts = line("kept_in_italian", int)
    if n:
        out.append(Warning_(None, f"{n} piece(s) of text in {arts} article(s) could not be "
                                  f"translated and were kept in Italian, marked "
                                  f"{KEPT_MARK}"))
    return out


def article_checks(article: Article, english: English) -> list[Warning_]:
    """Deprecated per-article lines (the pipeline now calls :func:`run_warnings` once)."""
    from briefing.data import ArticleReport as Report

    report = Report(article, [], [], [], checks=translation_checks(article, english))
    return [Warning_(article.id, w.message) for w in run_warnings([report])]
