"""A speaker named right before a colon that opens the quote: "Più cauto il ministro
dell'Economia Giancarlo Giorgetti: «…»", "Davide Rosso, della Femca-Cisl:", headline style
"Putin: «…»" — and what before a colon is no name ("Diagnosi:", "Assicura:")."""

from __future__ import annotations

import re

from briefing.extract.discourse import Discourse, Voice
from briefing.extract.found import Before, Found, How
from briefing.extract.names import name_runs
from briefing.extract.phrases import classify
from briefing.extract.wordkinds import (
    AMONG_OTHERS,
    bare_name,
    is_verb_like,
    role_then_name,
    verb_at,
)
from briefing.extract.zero_subject import zero_subject
from briefing.italian.grammar import AGENT as _AGENT
from briefing.italian.grammar import (
    ARTICLE_IN,
    ARTICLED,
    AUX,
    DETERMINERS,
    FROM_PREP,
    OBJECT_CLITICS,
    OF,
    PLACE_PREPS,
    PREMODIFIERS,
    is_cap,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_common_word, is_given_name
from briefing.italian.nouns import BODY_HEADS, DOCUMENTS, is_person_noun
from briefing.italian.speech import SAID_NOUNS, SPEECH_NOUNS, VIEW_NOUNS, is_speech_word
from briefing.italian.tables import alternatives
from briefing.italian.tables import words as table_words


def label(plain: str, d: Discourse | None = None) -> bool:
    """"Diagnosi:", "Assicura:": one word before a colon that is a dictionary word, a verb
    of saying, or a name the article writes nowhere else (a person is named again)."""
    toks = tokens(re.split(r"[.!?]\s|\s[-–—]\s", plain[:-1])[-1])
    if len(toks) != 1:
        return False
    word = toks[0][0]
    if is_common_word(word) or is_speech_word(word):
        return True
    return d is not None and not d.named_again(word)


def names_at_colon(plain: str, d: Discourse) -> bool:
    """Whether the words before a colon can name who speaks: not after a finite verb (then
    the names are its objects: "ricorda le vittime, Lucia Berti e Sara Monti:") unless a
    passive's agent comes between ("è stato dato dalla moglie, Leila:"), and not a label or
    a verb alone ("Diagnosi:", "Assicura:")."""
    if not plain.endswith(":") or label(plain, d):
        return False
    toks = tokens(re.split(r"[.!?]\s|\s[-–—]\s", plain[:-1])[-1])
    verbs = [k for k, (t, _, _) in enumerate(toks)
             if verb_at(toks, k) and norm(t) not in OF | PREMODIFIERS
             and not is_person_noun(t) and not (  # "la deputata", "la lettura": no verb
                 norm(t) in DETERMINERS and k + 1 < len(toks) and (
                     is_person_noun(toks[k + 1][0]) or not is_verb_like(toks[k + 1][0])))]
    if not verbs:
        return True
    # "Le stime le ha fornite il sindaco, Rocco Fanelli:": an object pronoun before the
    # verb has taken its object; the name after it is its subject
    group = verbs[-1]
    while group > 0 and (norm(toks[group - 1][0]) in AUX or group - 1 in verbs
                         and norm(toks[group - 1][0]) not in OBJECT_CLITICS):
        group -= 1
    if group > 1 and norm(toks[group - 1][0]) in OBJECT_CLITICS \
            and norm(toks[group - 2][0]) not in DETERMINERS | OF \
            and any(is_cap(t) for t, _, _ in toks[verbs[-1] + 1:]):
        return True
    return any(norm(t) in _AGENT for t, _, _ in toks[verbs[-1] + 1:])


# a phrase set off after the speaker's name: from where, on what occasion, how old
_ASIDE = re.compile(r"\s*(?:(?:della|del|dello|dell['’]|dei|degli|delle|di|a|ad|al|alla|allo|"
                    r"all['’]|in|nel|nella|nei|nelle|da|dal|dalla|dai|durante|dopo|davanti)\s"
                    r"[^:]*|\d+\s+anni\s*|che\s[^:]*)$")  # (a relative: "…, che assiste X:")


def _aside(segment: str) -> bool:
    """A phrase set off after a speaker's name: from where, when, how old, or who they are
    ("…, presidente dell'associazione dei sikh:", "…, prima firmataria della mozione:")."""
    words = [norm(t) for t, _, _ in tokens(segment)]
    head = next((w for w in words if w not in PREMODIFIERS | _RANK), "")
    return bool(_ASIDE.match(segment)) or bool(words) and words[0] not in DETERMINERS \
        and is_person_noun(head) and not any(is_cap(t) and is_given_name(t)
                                              for t, _, _ in tokens(segment))


_RANK = table_words("grammar", "rank_words")


# "L'ad Filippo Ottolina ai dipendenti:": whom the words are for, after the speaker
_AUDIENCE = re.compile(r"\s+(?:ai|agli|alle|al|allo|all['’])\s*[a-zà-ÿ][^A-ZÀ-Ý:]{0,40}:$")


def name_before_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Più cauto il ministro dell'Economia Giancarlo Giorgetti: «…»": a first name and a
    surname end the clause before the colon."""
    b = Before(b.prefix, _AUDIENCE.sub(":", b.plain), b.par, b.si)
    if not names_at_colon(b.plain, d):
        return None
    segments = re.split(r"[,;.]|\s[-–—]\s", b.plain[:-1])
    # "Davide Rosso, della Femca-Cisl:", "X, a margine di un convegno a Milano:": who, then
    # from where or on what occasion
    k = len(segments) - 1
    while k > 0 and len(segments) - k <= 2 and (
            _aside(segments[k]) or _affiliation(segments[k], segments[k - 1])):
        k -= 1
    tail = segments[k]
    toks = tokens(tail)
    runs = name_runs(tail, toks)
    if runs and runs[-1][1] == len(toks):
        i, j = runs[-1]
        first = next((g for g in range(i, j - 1) if is_given_name(toks[g][0])), None)
        if first is not None and (first > i or not (
                i and norm(toks[i - 1][0]) in PLACE_PREPS | OF
                and not (i > 1 and norm(toks[i - 2][0]) in DETERMINERS | VIEW_NOUNS
                         | SPEECH_NOUNS))):  # "L'ad Filippo …", "la lettura di Ugo Neri:"
            return Found(d.res.reg.full_name(tail[toks[first][1]: toks[j - 1][2]]), How.COLON)
        if first is None and i and norm(toks[i - 1][0]) not in PLACE_PREPS | OF | ARTICLED \
                and not any(verb_at(toks, g) for g in range(i)):
            # "Sulla stessa linea Santarelli:": a surname the article gave a person
            who = d.res.name_of(classify(tail[toks[i][1]:]), d.doc.sentence_offset(b.par, b.si))
            full = tokens(who or "")
            if len(full) > 1 and is_given_name(full[0][0]):
                return Found(who, How.COLON)
    return None


def _affiliation(segment: str, before: str) -> bool:
    """"Dal palco Antonio Greco, Filctem Cgil:": a body's bare name after a person's full
    name is whom they speak for, not the speaker."""
    toks, prev = tokens(segment), tokens(before)
    runs = name_runs(before, prev)
    return 1 <= len(toks) <= 4 and all(is_cap(t) for t, _, _ in toks) \
        and not any(is_given_name(t) for t, _, _ in toks) \
        and bool(runs) and runs[-1][1] == len(prev) and runs[-1][1] - runs[-1][0] >= 2 \
        and any(is_given_name(prev[g][0]) for g in range(*runs[-1]))


def headline_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """Headline style: "… – Putin: «…»", "Calderone: «…»", "Il presidente Corsini: «…»"."""
    if not names_at_colon(b.plain, d):
        return None
    last = re.split(r"\s[-–—]\s|[,;.]", b.plain[:-1])[-1].strip()
    first, _, rest = last.partition(" ")
    if rest[:1].isupper() and is_speech_word(first) and not is_given_name(first):
        last = rest  # "Parla Cambiaso:": the verb opening the sentence, then who speaks
    np = classify(last) if last and len(last.split()) <= 6 else None
    if np and (np[0] == "name" and (bare_name(last) or role_then_name(last))
               or np[0] == "desc"):
        who = d.res.name_of(np, d.doc.sentence_offset(b.par, b.si))
        if who:
            return Found(who, How.COLON)
    return None


# "Poi l'affondo della pm:", "Dura la replica del sindaco:", "L'appello di Legambiente:"
_ARRIVES = alternatives(table_words("speech", "arrival_verbs"))
_WORDS_OF = re.compile(r"(?:^|[.;]\s|\s[-–—]\s)\s*(?:[\w’']+\s+){0,5}?"
                       r"(?:il|lo|la|l['’]|un|una|un['’])\s*(?:[a-zà-ÿ]{4,}\s+)?"  # "una breve"
                       r"(?P<noun>[a-zà-ÿ]+)\s+(?P<prep>dell['’]|(?:di|del|dello|della|dei|degli"
                       rf"|delle)\s)\s*(?P<np>[^,;:.«»]{{2,60}}?)(?:\s+(?:{_ARRIVES})\b[^:«»]{{0,50}})?"
                       r"(?P<aside>(?:\s*,[^,;:«»]{2,80}){1,2})?\s*:$",  # "…, la società che …:"
                       re.I)
# "Poi l'affondo sulle imprese:": a noun of saying and what the words are about, no author
_WORDS_ON = re.compile(r"(?:^|[.;]\s|\s[-–—]\s)\s*(?:[\w’']+\s+)?(?:il|lo|la|l['’]|un|una|un['’])"
                       r"\s*(?P<noun>[a-zà-ÿ]+)(?:\s+(?:su|sul|sullo|sulla|sull['’]|sui|sugli|sulle"
                       r"|contro|verso|al|allo|alla|all['’]|ai|agli|alle)\b[^,;:.«»]{0,60})?\s*:$",
                       re.I)
_AUTHORED = SAID_NOUNS | DOCUMENTS  # a noun of saying or a document, whose author follows


def words_of_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Poi l'affondo della pm: «…»", "La replica dell'azienda arriva con una nota:", "Arriva
    la nota di Ecoambiente, la società che …:", "In serata è arrivata anche una nota della
    Federazione …:": a noun of saying or a document before the
    colon, and whose words they are after "di" — the one the article named ("la pm" is the
    prosecutor it named). "Poi l'affondo sulle imprese:" says what about, not whose: the
    one the text goes on with."""
    m = _WORDS_OF.search(b.plain)
    if not m or norm(m.group("noun")) not in _AUTHORED:
        on = _WORDS_ON.search(b.plain)
        if on and norm(on.group("noun")) in SAID_NOUNS:
            # whose words the sentence does not say: the one the text goes on with
            return Found(zero_subject(d, b.par, b.si, "", voice), How.BEFORE_CONTINUED)
        return None
    article = ARTICLE_IN.get(norm(m.group("prep").strip()), "")
    who = d.res.name_of(classify(article + m.group("np")), d.doc.sentence_offset(b.par, b.si))
    np = m.group("np").strip()
    if who and np != who and np.endswith(who) and is_cap(np) \
            and norm(np.split()[0]) in BODY_HEADS:
        who = np  # "una nota della Federazione sale ricevimenti Campania": the body, not
        # the place its name ends with
    aside = classify(m.group("aside").strip(" ,").split(",")[0]) if m.group("aside") else None
    if aside and aside[0] == "name" and any(is_given_name(w) for w in aside[1].split()) \
            or not who and m.group("aside"):
        return None  # "il commento del sindaco di Irsina, Giuseppe Mancino:": the name after
    # "La replica dell'azienda arriva in serata:" an author we cannot name is nobody, not
    # the one quoted before
    return Found(who, How.COLON) if who else Found(None, How.UNATTRIBUTED)


# "Dall'Agenzia delle Entrate arriva una nota:", "Da Legambiente arriva un secco no:"
_FROM_ARRIVES = re.compile(rf"(?:^|[.;]\s)\s*(?:[\w’']+\s+){{0,2}}?(?P<prep>{FROM_PREP})"
                           r"\s*(?P<np>[^,;:«»]{2,60}?)"
                           rf"\s+(?:{_ARRIVES})\b[^:«»]{{0,60}}:$")


def from_body_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Dall'Agenzia delle Entrate arriva una nota: «…»": the words come from whom "da"
    names — or from no one we can name, never the one quoted before."""
    m = _FROM_ARRIVES.search(b.plain)
    if not m or _WORDS_OF.search(b.plain):
        return None  # "Da Perugia arriva la replica del rettore, X:": whose the words say
    article = ARTICLE_IN.get(norm(m.group("prep")), "")
    np = classify(article + m.group("np"))
    who = d.res.name_of(np, d.doc.sentence_offset(b.par, b.si)) if np else None
    return Found(who, How.COLON) if who else Found(None, How.UNATTRIBUTED)


# "Tra i passeggeri c'era un turista di Verona di 52 anni, con la moglie …:"
_AMONG_THEM = re.compile(r"(?:^|[.;]\s)\s*" + AMONG_OTHERS
                         + r"(?P<np>[^,;:«»]{2,80}?)\s*(?:,[^:;«»]{0,80})?:$")


def among_them_colon(d: Discourse, b: Before, voice: Voice) -> Found | None:
    """"Tra le vittime c'è un autotrasportatore di Caserta: «…»": the one the sentence
    brings on among others speaks — named or not."""
    m = _AMONG_THEM.search(b.plain)
    if not m:
        return None
    who = d.res.name_of(classify(m.group("np")), d.doc.sentence_offset(b.par, b.si))
    return Found(who, How.COLON) if who else Found(None, How.UNATTRIBUTED)
