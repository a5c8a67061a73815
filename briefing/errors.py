"""One family of errors a user can cause or fix, shared by the stages and the CLI.

Each carries a message meant for the user and the exit status the CLI ends with; the CLI
turns any :class:`BriefingError` into one line in one place. 2 is for usage (an option
that cannot be met) and for a missing or broken translation engine, as the README says;
1 for everything else (a file, a folder, a cache).
"""

from __future__ import annotations


class BriefingError(Exception):
    """An error the user can act on; ``str(error)`` is the one line they see."""

    exit_code = 1


class UsageError(BriefingError):
    """An option value that cannot be met (found after Click's own checks)."""

    exit_code = 2


class InputError(BriefingError):
    """An article or a corpus folder that cannot be used."""


class OutputError(BriefingError):
    """An output folder or file that cannot be written."""


class CacheUnavailable(BriefingError):
    """A cache that cannot be used; a run goes on without it, a cache command stops."""


class EngineFailure(BriefingError):
    """The translation engine or its model is missing, broken or failed."""

    exit_code = 2
