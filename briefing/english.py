"""Quantities written in English: "10,000", "1.2 million", "€38 bn", "more than 10,000".

A figure's English is written from its parsed value, never taken from a translation.
"""

from __future__ import annotations

from briefing.data import Figure

CURRENCY_SIGN = {"EUR": "€", "USD": "$", "GBP": "£"}


def _fmt(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _short(v: float) -> str:
    """One or two decimals at most, for "1.2 million"."""
    return f"{v:.2f}".rstrip("0").rstrip(".")


def format_value(v: float, vmax: float | None = None, *, money: str | None = None) -> str:
    """A number as people write it: "10,000", "1.2 million", "€38 bn", "10,000–11,000"."""
    big = max(abs(v), abs(vmax or 0))
    if big >= 1e9:
        div, word = 1e9, (" bn" if money else " billion")
    elif big >= 1e6:
        div, word = 1e6, " million"
    else:
        div, word = 1, ""
    def round_hundredths(x: float) -> bool:
        return abs(x / div * 100 - round(x / div * 100)) < 1e-6

    if div > 1 and not (round_hundredths(v) and (vmax is None or round_hundredths(vmax))):
        div, word = 1, ""  # 1,234,567 is not a round million: keep every digit
    num = (_short(v / div) if div > 1 else _fmt(v))
    if vmax is not None:
        num += "–" + (_short(vmax / div) if div > 1 else _fmt(vmax))
    sign = CURRENCY_SIGN.get(money or "", "")
    if money and not sign:
        return f"{num}{word} {money}"
    if sign and num.startswith("-"):
        return f"-{sign}{num[1:]}{word}"
    return f"{sign}{num}{word}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def english(f: Figure) -> str:
    """The English of a figure, written from its value (never from the translation)."""
    if f.vague:
        return f.qualifier or "some"
    if f.category == "ordinal":
        return _ordinal(int(f.value))
    if f.unit == "%":
        num = _fmt(f.value) + (f"–{_fmt(f.value_max)}" if f.value_max is not None else "") + "%"
    elif f.category == "money":
        num = format_value(f.value, f.value_max, money=f.unit)
    else:
        num = format_value(f.value, f.value_max)
    return f"{f.qualifier} {num}" if f.qualifier else num
