"""Who a phrase names: a person of the article's registry ("la ministra" → the minister the
article introduced), a body, a role the article never ties to a name — or no speaker at
all (a place, a document, a class of bodies left unnamed)."""

from __future__ import annotations

import re

from briefing.extract.document import words
from briefing.extract.name_spans import body_start, couple_start, numbered_end
from briefing.extract.names import Registry, name_runs
from briefing.extract.phrases import Phrase
from briefing.extract.wordkinds import LISTED_NAMES, bodies_listed, is_verb_like, name_like
from briefing.italian.grammar import (
    AUX,
    DETERMINERS,
    INDEFINITE,
    NOT_NAMES,
    OF,
    PARTICIPLES,
    PLACE_PREPS,
    PLURAL_DETERMINERS,
    POSSESSIVES,
    PREMODIFIERS,
    SAINTS,
    is_cap,
    name_key,
    norm,
    strip_article,
    tokens,
)
from briefing.italian.lexicon import (
    is_common_word,
    is_female_name,
    is_given_name,
    is_verb_form,
)
from briefing.italian.nouns import (
    ANONYMOUS,
    BODY_CLASSES,
    BODY_HEADS,
    DOCUMENTS,
    FIRMS,
    INSTITUTIONS,
    NOT_ROLES,
    RELATIONAL,
    STREETS,
    TITLES,
    VENUES,
    could_be_person,
    is_age_noun,
    is_person_noun,
    is_venue,
    office_head,
)
from briefing.italian.tables import tagged
from briefing.italian.tables import words as word_list

# "l'assessorato all'Agricoltura e alla Pesca", "l'assessorato al Turismo": a body named by
# what it is for
_NAME_CAP = r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?!e\b)[\w'’-]+){0,2}"
_TO = r"(?:al|allo|alla|ai|agli|alle)\s+|all['’]\s*"
_BODY_FOR = re.compile(r"(?P<body>(?i:" + "|".join(sorted(BODY_HEADS, key=len, reverse=True))
                       + rf"))\s+(?i:{_TO}){_NAME_CAP}(?:\s+e\s+(?i:{_TO}){_NAME_CAP})?")
_BODY = re.compile(
    r"\b(?P<body>(?:" + "|".join(sorted(BODY_HEADS, key=len, reverse=True)) + r")"
    r"(?:\s+[a-zà-ÿ]+){0,2}?)\s+(?:di|del|della|dello|dei|delle)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)", re.I)


class Resolver:
    """Who the phrases of one article name, from that article's registry only."""

    def __init__(self, registry: Registry) -> None:
        self.reg = registry
        # bodies the article names with their place: "il consiglio comunale di Dnipro"
        self.bodies = [(m.start(), m.group("body").lower(), f"{m.group('body')} "
                        f"{m.group()[m.end('body') - m.start():].strip()}")
                       for m in _BODY.finditer(registry.text)
                       if m.group("body").split()[0].lower() in BODY_HEADS]

    def body_named(self, phrase: str) -> str | None:
        """A body with its place ("la protezione civile di Cuneo"), or the short form of
        one the article named ("il consiglio comunale" → "consiglio comunale di Dnipro")."""
        plain = strip_article(phrase)
        m = _BODY.fullmatch(plain) or _BODY_FOR.fullmatch(plain)
        if m and m.group("body").split()[0].lower() in BODY_HEADS:
            return plain
        if not plain or plain.split()[0].lower() not in BODY_HEADS:
            return None
        same = {full for _, body, full in self.bodies if body == plain.lower()}
        return same.pop() if len(same) == 1 else None

    def name_of(self, np: Phrase | None, offset: int) -> str | None:
        """The speaker a subject phrase names, or None when it is no speaker."""
        if np is None:
            return None
        kind, phrase = np
        named_body = self._body_by_name(strip_article(phrase).split(), offset)
        if named_body:
            return named_body
        if kind == "name" and LISTED_NAMES.fullmatch(phrase) and bodies_listed(phrase):
            return phrase  # "Filt Cgil, Fit Cisl e Uiltrasporti": bodies speaking together
        if kind == "name":
            name = self._last_name(phrase)
            if name:
                return self.reg.full_name(name, offset)
            kind = "desc"
        low = [norm(w) for w in words(phrase) if w != "⁅"]
        content = [w for w in low if w not in DETERMINERS | POSSESSIVES | PREMODIFIERS
                   and w not in ("uno", "una")]
        if content and content[0] in OF:  # "uno dei titolari"
            content = content[1:]
        if content and content[0] in BODY_HEADS and (
                not is_person_noun(content[0]) or _BODY_FOR.fullmatch(strip_article(phrase))):
            return self.body_named(phrase)  # ("l'assessorato al Turismo": named by its task)
        if len(content) > 2 and content[0] in RELATIONAL and content[1] in OF \
                and not any(w in AUX for w in low):
            # "la madre di uno dei ragazzi": someone told by whose relative they are
            return self.reg.resolve(low, before=offset) or _as_written(words(phrase))
        head = office_head(content, OF)
        person = could_be_person if low and low[0] in INDEFINITE else is_person_noun
        kin = bool(content) and content[0] in _KIN and (
            low[0] in INDEFINITE or len(content) == 1)  # "una madre", "La figlia racconta"
        if not content or content[0] in NOT_ROLES and not kin or content[0] in VENUES \
                or content[0] in DOCUMENTS or not (person(head) or kin):
            # "racconta un cuoco": anyone named with "un" may be a person; "racconta una
            # madre": someone unnamed, by kin; "racconta la romana": the one the text
            # wrote that word before ("la ventenne romana Sofia Pirrone")
            return self._described(content[0]) if len(content) == 1 \
                and low[0] in DETERMINERS - INDEFINITE else None
        if any((w in AUX and w not in PARTICIPLES) or (w in PLACE_PREPS and w not in OF
                                                        and not unnamed_person(phrase))
               for w in low):
            return None  # a clause, not a noun phrase ("un pendolare diretto a Orte" is one)
        # "un allevatore della contrada vicina" is someone else than the farmer named
        found = None if low and low[0] in INDEFINITE else self.reg.resolve(low, before=offset)
        if found and low[0] in PLURAL_DETERMINERS and not any(
                is_given_name(w) for w in found.split()):
            # "i sindacati Flc Cgil, Cisl Scuola e Uil Scuola Rua … I sindacati": all of
            # them, not one body ("le figlie, Anna e Teresa Amati" are the two women)
            found = None
        if found:
            return _one_holder(self.reg, found, head)
        if is_age_noun(content[0]) and low[0] in ("il", "la", "lo", "l'", "l’") \
                and not re.search(rf"\b(?:un|una|uno)\s+{re.escape(content[0])}\b",
                                  self.reg.text, re.I):  # "un 34enne": someone unnamed
            found = self._just_named(offset, {"la": True, "il": False, "lo": False}.get(low[0]))
            if found:
                return found  # "Moussa Ndiaye, l'ala … «…», ha detto il 26enne"
        body = self.body_named(phrase)
        if body:
            return body
        if content[0] in BODY_CLASSES:
            # "l'associazione", "l'istituto di statistica": a body the article may well
            # have named; without knowing which, no name is better than a wrong one
            return None
        # a role the article never ties to a name: say so in its own words — in full
        # where it wrote them so before ("I giudici sottolineano" after "i giudici del
        # Riesame")
        fuller = self.fuller(content[0], offset) if len(content) == 1 else None
        if fuller:
            return fuller
        kept = words(phrase)
        caps = [k for k, w in enumerate(kept) if is_cap(w) and k]
        # "un commerciante di via Pievaiola [mostra]": up to its last name, and the one
        # adjective of a body's name ("uno dei tecnici del Soccorso alpino")
        tail = kept[caps[-1] + 1:] if caps else []
        if caps and not (len(tail) == 1 and tail[0].isalpha() and not is_verb_like(tail[0])
                         and norm(tail[0]) not in DETERMINERS | OF | PLACE_PREPS):
            kept = kept[: caps[-1] + 1]
        # "la titolare di un bar di viale del Lavoro": someone unnamed, told at length
        return _trimmed(_as_written(kept)) if len(content) <= (
            9 if unnamed_person(phrase) else 6) else None

    def _body_by_name(self, body: list[str], offset: int) -> str | None:
        """A body's or a firm's name, not a person's: "la Società italiana di
        endocrinologia", "la cantina Bartolucci", "dal Ca' Foncello"; "La Corte" where the
        text wrote that court in full ("Corte d'appello di Venezia")."""
        if len(body) == 1 and is_cap(body[0]) and body[0].lower() in BODY_HEADS:
            full = self.fuller(body[0], offset)
            return full if full and self._only_one(body[0], full, offset) else None
        if len(body) > 1 and is_cap(body[0]) and body[0].lower() in BODY_HEADS \
                and (not is_person_noun(body[0]) or body[0].lower() in INSTITUTIONS) \
                and body[1].islower() and len(body) <= 7 \
                or len(body) > 1 and body[0] in FIRMS and is_cap(body[1]) \
                or len(body) > 1 and body[0].lower() in _HOUSE and is_cap(body[1]):
            return " ".join(body)
        return None

    def fuller(self, head: str, offset: int) -> str | None:
        """The one way the text wrote ``head`` with whose it is, before ``offset`` ("giudici
        del Riesame"), else None."""
        text = self.reg.text[:offset]
        found = [m for m in re.finditer(
            rf"\b(?i:{re.escape(head)})\s+(?:d['’]\s*[a-zà-ÿ]+\s+)?"  # "Corte d'appello di"
            r"(?:di|del|della|dello|dell['’]|dei|degli|delle)\s*"
            r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*)*", text)]  # not past a line break
        if any(re.search(r"[A-ZÀ-Ý][\w'’]+,\s*(?:\w+\s+){0,2}$", text[:m.start()]) for m in found):
            return None  # "Chiara Pellegrini, ricercatrice del Cnr": a named person's role
        if len({m.group().strip() for m in found}) == 1:
            return found[0].group().strip()
        # two written in full ("ministero della Salute", "ministero dei Trasporti"): the one
        # the sentence just before wrote, if any
        last = found[-1] if found else None
        near = last is not None and offset - last.end() <= _JUST_BEFORE \
            and "\n" not in text[last.end():]
        return last.group().strip() if near else None

    def _only_one(self, head: str, full: str, offset: int) -> bool:
        """Whether every time the text wrote ``head`` before ``offset`` it meant ``full``:
        written so, or bare after its article ("La Corte precisa") — not "la Suprema corte",
        "la Corte d'appello" beside a "Corte di Cassazione"."""
        text = self.reg.text[:offset]
        for m in re.finditer(rf"\b{re.escape(head)}\b", text, re.I):
            if text.startswith(full, m.start()):
                continue
            if not re.search(r"\b(?:il|la|lo|l['’])\s*$", text[:m.start()], re.I) \
                    or re.match(r"\s+(?:d['’]|di|del|della|dello|dell['’]|dei|degli|delle)\b",
                                text[m.end():], re.I):
                return False
        return True

    def described_after(self, rest: str) -> str | None:
        """"«…», racconta la romana": after a verb of saying, an article and one word the
        text wrote before one person's name ("la ventenne romana Sofia Pirrone")."""
        m = re.match(r"\s*(?:il|lo|la|l['’]|i|gli|le)\s*([a-zà-ÿ]{4,})\s*(?:[-–—,.;:]|$)", rest)
        return self._described(m.group(1)) if m else None

    def _described(self, word: str) -> str | None:
        """The one person the text names right after ``word`` ("romana Sofia Pirrone"),
        else None."""
        found = {self.reg.full_name(m.group(1)) for m in re.finditer(
            rf"\b(?i:{re.escape(word)})\s+([A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+)+)",
            self.reg.text) if is_given_name(m.group(1).split()[0])}
        return found.pop() if len(found) == 1 else None

    def _just_named(self, offset: int, female: bool | None = None) -> str | None:
        """The one person (a first name and a surname) named in the text just before
        ``offset``, whom "il 26enne" names again — the nearest stretch first, of the sex the
        article gives (``female``: "la 24enne" is Chiara Lombardo, not Davide Ruggiero
        named beside her); None if there are more or none."""
        for window in (300, 600):
            near = {p.name for p in self.reg.people.values()
                    if p.is_person and any(offset - window <= m < offset for m in p.mentions)
                    and len(p.name.split()) > 1 and all(is_cap(w) for w in p.name.split())
                    and norm(p.name.split()[0]) not in BODY_HEADS | INSTITUTIONS}
            if len(near) == 2 and female is not None:  # "Chiara Lombardo e Davide Ruggiero"
                near = {n for n in near if is_female_name(n.split()[0]) is female}
            if near:
                return self.reg.full_name(near.pop()) if len(near) == 1 else None
        return None

    def _particle_name(self, phrase: str, toks: list[tuple[str, int, int]], j: int) -> bool:
        """"Del Ben", "Dal Bo": a particle with a capital opens a surname ("di" always, else
        a name the article gave, alone or after a first name)."""
        whole = name_key(phrase[toks[0][1]:toks[j - 1][2]])
        return norm(toks[0][0]) in OF or whole in self.reg.people \
            or any(k.endswith(" " + whole) for k in self.reg.people)

    def _last_name(self, phrase: str) -> str | None:
        """'il presidente te del Consorzio … Enrico Corsini' → 'Enrico Corsini'."""
        toks = tokens(phrase)
        runs = name_runs(phrase, toks)
        best = None
        for i, j in runs:
            if norm(toks[i][0]) in SAINTS and i + 1 < j and is_given_name(toks[i + 1][0]):
                continue  # "San Benedetto del Tronto", "Santa Maria": a place, no one
            while i < j and (not name_like(toks[i][0]) or norm(toks[i][0]) in TITLES
                             and i + 1 < j and is_given_name(toks[i + 1][0])):
                i += 1  # "Padre Giancarlo Ferretti": the title is no part of the name
            if i >= j:
                continue
            if i == 1 and is_cap(toks[0][0]) and self._particle_name(phrase, toks, j):
                i = 0  # "Del Ben non si fa illusioni", "dice Lo Verde": a surname's particle
            elif i and norm(toks[i - 1][0]) in PLACE_PREPS | OF:
                # "della Florida Marco Rubio", "del Museo Egizio Christian Greco": a name
                # may follow the complement — not the one a venue is named after
                # ("al Policlinico Umberto I")
                for k in range(i + 1, j - 1):
                    if is_given_name(toks[k][0]) and not (k == i + 1 and is_venue(toks[i][0])):
                        best = (k, j)
                        break
                continue
            if i >= 2 and not is_cap(toks[i - 1][0]) and toks[i - 1][0].isalpha() \
                    and norm(toks[i - 2][0]) in PLACE_PREPS | OF \
                    and not any(is_given_name(toks[k][0]) for k in range(i, j - 1)):
                continue  # "un infermiere dell'ospedale Cardarelli": the place's name
            words = [norm(toks[k][0]) for k in range(i, j)]
            if is_venue(toks[i][0]) or words[0] in NOT_ROLES or (
                    i and norm(toks[i - 1][0]) in STREETS):
                continue  # "via Pievaiola", "piazza Garibaldi": a place
            if i and norm(toks[i - 1][0]) in NOT_ROLES and not (
                    norm(toks[i - 1][0]) in TITLES and (
                        i < 2 or norm(toks[i - 2][0]) not in DETERMINERS)):
                continue  # "il caso Cecilia Sala", but "padre Vincenzo Neri"
            best = (i, j)
        if best is None:
            return None
        i, j = best
        # "Replica Luca Ferrari:": a verb opening the sentence is not part of the name
        while j - i > 2 and is_common_word(toks[i][0]) and not is_given_name(toks[i][0]) \
                and is_given_name(toks[i + 1][0]):
            i += 1
        i = body_start(toks, couple_start(toks, i))
        j = numbered_end(toks, i, j)
        # a body named by a common noun keeps its description: "Commissione militare
        # centrale della Corea del Nord", "Polizia locale"
        body_named = i > 0 and norm(toks[i - 1][0]) in BODY_HEADS  # "la società Autostrada"
        # "l'Agenzia delle Entrate": a common noun's name goes on past "delle"
        common = is_common_word(toks[i][0]) and not is_given_name(toks[i][0])
        of_noun = j + 1 < len(toks) and norm(toks[j][0]) in OF and toks[j + 1][0].isalpha() \
            and (not is_cap(toks[j + 1][0]) or body_named or common) \
            and (not is_verb_like(toks[j + 1][0]) or common and is_cap(toks[j + 1][0]))
        # "la Tenuta Colle del Sole": a body's name of common nouns goes on past "del"
        of_name = j - i > 1 and common and of_noun and is_cap(toks[j + 1][0])
        if (j - i == 1 and (is_common_word(toks[i][0]) or norm(toks[i][0]) in BODY_HEADS
                            or body_named) or of_name) \
                and j < len(toks) and (
                of_noun or  # "l'Unità di crisi"
                not is_cap(toks[j][0]) and norm(toks[j][0]) not in OF | PLACE_PREPS | {"e"}
                and not is_verb_like(toks[j][0])):
            k = j
            while k < len(toks) and toks[k][0] not in ",;:.!?()«»“”\"–—-⁅" and (
                    not is_cap(toks[k][0]) and (norm(toks[k][0]) in OF or not is_verb_like(
                        toks[k][0])) or (is_cap(toks[k][0]) and norm(toks[k - 1][0]) in OF
                                        | {"del", "di"})
                    or (is_cap(toks[k][0]) and is_cap(toks[k - 1][0]))):
                if norm(toks[k][0]) in PLACE_PREPS - OF:
                    break
                k += 1
            j = k
        # "Quando potremo …", "Qualcuno vi ha …": a question's opening word is nobody
        while i < j and (norm(toks[i][0]) in NOT_NAMES or i == 0 and j - i == 1
                         and is_verb_form(norm(toks[i][0]))
                         and norm(toks[i][0]) not in self.reg.people):
            i += 1  # "Accoglie la notizia … l'associazione": a verb opening the sentence
        if i >= j:
            return None
        return phrase[toks[i][1]: toks[j - 1][2]]


_JUST_BEFORE = 250  # characters: about the sentence before


_TRAILING_ADVERBS = re.compile(r"\s+(?:" + "|".join(word_list("grammar", "trailing_adverbs"))
                               + r")$")


_KIN = tagged("kin")  # family: someone's kin speaks as such ("la figlia"), not "il collega"


def _one_holder(reg: Registry, name: str, head: str) -> str | None:
    """A role resolved to a bare surname two people share ("l'ex sindaco Pelaia" of the
    title, where the text names Rocco and Giuseppe Pelaia): the one holding that role,
    else nobody."""
    words = name_key(name).split()
    if len(words) != 1:
        return name
    people = {p.name for p in reg.people.values() if p.is_person
              and len(p.key.split()) > 1 and p.key.split()[-1] == words[0]}
    if len(people) < 2:
        return name
    holders = [p for p in people if reg.holds_as(p, head)]
    return holders[0] if len(holders) == 1 else None


def _trimmed(phrase: str) -> str:
    """No adverb left hanging at the end: "una delle educatrici già [in servizio]"."""
    return _TRAILING_ADVERBS.sub("", phrase)


def _as_written(kept: list[str]) -> str:
    """The words joined as the text writes them: "l'allenatore", not "l ' allenatore"."""
    return re.sub(r"(\w)\s*(['’])\s*(?=\w)", r"\1\2", " ".join(kept))


_HOUSE = word_list("grammar", "house_names")  # "dal Ca' Foncello": the hospital


def body_descriptor(phrase: str) -> bool:
    """'l\'associazione', 'l\'istituto di statistica': a class of bodies."""
    low = [norm(w) for w in words(phrase)]
    head = next((w for w in low if w not in DETERMINERS | PREMODIFIERS | OF), "")
    return head in BODY_CLASSES


def unnamed_person(descriptor: str) -> bool:
    """'il 19enne', 'un testimone': someone the article may never name — kept as the
    speaker though a singular role."""
    low = [norm(w) for w in words(descriptor)]
    head = next((w for w in low if w not in DETERMINERS | PREMODIFIERS), "")
    if is_age_noun(head) or head in ANONYMOUS:
        return True
    if low and low[0] in INDEFINITE and could_be_person(head):
        return True  # "un pendolare diretto a Orte", "una guida alpina"
    rest = low[low.index(head) + 1:] if head in low else []
    if head in _KIN and not rest:
        return True  # "La figlia racconta": someone's kin the article does not name
    # "la figlia di una paziente", "la madre di uno dei ragazzi", "la titolare di un bar"
    return (head in RELATIONAL or is_person_noun(head)) and len(rest) > 1 and rest[0] in OF \
        and rest[1] in INDEFINITE


def anaphoric(descriptor: str) -> bool:
    """'il deputato' may point back to the person just quoted; 'i soccorritori', 'uno dei
    titolari', 'il suo portavoce' and 'l'avvocato' do not."""
    low = [norm(t) for t, _, _ in tokens(descriptor)]  # "l'" kept whole
    if not low or low[0] not in ("il", "lo", "la", "l'"):
        return False
    if any(w in POSSESSIVES for w in low):
        return False
    head = next((w for w in low[1:] if w not in PREMODIFIERS), "")
    if head in RELATIONAL and any(w in OF for w in low[low.index(head) + 1:]):
        return False  # "il portavoce del ministro": someone else's
    return bool(head) and head not in INSTITUTIONS and is_person_noun(head)
