"""An article's metadata: what the user states (front matter) and what is believable.

A user can state title, date, outlet, author and url in a YAML block opening a .txt or .md
file (see the README); what the user states wins over what is read from the text. Dates
read from a page or a text are checked: a date in the future or before 1950 is a
placeholder or a typo far more often than a real date, so it is dropped with a note and
the article is undated rather than misdated.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefing.italian.calendar import parse_italian_date

FRONT_KEYS = ("title", "date", "outlet", "author", "url")
EARLIEST = date(1950, 1, 1)
_FENCE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MAX_FRONT = 10_000  # characters: a front-matter block is a few lines
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_URL = re.compile(r"https?://[^\s<>\"'`]+", re.I)


@dataclass
class Meta:
    """What is known about an article besides its text; ``notes`` are for the user."""

    title: str | None = None
    date: date | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    day: tuple[int, int] | None = None  # (month, day) of a dateline with no year
    notes: list[str] = field(default_factory=list)
    stated: set[str] = field(default_factory=set)  # fields given in front matter


def believable(d: date | None, meta: Meta, where: str = "") -> date | None:
    """The date, or None (with a note) when it is in the future or before 1950."""
    if d is None:
        return None
    shown = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if d > date.today() + timedelta(days=1):
        meta.notes.append(f"{where}dated {shown}, in the future: treated as undated")
        return None
    if d < EARLIEST:
        meta.notes.append(f"{where}dated {shown}, before {EARLIEST.year}: taken for a "
                          "placeholder, treated as undated")
        return None
    return d


def _text_value(key: str, value: object, meta: Meta) -> str | None:
    if isinstance(value, (dict, list, set, tuple)) or value is None:
        meta.notes.append(f"front matter: {key} is not a line of text: ignored")
        return None
    text = " ".join(str(value).split())
    if not text or len(text) > 300:
        meta.notes.append(f"front matter: {key} is empty or longer than 300 characters: "
                          "ignored")
        return None
    return text


def _date_value(value: object, meta: Meta) -> date | None:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, date):
        return believable(value, meta, "front matter: ")
    text = str(value).strip()
    try:
        parsed = date.fromisoformat(text[:10]) if re.match(r"\d{4}-\d\d-\d\d", text) else None
    except ValueError:
        parsed = None
    parsed = parsed or parse_italian_date(text[:60])
    if parsed is None:
        meta.notes.append(f"front matter: date {text[:40]!r} is not a date (use 2025-09-03): "
                          "ignored")
        return None
    return believable(parsed, meta, "front matter: ")


def _apply(data: dict, meta: Meta) -> None:
    for raw_key, value in data.items():
        key = str(raw_key).strip().lower()
        if key not in FRONT_KEYS:
            meta.notes.append(f"front matter: unknown field {str(raw_key)[:30]!r} ignored "
                              f"(known: {', '.join(FRONT_KEYS)})")
            continue
        if key == "date":
            meta.date = _date_value(value, meta)
        else:
            text = _text_value(key, value, meta)
            if key == "url" and text and not _URL.fullmatch(text):
                meta.notes.append("front matter: url is not an http(s) address: ignored")
                text = None
            setattr(meta, key, text)
        if getattr(meta, key) is not None:
            meta.stated.add(key)


def _plain_lines(block: str) -> dict | None:
    """'key: value' lines taken as written (a title may hold a colon, which YAML refuses)."""
    data = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _KEY_LINE.match(line)
        if not m or m.group("key").lower() not in FRONT_KEYS:
            return None
        value = m.group("value")
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        data[m.group("key")] = value
    return data or None


def front_matter(text: str) -> tuple[Meta, str]:
    """Metadata from a YAML block opening the text ('---' … '---'), and the rest of the text.

    A block that is not YAML, or names none of title/date/outlet/author/url, is left in the
    text (a file may open with a rule drawn in dashes) with a note.
    """
    meta = Meta()
    m = _FENCE.match(text)
    if not m or m.end() > _MAX_FRONT:
        return meta, text
    import yaml

    block = m.group("yaml") or ""
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        data = _plain_lines(block)  # "title: Putin a Kim: …" is not YAML, but is clear
        if data is None:
            problem = " ".join(str(exc).split())[:80]
            meta.notes.append(f"the '---' block opening the file is not YAML front matter "
                              f"({problem}): read as text")
            return meta, text
    if not isinstance(data, dict) or not {str(k).lower() for k in data} & set(FRONT_KEYS):
        meta.notes.append("the '---' block opening the file names none of "
                          f"{', '.join(FRONT_KEYS)}: read as text")
        return meta, text
    _apply(data, meta)
    return meta, text[m.end():]
