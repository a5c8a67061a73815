"""Periods a briefing covers: ISO weeks and --since/--until, and which articles fall in them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing.data import Article, Warning_
from briefing.errors import UsageError


def parse_week(text: str) -> tuple[date, date]:
    """'2025-W36' → (Monday, Sunday) of that ISO week; ValueError if there is no such week."""
    m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.I)
    if not m:
        raise ValueError(f"'{text}' is not an ISO week such as 2025-W36")
    year, week = int(m.group(1)), int(m.group(2))
    monday = date.fromisocalendar(year, week, 1)  # ValueError for week 54 etc.
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True)
class Period:
    """The days a briefing covers (either end may be open) and the ISO week, if one."""

    since: date | None = None
    until: date | None = None
    week: str | None = None  # "2025-W36"


def period(since: date | None, until: date | None, week: str | None) -> Period:
    """The period asked for on the command line; UsageError if it cannot be met."""
    if week:
        if since or until:
            raise UsageError("--week: use either --week or --since/--until")
        try:
            since, until = parse_week(week)
        except ValueError as exc:
            raise UsageError(f"--week: {exc}") from None
        year, number, _ = since.isocalendar()
        week = f"{year}-W{number:02d}"
    if since and until and since > until:
        raise UsageError("--since is after --until")
    return Period(since, until, week)


def select_period(articles: list[Article], p: Period) -> tuple[list[Article], list[Warning_]]:
    """Articles inside the period; undated ones are kept (and said so), never dropped."""
    if p.since is None and p.until is None:
        return articles, []
    kept, warnings = [], []
    for a in articles:
        if a.date is None:
            kept.append(a)
            warnings.append(Warning_(a.id, "undated: kept, cannot be checked against "
                                           "--since/--until"))
        elif (p.since and a.date < p.since) or (p.until and a.date > p.until):
            warnings.append(Warning_(a.id, f"left out: dated {a.date.isoformat()}, outside "
                                           "--since/--until"))
        else:
            kept.append(a)
    return kept, warnings
