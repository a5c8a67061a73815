"""Translation of a whole run in one batch: every sentence, title, quote and unit noun.

One call to the engine per run: the model is loaded once (Apertium's pipelines started
once) and batches stay full. Over-long segments go to the engine in pieces, every word of
them. The English is then filled into new records — the articles, their summaries, quotes
and figures — without touching the Italian ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from typing import Protocol

from briefing.data import (
    Article,
    ArticleReport,
    Figure,
    Paragraph,
    Sentence,
    TranslationInfo,
    Warning_,
)
from briefing.read.segmenting import MAX_WORDS, chunks


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
class English:
    """The run's translations: Italian segment → English, and the words the engine left
    in Italian, per segment."""

    text: dict[str, str] = field(default_factory=dict)
    unknown: dict[str, list[str]] = field(default_factory=dict)
    pieces: dict[str, int] = field(default_factory=dict)  # segment → pieces it was cut in

    def of(self, italian: str | None) -> str:
        return self.text.get(italian or "", "")


def _segments(reports: list[ArticleReport]) -> list[str]:
    """What the run needs in English, in reading order: sentences and titles, then
    quotes, then the nouns whose unit no table knows."""
    italian = [r for r in reports if r.article.language != "en"]
    segments: list[str] = []
    for r in italian:
        segments.extend(s.it for s in r.article.sentences)
        if r.article.title_it:
            segments.append(r.article.title_it)
    segments.extend(q.it for r in italian for q in r.quotes)
    segments.extend(f.unit_it for r in italian for f in r.figures if f.unit is None and f.unit_it)
    return list(dict.fromkeys(s for s in segments if s.strip()))


def translate_segments(reports: list[ArticleReport], translator: SentenceTranslator,
                       progress: ProgressFactory = quiet_progress) -> English:
    """Translate everything the reports need, in one call to the engine."""
    unique = _segments(reports)
    # over-long segments go to the engine in pieces, every word of them
    pieces = {s: chunks(s) for s in unique}
    units = list(dict.fromkeys(p for s in unique for p in pieces[s]))
    with progress("Translating sentences", len(units)) as bar:
        done = dict(zip(units, translator.translate(units, bar.update), strict=True))
    found = translator.unknown_words
    out = English()
    for s, ps in pieces.items():
        out.text[s] = " ".join(done[p] for p in ps if done.get(p))
        out.unknown[s] = [w for p in ps for w in found.get(p, [])]
        out.pieces[s] = len(ps)
    return out


def _unit(f: Figure, english: English) -> str | None:
    """The engine's English for a figure's noun, when it really translated it: a word it
    left in Italian (or gave back unchanged) leaves the unit empty rather than Italian."""
    word = english.of(f.unit_it).strip(" .").lower()
    if word and word != f.unit_it.lower() and not english.unknown.get(f.unit_it) \
            and len(word.split()) <= 3:
        return word
    return None


def with_english(report: ArticleReport, english: English) -> ArticleReport:
    """A new report with the English of its article, summary, quotes and figures."""
    a = report.article
    same = a.language == "en"  # kept as written
    new: dict[int, Sentence] = {}

    def sentence(s: Sentence) -> Sentence:
        new[id(s)] = Sentence(s.it, s.it if same else english.of(s.it))
        return new[id(s)]

    paragraphs = [Paragraph([sentence(s) for s in p.sentences], heading=p.heading)
                  for p in a.paragraphs]
    title_en = a.title_it if same else (english.of(a.title_it) if a.title_it else None)
    article = replace(a, paragraphs=paragraphs, title_en=title_en)
    summary = [new.get(id(s)) or Sentence(s.it, s.it if same else english.of(s.it))
               for s in report.summary]
    quotes = [replace(q, en=english.of(q.it)) for q in report.quotes]
    figures = [replace(f, context_en=english.of(f.context_it),
                       unit=f.unit if f.unit is not None or not f.unit_it else _unit(f, english))
               for f in report.figures]
    return replace(report, article=article, summary=summary, quotes=quotes, figures=figures)


def cut_note(article: Article, english: English) -> Warning_ | None:
    """Say how many sentences went to the engine in pieces."""
    cut = sum(english.pieces.get(s.it, 1) > 1 for s in article.sentences)
    if not cut:
        return None
    return Warning_(article.id, f"{cut} over-long sentence(s) translated in pieces (a model "
                                f"takes at most about {MAX_WORDS} words at a time)")
