"""Which language an article is written in, with lingua (offline, no model download).

The translators and the quote and figure rules are made for Italian. An English article
goes into the briefing as it is (nothing to translate) and says so; an article in any
other language is left out with a clear message, never translated as if it were Italian.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from briefing.data import Article, Warning_

# Languages told apart; anything detected outside Italian is reported by name.
NAMES = {"it": "Italian", "en": "English", "fr": "French", "de": "German", "es": "Spanish",
         "pt": "Portuguese", "nl": "Dutch", "ro": "Romanian", "ca": "Catalan", "pl": "Polish",
         "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "tr": "Turkish",
         "sl": "Slovene", "hr": "Croatian", "sq": "Albanian", "el": "Greek"}
MIN_WORDS = 25  # below this, a text is too short to judge: taken as Italian
MIN_CONFIDENCE = 0.6
SAMPLE_CHARS = 3000


@functools.lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in NAMES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence) of the text's language; ('it', 1.0) when too short."""
    if len(text.split()) < MIN_WORDS:
        return "it", 1.0
    values = _detector().compute_language_confidence_values(text[:SAMPLE_CHARS])
    if not values:
        return "it", 0.0
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    return code, float(best.value)


def article_language(a: Article) -> str:
    """'it' unless the article is clearly in another language."""
    body = " ".join(s.it for s in a.sentences)
    code, confidence = detect(((a.title_it or "") + " " + body).strip())
    return code if code != "it" and confidence >= MIN_CONFIDENCE else "it"


def name(code: str) -> str:
    return NAMES.get(code, code)


def check_languages(articles: list[Article]) -> tuple[list[Article], list[Warning_]]:
    """Italian articles stay; English ones stay untranslated and say so; others are left
    out by name — never translated as if they were Italian."""
    kept, warnings = [], []
    for a in articles:
        code = article_language(a)
        if code == "it":
            kept.append(a)
        elif code == "en":
            kept.append(replace(a, language="en"))
            warnings.append(Warning_(a.id, "written in English: kept as written, not "
                                           "translated; quotes and figures are read only "
                                           "from Italian"))
        else:
            warnings.append(Warning_(a.id, f"skipped: written in {name(code)}, not Italian"))
    return kept, warnings
