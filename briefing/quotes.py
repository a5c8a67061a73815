"""Extracting quotes: direct quotations in «», “ ” and " " with who said them.

Attribution follows how Italian news prose gives it: after the quote ("…»,
ha dichiarato Putin"), inside it ("«… - ha aggiunto Putin - …»"), before it
("Putin afferma: «…»", "Putin: «…»"), or not at all when the same speaker goes
on ("ha proseguito", a paragraph that is only a quote). When the text does not
say who spoke, the speaker stays None: a quote given to the wrong person is
worse than an unattributed one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from difflib import SequenceMatcher

import numpy as np

from briefing.data import Article, Quote
from briefing.segmenting import split_sentences

_VERBS = (
    r"dichiarato|detto|affermato|aggiunto|sottolineato|spiegato|ribadito|precisato|osservato|"
    r"commentato|replicato|risposto|concluso|proseguito|continuato|avvertito|assicurato|"
    r"ammesso|annunciato|scritto|riferito|evidenziato|denunciato|rimarcato|insistito|"
    r"dichiara|dice|afferma|aggiunge|sottolinea|spiega|ribadisce|precisa|osserva|commenta|"
    r"replica|risponde|conclude|prosegue|continua|avverte|assicura|ammette|annuncia|scrive|"
    r"riferisce|evidenzia|denuncia"
)
_SPEECH = rf"(?:(?:ha|avrebbe|aveva|hanno|avevano)\s+)?(?:{_VERBS})"
_FUNCTION_WORDS = {
    "Il", "Lo", "La", "I", "Gli", "Le", "L", "Un", "Una", "Uno", "Secondo", "Nel", "Nella",
    "Per", "Dopo", "Durante", "Sempre", "Mentre", "Ma", "E", "In", "A", "Da", "Di", "Con",
    "Su", "Tra", "Fra", "Questo", "Questa", "Ciò", "Se", "Non", "Anche", "Poi", "Ora",
    "Al", "Alla", "Allo", "Ai", "Agli", "Alle", "Dal", "Dalla", "Del", "Della", "Sul", "Sulla",
    "Nei", "Negli", "Come", "Quando", "Qui", "Oggi", "Ieri", "Domani",
}
_CAPWORD = r"[A-ZÀ-Ü][\wÀ-ÿ'’]*(?:-[A-Za-zÀ-ÿ]+)*"
_NAME = rf"{_CAPWORD}(?:\s+{_CAPWORD}){{0,3}}"
_DESCRIPTOR = r"(?:il|la|lo|l['’])\s*(?:[a-zà-ÿ]+\s+){0,4}?"

_AFTER = re.compile(
    rf"^\s*[,.]?\s*[-–—]?\s*{_SPEECH}(?:\s+(?P<who>(?:{_DESCRIPTOR})?{_NAME}|"
    rf"(?:il|la|lo|l['’])\s*[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?))?",
)
_LEGGE = re.compile(r"^\s*[,.]?\s*[-–—]?\s*si\s+legge", re.IGNORECASE)
# "«Il mondo - ha dichiarato il presidente Joe Biden - ha perso…»", "- ha aggiunto -"
_INSIDE = re.compile(
    rf"\s[-–—]\s*{_SPEECH}(?:\s+(?P<who>(?:{_DESCRIPTOR})?{_NAME}))?[^-–—«»“”]{{0,60}}?"
    rf"\s*[-–—]\s"
)
# "come spiega Enrico Corsini, il presidente del Consorzio: «…"
_BEFORE_INVERTED = re.compile(
    rf"\b{_SPEECH}\s+(?P<who>{_NAME})(?:,[^:«“\"]{{0,80}})?\s*:\s*$"
)
_BEFORE = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,«“\"]{{1,40}},)?\s+{_SPEECH}"
    rf"(?:\s+(?:che|di)\b[^«“\"]{{0,80}}?)?\s*:?\s*$"
)
_COLON = re.compile(rf"(?P<who>{_NAME})\s*:\s*$")
_SUBJECT = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,]{{1,40}},)?\s+(?:ha|aveva|avrebbe)\s+"
    r"(?:(?:" + _VERBS + r")|espresso|parlato|definito|ringraziato|elogiato)\b"
)
# Grammatical subject of a clause: "Donald Trump ha preso di mira…", "Kim, a sua volta, ha…"
_ANY_SUBJECT = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,]{{1,60}},)?\s+(?:ha|aveva|avrebbe|è|era|sarebbe)\b"
)
_SENTENCE_END = re.compile(r"[.!?][»”\"]?\s+(?=[A-ZÀ-Ü«“\"])")
_ORG_PREFIX = r"(?:del|della|dello|dei|degli|delle|dal|dalla|nel|nella|l['’])\s*"
_QUOTE = re.compile(r"«(?P<a>[^«»]+)»|“(?P<b>[^“”]+)”|\"(?P<c>[^\"]+)\"")


def _clean_name(raw: str | None, text: str = "") -> str | None:
    """Drop function words and place/organisation words glued in front of a name.

    "Corea del Nord Kim Jong-un" is captured as "Nord Kim Jong-un"; "Nord" follows
    "del" in the text, so it is a place, not part of the person's name.
    """
    if not raw:
        return None
    words = raw.split()
    # "il presidente Joe Biden" → "Joe Biden"; function words are not names
    while words and (words[0] in _FUNCTION_WORDS or not words[0][:1].isupper()):
        words = words[1:]
    # "degli Stati Uniti Donald Trump" is captured from "Uniti": one capitalised word may
    # stand between the preposition and the first captured word, for that word only.
    # Multi-word places ("degli Stati Uniti") go word by word.
    middle, dropped = rf"(?:{_CAPWORD}\s+)?", []
    while len(words) > 1 and (
        re.search(rf"\b{_ORG_PREFIX}{middle}{re.escape(words[0])}\b", text)
        or (len(words) > 2 and dropped and re.search(
            rf"\b{_ORG_PREFIX}{re.escape(' '.join([*dropped, words[0]]))}\b", text))
    ):
        dropped.append(words.pop(0))
        middle = ""
    if not words or not words[0][:1].isupper():
        return None
    return " ".join(words).strip(" ,.:")


def _unquoted(text: str) -> str:
    return _QUOTE.sub(" quote ", text)


def _implied_subject(before: str, text: str) -> str | None:
    """The last named subject before the quote in the paragraph ("ha detto" with no name)."""
    subj = list(_ANY_SUBJECT.finditer(_unquoted(before)))
    return _clean_name(subj[-1].group("who"), text) if subj else None


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def is_key(text: str) -> bool:
    """A full statement, not a scare quote or a fragment of reported speech."""
    n = _words(text)
    return n >= 6 and (text[:1].isupper() or n >= 10)


@functools.lru_cache(maxsize=65536)
def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.findall(r"\w+", text))


SAME_RATIO = 0.9


def same_quote(a: str, b: str) -> bool:
    """Same statement as reported by two outlets (punctuation and small edits aside)."""
    na, nb = _normalize(a), _normalize(b)
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


def _full_name(name: str | None, article_text: str) -> str | None:
    """'Putin' → 'Vladimir Putin' when the article names him in full."""
    if not name or " " in name:
        return name
    best = name
    for m in re.finditer(_NAME, article_text):
        cand = _clean_name(m.group())
        cand = _clean_name(cand, article_text)
        if cand and name in cand.split() and len(cand) > len(best) and len(cand.split()) <= 3:
            best = cand
    return best


def _context(paragraph: str, start: int) -> str:
    pos = 0
    for s in split_sentences(paragraph):
        idx = paragraph.find(s[:20], pos)
        if idx <= start < idx + len(s) + 1 or idx == -1:
            return s
        pos = max(idx, pos)
    return paragraph


def extract_quotes(article: Article) -> list[Quote]:
    """Every direct quotation in the article, with its speaker when the text gives it."""
    full_text = "\n".join(p.it for p in article.paragraphs)
    quotes: list[Quote] = []
    last_speaker: str | None = None
    for para in article.paragraphs:
        text = para.it
        for m in _QUOTE.finditer(text):
            body = (m.group("a") or m.group("b") or m.group("c")).strip()
            before, after = text[: m.start()], text[m.end():]
            speaker: str | None = None
            resolved = False
            inside = _INSIDE.search(body)
            if inside:
                who = inside.group("who")
                speaker = (_clean_name(who, full_text) if who else None) or last_speaker
                body = (body[: inside.start()] + " " + body[inside.end():]).strip()
                resolved = True
            elif _LEGGE.match(after):
                resolved = True  # "si legge": a document, not a person
            else:
                am = _AFTER.match(after)
                if am:
                    who = am.group("who")
                    speaker = _clean_name(who, full_text) if who else None
                    if speaker is None and who:  # "ha detto il leader nordcoreano"
                        speaker = last_speaker or _implied_subject(before, full_text)
                    elif speaker is None:  # "ha proseguito", "ha detto in un post"
                        speaker = _implied_subject(before, full_text) or last_speaker
                    resolved = True
            if not resolved:
                ends = list(_SENTENCE_END.finditer(before))
                sentence = before[ends[-1].end():] if ends else before
                bm = (_BEFORE.search(sentence[-200:]) or _BEFORE_INVERTED.search(sentence[-200:])
                      or _COLON.search(sentence[-120:]))
                if bm:
                    speaker = _clean_name(bm.group("who"), full_text)
                elif not before.strip(" «“\"") and m.end() >= len(text.rstrip(" .")) - 1:
                    speaker = last_speaker  # a paragraph that is only a quote: same voice goes on
                else:
                    subj = list(_SUBJECT.finditer(_unquoted(sentence)))
                    speaker = _clean_name(subj[-1].group("who"), full_text) if subj else None
            body = body.strip(" ,")
            speaker = _full_name(speaker, full_text)
            quotes.append(Quote(it=body, speaker=speaker, context_it=_context(text, m.start()),
                                sources=[article.id]))
            if speaker:
                last_speaker = speaker
    return quotes


def key_quotes(quotes: list[Quote]) -> list[Quote]:
    """Full statements only, each once."""
    out: list[Quote] = []
    for q in quotes:
        if is_key(q.it) and not any(same_quote(q.it, o.it) for o in out):
            out.append(q)
    return out


class _QuoteIndex:
    """Normalized quotes as character counts, to pick the few worth comparing in full.

    Two strings share at most sum(min(counts)) characters, so difflib's ratio is at most
    2·that/(la+lb) (its quick_ratio), and a substring's counts fit inside the longer one's.
    Characters are folded into buckets, which can only raise the bound: no match is lost.
    Without this a briefing of 500 articles spent minutes comparing every pair of quotes.
    """

    BUCKETS = 64

    def __init__(self, capacity: int = 64) -> None:
        self._counts = np.zeros((capacity, self.BUCKETS), np.int32)  # grows by doubling
        self._lengths = np.zeros(capacity, np.int64)
        self._n = 0

    def _vector(self, norm: str) -> np.ndarray:
        codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32) % self.BUCKETS
        return np.bincount(codes, minlength=self.BUCKETS).astype(np.int32)

    def candidates(self, norm: str) -> list[int]:
        """Indexes (in insertion order) of quotes that :func:`same_quote` might match."""
        if not self._n or not norm:
            return []
        counts, lengths = self._counts[: self._n], self._lengths[: self._n]
        shared = np.minimum(counts, self._vector(norm)).sum(axis=1)
        shorter = np.minimum(lengths, len(norm))
        maybe = (2 * shared >= SAME_RATIO * (lengths + len(norm))) | (
            (shared >= shorter) & (shorter > 30))
        return np.flatnonzero(maybe).tolist()

    def add(self, norm: str) -> None:
        if self._n == len(self._lengths):
            self._counts = np.concatenate([self._counts, np.zeros_like(self._counts)])
            self._lengths = np.concatenate([self._lengths, np.zeros_like(self._lengths)])
        self._counts[self._n], self._lengths[self._n] = self._vector(norm), len(norm)
        self._n += 1


def merge_across_articles(per_article: list[list[Quote]]) -> list[Quote]:
    """One entry per statement over the whole briefing, listing every article carrying it.

    The per-article Quote objects get the same ``sources`` list, so each article's
    section can say where else the quote appears.
    """
    merged: list[Quote] = []
    index = _QuoteIndex()
    for quotes in per_article:
        for q in quotes:
            norm = _normalize(q.it)
            for i in index.candidates(norm):
                m = merged[i]
                if same_quote(q.it, m.it) and (q.speaker == m.speaker or not q.speaker
                                                or not m.speaker):
                    for src in q.sources:
                        if src not in m.sources:
                            m.sources.append(src)
                    m.speaker = m.speaker or q.speaker
                    q.sources = m.sources
                    break
            else:
                q.sources = list(q.sources)
                merged.append(Quote(it=q.it, speaker=q.speaker, context_it=q.context_it,
                                    en=q.en, sources=q.sources))
                index.add(norm)
    return merged
