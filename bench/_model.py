"""Shared by the benchmarks: a private Argos dir with the real model, or the tiny test model."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def setup_model() -> tuple[str, bool]:
    """Install a model into a temporary Argos dir; returns (model file, is_real)."""
    root = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    for var, sub in (("ARGOS_PACKAGES_DIR", "packages"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        os.environ.setdefault(var, str(root / sub))
    real = os.environ.get("BRIEFING_MODEL_FILE") or next(
        (str(p) for p in sorted((SHARED / "models").glob("*.argosmodel"))), None)
    from briefing.translating import find_model, install_from_file

    if real:
        model_file, is_real = real, True
    else:
        sys.path.insert(0, str(REPO / "tests"))
        from tinymodel import build_tiny_argosmodel

        text = "\n".join(p.read_text() for p in sorted((REPO / "corpus").iterdir()))
        model_file = str(build_tiny_argosmodel(text, root / "tiny.argosmodel"))
        is_real = False
    if find_model() is None:
        install_from_file(Path(model_file))
    return model_file, is_real
