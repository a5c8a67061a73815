"""Quotation marks: where each quotation opens and closes in an article's paragraphs.

Italian news mixes «…», “…” and "…" (even “…" in one quote), nests one kind in another,
and lets a quotation run over several paragraphs, each reopening the marks. A quotation
spread over paragraphs is one :class:`QuoteSpan`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OPENERS = "«“„\""


@dataclass
class QuoteSpan:
    """One quotation: where it sits and what it says."""

    par: int
    start: int  # offset of the opening mark in paragraph ``par``
    end: int  # offset after the closing mark, in paragraph ``end_par``
    body: str
    end_par: int = -1
    closed: bool = True
    pieces: list[str] = field(default_factory=list)


def _closer(text: str, i: int) -> int:
    """Index of the mark closing the quote opened at ``i`` (-1 if none in this text)."""
    c = text[i]
    if c == "«":
        depth = 0
        for k in range(i, len(text)):
            if text[k] == "«":
                depth += 1
            elif text[k] == "»":
                depth -= 1
                if depth == 0:
                    return k
        return -1
    # “…” and "…", in any mix (“…" and "…” both occur in real articles)
    for k in range(i + 1, len(text)):
        if text[k] == "”":
            return k
        if text[k] == '"' and (k + 1 == len(text) or not text[k + 1].isalnum()
                               or text[k - 1] == " "):
            return k
        if text[k] == "«":  # a guillemet quote nested inside: skip it whole
            close = _closer(text, k)
            if close < 0:
                return -1
    return -1


def _opens(text: str, i: int) -> bool:
    c = text[i]
    if c in "«“„":
        return True
    return c == '"' and (i == 0 or not text[i - 1].isalnum())


def find_spans(paragraphs: list[str]) -> list[QuoteSpan]:
    """Every quotation in the paragraphs; one spread over paragraphs is one span."""
    spans: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    for p, text in enumerate(paragraphs):
        i = 0
        stripped = text.lstrip()
        if carry is not None and not (stripped[:1] and stripped[0] in OPENERS):
            carry = None  # the quote never closed: it ends with its paragraph
        while i < len(text):
            if text[i] in "»”" or not _opens(text, i):
                i += 1
                continue
            close = _closer(text, i)
            body = text[i + 1: close if close >= 0 else len(text)]
            if carry is not None and not text[:i].strip():  # continues last paragraph's quote
                carry.body += "\n" + body
                carry.pieces.append(body)
                carry.end_par, carry.end = p, (close + 1 if close >= 0 else len(text))
                carry.closed = close >= 0
                span = carry
            else:
                span = QuoteSpan(p, i, close + 1 if close >= 0 else len(text), body, p,
                             close >= 0, pieces=[body])
                spans.append(span)
            carry = None
            if close < 0:
                carry = span
                break
            i = close + 1
    return spans

