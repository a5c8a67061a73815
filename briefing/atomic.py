"""Writing outputs safely: every file via a temporary and a rename, a run's files as a set.

A reader never sees half a file: each output is written to a hidden temporary beside its
target and renamed over it. A run's formats (PDF, JSON, …) are all written first and then
put in place together while the output folder is locked, so two runs writing the same
folder leave the complete set of one of them, never the PDF of one and the JSON of the
other; a run killed or out of disk space before that point leaves the previous outputs as
they were. Temporaries are named after their process, so the next run removes those left
by a process that no longer exists.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from briefing.errors import OutputError

_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.tmp$")
_OLD_TEMP = re.compile(r"^\..+\.[A-Za-z0-9_]{6,10}\.tmp$")  # written by briefing 1.0
STALE_AFTER_S = 3600


def _mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _temp_for(path: Path) -> Path:
    return path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"


def _write(tmp: Path, payload: bytes) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode())  # created 0600; outputs are ordinary files
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write one file via a temporary and a rename, so readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = _temp_for(path)
    _write(tmp, payload)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(folder: Path) -> int:
    """Remove temporaries left by runs that were killed; returns how many."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    now = time.time()
    for name in names:
        m = _TEMP.match(name)
        path = folder / name
        try:
            if m and (not _alive(int(m.group("pid"))) or now - path.stat().st_mtime >
                      24 * STALE_AFTER_S):
                path.unlink()
                removed += 1
            elif not m and _OLD_TEMP.match(name) and now - path.stat().st_mtime > STALE_AFTER_S:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on the folder itself (no lock file left behind), for putting a
    run's outputs in place."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def ensure_writable(folder: Path) -> None:
    """Fail early (before any work) when outputs could not be written to ``folder``."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = _temp_for(folder / "probe")
        _write(probe, b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {exc.strerror or exc}") from None


class OutputSet:
    """The files of one run: written as temporaries, then renamed into place together."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._pending: list[tuple[Path, Path]] = []

    def __enter__(self) -> OutputSet:
        self.folder.mkdir(parents=True, exist_ok=True)
        clean_stale(self.folder)
        return self

    def add(self, name: str, data: bytes | str) -> Path:
        target = self.folder / name
        tmp = _temp_for(target)
        _write(tmp, data.encode("utf-8") if isinstance(data, str) else data)
        self._pending.append((tmp, target))
        return target

    def commit(self) -> list[Path]:
        with folder_lock(self.folder):
            for tmp, target in self._pending:
                os.replace(tmp, target)
        done = [target for _, target in self._pending]
        self._pending = []
        return done

    def discard(self) -> None:
        for tmp, _ in self._pending:
            tmp.unlink(missing_ok=True)
        self._pending = []

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()
