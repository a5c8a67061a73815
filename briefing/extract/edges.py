"""The noun phrase at either edge of a segment of a sentence: the one closing it, before a
verb or a colon ("Affacciato …, Jorge Mario Bergoglio"), and the one opening it ("Il
sindaco, …"), past adverbs and links but not past a preposition ("tra Orvieto e Terni",
"dopo una lunga pausa": a place or a time, no subject)."""

from __future__ import annotations

import re

from briefing.extract.phrases import Phrase, aside_after, classify
from briefing.extract.wordkinds import is_verb_like
from briefing.italian.grammar import (
    ADVERBS,
    ARTICLED,
    AUX,
    BEFORE_VERB,
    CLITICS,
    DETERMINERS,
    NAME_LINKS,
    OF,
    PARTICIPLE_ENDING,
    PLACE_PREPS,
    PLURAL_DETERMINERS,
    SURNAME_PARTICLES,
    is_cap,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_common_word, is_given_name, is_verb_form
from briefing.italian.nouns import TITLES, is_person_noun
from briefing.italian.speech import is_speech_word
from briefing.italian.tables import table

_P = table("patterns")


def trailing_np(segment: str, known: frozenset[str] = frozenset()) -> Phrase | None:
    """The noun phrase ending a segment: 'Affacciato … apostolico, Jorge Mario Bergoglio';
    "Dal Bo" where the article ``known`` both words as a name's."""
    toks = tokens(segment)
    if not toks:
        return None
    k = len(toks)
    start = None
    while k > 0:
        t, nt = toks[k - 1][0], norm(toks[k - 1][0])
        if t in ".!?;:«»“”\"⁅–—-":
            break
        if nt in DETERMINERS or nt in ("uno", "una"):
            start = k - 1
            break
        if not is_cap(t) and (nt in PLACE_PREPS - {"di"} or nt in ("che", "e", "ma")) \
                and not (k < len(toks) and is_cap(toks[k][0]) and nt in OF):
            if nt == "e" and 2 <= k < len(toks) and is_cap(toks[k - 2][0]) \
                    and is_cap(toks[k][0]):
                k -= 1  # "Barack e Michelle Obama"
                continue
            break
        if not is_cap(t) and nt not in OF and k < len(toks) and is_verb_like(t) and not (
                k >= 2 and norm(toks[k - 2][0]) in DETERMINERS):  # "il consiglio comunale"
            break
        if start is not None and not is_cap(t) and is_cap(toks[k][0]) and _fronted(toks, k):
            break
        start = k - 1
        k -= 1
    if start is None:
        return None
    phrase = segment[toks[start][1]:]
    # the phrase must start a clause: a name, or a determiner + role
    first = norm(toks[start][0])
    if not (is_cap(toks[start][0]) or first in DETERMINERS or first in ("uno", "una")):
        return None
    if start > 0 and norm(toks[start - 1][0]) in PLACE_PREPS | OF | _ADVERB_PREPS:
        return None  # "a Roma", "del Consorzio", "dopo una pausa": a complement
    if first in SURNAME_PARTICLES and len(toks) - start == 2 and is_cap(toks[-1][0]) \
            and {first, norm(toks[-1][0])} <= known:
        return "name", phrase  # "Dal Bo torna al microfono": the surname, not a place
    return classify(phrase)


def _fronted(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the lowercase words before the name at ``k`` are a phrase opening the clause
    before its subject ("Sulla stessa linea Santarelli", "Più cauto Rossi"), not its role
    ("il premier israeliano Netanyahu") nor a complement ("della famiglia Rossi")."""
    j = k
    while j > 0 and not is_cap(toks[j - 1][0]) and norm(toks[j - 1][0]) not in (
            DETERMINERS | ARTICLED | OF | PLACE_PREPS):
        if is_person_noun(toks[j - 1][0]) or norm(toks[j - 1][0]) in TITLES:
            return False
        j -= 1
    # the phrase opens the clause: "Sulla stessa linea", not "uscendo dal palazzo Europa"
    if j < k and (j == 0 or j == 1 and norm(toks[0][0]) not in OF):
        return True
    # "Prima della sentenza Petrov": a time phrase, however long, opening the clause
    opener = next((n for n in (1, 2, 3) if " ".join(norm(t) for t, _, _ in toks[:n])
                   in _TIME_OPENERS), 0)
    return bool(opener) and is_cap(toks[0][0]) and not any(
        is_cap(t) or is_person_noun(t) or norm(t) in TITLES for t, _, _ in toks[opener:k]) \
        and not any(norm(t) in DETERMINERS for t, _, _ in toks[opener:k])  # "la cantina X"


# "Decisivo, nel finale, …", "Preoccupante, secondo …": an adjective opening a sentence
_ADJECTIVE_END = re.compile(r"(?:iv[oaie]|os[oaie]|abil[ei]|ibil[ei]|ant[ei]|ent[ei]|al[ei])$")


def leading_np(segment: str, known: frozenset[str] = frozenset()) -> Phrase | None:
    """The noun phrase opening a segment; a capitalised dictionary word starts it only when
    the article ``known`` it as a name ("Meloni ha detto")."""
    toks = tokens(segment)
    k = 0
    while k < len(toks) and (norm(toks[k][0]) in ADVERBS | {"e", "ma", "anche", "quest'", "ed"}
                             and not _place_ahead(toks, k) or toks[k][0] in ",;"):
        k += 1
    if k >= len(toks):
        return None
    first = toks[k][0]
    if not (is_cap(first) or norm(first) in DETERMINERS) or norm(first) in AUX:
        return None  # "Ha 14 anni e dice sempre:": no subject of its own
    surname = is_cap(first) and norm(first) in known and k + 1 < len(toks) \
        and is_cap(toks[k + 1][0]) and norm(toks[k + 1][0]) in known  # "Del Ben non …"
    if norm(first) in PLACE_PREPS | OF | ARTICLED and not surname:
        return None
    if is_cap(first) and norm(first) not in DETERMINERS and is_common_word(first) \
            and not (k + 1 < len(toks) and (is_cap(toks[k + 1][0]) or toks[k + 1][0] == "&")) \
            and norm(first) not in known and not (aside_after(toks, k)
                                                  and not is_verb_form(norm(first))
                                                  and not _ADJECTIVE_END.search(norm(first))):
        return None  # "Prima della preghiera …", "Soddisfatto …": not a name
    end = k + 1
    while end < len(toks) and not _leading_ends(toks, k, end):
        end += 1
    if surname and end == k + 2:  # "Del Ben": a surname a person of the article bears
        return "name", segment[toks[k][1]: toks[end - 1][2]]
    return classify(segment[toks[k][1]: toks[end - 1][2]])


_ADVERB_PREPS = frozenset(_P["adverb_prepositions"])
_PREPOSITIONS = OF | PLACE_PREPS | {"per", "con", "tra", "fra"}
_TIME_OPENERS = frozenset(_P["time_openers"])


def _place_ahead(toks: list[tuple[str, int, int]], k: int) -> bool:
    """"tra Orvieto e Terni", "dopo una lunga pausa": a preposition before a name or an
    article — a place or a time, no subject (but "Tra i manifestanti anche Giulia" goes on
    to the one it presents)."""
    if k + 1 >= len(toks):
        return False
    word, after = norm(toks[k][0]), toks[k + 1][0]
    return word in PLACE_PREPS and is_cap(after) \
        or word in _ADVERB_PREPS and (is_cap(after) or norm(after) in DETERMINERS)


def _leading_ends(toks: list[tuple[str, int, int]], k: int, end: int) -> bool:
    """Where a subject opening at ``k`` ends: at a comma, "non", a clitic or a verb — a
    role's participle is no verb ("L'amministratore delegato Ugo Neri")."""
    t = toks[end][0]
    if norm(toks[end - 1][0]) in _PREPOSITIONS and norm(t) in DETERMINERS:
        return False  # "l'Agenzia regionale per la lingua friulana": an article, no clitic
    if _subject_ends(t):
        return True
    if end - k >= 2 and t.isalpha() and not is_cap(t) and is_given_name(toks[k][0]) \
            and all(is_cap(w) for w, _, _ in toks[k:end]) \
            and norm(t) not in NAME_LINKS | SURNAME_PARTICLES:
        return True  # "Luca Brizi coltiva 18 ettari": a full name ends at a lowercase word
    if is_cap(t) or not is_verb_like(t) or norm(t) in OF:
        return False
    if end == k + 1 and norm(toks[k][0]) in DETERMINERS and norm(t) not in AUX | CLITICS:
        return False  # "Il capitano Riccardo Tassinari": a noun after its article
    # "una volontaria esperta", "un residente esasperato"; but "una vicina lascia": a verb
    return not (end == k + 2 and norm(toks[k][0]) in DETERMINERS
                and is_person_noun(toks[k + 1][0]) and norm(t) not in AUX | CLITICS
                and not is_speech_word(t)
                and not (_finite(t) and norm(toks[k][0]) not in PLURAL_DETERMINERS))


def _finite(word: str) -> bool:
    """A present-tense verb after a person's noun ("una vicina lascia"), not a participle
    or an adjective that may be one."""
    w = norm(word)
    return not re.search(PARTICIPLE_ENDING + "$", w) and is_verb_form(w) and w.endswith(("a", "e"))


def _subject_ends(token: str) -> bool:
    """A comma, "non" or a clitic ends a subject ("X non nasconde", "X ci accompagna");
    a capitalised "La" inside a surname ("Ignazio La Russa") does not."""
    return token in ",;:" or not is_cap(token) and norm(token) in BEFORE_VERB | CLITICS


def fronted_subject(segment: str) -> Phrase | None:
    """"Di tutt'altro avviso il titolare del negozio", "Sulla stessa linea la sindaca": a
    verbless opening phrase, then its subject — a person's noun after its article."""
    toks = tokens(segment)
    if len(toks) < 4 or is_cap(toks[0][0]) and norm(toks[0][0]) not in OF | PLACE_PREPS \
            | _ADVERB_PREPS | {"più", "meno", "ancora"}:
        return None
    for d in range(1, len(toks) - 1):
        if norm(toks[d][0]) in ("il", "lo", "la", "l'", "l’") and is_person_noun(toks[d + 1][0]):
            lead = toks[1:d]
            if any(is_cap(t) or is_verb_like(t) for t, _, _ in lead) \
                    or any(is_verb_like(t) for t, _, _ in toks[d + 2:]):
                return None
            return classify(segment[toks[d][1]:toks[-1][2]].rstrip(" .,;"))
    return None
