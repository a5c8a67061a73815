"""Opening article files so that what is checked is what is read.

A corpus folder may be written to while a run reads it: a file can be swapped for a link
to a private file between a check and a read. So a file is opened once — relative to the
folder's own descriptor, one path component at a time, never following a link — and
everything else (regular file? size?) is asked of that descriptor, which is then read.
A link inside the folder is resolved first and its target opened the same way; a link
that leads outside the folder is never opened.
"""

from __future__ import annotations

import errno
import math
import os
import stat
import sys
from pathlib import Path

from briefing.errors import UsageError
from briefing.read.decoding import ReadError

MAX_ARTICLE_ENV = "BRIEFING_MAX_ARTICLE_MB"
DEFAULT_MAX_ARTICLE_MB = 2.0
_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
OUTSIDE = "a link to a file outside the corpus folder (not followed)"


def max_article_bytes() -> int:
    """The size above which a file is refused (BRIEFING_MAX_ARTICLE_MB, default 2 MB);
    a value that is not a number of megabytes above 0 is a UsageError."""
    value = os.environ.get(MAX_ARTICLE_ENV)
    if value is None or not value.strip():
        return int(DEFAULT_MAX_ARTICLE_MB * 1_000_000)
    try:
        mb = float(value)
    except ValueError:
        mb = math.nan
    if not math.isfinite(mb) or mb <= 0:
        shown = value if len(value) <= 20 else value[:20] + "…"
        raise UsageError(f"{MAX_ARTICLE_ENV} must be a number of megabytes above 0, such as "
                         f"2 or 0.5; got {shown!r}")
    return min(int(mb * 1_000_000), sys.maxsize)


class Swapped(Exception):
    """The entry became a link between listing the folder and opening it."""


def _open_error(exc: OSError) -> ReadError:
    if exc.errno == errno.ENOENT:
        return ReadError("file not found")
    if exc.errno == errno.ELOOP:
        return ReadError("a link that loops back on itself")
    if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP):
        return ReadError("not a regular file (a device or a socket)")
    return ReadError(f"cannot read file: {exc.strerror or exc}")


def read_descriptor(fd: int, limit: int) -> bytes:
    """The bytes of an opened file after checking, on the descriptor itself, that it is a
    regular file within the size limit (a pipe or a device is never read)."""
    st = os.fstat(fd)
    if stat.S_ISFIFO(st.st_mode):
        raise ReadError("a named pipe (FIFO), not a file")
    if stat.S_ISDIR(st.st_mode):
        raise ReadError("a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError("not a regular file (a device or a socket)")
    if st.st_size > limit:
        raise ReadError(f"{st.st_size / 1e6:.1f} MB is over the {limit / 1e6:g} MB limit for "
                        f"one article (raise it with {MAX_ARTICLE_ENV})")
    chunks, total = [], 0
    while total <= limit:  # a file growing while it is read stops at the limit
        try:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        except OSError as exc:
            raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise ReadError(f"over the {limit / 1e6:g} MB limit for one article (raise it with "
                        f"{MAX_ARTICLE_ENV})")
    return b"".join(chunks)


def read_path(path: Path, limit: int) -> bytes:
    """A file the user named (``translate``, ``handout``): links followed, as they asked."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        if exc.errno == errno.ENOENT and path.is_symlink():
            raise ReadError("a broken link: its target does not exist") from None
        raise _open_error(exc) from None
    try:
        return read_descriptor(fd, limit)
    finally:
        os.close(fd)


def _open_beneath(dir_fd: int, parts: tuple[str, ...]) -> int:
    """Open folder/part/…/name without following any link on the way (ELOOP if one is)."""
    fd, opened = dir_fd, []
    try:
        for part in parts[:-1]:
            fd = os.open(part, _DIR_FLAGS, dir_fd=fd)
            opened.append(fd)
        return os.open(parts[-1], _FLAGS | os.O_NOFOLLOW, dir_fd=fd)
    finally:
        for f in opened:
            os.close(f)


def read_entry(dir_fd: int, name: str, limit: int) -> bytes:
    """A plain file of the folder, opened without following a link; Swapped if it has
    become one since the folder was listed."""
    try:
        fd = _open_beneath(dir_fd, (name,))
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):
            raise Swapped(name) from None
        raise _open_error(exc) from None
    try:
        return read_descriptor(fd, limit)
    finally:
        os.close(fd)


def link_target(folder: Path, name: str) -> tuple[str, ...]:
    """Where a link in the folder leads, as path parts inside the folder; ReadError for a
    link that leads outside it, loops or is broken."""
    root = folder.resolve()
    try:
        target = (folder / name).resolve(strict=True)
    except FileNotFoundError:
        raise ReadError("a broken link: its target does not exist") from None
    except (OSError, RuntimeError) as exc:
        if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
            raise ReadError("a link that loops back on itself") from None
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    if root != target.parent and root not in target.parents:
        raise ReadError(OUTSIDE)
    return target.relative_to(root).parts


def read_link(dir_fd: int, folder: Path, name: str, limit: int) -> bytes:
    """The file a link inside the folder leads to, opened component by component without
    following links (a target swapped for a link meanwhile is refused)."""
    parts = link_target(folder, name)
    try:
        fd = _open_beneath(dir_fd, parts)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):
            raise ReadError("a link whose target changed while it was read (not followed)") \
                from None
        raise _open_error(exc) from None
    try:
        return read_descriptor(fd, limit)
    finally:
        os.close(fd)
