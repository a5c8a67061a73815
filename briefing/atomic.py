"""Writing outputs safely: every file via a temporary and a rename, a run's files as a set.

A reader never sees half a file: each output is written to a hidden temporary beside its
target and renamed over it. A run's formats (PDF, JSON, …) are all written first and then
put in place together while the output folder is locked, so two runs writing the same
folder leave the complete set of one of them, never the PDF of one and the JSON of the
other; a run killed or out of disk space before that point leaves the previous outputs as
they were.

Whether a temporary is still being written is asked of the kernel, not of a process id:
its writer holds a lock (flock) on it until it is renamed or removed, and the kernel drops
that lock when the writer dies. A pid says nothing across PID namespaces (containers
sharing a folder, NFS clients): a live run's pid can look dead from the other side. A
temporary is created and locked while the folder is share-locked, and cleaned only while
the folder is exclusively locked, so no temporary is ever seen unlocked while alive.
"""

from __future__ import annotations

import contextlib
import errno
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
STALE_AFTER_S = 3600  # for 1.0's temporaries, which hold no lock
NAME_MAX = 255  # bytes in one file name, where the file system does not say
PROBE_BYTES = 65536  # written (and synced) before the work: a full disk fails first


def _mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return NAME_MAX


def _temp_for(path: Path) -> Path:
    """A hidden temporary beside ``path`` whose name fits the file system's limit."""
    tail = f".{os.getpid()}.{secrets.token_hex(4)}.tmp"
    name = path.name
    room = NAME_MAX - 1 - len(tail.encode())
    while len(name.encode()) > room:
        name = name[:-1]
    return path.parent / f".{name}{tail}"


@contextlib.contextmanager
def folder_lock(folder: Path, shared: bool = False) -> Iterator[bool]:
    """A lock on the folder itself (no lock file left behind): exclusive for putting a
    run's outputs in place and for cleaning, shared while a temporary is created. Yields
    whether the lock is held: a file system that cannot lock a folder (NFS may refuse an
    exclusive lock on a descriptor opened for reading) gives no lock rather than a failure."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
            locked = True
        except OSError as exc:
            if exc.errno not in (errno.EBADF, errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP):
                raise
            locked = False
        yield locked
    finally:
        os.close(fd)  # releases the lock


class _Temp:
    """A temporary being written, locked by this process until renamed or removed."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = _temp_for(target)
        with folder_lock(target.parent, shared=True):
            self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC,
                              0o600)
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # just made: never held

    def write(self, payload: bytes) -> None:
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(self.fd, view):]
            os.fsync(self.fd)
            os.fchmod(self.fd, _mode())  # created 0600; outputs are ordinary files
        except BaseException:
            self.remove()
            raise

    def rename(self) -> Path:
        try:
            os.replace(self.path, self.target)
        except BaseException:
            self.remove()
            raise
        self.close()
        return self.target

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
        self.close()

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # releases the lock
            self.fd = -1


def _write(target: Path, payload: bytes) -> _Temp:
    """A locked temporary for ``target`` holding ``payload``."""
    tmp = _Temp(target)
    tmp.write(payload)
    return tmp


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write one file via a temporary and a rename, so readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    return _write(path, payload).rename()


def temporary_in_use(path: Path) -> bool:
    """Whether a temporary's writer is alive: it still holds the temporary's lock. Only a
    lock this process could take says "no"; anything else keeps the temporary."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)  # a shared lock: NFS allows it read-only
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def clean_stale(folder: Path) -> int:
    """Remove temporaries left by runs that were killed; returns how many."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    now = time.time()
    with folder_lock(folder) as locked:
        if not locked:  # a temporary being made could look unlocked: leave them all
            return 0
        for name in names:
            path = folder / name
            try:
                if _TEMP.match(name) and not temporary_in_use(path):
                    path.unlink()
                    removed += 1
                elif (not _TEMP.match(name) and _OLD_TEMP.match(name)
                      and now - path.stat().st_mtime > STALE_AFTER_S):
                    path.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


def ensure_writable(folder: Path, name: str | None = None) -> None:
    """Fail early (before any work) when outputs could not be written to ``folder``: not a
    folder, read-only, full (a probe of 64 KiB is written and synced), or ``name`` longer
    than the file system allows."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder")
    for attempt in range(3):
        made = [p for p in (folder, *folder.parents) if not p.exists()]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _write(folder / "probe", bytes(PROBE_BYTES)).remove()
            break
        except FileNotFoundError as exc:  # another run's probe removed the folder it made
            if attempt == 2:
                raise OutputError(f"cannot write to {folder}: {exc.strerror or exc}") from None
        except OSError as exc:
            raise OutputError(f"cannot write to {folder}: {exc.strerror or exc}") from None
        finally:
            for p in made:  # made when the outputs are written: a failed run leaves no folder
                with contextlib.suppress(OSError):
                    p.rmdir()
    if name is not None and len(os.fsencode(name)) > name_max(folder):
        raise OutputError(f"cannot write {folder / name}: the name is "
                          f"{len(os.fsencode(name))} bytes, over the {name_max(folder)} this "
                          "file system allows")


class OutputSet:
    """The files of one run: written as temporaries, then renamed into place together."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._pending: list[_Temp] = []

    def __enter__(self) -> OutputSet:
        self.folder.mkdir(parents=True, exist_ok=True)
        clean_stale(self.folder)
        return self

    def add(self, name: str, data: bytes | str) -> Path:
        target = self.folder / name
        # another run starting on the same folder may have removed it, empty, after its probe
        self.folder.mkdir(parents=True, exist_ok=True)
        self._pending.append(_write(target, data.encode("utf-8") if isinstance(data, str)
                                    else data))
        return target

    def commit(self) -> list[Path]:
        with folder_lock(self.folder):
            done = [tmp.rename() for tmp in self._pending]
        self._pending = []
        return done

    def discard(self) -> None:
        for tmp in self._pending:
            tmp.remove()
        self._pending = []

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()
