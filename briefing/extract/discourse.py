"""What the sentences around a quotation say about who speaks: the subject of a sentence,
the subject a verb with none takes over, the source a report names, the speaker named in
the sentence after — the questions every attribution rule asks of the prose.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing.extract.clauses import has_verb, last_speech_verb, speech_at_start, words_count
from briefing.extract.document import PLACEHOLDER, QuotedText, unmask
from briefing.extract.edges import fronted_subject, leading_np
from briefing.extract.found import How
from briefing.extract.interview import answers_turn, interviewee, is_question
from briefing.extract.phrases import classify, np_after
from briefing.extract.resolver import Resolver, body_descriptor, unnamed_person
from briefing.extract.sources import Sources
from briefing.extract.subject_before import np_before
from briefing.extract.subjects import person_after_adjunct, unnamed_subject
from briefing.extract.units import befell
from briefing.extract.wordkinds import (
    AMONG_OTHERS,
    LISTED,
    bare_name,
    bodies_listed,
    is_descriptor,
    named_body,
    presented_name,
    role_then_name,
    word_opening,
)
from briefing.italian.grammar import (
    ARTICLE_IN,
    DETERMINERS,
    INDEFINITE,
    is_cap,
    name_key,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_given_name
from briefing.italian.nouns import BODY_HEADS, is_age_noun, is_person_noun
from briefing.italian.speech import (
    CLEFT_VERBS,
    DEMONSTRATIVES,
    REPLY_NOUNS,
    SPEECH_NOUNS,
    VIEW_WORDS,
    is_speech_word,
)

# "Tra le vittime c'è anche una pensionata di Cittadella, …": someone unnamed brought on
# among others (colon_names reads the same opening before a colon)
_AMONG_UNNAMED = re.compile(r"\W*" + AMONG_OTHERS
                            + r"(?P<np>(?:un|una|uno|un['’])\s*[^,;:«»]{2,60}?)\s*[,.;]")
# "In testa c'era il vescovo.", "Alla preview c'era anche una studentessa di archeologia":
# someone unnamed who comes on the scene
_THERE_WAS = re.compile(r"[^.;:«»\"“”]{0,100}?\bc['’](?:è|era)\s+(?:anche\s+)?(?P<np>(?:un|una|"
                        r"uno|un['’]|il|la|lo|l['’])\s*[^,;:«»]{2,60}?)\s*[,.;]")
# "Pavia e Cremona.", "Terni e Perugia dopo l'incendio": the last items of a list of names
_LIST_END = re.compile(r"[A-ZÀ-Ý][\w'’]+(?:,\s+[A-ZÀ-Ý][\w'’]+)*\s+(?:e|ed)\s+[A-ZÀ-Ý][\w'’]+"
                       r"(?:\W*$|\s+[a-zà-ÿ])")
# bodies listed as a sentence's subject: "I sindacati Filt Cgil, Fit Cisl e Uiltrasporti parlano"
_LISTED_SUBJECT = re.compile(rf"\W*(?:[Ii]|[Gg]li|[Ll]e)\s+[a-zà-ÿ]+\s+(?P<names>{LISTED})"
                             r"\s+(?!e\b|ed\b)[a-zà-ÿ]")


@dataclass
class Voice:
    """Who was quoted last in this article, how, and where: a speaker goes on speaking
    within a paragraph and into the next, never across unrelated paragraphs."""

    speaker: str | None = None
    how: How | None = None  # how the last named speaker was found
    par: int = -1
    document: str | None = None  # who issued the document quoted last ("si legge …")
    said_as: str | None = None  # the words that named the last speaker ("l'allenatore")


# "Ne abbiamo parlato con X", "Abbiamo intervistato X", "raggiunto al telefono"
_TALKED_WITH = re.compile(
    r"\b(?:(?:ne\s+)?abbiamo\s+(?:parlato|discusso)\s+con|abbiamo\s+(?:intervistato|sentito|"
    r"incontrato|raggiunto)|parla\s+con\s+noi|(?:ha|abbiamo)\s+rivolto\s+\w+\s+domande\s+a)\s+"
    r"(?P<np>[^,.;:]{2,80})", re.I)

_CLEFT = re.compile(
    r"(?:(?P<verb>" + "|".join(sorted(w.capitalize() for w in CLEFT_VERBS)) + r")\s+)?"
    r"(?P<dem>" + "|".join(sorted(DEMONSTRATIVES | {w.capitalize() for w in DEMONSTRATIVES}))
    + r")?\s*(?:il|lo|la|l['’]|i|gli|le|Il|Lo|La|L['’]|I|Gli|Le)\s*(?P<noun>" + "|".join(
        sorted(SPEECH_NOUNS | {"annuncio", "dato", "dati", "numeri", "racconto", "sfogo",
                               "comunicazione", "nota", "ricostruzione", "versione"},
               key=len, reverse=True)) + r")\b(?P<rest>.*)$")


def someone(sentence: str) -> bool:
    """The sentence brings in someone new by a noun ("un operaio del reparto"; not "guida
    l'associazione che riunisce gli apicoltori")."""
    toks = [norm(t) for t, _, _ in tokens(sentence)]
    return any(is_person_noun(w) and toks[i - 1] in INDEFINITE for i, w in enumerate(toks) if i)


def quotes_in(sentence: str) -> bool:
    return bool(PLACEHOLDER.search(sentence))


class Discourse(Sources):
    """The prose of one article around its quotations, with its names resolved."""

    def __init__(self, doc: QuotedText) -> None:
        self.doc = doc
        self.res = Resolver(doc.registry)
        self.known = doc.known_names

    @functools.cached_property
    def interviewee(self) -> str | None:
        """Who answers the article's questions, if it is an interview (read once)."""
        return interviewee(self.doc.paragraphs, self.res.reg)

    def body_named(self, phrase: str) -> str | None:
        return self.res.body_named(phrase)

    def named_again(self, word: str) -> bool:
        """Whether the article names ``word`` more than once, or as part of a longer name."""
        key = name_key(word)
        return any(len(p.mentions) > 1 or (key in p.key.split() and p.key != key)
                   for p in self.res.reg.people.values() if key in p.key.split())

    def subject_of_sentence(self, sentence: str, par: int) -> str | None:
        """The person a sentence is about: its opening subject ('Kim ha affermato …')."""
        listed = _LISTED_SUBJECT.match(unmask(sentence))
        if listed and bodies_listed(listed["names"]):
            return listed["names"]  # "I sindacati Filt Cgil, Fit Cisl e Uiltrasporti parlano"
        segs = re.split(r"(?<=[,;])\s+", unmask(sentence))
        for n, seg in enumerate(segs[:3]):
            if n and _LIST_END.match(seg) and re.search(r"\s[A-ZÀ-Ý][\w'’]+,$", segs[n - 1]):
                continue  # "… arrivati dai comandi di Lodi, Pavia e Cremona.": a list's end
            np = leading_np(seg, self.known)
            # "Di tutt'altro avviso il titolare del negozio, un 38enne …": the role a verbless
            # opening presents is who speaks next, whatever apposition follows
            fronted = None if np or n else fronted_subject(seg)
            np = np or fronted
            appos = segs[n + 1].rstrip(",; ") if n + 1 < len(segs) else ""
            if np and (bare_name(appos) or role_then_name(appos)) \
                    and any(is_given_name(w) for w in appos.split()):
                # "Il vicepresidente del partito, Luca Neri, ha …", "Il comandante del
                # Circomare, il tenente di vascello Andrea Piras, ha …"
                np = ("name", appos)
            elif np and np[0] == "desc" and body_descriptor(np[1]) and named_body(appos):
                np = ("name", appos)  # "La ditta, la Termoservice srl, …"
            if np:
                name = self.res.name_of(np, self.doc.offset(par))
                if name and not is_descriptor(name):
                    return name
                if name and (unnamed_person(name) or fronted) and not befell(sentence):
                    return name  # someone unnamed, not a victim or someone arrested
                if name and re.match(r"un[ao]?\s|un['’]", appos, re.I):
                    return None  # "Il padre, un operaio di 42 anni, …": a role, no one named
        return person_after_adjunct(self.res, unmask(sentence)) or self.presented(sentence, True)

    def quotes_someone(self, sentence: str) -> bool:
        """Whether a sentence quotes someone — not just names a thing in quotes ("i limiti
        della cosiddetta "sauna terapia"")."""
        return any(len(self.doc.spans[int(k)].body.split()) > 3
                   for k in PLACEHOLDER.findall(sentence))

    def presented(self, sentence: str, view_only: bool = False) -> str | None:
        """The person a sentence opens by presenting ("Per l'economista Irene Marchetti, …";
        unless ``view_only``, also "A condurre lo scavo è Matteo De Giorgi, …", "Tra i
        produttori c'è Silvia Oddero, …")."""
        name = presented_name(unmask(sentence), view_only)
        if name:
            return self.res.reg.full_name(name)
        # "Tra le vittime c'è anche una pensionata di Cittadella, che …": someone unnamed
        m = None if view_only else _AMONG_UNNAMED.match(unmask(sentence)) \
            or _THERE_WAS.match(unmask(sentence))
        return self.res.name_of(classify(m.group("np")), 0) if m else None

    def unnamed_subject(self, clause: str) -> str | None:
        return unnamed_subject(self.res, clause)

    def a_person(self, who: str) -> bool:
        """A person the article names ("Ugo Ferrante"), or one told by office or as someone
        ("Il presidente della Regione", "un residente") — not a body or a club ("Il Nervi",
        "La Procura di Civitavecchia")."""
        person = self.res.reg.people.get(name_key(self.res.reg.full_name(who)))
        head = next((t for t, _, _ in tokens(who) if norm(t) not in DETERMINERS
                     and norm(t) not in INDEFINITE), "")
        return bool(person and person.is_person) or is_given_name(head) \
            or is_person_noun(head) and norm(head) not in BODY_HEADS

    def speech_subject(self, sentence: str, par: int) -> str | None:
        """Who speaks in a sentence: 'si è detto Matteo Salvini', 'X ha raccontato …'."""
        plain = unmask(sentence)
        k = last_speech_verb(plain)
        if k is None:
            return None
        toks = tokens(plain)
        # "X ha assicurato che … e che Atene chiederà …": the verb reporting, not one in
        # what it reports
        k = next((i for i in range(k) if is_speech_word(toks[i][0])
                  and norm(toks[i][0]) not in SPEECH_NOUNS and norm(toks[i + 1][0]) == "che"), k)
        after = plain[toks[k][2]:]
        # "ha annunciato che il Comune si costituirà": the subject of what it reports, not
        # of the verb reporting
        np = None if re.match(r"\s*che\b", after) else np_after(after)
        if np and np[0] == "name":
            who = self.res.name_of(np, self.doc.offset(par))
            if who:
                return who
        np = np_before(plain[: toks[k][1]], self.known)
        if word_opening(np, self.known):
            return None  # "Accetta di parlare …": a verb opening the sentence, no name
        who = self.res.name_of(np, self.doc.offset(par)) if np else None
        return who if who and (not is_descriptor(who) or unnamed_person(who)) else None


    def quoted_title(self, prefix: str, verb: str) -> str | None:
        """'“Il sole 24 ore” aveva precisato …': a name in quotation marks as the subject."""
        m = re.match(r"\s*(?:[Ii]l|[Ll]a|[Ll]o|[Ll]['’])?\s*⁅(\d+)⁆\s+(?:(?:\w+|l['’])\s+){0,3}?"
                     + re.escape(verb) + r"\b", prefix)
        if not m:
            return None
        body = self.doc.spans[int(m.group(1))].body.strip()
        if body[:1].isupper() and words_count(body) <= 6 and not has_verb(body):
            return body
        return None

    def next_sentence(self, par: int, si: int, voice: str | None = None) -> str | None:
        """The sentence after the quote says who spoke: «…». Lo ha spiegato X / Questo
        l'annuncio del sindaco X (also opening the next paragraph, after a quote that
        ends its own). ``voice``: who was quoted just before."""
        sents = self.doc.sentences[par]
        if si + 1 >= len(sents):
            if par + 1 < len(self.doc.sentences) and self.doc.sentences[par + 1]:
                return self._cleft(unmask(self.doc.sentences[par + 1][0]).strip(), par + 1)
            return None
        nxt = unmask(sents[si + 1]).strip()
        who = self._cleft(nxt, par)
        if who:
            return who
        m = re.match(r"(?:Lo|La|L['’]|Ne)\s*(?:(?:ha|hanno|aveva|avrebbe)\s+)?(?P<rest>.+)", nxt)
        if m:
            hit = speech_at_start(m.group("rest"))
            if hit:
                return self.res.name_of(np_after(m.group("rest")[hit[0]:]), self.doc.offset(par))
        m = re.match(r"(?:A|Ad)\s+\w+(?:lo|la|li|le)\s+(?:è|sono|è stato|è stata)\s+"
                     r"(?P<np>.+)", nxt)
        if m:
            np = m.group("np")
            who = self.res.name_of(np_after(np), self.doc.offset(par))
            # "Ad affermarlo è il presidente del Codacons, Carlo Rienzi, …"
            appos = re.match(r"[^,]{2,80},\s*(?P<name>[A-ZÀ-Ý][^,]{1,40}),", np)
            if appos and bare_name(appos.group("name")):
                who = self.res.reg.full_name(appos.group("name"))
            return who
        m = re.match(r"(?:Così|Parole di|Parola di|Queste le parole di|È quanto ha \w+)\s+"
                     r"(?P<np>.+)", nxt)
        if m:
            return self.res.name_of(np_after(m.group("np")), self.doc.offset(par))
        np = leading_np(nxt.split(",")[0], self.known) or leading_np(nxt, self.known)
        if np and np[0] == "name":
            toks = tokens(nxt)
            k = last_speech_verb(nxt[: len(nxt) // 2 + 40])
            masked = sents[si + 1]
            at = masked.find("⁅")
            # "Asmara, aggiunge Solari, «…»": a verb that governs a quote of its own
            # sentence says nothing of the quote before
            governs = k is not None and 0 <= at and at - toks[k][2] < 40 \
                or 0 <= at and unmask(masked[:at]).rstrip().endswith(":")  # "è più diretta:"
            # "«…», osserva Lorusso. «…». La Regione assicura che il tratto sarà
            # finanziato": another party's words of its own, told as reported speech, say
            # nothing of who spoke the quote before
            reported = k is not None and re.match(r"\s*che\b", nxt[toks[k][2]:])
            if k is not None and k < 14 and not governs:
                head = nxt[: toks[k][1]]
                np2 = np_before(head, self.known)
                who = self.res.name_of(np2, self.doc.offset(par)) if np2 else None
                if reported and voice and who != voice:
                    return None  # another party's own words, not the quote's speaker
                return who
        return None

    def frames_next(self, par: int, si: int) -> bool:
        """Whether the sentence after the quote is one that says who spoke ("Questo
        l'appello di …", "Lo ha detto …", "Ad affermarlo è …"), read or not."""
        sents = self.doc.sentences[par]
        if si + 1 < len(sents):
            nxt = unmask(sents[si + 1]).strip()
        elif par + 1 < len(self.doc.sentences) and self.doc.sentences[par + 1]:
            nxt = unmask(self.doc.sentences[par + 1][0]).strip()
        else:
            return False
        pointed = re.match(r"(?:È|Sono|Ecco|Era|Erano|Questo|Questa|Questi|Queste)\b", nxt)
        if pointed and _CLEFT.match(nxt) or re.match(
                r"(?:Così|Parole di|Parola di|Queste le parole di|"
                r"(?:A|Ad)\s+\w+(?:lo|la)\s+(?:è|sono))\b", nxt):
            return True
        m = re.match(r"(?:Lo|L['’])\s*(?:ha|hanno|aveva|avrebbe)\s+(?P<rest>.+)", nxt)
        return bool(m and speech_at_start(m.group("rest")))

    def _cleft(self, sentence: str, par: int) -> str | None:
        """"Questo l'annuncio diffuso dal sindaco X", "È questo il dato che X ha presentato",
        "È il racconto della 17enne", "Sono questi i dati che, secondo …, Amazon …": a
        demonstrative or cleft that names the words just quoted and who said them."""
        m = _CLEFT.match(sentence)
        points_back = m and (m.group("verb") or (m.group("dem") or "")[:1].isupper())
        if not m or m.group("noun") in REPLY_NOUNS and not points_back:
            return None  # "La replica della Regione è arrivata": what follows is hers
        rest, offset = m.group("rest"), self.doc.offset(par)
        of = re.match(r"\s*(?:\w+\s+){0,2}?(?P<prep>della|dello|delle|degli|dell['’]|dei|"
                      r"del|di)\b\s*(?P<np>[^.;:]{2,100})", rest)
        if of:
            article = {"del": "il ", "dello": "lo ", "della": "la ", "dell'": "l'",
                       "dell’": "l'", "dei": "i ", "degli": "gli ", "delle": "le "}.get(
                           of.group("prep"), "")
            who = self.res.name_of(np_after(article + of.group("np")), offset)
            if who:
                return who
        agent = re.match(r"\s*(?:\w+\s+){0,4}?(?P<prep>dalla|dallo|dalle|dagli|dall['’]|"
                         r"dai|dal|da)\b\s*(?P<np>[^.;:]{2,100})", rest)
        if agent and not re.match(r"\s*(?:parte|tempo|ore|giorni)\b", agent.group("np")):
            article = ARTICLE_IN.get(agent.group("prep"), "")
            who = self.res.name_of(np_after(article + agent.group("np")), offset)
            if who:
                return who
        that = re.match(r"\s*che\s*(?:,[^,]{0,60},\s*)?(?P<np>[^.;:]{2,100})", rest)
        if that:
            np = np_before(re.split(r"\s(?:ha|hanno|aveva|avevano|si|comunicava\w*|"
                                    r"presenta\w*|diffonde\w*)\s", that.group("np"))[0],
                           self.known) or np_after(that.group("np"))
            who = self.res.name_of(np, offset) if np else None
            if who:
                return who
        return None

    def _interview(self, sentence: str, par: int, si: int) -> str | None:
        """"X ha rilasciato un'intervista …", "si è presentato con una lunga intervista":
        the quotes that follow are X's. A role as subject ("L'ormai ex esterno del Napoli")
        is the person the sentence before names as its subject."""
        talked = _TALKED_WITH.search(sentence)
        if talked:  # "Ne abbiamo parlato con Walter Neri, 61 anni, …"
            np = classify(talked.group("np")) if is_cap(talked.group("np")[0]) else np_after(
                talked.group("np"))
            who = self.res.name_of(np, self.doc.offset(par)) if np else None
            if who and not is_descriptor(who):
                return who
        if not re.search(r"\b(?:intervist\w+|conferenza stampa|ai microfoni|ai canali)\b",
                         sentence, re.I):
            return None
        who = self.subject_of_sentence(sentence, par)
        if who:
            return who
        if re.match(r"\s*(?:Il|Lo|La|L['’]|I|Gli|Le)\s*[a-zà-ÿ]", sentence) and si > 0:
            # a role as subject: the one the sentence before is about (topic continuity)
            return self.subject_of_sentence(unmask(self.doc.sentences[par][si - 1]), par)
        return None

    def stance(self, sentence: str, par: int) -> str | None:
        """The sentence before a quote gives a person's view: "I social, secondo Neri,
        hanno una parte di responsabilità." / "…, Neri è cauto." — the quote is theirs.
        Only a person's name counts (not a role or a body)."""
        m = re.search(rf"(?:^|,\s*)(?i:{VIEW_WORDS})\s+(?:(?:il|la|l['’]|lo)\s*[a-zà-ÿ]+\s+)?"
                      r"(?P<np>[A-ZÀ-Ý][^,.;:]{1,40}),", sentence)
        if not m:  # "Tra loro c'è Veronica, infermiera di Lodi": a voice presented
            m = re.match(r"\s*(?:(?:Tra|Fra)\s+(?:loro|questi|questa\s+gente|gli\s+altri|i\s+"
                         r"\w+)\s+)?(?:c['’]è|c['’]era|ecco|Ecco|C['’]è|C['’]era)\s+(?:anche\s+)?"
                         r"(?P<np>[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+)?)\s*,\s*"
                         r"(?P<who>[a-zà-ÿ]+|\d{1,3}\s+anni)", sentence)
            if m and not (is_person_noun(m.group("who")) or m.group("who")[0].isdigit()
                          or is_age_noun(m.group("who"))):
                m = None
        if not m:
            m = re.search(r"(?:^|,\s*)(?P<np>[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+)?)\s+"
                          r"(?:è|appare|si dice|si mostra|resta|rimane|si è detto|si è detta)\s+"
                          r"(?:più\s+|molto\s+|meno\s+)?[a-zà-ÿ]+\s*[.!]?\s*$", sentence)
        if not m or not bare_name(m.group("np")):
            return None
        who = self.res.name_of(("name", m.group("np")), self.doc.offset(par))
        person = who and self.res.reg.people.get(name_key(who))
        return who if person and person.is_person else None

    def previous_speech(self, par: int, si: int) -> str | None:
        """The sentence before the quote's says someone speaks ('racconta al Corriere …',
        'Di seguito le dichiarazioni della vincitrice'), or asks a question the quote
        answers (an interview)."""
        if si == 0 and par > 0 and (is_question(self.doc.paragraphs[par - 1]) or (
                self.interviewee and answers_turn(self.doc.paragraphs, par))):
            return self.interviewee
        for p, s in ((par, si - 1), (par - 1, None)):
            if p < 0:
                continue
            sents = self.doc.sentences[p]
            idx = s if s is not None else len(sents) - 1
            if idx < 0 or idx >= len(sents):
                continue
            prev = sents[idx]
            if quotes_in(prev):  # a quote of its own: who speaks in it, if it says so;
                # if not, someone we cannot name spoke last — never a voice before them
                return self.speech_subject(prev, p)
            plain = unmask(prev)
            who = self._interview(plain, p, idx) or (self.stance(plain, p) if p == par
                                                      else None)
            if who:
                return who
            said = self.speech_subject(prev, p)  # "Parla Daniela Piras, segretaria …."
            if said and self.a_person(said) and not is_descriptor(said):
                return said
            m = re.search(r"\b(?:dichiarazioni|parole|commento|racconto)\b[^.]{0,30}?\b"
                          r"(?:di|del|della|dell['’]|dei|degli)\s+(?P<np>[^,.;:]{2,60})", plain)
            if m:
                who = self.res.name_of(np_after("il " + m.group("np"))
                                       if not is_cap(m.group("np")[0]) else
                                       classify(m.group("np")), self.doc.offset(p))
                if who and not is_descriptor(who):
                    return who
            k = last_speech_verb(plain)
            if k is not None:
                toks = tokens(plain)
                np = np_before(plain[: toks[k][1]], self.known)
                who = self.res.name_of(np, self.doc.offset(p)) if np and not word_opening(
                    np, self.known) else None
                if who:
                    return who
                if p == par:
                    return None  # "Nessuna parentela, precisa ridendo.": someone we cannot name
            if s is None:
                break
            if self.a_person(self.subject_of_sentence(plain, p) or ""):
                return None  # "Neri, alla fine, allarga il discorso. «…»": not the voice before
        return None

