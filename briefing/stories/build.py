"""Stories: the articles of a run grouped by event, each with what its sources say together.

A story gets a headline (the English title of its most central article), its sources,
a merged summary that does not say the same fact twice, its key quotes ranked (carried
by more sources first, then those with a named speaker, then those higher up in their
article) and its figures, with the places where the sources disagree on a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from briefing.data import ArticleReport, Quote, Story, SummaryLine
from briefing.extract.quotes import same_quote
from briefing.italian.numbers import digit_strings
from briefing.stories.clustering import cluster, lemmas
from briefing.stories.conflicts import compare
from briefing.stories.tfidf import Tfidf

SUMMARY_MAX = 4
SUMMARY_MIN = 2
SAME_FACT = 0.5  # share of content lemmas two sentences must have to say the same thing


def same_fact(a: str, b: str) -> bool:
    """Two sentences (from two outlets) that report the same fact.

    Overlap of content lemmas over the shorter sentence; sharing a number lowers the bar,
    since outlets reword the sentence around the same figure.
    """
    la, lb = set(lemmas(a)), set(lemmas(b))
    if not la or not lb:
        return False
    overlap = len(la & lb) / min(len(la), len(lb))
    shared_numbers = (digit_strings(a) & digit_strings(b)) - {"1", "2"}
    return overlap >= SAME_FACT or (bool(shared_numbers) and overlap >= 0.3)


LEAD_BONUS = 0.15  # news puts the main fact first: a lead sentence gets this much extra


def merged_summary(reports: Sequence[ArticleReport]) -> list[SummaryLine]:
    """2–4 sentences across the story's articles, the most central first, no fact twice.

    Candidates are each article's own summary and its lead sentence; they are ranked by
    how close they are to the story as a whole (TF-IDF cosine to the centroid), leads a
    little higher, and a sentence saying a fact already chosen is passed over.
    """
    if len(reports) == 1:
        return [SummaryLine(s, reports[0].article.id) for s in reports[0].summary][:SUMMARY_MAX]
    candidates: list[SummaryLine] = []
    leads: set[int] = set()
    for r in reports:
        body = [s for p in r.article.paragraphs if not p.heading for s in p.sentences]
        own = list(r.summary)
        if body and body[0] not in own:
            own.insert(0, body[0])
        if body:
            leads.add(len(candidates) + own.index(body[0]))
        candidates.extend(SummaryLine(s, r.article.id) for s in own)
    if not candidates:
        return []
    texts = [c.sentence.it for c in candidates]
    try:
        vectors = Tfidf(lemmas, texts).transform(texts)
    except ValueError:
        return candidates[:SUMMARY_MAX]
    centroid = np.asarray(vectors.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid) or 1.0
    centrality = (vectors @ centroid) / norm  # the rows are L2-normalized already
    score = [centrality[i] + (LEAD_BONUS if i in leads else 0) for i in range(len(candidates))]
    order = sorted(range(len(candidates)), key=lambda i: -score[i])
    limit = max(SUMMARY_MIN, min(SUMMARY_MAX, len(reports) + 1))
    chosen: list[SummaryLine] = []
    for i in order:
        c = candidates[i]
        if any(same_fact(c.sentence.it, o.sentence.it) for o in chosen):
            continue
        chosen.append(c)
        if len(chosen) == limit:
            break
    return chosen


def ranked_quotes(reports: Sequence[ArticleReport]) -> list[Quote]:
    """The story's key quotes, each once: most sources, then named speaker, then earliest."""
    ids = {r.article.id for r in reports}
    order = {r.article.id: i for i, r in enumerate(reports)}
    seen: list[Quote] = []
    for r in reports:
        for q in r.quotes:
            if any((q.statement is not None and q.statement == o.statement)
                   or same_quote(q.it, o.it) for o in seen):
                continue
            seen.append(q)

    def rank(q: Quote) -> tuple:
        carried = len([s for s in q.sources if s in ids])
        return (-carried, q.speaker is None, q.position, order.get(q.sources[0], 0))

    return sorted(seen, key=rank)


def _representative(group: list[int], sim: np.ndarray, reports: Sequence[ArticleReport]) -> int:
    """The article most like the others (titled ones first): its title heads the story."""
    def score(i: int) -> tuple:
        others = [sim[i, j] for j in group if j != i]
        return (reports[i].article.title_it is not None, sum(others), -i)

    return max(group, key=score)


def build_stories(reports: Sequence[ArticleReport]) -> list[Story]:
    """Group the run's articles into stories and assemble each story."""
    groups, sim = cluster(reports)
    stories: list[Story] = []
    for group in groups:
        rep = _representative(group, sim, reports)
        members = sorted(group, key=lambda i: (reports[i].article.date or date.max, i))
        rs = [reports[i] for i in members]
        figures, conflicts = compare(rs)
        a = reports[rep].article
        stories.append(Story(
            id="", article_ids=[r.article.id for r in rs],
            headline_en=a.title_en or a.opening(12),
            headline_it=a.title_it,
            summary=merged_summary(rs), quotes=ranked_quotes(rs),
            figures=figures, conflicts=conflicts,
        ))
    index = {r.article.id: i for i, r in enumerate(reports)}

    def latest(s: Story) -> date:
        dates = [reports[index[a]].article.date for a in s.article_ids]
        return max((d for d in dates if d), default=date.min)

    stories.sort(key=lambda s: (-len(s.article_ids), -latest(s).toordinal(),
                                index[s.article_ids[0]]))
    for k, s in enumerate(stories, 1):
        s.id = f"s{k}"
    return stories
