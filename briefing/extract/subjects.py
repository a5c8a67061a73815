"""Subjects found past what opens a sentence: a person named after an opening phrase ('Dopo
il fischio finale Ferrante è corso …'), someone unnamed after one ('Davanti alla stazione
un pendolare …') — the subjects leading_np cannot see because the sentence does not open
with them."""

from __future__ import annotations

from briefing.extract.phrases import np_after
from briefing.extract.resolver import Resolver, unnamed_person
from briefing.extract.wordkinds import is_verb_like
from briefing.italian.grammar import (
    ARTICLED,
    AUX,
    CLITICS,
    DETERMINERS,
    INDEFINITE,
    OF,
    PLACE_PREPS,
    is_cap,
    name_key,
    norm,
    tokens,
)
from briefing.italian.nouns import is_person_noun

Token = tuple[str, int, int]


def unnamed_subject(res: Resolver, clause: str) -> str | None:
    """'Davanti alla stazione un pendolare diretto a Orte non nasconde la rabbia': the
    someone, unnamed, a clause after an opening phrase is about."""
    toks = tokens(clause)
    for k in range(1, min(len(toks) - 1, 8)):
        if norm(toks[k][0]) in INDEFINITE \
                and norm(toks[k - 1][0]) not in PLACE_PREPS | OF | ARTICLED \
                and is_person_noun(toks[k + 1][0]):
            who = res.name_of(np_after(clause[toks[k][1]:]), 0)
            return who if who and unnamed_person(who) else None
    return None


def _opens_verb(tok: str) -> bool:
    return norm(tok) in AUX | CLITICS or is_verb_like(norm(tok))


def _verb_after(toks: list[Token], end: int) -> bool:
    """A verb right after a name, or past up to two phrases set off by commas ("Ada Neri,
    46 anni, figlia del fondatore, ha …")."""
    if end < len(toks) and _opens_verb(toks[end][0]):
        return True
    pos = end
    for _ in range(2):
        if pos >= len(toks) or toks[pos][0] != ",":
            return False
        close = next((j for j in range(pos + 1, min(len(toks), pos + 14))
                      if toks[j][0] in ",;:."), None)
        if close is None or toks[close][0] != "," or close + 1 >= len(toks):
            return False
        if _opens_verb(toks[close + 1][0]):
            return True
        pos = close
    return False


def person_after_adjunct(res: Resolver, sentence: str) -> str | None:
    """'Prima di salutarci Caselli ci accompagna …', 'Dopo il fischio finale Ferrante è
    corso …', 'Nel pomeriggio l'ad Ada Neri, 46 anni, ha incontrato …': a person the article
    names, the subject of the verb right after an opening phrase (and the name's
    appositions)."""
    toks = tokens(sentence)
    for k in range(1, min(len(toks) - 1, 8)):
        before = norm(toks[k - 1][0])
        if toks[k - 1][0] in ",;:«»\"“”()" or before in PLACE_PREPS | OF | ARTICLED \
                | DETERMINERS or is_cap(toks[k - 1][0]):
            continue
        for end in (k + 2, k + 1):  # "Alberto Caselli", "Caselli"
            if end >= len(toks) or not all(is_cap(w) for w, _, _ in toks[k:end]):
                continue
            full = res.reg.full_name(sentence[toks[k][1]:toks[end - 1][2]])
            person = res.reg.people.get(name_key(full))
            if person and person.is_person and _verb_after(toks, end):
                return full
    return None
