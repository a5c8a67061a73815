"""Extraction: everything the briefing shows for one article, read from its Italian.

Summary (sumy), quotes with their speakers, figures and dates, and the names the article
mentions — all from one name registry per article, which the stories stage reuses. No
translation is needed here: English is filled in afterwards, in one batch for the run.
"""

from __future__ import annotations

from briefing.data import Article, ArticleReport, Options, Warning_
from briefing.extract.claimants import quoted_claimants
from briefing.extract.dates import extract_dates
from briefing.extract.figure_links import claimed_shares, mark_key
from briefing.extract.figures import extract_figures
from briefing.extract.names import article_registry
from briefing.extract.quotes import extract_quotes, key_quotes
from briefing.extract.summarizing import MAX_RANKED, summarize

__all__ = ["Options", "extract"]


def extract(article: Article, options: Options, warnings: list[Warning_] | None = None
            ) -> ArticleReport:
    """Summary, quotes, figures, dates and names of one article.

    A stage that fails on one article leaves that part empty and says so in ``warnings``;
    the article and the rest of the run are kept. Without ``warnings`` the error is raised.
    """
    italian = article.language == "it"
    registry = article_registry(article)
    stages = {
        "summary": lambda: summarize(article, options.sentences, options.algorithm),
        "quotes": lambda: key_quotes(extract_quotes(article, registry)) if italian else [],
        "figures": lambda: extract_figures(article) if italian else [],
        "dates": lambda: extract_dates(article) if italian else [],
    }
    done = {}
    long = sum(len(p.sentences) for p in article.paragraphs if not p.heading)
    if warnings is not None and long > MAX_RANKED:
        warnings.append(Warning_(article.id, f"long article ({long} sentences): the summary "
                                             f"is chosen among {MAX_RANKED} of them"))
    for name, stage in stages.items():
        try:
            done[name] = stage()
        except Exception as exc:  # one article's bad text must not sink the briefing
            done[name] = []
            if warnings is None:
                raise
            warnings.append(Warning_(article.id, f"{name} left out: {type(exc).__name__}: {exc}"))
    quoted_claimants(done["figures"], done["quotes"])
    claimed_shares(done["figures"])
    mark_key(done["figures"], article)
    return ArticleReport(article=article, names=registry.names(), **done)
