"""How an attribution was found: the record every attribution rule returns, and the one
the rules that read a quote's own sentence before it take."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class How(enum.Enum):
    """Where the text says who speaks (or why nobody is named)."""

    INSIDE = "inside"  # «… – ha aggiunto X – …»
    INSIDE_CONTINUED = "inside-continued"  # «… – ha aggiunto – …»: the subject goes on
    AFTER = "after"  # «…», ha detto X
    AFTER_CONTINUED = "after-continued"  # «…», ha aggiunto: the subject goes on
    AFTER_UNKNOWN = "after-unknown"  # «…», fanno sapere da Palazzo Chigi: no speaker
    BEFORE = "before"  # X ha detto: «…»
    BEFORE_CONTINUED = "before-continued"  # ha poi aggiunto: «…»
    COLON = "colon"  # Calderone: «…»
    ACCORDING = "according"  # Secondo X «…»
    WORDS_OF = "words-of"  # nelle parole di X: «…»
    DOCUMENT = "document"  # «…», si legge nella nota del Cremlino
    NEXT = "next"  # «…». Lo ha spiegato X
    CONTINUED = "continued"  # the same voice goes on, in a quote of its own
    UNATTRIBUTED = "unattributed"  # the sentence goes on about something else: no guess


# A verb of saying governs the quote: a short one is a statement, not a scare quote.
GOVERNED = frozenset({How.INSIDE, How.INSIDE_CONTINUED, How.AFTER, How.AFTER_CONTINUED,
                      How.BEFORE, How.BEFORE_CONTINUED, How.COLON, How.DOCUMENT, How.NEXT,
                      How.WORDS_OF, How.ACCORDING})
# Found where a verb was, but its subject is no speaker: say nobody.
NO_SPEAKER = frozenset({How.AFTER_UNKNOWN, How.UNATTRIBUTED})


@dataclass(frozen=True)
class Found:
    """A rule's answer: the speaker (None: the rule decided nobody is named) and how."""

    speaker: str | None
    how: How
    said_as: str | None = None  # the role the text used, where a person was found for it


@dataclass
class Before:
    """The sentence up to the quote: as masked (``prefix``) and as plain text."""

    prefix: str
    plain: str
    par: int
    si: int
