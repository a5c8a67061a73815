"""Italian number forms written in English: "15mila" → "15,000", "1 milione e 200 mila" →
"1.2 million", "10mila euro" → "€10,000", "387 600" → "387,600".

Two passes. Before translation, :func:`number_spans` finds the forms in the Italian and
the English is written from the parsed value (with :func:`briefing.english.format_value`,
as for figures); the span is protected by a digits placeholder, so the engine still reads
a number there. After translation, :func:`english_numbers` rewrites whatever Italian form
an engine still let through ("15mila soldiers", "1 million and 200 mila"): no "NNmila"
reaches a reader. The Italian side is the more robust (measured on newssyscomb2009: the
English side depends on what Apertium writes, "pounds sterling", "mld." as "billion. of").

A bare number ("2006", "10.000", "4,5") is left to the engine and the digit regrouping,
so years, times and percentages are never touched.
"""

from __future__ import annotations

import re

from briefing.english import format_value
from briefing.italian.numbers import SCALES
from briefing.translate.protect import Span

_CURRENCY = {"euro": "EUR", "dollari": "USD", "dollaro": "USD", "sterline": "GBP",
             "sterlina": "GBP", "€": "EUR", "$": "USD", "£": "GBP"}
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_IT_FORM = re.compile(
    rf"(?<![\w.,])(?P<cur1>[€$£]\s?)?"
    rf"(?:(?P<n>{_NUM})\s?(?P<scale>{_SCALE})\b"
    r"(?:\.(?=\s+d(?:i\b|['’])))?"  # "700 mld. di dollari"
    rf"(?:\s+e\s+(?P<n2>{_NUM})\s?(?P<scale2>{_SCALE})\b)?"
    r"|(?P<spaced>\d{1,3}(?:\s\d{3})+)(?![\d.,]?\d)"
    rf"|(?P<plain>{_NUM})(?![\d.,]?\d))"
    r"(?![\w%°])")
_CUR_AFTER = re.compile(r"(?:\s+(?:di|d['’]))?\s*(euro|dollari|dollaro|sterline|sterlina)\b")
_DI_AFTER = re.compile(r"\s+(?:di\b|d['’])")


def _value(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def number_spans(sentence: str) -> list[Span]:
    """Italian number forms in ``sentence``, each with its English, as number spans.

    "1,5 milioni di persone" takes its "di" too ("1.5 million people"); "tra i 10 e gli
    11 mila" gives the first number its scale (10,000 and 11,000).
    """
    out: list[Span] = []
    for m in _IT_FORM.finditer(sentence):
        g = m.groupdict()
        rest = sentence[m.end():]
        cur_m = _CUR_AFTER.match(rest)
        cur = (cur_m.group(1) if cur_m else None) or (g["cur1"] or "").strip() or None
        end = m.end() + (cur_m.end() if cur_m else 0)
        if g["plain"] is not None:
            if cur is None:
                continue  # a bare number: the engine and the regrouping handle it
            value = _value(g["plain"])
        elif g["spaced"] is not None:
            value = float(re.sub(r"\s", "", g["spaced"]))
        else:
            value = _value(g["n"]) * SCALES[g["scale"]]
            if g["n2"]:
                value += _value(g["n2"]) * SCALES[g["scale2"]]
            if cur_m is None and SCALES[g["scale"]] >= 1e6:
                di = _DI_AFTER.match(rest)
                if di:
                    end = m.end() + di.end()
        if value > 1e15:
            continue
        money = _CURRENCY.get(cur or "")
        # running prose spells it out: "$700 billion", not the tables' "$700 bn"
        text = format_value(value, money=money).replace(" bn", " billion")
        out.append(Span(m.start(), end, "number", text))
        if g["scale"] in ("mila", "mille") and not g["n2"]:
            r = re.search(rf"(?<![\w.,])({_NUM})(\s+e\s+(?:gli\s+|i\s+|le\s+)?)$",
                          sentence[:m.start()])
            if r and _value(r.group(1)) < _value(g["n"]):
                out.insert(len(out) - 1, Span(r.start(1), r.end(1), "number",
                                              format_value(_value(r.group(1)) * 1e3)))
    return out


_EN_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = {"millions": "million", "milioni": "million", "milione": "million",
          "mln": "million", "billions": "billion", "miliardi": "billion",
          "miliardo": "billion", "mld": "billion"}
_SIGN = {"euro": "EUR", "euros": "EUR", "dollars": "USD", "dollar": "USD",
         "pounds sterling": "GBP", "pounds": "GBP"}


def _en(s: str) -> float:
    return float(s.replace(",", ""))


def english_numbers(text: str) -> str:
    """Italian number forms left in an English text, rewritten: '15mila' → '15,000',
    '1 million and 200 mila' → '1.2 million', '4.5 millions' → '4.5 million',
    '1.5 million of euro' → '€1.5 million', '387 600' → '387,600'."""
    scale = {"mila": 1e3, "mille": 1e3, "thousand": 1e3, "million": 1e6, "millions": 1e6,
             "billion": 1e9, "billions": 1e9}
    text = re.sub(rf"(?<![\w.,])({_EN_NUM}) (million|billion)s? and ({_EN_NUM}) ?"
                  r"(mila|mille|thousand|million)\b",
                  lambda m: format_value(_en(m[1]) * scale[m[2]] + _en(m[3]) * scale[m[4]]),
                  text)
    text = re.sub(rf"(?<![\w.,])({_EN_NUM}) ?(?:mila|mille)\b",
                  lambda m: format_value(_en(m[1]) * 1e3), text)
    text = re.sub(rf"(?<![\w.,])({_EN_NUM}) ?({'|'.join(_WORDS)})\b",
                  lambda m: f"{m[1]} {_WORDS[m[2]]}", text)
    text = re.sub(r"(?<![\w.,])(\d{1,3}(?: \d{3})+)(?![\d,]|\.\d)",
                  lambda m: f"{int(m[1].replace(' ', '')):,}", text)
    text = re.sub(r"\b(\d[\d,.]* (?:million|billion)) of\b", r"\1", text)
    text = re.sub(rf"(?<![\w.,€$£])({_EN_NUM})( million| billion)? "
                  r"(euros?|dollars?|pounds sterling|pounds)\b",
                  lambda m: {"EUR": "€", "USD": "$", "GBP": "£"}[_SIGN[m[3]]] + m[1]
                  + (m[2] or ""), text)
    return text
