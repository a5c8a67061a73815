"""The JSON contract (see README): extend, never rename."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from briefing.data import ArticleReport, Briefing, Figure, Quote, Story, TranslationInfo

if TYPE_CHECKING:
    from briefing.render.layout import FrontPage


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def article_to_json(report: ArticleReport) -> dict:
    """The JSON contract of one article (see README); extend, never rename."""
    a = report.article
    return {
        "id": a.id,
        # relative to the corpus folder (only files directly in it are read): a briefing
        # handed on does not carry the machine's folders
        "path": a.path.name,
        "title_it": a.title_it,
        "title_en": a.title_en,
        "date": a.date.isoformat() if a.date else None,
        "author": a.author,
        "outlet": a.outlet,
        "url": a.url,
        "language": a.language,
        "paragraphs": [
            {
                "it": p.it,
                "en": p.en,
                "heading": p.heading,
                "language": p.language,
                "sentences": [{"it": s.it, "en": s.en} for s in p.sentences],
            }
            for p in a.paragraphs
        ],
        "summary": [{"it": s.it, "en": s.en} for s in report.summary],
        "quotes": [
            {"it": q.it, "en": q.en, "speaker": q.speaker, "speaker_en": q.speaker_en,
             "context_it": q.context_it, "sources": q.sources}
            for q in report.quotes
        ],
        "figures": [figure_to_json(f) for f in report.figures],
        "dates": [
            {"it": d.it, "kind": d.kind, "date": d.date.isoformat() if d.date else None,
             "year": d.year, "context_it": d.context_it}
            for d in report.dates
        ],
        "names": [{"text": n.text, "person": n.person, "mentions": n.mentions}
                  for n in report.names],
        "translation_checks": asdict(report.checks) if report.checks else None,
    }


def figure_to_json(f: Figure) -> dict:
    return {**{k: v for k, v in asdict(f).items() if k not in ("value", "value_max")},
            "value": _num(f.value), "value_max": _num(f.value_max)}


def quote_to_json(q: Quote) -> dict:
    return {"it": q.it, "en": q.en, "speaker": q.speaker, "speaker_en": q.speaker_en,
            "sources": q.sources}


def story_to_json(s: Story) -> dict:
    return {
        "id": s.id,
        "headline_en": s.headline_en,
        "headline_it": s.headline_it,
        "article_ids": s.article_ids,
        "summary": [{"it": x.sentence.it, "en": x.sentence.en, "article": x.article}
                    for x in s.summary],
        "quotes": [quote_to_json(q) for q in s.quotes],
        "figures": [{**figure_to_json(f.figure), "sources": f.sources} for f in s.figures],
        "conflicts": [
            {"about": c.about, "category": c.category, "unit": c.unit, "kind": c.kind,
             "values": [{"value": _num(v.figure.value), "value_max": _num(v.figure.value_max),
                         "approx": v.figure.approx, "qualifier": v.figure.qualifier,
                         "article": v.article, "it": v.figure.it, "en": v.figure.en,
                         "context_it": v.figure.context_it}
                        for v in c.values]}
            for c in s.conflicts
        ],
    }


def translation_to_json(t: TranslationInfo | None) -> dict | None:
    if t is None:
        return None
    return {"engine": t.engine, "model": t.model, "version": t.version, "rough": t.rough}


def briefing_to_json(b: Briefing, front: FrontPage | None = None) -> dict:
    """The JSON contract of a briefing; ``front`` is the front page the PDF was given
    (estimated when none is)."""
    from briefing.render.layout import front_page

    start, end = b.period
    return {
        "briefing": {
            "date": b.date.isoformat(),
            "title": b.title,
            "period": {
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
            },
            "translation": translation_to_json(b.translation),
            "week": b.week,
            "front_page": (front or front_page(b)).ids(),
        },
        "stories": [story_to_json(s) for s in b.stories],
        "articles": [article_to_json(r) for r in b.reports],
        "key_quotes": [quote_to_json(q) for q in b.key_quotes],
        "warnings": [{"article": w.article, "message": w.message} for w in b.warnings],
    }
