"""Which spans of a sentence are protected: the glossary's terms, the names kept as
written, and Italian number forms.

Names come from the article's name registry (and its outlet), never from a word list:
the registry knows "Calderone" is the minister the article names, where "calderone" is
also a cauldron. The registry's ``person`` hint is only a hint ("Russia" can be flagged a
person, "Putin" not), so when Apertium is installed its Italian dictionary decides too:

- a name any of whose words Apertium knows as a place or a body ("Russia", "Stati
  Uniti", "Mosca") is translated — through the glossary where Apertium gets it wrong;
- a name whose every word Apertium does not know, or knows only as a person's name
  ("Pyongyang", "Putin", "Kim Jong-un", "KCNA"), is kept as written;
- a word that is both a surname and a common word ("Calderone", "Raggi") is kept when
  the registry calls the name a person's; so is a person's name of several words that
  does not open with a common word ("Kim Jong Un", where "Un" is also "a"), but not
  "Papa Francesco" or a lone common word ("Dateci").

Without Apertium (Argos alone), a name is kept when the registry calls it a person's and
it has two words, a first name, or a word no Italian dictionary knows. The outlet is
always kept ("Il Sole 24 Ore", never "The Sun 24 Hours").

Spans are found by character position in each sentence, never by word form ("un" is
also an article). Priority where spans overlap: glossary, then names, then numbers.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing.data import Name
from briefing.translate.glossary import Glossary
from briefing.translate.numbers import number_spans
from briefing.translate.protect import Span, first_come

# What Apertium's analyser says of a word: "name" (unknown, or only a person's name),
# "ambiguous" (a surname and a common word), "place" (a place or a body), "common".
_LU = re.compile(r"\^((?:\\.|[^/$\\])*)/((?:\\.|[^$\\])*)\$")
_RESERVED = re.compile(r"([\[\]\^\$@/\\<>{}])")


def analyser_file(mode_file: Path) -> Path | None:
    """Apertium's Italian morphological analyser, from the first command of a mode file."""
    try:
        text = mode_file.read_text(encoding="utf-8")
    except OSError:
        return None
    m = re.search(r"lt-proc\s+-w\s+'([^']+\.automorf\.bin)'", text)
    return Path(m.group(1)) if m and Path(m.group(1)).is_file() else None


def _word_kind(analyses: list[str]) -> str:
    if not analyses or analyses[0].startswith("*"):
        return "name"
    tags = [set(re.findall(r"<(\w+)>", a)) for a in analyses]
    if any("np" in t and {"top", "org"} & t for t in tags):
        return "place"
    person = [("np" in t and bool({"ant", "cog", "al"} & t)) for t in tags]
    if all(person):
        return "name"
    return "ambiguous" if any(person) else "common"


def analyse(texts: Sequence[str], automorf: Path) -> dict[str, list[str]]:
    """Each text's words as Apertium's analyser sees them ("name", "place", …), one
    lt-proc process for all; {} when the analyser cannot run."""
    if not texts:
        return {}
    # one name a line (no null-flush mode: this is one analysis, not a translation pipeline)
    stream = "".join(_RESERVED.sub(r"\\\1", " ".join(t.split())) + "\n" for t in texts)
    env = dict(os.environ)
    env.setdefault("LC_ALL", "C.UTF-8")
    try:
        out = subprocess.run(["lt-proc", "-w", str(automorf)], input=stream.encode(),
                             capture_output=True, env=env, check=True, timeout=120).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    lines = out.decode("utf-8", "replace").split("\n")
    if len(lines) < len(texts):
        return {}
    result = {t: [_word_kind(m.group(2).split("/")) for m in _LU.finditer(line)]
              for t, line in zip(texts, lines, strict=False)}
    # out of step (a name the analyser split over lines): no dictionary rather than a wrong one
    ok = all(len(v) >= 1 for v in result.values())
    return result if ok else {}


def _kept_by_dictionary(name: Name, kinds: list[str]) -> bool:
    if not kinds or "place" in kinds:
        return False
    if all(k == "name" for k in kinds):
        return True
    if not name.person:
        return False
    # a person's name of several words keeps them all ("Kim Jong Un": "Un" is also "a")
    return len(kinds) > 1 and kinds[0] != "common" or kinds == ["ambiguous"]


def _kept_without_dictionary(name: Name) -> bool:
    from briefing.italian.lexicon import is_common_word, is_given_name

    words = name.text.split()
    return name.person and (len(words) > 1 or is_given_name(words[0])
                            or not is_common_word(words[0]))


def surnames(names: Iterable[Name]) -> list[str]:
    """The last word of each two-word person's name ("Vladimir Putin" → "Putin"): an
    article names most people by surname after the first mention."""
    out = []
    for n in names:
        for text in n.text.split("\n"):
            words = text.split()
            if n.person and len(words) == 2 and words[1][:1].isupper():
                out.append(words[1])
    return list(dict.fromkeys(out))


def kept_names(names: Iterable[Name], outlets: Iterable[str],
               kinds: dict[str, list[str]] | None) -> list[str]:
    """The names to keep as written, longest first: outlets, then the registry's names
    by the rules above (``kinds``: the analyser's view of each name, None without
    Apertium's dictionary), and the surnames of the people kept."""
    names = list(names)
    out = {o.strip() for o in outlets if o and o.strip()}
    for n in names:
        for text in n.text.split("\n"):  # the registry can join two lines into one name
            text = " ".join(text.split())
            if not text or not (text[:1].isupper() or text[:1].isdigit()):
                continue
            one = Name(text, n.key, n.mentions, n.person)
            keep = (_kept_by_dictionary(one, kinds.get(text, [])) if kinds is not None
                    else _kept_without_dictionary(one))
            if keep:
                out.add(text)
    for word in surnames(n for n in names if n.text in out):
        kind = (kinds or {}).get(word)
        if kind is None and kinds is None or kind in (["name"], ["ambiguous"]):
            out.add(word)
    return sorted(out, key=lambda t: (-len(t), t))


def name_texts(names: Iterable[Name]) -> list[str]:
    """Every name text to analyse (a registry entry can hold two lines)."""
    return list(dict.fromkeys(" ".join(t.split()) for n in names for t in n.text.split("\n")
                              if t.strip()))


def _name_pattern(text: str) -> str:
    """A name as written, or with hyphens and spaces swapped and a later word's case
    changed ("Kim Jong-un", "Kim Jong Un"): the span keeps what the sentence writes."""
    words = re.split(r"[\s\u2010-]+", text)
    first = re.escape(words[0])
    rest = "".join(rf"[\s\u2010-]+(?i:{re.escape(w)})" for w in words[1:])
    return rf"(?<![\w-]){first}{rest}(?![\w-])"


# CamelCase and web names Apertium would lower-case ("CoratoLive.it", "YouTube").
_CAMEL = re.compile(r"(?<![\w.-])[A-Z]?[a-z]+[A-Z]\w*(?:\.(?:it|com|net|org|eu))?(?![\w-])")


def name_spans(sentence: str, kept: Sequence[str]) -> list[Span]:
    """Where the kept names stand in ``sentence`` (whole words), and CamelCase names."""
    out = [Span(m.start(), m.end(), "keep")
           for text in kept for m in re.finditer(_name_pattern(text), sentence)]
    out += [Span(m.start(), m.end(), "keep") for m in _CAMEL.finditer(sentence)]
    return out


def gloss_spans(sentence: str, glossary: Glossary | None) -> list[Span]:
    return glossary.spans(sentence) if glossary is not None else []


def sentence_spans(sentence: str, kept: Sequence[str], glossary: Glossary | None,
                   numbers: bool = True) -> list[Span]:
    """The protected spans of one sentence, without overlaps, by position."""
    return first_come([*gloss_spans(sentence, glossary), *name_spans(sentence, kept),
                       *(number_spans(sentence) if numbers else [])])
