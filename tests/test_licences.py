"""The package's licence and its dependencies': MIT for us, and nothing copyleft that we link
(gender-guesser, GPLv3, was replaced by our own list of first names)."""

import re
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

import pytest
import tomllib

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
PERMISSIVE = re.compile(r"MIT|BSD|Apache|ISC|PSF|Python Software|MPL|Mozilla", re.I)


def _dependencies() -> list[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return [re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0] for d in project["dependencies"]]


def test_the_package_declares_its_licence():
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (PYPROJECT.parent / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


@pytest.mark.parametrize("name", _dependencies())
def test_every_dependency_is_under_a_permissive_licence(name):
    try:
        meta = metadata(name)
    except PackageNotFoundError:
        pytest.skip(f"{name} is not installed here")
    text = " ".join([meta.get("License-Expression") or "", (meta.get("License") or "")[:200],
                     *(c for c in meta.get_all("Classifier") or [] if c.startswith("License"))])
    assert PERMISSIVE.search(text), f"{name}: {text!r}"
    assert not re.search(r"\bA?GPL", text) or PERMISSIVE.search(text), f"{name}: {text!r}"
