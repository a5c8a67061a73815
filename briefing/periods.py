"""Periods a briefing covers: ISO weeks and --since/--until, and which articles fall in them."""

from __future__ import annotations

import re
from datetime import date, timedelta


def parse_week(text: str) -> tuple[date, date]:
    """'2025-W36' → (Monday, Sunday) of that ISO week; ValueError if there is no such week."""
    m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.I)
    if not m:
        raise ValueError(f"'{text}' is not an ISO week such as 2025-W36")
    year, week = int(m.group(1)), int(m.group(2))
    monday = date.fromisocalendar(year, week, 1)  # ValueError for week 54 etc.
    return monday, monday + timedelta(days=6)
