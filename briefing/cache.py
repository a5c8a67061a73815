"""Translation cache: SQLite in the user cache dir, so a re-run translates nothing new.

Keyed by model identity + decoding settings + source sentence: a different
model or different settings never return a stale translation. WAL mode and a
busy timeout let two runs share the cache at once.
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

CACHE_ENV = "BRIEFING_CACHE_DIR"


def cache_path() -> Path:
    """The cache file (BRIEFING_CACHE_DIR, else the platform's user cache dir)."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env) / "translations.sqlite3"
    import platformdirs

    return platformdirs.user_cache_path("briefing") / "translations.sqlite3"


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


class TranslationCache:
    """Source sentence → English, for one model and decoding settings."""

    def __init__(self, path: Path | None = None, timeout_s: float = 30.0) -> None:
        self.path = path or cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=timeout_s, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, settings TEXT NOT NULL,"
            " source TEXT NOT NULL, target TEXT NOT NULL, created REAL NOT NULL)"
        )

    def close(self) -> None:
        self._db.close()

    def get_many(self, settings: str, sources: Iterable[str]) -> dict[str, str]:
        keys = {_key(settings, s): s for s in sources}
        found: dict[str, str] = {}
        items = list(keys)
        for i in range(0, len(items), 500):
            chunk = items[i:i + 500]
            rows = self._db.execute(
                f"SELECT key, target FROM translations WHERE key IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for key, target in rows:
                found[keys[key]] = target
        return found

    def put_many(self, settings: str, pairs: Iterable[tuple[str, str]]) -> None:
        now = time.time()
        rows = [(_key(settings, s), settings, s, t, now) for s, t in pairs]
        with self._db:  # one transaction
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?)", rows)

    def stats(self) -> CacheStats:
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


class CachedTranslator:
    """Wraps a translator: cached sentences are served, only the rest is translated."""

    def __init__(self, inner, cache: TranslationCache) -> None:
        self.inner = inner
        self.cache = cache
        self.settings = settings_key(inner.identity, inner.settings)
        self.translated = 0  # sentences the model actually translated (for reports/tests)

    def translate(self, sentences: Sequence[str],
                  progress: Callable[[int], None] | None = None) -> list[str]:
        unique = list(dict.fromkeys(s for s in sentences if s.strip()))
        found = self.cache.get_many(self.settings, unique)
        if progress and found:
            progress(len(found))
        missing = [s for s in unique if s not in found]
        if missing:
            english = self.inner.translate(missing, progress)
            self.cache.put_many(self.settings, zip(missing, english, strict=True))
            found.update(zip(missing, english, strict=True))
            self.translated += len(missing)
        return [found.get(s, "") for s in sentences]

    def close(self) -> None:
        self.inner.close()
