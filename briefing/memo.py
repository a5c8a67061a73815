"""The analysis cache: what a re-run cannot change, kept so a re-run is as fast as reading.

Each article's report (language, summary, quotes, figures, dates, names) is stored under a
hash of the article as read, the options that shape it and the *versions* that shape it:
the code and Italian data of this package and the libraries the analysis calls. The
run's stories (with the translated reports they are built from) are stored under the set
of report keys and the translator's identity. A miss recomputes; a hit imports nothing
heavy. Values are pickled records in SQLite in the user cache dir (BRIEFING_CACHE_DIR):
the cache is the user's own, never a file anyone else wrote.

A damaged cache file is moved aside and a new one started; a cache that cannot be opened
(read-only disk) is skipped with ``problem`` saying why — the run never fails for it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from briefing.userdirs import cache_dir

T = TypeVar("T")

# The libraries whose results are stored: a new version of one of them is a new analysis.
LIBRARIES = ("sumy", "nltk", "simplemma", "text2num", "dateparser", "lingua_language_detector",
             "trafilatura", "charset_normalizer", "scipy", "numpy", "htmldate")
# Packages of this project whose code shapes no analysis (a new template is not a new report).
_NOT_ANALYSIS = {"render", "__pycache__"}
# Entries not used for this long are dropped when the cache is opened.
KEEP_DAYS = 60


def cache_path() -> Path:
    return cache_dir() / "analysis.sqlite3"


@lru_cache(maxsize=1)
def versions() -> str:
    """A hash of this package's code and data and the installed libraries' versions.

    Hashing the files (3 ms) rather than trusting a version number means an edited
    checkout, a patched data file or an upgraded library never serves a stale report.
    """
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and not _NOT_ANALYSIS & set(path.relative_to(root).parts):
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    wanted = {n.lower() for n in LIBRARIES}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in sorted(names):  # "sumy-0.13.0.dist-info": name and version in one
            if name.endswith(".dist-info") and name.split("-")[0].lower() in wanted:
                h.update(name.encode())
    h.update(sys.version.encode())
    return h.hexdigest()[:24]


def key(*parts: object) -> str:
    """The key of a value computed from ``parts`` by this version of the analysis.

    ``parts`` are records and options; their ``repr`` (dataclasses: every field, in
    order) is what is hashed, so two equal records give one key.
    """
    h = hashlib.sha256(versions().encode())
    for part in parts:
        h.update(b"\0")
        h.update(repr(part).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class AnalysisCache:
    """Pickled records by kind and key."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_path()
        self.problem: str | None = None
        self.repaired: Path | None = None
        self.hits = self.misses = 0
        self._db: sqlite3.Connection | None = None
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            if _unusable(exc):
                self.problem = f"the analysis cache {self.path} cannot be used ({exc})"
                return
            self.repaired = self._move_aside()
            try:
                self._open()
            except sqlite3.DatabaseError as again:
                self.problem = f"the analysis cache {self.path} cannot be used ({again})"
        except OSError as exc:
            self.problem = (f"the analysis cache {self.path} cannot be used "
                            f"({exc.strerror or exc})")

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS entries (kind TEXT, key TEXT, value BLOB, "
                       "used REAL, PRIMARY KEY (kind, key))")
            with db:
                db.execute("DELETE FROM entries WHERE used < ?",
                           (time.time() - KEEP_DAYS * 86400,))
        except sqlite3.DatabaseError:
            db.close()
            raise
        self._db = db

    def _move_aside(self) -> Path:
        aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
        os.replace(self.path, aside)
        for extra in ("-wal", "-shm", "-journal"):
            Path(f"{self.path}{extra}").unlink(missing_ok=True)
        return aside

    def get(self, kind: str, key_: str) -> Any | None:
        """The stored value, or None (absent, unreadable, or the cache is off)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM entries WHERE kind = ? AND key = ?",
                                   (kind, key_)).fetchone()
            value = pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, AttributeError, EOFError, ImportError,
                TypeError, ValueError):  # an entry from a changed record: a miss
            value = None
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
            self._touch(kind, key_)
        return value

    def _touch(self, kind: str, key_: str) -> None:
        try:
            with self._db:
                self._db.execute("UPDATE entries SET used = ? WHERE kind = ? AND key = ?",
                                 (time.time(), kind, key_))
        except sqlite3.Error:
            pass

    def put(self, kind: str, key_: str, value: object) -> None:
        """Store ``value``; a full disk or a locked file loses the entry, not the run."""
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                                 (kind, key_, pickle.dumps(value, pickle.HIGHEST_PROTOCOL),
                                  time.time()))
        except sqlite3.Error as exc:
            self.problem = f"the analysis cache {self.path} stopped storing ({exc})"
            self.close()

    def get_or(self, kind: str, key_: str, compute: Callable[[], T]) -> T:
        """The stored value for ``key_``, else ``compute()`` stored."""
        value = self.get(kind, key_)
        if value is None:
            value = compute()
            self.put(kind, key_, value)
        return value

    def count(self) -> int:
        if self._db is None:
            return 0
        return self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]

    def clear(self) -> int:
        """Drop every entry; the number dropped."""
        if self._db is None:
            return 0
        with self._db:
            n = self._db.execute("DELETE FROM entries").rowcount
        self._db.execute("VACUUM")
        return n

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _unusable(exc: Exception) -> bool:
    """Errors about access (read-only, cannot open), not about a damaged file."""
    text = str(exc).lower()
    return any(w in text for w in ("readonly", "read-only", "unable to open", "permission",
                                   "disk i/o", "locked"))


def _files(path: Path) -> list[Path]:
    return [p for p in (path, *(Path(f"{path}{x}") for x in ("-wal", "-shm", "-journal")),
                        *path.parent.glob(path.name + ".damaged-*")) if p.exists()]


def _entries(path: Path) -> int | None:
    """How many analyses the file holds, read without creating or changing it."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return None


def analysis_stats(path: Path | None = None) -> str:
    """What ``briefing cache stats`` prints of the analysis cache; creates nothing."""
    path = path or cache_path()
    if not path.exists():
        return f"analyses: {path} (none yet)"
    n = _entries(path)
    size = sum(p.stat().st_size for p in _files(path)) / 1024
    if n is None:
        return f"analyses: {path}: cannot be read; 'briefing cache clear' removes it"
    return f"analyses: {path}  entries: {n}  size: {size:.1f} KiB"


def clear_analyses(path: Path | None = None) -> str:
    """Remove the analysis cache's files (a re-run analyses again); what was removed."""
    path = path or cache_path()
    n = _entries(path) if path.exists() else 0
    for f in _files(path):
        try:
            f.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            from briefing.errors import CacheUnavailable

            raise CacheUnavailable(f"cannot remove the analysis cache {f}: "
                                   f"{exc.strerror or exc}") from None
    if n is None:
        return "the unreadable analysis cache"
    return f"{n} cached analys{'is' if n == 1 else 'es'}"
