"""The people named around a quote whose speaker a role or a pronoun gives: the sentence
before ("Deluso il tecnico Ugo Neri. «…», ammette l'allenatore"), the sentence after ("La
sindaca di X, Ada Neri, ha …", "La vicequestore Laura Bonetti ha aggiunto …"), the woman or
man just quoted ("ha aggiunto lei") — and whether a person may hold a role at all."""

from __future__ import annotations

import re

from briefing.extract.discourse import Discourse, Voice, quotes_in
from briefing.extract.document import unmask
from briefing.extract.site import Site
from briefing.extract.wordkinds import full_names, is_verb_like
from briefing.italian.grammar import (
    DETERMINERS,
    FEMININE_ARTICLES,
    PREMODIFIERS,
    is_cap,
    name_key,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_female_name, is_given_name
from briefing.italian.nouns import ANONYMOUS, is_person_noun
from briefing.italian.speech import SAYS_ON, SPEECH_NOUNS, VIEW_SURE, is_speech_word
from briefing.italian.tables import table


def she_or_he(d: Discourse, site: Site, voice: Voice, female: bool) -> str | None:
    """Who "lei" or "lui" after a verb of saying is: the voice quoted just before in the
    paragraph, else the one woman (or man) the quote's sentence and the one before name,
    by a full name or a first name alone ("con il figlio Paolo, 58 anni")."""
    def fits(name: str | None) -> bool:
        return bool(name) and is_female_name(name.split()[0]) is female

    if voice.par == site.par and fits(voice.speaker):
        return voice.speaker
    prev = d.doc.previous_sentence(site.par, site.si) or ""
    # the sentence and the one before; then the paragraph up to the quote ("Rosa Neri ha
    # seguito la vicenda con il figlio Paolo. «…», dice lui. … Lei, seduta in cucina: «…»")
    for before in (unmask(prev), " ".join(unmask(s) for s in d.doc.sentences[site.par][:site.si])):
        text = before + " " + unmask(site.prefix)
        named = {d.res.reg.full_name(m.group()) for m in full_names(text)} | {
            d.res.reg.full_name(t) for t, _, _ in tokens(text) if is_given_name(t)}
        fitting = {n for n in named if fits(n)}
        if fitting:
            return fitting.pop() if len(fitting) == 1 else None
    return None


def announces(d: Discourse, site: Site) -> bool:
    """The sentence before names words to come ("il commento di", "le parole di")."""
    prev = d.doc.previous_sentence(site.par, site.si) or ""
    return bool(re.search(r"\b(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\b", unmask(prev)))


def announced(d: Discourse, site: Site, named: list[str]) -> str | None:
    """The one person (of ``named``, those the sentence before names) whose words that
    sentence announces ("Amaro il commento di Ugo Neri.")."""
    return named[0] if len(named) == 1 and announces(d, site) else None


def fits_gender(descriptor: str, person: str) -> bool:
    """Whether a role said with a woman's article ("la cuoca dell'albergo") may be this
    person: not a man's first name ("Ettore Sandrini")."""
    first = norm(tokens(descriptor)[0][0]) if tokens(descriptor) else ""
    return not (first in FEMININE_ARTICLES and is_female_name(person.split()[0]) is False)


def could_be(d: Discourse, person: str, descriptor: str) -> bool:
    """A role that may be this person's: they have none the text states, or one of its
    kind ("il tecnico ospite, X" and "l'allenatore del Rimini")."""
    if not fits_gender(descriptor, person):
        return False
    low = [norm(t) for t, _, _ in tokens(descriptor)]
    head = next((w for w in low[1:] if w not in PREMODIFIERS), "")
    return not d.res.reg.has_role(person) or d.res.reg.holds_as(person, head)


EXCLUSIVE = frozenset(table("offices")["exclusive"])
_SPEAKS_FOR = frozenset({"portavoce"})


def other_office(d: Discourse, person: str, head: str) -> bool:
    """"Il sindaco …" after the prefect spoke, "il custode" after the director: a role the
    person quoted does not hold, beside an office the text gives them."""
    # a spokesman speaks for an office ("il portavoce vaticano" is the press office's
    # director); any other role is not the office the person was given ("il custode" is
    # not the museum's director)
    if head in _SPEAKS_FOR or d.res.reg.holds_as(person, head):
        return False
    p = d.res.reg.people.get(name_key(person))
    return bool(p) and any(next((w for w in r if w not in PREMODIFIERS), "") in EXCLUSIVE
                           for r in p.roles)


_COMMANDING = frozenset(table("offices")["commanding"])
_RANKED = re.compile(r"\s*(?:Il|La|L['’])\s*(?:" + "|".join(table("offices")["ranks"])
                     + r")\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+)")


# "Stefano Parodi ha poi spiegato …": the one just quoted by role goes on, now by name
_GOES_ON = re.compile(r"\s*(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+)(?:\s*,[^,]{1,60},)?"
                      r"\s+(?:ha|aveva)\s+(?:poi|anche|inoltre|quindi|infine)\s+(?P<verb>[a-zà-ÿ]+)")


def ranked_next(d: Discourse, site: Site, who: str) -> str | None:
    """"«…», ha spiegato il comandante della sezione. La vicequestore Laura Bonetti ha
    aggiunto …": a commander said by role is the officer the next sentence opens with;
    "«…», ha commentato l'amministratore delegato. Stefano Parodi ha poi spiegato …": a
    role is the person the next sentence names going on."""
    low = [norm(t) for t, _, _ in tokens(who)]
    if len(low) < 2 or low[0] not in DETERMINERS:
        return None
    sentences = d.doc.sentences[site.epar]
    nxt = unmask(sentences[site.esi + 1]) if site.esi + 1 < len(sentences) else ""
    goes_on = _GOES_ON.match(nxt)
    if goes_on and is_given_name(goes_on.group("name").split()[0]) \
            and is_speech_word(goes_on.group("verb")):
        return d.res.reg.full_name(goes_on.group("name"))
    if low[1] not in _COMMANDING:
        return None  # a role as written ("il comandante della sezione di Brescia")
    ranked = _RANKED.match(nxt)
    if not ranked or not is_given_name(ranked.group("name").split()[0]):
        return None
    return d.res.reg.full_name(ranked.group("name"))


def named_next(d: Discourse, site: Site, head: str) -> str | None:
    """The one person the sentence right after the quote's names in the same role ("La
    sindaca di San Giorgio, Michela Cossar, ha chiesto …"), where no one before holds it."""
    sentences = d.doc.sentences[site.epar]
    if site.esi + 1 >= len(sentences):
        return None
    nxt = unmask(sentences[site.esi + 1])
    if not re.search(rf"\b{re.escape(head)}\b", nxt, re.I):
        return None
    people = {p.name for p in d.res.reg.people.values()
              if p.is_person and p.name in nxt and d.res.reg.holds_as(p.name, head)}
    return d.res.reg.full_name(people.pop()) if len(people) == 1 else None


_SAYS_ON = SAYS_ON | {":", "«", "“", "\""}  # "racconta di", "dice che", "dice: «"
_INTRODUCED = re.compile(r"\W*(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\s*,"
                         r"(?P<who>[^;:.«»“”\"]{2,120}),\s*[a-zà-ÿ]")
_IN_CHARGE = re.compile(r"\b(?:" + "|".join(table("speech")["in_charge"]) + r")\b", re.I)


def introduced_next(d: Discourse, site: Site, who: str) -> str | None:
    """"«…», spiega la direttrice generale. Rosanna Ferrigno, 57 anni, alla guida
    dell'azienda da due anni, esclude …": the person the sentence after introduces, named
    there for the first time with who they are, of the role's gender."""
    sentences = d.doc.sentences[site.epar]
    if site.esi + 1 >= len(sentences):
        return None
    nxt = unmask(sentences[site.esi + 1])
    m = _INTRODUCED.match(nxt)
    first = m.group("name").split()[0] if m else ""
    if not m or not is_given_name(first):
        return None
    article = norm(tokens(who)[0][0]) if tokens(who) else ""
    if article not in ("il", "lo", "la") or article == "la" and not is_female_name(first):
        return None  # "il magistrato" may be a woman, "la direttrice" no man
    if not (_IN_CHARGE.search(m.group("who"))
            or any(is_person_noun(t) for t, _, _ in tokens(m.group("who")))):
        return None  # "Ugo Neri, 45 anni, ha un bar": no office, maybe someone else
    toks = tokens(nxt[m.end("name"):])
    if any(norm(t) in ANONYMOUS for t, _, _ in toks) or any(
            is_speech_word(t) and k + 1 < len(toks) and norm(toks[k + 1][0]) in _SAYS_ON
            for k, (t, _, _) in enumerate(toks)):
        return None  # "Ugo Neri, 45 anni, residente in via Roma, racconta di …": a new voice
    full = d.res.reg.full_name(m.group("name"))
    person = d.res.reg.people.get(name_key(full))
    start = d.doc.sentence_offset(site.epar, site.esi + 1)
    if not person or not person.is_person or min(person.mentions, default=0) < start:
        return None  # named before: someone the text has already given a part
    return full


def subject_of_previous(d: Discourse, site: Site) -> str | None:
    """The person the sentence before the quote is about (its subject), where it quotes
    nobody."""
    prev = d.doc.previous_sentence(site.par, site.si)
    if not prev or quotes_in(prev) or re.match(rf"\W*(?:{VIEW_SURE})\s", unmask(prev), re.I):
        return None  # "Secondo Fiom Cgil il piano …": whose view, not whom it is about
    return d.subject_of_sentence(prev, site.par)


def named_before(d: Discourse, site: Site, back: int = 1) -> list[str]:
    """The people the sentence before the quote's names (or the ``back`` sentences of its
    paragraph before it), where they quote nobody."""
    prev = d.doc.previous_sentence(site.par, site.si) if back == 1 else " ".join(
        d.doc.sentences[site.par][max(0, site.si - back):site.si])
    # a sentence that quotes someone, not one that names a thing in quotes ("la 'Monticchio'")
    if not prev or d.quotes_someone(prev):
        return []
    plain = unmask(prev)
    reg = d.res.reg
    # "Bassi non si arrende" names Giulia Bassi by her surname
    full = [reg.full_name(p.name) for p in reg.people.values() if p.name in plain
            or p.is_person and len(p.name.split()) > 1
            and re.search(rf"\b{re.escape(p.name.split()[-1])}\b", plain)]
    people = [f for f in full if (p := reg.people.get(name_key(f))) and p.is_person]
    return list(dict.fromkeys(people))


def subjects_before(d: Discourse, site: Site, named: list[str]) -> list[str]:
    """Those of ``named`` that the sentence before the quote makes the subject of a verb
    ("Ferrante era partito meglio, ma Bonetti ha ribaltato la partita": both)."""
    prev = unmask(d.doc.previous_sentence(site.par, site.si) or "")
    out = []
    for name in named:
        for m in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", prev):
            after = tokens(prev[m.end():])[:1]
            if after and not is_cap(after[0][0]) and is_verb_like(after[0][0]):
                out.append(name)
                break
    return out
