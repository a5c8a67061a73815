"""Verbs in a clause: whether it opens with a verb of saying, where the last one is, whether
a quotation has a verb of its own — what tells an attribution from prose around a quote."""

from __future__ import annotations

import re

from briefing.extract.document import unmask
from briefing.extract.wordkinds import is_verb_like
from briefing.italian.grammar import ADVERBS, AUX, CLITICS, DETERMINERS, OF, is_cap, norm, tokens
from briefing.italian.lexicon import lemma
from briefing.italian.speech import (
    AFTER_AUX,
    AFTER_QUOTE,
    AGENT_PARTICIPLES,
    AS_SAID,
    NOT_AFTER_SI,
    SPEECH_NOUNS,
    is_speech_word,
)

# «… – ha aggiunto X – …», «… - ha spiegato X -. …»: the closing dash may touch punctuation
INTERJECTION = re.compile(r"(?:^|\s)[-–—]\s*(?P<inner>[^-–—«»“”\"]{2,160}?)\s*"
                          r"(?:[-–—](?=[\s.,;:!?]|$)|$)")
# "ha reso noto", "rende nota": a verb of saying in two words
_RENDERE_NOTO = re.compile(r"(?:res[oaie]|rend\w*)\s+not[oaie]\b", re.I)
# "ha fatto sapere", "hanno voluto sottolineare", "tiene a precisare": a finite periphrasis
_PERIPHRASIS = {"fatto", "fa", "fanno", "faceva", "far", "voluto", "vuole", "vogliono",
                "tenuto", "tiene", "tengono", "potuto", "dovuto", "ribadito"}


def speech_at_start(text: str) -> tuple[int, bool] | None:
    """If ``text`` opens with a verb of saying (clitics, auxiliaries, adverbs allowed),
    the offset just after the verb and whether it is 'si legge'."""
    toks = tokens(text)
    k = 0
    while k < len(toks) and toks[k][0] in ",.;:–—-":
        k += 1
    if k < len(toks) and norm(toks[k][0]) in AS_SAID:  # "«…», come si legge nel referto"
        k += 1
    start = k
    while k < len(toks) and norm(toks[k][0]) in CLITICS | AUX | ADVERBS:
        k += 1
    if k < len(toks) and norm(toks[k][0]) == "legge" and start < k \
            and norm(toks[k - 1][0]) == "si":
        return toks[k][2], True
    if k + 1 < len(toks) and norm(toks[k][0]) in ("fa", "fanno", "ha", "hanno", "faceva",
                                                  "fatto", "far", "facevano") \
            and norm(toks[k + 1][0]) in ("sapere", "notare", "eco"):
        return toks[k + 1][2], False
    if k - start > 4 or k >= len(toks):
        return None
    if k > start and norm(toks[k - 1][0]) in DETERMINERS and norm(toks[k][0]) in SPEECH_NOUNS:
        return None  # "è l'invito dei soccorritori": a noun, not "invito"
    if _RENDERE_NOTO.match(text, toks[k][1]):
        return _RENDERE_NOTO.match(text, toks[k][1]).end(), False
    if norm(toks[k][0]).endswith(("ando", "endo")) or re.fullmatch(
            r"\w+(?:ando|endo)(?:lo|la|li|le|ne|gli|si|ci)", norm(toks[k][0])):
        return None  # a gerund has no subject of its own: "… annunciando così il record"
    # "si limitano a dire", "tengono a precisare", "hanno voluto sottolineare"
    for step in (1, 2):
        if k + step < len(toks) and not is_cap(toks[k][0]) and is_verb_like(toks[k][0]) \
                and (step == 1 or norm(toks[k + 1][0]) in ("a", "di")) \
                and is_speech_word(toks[k + step][0]) and norm(toks[k + step][0]).endswith(
                    ("are", "ere", "ire")):
            return toks[k + step][2], False
    if is_speech_word(toks[k][0]) and not is_cap(toks[k][0]) or (
            is_cap(toks[k][0]) and is_speech_word(toks[k][0]) and k == start):
        return toks[k][2], False
    if k > start and norm(toks[k - 1][0]) in AUX and norm(toks[k][0]) in AFTER_AUX:
        return toks[k][2], False  # "», ha comunicato la Capitaneria"
    if k == start and norm(toks[k][0]) in AFTER_QUOTE and not is_cap(toks[k][0]) \
            and k + 1 < len(toks) and norm(toks[k + 1][0]) not in OF:
        return toks[k][2], False  # "», accusa il sindaco", not "», protesta dei residenti"
    return None


def last_speech_verb(prefix: str) -> int | None:
    """Offset just after the last verb of saying in ``prefix`` (quotes masked)."""
    toks = tokens(prefix)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k][0]
        if k + 1 < len(toks) and _RENDERE_NOTO.match(prefix, toks[k][1]):
            return k + 1
        if norm(t) in ("sapere", "notare", "presente", "eco") and k and norm(toks[k - 1][0]) in (
                "fa", "fanno", "fatto", "far", "faceva", "facevano"):
            return k  # "ha fatto sapere che", "fanno notare", "gli fa eco"
        opening = k == 0 or toks[k - 1][0] in ".!?;–—-"  # "Assicura: «…»", "Ore 11 – Parla X"
        if k and norm(toks[k - 1][0]) == "si" and norm(t) in NOT_AFTER_SI:
            continue  # "la Germania si conferma il primo mercato"
        if is_speech_word(t) and (not is_cap(t) or opening) and (
                norm(t) not in SPEECH_NOUNS or _noun_as_verb(toks, k)):
            # "la nota afferma" is fine; "le sue parole" is not a verb
            return k
    return None


def _noun_as_verb(toks: list[tuple[str, int, int]], k: int) -> bool:
    """"Assobibe, l'associazione dei produttori, replica che": a noun of saying that is
    the verb, after its subject's name or its apposition and before "che"."""
    return 0 < k and k + 1 < len(toks) and norm(toks[k + 1][0]) == "che" \
        and not is_cap(toks[k][0]) and (toks[k - 1][0] == "," or is_cap(toks[k - 1][0])
                                        and norm(toks[k - 1][0]) not in DETERMINERS)


def governing_speech_verb(prefix: str) -> int | None:
    """The verb of saying that governs what follows: the last one followed by "che", a
    colon or the end ("spiegava che … e che … «…»"), rather than a later one with an
    object of its own ("il Papa aveva lamentato alcune difficoltà")."""
    last = last_speech_verb(prefix)
    if last is None:
        return None
    toks = tokens(prefix)
    if _participle(norm(toks[last][0])) and last >= 2 \
            and not {norm(t) for t, _, _ in toks[last - 2:last]} & AUX:
        # "Lolli ha ricordato i posti finanziati e annunciati dalla Regione:": a participle
        # qualifying a noun governs nothing; a verb of saying before it does
        earlier = last_speech_verb(prefix[:toks[last][1]])
        last = last if earlier is None else earlier
    for k in range(last, -1, -1):
        if not is_speech_word(toks[k][0]) or norm(toks[k][0]) in SPEECH_NOUNS \
                and not _noun_as_verb(toks, k):
            continue
        j = k + 1
        while j < len(toks) and norm(toks[j][0]) in ADVERBS | CLITICS:
            j += 1
        if j >= len(toks) or norm(toks[j][0]) in ("che", ":") or toks[j][0] in ":,":
            return k if k == last or _object_between(toks, k, last) else last
    return last


def _object_between(toks: list[tuple[str, int, int]], k: int, last: int) -> bool:
    """A later verb of saying with an object and a coordinated "e che" after it, or with
    an object of its own inside what the first one reports ("ha annunciato che la
    Lombardia chiederà al governo lo stato di emergenza:")."""
    after = [norm(t) for t, _, _ in toks[last + 1:]]
    if after[:1] in (["che"], [":"]):
        return False
    reported = "che" in (norm(t) for t, _, _ in toks[k + 1:last])
    # "ha aggiunto che la Regione chiederà a Rfi «…»": words not yet said are not quoted
    # from whoever will say them, but from the one who reports it
    return "che" in after or reported and (any(w in DETERMINERS for w in after)
                                           or bool(_NOT_YET.search(norm(toks[last][0]))))


_REGULAR = {"at": "are", "ut": "ere", "it": "ire"}


def _participle(word: str) -> bool:
    """"annunciati", "ricevuta", "diffusa": a past participle of a verb of saying — its stem
    and ending match the verb's ("invita", "ammette" are present tense)."""
    if len(word) < 5 or word[-1] not in "oaie":
        return False
    regular = _REGULAR.get(word[-3:-1])
    return word[:-1] in AGENT_PARTICIPLES or regular is not None \
        and lemma(word[:-1] + "o") == word[:-3] + regular


_NOT_YET = re.compile(r"(?:rà|ranno|rò|remo|rete|rebbe|rebbero|rei|remmo)$")  # future, conditional


def finite_periphrasis(prefix: str, k: int) -> bool:
    """"ha fatto sapere", "hanno voluto sottolineare": the infinitive at token ``k`` belongs
    to a finite verb, which has a subject of its own."""
    toks = tokens(prefix)
    before = [norm(t) for t, _, _ in toks[max(0, k - 2):k]]
    return any(w in _PERIPHRASIS for w in before)


def names_something(rest: str) -> bool:
    """After a verb of saying, a phrase that names where or whom it came from (a venue,
    a channel), so the verb does have a subject, just not a speaker."""
    m = re.match(r"\s*(?:\w+\s+){0,2}?(?:da|dal|dalla|dall['’]|dai|dagli|dalle)\s+[A-ZÀ-Ý]",
                 unmask(rest))
    return bool(m)


def verb_first(text: str) -> bool:
    words = re.findall(r"[\w']+", text.lower())
    return bool(words) and (words[0] in AUX or is_verb_like(words[0]))


def words_count(text: str) -> int:
    """Words, an elided article not counted ("l'onore" is one word, not two)."""
    return len(re.findall(r"\w+(?!['’\w])", text))


def has_verb(text: str) -> bool:
    for w in re.findall(r"[a-zà-ÿ']+", text.lower()):
        if w in AUX or w in ("c'è", "ci", "sia", "può", "deve", "va", "fa"):
            return True
        base = lemma(norm(w))
        if base.endswith(("are", "ere", "ire", "rre")) and (base != w or len(w) > 5):
            return True
    return False

