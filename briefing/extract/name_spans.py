"""Where a name starts and ends inside a longer phrase: a body's number ("l'Asl Roma 1"), a
body's name headed by a common noun ("la Soprintendenza di Pisa e Livorno", "Autostrade per
l'Italia"), a couple or a name joined by "e" ("Bill e Hillary Clinton", "Fondazione Arte e
Seta") — the spans the resolver keeps whole."""

from __future__ import annotations

import re

from briefing.italian.grammar import DETERMINERS, NOT_NAMES, is_cap, norm
from briefing.italian.lexicon import is_common_word, is_given_name, is_verb_form
from briefing.italian.tables import words

_NUMBERED = frozenset(words("speech", "numbered_bodies"))
_FOR_THE = (["per", "l'"], ["per", "la"], ["per", "il"], ["per", "le"], ["per", "i"],
            ["per", "gli"])


def numbered_end(toks: list[tuple[str, int, int]], i: int, j: int) -> int:
    """"la Usl Umbria 2", "l'Asl Roma 1": a health authority's number ends its name;
    "Aeroporti per la Sicilia": a body's name of a common noun goes on past "per la"."""
    if j < len(toks) and norm(toks[i][0]) in _NUMBERED and re.fullmatch(r"\d{1,2}", toks[j][0]):
        return j + 1
    if j - i == 1 and j + 2 < len(toks) and is_common_word(toks[i][0]) \
            and [norm(t) for t, _, _ in toks[j:j + 2]] in _FOR_THE and is_cap(toks[j + 2][0]):
        return j + 3
    return j


def body_start(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where a body's name starts that a place ends ("la Soprintendenza di Pisa e Livorno",
    "Autostrade per l'Italia"): at the common noun that heads it, past "di" or "per l'"."""
    for back in (2, 3):
        k = i - back
        if k < 0 or not is_cap(toks[k][0]) or not is_common_word(toks[k][0]) \
                or is_given_name(toks[k][0]) or k and is_cap(toks[k - 1][0]):
            continue
        link = [norm(t) for t, _, _ in toks[k + 1:i]]
        if link == ["di"] or link in _FOR_THE:
            return k
    return i


def couple_start(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where a name joined by "e" starts: "Bill e Hillary Clinton" keeps the couple
    together; "La Fondazione Arte e Seta", "Turismo Torino e Provincia" go back to where
    the capitals start (past no article, verb or stop word)."""
    if i >= 2 and norm(toks[i - 1][0]) == "e" and is_cap(toks[i - 2][0]):
        i -= 2
        while i and is_cap(toks[i - 1][0]) and not is_verb_form(norm(toks[i - 1][0])) \
                and norm(toks[i - 1][0]) not in DETERMINERS | NOT_NAMES:
            i -= 1
    return i
