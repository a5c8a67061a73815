"""Sentence and word segmentation with pretrained Punkt models (no NLTK download).

Translation, summaries and figure contexts all work sentence by sentence, so the
same splitter must be used everywhere. The object returned by
:func:`sumy_tokenizer` is what sumy expects from a tokenizer.
"""

from __future__ import annotations

import functools
import re

# "».Il portavoce" — sentences glued together by copy-paste.
_GLUED = re.compile(r"([.!?][»”\"]?)(?=[A-ZÀ-Ü«“][a-zà-ÿ])")
_WORD = re.compile(r"\w+(?:['’]\w+)?", re.UNICODE)


@functools.lru_cache(maxsize=4)
def _punkt(language: str):
    import punkt

    return punkt.tokenizer_for(language, prefixes=True)


def split_sentences(text: str, language: str = "italian") -> list[str]:
    """Split a paragraph into sentences; quotes spanning a boundary stay whole."""
    text = _GLUED.sub(r"\1 ", " ".join(text.split()))
    if not text:
        return []
    raw = _punkt(language).tokenize(text)
    out: list[str] = []
    for s in raw:
        # Do not cut inside «…»: re-join while a guillemet is open.
        if out and out[-1].count("«") > out[-1].count("»"):
            out[-1] += " " + s
        else:
            out.append(s)
    return out


def words(text: str) -> list[str]:
    return _WORD.findall(text)


class SumyTokenizer:
    """Duck-typed sumy tokenizer: ``to_sentences`` and ``to_words``."""

    def __init__(self, language: str = "italian") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph, self.language)

    def to_words(self, sentence: str) -> list[str]:
        return words(sentence)
