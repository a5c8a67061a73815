"""Errors a user can cause or fix, shared by the stages and the CLI.

Each carries a message meant for the user; the CLI prints it as one line. An
:class:`EngineFailure` (no usable translation model or engine) exits with status 2, as
the README promises for a missing model.
"""

from __future__ import annotations


class EngineFailure(Exception):
    """The translation engine or its model is missing, broken or failed."""
