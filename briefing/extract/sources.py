"""Who issued a document or a report an article quotes: "si legge in una nota del
ministero …", "nel documento firmato da Carla Bosio", or the source the sentence before
names ("Secondo la KCNA", "Lo ha riportato l'agenzia …")."""

from __future__ import annotations

import re

from briefing.extract.claimants import CLAIMANTS
from briefing.extract.clauses import last_speech_verb
from briefing.extract.document import QuotedText, unmask
from briefing.extract.edges import leading_np
from briefing.extract.phrases import classify, np_after
from briefing.extract.resolver import Resolver
from briefing.extract.units import TIME_WORDS, as_listed, words_re
from briefing.extract.wordkinds import is_verb_like
from briefing.italian.grammar import DETERMINERS, is_cap, name_key, norm, strip_article, tokens
from briefing.italian.lexicon import is_common_word, is_given_name, lemma
from briefing.italian.nouns import BODY_CLASSES, BODY_HEADS, COMPANY, FIRMS, SPEAKER_NOUNS
from briefing.italian.speech import VIEW_SURE
from briefing.italian.tables import alternatives, table, words

_P = table("patterns")

# "Secondo la KCNA, …", "Secondo Federalberghi le disdette …" (a name, no comma)
_SOURCE_COMMA = re.compile(rf"\b(?i:{VIEW_SURE})\s+(?P<np>[^,]{{2,80}}?)\s*(?:,|$)")
_SOURCE_NAME = re.compile(rf"\b(?i:{VIEW_SURE})\s+(?P<np>[A-ZÀ-Ý][\w'’-]*"
                          r"(?:\s+[A-ZÀ-Ý][\w'’-]*)*)(?=\s+[a-zà-ÿ])")

# "nell'ordinanza del gip", "nella relazione del commissario": a document and whose it is
_DOC_OF = re.compile(rf"\s*(?:{as_listed(_P['document_prepositions'])})\s*"
                     r"(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+\s+(?:del|della|dello|dell['’])\s*"
                     r"(?P<who>[a-zà-ÿ]+)\b")
_BODY_AFTER = re.compile(r"\b(?:dell['’]|dall['’]|della|dalla|del|dal)\s*(?P<head>[a-zà-ÿ]+)\b")


_SPELLED_OUT = re.compile(r"(?P<name>[A-ZÀ-Ý][^,.;:!?()«»“”\"]*?)\s*"
                          r"\((?P<acronym>[A-ZÀ-Ý][\w'’-]+)\)")


def _body_name(text: str) -> str | None:
    """A body's name as written, from its first capital to its last ("Polizia postale del
    Veneto", "Capitaneria di porto di Genova"), or with one word after it where the phrase
    ends there ("della Polizia postale."); a name spelled out before its acronym in brackets
    whole ("Istituto nazionale di sismologia e vulcanologia (Insivumeh)")."""
    spelled = _SPELLED_OUT.match(text)
    if spelled and len(spelled.group("name").split()) <= 8:
        return f"{spelled.group('name')} ({spelled.group('acronym')})"
    phrase = re.split(r"[,.;:!?()«»“”\"]|\s[-–—]\s", text, maxsplit=1)[0].split()[:7]
    # "Commissione albo odontoiatri dell'Ordine": a capital after an elided article counts
    caps = [k for k, w in enumerate(phrase) if is_cap(w) or is_cap(re.split(r"['’]", w)[-1])]
    if not caps:
        return None
    if caps == [0] and 2 <= len(phrase) <= 3 and not any(
            is_verb_like(w) or norm(w) in ("che", "e", "in", "a", "con") or norm(w) in TIME_WORDS
            for w in phrase[1:]):
        return " ".join(phrase)  # "Medici senza frontiere", "Save the Children"
    end = caps[-1] + 1
    if len(phrase) == end + 1 and phrase[end].isalpha() and phrase[end].islower() \
            and len(phrase) <= 3:
        end += 1
    if len(phrase) == end + 2 and norm(phrase[end]) == "di" and phrase[end + 1].isalpha() \
            and phrase[end + 1].islower() and norm(phrase[end + 1]) not in TIME_WORDS:
        end += 2  # "Comando provinciale della Guardia di finanza." (not "di ieri")
    return " ".join(phrase[:end])


# "E proprio dall'assessorato regionale all'Agricoltura arriva l'annuncio: «…»"
_FROM_BODY = re.compile(r"\b(?:dall['’]|dalla|dal|dai|dagli|dalle)\s*(?P<head>[a-zà-ÿ]+)\b", re.I)


def _body_from(prefix: str) -> str | None:
    """The body the words before the quote say it comes from ("dall'assessorato regionale
    all'Agricoltura arriva l'annuncio:"), when they name one by its head noun."""
    m = _FROM_BODY.search(prefix)
    if not m or norm(m.group("head")) not in BODY_HEADS:
        return None
    words: list[str] = []
    for w in re.split(r"[,.;:!?()«»“”\"]|\s[-–—]\s", prefix[m.start("head"):])[0].split()[:8]:
        if words and not is_cap(w) and is_verb_like(w):
            break  # "… arriva l'annuncio"
        words.append(w)
    return " ".join(words) if _named_body(words) or norm(words[0]) not in BODY_CLASSES else None


_ISSUERS: dict[str, list[str]] = table("speech")["issuers"]
_ISSUED_DOC = re.compile(rf"\b(?:{alternatives(_ISSUERS)})\b", re.I)


def _may_issue(source: str, rest: str) -> bool:
    """Whether ``source`` may have written the document the words after the quote name
    ("si legge nella sentenza": a court or a judge, not "la famiglia")."""
    doc = _ISSUED_DOC.search(rest[:40])
    head = next((t for t, _, _ in tokens(source) if norm(t) not in DETERMINERS), "")
    return not doc or is_cap(head) or norm(head) in _ISSUERS[doc.group().lower()]


_SIGNED_BY = re.compile(rf"\b(?:{as_listed(_P['signed_participles'])})[oaie]\s+da\s+"
                        r"(?:(?:il|la|lo|l['’])\s*[a-zà-ÿ]+\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]+"
                        r"(?:\s+[A-ZÀ-Ý][\w'’-]+)+)"
                        # "firmato dalla direttrice del Dipartimento di sanità, Elena Neri"
                        rf"|\b(?:{as_listed(_P['signed_role_participles'])})[oaie]\s+"
                        r"(?:dal|dalla|dallo|dall['’])\s*[a-zà-ÿ][^,;:.«»]{0,80},\s*"
                        r"(?:(?:il|la|lo|l['’])\s*[a-zà-ÿ]+\s+)?"
                        r"(?P<named>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+)"
                        # "un'interrogazione depositata ieri in Consiglio regionale da X"
                        rf"|\b(?:{as_listed(_P['filed_participles'])})[oaie]\b[^.;:«»]{{0,60}}?\bda\s+"
                        r"(?P<by>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+)")


class Sources:
    """The sources part of a Discourse (its ``res``, ``doc`` and ``known``)."""

    res: Resolver
    doc: QuotedText
    known: frozenset[str]

    def document_author(self, rest: str, par: int, si: int, prefix: str = "") -> str | None:
        """'si legge nel messaggio diffuso dal servizio stampa del Cremlino' → servizio stampa del
        Cremlino; 'in una nota del ministero dell'Università e della ricerca' → that ministry;
        'si legge in una nota' → whoever the sentence before says issued it; 'Di parere
        opposto Confedilizia: «…», si legge in una nota dell'associazione' → the body the
        words before the quote (``prefix``) name."""
        rest = re.split(r",\s*che\b", rest, maxsplit=1)[0]  # not "…, che richiama la Cassazione"
        signed = _SIGNED_BY.search(rest[:200])
        name = signed.group("name") or signed.group("named") or signed.group("by") \
            if signed else None
        if name and is_given_name(name.split()[0]):
            return self.res.reg.full_name(name)  # "firmato da Carla Bosio"
        m = re.search(r"\b(?:dal|dalla|dall['’]|dai|dagli|del|della|dell['’]|dei|degli)\s*"
                      r"(?P<who>(?:[a-zà-ÿ]+\s+){0,3}?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)"
                      r"|\bdi\s+(?P<named>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)",
                      rest[:160])
        head = _BODY_AFTER.search(rest[:160])
        if head and norm(head.group("head")) in BODY_HEADS:
            # "una nota del ministero dell'Università e della ricerca", "dell'assessorato
            # regionale all'Agricoltura": the body's whole name, from its head noun
            words = re.split(r"[,.;:!?()«»“”\"]|\s[-–—]\s|\s(?:che|ha|hanno|è|in cui)\s",
                             rest[head.start("head"):], maxsplit=1)[0].split()[:8]
            own = self._body_subject(prefix, par) if norm(words[0]) in BODY_CLASSES else None
            if own:  # "L'Unicef … ha lanciato l'allarme: «…», si legge in una nota
                return own  # dell'agenzia delle Nazioni Unite": the agency the text names
            if len(words) == 1:  # "una nota del ministero" after "il ministero dei
                # Trasporti turco": the one the text wrote in full before
                fuller = self.res.fuller(words[0], self.doc.sentence_offset(par, si))
                if fuller:
                    return fuller
            if _named_body(words) or norm(words[0]) not in BODY_CLASSES:
                return " ".join(words)
            # "si legge in una nota dell'organizzazione provinciale": the body of that class
            # the words before the quote or the sentence before name (Confagricoltura), else
            # the class as written
            # (a body the sentence before names with that class, "la Fism, la federazione
            # che …", before the source it opens with)
            found = self.verbless_source(unmask(prefix).strip()) \
                or classed_body(unmask(prefix), norm(words[0])) or (classed_body(
                    unmask(self.doc.sentences[par][si - 1]), norm(words[0])) if si else None) \
                or self.previous_source(par, si) or self.body_subject(par, si, norm(words[0])) \
                or _view_body(unmask(prefix))
            if found and norm(words[0]) in FIRMS and not is_cap(
                    next((t for t, _, _ in tokens(found) if norm(t) not in DETERMINERS), "")):
                found = None  # "una nota dell'azienda" is no "i sindacati" before it
            return found or " ".join(words)
        if m and re.search(r"\b(?:che|cui)\s", m.group("who") or ""):
            m = None  # "una nota firmata dai capigruppo che sostengono Perilli": not Perilli's
        if m:  # "… del servizio stampa del Cremlino", "… in una nota di Federdistribuzione"
            runs = [w for w in (m.group("who") or m.group("named")).split() if is_cap(w)]
            if runs:
                return _body_name(rest[rest.index(runs[0], m.start()):]) or " ".join(runs)
        if own := _body_from(unmask(prefix)):
            return own
        role = _DOC_OF.match(rest)
        if role and norm(role.group("who")) in SPEAKER_NOUNS - BODY_HEADS - FIRMS:
            # "si legge nell'ordinanza del gip": the judge's words, whoever the sentence
            # before named ("secondo la Procura"); the judge by name where the text gives it
            np = np_after("il " + rest[role.start("who"):])
            return self.res.name_of(np, self.doc.sentence_offset(par, si))
        source = self.previous_source(par, si)
        return source if source and _may_issue(source, rest) else None

    def _body_subject(self, prefix: str, par: int) -> str | None:
        """The body the words before the quote open with as their subject, by its name
        ("L'Unicef, che stima …, ha lanciato l'allarme:")."""
        np = leading_np(unmask(prefix), self.known)
        if not np or np[0] != "name":
            return None
        who = self.res.name_of(np, self.doc.offset(par))
        person = self.res.reg.people.get(name_key(who or ""))
        return who if who and not (person and person.is_person) else None

    def previous_source(self, par: int, si: int) -> str | None:
        """Who the sentence before names as the source ('Secondo la KCNA', 'I paramilitari
        hanno annunciato …', 'Lo ha riportato l'agenzia …')."""
        for back in (1, 2):
            if si - back < 0:
                break
            prev = unmask(self.doc.sentences[par][si - back])
            m = _SOURCE_COMMA.search(prev) or _SOURCE_NAME.search(prev)
            if m:
                np = classify(m.group("np"))
                who = self.res.name_of(np, self.doc.offset(par)) if np else None
                if who and not who.startswith("quanto"):
                    return who
            m = _REPORTED.search(prev)
            if m:
                who = self.res.name_of(np_after(m.group("np")), self.doc.offset(par))
                if who:
                    return who
            who = self.verbless_source(prev)
            if who:
                return who
            prev = _OPENER.sub("", prev, count=1)  # "Nel frattempo l'Autorità …"
            np = leading_np(prev, self.known)
            issued = _ISSUED.match(prev, len(np[1]) + prev.find(np[1])) if np else None
            if issued and lemma(norm(issued.group("verb"))) in _ISSUE_VERBS:
                # "l'Autorità di sistema portuale ha diffuso il bilancio. «…», si legge in
                # una nota dell'ente": that body's note
                who = self.res.name_of(np, self.doc.offset(par))
                if who:
                    return who
            k = last_speech_verb(prev) if np else None
            if np and k is not None:
                who = self.res.name_of(np, self.doc.offset(par))
                if who:
                    return who
        return None

    def body_subject(self, par: int, si: int, cls: str = "") -> str | None:
        """"Tuttotech ha chiuso il punto vendita. «…», si legge in una nota dell'azienda":
        the subject of the sentence before, a name the article writes after a class of
        bodies ("la catena di elettronica Tuttotech") — a company, not a place — or whose
        name is of the note's class ``cls`` ("Il Comitato Tutela Consumatori annuncia un
        esposto. «…», si legge in una nota dell'associazione")."""
        if si < 1:
            return None
        np = leading_np(unmask(self.doc.sentences[par][si - 1]), self.known)
        if not np or np[0] != "name" or any(is_given_name(w) for w in np[1].split()[:1]):
            return None
        text = " ".join(unmask(x) for x in self.doc.paragraphs)
        classed = re.search(r"\b(?:" + "|".join(sorted(BODY_CLASSES | COMPANY)) + r")\b"
                            r"(?:\s+[a-zà-ÿ'’]+){0,3}\s+" + re.escape(np[1]) + r"\b", text, re.I)
        if classed:
            return np[1]
        return strip_article(np[1]) if _of_class(np[1], cls) else None

    def verbless_source(self, sentence: str) -> str | None:
        """"Sulla stessa linea Alleanza Verdi e Sinistra.", "Di segno opposto la posizione
        di Federcaccia:": a phrase with no verb and the name closing it, whose note comes."""
        m = _VERBLESS.match(sentence)
        if not m or any(is_verb_like(w) and norm(w) not in DETERMINERS
                        for w in m.group("lead").split()[1:]):
            return None
        who = self.res.name_of(("name", m.group("name")), 0)
        if who and any(is_given_name(w) for w in who.split()[:1]):
            return None  # a person's words come through other rules
        # a body's whole name, not its last words ("Verdi e Sinistra")
        return (m.group("name") if m.group("name").endswith(who) else who) if who else None


# "Per la Flc Cgil Calabria la pronuncia fa scuola:": whose view the words give, a body's name
_VIEW_BODY = re.compile(r"\W*(?:Per|Secondo)\s+(?:il|la|lo|l['’]|i|gli|le)?\s*"
                        r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)")


def _view_body(prefix: str) -> str | None:
    """The body named in the view that opens the words before the quote ("Per la Flc Cgil
    Calabria …: «…», si legge in una nota del sindacato"), not a person's name."""
    m = _VIEW_BODY.match(prefix)
    name = m.group("name") if m else ""
    return name if name and not is_given_name(name.split()[0]) else None


def classed_body(sentence: str, cls: str) -> str | None:
    """The one body a sentence names with its class ("ricorda il sindacato di polizia Siulp",
    "parla Ecoambiente Pontina, la società titolare"), for a note "del sindacato", "dell'azienda"
    (any firm's noun for a firm's)."""
    classes = sorted(FIRMS) if cls in FIRMS else [cls]
    alt = "|".join(re.escape(c) for c in classes)
    name = r"(?P<n{k}>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)"
    found = {m.group("n1") for m in re.finditer(
        rf"\b(?:{alt})(?:\s+[a-zà-ÿ'’]+){{0,3}}\s+" + name.format(k=1), sentence)}
    found |= {m.group("n2") for m in re.finditer(
        name.format(k=2) + rf"\s*,\s*(?:il|la|lo|l['’])\s*(?:{alt})\b", sentence)}
    return found.pop() if len(found) == 1 else None


_OPENER = re.compile(r"^\W*" + words_re(table("speech")["openers"]).pattern + r"\s*,?\s+", re.I)
# "Lo ha riportato l'agenzia …": the source the sentence before names
_REPORTED = re.compile(r"\b(?:Lo|L['’])\s*(?:ha|hanno)\s+(?:\w+\s+)?"
                       rf"(?:{as_listed(_P['reported_participles'])})\s+(?P<np>[^.]{{2,80}})")
_ISSUED = re.compile(r"\s*(?:ha|hanno)\s+(?:già\s+|anche\s+)?(?P<verb>[a-zà-ÿ]+)")
_ISSUE_VERBS = frozenset(table("speech")["issue_verbs"])
# a sentence with no verb, a phrase opening it and a name closing it
_VERBLESS = re.compile(r"\W*(?P<lead>[A-ZÀ-Ý][a-zà-ÿ'’]*(?:\s+[a-zà-ÿ'’]+){1,6})\s+"
                       r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:e\s+|d['’]\s*|di\s+)?"
                       r"[A-ZÀ-Ý][\w'’-]*)*)\s*[.:]?\s*$")
_WHERE = words("grammar", "location_prepositions")


def _named_body(words: list[str]) -> bool:
    """Whether a class noun's words name the body ("consorzio di bonifica Adige", "gruppo
    Hera"), not only where it sits ("il gruppo alla Camera", "l'associazione in Regione")."""
    for w in words[1:]:
        if norm(w) in _WHERE or norm(w).startswith(("all'", "all’", "nell'", "nell’")):
            return False
        if is_cap(w):
            return True
    return False


_CLASS_HEADS: dict[str, list[str]] = table("speech")["class_heads"]
_UNIONS = frozenset(w for w in CLAIMANTS["unions"] if " " not in w)


def _of_class(name: str, cls: str) -> bool:
    """Whether a body's name fits the class a note names it by: its head is of that class
    ("Comitato Tutela Consumatori" for "l'associazione"), a union's acronym for "il
    sindacato", or a word of its own for an association ("la Lipu")."""
    named = strip_article(name).split()
    if not named or cls not in _CLASS_HEADS:
        return False
    first = norm(named[0])
    return first in _CLASS_HEADS[cls] or cls == "sindacato" and first in _UNIONS \
        or cls in _CLASS_HEADS["names"] and len(named) <= 3 and not is_common_word(named[0]) \
        and first not in BODY_HEADS
