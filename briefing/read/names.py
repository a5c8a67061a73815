"""File names as the user sees them, and the article ids made from them.

A file name is whatever bytes a folder holds: escape sequences, a newline, a right-to-left
override (U+202E) that turns "txt.exe" into "exe.txt" on screen. Every name shown on a
terminal or put in an output goes through :func:`printable` first. Ids are unique within
a folder and depend only on its file names, so a re-run gives every article the same id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# C0/C1 controls and DEL; bidi embeddings, overrides, isolates and marks; line and
# paragraph separators; surrogates standing for undecodable bytes in a file name.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\udc80-\udcff]")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def _escape(m: re.Match) -> str:
    c = ord(m.group())
    if 0xDC80 <= c <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{c - 0xDC00:02x}"
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def printable(text: object) -> str:
    """Text safe for a terminal and for outputs: control and bidi characters shown as
    ``\\xNN``/``\\uNNNN``, never acted on."""
    return _UNSAFE.sub(_escape, str(text))


def base_name(name: str) -> str:
    """The name without its article extensions: 'a.html.txt' → 'a' (twins share it)."""
    lower = name.lower()
    while True:
        for suffix in ARTICLE_SUFFIXES:
            if lower.endswith(suffix) and len(lower) > len(suffix):
                name, lower = name[: -len(suffix)], lower[: -len(suffix)]
                break
        else:
            return name


def _stem(name: str) -> str:
    dot = name.rfind(".")
    return name[:dot] if dot > 0 else name


def article_ids(names: Iterable[str]) -> dict[str, str]:
    """An id for every file name of a folder: the name without its extension where that is
    unambiguous, else the whole name ('a.txt' and 'a.html' → 'a.txt', 'a.html').

    A stem is kept only if no other file has the same stem and no other file is named
    like it ('a.html' beside 'a.html.txt'), so ids never collide; they are printable, and
    two names that would print the same get '~2', '~3' in name order.
    """
    names = sorted(set(names))
    stems: dict[str, int] = {}
    for n in names:
        stems[_stem(n)] = stems.get(_stem(n), 0) + 1
    taken = set(names)
    ids: dict[str, str] = {}
    used: set[str] = set()
    for n in names:
        stem = _stem(n)
        candidate = printable(stem if stems[stem] == 1 and stem not in taken else n)
        unique, k = candidate, 1
        while unique in used:
            k += 1
            unique = f"{candidate}~{k}"
        used.add(unique)
        ids[n] = unique
    return ids
