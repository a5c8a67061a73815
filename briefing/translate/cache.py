"""The translation cache, so a re-run of an unchanged week translates nothing.

SQLite in the user cache dir, keyed by model identity + decoding settings + source
sentence, so a different model or different settings never return a stale
translation; WAL mode and a busy timeout let two runs share it at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import CacheUnavailable
from briefing.userdirs import cache_dir

__all__ = ["CacheUnavailable", "CachedTranslator", "TranslationCache", "cache_path",
           "clear_files", "clear_translations", "settings_key", "stats_lines"]


def cache_path() -> Path:
    """The translation cache file."""
    return cache_dir() / "translations.sqlite3"


def settings_key(model_identity: str, settings: dict) -> str:
    """One string naming the model and every setting that changes the output."""
    return model_identity + "|" + json.dumps(settings, sort_keys=True)


def _key(settings: str, source: str) -> str:
    return hashlib.sha256(f"{settings}\x00{source}".encode()).hexdigest()


@dataclass
class CacheStats:
    path: Path
    entries: int
    size_bytes: int
    models: dict[str, int]


def _companions(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal")]


class TranslationCache:
    """Source sentence → English, for one model and decoding settings.

    A damaged database file (not SQLite, truncated, malformed) is moved aside with its
    journal files and a new one started; ``self.repaired`` then says where it went.
    """

    def __init__(self, path: Path | None = None, timeout_s: float = 30.0) -> None:
        self.path = path or cache_path()
        self.repaired: Path | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheUnavailable(f"cannot create the cache folder {self.path.parent}: "
                                   f"{exc.strerror or exc}") from None
        try:
            self._open(timeout_s)
        except sqlite3.DatabaseError as exc:
            if _unusable(exc):
                raise CacheUnavailable(f"the translation cache {self.path} cannot be written "
                                       f"({exc})") from None
            self.repaired = self._move_aside()
            try:
                self._open(timeout_s)
            except sqlite3.DatabaseError as exc2:
                raise CacheUnavailable(f"the translation cache {self.path} cannot be used "
                                       f"({exc2})") from None

    def _open(self, timeout_s: float) -> None:
        self._db = sqlite3.connect(self.path, timeout=timeout_s, isolation_level=None)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, settings TEXT "
                "NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, created REAL NOT NULL, "
                "unknown TEXT)")
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(translations)")}
            if "unknown" not in columns:  # a cache written by 1.0
                self._db.execute("ALTER TABLE translations ADD COLUMN unknown TEXT")
            if self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
        except BaseException:
            self._db.close()
            raise

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        for f in _companions(self.path):
            if f.exists():
                os.replace(f, aside.with_name(aside.name + f.name[len(self.path.name):]))
        return aside

    def close(self) -> None:
        self._db.close()

    def get_many(self, settings: str, sources: Iterable[str]
                 ) -> dict[str, tuple[str, list[str]]]:
        """Source → (English, words the engine left untranslated) for the cached ones."""
        keys = {_key(settings, s): s for s in sources}
        found: dict[str, tuple[str, list[str]]] = {}
        items = list(keys)
        for i in range(0, len(items), 500):
            chunk = items[i:i + 500]
            rows = self._db.execute(
                "SELECT key, target, unknown FROM translations WHERE key IN "
                f"({','.join('?' * len(chunk))})", chunk,
            )
            for key, target, unknown in rows:
                found[keys[key]] = (target, json.loads(unknown) if unknown else [])
        return found

    def put_many(self, settings: str, rows: Iterable[tuple[str, str, list[str]]]) -> None:
        """Store (source, English, untranslated words) rows in one transaction."""
        now = time.time()
        values = [(_key(settings, s), settings, s, t, now, json.dumps(u) if u else None)
                  for s, t, u in rows]
        with self._db:  # one transaction
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT OR REPLACE INTO translations (key, settings, source, target, created,"
                " unknown) VALUES (?, ?, ?, ?, ?, ?)", values)

    def stats(self) -> CacheStats:
        """Entries and size (``sqlite3.Error`` if the file is damaged)."""
        entries = self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
        models = dict(self._db.execute(
            "SELECT substr(settings, 1, instr(settings, '|') - 1), COUNT(*) FROM translations "
            "GROUP BY 1").fetchall())
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*"))
        return CacheStats(self.path, entries, size, models)

    def clear(self) -> int:
        with self._db:
            n = self._db.execute("DELETE FROM translations").rowcount
        self._db.execute("VACUUM")
        return n


def _unusable(exc: Exception) -> bool:
    """SQLite errors about access (read-only, cannot open), not about a damaged file."""
    text = str(exc).lower()
    return any(w in text for w in ("readonly", "read-only", "unable to open", "permission",
                                   "disk i/o", "locked"))


def clear_files(path: Path | None = None) -> int:
    """Delete the cache files outright (used when the database cannot even be opened)."""
    path = path or cache_path()
    n = 0
    for f in _companions(path):
        try:
            f.unlink()
            n += 1
        except FileNotFoundError:
            continue
    return n


class CachedTranslator:
    """Wraps a translator: cached sentences are served, only the rest is translated.

    New translations are stored as each chunk of them finishes, so an interrupted run
    (Ctrl-C) keeps what was done before it. Pieces the engine refused (kept in Italian)
    are not stored. If the cache fails in the middle of a run (disk full, file damaged by
    another process), the run goes on without it and ``self.problem`` says why.
    """

    def __init__(self, inner, cache: TranslationCache, glossary=None,
                 chunk: int | None = None) -> None:
        self.inner = inner
        self.cache: TranslationCache | None = cache
        self.problem: str | None = None
        self.glossary = glossary
        settings = dict(inner.settings)
        if glossary is not None:  # a changed glossary must not serve old translations
            settings["glossary"] = glossary.identity
        self.settings = settings_key(inner.identity, settings)
        self.translated = 0  # sentences the model actually translated (for reports/tests)
        self.engine = inner.engine
        self.info = inner.info
        self.unknown_words: dict[str, list[str]] = {}
        self.chunk = chunk or getattr(inner, "cache_chunk", None)

    def translate(self, sentences: Sequence[str],
                  progress: Callable[[int], None] | None = None) -> list[str]:
        unique = list(dict.fromkeys(s for s in sentences if s.strip()))
        found = self._safely(lambda c: c.get_many(self.settings, unique)) or {}
        if progress and found:
            progress(len(found))
        missing = [s for s in unique if s not in found]
        step = self.chunk or max(1, len(missing))
        for i in range(0, len(missing), step):
            part = missing[i:i + step]
            english = self.inner.translate(part, progress)
            rows = [(s, e, self.inner.unknown_words.get(s, []))
                    for s, e in zip(part, english, strict=True)]
            keep = [row for row in rows if row[0] not in self.refused]
            if keep:
                self._safely(lambda c, keep=keep: c.put_many(self.settings, keep))
            found.update((s, (e, u)) for s, e, u in rows)
            self.translated += len(part)
        for s, (_, unknown) in found.items():
            self.unknown_words[s] = unknown
        return [found[s][0] if s in found else "" for s in sentences]

    @property
    def refused(self) -> set[str]:
        """Pieces the engine could not translate (kept in Italian, marked)."""
        return getattr(self.inner, "refused", set())

    def _safely(self, op):
        if self.cache is None:
            return None
        try:
            return op(self.cache)
        except sqlite3.Error as exc:
            self.problem = f"translation cache {self.cache.path} failed ({exc}): going on " \
                           "without it"
            self.cache = None
            return None

    @property
    def truncated(self) -> set[str]:
        return getattr(self.inner, "truncated", set())

    def close(self) -> None:
        self.inner.close()


# --- `briefing cache stats` and `briefing cache clear` ---------------------------------
# Neither creates a database; both say the same of a missing or read-only cache.


def _files(path: Path) -> list[Path]:
    """The database, its journals and copies of it set aside as damaged."""
    return [f for f in _companions(path) if f.exists()] + sorted(
        path.parent.glob(path.name + ".damaged-*"))


def _size(path: Path) -> int:
    total = 0
    for f in _files(path):
        try:
            total += f.stat().st_size
        except OSError:
            continue
    return total


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _kib(n: int) -> str:
    return f"{n / 1024:.1f} KiB"


def _missing(path: Path) -> str:
    return f"no translation cache yet at {path}"


def _read_only(path: Path) -> str:
    return f"the translation cache {path} is read-only"


def _read(path: Path) -> tuple[int, dict[str, int]]:
    """Entries and entries per model, read without writing anything."""
    from urllib.parse import quote

    last: sqlite3.Error | None = None
    for flags in ("mode=ro", "immutable=1"):  # a read-only folder cannot take a -shm file
        try:
            db = sqlite3.connect(f"file:{quote(str(path))}?{flags}", uri=True, timeout=5)
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            entries = db.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
            models = dict(db.execute(
                "SELECT substr(settings, 1, instr(settings, '|') - 1), COUNT(*) "
                "FROM translations GROUP BY 1").fetchall())
            return entries, models
        except sqlite3.Error as exc:
            last = exc
        finally:
            db.close()
    raise last or sqlite3.DatabaseError("cannot be read")


def stats_lines(path: Path | None = None) -> list[str]:
    """What ``briefing cache stats`` prints of the translation cache; never creates or
    changes it."""
    path = path or cache_path()
    if not path.exists():
        return [f"cache: {_missing(path)}", "entries: 0  size: 0.0 KiB"]
    try:
        entries, models = _read(path)
    except sqlite3.Error as exc:
        return [f"cache: {path}: cannot be read ({exc}); 'briefing cache clear' removes it",
                f"size: {_kib(_size(path))}"]
    lines = [f"cache: {path}" + ("" if _writable(path) else f" ({_read_only(path)})"),
             f"entries: {entries}  size: {_kib(_size(path))}"]
    lines += [f"  {model}: {n}" for model, n in sorted(models.items())]
    return lines


def clear_translations(path: Path | None = None) -> str:
    """Delete every cached translation and say what that freed, as measured on disk.

    Rows are deleted, the file vacuumed and its WAL checkpointed and truncated; when the
    disk is too full to vacuum, the message says the space was not freed. A damaged file
    is removed outright. Raises CacheUnavailable for a read-only cache.
    """
    path = path or cache_path()
    if not _files(path):
        return f"0 cached translations ({_missing(path)})"
    if not _writable(path):
        raise CacheUnavailable(f"{_read_only(path)}: it cannot be cleared")
    before = _size(path)
    n, note = 0, ""
    for aside in sorted(path.parent.glob(path.name + ".damaged-*")):
        aside.unlink(missing_ok=True)
    try:
        db = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            n = db.execute("DELETE FROM translations").rowcount
            try:
                db.execute("VACUUM")
            except sqlite3.OperationalError as exc:  # disk full: rows gone, file not shrunk
                note = f"; the file could not be shrunk ({exc})"
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        if _unusable(exc):
            raise CacheUnavailable(f"the translation cache {path} cannot be cleared ({exc})"
                                   ) from None
        clear_files(path)  # not a database we can read: remove it
        return f"the unreadable translation cache ({_kib(before - _size(path))} freed)"
    freed = max(0, before - _size(path))
    return (f"{n} cached translation{'s' * (n != 1)} ({_kib(freed)} freed{note}, "
            f"{_kib(_size(path))} still used)")
