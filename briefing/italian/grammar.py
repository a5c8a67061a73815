"""Italian function words and tokens: what the phrase rules of names and quotes stand on.

The word sets come from ``data/grammar.json``; the helpers split text the way those rules
need it (an elided article is a token of its own: "dell'Onu" is "dell'" + "Onu") and
compare words and names without case, apostrophe or accent differences.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.italian.tables import table, words

DETERMINERS = words("grammar", "determiners")
PLURAL_DETERMINERS = words("grammar", "plural_determiners")
FEMININE_ARTICLES = words("grammar", "feminine_articles")  # "la pm", "una candidata"
# Articles fused with a preposition: "dalla ministra …", "al presidente …".
ARTICLED = words("grammar", "articled_prepositions")
POSSESSIVES = words("grammar", "possessives")
PREMODIFIERS = words("grammar", "premodifiers") | POSSESSIVES
# Prepositions that put a following name into a complement: "del Consorzio", "a Roma".
OF = words("grammar", "of")
PLACE_PREPS = words("grammar", "place_prepositions")
PARTICLES = words("grammar", "name_particles")
SURNAME_PARTICLES = words("grammar", "surname_particles")
SAINTS = words("grammar", "saints")
LEGAL_FORMS = words("grammar", "legal_forms")
NAME_LINKS = words("grammar", "name_links")  # lowercase words inside a name: "d'", "di", "e"
# the article inside "di"/"da" fused with one ("della" → "la "), to read what follows as a
# noun phrase of its own
ARTICLE_IN: dict[str, str] = table("grammar")["article_in"]
# Words a pronoun-less verb or a bare adverb puts between a verb and its subject.
ADVERBS = words("grammar", "adverbs")
AUX = words("grammar", "auxiliaries")
PARTICIPLES = words("grammar", "participles_of_essere")  # also nouns: "il capo dello Stato"
CLITICS = words("grammar", "clitics")
OBJECT_CLITICS = words("grammar", "object_clitics")
LINKS = words("grammar", "links")
INDEFINITE = words("grammar", "indefinite_articles")
MANNER_PREPS = words("grammar", "manner_prepositions")
BEFORE_VERB = words("grammar", "before_verb")
PLUPERFECT_AUX = words("grammar", "pluperfect_auxiliaries")


# the ending of a past participle, regular or not: "causato", "chiuse", "morti", "rotta"
PARTICIPLE_ENDING = r"(?:at|it|ut|ss|st|rt|rs|lt|tt|nt|s)[oaie]"


def pluperfect(between: str = "") -> re.Pattern[str]:
    """The pluperfect that tells what had happened before ("avevano causato", "erano stati
    evacuati"); ``between``: a pattern for words allowed after the auxiliary ("già")."""
    return re.compile(r"\b(?:" + "|".join(sorted(PLUPERFECT_AUX)) + r")\s+" + between
                      + rf"(?:stat[oaie]\s+)?[a-zà-ÿ]+{PARTICIPLE_ENDING}\b", re.I)
BETWEEN = words("grammar", "between")
AND = words("grammar", "and")
NOT_NAMES = words("grammar", "not_names")
CONTRAST = words("grammar", "contrast_conjunctions")  # "…, mentre per i sindacati …"
CLAUSE_OPENERS = words("grammar", "clause_openers")
HE_SHE = words("grammar", "he_she")  # "ha aggiunto lei"
STAYED = words("grammar", "stayed")  # "sono rimasti feriti"
# Every word that opens a complement: a noun after one is not a subject ("durante la
# conferenza", "al Senato").
COMPLEMENT = PLACE_PREPS | OF | ARTICLED | words("grammar", "complement_prepositions")
# "dicono dal Comando": the agent preposition and the article it carries
AGENT: dict[str, str] = table("grammar")["agent_prepositions"]
# "da" and its articled forms as a whole word, longest first ("Dall'Agenzia", "Dal Comune";
# never "Da" of "Dalla"), capitalised or not
FROM_PREP = "(?:" + "|".join(sorted(("[Dd]" + re.escape(w[1:]).replace("'", "['’]") + (
    "" if w.endswith("'") else r"\b") for w in AGENT), key=len, reverse=True)) + ")"
_LEADING_ARTICLE = re.compile(r"^(?:l['’]\s*|(?:il|lo|la|i|gli|le)\b\s*)", re.I)


def strip_article(phrase: str) -> str:
    """A phrase past its definite article: "la Lipu" → "Lipu", "l'Ente Parco" → "Ente
    Parco" — not "Legambiente" → "gambiente"."""
    return _LEADING_ARTICLE.sub("", phrase.strip())

# Tokens: elided articles/prepositions ("dell'", "l'") stand alone, so "dell'Onu" is two.
_TOKEN = re.compile(
    r"(?i:(?:dell|dall|nell|sull|all|coll|quest|quell|l|d|un|c|s|m|t|v|n)['’])(?=\w)"
    r"|\w+(?:[-'’]\w+)*|[^\w\s]"
)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for words, elided articles and punctuation."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def norm(word: str) -> str:
    """Lowercase with a straight apostrophe: for comparing words ("è" stays "è")."""
    return unicodedata.normalize("NFC", word).lower().replace("’", "'")


def name_key(name: str) -> str:
    """"Kim Jong-un" and "Kim Jong Un" are one person: compare without case, accents and
    hyphens."""
    plain = "".join(c for c in unicodedata.normalize("NFD", norm(name))
                    if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace(".", " ").split())


def stem(word: str) -> str:
    """Role nouns in either gender/number: ministro ~ ministra, titolare ~ titolari."""
    w = norm(word)
    return w[:-1] if len(w) > 4 and w[-1] in "aeio" else w


def is_cap(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha()


# … and after the dash of a live blog's time or a dateline ("11:20 – La Pro loco",
# "ROMA – La polizia")
_AFTER_END = re.compile(r"[.!?:;«“\"(\[]\s*|\n|(?<=\d\d)\s+[–—-]\s+|(?<=[A-ZÀ-Ý]{2})\s+[–—-]\s+")


def sentence_starts(text: str) -> frozenset[int]:
    """Offsets where a word opens a sentence (or a quote, a bracket, a line): the start,
    after .!?:;«“"([ and spaces, right after a line break or a time's or dateline's dash.
    One pass over the text."""
    return frozenset({0} | {m.end() for m in _AFTER_END.finditer(text)})
