"""Attribution by whose view a sentence gives, before the quote: "Secondo X, …", "Per il
sindaco di Valfurva, Mauro Cantoni, la fusione significa «…»", "nelle parole di X: «…»"."""

from __future__ import annotations

import re

from briefing.extract.clauses import last_speech_verb
from briefing.extract.discourse import Discourse, Voice
from briefing.extract.edges import leading_np
from briefing.extract.found import Before, Found, How
from briefing.extract.names import name_runs
from briefing.extract.phrases import classify
from briefing.extract.wordkinds import bare_name, is_descriptor
from briefing.italian.grammar import (
    ADVERBS,
    CLAUSE_OPENERS,
    HE_SHE,
    LINKS,
    PREMODIFIERS,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_given_name
from briefing.italian.nouns import could_be_person, is_person_noun
from briefing.italian.speech import VIEW_ALSO, VIEW_SURE, VIEW_WORDS, WORDS_OF
from briefing.italian.tables import alternatives

_DET = r"(?:il|lo|la|i|gli|le|l['’])"


def _holder(np: str) -> str:
    """Whose view an articled phrase after "Per" names: up to where the clause's own
    subject begins with its article ("Per la sindacalista il dato di Federchimica «…»")."""
    m = re.match(rf"\s*{_DET}\s*", np)
    cut = re.search(rf"\s{_DET}\s*(?=[a-zà-ÿ])", np[m.end():]) if m else None
    if cut:
        return np[:m.end() + cut.start()]
    # "Per Roberto Galli, Uil Scuola Rua,": the person, not the body named after the comma
    person, comma, _ = np.partition(",")
    return person if comma and bare_name(person.strip()) \
        and is_given_name(person.split()[0]) else np


def according(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Secondo il presidente francese Emmanuel Macron «…»", "Per Mosca, … «…»",
    "Per il deputato Ugo Neri, invece, «…»"."""
    # "Per Antonella Iovino (Cisl Fp) la partita …": whose body, in brackets, is no edge
    plain = _BRACKETED.sub("", b.plain)
    aside = re.search(r",\s*(?:\w+\s*){1,3},?\s*$", plain)
    if aside and all(norm(w) in ADVERBS | LINKS or w in ("canto", "parte", "volta", "sua",
                                                        "suo", "dal", "da", "a")
                     for w in re.findall(r"\w+", aside.group())):
        plain = plain[: aside.start()] + ","  # ", invece,", ", dal canto suo,"
    b = Before(b.prefix, plain, b.par, b.si)
    pronoun = _VIEW_OF_PRONOUN.search(b.plain)
    if pronoun:  # "Per lui i Daspo sono «…»": the man just quoted (settled as "ha detto lui")
        return Found(pronoun.group("p").lower(), How.ACCORDING)
    rel = _VIEW_OF_WHOM.search(b.plain)
    if rel:  # "…, il vicesegretario Ugo Neri, secondo il quale i feriti sono «…»"
        runs = [r for r in name_runs(b.plain[: rel.start()]) if r[1] - r[0] > 1]
        head = b.plain[: rel.start()]
        toks = tokens(head)
        named = [head[toks[i][1]: toks[j - 1][2]] for i, j in runs
                 if any(is_given_name(toks[k][0]) for k in range(i, j))]
        if named and re.search(r",\s*$", head):
            return Found(d.res.reg.full_name(named[-1]), How.ACCORDING)
        return Found(None, How.ACCORDING)
    m = re.search(rf"(?:^|[\s,;])(?i:{VIEW_WORDS}|{WORDS_OF})\s+(?P<np>[^,:;]{{2,90}}?"
                  r"(?:,\s*[A-ZÀ-Ý][^,:;]{1,40})?)\s*[,:]?\s*$", b.plain)
    if m and not re.match(r"quanto\b", m.group("np")) and not re.search(r"\d", m.group("np")) \
            and not (re.match(rf"(?i:{VIEW_ALSO})\s", m.group().strip(" ,;"))
                     and _MID_CLAUSE.search(b.plain[:m.start() + (m.group()[0] in " ,;")])):
        # "per" names a view only opening a clause: not "un saldo negativo per l'Italia di
        # circa 2 miliardi:"
        who = d.res.name_of(classify(_holder(m.group("np"))),
                            d.doc.sentence_offset(b.par, b.si))
        if who:
            return Found(who, How.ACCORDING)
    # "Secondo Neri, …" names whose view; "Secondo l'ad, la società ha chiuso in perdita e
    # «…»": a role the text has tied to a person it names (a role alone is nobody here)
    for view, person_only in ((_VIEW_OF_NAME, False), (_VIEW_OF_ROLE, True)):
        m = view.search(b.plain)
        if m and last_speech_verb(b.plain[m.end():]) is None:
            who = d.res.name_of(classify(m.group("np")), d.doc.sentence_offset(b.par, b.si))
            if who and not (person_only and is_descriptor(who)):
                return Found(who, How.ACCORDING)
    return _opening_view(d, b) or _according_to_person(d, b)


# "Per il coordinamento di Libera adesso serve un passo in più:", "Per un lavoratore, che ha
# parlato con noi, …,": a sentence opening with whose view it gives
_OPENS_VIEW = re.compile(r"\W*Per\s+(?P<rest>.+)$", re.S)


def _opening_view(d: Discourse, b: Before) -> Found | None:
    """A sentence that opens with whose view it gives, then either its own clause up to the
    colon before the quote ("Per il coordinamento di Libera Emilia-Romagna adesso serve un
    passo in più: «…»") or a relative clause about them ("Per un lavoratore di uno dei
    capannoni, che ha parlato con la nostra redazione …, «…»"): theirs."""
    m = _OPENS_VIEW.match(b.plain)
    rest = m.group("rest") if m else ""
    np = leading_np(rest, d.known) if m else None
    if not np or np[0] == "desc" and not could_be_person(
            next((w for w in np[1].split()[1:] if norm(w) not in PREMODIFIERS), "")):
        return None
    after = rest[rest.find(np[1]) + len(np[1]):]
    if not (re.match(r"\s*,\s*che\b[^:;]*,\s*$", after)
            or b.plain.endswith(":") and not re.search(r"[,;]", after)):
        return None
    who = d.res.name_of(np, d.doc.sentence_offset(b.par, b.si))
    return Found(who, How.ACCORDING) if who else None


_VIEW_OF_NAME = re.compile(rf"(?:^|[\s,;])(?i:{VIEW_WORDS})\s+"
                           r"(?P<np>[A-ZÀ-Ý][^,:;]{1,60}?)\s*,")
_VIEW_OF_ROLE = re.compile(rf"(?:^|[\s,;])(?i:{VIEW_SURE})\s+(?P<np>(?:il|la|l['’]|lo)\s*"
                           r"[a-zà-ÿ][^,:;]{0,40}?)\s*,")


_BRACKETED = re.compile(r"(?<=\w)\s*\([^()«»“”\"]{1,30}\)")
# "un saldo negativo per l'Italia": "per" after a word that opens no clause
_MID_CLAUSE = re.compile(rf"\b(?!(?:{alternatives(CLAUSE_OPENERS)})\s*$)\w+\s*$", re.I)
_VIEW_OF_PRONOUN = re.compile(rf"(?:^|[\s,;])(?i:{VIEW_WORDS})\s+"
                              rf"(?P<p>(?i:{alternatives(HE_SHE)}))\b")  # "Per lui …"
# "…, il vicesegretario Ugo Neri, secondo il quale i feriti sono «…»"
_VIEW_OF_WHOM = re.compile(rf"\b(?:{VIEW_WORDS})\s+(?:il|la|i|le)\s+qual[ei]\b"
                           rf"|\b(?:{VIEW_SURE})\s+cui\b", re.I)


def _according_to_person(d: Discourse, b: Before) -> Found | None:
    """"Per il sindaco di Valfurva, Mauro Cantoni, la fusione significa «…»", "Per la
    deputata del Pd Chiara Venturelli, relatrice di minoranza, si tratta di «…»": a person
    named with a role, the view the rest of the sentence gives is theirs."""
    for m in (_PERSON_VIEW_COMMA.search(b.plain), _PERSON_VIEW.search(b.plain)):
        # the name after a comma first ("Per il procuratore aggiunto di Napoli Nord, Carlo
        # Fucci,": not "Napoli Nord")
        if not m or not is_person_noun(m.group("role")) or last_speech_verb(
                b.plain[m.end():]) is not None:
            continue
        np = classify(m.group("np"))
        if np is None or np[0] != "name" or not any(
                is_given_name(t) for t, _, _ in tokens(m.group("np"))):
            continue
        who = d.res.name_of(np, d.doc.sentence_offset(b.par, b.si))
        return Found(who, How.ACCORDING) if who else None
    return None


_PERSON_VIEW_AT = (r"(?:^|[\s,;])(?:[Ss]econdo|[Pp]er)\s+(?P<np>(?:il|la|l['’]|lo)\s*"
                   r"(?P<role>[a-zà-ÿ]+)(?:\s+[\w'’-]+){0,5}?")
_PERSON_VIEW_COMMA = re.compile(_PERSON_VIEW_AT + r",(?:\s+[A-ZÀ-Ý][\w'’-]+){2,3})\s*,")
_PERSON_VIEW = re.compile(_PERSON_VIEW_AT + r",?(?:\s+[A-ZÀ-Ý][\w'’-]+){2,3})\s*,")


def words_of(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"… nelle parole di X si legge: «…»"."""
    m = re.search(r"\bparole di\s+(?P<np>[^,:;.]{2,60}?)(?:\s+si\b|[,:;]|\s*$)", b.plain)
    if m:
        who = d.res.name_of(classify(m.group("np")), d.doc.sentence_offset(b.par, b.si))
        if who:
            return Found(who, How.WORDS_OF)
    return None
