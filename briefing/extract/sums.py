"""What a sum of money is of ("un incentivo fino a 40mila euro", "crediti d'imposta fittizi
per 186 milioni", "1,2 milioni in contanti"): the noun that tells a seizure from a loss or a
cost, so two sums of one story are compared only where they are of the same thing."""

from __future__ import annotations

import re

from briefing.extract.units import MONEY_WORDS, NOT_NOUNS, as_listed, verb_form
from briefing.italian.lexicon import stop_words
from briefing.italian.tables import table

_F = table("figures")
_P = table("patterns")

_DETERMINERS = as_listed(_P["sum_determiners"])
_SUM_OF = re.compile(rf"(?:^|[:;,(]|\b(?:{_DETERMINERS}))\s*"
                     rf"(?:(?:{as_listed(_P['sum_premodifiers'])})\s+)?"
                     r"(?P<noun>[a-zà-ÿ]{3,})"
                     r"(?:\s+(?:d['’]\s*|di\s+)?[a-zà-ÿ]{3,})?\s+"
                     r"(?:di|da|pari\s+a|per|fino\s+a|oltre|circa|a)\s+"
                     rf"(?:(?:{as_listed(_P['sum_qualifiers'], spaces=True)})\s+)?$", re.I)
_OPENS_SUM = re.compile(rf"[\s:;,(]*(?:{_DETERMINERS})\b", re.I)


_SUM_NOUNS = frozenset(_F["sum_nouns"])
# "crediti d'imposta fittizi per 186 milioni": a sum noun, two words, then "per"/"di"/"da"
_SUM_NEAR = re.compile(r"(?P<words>(?:[a-zà-ÿ'’]+\s+){1,4})(?:di|da|per|pari\s+a|a)\s+"
                       rf"(?:(?:{as_listed(_P['sum_near_qualifiers'])})\s+)?$", re.I)
# "1,2 milioni in contanti", "280mila euro di tangenti", "118 milioni di euro di crediti"
_SUM_AFTER = re.compile(r"\s*(?:di\s+)?(?:euro|dollari|€)?\s*(?:di|in)\s+(?P<noun>[a-zà-ÿ]{4,})",
                        re.I)


def sum_noun(s: str, start: int, it: str, end: int = -1) -> str | None:
    """The noun a sum of money is of: "un incentivo fino a 40mila euro", "una base d'asta
    di 13,77 milioni", "crediti d'imposta fittizi per 186 milioni", "1,2 milioni in
    contanti" (None: none said)."""
    lead = re.match(r"[^\d]*", it).group()  # "fino a 40mila": the words before its digits
    head = s[:max(0, start)] + lead
    m = _SUM_OF.search(head)
    noun = m.group("noun").lower() if m else ""
    if noun and verb_form(noun) and noun not in _SUM_NOUNS and not _OPENS_SUM.match(m.group()):
        noun = ""  # "versato tangenti per 280mila": a verb, not what the sum is of
    if not noun:
        near = _SUM_NEAR.search(head)
        after = _SUM_AFTER.match(s, end) if end >= 0 else None
        words = [w.lower() for w in re.findall(r"[a-zà-ÿ]+", near.group("words"))] if near \
            else []
        noun = next((w for w in reversed(words) if w in _SUM_NOUNS), "") or (
            after.group("noun").lower() if after and after.group("noun").lower() in _SUM_NOUNS
            else "")
    # after its article a noun may look like a verb ("un incentivo", "l'aumento")
    return noun if noun and noun not in stop_words() and noun not in NOT_NOUNS \
        and noun not in MONEY_WORDS else None

