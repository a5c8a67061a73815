"""Installed Argos packages: finding, checking and installing the it→en model.

An ``.argosmodel`` is a zip archive; it is checked before argostranslate's installer
sees it (zip checksums, an it→en metadata.json) and the installed folder after (model,
vocabulary, tokenizer). A package that fails either check is removed again, with
whatever it carried, so the packages folder never keeps a half-usable model.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import EngineFailure

FROM_CODE, TO_CODE = "it", "en"
MODEL_FILE_ENV = "BRIEFING_MODEL_FILE"
INDEX_TIMEOUT_S = 15


class ModelMissing(EngineFailure):
    """No usable it→en package is installed."""


class ModelInstallError(EngineFailure):
    """A package file, an installed package or the package index could not be used."""


def packages_dir() -> Path:
    """Where Argos keeps installed packages (ARGOS_PACKAGES_DIR, else its XDG default)."""
    env = os.environ.get("ARGOS_PACKAGES_DIR")
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_data_path("argos-translate") / "packages"


def _argos_package_module():
    """Import argostranslate.package with its settings pointed at :func:`packages_dir`."""
    os.environ.setdefault("ARGOS_PACKAGES_DIR", str(packages_dir()))
    packages_dir().mkdir(parents=True, exist_ok=True)
    import argostranslate.package

    return argostranslate.package


@dataclass(frozen=True)
class ModelInfo:
    """An installed it→en package."""

    path: Path
    version: str
    name: str

    @property
    def identity(self) -> str:
        """Identity of the model's content (not its install time), for the cache key.

        Every file of the package is hashed, model.bin included (a replaced model of the
        same size must not serve the old translations); the hash is remembered by path,
        size, inode and modification time, so a run pays it once per model change.
        """
        import hashlib

        h = hashlib.sha256()
        for f in sorted(p for p in self.path.rglob("*") if p.is_file()):
            h.update(f.relative_to(self.path).as_posix().encode() + b"\0")
            h.update(_file_hash(f).encode())
        return f"{self.name}:{self.version}:{h.hexdigest()[:16]}"


def _file_hash(path: Path) -> str:
    """SHA-256 of a file, memoized in the user cache dir by (size, inode, mtime)."""
    import hashlib

    from briefing.userdirs import cache_dir

    st = path.stat()
    stamp = f"{path.resolve()}|{st.st_size}|{st.st_ino}|{st.st_mtime_ns}"
    memo_file = cache_dir() / "file-hashes.json"
    try:
        memo = json.loads(memo_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    if isinstance(memo, dict) and isinstance(memo.get(stamp), str):
        return memo[stamp]
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    digest = h.hexdigest()
    if st.st_size > 1 << 20:  # only worth remembering for large files
        memo = {k: v for k, v in (memo.items() if isinstance(memo, dict) else [])
                if not k.startswith(f"{path.resolve()}|")}
        memo[stamp] = digest
        try:
            from briefing.atomic import write_atomic

            write_atomic(memo_file, json.dumps(memo))
        except OSError:
            pass
    return digest


_REQUIRED = ("model/model.bin", "model/config.json")
_VOCABULARIES = ("model/shared_vocabulary.txt", "model/shared_vocabulary.json",
                 "model/source_vocabulary.txt", "model/source_vocabulary.json")
_TOKENIZERS = ("sentencepiece.model", "bpe.model")


def package_problem(path: Path) -> str | None:
    """What is wrong with an installed package folder, or None if it is complete."""
    try:
        meta = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "metadata.json is missing"
    except (OSError, ValueError):
        return "metadata.json is not valid JSON"
    if not isinstance(meta, dict):
        return "metadata.json is not an object"
    for rel in _REQUIRED:
        if not (path / rel).is_file():
            return f"{rel} is missing"
    if not any((path / rel).is_file() for rel in _VOCABULARIES):
        return "the model's vocabulary file is missing"
    if not any((path / rel).is_file() for rel in _TOKENIZERS):
        return "the tokenizer model (sentencepiece.model) is missing"
    return None


def _damaged(path: Path, problem: str) -> ModelMissing:
    return ModelMissing(f"the installed it→en package at {path} is damaged ({problem}); "
                        "install it again with 'briefing models install --from "
                        "FILE.argosmodel'")


def broken_models(directory: Path | None = None) -> list[tuple[Path, str]]:
    """Installed packages that look like it→en but cannot be used, with the reason."""
    directory = directory or packages_dir()
    out = []
    if not directory.is_dir():
        return out
    for sub in sorted(directory.iterdir()):
        if not sub.is_dir():
            continue
        problem = package_problem(sub)
        if problem is None:
            continue
        try:
            meta = json.loads((sub / "metadata.json").read_text(encoding="utf-8"))
            pair = (meta.get("from_code"), meta.get("to_code"))
        except (OSError, ValueError, AttributeError):
            pair = None
        if pair == (FROM_CODE, TO_CODE) or (pair is None and "it_en" in sub.name):
            out.append((sub, problem))
    return out


def find_model(directory: Path | None = None) -> ModelInfo | None:
    """The installed it→en package in ``directory`` (default: :func:`packages_dir`), if any."""
    directory = directory or packages_dir()
    if not directory.is_dir():
        return None
    for sub in sorted(directory.iterdir()):
        if not sub.is_dir() or package_problem(sub) is not None:
            continue
        meta = json.loads((sub / "metadata.json").read_text(encoding="utf-8"))
        if meta.get("from_code") == FROM_CODE and meta.get("to_code") == TO_CODE:
            return ModelInfo(sub, str(meta.get("package_version", "")), sub.name)
    return None


def require_model() -> ModelInfo:
    """The installed model, installing it from BRIEFING_MODEL_FILE when that is set."""
    model = find_model()
    if model is None and os.environ.get(MODEL_FILE_ENV):
        model = install_from_file(Path(os.environ[MODEL_FILE_ENV]))
    if model is None and (broken := broken_models()):
        raise _damaged(*broken[0])
    if model is None:
        raise ModelMissing(
            "no Italian→English translation model installed in "
            f"{packages_dir()}; run 'briefing models install' "
            f"(offline: 'briefing models install --from FILE.argosmodel' or set {MODEL_FILE_ENV})"
        )
    return model


def _check_package_file(path: Path) -> None:
    if not path.is_file():
        raise ModelInstallError(f"model file not found: {path}")
    if not zipfile.is_zipfile(path):
        raise ModelInstallError(f"{path} is not an Argos package (.argosmodel zip archive)")
    try:
        with zipfile.ZipFile(path) as zf:
            metas = [n for n in zf.namelist()
                     if n.count("/") == 1 and n.endswith("/metadata.json")]
            if not metas:
                raise ModelInstallError(f"{path} has no metadata.json: not an Argos package")
            meta = json.loads(zf.read(metas[0]))
            bad = zf.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ModelInstallError(f"{path} is damaged (truncated or corrupt: {exc})") from None
    except ValueError:
        raise ModelInstallError(f"{path}: its metadata.json is not valid JSON") from None
    if bad is not None:
        raise ModelInstallError(f"{path} is damaged: {bad} fails its checksum")
    if not isinstance(meta, dict):
        raise ModelInstallError(f"{path}: its metadata.json is not an object")
    pair = f"{meta.get('from_code')}→{meta.get('to_code')}"
    if (meta.get("from_code"), meta.get("to_code")) != (FROM_CODE, TO_CODE):
        raise ModelInstallError(f"{path} translates {pair}, not {FROM_CODE}→{TO_CODE}")


def _top_folders(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as zf:
        return {n.split("/", 1)[0] for n in zf.namelist() if n.split("/", 1)[0]}


def _remove(folders: list[Path]) -> None:
    for f in folders:
        if f.is_symlink() or f.is_file():
            f.unlink(missing_ok=True)
        elif f.is_dir():
            shutil.rmtree(f, ignore_errors=True)


def install_from_file(path: Path) -> ModelInfo:
    """Install an .argosmodel file with argostranslate's installer.

    What the archive put in the packages folder is removed again when the installer
    fails or the installed package fails its checks: nothing half-usable stays there.
    """
    path = path.expanduser()
    _check_package_file(path)
    target = packages_dir()
    before = {p.name for p in target.iterdir()} if target.is_dir() else set()
    added = [target / name for name in sorted(_top_folders(path))]
    try:
        _argos_package_module().install_from_path(path)
    except Exception as exc:  # argostranslate raises bare exceptions on bad archives
        _remove([f for f in added if f.name not in before])
        raise ModelInstallError(f"{path} could not be installed: {exc}") from None
    problems = [(f, package_problem(f)) for f in added if f.is_dir()]
    bad = [(f, why) for f, why in problems if why is not None]
    if bad or not problems:
        _remove([f for f in added if f.exists()])
        detail = f" ({bad[0][1]})" if bad else ""
        raise ModelInstallError(f"{path} is not a usable it→en model{detail}; nothing was "
                                "installed")
    model = find_model()
    if model is None:
        raise ModelInstallError(f"{path} installed but it is not a usable it→en model")
    return model


def install_from_index() -> ModelInfo:
    """Download and install it→en from the Argos package index (needs the internet)."""
    import urllib.request

    pkg_mod = _argos_package_module()
    from argostranslate import settings

    try:
        with urllib.request.urlopen(settings.remote_package_index, timeout=INDEX_TIMEOUT_S) as r:
            data = r.read()
        settings.local_package_index.write_bytes(data)
    except OSError as exc:
        raise ModelInstallError(
            f"cannot reach the Argos package index ({exc}); offline, install from a file "
            f"with 'briefing models install --from FILE.argosmodel' or set {MODEL_FILE_ENV}"
        ) from None
    for available in pkg_mod.get_available_packages():
        if (available.from_code, available.to_code) == (FROM_CODE, TO_CODE):
            try:
                available.install()
            except Exception as exc:  # argostranslate raises bare Exception on download errors
                raise ModelInstallError(f"download of the it→en package failed: {exc}") from None
            model = find_model()
            if model:
                return model
    raise ModelInstallError("the Argos package index lists no it→en package")
