"""Month and weekday names, and Italian date expressions read as days (dateparser).

One place for the calendar words: the reader looks for a dateline or a byline date, the
dates stage lists the dates an article mentions, and both parse them the same way.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from briefing.italian.tables import alternatives, table

_CAL = table("calendar")
MONTH_NAME = rf"(?:{alternatives(_CAL['months'])})"
# A month as the news writes it: "agosto", "ago", "ago.", "sett."
MONTH = rf"(?:{alternatives(_CAL['months'])}|(?:{alternatives(_CAL['month_abbreviations'])})\.?)"
# "lunedì" is also written "lunedi"
WEEKDAY = "(?:" + "|".join(w[:-1] + "[iì]" if w.endswith("ì") else w
                           for w in _CAL["weekdays"]) + ")"
YEAR = r"(?:1[89]\d{2}|20\d{2})"
# a time of day after a date: ", ore 7:15", " - 19:20", " alle 18:40"
_AT_CLOCK = rf"(?:(?:{alternatives(_CAL['clock_words'])})\s+)?\d{{1,2}}[:.]\d{{2}}"
CLOCK = rf"(?:,?\s*(?:[-–]\s*)?{_AT_CLOCK})"
# a page's time stamp before its date: "Aggiornato alle 18:40 del", "Pubblicato il"
STAMP = (rf"(?i:{alternatives(_CAL['stamp_words'])})\b\s*(?:il\s+|:\s*)?"
         rf"(?:{_AT_CLOCK}\s+(?:del\s+)?)?")
# a time stamp after the date: "11 marzo 2026 09:58 - Aggiornato alle 18:40",
# "15 settembre 2025, aggiornato alle 19.10"
STAMP_AFTER = (rf"\s*[,;–-]?\s*(?i:{alternatives(_CAL['stamp_words'])})\b\s*:?\s*"
               rf"(?i:{_AT_CLOCK})$")


def _month_number(word: str) -> int:
    """1-12 for a month name or its abbreviation (each is the start of one month only)."""
    word = word.lower().rstrip(".")
    return next(i for i, m in enumerate(_CAL["months"], 1) if m.startswith(word))


_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({MONTH})(?![\w])", re.I)


def day_month(text: str) -> tuple[int, int] | None:
    """(month, day) of a date with no year ("9 giu.", "15 FEB"), as agency datelines give
    it: enough to tell reports months apart, too little to date them."""
    m = _DAY_MONTH.search(text)
    if not m or not 1 <= int(m.group(1)) <= 31:
        return None
    return _month_number(m.group(2)), int(m.group(1))


_TIME = r"(?:[,\s]+(?:ore\s+)?\d{1,2}[:.]\d{2})?"
# The shapes news headers and datelines use; everything else goes to dateparser.
_PLAIN_DATE = re.compile(
    rf"(?:{WEEKDAY},?\s+)?(?P<d>\d{{1,2}})[°º]?\s+(?P<m>{MONTH})\s+(?P<y>{YEAR}){_TIME}"
    rf"|(?P<d2>\d{{1,2}})(?P<sep>[./-])(?P<m2>\d{{1,2}})(?P=sep)(?P<y2>{YEAR}){_TIME}"
    rf"|(?P<y3>{YEAR})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})", re.IGNORECASE)


def _plain_date(text: str) -> date | None | bool:
    """The day of a plainly written date ("13 agosto 2025", "28.04.2025 11:00",
    "2025-01-05"); None for an impossible one ("31 sett 2025"); False when the text is not
    one of these shapes. dateparser reads these the same, but its first call builds its
    time-zone tables (0.3 s of a cold run), so only the rest go to it."""
    m = _PLAIN_DATE.fullmatch(text.strip())
    if not m:
        return False
    if m["y"]:
        day, month, year = int(m["d"]), _month_number(m["m"]), int(m["y"])
    elif m["y2"]:
        day, month, year = int(m["d2"]), int(m["m2"]), int(m["y2"])
    else:
        day, month, year = int(m["d3"]), int(m["m3"]), int(m["y3"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=2048)
def parse_italian_date(text: str) -> date | None:
    """One Italian date expression ("13 ago 2025", "28.04.2025 11:00") as a day; None when
    it names no whole day or dateparser would have to guess the year.

    Only dateparser's absolute parser: "ieri" or "3 giorni fa" would be read against the
    machine's clock, not the article's day (and that parser's time-zone tables cost 0.2 s
    on the first call)."""
    plain = _plain_date(text)
    if plain is not False:
        return plain
    import dateparser  # slow import: only when a date is actually there

    try:
        parsed = dateparser.parse(text, languages=["it"],
                                  settings={"DATE_ORDER": "DMY", "PARSERS": ["absolute-time"],
                                            "REQUIRE_PARTS": ["day", "month", "year"]})
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    year = re.search(r"\d{4}", text)
    if year and int(year.group()) != parsed.year:  # dateparser guessed instead of parsing
        return None
    return parsed.date()
