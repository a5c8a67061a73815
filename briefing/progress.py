"""Progress reporting as the stages see it: a factory of bars, quiet unless the CLI
gives one that draws (see :mod:`briefing.terminal`). Kept apart so that a stage can take
a progress argument without importing another stage."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol


class Progress(Protocol):
    def update(self, n: int) -> None: ...


ProgressFactory = Callable[[str, int], AbstractContextManager[Progress]]


class _Quiet:
    def update(self, n: int) -> None:
        pass


@contextmanager
def quiet_progress(label: str, length: int) -> Iterator[Progress]:
    """A bar that draws nothing (pipes, tests, library use)."""
    yield _Quiet()
