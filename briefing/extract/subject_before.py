"""The subject before a verb: the noun phrase that ends the words before it, past
clitics, auxiliaries, adverbs and asides between commas; a relative "che" goes to its
antecedent ("George W. Bush, che ha ricordato …")."""

from __future__ import annotations

import re

from briefing.extract.document import unmask
from briefing.extract.edges import leading_np, trailing_np
from briefing.extract.phrases import Phrase, classify
from briefing.extract.wordkinds import (
    LISTED_NAMES,
    bare_name,
    bodies_listed,
    is_verb_like,
    person_named,
    role_then_name,
    titled_name,
)
from briefing.italian.grammar import (
    ADVERBS,
    ARTICLE_IN,
    ARTICLED,
    AUX,
    CLITICS,
    COMPLEMENT,
    DETERMINERS,
    OF,
    PLACE_PREPS,
    PREMODIFIERS,
    is_cap,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_given_name
from briefing.italian.nouns import DOCUMENTS, TITLES, is_person_noun
from briefing.italian.speech import SPEECH_NOUNS


def np_before(prefix: str, known: frozenset[str] = frozenset()) -> Phrase | None:
    """The subject of a verb that follows ``prefix`` (clitics, auxiliaries, adverbs and
    parentheticals between commas skipped); relative 'che' goes to its antecedent."""
    text = unmask(prefix, " ⁅ ").rstrip()
    # the verb's own clause: "…, ha replicato Rossi, mentre la Lega, con Ugo Neri, ha …"
    text = re.split(r"[;:]|\s[-–—]\s|\bmentre\b", text)[-1].strip()
    # peel what sits between subject and verb
    while True:
        toks = tokens(text)
        if not toks:
            return None
        last = norm(toks[-1][0])
        if last in AUX | CLITICS | ADVERBS or (last == "'" and len(toks) > 1):
            text = text[: toks[-1][1]].rstrip()
            continue
        break
    toks = tokens(text)
    if not toks:
        return None
    rel = _relative(toks)
    if rel is not None:  # "George W. Bush, che ha ricordato …", "…, che in una nota parla"
        return _antecedent(text[: toks[rel][1]].rstrip(" ,"), known)
    # comma-delimited segments before the verb: "Rubio, dando il benvenuto …, l'ha …"
    segments = [s.strip() for s in re.split(r",|\((?:[^()]*)\)", text)]
    segments = [s for s in segments if s]
    if not segments:
        return None
    ends_with_comma = text.rstrip().endswith((",", ")"))
    # "…, in cui Tomei, parlando con un collaboratore, diceva": the clause the relative
    # adverb opens has a subject of its own
    own = next((m for seg in reversed(segments) if (m := _WHERE_CLAUSE.match(seg))), None)
    if own:
        return leading_np(own.group("rest"), known)
    if not ends_with_comma:
        listed = LISTED_NAMES.search(text)
        if listed and len(segments) > 1:
            # "I sindacati Filt Cgil, Fit Cisl e Uiltrasporti parlano di": all of them; a
            # list of people speaks as no one of them
            names = listed.group("names")
            return ("name", names) if bodies_listed(names) else None
        tail = trailing_np(segments[-1], known)
        if tail:
            return tail
        return None
    # a person's name in apposition wins over a role ("Il parroco di Borgo, don Ugo Neri,")
    first = leading_np(segments[0], known)
    # "la Lega, con il deputato Ugo Neri,": the one who speaks for the party
    segments = [re.sub(r"^con\s+", "", seg) for seg in segments]
    # a bare name first: "In una nota, l'assessore alla Sanità, Ugo Neri," (the role's
    # capitalised complement is no name; nor is "un 31enne di Monopoli")
    appositions = [s for s in segments[1:] if not re.match(r"un[ao]?\s|un['’]", s, re.I)]
    names = [s for s in appositions if bare_name(s) or titled_name(s)] + [
        s for s in appositions if (role_then_name(s) or _rank_then_name(s))
        and not (bare_name(s) or titled_name(s))]
    if first and first[0] == "name" and (not names or person_named(first[1])):
        return first
    if names:
        return "name", names[0]
    return first


def _rank_then_name(segment: str) -> bool:
    """"colonnello Fabrizio Orlandi", "ispettrice capo Anna Neri": a role without its
    article, then a first name and a surname."""
    toks = tokens(segment)
    k = 0
    while k < len(toks) and not is_cap(toks[k][0]) and (is_person_noun(toks[k][0])
                                                         or norm(toks[k][0]) in PREMODIFIERS):
        k += 1
    return 0 < k < len(toks) - 1 and is_given_name(toks[k][0]) and bare_name(
        segment[toks[k][1]:])


_WHERE_CLAUSE = re.compile(r"(?:(?:in|per|con|da|a|su|tra|fra)\s+cui|(?:nel|nella|nei|nelle)\s+"
                           r"qual[ei])\s+(?P<rest>[A-ZÀ-Ý].*)$")


def _relative(toks: list[tuple[str, int, int]]) -> int | None:
    """Where a relative "che" opens the clause of the verb that follows: "che" last, or
    followed only by complements and adverbs ("che in una nota", "che poi")."""
    for k in range(len(toks) - 1, -1, -1):
        t, nt = toks[k][0], norm(toks[k][0])
        if nt == "che":
            return k if k and toks[k - 1][0] == "," or k == len(toks) - 1 else None
        if t in ",;:.!?⁅" or is_verb_like(t) or (
                k and nt in DETERMINERS and norm(toks[k - 1][0]) not in COMPLEMENT):
            return None
    return None


def _antecedent(text: str, known: frozenset[str]) -> Phrase | None:
    """What a relative "che" stands for: the subject before it, or a person named in the
    complement it follows ("presentato dal ministro Ugo Rei, che ha detto …")."""
    np = np_before(text, known)
    if np is not None:
        return np
    m = re.match(r"\W*(?:[Pp]er|[Ss]econdo|[Ss]tando a)\s+(?P<np>[^,;:]+)$", text)
    if m:  # "Per l'azienda, che in una nota ha ribadito «…»": whose view it is
        return classify(m.group("np"))
    toks = tokens(text)
    k = len(toks)
    while k > 0 and (is_cap(toks[k - 1][0]) or norm(toks[k - 1][0]) in TITLES):
        k -= 1
    while k > 0 and (not is_cap(toks[k - 1][0]) and is_person_noun(toks[k - 1][0])
                     or norm(toks[k - 1][0]) in PREMODIFIERS):
        k -= 1  # "dal ministro Ugo Rei", "dalla giovane ministra Ada Neri"
    if k == len(toks) or not k or norm(toks[k - 1][0]) not in ARTICLED | OF | PLACE_PREPS:
        return None
    np = classify(text[toks[k][1]:])
    person = any(is_given_name(t) for t, _, _ in toks[k:])
    return np if np is not None and np[0] == "name" and person else None


def relative_subject(head: str) -> Phrase | None:
    """The antecedent of a relative "che" that is the subject of the verb of saying after
    it, where the clause holds more than "che" ("arriva la replica di Confvigilanza, che
    parla di «…» e aggiunge:", "Soddisfazione anche dall'Enea, che in una nota aggiunge:"):
    whose words a noun of saying says, or the name closing the antecedent — not a name
    inside an aside ("Marco Tedeschi, di Fratelli d'Italia, che …")."""
    antecedent = _RELATIVE_SUBJECT.search(head)
    if not antecedent or _ASIDE_OPENS.match(antecedent.group("np")):
        return None
    words_of = _NOUN_OF.search(antecedent.group("np"))
    if words_of:
        return classify(ARTICLE_IN.get(norm(words_of.group("prep")), "") + words_of.group("np"))
    named = _TRAILING_NAME.search(antecedent.group("np"))
    if named:
        return "name", named.group()
    # "Più netto il Sib, il sindacato dei balneari, che parla di": a description in
    # apposition to the name before it — the name is whose words they are
    if re.match(r"\s*(?:il|lo|la|l['’]|i|gli|le)\s*[a-zà-ÿ]", antecedent.group("np")):
        named = _NAMED_BEFORE.search(head, 0, antecedent.start("np"))
        return ("name", named.group("name")) if named else None
    return None


# the antecedent of a relative "che" that is the verb's subject: "X, che … aggiunge:"
_RELATIVE_SUBJECT = re.compile(r"(?:^|[,;:.]\s*)(?P<np>[^,;:.]{2,80}?)\s*,\s*che\b[^,;:.]*$")
# a name after its article (or opening its clause) closing the words before an apposition:
# "Più netto il Sib, …" — not one after a preposition ("A Roma, il sindaco, che …")
_NAMED_BEFORE = re.compile(r"(?:^|[,;:.]\s*|\b(?:il|lo|la|l['’]|i|gli|le)\s*)"
                           r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)\s*,\s*$")
# the name closing it: "Soddisfazione anche dall'Enea", "il presidente Ugo Neri"
# — not the complement of "di" ("la Lav del Trentino", "il presidente della Federazione")
_TRAILING_NAME = re.compile(r"(?<!\w)(?<!\bd['’])(?<!\bdi\s)(?<!\bdel\s)(?<!\bdella\s)"
                            r"(?<!\bdell['’])(?<!\bdei\s)(?<!\bdegli\s)(?<!\bdelle\s)(?<!\bdello\s)"
                            r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:per\s+(?:l['’]|la\s+|il\s+))?[A-ZÀ-Ý][\w'’-]*)*$")
# ("Autostrade per l'Italia": a name that goes on past "per l'")
# "Marco Tedeschi, di Fratelli d'Italia, che …": an aside, whose antecedent is before it
_ASIDE_OPENS = re.compile(r"\s*(?:di|del|della|dell['’]|dello|dei|degli|delle|d['’])"
                          r"(?:\s|(?<=['’]))", re.I)
# "la replica di Confvigilanza": a noun of saying or a document, and whose it is
_NOUN_OF = re.compile(r"\b(?:il|la|l['’]|lo|una?|un['’])\s*(?:" + "|".join(
    sorted(SPEECH_NOUNS | DOCUMENTS)) + r")\s+(?P<prep>dell['’]|(?:di|del|dello|della|dei|degli"
    r"|delle)\s)\s*(?P<np>.+)$", re.I)
