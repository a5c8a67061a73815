"""Crowd counts within a sentence: the number of people at a march, a sit-in or a strike
picket, as the police, the organisers or the unions give it.

"Per la Questura erano 4.500" (a side's bare number), "settemila secondo Filcams,
millecinquecento secondo la Questura" (the other side's bare number, set against the
police's crowd), "«Eravamo diecimila»" (a crowd counting itself): each is the crowd one
side counted, compared with the same side's count in other articles.
"""

from __future__ import annotations

import re

from briefing.data import Figure
from briefing.extract.figure_spans import start_of
from briefing.extract.units import PEOPLE_EN, words_re
from briefing.italian.tables import table

_F = table("figures")
_CROWD_CLAIMANTS = frozenset(_F["crowd_claimants"])
_NOT_CROWD = frozenset(_F["not_crowd_units"])
CROWD_MIN = 50  # fewer are a delegation, not a crowd
# "«Siamo almeno quattromila»", "«Eravamo in diecimila»": the speakers count themselves
_WE_WERE = re.compile(r"\b(?:" + words_re(_F["we_were"]).pattern + r")\s+(?:in\s+)?$", re.I)


def bare(f: Figure) -> bool:
    """A count that names nothing it counts."""
    return f.category == "count" and f.unit is None and not f.unit_it


def _crowdless(f: Figure) -> bool:
    return f.value < CROWD_MIN or f.category != "count" or bool(f.role)


def crowd(f: Figure) -> None:
    """"Per la Questura erano 4.500": a number of people (or a bare number) the police or
    the organisers give is the crowd they counted."""
    if f.subject == "crowd" and f.unit in _NOT_CROWD:
        f.subject = None  # "51 passeggeri" by a crowd word: no crowd
    if f.claimant not in _CROWD_CLAIMANTS or _crowdless(f):
        return  # "le persone evacuate sono state 420", per the prefecture: no crowd
    if bare(f):
        f.unit = "people"
    if f.unit in PEOPLE_EN and f.unit not in _NOT_CROWD:
        # "20mila medici per gli organizzatori": the crowd too; not "con 80 agenti", "51
        # passeggeri" the police count on a bus
        f.subject = "crowd"


def counter_crowds(figs: list[Figure]) -> None:
    """"settemila secondo Filcams, millecinquecento secondo la Questura": a bare number
    another source gives beside a side's crowd count is that source's count of the crowd."""
    counted = {f.claimant for f in figs if f.subject == "crowd" and f.claimant}
    for f in figs:
        if counted - {f.claimant} and f.claimant and bare(f) and not _crowdless(f):
            f.unit, f.subject = "people", "crowd"


def we_were(figs: list[Figure], s: str) -> None:
    """"«Siamo almeno quattromila»", "«Eravamo diecimila, forse di più»": a bare number
    the speakers give of themselves counts people — a crowd when it is one."""
    for f in figs:
        start = start_of(f, s)
        if start >= 0 and bare(f) and not _crowdless(f) and _WE_WERE.search(s, 0, start):
            f.unit = "people"
