"""Which language an article is written in, with lingua (offline, no model download).

The translators and the quote and figure rules are made for Italian. An English article
goes into the briefing as it is (nothing to translate) and says so; an article in any
other language is left out with a clear message, never translated as if it were Italian.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from briefing.data import Article, Warning_

# Languages told apart; anything detected outside Italian is reported by name.
NAMES = {"it": "Italian", "en": "English", "fr": "French", "de": "German", "es": "Spanish",
         "pt": "Portuguese", "nl": "Dutch", "ro": "Romanian", "ca": "Catalan", "pl": "Polish",
         "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "tr": "Turkish",
         "sl": "Slovene", "hr": "Croatian", "sq": "Albanian", "el": "Greek"}
MIN_WORDS = 3  # below this, a text is too short to judge: taken as Italian
MIN_LOWER = 3  # words in lower case: fewer (a line of names) is too little language to judge
SHORT_TEXT = 150  # letters: below 120, lingua loads every n-gram model (~9 s, once)
MIN_CONFIDENCE = 0.5  # lingua's confidence in the other language, at least
MAX_ITALIAN = 0.1  # lingua's confidence in Italian, below this
MAX_ITALIAN_SHARE = 0.2  # of the words, in sections lingua places in Italian, below this
PARAGRAPH_WORDS = 5
# Of a text's lower-case words (15 or more), this share in the Italian dictionary makes it
# Italian without asking lingua, whose models take 0.15 s to load: dev-set paragraphs score
# 0.80 and up; English, French, Spanish, Portuguese, Romanian, German 0.06-0.49.
MOSTLY_ITALIAN = 0.75
MOSTLY_ITALIAN_WORDS = 15
SAMPLE_CHARS = 3000


@functools.lru_cache(maxsize=2)
def _detector(fast: bool = False):
    """lingua over NAMES; ``fast``: its low-accuracy mode (trigrams only, already loaded)."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in NAMES]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return (builder.with_low_accuracy_mode() if fast else builder).build()


@functools.lru_cache(maxsize=1)
def _markers() -> frozenset[str]:
    """Italian function words no neighbouring language writes alone ('della', 'è', 'sono')."""
    from briefing.italian.grammar import ARTICLED, AUX, DETERMINERS, OF, PARTICIPLES

    # Spanish, French, Portuguese (and English: "state") write these too
    shared = {"al", "del", "ai", "a", "da", "d'", "state"}
    return frozenset((OF | ARTICLED | AUX | PARTICIPLES | (DETERMINERS & {"il", "gli"}))
                     - shared)


def _looks_italian(text: str) -> bool:
    """A cheap first look at a short text: an Italian function word, or lingua's fast mode
    says Italian. Only what fails both goes to lingua's full models for short texts."""
    words = re.findall(r"[^\W\d_]+'?", text.replace("’", "'").lower())
    if any(w in _markers() for w in words):
        return True
    values = _detector(fast=True).compute_language_confidence_values(text)
    return bool(values) and _code(values[0].language) == "it"


def _mostly_italian_words(text: str) -> bool:
    """Three in four of the lower-case words are Italian dictionary forms."""
    from briefing.italian.lexicon import in_dictionary

    lower = [w for w in re.findall(r"[^\W\d_]+", text) if w[:1].islower()]
    return (len(lower) >= MOSTLY_ITALIAN_WORDS
            and sum(map(in_dictionary, lower)) >= MOSTLY_ITALIAN * len(lower))


def _code(language) -> str:
    return language.iso_code_639_1.name.lower()


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence) of the text's language; ('it', 1.0) when too short."""
    if len(text.split()) < MIN_WORDS:
        return "it", 1.0
    values = _detector().compute_language_confidence_values(text[:SAMPLE_CHARS])
    if not values:
        return "it", 0.0
    return _code(values[0].language), float(values[0].value)


def _italian_share(text: str) -> float:
    """Share of the words lingua places in Italian when it splits the text by language
    (English song titles inside an Italian sentence are sections, not the sentence)."""
    sections = _detector().detect_multiple_languages_of(text)
    total = sum(s.word_count for s in sections)
    return sum(s.word_count for s in sections if _code(s.language) == "it") / (total or 1)


def clearly_not_italian(text: str, min_words: int = MIN_WORDS) -> str | None:
    """The language of a text that is clearly not Italian, else None.

    One sentence is enough: lingua's best guess is another language (confidence 0.5 or
    more), its confidence in Italian is under 0.1, and under a fifth of the words fall in
    stretches it reads as Italian (an Italian sentence around an English title stays
    Italian). On the real articles of ../shared no paragraph is taken for another language.
    """
    text = " ".join(text.split())[:SAMPLE_CHARS]
    words = text.split()
    if len(words) < min_words or sum(w[:1].islower() for w in words) < MIN_LOWER:
        return None
    if sum(c.isalpha() for c in text) < SHORT_TEXT and _looks_italian(text):
        return None
    if _mostly_italian_words(text):
        return None
    values = _detector().compute_language_confidence_values(text)
    if not values or _code(values[0].language) == "it":
        return None
    code, confidence = _code(values[0].language), float(values[0].value)
    italian = next((float(v.value) for v in values if _code(v.language) == "it"), 0.0)
    if confidence < MIN_CONFIDENCE or italian >= MAX_ITALIAN:
        return None
    return code if _italian_share(text) < MAX_ITALIAN_SHARE else None


def article_language(a: Article) -> str:
    """'it' unless the article is clearly in another language."""
    body = " ".join(s.it for s in a.sentences)
    return clearly_not_italian(((a.title_it or "") + " " + body).strip()) or "it"


def mark_paragraphs(a: Article) -> Article:
    """An Italian article whose paragraphs in another language say so (Paragraph.language):
    figures are not read from them and they are kept as written."""
    marked = [replace(p, language=code) if (code := clearly_not_italian(p.it, PARAGRAPH_WORDS))
              else p for p in a.paragraphs]
    if all(p is q for p, q in zip(marked, a.paragraphs, strict=True)):
        return a
    return replace(a, paragraphs=marked)


def name(code: str) -> str:
    return NAMES.get(code, code)


def check_languages(articles: list[Article]) -> tuple[list[Article], list[Warning_]]:
    """Italian articles stay; English ones stay untranslated and say so; others are left
    out by name — never translated as if they were Italian."""
    kept, warnings = [], []
    for a in articles:
        code = article_language(a)
        if code == "it":
            marked = mark_paragraphs(a)
            kept.append(marked)
            foreign = [p for p in marked.paragraphs if p.language != "it"]
            if foreign:
                langs = sorted({name(p.language) for p in foreign})
                warnings.append(Warning_(a.id, f"{len(foreign)} paragraph(s) in "
                                               f"{' and '.join(langs)}: kept as written; "
                                               "figures and quotes are read only from "
                                               "Italian"))
        elif code == "en":
            kept.append(replace(a, language="en"))
            warnings.append(Warning_(a.id, "written in English: kept as written, not "
                                           "translated; quotes and figures are read only "
                                           "from Italian"))
        else:
            warnings.append(Warning_(a.id, f"skipped: written in {name(code)}, not Italian"))
    return kept, warnings
