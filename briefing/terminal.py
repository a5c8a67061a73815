"""What the command line prints: safe text, how much of it, and warnings in a few lines.

Everything printed is made safe for a terminal first: a file name or an article cannot send
escape sequences or flip the text's direction, and a newline in a file name cannot split a
warning line. A run's warnings are summarised by kind in a few lines (``--verbose`` lists
each; the JSON's "warnings" always has them all); ``--quiet`` prints only errors.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager

import click

from briefing.data import Warning_
from briefing.read.names import printable

QUIET, NORMAL, VERBOSE = -1, 0, 1
MAX_LINES = 8  # kinds of warning shown before "… and N more kinds"
MAX_NAMES = 3  # articles named per kind
_VERBS = ("skipped", "left out", "undated")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def safe(text: object) -> str:
    """Text for the terminal: control and bidi characters shown as \\xNN/\\uNNNN."""
    return printable(text)


def verbosity() -> int:
    ctx = click.get_current_context(silent=True)
    return ctx.find_root().meta.get("briefing.verbosity", NORMAL) if ctx else NORMAL


def set_verbosity(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """Click callback of --quiet/--verbose (on the group or on a command)."""
    if not value:
        return
    wanted = QUIET if param.name == "quiet" else VERBOSE
    meta = ctx.find_root().meta
    if meta.get("briefing.verbosity", wanted) != wanted:
        raise click.UsageError("use either --quiet or --verbose")
    meta["briefing.verbosity"] = wanted


def output_options(f):
    """-q/--quiet and -v/--verbose."""
    f = click.option("-v", "--verbose", is_flag=True, expose_value=False, is_eager=True,
                     callback=set_verbosity,
                     help="List every warning (they are summarised by kind otherwise).")(f)
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, is_eager=True,
                        callback=set_verbosity,
                        help="Print nothing but errors.")(f)


def echo(text: str, err: bool = False) -> None:
    click.echo(safe(text), err=err)


def say(text: str, err: bool = True) -> None:
    """A note or a result line: printed unless --quiet."""
    if verbosity() > QUIET:
        echo(text, err=err)


def progress(label: str, length: int) -> AbstractContextManager:
    """A progress bar on a terminal; silent in pipes and files and with --quiet."""
    if sys.stderr.isatty() and length and verbosity() > QUIET:
        return click.progressbar(length=length, label=label, file=sys.stderr)
    from briefing.translate.batch import quiet_progress

    return quiet_progress(label, length)


def _kind(message: str) -> tuple[str, str]:
    """(key, clause) of a warning: its first clause — two for 'skipped: …'/'left out: …' —
    and, as key, that clause without its particulars (numbers, dates, quoted names)."""
    parts = message.split(": ")
    clause = ": ".join(parts[:2]) if parts[0] in _VERBS and len(parts) > 1 else parts[0]
    key = re.sub(r"\d+", "N", re.sub(r"'[^']*'", "'…'", _ISO_DATE.sub("…", clause)))
    if parts[0] in _VERBS and len(parts) > 1:  # same kind: the same first words
        key = " ".join(key.split()[:6])
    return key, clause


def _common(clauses: list[str]) -> str:
    """What the clauses of one kind say alike: words that differ shown as '…'."""
    rows = [c.split(" ") for c in clauses]
    if len({len(r) for r in rows}) > 1:
        return re.sub(r"^\d+ ", "", clauses[0])
    out: list[str] = []
    for words in zip(*rows, strict=True):
        if len(set(words)) == 1:
            out.append(words[0])
        else:
            tail = words[0][-1] if all(w[-1:] == words[0][-1:] in (",", ";", ")")
                                       for w in words) else ""
            if not (out and out[-1].startswith("…")):
                out.append("…" + tail)
    return " ".join(out).removeprefix("… ")


def summary(warnings: Sequence[Warning_], where: str | None = None) -> list[str]:
    """A few lines for a run's warnings: one per kind, naming up to three articles; a kind
    met once is printed whole. ``where``: where the full list is (the JSON's name)."""
    kinds: dict[str, list[Warning_]] = {}
    clauses: dict[str, list[str]] = {}
    for w in warnings:
        key, clause = _kind(w.message)
        kinds.setdefault(key, []).append(w)
        clauses.setdefault(key, []).append(clause)
    lines = []
    for key, group in list(kinds.items())[:MAX_LINES]:
        if len(group) == 1:
            w = group[0]
            lines.append(f"warning: {w.article + ': ' if w.article else ''}{w.message}")
            continue
        names = [w.article or "run" for w in group]
        shown = ", ".join(names[:MAX_NAMES]) + (f" and {len(names) - MAX_NAMES} more"
                                               if len(names) > MAX_NAMES else "")
        what = "files" if key.startswith("skipped") else "articles"
        lines.append(f"warning: {_common(clauses[key])} — {len(group)} {what}: {shown}")
    if len(kinds) > MAX_LINES:
        lines.append(f"warning: … and {len(kinds) - MAX_LINES} more kinds of warning")
    if len(lines) < len(warnings):
        lines.append(f"({len(warnings)} warnings in all: "
                     + (f"each in {where} under \"warnings\"; " if where else "")
                     + "--verbose lists them here)")
    return lines


def warn(warnings: Sequence[Warning_], where: str | None = None) -> None:
    """Print a run's warnings as --quiet/--verbose ask (summarised by default)."""
    level = verbosity()
    if level == QUIET or not warnings:
        return
    if level == VERBOSE:
        lines = [f"warning: {w.article + ': ' if w.article else ''}{w.message}"
                 for w in warnings]
    else:
        lines = summary(warnings, where)
    for line in lines:
        echo(line, err=True)
