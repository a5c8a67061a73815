"""Grouping articles into stories: the same event or development, told by several outlets.

Two articles are compared on their Italian text in two ways, averaged:

* the cosine of their TF-IDF vectors (:mod:`~briefing.stories.tfidf`) over lemmas
  (simplemma) of the title, counted twice, and the body; the IDF is learnt from the
  run's *sentences*, so it means the same whether the run has two articles or five hundred;
* how much of their named people, bodies and places they share — every capitalised name
  word, places after prepositions included ("consiglio comunale di Dnipro") — each word
  weighted by the same IDF, so a rare name ("Saltivka") counts more than one every
  article carries ("Russia").

Then the event each reports (:mod:`~briefing.stories.frames`) decides the close calls. Two
reports of an event that happens somewhere (an earthquake, an attack, an explosion) in
places that share nothing are two events, however alike their words ("missiles on
Kharkiv", "missiles on Dnipro") — unless one names the other's place anywhere in its text
(day two's report of a shipwreck at its headland, saying further down where the survivors
are); two reports of the same kind of event, in the same place
or naming the same rare name in their openings, within five days, are one event even when
the tolls differ and one article is a short excerpt. Specific figures both report (a toll
of 73 injured, an age of 45) add to the likeness.

Articles are then joined by average-linkage clustering at ``LINK_THRESHOLD`` (0.26),
chosen on data: on the sample corpus, the four dev folders and the hand-written pairs in
``tests/data/stories``, all pooled in one run, the weakest same-story pair scores 0.29
(two sports sites on one transfer) and the strongest different-story pair 0.23 (two
articles about the Pope a year apart).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

import numpy as np

from briefing.data import Article, ArticleReport
from briefing.italian.calendar import day_month
from briefing.italian.grammar import pluperfect
from briefing.italian.lexicon import lemma, stop_words
from briefing.italian.tables import alternatives, table
from briefing.stories.frames import LASTING, PLACE_BOUND, Frame, frame
from briefing.stories.history import remote_past, year_after_recalled
from briefing.stories.tfidf import Tfidf, average_linkage

LINK_THRESHOLD = 0.26


def lemmas(text: str) -> list[str]:
    """Content-word lemmas of Italian text (the TF-IDF analyzer)."""
    stop = stop_words()
    return [lemma(w.lower()) for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)
            if len(w) > 2 and w.lower() not in stop]


def _text(a: Article) -> str:
    title = a.title_it or ""
    return f"{title} . {title} . " + " ".join(s.it for s in a.sentences)


FRAME_MATCH = 0.3  # one event reported twice: above the threshold
FRAME_APART = 0.2  # two events of one kind in different places: below it
# two reports of one-off events at a place, months apart: never one story, however alike the
# reports the linkage averages them with ("un anno dopo la tragedia" beside the tragedy's
# undated agency copy)
MONTHS_APART = -1.0
SHARED_FIGURE = 0.04  # each specific figure both report (at most three count)
CLOSE_DAYS = 5
FAR_DAYS = 90  # one story's reports seldom run longer (the longest pair seen: 43 days)
# a day told in the past ("l'esplosione del 18 novembre scorso", "quando rimasero feriti")
# this far back is another event's, not the first day of the article's own
RECALL_DAYS = 45
TITLE_NAME_SCORE = 0.15  # the text likeness a shared rare name in two titles needs


def _idf(articles: Sequence[Article]):
    """TF-IDF over the run's sentences: the document vectors, and a weight per word."""
    sentences = [s.it for a in articles for s in a.sentences] + [
        a.title_it for a in articles if a.title_it]
    vec = Tfidf(lemmas, sentences)
    docs = vec.transform([_text(a) for a in articles])  # rows L2-normalized
    idf = dict(zip(vec.vocabulary, vec.idf.tolist(), strict=True))
    top = float(vec.idf.max())
    weights: dict[str, float] = {}

    def weight(word: str) -> float:
        if word not in weights:
            weights[word] = idf.get(lemma(word), idf.get(word, top))
        return weights[word]

    return (docs @ docs.T).toarray(), weight


def _shared_names(frames: Sequence[Frame], weight) -> np.ndarray:
    n = len(frames)
    names = [f.entities for f in frames]
    mass = [sum(c * weight(k) for k, c in d.items()) for d in names]
    shared = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            if not names[i] or not names[j]:
                continue
            small, big = (names[i], names[j]) if len(names[i]) < len(names[j]) else (
                names[j], names[i])
            common = sum(min(c, big[k]) * weight(k) for k, c in small.items() if k in big)
            shared[i, j] = shared[j, i] = common / max(min(mass[i], mass[j]), 1e-9)
    return np.minimum(shared, 1.0)


def _event(a: ArticleReport, b: ArticleReport, fa: Frame, fb: Frame, rare: set[str],
           score: float, dates: tuple[date | None, date | None] = (None, None),
           recalled: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
           ) -> float:
    """The likeness of two articles, as the events they report decide it (``dates``: their
    days, where a yearless dateline's year was inferred; ``recalled``: the days of the year
    of events each tells as months back)."""
    lead_a, lead_b = fa.lead - fa.recalled, fb.lead - fb.recalled  # not another event's
    rare_lead = bool(lead_a & lead_b & rare)
    # a rare name in both leads and in a title ("Camerino, seconda notte fuori casa"): the
    # place the other article gives by its villages, not somewhere else
    titled = bool(lead_a & lead_b & rare & (fa.title | fb.title))
    heard = _hearing_of(fa, fb) or _hearing_of(fb, fa)  # a court's hearing and its case
    da, db = a.article.date or dates[0], b.article.date or dates[1]
    # "Bancarotta del tour operator Levante Travel" and "Crac Levante Travel, quattro anni
    # al fondatore": a firm's or a person's case, told again months on (no one-off event)
    kinds = fa.kinds | fb.kinds
    case = bool(fa.title & fb.title & rare - fa.places - fb.places) and bool(kinds & LASTING) \
        and not kinds & PLACE_BOUND or heard
    if da and db and abs((da - db).days) > FAR_DAYS and not case:
        # months apart: another protest, another outbreak; a one-off event at a place (a
        # storm, a fire) never one story with the other, however the linkage averages
        one_off = fa.kinds & PLACE_BOUND and fb.kinds & PLACE_BOUND
        # or one recalls the other's very day as months back ("la sera del 18 ottobre,
        # quando nello stesso piazzale …"), whatever the kind of event
        told = _told_back(recalled[0], (db.month, db.day)) \
            or _told_back(recalled[1], (da.month, da.day))
        return MONTHS_APART if one_off or told else min(score, FRAME_APART)
    # the day each was written: its date, else its dateline's day and month
    day_a = (da.month, da.day) if da else fa.day
    day_b = (db.month, db.day) if db else fb.day
    if (fa.place_bound or fb.place_bound) and fa.places and fb.places and not titled \
            and not heard \
            and not fa.places & (fb.places | (set(fb.entities) - fb.recalled)) \
            and not fb.places & (fa.places | (set(fa.entities) - fa.recalled)):
        return min(score, FRAME_APART)  # the same kind of event, somewhere else
    if fa.kinds & fb.kinds & PLACE_BOUND and (fa.again and not fa.again & set(fb.entities)
                                              or fb.again and not fb.again & set(fa.entities)):
        return min(score, FRAME_APART)  # "nuovo tamponamento … vicino a Castelvetro"
    if _long_ago(fa, fb) or _long_ago(fb, fa):
        return min(score, FRAME_APART)  # one recalls the other's event as months back
    if _recalls(fa, fb) or _recalls(fb, fa):
        return min(score, FRAME_APART)  # one names the other's event only to recall it
    if _elsewhere(fa, fb) or _elsewhere(fb, fa):
        return min(score, FRAME_APART)  # "moria di pesci a Lodi" recalling the Serio's
    if _told_back(recalled[0], day_b) or _told_back(recalled[1], day_a) \
            or (fa.renewed or recalled[0]) and _numbers_recalled(fa, fb) \
            or (fb.renewed or recalled[1]) and _numbers_recalled(fb, fa):
        # one's day is that of an event the other recalls months back, or its numbers are
        # those the other — a new event's report, or one that dates an event months back
        # ("il 18 novembre scorso dodici bobine … avevano ucciso tre persone") — recalls:
        # never one story, however a third, undated report links them
        return MONTHS_APART
    if _follows(fa, fb, day_a, day_b):
        return min(score, FRAME_APART)  # "È il secondo incidente aereo in tre mesi", weeks on
    if fa.kinds & fb.kinds & PLACE_BOUND and _days_apart(day_a, day_b) > FAR_DAYS \
            and not heard:
        return min(score, FRAME_APART)  # "15 FEB" and "9 giu.": another explosion
    close = da is None or db is None or abs((da - db).days) <= CLOSE_DAYS
    if fa.kinds & fb.kinds & PLACE_BOUND and close and (fa.places & fb.places or rare_lead):
        score = max(score, FRAME_MATCH)
    if fa.title & fb.title & rare and close and score >= TITLE_NAME_SCORE:
        # "Vellutex, ricavi in calo …" and "Vellutex, presidio a Cossato": one story of a
        # company (or a person) few other articles name, told again within days
        score = max(score, FRAME_MATCH)
    return score + SHARED_FIGURE * min(3, len(fa.figures & fb.figures))


_CRIMES = frozenset({"theft", "killing"})  # crimes a court hears months on
_PLUPERFECT = pluperfect()  # "aveva ucciso cinque persone"
_LAST = re.compile(rf"^\s*(?:{alternatives(table('calendar')['last_words'])})\b", re.I)
_LAST_YEAR = re.compile(rf"^\s*(?:{alternatives(table('calendar')['last_year_words'])})",
                        re.I)


def _recalled_days(r: ArticleReport, own: tuple[int, int] | None,
                   again: bool = False) -> set[tuple[int, int]]:
    """The days of events an article tells as months back: a date with its year, months
    before the article's own ("Il 17 febbraio 2025 un merci … deragliò", written in January
    2026), a day said as past, months from its own ("il 22 agosto scorso, precipitò il
    pullman", written on 10 February), or a day of the year before ("la notte del 16 giugno
    dell'anno scorso"); where the article tells a new event of its kind (``again``) and
    gives no day of its own, any day it tells in the past."""
    out = set()
    for d in r.dates:
        day = (d.date.month, d.date.day) if d.date else day_month(d.it)
        if d.kind != "day" or not day:
            continue
        if d.date and r.article.date:
            if (r.article.date - d.date).days > FAR_DAYS:
                out.add(day)
            continue
        after = d.context_it[d.context_it.find(d.it) + len(d.it):]
        past = bool(_LAST.match(after)) or remote_past(d.context_it)
        if _LAST_YEAR.match(after) or _days_apart(day, own) > RECALL_DAYS and past:
            out.add(day)  # "la notte del 16 giugno dell'anno scorso": a year back
        elif again and own is None and (past or _PLUPERFECT.search(d.context_it)):
            # "Di nuovo il fango, di nuovo Sonico. … dove la notte del 20 ottobre la colata
            # aveva ucciso cinque persone": a new event's report dates the one before it
            out.add(day)
    if again and own:
        out |= _recalled_month(r, own[0])
    return out


def _numbers_recalled(new: Frame, other: Frame) -> bool:
    """Whether a new event's report recalls the one before it with the numbers ``other``
    gives as its own ("Nuovo focolaio … A luglio il norovirus aveva colpito 74 persone,
    sessantacinque ospiti e nove dipendenti" and "le persone colpite sono 74: sessantacinque
    ospiti e nove dipendenti"): two of them, not small ones (read once per article, by
    :func:`~briefing.stories.frames.frame`)."""
    return len(new.told & other.stated) >= 2


_MONTHS = {m: k for k, m in enumerate(table("calendar")["months"], start=1)}
_MONTH = re.compile(rf"\b(?:{alternatives(list(_MONTHS))})\b", re.I)


def _recalled_month(r: ArticleReport, own: int) -> set[tuple[int, int]]:
    """Every day of a month a new event's report tells its predecessor in ("Nuovo focolaio
    … A metà luglio, nello stesso villaggio, il norovirus aveva colpito 74 persone", written
    in September; "quanto accaduto lo scorso gennaio, quando un branco aggredì …"): two
    months or more before its own, so no report of its own event is dated there."""
    out: set[tuple[int, int]] = set()
    for s in r.article.sentences:
        if not (_PLUPERFECT.search(s.it) or remote_past(s.it)):
            continue
        for m in _MONTH.finditer(s.it):
            month = _MONTHS[m.group().lower()]
            if (own - month) % 12 >= 2:
                out.update((month, day) for day in range(1, 32))
    return out


def _told_back(recalled: frozenset[int], other: tuple[int, int] | None) -> bool:
    """Whether ``other`` (an article's day) is the day, or one of the three after it, of an
    event recalled as months back (``recalled``: days of the year): that article reports
    the event recalled."""
    y = _yday(other)
    return y is not None and any((y - d) % 365 <= 3 for d in recalled)


def _recalled_ydays(r: ArticleReport, f: Frame, dated: date | None) -> frozenset[int]:
    """The days of the year of the events ``r`` tells as months back, read once a run."""
    own = (dated.month, dated.day) if dated else f.day
    return frozenset(y for y in map(_yday, _recalled_days(r, own, f.renewed))
                     if y is not None)


def _hearing_of(fa: Frame, fb: Frame) -> bool:
    """Whether ``fa`` is a court's hearing of a crime ``fb`` reported when it came to light
    ("Furti di rame sui binari, nove misure cautelari" and, months on, "Sette patteggiamenti
    … davanti al gup"): one story, though months apart and with the court's own places."""
    return "trial" in fa.kinds and "trial" not in fb.kinds \
        and bool(fb.kinds & (LASTING | _CRIMES))


def _follows(fa: Frame, fb: Frame, day_a: tuple[int, int] | None,
             day_b: tuple[int, int] | None) -> bool:
    """Whether the later of two articles, more than a few days after the other, says its
    event is the second (third …) of its kind: the earlier one told of the one before."""
    if not day_a or not day_b or _days_apart(day_a, day_b) <= CLOSE_DAYS:
        return False
    later = fa if _later(day_a, day_b) else fb
    return later.follows


def _yday(day: tuple[int, int] | None) -> int | None:
    """The day of the year of a (month, day) known without its year; None when unknown or
    no date ("30 feb")."""
    try:
        return date(2001, *day).timetuple().tm_yday if day else None
    except ValueError:
        return None


def _later(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether day ``a`` comes after ``b``, the nearer way round the year."""
    da, db = _yday(a), _yday(b)
    return da is not None and db is not None and 0 < (da - db) % 365 < 183


def _days_apart(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """Days between two dates known by month and day only (a dateline with no year): the
    nearer way round the year; 0 when either is unknown."""
    da, db = _yday(a), _yday(b)
    if da is None or db is None:
        return 0
    return min(abs(da - db), 365 - abs(da - db))


def _long_ago(fa: Frame, fb: Frame) -> bool:
    """Whether ``fa`` recalls, as months or years back, an event ``fb`` tells of: two of
    the names of that clause are ``fb``'s own ("a sette mesi dal crollo della galleria
    Serra Cortina di Contursi")."""
    # a new event of its kind ("Derby, di nuovo tensione …") recalls the one before by
    # names the other's report may give anywhere ("Otto mesi dopo gli scontri di febbraio,
    # il derby tra Sporting e Virtus Apricena")
    theirs = fb.lead | fb.title | (set(fb.entities) if fa.renewed and not fb.renewed else set())
    names = fa.long_ago & theirs - fb.long_ago
    # one name will do where it heads the other's title, never this one's ("a meno di
    # undici mesi dal rogo dell'hotel Serodine" against "… le vittime del rogo dell'hotel
    # Serodine"), or where this one's title (or lead, untitled) names a place the other
    # never writes ("Botulino a Roccadaspide" … "A quattro mesi dall'intossicazione di
    # Agropoli" against a report from Agropoli)
    own = {w for w in (fa.title or fa.lead) - set(fb.entities) if w in fa.places}
    return len(names) >= 2 or bool(names) and not names & fa.title and (
        names <= fb.title or bool(own))


def _elsewhere(fa: Frame, fb: Frame) -> bool:
    """Whether ``fa``'s title names places ``fb`` never writes ("Adda senza ossigeno, moria
    di pesci a Lodi") while the names of ``fb``'s title come up in ``fa`` only where it
    recalls another event ("Due mesi fa, nel Serio, erano morte 5,2 tonnellate di pesci"):
    two events of one kind, each in its own place."""
    own = {w for w in fa.title - set(fb.entities) if w in fa.places}
    theirs = fb.title - fa.title
    return bool(own) and bool(theirs & fa.recalled) \
        and not theirs & (set(fa.entities) - fa.recalled)


def _recalls(fa: Frame, fb: Frame) -> bool:
    """Whether the names of ``fb``'s title come up in ``fa`` only where it recalls another
    event ("A metà settembre i dati della Siae sul Festival dei Due Mari avevano contato …"
    in a report of another festival)."""
    names = fb.title - fa.title  # a name of two words or more: "Due Mari"
    return len(names & fa.recalled) >= 2 and not names & (set(fa.entities) - fa.recalled)


def _rare(frames: Sequence[Frame]) -> set[str]:
    """Names few articles of the run carry (at most 2, or a tenth of the run)."""
    counts = Counter(w for f in frames for w in f.entities)
    return {w for w, c in counts.items() if c <= max(2, len(frames) // 10)}


def _years_given(reports: Sequence[ArticleReport], score: np.ndarray) -> list[date | None]:
    """Each article's day; one dated by its dateline's day and month only ("MILANO, 18 GEN
    -") takes the year of the article like it written within days of it, the nearest: the
    run's other reports of its event date it."""
    out: list[date | None] = []
    for i, r in enumerate(reports):
        day = None if r.article.date else r.article.dateline_day
        year = year_after_recalled(r) if day else None
        if year:  # "a un anno dall'incidente del 18 ottobre 2025": its own year, said
            out.append(_on(year, day))
            continue
        like = [o.article.date for j, o in enumerate(reports)
                if j != i and o.article.date and score[i, j] >= LINK_THRESHOLD
                and _days_apart(day, (o.article.date.month, o.article.date.day))
                <= CLOSE_DAYS] if day else []
        if not like:
            out.append(r.article.date)
            continue
        near = min(like, key=lambda d: _days_apart(day, (d.month, d.day)))
        years = [d for d in (_on(y, day) for y in (near.year - 1, near.year, near.year + 1))
                 if d]
        out.append(min(years, key=lambda d: abs((d - near).days)) if years else None)
    return out


def _on(year: int, day: tuple[int, int]) -> date | None:
    """The date of a (month, day) in ``year``; None for "29 feb" of a year with no such day."""
    try:
        return date(year, *day)
    except ValueError:
        return None


def similarity(reports: Sequence[ArticleReport]) -> np.ndarray:
    """Pairwise story similarity in [0, 1] (1 on the diagonal)."""
    n = len(reports)
    if n == 0:
        return np.zeros((0, 0))
    articles = [r.article for r in reports]
    try:
        cosine, weight = _idf(articles)
    except ValueError:  # no content words at all
        return np.eye(n)
    frames = [frame(r) for r in reports]
    score = (cosine + _shared_names(frames, weight)) / 2
    rare = _rare(frames)
    dated = _years_given(reports, score)
    recalled = [_recalled_ydays(r, f, d) for r, f, d in zip(reports, frames, dated,
                                                             strict=True)]
    for i in range(n):
        for j in range(i + 1, n):
            score[i, j] = score[j, i] = min(1.0, _event(
                reports[i], reports[j], frames[i], frames[j], rare, score[i, j],
                (dated[i], dated[j]), (recalled[i], recalled[j])))
    np.fill_diagonal(score, 1.0)
    return score


def cluster(reports: Sequence[ArticleReport], threshold: float = LINK_THRESHOLD
            ) -> tuple[list[list[int]], np.ndarray]:
    """Groups of article indexes (each group one story) and the similarity matrix."""
    sim = similarity(reports)
    n = len(reports)
    if n < 2:
        return [[i] for i in range(n)], sim
    labels = average_linkage(1 - sim, 1 - threshold)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0]), sim
