"""Quotations inside a quotation: an interview's answer, or a witness's account, that
quotes someone else ("Mio padre mi diceva: "Il tessuto ti dice cosa vuole diventare"",
"un attore americano mi disse: "Questa giacca …""). The inner words are that person's,
not the speaker's: a quote of their own, with the person the outer words name — or none
where they name no one."""

from __future__ import annotations

import re

from briefing.data import Quote
from briefing.extract.clauses import words_count
from briefing.italian.grammar import DETERMINERS, PLURAL_DETERMINERS, is_cap, norm, tokens
from briefing.italian.lexicon import is_given_name, is_verb_form, stop_words
from briefing.italian.nouns import is_person_noun
from briefing.italian.speech import is_speech_word
from briefing.italian.tables import alternatives, words

# an inner quotation opened right after a colon: «… mi disse: "…"»
_INNER = re.compile(r":\s*(?:\"(?P<a>[^\"«»]{10,400})\"|“(?P<b>[^“”«»]{10,400})”"
                    r"|«(?P<c>[^«»]{10,400})»)")
# a singular article, or a possessive ("mio padre"), before a person's noun
_DETERMINERS = (DETERMINERS - PLURAL_DETERMINERS) | {"mio", "mia", "suo", "sua", "nostro", "nostra"}
# the narrator quoting their own words ("gli ho detto:", "risposi:"): the outer speaker's
_OWN = re.compile(r"\b(?:(?:gli|le|ci)\s+)?(?:ho|abbiamo)\s+\w+\s*$|\b\w+(?:ai|ii|ei)\s*$"
                  r"|\bio\b[^.;:]*$", re.I)


def inner_quotes(quote: Quote) -> list[Quote]:
    """The quotations a quote holds after a verb of saying and a colon, each with the
    person the quote's own words name as saying them; none where they name no one."""
    out: list[Quote] = []
    for m in _INNER.finditer(quote.it):
        inner = (m.group("a") or m.group("b") or m.group("c")).strip()
        head = quote.it[: m.start()]
        clause = re.split(r"[.!?;]\s", head)[-1]
        if words_count(inner) < 5 or not any(is_speech_word(t) for t, _, _ in tokens(clause)) \
                or _OWN.search(clause):
            continue
        who = last_person(clause) or (last_person(head) or _last_given_name(head)
                                      if _no_subject(clause) else None)
        if who:
            out.append(Quote(it=inner, speaker=who, context_it=quote.context_it,
                             sources=list(quote.sources), position=quote.position,
                             via=quote.via))
    return out


def _last_given_name(text: str) -> str | None:
    """"Si chiamava Luca, aveva sette anni. Mi ha detto: …": the last first name the quote
    gives someone, where it names no one by a noun."""
    names = [m for m in re.finditer(rf"(?<![\w'’])(?P<title>(?i:{_CLERGY})\s+)?"
                                    r"(?P<given>[A-ZÀ-Ý][a-zà-ÿ]+)"
                                    r"(?=(?P<surname>\s+[A-ZÀ-Ý][\w'’]+)?)", text)
             if m.start("given") and is_given_name(m.group("given"))]
    # with the surname after it ("il mio maestro, Giorgio Ferrari, mi disse") and the title
    # a priest goes by ("Don Carlo ci ha sempre sostenuti")
    return (names[-1].group("title") or "") + names[-1].group("given") \
        + (names[-1].group("surname") or "") if names else None


def _no_subject(clause: str) -> bool:
    """"Mi diceva:", "Ripeteva sempre:", "Era un naso di Grasse in pensione, mi disse:": a
    verb whose subject the words before gave."""
    toks = tokens(clause)
    first = norm(toks[0][0]) if toks else ""
    to_me = _TO_ME.search(clause)
    # "L'altro giorno mi ha detto:", "però mi diceva sempre:": a time or a link before "mi",
    # no one named in it
    return first in ("mi", "ci") or is_speech_word(first) or bool(to_me) and not any(
        is_given_name(t) for t, _, _ in tokens(clause[to_me.start():to_me.start("mi")]))


_TO_ME = re.compile(r"(?:^|,)\s*(?:[\w'’]+\s+){0,3}?(?P<mi>mi|ci)\s+(?:ha\s+|aveva\s+)?\w+"
                    r"(?:\s+sempre)?\s*$", re.I)


def last_person(text: str) -> str | None:
    """The last person a stretch of text names by a noun, with the name after it ("un
    attore americano", "mio padre Gennaro") — the last one a clause has as its subject
    where there is one ("una signora è arrivata con il libro di sua nonna")."""
    toks = tokens(text)
    found = subject = None
    for k, (t, _, _) in enumerate(toks):
        if not is_person_noun(t) or is_cap(t) or k == 0 \
                or norm(toks[k - 1][0]) not in _DETERMINERS:
            continue
        end = k + 1
        while end < len(toks) and (is_cap(toks[end][0]) or end == k + 1
                                   and _adjective(toks[end][0])):
            end += 1
        if end + 1 < len(toks) and norm(toks[end][0]) == "di" and is_cap(toks[end + 1][0]):
            end += 2  # "un ragazzo di Bolzano": where from
        found = text[toks[k - 1][1]: toks[end - 1][2]]
        named = _NAME_BEFORE.search(text, 0, toks[k - 1][1]) \
            or _NAME_AFTER.match(text, toks[end - 1][2])
        given = next((g for g in range(k + 1, end - 1) if is_given_name(toks[g][0])), None)
        if named:  # "Arturo Pelosi, un uomo severissimo.", "il mio maestro, Ugo Neri,": the
            found = named.group("name")  # name it stands beside
        elif given is not None:  # "Il signor Francesco Lione": the name
            found = text[toks[given][1]: toks[end - 1][2]]
        # not after a preposition, nor a predicate ("Mio padre faceva il pescatore")
        if k < 2 or norm(toks[k - 2][0]) not in _PREPOSITIONS | _LINKING:
            subject = found
    return subject or found


_LINKING = words("grammar", "linking_verbs")  # "Mio padre faceva il pescatore"
_CLERGY = alternatives(words("grammar", "clergy_titles"))  # "Don Carlo"
_PREPOSITIONS = frozenset({"di", "a", "da", "in", "con", "su", "per", "tra", "fra"})
# a first name and a surname in apposition right before the noun phrase
_NAME_AFTER = re.compile(r",\s*(?P<name>[A-ZÀ-Ý][\w'’]+\s+[A-ZÀ-Ý][\w'’]+)\s*[,.]")
_NAME_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?P<name>[A-ZÀ-Ý][\w'’]+\s+[A-ZÀ-Ý][\w'’]+),\s*$")


def _adjective(word: str) -> bool:
    """"tedesco", "americano" after a person's noun; not a verb or a little word."""
    w = word.lower()
    return w.isalpha() and w == word and not is_verb_form(w) and w not in stop_words()
