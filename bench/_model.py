"""Shared by the benchmarks: a private Argos dir holding the model to measure.

Which model (``--model``):
  auto  the real package (BRIEFING_MODEL_FILE or ../shared/models/*.argosmodel), else copy
  real  the real package, or stop
  copy  Transformer-base stand-in whose output is its input (bench/_copymodel.py): real
        shape and decoding length, so timings and memory mean something; chrF does not
  tiny  the tests' tiny model: exercises the code only, its timings mean nothing
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
KINDS = ("auto", "real", "copy", "tiny")
DESCRIPTION = {
    "real": "real Argos it→en package",
    "copy": "COPY STAND-IN (Transformer-base shape, output = input): timings and memory "
            "only, chrF/BLEU meaningless",
    "tiny": "TINY TEST MODEL: timings not representative",
}
_KIND_ENV = "BRIEFING_BENCH_MODEL_KIND"


def _real_file() -> str | None:
    return os.environ.get("BRIEFING_MODEL_FILE") or next(
        (str(p) for p in sorted((SHARED / "models").glob("*.argosmodel"))), None)


def _build(kind: str, root: Path) -> str:
    if kind == "tiny":
        sys.path.insert(0, str(REPO / "tests"))
        from tinymodel import build_tiny_argosmodel

        text = "\n".join(p.read_text() for p in sorted((REPO / "corpus").iterdir()))
        return str(build_tiny_argosmodel(text, root / "tiny.argosmodel"))
    from _copymodel import build_copy_argosmodel

    # SentencePiece learns from other Italian news than the benchmark's sentences.
    data = SHARED / "data"
    text = "\n".join((data / d / "it.txt").read_text(encoding="utf-8")
                     for d in ("flores200-devtest-it-en", "newstest2009-it-en"))
    return str(build_copy_argosmodel(text, root / "copy.argosmodel"))


def setup_model(kind: str = "auto") -> tuple[str, str]:
    """Install the model into a temporary Argos dir (once per benchmark run; child processes
    inherit it through the environment); returns (model file or dir, kind)."""
    from briefing.translate.argos import find_model, install_from_file

    if os.environ.get(_KIND_ENV) and (installed := find_model()) is not None:
        return str(installed.path), os.environ[_KIND_ENV]
    root = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    for var, sub in (("ARGOS_PACKAGES_DIR", "packages"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        os.environ[var] = str(root / sub)
    real = _real_file()
    if kind == "real" and not real:
        sys.exit("no real model: set BRIEFING_MODEL_FILE or put one in ../shared/models")
    if kind in ("auto", "real") and real:
        model_file, kind = real, "real"
    else:
        kind = "copy" if kind == "auto" else kind
        # Built in a child process: building holds ~1 GB of weights, and a process's peak RSS
        # is inherited by the processes it starts, which would spoil their memory figures.
        model_file = subprocess.run([sys.executable, __file__, kind, str(root)], check=True,
                                    text=True, capture_output=True).stdout.strip()
    install_from_file(Path(model_file))
    os.environ[_KIND_ENV] = kind
    return model_file, kind


def uses_spacy_splitter() -> bool:
    """Whether argostranslate must be told to split sentences with the package's spaCy
    pipeline (our stand-ins ship one; real packages ship Stanza's)."""
    from briefing.translate.argos import find_model

    model = find_model()
    return model is not None and (model.path / "spacy").is_dir() and not (
        model.path / "stanza").is_dir()


if __name__ == "__main__":  # python bench/_model.py KIND DIR: build a stand-in, print its path
    print(_build(sys.argv[1], Path(sys.argv[2])))
