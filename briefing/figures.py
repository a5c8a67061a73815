"""Extracting figures: numbers in Italian forms, normalised, with what they count.

Handles "10.000", "15mila", "tra i 10 e gli 11 mila", "circa 600", "più di
10.000", "80°", percentages, money, years and month dates. Each figure keeps
its sentence (the English one too, once translated), so the briefing can show
where every number came from. The English rendering of the number is written
here from the parsed value, not taken from the machine translation.
"""

from __future__ import annotations

import re

from briefing.data import Article, Figure

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = r"mila|milioni|milione|miliardi|miliardo|mln|mld"
_SCALES = {"mila": 1e3, "milioni": 1e6, "milione": 1e6, "mln": 1e6, "miliardi": 1e9,
           "miliardo": 1e9, "mld": 1e9}
_QUAL = {
    "più di": "more than", "oltre": "more than", "almeno": "at least", "circa": "about",
    "quasi": "almost", "fino a": "up to", "meno di": "fewer than", "intorno a": "around",
    "poco più di": "just over", "ben": None, "appena": "just", "si aggira sui": "about",
    "si aggira intorno a": "about",
}
_APPROX = {"more than", "at least", "about", "almost", "up to", "fewer than", "around",
           "just over"}
_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_WORDS = {
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "cento": 100, "duecento": 200, "trecento": 300,
    "cinquecento": 500, "mille": 1000, "duemila": 2000, "tremila": 3000, "cinquemila": 5000,
    "diecimila": 10000, "ventimila": 20000, "centomila": 100000,
}
_VAGUE = {"migliaia": (1000, "thousands"), "centinaia": (100, "hundreds"),
          "decine": (10, "dozens"), "milioni": (1e6, "millions")}
_UNITS = {
    "soldati": "soldiers", "militari": "troops", "truppe": "troops", "uomini": "men",
    "combattenti": "fighters", "morti": "dead", "feriti": "injured", "vittime": "victims",
    "persone": "people", "civili": "civilians", "cittadini": "citizens", "bambini": "children",
    "anni": "years", "mesi": "months", "giorni": "days", "ore": "hours", "settimane": "weeks",
    "euro": "EUR", "dollari": "USD", "sterline": "GBP", "rubli": "RUB",
    "ospedali": "hospitals", "missili": "missiles", "droni": "drones", "carri": "tanks",
    "paesi": "countries", "capi": "heads", "leader": "leaders", "bottigliette": "bottles",
    "bottiglie": "bottles", "chilometri": "km", "km": "km", "tonnellate": "tonnes",
    "voti": "votes", "posti": "jobs", "lavoratori": "workers", "turisti": "tourists",
    "anniversario": "anniversary", "profughi": "refugees", "rifugiati": "refugees",
    "prigionieri": "prisoners", "ostaggi": "hostages", "aerei": "aircraft", "navi": "ships",
}
_TROOPS = {"soldati", "militari", "truppe", "uomini", "combattenti"}
_CASUALTY_WORDS = re.compile(
    r"\b(?:uccis[io]|mort[io]|feriti|ferite|caduti|vittime|decedut[io]|dispersi)\b", re.I)
_SKIP_BEFORE = re.compile(r"(?:articolo|art\.|comma|n\.|numero|ore|alle|pagina|p\.)\s*$", re.I)

_QUAL_RE = "|".join(sorted(map(re.escape, _QUAL), key=len, reverse=True))
_TOKEN = re.compile(
    rf"(?P<qual>\b(?:{_QUAL_RE})\s+(?:i\s+|gli\s+|le\s+)?)?"
    rf"(?:(?P<range>\btra\s+(?:i\s+|gli\s+|le\s+)?(?P<r1>{_NUM})\s*(?P<s1>{_SCALE})?\s+e\s+"
    rf"(?:i\s+|gli\s+|le\s+)?(?P<r2>{_NUM})\s*(?P<s2>{_SCALE})?\b)"
    rf"|(?P<cur1>[€$£])\s?(?P<n1>{_NUM})\s*(?P<sc1>{_SCALE})?\b"
    rf"|\b(?P<day>\d{{1,2}})\s+(?P<dmonth>{'|'.join(_MONTHS)})(?:\s+(?P<dyear>(?:19|20)\d{{2}}))?\b"
    rf"|(?P<n>(?<![\d.,:])(?:{_NUM}))(?![\d:])\s*(?P<sc>{_SCALE})?(?P<pct>\s*(?:%|per\s?cento))?"
    rf"(?P<ord>[°º])?"
    rf"|\b(?P<month>{'|'.join(_MONTHS)})\s+(?P<my>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<word>{'|'.join(sorted(_WORDS, key=len, reverse=True))})\b(?=\s+[a-zà-ÿ]{{3,}})"
    rf"|\b(?P<vague>{'|'.join(_VAGUE)})\s+di\b)",
    re.IGNORECASE,
)
_AFTER_NOUN = re.compile(r"\s*(?:di\s+|d['’]|i\s+|gli\s+|le\s+)?(?P<noun>[a-zà-ÿ]+)", re.I)
_NOT_NOUNS = {
    "della", "del", "dello", "dei", "degli", "delle", "di", "e", "a", "in", "per", "che", "il",
    "la", "lo", "le", "gli", "i", "un", "una", "con", "su", "da", "dal", "dalla", "nel", "nella",
    "al", "alla", "tra", "fra", "o", "ma", "non", "si", "sono", "è", "ha", "hanno", "mila",
}
# A word number is kept only when it counts something an analyst tracks.
_WORD_UNITS = {"soldiers", "troops", "men", "fighters", "dead", "injured", "victims", "people",
               "civilians", "citizens", "children", "years", "months", "days", "hours", "weeks",
               "EUR", "USD", "GBP", "RUB", "missiles", "drones", "tanks", "prisoners",
               "hostages", "refugees", "aircraft", "ships", "bottles", "hospitals", "workers"}


def parse_number(text: str) -> float:
    """Italian digits: "10.000" → 10000, "2,5" → 2.5."""
    return float(text.replace(".", "").replace(",", "."))


def _fmt(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _english(f: Figure) -> str:
    if f.category == "date":
        return f.it  # replaced by caller with month name
    if f.category == "ordinal":
        return _ordinal(int(f.value))
    if f.category == "year":
        return str(int(f.value))
    num = _fmt(f.value) + (f"–{_fmt(f.value_max)}" if f.value_max is not None else "")
    if f.unit == "%":
        num += "%"
    elif f.unit in ("EUR", "USD", "GBP"):
        num = {"EUR": "€", "USD": "$", "GBP": "£"}[f.unit] + num
    if f.qualifier:
        num = f"{f.qualifier} {num}"
    return num


def _unit_and_category(sentence: str, end: int, base: str | None) -> tuple[str | None, str]:
    nm = _AFTER_NOUN.match(sentence, end)
    noun = nm.group("noun").lower() if nm else ""
    if noun in _NOT_NOUNS:
        noun = ""
    if not noun:  # "migliaia di soldati (si stima tra i 10 e gli 11 mila)": look back
        before = [w.lower() for w in re.findall(r"[a-zà-ÿ]+", sentence[max(0, end - 90):end], re.I)]
        noun = next((w for w in reversed(before) if w in _UNITS), "")
    unit = base or _UNITS.get(noun) or (noun if noun and len(noun) > 2 else None)
    if unit in ("EUR", "USD", "GBP", "RUB"):
        return unit, "money"
    if unit == "%":
        return unit, "percentage"
    if noun in ("anni", "mesi", "giorni", "ore", "settimane"):
        return unit, "duration"
    # casualties: the count is said to be killed/injured in the same clause
    clause = sentence[max(0, end - 60):end] + re.split(r"[;:]|\s-\s", sentence[end:end + 80])[0]
    if noun in _TROOPS | {"persone", "civili", "morti", "feriti", "vittime", "caduti"} and (
        _CASUALTY_WORDS.search(clause) or noun in ("morti", "feriti", "vittime", "caduti")
    ):
        return unit, "casualties"
    if noun in _TROOPS:
        return unit, "troops"
    return unit, "count"


def extract_figures(article: Article) -> list[Figure]:
    """Every figure in the article's sentences, in reading order."""
    out: list[Figure] = []
    body = [s for p in article.paragraphs if not p.heading for s in p.sentences]
    for sent in body:
        s = sent.it
        for m in _TOKEN.finditer(s):
            qual_it = (m.group("qual") or "").strip()
            qual_key = re.sub(r"\s+(?:i|gli|le)$", "", qual_it.lower())
            qualifier = _QUAL.get(qual_key)
            approx = qualifier in _APPROX
            fig: Figure | None = None
            if m.group("range"):
                s1, s2 = m.group("s1"), m.group("s2")
                scale = _SCALES.get((s2 or s1 or "").lower(), 1)
                lo = parse_number(m.group("r1")) * _SCALES.get((s1 or s2 or "").lower(), scale)
                hi = parse_number(m.group("r2")) * scale
                unit, cat = _unit_and_category(s, m.end(), None)
                fig = Figure(value=lo, value_max=hi, approx=True, it=m.group("range"),
                             context_it=s, unit=unit, category=cat, qualifier=qualifier)
            elif m.group("n1"):
                v = parse_number(m.group("n1")) * _SCALES.get((m.group("sc1") or "").lower(), 1)
                unit = {"€": "EUR", "$": "USD", "£": "GBP"}[m.group("cur1")]
                fig = Figure(value=v, it=m.group().strip(), context_it=s, unit=unit,
                             category="money", approx=approx, qualifier=qualifier)
            elif m.group("day"):
                month = _MONTHS.index(m.group("dmonth").lower())
                year = m.group("dyear")
                fig = Figure(value=float(year or m.group("day")), it=m.group().strip(),
                             context_it=s, unit="date", category="date")
                fig.en = f"{int(m.group('day'))} {_MONTHS_EN[month]}" + (f" {year}" if year else "")
            elif m.group("n"):
                if _SKIP_BEFORE.search(s[: m.start("n")]):
                    continue
                raw = m.group("n")
                v = parse_number(raw)
                scale = m.group("sc")
                if scale:
                    v *= _SCALES[scale.lower()]
                if m.group("ord"):
                    fig = Figure(value=v, it=raw + m.group("ord"), context_it=s,
                                 unit="ordinal", category="ordinal")
                elif m.group("pct"):
                    fig = Figure(value=v, it=m.group("n") + m.group("pct"), context_it=s,
                                 unit="%", category="percentage", approx=approx,
                                 qualifier=qualifier)
                elif not scale and re.fullmatch(r"(?:19|20)\d{2}", raw):
                    fig = Figure(value=v, it=raw, context_it=s, unit=None, category="year")
                else:
                    unit, cat = _unit_and_category(s, m.end(), None)
                    as_written = s[m.start("n"):m.end("sc") if scale else m.end("n")]
                    fig = Figure(value=v, it=as_written, context_it=s, unit=unit, category=cat,
                                 approx=approx, qualifier=qualifier)
            elif m.group("month"):
                month = _MONTHS.index(m.group("month").lower())
                fig = Figure(value=float(m.group("my")), it=m.group().strip(), context_it=s,
                             unit="date", category="date")
                fig.en = f"{_MONTHS_EN[month]} {m.group('my')}"
            elif m.group("word"):
                v = float(_WORDS[m.group("word").lower()])
                unit, cat = _unit_and_category(s, m.end(), None)
                if unit not in _WORD_UNITS:
                    continue  # "i due Paesi" is prose, not a figure worth a row
                fig = Figure(value=v, it=m.group("word"), context_it=s, unit=unit, category=cat,
                             approx=approx, qualifier=qualifier)
            elif m.group("vague"):
                v, label = _VAGUE[m.group("vague").lower()]
                unit, cat = _unit_and_category(s, m.end(), None)
                fig = Figure(value=float(v), it=m.group("vague"), context_it=s, unit=unit,
                             category=cat, approx=True, qualifier=label)
                fig.en = label
            if fig is None:
                continue
            if qual_it and fig.category not in ("year", "date", "ordinal"):
                fig.it = f"{qual_it} {fig.it}".strip()
            if fig.en is None:
                fig.en = _english(fig)
            fig.context_en = sent.en
            out.append(fig)
    return out
