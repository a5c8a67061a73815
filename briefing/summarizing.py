"""Summarizing: extractive summaries with sumy over the article's own sentences.

The summary is chosen on the Italian text (the source, not a machine translation)
and returned as the article's :class:`Sentence` objects, in reading order, so
each summary line carries both its Italian source and its English.
"""

from __future__ import annotations

from briefing.data import Article, Sentence
from briefing.segmenting import SumyTokenizer

ALGORITHMS = ("lexrank", "lsa", "textrank", "luhn")


def _summarizer(algorithm: str):
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    if algorithm == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif algorithm == "lsa":
        from sumy.summarizers.lsa import LsaSummarizer as cls
    elif algorithm == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as cls
    elif algorithm == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    else:
        raise ValueError(f"unknown summary algorithm {algorithm!r}; choose from {ALGORITHMS}")
    summarizer = cls(Stemmer("italian"))
    summarizer.stop_words = get_stop_words("italian")
    return summarizer


def summarize(article: Article, sentences: int = 3, algorithm: str = "lexrank") -> list[Sentence]:
    """The ``sentences`` most representative sentences of the article, in reading order."""
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence

    body = [s for p in article.paragraphs if not p.heading for s in p.sentences]
    if len(body) <= sentences:
        return body
    tokenizer = SumyTokenizer()
    doc = ObjectDocumentModel([SumyParagraph([SumySentence(s.it, tokenizer) for s in body])])
    chosen = {str(s) for s in _summarizer(algorithm)(doc, sentences)}
    picked = [s for s in body if s.it in chosen]
    seen: set[str] = set()
    return [s for s in picked if not (s.it in seen or seen.add(s.it))][:sentences]
