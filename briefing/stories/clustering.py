"""Grouping articles into stories: the same event or development, told by several outlets.

Two articles are compared on their Italian text in two ways, averaged:

* the cosine of their TF-IDF vectors (scikit-learn) over lemmas (simplemma) of the title,
  counted twice, and the body; the IDF is learnt from the run's *sentences*, so it means
  the same whether the run has two articles or five hundred;
* how much of their named people, bodies and places they share (names from the article's
  :class:`~briefing.extract.names.Registry`, built once at extraction), each name weighted
  by the same IDF, so a rare name ("Saltivka") counts more than one every article carries
  ("Russia").

Articles are then joined by average-linkage clustering at ``LINK_THRESHOLD``. Chosen on
data: on the sample corpus, ``../shared/data/articles-it``, ``articles-it2`` and the
hand-written pairs in ``tests/data/stories``, the weakest same-story pair scored 0.33
(two outlets on Renzi and Afghanistan) and the strongest different-story pair 0.19 (two
Russian strikes on Ukrainian cities a week apart); the threshold sits between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from briefing.data import Article
from briefing.italian.lexicon import lemma, stop_words

LINK_THRESHOLD = 0.26


def lemmas(text: str) -> list[str]:
    """Content-word lemmas of Italian text (the TF-IDF analyzer)."""
    stop = stop_words()
    return [lemma(w.lower()) for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)
            if len(w) > 2 and w.lower() not in stop]


def _text(a: Article) -> str:
    title = a.title_it or ""
    return f"{title} . {title} . " + " ".join(s.it for s in a.sentences)


def similarity(articles: Sequence[Article], names: Sequence[dict[str, int]]) -> np.ndarray:
    """Pairwise story similarity in [0, 1] (1 on the diagonal); ``names`` are each
    article's named people, bodies and places with their mentions (from extraction)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(articles)
    if n == 0:
        return np.zeros((0, 0))
    sentences = [s.it for a in articles for s in a.sentences] + [
        a.title_it for a in articles if a.title_it]
    vec = TfidfVectorizer(analyzer=lemmas, sublinear_tf=True)
    try:
        vec.fit(sentences)
    except ValueError:  # no content words at all
        return np.eye(n)
    docs = vec.transform([_text(a) for a in articles])  # rows L2-normalized
    cosine = (docs @ docs.T).toarray()

    idf = dict(zip(vec.get_feature_names_out(), vec.idf_, strict=True))
    top = float(max(vec.idf_)) if len(vec.idf_) else 1.0
    weights: dict[str, float] = {}

    def weight(key: str) -> float:
        if key not in weights:
            weights[key] = max(idf.get(lemma(w), idf.get(w, top)) for w in key.split())
        return weights[key]

    mass = [sum(c * weight(k) for k, c in d.items()) for d in names]
    shared = np.zeros((n, n))
    for i in range(n):
        if not names[i]:
            continue
        for j in range(i + 1, n):
            if not names[j]:
                continue
            small, big = (names[i], names[j]) if len(names[i]) < len(names[j]) else (
                names[j], names[i])
            common = sum(min(c, big[k]) * weight(k) for k, c in small.items() if k in big)
            shared[i, j] = shared[j, i] = common / max(min(mass[i], mass[j]), 1e-9)
    score = (cosine + np.minimum(shared, 1.0)) / 2
    np.fill_diagonal(score, 1.0)
    return score


def cluster(articles: Sequence[Article], names: Sequence[dict[str, int]],
            threshold: float = LINK_THRESHOLD) -> tuple[list[list[int]], np.ndarray]:
    """Groups of article indexes (each group one story) and the similarity matrix."""
    sim = similarity(articles, names)
    n = len(articles)
    if n < 2:
        return [[i] for i in range(n)], sim
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                    distance_threshold=1 - threshold)
    labels = model.fit_predict(np.clip(1 - sim, 0, None))
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0]), sim
