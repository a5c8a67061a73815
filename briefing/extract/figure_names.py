"""Numbers that name rather than count: dates, codes ("A400M", "gara-2"), scores ("4-2"),
phone numbers, URLs, a short quoted title ("Il sole 24 ore"), and a number named after a
capitalised word ("Air Jordan 13", "Servizio 118") — but not after a participle opening the
sentence ("Sequestrati 186 cuccioli")."""

from __future__ import annotations

import re

from briefing.extract import figure_forms as forms
from briefing.extract.dates import date_spans
from briefing.italian.lexicon import lemma
from briefing.italian.tables import table

_NOT_NAMES = frozenset(table("figures")["not_names_before_number"])


class Blocked:
    """One sentence with the stretches that cannot be figures marked off."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocked: list[tuple[int, int]] = [(a, b) for a, b, _ in date_spans(text)]
        for m in re.finditer(r"\b[A-Za-z]+\d+[A-Za-z\d]*\b|\b\d+[A-Za-z]+\d+\w*\b"
                             r"|\b\w+-\d+\b|\b\d+-\w*[A-Za-z]\w*\b", text):
            if not re.fullmatch(r"\d+(?:mila|mln|mld|esim[oaie]|enn[ei])", m.group(), re.I):
                self.blocked.append(m.span())  # codes: A400M, Flightradar24, gara-2, top-3
        for m in re.finditer(r"\b\d{1,2}\s?-\s?\d{1,2}\b(?!\s*(?:%|[a-zà-ÿ]{3,}))", text):
            if not re.match(r"\s*,\s*-", text[m.end():]):
                self.blocked.append(m.span())  # a score: 4-2, 1-1
        for m in re.finditer(r"(?:\+\d{1,3}[\s.]?)?\b\d{2,4}(?:[\s./-]\d{2,5}){1,4}\b", text):
            digits = len(re.sub(r"\D", "", m.group()))
            if digits >= 8 and (digits >= 9 or re.search(
                    r"tel|telefon|cell|numero|chiama|fax|whatsapp",
                    text[max(0, m.start() - 30):m.start()], re.I)):
                self.blocked.append(m.span())  # phone numbers
        for m in re.finditer(r"\b\d{1,2}-[A-Z]{3}-\d{2,4}\b|\b[A-Z]{2,}/[A-Z]{2,}\b"
                             r"|\bNNNN\b|(?:https?://|www\.)\S+|`[^`]*`|\b\S+@\S+\.\w+", text):
            self.blocked.append(m.span())  # wire codes, URLs, code, e-mail addresses
        # numbers inside a short quoted title: “Il sole 24 ore” (not «Siamo oltre 10 mila»)
        for m in re.finditer(r"[«“\"]([^«»“”\"]{1,40})[»”\"]", text):
            inner = m.group(1)
            if (inner[:1].isupper() or inner.strip().isdigit()) and len(inner.split()) <= 6 \
                    and re.search(r"\d", inner) and not forms.is_statement(inner):
                self.blocked.append(m.span())

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.blocked)


def capitalised_name_before(s: str, start: int) -> bool:
    """'Air Jordan 13', 'Servizio 118': a number named after a word, not a quantity."""
    m = re.search(r"([A-ZÀ-Ý][\wÀ-ÿ]+)\s+$", s[:start])
    if not m:
        return False
    word = m.group(1).lower()
    if not s[:m.start()].strip(" «\"“-–—") and _PLURAL_PARTICIPLE.search(word) \
            and lemma(word) != word:
        return False  # "Sequestrati 186 cuccioli": a participle opening the sentence
    return word not in _NOT_NAMES


_PLURAL_PARTICIPLE = re.compile(r"(?:at|it|ut)[ie]$")
