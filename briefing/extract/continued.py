"""A quotation with no verb of saying of its own that carries on the voice before it: a
quote standing alone, or after only a topic ("Sul fisco: «…»"), a label ("OBIETTIVI -") or
an interview's question — unless the sentence just before turns to another source."""

from __future__ import annotations

import re

from briefing.extract.clauses import last_speech_verb, verb_first
from briefing.extract.discourse import Discourse, Voice, quotes_in
from briefing.extract.document import unmask
from briefing.extract.edges import leading_np
from briefing.extract.found import Found, How
from briefing.extract.interview import answers_turn
from briefing.extract.openings import newly_named
from briefing.extract.phrases import classify
from briefing.extract.site import Site
from briefing.italian.grammar import COMPLEMENT, DETERMINERS, LINKS, is_cap, name_key, norm, tokens
from briefing.italian.lexicon import is_given_name
from briefing.italian.nouns import BODY_CLASSES, BODY_HEADS, INSTITUTIONS, is_person_noun
from briefing.italian.speech import SAID_NOUNS, VIEW_SURE

# "OBIETTIVI - «…»", "ANCORA SALVINI - …": a label in capitals opening an interview block
_CAPS_LABEL = re.compile(r"^\s*[A-ZÀ-Ý'’]{3,}(?:\s+[A-ZÀ-Ý'’]{2,}){0,2}\s*[-–—:]\s*$")
# "Sulla guerra in Siria:", "Inoltre, sull'aumento dei prezzi", "Quanto ai migranti,"
_TOPIC = re.compile(r"^\s*(?:(?:e|ed|poi|inoltre|infine|ancora|quindi|e poi)\s*,?\s*)?"
                    r"(?:sull['’]|(?:su|sul|sullo|sulla|sui|sugli|sulle|quanto a\w*|riguardo a\w*|"
                    r"in merito a\w*|circa)\b)", re.I)


def _topic(d: Discourse, prefix: str, voice: str | None = None) -> bool:
    """A topic or a label introducing the next quote of the same voice: no verb of saying,
    nobody named as a subject ("Sulla guerra in Siria:", "La conclusione:", "L'attacco al
    governo è sui migranti:", "OBIETTIVI -")."""
    rest = unmask(prefix, "").strip()
    if not rest or len(rest.split()) > 12 or last_speech_verb(rest) is not None:
        return False
    if _CAPS_LABEL.match(rest):
        return True
    if not (rest.endswith(":") or _TOPIC.match(rest)):
        return False
    if not _TOPIC.match(rest) and (_names_someone(rest) or _names_known(d, rest, voice)
                                   or any(m["noun"] in SAID_NOUNS
                                          for m in _OF_NAMED.finditer(rest))
                                   or _VIEW_OPENING.match(rest)):
        # "In fila c'era anche Marco, pensionato:", "Dura la reazione di Confagricoltura:":
        # a new voice
        return False
    head = re.sub(r"^\s*(?:(?:e|ed|poi|inoltre|infine|ancora)\s*,?\s*)", "", rest, flags=re.I)
    if _TOPIC.match(head):
        # names in "Su Marta Bini:" are the topic; "Sulla stessa linea Ugo Neri:" speaks
        toks = tokens(head)
        return not any(is_given_name(toks[k][0]) and k + 1 < len(toks) and is_cap(toks[k + 1][0])
                       and norm(toks[k - 1][0]) not in COMPLEMENT for k in range(2, len(toks)))
    np = leading_np(head.rstrip(":"), d.known)
    if np is not None and _new_subject(np[1]):
        return False  # "L'azienda ha pubblicato un messaggio:", "Uno di loro la mette così:"
    return np is None or d.res.name_of(np, 0) is None


# "Dura la reazione di Confagricoltura Trapani:": a noun of saying, and whose words come (not
# "sarà al ministero delle Imprese con la delegazione:")
# "Per il coordinamento di Libera adesso serve …:": whose view the words give
_VIEW_OPENING = re.compile(r"\W*(?:Per|Secondo)\s+(?:(?:il|lo|la|l['’]|i|gli|le)\s*)?"
                           r"(?:[a-zà-ÿ]+\s+){0,4}?[A-ZÀ-Ý]")
_OF_NAMED = re.compile(r"\b(?P<noun>[a-zà-ÿ]+)\s+(?:di|del|della|dello|dell['’]|dei|degli|"
                       r"delle)\s*[A-ZÀ-Ý]")


def _new_subject(phrase: str) -> bool:
    """A subject of its own, though the text may never name it: a body by its class
    ("l'azienda"), a person by role or as one of a group ("uno di loro", "un residente")."""
    if re.match(r"\W*(?:uno|una)\s+(?:di|dei|degli|delle)\b", phrase, re.I):
        return True
    content = [norm(t) for t, _, _ in tokens(phrase) if norm(t) not in DETERMINERS]
    return bool(content) and (content[0] in BODY_CLASSES | BODY_HEADS
                              or is_person_noun(content[0]))


def _names_known(d: Discourse, text: str, voice: str | None) -> bool:
    """A surname past the first word of someone the article names in full ("Sportiva anche
    la tedesca Hofmann:" after "Lena Hofmann"), other than the voice: a person who may be
    speaking."""
    for t, _, _ in tokens(text)[1:]:
        full = d.res.reg.full_name(t) if is_cap(t) and len(t) > 2 else t
        parts = full.split()
        if len(parts) > 1 and parts[-1] == t and is_cap(parts[0]) \
                and norm(parts[0]) not in BODY_HEADS | INSTITUTIONS \
                and name_key(full) != name_key(voice or ""):
            return True
    return False


def _names_someone(text: str) -> bool:
    """A first name or a person noun past the first word: someone who may be speaking."""
    toks = tokens(text)
    return any(is_given_name(t) or (not is_cap(t) and is_person_noun(t)
                                     and norm(t) not in INSTITUTIONS | BODY_CLASSES)
               for t, _, _ in toks[1:])


def _another_source(d: Discourse, site: Site, voice: Voice) -> str | None | bool:
    """The sentence just before a bare quote turns to another source ("Secondo la polizia,
    i ladri erano tre. «…»", "Il sindaco Neri è più cauto. «…»"): that one where it is a
    person the sentence gives the view of, else nobody (None); False when it does not."""
    if site.si == 0:
        return False
    prev = d.doc.sentences[site.par][site.si - 1]
    if quotes_in(prev):
        return False  # the voice's own sentence, or another quote: the usual rules
    plain = unmask(prev)
    view = d.stance(plain, site.par)
    if view:
        return view
    said = d.speech_subject(plain, site.par)  # "Parla Marta Bortolin, della Fai Cisl."
    if said and d.a_person(said) and name_key(said) != name_key(voice.speaker or ""):
        return said
    m = re.search(rf"\b(?i:{VIEW_SURE})\s+(?P<np>[^,.;:]{{2,60}})", plain)
    at = d.doc.sentence_offset(site.par, site.si)
    source = d.res.name_of(classify(m.group("np")), at) if m else None
    subject = source or d.subject_of_sentence(plain, site.par)
    person = d.res.reg.people.get(name_key(subject or ""))
    if subject and (source or (person and person.is_person)) \
            and name_key(subject) != name_key(voice.speaker or ""):
        return None  # someone else who could be speaking: nobody rather than a guess
    earlier = " ".join(unmask(s) for p in d.doc.sentences[:site.par + 1] for s in p)
    return None if newly_named(plain, earlier[:earlier.rfind(plain)], voice.speaker) \
        else False


def same_voice(d: Discourse, site: Site, voice: Voice) -> Found | None:
    """A quote with nothing around it, or only a topic ("Sul fisco: «…»"), continues the
    voice before it."""
    rest = unmask(site.prefix, "")
    if re.search(r"\w.*[.!?]\s*$", rest):  # "Neri è cauto. «…»" read as one sentence
        who = d.stance(rest.strip(), site.par)
        if who:
            return Found(who, How.CONTINUED)
    bare = not re.search(r"\w", rest) or (
        len(rest.split()) <= 4 and all(norm(w) in LINKS for w in re.findall(r"[\w']+", rest)))
    par = site.par
    if bare and site.si == 0 and d.interviewee and answers_turn(d.doc.paragraphs, par):
        return Found(d.interviewee, How.CONTINUED)  # an answer to a point put in the interview
    topic = not bare and _topic(d, site.prefix, voice.speaker)
    if (bare or topic) and voice.speaker and (
            par == voice.par or (par == voice.par + 1 and (site.span.start <= 2 or topic))):
        other = _another_source(d, site, voice)
        if other is not False:
            return Found(other, How.CONTINUED) if other else None
        return Found(voice.speaker, How.CONTINUED)
    if topic:
        who = d.previous_speech(par, site.si)
        return Found(who, How.CONTINUED) if who else None
    if bare:
        who = d.previous_speech(par, site.si)
        return Found(who, How.CONTINUED) if who else None
    if voice.how in (How.DOCUMENT, How.ACCORDING) and par == voice.par \
            and site.body[:1].islower() and verb_first(site.body) \
            and last_speech_verb(unmask(site.prefix)) is None:
        # "Kim, a sua volta, «ha espresso …»": the report goes on quoting
        return Found(voice.speaker, How.CONTINUED)
    return None
