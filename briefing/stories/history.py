"""History an article recalls: a figure of an earlier year told as what had happened then
("nei combattimenti di luglio del 2025 erano morte oltre 40 persone", "nel 2019 … e in
quell'occasione erano stati evacuati 30 ospiti", "quando un aliscafo urtò la banchina: i
feriti furono 22"), or a national statistic of an earlier year. Such figures are shown with
their story, never compared with its own. And the earlier count of the event itself that a
later one adds to ("Ai 41 salvati si sono aggiunti due uomini")."""

from __future__ import annotations

import re
from datetime import date

from briefing.data import ArticleReport, Figure
from briefing.extract.figure_spans import stretch
from briefing.extract.units import words_re
from briefing.italian.grammar import pluperfect
from briefing.italian.lexicon import is_verb_form
from briefing.italian.numbers import words_to_number
from briefing.italian.tables import alternatives, table

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the pluperfect that tells what had happened before ("avevano causato", "erano morte")
_PLUPERFECT = pluperfect(r"(?:(?:già|anche|ancora|poi|mai|sempre)\s+)?")
CLAUSE = re.compile(r"[;:()]|\s[-–—]\s|,\s+(?:mentre|ma|e)\b|\bmentre\b")
_COMMA = re.compile(r"[,;:()]|\s[-–—]\s|\bmentre\b")
_SENTENCE = re.compile(r"(?!)")  # no edge: the whole sentence
_EARLIER_YEAR = words_re(table("calendar")["earlier_years"])
_C = table("calendar")
# "un mese fa", "lo scorso marzo", "a novembre scorso": weeks or months before the article
_EARLIER_MONTH = re.compile(
    r"(?:\b(?:" + alternatives(_C["earlier_months"]) + r")|\b(?:" + alternatives(_C["last_words"])
    + r")\s+(?:" + alternatives(_C["months"]) + r")|\b(?:" + alternatives(_C["months"])
    + r")\s+(?:" + alternatives(_C["last_words"]) + r"))\b", re.I)
# "il 57,9% delle comunali del 2021", "i 300 sfollati del 2019": a year its noun phrase is of
_OF_YEAR = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?del\s+(?P<y>(?:19|20)\d\d)\b")


# "urtò", "colpì", "morirono", "rimasero", "dissero", "vennero" (not "fossero", "avessero"); the
# irregular forms are known as they are, the others checked as verb forms
_IRREGULAR = tuple(table("grammar")["remote_past"])
_REMOTE = re.compile(r"\b(?:" + "|".join(_IRREGULAR) + r"|"
                     r"[a-zà-ÿ]{3,}(?:arono|erono|irono|ò|ì)|[a-zà-ÿ]{2,}[^s\W]sero|"
                     r"[a-zà-ÿ]{2,}nse)\b", re.I)  # "costrinse", "spinse"


def remote_past(text: str) -> bool:
    """A verb in the passato remoto ("furono", "urtò", "morirono"): a past event told."""
    return any(w.lower() in _IRREGULAR or is_verb_form(w.lower())
               for w in _REMOTE.findall(text))


def background(f: Figure, day: date | None) -> bool:
    """A figure of an earlier year, told as what had happened then ("nei combattimenti di
    luglio del 2025 erano morte oltre 40 persone"): history the article recalls, not a value
    of its own event to compare. A year alone is not enough: "ha inviato più di 10.000
    soldati nel 2024" may be the very number the story is about."""
    def around(edges: re.Pattern[str]) -> str:
        """The figure's stretch of sentence with its own words blanked (no year in them)."""
        text, at = stretch(f, f.context_it, edges)
        return text[:at] + " " * len(f.it) + text[at + len(f.it):]

    if _EARLIER_YEAR.search(around(CLAUSE)):
        return True  # "l'anno scorso avevano sostenuto la prova 1.980 candidati"
    of_year = _OF_YEAR.match(f.context_it, max(0, f.at()) + len(f.it)) if f.at() >= 0 else None
    if of_year and day is not None and int(of_year.group("y")) < day.year:
        return True  # "rispetto al 57,9% delle comunali del 2021"
    years = [int(y) for y in _YEAR.findall(around(CLAUSE))]
    # the pluperfect in the figure's own comma-bounded part: "Rispetto al 2024, quando
    # erano arrivati 300 migranti, oggi sono 500" recalls the 300, not the 500
    part = around(_COMMA)
    # the pluperfect, or the simple past that narrates a past event ("quando un aliscafo
    # urtò la banchina: i feriti furono 22")
    pluperfect = bool(_PLUPERFECT.search(part)) or remote_past(around(CLAUSE))
    if not pluperfect and not any(is_verb_form(w.lower()) and words_to_number(w) is None
                                  for w in re.findall(r"[^\W\d]+", part)):  # "sei mesi"
        # "era già ricorsa alla cassa integrazione nel 2012, per 300 lavoratori": a part
        # with no verb of its own belongs to the clause before it
        pluperfect = bool(_PLUPERFECT.search(around(CLAUSE)))
    if not years and pluperfect and _EARLIER_MONTH.search(around(CLAUSE)):
        return True  # "Appena un mese fa, a Caltagirone, un incendio aveva provocato quattro
        # intossicati": another event, weeks or months before
    if not years and pluperfect:  # "nel 2019 … aveva provocato un incendio, e in
        # quell'occasione erano stati evacuati 30 ospiti": the year in the clause before
        years = [int(y) for y in _YEAR.findall(around(_SENTENCE))]
    # a national statistic of an earlier year ("nel 2027 gli incendi nelle Rsa sono stati
    # 312, con 9 morti") is never this event's value
    if day is None:  # undated: a year told in the pluperfect or the simple past is history
        return bool(years) and pluperfect
    return bool(years) and max(years) < day.year and (pluperfect or f.scope == "national")


_YEAR_BACK = words_re(_C["year_back"])


def year_after_recalled(r: ArticleReport) -> int | None:
    """The year of an article its dateline gives without one ("TREVISO, 24 ottobre -"),
    where it tells a day with its year as what had happened then ("Il 18 ottobre 2025 … la
    ruota si era fermata") and says that was a year back ("a poco più di un anno
    dall'incidente"): the year after — not that of the event it recalls, whose reports it
    would otherwise be dated beside."""
    if r.article.date or not any(_YEAR_BACK.search(s.it) for s in r.article.sentences):
        return None
    told = [d.date.year for d in r.dates if d.kind == "day" and d.date
            and _YEAR.search(d.it) and (_PLUPERFECT.search(d.context_it)
                                         or remote_past(d.context_it))]
    return max(told) + 1 if told else None


_F = table("figures")
_ADDED = words_re(_F["added_words"])
# "Gli indagati sono saliti a 23: agli iniziali 19 se ne sono aggiunti quattro" — the
# count added to opens its clause
_ADDED_TO = re.compile(r"(?:^|[:;,.(]\s*)(?:" + alternatives(_F["added_to"])
                       + r")\s*(?:[^\W\d]+\s+)?$", re.I)


def earlier(f: Figure) -> bool:
    """A count an article tells as the earlier one a later count adds to ("Ai 41 salvati
    sabato si sono aggiunti due uomini"): where the article also gives the count now, that
    is its value, not this."""
    at = f.at()
    return at >= 0 and bool(_ADDED_TO.search(f.context_it[:at])) \
        and bool(_ADDED.search(f.context_it, at + len(f.it)))
