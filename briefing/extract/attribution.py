"""Who said each quotation of an article: attribution rules tried in order.

Italian news puts the attribution in a handful of places; :data:`RULES` looks in each, in
this order, for the verb of saying that governs the quotation and its subject:

* inside the quote: «Il mondo – ha dichiarato il presidente Joe Biden – ha perso …»
  (the interjection is taken out of the quote's text);
* right after it: «…», ha detto Trump / «…» riferisce il presidente / «…», si legge in
  una nota / «…»: è questo l'appello dei soccorritori;
* before it, in the same sentence (:mod:`briefing.extract.before`);
* in the next sentence: «…». Lo ha spiegato X / Ad affermarlo è X;
* or nowhere, when the same speaker goes on: a sentence or paragraph that is only a
  quote continues the voice before it (:mod:`briefing.extract.continued`).

Each rule returns a :class:`Found` (speaker and how) or None; the first answer wins, and
an answer may be "nobody" — a quote given to the wrong person is worse than an
unattributed one. The only state is the article's own :class:`Voice` (who spoke last).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.extract.before import before
from briefing.extract.clauses import (
    INTERJECTION,
    names_something,
    speech_at_start,
)
from briefing.extract.continued import same_voice
from briefing.extract.discourse import Discourse, Voice
from briefing.extract.document import QuotedText, unmask
from briefing.extract.found import GOVERNED, NO_SPEAKER, Found, How
from briefing.extract.neighbours import (
    EXCLUSIVE,
    announced,
    could_be,
    fits_gender,
    introduced_next,
    named_before,
    named_next,
    other_office,
    ranked_next,
    she_or_he,
    subject_of_previous,
    subjects_before,
)
from briefing.extract.openings import someone_after, someone_past_place
from briefing.extract.phrases import classify, np_after
from briefing.extract.resolver import anaphoric, body_descriptor, unnamed_person
from briefing.extract.site import Site
from briefing.extract.wordkinds import is_descriptor
from briefing.extract.zero_subject import zero_subject
from briefing.italian.grammar import (
    ARTICLE_IN,
    DETERMINERS,
    FROM_PREP,
    HE_SHE,
    INDEFINITE,
    OF,
    PREMODIFIERS,
    is_cap,
    name_key,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_given_name
from briefing.italian.nouns import is_age_noun
from briefing.italian.speech import SPEECH_NOUNS, VIEW_WORDS, is_speech_word
from briefing.italian.tables import alternatives


@dataclass(frozen=True)
class Attribution:
    """A quotation's speaker (None if the text does not say), how it was found, its text."""

    speaker: str | None
    how: How | None
    body: str


Rule = Callable[[Discourse, Site, Voice], Found | None]


def _inside(d: Discourse, site: Site, voice: Voice) -> Found | None:
    """«… – ha aggiunto X – …»: the interjection is taken out of the quote's text."""
    for m in INTERJECTION.finditer(site.body):
        hit = speech_at_start(m.group("inner"))
        if hit is None:
            continue
        site.body = (site.body[: m.start()] + " " + site.body[m.end():]).strip()
        np = np_after(m.group("inner")[hit[0]:])
        who = d.res.name_of(np, d.doc.sentence_offset(site.par, site.si)) if np else None
        who = who or d.res.described_after(m.group("inner")[hit[0]:])  # "– racconta la romana –"
        if who is None:
            # "la linea dell'avvocata X: «… - ha spiegato - …»": the one the colon names
            ahead = _named_ahead(d, site, voice) if site.prefix.rstrip().endswith(":") else None
            if ahead:
                return ahead
            return Found(zero_subject(d, site.par, site.si, site.prefix, voice),
                         How.INSIDE_CONTINUED)
        return Found(who, How.INSIDE)
    return None


# "assicurano dall'ospedale": after an impersonal plural verb, where the words come from
_THEY_FROM = re.compile(rf"\s*{FROM_PREP}\b", re.I)


def _after_verb(d: Discourse, site: Site, voice: Voice, rest: str, legge: bool) -> Found:
    if legge:
        author = d.document_author(rest, site.epar, site.esi, site.prefix)
        if author and body_descriptor(author):
            # "Per Confindustria Veneto, invece, «…», come si legge in una nota
            # dell'associazione": the body whose view the sentence gives
            view = re.match(rf"\s*(?i:{VIEW_WORDS})\s+(?P<np>[A-ZÀ-Ý][^,:;«»“”\"]{{1,60}}?)\s*,",
                            unmask(site.prefix))
            named = d.res.name_of(classify(view.group("np")), 0) if view else None
            author = named or author
        return Found(author, How.DOCUMENT)
    pronoun = re.match(rf"\s*({alternatives(HE_SHE)})\b", rest)
    if pronoun:
        # "«…», ha aggiunto lei": the woman quoted just before, or the one person the
        # sentences name; "era accompagnato dalla moglie: «…», ha detto lei": a woman the
        # text does not name — nobody rather than the man quoted before
        who = she_or_he(d, site, voice, pronoun.group(1) == "lei")
        return Found(who, How.AFTER) if who else Found(None, How.AFTER_UNKNOWN)
    np = np_after(rest)
    if np is not None:
        who = d.res.name_of(np, d.doc.sentence_offset(site.epar, site.esi))
        unresolved = who is None or name_key(who) not in d.res.reg.people
        told = announced(d, site, named_before(d, site)) \
            if unresolved and anaphoric(np[1]) else None
        if told and could_be(d, told, np[1]):
            # "Amaro il commento di Ugo Neri. «…», ha detto l'allenatore del Rimini": a
            # role the text ties to no one is the one whose words were just announced
            return Found(told, How.AFTER, said_as=np[1])
        if np[0] == "desc" and body_descriptor(np[1]):
            # "Anche la Confcommercio esprime solidarietà: «…», scrive l'associazione"
            own = d.subject_of_sentence(site.prefix, site.epar) if site.prefix.strip() \
                else None
            if own:
                return Found(own, How.AFTER)
        return Found(who, How.AFTER) if who else Found(None, How.AFTER_UNKNOWN)
    if names_something(rest) or _THEY_FROM.match(rest) and re.search(
            r"(?:ano|ono)\W*$", site.suffix[:len(site.suffix) - len(rest)]):
        # "fanno sapere da Palazzo Chigi", "assicurano dall'ospedale": a source, not the
        # subject of the sentence before
        return Found(None, How.AFTER_UNKNOWN)
    described = d.res.described_after(rest)  # "racconta la romana."
    if described:
        return Found(described, How.AFTER)
    if _SOMEONE_WE_DONT_KNOW.match(rest) or someone_after(rest) or _late_name(rest) \
            or someone_past_place(rest):
        # "racconta il custode.", "ha gridato dal palco … Milica Jovanović,": someone, not
        # the one quoted last
        return Found(None, How.AFTER_UNKNOWN)
    own = _named_ahead(d, site, voice) \
        if _has_words(site.prefix) and not d.subject_of_sentence(site.prefix, site.par) else None
    if own:
        # "Interviene anche la Fai Trentino, l'associazione …: «…», scrive in una nota":
        # the subject the words before the quote name after their verb, not the last voice
        # (where they open with a subject, "il Papa è tornato …, sottolineando che le donne
        # incontrano Gesù …: «…», ha detto", that one speaks)
        return Found(own.speaker, How.AFTER_CONTINUED)
    return Found(zero_subject(d, site.epar, site.esi, site.prefix, voice), How.AFTER_CONTINUED)


def _said_in_relative(prefix: str) -> bool:
    """"I sindacati, che alla vigilia avevano promesso «…», hanno fatto sapere …": the
    quote is the object of the verb of saying right before it, in a relative clause; the
    verb after belongs to the main clause — the words are said as the one before says."""
    plain = unmask(prefix).rstrip()
    toks = tokens(plain)
    return bool(toks) and is_speech_word(toks[-1][0]) and norm(toks[-1][0]) not in SPEECH_NOUNS \
        and re.search(r",\s*che\b[^,;:«»“”\"]*$", plain) is not None


def _late_name(rest: str) -> bool:
    """The verb's clause names someone further on: a run of three capitalised words or a
    first name and a surname ("dal palco … al Parlamento Milica Jovanović,")."""
    clause = re.split(r"[,.;:!?«»“”\"]", unmask(rest), maxsplit=1)[0]
    runs = re.findall(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+", clause)
    return any(len(r.split()) >= 3 or is_given_name(r.split()[0]) for r in runs)


def _after(d: Discourse, site: Site, voice: Voice) -> Found | None:
    """«…», ha detto X / «…» riferisce il presidente / «…», si legge … / «…»: è questo
    l'appello dei soccorritori."""
    hit = speech_at_start(site.suffix)
    if hit and not _said_in_relative(site.prefix):
        return _after_verb(d, site, voice, site.suffix[hit[0]:], hit[1])
    m = re.match(r"\s*[:,]?\s*(?:è|sono|ecco)\s+(?:questo|questa|queste|questi|"
                 r"quanto)?\s*(?:il|la|l['’]|le|gli|i)?\s*(?P<noun>\w+)\s+"
                 r"(?:\w+\s+){0,2}?(?P<of>della|dello|delle|degli|dell['’]|dei|del|di)\b\s*"
                 r"(?P<np>[^,.;]{2,60}(?:,\s*[A-ZÀ-Ý][^,.;]{1,40})?)", site.suffix)
    if m and m.group("noun").lower() in SPEECH_NOUNS:
        article = ARTICLE_IN.get(m.group("of"), "")
        np = classify(m.group("np")) if is_cap(m.group("np")[0]) else np_after(
            article + m.group("np"))
        who = d.res.name_of(np, d.doc.sentence_offset(site.epar, site.esi))
        if who:
            return Found(who, How.AFTER)
    return None


def _before(d: Discourse, site: Site, voice: Voice) -> Found | None:
    return before(d, site.prefix, site.par, site.si, voice)


def _named_ahead(d: Discourse, site: Site, voice: Voice) -> Found | None:
    """The speaker the words before the quote name, by a verb of saying or a colon — not
    one they leave to the voice before."""
    ahead = _before(d, site, voice)
    return ahead if ahead and ahead.speaker and ahead.how in (How.COLON, How.BEFORE) else None


def _has_words(text: str) -> bool:
    return bool(re.search(r"\w", unmask(text, "")))


def _next(d: Discourse, site: Site, voice: Voice) -> Found | None:
    """«…». Lo ha spiegato X / Ad affermarlo è X: the quote ends its sentence."""
    if _has_words(site.suffix):
        return None
    who = d.next_sentence(site.epar, site.esi,
                          voice.speaker if voice.par == site.par else None)
    if who:
        return Found(who, How.NEXT)
    # the next sentence says who spoke in words we cannot read: not the voice before
    return Found(None, How.AFTER_UNKNOWN) if d.frames_next(site.epar, site.esi) else None


def _prose_goes_on(d: Discourse, site: Site, voice: Voice) -> Found | None:
    """The sentence goes on about something else after the quote: no guess."""
    if _has_words(site.suffix) and speech_at_start(site.suffix) is None \
            and re.match(r"\s*[,–—-]?\s*\w", site.suffix):
        return Found(None, How.UNATTRIBUTED)
    return None


RULES: list[Rule] = [_inside, _after, _before, _next, _prose_goes_on, same_voice]


def _the_nth_year_old(who: str) -> bool:
    """"Il 24enne romano", "la 30enne": someone told by age with a definite article — one
    the article has just named, not a new voice ("un 24enne")."""
    toks = [norm(t) for t, _, _ in tokens(who)]
    return len(toks) > 1 and toks[0] in DETERMINERS - INDEFINITE and is_age_noun(toks[1])


def _introduced_unnamed(d: Discourse, site: Site, who: str) -> bool:
    """"Un 34enne è stato fermato. … ha detto il 34enne": the one the article brought in
    without a name, by the same words with an indefinite article."""
    age = tokens(who)[1][0]
    before = " ".join(unmask(s) for p in d.doc.sentences[:site.par + 1] for s in p)
    return bool(re.search(rf"\b(?:{alternatives(INDEFINITE)})\s+{re.escape(age)}\b", before,
                          re.I))


def _settle(found: Found | None, site: Site, voice: Voice, d: Discourse) -> str | None:
    """The speaker to keep: nobody where a rule found no speaker; a singular role
    ("il deputato") only when it points back to the person just quoted, or when its
    complement makes it someone the article names no other way ("il titolare del bar")."""
    if found is None or found.how in NO_SPEAKER:
        return None
    who = found.speaker
    pronoun = re.fullmatch(rf"({alternatives(HE_SHE)})(?:\s+stess[oa])?", who or "", re.I)
    if pronoun:  # "Lei stessa era in piazza: «…»": the woman just quoted, or nobody
        return she_or_he(d, site, voice, pronoun.group(1).lower() == "lei")
    if who and voice.speaker and voice.par == site.par and voice.said_as \
            and voice.said_as != voice.speaker and who.lower() == voice.said_as.lower():
        return voice.speaker  # "«…», ha ammesso l'allenatore, che ha difeso i suoi: «…»"
    if who and (officer := ranked_next(d, site, who)):
        return officer
    if who and _the_nth_year_old(who):
        # "Il migliore degli italiani è Filippo Ragusa, quarto. Il 24enne romano ha pagato un
        # avvio difficile. «…», ha raccontato": the one person named just before
        named = named_before(d, site, back=2)
        if len(named) > 1:  # "Poi Gallo ha colpito il lancio del rilievo Diego Fernández":
            subject = subject_of_previous(d, site)  # the one the sentence before is about
            named = [subject] if subject in named else named
        if len(named) == 1 and not d.res.reg.has_role(named[0]) \
                and not _introduced_unnamed(d, site, who):
            return named[0]
        return who
    if who and is_descriptor(who) and anaphoric(who) and not unnamed_person(who):
        # "Il deputato ha anche chiesto …": the one just quoted, or the one the sentence
        # before names ("Deluso il tecnico Ugo Neri. «…», ammette l'allenatore"). Otherwise
        # a singular role ("il leader ucraino") stands for someone the article may well
        # name elsewhere: no name is better than a role where a name was due.
        low = [norm(t) for t, _, _ in tokens(who)]
        head = next((w for w in low[1:] if w not in PREMODIFIERS), "")
        named = named_before(d, site)
        mods = [w for w in low[low.index(head) + 1:] if w not in OF and len(w) > 2] \
            if head in low else []
        holder = [p for p in named if d.res.reg.holds_as(p, head, mods, low)]
        if len(holder) == 1:
            return holder[0]
        # "Dopo il fischio Ferrante è corso ad abbracciare Bellini. «…», ha raccontato
        # l'attaccante": the one the sentence before is about, whom the text gave no role
        subject = subject_of_previous(d, site) \
            if not holder and len(subjects_before(d, site, named)) < 2 else None
        if subject and (subject in named or not named) and not is_descriptor(subject) \
                and not d.res.reg.has_role(subject) and d.a_person(subject) \
                and fits_gender(who, subject):
            return subject  # a person, not "La Procura di X" for "il procuratore"
        after = named_next(d, site, head) or introduced_next(d, site, who)
        if after:
            return after  # "«…», ha detto la sindaca. La sindaca di X, Ada Neri, ha …"
        told = announced(d, site, named)
        if told and not d.res.reg.has_role(told) and told != voice.speaker \
                and fits_gender(who, told):
            return told  # "Amaro il commento di Ugo Neri. «…», ammette l'allenatore"
        if named and voice.speaker not in named:
            return None  # someone else came in between
        if voice.speaker and not is_descriptor(voice.speaker) and voice.par == site.par \
                and any(is_given_name(w) for w in voice.speaker.split()) \
                and not other_office(d, voice.speaker, head) and fits_gender(who, voice.speaker) \
                and (head not in EXCLUSIVE or d.res.reg.holds_as(voice.speaker, head)):
            # not "Tra gli sfollati c'è Marisa Checchi. «…» Il sindaco ha promesso: «…»"
            return voice.speaker
        if any(w in OF for w in low[low.index(head) + 1:]) and not d.res.reg.holds(head):
            return who
        return None
    return who


# a subject of its own after the verb, a noun we have no list for: "», racconta il custode."
_SOMEONE_WE_DONT_KNOW = re.compile(r"\s*(?:il|lo|la|l['’])\s*[a-zà-ÿ]{4,}\s*(?:[.;!?]|$)")


def _standalone(site: Site) -> bool:
    """A quote that is a sentence of its own (a statement, not a phrase in quotes)."""
    return not _has_words(site.prefix) and not _has_words(site.suffix) \
        and len(site.body.split()) >= 5


_SPOKE = GOVERNED | {How.AFTER_UNKNOWN}  # someone was said to speak


def _person_around(site: Site) -> bool:
    """The words around a quote name a person (a first name, then a surname)."""
    around = unmask(site.prefix) + " " + unmask(site.suffix)
    return any(is_given_name(w) for w in re.findall(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?=\s+[A-ZÀ-Ý])",
                                                    around))


def _asked(d: Discourse, site: Site) -> bool:
    """Whether the quotation stands in a question put in an interview ("Non c'è il rischio
    di una Chiesa "senza preti"?"): the answer after it is still the interviewee's."""
    return d.doc.paragraphs[site.par].rstrip().endswith("?")


def attribute(doc: QuotedText) -> list[Attribution]:
    """Each quotation of the article with its speaker, in order."""
    d = Discourse(doc)
    voice = Voice()
    out = []
    for k in range(len(doc.spans)):
        site = Site.of(doc, k)
        if site.par != voice.par and site.par != voice.par + 1:
            # a speaker does not go on across unrelated paragraphs
            voice.speaker = voice.document = None
        found = next((f for rule in RULES if (f := rule(d, site, voice)) is not None), None)
        who = _settle(found, site, voice, d)
        out.append(Attribution(who, found.how if found else None, site.body))
        if who and _asked(d, site) and d.interviewee and who != d.interviewee:
            pass  # a word quoted in an interview's question: the answers are still theirs
        elif who:
            voice.speaker, voice.how = who, found.how if found else None
            voice.said_as = (found.said_as or found.speaker) if found else None
            if found and found.how is How.DOCUMENT:
                voice.document = who
        elif _standalone(site) or (found and found.how in _SPOKE) or _person_around(site) \
                or site.par != voice.par and not _asked(d, site):
            # a statement nobody is named for, or words said by someone the text names
            # but we cannot ("ha detto lei", "protesta Enzo Ravera"), or a new paragraph's
            # quote the last voice was not found to say (not a word in quotation marks
            # in an interview's question): the chain breaks
            voice.speaker = None
        voice.par = site.span.end_par
    return out
