"""The glossary: Italian terms the engine gets wrong, with the English to write instead.

Three files are read, later ones overriding earlier ones term by term: the default that
ships with briefing (``italian/data/glossary.tsv``: the Kremlin, the UN, the Quirinale…),
``glossary.tsv`` in the user config dir, and a ``--glossary FILE`` given on the command
line. Each line is ``Italian<TAB>English[<TAB>flags]``; ``#`` starts a comment. Flags,
comma-separated: ``bare`` (the English never takes "the": "NATO", "Brussels"), ``place``
(an engine's "at" before it becomes "in", as Apertium does for places it knows), ``keep``
(a name kept as the article writes it, in any capitalisation: an outlet such as "Il Sole
24 Ore"; its English column is ignored).

An English that starts with "the " gets one "the" where the Italian had an article ("il
Cremlino" → "the Kremlin") and none where the Italian used the word bare ("missione Onu"
→ "UN mission"). An all-capitals term ("ONU") also matches "Onu", never a lowercase word
("nato", born, is not NATO); other terms match as written, at word boundaries, longest
first.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError, UsageError
from briefing.translate.protect import Span

FLAGS = ("bare", "place", "keep")
DEFAULT_FILE = Path(__file__).resolve().parent.parent / "italian" / "data" / "glossary.tsv"
USER_FILE_NAME = "glossary.tsv"


class GlossaryError(BriefingError):
    """A glossary file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Entry:
    italian: str
    english: str
    bare: bool = False
    place: bool = False
    keep: bool = False


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_entries(path: Path) -> list[Entry]:
    """The entries of one glossary file; a bad line is a one-line GlossaryError."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise GlossaryError(f"glossary {path}: not UTF-8 text") from None
    except OSError as exc:
        raise GlossaryError(f"glossary {path}: cannot be read ({exc.strerror or exc})") from None
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1] or len(cols) > 3:
            raise GlossaryError(f"glossary {path}, line {n}: expected Italian<TAB>English"
                                f"[<TAB>flags], got {line.strip()[:60]!r}")
        flags = {f.strip() for f in cols[2].split(",") if f.strip()} if len(cols) == 3 else set()
        if unknown := flags - set(FLAGS):
            raise GlossaryError(f"glossary {path}, line {n}: unknown flag "
                                f"{sorted(unknown)[0]!r} (known: {', '.join(FLAGS)})")
        entries.append(Entry(cols[0], cols[1], "bare" in flags, "place" in flags,
                             "keep" in flags))
    return entries


class Glossary:
    """Italian term → English, found in sentences as protected spans."""

    def __init__(self, entries: Iterable[Entry], files: Iterable[Path] = ()) -> None:
        by_key: dict[str, Entry] = {}
        for e in entries:  # a later file overrides an earlier one
            by_key[_key(e.italian)] = e
        self.entries = sorted(by_key.values(), key=lambda e: -len(e.italian))
        self._by_key = {_key(e.italian): e for e in self.entries}
        self.files = list(files)
        alts = []
        for e in self.entries:
            words = r"\s+".join(re.escape(w) for w in e.italian.split())
            alts.append(f"(?i:{words})" if e.italian.isupper() or e.keep else words)
        self._pattern = (re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")
                         if alts else None)

    @property
    def identity(self) -> str:
        """A hash of what the glossary says, for the translation cache key."""
        h = hashlib.sha256()
        for e in sorted(self.entries, key=lambda e: e.italian):
            h.update(f"{e.italian}\t{e.english}\t{e.bare}\t{e.place}\t{e.keep}\n".encode())
        return h.hexdigest()[:16]

    def lookup(self, italian: str) -> Entry | None:
        return self._by_key.get(_key(italian))

    def spans(self, sentence: str) -> list[Span]:
        """The glossary's terms in ``sentence``, as gloss spans."""
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(sentence):
            e = self.lookup(m.group())
            if e is None or not m.group()[:1].isupper():
                continue
            if e.keep:
                out.append(Span(m.start(), m.end(), "keep"))
            else:
                out.append(Span(m.start(), m.end(), "gloss", e.english, e.bare, e.place))
        return out


def user_file() -> Path:
    """The user's own glossary, read on every run when it exists."""
    from briefing.userdirs import config_dir

    return config_dir() / USER_FILE_NAME


def load_glossary(extra: Path | None = None) -> Glossary:
    """The default glossary, the user's file, then ``extra`` (``--glossary``) over them.

    A missing ``extra`` is a UsageError (the user named it); a bad line anywhere is a
    GlossaryError naming the file and line.
    """
    files = [DEFAULT_FILE]
    user = user_file()
    if user.is_file():
        files.append(user)
    if extra is not None:
        extra = Path(extra).expanduser()
        if not extra.is_file():
            raise UsageError(f"glossary file not found: {extra}")
        files.append(extra)
    entries = [e for f in files for e in read_entries(f)]
    return Glossary(entries, files)
