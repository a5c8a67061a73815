"""The figures of one sentence read together, and the figures of an article ranked.

Within a sentence: what happened to the people a figure counts (killed, injured, missing,
rescued; evacuated, arrested …: :mod:`~briefing.extract.people_roles`), a figure that is
part of another ("40 feriti, tra cui 6 bambini"), a part that takes the scale of its whole
("800 mila euro, di cui 300 …" is 300,000), a percentage run ("al 7,2%, quella giovanile al
20,1"), what a number counts when its noun stands elsewhere, and what makes it no total to
compare (a change, a share, a first count, a part of a whole); who gives it is
:mod:`briefing.extract.claimants`'s.

Within an article: which figures a reader's key-figure table shows. Casualties, troops,
money, percentages, ages, measures and the counts of what the article is about are key;
ordinals, small counts of things in passing ("due domande") are not — they stay in the JSON.
"""

from __future__ import annotations

import re

from briefing.data import Article, Figure
from briefing.extract.claimants import claimant
from briefing.extract.crowds import bare as _bare
from briefing.extract.crowds import counter_crowds, crowd, we_were
from briefing.extract.figure_kinds import (
    PEOPLE_UNITS,
    change_kind,
    corrections,
    count_kind,
    period_of,
    position_kind,
    subject_role,
)
from briefing.extract.figure_spans import CLAUSE_EDGES, PART_EDGES, end_of, start_of, stretch
from briefing.extract.people_roles import ROLE_UNITS, apposed_roles, people_role
from briefing.extract.sides import figure_side
from briefing.extract.sums import sum_noun
from briefing.extract.units import (
    CASUALTY_CONTEXT,
    NOUN_ROLES,
    PEOPLE,
    PEOPLE_EN,
    PREDICATE,
    UNITS,
    clause_around,
    noun_after,
    past_aside,
    plural_subject,
    role,
    subject_after,
    toll_noun,
    toll_subject,
    words_re,
)
from briefing.italian.lexicon import is_participle, is_verb_form, lemma, stop_words
from briefing.italian.numbers import SCALES
from briefing.italian.tables import table

_F = table("figures")
_SUBSET_BEFORE = re.compile(r"(?:" + words_re(_F["subset_before"]).pattern + r")\s*$", re.I)
_SUBSET_AFTER = re.compile(r"^\s*(?:" + words_re(_F["subset_after"]).pattern + r")", re.I)
_SUBJECTS = {k: words_re(v) for k, v in _F["subjects"].items()}
_UPDATE = words_re(_F["update_words"])
_CRITICAL = words_re(_F["critical_words"])
_LIGHT = words_re(_F["light_words"])
_STRONG = frozenset({"casualties", "troops", "money", "percentage", "age", "measure",
                     "temperature"})


def _scale_of(it: str) -> float:
    m = re.search(r"(mila|mln|mld|\b(?:" + "|".join(SCALES) + r"))\b", it, re.I)
    return SCALES.get(m.group(1).lower(), 1.0) if m else 1.0


def _roles(figs: list[Figure], s: str) -> None:
    for f in figs:
        # people counted in a clause about casualties: "12 persone rimaste ferite", not the
        # "tre persone arrestate" after "cinque agenti feriti,"
        end = end_of(f, s)  # "Sono sette, …, le persone ferite": the role its subject says
        told = subject_role(s, f) if f.category == "count" else None
        if f.category == "count" and (f.unit in PEOPLE_UNITS and (CASUALTY_CONTEXT.search(
                clause_around(s, past_aside(s, end))) or toll_subject(s, end)) or told):
            f.category = "casualties"
        if f.category == "casualties":
            f.role = told or role(s, end, noun_after(s, end) or toll_noun(s, end))
            f.unit = f.unit or ("people" if told else None)


# "tre bambini e ": the rest of a list item, then the next one
_LIST_GOES_ON = re.compile(r"\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,3}?\s*(?:,|\be\b|\bed\b)\s*", re.I)


def _parts(figs: list[Figure], s: str) -> None:
    """'tra cui 6 bambini', '4 dei quali minori', 'di cui 300': a part of the figure before."""
    for i, f in enumerate(figs):
        start, end = start_of(f, s), end_of(f, s)
        if i == 0 or start < 0:
            continue
        prev = figs[i - 1]
        if prev.part_of and prev.category == f.category and _LIST_GOES_ON.fullmatch(
                s[end_of(prev, s):start]):
            # "tra cui tre bambini e cinque vigili del fuoco": the list goes on
            f.part_of = prev.part_of
            if f.category == "casualties":
                f.role = prev.role
            continue
        if not (_SUBSET_BEFORE.search(s[:start]) or _SUBSET_AFTER.search(s[end:])):
            continue
        whole = figs[i - 1]
        scale = _scale_of(whole.it)
        if scale > 1 and _scale_of(f.it) == 1 and f.value * scale <= whole.value:
            f.value *= scale  # "800 mila euro, di cui 300 per la palestra"
            f.unit, f.category = f.unit or whole.unit, (
                whole.category if f.unit in (None, whole.unit) else f.category)
            f.part_of = "sum" if whole.category == f.category == "money" else f.part_of
            continue
        if whole.category == f.category == "money" and f.value < whole.value:
            f.part_of = "sum"  # "costata 14,6 milioni, di cui 9,8 dal Pnrr": a part of it
            continue
        if whole.category in ("casualties", "troops") or whole.unit in PEOPLE_UNITS \
                or whole.unit in PEOPLE_EN or (whole.unit_it or "") in PEOPLE \
                or whole.unit in ROLE_UNITS:  # "Gli indagati sono 52, dodici dei quali …"
            # "cinque bambini, due dei quali ricoverati": a part of the part, not of the toll
            f.part_of = (whole.unit if whole.part_of else whole.role or ROLE_UNITS.get(
                whole.unit or "") or whole.unit) \
                or whole.part_of  # "tra cui 11 minorenni, e 7 di loro": a part all the same
            after = _SUBSET_AFTER.search(s[end:])
            noun = re.match(r"\s*([a-zà-ÿ]+)", s[end + after.end():], re.I) if after else None
            if noun and noun.group(1).lower() in UNITS:  # "13 dei quali minori"
                f.unit, f.unit_it = UNITS[noun.group(1).lower()], None
            if whole.category == "casualties":
                f.category, f.role = "casualties", whole.role
        elif whole.category == f.category == "count" and (whole.unit or whole.unit_it) \
                and f.value < whole.value and f.unit in (None, whole.unit) and not f.unit_it:
            # "23 case danneggiate, quattro delle quali inagibili": a part of what is counted
            f.unit, f.unit_it = whole.unit, whole.unit_it
            f.part_of = whole.unit or whole.unit_it


_CONTRAST = re.compile(r"^\W*(?:[a-zà-ÿ]+\W+)?(?:" + words_re(_F["contrast_between"]).pattern
                       + r")\W*$", re.I)
_ARTICLES = frozenset({"i", "gli", "le", "l'", "l’"})
_BY_WHOM = re.compile(r"\b(?:secondo|per|stando a|a detta d\w+)\s*$", re.I)


def _noun_unit(f: Figure, noun: str) -> None:
    if noun in UNITS:
        f.unit = UNITS[noun]
    elif noun and len(noun) > 2:
        f.unit_it = noun  # English asked of the engine later


def _neighbour_units(figs: list[Figure], s: str) -> None:
    """A number with no noun of its own takes the one the sentence gives it: "Saranno 24,
    e non 28 come annunciato, i nuovi autobus" (the subject after), "24 e non 28 autobus",
    "28 autobus, adesso sono 24" (the number it replaces)."""
    for f in figs:
        start, end = start_of(f, s), end_of(f, s)
        if _bare(f) and start >= 0:  # the subject after, else the one before ("i panetti
            # sono 2.140")
            _noun_unit(f, subject_after(s, start, end) or _subject_before(s[:start]))
    for a, b in zip(figs, figs[1:], strict=False):
        if _bare(a) == _bare(b) or a.category != b.category:
            continue
        if _CONTRAST.match(s[end_of(a, s):start_of(b, s)]):
            bare, full = (a, b) if _bare(a) else (b, a)
            bare.unit, bare.unit_it = full.unit, full.unit_it


_DISMISSED = re.compile(r"(?:" + words_re(_F["dismissal_before"]).pattern
                        + r")\s+(?:(?:circa|oltre|almeno|quasi|tutti\s+i)\s+)?$", re.I)
_STAFF = frozenset({"workers", "employees"})


def _dismissed(f: Figure, s: str) -> None:
    """"una procedura di licenziamento collettivo per 410 lavoratori": the workers to be
    dismissed are the plan's redundancies, not the staff or the strikers."""
    if f.unit in _STAFF and _DISMISSED.search(s[:max(0, start_of(f, s))]):
        f.unit = "dismissals"


def _subject_before(head: str) -> str:
    """The noun of a subject the number is said of ("i panetti sono", "gli indagati sono
    saliti a"): a noun we know, else the word after an article."""
    m = PREDICATE.search(head)
    if not m or _BY_WHOM.search(head, 0, m.start()):
        return ""  # "secondo gli organizzatori erano oltre 20mila": who counts, not what
    w1, w2 = (m.group("w1") or "").lower(), (m.group("w2") or "").lower()
    known = next((w for w in (w2, w1) if w in UNITS), "")
    if not known and w2 and w1 not in _ARTICLES and (is_verb_form(w2) or is_participle(w2)) \
            and re.search(r"(?:^|\W)(?:i|gli|le)\s+$", head[:m.start()], re.I) \
            and not is_verb_form(w1) and w1 not in stop_words():
        return w1  # "i donatori raggirati sono 4.300": the noun before its participle
    if known or w1 not in _ARTICLES or not w2 or is_verb_form(w2) or w2 in stop_words():
        return known or plural_subject(head)
    return w2


def _shared_subject(figs: list[Figure]) -> None:
    """"per i sindacati ha aderito il 78%, per le aziende il 9,6%": percentages set side by
    side in one sentence measure the one thing the sentence names once."""
    pcts = [f for f in figs if f.category == "percentage" and f.kind != "more"]
    named = {f.subject for f in pcts} - {None}
    if len(named) == 1:
        subject = named.pop()
        for f in pcts:
            f.subject = f.subject or subject


_OUT_OF = re.compile(r"^\s*(?:[a-zà-ÿ]+\s+)?(?:dei|degli|delle|su|sui|sugli|sulle)\s+"
                     r"(?:(?:suoi|sue|propri|proprie|loro|circa|oltre)\s+)?$", re.I)


def _out_of(figs: list[Figure], s: str) -> None:
    """"780 dei suoi 1.350 dipendenti", "380 esuberi su 1.150 lavoratori": the first is a
    part, counted in the noun of the whole (when it has none); the whole is a total of its
    own ("whole"), never set against the part another article gives."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.category != "count" or b.category != "count" or a.kind or b.kind:
            continue
        if _OUT_OF.match(s[end_of(a, s):start_of(b, s)]):
            if _bare(a):
                a.unit, a.unit_it = b.unit, b.unit_it
            b.kind = "whole"
            a.part_of = a.part_of or b.role or b.unit or b.unit_it


def _breakdown(figs: list[Figure]) -> None:
    """"I feriti sono 58: 43 a Malpensa e 15 a Linate": numbers right after a total, of its
    kind, that add up to it exactly are its shares ("share"), never set against a total."""
    for i, whole in enumerate(figs):
        if whole.vague or whole.kind or whole.value <= 0 \
                or whole.category not in ("count", "casualties", "troops", "money"):
            continue
        run, total = [], 0.0
        for f in figs[i + 1:]:
            if f.category != whole.category or f.kind or f.vague \
                    or f.unit not in (whole.unit, None) or f.role not in (whole.role, None):
                break
            run.append(f)
            total += f.value
            if total >= whole.value:
                break
        if len(run) > 1 and abs(total - whole.value) < 1e-9:
            for f in run:
                f.kind, f.part_of = "share", f.part_of or whole.role or whole.unit


_AMONG_NAMED = re.compile(r"\b(?:tra|fra)\s+(?:i|le|gli)\s+(?P<noun>[a-zà-ÿ]+)\b[^,;:]*$", re.I)


def _named_wholes(figs: list[Figure], s: str) -> None:
    """"Tra i feriti ci sono cinque bambini": a part of the toll the sentence names before
    the number, though it gives no number of it."""
    for f in figs:
        start = start_of(f, s)
        if f.part_of or start < 0 or (f.unit or "") not in PEOPLE_EN:
            continue
        m = _AMONG_NAMED.search(s, 0, start)
        whole = NOUN_ROLES.get(m.group("noun").lower()) if m else None
        if whole and noun_after(s, end_of(f, s)) not in NOUN_ROLES:
            f.part_of, f.category, f.role = whole, "casualties", whole


def _percent_run(figs: list[Figure]) -> None:
    """"al 7,2%, quella giovanile al 20,1": a bare decimal among percentages is one too."""
    if not any(f.unit == "%" for f in figs):
        return
    for f in figs:
        if _bare(f) and re.search(r"\d,\d", f.it):
            f.unit, f.category = "%", "percentage"


def _clause_of(f: Figure, s: str) -> str:
    """The figure's own clause: up to the commas, semicolons and "mentre" around it."""
    return stretch(f, s, CLAUSE_EDGES)[0]


_SCOPE = _F["scope"]
_NATIONAL, _LOCAL = words_re(_SCOPE["national"]), words_re(_SCOPE["local"])
_PLACE = re.compile(r"(?<![\w'’])(?i:" + "|".join(_SCOPE["place_before"]) + r")\s+"
                    r"(?P<place>" + "|".join(sorted(map(re.escape, _SCOPE["regions"]), key=len,
                                                    reverse=True)) + r")(?![\w'’])")


# "A Gela, in Sicilia," and "Ostuni, in provincia di Brindisi": where a place is, not a
# scope (which "In provincia di Pordenone il settore occupa …" is)
_WHERE_IT_IS = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s*,\s*$")


def _scope(f: Figure, s: str) -> str | None:
    """Where the number holds, when its part of the sentence says so: a region ("in
    Sicilia"), local bodies ("regionale"), the whole country ("a livello nazionale"). A
    region's figure of a national strike is not the national one."""
    for edges in (CLAUSE_EDGES, PART_EDGES):  # the figure's own clause first
        text, at = stretch(f, s, edges)
        found = [(abs(m.start() - at), m.group("place")) for m in _PLACE.finditer(text)
                 if not _WHERE_IT_IS.search(text, 0, m.start())]
        found += [(abs(m.start() - at), "local") for m in _LOCAL.finditer(text)
                  if not _WHERE_IT_IS.search(text, 0, m.start())]
        found += [(abs(m.start() - at), "national") for m in _NATIONAL.finditer(text)]
        if found:
            return min(found)[1]  # the marker nearest the figure
    return None


def _subject(f: Figure, s: str) -> str | None:
    """What a percentage, an amount or a crowd measures: the subject words of its clause
    ("adesione" → participation, "ingaggio" → salary, "in piazza" → crowd)."""
    if f.category not in ("percentage", "money") and f.unit not in PEOPLE_EN | PEOPLE_UNITS:
        return None
    for part in (_clause_of(f, s).lower(), stretch(f, s, PART_EDGES)[0].lower()):
        # its clause, then its part of the sentence ("L'adesione, secondo le sigle, è
        # stata dell'87%")
        pos = part.find(f.it.lower())
        found = [(abs(m.start() - pos), subject) for subject, rx in _SUBJECTS.items()
                 for m in rx.finditer(part)
                 if not (subject == "crowd" and f.category != "count")]  # no crowd of euros
        if found:
            return min(found)[1]
    # "Le cifre sull'adesione restano lontane: 85 per cento secondo …": what the words before
    # a colon announce, where they name one thing
    colon = s.rfind(":", 0, start_of(f, s)) if f.category == "percentage" else -1
    if colon <= 0:
        return None
    announced = s[:colon].lower()
    head = {subject for subject, rx in _SUBJECTS.items()
            if subject != "crowd" and rx.search(announced)}
    return head.pop() if len(head) == 1 else None


def _critical(f: Figure, s: str) -> None:
    """"26 intossicati, sei delle quali in gravi condizioni", "restano in prognosi riservata
    tre feriti": people in critical condition, a count of its own."""
    if f.category in ("casualties", "count") and (f.unit in PEOPLE_EN or f.part_of
                                                  or f.category == "casualties" or _bare(f)) \
            and f.role not in ("killed", "missing") \
            and _CRITICAL.search(clause_around(s, end_of(f, s))):
        f.category, f.role = "casualties", "critical"
        if f.part_of in ("injured", "killed", "missing", "rescued"):
            f.part_of = None  # the critical are among the injured: a count of their own
    elif f.category == "casualties" and f.role == "injured" and not f.part_of \
            and _LIGHT.search(clause_around(s, end_of(f, s))):
        f.part_of = "injured"  # "Due i feriti lievi": some of the injured, not all of them


def link(figs: list[Figure], s: str) -> list[Figure]:
    """The figures of sentence ``s`` with their roles, parts, runs and claimants set."""
    _roles(figs, s)
    _named_wholes(figs, s)
    _parts(figs, s)
    _percent_run(figs)
    _neighbour_units(figs, s)
    we_were(figs, s)
    for f in figs:
        f.claimant = claimant(f, s)
        f.subject = _subject(f, s)
        f.role = people_role(f, s)
        crowd(f)  # after the role: people evacuated, per the police, are no crowd
        f.scope = _scope(f, s)
        _dismissed(f, s)
        if f.category == "money":
            f.sum_of = sum_noun(s, start_of(f, s), f.it, end_of(f, s))
        _critical(f, s)
        if f.category == "troops" and f.role:  # "quattro uomini fermati": not troops
            f.category = "count"
        f.kind = change_kind(f, s, figs) or position_kind(f, s) or count_kind(f, s)
        f.side = figure_side(f, s)
        f.period = period_of(f, s)
        f.update = bool(_UPDATE.search(s))  # the sentence says a count changed
    apposed_roles(figs, s)
    counter_crowds(figs)
    _shared_subject(figs)
    _out_of(figs, s)
    _breakdown(figs)
    corrections(figs, s)
    return figs


def _subject_words(article: Article) -> set[str]:
    """Lemmas of the title and the lead: what the article is about."""
    lead = article.paragraphs[0].it if article.paragraphs else ""
    text = f"{article.title_it or ''} {lead}"
    return {lemma(w.lower()) for w in re.findall(r"[a-zà-ÿ]{3,}", text, re.I)}


_OF_WHAT = re.compile(r"\s*(?:di|del|dello|della|dell['’]|dei|degli|delle)\s*(?P<noun>[a-zà-ÿ]+)",
                      re.I)


def claimed_shares(figures: list[Figure]) -> None:
    """"L'azienda parla del 58%", "I sindacati rivendicano l'85 per cento": a side's share
    that names nothing measures what the article's other shares measure, when they all
    measure one thing (a strike's adherence) — not a share of something else ("il 40% dei
    treni")."""
    named = {f.subject for f in figures if f.category == "percentage" and f.subject}
    if len(named) != 1:
        return
    subject = named.pop()
    for f in figures:
        if f.category != "percentage" or f.subject or not f.claimant or f.kind:
            continue
        what = _OF_WHAT.match(f.context_it, f.at() + len(f.it)) if f.at() >= 0 else None
        if what and what.group("noun").lower() not in PEOPLE:
            continue
        f.subject = subject


def mark_key(figures: list[Figure], article: Article) -> None:
    """Key figures for the reader's table; the rest are trivia (kept in the JSON)."""
    subject = _subject_words(article)
    for f in figures:
        noun = f.unit_it or ""
        about = bool(noun) and lemma(noun) in subject
        if f.category == "ordinal":
            f.key = False
        elif f.vague:
            f.key = f.category in ("casualties", "troops", "money")
        elif f.category in _STRONG:
            f.key = True
        else:  # counts and durations: the article's subject, or a real quantity
            f.key = about or (abs(f.value) >= 10 and f.unit is not None) or (
                f.unit in PEOPLE_UNITS and abs(f.value) >= 3)
