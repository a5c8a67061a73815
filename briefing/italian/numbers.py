"""Italian numbers: how digits are grouped, scale words, number words — one pattern, one parser.

Italian groups thousands with a point and writes decimals with a comma ("10.000", "2,5");
"2.2" (one or two digits after the point) is an English decimal. Every stage that reads a
number — figures, the translation's number check, stories comparing sentences, the
English written back by Apertium, the marks in the PDF — uses the patterns here.
"""

from __future__ import annotations

import functools
import re

from briefing.italian.tables import table

# A number as Italian writes it: "10.000", "12.925,5", "2,7", "15".
GROUPED = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
NUMBER = rf"{GROUPED}|\d+(?:[.,]\d+)?"
# Any run of digits with separators, whatever the language ("10,000.5", "1.2.3").
DIGIT_RUN = r"\d+(?:[.,]\d+)*"

SCALES: dict[str, float] = {k: float(v) for k, v in table("figures")["scales"].items()}
SCALE = "|".join(sorted(SCALES, key=len, reverse=True))

_DIGIT_RUN = re.compile(DIGIT_RUN)
_WITH_PERCENT = re.compile(
    rf"{DIGIT_RUN}(?P<pct>\s*(?:%|per\s?cento\b|percent\b|per\s+cent\b|por\s+ciento\b))?",
    re.IGNORECASE)
# Italian grouping left in a text that should be English: "10.000", "4,5".
_ITALIAN_GROUPING = re.compile(rf"(?<![\d.,])(?:{GROUPED}|\d+,\d+)(?![\d.,]*\d)")

# a ten elided before a vowel: "trent'anni", "vent'anni", "quarant'anni"
_ELIDED_TENS = r"(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)['’]"
# Number words ("due", "ventitré", "cento", "quindicimila"), read by text2num.
WORD_NUMBER = re.compile(
    r"\b(?:(?:un[oa']?|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|"
    r"quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti\w*|ventu\w*|trenta\w*|"
    r"trentu\w*|quaranta\w*|quarantu\w*|cinquanta\w*|cinquantu\w*|sessanta\w*|sessantu\w*|"
    r"settanta\w*|settantu\w*|ottanta\w*|ottantu\w*|novanta\w*|novantu\w*|cento\w*|"
    r"duecento\w*|trecento\w*|quattrocento\w*|cinquecento\w*|seicento\w*|settecento\w*|"
    r"ottocento\w*|novecento\w*|mille\w*|\w+mila)\b|"
    rf"{_ELIDED_TENS}(?=[aeiou]))", re.I)
# Ordinal words from "terzo" on ("primo" and "secondo" are mostly not ordinals in prose).
ORDINAL_WORD = re.compile(
    r"\b(?:terz|quart|quint|sest|settim|ottav|non|decim|undicesim|dodicesim|tredicesim|"
    r"quattordicesim|quindicesim|sedicesim|diciassettesim|diciottesim|diciannovesim|"
    r"\w+esim)[oaie]\b", re.I)


def parse_number(text: str) -> float:
    """Italian digits: "10.000" → 10000, "2,5" → 2.5; "2.2" (one or two digits after the
    point) is an English decimal, since Italian groups thousands by three."""
    if re.fullmatch(GROUPED, text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))


def digit_strings(text: str, *, percent: bool = False) -> set[str]:
    """The numbers of a text as bare digit strings ("10.000" → "10000"), to compare texts
    in two languages; with ``percent``, a per cent sign is kept ("4,5%" → "45%")."""
    if not percent:
        return {re.sub(r"[.,]", "", n) for n in _DIGIT_RUN.findall(text)}
    return {re.sub(r"[.,]", "", m.group().split()[0].rstrip("%"))
            + ("%" if m.group("pct") else "") for m in _WITH_PERCENT.finditer(text)}


def digit_runs(text: str) -> list[re.Match[str]]:
    """Every run of digits with its separators, for marking numbers in a text."""
    return list(_DIGIT_RUN.finditer(text))


def to_english_digits(text: str) -> str:
    """"10.000" → "10,000", "4,5" → "4.5": Italian grouping turned English."""
    return _ITALIAN_GROUPING.sub(
        lambda m: m.group().translate({ord("."): ",", ord(","): "."}), text)


@functools.lru_cache(maxsize=4096)
def words_to_number(words: str) -> int | None:
    """"duecentomila" → 200000 (text2num), None when the words are not a number."""
    from text_to_num import text2num

    words = words.lower().replace("’", "'")
    if re.fullmatch(_ELIDED_TENS, words):
        words = words[:-1] + ("i" if words.startswith("vent") else "a")  # "trent'" is trenta
    try:
        return text2num(words.rstrip("'"), "it")
    except (ValueError, IndexError):
        return None


@functools.lru_cache(maxsize=1024)
def ordinal_word(word: str) -> int | None:
    """"sesta" → 6, None when the word is no ordinal."""
    from text_to_num import alpha2digit

    out = alpha2digit(word.lower(), "it")
    m = re.fullmatch(r"(\d+)[ºª°]", out)
    return int(m.group(1)) if m else None


# words that end like an age but are not one ("venne", "ottenne", "perenne")
_NOT_AGES = frozenset({"perenne", "perenni", "solenne", "solenni", "antenne", "penne", "venne",
                       "tenne", "sostenne", "mantenne", "ottennero", "ottenni", "bienne"})


def age_of(word: str) -> int | None:
    """"17enne" → 17, "diciassettenne" → 17, "ventiduenne" → 22; None for other words."""
    w = word.lower()
    m = re.fullmatch(r"(\d{1,3})enn[ei]", w)
    if m:
        return int(m.group(1)) if 0 < int(m.group(1)) <= 120 else None
    m = re.fullmatch(r"([a-zà-ÿ]+?)enn[ei]", w)
    if not m or w in _NOT_AGES:
        return None
    stem = m.group(1)
    for ending in ("e", "a", "i", "o", ""):
        n = words_to_number(stem + ending)
        if n is not None and 0 < n <= 120:
            return n
    return None


def is_number_word(word: str) -> bool:
    """"Ventimila", "Trecento": a number written out, which is never anyone's name."""
    return bool(WORD_NUMBER.fullmatch(word)) and words_to_number(word) is not None
