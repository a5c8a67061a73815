"""Noun phrases in Italian news prose: the subject before or after a verb of saying, and
whether a phrase holds a name ('name') or a role alone ('desc').

The phrases are read on sentences whose quotations are masked (see
:mod:`briefing.extract.document`); they only find the words, :mod:`briefing.extract.resolver`
decides whom they name.
"""

from __future__ import annotations

import re

from briefing.extract.document import unmask, words
from briefing.extract.openings import name_ahead, opening
from briefing.extract.units import as_listed
from briefing.extract.wordkinds import (
    is_verb_like,
    name_like,
    role_then_name,
    saints_place,
    titled_name,
)
from briefing.italian.grammar import (
    ADVERBS,
    ARTICLED,
    COMPLEMENT,
    DETERMINERS,
    HE_SHE,
    INDEFINITE,
    LINKS,
    OF,
    PLACE_PREPS,
    POSSESSIVES,
    PREMODIFIERS,
    SURNAME_PARTICLES,
    is_cap,
    norm,
    tokens,
)
from briefing.italian.lexicon import (
    is_common_word,
    is_gerund,
    is_given_name,
    is_verb_form,
    stop_words,
)
from briefing.italian.nouns import (
    BODY_HEADS,
    FIRMS,
    NOT_ROLES,
    PERIPHRASES,
    TITLES,
    could_be_person,
    is_person_noun,
    is_venue,
)
from briefing.italian.speech import is_speech_word
from briefing.italian.tables import table

Phrase = tuple[str, str]  # ("name" or "desc", the words)
_P = table("patterns")
# "Venerdì si fermeranno i cantieri": a day or a month opening a sentence is nobody
_CALENDAR = frozenset(table("calendar")["weekdays"] + table("calendar")["months"])


_TO_THE = frozenset(p for p in ARTICLED if p.startswith("a"))  # "al", "alla", "agli" …


def _phrase_end(toks: list[tuple[str, int, int]], start: int) -> int:
    """Where the noun phrase starting at ``start`` ends: at punctuation, a complement that
    is not part of it, a conjunction, or a verb."""
    end = start
    head = start + (start + 1 < len(toks) and norm(toks[start][0]) in DETERMINERS)
    body = norm(toks[head][0]) in BODY_HEADS if head < len(toks) else False
    while end < len(toks):
        t, nt = toks[end][0], norm(toks[end][0])
        if t in ",;:.!?()«»“”\"–—⁅" or (t == "-" and end > start):
            break
        step = _body_goes_on(toks, end) if body and end > head else 0
        if step:  # "l'assessorato all'Agricoltura e alla Pesca": a body's name goes on
            end += step
            continue
        if end == start + 2 and nt in _TO_THE and norm(toks[start][0]) in INDEFINITE \
                and is_person_noun(toks[start + 1][0]) and end + 1 < len(toks) \
                and toks[end + 1][0].isalpha() and not is_cap(toks[end + 1][0]):
            end += 2  # "un addetto alla seggiovia": what the person is there for
            continue
        if end > start and nt in PLACE_PREPS and not is_cap(t) \
                and not (end + 1 < len(toks) and is_cap(toks[end + 1][0]) and (
                    nt in OF or _indefinite_after_modifier(toks, start, end))):
            g = name_ahead(toks, end) if norm(toks[start][0]) in DETERMINERS else None
            if g is None:
                break
            end = g
            continue
        if end > start and nt in ("che", "mentre", "prima", "dopo", "quando", "come", "e") \
                and not (nt == "e" and end + 1 < len(toks) and is_cap(toks[end + 1][0])):
            break
        if end > start and not is_cap(t) and nt not in OF and (
                is_speech_word(t) or nt.endswith(("ando", "endo", "endosi", "andosi"))):
            break
        if end > start + 1 and is_cap(toks[end - 1][0]) and not is_cap(t) \
                and nt not in OF and is_verb_like(t):
            break  # "un anziano di Maletto [descrive …]": the verb after a name
        end += 1
    return end


def _body_goes_on(toks: list[tuple[str, int, int]], k: int) -> int:
    """How many tokens from ``k`` a body's name goes on through a complement with a
    capital ("al Turismo", "e alla Pesca"): 0 where it does not."""
    def cap(i: int) -> bool:
        return i < len(toks) and is_cap(toks[i][0])
    nk = norm(toks[k][0])
    if nk in PLACE_PREPS and not is_cap(toks[k][0]) and cap(k + 1):
        return 2
    if nk == "e" and k + 1 < len(toks) and norm(toks[k + 1][0]) in PLACE_PREPS and cap(k + 2):
        return 3
    return 0


def _indefinite_after_modifier(toks: list[tuple[str, int, int]], start: int, end: int) -> bool:
    """"un pendolare diretto a Orte": someone unnamed, placed by a participle or an
    adjective; not "un testimone a Repubblica" (the outlet it spoke to)."""
    return norm(toks[start][0]) in INDEFINITE and end - start >= 3 \
        and not is_person_noun(toks[end - 1][0]) and not is_cap(toks[end - 1][0])


_PARTICIPLE = re.compile(r"(?:at|it|ut|ess|ett|ott|ist|eso|esa)[oaie]$")


def person_phrase_end(toks: list[tuple[str, int, int]]) -> int | None:
    """Where a person's noun phrase ends, past its complements ("in pediatria", "di via
    Altinate", "diretto a Orvieto"): the first word no preposition brings in (None: a
    clause, not a phrase)."""
    k = 0
    while k < len(toks):
        if k + 1 < len(toks) and _PARTICIPLE.search(norm(toks[k][0])) \
                and norm(toks[k + 1][0]) in OF | PLACE_PREPS | ARTICLED:
            k += 1  # "un pendolare diretto a Orvieto"
        if norm(toks[k][0]) not in OF | PLACE_PREPS | ARTICLED:
            break
        k += 1
        while k < len(toks) and norm(toks[k][0]) in DETERMINERS:
            k += 1
        if k == len(toks) or is_verb_like(toks[k][0]) and not is_cap(toks[k][0]):
            return None
        k += 1
        while k < len(toks) and is_cap(toks[k][0]):
            k += 1
    if k < len(toks) and (is_cap(toks[k][0]) or norm(toks[k][0]) in ("che", "e")):
        return None  # a name or a second subject after it: not a plain subject
    return k


def _bare_plural(word: str) -> bool:
    """'testimoni', 'residenti', 'fonti': a plural person noun with no article, which
    Italian puts after the verb as its subject."""
    w = norm(word)
    return not is_cap(word) and w.endswith(("i", "e")) and w not in DETERMINERS \
        and is_person_noun(w) and not is_verb_form(w) and len(w) > 4


_WHEN = re.compile(rf"^\s*(?:(?:{as_listed(_P['when_days'])})"
                   rf"(?:\s+(?:{as_listed(_P['when_day_parts'])}))?"
                   rf"|(?:in|nella)\s+(?:{as_listed(_P['when_in_day_parts'])})"
                   rf"(?:\s+di\s+(?:{as_listed(_P['when_of_days'])}))?"
                   rf"|a\s+fine\s+(?:{as_listed(_P['when_end_of'])})"
                   rf"|al\s+termine\s+(?:{as_listed(_P['when_at_end_of'], spaces=True)})"
                   r")\s+(?=\S)", re.I)  # "ha detto a fine gara Malaguti"


_OF_HIM = re.compile(r"^\s*(?:su\s+)?di\s+(?:lui|lei|loro)\b", re.I)
_ASIDE = re.compile(r"\s*\([^()«»“”\"]{1,30}\)")
# "Le risponde, poco dopo, il sindaco": a short lower-case aside between commas right after
# the verb, before its subject
_LEADING_ASIDE = re.compile(r"^\s*,\s*(?:[a-zà-ÿ'’]+\s+){0,3}[a-zà-ÿ'’]+\s*,(?=\s)")
# "…, Salvatore Scotto di Carlo.": a surname may hold "di", "de", "del", "della"; a role
# may come first ("la prima autrice dello studio, l'ornitologa Elena Marchesi.")
# "un'infermiera prima di essere richiamata dal presidente, Paolo Neri": a clause of its
# own, whose name is not the subject's
_INFINITIVE = re.compile(r"\b(?:prima\s+di|dopo\s+(?:essere|aver)|senza|per\s+(?:essere|aver))\s",
                         re.I)
_CLAUSE_OPENERS = frozenset({"prima"})  # "prima di essere richiamata …,": its own clause
# (a dot between letters is an acronym's, "il presidente di ER.GO, Stefano Benassi")
# (a rank without its article, "…, colonnello Pasquale Ferrante."; a place of work after the
# name, "la fisiatra Marta Ricci dell'Università di Pavia.")
_LATE_NAME = re.compile(r"(?:[^,;:.!?«»“”\"]|(?<=\w)\.(?=\w)){2,70},"
                        r"\s*(?:(?:(?:il|la|lo|l['’])\s*)?[a-zà-ÿ]{3,}\s+)?"
                        r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:di|de|del|della|dello|dei|da|dal|"
                        r"dalla|lo|la)\s+)?[A-ZÀ-Ý][\w'’-]+){1,2})"
                        r"(?:\s+(?:del|della|dello|dell['’]|dei|degli|delle)\s*[A-ZÀ-Ý][^,;:.!?]{0,40})?"
                        r"\s*(?:[,.;:!?]|$)")


def np_after(text: str) -> Phrase | None:
    """A subject right after a verb: ('name', 'Trump') or ('desc', 'il leader egiziano').

    Adverbs and one short place/channel phrase may come first ("ha detto a Venezia il
    premier Matteo Renzi", "ha ricordato su Truth Donald Trump"); "dicono dal Comando"
    names the body the words come from.
    """
    text = _WHEN.sub(" ", unmask(text, " ⁅ "), count=1)  # "ha detto ieri sera il sindaco"
    text = _OF_HIM.sub(" ", text, count=1)  # "dice di lui la madre di una paziente"
    # "il portavoce dell'Agenzia per i disastri (Bnpb), Hendra Wibisono": a short aside in
    # brackets is no edge of the phrase
    text = _ASIDE.sub("", _LEADING_ASIDE.sub(" ", text, count=1))
    toks = tokens(text)
    if toks and is_gerund(toks[0][0]) and len(toks) > 1 and not is_cap(toks[1][0]):
        # "ha detto presentando il rapporto la presidente della Fondazione, Ada Neri.": the
        # gerund's object, then the subject — named in apposition closing the clause
        late = _LATE_NAME.match(text, toks[1][1])
        return ("name", late.group("name")) if late and is_given_name(
            late.group("name").split()[0]) else None
    start_at = opening(toks)
    if start_at is None:
        return None
    start, prefix = start_at
    first = toks[start][0]
    titled = norm(first) in TITLES and start + 1 < len(toks) and is_cap(toks[start + 1][0])
    bare = _bare_plural(first) and not titled  # "hanno riferito testimoni presenti …"
    if not (is_cap(first) or norm(first) in DETERMINERS | {"uno", "una"} or prefix or bare
            or titled):
        return None
    end = _phrase_end(toks, start)
    if is_cap(first) and end > start + 1 and is_cap(toks[start + 1][0]) \
            and norm(first) in SURNAME_PARTICLES:
        return "name", text[toks[start][1]: toks[end - 1][2]]  # "dice Dal Bosco"
    if bare and end > start:
        return "desc", text[toks[start][1]: toks[end - 1][2]]
    if end == start:
        return None
    # "una di loro, Giulia", "la capogruppo del Pd in commissione Bilancio, Ada Neri":
    # a name in apposition says who
    late = _LATE_NAME.match(text, toks[start][1])
    if late and is_given_name(late.group("name").split()[0]) \
            and norm(toks[start][0]) in DETERMINERS \
            and not _INFINITIVE.search(text, toks[start][1], late.start("name")):
        # "sostiene il referente veneto per i grandi carnivori, Matteo Busato.": whatever
        # the role, the name in apposition that closes the clause
        return "name", late.group("name")
    comma = _apposition_comma(toks, start, end)
    if comma is not None and comma + 1 < len(toks) and is_cap(toks[comma + 1][0]):
        j = comma + 1
        while j < len(toks) and is_cap(toks[j][0]):
            j += 1
        if (j == len(toks) or toks[j][0] in ",.;:!?") and is_given_name(toks[comma + 1][0]):
            return "name", text[toks[comma + 1][1]: toks[j - 1][2]]
    if comma is not None:  # "il portavoce delle forze del Sud, il colonnello Ugo Neri,"
        appos = re.split(r"[,;:.!?]", text[toks[comma][2]:])[0].strip()
        # up to the end of the name: "l'ingegnere Mario Russo dei vigili del fuoco"
        named = re.match(r"(?:\S+\s+){1,5}?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*", appos)
        for cand in (appos, named.group() if named else ""):
            if cand and (role_then_name(cand) or titled_name(cand)):
                return classify(cand)
            # "il comandante, capitano di fregata Marco Ferrante": a rank with no article
            if cand and norm(first) in DETERMINERS and not any(
                    is_cap(t) for t, _, _ in toks[start:comma]) and (
                    is_person_noun(cand.split()[0]) or norm(cand.split()[0]) in TITLES) \
                    and role_then_name("il " + cand) and any(
                        is_given_name(w) for w in cand.split()[1:-1]):
                return classify(cand)
    return classify(prefix + text[toks[start][1]: toks[end - 1][2]])


def _apposition_comma(toks: list[tuple[str, int, int]], start: int, end: int) -> int | None:
    """The comma after a role and its complements ("in commissione Bilancio alla Camera"),
    where a name in apposition would follow; None when a verb or a clause comes first."""
    if end < len(toks) and toks[end][0] == ",":
        return end
    if not (norm(toks[start][0]) in DETERMINERS | {"uno", "una"} and start + 1 < len(toks)
            and is_person_noun(toks[start + 1][0])):
        return None
    relative = end < len(toks) and norm(toks[end][0]) == "che"
    for k in range(end + relative, min(end + (14 if relative else 10), len(toks))):
        t = toks[k][0]
        if t == ",":
            return k
        if norm(t) in _CLAUSE_OPENERS and k + 1 < len(toks) and norm(toks[k + 1][0]) == "di" \
                or relative and (is_cap(t) or norm(t) == "che") or t in ";:.!?()«»“”\"–—⁅":
            return None  # "il funzionario che ha sentito Ugo Neri, …": whose apposition?
        gerund = is_gerund(t) or re.fullmatch(r"[a-zà-ÿ]{3,}(?:ando|endo)", t) is not None \
            and norm(toks[k - 1][0]) not in DETERMINERS | OF | PLACE_PREPS
        if not relative and (norm(t) == "che" or gerund or not is_cap(t)
                             and is_verb_like(t) and not re.search(r"[aiu]t[oaie]$", norm(t))):
            return None  # a verb or a gerund ("la sindaca X tagliando il nastro con
            # l'assessore, Y"); not a participle ("dei vigili intervenuti sul posto, X")
    return None


def _unnamed(rest: list[str], head: str) -> bool:
    """Someone an indefinite phrase brings in by a person noun, whose capitalised words are
    only those of a complement ("un assistente bagnanti dello stabilimento Le Dune"): no
    name of theirs ("un dipendente della Fiat, Mario Rossi" names one)."""
    k = rest.index(head)
    caps = [i for i in range(k + 1, len(rest)) if is_cap(rest[i])]
    return could_be_person(head) and bool(caps) \
        and any(norm(t) in OF | PLACE_PREPS for t in rest[k + 1:caps[0]]) \
        and not any(is_given_name(rest[i]) for i in caps)


def classify(phrase: str) -> Phrase | None:
    """('name', …) if the phrase holds a name, ('desc', …) for a role alone, else None."""
    phrase = re.sub(r"\s+che(?:\s+\S+)?$", "", phrase.strip(" ,"))  # "Il contadino che [ne]"
    if not phrase:
        return None
    low = [norm(w) for w in words(phrase)]
    raw = words(phrase)
    if not low or is_venue(raw[0]) or (len(low) > 1 and low[0] in DETERMINERS
                                       and is_venue(raw[1])):
        return None
    if len(low) == 1 and (low[0] in _CALENDAR or low[0] in stop_words()
                          and low[0] not in HE_SHE and not is_given_name(raw[0])):
        return None  # "Lunedì", "Più disincantato un condomino:": no one's name
    toks = tokens(phrase)
    surname = raw[0] == "Di" and len(raw) > 1 and is_cap(raw[1])  # "Di Cioccio"
    if low[0] in PLACE_PREPS | ARTICLED | OF and not surname:
        return None  # "Dal palco del Teatro Regio": a place, not a subject
    if low[0] in DETERMINERS | {"uno", "una"}:
        rest = [t for t, _, _ in toks[1:] if norm(t) not in PREMODIFIERS | {"uno", "una"}]
        head = next((t for t in rest if norm(t) not in OF), "")
        after = rest[rest.index(head) + 1:] if head in rest else []
        if norm(head) in BODY_HEADS and not is_cap(head) and not (after and is_cap(after[0])):
            # "la protezione civile di Cuneo", "il consiglio comunale": a body, which the
            # resolver finds by its place or as the one of its kind the article names
            return "desc", phrase
        if norm(head) in FIRMS and not is_cap(head) and after and is_cap(after[0]):
            return "name", phrase  # "la cantina Bartolucci": a firm by its name
        plain = tuple(norm(t) for t, _, _ in toks[1:] if norm(t) not in OF)
        if any(plain[:len(short)] == short for short in PERIPHRASES):
            return "desc", phrase  # "il primo cittadino", "il capo dello Stato"
        person = could_be_person if low[0] in INDEFINITE else is_person_noun
        if head and not is_cap(head) and not person(head):
            k = rest.index(head)
            named = any(is_given_name(t) for t in rest[k + 1: k + 4])
            if norm(head) in NOT_ROLES or not named:
                return None  # "il lancio del razzo Vega", "il caso Cecilia Sala"
        if low[0] in INDEFINITE and head and not is_cap(head) and _unnamed(rest, head):
            return "desc", phrase  # "un'operatrice della cooperativa Il Mandorlo"
    if is_cap(raw[0]) and _bare_plural(low[0]) and is_common_word(raw[0]) \
            and not is_given_name(raw[0]) and low[0] not in TITLES \
            and not (len(raw) > 1 and is_cap(raw[1])):
        return "desc", phrase  # "Fonti dell'Asl precisano": a bare plural opening a sentence
    if any(name_like(t) and not saints_place(toks, k) for k, (t, _, _) in enumerate(toks)):
        return "name", phrase
    if low[0] in DETERMINERS | {"uno", "una"} | POSSESSIVES and len(low) > 1:
        return "desc", phrase
    return None


def open_subject(prefix: str) -> bool:
    """Whether the words before a verb hold a noun phrase of their own — a determiner or a
    name not inside a complement. Then a verb whose subject cannot be read has that one,
    not the previous speaker ("Dai banchi dell'opposizione, il capogruppo … ha parlato")."""
    toks = tokens(unmask(prefix, " ⁅ "))
    for k, (t, _, _) in enumerate(toks):
        prev = norm(toks[k - 1][0]) if k else ""
        nt = norm(t)
        if prev in COMPLEMENT or (k and is_cap(toks[k - 1][0]) and is_cap(t)):
            continue
        if nt in DETERMINERS and k + 1 < len(toks) and not is_verb_like(toks[k + 1][0]):
            return True
        if name_like(t) and (k or not is_common_word(t) or aside_after(toks, k)) \
                and nt not in ADVERBS:
            return True
    return False


def aside_after(toks: list[tuple[str, int, int]], k: int) -> bool:
    """"Confindustria, per bocca del suo vicepresidente, chiede": a capitalised word then
    an aside between commas is a subject, not an adverb ("Intanto,") or a link."""
    return k + 1 < len(toks) and toks[k + 1][0] == "," and norm(toks[k][0]) not in (
        ADVERBS | LINKS) and not is_verb_like(toks[k][0])
