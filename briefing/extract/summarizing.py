"""Summarizing: extractive summaries with sumy over the article's own sentences.

The summary is chosen on the Italian text (the source, not a machine translation)
and returned as the article's :class:`Sentence` objects, in reading order, so
each summary line carries both its Italian source and its English.
"""

from __future__ import annotations

from briefing.data import Article, Sentence
from briefing.italian.lexicon import lemma
from briefing.read.segmenting import SumyTokenizer

ALGORITHMS = ("lexrank", "lsa", "textrank", "luhn")
# LexRank and TextRank compare every pair of sentences (1k/2k/4k sentences took 6/21/85 s),
# LSA decomposes the whole matrix: above this many sentences only a bounded set is ranked.
MAX_RANKED = 300


def candidates(body: list[Sentence]) -> list[Sentence]:
    """The sentences worth ranking: all of them, or for a very long text the first half of
    MAX_RANKED (news puts the facts first) and the other half spread over the rest."""
    if len(body) <= MAX_RANKED:
        return body
    head, rest = body[: MAX_RANKED // 2], body[MAX_RANKED // 2:]
    step = len(rest) / (MAX_RANKED - len(head))
    return head + [rest[int(i * step)] for i in range(MAX_RANKED - len(head))]


class _Lemmatizer:
    """sumy's stemmer slot filled by simplemma: lemmas ("dichiarato" → "dichiarare") instead
    of Snowball stems, and no import of NLTK (which pulls in SciPy: over a second)."""

    def __init__(self, language: str) -> None:
        self.lang = "en" if language == "english" else "it"

    def __call__(self, word: str) -> str:
        return lemma(word.lower(), self.lang)


def _import_sumy() -> None:
    """Import sumy's summarizers without SciPy's stats module.

    sumy imports NLTK, whose package __init__ imports scipy.stats (about a second) for
    functions we never call; with SciPy installed (the stories stage uses it) every run paid
    that. NLTK treats SciPy as optional, so the import is made with scipy.stats blocked and
    NLTK's fallback takes over; the block is lifted right after.
    """
    import sys

    if "sumy.summarizers._summarizer" in sys.modules:
        return
    # scikit-learn too, where installed: NLTK's classify package tries it (a second again)
    blocked = [m for m in ("scipy.stats", "sklearn") if m not in sys.modules]
    for m in blocked:
        sys.modules[m] = None  # type: ignore[assignment]
    try:
        import sumy.summarizers._summarizer  # noqa: F401
    finally:
        for m in blocked:
            if sys.modules.get(m) is None:
                del sys.modules[m]


def _summarizer(algorithm: str, language: str = "italian"):
    _import_sumy()
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
    summarizer = cls(_Lemmatizer(language))
    summarizer.stop_words = get_stop_words(language)
    return summarizer


def summarize(article: Article, sentences: int = 3, algorithm: str = "lexrank") -> list[Sentence]:
    """The ``sentences`` most representative sentences of the article, in reading order."""
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence

    body = [s for p in article.paragraphs if not p.heading for s in p.sentences]
    if len(body) <= sentences:
        return body
    language = "english" if article.language == "en" else "italian"
    tokenizer = SumyTokenizer(language)
    ranked = candidates(body)
    doc = ObjectDocumentModel([SumyParagraph([SumySentence(s.it, tokenizer) for s in ranked])])
    chosen = {str(s) for s in _summarizer(algorithm, language)(doc, sentences)}
    picked = [s for s in body if s.it in chosen]
    seen: set[str] = set()
    return [s for s in picked if not (s.it in seen or seen.add(s.it))][:sentences]
