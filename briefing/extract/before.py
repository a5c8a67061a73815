"""Attribution given before the quotation, in its own sentence.

Each rule reads the masked sentence up to the quote (``prefix``) and returns the speaker
with how it was found, or None to let the next rule try. In order: "A dirlo è X:",
"… il ministro Giancarlo Giorgetti:", headline style "Putin:", "Secondo X", "le parole di
X", a verb of saying ("X ha detto:", "racconta X,"), and a bare "X:" at last.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.extract import colon_names as colon
from briefing.extract import someone
from briefing.extract.according import according, words_of
from briefing.extract.clauses import finite_periphrasis, governing_speech_verb
from briefing.extract.colon_names import label, names_at_colon
from briefing.extract.discourse import Discourse, Voice
from briefing.extract.document import unmask, words
from briefing.extract.edges import leading_np, trailing_np
from briefing.extract.found import Before, Found, How
from briefing.extract.interview import is_question
from briefing.extract.nested import last_person
from briefing.extract.phrases import classify, np_after, open_subject
from briefing.extract.resolver import unnamed_person
from briefing.extract.someone import AUX_VERB, first_verb
from briefing.extract.subject_before import np_before, relative_subject
from briefing.extract.units import as_listed
from briefing.extract.wordkinds import (
    bare_name,
    is_descriptor,
    name_like,
    person_named,
)
from briefing.extract.zero_subject import zero_subject
from briefing.italian.grammar import (
    ADVERBS,
    ARTICLE_IN,
    AUX,
    CONTRAST,
    DETERMINERS,
    FROM_PREP,
    INDEFINITE,
    OF,
    PLACE_PREPS,
    is_cap,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_common_word, is_given_name, is_verb_form, lemma
from briefing.italian.nouns import DOCUMENTS, is_person_noun
from briefing.italian.speech import AGENT_PARTICIPLES, VIEW_WORDS, is_speech_word
from briefing.italian.tables import alternatives, table

_P = table("patterns")
_A_DIRLO = re.compile(r"(?:^|[\s,;])(?:A|Ad)\s+\w+(?:lo|la|li|le|are|ere|ire)(?:\s+[^,:;]{1,40}?)?"
                      rf"(?:,[^,:;]{{1,30}},)?\s+(?:{as_listed(_P['cleft_copulas'])})\s+"
                      r"(?P<np>[^:]{2,120}?)\s*[,:]?\s*$")


def _a_dirlo(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"A dirlo è il sindaco Mario Rossi: «…»", "A rivendicare il risultato, in Aula, è stata
    la ministra …, Giovanna Ruffini: «…»"."""
    m = _A_DIRLO.search(b.plain)
    if m:
        who = d.res.name_of(classify(m.group("np")), d.doc.sentence_offset(b.par, b.si))
        if who:
            return Found(who, How.BEFORE)
    return None


def _subject_before(d: Discourse, head: str, offset: int) -> bool:
    """Whether the clause before the verb names its subject ("il sindaco di Genova ha")."""
    clause = re.split(r"[;:]|\s[-–—]\s|\bmentre\b", head)[-1]
    words = clause.split()
    while words and norm(words[-1]) in AUX:  # "Il Comune, ha annunciato la sindaca X,"
        words.pop()
    if " ".join(words).endswith(","):
        # "Marta Neri, della Flai Cgil, ha ricordato le vittime, X e Y:": a person and
        # whose side she is on; else an aside ("Il governo, ha detto il ministro X,")
        member = _MEMBER_OF.search(" ".join(words))
        return bool(member) and is_given_name(member.group("name").split()[0])
    return _named_subject(d, clause, offset)


# "Marta Neri, della Flai Cgil,": a full name and the body it belongs to, before the verb
_MEMBER_OF = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’]+\s+[A-ZÀ-Ý][\w'’]+)\s*,\s*"
                        r"(?:della|del|dell['’]|dello|dei|degli|delle|di)\s*[^,;:]{2,50},$")


def _named_subject(d: Discourse, clause: str, offset: int) -> bool:
    """Whether the words before the verb end with a subject the article can name."""
    np = np_before(clause, d.known)
    return np is not None and d.res.name_of(np, offset) is not None


# "Dal ministero replicano che", "Dal Comune, in una nota, si sottolinea che", "Dalla
# Questura, invece, fanno sapere che": an aside between commas and an impersonal "si" may
# come between
_FROM_SOURCE = re.compile(rf"\W*(?P<prep>{FROM_PREP})"
                          r"\s*(?P<np>[^,;:]{2,60}?)(?:\s*,\s*(?:(?:in|con|nel|nella|tramite|"
                          rf"attraverso)\s[^,;:]{{2,40}}|(?:{alternatives(sorted(ADVERBS))})),)?"
                          r"(?:\s+si)?\s*$")


_ISSUING = frozenset(table("speech")["issuing_verbs"])
_PERSON_OBJECT = frozenset(table("speech")["person_object_verbs"]
                           + table("speech")["quote_verbs"])


def _role_subject(verb: str, between: str, np: tuple[str, str]) -> bool:
    """"Ne ha parlato il sindaco: «…»": a role right after a verb of saying, ending the
    clause, is its subject — unless the verb may take a person as object ("ha
    ringraziato i soccorritori:")."""
    # "Racconta un residente, fuggito in pigiama con la moglie:": an apposition may follow
    # "risponde così un pescatore di Colli a Volturno, da quarant'anni sul fiume:": someone
    # unnamed, whose phrase may run past where the name reader stops
    first = [norm(w) for w in np[1].split()[:2]]
    someone = len(first) == 2 and first[0] in INDEFINITE and (
        is_person_noun(first[1]) or first[1].endswith(("ante", "ente")))
    rest = r"(?:\s+[^,:;«»“”\"]{1,30})?" if someone else ""
    return lemma(norm(verb)) not in _PERSON_OBJECT and bool(
        re.fullmatch(rf"\s*(?:(?:{alternatives(ADVERBS)})\s+)?" + re.escape(np[1]) + rest
                     + r"\s*(?:,[^,:;«»“”\"]{2,60})?[,:–—-]?\s*", between))  # "- scrivono i
    # giudici - «…»"


# a clause of its own between the verb of saying and the quote: "…, mentre …", "…; …"
_OTHER_CLAUSE = re.compile(rf"(?:\b(?i:{alternatives(CONTRAST)})\b|;)\s+(?P<rest>[^;]*)$")
# "per i sindacati di base la colpa è": whose view a clause gives, before its own subject
_VIEW_OPENS = re.compile(rf"(?:{VIEW_WORDS})\s+(?P<np>(?:(?:il|la|lo|i|gli|le|l['’])\s*)?"
                         r"[^,;:]{2,50}?)\s+(?:il|la|lo|i|gli|le|l['’])\s*\w", re.I)


def _object_then_infinitive(verb: str, between: str) -> bool:
    """"ha accusato il Benin di ospitare «…»", "ha invitato i sindaci a …": after a verb that
    takes a person as object, the one before "di"/"a" and an infinitive is that object."""
    return lemma(norm(verb)) in _PERSON_OBJECT and bool(_TO_INFINITIVE.search(between))


_TO_INFINITIVE = re.compile(r"\s+(?:di|a|ad)\s+[a-zà-ÿ]+(?:are|ere|ire)(?:lo|la|li|le|ne|si)?\b")


# "ricorda Bonomi così:": who is recalled, then "così" — the speaker is the verb's subject
_THUS = re.compile(r"^\s*[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*){0,3}\s+(?:"
                   + alternatives(table("patterns")["thus_words"]) + r")\s*:?\s*$")


def _speech_verb(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """A verb of saying before the quote: its subject after it ("racconta Lombardi, «…»"),
    a verb with no person of its own ("nel ricordare …"), a quoted title as subject, the
    subject before it ("X ha detto:"), else the subject it takes over."""
    k = governing_speech_verb(b.plain)
    if k is None:
        return None
    toks = tokens(b.plain)
    if k and norm(toks[k - 1][0]) == "non" and re.search(r"(?:are|ere|ire)$", norm(toks[k][0])):
        return None  # "un collega che preferisce non dire il nome:": no verb of this quote
    between = b.plain[toks[k][2]:]
    offset = d.doc.sentence_offset(b.par, b.si)
    other = _OTHER_CLAUSE.search(between)
    if other:  # "X parla di «…», mentre per i sindacati la colpa è «…»": their view, or none
        view = _VIEW_OPENS.match(other.group("rest"))
        who = d.res.name_of(classify(view.group("np")), offset) if view else None
        return Found(who, How.BEFORE)
    # "racconta Lombardi, «…»", "come spiega Enrico Corsini, il presidente …: «…»"; but a
    # subject before the verb makes the name after it its object ("il sindaco ha definito
    # il Carlo Felice «…»")
    np = np_after(between)
    head = b.plain[: toks[k][1]]
    # "quello che mi ripeteva il mio professore, X:": after a relative "che", the verb's
    # subject follows it
    relative = re.search(r"\bche\s+(?:(?:mi|ti|ci|vi|gli|le|ne|ha|hanno|aveva|avevano)\s+)*$",
                         head) and lemma(norm(toks[k][0])) not in _PERSON_OBJECT
    if np and not re.match(r"\s*(?:che|come|di)\b", between) and not _THUS.search(between) \
            and (relative or not _subject_before(d, head, offset)):
        who = d.res.name_of(np, offset) if not _object_then_infinitive(
            toks[k][0], between) else None
        if who and (np[0] == "name" or _role_subject(toks[k][0], between, np)):
            return Found(who, How.BEFORE)
    verb = norm(toks[k][0])
    if finite_periphrasis(b.plain, k):  # "ha fatto sapere": the subject is before "fatto"
        head = b.plain[: toks[max(0, k - 1)][1]]
    if re.search(r"(?:are|ere|ire|ando|endo)(?:lo|la|li|le|si|ne|gli)?$", verb) \
            and not finite_periphrasis(b.plain, k):
        # "L'avvocato X, che assiste Y, ha chiesto …, sostenendo che «…»": the subject
        # the sentence opens with; "… dal segretario di Stato Antony Blinken, nel
        # ricordare …, «…»": else the last person named before it
        own = d.subject_of_sentence(head, b.par) if _opens_with_subject(head) else None
        if own and not is_descriptor(own):
            return Found(own, How.BEFORE)
        who = d.res.name_of(("name", head), offset) if any(
            name_like(t) for t, _, _ in tokens(head)) else None
        if who and not is_descriptor(who):
            return Found(who, How.BEFORE)
        return _zero(d, b, head, voice)
    source = _FROM_SOURCE.match(head)
    if source:  # "Dal ministero replicano che …": that body, or nobody; not the last voice
        article = ARTICLE_IN.get(norm(source.group("prep")), "")
        np = classify(article + source.group("np"))
        return Found(d.res.name_of(np, offset) if np else None, How.BEFORE)
    title = d.quoted_title(b.prefix, toks[k][0])
    if title:
        return Found(title, How.BEFORE)
    np = relative_subject(unmask(head))  # "la replica di X, che parla di «…» e aggiunge:"
    who = d.res.name_of(np, offset) if np else None
    if who:
        return Found(who, How.BEFORE)
    np = np_before(head, d.known)
    if np is not None:
        who = d.res.name_of(np, offset) or d.body_named(np[1])
        # the sentence names its subject: that, or nobody — never someone from before
        return Found(who, How.BEFORE)
    return _zero(d, b, head, voice)


def _opens_with_subject(head: str) -> bool:
    """Whether a sentence opens with its subject — an article and a person's noun or a
    name ("L'avvocato X, che assiste Y, ha chiesto …, sostenendo") — not a complement or a
    pronoun ("Lo ha detto …", "Nel ricordare …")."""
    first = re.split(r"[,;]", head.strip(), maxsplit=1)[0]
    toks = tokens(first)
    while toks and norm(toks[0][0]) in ADVERBS | {"anche"}:  # "Anche la Società …"
        toks = toks[1:]
    return bool(toks) and norm(toks[0][0]) in DETERMINERS and len(toks) > 1 and (
        is_person_noun(toks[1][0]) or is_cap(toks[1][0]))


def _zero(d: Discourse, b: Before, head: str, voice: Voice) -> Found:
    """A verb whose subject was not read: the subject of its sentence, else — only where
    the words before it hold no subject of their own — the one the text goes on about."""
    own = d.subject_of_sentence(head, b.par) if head.strip() else None
    if own:
        return Found(own, How.BEFORE_CONTINUED)
    # "La nota afferma che …", "Il comunicato della Farnesina sottolinea": a document
    doc = re.search(r"\b(?:il|la|l['’]|lo|un|una|uno)\s*(?P<doc>[a-zà-ÿ]+)(?P<rest>[^,;:]*)$",
                    head.strip(), re.I)
    if doc and norm(doc.group("doc")) in DOCUMENTS:
        who = d.document_author(doc.group("rest"), b.par, b.si) or voice.document
        return Found(who, How.DOCUMENT)
    if open_subject(head):
        return Found(None, How.BEFORE)
    note = _IN_A_NOTE.match(head)
    if note and note.group("np").strip():
        # "In una nota e-distribuzione fa sapere che": whoever issued it, as written
        np = note.group("np").strip()
        first = np.split()[0]
        # a name, or a brand written in lower case ("e-distribuzione"), not a time ("questa
        # mattina") or a verb
        if len(np.split()) <= 4 and (is_cap(first) or not is_common_word(first)) \
                and not is_verb_form(first.lower()):
            who = d.res.name_of(classify(np), d.doc.sentence_offset(b.par, b.si)) \
                if is_cap(first) else None
            return Found(who or np, How.BEFORE)
    if re.match(r"\W*(?:e\s+|poi\s+)?io\b", head, re.I) and d.interviewee \
            and b.par and is_question(d.doc.paragraphs[b.par - 1]):
        # "Io rispondo sempre: «…»" in an answer: the one interviewed, quoting themself
        return Found(d.interviewee, How.BEFORE)
    if _TO_ME.match(head):
        # "Mi ha detto: «…»": someone spoke to the one telling — the person the sentence
        # before brings on ("una signora è arrivata …"), or no one; never the teller
        prev = unmask(d.doc.sentences[b.par][b.si - 1]) if b.si else ""
        return Found(last_person(prev), How.BEFORE)
    return Found(zero_subject(d, b.par, b.si, head, voice), How.BEFORE_CONTINUED)


# "In una nota e-distribuzione", "In una nota diffusa ieri X": a document (and what was done
# with it), then its issuer as the verb's subject
_IN_A_NOTE = re.compile(r"\W*(?:[Ii]n|[Cc]on)\s+(?:una?|un['’])\s*(?:" + "|".join(sorted(DOCUMENTS))
                        + r")\s+(?:[a-zà-ÿ]+(?:at|it|ut|us)[oa]\s+)?(?P<np>[^,;:«»]*)$")
_TO_ME = re.compile(r"\W*(?:e\s+|poi\s+)?(?:mi|ci)\s+(?:ha|aveva|hanno|avevano)?\s*$", re.I)


_SOURCE_WORDS = 5  # "Dalla questura:", "Dal Comune di Treviso:", not a sentence


def _bare_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Rossi: «…»", "Il sindaco: «…»": the clause before a colon names the speaker."""
    if not b.plain.endswith(":") or label(b.plain, d):
        return None
    clause = b.plain[:-1].rstrip()
    offset = d.doc.sentence_offset(b.par, b.si)
    tail = trailing_np(re.split(r"[,;]", clause)[-1]) if clause and names_at_colon(
        b.plain, d) else None
    if tail and tail[0] == "name" and bare_name(re.split(r"[,;]", clause)[-1]):
        who = d.res.name_of(tail, offset)
        if who:
            return Found(who, How.COLON)
    if tail and len(words(clause)) <= 6:  # headline style "Calderone: «…»"
        who = d.res.name_of(tail, offset)
        if who:
            return Found(who, How.COLON)
    verb = first_verb(clause)
    # the subject before the verb, a name in apposition to a role winning ("Il comandante
    # del Circomare, il tenente di vascello Andrea Piras, ha escluso rischi:")
    np = np_before(clause[:verb], d.known) if verb is not None else None
    if np is None and verb is None:
        # "Il direttore del Consorzio Villa Reale, Piero Castelli, punta sui numeri:" (a
        # verb the lexicon takes for a noun): the name in apposition, else the opening phrase
        named = d.subject_of_sentence(clause, b.par)
        if named and not is_descriptor(named):
            return Found(named, How.COLON)
    np = np or leading_np(clause, d.known)
    rel = re.search(r",\s*che\s", clause[:verb]) if verb is not None and np else None
    if rel and clause.find(np[1], rel.end()) >= 0:
        # "l'avvocato Gennaro Esposito, che assiste uno dei magazzinieri prosciolti:" — the
        # relative clause's object is not who speaks; the one it is said of may be
        np = trailing_np(clause[:rel.start()])
    if np and not (verb is not None and _other_voice_after(clause, verb)):
        who = d.res.name_of(np, offset)
        if who:
            return Found(who, How.COLON)
    last = re.split(r"[.!?]\s", clause)[-1]  # this sentence's own words
    source = _FROM_SOURCE.match(last) if len(words(last)) <= _SOURCE_WORDS else None
    if source:  # "Dalla questura: «Nessun incidente»": that body, or nobody
        np = classify(ARTICLE_IN.get(norm(source.group("prep")), "") + source.group("np"))
        return Found(d.res.name_of(np, offset) if np else None, How.COLON)
    verb = first_verb(last)
    if verb is not None and not _other_voice_after(last, verb):
        # "Il capitano Riccardo Tassinari, 31 anni, terza linea da nove stagioni, ha scelto
        # di guardare avanti:": the person the sentence opens with, past its appositions
        who = d.subject_of_sentence(last[:verb], b.par)
        if who and not is_descriptor(who):
            return Found(who, How.COLON)
    return None


def _named_before_apposition(clause: str, desc: str) -> str | None:
    """"Accanto a lui Rahim Uddin, il 34enne bengalese che …:": the full name a description
    stands in apposition to."""
    at = clause.find(desc)
    before = clause[:at].rstrip() if at > 0 else ""
    if not before.endswith(","):
        return None
    segment = re.split(r"[,;:]", before[:-1])[-1]
    m = _NAME_ENDING.search(segment)
    last = segment[:m.start("name")].split()[-1] if m and segment[:m.start("name")].split() \
        else ""
    # not a name inside a complement ("davanti alla casa di Luisa Bonomelli, una vicina")
    return m.group("name") if m and not is_cap(last) and norm(last) not in OF | PLACE_PREPS \
        else None


_NAME_ENDING = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\s*$")


def _con_a(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"…, con i sindacati a commentare soddisfatti: «…»": the one "con … a" names."""
    m = re.search(r"\bcon\s+(?P<np>(?:il|lo|la|l['’]|i|gli|le)\s*[^,:;]{2,60}?)\s+a\s+"
                  r"(?P<verb>[a-zà-ÿ]+)\b[^:;.]{0,40}:?\s*$", b.plain)
    if m and is_speech_word(m.group("verb")):
        who = d.res.name_of(classify(m.group("np")), d.doc.sentence_offset(b.par, b.si))
        if who:
            return Found(who, How.BEFORE)
    return None


def _subject_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Da Terni, il presidente della Ternana, Marco Pieroni, ha preso le distanze dai
    violenti: «…»": a clause whose verb is no verb of saying, ended by a colon that opens
    the quote, gives the words to its subject — a person named by first name and surname,
    and no other person named after the verb (then the words may be theirs)."""
    if not b.plain.endswith(":") or label(b.plain, d):
        return None
    clause = re.split(r"[.!?]\s|;|\s[-–—]\s", b.plain[:-1])[-1]
    # the finite verb after the subject: "Davanti al portone, transennato dai carabinieri,
    # il sindaco X ha lanciato un appello:" (not the participle set off by commas)
    aux = list(AUX_VERB.finditer(clause))
    verb = aux[-1].start() if aux else first_verb(clause)
    if verb is None or _other_voice_after(clause, verb):
        return None
    # the clause up to its verb's end: "Al suo fianco Scalise annuisce" (the verb shows
    # that the name before it is its subject)
    upto = clause[:verb] + clause[verb:].split(" ", 1)[0]
    who = d.subject_of_sentence(upto, b.par) or d.unnamed_subject(clause[:verb])
    named = _named_before_apposition(clause, who) if who and unnamed_person(who) else None
    if named:  # "Accanto a lui Rahim Uddin, il 34enne bengalese che …:": the name
        return Found(d.res.reg.full_name(named), How.COLON)
    # a first name and a surname ("della Maddalena" is a place's, not a person's name)
    if not who or not (person_named(who) or unnamed_person(who)):
        return None
    return Found(who, How.COLON)


def _other_voice_after(clause: str, verb: int) -> bool:
    """"ha incontrato Mario Rossi:", "ha ricevuto una lettera:": after the verb, a person
    or a document whose words the quote may be."""
    toks = tokens(clause[verb:])
    # "ha diffuso una nota:": a text of the subject's own, not "la nota del sindacato"
    issued = next((lemma(norm(t)) for t, _, _ in toks if norm(t) not in AUX), "") in _ISSUING
    return any(is_given_name(t) or norm(t) in DOCUMENTS and not _through(toks, k) and not (
        issued and not (k + 1 < len(toks) and norm(toks[k + 1][0]) in OF)) or (
        is_person_noun(t) and k + 1 < len(toks) and is_cap(toks[k + 1][0]))
        for k, (t, _, _) in enumerate(toks))


def _through(toks: list[tuple[str, int, int]], k: int) -> bool:
    """"ha affidato il commento a una nota:", "ha scritto in un post:": the document the
    subject speaks through, not one whose words they quote."""
    before = [norm(t) for t, _, _ in toks[max(0, k - 2):k]]
    return bool(before) and (before[0] in ("a", "in", "con", "tramite", "attraverso", "su")
                             or before[-1] in ("nella", "nel", "sul", "sulla", "con"))


_MESSAGE_NOUNS = frozenset(table("speech")["message_nouns"])
_AGENT_COLON = re.compile(r"\b(?P<verb>[a-zà-ÿ]{4,})(?:\s+anche)?\s+"
                          rf"(?P<prep>{FROM_PREP})\b\s*(?P<np>[^,;:]{{2,60}}?)"
                          rf"(?:\s+(?:{alternatives(table('speech')['agent_time_words'])})\b"
                          r"[^,;:]{0,30})?\s*:$", re.I)


def _agent_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Una versione respinta dalle autorità marittime: «…»", "la nota diffusa dal ministero
    nel pomeriggio:", "Cordoglio anche dalla ministra:": the agent of a verb of saying's
    participle, or whom a message comes from, speaks."""
    m = _AGENT_COLON.search(b.plain)
    if not m or norm(m.group("verb"))[:-1] not in AGENT_PARTICIPLES \
            and norm(m.group("verb")) not in _MESSAGE_NOUNS:  # "Cordoglio anche dalla ministra:"
        return None
    if governing_speech_verb(b.plain[:m.start()]) is not None:
        return None  # "Lolli ha ricordato anche i posti annunciati dalla Regione:": Lolli
    article = ARTICLE_IN.get(norm(m.group("prep")), "")
    who = d.res.name_of(classify(article + m.group("np")), d.doc.sentence_offset(b.par, b.si))
    return Found(who, How.COLON) if who else None


RULES: list[Callable[[Discourse, Before, Voice], Found | None]] = [
    _a_dirlo, _con_a, _agent_colon, someone.presented_colon, colon.words_of_colon,
    colon.from_body_colon, colon.among_them_colon, colon.name_before_colon, colon.headline_colon,
    according, words_of, _speech_verb, _subject_colon, someone.someone_opens,
    someone.first_name_colon,
    _bare_colon]


def before(d: Discourse, prefix: str, par: int, si: int, voice: Voice) -> Found | None:
    """Attribution given before the quote in its own sentence, by the first rule that
    finds one."""
    b = Before(prefix, unmask(prefix).rstrip(), par, si)
    for rule in RULES:
        found = rule(d, b, voice)
        if found is not None:
            return found
    return None
