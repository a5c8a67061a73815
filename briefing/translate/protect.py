"""Protected spans: names kept as written, glossary terms and numbers written in English.

A protected character span of the Italian is replaced by a placeholder word before the
engine sees the sentence, and the span's English is put back in its place afterwards:

- ``keep``   a name or an outlet, put back exactly as written ("Kim Jong-un");
- ``gloss``  the glossary's English ("il Cremlino" → "the Kremlin", never "the the");
- ``number`` the English of an Italian number form ("15mila" → "15,000").

The placeholder is a capitalised, consonant-only word such as ``Zxqbb``. Measured with
Apertium (ita→cat→eng) on 45 test sentences and 502 news sentences: every letters-only
unknown word came through both hops verbatim and left the English around it as it is for
a name the engine does not know, while a digits-only placeholder is tagged as a number
and changes the grammar ("X ha detto" → "X it has said"). No vowels, so it is never a
word; capitalised and consonant-first, so no elision ("l'", "d'") is made before it.
Number spans get a digits placeholder (``8080000``) instead: there the tagger should read
a number ("Costa 20 mila euro" → "It costs €20,000", not "Coast €20,000").

Superblanks and ``<apertium-notrans>`` keep a name too but cut the sentence's chunk in
two and break the grammar around it; a placeholder is one more word to the tagger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_PREFIXES = ("Zxq", "Zxj", "Qzx", "Zqj", "Xzq")
_LETTERS = "bcdfghjklmnpqrstvwz"  # consonants only: a placeholder is never a word
_NUMBER_PREFIXES = ("8080", "9090", "7070", "6060")
# Marks an engine may put before a word it could not translate (Apertium: *, @, #).
MARKS = r"[*@#]*"
# A word boundary that also treats "_" as a boundary ("SLA_U" → "Zxqbb_Zxqbc").
_B, _E = r"(?<![^\W_])", r"(?![^\W_])"

KINDS = ("keep", "gloss", "number")


def placeholder(i: int, prefix: str = "Zxq") -> str:
    """The i-th placeholder: 'Zxqbb', 'Zxqbc', … (two or more letters after the prefix)."""
    code = ""
    while True:
        i, r = divmod(i, len(_LETTERS))
        code = _LETTERS[r] + code
        if i == 0:
            break
    return prefix + code.rjust(2, _LETTERS[0])


def number_placeholder(i: int, prefix: str = "8080") -> str:
    """The i-th placeholder of a number span: '8080000', '8080001', …"""
    return f"{prefix}{i:03d}"


def is_placeholder(word: str) -> bool:
    """A placeholder of ours left in an engine's output (never an Italian word)."""
    return re.fullmatch(rf"{MARKS}(?:{'|'.join(_PREFIXES)})[{_LETTERS}]{{2,}}", word) is not None


@dataclass(frozen=True)
class Span:
    """A protected span [start, end) of a sentence and what the English puts there."""

    start: int
    end: int
    kind: str  # "keep" | "gloss" | "number"
    english: str | None = None  # None for "keep": the Italian as written
    bare: bool = False  # the English never takes "the" ("NATO", "Brussels")
    place: bool = False  # a place: an engine's "at" before it becomes "in"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown span kind {self.kind!r}")
        if self.kind != "keep" and not self.english:
            raise ValueError(f"a {self.kind} span needs its English")


def first_come(spans: Iterable[Span]) -> list[Span]:
    """Spans in priority order (first wins), without overlaps, sorted by position."""
    kept: list[Span] = []
    for s in spans:
        if s.end > s.start and all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


# Italian determiners that make an engine write "the" before the next word.
_IT_ARTICLE = re.compile(
    r"(?i)(?:\b(?:il|lo|la|i|gli|le|(?:de|a|da|ne|su)(?:l|llo|lla|i|gli|lle))\s+"
    r"|\b(?:l|dell|all|dall|nell|sull)['’]\s*)$")


@dataclass
class Restorer:
    """Puts the English of each protected span in place of its placeholder."""

    sentence: str
    masked: str
    spans: list[Span]
    tokens: list[str]
    articled: list[bool]  # the Italian had an article right before the span
    missing: list[str] = field(default_factory=list)  # renderings lost by the last call

    def rendering(self, k: int) -> str:
        s = self.spans[k]
        return self.sentence[s.start:s.end] if s.kind == "keep" else s.english or ""

    def _pattern(self, k: int) -> re.Pattern[str]:
        return re.compile(rf"{_B}{MARKS}{self.tokens[k]}{_E}")

    def _fit(self, k: int, english: str, m: re.Match[str]) -> str:
        """The rendering, its article merged with the engine's, capitalised at the start."""
        text, span = self.rendering(k), self.spans[k]
        before = english[:m.start()]
        if span.kind == "gloss":
            the = re.match(r"(?i)the\s+", text)
            if the and (not self.articled[k] or re.search(r"(?<!\w)the\s+$", before, re.I)):
                text = text[the.end():]  # "missione Onu" → "UN"; "the Zxq…" → "the Kremlin"
        if re.fullmatch(r"[\s\"'«“‘(\[—–-]*", before) and text[:1].islower():
            text = text[0].upper() + text[1:]
        return text

    def __call__(self, english: str) -> str:
        """``english`` with every placeholder replaced; ``self.missing`` lists the
        renderings whose placeholder is not in it."""
        for k, tok in enumerate(self.tokens):
            s = self.spans[k]
            if s.bare and (s.kind == "gloss" or self.articled[k]):
                # "la Nato" → "the Zxq…" → "NATO"; a capital "The" passes its capital on
                english = re.sub(rf"(?<!\w)(the|The)\s+({MARKS}{tok}){_E}",
                                 lambda m: m.group(2) if m.group(1) == "the"
                                 else "\x01" + m.group(2), english)
            if s.place:  # "negli Stati Uniti" → "at the Zxq…" → "in the United States"
                english = re.sub(rf"(?<!\w)(at|At)(\s+(?:the\s+)?{MARKS}{tok}){_E}",
                                 lambda m: ("in" if m.group(1) == "at" else "In") + m.group(2),
                                 english)
        self.missing = []
        for k in range(len(self.tokens)):
            pat = self._pattern(k)
            if not pat.search(english):
                self.missing.append(self.rendering(k))
                continue
            english = pat.sub(lambda m, k=k, e=english: self._fit(k, e, m), english)
        english = re.sub(r"\x01(\W*\w)", lambda m: m.group(1).upper(), english)
        for k in range(len(self.tokens)):  # "a UN" → "a UN"; "a Elysée" → "an Elysée"
            r = re.escape(self.rendering(k))
            english = re.sub(rf"(?<!\w)([Aa])(\s+{r})",
                             lambda m: m.group(1) + ("n" if re.match(r"\s+[AEIOaeio]",
                                                                     m.group(2)) else "")
                             + m.group(2), english)
        return english

    def count_ok(self, english: str) -> bool:
        """Each placeholder exactly once, in the order of the Italian (a neural engine may
        drop, repeat or reorder them)."""
        found = [(m.start(), k) for k in range(len(self.tokens))
                 for m in self._pattern(k).finditer(english)]
        return (len(found) == len(self.tokens)
                and [k for _, k in sorted(found)] == list(range(len(self.tokens))))


def protect(sentence: str, spans: Sequence[Span]) -> tuple[str, Restorer]:
    """Mask ``spans`` of ``sentence`` with placeholders (overlaps: the first given wins).

    Returns the masked Italian and a :class:`Restorer` that takes the engine's English
    (digits already in English grouping) and puts each span's English back.
    """
    chosen = first_come(spans)
    low = sentence.lower()
    prefix = next((p for p in _PREFIXES if p.lower() not in low), _PREFIXES[0])
    nprefix = next((p for p in _NUMBER_PREFIXES if p not in sentence), _NUMBER_PREFIXES[0])
    parts: list[str] = []
    tokens: list[str] = []
    articled: list[bool] = []
    pos = 0
    for k, s in enumerate(chosen):
        tok = number_placeholder(k, nprefix) if s.kind == "number" else placeholder(k, prefix)
        head = sentence[pos:s.start]
        if (head or "".join(parts))[-1:].isalnum():  # glued to a word: keep it apart
            head += " "
        parts += [head, tok]
        if sentence[s.end:s.end + 1].isalnum():
            parts.append(" ")
        tokens.append(tok)
        articled.append(bool(_IT_ARTICLE.search(sentence[:s.start])))
        pos = s.end
    parts.append(sentence[pos:])
    masked = "".join(parts)
    return masked, Restorer(sentence, masked, chosen, tokens, articled)


def present(text: str, english: str) -> bool:
    """``text`` stands in ``english`` as a whole word run (a first capital may differ)."""
    for form in {text, text[:1].upper() + text[1:]}:
        if re.search(rf"{_B}{re.escape(form)}{_E}", english):
            return True
    return False


def verify(english: str, sentence: str, spans: Iterable[Span]) -> list[str]:
    """The kept names of ``sentence`` that are not in ``english`` as written."""
    return [sentence[s.start:s.end] for s in spans
            if s.kind == "keep" and not present(sentence[s.start:s.end], english)]


def put_back(english: str, source: str, rendering: str) -> str | None:
    """``english`` with the engine's rendering of a name replaced by the name as written,
    when the rendering stands in it exactly once; else None."""
    if not rendering or rendering == source:
        return None
    hits = list(re.finditer(rf"{_B}{re.escape(rendering)}{_E}", english))
    if len(hits) != 1:
        return None
    m = hits[0]
    return english[:m.start()] + source + english[m.end():]
