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

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.italian.lexicon import stop_words

# Tokens: elided articles/prepositions ("dell'", "l'") stand alone, so "dell'Onu" is two.
_TOKEN = re.compile(
    r"(?i:(?:dell|dall|nell|sull|all|coll|quest|quell|l|d|un|c|s|m|t|v|n)['’])(?=\w)"
    r"|\w+(?:[-'’]\w+)*|[^\w\s]"
)
DETERMINERS = {"il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'"}
# Articles fused with a preposition: "dalla ministra …", "al presidente …".
ARTICLED = {"del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla",
            "all'", "ai", "agli", "alle", "dal", "dallo", "dalla", "dall'", "dai", "dagli",
            "dalle", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle", "sul", "sullo",
            "sulla", "sull'", "sui", "sugli", "sulle", "col", "coi"}
POSSESSIVES = {"suo", "sua", "suoi", "sue", "loro", "nostro", "nostra", "mio", "mia"}
PREMODIFIERS = {"ex", "neo", "nuovo", "nuova", "attuale", "già", "stesso", "stessa",
                "allora", "storico", "storica", "solito", "anche", "pure", "altro", "altra",
                "altri", "altre"} | POSSESSIVES
# Prepositions that put a following name into a complement: "del Consorzio", "a Roma".
OF = {"del", "dello", "della", "dell'", "dei", "degli", "delle", "di", "d'"}
PLACE_PREPS = {"a", "ad", "al", "allo", "alla", "all'", "ai", "agli", "alle", "in", "nel",
               "nello", "nella", "nell'", "nei", "negli", "nelle", "su", "sul", "sullo",
               "sulla", "sull'", "sui", "sugli", "sulle", "da", "dal", "dallo", "dalla",
               "dall'", "dai", "dagli", "dalle", "per", "verso", "con", "col", "tra", "fra",
               "presso", "sopra", "sotto", "dentro", "fuori", "oltre", "contro", "tramite"}
PARTICLES = {"de", "di", "da", "van", "von", "der", "den", "al", "el", "bin", "ibn", "ben",
             "abu", "la", "le", "du", "dos", "das", "y", "e"}
# Titles that are part of how a person is named ("Papa Francesco") and can stand alone.
TITLES = {"papa", "pontefice", "re", "regina", "principe", "principessa", "santo", "san",
          "sir", "lady", "don", "padre", "suor", "mons", "monsignor", "cardinale"}
# Heads that name a place, a venue or an object, never a speaker.
VENUES = {"teatro", "palco", "palazzo", "piazza", "via", "viale", "corso", "stadio", "aula",
          "sala", "chiesa", "basilica", "cattedrale", "museo", "ospedale", "policlinico",
          "aeroporto", "stazione", "hotel", "albergo", "ponte", "tangenziale", "sede",
          "regione", "città", "provincia", "paese", "finestra", "biblioteca", "strada",
          "stabilimento", "magazzino", "negozio", "ristorante", "casa", "residenza",
          "salone", "campo", "pista", "porta", "palestra", "cantiere", "quartiere", "zona",
          "social", "post", "pagina", "profilo", "intervista", "video", "lettera",
          "messaggio", "nota", "comunicato", "documento", "rapporto", "articolo", "libro"}
# Roles that mean the same office, so "il leader nordcoreano" can find "il presidente
# nordcoreano Kim Jong Un".
_SAME_OFFICE = [{"presidente", "premier", "leader", "capo", "primo", "cancelliere",
                 "presidentessa"}]
# Italian news names some offices by a fixed periphrasis.
PERIPHRASES = {("capo", "stato"): ("presidente", "repubblica"),
               ("inquilino", "quirinale"): ("presidente", "repubblica"),
               ("santo", "padre"): ("papa",), ("pontefice",): ("papa",),
               ("primo", "ministro"): ("premier",), ("presidente", "consiglio"): ("premier",),
               ("guardasigilli",): ("ministro", "giustizia")}
# Words a pronoun-less verb or a bare adverb puts between a verb and its subject.
ADVERBS = {"poi", "ancora", "anche", "inoltre", "infine", "invece", "però", "pure", "già",
           "subito", "oggi", "ieri", "stamattina", "stasera", "infatti", "quindi", "allora",
           "dunque", "così", "sempre", "mai", "non", "ora", "adesso", "finora", "intanto",
           "peraltro", "tuttavia", "comunque", "soltanto", "solo", "appunto",
           "anzitutto", "innanzitutto", "perciò", "tra", "l'altro", "domani"}


# Heads of descriptors that name a person, a group of people or a body (an unnamed speaker
# can be "il suo portavoce", "i soccorritori", "uno dei titolari", "dal Comando").
PERSON_NOUNS = {
    "sindaco", "sindaca", "ministro", "ministra", "premier", "papa", "pontefice", "leader",
    "capo", "portavoce", "titolare", "giudice", "medico", "generale", "presidente",
    "segretario", "segretaria", "deputato", "deputata", "senatore", "senatrice",
    "assessore", "consigliere", "avvocato", "procuratore", "magistrato", "comandante",
    "questore", "prefetto", "responsabile", "esperto", "analista", "fonte", "testimone",
    "vittima", "parente", "familiare", "madre", "padre", "moglie", "marito", "figlio",
    "figlia", "fratello", "sorella", "cittadino", "abitante", "studente", "lavoratore",
    "sindacato", "polizia", "carabiniere", "comando", "procura", "questura", "prefettura",
    "comune", "governo", "ministero", "partito", "associazione", "azienda", "società",
    "ditta", "ufficio", "vigile", "militare", "soldato", "paramilitare", "ribelle",
    "miliziano", "talebano", "esercito", "autorità", "organizzazione", "agenzia",
    "consorzio", "federazione", "opposizione", "maggioranza", "ambasciata", "cremlino",
    "inquirente", "investigatore", "poliziotto", "infermiere", "dottore", "docente",
    "preside", "rettore", "vescovo", "cardinale", "parroco", "sacerdote", "allenatore",
    "tecnico", "giocatore", "atleta", "campione", "campionessa", "vincitore", "vincitrice",
    "candidato", "candidata", "imprenditore", "imprenditrice", "fondatore", "proprietario",
    "gestore", "residente", "vicino", "amico", "amica", "collega", "uomo", "donna",
    "ragazzo", "ragazza", "bambino", "bambina", "nonno", "nonna", "manifestante",
    "rappresentante", "dirigente", "funzionario", "diplomatico", "ambasciatore", "re",
    "regina", "principe", "cancelliere", "governatore", "governatrice", "commissario",
    "direttore", "direttrice", "presidentessa", "vicepresidente", "vicecomandante",
    "viceministro", "sottosegretario", "ufficiale", "agente", "sanitario", "soccorritore",
    "coppia", "famiglia", "delegazione", "pm",
}
_PERSON_SUFFIX = re.compile(r"(?:tore|tori|trice|trici|ista|isti|iste|iere|ieri|aria|arie)$")


# Bodies rather than people: a descriptor naming one never points back to a person.
INSTITUTIONS = {"polizia", "comando", "procura", "questura", "prefettura", "comune", "governo",
                "ministero", "partito", "associazione", "azienda", "società", "ditta",
                "ufficio", "esercito", "autorità", "organizzazione", "agenzia", "consorzio",
                "federazione", "opposizione", "maggioranza", "ambasciata", "cremlino",
                "regione", "provincia", "sindacato", "famiglia", "delegazione", "coppia"}


def is_person_noun(word: str) -> bool:
    """Whether a descriptor's head can name who spoke ('portavoce', 'soccorritori')."""
    w = norm(word)
    if w in VENUES:
        return False
    singular = {w, w[:-1] + "o", w[:-1] + "e", w[:-1] + "a", w[:-2] + "co", w[:-2] + "go",
                w[:-3] + "ore" if w.endswith("ori") else w}
    return bool(singular & PERSON_NOUNS) or bool(_PERSON_SUFFIX.search(w))


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for words, elided articles and punctuation."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def norm(word: str) -> str:
    """Lowercase with a straight apostrophe: for comparing words ("è" stays "è")."""
    return unicodedata.normalize("NFC", word).lower().replace("’", "'")


def name_key(name: str) -> str:
    """"Kim Jong-un" and "Kim Jong Un" are one person: compare without case, accents and
    hyphens."""
    plain = "".join(c for c in unicodedata.normalize("NFD", norm(name))
                    if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace(".", " ").split())


def stem(word: str) -> str:
    """Role nouns in either gender/number: ministro ~ ministra, titolare ~ titolari."""
    w = norm(word)
    return w[:-1] if len(w) > 4 and w[-1] in "aeio" else w


def is_cap(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha()


@functools.lru_cache(maxsize=1)
def _given_names():
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


def is_given_name(token: str) -> bool:
    """A first name in the international list (Marco, Kim, Abdel, Giorgia)."""
    if not is_cap(token) or len(token) < 2:
        return False
    return _given_names().get_gender(token.split("-")[0]) != "unknown"


@functools.lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """An Italian dictionary word ("Soddisfatto", "Intanto"), not necessarily a name."""
    import simplemma

    w = word.lower()
    return simplemma.is_known(w, lang="it") or w in stop_words()


@dataclass
class Person:
    """Someone (or some body) the article names."""

    name: str
    roles: list[list[str]] = field(default_factory=list)  # role phrases, as word lists
    mentions: list[int] = field(default_factory=list)  # offsets in the article text

    @property
    def key(self) -> str:
        return name_key(self.name)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;«“\"(\[]\s*|\n)$")


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
            if toks[j][1] - toks[j - 1][2] > 1:  # more than one space: a new run
                break
            if is_cap(t) or (t == "." and len(toks[j - 1][0]) == 1 and is_cap(toks[j - 1][0])):
                j += 1
            elif (norm(t) in PARTICLES and j + 1 < n and is_cap(toks[j + 1][0])
                  and norm(t) not in ("e", "y") and not is_cap(t)
                  and not is_common_word(toks[j + 1][0])):
                j += 2  # "Michele de Pascale", not "Tajoli di Milano"
            elif re.fullmatch(r"(?:al|el|bin|ibn|abu)-\w+", t):
                j += 1
            else:
                break
        while j > i and toks[j - 1][0] == ".":
            j -= 1
        runs.append((i, j))
        i = j
    return runs


class Registry:
    """The people and bodies of one article, with their roles."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokens(text)
        self.people: dict[str, Person] = {}
        self._mid_caps = {norm(t) for k, (t, s, _) in enumerate(self.toks)
                          if is_cap(t) and k and not _SENTENCE_START.search(text[:s])}
        for i, j in name_runs(text, self.toks):
            self._register(i, j)

    # -- building -------------------------------------------------------------------------
    def _is_sentence_start(self, k: int) -> bool:
        return k == 0 or bool(_SENTENCE_START.search(self.text[: self.toks[k][1]]))

    def clean_run(self, i: int, j: int) -> tuple[int, int]:
        """Drop a sentence-initial common word ("Intanto Mario Rossi") from a run."""
        while i < j and self._is_sentence_start(i) and is_common_word(self.toks[i][0]) \
                and (norm(self.toks[i][0]) not in self._mid_caps or j - i > 1) \
                and norm(self.toks[i][0]) not in TITLES:
            if j - i == 1 and norm(self.toks[i][0]) in self._mid_caps:
                break
            i += 1
        return i, j

    def split_complement(self, i: int, j: int) -> tuple[int, int]:
        """'della Florida Marco Rubio': the person starts at the first given name."""
        if i == 0 or norm(self.toks[i - 1][0]) not in (OF | PLACE_PREPS):
            return i, j
        for k in range(i + 1, j - 1):
            if is_given_name(self.toks[k][0]) and norm(self.toks[k - 1][0]) not in PARTICLES:
                return k, j
        return j, j  # the whole run is a complement (a place or a body)

    def _register(self, i: int, j: int) -> None:
        i, j = self.clean_run(i, j)
        i, j = self.split_complement(i, j)
        if i >= j:
            return
        name = self.span_text(i, j)
        if len(name) < 2 or norm(name) in stop_words():
            return
        if j - i == 1 and re.fullmatch(r"[A-ZÀ-Ý]\w+-[A-ZÀ-Ý]\w+", name) and not any(
                is_given_name(part) for part in name.split("-")):
            return  # "il vertice Putin-Trump": two people, not one
        person = self.people.setdefault(name_key(name), Person(name))
        if len(name) > len(person.name):
            person.name = name
        person.mentions.append(self.toks[i][1])
        inside_phrase = i > 0 and norm(self.toks[i - 1][0]) in DETERMINERS | ARTICLED
        role = None if inside_phrase else (self._role_before(i) or self._role_after(j))
        if role:
            person.roles.append(role)
        titles = [norm(self.toks[k][0]) for k in range(i, j) if norm(self.toks[k][0]) in TITLES]
        person.roles.extend([t] for t in titles)
        # "Barack e Michelle Obama": Barack is an Obama too
        if i >= 2 and norm(self.toks[i - 1][0]) == "e" and is_given_name(self.toks[i - 2][0]) \
                and j - i >= 2:
            other = f"{self.toks[i - 2][0]} {self.span_text(j - 1, j)}"
            self.people.setdefault(name_key(other), Person(other)).mentions.append(
                self.toks[i - 2][1])

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.toks[i][1]: self.toks[j - 1][2]]

    def _role_before(self, i: int) -> list[str] | None:
        """'la ministra del lavoro [Maria Calderone]', 'il presidente russo, [Vladimir Putin]',
        'dalla moglie del chitarrista, [Leila]'."""
        k = i - 1
        if k >= 0 and self.toks[k][0] == ",":
            k -= 1
        words: list[str] = []
        start = None  # the farthest article that can open the role phrase
        while k >= 0 and len(words) < 9:
            t = self.toks[k][0]
            nt = norm(t)
            if nt in DETERMINERS or nt in ARTICLED:
                inner = nt in DETERMINERS and k > 0 and norm(self.toks[k - 1][0]) in (
                    PLACE_PREPS | OF) and len(words) < 5  # "ministro per la Protezione civile"
                if not inner:
                    start = len(words)
                if nt in DETERMINERS and not inner:
                    break
            elif t in ",;:.!?()«»“”\"-–—" or nt in ("che", "e", "ha", "è", "hanno", "sono",
                                                    "non", "si"):
                break
            elif nt.endswith(("ato", "ito", "uto", "ata", "ita", "uta")) and len(nt) > 5 \
                    and not is_cap(t):
                break  # a participle: "ribadito dalla ministra …"
            words.append(nt)
            k -= 1
        if start is None or start == 0:
            return None
        role = list(reversed(words[:start]))
        return role if role and not is_cap(role[0]) and role[0] not in OF else None

    def _role_after(self, j: int) -> list[str] | None:
        """'[Enrico Corsini], il presidente del Consorzio,'."""
        if j + 1 >= len(self.toks) or self.toks[j][0] != "," \
                or norm(self.toks[j + 1][0]) not in DETERMINERS:
            return None
        words: list[str] = []
        k = j + 2
        while k < len(self.toks) and len(words) < 8:
            t = self.toks[k][0]
            if t in ",;:.!?()«»“”\"-–—":
                return words or None
            if is_cap(t) and norm(self.toks[k - 1][0]) not in OF:
                return None
            words.append(norm(t))
            k += 1
        return None

    # -- questions ------------------------------------------------------------------------
    def full_name(self, name: str) -> str:
        """'Putin' → 'Vladimir Putin' when the article names exactly one such person."""
        key = name_key(name)
        if key in self.people and len(key.split()) > 1:
            return self.people[key].name
        words = key.split()
        found = {p.key: p.name for p in self.people.values()
                 if len(p.key.split()) > len(words) and _contains(p.key.split(), words)}
        if len(found) == 1:
            return next(iter(found.values()))
        return self.people[key].name if key in self.people else name

    def resolve(self, descriptor: Iterable[str], before: int | None = None) -> str | None:
        """The person a role descriptor ('la ministra', 'il leader egiziano') refers to."""
        words = [norm(w) for w in descriptor if norm(w) not in DETERMINERS]
        words = [w for w in words if w not in PREMODIFIERS]
        if not words:
            return None
        for short, full in PERIPHRASES.items():
            if words[: len(short)] == list(short) or [w for w in words if w not in OF][
                    : len(short)] == list(short):
                words = list(full) + [w for w in words[len(short):] if w not in short]
                break
        head, mods = words[0], [w for w in words[1:] if w not in OF and len(w) > 2]
        best: list[tuple[int, int, str]] = []
        for p in self.people.values():
            for role in p.roles:
                role = [w for w in role if w not in PREMODIFIERS]
                if not role or not _same_office(head, role[0]):
                    continue
                if len(role) > 1 and role[0] == "primo" and head != "primo":
                    continue
                score = sum(any(stem(m) == stem(r) for r in role) for m in mods)
                own = [r for r in role[1:] if r not in OF and len(r) > 2]
                if mods and score == 0 and own:
                    continue  # "il leader ucraino" is not "il premier spagnolo"
                exact = stem(head) == stem(role[0]) or (role[0] == "premier" and head in (
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


def _contains(seq: list[str], sub: list[str]) -> bool:
    return any(seq[i:i + len(sub)] == sub for i in range(len(seq) - len(sub) + 1))


def _same_office(a: str, b: str) -> bool:
    if stem(a) == stem(b):
        return True
    return any(a in group and b in group for group in _SAME_OFFICE)


_NATIONALITY = re.compile(r"(?:ano|ana|ani|ane|ese|esi|ino|ina|ini|ico|ica|ici|eno|ena|ita)$")


def _is_nationality(word: str) -> bool:
    return bool(_NATIONALITY.search(word)) and word not in ("generale", "segretario")
