"""The rendered-PDF cache: layout alone costs seconds that no translation cache can save.

Files named by a hash of the exact HTML handed to WeasyPrint (templates, CSS and every
word are in it) plus the renderer's versions and the installed fonts, so a hit is the
PDF WeasyPrint would make again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from briefing.atomic import temporary_in_use
from briefing.userdirs import cache_dir

# What is handed to WeasyPrint besides the HTML; part of the key.
RENDERER_PACKAGES = ("weasyprint", "pydyf", "fonttools", "tinycss2", "cssselect2")
_FONT_DIRS = ("/etc/fonts", "/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts",
              "~/.local/share/fonts", "~/.config/fontconfig")




def _fonts_fingerprint() -> str:
    """Name, size and time of every font file and fontconfig file: new fonts, new key."""
    dirs = [Path(d).expanduser() for d in _FONT_DIRS]
    if os.environ.get("XDG_DATA_HOME"):
        dirs.append(Path(os.environ["XDG_DATA_HOME"]) / "fonts")
    if os.environ.get("XDG_CONFIG_HOME"):
        dirs.append(Path(os.environ["XDG_CONFIG_HOME"]) / "fontconfig")
    h = hashlib.sha256()
    for d in dirs:
        for root, subdirs, files in os.walk(d):
            subdirs.sort()
            for name in sorted(files):
                if name.startswith("."):  # fontconfig's own .uuid files appear after a run
                    continue
                try:
                    st = os.stat(os.path.join(root, name))
                except OSError:
                    continue
                h.update(f"{root}/{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _renderer_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    def one(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "-"

    return ",".join(f"{p}={one(p)}" for p in RENDERER_PACKAGES)


@dataclass
class PdfCacheStats:
    path: Path
    entries: int
    size_bytes: int  # entries and unfinished writes together
    temporaries: int = 0  # unfinished writes (a run killed while writing)


class PdfCache:
    """Rendered PDFs by the hash of their HTML, renderer and fonts; oldest-used pruned first."""

    def __init__(self, path: Path | None = None, max_bytes: int = 512 * 2**20,
                 max_entries: int = 256) -> None:
        self.path = path or cache_dir() / "pdf"
        self.max_bytes = max_bytes
        self.max_entries = max_entries
        self._context: str | None = None
        self.damaged = 0  # entries found damaged (and dropped) during this run

    def key(self, html: str, options: str) -> str:
        """The file name for this HTML rendered with these write_pdf options."""
        if self._context is None:  # once per run: a few ms of stat calls
            self._context = f"{_renderer_versions()}|{_fonts_fingerprint()}"
            self.clean_temporaries()
        material = f"{self._context}|{options}\x00{html}"
        return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> bytes | None:
        """The cached PDF, or None. It must match the SHA-256 stored with it: a damaged or
        tampered file is a miss, and is removed so the fresh render replaces it."""
        f = self.path / f"{key}.pdf"
        try:
            data = f.read_bytes()
            digest = (self.path / f"{key}.sha256").read_text(encoding="ascii").strip()
        except OSError:  # absent, or pruned by another run just now
            return None
        if hashlib.sha256(data).hexdigest() != digest:
            f.unlink(missing_ok=True)
            (self.path / f"{key}.sha256").unlink(missing_ok=True)
            self.damaged += 1
            return None
        try:
            os.utime(f)  # recently used: pruned last
        except OSError:
            pass
        return data

    def put(self, key: str, data: bytes) -> None:
        from briefing.atomic import write_atomic

        try:
            write_atomic(self.path / f"{key}.sha256", hashlib.sha256(data).hexdigest())
            write_atomic(self.path / f"{key}.pdf", data)
            self.prune()
        except OSError:  # a cache that cannot be written must not fail the run
            pass

    def get_note(self, key: str):
        """A small JSON value stored beside the PDFs (layout decisions), or None. Not
        JSON at all: dropped and counted as damaged; the caller checks its shape."""
        f = self.path / f"{key}.json"
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None
        try:
            return json.loads(text)
        except ValueError:
            self.drop_note(key)
            return None

    def drop_note(self, key: str) -> None:
        """Remove a note found damaged (wrong shape, unknown ids); counted in ``damaged``."""
        (self.path / f"{key}.json").unlink(missing_ok=True)
        self.damaged += 1

    def put_note(self, key: str, value) -> None:
        from briefing.atomic import write_atomic

        try:
            write_atomic(self.path / f"{key}.json", json.dumps(value))
        except OSError:
            pass

    def _stats(self, pattern: str) -> list[tuple[Path, os.stat_result]]:
        """The cache folder's files matching ``pattern`` with their stat; one removed by
        another run meanwhile is left out."""
        out = []
        for f in self.path.glob(pattern):
            try:
                out.append((f, f.stat()))
            except OSError:
                continue
        return out

    def _files(self) -> list[tuple[float, int, Path]]:
        return sorted(((st.st_mtime, st.st_size, f) for f, st in self._stats("*.pdf")),
                      reverse=True)  # newest first

    def _temporaries(self) -> list[tuple[bool, int, Path]]:
        """Unfinished writes (".….tmp" in the cache folder): (stale, size, path) each."""
        # stale when no writer holds its lock (briefing.atomic): not by pid or age, which a
        # run in another PID namespace or a slow disk would get wrong
        return [(not temporary_in_use(f), st.st_size, f) for f, st in self._stats(".*.tmp")]

    def clean_temporaries(self) -> int:
        """Remove the unfinished writes of killed runs; returns how many."""
        stale = [f for old, _, f in self._temporaries() if old]
        for f in stale:
            f.unlink(missing_ok=True)
        return len(stale)

    def prune(self) -> int:
        """Drop stale temporaries, then the least recently used entries beyond the size
        and count limits (live temporaries count towards the size)."""
        self.clean_temporaries()
        total = sum(size for _, size, _ in self._temporaries())
        removed = 0
        for i, (_, size, f) in enumerate(self._files()):
            total += size
            if i >= self.max_entries or total > self.max_bytes:
                f.unlink(missing_ok=True)
                f.with_suffix(".sha256").unlink(missing_ok=True)
                removed += 1
        return removed

    def stats(self) -> PdfCacheStats:
        files, temps = self._files(), self._temporaries()
        return PdfCacheStats(self.path, len(files),
                             sum(size for _, size, _ in files + temps), len(temps))

    def clear(self) -> int:
        files = self._files()
        for _, _, f in files:
            f.unlink(missing_ok=True)
        for extra in (list(self.path.glob("*.sha256")) + list(self.path.glob("*.json"))
                      + [f for _, _, f in self._temporaries()]):
            extra.unlink(missing_ok=True)
        return len(files)
