"""Extracting figures: numbers in the forms Italian news writes them, with what they count.

Digits with Italian grouping ("10.000", "387 600", "12.925", "2,7", "-4,5%"), glued and
spelled scales ("15mila", "1,5 milioni", "1 milione e 200 mila", "58 milioni 934mila"),
number words ("due svastiche", "oltre cento brani", via text2num), ages ("il 17enne"),
temperatures ("-15,-20 gradi", "-25°"), approximate numerals ("una trentina"), ordinals
("80°", "39esimo", "la sesta vittoria"), ranges ("tra i 10 e gli 11 mila"), qualifiers
("più di", "circa", "inferiore al") and vague quantities ("migliaia di feriti", kept as
vague). Each figure keeps the words exactly as written and its sentence, so it can be found
in the article; :mod:`~briefing.extract.figure_links` then links the figures of a sentence
(subsets, roles, who gives them) and marks the trivia.

Not figures: years, dates and times (see :mod:`briefing.extract.dates`), codes and model
numbers ("A400M", "Air Jordan 13", "Flightradar24", "gara-2", "top-3"), numbers used as
names ("il 118", "Il sole 24 ore"), scores ("4-2"), phone numbers and URLs (all marked off
by :mod:`~briefing.extract.figure_names`), article, page, floor and house numbers. The
English value is written from the parsed number (:mod:`briefing.english`); the unit is an
English word from a table (:mod:`briefing.extract.units`), or the engine's English for the
Italian noun.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from briefing.data import Article, Figure
from briefing.english import english
from briefing.extract import figure_forms as forms
from briefing.extract.figure_kinds import PEOPLE_ROLES, REJECTED_BEFORE
from briefing.extract.figure_links import link
from briefing.extract.figure_names import Blocked, capitalised_name_before
from briefing.extract.units import (
    CASUALTY,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    DURATION,
    HEAD_PREDICATE,
    PEOPLE,
    PERCENT_AFTER,
    PREDICATE,
    TROOPS,
    UNITS,
    level_quota,
    measured,
    money_frame,
    noun_after,
    plural_subject,
    subject_after,
    toll_noun,
    unit_and_category,
)
from briefing.italian.grammar import AUX, COMPLEMENT, PARTICIPLES, STAYED
from briefing.italian.numbers import (
    NUMBER,
    ORDINAL_WORD,
    SCALE,
    SCALES,
    WORD_NUMBER,
    ordinal_word,
    parse_number,
    words_to_number,
)
from briefing.italian.tables import alternatives, table

_F = table("figures")
_QUAL: dict[str, str | None] = _F["qualifiers"]
_APPROX = frozenset(_F["approximate"])
_QUAL_RE = "|".join(sorted(map(re.escape, _QUAL), key=len, reverse=True))
# "più di 10", "oltre i 200", "inferiore al 10%", "intorno alla metà"
_QUAL_BEFORE = re.compile(
    rf"\b(?P<q>{_QUAL_RE})(?:\s+(?:a|ad|di|da|su))?(?:\s+(?:il|lo|la|l['’]|i|gli|le|al|allo|"
    rf"alla|all['’]|ai|agli|alle|del|dello|della|dell['’]|dei|degli|delle|sul|sui|sulle))?"
    rf"\s*$", re.I)
_VAGUE: dict[str, tuple[float, str]] = {k: (float(v), label) for k, (v, label)
                                         in _F["vague"].items()}
_VAGUE_RE = re.compile(rf"\b(?P<v>{'|'.join(_VAGUE)})\s+(?:di|d['’])\s*", re.I)
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(map(re.escape, _F["reference_words"]), key=len, reverse=True))
    + r")|\b(?:il|al|del|dal|nel|sul|col|l['’]|all['’]|dell['’]|dall['’]|nell['’]))\s*$", re.I)
_SERIES = frozenset(_F["series_nouns"])
_TOLL_ORDINAL = frozenset(_F["toll_ordinal_nouns"])
_SPAN_AFTER = re.compile(r"\W*\w+(?:\s+[^\s.;:]+){0,4}?\s+(?:in\s+(?:un|una|pochi|poche|\w+)\s+"
                         r"(?:giorn|settiman|mes|ann)\w*|dall['’]inizio|quest['’]anno|del\s+mese|"
                         r"dell['’]anno|da\s+inizio)", re.I)
_PLACE_AFTER_ORDINAL = frozenset(_F["place_after_ordinal"])
# "387 600": thousands grouped by a space
_SPACED = r"\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,]\d)"
_DIGITS = re.compile(
    rf"(?<![\w.,])(?P<sign>[-−+](?=\d))?(?P<n>{_SPACED}|{NUMBER})(?P<glued>mila|mln|mld)?"
    r"(?P<ordinal>[°º]|esim[oaie]|°)?(?![\w]|[.,]\d)", re.I)
_RANGE = re.compile(
    rf"\b(?:tra|fra)\s+(?:i\s+|gli\s+|le\s+|il\s+)?(?P<a>{NUMBER})\s*(?P<sa>{SCALE})?"
    rf"\s+e\s+(?:i\s+|gli\s+|le\s+|il\s+)?(?P<b>{NUMBER})\s*(?P<sb>{SCALE})?\b"
    rf"|\bda\s+(?P<c>{NUMBER})\s*(?P<sc>{SCALE})?\s+a\s+(?P<d>{NUMBER})\s*"
    rf"(?P<sd>{SCALE})?\b", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:" + "|".join(table("figures")["change_verbs"])
                            + r")\b(?:\s+[\w'’]+){0,12}\s*$", re.I)
_WORDS = re.compile(rf"(?:{WORD_NUMBER.pattern})(?:\s+(?:e\s+)?(?:{WORD_NUMBER.pattern}"
                    rf"|{SCALE}))*", re.I)
_SCALE_AFTER = re.compile(rf"\s*(?:di\s+)?(?P<s>{SCALE})\b", re.I)
# "1 milione e 200 mila", "58 milioni 934mila"
_COMPOSITE = re.compile(rf"\s+(?:e\s+)?(?P<n>{NUMBER}|[a-zà-ÿ]+)\s*(?P<s>mila)\b", re.I)
_ANAPHORIC = re.compile(r"\b(?:i|gli|le|ai|agli|alle|dei|degli|delle|nei|negli|nelle|"
                        r"sui|sugli|coi|tra i|fra i)\s+$", re.I)
# "tutte le quattro udienze", "uno dei due soci": not the ones already named
_COUNTED_ANYWAY = re.compile(r"(?:\b(?:tutt[ie]\s+(?:i|gli|le)|tutti\s+e|un[oa]\s+(?:dei|degli|"
                             r"delle)|ciascun[oa]\s+(?:dei|degli|delle))|"
                             r"^\W*(?:dei|degli|delle))\s+$", re.I)  # "Dei sei feriti, …"
_ELLIPTIC = re.compile(r"\b(?:di cui|tra cui|fra cui|dei quali|delle quali)\s+$", re.I)
# "nove feriti, tre dei quali gravi": a number word the pronoun after it makes a count
_PART_AFTER = re.compile(r"\s+(?:dei quali|delle quali|di loro|di essi|di esse)\b", re.I)
# "sono state sei, non undici": a number word set against a number just before it
_NUMBER_BEFORE = re.compile(r"(?:\b\d+|" + WORD_NUMBER.pattern + r")\s*,?\s*(?:e\s+)?"
                            r"non\s+\S*\s*$", re.I)
# "nove sono rimasti feriti", "sei sono state ricoverate": auxiliaries, then what befell them
_BEFALLEN_AFTER = re.compile(
    r"(?:\s+(?:di\s+loro|dei\s+quali|delle\s+quali))?(?:\s*,\s*tra\s+cui[^,;:.]{1,40},)?"
    rf"\s+(?:(?:{alternatives(AUX | PARTICIPLES | STAYED)})\s+)+(?P<p>[a-zà-ÿ]+)\b", re.I)
# ("Sei di loro, tra cui due bambini, sono stati ricoverati": whose part, and an aside)
_RATIO_AFTER = re.compile(r"\s+(?:volte|su\s+\w+)\b", re.I)  # "due volte", "tre su dieci"
_STAMP_OPENING = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")  # "09.58", "18:40"
_LARGEST = 1e15  # above this a "number" is a code or an accident, not a quantity


def _counted_before(head: str) -> bool:
    """What a number counts is named before it, as its subject ("le vittime salgono a
    tre", "i feriti sono ora dieci", "gli indagati sono saliti a tre")."""
    m = PREDICATE.search(head)
    if m and any((w or "").lower() in PEOPLE | CASUALTY | TROOPS or (w or "").lower() in UNITS
                 for w in m.group("w1", "w2")):
        return True
    # "Gli evasi dal carcere di Rossano erano cinque": people, named before a complement
    m = HEAD_PREDICATE.search(head)
    if m and m.group("w1").lower() in PEOPLE | CASUALTY | TROOPS:
        return True
    # "le aziende agricole coinvolte sono ventisei": a counted noun, then what is said of it
    # (a thing's complement makes another count: "i punti di distacco dalla vetta restano
    # due" is a gap, not points; people stay people: "i morti nei cantieri sono già nove")
    noun = plural_subject(head)
    after = re.search(rf"\b{noun}\s+([a-zà-ÿ]+)", head, re.I) if noun in UNITS else None
    return noun in PEOPLE | CASUALTY | TROOPS or noun in UNITS and not (
        after and after.group(1).lower() in COMPLEMENT)


def _words_value(words: str) -> float | None:
    """"duecentomila" → 200000; "tre miloni" → 3,000,000 (a scale text2num does not know)."""
    plain = words.replace(" e ", " ").replace("un'", "un")
    v = words_to_number(plain)
    if v is None and " " in plain:
        head, _, last = plain.rpartition(" ")
        base = words_to_number(head)
        if base is not None and last.lower() in SCALES:
            return base * SCALES[last.lower()]
    return v




class _Scan:
    """One sentence read for figures, form by form; a stretch taken by one form is not read
    again by the next."""

    def __init__(self, s: str) -> None:
        self.s = s
        self.sentence = Blocked(s)
        self.out: list[Figure] = []
        self.taken: list[tuple[int, int]] = []

    def add(self, fig: Figure, a: int, b: int) -> None:
        fig.offset = self.s.find(fig.it, a)
        if math.isfinite(fig.value) and abs(fig.value) < _LARGEST:
            self.out.append(fig)
        self.taken.append((a, b))

    def free(self, a: int, b: int) -> bool:
        return self.sentence.free(a, b) and all(b <= x or a >= y for x, y in self.taken)

    def qualifier(self, start: int) -> tuple[str | None, int, str]:
        """("more than", where it starts, its words) for the qualifier before ``start``."""
        m = _QUAL_BEFORE.search(self.s[:start])
        if not m:
            return None, start, ""
        key = re.sub(r"\s+(?:i|gli|le|il)$", "", m.group("q").lower())
        return _QUAL.get(key, _QUAL.get(m.group("q").lower())), m.start(), m.group().strip()

    def figure(self, value: float, a: int, end: int, *, value_max: float | None = None,
               sign: str | None = None, approx: bool = False) -> None:
        """Add the figure whose number spans [a, end): its qualifier, unit and category."""
        s = self.s
        qual, qstart, qtext = self.qualifier(a)
        unit, cat, noun, written_end = measured(s, end, sign)
        if cat == "count" and noun is None and abs(value) >= 1e6 and money_frame(s) \
                and (unit is None or not noun_after(s, end)):
            # "45 milioni più bonus", "4 milioni a stagione", "28 bus: investimento da 16,8
            # milioni" (not 16,8 million buses)
            unit, cat = "EUR", "money"
        start = qstart if qtext else a
        self.add(Figure(value=value, value_max=value_max, it=s[start:written_end].strip(),
                        context_it=s, unit=unit, category=cat, unit_it=noun,
                        approx=approx or qual in _APPROX, qualifier=qual), start, written_end)

    def ranges(self) -> None:
        """"tra i 10 e gli 11 mila", "da 5 a 10 milioni"."""
        s = self.s
        for m in _RANGE.finditer(s):
            if not self.free(*m.span()):
                continue
            a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
            sa, sb = ((m.group("sa"), m.group("sb")) if m.group("a")
                      else (m.group("sc"), m.group("sd")))
            if not (sa or sb) and m.group("c") and not PERCENT_AFTER.match(s, m.end()) \
                    and not noun_after(s, m.end()):
                continue  # "da 5 a 10" with nothing counted: too vague to be sure
            hi_scale = SCALES.get((sb or sa or "").lower(), 1)
            lo = parse_number(a) * SCALES.get((sa or sb or "").lower(), hi_scale)
            hi = parse_number(b) * hi_scale
            if hi < lo:
                continue
            unit, cat, noun, _ = measured(s, m.end())
            if m.group("c") and _CHANGE_BEFORE.search(s, 0, m.start()):
                # "alza il prezzo da 9,40 a 10,20 euro", "sale da 40 a 52 milioni": the value
                # before and the value after, not a range
                end_c = m.end("sc") if m.group("sc") else m.end("c")
                self.add(Figure(value=lo, it=s[m.start("c"):end_c], context_it=s, unit=unit,
                                category=cat, unit_it=noun), m.start("c"), end_c)
                self.add(Figure(value=hi, it=s[m.start("d"):m.end()].strip(), context_it=s,
                                unit=unit, category=cat, unit_it=noun), m.start("d"), m.end())
                continue
            self.add(Figure(value=lo, value_max=hi, approx=True, it=m.group(), context_it=s,
                            unit=unit, category=cat, unit_it=noun), *m.span())

    def _reference(self, m: re.Match[str]) -> bool:
        """Article 4, via Roma 12, "il 118", "alle 18", Air Jordan 13: a number that names."""
        s, (a, b) = self.s, m.span()
        if _STAMP_OPENING.fullmatch(m.group()) and not s[:a].strip() \
                and re.match(r"\s*(?:[-–—:]|$)", s[b:]):
            return True  # "18.40 - Il bilancio della giornata": a live blog's time stamp
        if level_quota(s[:a]):
            return False  # "gli sfollati hanno raggiunto quota 11.400": a count, not a name
        counted = bool(PERCENT_AFTER.match(s, b) or _SCALE_AFTER.match(s, b)
                       or CURRENCY_AFTER.match(s, b)
                       or ("," in m.group("n") and re.search(r"%|per\s?cento", s, re.I)))
        if _REFERENCE_BEFORE.search(s[:a]) and not (
                counted or m.group("glued")
                or (noun_after(s, b) and not re.search(r"\b(?:il|al|del|dal|nel|sul|l['’]|"
                                                       r"all['’]|dell['’]|dall['’])\s*$",
                                                       s[:a], re.I))
                or (noun_after(s, b) in UNITS and not re.search(
                    r"\b(?:articolo|art\.|comma|n\.|numero|pagina|via|piazza|gara|piano)\s*$",
                    s[:a], re.I))):
            return True
        return capitalised_name_before(s, a) and not (counted or noun_after(s, b) in UNITS)

    def _scaled(self, m: re.Match[str]) -> tuple[float, int]:
        """The value with its scale ("15mila", "1,5 milioni", "1 milione e 200 mila") and where
        its words end."""
        s = self.s
        v, end = parse_number(re.sub(r"[ \u00a0]", "", m.group("n"))), m.end()
        scale = m.group("glued")
        if not scale:
            sm = _SCALE_AFTER.match(s, end)
            if sm:
                scale, end = sm.group("s"), sm.end()
        if scale:
            v *= SCALES[scale.lower()]
            cm = _COMPOSITE.match(s, end)  # "1 milione e 200 mila", "58 milioni 934mila"
            if cm and SCALES[scale.lower()] > 1e3:
                part = cm.group("n")
                extra = parse_number(part) if part[0].isdigit() else words_to_number(part)
                if extra is not None:
                    v += extra * 1e3
                    end = cm.end()
        return v, end

    def digits(self) -> None:
        """"10.000", "-4,5%", "15mila", "€ 38 miliardi", "80°"."""
        s = self.s
        for m in _DIGITS.finditer(s):
            a, b = m.span()
            if not self.free(a, b):
                continue
            if m.group("ordinal"):
                v = parse_number(m.group("n"))
                if float(v).is_integer() and not forms.place_after(s, b):
                    self.add(Figure(value=v, it=m.group().lstrip("+"), context_it=s,
                                    unit="ordinal", category="ordinal"), a, b)
                continue
            if self._reference(m):
                continue
            v, end = self._scaled(m)
            if m.group("sign") in ("-", "−"):
                v = -v
            currency = CURRENCY_BEFORE.search(s[:a])
            self.figure(v, currency.start() if currency else a, end,
                        sign=currency.group("c") if currency else None)

    def number_words(self) -> None:
        """"due svastiche", "oltre cento brani", "un milione e duecentomila"."""
        s = self.s
        for m in _WORDS.finditer(s):
            a, b = m.span()
            if not self.free(a, b):
                continue
            words = m.group()
            v = _words_value(words)
            if v is None:
                continue
            qual, _, _ = self.qualifier(a)
            if words.lower().rstrip("'’") in ("un", "uno", "una") and not qual \
                    and not forms.one_counted(s, a, b, _counted_before(s[:a])):
                continue  # the article "un", not the number one
            # "sale a quattro il bilancio dei morti": the toll's noun counts it too
            noun = noun_after(s, b) or subject_after(s, a, b) or toll_noun(s, b)
            if len(words.split()) == 1 and _ANAPHORIC.search(s[:a]) and noun not in DURATION \
                    and not _COUNTED_ANYWAY.search(s[:a]):
                continue  # "i due Paesi": the ones already named, not a new count
            if not noun and self.befallen(float(v), a, b):
                continue
            if not noun and not qual and not _ELLIPTIC.search(s[:a]) and v < 1000 \
                    and not (REJECTED_BEFORE.search(s[:a]) and _NUMBER_BEFORE.search(s[:a])) \
                    and not _PART_AFTER.match(s, b) \
                    and not (_counted_before(s[:a]) and not _RATIO_AFTER.match(s, b)):
                continue  # a number word with nothing counted is prose
            self.figure(float(v), a, b)

    def befallen(self, v: float, a: int, b: int) -> bool:
        """"nove sono rimasti feriti", "sei sono state ricoverate": a number word that is
        the subject of what befell people counts them, in the participle's unit."""
        m = _BEFALLEN_AFTER.match(self.s, b)
        p = m.group("p").lower() if m else ""
        if p not in UNITS and p not in PEOPLE_ROLES:
            return False
        self.figure(v, a, b)
        if self.out and self.out[-1].it == self.s[a:b].strip():
            self.out[-1].unit, self.out[-1].category, self.out[-1].unit_it = \
                unit_and_category(" " + p, 0) if p in UNITS else ("people", "count", None)
        return True

    def ordinal_words(self) -> None:
        """"la sesta vittoria", "il secondo ricovero" (not "secondo i medici", not "al
        terzo piano", not "Settimo Torinese")."""
        s = self.s
        for m in list(ORDINAL_WORD.finditer(s)) + list(forms.SECOND.finditer(s)):
            if not self.free(*m.span()):
                continue
            word = m.group("w") if "w" in m.groupdict() else m.group()
            v = forms.ORDINAL_TWO.get(word.lower()) or ordinal_word(word)
            nxt = noun_after(s, m.end()) or (re.match(r"\s*([a-zà-ÿ]+)", s[m.end():], re.I)
                                             or [None, ""])[1].lower()
            if v is None or (v < 3 and nxt not in _SERIES | _TOLL_ORDINAL) \
                    or nxt in _PLACE_AFTER_ORDINAL:
                continue
            if word[:1].isupper() and m.start() > 0 or word.lower() in ("terzi", "terze"):
                continue  # "Settimo Torinese", "fornitori terzi"
            if nxt in _TOLL_ORDINAL and v >= 2 and not _SPAN_AFTER.match(s, m.end()):
                # "la quarta vittima": four dead (not "il secondo morto in una settimana")
                self.add(Figure(value=float(v), it=word, context_it=s, unit="victims",
                                category="casualties", role="killed"), *m.span())
                continue
            self.add(Figure(value=float(v), it=word, context_it=s, unit="ordinal",
                            category="ordinal"), *m.span())

    def vague(self) -> None:
        """"migliaia di soldati", "centinaia di feriti": an order of magnitude, kept vague."""
        s = self.s
        for m in _VAGUE_RE.finditer(s):
            if not self.free(*m.span()):
                continue
            v, label = _VAGUE[m.group("v").lower()]
            unit, cat, noun = unit_and_category(s, m.end() - 1)
            self.add(Figure(value=float(v), it=m.group("v"), context_it=s, unit=unit,
                            category=cat, approx=True, qualifier=label, vague=True,
                            unit_it=noun), *m.span("v"))

    def figures(self) -> list[Figure]:
        scanners: list[Callable[[], None]] = [
            lambda: forms.ages(self), lambda: forms.listed_ages(self),
            lambda: forms.temperatures(self),
            lambda: forms.approximate(self), lambda: forms.scale_compounds(self),
            lambda: forms.whole_scales(self),
            lambda: forms.minutes_and_seconds(self), self.ranges,
            lambda: forms.counted_people(self), lambda: forms.number_lists(self),
            self.digits, self.number_words,
            self.ordinal_words, self.vague]
        for scan in scanners:
            scan()
        return link(sorted(self.out, key=lambda f: f.at()), self.s)


def scan(sentence: str) -> list[Figure]:
    """The figures of one Italian sentence."""
    return _Scan(sentence).figures()


def extract_figures(article: Article) -> list[Figure]:
    """Every figure in the article's Italian sentences (titles and headings too), in
    reading order; a paragraph in another language gives none."""
    out: list[Figure] = []
    lines = [(article.title_it, article.title_en)] if article.title_it else []
    lines += [(s.it, s.en) for p in article.paragraphs if p.language == "it"
              for s in p.sentences]
    for it, en in lines:
        for fig in scan(it):
            fig.en = english(fig)
            fig.context_en = en
            out.append(fig)
    return out
