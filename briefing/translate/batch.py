"""Translation of a whole run in one batch: every sentence, title, quote and unit noun.

One call to the engine per run: the model is loaded once (Apertium's pipelines started
once) and batches stay full. Over-long segments go to the engine in pieces, every word of
them. The English is then filled into new records — the articles, their summaries, quotes
and figures — without touching the Italian ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

from briefing.data import (
    Article,
    ArticleReport,
    Figure,
    Paragraph,
    Quote,
    Sentence,
    TranslationInfo,
)
from briefing.italian.grammar import name_key
from briefing.italian.lexicon import is_given_name
from briefing.progress import Progress, ProgressFactory, quiet_progress  # noqa: F401 (API)
from briefing.read.segmenting import chunks
from briefing.translate.apertium import find_pair
from briefing.translate.checks import translation_checks
from briefing.translate.glossary import Glossary, load_glossary
from briefing.translate.protected import Piece, translate_pieces
from briefing.translate.spans import (
    analyse,
    analyser_file,
    kept_names,
    name_texts,
    sentence_spans,
    surnames,
)


class SentenceTranslator(Protocol):
    """What the pipeline needs of an engine (Argos, Apertium, or either behind the cache)."""

    info: TranslationInfo
    unknown_words: dict[str, list[str]]  # source sentence → words left untranslated

    def translate(self, sentences: list[str], progress: Callable[[int], None] | None = None
                  ) -> list[str]: ...

    def close(self) -> None:
        """Free the model once the run has translated everything."""


@dataclass
class English:
    """The run's translations: Italian segment → English, and per segment what the
    translation lost or left: Italian words left as written, kept names missing from the
    English, pieces it was cut in, pieces the engine refused (kept in Italian)."""

    text: dict[str, str] = field(default_factory=dict)
    unknown: dict[str, list[str]] = field(default_factory=dict)
    pieces: dict[str, int] = field(default_factory=dict)
    lost: dict[str, list[str]] = field(default_factory=dict)
    kept_in_italian: dict[str, int] = field(default_factory=dict)

    def of(self, italian: str | None) -> str:
        return self.text.get(italian or "", "")


def translated_paragraph(article: Article, p: Paragraph) -> bool:
    """Whether a paragraph goes to the engine: an English paragraph (or article) is kept
    as written."""
    return article.language != "en" and p.language == "it"


def _quote_translated(article: Article, q: Quote) -> bool:
    """A quote is translated unless it stands in an English paragraph (or article)."""
    if article.language == "en":
        return False
    ps = article.paragraphs
    return not (0 <= q.position < len(ps)) or translated_paragraph(article, ps[q.position])


def _segments(reports: list[ArticleReport]) -> dict[str, list[ArticleReport]]:
    """What the run needs in English, in reading order (sentences and titles, then quotes,
    then the nouns whose unit no table knows), each with the reports it comes from."""
    out: dict[str, list[ArticleReport]] = {}

    def add(text: str | None, r: ArticleReport | None) -> None:
        if text and text.strip():
            out.setdefault(text, [])
            if r is not None and r not in out[text]:
                out[text].append(r)

    italian = [r for r in reports if r.article.language != "en"]
    for r in italian:
        for p in r.article.paragraphs:
            if translated_paragraph(r.article, p):
                for s in p.sentences:
                    add(s.it, r)
        add(r.article.title_it, r)
    for r in italian:
        for q in r.quotes:
            if _quote_translated(r.article, q):
                add(q.it, r)
    for r in italian:
        for q in r.quotes:
            if q.speaker and not _a_person(r, q.speaker):
                add(q.speaker, None)
    for r in italian:
        for f in r.figures:
            if f.unit is None and f.unit_it:
                add(f.unit_it, None)
    return out


def _a_person(report: ArticleReport, speaker: str) -> bool:
    """A speaker who is a person the article names: kept as written in English. Roles
    ("il suo portavoce") and bodies ("Cremlino", "Stati Uniti") are translated."""
    key = name_key(speaker)
    return any(n.person and (n.key == key or key in n.key.split() or n.key in key)
               for n in report.names) or any(is_given_name(w) for w in speaker.split())


def _kept_in_run(reports: list[ArticleReport]) -> list[str]:
    """The names the run keeps as written (see :mod:`briefing.translate.spans`): what one
    article's registry knows as a name is a name in the others too ("Zelensky")."""
    kinds = None
    pair = find_pair()
    automorf = analyser_file(pair.mode_files()[0]) if pair is not None else None
    names = [n for r in reports for n in r.names]
    if automorf is not None:
        kinds = analyse(name_texts(names) + surnames(names), automorf) or None
    outlets = [r.article.outlet for r in reports if r.article.outlet]
    return kept_names(names, outlets, kinds)


def translate_segments(reports: list[ArticleReport], translator: SentenceTranslator,
                       progress: ProgressFactory = quiet_progress,
                       glossary: Glossary | None = None) -> English:
    """Translate everything the reports need, names and glossary terms protected."""
    glossary = glossary or getattr(translator, "glossary", None) or load_glossary()
    segments = _segments(reports)
    kept = _kept_in_run(reports)
    # over-long segments go to the engine in pieces, every word of them
    cut = {s: chunks(s) for s in segments}
    pieces = {t: Piece(t, sentence_spans(t, kept, glossary)) for ps in cut.values() for t in ps}
    with progress("Translating sentences", len(pieces)) as bar:
        first = [True]

        def engine(units: list[str]) -> list[str]:
            out = translator.translate(units, bar.update if first[0] else None)
            first[0] = False
            return out

        translate_pieces(list(pieces.values()), engine,
                         placeholders_first=getattr(translator, "engine", "") == "apertium")
    found = translator.unknown_words
    refused = getattr(translator, "refused", set())
    out = English()
    for s, ps in cut.items():
        done = [pieces[p] for p in ps]
        out.text[s] = " ".join(p.english for p in done if p.english)
        out.unknown[s] = [w for p in done for u in p.units for w in found.get(u, [])]
        out.pieces[s] = len(ps)
        out.lost[s] = list(dict.fromkeys(n for p in done for n in p.lost))
        out.kept_in_italian[s] = sum(any(u in refused for u in p.units) for p in done)
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
    """A new report with the English of its article, summary, quotes and figures, and
    ``checks``: what its translation lost or left (numbers, names, Italian words)."""
    a = report.article
    new: dict[int, Sentence] = {}

    def paragraph(p: Paragraph) -> Paragraph:
        same = not translated_paragraph(a, p)  # English kept as written
        for s in p.sentences:
            new[id(s)] = Sentence(s.it, s.it if same else english.of(s.it))
        return replace(p, sentences=[new[id(s)] for s in p.sentences])

    paragraphs = [paragraph(p) for p in a.paragraphs]
    same = a.language == "en"
    title_en = a.title_it if same else (english.of(a.title_it) if a.title_it else None)
    article = replace(a, paragraphs=paragraphs, title_en=title_en)
    summary = [new.get(id(s)) or Sentence(s.it, s.it if same else english.of(s.it))
               for s in report.summary]
    quotes = [replace(q, en=english.of(q.it) if _quote_translated(a, q) else q.it,
                      speaker_en=None if q.speaker is None else (
                          q.speaker if same or _a_person(report, q.speaker)
                          else english.text.get(q.speaker) or q.speaker))
              for q in report.quotes]
    figures = [replace(f, context_en=english.text.get(f.context_it, f.context_it),
                       unit=f.unit if f.unit is not None or not f.unit_it else _unit(f, english))
               for f in report.figures]
    done = replace(report, article=article, summary=summary, quotes=quotes, figures=figures)
    done.checks = translation_checks(article, english)
    return done
