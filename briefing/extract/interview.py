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
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}"  # "Bortolo Dal Col"
# "Dottoressa Amitrano, quanto …?", "Ministro, che cosa …?"
_VOCATIVE = re.compile(rf"^\s*(?P<title>[A-ZÀ-Ý][a-zà-ÿ]+)(?:\s+(?P<name>{_NAME}))?"
                       r"\s*,\s[^?]*\?\s*$")
# "Parla Teresa Amitrano, amministratrice …", "Intervista a Mario Rossi"
_PRESENTED = re.compile(rf"^\s*(?:Parla|Intervista\s+a|A\s+colloquio\s+con)\s+(?P<name>{_NAME})")


def is_question(paragraph: str) -> bool:
    """A paragraph that is one question with no quote in it: an interviewer's."""
    text = paragraph.strip()
    return text.endswith("?") and not re.search(r"[«»“”\"]", text) and text.count("?") == 1


def answers_turn(paragraphs: list[str], par: int) -> bool:
    """Whether paragraph ``par``, all a quote, follows an interviewer's line that is no
    question ("Federalberghi sostiene che il reddito abbia tolto manodopera."), in an
    interview of at least two questions: the answer to a point put to the interviewee."""
    if par < 1 or sum(map(is_question, paragraphs)) < 2:
        return False
    before, text = paragraphs[par - 1].strip(), paragraphs[par].strip().rstrip(" .")
    return bool(re.match(r"[«“\"]", text)) and text.endswith(("»", "”", '"')) \
        and not re.search(r"[«»“”\"]", before) and before.count(".") <= 1 \
        and len(before.split()) <= 30


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
        elif m and norm(m.group("title")) in _ADDRESS:
            # "Segretaria, quanti stagionali mancano?": the one the article names in that
            # role ("Marta Guidi, … segretaria generale della Filcams")
            holder = registry.resolve([m.group("title")])
            if holder and _named_before_questions(holder, paragraphs):
                found.add(holder)  # not "il comandante Bruno Ceccarelli" an answer recalls
    if not found and sum(map(is_question, paragraphs)) >= 2:
        found = _introduced(paragraphs, registry)
    people = {name_key(f): f for f in found}
    return next(iter(people.values())) if len(people) == 1 else None


def _before_questions(paragraphs: list[str]) -> list[str]:
    """The paragraphs before the interview's first question: its title and standfirst."""
    first = next((k for k, text in enumerate(paragraphs) if is_question(text)), 0)
    return paragraphs[:first]


def _named_before_questions(person: str, paragraphs: list[str]) -> bool:
    """Whether the words before the questions name ``person`` (by surname)."""
    surname = person.split()[-1]
    return any(re.search(rf"(?<![\w'’]){re.escape(surname)}(?![\w'’])", text)
               for text in _before_questions(paragraphs))


_BYLINE = re.compile(r"\W*(?i:(?:intervista|testo|servizio)\s+)?(?i:di|a\s+cura\s+di)\s+"
                     r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}\W*$")


def _introduced(paragraphs: list[str], registry: Registry) -> set[str]:
    """"Elena Mancuso ha 63 anni e ne ha passati 34 a disegnare l'Italia.": the one person
    the words before the first question name in full — whom the questions address; where
    they name others too ("dice di lui la direttrice del museo, Lucia Di Lello"), the first
    one, if the article names them more often than any other."""
    found: list[str] = []
    for text in _before_questions(paragraphs):
        if _BYLINE.match(text):
            continue  # "Intervista di Giulia Caputo": who asks, not who answers
        for m in re.finditer(rf"(?<![\w'’])(?P<name>{_NAME})\b", text):
            person = registry.people.get(name_key(m.group("name")))
            if person and person.is_person and is_given_name(m.group("name").split()[0]) \
                    and len(m.group("name").split()) > 1 and person.name not in found:
                found.append(person.name)
    if len(found) > 1:
        told = {f: sum(len(p.mentions) for k, p in registry.people.items()
                       if {w for w in name_key(f).split() if len(w) > 3} & set(k.split()))
                for f in found}  # by name, surname or both ("Angelo", "Balduzzi")
        if all(told[found[0]] > told[f] for f in found[1:]):
            return {found[0]}
    return set(found)
