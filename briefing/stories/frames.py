"""What event an article reports: its kind (an earthquake, a missile attack, a strike), where
it happened, and the names and figures it carries — the evidence that two articles written
on different days, with different tolls, report one event.

Kinds come from the nouns that name them (``italian/data/events.json``), read in the title
and the first paragraphs (the whole of a short article). Places are the capitalised names
after a preposition of place or a place noun ("a Dnipro", "lago di Suviana", "piazza San
Giovanni") and a dateline ("KHARKIV -"). Entities are every capitalised name the article
writes, places and names after prepositions included, keyed word by word.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from briefing.data import Article, ArticleReport
from briefing.italian.grammar import is_cap, name_key, pluperfect, sentence_starts, tokens
from briefing.italian.lexicon import is_common_word, is_given_name, stop_words
from briefing.italian.nouns import is_person_noun
from briefing.italian.tables import alternatives, table
from briefing.stories.history import remote_past

_EVENTS = table("events")
PLACE_BOUND = frozenset(_EVENTS["place_bound"])
LASTING = frozenset(_EVENTS["lasting"])
_PLACE_NOUNS = "|".join(sorted(map(re.escape, _EVENTS["place_nouns"]), key=len, reverse=True))
_PLACE = re.compile(
    r"(?:\b(?:a|ad|in|nel|nella|nei|negli|sul|sulla|presso|verso|dal|dalla|da)\s+|"
    r"\b(?:all|nell|dall|sull)['’]\s*|"  # "all'Arcella"
    rf"\b(?:{_PLACE_NOUNS})\s+(?:[«\"“][^«»\"“”]{{1,40}}[»\"”]\s+)?(?:di\s+|del\s+|della\s+|dei\s+)?)"
    r"(?P<p>(?![A-Z]{1,3}\d)[A-ZÀ-Ý][\wÀ-ÿ'’-]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ'’-]+)?)")  # not "A21"
_TITLE_PLACE = re.compile(r"(?P<p>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?),\s")
# "tra Telti e Monti", "fra Olbia e Arzachena": the event between two places
_BETWEEN = re.compile(r"\b(?:tra|fra)\s+(?P<p>[A-ZÀ-Ý][\wÀ-ÿ'’-]+)\s+e\s+"
                      r"(?P<q>[A-ZÀ-Ý][\wÀ-ÿ'’-]+)")
# "PADOVA –", "(ANSA) - PIAZZA AL SERCHIO –", "LUCCA.", "Padova, 3 feb. (Adnkronos) -":
# where the report was filed
_DATELINE = re.compile(r"(?:\([A-Za-z]+\)\s*[-–]\s*)?"
                       r"([A-ZÀ-Ý]{3,}(?:\s+(?:[A-ZÀ-Ý]{1,3}\s+)?[A-ZÀ-Ý]{3,}){0,2})\s*[-–,(.]|"
                       r"([A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)?),\s+\d{1,2}\s+(?:"
                       + "|".join(table("calendar")["month_abbreviations"]) + r")\b")
# "sulla statale 16", "la strada provinciale 32", "l'A14": a road is a place, numbered
_ROADS = _EVENTS["roads"]


_ROAD = re.compile(
    rf"\b(?i:{alternatives(_ROADS['before'])})\s+(?i:{alternatives(_ROADS['nouns'])})\s+"
    r"(?:n\.\s*)?(\d{1,3})\b|\bS[SP]\s?(\d{1,3})\b"
    rf"|(?i:{alternatives(_ROADS['motorway_before'])})\s*A(\d{{1,2}})\b")
_ROUND = frozenset({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 24, 30, 50, 100, 1000})


@functools.lru_cache(maxsize=1)
def _kind_patterns() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(r"(?<!\w)(?:" + "|".join(
        sorted(map(re.escape, words), key=len, reverse=True)) + r")(?!\w)", re.I)
        for kind, words in _EVENTS["kinds"].items()}


@dataclass(frozen=True)
class Frame:
    """One article's event, as far as the text says."""

    kinds: frozenset[str]
    places: frozenset[str]  # words of the places, lowercase
    lead: frozenset[str]  # entity words of the title and the first paragraph
    entities: dict[str, int]  # every entity word with its mentions
    figures: frozenset[tuple[str, float]]  # (category, value) of its specific figures
    title: frozenset[str] = frozenset()  # entity words of the title alone
    recalled: frozenset[str] = frozenset()  # names said only where it recalls another event
    again: frozenset[str] = frozenset()  # "un altro incidente": its places, none recalled
    long_ago: frozenset[str] = frozenset()  # names of an event recalled months or years back
    day: tuple[int, int] | None = None  # (month, day) of a dateline with no year: "15 FEB"
    # "È il secondo incidente aereo nella valle in meno di tre mesi": its event follows
    # another of its kind
    follows: bool = False
    # "Di nuovo le mura, di nuovo la paura": it says its event is a new one of its kind
    renewed: bool = False
    # the values it tells in the pluperfect (an event before its own, not small ones) and
    # those it gives as its own: a new event's report recalls its predecessor's numbers
    told: frozenset[float] = frozenset()
    stated: frozenset[float] = frozenset()

    @property
    def place_bound(self) -> bool:
        return bool(self.kinds & PLACE_BOUND)


def _opening(a: Article) -> str:
    """Title and first paragraphs (the whole of a short article)."""
    paras = a.paragraphs if len(a.paragraphs) <= 5 else a.paragraphs[:3]
    return (a.title_it or "") + "\n\n" + "\n".join(p.it for p in paras)


_PLUPERFECT = pluperfect()  # "avevano contato", "era stato evacuato"
_RECALL = re.compile("|".join(f"(?:{p})" for p in _EVENTS["recall"]), re.I)


# "un nuovo cedimento", "un'altra frana", "di nuovo": another event, not "la nuova linea"
_AGAIN = re.compile(rf"\b(?:(?:{alternatives(_EVENTS['again_words'])})\s+"
                    r"(?:" + alternatives(_EVENTS["again_nouns"] + [
                        w for ws in _EVENTS["kinds"].values() for w in ws])
                    + rf")|{alternatives(_EVENTS['again_adverbs'])})\b", re.I)


_NTH = re.compile(rf"\b(?:{alternatives(_EVENTS['again_ordinals'])})\s+(?:"
                  + alternatives(_EVENTS["again_nouns"] + [
                      w for ws in _EVENTS["kinds"].values() for w in ws]) + r")\b", re.I)


def renewed(a: Article) -> bool:
    """Whether the title or the lead says the event is another of its kind ("nuovo
    tamponamento", "Di nuovo le mura")."""
    return bool(_AGAIN.search((a.title_it or "") + " " + (a.paragraphs[0].it if a.paragraphs
                                                          else "")))


def again(a: Article, renew: bool) -> frozenset[str]:
    """An article that says its event is another one ("nuovo tamponamento sull'A21 vicino
    a Castelvetro", ``renew``: :func:`renewed`): the places its title gives, less roads and
    any name it recalls the earlier event by — what a report of the same event must name.
    Empty for any other."""
    if not renew:
        return frozenset()
    where: set[str] = set()
    for m in _PLACE.finditer(a.title_it or ""):
        where.update(name_key(m.group("p")).split())
    before: set[str] = set()
    for s in a.sentences:
        for m in _RECALL.finditer(s.it):  # the recalling clause: "A tredici giorni dal
            # maxi tamponamento tra Manerbio e Pontevico,"
            before.update(entities(re.split(r"[,;:.]", s.it[m.start():], maxsplit=1)[0]))
    return frozenset(w for w in where if w not in before and w not in stop_words())


def recalling(a: Article) -> list[str]:
    """The article's sentences that recall another event: "Dopo quello che è successo a
    Bra …", told in the pluperfect about names its title and lead never give ("A metà
    settembre i dati della Siae sul Festival dei Due Mari avevano contato …"), or saying
    which event the words before meant ("Il riferimento è all'incendio che a gennaio, a
    Orvieto, …")."""
    lead = set(entities((a.title_it or "") + "\n" + (a.paragraphs[0].it if a.paragraphs
                                                       else "")))
    previous = None
    out: list[str] = []
    before: list[str] = []  # the sentences of the paragraph before
    for par in a.paragraphs:
        for k, s in enumerate(par.sentences):
            told = _told_before(s.it) or remote_past(s.it)  # "erano morte", "lasciò"
            reference = _REFERENCE.match(s.it)
            if _RECALL.search(s.it) or ((told or reference) and set(entities(s.it)) - lead) \
                    or out and out[-1] == previous and _THAT_ONE.match(s.it):
                if reference:  # "«… le immagini di Padova» … Il riferimento
                    # è al guasto dell'Arcella": what was just said speaks of it too
                    out += [t for t in (before if k == 0 else [previous]) if t not in out]
                out.append(s.it)  # "… portato via 1,4 milioni. Per quel colpo sono stati …"
            previous = s.it
        before = [s.it for s in par.sentences]
    return out


# a relative clause about a person: "un bracciante indiano che si era presentato in caserma"
_SOMEONE_WHO = re.compile(r"\b(?P<words>(?:[a-zà-ÿ'’]+\s+){1,3})che\s+(?:(?:si|ci|lo|la|li|le|gli|"
                          r"ne|non|già)\s+)*$", re.I)


def _told_before(sentence: str) -> bool:
    """A pluperfect that tells what had happened before — not one in a relative clause
    about someone ("la denuncia di un bracciante che si era presentato in caserma"), which
    tells this event's own story."""
    for m in _PLUPERFECT.finditer(sentence):
        who = _SOMEONE_WHO.search(sentence, 0, m.start())
        if not (who and any(is_person_noun(w) for w in who.group("words").split())):
            return True
    return False


# "Il riferimento è al guasto dell'Arcella, … quando …": the sentence before spoke of it
_REFERENCE = re.compile(r"\W*(?:il|un)\s+riferimento\s+(?:è|va|era)\b", re.I)


# a sentence that opens by pointing back at the event just recalled: "Per quel colpo …",
# "In quell'occasione …"
_THAT_ONE = re.compile(r"\W*(?:[a-zà-ÿ]+\s+){0,2}?(?:quel|quello|quella|quei|quegli|quelle|"
                       r"quell['’])\s*[a-zà-ÿ]{3,}", re.I)


def recalled(sentences: list[str], everywhere: Counter[str]) -> frozenset[str]:
    """Names an article writes only in ``sentences`` that recall another event (see
    :func:`recalling`): the earlier event's place, not this one's. ``everywhere``: the
    entities of its whole text."""
    there: Counter[str] = Counter()
    for s in sentences:
        there.update(entities(s))
    return frozenset(w for w, c in there.items() if everywhere[w] <= c)


def roads(text: str) -> Counter[str]:
    """The numbered roads ``text`` names, as one word each ("road16")."""
    return Counter("road" + next(g for g in m.groups() if g) for m in _ROAD.finditer(text))


def entities(text: str) -> Counter[str]:
    """Every capitalised name word of ``text`` (not a dictionary word opening a sentence),
    and the numbered roads it names."""
    out: Counter[str] = roads(text)
    starts = sentence_starts(text)
    toks = tokens(text)
    lower = {t for t, _, _ in toks if t.islower()}  # "Droni … i droni": a noun, no name
    for t, s, _ in toks:
        if not is_cap(t) or len(t) < 3 or t.lower() in lower:
            continue
        if s in starts and is_common_word(t):
            continue
        for word in name_key(t).split():
            out[word] += 1
    return out


_MONTHS_AGO = re.compile("|".join(f"(?:{p})" for p in _EVENTS["long_ago"]), re.I)


def long_ago(a: Article) -> frozenset[str]:
    """The names in clauses recalling an event months or years before ("a sette mesi dal
    crollo della galleria Serra Cortina di Contursi"): that event's, not this one's."""
    out: set[str] = set()
    for s in a.sentences:
        for m in _MONTHS_AGO.finditer(s.it):
            out.update(entities(re.split(r"[;:.]", s.it[m.start():], maxsplit=1)[0]))
    return frozenset(out)


def places(a: Article) -> frozenset[str]:
    """The words of the places the article's opening puts its event in."""
    out: set[str] = set()
    for m in _PLACE.finditer(_opening(a)):
        run = m.group("p")
        first = run.split()[0]
        # "la stazione di Pizzo": a place noun says it is one, whatever else the word means
        noun = re.match(rf"(?i:{_PLACE_NOUNS})\b", m.group())
        if is_given_name(first) or (len(run.split()) == 1 and is_common_word(first)
                                    and not first.isupper() and not noun):
            continue
        out.update(name_key(run).split())
    for m in _BETWEEN.finditer(_opening(a)):
        out.update(w for run in m.groups() if not is_given_name(run)
                   for w in name_key(run).split())
    out.update(roads(_opening(a)))
    # "Manfredonia, crolla la testa del carro allegorico": a headline opening with its place
    m = _TITLE_PLACE.match(a.title_it or "")
    if m and not is_given_name(m.group("p").split()[0]) \
            and not any(is_common_word(w.lower()) for w in m.group("p").split()):
        out.update(name_key(m.group("p")).split())
    lead = a.paragraphs[0].it if a.paragraphs else ""
    d = _DATELINE.match(lead)
    if d:
        out.update(name_key(d.group(1) or d.group(2)).split())
    return frozenset(w for w in out if w not in stop_words())  # not "una" of "Una scossa"


def frame(r: ArticleReport) -> Frame:
    """The event frame of one article's report."""
    a = r.article
    opening = _opening(a)
    kinds = frozenset(k for k, rx in _kind_patterns().items() if rx.search(opening))
    # the lead: the first paragraph that names something (not a subtitle of bare words)
    first = next((p.it for p in a.paragraphs[:3] if entities(p.it)),
                 a.paragraphs[0].it if a.paragraphs else "")
    lead = (a.title_it or "") + "\n\n" + first
    earlier_events = recalling(a)
    elsewhere = set(earlier_events)  # another event's numbers are no evidence
    specific = frozenset((f.category, f.value) for f in r.figures
                         if f.category not in ("ordinal", "duration") and not f.vague
                         and f.value not in _ROUND and abs(f.value) >= 1
                         and f.context_it not in elsewhere)
    body = (a.title_it or "") + "\n\n" + "\n".join(p.it for p in a.paragraphs)
    names = entities(body)
    # the title's names, and its first word where the body writes it as a name ("Camerino,")
    title = set(entities(a.title_it or "")) | {
        w for t, _, _ in tokens(a.title_it or "") for w in name_key(t).split() if w in names}
    earlier = recalled(earlier_events, names)
    renew = renewed(a)
    past = [bool(_PLUPERFECT.search(f.context_it)) for f in r.figures]
    return Frame(kinds, places(a) - earlier, frozenset(entities(lead)), dict(names), specific,
                 frozenset(title), earlier, again(a, renew), long_ago(a), a.dateline_day,
                 bool(_NTH.search(body)), renewed=renew,
                 told=frozenset(f.value for f, p in zip(r.figures, past, strict=True)
                                if p and f.value >= 5),
                 stated=frozenset(f.value for f, p in zip(r.figures, past, strict=True)
                                  if not p))
