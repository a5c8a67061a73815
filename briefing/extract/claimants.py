"""Who gives a number: "secondo la questura" (police), "per gli organizzatori" (organisers),
"i sindacati rivendicano" (unions), "l'azienda scende a 240 esuberi" (company), a source
heading its sentence, "X:" before a quotation, "annunciati dalla compagnia", or the speaker
of the quotation the number stands in. Claimant classes and the verbs that name a source
are data (``italian/data/figures.json``)."""

from __future__ import annotations

import re

from briefing.data import Figure, Quote
from briefing.extract.figure_spans import CLAUSE_EDGES, PART_EDGES, start_of, stretch
from briefing.extract.units import as_listed, words_re
from briefing.italian.grammar import strip_article
from briefing.italian.lexicon import is_verb_form
from briefing.italian.tables import table

_F = table("figures")
_P = table("patterns")
CLAIMANTS: dict[str, list[str]] = _F["claimants"]
_CLAIMANT_WORDS = {w: cls for cls, ws in CLAIMANTS.items() for w in ws}
_CLAIMANT_RE = words_re(list(_CLAIMANT_WORDS))
_CLAIM_VERBS = frozenset(_F["claim_verbs"])
_GIVEN_BY = re.compile(rf"[^,;:]{{0,40}}?\b(?:{as_listed(_P['given_by_participles'])})[oaie]\s+"
                       r"(?:dall['’]|dalla|dalle|dagli|dal|dai|da)\s*(?P<who>\w+)", re.I)
# a source set off at the head of the sentence holds for all of it
_OPENING_SOURCE = re.compile(r"\W*(per|secondo|stando a)\s+(?:il|lo|la|l['’]|i|gli|le)?\s*"
                             r"(?P<who>[^,;:\s]+(?:\s+[^,;:\s]+){0,4})\s*,", re.I)
_RELATIVE = re.compile(r",\s*(?:che|il quale|la quale|i quali|le quali)\b[^,;:]*,", re.I)
# "per" names a source, not in "per cento"
_ACCORDING = re.compile(r"\b(?:secondo|stando a|a detta d(?:i|el|ella|egli|ei)"
                        r"|per(?!\s+(?:cento|mille)\b))\s+"
                        r"(?:il|lo|la|l['’]|i|gli|le|alcune|le\s+solite)?\s*(?P<who>[\w'’-]+"
                        r"(?:\s+[\w'’-]+){0,7})", re.I)
# "i sindacati parlano di", "il ministero, che domenica aveva parlato di", "Viastrade, che per la
# regione parla di": the subject right before its verb, or before a relative clause
_SAYS = re.compile(r"\b(?P<who>[\w'’-]+)(?:\s*,\s*\w+\s*,|\s*,\s*che(?:\s+[^,;:.]{0,40}?)?)?\s+(?:"
                   + words_re(_F["source_verbs"]).pattern + "|" + words_re(
                       _F["source_auxiliaries"]).pattern + r"\s+(?:\w+\s+)?"
                   + words_re(_F["source_participles"]).pattern + ")", re.I)
# "che in Sicilia parlano di": a place, not who speaks
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(_F["scope"]["place_before_speaker"]) + r")\s+$",
                           re.I)
# "secondo la questura", "i numeri ufficiali", "parlano di": a sentence gives a source's count
_SOURCE_SAID = re.compile(rf"\b(?:{as_listed(_P['one_source_words'])}"
                          rf"|(?:{as_listed(_P['one_source_verbs'])})\w*\s+di)\b", re.I)


def _who(phrase: str) -> str | None:
    """A claimant class ('police', 'unions'…) named in ``phrase``, else its first name."""
    cls = _CLAIMANT_RE.search(phrase)
    if cls:
        return _CLAIMANT_WORDS.get(cls.group().lower(), cls.group().lower())
    name = re.search(r"[A-ZÀ-Ý][\wà-ÿ'’-]{2,}", phrase)
    return name.group() if name else None


def _says_for(text: str, start: int, at: int) -> bool:
    """"per i sindacati ha aderito il 78%", "per la Questura i partecipanti erano 4.500",
    "200mila per gli organizzatori": "per" names who counts only next to the number, in its
    clause ("Per le imprese
    arriva un'aliquota ridotta di 4 punti" is for whom, not by whom)."""
    between = text[min(start, at):max(start, at)]  # "oltre 200mila per gli organizzatori"
    # "Per l'azienda, che in una nota ha ribadito …, l'eccedenza è di 290 unità"
    between = _RELATIVE.sub(" ", between)
    if re.search(r"[,;:]", between) or len(between.split()) > (9 if start < at else 4):
        return False
    words = re.findall(r"[a-zà-ÿ']+", between.lower())[1:]
    return all(w in _CLAIM_VERBS or not is_verb_form(w) for w in words)


def _source_in(text: str, at: int) -> str | None:
    """The source a stretch of text names for the number at ``at``: "secondo X", "per gli
    organizzatori", "X rivendica/sostiene/parla di" (the nearest before the number)."""
    found: list[tuple[int, str]] = []
    for m in _ACCORDING.finditer(text):
        who = _who(m.group("who"))
        if who and (m.group().lower().startswith(("secondo", "stando", "a detta"))
                    or (_CLAIMANT_RE.match(m.group("who")) or m.group("who")[:1].isupper())
                    and _says_for(text, m.start(), at)):
            found.append((abs(m.start() - at), who))
    for m in _SAYS.finditer(text, 0, at):
        who = _who(m.group("who"))
        if who and not _PLACE_BEFORE.search(text, 0, m.start()):
            found.append((at - m.start(), who))
    m = _GIVEN_BY.match(text, at)  # "i 1.150 esuberi annunciati dalla compagnia"
    if m and _CLAIMANT_RE.match(m.group("who")):
        found.append((m.end() - at, _who(m.group("who"))))
    m = re.search(r"\bfonti\s+(?:di|della|delle|del)\s+(?P<who>\w+)", text, re.I)
    if m and _CLAIMANT_RE.match(m.group("who")):
        found.append((abs(m.start() - at), _who(m.group("who"))))
    return min(found)[1] if found else None


_OPEN_MARKS = "«“\""
_BEFORE_COLON = re.compile(r"(?:^|[.;,!?]\s*)(?P<who>[^.;,:!?«»“”\"]{2,40}?)\s*:\s*$")


def _colon_quote_source(f: Figure, s: str) -> str | None:
    """A number inside a quotation opened by "X:" (titles: "I sindacati: «380 esuberi»")
    is X's: a claimant class or a name."""
    at = start_of(f, s)
    opened = max((k for k in range(at) if s[k] in _OPEN_MARKS), default=-1)
    if opened < 0 or any(s[k] in "»”" for k in range(opened, at)) \
            or s[opened] == '"' and s.count('"', 0, opened) % 2:
        return None
    m = _BEFORE_COLON.search(s[:opened])
    if not m:
        return None
    # "l'Anab: «Adesione all'80%»": past its article
    who = strip_article(m.group("who"))
    # a claimant class anywhere in it, else a short capitalised name
    if _CLAIMANT_RE.search(who) or who[:1].isupper() and len(who.split()) <= 3:
        return _who(who)
    return None


def _colon_number_source(f: Figure, s: str) -> str | None:
    """"La questura: tremila", "I sindacati: adesione all'80%": a number a few words after
    "X:" (a title's way of giving a side's count) is X's, where X is a side."""
    at = start_of(f, s)
    colon = s.rfind(":", 0, max(0, at))
    if colon < 0 or len(s[colon + 1:at].split()) > 2 or re.search(r"[«»“”\"]", s[colon:at]):
        return None
    m = _BEFORE_COLON.search(s[:colon + 1])
    who = strip_article(m.group("who")) if m else ""
    return _who(who) if _CLAIMANT_RE.fullmatch(who) else None


_ADHERENCE = words_re(_F["subjects"]["participation"])
# "Arrivano i dati della Regione, raccolti dalle Capitanerie: l'adesione si ferma al 34%"
_DATA_OF = re.compile(r"\b(?:dati|numeri|cifre|stime|rilevazioni)\s+(?:ufficiali\s+)?"
                      r"(?:della|del|dello|dell['’]|dei|degli|delle|di)\s*"
                      r"(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.I)


def _data_before_colon(f: Figure, s: str) -> str | None:
    """Whose data the words before a colon announce, for a number after it: a claimant
    class, or a body named with a capital."""
    colon = s.rfind(":", 0, max(0, start_of(f, s)))
    m = _DATA_OF.search(s, 0, colon) if colon > 0 else None
    if not m or re.search(r"[.;!?]\s", s[m.end():colon]):
        return None
    who = m.group("who")
    return _who(who) if _CLAIMANT_RE.match(who) or who[:1].isupper() else None


# "i sindacati parlano dell'80%, il ministero di un 31%": a clause that gives its own subject
# and leaves out the verb of the clause before it
_GAPPED = re.compile(r"\W*(?:il|lo|la|l['’]|i|gli|le)\s*(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,3})"
                     r"\s+(?:(?:di|del|dello|della|dell['’]|dei|degli|delle|al|allo|alla|all['’]|ai)"
                     r"(?:\s|(?<=['’])))?(?=\S*\d|un\b|una\b)", re.I)


def _gapped_source(f: Figure, s: str) -> str | None:
    """The subject of a verbless clause after a clause with a source's verb ("i sindacati
    parlano di un'adesione dell'80%, l'azienda del 20%"): a side, or a named one."""
    text, at = stretch(f, s, CLAUSE_EDGES)
    m = _GAPPED.match(text)
    clause_start = start_of(f, s) - at
    if not m or m.end() > at + 1 or not _SAYS.search(s, 0, clause_start) \
            or any(is_verb_form(w) for w in m.group("who").lower().split()):
        return None
    who = m.group("who")
    return _who(who) if _CLAIMANT_RE.search(who) or re.search(r"[A-ZÀ-Ý]", who) else None


def claimant(f: Figure, s: str) -> str | None:
    """Who gives the number: 'secondo la questura' → police, 'per gli organizzatori' →
    organisers, 'i sindacati rivendicano' → unions, 'secondo Coldiretti' → Coldiretti. The
    figure's own clause first (or the subject of its verbless clause, "…, l'azienda del
    20%"), then its part of the sentence; else a side a sentence names before the number."""
    who = _gapped_source(f, s)
    if who:
        return who
    for edges in (CLAUSE_EDGES, PART_EDGES):
        text, at = stretch(f, s, edges)
        who = _source_in(text, at)
        if who:
            return who
    who = _colon_quote_source(f, s) or _data_before_colon(f, s) \
        or _colon_number_source(f, s)  # "I sindacati: «380
    # esuberi su 1.150»", "Arrivano i dati della Regione: … 34%"
    if who:
        return who
    m = _OPENING_SOURCE.match(s)  # "Per l'azienda, che …, l'eccedenza è di 290 unità"
    # "Per l'Anab, l'associazione che …, l'adesione è stata dell'88%": a body named with a
    # capital gives a strike's adherence (not "Per Milano, il 2026 …")
    named = f.category == "percentage" and m is not None and m.group("who")[:1].isupper() \
        and bool(_ADHERENCE.search(s))
    if m and (_CLAIMANT_RE.match(m.group("who")) or m.group(1).lower() != "per" or named) \
            and not any(is_verb_form(w) for w in m.group("who").lower().split()):
        return _who(m.group("who"))
    # the one side a sentence names before the number ("I sindacati hanno diffuso i dati:
    # l'adesione è stata dell'82%"), not one named after it, of another number
    classes = {_CLAIMANT_WORDS[m.group().lower()]
               for m in _CLAIMANT_RE.finditer(s, 0, start_of(f, s))
               if m.group().lower() in _CLAIMANT_WORDS}
    if len(classes) == 1 and _SOURCE_SAID.search(s):
        return classes.pop()
    return None


def quoted_claimants(figures: list[Figure], quotes: list[Quote]) -> None:
    """A figure inside a quotation is given by its speaker ('«Siamo oltre 200 mila», dicono
    gli organizzatori'); a number the article gives again ("l'azienda scende a 240 esuberi
    … gli esuberi scendono a 240") is given by whom it said gives it, when that is one."""
    for f in figures:
        if f.claimant:
            continue
        inner = f.context_it.strip(" «»“”\"'")[:30]  # a quote of several sentences
        for q in quotes:
            if q.speaker and f.it in q.it and (q.it[:30] in f.context_it or inner in q.it):
                # a strike's share a unionist gives is the unions' (not a fare or a pay
                # rise a union man mentions)
                side = _speaker_side(q) if f.category == "percentage" else None
                f.claimant = side or _who(q.speaker) or q.speaker
                break
    said: dict[tuple, set[str]] = {}
    for f in figures:
        if f.claimant:
            said.setdefault((f.category, f.unit, f.value), set()).add(f.claimant)
    for f in figures:
        who = said.get((f.category, f.unit, f.value), set())
        if not f.claimant and len(who) == 1 and f.unit:
            f.claimant = next(iter(who))


def _speaker_side(q: Quote) -> str | None:
    """The side a quoted person speaks for, as the words right after their name say
    ("spiega Gianna Orsini della Fit Cisl", "Alessandro Rocchi, segretario della Filt
    Cgil"): their numbers are that side's, like the rest of its."""
    last = (q.speaker or "").split()[-1:]
    at = q.context_it.rfind(last[0]) if last and last[0][:1].isupper() else -1
    if at < 0:
        return None
    m = _CLAIMANT_RE.search(q.context_it, at + len(last[0]), at + len(last[0]) + 60)
    return _CLAIMANT_WORDS.get(m.group().lower()) if m else None
