"""Names in Italian news prose: people and bodies, the roles the text gives them, and who a
descriptor or a bare surname refers to.

News prose introduces a person once with a role ("la ministra del lavoro Maria Calderone",
"Enrico Corsini, il presidente del Consorzio") and then refers back with the surname
("Calderone") or the role alone ("la ministra", "il presidente"). :class:`Registry` reads
an article once, learns those introductions, and answers two questions for the quote
attribution: which full name a surname stands for, and which person a descriptor means.
Nothing here guesses from outside the article: a descriptor the article never ties to a
name stays a descriptor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.data import Article, Name
from briefing.extract.roles import (
    NATIONALITY,
    Roles,
    a_role,
    different_time,
    same_office,
    same_role,
)
from briefing.italian.grammar import (
    ARTICLED,
    DETERMINERS,
    FEMININE_ARTICLES,
    LEGAL_FORMS,
    OF,
    PARTICLES,
    PLACE_PREPS,
    PREMODIFIERS,
    SAINTS,
    is_cap,
    name_key,
    norm,
    sentence_starts,
    stem,
    tokens,
)
from briefing.italian.lexicon import is_common_word, is_female_name, is_given_name, stop_words
from briefing.italian.nouns import (
    BODY_CLASSES,
    INSTITUTIONS,
    PERIPHRASES,
    STREETS,
    TITLES,
    VENUES,
    is_person_noun,
)
from briefing.italian.tables import table

_MONTHS = frozenset(table("calendar")["months"])  # "Marzo 2025 Mario…" is no name


@dataclass
class Person:
    """Someone (or some body) the article names."""

    name: str
    roles: list[list[str]] = field(default_factory=list)  # role phrases, as word lists
    mentions: list[int] = field(default_factory=list)  # offsets in the article text
    # mentions after an article or an articled preposition, or naming the thing just named
    # ("sul Marco Simone", "lo stadio Giuseppe Meazza"): a thing's name where all are so
    thing_mentions: int = 0

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def is_person(self) -> bool:
        """A person rather than a body or a place: a first name, or a role or title that
        only a person holds ("la ministra", "Papa") — not a name only ever written as a
        thing's ("ha giocato sul Marco Simone")."""
        if self.mentions and self.thing_mentions == len(self.mentions):
            return False
        if any(is_given_name(w) for w in self.name.split()):
            return True
        heads = [next((w for w in role if w not in PREMODIFIERS), "") for role in self.roles]
        return any(h in TITLES or (is_person_noun(h) and h not in INSTITUTIONS | BODY_CLASSES)
                   for h in heads if h)


def name_runs(text: str, toks: list[tuple[str, int, int]] | None = None
              ) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of capitalised name sequences ("George W. Bush")."""
    toks = toks if toks is not None else tokens(text)
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not is_cap(toks[i][0]):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j][0]
            if toks[j][1] - toks[j - 1][2] > 1 or "\n" in text[toks[j - 1][2]:toks[j][1]]:
                break  # more than one space, or a line break: a new run
            if is_cap(t) or (t == "." and len(toks[j - 1][0]) == 1 and is_cap(toks[j - 1][0])):
                j += 1
            elif re.fullmatch(r"\d{1,3}", t) and j + 1 < n and is_cap(toks[j + 1][0]) \
                    and toks[j + 1][1] - toks[j][2] <= 1 and norm(toks[j - 1][0]) not in _MONTHS:
                j += 2  # "l'Ulss 6 Euganea", "Asl Napoli 2 Nord": a body's number in its name
            elif (norm(t) in PARTICLES and j + 1 < n and is_cap(toks[j + 1][0])
                  and norm(t) not in ("e", "y") and not is_cap(t)
                  and not is_common_word(toks[j + 1][0])):
                j += 2  # "Michele de Pascale", not "Tajoli di Milano"
            elif t == "&" and j + 1 < n and is_cap(toks[j + 1][0]):
                j += 2  # "Energia & Mobilità", "Procter & Gamble": a firm's or a body's name
            elif re.fullmatch(r"(?:al|el|bin|ibn|abu)-\w+", t):
                j += 1
            elif norm(t) in LEGAL_FORMS:  # "Natale Aretino srl": the firm's whole name
                j += 1
                break
            else:
                break
        while j > i and toks[j - 1][0] == ".":
            j -= 1
        runs.append((i, j))
        i = j
    return runs


class Registry(Roles):
    """The people and bodies of one article, with their roles."""

    def __init__(self, text: str, body_start: int = 0) -> None:
        self.text = text
        self.body_start = body_start  # where the article's paragraphs start (after a title)
        self.toks = tokens(text)
        self.people: dict[str, Person] = {}
        self._starts = sentence_starts(text)
        self._mid_caps = {norm(t) for k, (t, s, _) in enumerate(self.toks)
                          if is_cap(t) and k and s not in self._starts}
        for i, j in name_runs(text, self.toks):
            self._register(i, j)

    # -- building -------------------------------------------------------------------------
    def _is_sentence_start(self, k: int) -> bool:
        return k == 0 or self.toks[k][1] in self._starts

    def clean_run(self, i: int, j: int) -> tuple[int, int]:
        """Drop a sentence-initial common word ("Intanto Mario Rossi") from a run."""
        while i < j and self._is_sentence_start(i) and is_common_word(self.toks[i][0]) \
                and (norm(self.toks[i][0]) not in self._mid_caps or j - i > 1) \
                and norm(self.toks[i][0]) not in TITLES \
                and not (j - i > 1 and is_given_name(self.toks[i][0])  # "Paolo Neri, …"
                         and norm(self.toks[i][0]) not in stop_words()):  # not "Per"
            if j - i == 1 and norm(self.toks[i][0]) in self._mid_caps:
                break
            i += 1
        return i, j

    def split_complement(self, i: int, j: int) -> tuple[int, int]:
        """'della Florida Marco Rubio': the person starts at the first given name."""
        if i == 0 or norm(self.toks[i - 1][0]) not in (OF | PLACE_PREPS) or (
                j - i > 1 and is_given_name(self.toks[i][0])):  # "con Walter Neri"
            return i, j
        for k in range(i + 1, j - 1):
            if is_given_name(self.toks[k][0]) and norm(self.toks[k - 1][0]) not in PARTICLES \
                    | SAINTS:  # "di San Giorgio di Nogaro": a place
                return k, j
        return j, j  # the whole run is a complement (a place or a body)

    def split_label(self, i: int, j: int) -> tuple[int, int]:
        """'Movimento 5 Stelle Giorgio Abbate', 'Forza Italia Alberto Zanella': a party or
        a body's name run into a person's; the person starts at the first given name
        after words that are neither given names nor titles."""
        g = next((k for k in range(i + 1, j - 1) if is_given_name(self.toks[k][0])), None)
        if g is None or any(is_given_name(self.toks[k][0]) or norm(self.toks[k][0]) in TITLES
                            for k in range(i, g)):
            return i, j
        return (g, j) if all(is_common_word(self.toks[k][0]) or self.toks[k][0].isdigit()
                             for k in range(i, g)) else (i, j)

    def _register(self, i: int, j: int) -> None:
        i, j = self.clean_run(i, j)
        i, j = self.split_complement(i, j)
        i, j = self.split_label(i, j)
        if i >= j:
            return
        title = []  # "Padre Giancarlo Ferretti": a title, then a first name and a surname
        if j - i >= 3 and norm(self.toks[i][0]) in TITLES and is_given_name(self.toks[i + 1][0]):
            title, i = [[norm(self.toks[i][0])]], i + 1
        name = self.span_text(i, j)
        if len(name) < 2 or norm(name) in stop_words():
            return
        if i and norm(self.toks[i - 1][0]) in STREETS:
            return  # "via Pievaiola", "piazza Garibaldi": a place, nobody's name
        if j - i == 1 and i >= 3 and norm(self.toks[i - 1][0]) in ("e", "ed") \
                and is_cap(self.toks[i - 2][0]) and not is_given_name(self.toks[i][0]) \
                and norm(self.toks[i - 3][0]) in PLACE_PREPS | OF | {"tra", "fra"}:
            return  # "sulla A1 tra Firenze e Bologna": the second of two places
        if j - i == 1 and re.fullmatch(r"[A-ZÀ-Ý]\w+-[A-ZÀ-Ý]\w+", name) and not any(
                is_given_name(part) for part in name.split("-")):
            return  # "il vertice Putin-Trump": two people, not one
        person = self.people.setdefault(name_key(name), Person(name))
        if len(name) > len(person.name):
            person.name = name
        person.mentions.append(self.toks[i][1])
        inside_phrase = i > 0 and norm(self.toks[i - 1][0]) in DETERMINERS | ARTICLED \
            or self._name_of_a_thing(i, j)
        person.thing_mentions += inside_phrase
        before = None if inside_phrase else self._role_before(i)
        if before and not a_role(before):
            before = None  # "il nuovo romanzo di [Elena Neri]": not who she is
        role = None if inside_phrase else (before or self._role_after(j))
        if role:
            person.roles.append(role)
            # "il pubblico ministero X" is "il pm" the text names later, "il primo
            # cittadino" the mayor
            person.roles += [list(full) + role[len(short):] for short, full in PERIPHRASES.items()
                             if tuple(role[:len(short)]) == short]
        titles = [norm(self.toks[k][0]) for k in range(i, j) if norm(self.toks[k][0]) in TITLES]
        person.roles.extend(title)
        person.roles.extend([t] for t in titles)
        # "Barack e Michelle Obama": Barack is an Obama too
        if i >= 2 and norm(self.toks[i - 1][0]) == "e" and is_given_name(self.toks[i - 2][0]) \
                and j - i >= 2:
            other = f"{self.toks[i - 2][0]} {self.span_text(j - 1, j)}"
            self.people.setdefault(name_key(other), Person(other)).mentions.append(
                self.toks[i - 2][1])

    def _name_of_a_thing(self, i: int, j: int) -> bool:
        """'un infermiere dell'ospedale [Cardarelli]', 'del nucleo [Usar]': the name of the
        thing named just before it, not of the person the phrase opens with."""
        if i < 2:
            return False
        before = self.toks[i - 1][0]
        if norm(before) in VENUES:  # "l'ospedale Maria Vittoria", "lo stadio Giuseppe Meazza"
            return True
        return before.isalpha() and not is_cap(before) and not is_person_noun(before) \
            and norm(self.toks[i - 2][0]) in PLACE_PREPS | OF \
            and not any(is_given_name(self.toks[k][0]) for k in range(i, j))

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.toks[i][1]: self.toks[j - 1][2]]


    def _other_of(self, nationality: str, head: str) -> bool:
        """Whether the article has someone else of that nationality ("il collega francese"),
        so a role with it need not be the person the article named in that office."""
        for m in re.finditer(rf"\b(\w+)\s+{re.escape(nationality)}\b", self.text, re.I):
            noun = norm(m.group(1))
            if noun != head and is_person_noun(noun) and noun not in INSTITUTIONS:
                return True
        return False

    # -- questions ------------------------------------------------------------------------
    def mention_counts(self) -> dict[str, int]:
        """How often each person or body is named (by name key), for comparing articles."""
        return {p.key: len(p.mentions) for p in self.people.values() if p.key}

    def names(self) -> list[Name]:
        """The article's names as records, in the order it first writes them."""
        people = sorted((p for p in self.people.values() if p.key),
                        key=lambda p: min(p.mentions, default=0))

        def person(p: Person) -> bool:  # "Putin" is a person where "Vladimir Putin" is one
            full = self.people.get(name_key(self.full_name(p.name)), p)
            return p.is_person or full.is_person

        aliases = self.aliases()
        return [Name(p.name, p.key, len(p.mentions), person(p), aliases.get(p.key))
                for p in people]

    def aliases(self) -> dict[str, str]:
        """Names the text says are one person: "Papa Francesco, al secolo Jorge Mario
        Bergoglio", "Lucio Dalla (all'anagrafe Lucio Dalla)". By name key, both ways."""
        out: dict[str, str] = {}
        for m in _ALIAS.finditer(self.text):
            a, b = m.group("a"), m.group("b")
            ka, kb = name_key(a), name_key(b)
            if ka != kb and ka in self.people and kb in self.people:
                out[ka], out[kb] = self.people[kb].name, self.people[ka].name
        return out

    def full_name(self, name: str, before: int | None = None) -> str:
        """'Putin' → 'Vladimir Putin' when the article names exactly one such person — of
        two, the one named in full ``before`` that point, if only one was."""
        key = name_key(name)
        words = key.split()
        found = {p.key: p for p in self.people.values()
                 if len(p.key.split()) > len(words) and _contains(p.key.split(), words)}
        if key in self.people and len(words) > 1 and not found:
            return self.people[key].name  # a full name; not "Di Cioccio" of Ettore Di Cioccio
        if len(found) > 1 and before is not None:
            found = {k: p for k, p in found.items() if p.mentions and min(p.mentions) < before}
        if len(found) == 1:
            return next(iter(found.values())).name
        return self.people[key].name if key in self.people else name

    def has_role(self, name: str) -> bool:
        """Whether the article gives the person ``name`` any role."""
        p = self.people.get(name_key(name))
        return bool(p and any(a_role(r) for r in p.roles))

    def holds_as(self, name: str, head: str, mods: Iterable[str] = (),
                 when: Iterable[str] = ()) -> bool:
        """Whether the person ``name`` holds an office like ``head`` in this article, and
        no nationality in ``mods`` points to another holder ("il ministro francese"), nor
        ``when`` ("il nuovo campione") to another time than theirs ("campione uscente")."""
        p = self.people.get(name_key(name))
        if any(NATIONALITY.search(m) and m not in " ".join(w for r in (p.roles if p else [])
                                                            for w in r)
               and self._other_of(m, head) for m in mods):
            return False
        return p is not None and any(
            same_office(head, next((w for w in role if w not in PREMODIFIERS), ""))
            and not different_time(list(when), role) for role in p.roles)

    def holds(self, head: str) -> bool:
        """Whether someone the article names holds an office like ``head``."""
        return any(same_office(head, next((w for w in role if w not in PREMODIFIERS), ""))
                   for p in self.people.values() for role in p.roles)

    def resolve(self, descriptor: Iterable[str], before: int | None = None) -> str | None:
        """The person a role descriptor ('la ministra', 'il leader egiziano') refers to."""
        descriptor = list(descriptor)
        words = [norm(w) for w in descriptor if norm(w) not in DETERMINERS]
        when = [w for w in words if w in PREMODIFIERS]  # "il nuovo campione"
        words = [w for w in words if w not in PREMODIFIERS]
        if not words:
            return None
        female = _feminine(descriptor, words[0])
        found = self._holder(words, before, female=female, when=when)
        if found:
            return found
        for short, full in PERIPHRASES.items():
            if words[: len(short)] == list(short) or [w for w in words if w not in OF][
                    : len(short)] == list(short):
                # "il governatore" is the region's president, "il governatore della Banca
                # d'Italia" is not: the descriptor's own complement must fit too
                extra = [w for w in [w for w in words if w not in OF][len(short):]
                         if len(w) > 2]
                return self._holder(list(full) + [w for w in words[len(short):]
                                                  if w not in short], before, extra, female,
                                    when)
        return None

    def _holder(self, words: list[str], before: int | None,
                required: list[str] | None = None, female: bool = False,
                when: list[str] | None = None) -> str | None:
        """The one person whose role fits ``words`` best (``required``: words their role
        must share, when there are any; ``female``: "la pm" is no man; ``when``: the
        descriptor's "nuovo", "ex" …)."""
        words = [w for w in words if w not in _SAME_ONE] or words
        head, mods = words[0], [w for w in words[1:] if w not in OF and len(w) > 2]
        best: list[tuple[int, int, str]] = []
        for p in self.people.values():
            if female and is_female_name(self.full_name(p.name).split()[0]) is False:
                continue
            for role in p.roles:
                if different_time(words + (when or []), role):
                    continue  # "il presidente uscente" is not "il nuovo presidente"
                role = [w for w in role if w not in PREMODIFIERS]
                if not role or not same_office(head, role[0]):
                    continue
                if len(role) > 1 and role[0] == "primo" and head != "primo":
                    continue
                score = sum(any(stem(m) == stem(r) for r in role) for m in mods)
                if required and not any(stem(m) == stem(r) for m in required for r in role):
                    continue
                own = [r for r in role[1:] if r not in OF and len(r) > 2]
                if mods and score == 0 and own:
                    continue  # "il leader ucraino" is not "il premier spagnolo"
                if any(NATIONALITY.search(m) and m not in role and self._other_of(m, head)
                       for m in mods):
                    continue  # "il ministro francese" is not "il ministro Carlo Neri"
                exact = same_role(head, role[0]) or (role[0] == "premier" and head in (
                    "premier", "presidente") and "consiglio" in mods)
                if not exact and score == 0:
                    continue  # a kindred office alone ("il leader" ~ "il premier"): no
                last = max((m for m in p.mentions if before is None or m < before), default=-1)
                best.append((score + (2 if exact else 0), last, self.full_name(p.name)))
        if not best:
            return None
        # "Corsini" and "Enrico Corsini" are one person: keep each person's best fit
        merged: dict[str, tuple[int, int, str]] = {}
        for b in best:
            if b[2] not in merged or b[:2] > merged[b[2]][:2]:
                merged[b[2]] = b
        ranked = sorted(merged.values(), reverse=True)
        if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
            return None  # two people fit equally: do not guess
        if len(ranked) > 1 and ranked[0][0] == 0:
            return None  # only a kindred office ("il capo" ~ "il premier") and no detail
        return ranked[0][2]




def _feminine(descriptor: list[str], head: str) -> bool:
    """A role said of a woman by its article: "la pm", "la candidata" (not "il sindaco",
    which news also writes of women, nor "l'economista", which may be either)."""
    return bool(descriptor) and norm(descriptor[0]) in FEMININE_ARTICLES


def _contains(seq: list[str], sub: list[str]) -> bool:
    return any(seq[i:i + len(sub)] == sub for i in range(len(seq) - len(sub) + 1))




def article_registry(article: Article) -> Registry:
    """The names of one article: its title, then its paragraphs (a blank line between, so
    the title's last word and the body's first are never read as one name)."""
    head = f"{article.title_it}\n\n" if article.title_it else ""
    return Registry(head + "\n".join(p.it for p in article.paragraphs), len(head))


# "lo stesso portavoce": the one just named, not a kind of spokesman
_SAME_ONE = frozenset({"stesso", "stessa", "stessi", "stesse", "medesimo", "medesima"})


_ALIAS_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}"
_ALIAS = re.compile(rf"(?P<a>{_ALIAS_NAME})\s*[,(]?\s*(?:al secolo|all['’]anagrafe|alias|"
                    rf"vero nome|nome di battesimo)\s+(?P<b>{_ALIAS_NAME})")
