"""Quotes across a briefing: the same statement in several articles, one name per person.

Quotes are compared on their normalized words (two outlets edit punctuation and a word or
two); a cheap character-count bound picks the few pairs worth comparing in full.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from briefing.data import ArticleReport, Quote
from briefing.extract.quotes import SAME_RATIO, normalize, same_quote
from briefing.extract.wordkinds import name_like
from briefing.italian.grammar import is_cap, name_key


def same_speaker(a: str | None, b: str | None) -> bool:
    """'Kim Jong Un' and 'Kim Jong-un', 'Putin' and 'Vladimir Putin' are one speaker."""
    if not a or not b:
        return True
    ka, kb = name_key(a).split(), name_key(b).split()
    if ka == kb:
        return True
    short, long_ = (ka, kb) if len(ka) < len(kb) else (kb, ka)
    return bool(short) and all(w in long_ for w in short) and is_cap(a[:1]) and is_cap(b[:1])


class _QuoteIndex:
    """Normalized quotes as character counts, to pick the few worth comparing in full.

    Two strings share at most sum(min(counts)) characters, so difflib's ratio is at most
    2·that/(la+lb) (its quick_ratio), and a substring's counts fit inside the longer one's.
    Characters are folded into buckets, which can only raise the bound: no match is lost.
    Without this a briefing of 500 articles spent minutes comparing every pair of quotes.
    """

    BUCKETS = 64

    def __init__(self, capacity: int = 64) -> None:
        self._counts = np.zeros((capacity, self.BUCKETS), np.int32)  # grows by doubling
        self._lengths = np.zeros(capacity, np.int64)
        self._n = 0

    def _vector(self, norm_text: str) -> np.ndarray:
        codes = np.frombuffer(norm_text.encode("utf-32-le"), dtype=np.uint32) % self.BUCKETS
        return np.bincount(codes, minlength=self.BUCKETS).astype(np.int32)

    def candidates(self, norm_text: str) -> list[int]:
        """Indexes (in insertion order) of quotes that :func:`same_quote` might match."""
        if not self._n or not norm_text:
            return []
        counts, lengths = self._counts[: self._n], self._lengths[: self._n]
        shared = np.minimum(counts, self._vector(norm_text)).sum(axis=1)
        shorter = np.minimum(lengths, len(norm_text))
        maybe = (2 * shared >= SAME_RATIO * (lengths + len(norm_text))) | (
            (shared >= shorter) & (shorter > 30))
        return np.flatnonzero(maybe).tolist()

    def add(self, norm_text: str) -> None:
        if self._n == len(self._lengths):
            self._counts = np.concatenate([self._counts, np.zeros_like(self._counts)])
            self._lengths = np.concatenate([self._lengths, np.zeros_like(self._lengths)])
        self._counts[self._n], self._lengths[self._n] = self._vector(norm_text), len(norm_text)
        self._n += 1


def merge_across_articles(per_article: list[list[Quote]]
                          ) -> tuple[list[Quote], list[list[Quote]]]:
    """One entry per statement over the whole briefing, listing every article carrying it,
    and each article's quotes again with those sources and the statement's number, so each
    article's section can say where else the quote appears. The input is left as it is."""
    merged: list[Quote] = []  # new records, filled in here only
    index = _QuoteIndex()
    which: list[list[int]] = []
    for quotes in per_article:
        which.append([])
        for q in quotes:
            norm_text = normalize(q.it)
            for i in index.candidates(norm_text):
                m = merged[i]
                if same_quote(q.it, m.it) and same_speaker(q.speaker, m.speaker):
                    m.sources.extend(src for src in q.sources if src not in m.sources)
                    m.speaker = m.speaker or q.speaker
                    break
            else:
                i = len(merged)
                merged.append(replace(q, sources=list(q.sources), statement=i))
                index.add(norm_text)
            which[-1].append(i)
    articles = [[replace(q, sources=list(merged[i].sources), statement=i)
                 for q, i in zip(quotes, ids, strict=True)]
                for quotes, ids in zip(per_article, which, strict=True)]
    return merged, articles


def canonical_speakers(quotes: list[Quote], same: dict[str, str] | None = None,
                       shared: frozenset[str] = frozenset()) -> dict[str, str]:
    """One name per person across a briefing: 'Kim Jong-un' and 'Kim Jong Un' become the
    form most used; 'Putin' becomes 'Vladimir Putin' when only one named speaker has that
    surname (and no article names two people with it: ``shared``). Descriptors ('il suo
    portavoce') are left as they are. Returns each speaker's canonical form."""
    forms: dict[str, dict[str, int]] = {}
    for q in quotes:
        if q.speaker and is_cap(q.speaker[:1]):
            forms.setdefault(name_key(q.speaker), {}).setdefault(q.speaker, 0)
            forms[name_key(q.speaker)][q.speaker] += 1
    # names a text says are one person ("Papa Francesco, al secolo Jorge Mario Bergoglio")
    for a, b in (same or {}).items():
        ka, kb = name_key(a), name_key(b)
        if ka in forms and kb in forms:
            forms[ka].update({f: forms[ka].get(f, 0) + n for f, n in forms[kb].items()})
            forms[kb] = forms[ka]
    best = {k: max(v.items(), key=lambda kv: (kv[1], len(kv[0])))[0] for k, v in forms.items()}
    out: dict[str, str] = {}
    for speaker in {q.speaker for q in quotes if q.speaker}:
        key = name_key(speaker)
        if key not in best:
            continue
        words = key.split()
        if len(words) == 1 and name_like(speaker) and words[0] not in shared:
            # a surname, not a stray "L'", nor one two people of an article bear
            longer = {k for k in best if len(k.split()) > 1 and words[0] in k.split()}
            if len(longer) == 1:
                key = next(iter(longer))
        out[speaker] = best[key]
    return out


def shared_surnames(reports: list[ArticleReport]) -> frozenset[str]:
    """Surnames two people named in one article bear ("Tommaso Benedetti", "Sergio
    Benedetti"): a bare one could be either."""
    shared: set[str] = set()
    for r in reports:
        firsts: dict[str, set[str]] = {}
        for n in r.names:
            words = n.key.split()
            if n.person and len(words) > 1:
                firsts.setdefault(words[-1], set()).add(words[0])
        shared |= {surname for surname, f in firsts.items() if len(f) > 1}
    return frozenset(shared)


def merge_quotes(reports: list[ArticleReport]) -> tuple[list[ArticleReport], list[Quote]]:
    """The reports with one name per speaker and each quote's sources across the briefing,
    and the briefing's statements (each once)."""
    same = {n.text: n.same_as for r in reports for n in r.names if n.same_as}
    names = canonical_speakers([q for r in reports for q in r.quotes], same,
                               shared_surnames(reports))
    per_article = [[replace(q, speaker=names.get(q.speaker, q.speaker),
                            speaker_en=names.get(q.speaker, q.speaker)
                            if q.speaker_en == q.speaker else q.speaker_en)
                    if q.speaker else q for q in r.quotes] for r in reports]
    merged, per_article = merge_across_articles(per_article)
    return [replace(r, quotes=qs) for r, qs in zip(reports, per_article, strict=True)], merged
