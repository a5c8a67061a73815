"""Month and weekday names, and Italian date expressions read as days (dateparser).

One place for the calendar words: the reader looks for a dateline or a byline date, the
dates stage lists the dates an article mentions, and both parse them the same way.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from briefing.italian.tables import table


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_CAL = table("calendar")
MONTH_NAME = rf"(?:{_alternatives(_CAL['months'])})"
# A month as the news writes it: "agosto", "ago", "ago.", "sett."
MONTH = rf"(?:{_alternatives(_CAL['months'])}|(?:{_alternatives(_CAL['month_abbreviations'])})\.?)"
# "lunedì" is also written "lunedi"
WEEKDAY = "(?:" + "|".join(w[:-1] + "[iì]" if w.endswith("ì") else w
                           for w in _CAL["weekdays"]) + ")"
YEAR = r"(?:1[89]\d{2}|20\d{2})"


@functools.lru_cache(maxsize=2048)
def parse_italian_date(text: str) -> date | None:
    """One Italian date expression ("13 ago 2025", "28.04.2025 11:00") as a day; None when
    it names no whole day or dateparser would have to guess the year."""
    import dateparser  # slow import: only when a date is actually there

    try:
        parsed = dateparser.parse(text, languages=["it"],
                                  settings={"DATE_ORDER": "DMY",
                                            "REQUIRE_PARTS": ["day", "month", "year"]})
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    year = re.search(r"\d{4}", text)
    if year and int(year.group()) != parsed.year:  # dateparser guessed instead of parsing
        return None
    return parsed.date()
