"""Who answers in an interview written as questions and answers: the person the questions
address ("Dottoressa Amitrano, quanto vi è costato?") or the one the standfirst presents
("Parla Teresa Amitrano, …"). An answer in quotes after a question is theirs."""

from __future__ import annotations

import re

from briefing.extract.names import Registry
from briefing.italian.grammar import name_key, norm
from briefing.italian.lexicon import is_given_name
from briefing.italian.tables import words

_ADDRESS = words("speech", "address_titles")  # "dottoressa", "professore", "ministro"
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
# "Dottoressa Amitrano, quanto …?", "Ministro, che cosa …?"
_VOCATIVE = re.compile(rf"^\s*(?P<title>[A-ZÀ-Ý][a-zà-ÿ]+)(?:\s+(?P<name>{_NAME}))?"
                       r"\s*,\s[^?]*\?\s*$")
# "Parla Teresa Amitrano, amministratrice …", "Intervista a Mario Rossi"
_PRESENTED = re.compile(rf"^\s*(?:Parla|Intervista\s+a|A\s+colloquio\s+con)\s+(?P<name>{_NAME})")


def is_question(paragraph: str) -> bool:
    """A paragraph that is one question with no quote in it: an interviewer's."""
    text = paragraph.strip()
    return text.endswith("?") and not re.search(r"[«»“”\"]", text) and text.count("?") == 1


def interviewee(paragraphs: list[str], registry: Registry) -> str | None:
    """The person an interview's questions address, or its standfirst presents; None when
    the text names none, or two."""
    found: set[str] = set()
    for text in paragraphs:
        m = _PRESENTED.match(text)
        if m and is_given_name(m.group("name").split()[0]):
            found.add(registry.full_name(m.group("name")))
        m = _VOCATIVE.match(text) if is_question(text) else None
        if m and norm(m.group("title")) in _ADDRESS and m.group("name"):
            person = registry.people.get(name_key(m.group("name")))
            found.add(registry.full_name(m.group("name")) if person else m.group("name"))
    people = {name_key(f): f for f in found}
    return next(iter(people.values())) if len(people) == 1 else None
