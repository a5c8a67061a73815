"""Test set-up: a private Argos data dir and a tiny, structurally real it→en model.

The environment is set before anything imports argostranslate, whose settings
are read once at import time; tests never touch the user's Argos data.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

_ROOT = Path(tempfile.mkdtemp(prefix="briefing-tests-"))
for var, sub in (("ARGOS_PACKAGES_DIR", "argos/packages"), ("XDG_DATA_HOME", "data"),
                 ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                 ("BRIEFING_CACHE_DIR", "briefing-cache")):
    os.environ[var] = str(_ROOT / sub)
# The real model (if any) is used only by test_real_model.py, in its own Argos dir.
REAL_MODEL_FILE = os.environ.pop("BRIEFING_MODEL_FILE", None)

sys.path.insert(0, str(Path(__file__).parent))

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _own_caches(tmp_path_factory, monkeypatch):
    """Each test its own cache dir: an analysis, translation or PDF stored by one test
    (with a stage patched, say) is never served to another."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


def run_cli(*args, **kwargs):
    """The CLI run in-process (arguments as strings), for its exit code and output."""
    from click.testing import CliRunner

    from briefing.cli import main

    return CliRunner().invoke(main, list(map(str, args)), **kwargs)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def tiny_model_file() -> Path:
    from tinymodel import build_tiny_argosmodel

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.iterdir()))
    return build_tiny_argosmodel(text, _ROOT / "translate-it_en-tiny.argosmodel")


@pytest.fixture(scope="session")
def tiny_model(tiny_model_file):
    """The tiny model installed in the test Argos dir, through briefing's installer."""
    from briefing.translate.argos import install_from_file

    return install_from_file(tiny_model_file)


@pytest.fixture(scope="session")
def translator(tiny_model):
    from briefing.translate.argos import Translator

    return Translator(tiny_model, threads=1)


@pytest.fixture
def corpus_articles():
    from briefing.read.files import read_corpus

    articles, warnings = read_corpus(CORPUS)
    return {a.id[:3]: a for a in articles}


@pytest.fixture
def env_with_model(tiny_model) -> dict[str, str]:
    """Environment for a subprocess that sees the installed tiny model."""
    return dict(os.environ)


@pytest.fixture
def empty_argos_env(tmp_path) -> dict[str, str]:
    """No translation engine at all: no Argos model, and Apertium's data dir empty."""
    env = dict(os.environ)
    env["ARGOS_PACKAGES_DIR"] = str(tmp_path / "no-models")
    env["APERTIUM_DATADIR"] = str(tmp_path / "no-apertium")
    env.pop("BRIEFING_MODEL_FILE", None)
    return env


def apertium_installed() -> bool:
    from briefing.translate.apertium import find_pair

    return find_pair() is not None


# .ci/run sets BRIEFING_REQUIRE_APERTIUM=1 when it installed Apertium: then these tests
# must run, and a missing Apertium fails them instead of skipping them.
if os.environ.get("BRIEFING_REQUIRE_APERTIUM") == "1" and not apertium_installed():
    raise RuntimeError("BRIEFING_REQUIRE_APERTIUM=1 but Apertium is not installed")
needs_apertium = pytest.mark.skipif(
    not apertium_installed(),
    reason="Apertium not installed (apt-get install apertium-cat-ita apertium-eng-cat)")
