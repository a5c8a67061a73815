"""What a word or a short phrase is, by its letters and its neighbours: a name, a verb in
its place, a role then a name, a title then a name — the tests every phrase reader makes."""

from __future__ import annotations

import re

from briefing.italian.grammar import (
    ARTICLED,
    AUX,
    CLITICS,
    DETERMINERS,
    INDEFINITE,
    LEGAL_FORMS,
    NAME_LINKS,
    OF,
    PLACE_PREPS,
    POSSESSIVES,
    SAINTS,
    is_cap,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_common_word, is_given_name, is_verb_form
from briefing.italian.nouns import TITLES
from briefing.italian.numbers import is_number_word
from briefing.italian.speech import VIEW_WORDS, is_speech_word

_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"
# names listed as one subject: "Filt Cgil, Fit Cisl e Uiltrasporti"
LISTED = rf"{_NAME}(?:\s*,\s*{_NAME})+\s+e\s+{_NAME}"
LISTED_NAMES = re.compile(rf"(?P<names>{LISTED})$")


def bodies_listed(names: str) -> bool:
    """A list of names none of which opens with a first name: bodies speaking together
    ("Filt Cgil, Fit Cisl e Uiltrasporti"), not people, who speak one at a time."""
    return not any(is_given_name(w) for w in re.findall(r"[\w'’-]+", names))


def name_like(token: str) -> bool:
    """A capitalised token that is not just a capitalised article ('La', 'Il', 'Un')."""
    return is_cap(token) and norm(token) not in DETERMINERS | POSSESSIVES | CLITICS | {
        "uno", "una", "questo", "questa", "quello", "quella", "ecco", "e", "ma"} | \
        PLACE_PREPS | ARTICLED | OF and not is_number_word(token)


def role_then_name(segment: str) -> bool:
    """'il presidente Corsini', 'la premier italiana Giorgia Meloni': a role, then a name."""
    toks = tokens(segment)
    if len(toks) < 2 or norm(toks[0][0]) not in DETERMINERS:
        return False
    caps = [k for k, (t, _, _) in enumerate(toks) if is_cap(t)]
    if not caps or caps[0] < 2:
        return False
    run = [t for t, _, _ in toks[caps[0]:]]
    if all(is_cap(t) for t in run):
        if norm(toks[caps[0] - 1][0]) in OF | PLACE_PREPS:
            # "un 49enne di San Bonifacio": where from, unless a full name follows the
            # place ("il sindaco di Roma Ugo Neri")
            return any(is_given_name(t) for t in run[1:-1])
        return True
    # a body's name may hold lowercase links, then a person's name must follow: "il
    # deputato di Fratelli d'Italia Luca Rei" (not "un ingegnere dell'Università di Genova")
    last = max(k for k, t in enumerate(run) if not is_cap(t))
    return all(is_cap(t) or norm(t) in NAME_LINKS for t in run) and any(
        is_given_name(t) for t in run[last + 1:-1])


def named_body(segment: str) -> bool:
    """'la Termoservice srl', 'la Cooperativa Sole e Luna': an article, then a name with a
    capital and nothing lowercase but links and legal forms — a body's name, set beside the
    class noun before it ("La ditta, la Termoservice srl, …")."""
    toks = tokens(segment)
    return len(toks) >= 2 and norm(toks[0][0]) in DETERMINERS and is_cap(toks[1][0]) \
        and all(is_cap(t) or norm(t) in NAME_LINKS | LEGAL_FORMS for t, _, _ in toks[1:]) \
        and not is_given_name(toks[1][0])


def titled_name(segment: str) -> bool:
    """'don Luigi Neri', 'suor Anna': a title, then a name."""
    toks = tokens(segment)
    return len(toks) >= 2 and norm(toks[0][0]) in TITLES and bare_name(
        segment[toks[1][1]:])


def person_named(phrase: str) -> bool:
    """A phrase that names a person: a first name followed by a surname, or a bare name."""
    toks = tokens(phrase)
    # "Santo Stefano in Aspromonte", "di San Marco": a place named after a saint
    return bare_name(phrase) or any(
        is_given_name(toks[k][0]) and is_cap(toks[k + 1][0]) and norm(toks[k][0]) not in SAINTS
        and not (k and norm(toks[k - 1][0]) in SAINTS) for k in range(len(toks) - 1))


def bare_name(segment: str) -> bool:
    toks = tokens(segment)
    return bool(toks) and all(is_cap(t) or norm(t) in ("e", "de", "di", "da", "van", "von", ".")
                              for t, _, _ in toks) and is_cap(toks[0][0])


def is_verb_like(word: str) -> bool:
    """A finite verb or participle (only used to stop a noun phrase)."""
    w = norm(word)
    if w in AUX or w in CLITICS or w == "non" or is_speech_word(word):
        return True
    return is_verb_form(w)  # "paramilitari" is a noun


_NOUN_AFTER = ARTICLED | INDEFINITE | {"il"}


def verb_at(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether token ``k`` is a verb in its place: not after "sulla", "un", "il" (directly
    or past one premodifier: "Sulla stessa linea", "un nuovo appello"), where a word that
    could be a verb ("linea", "appello") is a noun."""
    if not is_verb_like(toks[k][0]) or is_cap(toks[k][0]):
        return False
    before = [norm(t) for t, _, _ in toks[max(0, k - 2):k]]
    return not (before and before[-1] in _NOUN_AFTER
                or len(before) == 2 and before[0] in _NOUN_AFTER and not is_verb_like(before[1]))


def is_descriptor(name: str) -> bool:
    return not any(name_like(t) for t, _, _ in tokens(name))


_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+")


def full_names(text: str) -> list[re.Match[str]]:
    """The runs of capitalised words of ``text`` that open with a first name ("Oleh
    Horbenko", "Laura Bonetti"): people named in full."""
    out = []
    for m in _RUN.finditer(text):
        # "Parla Marta Bortolin": a verb opening the sentence before the first name
        first, *rest = m.group().split()
        if not is_given_name(first) and rest and is_given_name(rest[0]):
            m = _RUN.match(text, m.start() + m.group().index(rest[0], len(first)))
        if m and is_given_name(m.group().split()[0]):
            out.append(m)
    return out

def word_opening(np: tuple[str, str] | None, known: frozenset[str]) -> bool:
    """A "name" that is only a dictionary word opening the sentence ("Accetta di parlare
    …"), which the article never uses as a name."""
    caps = [w for w in (np[1].split() if np else []) if w[:1].isupper()]
    return bool(np) and np[0] == "name" and len(caps) == 1 and is_common_word(caps[0]) \
        and norm(caps[0]) not in known


# "Tra le vittime c'è anche …", "Tra i passeggeri c'era …": someone brought on among others
AMONG_OTHERS = r"(?:Tra|Fra)\s+[^,;:«»]{2,50}?\s+c['’](?:è|era|erano)\s+(?:anche\s+)?"
# a full name, or a first name alone set off by a comma ("c'era anche Lucia, moglie di …")
_PERSON = (r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:De|Di|Del|Da|La|Lo)?\s*[A-ZÀ-Ý][\w'’-]+)+"
           r"|[A-ZÀ-Ý][\w'’-]+(?=\s*,))")
# a sentence that opens by presenting the person it is about: "Per l'economista Irene
# Marchetti, …" (whose view), "A condurre lo scavo è Matteo De Giorgi, …", "Tra i produttori
# più esposti c'è Silvia Oddero, …"
_PRESENTED = [
    re.compile(rf"\W*(?i:{VIEW_WORDS})\s+(?:(?:il|la|lo|l['’])\s*)?(?:[a-zà-ÿ]+\s+){{0,4}}?"
               r"(?P<name>[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+)\s*,"),
    re.compile(r"\W*A\s+[a-zà-ÿ]+(?:are|ere|ire|rre|ar|er|ir|r)(?:lo|la|li|le|ne|gli)?\b"
               r"[^.;:]{0,80}?\s(?:è|era|è\s+stat[oa])\s+"
               + _PERSON),
    re.compile(r"\W*(?:Tra|Fra)\s+[^,.;:]{2,60}?\s+c['’](?:è|era)\s+(?:anche\s+)?" + _PERSON),
    # "Al forum è intervenuta anche Lucia Pedretti, …", "In sala c'era anche la sindaca di
    # Rocchetta, Elena Gallo", "Ai comandi c'era Andrea Candotti, 44 anni": one who comes
    # on the scene, named after the verb
    re.compile(r"[^.;:«»\"“”]{0,100}?\b(?:c['’](?:è|era)|(?:è|era)\s+intervenut[oa]"
               r"|ha\s+preso\s+la\s+parola|(?:è|era)\s+present[ei])\s+(?:anche\s+)?"
               r"(?:(?:il|la|lo|l['’])\s*[a-zà-ÿ]+(?:\s+(?:di|del|dello|della|dell['’]|dei|degli|"
               r"delle)"
               r"\s*[\w'’]+)?\s*,\s+)?" + _PERSON),
]


def presented_name(sentence: str, view_only: bool = False) -> str | None:
    """The person a sentence opens by presenting, named with a first name (see above);
    ``view_only``: only one whose view it gives ("Per l'economista Irene Marchetti, …")."""
    for rx in _PRESENTED[:1] if view_only else _PRESENTED:
        m = rx.match(sentence)
        if m and is_given_name(m.group("name").split()[0]):
            return m.group("name")
    return None


_ELIDED_SAINTS = tuple(w for w in SAINTS if w.endswith(("'", "’")))  # "Sant'Eusebio"


def saints_place(toks: list[tuple[str, int, int]], k: int) -> bool:
    """"una volontaria della parrocchia di San Giuseppe", "l'ospedale Sant'Eusebio": a
    saint's name (after a title no one is given as a first name) names a church, a
    hospital, a town — not a person."""
    def title(t: str) -> bool:
        return norm(t) in SAINTS and not is_given_name(t)

    t = toks[k][0]
    return title(t) or norm(t).startswith(_ELIDED_SAINTS) or k > 0 and title(toks[k - 1][0])
