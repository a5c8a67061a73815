"""What a figure measures, and when two figures of a story cannot be one quantity.

The key two comparable figures share (:func:`measure`): the same kind — people killed,
injured, missing or rescued, a part of one of those ("tra cui 6 bambini"), troops, people
with one role, money in one currency and of one thing, a percentage of one thing, an age,
a crowd — and the label a reader sees for it (:func:`about`). Then what keeps two figures
of one key apart: the parts of a sum, different places, one side's soldiers and the
other's, counts over different spans.
"""

from __future__ import annotations

import re

from briefing.data import Figure
from briefing.extract.figure_spans import stretch
from briefing.extract.sides import TROOP_UNITS
from briefing.extract.units import casualty_role
from briefing.italian.lexicon import lemma
from briefing.italian.tables import table

CLOSE_RATIO = 3.0  # rival estimates of one number seldom differ by more
TOLL_RATIO = 10.0  # a toll's first count and its last
CROWD_RATIO = 6.0  # except a crowd: organisers' counts run to four or five times the police's
CONTEXT_OVERLAP = 0.25  # share of context lemmas that marks the same statement
SAME = 0.02  # values within 2 % are one number written twice
_PEOPLE_UNITS = {"people", "people present", "demonstrators", "participants", "inhabitants",
                 "spectators"}
_HOUSEHOLDS = {"families", "households"}
_CHILDREN = {"children", "minors", "newborns", "pupils", "young people", "girls"}
# one count under two nouns: "410 licenziamenti" and "410 esuberi" (job cuts), "40 repliche"
# and "120 scosse" after an earthquake (aftershocks)
_SAME_COUNT = {"dismissals": "redundancies", "aftershocks": "tremors"}
BY_KEY = ("casualties", "troops")  # one story's toll or troops are one quantity
EVENT_MEASURES = frozenset(table("figures")["event_measures"])
UPDATED = ("casualties", "troops", "people")  # counts a report updates as it goes
_GAME_STATS = frozenset(table("figures")["game_stats"])
_RESPONDERS = frozenset(table("figures")["responder_units"])
PERSONAL = ("age", "sentence")  # one person's: compared only with the same person's


def _side(f: Figure) -> str:
    """Soldiers', civilians', women's and men's tolls are counts of their own, not the
    event's whole toll ("uccisi 4 soldati thailandesi", "Sette civili morti", "almeno 22
    morti")."""
    if f.unit in TROOP_UNITS or f.side:  # "i militari eritrei morti sono 12"
        return ":military"
    if f.unit == "women" or f.unit in _RESPONDERS:  # "Le vittime sono tre donne …": a
        # part ("men" count as troops); "Feriti tre vigili del fuoco": the rescuers' own toll
        return ":" + f.unit
    return ":civilian" if f.unit == "civilians" else ""


_AFTERSHOCK = re.compile(r"\b(?:" + "|".join(table("figures")["aftershock_words"]) + r")\b",
                         re.I)
_CLAUSE_EDGES = re.compile(r"[,;:.]")
_FATES = [(fate, stem) for fate, stems in table("figures")["troop_fates"].items()
          for stem in stems]


def _fate(f: Figure) -> str:
    """What befell the soldiers counted, from the word of it nearest the number, within its
    clause ("catturato 12 soldati", "la perdita di 6 dei propri uomini", "ha schierato 2.000
    soldati"): soldiers captured, released or killed are counts of their own; those deployed
    are the troops present, as a figure with no such word."""
    if f.at() < 0:
        return ""
    clause, at = stretch(f, f.context_it, _CLAUSE_EDGES)
    clause = clause.lower()
    hits = [(abs(m.start() - at), fate) for fate, stem in _FATES
            for m in re.finditer(re.escape(stem), clause)]
    fate = min(hits)[1] if hits else ""
    return "" if fate in ("", "deployed") else ":" + fate  # deployed: the troops present


def _part(f: Figure) -> tuple[str, ...]:
    if not f.part_of:
        return ()
    cls = "children" if (f.unit or "") in _CHILDREN else (f.unit or "")
    return ("part", f.part_of, cls)


def measure(f: Figure) -> tuple[str, ...] | None:
    """What a figure measures, as a key two comparable figures share (None: not compared)."""
    if f.vague or f.category in ("ordinal", "date", "year", "duration") \
            or f.kind in ("more", "each", "earlier", "rest", "first", "peak", "at", "goal",
                       "share"):
        return None  # an order of magnitude, a change or a share: no total to compare
    kind = f.kind or ""
    if f.category == "casualties" or f.unit in _UNIT_ROLE or f.unit == "victims":
        # "dall'inizio dell'anno sono 19 le persone morte sul lavoro": a tally of many
        # events, never the event's toll
        tally = ":to date" if f.period == "to date" else ""
        return ("casualties", f.role or _role(f), kind + _side(f) + tally, *_part(f))
    if f.role == "transferred":
        return None  # each transfer counts its own boat or bus: no toll of the story
    if f.unit in _HOUSEHOLDS and f.category == "count" and f.role in (None, "evacuated"):
        # households in a story are the ones moved out, said so or not ("23 famiglie", "le
        # famiglie sgomberate salgono a 35")
        return ("people", "evacuated", kind + ":families", *_part(f))
    if f.role and f.category == "count":  # "quattro uomini fermati": arrests, not troops
        # "14 famiglie evacuate, in tutto 37 persone": households are counted apart
        return ("people", f.role, kind + (":families" if f.unit in _HOUSEHOLDS else ""),
                *_part(f))
    if f.category == "troops" or f.unit in TROOP_UNITS:
        return ("troops", kind + _fate(f), *_part(f))
    if f.category == "money":  # the parts of a sum are told apart by parts_apart
        return ("money", f.unit or "", f.subject or "",
                kind if kind in ("average", "limit") else "", *_part(f))
    if f.category == "percentage":
        if f.subject == "participation" and kind == "average":
            kind = ""  # "un'adesione media dell'82%": a strike's adherence is one over all shifts
        return ("percentage", f.subject or "", kind)
    if f.category == "temperature":
        return None  # one story's temperatures are of different places and hours
    if f.unit == "votes":
        return None  # a tally is counted, not estimated: two are two votes (Camera, Senato)
    if f.category in ("age", "sentence"):  # one person's, told apart by the name
        return (f.category,)
    if f.unit in _PEOPLE_UNITS or f.subject == "crowd":
        return ("people", "", kind, *_part(f))
    if (f.unit_it or "").lower() in _GAME_STATS or f.unit == "points":
        return None  # "32 punti", "29 falli": a player's or a team's, not the story's
    unit = _SAME_COUNT.get(_counted(f) or "", _counted(f))
    if unit is None:
        return None  # a bare number: too little to know what it counts
    if f.unit == "magnitude" and _AFTERSHOCK.search(f.context_it[max(0, f.at() - 50):f.at()]):
        kind += ":aftershock"  # "una replica di magnitudo 4,3": not the main shock
    return (f.category, unit, kind, *_part(f))


def _counted(f: Figure) -> str | None:
    """The noun a plain count counts: the table's unit, else the Italian noun's lemma — the
    same key whatever English the engine later gives that noun ("pasti", "pasto")."""
    if f.unit_it:
        return "it:" + lemma(f.unit_it.lower())
    return f.unit


_UNIT_ROLE = {"injured": "injured", "missing": "missing", "dead": "killed", "bodies": "killed",
              "survivors": "rescued"}


def _role(f: Figure) -> str:
    """The role a casualty figure's noun says ("I superstiti restano quarantuno"), else
    its sentence's."""
    return _UNIT_ROLE.get(f.unit or "") or casualty_role(f.it, f.context_it)


_ABOUT = {"killed": "people killed", "injured": "people injured", "missing": "people missing",
          "rescued": "people rescued", "critical": "people in critical condition"}


def about(key: tuple[str, ...], f: Figure) -> str:
    """A short English label for what a group of figures counts."""
    if key[0] == "money" and "part" in key:  # "di cui 9,8 dal Pnrr"
        what = f"part of the {key[2] or 'amount'}"
        return f"{what} ({key[1]})" if key[1] else what
    if "part" in key:  # ("casualties", role, "part", whole, class)
        whole = _ABOUT.get(key[-2], key[-2]).split()[-1]
        return f"{key[-1] or f.unit or 'people'} among those {whole}"
    if key[0] == "casualties":
        side = key[2].rpartition(":")[2] if ":" in key[2] else ""
        label = _ABOUT.get(key[1], "casualties")
        return label.replace("people", {"military": "soldiers", "civilian": "civilians"}.get(
            side, side)) if side else label
    if key[0] == "troops":  # "troops (soldiers) captured"
        fate = key[1].rpartition(":")[2] if ":" in key[1] else ""
        label = f"troops ({f.unit})" if f.unit and f.unit != "troops" else "troops"
        return f"{label} {fate}" if fate else label
    average = "average " if f.kind == "average" else ""
    if key[0] == "money":
        what = average + (key[2] if len(key) > 2 and key[2] else "amount")
        return f"{what} ({key[1]})" if key[1] else what
    if key[0] == "percentage":
        return average + (f"{key[1]} (%)" if len(key) > 1 and key[1] else "percentage")
    if key[0] in ("age", "temperature"):
        return key[0]
    if key[0] == "sentence":
        return "prison sentence (years)"
    if key[0] == "people":
        who = key[2].rpartition(":")[2] if ":" in key[2] else "people"
        return f"{who} {key[1]}" if key[1] else average + "people (count)"
    return f.unit or key[0]


def _interval(f: Figure) -> tuple[float, float]:
    lo, hi = f.value, f.value_max if f.value_max is not None else f.value
    return min(lo, hi), max(lo, hi)


def same_value(a: Figure, b: Figure) -> bool:
    """The same number, however written ("oltre 200mila" and "oltre 200 mila", "circa 750"
    and "750", ranges alike); opposite bounds ("more than" and "less than") are not."""
    (la, ha), (lb, hb) = _interval(a), _interval(b)
    if _almost(a, b) or _almost(b, a):
        return True
    if _exact(a) and _exact(b) and min(abs(a.value), abs(b.value)) < EXACT_BELOW:
        return a.value == b.value  # "55enne" and "56 anni": no rounding makes them one
    if abs(la - lb) > SAME * max(abs(la), abs(lb)) or abs(ha - hb) > SAME * max(abs(ha), abs(hb)):
        return False
    if _exact(a) and _exact(b):
        # "15.420" and "15.600": neither rounds to the other (at the coarser one's last
        # digit); "1.180.000" and "1,2 milioni" do
        grain = max(_grain(a.value), _grain(b.value))
        return round(a.value / grain) == round(b.value / grain)
    qa, qb = a.qualifier or "", b.qualifier or ""
    return not ({qa, qb} & {"more than", "over", "at least", "just over"}
                and {qa, qb} & {"fewer than", "less than", "under", "at most", "no more than"})


EXACT_BELOW = 100  # whole numbers written plainly under it are never rounded


def _grain(value: float) -> int:
    """The place of a whole number's last digit that is not zero (15.600 → 100)."""
    grain, n = 1, abs(int(value))
    while n and n % 10 == 0:
        grain, n = grain * 10, n // 10
    return grain


def _exact(f: Figure) -> bool:
    """A whole number written as it is, with no "circa", "oltre" or range."""
    return f.value_max is None and not f.approx and not f.qualifier and float(f.value).is_integer()


ALMOST = 0.9  # "quasi due milioni" is a sum just under two million, not 1,5


def _almost(a: Figure, b: Figure) -> bool:
    """"quasi due milioni" and "1,9 milioni": an amount said as almost a round one, and
    one just under it — the same number, rounded."""
    return a.qualifier == "almost" and b.value_max is None and a.value_max is None \
        and b.qualifier in (None, "", "about", "almost") \
        and (a.value - ALMOST_POINTS if a.category == "percentage" else ALMOST * a.value) \
        <= b.value < a.value


ALMOST_POINTS = 2  # "quasi il 90%" is 88 or 89, not the 85 % of another count


def within(a: Figure, b: Figure, ratio: float = CLOSE_RATIO) -> bool:
    """Two values no more than ``ratio`` times apart."""
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    small, big = min(abs(lo_a), abs(lo_b)), max(abs(hi_a), abs(hi_b))
    if small == 0:
        return big == 0
    return big / small <= ratio


_SUM_PARTS = ("fixed", "total", "bonus")


def parts_apart(a: Figure, b: Figure) -> bool:
    """Two parts of a sum, or a part and the whole: "45 milioni più bonus" and "50 milioni
    bonus compresi" are not rival values (an amount said neither way may be either); nor
    are sums of different things ("un incentivo fino a 40mila", "un bonus di 15mila")."""
    if a.sum_of and b.sum_of and lemma(a.sum_of) != lemma(b.sum_of):
        return True
    ka = a.kind if a.kind in _SUM_PARTS else None
    kb = b.kind if b.kind in _SUM_PARTS else None
    return bool(ka and kb and ka != kb) or (ka == "bonus") != (kb == "bonus")


def sides_apart(a: Figure, b: Figure) -> bool:
    """One side's soldiers and the other's ("31 soldati etiopi", "i militari eritrei morti
    sono 12"), or counts over different spans ("1.470 arrivi in un giorno", "2.312 in tre
    giorni"; "210 milioni l'anno", "630 milioni nel triennio"): never one quantity, however
    close. Where one figure does not say, they may be."""
    return bool(a.side and b.side and a.side != b.side
                or a.period and b.period and a.period != b.period)


def scopes_apart(a: Figure, b: Figure) -> bool:
    """Two values said to hold in different places ("in Sicilia" and the country, one
    region and another, local bodies' and the national figure): not one quantity. A
    story's toll, troops or evacuees are the event's, wherever the sentence places them."""
    key = measure(a) or ("",)
    if key[0] in BY_KEY or key[0] == "people" and key[1] or same_value(a, b):
        return False
    if a.category not in ("percentage", "money") and not (a.scope and b.scope):
        return False  # "410 esuberi in Calabria" and "gli esuberi veri sono 620": one count
    return (a.scope or "national") != (b.scope or "national")


def apart(a: Figure, b: Figure) -> bool:
    """Two figures of one key that cannot be one quantity: parts of a sum, different places,
    different sides or spans."""
    return parts_apart(a, b) or scopes_apart(a, b) or sides_apart(a, b)

