"""Where a figure's words stand in their sentence, and the stretch of sentence around them
(between two kinds of edges: commas, semicolons, dashes, "mentre"): what the stages that
read a figure's neighbourhood share."""

from __future__ import annotations

import re

from briefing.data import Figure

# a figure's clause (up to commas, semicolons, dashes, "mentre", "ma", "invece") and its
# part of the sentence (commas do not end it)
CLAUSE_EDGES = re.compile(r"[,;:]|\s[-–—]\s|\b(?:mentre|ma|invece)\b", re.I)
PART_EDGES = re.compile(r"[;:]|\s[-–—]\s|\b(?:mentre|ma|invece)\b", re.I)


def start_of(f: Figure, s: str) -> int:
    """Where the figure's words start in ``s`` (its own sentence: the recorded offset)."""
    return f.at() if s == f.context_it else s.find(f.it)


def end_of(f: Figure, s: str) -> int:
    pos = start_of(f, s)
    return pos + len(f.it) if pos >= 0 else len(s)


def stretch(f: Figure, s: str, edges: re.Pattern[str]) -> tuple[str, int]:
    """The stretch of ``s`` around the figure between two ``edges``, and where the figure
    starts in it."""
    start, end = max(0, start_of(f, s)), end_of(f, s)
    left = max((m.end() for m in edges.finditer(s, 0, start)), default=0)
    right = min((m.start() for m in edges.finditer(s, end)), default=len(s))
    return s[left:right], start - left
