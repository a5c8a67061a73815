"""The roles news prose gives people where it names them: "la ministra del lavoro [Maria
Calderone]", "[Enrico Corsini], il presidente del Consorzio," — and when two roles are one
office ("il premier", "il presidente del Consiglio") or two times of it ("il presidente
uscente", "il nuovo presidente")."""

from __future__ import annotations

import re

from briefing.italian.grammar import (
    ARTICLED,
    AUX,
    DETERMINERS,
    OF,
    PLACE_PREPS,
    PLURAL_DETERMINERS,
    PREMODIFIERS,
    SAINTS,
    is_cap,
    norm,
    stem,
)
from briefing.italian.lexicon import is_common_word, is_given_name
from briefing.italian.nouns import (
    INSTITUTIONS,
    KINDS_OF,
    SAME_OFFICE,
    SYNONYMS,
    TITLES,
    is_person_noun,
    office_head,
)
from briefing.italian.tables import alternatives, table

_OFFICE_TIME = table("offices")
_FORMER, _NEW = frozenset(_OFFICE_TIME["former_words"]), frozenset(_OFFICE_TIME["new_words"])


def different_time(descriptor: list[str], role: list[str]) -> bool:
    """A former holder and a new one of an office are two people."""
    d, r = set(descriptor), set(role)
    return bool(d & _FORMER and r & _NEW or d & _NEW and r & _FORMER)


# a person noun that may follow a name with no article ("Ermanno Tinazzi, 63 anni,
# allevatore"): an agent's ending, not any word ending like one ("ieri")
_BARE_ROLE = re.compile(r"(?:tore|tori|trice|trici|ista|isti|iste|ante|ente)$")


# adjectives of nationality or region: "francese", "ucraino", "statunitense", "nordcoreano"
NATIONALITY = re.compile(r"(?:ese|esi|ano|ana|ani|ane|ino|ina|ini|ine|ense|ensi|eno|ena|eni)$")


def a_role(words: list[str]) -> bool:
    """A role phrase headed by a person noun or a title ("ministra del lavoro")."""
    head = office_head(words, PREMODIFIERS)
    # "al ministero delle Imprese, Telesud Contact ha …": a body is nobody's role
    return head in TITLES or is_person_noun(head) and head not in INSTITUTIONS


def same_office(a: str, b: str) -> bool:
    if same_role(a, b):
        return True
    return any(a in group and b in group for group in SAME_OFFICE)


def same_role(a: str, b: str) -> bool:
    """One role: the same noun, a synonym, or ``a`` naming the kind of ``b``."""
    return stem(a) == stem(b) or any(a in group and b in group for group in SYNONYMS) \
        or b in KINDS_OF.get(a, ())


# how long someone has held the role named next: "da tre anni", "dal 2021"
_TENURE = re.compile(r"(?:da\s+(?:\w+\s+){1,2}?(?:"
                     + alternatives(table("patterns")["tenure_units"])
                     + r")|dal\s+\d{4})\s+(?=[a-zà-ÿ])", re.I)


class Roles:
    """The role-reading part of a Registry (its ``toks`` and ``text``)."""

    toks: list[tuple[str, int, int]]
    text: str

    def _role_before(self, i: int) -> list[str] | None:
        """'la ministra del lavoro [Maria Calderone]', 'il presidente russo, [Vladimir Putin]',
        'dalla moglie del chitarrista, [Leila]'."""
        k = i - 1
        if k >= 0 and self.toks[k][0] == ",":
            k -= 1
        words: list[str] = []
        start = None  # the farthest article that can open the role phrase
        while k >= 0 and len(words) < 14:
            if "\n" in self.text[self.toks[k][2]:self.toks[k + 1][1]]:
                break  # the title or the paragraph before: "Parla la direttrice…\n\nLECCE –"
            t = self.toks[k][0]
            nt = norm(t)
            if nt in DETERMINERS or nt in ARTICLED:
                # "il deputato", "dal ministro" open the role; "per la Protezione civile e
                # le Politiche del mare", "alla Camera", "del chitarrista" are inside it
                opens = bool(words) and is_person_noun(words[-1]) and (
                    nt not in OF
                    # "le dimissioni della sindaca [Rosaria Capparelli]": the office alone,
                    # not "la moglie del chitarrista, [Leila]"
                    or len(words) == 1 and nt in ARTICLED and self.toks[i - 1][0] != ","
                    and k > 0 and not is_person_noun(self.toks[k - 1][0]))
                inner = not opens and k > 0 and len(words) < 8 and (
                    nt in ARTICLED and nt not in OF or norm(self.toks[k - 1][0]) in (
                        PLACE_PREPS | OF) or self._coordinated(k - 1))
                if not inner:
                    start = len(words)
                if opens or (nt in DETERMINERS and not inner):
                    break
            elif nt == "e" and self._coordinated(k):
                pass
            elif t in ",;:.!?()«»“”\"-–—" or nt in ("che", "e", "ha", "è", "hanno", "sono",
                                                    "non", "si") or nt in AUX \
                    or t[:1].isdigit() or is_given_name(t) and nt not in SAINTS and not (
                        k and norm(self.toks[k - 1][0]) in SAINTS):  # not "San Giorgio"
                break  # a clause or another person between: "La pm Ada Neri aveva chiesto
                # 9 anni per [Ugo Rei]" gives Rei no role
            elif nt.endswith(("ato", "ito", "uto", "ata", "ita", "uta")) and len(nt) > 5 \
                    and not is_cap(t) and not is_person_noun(nt) \
                    and not (k and is_person_noun(self.toks[k - 1][0])):
                break  # a participle: "ribadito dalla ministra …" ("delegato" of a role)
            words.append(nt)
            k -= 1
        if start is None or start == 0:
            return None
        if self.toks[i][1] < self.body_start and words and not is_cap(self.toks[i - 1][0]) \
                and not is_person_noun(words[0]) and not NATIONALITY.search(words[0]) \
                and words[0] not in OF:
            return None  # a headline's verb: "il giudice sportivo ferma [Capasso]"
        role = list(reversed(words[:start]))
        return role if role and not is_cap(role[0]) and role[0] not in OF else None

    def _coordinated(self, k: int) -> bool:
        """Whether the "e" at ``k`` joins two complements of a role ("per la Protezione
        civile e le Politiche del mare"), not two people ("Rossi e la sindaca")."""
        if norm(self.toks[k][0]) != "e" or k < 2:
            return False
        before = self.toks[k - 1][0]
        back = [norm(t) for t, _, _ in self.toks[max(0, k - 4): k - 1]]
        return (not is_cap(before) or is_common_word(before) and not is_given_name(before)) \
            and before.isalpha() and any(
            w in PLACE_PREPS | OF | ARTICLED for w in back)

    def _role_after(self, j: int) -> list[str] | None:
        """'[Enrico Corsini], il presidente del Consorzio,', '[Ermanno Tinazzi], 63 anni,
        allevatore di contrada Valle' (a person noun with no article)."""
        if j + 1 >= len(self.toks) or self.toks[j][0] != ",":
            return None
        k = j + 1
        age = re.match(r"\s*\d{1,3}\s+anni\s*,", self.text[self.toks[j][2]:])
        if age:  # ", 63 anni," between the name and the role
            while k < len(self.toks) and self.toks[k][1] < self.toks[j][2] + age.end():
                k += 1
        if k >= len(self.toks):
            return None
        tenure = _TENURE.match(self.text, self.toks[k][1])
        if tenure:  # "Marta Guidi, 49 anni, da tre anni segretaria generale della Filcams"
            while k < len(self.toks) and self.toks[k][1] < tenure.end():
                k += 1
            if k >= len(self.toks):
                return None
        bare = norm(self.toks[k][0]) not in DETERMINERS
        if norm(self.toks[k][0]) in PLURAL_DETERMINERS:
            return None  # "Sciopero nei supermercati Ermes, i sindacati:": not Ermes's role
        if not bare:
            k += 1
        elif is_cap(self.toks[k][0]) or not (_BARE_ROLE.search(norm(self.toks[k][0]))
                                             or is_person_noun(self.toks[k][0])):
            return None  # "Mario Rossi, ieri": no role
        words: list[str] = []
        while k < len(self.toks) and len(words) < 8:
            t = self.toks[k][0]
            if t in ",;:.!?()«»“”\"-–—" or norm(t) == "che":
                return words or None
            if is_cap(t) and norm(self.toks[k - 1][0]) not in OF:
                return (words or None) if bare else None  # "allevatore di contrada Valle"
            if norm(t) in AUX and words:
                return None  # "[Mario Rossi], il giudice ha …": the next clause's subject
            words.append(norm(t))
            k += 1
        return None
