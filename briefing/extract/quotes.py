"""Quotes: every direct quotation of an article with its speaker, and the key ones.

The quotation marks are found by :mod:`~briefing.extract.quotemarks`, the prose around
them masked by :mod:`~briefing.extract.document`, and the speakers found by the rules of
:mod:`~briefing.extract.attribution`, resolved against the article's own name registry.
A quote the text does not attribute keeps no speaker.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from difflib import SequenceMatcher

from briefing.data import Article, Quote
from briefing.extract.attribution import attribute
from briefing.extract.clauses import has_verb, words_count
from briefing.extract.document import QuotedText
from briefing.extract.found import GOVERNED
from briefing.extract.names import Registry, article_registry
from briefing.extract.nested import inner_quotes
from briefing.italian.grammar import PREMODIFIERS, SAINTS, norm, tokens
from briefing.italian.lexicon import is_given_name
from briefing.italian.nouns import RELATIONAL, is_person_noun
from briefing.read.segmenting import split_sentences


def _context(paragraph: str, start: int) -> str:
    pos = 0
    for s in split_sentences(paragraph):
        idx = paragraph.find(s[:20], pos)
        if idx <= start < idx + len(s) + 1 or idx == -1:
            return s
        pos = max(idx, pos)
    return paragraph


def extract_quotes(article: Article, registry: Registry | None = None) -> list[Quote]:
    """Every direct quotation in the article, with its speaker when the text gives it.
    ``registry`` is the article's names, built once per article by the caller (or here)."""
    registry = registry or article_registry(article)
    doc = QuotedText(article, registry)
    quotes: list[Quote] = []
    for span, found in zip(doc.spans, attribute(doc), strict=True):
        body = " ".join(found.body.split()).strip(" ,")
        if not body:
            continue
        near = (doc.offset(max(0, span.par - 1)),
                doc.offset(span.par + 2) if span.par + 2 < len(doc.offsets) else 1 << 30)
        # "uno dei sommozzatori": one of a group, in the text's words
        speaker = None if _someone_named(found.speaker, registry, near) else (
            found.speaker or None)
        quotes.append(Quote(it=body, speaker=speaker,
                            context_it=_context(doc.paragraphs[span.par], span.start),
                            sources=[article.id], position=span.par, via=found.how))
        quotes.extend(inner_quotes(quotes[-1]))  # «… mio padre mi diceva: "…"»
    return quotes


def _someone_named(speaker: str | None, registry: Registry, near: tuple[int, int]) -> bool:
    """A role we could not tie to a name ("la 41enne autrice", "il comandante della Polizia
    municipale") where the paragraphs around name someone in full whose role the article
    never says: that may well be the speaker, so nobody rather than a role the reader takes
    for someone unnamed. Relatives ("la madre di uno dei ragazzi") are someone else."""
    toks = [norm(t) for t, _, _ in tokens(speaker or "")]
    if len(toks) < 2 or toks[0] not in _THE_ONE:
        return False
    head = next((t for t in toks[1:] if t not in PREMODIFIERS and not t[:1].isdigit()), "")
    if not is_person_noun(head) or head in RELATIONAL:
        return False
    # "il Carlo Felice": a name after an article is a thing's (a theatre), not a person's
    return any(not p.roles and len(p.name.split()) >= 2 and is_given_name(p.name.split()[0])
               and norm(p.name.split()[0]) not in SAINTS  # "Santo Stefano in Aspromonte"
               and any(near[0] <= m < near[1] and not _ARTICLE_BEFORE.search(
                   registry.text[max(0, m - 6):m]) for m in p.mentions)
               for p in registry.people.values())


_ARTICLE_BEFORE = re.compile(r"\b(?:il|lo|la|l['’]|del|al|dal|nel|sul)\s*$", re.I)


_THE_ONE = frozenset({"il", "lo", "la", "l'", "l’"})


# -- which quotes are key ------------------------------------------------------------------------
def is_key(text: str, attributed: bool = False) -> bool:
    """A statement someone made, not a scare quote ('eroici') or a title in quotes.

    Long quotes are statements; so is one that a verb of saying governs, from five words
    ("a causa della pericolosità del soggetto") or from three with a verb of its own ("non
    ci fermeremo, andiamo avanti"), even lowercase. Unattributed, it needs a verb and
    seven words, or ten.
    """
    n = words_count(text)
    if n >= 10 or (n >= 6 and text[:1].isupper()):
        return True
    if attributed:
        return n >= 5 or (n >= 3 and has_verb(text))
    return n >= 7 and has_verb(text)


def key_quotes(quotes: list[Quote]) -> list[Quote]:
    """Full statements only, each once."""
    out: list[Quote] = []
    for q in quotes:
        if not is_key(q.it, q.via in GOVERNED):
            continue
        k = next((k for k, o in enumerate(out) if same_quote(q.it, o.it)
                  and not _held(q, o) and not _held(o, q)), None)
        if k is None:
            out.append(q)
        elif len(q.it) > len(out[k].it) and (q.speaker or not out[k].speaker):
            out[k] = q  # a standfirst's excerpt, then the whole statement: keep the whole
    return out


def _held(inner: Quote, outer: Quote) -> bool:
    """A quotation the other holds, said by someone else ("mio padre mi diceva: «…»"
    inside the tailor's answer): a statement of its own."""
    return bool(inner.speaker) and inner.speaker != outer.speaker \
        and inner.context_it == outer.context_it and len(inner.it) < len(outer.it) \
        and re.search(r":\s*[\"“«]" + re.escape(inner.it[:30]), outer.it) is not None


# -- the same statement twice ----------------------------------------------------------------------
@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"\w+", text))


SAME_RATIO = 0.9



def same_quote(a: str, b: str) -> bool:
    """Same statement as reported by two outlets (punctuation and small edits aside)."""
    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return False
    if na == nb or (min(len(na), len(nb)) > 30 and (na in nb or nb in na)):
        return True
    # A briefing compares every pair of quotes, so reject cheaply first: difflib's ratio
    # is at most 2·min/(la+lb) (its real_quick_ratio), then at most its quick_ratio.
    if 2 * min(len(na), len(nb)) < SAME_RATIO * (len(na) + len(nb)):
        return False
    matcher = SequenceMatcher(None, na, nb)
    return matcher.quick_ratio() >= SAME_RATIO and matcher.ratio() >= SAME_RATIO

