"""Periods a briefing covers: ISO weeks and --since/--until, and which articles fall in them.

Undated articles cannot be placed in a period: by default they are kept and flagged
(``--undated include``), or left out (``--undated exclude``). Either way a period in which
no dated article falls has no briefing — undated articles alone would make every week,
2030's included, look covered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing.data import Article, Warning_
from briefing.errors import InputError, UsageError

UNDATED = ("include", "exclude")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def long_date(d: date) -> str:
    """'3 September 2025' (English, whatever the machine's locale)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year:04d}"


def parse_week(text: str) -> tuple[date, date]:
    """'2025-W36' → (Monday, Sunday) of that ISO week; ValueError if there is no such week."""
    m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.I)
    if not m:
        raise ValueError(f"'{text}' is not an ISO week such as 2025-W36")
    year, week = int(m.group(1)), int(m.group(2))
    if year < 1:
        raise ValueError(f"'{text}': there is no year 0")
    weeks = date(year, 12, 28).isocalendar()[1]  # 52 or 53
    if not 1 <= week <= weeks:
        raise ValueError(f"'{text}': {year:04d} has weeks 1 to {weeks}")
    try:
        monday = date.fromisocalendar(year, week, 1)
        return monday, monday + timedelta(days=6)
    except OverflowError:  # 9999-W52 ends in the year 10000
        raise ValueError(f"'{text}' ends after 31 December 9999, the last day this tool "
                         "can date") from None


class EmptyPeriod(InputError):
    """No dated article falls in the period asked for."""


@dataclass(frozen=True)
class Period:
    """The days a briefing covers (either end may be open), the ISO week if one, and what
    to do with undated articles ('include': kept and flagged; 'exclude': left out)."""

    since: date | None = None
    until: date | None = None
    week: str | None = None  # "2025-W36"
    undated: str = "include"

    @property
    def bounded(self) -> bool:
        return self.since is not None or self.until is not None

    def describe(self) -> str:
        """How messages name the period: 'the week 2025-W36 (1–7 September 2025)'."""
        if self.week and self.since and self.until:
            return f"the week {self.week} ({long_date(self.since)} – {long_date(self.until)})"
        if self.since and self.until:
            return f"the period {long_date(self.since)} – {long_date(self.until)}"
        if self.since:
            return f"the period from {long_date(self.since)}"
        if self.until:
            return f"the period until {long_date(self.until)}"
        return "the whole folder"


def period(since: date | None, until: date | None, week: str | None,
           undated: str = "include") -> Period:
    """The period asked for on the command line; UsageError if it cannot be met."""
    if undated not in UNDATED:
        raise UsageError(f"--undated: choose include or exclude, not {undated!r}")
    if week:
        if since or until:
            raise UsageError("--week: use either --week or --since/--until")
        try:
            since, until = parse_week(week)
        except ValueError as exc:
            raise UsageError(f"--week: {exc}") from None
        year, number, _ = since.isocalendar()
        week = f"{year:04d}-W{number:02d}"
    if since and until and since > until:
        raise UsageError("--since is after --until")
    return Period(since, until, week, undated)


def cover_date(p: Period, today: date) -> date:
    """The cover's date when none is given: today, or for a week the day the briefing
    would have been made — its Sunday when the week is over, today while it runs, its
    Monday for a week still to come. The cover never claims a day outside the week."""
    if not p.week or p.since is None or p.until is None:
        return today
    return max(p.since, min(p.until, today))


def _span(articles: list[Article]) -> str:
    dates = sorted(a.date for a in articles if a.date)
    undated = len(articles) - len(dates)
    parts = []
    if dates:
        parts.append(f"dated {long_date(dates[0])}" + (f" – {long_date(dates[-1])}"
                                                        if dates[-1] != dates[0] else ""))
    if undated:
        parts.append(f"{undated} undated")
    return ", ".join(parts)


def select_period(articles: list[Article], p: Period) -> tuple[list[Article], list[Warning_]]:
    """Articles inside the period, undated ones kept (and said so) or left out as asked;
    EmptyPeriod when no dated article falls in a bounded period."""
    kept, warnings, dated_in = [], [], 0
    where = p.describe()
    for a in articles:
        if a.date is None:
            if p.undated == "exclude":
                warnings.append(Warning_(a.id, "left out: undated (--undated exclude)"))
                continue
            kept.append(a)
            if p.bounded:
                warnings.append(Warning_(a.id, f"undated: kept, cannot be checked against "
                                               f"{where}"))
        elif (p.since and a.date < p.since) or (p.until and a.date > p.until):
            warnings.append(Warning_(a.id, f"left out: dated {a.date.isoformat()}, outside "
                                           f"{where}"))
        else:
            kept.append(a)
            dated_in += 1
    if articles and not kept and not p.bounded:
        raise EmptyPeriod(f"no dated articles: the {len(articles)} readable article(s) are "
                          "all undated (--undated exclude leaves them out)")
    if articles and (not kept or (p.bounded and not dated_in)):
        raise EmptyPeriod(f"no articles in {where}: the {len(articles)} readable article(s) "
                          f"are {_span(articles)}")
    return kept, warnings
