"""TF-IDF vectors and average-linkage clusters with NumPy and SciPy alone.

The stories stage needs two things scikit-learn offered: TF-IDF rows (sublinear term
frequency, smoothed IDF, L2-normalised — scikit-learn's formula, so scores and the
threshold chosen on them mean what they meant) and average-linkage clustering cut at a
distance. Importing scikit-learn cost about a second of every cold run (it imports
scipy.stats); SciPy's sparse matrices and hierarchy module cost a third of that.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np


class Tfidf:
    """A vocabulary and an IDF learnt from ``documents``; ``transform`` gives sparse rows."""

    def __init__(self, analyzer: Callable[[str], list[str]], documents: Sequence[str]) -> None:
        self.analyzer = analyzer
        df: Counter[str] = Counter()
        for doc in documents:
            df.update(set(analyzer(doc)))
        if not df:
            raise ValueError("no terms in the documents")
        self.vocabulary = {term: i for i, term in enumerate(sorted(df))}
        n = len(documents)
        # scikit-learn's smooth_idf: as if one more document held every term once
        self.idf = np.array([math.log((1 + n) / (1 + df[t])) + 1 for t in sorted(df)])

    def transform(self, documents: Sequence[str]):
        """Rows of 1 + log(tf) times IDF, L2-normalised (a ``scipy.sparse`` CSR matrix)."""
        from scipy.sparse import csr_matrix

        data: list[float] = []
        cols: list[int] = []
        indptr = [0]
        for doc in documents:
            counts = Counter(t for t in self.analyzer(doc) if t in self.vocabulary)
            row = [(self.vocabulary[t], (1 + math.log(c)) * self.idf[self.vocabulary[t]])
                   for t, c in sorted(counts.items())]
            norm = math.sqrt(sum(v * v for _, v in row)) or 1.0
            cols.extend(i for i, _ in row)
            data.extend(v / norm for _, v in row)
            indptr.append(len(cols))
        return csr_matrix((data, cols, indptr), shape=(len(documents), len(self.vocabulary)))


def average_linkage(distance: np.ndarray, threshold: float) -> list[int]:
    """A cluster label per row of the square ``distance`` matrix: clusters joined by
    average linkage while their distance is below ``threshold`` (scikit-learn's
    ``distance_threshold``: a merge at the threshold or above is not made)."""
    n = len(distance)
    if n < 2:
        return [0] * n
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    d = np.clip((distance + distance.T) / 2, 0, None)
    np.fill_diagonal(d, 0)
    tree = linkage(squareform(d, checks=False), method="average")
    # fcluster keeps merges at distance <= t: step just below the threshold
    return [int(x) for x in fcluster(tree, np.nextafter(threshold, -np.inf), "distance")]
