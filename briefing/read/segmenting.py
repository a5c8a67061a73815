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
        # Do not cut inside «…»: re-join while a guillemet is open (an unclosed one must
        # not glue the rest of the paragraph into one sentence).
        if out and out[-1].count("«") > out[-1].count("»") and len(out[-1].split()) < 120:
            out[-1] += " " + s
        else:
            out.append(s)
    return out


MAX_WORDS = 100  # a translation unit; longer sentences are cut (models have a length limit)
MAX_CHARS = 700
_CLAUSE_END = re.compile(r"[;:,)\]»”]\s+|\s[-–—]\s")


def chunks(text: str, max_words: int = MAX_WORDS, max_chars: int = MAX_CHARS) -> list[str]:
    """Cut an over-long sentence into pieces a translation model can take whole.

    Cuts fall after a clause mark (; : , » –) where one is near the limit, else between
    words; a run without spaces (a URL, a base64 blob) is cut by characters. Joined with
    spaces, the pieces give back the sentence: no word is lost.
    """
    text = " ".join(text.split())
    if len(text.split()) <= max_words and len(text) <= max_chars:
        return [text] if text else []
    out: list[str] = []
    while text:
        words = text.split(" ")
        if len(words) <= max_words and len(text) <= max_chars:
            out.append(text)
            break
        window = " ".join(words[:max_words])[:max_chars]
        cut = None
        for m in _CLAUSE_END.finditer(window):
            if m.end() > len(window) // 3:
                cut = m.end()
        if cut is None:
            space = window.rfind(" ")
            cut = space + 1 if space > 0 else len(window)
        piece, text = text[:cut].strip(), text[cut:].strip()
        if piece:
            out.append(piece)
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


# Sentence ends in text whose quotations are masked as ⁅k⁆ (the quote attribution's view):
# a quote is one token there, so its inner full stops never end the sentence around it.
_MASKED_BREAK = re.compile(
    r"(?<![\s(][A-ZÀ-Ý]\.)(?<!\bSig\.)(?<!\bDott\.)(?<!\bProf\.)(?<!\bAvv\.)(?<!\bIng\.)"
    r"(?<!\bOn\.)(?<!\bGen\.)(?<!\bSt\.)(?<=[.!?])\s+(?=[A-ZÀ-Ý«“\"⁅])"
    r"|(?<=[.!?][»”\"])\s+(?=[A-ZÀ-Ý⁅])")


def split_masked(text: str) -> list[str]:
    """Sentences of a paragraph whose quotations are masked."""
    return _MASKED_BREAK.split(text)
