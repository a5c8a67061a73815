"""Colon rules for people a sentence brings in before a quote: presented ("Accanto a lui
c'era Hardeep Kaur, portavoce della comunità:"), unnamed and verbless ("Tra loro un
ambulante:", "Più disincantato un condomino del terzo piano:"), unnamed opening the clause
("Una specializzanda in pediatria mostra il cedolino:"), or by first name with who they
are ("Tra loro Giuseppe, infermiere di 58 anni:"); and where a clause's first verb is."""

from __future__ import annotations

import re

from briefing.extract.discourse import Discourse, Voice
from briefing.extract.found import Before, Found, How
from briefing.extract.phrases import person_phrase_end
from briefing.extract.units import as_listed
from briefing.extract.wordkinds import is_verb_like
from briefing.italian.grammar import (
    ARTICLED,
    DETERMINERS,
    INDEFINITE,
    OF,
    PLACE_PREPS,
    PREMODIFIERS,
    is_cap,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_given_name
from briefing.italian.nouns import is_person_noun
from briefing.italian.tables import alternatives, table

_P = table("patterns")

AUX_VERB = re.compile(rf"(?<=[\s,])(?:{as_listed(_P['colon_auxiliaries'])})\s+"
                       r"(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+(?:at|it|ut|ss|st|rt|rs|tt|nt|s)[oaie]\b")


def first_verb(clause: str) -> int | None:
    """Where the first verb of a clause starts (roles, articles and premodifiers are none)."""
    return next((s for t, s, _ in tokens(clause) if not is_cap(t) and is_verb_like(t)
                 and norm(t) not in OF | PREMODIFIERS | DETERMINERS and not is_person_noun(t)),
                None)


# "c'era", "c'è anche", "c'era pure": someone comes on the scene
_THERE_IS = rf"\b[Cc]['’](?:{as_listed(_P['presenting_copulas'])})\s+(?:anche\s+|pure\s+)?"
_PRESENTED = re.compile(_THERE_IS + r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})"
                        r"\s*,\s*(?P<role>[^,;]*):$")


# "Al taglio del nastro c'era anche il viceministro delle Infrastrutture, Giuseppe
# Lanzafame:": who they are first, then the name
_PRESENTED_ROLE_FIRST = re.compile(
    _THERE_IS + r"(?P<role>(?:il|la|lo|l['’])\s*[a-zà-ÿ]+(?:\s+[^,;:]{1,50})?)\s*,\s*"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}):$")


def presented_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Accanto a lui c'era Hardeep Kaur, portavoce della comunità: «…»": the person the
    sentence presents, with who they are, speaks."""
    m = _PRESENTED.search(b.plain) or _PRESENTED_ROLE_FIRST.search(b.plain)
    role = tokens(m.group("role")) if m else []
    head = next((t for t, _, _ in role if norm(t) not in DETERMINERS), "")
    if not m or not (is_given_name(m.group("name").split()[0]) or is_person_noun(head)):
        return _someone_beside(b)
    return Found(d.res.reg.full_name(m.group("name")), How.COLON)


def _someone_beside(b: Before) -> Found | None:
    """"Accanto a lui una fioraia di via Altinate: «…»": a clause with no verb that brings
    in someone unnamed, by an indefinite article and a person's noun, before the colon."""
    found = _unnamed_np(b)
    if found is None:
        return None
    _, m, rest, end = found
    if end == len(rest) or end == len(rest) - 1 and not is_verb_like(rest[end][0]):
        return Found(m.group().strip(), How.COLON)  # no verb: "Tra loro un ambulante:"
    return None


def someone_opens(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Una specializzanda in pediatria di Napoli mostra il cedolino: «…»": someone unnamed
    who opens the clause before the colon as its subject (a verb the other rules do not
    read as one) speaks."""
    found = _unnamed_np(b)
    if found is None:
        return None
    clause, m, rest, end = found
    if end >= len(rest) - 1 or is_person_noun(rest[end][0]):
        return None  # "un capo elettricista romano …": a role of two nouns, not a verb after
    return Found(clause[m.start():m.end("head") + (rest[end - 1][2] if end else 0)].strip(),
                 How.COLON)


# "Più disincantato un condomino:", "Preoccupato anche un commerciante:": a predicate
# opening a verbless clause, its subject after it
_PREDICATE_LEAD = re.compile(r"^\W*(?:(?:ancora|molto|ben|più|meno|altrettanto)\s+)*"
                             r"[a-zà-ÿ]+[oaie](?:\s+(?:anche|pure))?\s*$", re.I)


def _unnamed_np(b: Before) -> tuple | None:
    """The clause before the colon, the indefinite phrase naming a person that starts it
    (past a verbless lead, "Accanto a lui"), the words after its noun and where the phrase
    ends among them."""
    if not b.plain.endswith(":"):
        return None
    clause = re.split(r"[.!?;]\s", b.plain[:-1])[-1]
    m = re.search(rf"\b(?:{alternatives(INDEFINITE)})\s*(?P<head>[a-zà-ÿ]+)[^,;:]*$", clause,
                  re.I)
    lead = tokens(clause[:m.start()]) if m else []
    if not m or first_verb(clause[:m.start()]) is not None \
            and not _PREDICATE_LEAD.match(clause[:m.start()]) \
            or not is_person_noun(m.group("head")) or any(is_person_noun(t) for t, _, _ in lead) \
            or lead and norm(lead[-1][0]) in OF | PLACE_PREPS | ARTICLED:
        return None  # "il presidente di un'associazione mi ha detto:": not the subject
    rest = tokens(clause[m.end("head"):])
    end = person_phrase_end(rest)
    return None if end is None else (clause, m, rest, end)


def first_name_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Tra loro Giuseppe, infermiere di 58 anni: «…»": people the article names by first
    name only, with who they are in apposition."""
    if not b.plain.endswith(":"):
        return None
    parts = [p.strip() for p in b.plain[:-1].split(",")]
    if len(parts) < 2 or not parts[-1]:
        return None
    toks, appos = tokens(parts[-2]), tokens(parts[-1])
    if not toks or not appos or not is_given_name(toks[-1][0]) or (
            len(toks) > 1 and is_cap(toks[-2][0])):
        return None
    head = norm(appos[0][0]) if norm(appos[0][0]) not in ("un", "una", "uno") else (
        norm(appos[1][0]) if len(appos) > 1 else "")
    if is_person_noun(head) or re.fullmatch(r"\d{1,3} anni", parts[-1]):
        return Found(toks[-1][0], How.COLON)
    return None
