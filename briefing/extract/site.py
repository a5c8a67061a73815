"""Where a quotation sits in its article: the masked sentence up to it and after it."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.extract.document import QuotedText
from briefing.extract.quotemarks import QuoteSpan


@dataclass
class Site:
    """Where quotation k sits: the masked sentence up to it and after it."""

    k: int
    span: QuoteSpan
    par: int  # paragraph and sentence of its opening
    si: int
    prefix: str
    epar: int  # paragraph and sentence of its end
    esi: int
    suffix: str
    body: str  # its words, an interjection taken out

    @classmethod
    def of(cls, doc: QuotedText, k: int) -> Site:
        span = doc.spans[k]
        par, si = doc.locate(k, span.par)
        prefix, _, _ = doc.sentences[par][si].partition(f"⁅{k}⁆")
        epar, esi = doc.locate(k, span.end_par)
        _, _, suffix = doc.sentences[epar][esi].partition(f"⁅{k}⁆")
        return cls(k, span, par, si, prefix, epar, esi, suffix, span.body)
