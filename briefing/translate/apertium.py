"""Apertium: a rule-based Italian→English engine for machines without the Argos model.

Debian ships no direct it→en pair, so sentences go through a pivot language:
Italian→Catalan→English (preferred) or Italian→Spanish→English. Measured on
newssyscomb2009 (502 sentences, sacrebleu): Catalan chrF 48.1 / BLEU 17.8 with 666
words left untranslated, Spanish chrF 48.3 / BLEU 17.3 with 1,212, and the Spanish
pair drops "%" ("il 29%" → "the 29") and translates surnames ("Rossi" → "Red"). The
Catalan pivot is used when both of its pairs are installed.

A whole batch goes through one pair of Apertium pipelines in null-flush mode: each
sentence ends with a NUL and a numbered superblank that passes through untouched, so
every English sentence is checked to belong to its Italian one — a sentence can never
shift onto its neighbour's English. Apertium's HMM tagger keeps some state across
flushed sentences, so now and then a word is tagged differently next to other sentences:
on newssyscomb 460 of 502 sentences read the same batched as alone, at the same quality
(chrF 48.13 batched, 48.11 one by one), and one process per sentence took 285 s instead
of 2.8 s.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.data import TranslationInfo
from briefing.errors import EngineFailure
from briefing.italian.numbers import to_english_digits

PIVOTS = ("cat", "spa")  # preference order (see the module docstring)
INSTALL_HINT = "apt-get install apertium-cat-ita apertium-eng-cat"
DATADIR_ENV = "APERTIUM_DATADIR"
_DEFAULT_DATADIRS = ("/usr/share/apertium", "/usr/local/share/apertium")

# Characters the Apertium stream format reserves; escaped on the way in.
_RESERVED = re.compile(r"([\[\]\^\$@/\\<>{}])")
_ESCAPED = re.compile(r"\\(.)")
# Apertium marks words it could not handle: *unknown, @no translation, #cannot generate.
# ("*" and "#" are not reserved, so one typed in front of a word in the source is taken
# for a mark and dropped from the English; the Italian keeps it.)
_MARKED = re.compile(r"(?<![\w\\])[*@#]+(?=\w)")
_MARKED_WORD = re.compile(r"(?<![\w\\])([*@#]+)(\w[\w'’-]*)")


class ApertiumError(EngineFailure):
    """Apertium is missing or failed; the message is for the user."""


def data_dir() -> Path | None:
    """Where Apertium's language data lives (APERTIUM_DATADIR, else the system dirs)."""
    env = os.environ.get(DATADIR_ENV)
    if env:
        return Path(env)
    return next((Path(d) for d in _DEFAULT_DATADIRS if Path(d, "modes").is_dir()), None)


@dataclass(frozen=True)
class ApertiumPair:
    """An installed Italian→pivot→English chain."""

    pivot: str
    datadir: Path
    executable: str

    @property
    def name(self) -> str:
        return f"ita-{self.pivot}-eng"

    @property
    def modes(self) -> tuple[str, str]:
        return f"ita-{self.pivot}", f"{self.pivot}-eng"

    def mode_files(self) -> list[Path]:
        return [self.datadir / "modes" / f"{m}.mode" for m in self.modes]

    def version(self) -> str:
        """Apertium's version and, where dpkg knows them, the language packages'."""
        parts = []
        try:
            out = subprocess.run([self.executable, "-V"], capture_output=True, text=True,
                                 timeout=10).stdout.strip()
            parts.append(out or "Apertium")
        except (OSError, subprocess.SubprocessError):
            parts.append("Apertium")
        for pkg in (f"apertium-{self.pivot}-ita", f"apertium-eng-{self.pivot}"):
            v = _dpkg_version(pkg)
            if v:
                parts.append(f"{pkg} {v}")
        return "; ".join(parts)

    def identity(self) -> str:
        """Hash of the two mode files and every data file they name: the cache key."""
        h = hashlib.sha256()
        for mode in self.mode_files():
            text = mode.read_text(encoding="utf-8")
            h.update(text.encode())
            for data in sorted(set(re.findall(r"'(/[^']+)'", text))):
                try:
                    with open(data, "rb") as f:
                        for block in iter(lambda f=f: f.read(1 << 20), b""):
                            h.update(block)
                except OSError:
                    h.update(f"missing:{data}".encode())
        return f"apertium:{self.name}:{h.hexdigest()[:16]}"


def _dpkg_version(package: str) -> str | None:
    if not shutil.which("dpkg-query"):
        return None
    try:
        p = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                           capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return p.stdout.strip() or None if p.returncode == 0 else None


def find_pair(pivot: str | None = None) -> ApertiumPair | None:
    """The first installed chain (Catalan pivot first), or None."""
    exe = shutil.which("apertium")
    datadir = data_dir()
    if not exe or datadir is None:
        return None
    for p in (pivot,) if pivot else PIVOTS:
        pair = ApertiumPair(p, datadir, exe)
        if all(f.is_file() for f in pair.mode_files()):
            return pair
    return None


def _utf8_env() -> dict[str, str]:
    """Apertium's script refuses to run without a UTF-8 locale."""
    env = dict(os.environ)
    if "utf" not in (env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or "").lower():
        env["LC_ALL"] = "C.UTF-8"
    return env


def clean_output(raw: str) -> tuple[str, list[str]]:
    """Apertium's English without its marks and escapes, and the words it left untranslated."""
    unknown = [m.group(2) for m in _MARKED_WORD.finditer(raw)]
    text = _ESCAPED.sub(r"\1", _MARKED.sub("", raw))
    text = re.sub(r"\s+", " ", text).strip()
    return to_english_digits(text), unknown


class ApertiumTranslator:
    """Batched it→en translation through the installed Apertium pairs (no model to load)."""

    engine = "apertium"

    def __init__(self, pair: ApertiumPair | None = None) -> None:
        pair = pair or find_pair()
        if pair is None:
            raise ApertiumError(f"Apertium is not installed ({INSTALL_HINT})")
        self.pair = pair
        self.identity = pair.identity()
        self.settings = {"engine": "apertium", "pair": pair.name, "marks": "stripped"}
        self.info = TranslationInfo("apertium", pair.name, pair.version(), rough=True)
        self.unknown_words: dict[str, list[str]] = {}

    def translate(self, sentences: Sequence[str],
                  progress: Callable[[int], None] | None = None) -> list[str]:
        """English for each sentence, in order; repeated sentences are translated once."""
        unique = list(dict.fromkeys(s for s in sentences if s.strip()))
        done: dict[str, str] = {}
        if unique:
            for source, raw in zip(unique, self._run(unique, progress), strict=True):
                done[source], unknown = clean_output(raw)
                self.unknown_words[source] = unknown
        return [done.get(s, "") for s in sentences]

    def _run(self, sentences: list[str], progress: Callable[[int], None] | None) -> list[str]:
        """Raw Apertium output of each sentence, checked against its number."""
        # "." before the superblank closes the sentence as Apertium's own deformatter does.
        stream = "".join(
            _RESERVED.sub(r"\\\1", " ".join(s.replace("\0", " ").split())) + f".[{{{i}}}]\0"
            for i, s in enumerate(sentences)).encode("utf-8")
        first, second = self.pair.modes
        env = _utf8_env()
        with tempfile.TemporaryFile() as err1, tempfile.TemporaryFile() as err2:
            cmd = [self.pair.executable, "-d", str(self.pair.datadir), "-z", "-f", "none"]
            p1 = subprocess.Popen([*cmd, first], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=err1, env=env)
            p2 = subprocess.Popen([*cmd, second], stdin=p1.stdout, stdout=subprocess.PIPE,
                                  stderr=err2, env=env)
            p1.stdout.close()  # p2 owns it now

            def feed() -> None:
                try:
                    p1.stdin.write(stream)
                except BrokenPipeError:  # p1 died; reported below from its exit status
                    pass
                finally:
                    p1.stdin.close()

            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
            chunks, buf, seen = [], b"", 0
            for block in iter(lambda: p2.stdout.read1(1 << 16), b""):
                buf += block
                *done, buf = buf.split(b"\0")
                chunks.extend(done)
                if progress:
                    new = min(len(sentences), sum(1 for c in chunks if c)) - seen
                    if new > 0:
                        progress(new)
                        seen += new
            writer.join()
            codes = p1.wait(), p2.wait()
            if any(codes):
                err1.seek(0)
                err2.seek(0)
                detail = (err1.read() + err2.read()).decode("utf-8", "replace").strip()
                last = detail.splitlines()[-1] if detail else f"exit status {codes}"
                raise ApertiumError(f"Apertium failed ({self.pair.name}): {last}")
        return self._align([c.decode("utf-8", "replace") for c in chunks if c], len(sentences))

    @staticmethod
    def _align(chunks: list[str], n: int) -> list[str]:
        """Each chunk must end with its own sentence number; anything else is an error."""
        out = []
        for i, chunk in enumerate(chunks[:n]):
            tag = f"[{{{i}}}]"
            body = chunk.rstrip()
            if not body.endswith(tag):
                raise ApertiumError(f"Apertium output out of step at sentence {i + 1} of {n}; "
                                    "nothing was kept")
            body = body[: -len(tag)].rstrip()
            out.append(body[:-1] if body.endswith(".") else body)
        if len(out) != n or any(c.strip() for c in chunks[n:]):
            raise ApertiumError(f"Apertium returned {len(chunks)} sentences for {n}; "
                                "nothing was kept")
        return out

    def close(self) -> None:
        """Nothing stays loaded between batches."""
