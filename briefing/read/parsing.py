"""Parsing an article's text (plain or Markdown) into metadata and paragraphs.

Articles arrive as copy-pasted text with real mess: markdown, photo credits, captions,
bylines, section labels and stray UI words. This keeps the article's paragraphs, takes
title/date/author/outlet from where newspapers put them (a front-matter block the user
wrote comes first), and drops the rest.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date, timedelta

from briefing.data import Paragraph, Sentence
from briefing.italian.calendar import (
    CLOCK,
    MONTH,
    STAMP,
    STAMP_AFTER,
    WEEKDAY,
    day_month,
    parse_italian_date,
)
from briefing.italian.grammar import AND, ARTICLED, DETERMINERS, OF
from briefing.italian.lexicon import first_names
from briefing.italian.tables import alternatives, table
from briefing.read.metadata import Meta, front_matter
from briefing.read.segmenting import split_sentences

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

DATE_RE = re.compile(
    rf"(?:{WEEKDAY},?\s+)?\d{{1,2}}[º°]?\s+{MONTH}\.?\s+\d{{4}}{CLOCK}?"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}{CLOCK}?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}{CLOCK}?",
    re.IGNORECASE,
)
# "Pyongyang (Nord Corea) - 13 ago 2025 (Prima Notizia 24)" opening a paragraph.
DATELINE_RE = re.compile(
    rf"^(?P<place>[A-ZÀ-Ü][^\n\-–]{{1,60}}?)\s+[-–]\s+(?P<date>{DATE_RE.pattern})"
    r"(?:\s*\((?P<outlet>[^)]{2,60})\))?\s*",
    re.IGNORECASE,
)
# Wire agencies whose name in a dateline states where the text comes from; only these are
# taken, since "(Russia) -" after a place name is a region, not a source.
WIRE_AGENCIES = ("ANSA", "AGI", "Adnkronos", "LaPresse", "Askanews", "Dire", "Agenzia Nova",
                 "Italpress", "Agenzia Fides", "Reuters", "AFP", "AP", "dpa", "EFE",
                 "Prima Notizia 24", "9colonne")
_WIRE_NAMES = {a.casefold(): a for a in WIRE_AGENCIES}
_AGENCY = "|".join(sorted({re.escape(f) for a in WIRE_AGENCIES
                           for f in (a, a.upper(), a[:1].upper() + a[1:].lower())}))
# "ROMA (ANSA) - …", "Roma, 3 set. (Adnkronos) - …", "(ANSA) - ROMA, 3 SET - …"
WIRE_DATELINE_RE = re.compile(
    rf"^(?:[A-ZÀ-Ü][\w'’.]*(?:\s+[A-ZÀ-Ü][\w'’.]*){{0,3}}(?:,\s*\d{{1,2}}\s+\w{{3,9}}\.?(?:\s+\d{{4}})?)?\s+)?"
    rf"\((?P<agency>{_AGENCY})\)\s*[-–—]\s*"
    r"(?:[A-ZÀ-Ü][A-ZÀ-Ü' ]{1,40},\s*\d{1,2}\s+[A-Za-z]{3}\.?\s*[-–—]\s*)?"
    r"(?P<rest>.*)$", re.S)
_CAP = rf"(?!(?i:{WEEKDAY})\b)[A-ZÀ-Ü][a-zà-ÿ'’]+"
NAME = rf"{_CAP}(?:\s+(?:de|di|da|del|della|van|von|{_CAP})){{1,3}}"
BYLINE_RE = re.compile(
    rf"(?i:^(?:di|by|a cura di))\s+(?P<name>{NAME})\s*(?:[|,–-]\s*)?(?P<rest>.*)$"
)
NAME_LINE_RE = re.compile(rf"^{NAME}$")
# "a cura della redazione Spettacoli | 2023-04-10"
META_LINE_RE = re.compile(r"^(?P<who>[^|]{0,80}?)\s*\|\s*(?P<date>[^|]+)$")
FOLDER_NOTES = re.compile(r"^(?:readme|sources?|license|changelog)\.(?:md|txt)$", re.IGNORECASE)
CREDIT_RE = re.compile(r"^(?:©|\(c\)|copyright\b|foto\b|photo\b|credit)", re.IGNORECASE)
CAPTION_RE = re.compile(
    r"[/|]\s*(?:Reuters|ANSA|AP|AFP|EPA|Getty(?: Images)?|LaPresse|Imagoeconomica|Ipa|Ansa)"
    r"\s*\.?$",
    re.IGNORECASE,
)
SECTION_PREFIX_RE = re.compile(
    r"^(?:Esteri|Politica|Cronaca|Economia|Mondo|Guerra|Interni|Attualità|Cultura|Sport)"
    r"(?:\s*[-–]\s*[^:]{1,30})?:\s*",
    re.IGNORECASE,
)
TERMINAL = tuple('.!?:;»"”)…')


def _strip_markdown(line: str) -> str:
    line = re.sub(r"^\s{0,3}#{1,6}\s*", "", line)
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links keep their text
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
    return line.replace("**", "").strip()


def _is_junk(line: str) -> bool:
    """Photo credits, captions credited to an agency, all-caps labels."""
    if CREDIT_RE.match(line) or CAPTION_RE.search(line):
        return True
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) <= 5 and len(letters) > 3 and all(c.isupper() for c in letters)


_STAMP = re.compile(STAMP)
_STAMP_AFTER = re.compile(STAMP_AFTER)


@functools.lru_cache(maxsize=1024)
def _is_date_line(line: str) -> date | None:
    """The day a line gives when it is nothing but a date, with its time or a page's stamp
    ("19 febbraio 2025, ore 7:15", "Aggiornato alle 18:40 del 20 febbraio 2025")."""
    line = _STAMP_AFTER.sub("", line.strip(" .|-–"))
    stamp = _STAMP.match(line)
    m = DATE_RE.fullmatch(line[stamp.end():] if stamp else line)
    return parse_italian_date(m.group()) if m else None


_MASTHEAD_WORDS = frozenset(table("reading")["masthead_words"])
_LITTLE = OF | DETERMINERS | ARTICLED | AND


_SITE = re.compile(r"(?:www\.)?[A-Za-z][A-Za-z0-9-]*\.(?:it|com|net|org|eu|info|news|tv)")


def _masthead(line: str) -> bool:
    """A newspaper's name on a line of its own ("Il Corriere di Saluzzo", "L'Eco delle
    Valli", "RetailItalia"): a few words, no digits or full stop, and a word of newspapers'
    names or a name joined of two capitalised words; one plain word is a section label."""
    words = line.split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in line) or line.endswith(TERMINAL):
        return False
    if len(words) == 1:  # "RetailItalia", "notiziegarfagnana.it" (a site's address)
        return bool(re.fullmatch(r"[A-ZÀ-Ü][a-zà-ÿ]+[A-ZÀ-Ü][A-Za-zÀ-ÿ]+", line)
                    or _SITE.fullmatch(line))
    heads = [re.split(r"['’]", w)[-1] for w in words]  # "L'Eco", "dell'Irpinia"
    # a name in title case: every word capitalised but the little ones ("delle", "di")
    return all(h[:1].isupper() or w.lower() in _LITTLE for w, h in zip(words, heads,
                                                                      strict=True)) \
        and any(h.lower() in _MASTHEAD_WORDS for h in heads)


# "Ciociaria News 24 · 15 febbraio 2026", "Trentino News – 9 agosto 2026"
_PARTS = re.compile(r"\s[|·•–—-]\s|\|")


def _meta_parts(line: str, meta: Meta) -> bool:
    """A line of parts split by '|' (or '·', '•', a dash) that dates the article ("Abruzzo Live |
    di Federica Di Marco | 13 gennaio 2026, 20:45", "di Viviana Mazza | 2025-01-05"): its date, its
    author (a byline, or a name opening with a first name) and its outlet (any other
    part)."""
    parts = [p.strip() for p in _PARTS.split(line)]
    days = [d for p in parts if (d := _is_date_line(p))]
    if len(parts) < 2 or not days or any(len(p.split()) > 8 for p in parts):
        return False
    meta.date = meta.date or days[0]
    for part in (p for p in parts if p and not _is_date_line(p)):
        who = re.sub(r"(?i)^(?:di|by|a cura (?:di|della|del))\s+", "", part)
        if who != part or who.split()[0].lower() in first_names():
            meta.author = meta.author or (who[:1].upper() + who[1:])
        else:
            meta.outlet = meta.outlet or part
    return True


def _dated_parts(line: str) -> bool:
    """A line of parts, one a date ("l'Attacco | 18 febbraio 2026 | di Andrea Soldi"): a
    header line of its own, though it opens in lower case."""
    return bool(_PARTS.search(line)) and any(_is_date_line(p.strip()) for p in _PARTS.split(line))


def _looks_like_title(line: str) -> bool:
    return len(line.split()) <= 30 and not line.endswith((".", ";"))


def _lines(text: str) -> list[str]:
    """Logical lines: blank-line blocks, with hard-wrapped lines joined back."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current = ""
        for raw in block.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if (current and not current.endswith(TERMINAL) and line[:1].islower()
                    and not BYLINE_RE.match(line) and not META_LINE_RE.match(line)
                    and not _dated_parts(line)):
                current += " " + line
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return out


def _split_header(lines: list[str], meta: Meta) -> list[str]:
    """Take title, byline, date and labels off the top; return the remaining lines."""
    header_end = 0
    for i, line in enumerate(lines[:8]):
        if _is_junk(line):
            header_end = i + 1
            continue
        d = _is_date_line(line)
        if d:
            meta.date = meta.date or d
            header_end = i + 1
            continue
        if _PARTS.search(line) and _meta_parts(line, meta):
            header_end = i + 1
            lines[i] = ""
            continue
        by = BYLINE_RE.match(line)
        if by and (not by.group("rest") or _is_date_line(by.group("rest"))):
            meta.author = meta.author or by.group("name")
            meta.date = meta.date or (_is_date_line(by.group("rest")) if by.group("rest") else None)
            header_end = i + 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if NAME_LINE_RE.match(line) and _is_date_line(nxt) and not _masthead(line):
            meta.author = meta.author or line
            header_end = i + 1
    header = [ln for ln in lines[:header_end] if ln and not _is_junk(ln)]
    body = lines[header_end:]
    # what is left of the header: [section label], title, standfirst lines
    header = [
        ln for ln in header
        if not _is_date_line(ln) and not BYLINE_RE.match(ln) and ln != meta.author
    ]
    if header and _masthead(header[0]) and (len(header) > 1 or body and len(body) > 1
                                            and _looks_like_title(body[0])):
        meta.outlet = meta.outlet or header[0]  # the paper's name above its headline
        header = header[1:]
    if header and len(header[0].split()) == 1 and len(header) > 1:
        header = header[1:]  # section label such as "Guerra"
    if not header and body and _looks_like_title(body[0]) and len(body) > 1:
        header, body = [body[0]], body[1:]
    if header and _looks_like_title(header[0]):
        meta.title = meta.title or SECTION_PREFIX_RE.sub("", header[0]).strip()
        header = header[1:]
    return header + body


def _split_footer(lines: list[str], meta: Meta) -> list[str]:
    """Byline/date lines and one-word UI leftovers ("Today") at the bottom."""
    while lines:
        last = lines[-1]
        by = BYLINE_RE.match(last)
        if by:
            rest = by.group("rest").strip()
            d = _is_date_line(rest) if rest else None
            if rest and not d:
                break
            meta.author = meta.author or by.group("name")
            meta.date = meta.date or d
        elif _is_date_line(last):
            meta.date = meta.date or _is_date_line(last)
        elif len(last.split()) == 1 and not last.endswith(TERMINAL):
            pass
        elif _is_junk(last):
            pass
        else:
            break
        lines = lines[:-1]
    return lines


# an agency dateline's day with no year: "(ANSA) - CHIARI (BRESCIA), 15 FEB -", "Atene, 23
# set. (askanews) -", "(DIRE) Roma, 31 mar. -"
# With its year it dates the article: "BARI, 18 novembre 2026 - …", "Verona, 17 settembre
# 2025 – …"
_DAY_DATELINE = re.compile(r"^(?:\([^)]{2,30}\)\s*[-–—]?\s*)?[A-ZÀ-Üa-zà-ü'’() ]{2,50},\s*"
                           r"(?P<day>\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:\s+(?P<year>\d{4}))?\s*"
                           r"(?:\([^)]{2,30}\)\s*)?[-–—]")


# an opening that names its own day: "Paura nel primo pomeriggio di oggi, sabato 14 marzo"
_TODAY = re.compile(rf"\b(?:{alternatives(table('calendar')['today_words'])}|(?P<yesterday>"
                    rf"{alternatives(table('calendar')['yesterday_words'])}))\s*,?\s+"
                    rf"{WEEKDAY}\s+(?P<day>\d{{1,2}}\s+{MONTH})\b", re.I)


def _day_of(m: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) an opening's "oggi, sabato 14 marzo" names; "ieri, …" the day after."""
    day = day_month(m.group("day"))
    if day and m.re is _TODAY and m.group("yesterday"):
        try:  # most years have no 29 February: the day after the 28th is 1 March
            after = date(2001, *day) + timedelta(days=1)
        except ValueError:  # "29 febbraio" (a leap year's), or "31 aprile": no such day
            return (3, 1) if day == (2, 29) else None
        return after.month, after.day
    return day


def _dateline(lines: list[str], meta: Meta) -> list[str]:
    """A dateline opening the first paragraphs gives place, date and outlet: "Pyongyang -
    13 ago 2025 (Prima Notizia 24)", or a wire agency's "ROMA (ANSA) -"; with none, an
    opening's "oggi, sabato 14 marzo" gives its day."""
    day = next((m for line in lines[:3] if (m := _DAY_DATELINE.match(line))), None) \
        or next((m for line in lines[:3] if (m := _TODAY.search(line))), None)
    meta.day = _day_of(day) if day else None
    if day and day.re is _DAY_DATELINE and day.group("year"):
        meta.date = meta.date or parse_italian_date(f"{day.group('day')} {day.group('year')}")
    for i, line in enumerate(lines[:3]):
        m = DATELINE_RE.match(line)
        if m:
            d = parse_italian_date(m.group("date"))
            if d is None:
                continue
            meta.date = meta.date or d
            meta.outlet = meta.outlet or (m.group("outlet") or "").strip() or None
            rest = line[m.end():].strip()
            return lines[:i] + ([rest] if rest else []) + lines[i + 1:]
        m = WIRE_DATELINE_RE.match(line)
        if m and m.group("rest"):
            meta.outlet = meta.outlet or _WIRE_NAMES[m.group("agency").casefold()]
            return lines[:i] + [m.group("rest")] + lines[i + 1:]
    return lines


# A wire agency signing the end of its copy: "… settentrionale. (ANSA)."
SIGNATURE_RE = re.compile(rf"\s*\((?P<agency>{_AGENCY})\)\.?$")


def _signature(lines: list[str], meta: Meta) -> list[str]:
    """The agency's closing signature names the outlet and is no part of the text."""
    m = SIGNATURE_RE.search(lines[-1]) if lines else None
    if not m:
        return lines
    meta.outlet = meta.outlet or _WIRE_NAMES[m.group("agency").casefold()]
    rest = lines[-1][:m.start()].rstrip()
    return lines[:-1] + ([rest] if rest else [])


def _paragraphs(lines: Iterable[str]) -> list[Paragraph]:
    paras = []
    for line in lines:
        if _is_junk(line):
            continue
        heading = len(line.split()) <= 8 and not line.rstrip('"”»').endswith(TERMINAL[:-4])
        paras.append(Paragraph([Sentence(s) for s in split_sentences(line)], heading=heading))
    return [p for p in paras if p.sentences]


def parse_text(text: str, *, markdown: bool = False,
               front: bool = True) -> tuple[Meta, list[Paragraph]]:
    """Parse plain text or markdown into metadata and paragraphs; with ``front``, a YAML
    front-matter block opening the text states metadata first."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    meta, text = front_matter(text) if front else (Meta(), text)
    lines = _lines(text)
    lines = [_strip_markdown(ln) for ln in lines] if markdown or any(
        ln.startswith("#") or "**" in ln for ln in lines
    ) else lines
    lines = [ln for ln in lines if ln]
    lines = _split_header(lines, meta)
    lines = _split_footer(_signature(lines, meta), meta)
    lines = _signature(_dateline(lines, meta), meta)
    return meta, _paragraphs(lines)
