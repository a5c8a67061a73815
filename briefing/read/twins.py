"""One article, one source: the same article saved twice is kept once.

Folders hold the same article as ``x.txt`` and ``x.html`` (a copy-paste beside the saved
page), or the same file under two names. Counted twice, it makes a story of "2 sources"
that is one, and a quote cited [1][2]. Twins are two files with the same base name whose
texts match (at least 90 % of the shorter one's five-word runs are in the longer), or two
files whose texts are word for word the same. Two files that state different outlets are
never twins: the same wire text published by two outlets is two publications. Of a pair,
the file with more metadata (then more text) is kept, missing metadata is taken from the
other, and one warning names both.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from briefing.data import Article, Warning_
from briefing.read.names import base_name

MIN_CONTAINMENT = 0.9
_FIELDS = ("title_it", "date", "author", "outlet", "url")
_WORD = re.compile(r"\w+")


def _words(a: Article) -> tuple[str, ...]:
    return tuple(_WORD.findall(" ".join(s.it for s in a.sentences).casefold()))


def _runs(words: tuple[str, ...]) -> set[int]:
    if len(words) < 5:
        return {hash(words)}
    return {hash(words[i:i + 5]) for i in range(len(words) - 4)}


def _outlet_key(a: Article) -> str | None:
    return re.sub(r"\W+", "", a.outlet.casefold()) if a.outlet else None


def _compatible(a: Article, b: Article) -> bool:
    """Different stated outlets, or dates days apart, make two publications."""
    oa, ob = _outlet_key(a), _outlet_key(b)
    if oa and ob and oa != ob:
        return False
    return not (a.date and b.date and abs(a.date - b.date) > timedelta(days=2))


def _richness(a: Article, n_words: int) -> tuple[int, int]:
    return sum(getattr(a, f) is not None for f in _FIELDS), n_words


def _groups(articles: list[Article], words: list[tuple[str, ...]]) -> list[list[int]]:
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        if _compatible(articles[i], articles[j]):
            parent[root(j)] = root(i)

    same_text: dict[tuple[str, ...], int] = {}
    by_base: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        if words[i] in same_text:
            join(same_text[words[i]], i)
        else:
            same_text[words[i]] = i
        by_base.setdefault(base_name(a.path.name).casefold(), []).append(i)
    for members in by_base.values():
        runs = {i: _runs(words[i]) for i in members}
        for k, i in enumerate(members):
            for j in members[k + 1:]:
                small, large = sorted((runs[i], runs[j]), key=len)
                if len(small & large) >= MIN_CONTAINMENT * len(small):
                    join(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(articles)):
        groups.setdefault(root(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


_SUFFIX = re.compile(r"\.(?:txt|html?|md|markdown)$", re.I)


def drop_twins(articles: list[Article]) -> tuple[list[Article], list[Warning_]]:
    """The articles with each twin kept once (in the original order), and one warning per
    file left out naming the file kept."""
    words = [_words(a) for a in articles]
    dropped: set[int] = set()
    merged: dict[int, Article] = {}
    warnings: list[Warning_] = []
    ids = {a.id for a in articles}
    for group in _groups(articles, words):
        keep = max(group, key=lambda i: (_richness(articles[i], len(words[i])), -i))
        kept = articles[keep]
        stems = {_SUFFIX.sub("", articles[i].id) for i in group}
        if len(stems) == 1 and (stem := stems.pop()) not in ids:
            kept = replace(kept, id=stem)  # "x.txt" and "x.html", one article: "x"
        for i in sorted(group):
            if i == keep:
                continue
            other = articles[i]
            taken = [f for f in _FIELDS
                     if getattr(kept, f) is None and getattr(other, f) is not None]
            kept = replace(kept, **{f: getattr(other, f) for f in taken})
            note = f"; its {', '.join(f.removesuffix('_it') for f in taken)} taken from " \
                   "this file" if taken else ""
            warnings.append(Warning_(other.id, f"left out: the same article as {kept.id}, "
                                               f"which is kept (more metadata or text){note}"))
            dropped.add(i)
        merged[keep] = kept
    return [merged.get(i, a) for i, a in enumerate(articles) if i not in dropped], warnings
