"""The whole pipeline on the real Argos it→en model, when one is provided.

The model comes from BRIEFING_MODEL_FILE or ../shared/models/*.argosmodel and is
installed into a private Argos dir. With BRIEFING_REQUIRE_MODEL=1 (set by .ci/run
when the model is there) a missing model fails these tests instead of skipping.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, REAL_MODEL_FILE, SHARED


def _model_file() -> Path | None:
    if REAL_MODEL_FILE:
        return Path(REAL_MODEL_FILE)
    found = sorted((SHARED / "models").glob("*.argosmodel"))
    return found[0] if found else None


@pytest.fixture(scope="module")
def real_env(tmp_path_factory):
    model = _model_file()
    if model is None or not model.is_file():
        if os.environ.get("BRIEFING_REQUIRE_MODEL") == "1":
            pytest.fail("BRIEFING_REQUIRE_MODEL=1 but no real it→en .argosmodel was found")
        pytest.skip("no real it→en model in ../shared/models (set BRIEFING_MODEL_FILE)")
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(tmp_path_factory.mktemp("real-argos")))
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "models", "install", "--from",
                        str(model)], env=env, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return env


def test_real_build(real_env, tmp_path):
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "build", str(CORPUS), "-o",
                        str(tmp_path), "--date", "2025-09-05", "--format", "json,pdf"],
                       env=real_env, capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stderr
    data = json.loads((tmp_path / "briefing-2025-09-05.json").read_text())
    arts = {a["id"][:3]: a for a in data["articles"]}
    english = " ".join(p["en"] for a in arts.values() for p in a["paragraphs"])
    assert len(re.findall(r"\bthe\b", english)) > 50  # it is English
    assert "Putin" in english and "Kim" in english  # names survive
    lead = [s for p in arts["000"]["paragraphs"] for s in p["sentences"]
            if "10.000" in s["it"]][0]
    assert re.search(r"10[,.]?000", lead["en"])  # numbers survive
    assert arts["000"]["title_en"] and "Putin" in arts["000"]["title_en"]
    quotes = [q for a in arts.values() for q in a["quotes"]]
    assert all(q["en"] for q in quotes)
    assert (tmp_path / "briefing-2025-09-05.pdf").stat().st_size > 10_000
