"""Choosing the translation engine: Argos (the product's translator) or Apertium (fallback).

``auto`` takes Argos when its it→en model is installed (or BRIEFING_MODEL_FILE names
one), else Apertium when its pairs are installed, else stops with one line naming both
ways out. Heavy imports (argostranslate, ctranslate2) happen only when Argos is used.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import EngineFailure

ENGINES = ("auto", "argos", "apertium")


class NoEngine(EngineFailure):
    """No engine can translate; the message says how to install one."""


@dataclass
class EngineStatus:
    name: str
    ready: bool
    detail: str


def _argos_missing_hint() -> str:
    from briefing.translate.argos import MODEL_FILE_ENV, packages_dir

    return (f"no Argos it→en model installed in {packages_dir()} (run 'briefing models "
            f"install'; offline: 'briefing models install --from FILE.argosmodel' or set "
            f"{MODEL_FILE_ENV})")


def status() -> list[EngineStatus]:
    """Each engine and whether it can run here, for ``briefing models status``."""
    from briefing.translate.apertium import INSTALL_HINT, find_pair
    from briefing.translate.argos import MODEL_FILE_ENV, find_model

    out = []
    model = find_model()
    if model is not None:
        out.append(EngineStatus("argos", True, f"{model.name} (version "
                                f"{model.version or 'unknown'}) at {model.path}"))
    elif os.environ.get(MODEL_FILE_ENV):
        out.append(EngineStatus("argos", True, f"not installed yet; will install from "
                                f"{os.environ[MODEL_FILE_ENV]} on first use"))
    else:
        out.append(EngineStatus("argos", False, _argos_missing_hint()))
    pair = find_pair()
    if pair is not None:
        out.append(EngineStatus("apertium", True, f"{pair.name} ({pair.version()}) in "
                                f"{pair.datadir}; rough rule-based translation"))
    else:
        out.append(EngineStatus("apertium", False, f"not installed ({INSTALL_HINT})"))
    return out


def choose(engine: str) -> tuple[str, str | None]:
    """The engine to use for ``engine`` (auto/argos/apertium) and a note for the user."""
    from briefing.translate.apertium import INSTALL_HINT, find_pair
    from briefing.translate.argos import MODEL_FILE_ENV, find_model

    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    has_argos = find_model() is not None or bool(os.environ.get(MODEL_FILE_ENV))
    if engine == "argos" or (engine == "auto" and has_argos):
        return "argos", None
    pair = find_pair()
    if engine == "apertium":
        if pair is None:
            raise NoEngine(f"Apertium is not installed ({INSTALL_HINT})")
        return "apertium", None
    if pair is None:
        raise NoEngine(
            f"no Italian→English translation engine: {_argos_missing_hint()}, and Apertium "
            f"is not installed ({INSTALL_HINT})")
    return "apertium", (f"no Argos it→en model installed: translating with Apertium "
                        f"({pair.name}), a rough rule-based translation")


def make_translator(engine: str, *, threads: int = 0, device: str = "cpu"):
    """The translator for ``engine`` ("argos" or "apertium"); raises an EngineFailure."""
    if engine == "apertium":
        from briefing.translate.apertium import ApertiumTranslator

        return ApertiumTranslator()
    from briefing.translate.argos import Translator

    return Translator(threads=threads, device=device)


def open_translator(engine: str, *, threads: int = 0, device: str = "cpu", cache: bool = True,
                    say: Callable[[str], None] = lambda line: None,
                    glossary: Path | None = None):
    """The run's translator: the chosen engine, behind the translation cache unless
    ``cache`` is off, with the run's glossary (the default, the user's file, then
    ``glossary``) as its ``glossary`` attribute. ``say`` gets the lines the user must read
    (which engine, a cache that was damaged or cannot be used). Raises an EngineFailure,
    a GlossaryError for a bad glossary line, a UsageError for a missing ``glossary``."""
    from briefing.translate.glossary import load_glossary

    terms = load_glossary(glossary)  # before the engine starts: a bad file stops at once
    name, note = choose(engine)
    if note:
        say(f"note: {note}")
    translator = make_translator(name, threads=threads, device=device)
    translator.glossary = terms
    if not cache:
        return translator
    from briefing.translate.cache import CachedTranslator, CacheUnavailable, TranslationCache

    try:
        store = TranslationCache()
    except CacheUnavailable as exc:
        say(f"warning: {exc}; translating without the cache")
        return translator
    if store.repaired:
        say(f"warning: the translation cache was damaged: moved aside to {store.repaired}; "
            "a new one was started")
    return CachedTranslator(translator, store, glossary=terms)


def fingerprint(engine: str, *, device: str = "cpu", glossary: Path | None = None
                ) -> str | None:
    """What decides the run's English, read without starting an engine: the chosen
    engine, its model or data files (by path, size and time), the device and the glossary.

    It keys the analysis cache's stories, so a warm re-run starts no engine; None where it
    cannot be known yet (an Argos model still to be installed from BRIEFING_MODEL_FILE).
    """
    from briefing.translate.apertium import find_pair
    from briefing.translate.argos import find_model
    from briefing.translate.glossary import load_glossary

    name, _ = choose(engine)
    parts = [name, device, load_glossary(glossary).identity]
    if name == "apertium":
        pair = find_pair()
        modes = pair.mode_files() if pair else []
        files = list(modes)
        for mode in modes:
            text = mode.read_text(encoding="utf-8")
            files += [Path(p) for p in sorted(set(re.findall(r"'(/[^']+)'", text)))]
    else:
        model = find_model()
        if model is None:
            return None
        parts.append(f"{model.name}:{model.version}")
        files = sorted(p for p in model.path.rglob("*") if p.is_file())
    for f in files:
        try:
            st = f.stat()
            parts.append(f"{f}|{st.st_size}|{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{f}|missing")
    return "|".join(parts)
