"""An article made ready for attribution: its quotations found, then masked, sentence by
sentence, so the rules read the prose around a quote without the quote's own words.

Each quotation k becomes the placeholder ``⁅k⁆`` in its sentence. The article's name
registry comes with it (built once per article by the extraction stage), and so do the
names it knows, so "Meloni ha detto" at a sentence start is read as a name although
"meloni" is also a dictionary word.
"""

from __future__ import annotations

import re

from briefing.data import Article
from briefing.extract.names import Registry
from briefing.extract.quotemarks import QuoteSpan, find_spans
from briefing.italian.grammar import name_key, tokens
from briefing.read.segmenting import split_masked

PLACEHOLDER = re.compile(r"⁅(\d+)⁆")
# "ALATRI – Nel capannone …", "SAN SEVERO (FG) - …": a dateline's place in capitals opening
# the article is nobody who speaks (blanked, so offsets stay)
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ ]{2,40}(?:\s*\([A-Z]{2}\))?\s*[–—-]\s")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def unmask(text: str, replacement: str = " ") -> str:
    """``text`` with its quote placeholders replaced."""
    return PLACEHOLDER.sub(replacement, text)


def words(text: str) -> list[str]:
    """The tokens of a phrase, each placeholder standing as one '⁅' token."""
    return [t for t, _, _ in tokens(unmask(text, " ⁅ "))]


class QuotedText:
    """An article's paragraphs with its quotes masked, sentence by sentence."""

    def __init__(self, article: Article, registry: Registry) -> None:
        self.paragraphs = [p.it for p in article.paragraphs]
        self.offsets = []
        pos = registry.body_start
        for t in self.paragraphs:
            self.offsets.append(pos)
            pos += len(t) + 1
        self.registry = registry
        # names of the article (lowercase words), known to be names at a sentence start
        self.known_names = frozenset(w for p in registry.people.values()
                                     for w in name_key(p.name).split())
        self.spans: list[QuoteSpan] = find_spans(self.paragraphs)
        # each paragraph with its quotes replaced by ⁅k⁆, split into sentences
        self.sentences: list[list[str]] = []
        for p, text in enumerate(self.paragraphs):
            masked, cut = [], 0
            for k, s in enumerate(self.spans):
                if s.par == p:
                    masked.append(text[cut:s.start])
                    masked.append(f"⁅{k}⁆")
                    cut = s.end if s.end_par == p else len(text)
                elif s.end_par == p and s.par < p:
                    masked.append(f"⁅{k}⁆")
                    cut = s.end
            masked.append(text[cut:])
            masked_text = "".join(masked)
            if p == 0:  # a dateline opens the article, a label in capitals any paragraph
                masked_text = _DATELINE.sub(_blank, masked_text, count=1)
            self.sentences.append(split_masked(masked_text))

    def locate(self, k: int, par: int | None = None) -> tuple[int, int]:
        """(paragraph, sentence index) holding placeholder k (its last piece by default)."""
        pars = [par] if par is not None else range(len(self.sentences) - 1, -1, -1)
        for p in pars:
            for si, sent in enumerate(self.sentences[p]):
                if f"⁅{k}⁆" in sent:
                    return p, si
        raise KeyError(k)

    def offset(self, par: int, pos: int = 0) -> int:
        """Offset in the article text of position ``pos`` of paragraph ``par``."""
        return self.offsets[par] + pos

    def sentence_offset(self, par: int, si: int) -> int:
        """About where sentence ``si`` of paragraph ``par`` starts in the article text (never
        past it: quotes are masked shorter), so a role finds the person named in the
        same paragraph before it, not one named after."""
        return self.offsets[par] + sum(self._plain_length(s, par) + 1
                                       for s in self.sentences[par][:si])

    def _plain_length(self, sentence: str, par: int) -> int:
        """A masked sentence's length in the article text (each quote at its own length)."""
        n = len(sentence)
        for m in PLACEHOLDER.finditer(sentence):
            span = self.spans[int(m.group()[1:-1])]
            n += (span.end - span.start if span.par == span.end_par == par else 0) - len(
                m.group())
        return n

    def previous_sentence(self, par: int, si: int) -> str | None:
        """The sentence before, across a paragraph break (articles often put one sentence
        per line)."""
        if si > 0:
            return self.sentences[par][si - 1]
        if par > 0 and self.sentences[par - 1]:
            return self.sentences[par - 1][-1]
        return None
