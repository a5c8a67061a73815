"""Where the subject after a verb of saying starts: past adverbs and one short place,
channel or manner phrase ("ha detto a Venezia il premier …", "ha detto con la voce rotta la
sindaca …"), or a first name a few words on ("il capogruppo alla Camera Tommaso Foti")."""

from __future__ import annotations

import re

from briefing.extract.wordkinds import full_names
from briefing.italian.grammar import (
    ADVERBS,
    AGENT,
    ARTICLED,
    DETERMINERS,
    INDEFINITE,
    MANNER_PREPS,
    OF,
    PLACE_PREPS,
    PREMODIFIERS,
    SURNAME_PARTICLES,
    is_cap,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_gerund, is_given_name
from briefing.italian.nouns import BODY_HEADS, DOCUMENTS, TITLES, is_person_noun, office_head
from briefing.italian.tables import words

Token = tuple[str, int, int]
_RANK = words("grammar", "rank_words")  # "il primo ministro"


def _manner_word(toks: list[Token], k: int) -> bool:
    """"racconta commossa una dipendente dell'hotel", "dice emozionato il sindaco": a word
    of how it was said between the verb and a subject that is plainly one (an article and a
    person noun, or a name)."""
    if k + 2 >= len(toks) or not toks[k][0].isalpha() or is_cap(toks[k][0]) \
            or norm(toks[k][0]) in DETERMINERS | OF | PLACE_PREPS | MANNER_PREPS \
            or is_person_noun(toks[k][0]) or not norm(toks[k][0]).endswith(("o", "a", "i", "e")):
        return False
    return norm(toks[k + 1][0]) in DETERMINERS and (
        is_person_noun(toks[k + 2][0]) or is_given_name(toks[k + 2][0])) \
        or is_given_name(toks[k + 1][0]) and is_cap(toks[k + 2][0])  # "commenta amara Rosaria E…"


def opening(toks: list[Token]) -> tuple[int, str] | None:
    """Where the subject after a verb starts, skipping adverbs and one short place,
    channel or manner phrase ("ha detto a Venezia il premier …"); "dal Comando" gives the agent's
    article as a prefix. None when what follows cannot be a subject."""
    k = 0
    while k < len(toks) and (norm(toks[k][0]) in ADVERBS or is_gerund(toks[k][0])
                             and k + 1 < len(toks) and is_cap(toks[k + 1][0])
                             or _manner_word(toks, k)):
        k += 1  # "ha detto sorridendo Paternoster": a manner, then the subject
    if k >= len(toks):
        return None
    nk = norm(toks[k][0])
    if is_cap(toks[k][0]) and k + 1 < len(toks) and is_cap(toks[k + 1][0]) \
            and nk in SURNAME_PARTICLES:
        return k, ""  # "dice Dal Bosco", "ha ammesso Lo Prete": a surname's particle
    if nk in AGENT and k + 1 < len(toks) and (
            is_cap(toks[k + 1][0]) or is_person_noun(toks[k + 1][0])
            or norm(toks[k + 1][0]) in BODY_HEADS) and not _subject_after_place(toks, k + 1):
        return k + 1, AGENT[nk]  # "dicono dal Comando", not "ha detto dal palco X"
    if not _complement_at(toks, k):
        return k, ""
    j = k
    for _ in range(4):  # "all'uscita dal carcere dei Casetti l'avvocato …"
        j = past_place(toks, _past_locative(toks, j))
        if j >= len(toks):
            return None
        if not (_complement_at(toks, j) or norm(toks[j][0]) in OF and not is_cap(toks[j][0])):
            break
    # after such phrases only a person can be the subject: a role, a title or a first name
    nxt = toks[j][0]
    if norm(nxt) in DETERMINERS:
        h = j + 1  # "il primo ministro": the head past its premodifiers
        while h < len(toks) - 1 and norm(toks[h][0]) in PREMODIFIERS | _RANK:
            h += 1
        if norm(nxt) in ("uno", "una") and h < len(toks) - 1 \
                and norm(toks[h][0]) in ("dei", "degli", "delle"):
            h += 1  # "ha raccontato all'ANSA una delle passeggere": one of them
        head = toks[h][0] if h < len(toks) else ""
        # "ha detto in aula il pubblico ministero, …": a fixed periphrasis of a role too
        if not (is_person_noun(head) or is_cap(head) or is_person_noun(
                office_head([norm(t) for t, _, _ in toks[h:h + 3]])) or _then_name(toks, h)):
            return None
    elif not (is_cap(nxt) and is_given_name(nxt)
              or norm(nxt) in TITLES and j + 1 < len(toks) and is_cap(toks[j + 1][0])
              or _named_by_role(toks, j)
              # "scrivono in una nota unitaria Fillea Cgil, …": a body's note, then the body
              or is_cap(nxt) and any(norm(t) in DOCUMENTS for t, _, _ in toks[k:j])):
        return None
    return j, ""


def _then_name(toks: list[Token], h: int) -> bool:
    """"il decano, Luca Ferrario", "il decano del paese, Aldo Berti": a noun the lexicon does
    not know, with up to three lowercase words after it, set beside a person's full name — a
    role, whatever the noun."""
    c = h + 1
    while c < min(h + 4, len(toks)) and toks[c][0].isalpha() and not is_cap(toks[c][0]):
        c += 1
    return c + 2 < len(toks) and toks[c][0] == "," and is_given_name(toks[c + 1][0]) \
        and is_cap(toks[c + 1][0]) and is_cap(toks[c + 2][0])


def someone_past_place(rest: str) -> bool:
    """"ha detto ai cronisti il sagrestano della parrocchia.": past a place, channel or
    manner phrase, an article and a noun that ends the sentence or is tied by "di" to
    something — the verb's own subject, someone we cannot name, never the voice before."""
    toks = tokens(rest)[:16]
    k = 0
    while k < len(toks) and norm(toks[k][0]) in ADVERBS:
        k += 1
    if k >= len(toks) or not _complement_at(toks, k):
        return False
    j = k
    for _ in range(5):  # "ai sindacalisti dopo la lettura della sentenza": phrases of when too
        j = past_place(toks, _past_locative(toks, j))
        if j >= len(toks) or not (_complement_at(toks, j) or norm(toks[j][0]) in OF | _WHEN):
            break
    if j + 1 >= len(toks) or norm(toks[j][0]) not in DETERMINERS:
        return False
    noun, after = toks[j + 1][0], toks[j + 2][0] if j + 2 < len(toks) else "."
    return noun.isalpha() and not is_cap(noun) and len(noun) > 3 \
        and norm(noun) not in _TIME_NOUNS and not _ABSTRACT.search(norm(noun)) \
        and (after in ".;!?" or norm(after) in OF)


_SUBORDINATORS = words("grammar", "subordinators")  # "in una nota che Palermo …"
_TIME_NOUNS = words("grammar", "time_nouns")  # "ha detto in aula la mattina dopo"
_WHEN = words("grammar", "when_preps")  # "durante la requisitoria"
# "la lettura", "la celebrazione", "il giuramento": an act or a state, never who spoke
_ABSTRACT = re.compile(r"(?:zione|sione|mento|menti|tura|ture|ità|ezza|enza|anza|oria)$")


def _subject_after_place(toks: list[Token], k: int) -> bool:
    """"ha detto da Sylhet la rappresentante dell'Onu": after a name, a subject of its own
    (a determiner and a person's noun, or a first name) — the name was where, not who."""
    j = k
    while j < len(toks) and is_cap(toks[j][0]):
        j += 1
    if j == k or j >= len(toks):
        return False
    if norm(toks[j][0]) in DETERMINERS:
        return j + 1 < len(toks) and is_person_noun(toks[j + 1][0])
    return False


def _named_by_role(toks: list[Token], j: int) -> bool:
    """"Fatimetou Mint Ahmed, leader della Coalizione": a name of two to four words the
    lexicon does not know, which the role in apposition after it makes a person's."""
    k = j
    while k < len(toks) and is_cap(toks[k][0]):
        k += 1
    if not 2 <= k - j <= 4 or k + 1 >= len(toks) or toks[k][0] != ",":
        return False
    head = toks[k + 1][0]
    if norm(head) in DETERMINERS and k + 2 < len(toks):
        head = toks[k + 2][0]
    return is_person_noun(head)


def _complement_at(toks: list[Token], k: int) -> bool:
    """A place, channel or manner phrase opens at ``k`` ("a Nova", "davanti al Parlamento")."""
    nk = norm(toks[k][0])
    return not is_cap(toks[k][0]) and (nk in PLACE_PREPS | MANNER_PREPS or nk in _LOCATIVE
                                       and k + 1 < len(toks)
                                       and norm(toks[k + 1][0]) in PLACE_PREPS)


def _past_locative(toks: list[Token], k: int) -> int:
    """"davanti al Parlamento": the place phrase starts at the preposition."""
    return k + 1 if norm(toks[k][0]) in _LOCATIVE else k


_LOCATIVE = frozenset({"davanti", "accanto", "dietro", "vicino", "insieme", "fuori",
                       "dentro", "intorno", "attorno", "lontano", "prima", "dopo"})


def past_place(toks: list[Token], k: int) -> int:
    """Past one short place/channel phrase opening at ``k``: "a Venezia", "su Truth",
    "in conferenza stampa"."""
    j = k + 1
    if j < len(toks) and norm(toks[j][0]) in DETERMINERS:
        j += 1
    if j < len(toks) and is_cap(toks[j][0]):
        return _past_run(toks, j)
    while j < len(toks) and j - k <= (4 if norm(toks[k][0]) in MANNER_PREPS else 3) \
            and not is_cap(toks[j][0]) \
            and toks[j][0] not in ",;:.!?-–—⁅" and norm(toks[j][0]) not in DETERMINERS \
            and norm(toks[j][0]) not in _SUBORDINATORS and not is_gerund(toks[j][0]) \
            and not (j > k + 1 and norm(toks[j][0]) in PLACE_PREPS
                     and not (norm(toks[j][0]) in OF and norm(toks[k][0]) in MANNER_PREPS)):
        j += 1
    if j < len(toks) and is_cap(toks[j][0]) and (norm(toks[j - 1][0]) in OF
                                                 or _subject_after_place(toks, j)
                                                 or j > k + 1 and is_person_noun(toks[j - 1][0])
                                                 and norm(toks[j - 1][0]) not in TITLES
                                                 and not any(norm(t) in DOCUMENTS
                                                             for t, _, _ in toks[k:j])):
        # "accanto al governatore Osman Yetkin": the name of the one in the complement
        # "dal carcere dei Casetti", "all'agenzia di stampa Bss un contadino": a named
        # complement
        return _past_run(toks, j)
    return j


def _past_run(toks: list[Token], j: int) -> int:
    """Past a capitalised name run, up to a first name in it ("a Roma Carlo Neri")."""
    run_end = j
    while run_end < len(toks) and (is_cap(toks[run_end][0])
                                   or norm(toks[run_end][0]) in ("del", "di", "de")):
        run_end += 1
    # a person's first name inside the run, with a surname after it: not "al Circo Massimo"
    given = next((g for g in range(j + 1, run_end - 1) if is_given_name(toks[g][0])), None)
    return given if given is not None else run_end


def name_ahead(toks: list[Token], k: int) -> int | None:
    """'il capogruppo alla Camera [Tommaso] Foti': a first name a few words on."""
    for g in range(k + 1, min(k + 6, len(toks))):
        if toks[g][0] in ",;:.!?()«»“”\"–—⁅-":
            return None
        if is_given_name(toks[g][0]) and g + 1 < len(toks) and is_cap(toks[g + 1][0]):
            return g
    return None


def someone_after(rest: str) -> bool:
    """"dice la cuoca dell'albergo, che …", "racconta una passante": someone new right after
    the verb (past a word or two of manner) — a noun with "un"/"una", or one tied to a place
    or a body — is its subject, someone we cannot name, never the one quoted before; a
    bare "la giovane", "la sarda" may well point back to them."""
    toks = tokens(rest)[:6]
    k = 0
    while k < min(2, len(toks)) and toks[k][0].isalpha() and not is_cap(toks[k][0]) \
            and norm(toks[k][0]) not in DETERMINERS | PLACE_PREPS | ARTICLED | OF:
        k += 1
    if not (k + 1 < len(toks) and norm(toks[k][0]) in DETERMINERS and toks[k + 1][0].isalpha()
            and not is_cap(toks[k + 1][0]) and len(toks[k + 1][0]) > 2):
        return False
    return norm(toks[k][0]) in INDEFINITE or k + 2 < len(toks) and norm(toks[k + 2][0]) in OF


def newly_named(sentence: str, before: str, voice: str | None) -> bool:
    """A sentence bringing in someone the article names for the first time, in full ("…
    comprende anche il navigatore Luca Fiorentino, che …"), other than the voice quoted
    last: a bare quote after it may be theirs — nobody rather than the voice before."""
    last = (voice or "").split()[-1:] or [""]
    return any(m.group().split()[-1] not in before and m.group().split()[-1] != last[0]
               for m in full_names(sentence))
