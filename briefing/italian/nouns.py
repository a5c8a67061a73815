"""Nouns for people, bodies, places and texts (``data/nouns.tsv``) and the offices that are
one office (``data/offices.json``): who a descriptor can name, and who it cannot."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.italian.grammar import norm
from briefing.italian.lexicon import in_dictionary, lemma
from briefing.italian.numbers import age_of
from briefing.italian.tables import table, tagged

# Heads of descriptors that name a person, a group of people or a body (an unnamed speaker
# can be "il suo portavoce", "i soccorritori", "uno dei titolari", "dal Comando").
SPEAKER_NOUNS = tagged("speaker")
# Bodies rather than people: a descriptor naming one never points back to a person.
INSTITUTIONS = tagged("institution")
# Class nouns for bodies ("l'associazione", "l'istituto di statistica"): they stand for a
# body the article usually names, so left unresolved they are no speaker.
BODY_CLASSES = tagged("body-class")
# Roles that name someone beside the speaker, never the speaker again ("il suo portavoce").
RELATIONAL = tagged("relational")
# Titles that are part of how a person is named ("Papa Francesco") and can stand alone.
TITLES = tagged("title")
# Heads that name a place, a venue or an object, never a speaker.
VENUES = tagged("venue")
STREETS = tagged("street")  # "via Pievaiola": the name after one is a place
DOCUMENTS = tagged("document")
# Nouns that take a name without being the name's role: "il caso Cecilia Sala".
NOT_ROLES = tagged("not-role")
# Heads of a body's name with its place: "la protezione civile di Cuneo".
BODY_HEADS = tagged("body") | INSTITUTIONS | BODY_CLASSES
# People news often leaves unnamed ("un testimone", "il 17enne"): kept as the speaker.
ANONYMOUS = tagged("anonymous")
# Nouns naming a company before its name ("la catena di elettronica Tuttix").
COMPANY = tagged("company")
FIRMS = tagged("firm")  # "l'azienda", "la società": a company
_AGE_NOUN = re.compile(r"\d{1,3}enn[ei]|[a-zà-ÿ]{3,}enn[ei]")

_OFFICES = table("offices")
# Roles that mean the same office, so "il leader nordcoreano" can find "il presidente
# nordcoreano Kim Jong Un".
SAME_OFFICE: list[frozenset[str]] = [frozenset(g) for g in _OFFICES["same_office"]]
# Nouns for one role ("l'autrice" is "la scrittrice" the article named).
SYNONYMS: list[frozenset[str]] = [frozenset(g) for g in _OFFICES["synonyms"]]
# Roles named by their kind ("l'ufficiale" for "il colonnello" the text named).
KINDS_OF: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _OFFICES["kinds_of"].items()}
# Italian news names some offices by a fixed periphrasis ("il capo dello Stato").
PERIPHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    tuple(short): tuple(full) for short, full in _OFFICES["periphrases"]}

def office_head(words: Sequence[str], skip: frozenset[str] = frozenset()) -> str:
    """The noun naming the office in a role's words: "sindaco" for "primo cittadino",
    "pm" for "pubblico ministero" (a fixed periphrasis), else the first word not in
    ``skip``."""
    plain = tuple(w for w in words if w not in skip)
    for short, full in PERIPHRASES.items():
        if plain[:len(short)] == short:
            return full[0]
    return plain[0] if plain else ""


_PERSON_PREFIXES = tuple(table("grammar")["person_prefixes"])
_PERSON_SUFFIX = re.compile(r"(?:tore|tori|trice|trici|ista|isti|iste|iere|ieri|aria|arie)$")


def is_venue(token: str) -> bool:
    """A place, never a speaker: 'la regione' is a place, 'la Regione' the body that
    governs it."""
    w = norm(token)
    return w in VENUES and not (w in INSTITUTIONS and token[:1].isupper())


def is_person_noun(word: str) -> bool:
    """Whether a descriptor's head can name who spoke ('portavoce', 'soccorritori')."""
    w = norm(word)
    if w in VENUES:
        return False
    if is_age_noun(w):
        return True
    singular = {w, w[:-1] + "o", w[:-1] + "e", w[:-1] + "a", w[:-2] + "co", w[:-2] + "go",
                w + "o" if w.endswith("i") else w,  # "volontari", "operai"
                w[:-3] + "ore" if w.endswith("ori") else w}
    if singular & SPEAKER_NOUNS or _PERSON_SUFFIX.search(w):
        return True
    # "il neocampione": a person noun with a prefix joined to it
    return any(w.startswith(p) and len(w) > len(p) + 3 and is_person_noun(w[len(p):])
               for p in _PERSON_PREFIXES)


_VERB_LEMMA = ("are", "ere", "ire")


def could_be_person(word: str) -> bool:
    """The head of an indefinite subject of a verb of saying ("racconta un cuoco", "dice
    una signora", "spiega un passante"): a person noun we know, or a noun with a masculine
    and a feminine form (cuoco/cuoca, signore/signora) or an agent's ending (-ante,
    -ente); not a text, a place or a body."""
    w = norm(word)
    if is_person_noun(w):
        return True
    if not w.isalpha() or len(w) < 4 or w in VENUES | DOCUMENTS | INSTITUTIONS \
            | BODY_CLASSES | NOT_ROLES:
        return False
    stem = w[:-1]
    for masc in (stem + "o", stem + "e"):
        fem = stem + "a"
        if w in (masc, fem) and masc != fem and in_dictionary(masc) and in_dictionary(fem) \
                and lemma(masc) == masc \
                and not any(lemma(x).endswith(_VERB_LEMMA) for x in (masc, fem)) \
                and lemma(fem) in (fem, masc):
            return True
    return w.endswith(("ante", "ente"))


def is_age_noun(word: str) -> bool:
    """"17enne", "quattordicenne": someone named by age (crime news often does no more)."""
    return bool(_AGE_NOUN.fullmatch(word)) and age_of(word) is not None
