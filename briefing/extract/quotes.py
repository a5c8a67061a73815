"""Extracting quotes: direct quotations with the person (or body) who said them.

Italian news puts the attribution in a handful of places, and this module looks in each,
in this order, for the verb of saying that governs the quotation and its subject:

* inside the quote: «Il mondo – ha dichiarato il presidente Joe Biden – ha perso …»
  (the interjection is taken out of the quote's text);
* right after it: «…», ha detto Trump / «…» riferisce il presidente / «…», si legge in
  una nota / «…»: è questo l'appello dei soccorritori;
* before it, in the same sentence: Salvini ha scritto: «…» / Secondo Macron «…» /
  racconta Lombardi, «…» / Rubio l'ha poi definita: «…» / dalle parole di Lotti: «…»;
* in the next sentence: «…». Lo ha spiegato X / Ad affermarlo è X / X ha commentato …;
* or nowhere, when the same speaker goes on: a sentence or paragraph that is only a
  quote continues the voice before it, and a verb with no subject ("ha aggiunto") takes
  the subject of its sentence or of the one before.

The subject is a name ("Trump"), a name with its role ("il segretario generale dell'Onu
Antonio Guterres"), or a role alone ("la ministra"), which :class:`names.Registry`
resolves to the person the article introduced with that role. A candidate that is a
place, a venue or an object is never a speaker. When the text does not say who spoke
the speaker stays None: a quote given to the wrong person is worse than an unattributed
one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

import numpy as np

from briefing.data import Article, Quote
from briefing.extract.names import (
    ADVERBS,
    ARTICLED,
    DETERMINERS,
    INSTITUTIONS,
    OF,
    PLACE_PREPS,
    POSSESSIVES,
    PREMODIFIERS,
    VENUES,
    Registry,
    is_cap,
    is_common_word,
    is_given_name,
    is_person_noun,
    name_key,
    name_runs,
    norm,
    tokens,
)
from briefing.italian.lexicon import is_verb_form, lemma

# -- verbs and nouns of saying -------------------------------------------------------------
SPEECH_LEMMAS = {
    "dire", "dichiarare", "affermare", "aggiungere", "sottolineare", "spiegare", "ribadire",
    "precisare", "osservare", "commentare", "replicare", "rispondere", "concludere",
    "proseguire", "continuare", "avvertire", "assicurare", "ammettere", "annunciare",
    "scrivere", "riferire", "evidenziare", "denunciare", "raccontare", "ricordare",
    "postare", "twittare", "garantire", "sostenere", "chiedere", "insistere", "esprimere",
    "definire", "parlare", "ripetere", "confidare", "rivelare", "ironizzare", "tuonare",
    "attaccare", "incalzare", "chiosare", "rimarcare", "esordire", "notare", "confermare",
    "chiarire", "specificare", "ammonire", "rilevare", "segnalare", "lamentare",
    "esclamare", "gridare", "urlare", "sbottare", "auspicare", "augurare", "promettere",
    "minacciare", "accusare", "avvisare", "puntualizzare", "proporre", "suggerire",
    "invitare", "sollecitare", "domandare", "raccomandare", "scandire", "obiettare",
    "constatare", "argomentare", "sintetizzare", "rassicurare", "annotare", "rivendicare",
    "ritenere", "intervenire", "elencare", "incoraggiare", "esortare", "riconoscere",
    "dichiararsi", "sentenziare", "confessare",
}
# Forms simplemma does not bring back to a verb of saying ("detto" → "dettare").
_SPEECH_FORM = re.compile(
    r"(?:dett[oaie]|scritt[oaie]|aggiunt[oaie]|espress[oaie]|insistit[oaie]|twitt\w*|"
    r"postat[oaie]|precisa|replica|continua|denuncia|ripetut[oaie]|rispost[oaie]|"
    r"chies[tc][oaie]|ammess[oaie]|riconosciut[oaie]|concluso|conclus[aie])"
)
SPEECH_NOUNS = {"parole", "parola", "appello", "messaggio", "commento", "dichiarazione",
                "dichiarazioni", "monito", "sfogo", "avvertimento", "richiesta", "replica",
                "risposta", "post", "tweet", "annuncio", "denuncia", "grido", "accusa",
                "invito", "frase", "pensiero", "auspicio", "promessa", "sintesi", "analisi",
                "spiegazione", "racconto", "testimonianza", "versione", "ammissione"}
AUX = {"ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "abbia", "abbiano",
       "avesse", "è", "sono", "era", "erano", "sarebbe", "sarebbero", "viene", "vengono",
       "fu", "furono", "ebbe", "avrà", "avranno", "ho", "abbiamo", "avete", "hai", "sia",
       "stato", "stata", "stati", "state"}
_PARTICIPLES = {"stato", "stata", "stati", "state"}  # also nouns: "il capo dello Stato"
CLITICS = {"lo", "la", "l'", "li", "le", "ne", "gli", "si", "ci", "vi", "mi", "ti", "se"}
# Nouns that take a name without being the name's role: "il caso Cecilia Sala".
_NOT_ROLES = {"caso", "vicenda", "processo", "omicidio", "morte", "funerale", "funerali",
              "inchiesta", "affare", "scandalo", "delitto", "indagine", "arresto",
              "liberazione", "rapimento", "sentenza", "fine", "dopo", "era", "epoca",
              "anno", "giorno", "figlio", "figlia", "moglie", "marito", "madre", "padre"}
_DOCUMENTS = {"nota", "comunicato", "messaggio", "documento", "lettera", "rapporto", "post",
              "testo", "dispaccio", "bollettino", "relazione", "verbale", "sentenza"}
_COMMUNICATION = SPEECH_LEMMAS | {"riportare", "comunicare", "diffondere", "pubblicare",
                                  "rendere", "fare"}

OPENERS = "«“„\""
# Names of the article being read (lowercase), so "Meloni ha detto" at a sentence start is
# a name although "meloni" is also a dictionary word.
_known_names: ContextVar[frozenset[str]] = ContextVar("known_names", default=frozenset())
_SENT_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«“\"⁅])|(?<=[.!?][»”\"])\s+(?=[A-ZÀ-Ý⁅])")
_PLACEHOLDER = re.compile(r"⁅(\d+)⁆")


@functools.lru_cache(maxsize=8192)
def is_speech_word(word: str) -> bool:
    """A form of a verb of saying: 'ha detto', 'racconta', 'aggiungendo', 'scrivevamo'."""
    w = norm(word)
    if w in ("nota", "legge", "parte", "posto", "posta"):  # nouns first
        return False
    clitic = re.fullmatch(r"(\w+?[aei]r)(?:lo|la|li|le|ne|gli|glielo)", w)  # "dirlo"
    if clitic and clitic.group(1) + "e" in SPEECH_LEMMAS:
        return True
    return bool(_SPEECH_FORM.fullmatch(w)) or lemma(w) in SPEECH_LEMMAS


# -- quotation marks -------------------------------------------------------------------------
@dataclass
class _Span:
    """One quotation: where it sits and what it says."""

    par: int
    start: int  # offset of the opening mark in paragraph ``par``
    end: int  # offset after the closing mark, in paragraph ``end_par``
    body: str
    end_par: int = -1
    closed: bool = True
    speaker: str | None = None
    interjection: str | None = None  # "ha aggiunto X" found inside
    via: str | None = None  # how the speaker was found
    pieces: list[str] = field(default_factory=list)


def _closer(text: str, i: int) -> int:
    """Index of the mark closing the quote opened at ``i`` (-1 if none in this text)."""
    c = text[i]
    if c == "«":
        depth = 0
        for k in range(i, len(text)):
            if text[k] == "«":
                depth += 1
            elif text[k] == "»":
                depth -= 1
                if depth == 0:
                    return k
        return -1
    # “…” and "…", in any mix (“…" and "…” both occur in real articles)
    for k in range(i + 1, len(text)):
        if text[k] == "”":
            return k
        if text[k] == '"' and (k + 1 == len(text) or not text[k + 1].isalnum()
                               or text[k - 1] == " "):
            return k
        if text[k] == "«":  # a guillemet quote nested inside: skip it whole
            close = _closer(text, k)
            if close < 0:
                return -1
    return -1


def _opens(text: str, i: int) -> bool:
    c = text[i]
    if c in "«“„":
        return True
    return c == '"' and (i == 0 or not text[i - 1].isalnum())


def find_spans(paragraphs: list[str]) -> list[_Span]:
    """Every quotation in the paragraphs; one spread over paragraphs is one span."""
    spans: list[_Span] = []
    carry: _Span | None = None
    for p, text in enumerate(paragraphs):
        i = 0
        stripped = text.lstrip()
        if carry is not None and not (stripped[:1] and stripped[0] in OPENERS):
            carry = None  # the quote never closed: it ends with its paragraph
        while i < len(text):
            if text[i] in "»”" or not _opens(text, i):
                i += 1
                continue
            close = _closer(text, i)
            body = text[i + 1: close if close >= 0 else len(text)]
            if carry is not None and not text[:i].strip():  # continues last paragraph's quote
                carry.body += "\n" + body
                carry.pieces.append(body)
                carry.end_par, carry.end = p, (close + 1 if close >= 0 else len(text))
                carry.closed = close >= 0
                span = carry
            else:
                span = _Span(p, i, close + 1 if close >= 0 else len(text), body, p,
                             close >= 0, pieces=[body])
                spans.append(span)
            carry = None
            if close < 0:
                carry = span
                break
            i = close + 1
    return spans


# -- noun phrases ------------------------------------------------------------------------------
class _Article:
    """An article's paragraphs with its quotes masked, sentence by sentence."""

    def __init__(self, article: Article) -> None:
        self.paragraphs = [p.it for p in article.paragraphs]
        self.offsets = []
        pos = 0
        for t in self.paragraphs:
            self.offsets.append(pos)
            pos += len(t) + 1
        self.text = "\n".join(self.paragraphs)
        self.registry = Registry(self.text)
        self.spans = find_spans(self.paragraphs)
        # each paragraph with its quotes replaced by ⁅k⁆, split into sentences
        self.sentences: list[list[str]] = []
        for p, text in enumerate(self.paragraphs):
            masked, cut = [], 0
            for k, s in enumerate(self.spans):
                if s.par == p:
                    masked.append(text[cut:s.start])
                    masked.append(f"⁅{k}⁆")
                    cut = s.end if s.end_par == p else len(text)
                elif s.end_par == p and s.par < p:
                    masked.append(f"⁅{k}⁆")
                    cut = s.end
            masked.append(text[cut:])
            self.sentences.append(_SENT_BREAK.split("".join(masked)))

    def locate(self, k: int, par: int | None = None) -> tuple[int, int]:
        """(paragraph, sentence index) holding placeholder k (its last piece by default)."""
        pars = [par] if par is not None else range(len(self.sentences) - 1, -1, -1)
        for p in pars:
            for si, sent in enumerate(self.sentences[p]):
                if f"⁅{k}⁆" in sent:
                    return p, si
        raise KeyError(k)


def _words(text: str) -> list[str]:
    return [t for t, _, _ in tokens(_PLACEHOLDER.sub(" ⁅ ", text))]


_AGENT = {"da": "", "dal": "il ", "dallo": "lo ", "dalla": "la ", "dall'": "l'", "dai": "i ",
          "dagli": "gli ", "dalle": "le "}


def _np_after(text: str) -> tuple[str, str] | None:
    """A subject right after a verb: ('name', 'Trump') or ('desc', 'il leader egiziano').

    Adverbs and one short place/channel phrase may come first ("ha detto a Venezia il
    premier Matteo Renzi", "ha ricordato su Truth Donald Trump"); "dicono dal Comando"
    names the body the words come from.
    """
    text = _PLACEHOLDER.sub(" ⁅ ", text)
    toks = tokens(text)
    k = 0
    while k < len(toks) and norm(toks[k][0]) in ADVERBS:
        k += 1
    if k >= len(toks):
        return None
    prefix = ""
    nk = norm(toks[k][0])
    if nk in _AGENT and k + 1 < len(toks):
        prefix, k = _AGENT[nk], k + 1
    elif nk in PLACE_PREPS and not is_cap(toks[k][0]):
        # one short place/channel phrase: "a Venezia", "su Truth", "in conferenza stampa"
        j = k + 1
        if j < len(toks) and norm(toks[j][0]) in DETERMINERS:
            j += 1
        if j < len(toks) and is_cap(toks[j][0]):
            run_end = j
            while run_end < len(toks) and (is_cap(toks[run_end][0])
                                           or norm(toks[run_end][0]) in ("del", "di", "de")):
                run_end += 1
            given = next((g for g in range(j + 1, run_end) if is_given_name(toks[g][0])), None)
            j = given if given is not None else run_end
        else:
            while j < len(toks) and j - k <= 2 and not is_cap(toks[j][0]) \
                    and toks[j][0] not in ",;:.!?-–—⁅" and norm(toks[j][0]) not in DETERMINERS:
                j += 1
        if j >= len(toks):
            return None
        # after such a phrase only a person can be the subject: a role or a first name
        nxt = toks[j][0]
        if norm(nxt) in DETERMINERS:
            head = toks[j + 1][0] if j + 1 < len(toks) else ""
            if not (is_person_noun(head) or is_cap(head)):
                return None
        elif not (is_cap(nxt) and is_given_name(nxt)):
            return None
        k = j
    start = k
    first = toks[start][0]
    if not (is_cap(first) or norm(first) in DETERMINERS | {"uno", "una"} or prefix):
        return None
    def name_ahead(k: int) -> int | None:
        """'il capogruppo alla Camera [Tommaso] Foti': a first name a few words on."""
        for g in range(k + 1, min(k + 6, len(toks))):
            if toks[g][0] in ",;:.!?()«»“”\"–—⁅-":
                return None
            if is_given_name(toks[g][0]) and g + 1 < len(toks) and is_cap(toks[g + 1][0]):
                return g
        return None

    end = start
    while end < len(toks):
        t, nt = toks[end][0], norm(toks[end][0])
        if t in ",;:.!?()«»“”\"–—⁅" or (t == "-" and end > start):
            break
        if end > start and nt in PLACE_PREPS and not is_cap(t) \
                and not (end + 1 < len(toks) and is_cap(toks[end + 1][0]) and nt in OF):
            g = name_ahead(end) if norm(toks[start][0]) in DETERMINERS else None
            if g is None:
                break
            end = g
            continue
        if end > start and nt in ("che", "mentre", "prima", "dopo", "quando", "come", "e") \
                and not (nt == "e" and end + 1 < len(toks) and is_cap(toks[end + 1][0])):
            break
        if end > start and not is_cap(t) and nt not in OF and (
                is_speech_word(t) or nt.endswith(("ando", "endo", "endosi", "andosi"))):
            break
        end += 1
    if end == start:
        return None
    # "una di loro, Giulia": a name in apposition says who
    if end + 2 < len(toks) and toks[end][0] == "," and is_cap(toks[end + 1][0]):
        j = end + 1
        while j < len(toks) and is_cap(toks[j][0]):
            j += 1
        if (j == len(toks) or toks[j][0] in ",.;:!?") and is_given_name(toks[end + 1][0]):
            return "name", text[toks[end + 1][1]: toks[j - 1][2]]
    return _classify(prefix + text[toks[start][1]: toks[end - 1][2]])


def _name_like(token: str) -> bool:
    """A capitalised token that is not just a capitalised article ('La', 'Il', 'Un')."""
    return is_cap(token) and norm(token) not in DETERMINERS | POSSESSIVES | CLITICS | {
        "uno", "una", "questo", "questa", "quello", "quella", "ecco", "e", "ma"} | \
        PLACE_PREPS | ARTICLED | OF


def _classify(phrase: str) -> tuple[str, str] | None:
    """('name', …) if the phrase holds a name, ('desc', …) for a role alone, else None."""
    phrase = phrase.strip(" ,")
    if not phrase:
        return None
    words = [norm(w) for w in _words(phrase)]
    if not words or words[0] in VENUES or (len(words) > 1 and words[0] in DETERMINERS
                                            and words[1] in VENUES):
        return None
    toks = tokens(phrase)
    if words[0] in PLACE_PREPS | ARTICLED | OF:
        return None  # "Dal palco del Teatro Regio": a place, not a subject
    if words[0] in DETERMINERS | {"uno", "una"}:
        rest = [t for t, _, _ in toks[1:] if norm(t) not in PREMODIFIERS | {"uno", "una"}]
        head = next((t for t in rest if norm(t) not in OF), "")
        if head and not is_cap(head) and not is_person_noun(head):
            k = rest.index(head)
            named = any(is_given_name(t) for t in rest[k + 1: k + 4])
            if norm(head) in _NOT_ROLES or not named:
                return None  # "il lancio del razzo Vega", "il caso Cecilia Sala"
    if any(_name_like(t) for t, _, _ in toks):
        return "name", phrase
    if words[0] in DETERMINERS | {"uno", "una"} | POSSESSIVES and len(words) > 1:
        return "desc", phrase
    return None


def _np_before(prefix: str) -> tuple[str, str] | None:
    """The subject of a verb that follows ``prefix`` (clitics, auxiliaries, adverbs and
    parentheticals between commas skipped); relative 'che' goes to its antecedent."""
    text = _PLACEHOLDER.sub(" ⁅ ", prefix).rstrip()
    # peel what sits between subject and verb
    while True:
        toks = tokens(text)
        if not toks:
            return None
        last = norm(toks[-1][0])
        if last in AUX | CLITICS | ADVERBS or (last == "'" and len(toks) > 1):
            text = text[: toks[-1][1]].rstrip()
            continue
        break
    toks = tokens(text)
    if not toks:
        return None
    if norm(toks[-1][0]) == "che":  # "George W. Bush, che ha ricordato …"
        return _np_before(text[: toks[-1][1]].rstrip(" ,"))
    # comma-delimited segments before the verb: "Rubio, dando il benvenuto …, l'ha …"
    segments = [s.strip() for s in re.split(r",|\((?:[^()]*)\)", text)]
    segments = [s for s in segments if s]
    if not segments:
        return None
    ends_with_comma = text.rstrip().endswith((",", ")"))
    if not ends_with_comma:
        tail = _trailing_np(segments[-1])
        if tail:
            return tail
        return None
    # a name in apposition wins over a role without one
    first = _leading_np(segments[0])
    names = [s for s in segments[1:] if _bare_name(s)]
    if first and first[0] == "name":
        return first
    if names:
        return "name", names[0]
    return first


def _trailing_np(segment: str) -> tuple[str, str] | None:
    """The noun phrase ending a segment: 'Affacciato … apostolico, Jorge Mario Bergoglio'."""
    toks = tokens(segment)
    if not toks:
        return None
    k = len(toks)
    start = None
    while k > 0:
        t, nt = toks[k - 1][0], norm(toks[k - 1][0])
        if t in ".!?;:«»“”\"⁅–—-":
            break
        if nt in DETERMINERS or nt in ("uno", "una"):
            start = k - 1
            break
        if not is_cap(t) and (nt in PLACE_PREPS - {"di"} or nt in ("che", "e", "ma")) \
                and not (k < len(toks) and is_cap(toks[k][0]) and nt in OF):
            if nt == "e" and 2 <= k < len(toks) and is_cap(toks[k - 2][0]) \
                    and is_cap(toks[k][0]):
                k -= 1  # "Barack e Michelle Obama"
                continue
            break
        if not is_cap(t) and nt not in OF and k < len(toks) and _is_verb_like(t):
            break
        start = k - 1
        k -= 1
    if start is None:
        return None
    phrase = segment[toks[start][1]:]
    # the phrase must start a clause: a name, or a determiner + role
    first = norm(toks[start][0])
    if not (is_cap(toks[start][0]) or first in DETERMINERS or first in ("uno", "una")):
        return None
    if start > 0 and norm(toks[start - 1][0]) in PLACE_PREPS | OF:
        return None  # "a Roma", "del Consorzio": a complement, not a subject
    return _classify(phrase)


def _leading_np(segment: str) -> tuple[str, str] | None:
    toks = tokens(segment)
    k = 0
    while k < len(toks) and (norm(toks[k][0]) in ADVERBS | {"e", "ma", "anche", "quest'", "ed"}
                             or toks[k][0] in ",;"):
        k += 1
    if k >= len(toks):
        return None
    first = toks[k][0]
    if not (is_cap(first) or norm(first) in DETERMINERS):
        return None
    if norm(first) in PLACE_PREPS | OF | ARTICLED:
        return None
    if is_cap(first) and norm(first) not in DETERMINERS and is_common_word(first) \
            and not (k + 1 < len(toks) and is_cap(toks[k + 1][0])) \
            and norm(first) not in _known_names.get():
        return None  # "Prima della preghiera …", "Soddisfatto …": not a name
    end = k
    while end < len(toks) and not (end > k and not is_cap(toks[end][0])
                                   and _is_verb_like(toks[end][0])
                                   and norm(toks[end][0]) not in OF):
        end += 1
    return _classify(segment[toks[k][1]: toks[end - 1][2]])


def _classify_role_name(segment: str) -> bool:
    """'il presidente Corsini', 'la premier italiana Giorgia Meloni': a role, then a name."""
    toks = tokens(segment)
    if len(toks) < 2 or norm(toks[0][0]) not in DETERMINERS:
        return False
    caps = [k for k, (t, _, _) in enumerate(toks) if is_cap(t)]
    return bool(caps) and all(is_cap(t) for t, _, _ in toks[caps[0]:]) and caps[0] > 1


def _bare_name(segment: str) -> bool:
    toks = tokens(segment)
    return bool(toks) and all(is_cap(t) or norm(t) in ("e", "de", "di", "da", "van", "von", ".")
                              for t, _, _ in toks) and is_cap(toks[0][0])


def _is_verb_like(word: str) -> bool:
    """A finite verb or participle (only used to stop a noun phrase)."""
    w = norm(word)
    if w in AUX or w in CLITICS or w == "non" or is_speech_word(word):
        return True
    return is_verb_form(w)  # "paramilitari" is a noun


# -- who a phrase names -------------------------------------------------------------------------
class _Resolver:
    def __init__(self, doc: _Article) -> None:
        self.doc = doc
        self.reg = doc.registry

    def name_of(self, np: tuple[str, str] | None, offset: int) -> str | None:
        """The speaker a subject phrase names, or None when it is no speaker."""
        if np is None:
            return None
        kind, phrase = np
        if kind == "name":
            name = self._last_name(phrase)
            if name:
                return self.reg.full_name(name)
            kind = "desc"
        words = [norm(w) for w in _words(phrase)]
        words = [w for w in words if w not in ("⁅",)]
        content = [w for w in words if w not in DETERMINERS | POSSESSIVES | PREMODIFIERS
                   and w not in ("uno", "una")]
        if content and content[0] in OF:  # "uno dei titolari"
            content = content[1:]
        if not content or content[0] in _NOT_ROLES or content[0] in VENUES \
                or content[0] in _DOCUMENTS or not is_person_noun(content[0]):
            return None
        if any((w in AUX and w not in _PARTICIPLES) or (w in PLACE_PREPS and w not in OF)
               for w in words):
            return None  # a clause, not a noun phrase
        found = self.reg.resolve(words, before=offset)
        if found:
            return found
        if content[0] in _BODIES:
            # "l'associazione", "l'istituto di statistica": a body the article may well
            # have named; without knowing which, no name is better than a wrong one
            return None
        # a role the article never ties to a name: say so in its own words
        return " ".join(_words(phrase)) if len(content) <= 6 else None

    def _last_name(self, phrase: str) -> str | None:
        """'il presidente te del Consorzio … Enrico Corsini' → 'Enrico Corsini'."""
        toks = tokens(phrase)
        runs = name_runs(phrase, toks)
        best = None
        for i, j in runs:
            while i < j and not _name_like(toks[i][0]):
                i += 1
            if i >= j:
                continue
            if i and norm(toks[i - 1][0]) in PLACE_PREPS | OF:
                # "della Florida Marco Rubio": a name may follow the complement
                for k in range(i + 1, j - 1):
                    if is_given_name(toks[k][0]):
                        best = (k, j)
                        break
                continue
            words = [norm(toks[k][0]) for k in range(i, j)]
            if words[0] in VENUES or words[0] in _NOT_ROLES:
                continue
            if i and norm(toks[i - 1][0]) in _NOT_ROLES:
                continue  # "il caso Cecilia Sala"
            best = (i, j)
        if best is None:
            return None
        i, j = best
        # "Bill e Hillary Clinton": keep the couple together
        if i >= 2 and norm(toks[i - 1][0]) == "e" and is_cap(toks[i - 2][0]):
            i -= 2
        # a body named by a common noun keeps its description: "Commissione militare
        # centrale della Corea del Nord", "Polizia locale"
        if j - i == 1 and is_common_word(toks[i][0]) and j < len(toks) and (
                not is_cap(toks[j][0]) and norm(toks[j][0]) not in OF | PLACE_PREPS | {"e"}
                and not _is_verb_like(toks[j][0])):
            k = j
            while k < len(toks) and toks[k][0] not in ",;:.!?()«»“”\"–—-⁅" and (
                    not is_cap(toks[k][0]) and (norm(toks[k][0]) in OF or not _is_verb_like(
                        toks[k][0])) or (is_cap(toks[k][0]) and norm(toks[k - 1][0]) in OF
                                        | {"del", "di"})
                    or (is_cap(toks[k][0]) and is_cap(toks[k - 1][0]))):
                if norm(toks[k][0]) in PLACE_PREPS - OF:
                    break
                k += 1
            j = k
        return phrase[toks[i][1]: toks[j - 1][2]]


# -- attribution ---------------------------------------------------------------------------------
_INTERJECTION = re.compile(r"(?:^|\s)[-–—]\s*(?P<inner>[^-–—«»“”\"]{2,160}?)\s*(?:[-–—](?=\s|$)|$)")


def _speech_at_start(text: str) -> tuple[int, bool] | None:
    """If ``text`` opens with a verb of saying (clitics, auxiliaries, adverbs allowed),
    the offset just after the verb and whether it is 'si legge'."""
    toks = tokens(text)
    k = 0
    while k < len(toks) and toks[k][0] in ",.;:–—-":
        k += 1
    start = k
    while k < len(toks) and norm(toks[k][0]) in CLITICS | AUX | ADVERBS:
        k += 1
    if k < len(toks) and norm(toks[k][0]) == "legge" and start < k \
            and norm(toks[k - 1][0]) == "si":
        return toks[k][2], True
    if k + 1 < len(toks) and norm(toks[k][0]) in ("fa", "fanno", "ha", "hanno", "faceva") \
            and norm(toks[k + 1][0]) in ("sapere", "notare"):
        return toks[k + 1][2], False
    if k - start > 4 or k >= len(toks):
        return None
    # "si limitano a dire", "tengono a precisare", "hanno voluto sottolineare"
    for step in (1, 2):
        if k + step < len(toks) and not is_cap(toks[k][0]) and _is_verb_like(toks[k][0]) \
                and (step == 1 or norm(toks[k + 1][0]) in ("a", "di")) \
                and is_speech_word(toks[k + step][0]) and norm(toks[k + step][0]).endswith(
                    ("are", "ere", "ire")):
            return toks[k + step][2], False
    if is_speech_word(toks[k][0]) and not is_cap(toks[k][0]) or (
            is_cap(toks[k][0]) and is_speech_word(toks[k][0]) and k == start):
        return toks[k][2], False
    return None


def _last_speech_verb(prefix: str) -> int | None:
    """Offset just after the last verb of saying in ``prefix`` (quotes masked)."""
    toks = tokens(prefix)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k][0]
        if is_speech_word(t) and not is_cap(t) and norm(t) not in SPEECH_NOUNS:
            # "la nota afferma" is fine; "le sue parole" is not a verb
            return k
    return None


class _Attributor:
    def __init__(self, doc: _Article) -> None:
        self.doc = doc
        self.res = _Resolver(doc)
        self.last_speaker: str | None = None
        self.last_via: str | None = None
        self.last_par: int = -1

    def offset(self, par: int, pos: int = 0) -> int:
        return self.doc.offsets[par] + pos

    def subject_of_sentence(self, sentence: str, par: int) -> str | None:
        """The person a sentence is about: its opening subject ('Kim ha affermato …')."""
        for seg in re.split(r"(?<=[,;])\s+", _PLACEHOLDER.sub(" ", sentence))[:3]:
            np = _leading_np(seg)
            if np:
                name = self.res.name_of(np, self.offset(par))
                if name and not _is_descriptor(name):
                    return name
        return None

    def zero_subject(self, par: int, si: int, prefix: str) -> str | None:
        """A verb with no subject: the subject of its sentence, of the one before (or who
        speaks in it), or the last speaker of the same paragraph."""
        own = self.subject_of_sentence(prefix, par) if prefix.strip() else None
        if own:
            return own
        prev = self.previous_sentence(par, si)
        if prev is not None:
            who = self.speech_subject(prev, par)
            if who:
                return who
            before = self.subject_of_sentence(prev, par)
            if before and not self._quotes_in(prev):
                return before
        if par == self.last_par or (par == self.last_par + 1 and si == 0):
            return self.last_speaker
        return None

    def previous_sentence(self, par: int, si: int) -> str | None:
        """The sentence before, across a paragraph break (articles often put one sentence
        per line)."""
        if si > 0:
            return self.doc.sentences[par][si - 1]
        if par > 0 and self.doc.sentences[par - 1]:
            return self.doc.sentences[par - 1][-1]
        return None

    def speech_subject(self, sentence: str, par: int) -> str | None:
        """Who speaks in a sentence: 'si è detto Matteo Salvini', 'X ha raccontato …'."""
        plain = _PLACEHOLDER.sub(" ", sentence)
        k = _last_speech_verb(plain)
        if k is None:
            return None
        toks = tokens(plain)
        np = _np_after(plain[toks[k][2]:])
        if np and np[0] == "name":
            who = self.res.name_of(np, self.offset(par))
            if who:
                return who
        np = _np_before(plain[: toks[k][1]])
        who = self.res.name_of(np, self.offset(par)) if np else None
        return who if who and not _is_descriptor(who) else None

    @staticmethod
    def _quotes_in(sentence: str) -> bool:
        return bool(_PLACEHOLDER.search(sentence))

    def after_verb(self, rest: str, par: int, si: int, prefix: str, legge: bool
                   ) -> tuple[str | None, str]:
        if legge:
            return self.document_author(rest, par, si), "document"
        np = _np_after(rest)
        if np is not None:
            who = self.res.name_of(np, self.offset(par))
            if who is None and np[0] == "desc" and _body_descriptor(np[1]):
                # "Anche la Confcommercio esprime solidarietà: «…», scrive l'associazione"
                own = self.subject_of_sentence(prefix, par) if prefix.strip() else None
                if own:
                    return own, "after"
            return (who, "after") if who else (None, "after-unknown")
        if _names_something(rest):
            return None, "after-unknown"  # "fanno sapere da Palazzo Chigi": not a speaker
        return self.zero_subject(par, si, prefix), "after-continued"

    def document_author(self, rest: str, par: int, si: int) -> str | None:
        """'si legge nel messaggio diffuso dal servizio stampa del Cremlino' → Cremlino;
        'si legge in una nota' → whoever the sentence before says issued it."""
        m = re.search(r"\b(?:dal|dalla|dall['’]|dai|dagli|del|della|dell['’]|dei|degli)\s*"
                      r"(?P<who>(?:[a-zà-ÿ]+\s+){0,3}?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)",
                      rest[:160])
        if m:
            runs = [w for w in m.group("who").split() if is_cap(w)]
            if runs:
                return " ".join(runs)
        return self.previous_source(par, si)

    def previous_source(self, par: int, si: int) -> str | None:
        """Who the sentence before names as the source ('Secondo la KCNA', 'I paramilitari
        hanno annunciato …', 'Lo ha riportato l'agenzia …')."""
        for back in (1, 2):
            if si - back < 0:
                break
            prev = _PLACEHOLDER.sub(" ", self.doc.sentences[par][si - back])
            m = re.search(r"\b(?:[Ss]econdo|[Ss]tando a)\s+(?P<np>[^,]{2,80}?)\s*(?:,|$)", prev)
            if m:
                np = _classify(m.group("np"))
                who = self.res.name_of(np, self.offset(par)) if np else None
                if who and not who.startswith("quanto"):
                    return who
            m = re.search(r"\b(?:Lo|L['’])\s*(?:ha|hanno)\s+(?:\w+\s+)?(?:riportato|riferito|"
                          r"annunciato|comunicato|reso noto|scritto)\s+(?P<np>[^.]{2,80})", prev)
            if m:
                who = self.res.name_of(_np_after(m.group("np")), self.offset(par))
                if who:
                    return who
            np = _leading_np(prev)
            k = _last_speech_verb(prev) if np else None
            if np and k is not None:
                who = self.res.name_of(np, self.offset(par))
                if who:
                    return who
        return None

    def before(self, prefix: str, par: int, si: int) -> tuple[str | None, str] | None:
        """Attribution given before the quote in its own sentence."""
        plain = _PLACEHOLDER.sub(" ", prefix).rstrip()
        # "A dirlo è il sindaco Mario Rossi: «…»"
        m = re.search(r"(?:^|[\s,;])(?:A|Ad)\s+\w+(?:lo|la|li|le)\s+(?:è|sono|è stato|è stata)\s+"
                      r"(?P<np>[^:]{2,120}?)\s*[,:]?\s*$", plain)
        if m:
            who = self.res.name_of(_classify(m.group("np")), self.offset(par))
            if who:
                return who, "before"
        # "Più cauto il ministro dell'Economia Giancarlo Giorgetti: «…»"
        if plain.endswith(":"):
            tail = re.split(r"[,;.]|\s[-–—]\s", plain[:-1])[-1]
            toks = tokens(tail)
            runs = name_runs(tail, toks)
            if runs and runs[-1][1] == len(toks):
                i, j = runs[-1]
                first = next((g for g in range(i, j - 1) if is_given_name(toks[g][0])), None)
                if first is not None and (first > i or not (
                        i and norm(toks[i - 1][0]) in PLACE_PREPS | OF)):
                    return self.res.reg.full_name(tail[toks[first][1]: toks[j - 1][2]]), "colon"
        # headline style: "… – Putin: «…»", "Calderone: «…»", "Il presidente Corsini: «…»"
        if plain.endswith(":"):
            last = re.split(r"\s[-–—]\s|[,;.]", plain[:-1])[-1].strip()
            np = _classify(last) if last and len(last.split()) <= 6 else None
            if np and (np[0] == "name" and (_bare_name(last) or _classify_role_name(last))
                       or np[0] == "desc"):
                who = self.res.name_of(np, self.offset(par))
                if who:
                    return who, "colon"
        # "Secondo il presidente francese Emmanuel Macron «…»", "Per Mosca, … «…»"
        m = re.search(r"(?:^|[\s,;])(?:[Ss]econdo|[Ss]tando a|[Pp]er|[Pp]arol[ae] di|"
                      r"dalle parole di|[Nn]elle parole di)\s+(?P<np>[^,:;]{2,90}?"
                      r"(?:,\s*[A-ZÀ-Ý][^,:;]{1,40})?)\s*[,:]?\s*$", plain)
        if m and not re.match(r"quanto\b", m.group("np")):
            who = self.res.name_of(_classify(m.group("np")), self.offset(par))
            if who:
                return who, "according"
        m = re.search(r"(?:^|[\s,;])(?:[Ss]econdo|[Pp]er|[Ss]tando a)\s+"
                      r"(?P<np>[A-ZÀ-Ý][^,:;]{1,60}?)\s*,", plain)
        if m and _last_speech_verb(plain[m.end():]) is None:
            who = self.res.name_of(_classify(m.group("np")), self.offset(par))
            if who:
                return who, "according"
        m = re.search(r"\bparole di\s+(?P<np>[^,:;.]{2,60}?)(?:\s+si\b|[,:;]|\s*$)", plain)
        if m:
            who = self.res.name_of(_classify(m.group("np")), self.offset(par))
            if who:
                return who, "words-of"
        k = _last_speech_verb(plain)
        if k is not None:
            toks = tokens(plain)
            verb_end = toks[k][2]
            between = plain[verb_end:]
            # "racconta Lombardi, «…»", "come spiega Enrico Corsini, il presidente …: «…»"
            np = _np_after(between)
            if np and not re.search(r"\b(?:che|come|di|a)\b", between[:3]):
                who = self.res.name_of(np, self.offset(par))
                if who and np[0] == "name":
                    return who, "before"
            head = plain[: toks[k][1]]
            verb = norm(toks[k][0])
            if re.search(r"(?:are|ere|ire|ando|endo)(?:lo|la|li|le|si|ne|gli)?$", verb):
                # "… dal segretario di Stato Antony Blinken, nel ricordare …, «…»": a verb
                # with no person of its own speaks for the last person named before it
                who = self.res.name_of(("name", head), self.offset(par)) if any(
                    _name_like(t) for t, _, _ in tokens(head)) else None
                if who and not _is_descriptor(who):
                    return who, "before"
                return self.zero_subject(par, si, head), "before-continued"
            title = self.quoted_title(prefix, toks[k][0])
            if title:
                return title, "before"
            np = _np_before(head)
            if np is not None:
                who = self.res.name_of(np, self.offset(par))
                if who:
                    return who, "before"
            return self.zero_subject(par, si, head), "before-continued"
        if plain.endswith(":"):
            clause = plain[:-1].rstrip()
            tail = _trailing_np(re.split(r"[,;]", clause)[-1]) if clause else None
            if tail and tail[0] == "name" and _bare_name(re.split(r"[,;]", clause)[-1]):
                who = self.res.name_of(tail, self.offset(par))
                if who:
                    return who, "colon"
            words = _words(clause)
            if tail and len(words) <= 6:  # headline style "Calderone: «…»"
                who = self.res.name_of(tail, self.offset(par))
                if who:
                    return who, "colon"
            np = _leading_np(clause)
            if np:
                who = self.res.name_of(np, self.offset(par))
                if who:
                    return who, "colon"
        return None

    def quoted_title(self, prefix: str, verb: str) -> str | None:
        """'“Il sole 24 ore” aveva precisato …': a name in quotation marks as the subject."""
        m = re.match(r"\s*(?:[Ii]l|[Ll]a|[Ll]o|[Ll]['’])?\s*⁅(\d+)⁆\s+(?:(?:\w+|l['’])\s+){0,3}?"
                     + re.escape(verb) + r"\b", prefix)
        if not m:
            return None
        body = self.doc.spans[int(m.group(1))].body.strip()
        if body[:1].isupper() and _words_count(body) <= 6 and not _has_verb(body):
            return body
        return None

    def next_sentence(self, par: int, si: int) -> str | None:
        sents = self.doc.sentences[par]
        if si + 1 >= len(sents):
            return None
        nxt = _PLACEHOLDER.sub(" ", sents[si + 1]).strip()
        m = re.match(r"(?:Lo|La|L['’]|Ne)\s*(?:(?:ha|hanno|aveva|avrebbe)\s+)?(?P<rest>.+)", nxt)
        if m:
            hit = _speech_at_start(m.group("rest"))
            if hit:
                return self.res.name_of(_np_after(m.group("rest")[hit[0]:]), self.offset(par))
        m = re.match(r"(?:A|Ad)\s+\w+(?:lo|la|li|le)\s+(?:è|sono|è stato|è stata)\s+"
                     r"(?P<np>.+)", nxt)
        if m:
            np = m.group("np")
            who = self.res.name_of(_np_after(np), self.offset(par))
            # "Ad affermarlo è il presidente del Codacons, Carlo Rienzi, …"
            appos = re.match(r"[^,]{2,80},\s*(?P<name>[A-ZÀ-Ý][^,]{1,40}),", np)
            if appos and _bare_name(appos.group("name")):
                who = self.res.reg.full_name(appos.group("name"))
            return who
        m = re.match(r"(?:Così|Parole di|Parola di|Queste le parole di|È quanto ha \w+)\s+"
                     r"(?P<np>.+)", nxt)
        if m:
            return self.res.name_of(_np_after(m.group("np")), self.offset(par))
        np = _leading_np(nxt.split(",")[0]) or _leading_np(nxt)
        if np and np[0] == "name":
            toks = tokens(nxt)
            k = _last_speech_verb(nxt[: len(nxt) // 2 + 40])
            if k is not None and k < 14:
                head = nxt[: toks[k][1]]
                np2 = _np_before(head)
                if np2:
                    return self.res.name_of(np2, self.offset(par))
        return None

    def previous_speech(self, par: int, si: int) -> str | None:
        """The sentence before the quote's says someone speaks ('racconta al Corriere …',
        'Di seguito le dichiarazioni della vincitrice')."""
        for p, s in ((par, si - 1), (par - 1, None)):
            if p < 0:
                continue
            sents = self.doc.sentences[p]
            idx = s if s is not None else len(sents) - 1
            if idx < 0 or idx >= len(sents):
                continue
            prev = sents[idx]
            if self._quotes_in(prev):
                continue
            plain = _PLACEHOLDER.sub(" ", prev)
            m = re.search(r"\b(?:dichiarazioni|parole|commento|racconto)\b[^.]{0,30}?\b"
                          r"(?:di|del|della|dell['’]|dei|degli)\s+(?P<np>[^,.;:]{2,60})", plain)
            if m:
                who = self.res.name_of(_np_after("il " + m.group("np"))
                                       if not is_cap(m.group("np")[0]) else
                                       _classify(m.group("np")), self.offset(p))
                if who and not _is_descriptor(who):
                    return who
            k = _last_speech_verb(plain)
            if k is not None:
                toks = tokens(plain)
                np = _np_before(plain[: toks[k][1]])
                who = self.res.name_of(np, self.offset(p)) if np else None
                if who:
                    return who
            if s is None:
                break
        return None

    def attribute(self, k: int, span: _Span) -> None:
        doc = self.doc
        par, si = doc.locate(k, span.par)
        sentence = doc.sentences[par][si]
        prefix, _, _ = sentence.partition(f"⁅{k}⁆")
        epar, esi = doc.locate(k, span.end_par)
        _, _, suffix = doc.sentences[epar][esi].partition(f"⁅{k}⁆")
        if par != self.last_par and par != self.last_par + 1:
            self.last_speaker = None  # a speaker does not go on across unrelated paragraphs
        who, via = None, None
        # 1. inside: «… – ha aggiunto X – …»
        for m in _INTERJECTION.finditer(span.body):
            hit = _speech_at_start(m.group("inner"))
            if hit is None:
                continue
            span.interjection = m.group()
            span.body = (span.body[: m.start()] + " " + span.body[m.end():]).strip()
            np = _np_after(m.group("inner")[hit[0]:])
            who = self.res.name_of(np, self.offset(par)) if np else None
            via = "inside"
            if who is None:
                who = self.zero_subject(par, si, prefix)
                via = "inside-continued"
            break
        # 2. after: «…», ha detto X / «…» riferisce il presidente / «…», si legge …
        if via is None:
            hit = _speech_at_start(suffix)
            if hit:
                who, via = self.after_verb(suffix[hit[0]:], epar, esi, prefix, hit[1])
            else:
                m = re.match(r"\s*[:,]?\s*(?:è|sono|ecco)\s+(?:questo|questa|queste|questi|"
                             r"quanto)?\s*(?:il|la|l['’]|le|gli|i)?\s*(?P<noun>\w+)\s+"
                             r"(?:\w+\s+){0,2}?(?:di|del|della|dell['’]|dei|degli|delle)\s*"
                             r"(?P<np>[^,.;]{2,60})", suffix)
                if m and m.group("noun").lower() in SPEECH_NOUNS:
                    np = _np_after("i " + m.group("np")) if not is_cap(m.group("np")[0]) \
                        else _classify(m.group("np"))
                    who = self.res.name_of(np, self.offset(epar))
                    via = "after" if who else None
        # 3. before, in the same sentence
        if via is None:
            found = self.before(prefix, par, si)
            if found:
                who, via = found
        # 4. next sentence: «…». Lo ha detto X / Ad affermarlo è X
        if via is None and not re.search(r"\w", _PLACEHOLDER.sub("", suffix)):
            who = self.next_sentence(epar, esi)
            via = "next" if who else None
        # 5. the same voice goes on
        if via is None and re.search(r"\w", _PLACEHOLDER.sub("", suffix)) and \
                _speech_at_start(suffix) is None and re.match(r"\s*[,–—-]?\s*\w", suffix):
            via = "unattributed"  # the sentence goes on about something else: no guess
        if via is None:
            rest = _PLACEHOLDER.sub("", prefix)
            bare = not re.search(r"\w", rest) or (
                len(rest.split()) <= 4 and all(norm(w) in _LINKS for w in re.findall(r"[\w']+",
                                                                                  rest)))
            if bare and self.last_speaker and (par == self.last_par or
                                               (par == self.last_par + 1 and span.start <= 2)):
                who, via = self.last_speaker, "continued"
            elif bare:
                who = self.previous_speech(par, si)
                via = "continued" if who else None
            elif self.last_via in ("document", "according") and par == self.last_par \
                    and span.body[:1].islower() and _verb_first(span.body) \
                    and _last_speech_verb(_PLACEHOLDER.sub(" ", prefix)) is None:
                # "Kim, a sua volta, «ha espresso …»": the report goes on quoting
                who, via = self.last_speaker, "continued"
        if via in ("after-unknown", "unattributed"):
            who = None
        if who and _is_descriptor(who) and _anaphoric(who):
            # "Il deputato ha anche chiesto …": the one just quoted. Otherwise a singular
            # role ("il leader ucraino") stands for someone the article may well name
            # elsewhere: no name is better than a role where a name was due.
            if self.last_speaker and not _is_descriptor(self.last_speaker) \
                    and self.last_par == par \
                    and any(is_given_name(w) for w in self.last_speaker.split()):
                who = self.last_speaker
            else:
                who = None
        span.speaker, span.via = who, via
        if who:
            self.last_speaker = who
            self.last_via = via
        self.last_par = span.end_par


# Nouns for bodies that INSTITUTIONS does not list.
# Class nouns for bodies ("l'associazione", "l'istituto di statistica"): they stand for a
# body the article usually names, so left unresolved they are no speaker. Nouns for a
# unique local institution ("la polizia municipale", "la procura") are kept as speakers.
_BODIES = {"istituto", "ente", "banca", "fondazione", "università", "tribunale", "corte",
           "consiglio", "commissione", "assemblea", "giunta", "authority", "osservatorio",
           "centro", "dipartimento", "unione", "lega", "confederazione", "gruppo", "società",
           "compagnia", "redazione", "testata", "giornale", "quotidiano", "associazione",
           "agenzia", "organizzazione", "azienda", "ditta", "partito", "sindacato",
           "federazione", "consorzio"}

# Roles that name someone beside the speaker, never the speaker again ("il suo portavoce").
_RELATIONAL = {"portavoce", "avvocato", "legale", "consulente", "assistente", "collaboratore",
               "collaboratrice", "moglie", "marito", "figlio", "figlia", "madre", "padre",
               "fratello", "sorella", "amico", "amica", "collega", "vice", "vicepresidente",
               "vicesindaco", "vicepremier", "viceministro", "sottosegretario", "rivale",
               "avversario", "avversaria", "predecessore", "successore", "omologo", "omologa"}


def _body_descriptor(phrase: str) -> bool:
    words = [norm(w) for w in _words(phrase)]
    head = next((w for w in words if w not in DETERMINERS | PREMODIFIERS | OF), "")
    return head in _BODIES


def _anaphoric(descriptor: str) -> bool:
    """'il deputato' may point back to the person just quoted; 'i soccorritori', 'uno dei
    titolari', 'il suo portavoce' and 'l'avvocato' do not."""
    words = [norm(w) for w in _words(descriptor)]
    if not words or words[0] not in ("il", "lo", "la", "l'"):
        return False
    if any(w in POSSESSIVES for w in words):
        return False
    head = next((w for w in words[1:] if w not in PREMODIFIERS), "")
    return bool(head) and head not in _RELATIONAL | INSTITUTIONS and is_person_noun(head)


def _names_something(rest: str) -> bool:
    """After a verb of saying, a phrase that names where or whom it came from (a venue,
    a channel), so the verb does have a subject, just not a speaker."""
    m = re.match(r"\s*(?:\w+\s+){0,2}?(?:da|dal|dalla|dall['’]|dai|dagli|dalle)\s+[A-ZÀ-Ý]",
                 _PLACEHOLDER.sub(" ", rest))
    return bool(m)


def _verb_first(text: str) -> bool:
    words = re.findall(r"[\w']+", text.lower())
    return bool(words) and (words[0] in AUX or _is_verb_like(words[0]))


_LINKS = {"e", "ma", "poi", "inoltre", "ancora", "infine", "anche", "quelli", "quelle",
          "questi", "queste", "quello", "quella", "così", "pure", "però", "invece", "ed"}


def _is_descriptor(name: str) -> bool:
    return not any(_name_like(t) for t, _, _ in tokens(name))


def _context(paragraph: str, start: int) -> str:
    from briefing.read.segmenting import split_sentences

    pos = 0
    for s in split_sentences(paragraph):
        idx = paragraph.find(s[:20], pos)
        if idx <= start < idx + len(s) + 1 or idx == -1:
            return s
        pos = max(idx, pos)
    return paragraph


def extract_quotes(article: Article) -> list[Quote]:
    """Every direct quotation in the article, with its speaker when the text gives it."""
    doc = _Article(article)
    _known_names.set(frozenset(w for p in doc.registry.people.values()
                               for w in name_key(p.name).split()))
    attributor = _Attributor(doc)
    quotes: list[Quote] = []
    for k, span in enumerate(doc.spans):
        attributor.attribute(k, span)
        body = " ".join(span.body.split()).strip(" ,")
        if not body:
            continue
        quotes.append(Quote(it=body, speaker=span.speaker,
                            context_it=_context(doc.paragraphs[span.par], span.start),
                            sources=[article.id], position=span.par, via=span.via))
    return quotes


# -- which quotes are key ------------------------------------------------------------------------
def _words_count(text: str) -> int:
    """Words, an elided article not counted ("l'onore" is one word, not two)."""
    return len(re.findall(r"\w+(?!['’\w])", text))


def _has_verb(text: str) -> bool:
    for w in re.findall(r"[a-zà-ÿ']+", text.lower()):
        if w in AUX or w in ("c'è", "ci", "sia", "può", "deve", "va", "fa"):
            return True
        base = lemma(norm(w))
        if base.endswith(("are", "ere", "ire", "rre")) and (base != w or len(w) > 5):
            return True
    return False


def is_key(text: str, attributed: bool = False) -> bool:
    """A statement someone made, not a scare quote ('eroici') or a title in quotes.

    Long quotes are statements; so is one that a verb of saying governs, from five words
    ("a causa della pericolosità del soggetto") or from three with a verb of its own ("non
    ci fermeremo, andiamo avanti"), even lowercase. Unattributed, it needs a verb and
    seven words, or ten.
    """
    n = _words_count(text)
    if n >= 10 or (n >= 6 and text[:1].isupper()):
        return True
    if attributed:
        return n >= 5 or (n >= 3 and _has_verb(text))
    return n >= 7 and _has_verb(text)


_GOVERNED = {"inside", "inside-continued", "after", "after-continued", "before",
             "before-continued", "colon", "document", "next", "words-of", "according"}


def key_quotes(quotes: list[Quote]) -> list[Quote]:
    """Full statements only, each once."""
    out: list[Quote] = []
    for q in quotes:
        if is_key(q.it, q.via in _GOVERNED) and not any(same_quote(q.it, o.it) for o in out):
            out.append(q)
    return out


# -- the same statement in several articles --------------------------------------------------------
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


def same_speaker(a: str | None, b: str | None) -> bool:
    """'Kim Jong Un' and 'Kim Jong-un', 'Putin' and 'Vladimir Putin' are one speaker."""
    if not a or not b:
        return True
    ka, kb = name_key(a).split(), name_key(b).split()
    if ka == kb:
        return True
    short, long_ = (ka, kb) if len(ka) < len(kb) else (kb, ka)
    return bool(short) and all(w in long_ for w in short) and is_cap(a[:1]) and is_cap(b[:1])


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

    def _vector(self, norm_text: str) -> np.ndarray:
        codes = np.frombuffer(norm_text.encode("utf-32-le"), dtype=np.uint32) % self.BUCKETS
        return np.bincount(codes, minlength=self.BUCKETS).astype(np.int32)

    def candidates(self, norm_text: str) -> list[int]:
        """Indexes (in insertion order) of quotes that :func:`same_quote` might match."""
        if not self._n or not norm_text:
            return []
        counts, lengths = self._counts[: self._n], self._lengths[: self._n]
        shared = np.minimum(counts, self._vector(norm_text)).sum(axis=1)
        shorter = np.minimum(lengths, len(norm_text))
        maybe = (2 * shared >= SAME_RATIO * (lengths + len(norm_text))) | (
            (shared >= shorter) & (shorter > 30))
        return np.flatnonzero(maybe).tolist()

    def add(self, norm_text: str) -> None:
        if self._n == len(self._lengths):
            self._counts = np.concatenate([self._counts, np.zeros_like(self._counts)])
            self._lengths = np.concatenate([self._lengths, np.zeros_like(self._lengths)])
        self._counts[self._n], self._lengths[self._n] = self._vector(norm_text), len(norm_text)
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
            norm_text = _normalize(q.it)
            for i in index.candidates(norm_text):
                m = merged[i]
                if same_quote(q.it, m.it) and same_speaker(q.speaker, m.speaker):
                    for src in q.sources:
                        if src not in m.sources:
                            m.sources.append(src)
                    m.speaker = m.speaker or q.speaker
                    q.sources = m.sources
                    break
            else:
                q.sources = list(q.sources)
                merged.append(replace(q))  # a copy sharing q's sources list
                index.add(norm_text)
    return merged


def canonical_speakers(quotes: list[Quote]) -> None:
    """One name per person across a briefing: 'Kim Jong-un' and 'Kim Jong Un' become the
    form most used; 'Putin' becomes 'Vladimir Putin' when only one named speaker has that
    surname. Descriptors ('il suo portavoce') are left as they are."""
    forms: dict[str, dict[str, int]] = {}
    for q in quotes:
        if q.speaker and is_cap(q.speaker[:1]):
            forms.setdefault(name_key(q.speaker), {}).setdefault(q.speaker, 0)
            forms[name_key(q.speaker)][q.speaker] += 1
    best = {k: max(v.items(), key=lambda kv: (kv[1], len(kv[0])))[0] for k, v in forms.items()}
    for q in quotes:
        if not q.speaker or name_key(q.speaker) not in best:
            continue
        key = name_key(q.speaker)
        words = key.split()
        if len(words) == 1:
            longer = {k for k in best if len(k.split()) > 1 and words[0] in k.split()}
            if len(longer) == 1:
                key = next(iter(longer))
        q.speaker = best[key]
