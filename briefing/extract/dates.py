"""Dates and times in Italian news text: kept apart from the figures, listed for a timeline.

A year or a calendar date is not a quantity ("nel 2024", "il 30 dicembre", "’94"), nor is
a time of day ("alle 20.30", "le 23 locali"). The figures stage asks :func:`date_spans`
which stretches of a sentence are dates or times so it never reads them as figures; the
dates themselves go into the article's ``dates`` list, parsed with dateparser where they
name a day.
"""

from __future__ import annotations

import re

from briefing.data import Article, DateMention
from briefing.extract.units import as_listed
from briefing.italian.calendar import MONTH as _MONTH
from briefing.italian.calendar import WEEKDAY, parse_italian_date
from briefing.italian.calendar import YEAR as _YEAR
from briefing.italian.grammar import (
    ADVERBS,
    ARTICLED,
    AUX,
    CLITICS,
    DETERMINERS,
    LINKS,
    OF,
    PLACE_PREPS,
    norm,
)
from briefing.italian.tables import table

_P = table("patterns")

_PATTERNS = [
    # 3 agosto 1953, 28 gennaio 2024, mercoledì 13 agosto 2025, 1° maggio, 3 set.
    ("day", re.compile(rf"(?:{WEEKDAY},?\s+)?\b\d{{1,2}}[°º]?\s+{_MONTH}(?:\s+{_YEAR})?"
                       rf"(?![\w])", re.I)),
    # ottobre 2024, aprile 2019
    ("month", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)),
    # 28.04.2025, 5/9/2025, 2025-01-05
    ("day", re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")),
    # stagione 2019-2020, anni 2000, ’94, anni ’70
    ("year", re.compile(rf"\b{_YEAR}\s?[-–/]\s?(?:{_YEAR}|\d{{2}})\b")),
    ("year", re.compile(r"(?<![A-Za-zÀ-ÿ])[’'‘`]\d{2}\b")),
    ("year", re.compile(rf"\b{_YEAR}\b")),
]
# Times of day: "alle 19:29", "le 23 locali", "attorno alle 20,30", "dalle 7 del mattino".
_AT = rf"\b(?:{as_listed(_P['hour_before'])})\s+"
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}\b"  # 19:29
    rf"|{_AT}\d{{1,2}}[.,]\d{{2}}\b"  # alle 20.30, alle 20,30
    rf"|{_AT}\d{{1,2}}(?=\s*(?:$|[;)\-–]|[,.:](?!\d)|(?:{as_listed(_P['hour_after'])})\b))",
    re.I,
)
# "alle 14", "dopo le 17 Salvini", "dalle 8 alle 14": an hour, unless a counted noun follows
# ("alle 14 persone evacuate")
_FUNCTION_WORDS = (DETERMINERS | ARTICLED | PLACE_PREPS | OF | AUX | CLITICS | ADVERBS | LINKS
                   | {"e", "ed", "o", "che", "circa", "locali", "ora", "italiane", "h", "di",
                      "in", "quando", "mentre", "dopo", "poi", "non", "c'è", "c’è"})
_HOUR = re.compile(rf"{_AT}(?P<h>\d{{1,2}})\b(?![.,:]\d)(?P<next>\s*[\wÀ-ÿ'’]*)", re.I)


def _is_hour(m: re.Match[str]) -> bool:
    nxt = m.group("next").strip()
    return int(m.group("h")) <= 24 and (not nxt or nxt[:1].isupper()
                                        or norm(nxt) in _FUNCTION_WORDS)


_SCALE_OR_UNIT_AFTER = re.compile(
    rf"\s*(?:{as_listed(_P['year_quantity_after'])}|%|per\s?cento)\b", re.I)
_QUALIFIED = re.compile(rf"(?:{as_listed(_P['year_quantity_before'])})\s+$")


def date_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every date, year and time of day in the sentence."""
    spans: list[tuple[int, int, str]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in spans)

    for kind, rx in _PATTERNS:
        for m in rx.finditer(sentence):
            if kind == "year" and rx.pattern == rf"\b{_YEAR}\b":
                before = sentence[max(0, m.start() - 12): m.start()].lower()
                # "2000 soldati", "oltre 2000 euro": a quantity, not a year
                if _SCALE_OR_UNIT_AFTER.match(sentence, m.end()) or _QUALIFIED.search(before):
                    continue
            if free(m.start(), m.end()):
                spans.append((m.start(), m.end(), kind))
    for m in _TIME.finditer(sentence):
        if free(m.start(), m.end()):
            spans.append((m.start(), m.end(), "time"))
    for m in _HOUR.finditer(sentence):
        if _is_hour(m) and free(m.start(), m.end("h")):
            spans.append((m.start(), m.end("h"), "time"))
    return sorted(spans)


def extract_dates(article: Article) -> list[DateMention]:
    """Every date and year the article mentions, in reading order, for a timeline."""
    out: list[DateMention] = []
    for sent in article.sentences:
        for start, end, kind in date_spans(sent.it):
            if kind == "time":
                continue
            text = sent.it[start:end]
            year = re.search(_YEAR, text)
            out.append(DateMention(
                it=text, context_it=sent.it, kind=kind,
                date=parse_italian_date(text) if kind == "day" else None,
                year=int(year.group()) if year else None,
            ))
    return out
