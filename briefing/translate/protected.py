"""Translating pieces with their protected spans, for a rule-based and a neural engine.

Apertium gets placeholders (:mod:`briefing.translate.protect`) on both hops: it passes an
unknown word through untouched, so every name comes back as written and the grammar
around it stays whole.

A neural model (Argos/CTranslate2) has no constrained decoding; as in Argos' own tag
handling and MediaWiki's cxserver, we translate, check, repair, and flag:

1. translate the piece as it is; if every kept name stands in the English as written
   and every glossary term's English is there, that is the translation;
2. else translate it again with placeholders, and take that when each placeholder came
   back exactly once and in order;
3. else, for each name missing, translate the name alone and put the source back where
   that rendering stands in the first English (once, or not at all);
4. else keep the best English and flag the name as lost (counted per article).

After all that, any Italian number form an engine still let through is written in
English (:func:`briefing.translate.numbers.english_numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing.translate.numbers import english_numbers
from briefing.translate.protect import Restorer, Span, present, protect, put_back, verify

Translate = Callable[[list[str]], list[str]]


@dataclass
class Piece:
    """One unit for the engine: its Italian, its spans, and what came of it."""

    italian: str
    spans: list[Span]
    english: str = ""
    lost: list[str] = field(default_factory=list)  # kept names missing from the English
    units: list[str] = field(default_factory=list)  # what the engine was given

    def gloss_missing(self, english: str) -> list[str]:
        out = []
        for s in self.spans:
            if s.kind == "gloss" and s.english:
                text = re.sub(r"(?i)^the\s+", "", s.english)
                if not present(text, english):
                    out.append(self.italian[s.start:s.end])
        return out

    def problems(self, english: str) -> list[str]:
        return verify(english, self.italian, self.spans) + self.gloss_missing(english)


def _masked(pieces: Sequence[Piece], translate: Translate) -> list[tuple[str, Restorer]]:
    """Each piece through the engine with placeholders: (raw English, its restorer)."""
    masks = [protect(p.italian, p.spans) for p in pieces]
    for p, (m, _) in zip(pieces, masks, strict=True):
        p.units.append(m)
    raw = translate([m for m, _ in masks])
    return [(e, r) for e, (_, r) in zip(raw, masks, strict=True)]


def translate_pieces(pieces: list[Piece], translate: Translate, *, placeholders_first: bool
                     ) -> None:
    """Fill in each piece's English and the names it lost (see the module docstring)."""
    if placeholders_first:
        for p, (raw, restore) in zip(pieces, _masked(pieces, translate), strict=True):
            p.english = restore(raw)
            p.lost = list(dict.fromkeys(
                [x for x in restore.missing if x in _kept(p)] + verify(p.english, p.italian,
                                                                       p.spans)))
    else:
        _check_and_repair(pieces, translate)
    for p in pieces:
        p.english = english_numbers(p.english)


def _kept(p: Piece) -> list[str]:
    return [p.italian[s.start:s.end] for s in p.spans if s.kind == "keep"]


def _check_and_repair(pieces: list[Piece], translate: Translate) -> None:
    for p in pieces:
        p.units.append(p.italian)
    for p, e in zip(pieces, translate([p.italian for p in pieces]), strict=True):
        p.english = e
    bad = [p for p in pieces if p.spans and p.problems(p.english)]
    if not bad:
        return
    still = []
    for p, (raw, restore) in zip(bad, _masked(bad, translate), strict=True):
        if restore.count_ok(raw):
            fixed = restore(raw)
            if not verify(fixed, p.italian, p.spans):
                p.english = fixed
                continue
        still.append(p)
    names = list(dict.fromkeys(n for p in still for n in verify(p.english, p.italian,
                                                                p.spans)))
    alone = dict(zip(names, translate(names), strict=True)) if names else {}
    for p in still:
        for name in verify(p.english, p.italian, p.spans):
            fixed = put_back(p.english, name, alone.get(name, "").strip().rstrip("."))
            if fixed is not None:
                p.english = fixed
        p.lost = verify(p.english, p.italian, p.spans)
