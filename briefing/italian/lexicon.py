"""Italian words: lemmas (simplemma) and stop words (sumy's list), each looked up once.

Shared by the stages that read Italian — names, quotes, figures, summaries and story
grouping — so a word is lemmatized once per run whichever stage asks first, and the
imports stay lazy (``briefing --help`` loads neither dictionary).
"""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=65536)
def lemma(word: str, lang: str = "it") -> str:
    """simplemma's lemma of ``word`` as given (callers lowercase or normalize first)."""
    import simplemma

    return simplemma.lemmatize(word, lang=lang)


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Italian stop words."""
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("italian"))


def is_verb_form(word: str) -> bool:
    """'avvertita', 'colpiti', 'ricordando': a form of a verb, not the noun or adjective
    that shares its lemma ('paramilitari', 'militare'). ``word`` is lowercase."""
    base = lemma(word)
    return base.endswith(("are", "ere", "ire")) and base != word and word not in (
        base[:-1] + "i", base[:-1] + "e")


@functools.lru_cache(maxsize=4096)
def is_participle(word: str) -> bool:
    """'distrutte', 'chiuse', 'crollate': a past participle, irregular ones too (simplemma
    leads those to the participle, whose masculine singular leads to the verb)."""
    if len(word) < 5 or word[-1] not in "aeio":
        return False
    masculine = word[:-1] + "o"
    base = lemma(masculine)
    return base != masculine and base.endswith(("are", "ere", "ire"))


@functools.lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """An Italian dictionary word ("Soddisfatto", "Intanto"), not necessarily a name."""
    w = word.lower()
    # (a gerund with its pronouns glued on, "Salutandoci", "Congedandosi": a verb, no name)
    return in_dictionary(w) or w in stop_words() or is_gerund(w)


@functools.lru_cache(maxsize=65536)
def in_dictionary(word: str) -> bool:
    """``word`` (lowercase) is an Italian form simplemma knows."""
    import simplemma

    return simplemma.is_known(word, lang="it")


def english_too_from_simplemma() -> list[str]:
    """The lower-case words simplemma knows in both Italian and English ("club", "stare",
    "propaganda"), computed from its two dictionaries (0.5 s): how
    ``data/english_too.txt`` is made, and how a test checks it against the installed
    simplemma."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    italian = DefaultDictionaryFactory().get_dictionary("it")
    forms = {k.lower() for k in italian if isinstance(k, str)}
    return sorted(w for w in forms if w.isalpha() and simplemma.is_known(w, lang="it")
                  and simplemma.is_known(w, lang="en"))


@functools.lru_cache(maxsize=1)
def english_too() -> frozenset[str]:
    """Italian words that are English words too: an engine that leaves one of them as it
    is has not left Italian in the English. Read from data, so the run does not load
    simplemma's English dictionary (0.2 s) to ask."""
    from briefing.italian.tables import words_of_text

    return words_of_text("english_too.txt")


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Our own list of first names (data/first_names.txt), lowercase."""
    from briefing.italian.tables import words_of_text

    return words_of_text("first_names.txt")


@functools.lru_cache(maxsize=1)
def _italian_names() -> tuple[frozenset[str], frozenset[str]]:
    """The Italian male and female first names of our list (its two first sections)."""
    from briefing.italian.tables import _text

    section, out = "", {"male": set(), "female": set()}
    for line in _text("first_names.txt").splitlines():
        if line.startswith("#"):
            section = line.strip("# ").split()[-1] if line.startswith("# italian") else ""
        elif section in out:
            out[section].update(w.lower() for w in line.split())
    return frozenset(out["male"]), frozenset(out["female"])


def is_female_name(name: str) -> bool | None:
    """Whether a first name is a woman's: an Italian name of our list, else one ending in
    -a (Oksana, Milica); None when the word is no first name we know."""
    word = name.split("-")[0].lower()
    if not is_given_name(name):
        return None
    male, female = _italian_names()
    return word in female or (word not in male and word.endswith("a"))


def is_given_name(token: str) -> bool:
    """A first name (Marco, Kim, Abdel, Giorgia): a capitalised word of our list; in
    "Jean-Luc" the first part counts."""
    if not (token[:1].isupper() and token[:1].isalpha()) or len(token) < 2:
        return False
    return token.lower() in first_names() or token.split("-")[0].lower() in first_names()


_GERUND = re.compile(r"\w{2,}(?:ando|endo)(?:si|lo|la|li|le|ne|gli|ci)?")


def is_gerund(word: str) -> bool:
    """"sorridendo", "riferendosi": a gerund — not "comando", "quando", "Orlando"."""
    w = word.lower()
    return not word[:1].isupper() and bool(_GERUND.fullmatch(w)) and is_verb_form(
        re.sub(r"(?:si|lo|la|li|le|ne|gli|ci)$", "", w) if not w.endswith(("ando", "endo"))
        else w)

