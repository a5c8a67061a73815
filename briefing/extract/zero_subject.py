"""Who a verb of saying with no subject of its own has ("«…», ha aggiunto."): the subject
of its sentence, a view the words before the quote give, the one who speaks in (or is the
subject of) the sentence before, or the last speaker of the paragraph — or nobody, where the
sentence gives a subject of its own the article never names.
"""

from __future__ import annotations

import re

from briefing.extract.discourse import Discourse, Voice, quotes_in, someone
from briefing.extract.document import unmask
from briefing.extract.edges import leading_np
from briefing.extract.wordkinds import full_names, is_descriptor, is_verb_like
from briefing.italian.grammar import DETERMINERS, HE_SHE, is_cap, norm, tokens
from briefing.italian.lexicon import is_given_name
from briefing.italian.speech import VIEW_WORDS
from briefing.italian.tables import alternatives

# a name with an article is a club's or a body's, never a person's ("Il Nervi", "La Procura")
_ARTICLED_NAME = re.compile(r"(?:il|lo|la|l['’]|i|gli|le)\s*[A-ZÀ-Ý]", re.I)
_PRONOUN_FIRST = re.compile(rf"\W*(?P<p>(?i:{alternatives(HE_SHE)}))\b(?!\s+stess)")
_VIEW = re.compile(rf"\b(?i:{VIEW_WORDS})\s+(?:(?:il|la|lo|l['’])\s*[a-zà-ÿ]+(?:\s+[a-zà-ÿ'’]+)"
                   r"{0,3}\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+)\s*[,:]")


def zero_subject(d: Discourse, par: int, si: int, prefix: str, voice: Voice) -> str | None:
    """A verb with no subject: the subject of its sentence, of the one before (or who
    speaks in it), or the last speaker of the same paragraph."""
    pronoun = _PRONOUN_FIRST.match(unmask(prefix))
    if pronoun:  # "Lei, seduta in cucina, parla a bassa voce: «…»": settled as "ha detto lei"
        return pronoun.group("p").lower()
    # "Tra gli amatori c'era anche Franco Lapini, …: «…», ha detto": the one it presents
    own = (d.subject_of_sentence(prefix, par) or _view_of(d, prefix)
           or d.presented(prefix)) if prefix.strip() else None
    if own:
        return own
    told = _told_of(d, unmask(prefix))
    if told:
        return told
    if prefix.strip() and _own_unnamed(d, prefix, par):
        return None  # "L'agenzia, da parte sua, «…», fa sapere": not the one before
    prev = d.doc.previous_sentence(par, si)
    if prev is not None:
        who = d.speech_subject(prev, par)
        if who:
            return who
        before = d.subject_of_sentence(prev, par) or d.presented(prev)
        if before and not d.quotes_someone(prev) and (d.a_person(before) or not (
                _ARTICLED_NAME.match(unmask(prev).lstrip()) and full_names(unmask(prev)))):
            return before  # not "Il Nervi …: un dato che l'allenatore X non ha digerito"
        if not d.quotes_someone(prev):
            topic = _named_first(d, unmask(prev))
            if topic is not False and topic != voice.speaker:
                # "Tra loro anche Oleh Horbenko, 63 anni, …": the one it is about
                return topic
            if topic is False and si >= 2 and not _names_anyone(unmask(prev)) \
                    and not someone(unmask(prev)):
                # "Ugo Neri … sarà dimesso domani. Ieri ha accettato di raccontare …. «…»,
                # dice.": a sentence with no subject and no name goes on with the one before
                earlier = d.doc.sentences[par][si - 2]
                who = None if quotes_in(earlier) else d.subject_of_sentence(unmask(earlier), par)
                if who and d.a_person(who) and not is_descriptor(who):
                    return who
    if par == voice.par or (par == voice.par + 1 and si == 0):
        return voice.speaker
    return _paragraph_subject(d, par, si)


def _names_anyone(sentence: str) -> bool:
    """A capitalised word past the first: a name, a body or a place the sentence names."""
    return any(is_cap(t) for t, _, _ in tokens(sentence)[1:])


def _own_unnamed(d: Discourse, prefix: str, par: int) -> bool:
    """The words before the quote open with a subject of their own that names no one
    the article names ("L'agenzia, da parte sua,")."""
    np = leading_np(re.split(r"(?<=[,;])\s+", unmask(prefix))[0], d.known)
    return bool(np) and np[0] == "desc" and not d.res.name_of(np, d.doc.offset(par))


def _view_of(d: Discourse, prefix: str) -> str | None:
    """"Troppo poco, secondo il sindaco Nikos Stamatopoulos, che ne chiede 150 milioni:
    «…», ha detto": the person whose view the words before the quote give."""
    m = _VIEW.search(unmask(prefix))
    if not m or not is_given_name(m.group("name").split()[0]):
        return None
    return d.res.reg.full_name(m.group("name"))


def _named_first(d: Discourse, sentence: str) -> str | None | bool:
    """A sentence naming a person (a first name and a surname) before its first verb,
    as its topic: that person; a sentence naming people elsewhere: None (someone else
    may speak); naming no one: False."""
    names = full_names(sentence)
    if not names:
        return False
    verb = next((t[1] for t in tokens(sentence) if not is_cap(t[0]) and is_verb_like(t[0])),
                len(sentence))
    first = names[0]
    if first.start() < verb and len({m.group() for m in names}) == 1:
        return d.res.reg.full_name(first.group())
    return None


def _paragraph_subject(d: Discourse, par: int, si: int) -> str | None:
    """The person the paragraph opened with, when no one else is named or quoted
    since ("Alberto Caselli ci riceve … Ha 58 anni … La classifica … «…», dice.")."""
    sents = [unmask(s) for s in d.doc.sentences[par][:si]]
    if not sents or any(quotes_in(s) for s in d.doc.sentences[par][:si]):
        return None
    who = d.subject_of_sentence(sents[0], par)
    if not who:
        return None
    others = {p.name for p in d.res.reg.people.values() if p.is_person
              and d.res.reg.full_name(p.name) != who}
    # names in the opening sentence are its own (the theatre she runs), not new people;
    # someone unnamed who comes in since ("Poi ha preso la parola un operaio") stops it
    later = sents[1:]
    if any(o in s for o in others for s in later) or any(someone(s) for s in later):
        return None
    return who


# "Al suo fianco lo chef Luca Paoloni, che … ha proposto il menu:": a clause with no verb of
# its own presents a person, whom a relative clause then tells of
_TOLD_OF = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+)\s*,\s*che\s[^«»:]*:\s*$")


def _told_of(d: Discourse, prefix: str) -> str | None:
    """The person a verbless clause presents before a relative clause and a colon."""
    m = _TOLD_OF.search(prefix)
    if not m or any(is_verb_like(t) and not is_cap(t) and norm(t) not in DETERMINERS
                    for t, _, _ in tokens(prefix[:m.start()])):
        return None
    who = d.res.name_of(("name", m.group("name")), 0)
    return who if who and d.a_person(who) and not is_descriptor(who) else None
