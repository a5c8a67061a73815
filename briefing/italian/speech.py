"""Verbs and nouns of saying (``data/speech.json``): what makes a clause an attribution."""

from __future__ import annotations

import functools
import re

from briefing.italian.grammar import norm
from briefing.italian.lexicon import lemma
from briefing.italian.tables import alternatives, table, words

SPEECH_LEMMAS = words("speech", "verb_lemmas")
SPEECH_NOUNS = words("speech", "nouns")
REPLY_NOUNS = words("speech", "reply_nouns")
CLEFT_VERBS = words("speech", "cleft_verbs")
DEMONSTRATIVES = words("speech", "demonstratives")
# Forms simplemma does not bring back to a verb of saying ("detto" → "dettare").
_FORMS = words("speech", "verb_forms")
_PREFIXES = tuple(table("speech")["verb_prefixes"])
_NOT_VERBS = words("speech", "not_verbs")
AFTER_AUX = words("speech", "after_auxiliary")  # "ha comunicato", not "un comunicato"
AFTER_QUOTE = words("speech", "after_quote")  # "«…», accusa il sindaco"
NOT_AFTER_SI = words("speech", "not_after_si")  # "si conferma il primo mercato"
# Verbs that introduce quoted words only when the quote follows them ("ringraziandola «per
# la disponibilità»"), not verbs of saying elsewhere.
QUOTE_VERBS = words("speech", "quote_verbs")
# Whose view a clause gives: "Secondo X", "Stando a X" (sure), "Per X" ("per" is also "for")
_VIEW = table("speech")["view_words"]
VIEW_SURE = alternatives(_VIEW["sure"])
VIEW_ALSO = alternatives(_VIEW["also"])
VIEW_WORDS = alternatives(_VIEW["sure"] + _VIEW["also"])
WORDS_OF = alternatives(table("speech")["words_of"])  # "nelle parole di X"
SAYS_ON = words("speech", "says_on")  # "racconta di", "dice che"
AS_SAID = words("speech", "as_said")  # "«…», come si legge"
VIEW_NOUNS = words("speech", "view_nouns")  # "la lettura di X"
# nouns of saying, of a view or of a sally before a colon ("Dura la reazione di X:")
SAID_NOUNS = VIEW_NOUNS | words("speech", "colon_nouns") | SPEECH_NOUNS
# participles of saying without their ending ("diffus", "respint"): irregular ones too
AGENT_PARTICIPLES = words("speech", "agent_participles")


@functools.lru_cache(maxsize=8192)
def is_speech_word(word: str) -> bool:
    """A form of a verb of saying: 'ha detto', 'racconta', 'aggiungendo', 'scrivevamo'."""
    w = norm(word)
    if w in _NOT_VERBS:  # nouns first
        return False
    clitic = re.fullmatch(r"(\w+?[aei]r)(?:lo|la|li|le|ne|gli|glielo)", w)  # "dirlo"
    if clitic and clitic.group(1) + "e" in SPEECH_LEMMAS:
        return True
    gerund = re.fullmatch(r"(\w+?)(ando|endo)(?:lo|la|li|le|ne|gli|glielo|si)", w)
    if gerund:  # "definendoli", "ringraziandola"
        stem = gerund.group(1) + ("are" if gerund.group(2) == "ando" else "ere")
        return stem in SPEECH_LEMMAS or stem in QUOTE_VERBS or \
            gerund.group(1) + "ire" in SPEECH_LEMMAS
    return w in _FORMS or w.startswith(_PREFIXES) or lemma(w) in SPEECH_LEMMAS
