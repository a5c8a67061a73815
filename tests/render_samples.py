"""Briefings made by hand for the rendering tests: any number of stories and sources, any
text, in a second, without reading, extracting or translating anything."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from briefing.data import (
    Article,
    ArticleReport,
    Briefing,
    Conflict,
    ConflictValue,
    Figure,
    Paragraph,
    Quote,
    Sentence,
    Story,
    SummaryLine,
    TranslationInfo,
)

WORDS = ("the minister said that the council would meet again on Monday to discuss the "
         "budget for schools hospitals and roads in the region after the floods of last "
         "spring while the opposition asked for a vote and the mayor promised new funds "
         "for families").split()


def sentence(rng: random.Random, words: int, tag: str = "") -> Sentence:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return Sentence(f"{tag}Il testo {text}.", f"{tag}{text.capitalize()}.")


def report(n: int, rng: random.Random, *, paragraphs: int = 4, quotes: int = 2,
           title: str | None = None, outlet: str | None = "Il Giornale", name: str | None = None,
           url: str | None = None) -> ArticleReport:
    """Article ``n`` (id ``a{n:03d}``) with its summary, quotes and a figure."""
    aid = f"a{n:03d}"
    paras = [Paragraph([sentence(rng, rng.randint(12, 30)) for _ in range(3)])
             for _ in range(paragraphs)]
    a = Article(id=aid, path=Path("/corpus") / (name or f"{aid}.txt"), paragraphs=paras,
                title_it=f"Titolo {n}", title_en=title or f"Headline {n}: {sentence(rng, 8).en}",
                date=date(2025, 9, 1 + n % 7), outlet=outlet, author="Anna Rossi", url=url)
    summary = [s for p in paras[:3] for s in p.sentences[:1]]
    qs = [Quote(it=f"citazione {n}-{k}", speaker="Mario Bianchi", context_it="…",
                en=f"Quote {n}-{k}: {sentence(rng, 14).en}", sources=[aid])
          for k in range(quotes)]
    fig = Figure(value=10 + n, it=f"{10 + n} persone", context_it=paras[0].sentences[0].it,
                 en=f"{10 + n} people", context_en=paras[0].sentences[0].en, unit="people")
    return ArticleReport(article=a, summary=summary, quotes=qs, figures=[fig])


def story(k: int, reports: list[ArticleReport], conflicts: list[Conflict] | None = None
          ) -> Story:
    quotes = [q for r in reports for q in r.quotes]
    return Story(id=f"s{k}", article_ids=[r.article.id for r in reports],
                 headline_en=reports[0].article.title_en, headline_it=reports[0].article.title_it,
                 summary=[SummaryLine(s, r.article.id) for r in reports[:2] for s in r.summary[:2]],
                 quotes=quotes, conflicts=conflicts or [])


def briefing(stories_of: list[int], *, seed: int = 1, **kw) -> Briefing:
    """A briefing of ``len(stories_of)`` stories, story k carried by ``stories_of[k]``
    articles."""
    rng = random.Random(seed)
    reports, stories, n = [], [], 0
    for k, size in enumerate(stories_of, 1):
        rs = [report(n + i, rng, **kw) for i in range(size)]
        n += size
        reports += rs
        stories.append(story(k, rs))
    return Briefing(date=date(2025, 9, 5), title="Weekly Briefing", reports=reports,
                    stories=stories, translation=TranslationInfo("apertium", "ita-cat-eng",
                                                                 "3.8", rough=True))


def troops_conflict(reports: list[ArticleReport], readings: int) -> Conflict:
    """Every source gives a troop count; ``readings`` different counts in all."""
    values = []
    for i, r in enumerate(reports):
        v = 10_000 + 1_000 * (i % readings)
        values.append(ConflictValue(Figure(value=v, it=f"{v // 1000} mila soldati",
                                           context_it="…", en=f"{v:,}", unit="soldiers",
                                           category="troops"), r.article.id))
    return Conflict(about="troops (soldiers)", category="troops", unit="soldiers",
                    values=values)
