"""What befell the people a count names: "tre arresti", "400 persone sono state evacuate",
"evacuate 400 persone", "Quattro uomini, …, sono stati fermati" → arrested, evacuated. The
words of each role are data (``people_roles`` in ``italian/data/figures.json``); counts with
one role are one quantity across a story's articles."""

from __future__ import annotations

import re

from briefing.data import Figure
from briefing.extract.figure_kinds import PEOPLE_ROLES, PEOPLE_UNITS
from briefing.extract.figure_spans import PART_EDGES, end_of, start_of, stretch
from briefing.extract.units import (
    PEOPLE,
    PEOPLE_EN,
    clause_around,
    noun_after,
    subject_words_after,
)

# units (units.tsv, English) that say what happened to the people counted
ROLE_UNITS = {"arrests": "arrested", "arrested": "arrested", "displaced": "evacuated",
              "evacuated": "evacuated", "evacuees": "evacuated",
              "reported to police": "reported", "escapees": "escaped",
              "under investigation": "investigated", "defendants": "investigated"}

# the participle set off after the people counted: "nei confronti di quattro persone, indagate"
_APPOSED_PARTICIPLE = re.compile(r"\s*[a-zà-ÿ]+\s*,\s*(?P<p>[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,3})", re.I)


def people_role(f: Figure, s: str) -> str | None:
    """What happened to the people a count names: "tre arresti", "tre persone arrestate",
    "400 persone sono state evacuate", "evacuate 400 persone" → arrested, evacuated (None:
    nothing, or two things, are said)."""
    if f.category not in ("count", "troops"):
        return f.role
    end = end_of(f, s)
    noun = noun_after(s, end) or (f.unit_it or "")
    if noun in PEOPLE_ROLES:
        return PEOPLE_ROLES[noun]
    if f.unit in ROLE_UNITS:  # "gli sfollati sono saliti a 1.200"
        return ROLE_UNITS[f.unit]
    if f.unit not in PEOPLE_UNITS and f.unit not in PEOPLE_EN and noun not in PEOPLE \
            and f.category != "troops":
        return None
    clause = clause_around(s, end)
    at = clause.find(f.it)
    after = clause[at + len(f.it):] if at >= 0 else ""
    near = " ".join(re.findall(r"[a-zà-ÿ']+", after.lower())[:5])  # "persone sono state evacuate"
    before = clause[:max(0, at)].lower()
    apposed = _APPOSED_PARTICIPLE.match(s, end)  # "quattro persone, indagate a vario titolo"
    roles = _roles_said(near)
    if not roles and apposed:
        roles = _roles_said(apposed.group("p").lower(), "^")
    roles = roles or _roles_said(subject_words_after(s, start_of(f, s), end))
    if not roles:  # "evacuate 400 persone", "il numero delle persone evacuate sale a 700"
        roles = _roles_said(before)
    if not roles and re.search(r"\b(?:sono|erano|salgono|saliti|salite)\s*$", before):
        # "le persone colpite nelle tre province di Zambezia, Nampula e Sofala sono 480mila"
        part, at_part = stretch(f, s, PART_EDGES)
        roles = _roles_said(part[:at_part].lower(), r"persone\s+")
    if not roles:
        roles = _predicate_roles(f, s) or _announced_roles(f, s)
    return roles.pop() if len(roles) == 1 else None


# after a colon, what may stand before the count: "secondo la Protezione civile sono", "quasi"
_AFTER_COLON = re.compile(r":\s*(?:(?:secondo|per)\s+[^,;:]{1,40}?\s+)?(?:(?:sono|erano)\s+)?$",
                          re.I)


def _announced_roles(f: Figure, s: str) -> set[str]:
    """"Restano fuori casa i residenti delle due palazzine: sono quindici famiglie, 42
    persone", "il conteggio delle persone evacuate: quasi duemila": a count right after a
    colon takes the role the words before it announce."""
    m = _AFTER_COLON.search(s, 0, start_of(f, s))
    if not m or f.subject == "crowd":  # "…: 300 persone in piazza" are no evacuees
        return set()
    return _roles_said(re.split(r"[:;]", s[:m.start()])[-1].lower())


def _roles_said(text: str, lead: str = "") -> set[str]:
    """The roles the words of ``text`` give people ("evacuate": evacuated), each word
    after ``lead`` when one is given ("persone colpite")."""
    return {r for w, r in PEOPLE_ROLES.items() if re.search(rf"\b{lead}{w}\b", text)}


_PASSIVE = re.compile(r"\b(?:sono|erano|saranno|furono|vengono|venivano)\s+(?:stat[ie]\s+)?"
                      r"(?:(?:poi|già|anche|subito)\s+)?(?P<word>[a-zà-ÿ]+)", re.I)


def _predicate_roles(f: Figure, s: str) -> set[str]:
    """A count opening its sentence as the subject takes the role its verb gives, past an
    apposition: "Quattro uomini, tutti residenti a Cerignola, sono stati fermati"."""
    start = start_of(f, s)
    if start < 0 or re.search(r"[\w'’]", re.sub(r"^\W*(?:i|gli|le|altri|altre)\b", "",
                                                s[:start], flags=re.I)):
        return set()
    m = _PASSIVE.search(s, end_of(f, s))
    if not m:
        return set()
    # "sono stati fermati", "sono stati fatti uscire": a role of one word or two
    return _roles_said(s[m.start("word"):m.start("word") + 30].lower().rstrip(), "^")


_HOUSEHOLDS = frozenset({"families", "households"})
# "40 famiglie, in tutto circa 110 persone": the same people counted by household and by head
_APPOSED = re.compile(r"\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s*,\s*"
                      r"(?:(?:in\s+tutto|in\s+totale|complessivamente|cioè)\s+)?$"
                      r"|\s*,\s*per\s+un\s+totale\s+di\s+$", re.I)  # "sono 17, per un totale di 41"


def apposed_roles(figs: list[Figure], s: str) -> None:
    """"Circa 40 famiglie, in tutto circa 110 persone, sono state fatte uscire", "evacuate
    18 famiglie, 46 persone in tutto": households and the people in them, set side by side,
    are one group of people — what befell one befell the other."""
    for a, b in zip(figs, figs[1:], strict=False):
        units = {a.unit, b.unit}
        if len(units & _HOUSEHOLDS) != 1 or not units & PEOPLE_EN - _HOUSEHOLDS \
                or a.category != "count" or b.category != "count" \
                or not _APPOSED.match(s[end_of(a, s):start_of(b, s)]):
            continue
        if bool(a.role) != bool(b.role):
            a.role = b.role = a.role or b.role
