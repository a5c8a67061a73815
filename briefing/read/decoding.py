"""Bytes → text: which encoding, what had to be repaired, and whether it is text at all.

Articles arrive in UTF-8, in UTF-8 with a stray bad byte, in Latin-1/Windows-1252 from old
Windows editors, in UTF-16 from Word. A file is never judged by one byte: it is binary only
when too few of its characters are text, so one NUL or a run of BEL characters is removed
and the article kept. Between UTF-8 with a few bad bytes and a single-byte encoding, the
reading that looks less garbled wins (charset-normalizer's mess measure), so a Latin-1 file
keeps "città" and a UTF-8 file with one bad byte keeps all its other accents.
"""

from __future__ import annotations

import re

from briefing.errors import InputError


class ReadError(InputError):
    """A file that cannot be turned into an article; the message is for the user."""


# Removed from every article: controls (tab, newline, carriage return and form feed aside),
# zero-width space, BOMs, and bidi embeddings/overrides/isolates (a U+202E in a title would
# reverse it on every screen it reaches).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\u202a-\u202e\u2066-\u2069]")
_HARMLESS = re.compile("[\u200b\ufeff]")
# What is not text: controls other than whitespace, and U+FFFD (a byte that did not decode).
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")
MIN_TEXT_SHARE = 0.8  # below this share of text-like characters, a file is binary
SAMPLE = 65536  # characters judged (text share, mess): enough to decide, bounded in time


def _utf16(raw: bytes) -> str | None:
    """UTF-16 with a BOM, or without one when every other byte of ASCII text is NUL."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError("not text: starts like UTF-16 but does not decode as UTF-16") \
                from None
    head = raw[:4096]
    if len(head) >= 16 and len(head) % 2 == 0:
        for encoding, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
            if zeros.count(0) > 0.9 * len(zeros):
                try:
                    return raw.decode(encoding)
                except UnicodeDecodeError:
                    return None
    return None


def _mess(text: str) -> float:
    from charset_normalizer.md import mess_ratio

    return mess_ratio(text[:SAMPLE])


def _single_byte(raw: bytes) -> str:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _guess(raw: bytes) -> tuple[str, str | None]:
    """Text of a file that is not valid UTF-8, and the note saying how it was read."""
    latin = _single_byte(raw)
    latin_note = "not UTF-8: read as Latin-1 (Windows-1252); check accented letters"
    if not _UTF8_MULTIBYTE.search(raw):
        return latin, latin_note
    utf8 = raw.decode("utf-8", errors="replace")
    bad = utf8.count("\ufffd")
    if _mess(utf8) <= _mess(latin):
        return utf8, (f"{bad} byte(s) that are not valid UTF-8 replaced by �; the rest read "
                      "as UTF-8")
    return latin, latin_note


def _is_binary(text: str) -> bool:
    sample = text[:SAMPLE]
    return len(_NOT_TEXT.findall(sample)) > (1 - MIN_TEXT_SHARE) * len(sample)


def decode(raw: bytes) -> tuple[str, str | None]:
    """Decode file bytes; returns the text and a note when something had to be repaired.

    UTF-8 (with or without BOM) and UTF-16 are read as such; other bytes as UTF-8 with
    the bad bytes replaced, or as Windows-1252/Latin-1, whichever reads less garbled. A
    file is binary when under 80 % of its characters are text; otherwise its control
    characters are removed and counted.
    """
    text = _utf16(raw)
    note = None
    if text is None:
        if not raw.strip():
            raise ReadError("empty file")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text, note = _guess(raw)
    if _is_binary(text):
        raise ReadError("binary file, not text")
    return _clean(text, note)


def _clean(text: str, note: str | None) -> tuple[str, str | None]:
    cleaned = _CONTROL.sub("", text)
    if not cleaned.strip():
        raise ReadError("empty file")
    removed = len(text) - len(cleaned) - len(_HARMLESS.findall(text))
    if removed:
        extra = f"{removed} control character(s) removed"
        note = f"{note}; {extra}" if note else extra
    return cleaned, note
