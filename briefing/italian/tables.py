"""The Italian word tables, shipped as data files in ``briefing/italian/data``, each read once.

Like dateparser's language files and textacy's reporting verbs, the words live apart from
the rules that use them: ``nouns.tsv`` (people, bodies, places and texts, with what each
can be), ``units.tsv`` (what a figure counts), and JSON for function words, verbs of
saying, offices, quantities, the calendar, events, the words of the extraction patterns
(``patterns.json``) and of a page's header (``reading.json``). Keys starting with ``_`` are
comments.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any


def _text(name: str) -> str:
    return resources.files("briefing.italian").joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def table(name: str) -> dict[str, Any]:
    """The JSON table ``data/<name>.json`` without its comment keys."""
    data = json.loads(_text(f"{name}.json"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first: a space matches any run of spaces,
    an apostrophe either form ("un'altra", "un’altra")."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                            for w in words), key=len, reverse=True))


def words(name: str, key: str) -> frozenset[str]:
    """One word list of a JSON table, as a set."""
    return frozenset(table(name)[key])


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/<name>.tsv`` (comment lines start with '#')."""
    out = []
    for line in _text(f"{name}.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(out)


@functools.cache
def noun_tags() -> dict[str, frozenset[str]]:
    """Each noun of ``nouns.tsv`` with its tags (speaker, institution, venue, …)."""
    return {row[0]: frozenset(row[1].split(",")) for row in rows("nouns")}


@functools.cache
def tagged(tag: str) -> frozenset[str]:
    """The nouns carrying ``tag``."""
    return frozenset(w for w, tags in noun_tags().items() if tag in tags)


def words_of_text(name: str) -> frozenset[str]:
    """The words of a plain word list (``data/<name>``), lowercase; '#' starts a comment."""
    return frozenset(w.lower() for line in _text(name).splitlines()
                     if not line.startswith("#") for w in line.split())
