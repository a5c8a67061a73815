"""Translating: Italian sentences to English with the installed Argos it→en package.

We go through argostranslate's installed package (its model directory,
SentencePiece tokenizer, metadata and decoding settings) but call CTranslate2
on whole lists of sentences, so every English sentence keeps its Italian source
and a run pays the model's start-up once. argostranslate and ctranslate2 are
imported lazily: they pull in heavy libraries that commands which do not
translate must not pay for.
"""

from __future__ import annotations

import json
import math
import os
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

FROM_CODE, TO_CODE = "it", "en"
MODEL_FILE_ENV = "BRIEFING_MODEL_FILE"
INDEX_TIMEOUT_S = 15

# CTranslate2 batch size and type per device (measured with bench/translate.py). On CPU a
# budget of tokens is as fast as 32 sentences and bounds memory when sentences are long
# (502 news sentences: peak 604 MB instead of 989 MB); on CUDA 128 sentences was best.
DEFAULT_BATCH = {"cpu": (1024, "tokens"), "cuda": (128, "examples")}

# Argos' own decoding settings (argostranslate.translate.apply_packaged_translation).
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2


class ModelMissing(Exception):
    """No it→en package is installed."""


class ModelInstallError(Exception):
    """A package file or the package index could not be used; message for the user."""


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
        """Identity of the model's content (not its install time), for the cache key."""
        import hashlib

        h = hashlib.sha256()
        for rel in ("metadata.json", "model/config.json", "sentencepiece.model", "bpe.model"):
            f = self.path / rel
            if f.is_file():
                h.update(rel.encode() + f.read_bytes())
        h.update(str((self.path / "model" / "model.bin").stat().st_size).encode())
        return f"{self.name}:{self.version}:{h.hexdigest()[:16]}"


def find_model(directory: Path | None = None) -> ModelInfo | None:
    """The installed it→en package in ``directory`` (default: :func:`packages_dir`), if any."""
    directory = directory or packages_dir()
    if not directory.is_dir():
        return None
    for sub in sorted(directory.iterdir()):
        meta_path = sub / "metadata.json"
        if not (meta_path.is_file() and (sub / "model" / "model.bin").is_file()):
            continue
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if meta.get("from_code") == FROM_CODE and meta.get("to_code") == TO_CODE:
            return ModelInfo(sub, str(meta.get("package_version", "")), sub.name)
    return None


def require_model() -> ModelInfo:
    """The installed model, installing it from BRIEFING_MODEL_FILE when that is set."""
    model = find_model()
    if model is None and os.environ.get(MODEL_FILE_ENV):
        model = install_from_file(Path(os.environ[MODEL_FILE_ENV]))
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
    with zipfile.ZipFile(path) as zf:
        metas = [n for n in zf.namelist() if n.count("/") == 1 and n.endswith("/metadata.json")]
        if not metas:
            raise ModelInstallError(f"{path} has no metadata.json: not an Argos package")
        meta = json.loads(zf.read(metas[0]))
    pair = f"{meta.get('from_code')}→{meta.get('to_code')}"
    if (meta.get("from_code"), meta.get("to_code")) != (FROM_CODE, TO_CODE):
        raise ModelInstallError(f"{path} translates {pair}, not {FROM_CODE}→{TO_CODE}")


def install_from_file(path: Path) -> ModelInfo:
    """Install an .argosmodel file with argostranslate's installer."""
    path = path.expanduser()
    _check_package_file(path)
    _argos_package_module().install_from_path(path)
    model = find_model()
    if model is None:
        raise ModelInstallError(f"{path} installed but no usable it→en model was found")
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


def cpu_workers(threads: int) -> tuple[int, int]:
    """(workers, threads per worker) for CTranslate2 on ``threads`` CPU cores.

    Measured with bench/translate.py on the Transformer-base stand-in: on 2 cores 2×1 beat
    1×2 by 1.2×; on 16 cores 4×4 gave 110 sentences/s, 8×2 81, 16×1 51, 1×16 41. Workers
    take whole batches, so many single-threaded ones wait on the longest batch; one worker
    wastes cores on small matrix products. The square root balances the two.
    """
    per_worker = max(1, math.isqrt(threads))
    return max(1, threads // per_worker), per_worker


class Translator:
    """Batched it→en translation through an installed Argos package."""

    engine = "argos"

    def __init__(
        self,
        model: ModelInfo | None = None,
        *,
        device: str = "cpu",
        threads: int = 0,
        max_batch_size: int | None = None,
        batch_type: str | None = None,
    ) -> None:
        if device != "cpu":  # only then is it worth importing ctranslate2 before a cache miss
            import ctranslate2

            cuda = ctranslate2.get_cuda_device_count() > 0
            if device == "auto":
                device = "cuda" if cuda else "cpu"
            elif not cuda:
                raise ModelInstallError("--device cuda: no CUDA device is available to CTranslate2")
        self.model = model or require_model()
        pkg_mod = _argos_package_module()
        self.package = pkg_mod.Package(self.model.path)
        if getattr(self.package, "tokenizer", None) is None:
            raise ModelInstallError(f"{self.model.path} has no tokenizer model")
        self.device = device
        self.threads = threads or (os.cpu_count() or 1)
        self._loaded = None
        default_size, default_type = DEFAULT_BATCH[device]
        self.max_batch_size = max_batch_size or default_size
        self.batch_type = batch_type or default_type
        self.identity = self.model.identity
        from briefing.data import TranslationInfo

        self.info = TranslationInfo("argos", self.model.name, self.model.version or "unknown")
        self.unknown_words: dict[str, list[str]] = {}  # a neural model leaves none marked
        # Everything that changes the output; part of the cache key.
        self.settings = {"beam_size": BEAM_SIZE, "length_penalty": LENGTH_PENALTY,
                         "replace_unknowns": True, "compute_type": "auto", "device": device}

    @property
    def _ct2(self):
        """The CTranslate2 model, loaded on first use (a fully cached run never loads it)."""
        if self._loaded is None:
            import ctranslate2

            inter, intra = cpu_workers(self.threads) if self.device == "cpu" else (1, self.threads)
            self._loaded = ctranslate2.Translator(
                str(self.model.path / "model"), device=self.device,
                inter_threads=inter, intra_threads=intra, compute_type="auto",
            )
        return self._loaded

    def _decode(self, tokens: list[str]) -> str:
        value = self.package.tokenizer.decode(tokens)
        prefix = self.package.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix):]
        return value.strip()

    def translate(
        self,
        sentences: Sequence[str],
        progress: Callable[[int], None] | None = None,
    ) -> list[str]:
        """English for each sentence, in order; repeated sentences are translated once."""
        unique = list(dict.fromkeys(s for s in sentences if s.strip()))
        tokenized = {s: self.package.tokenizer.encode(s) for s in unique}
        order = sorted(unique, key=lambda s: len(tokenized[s]))
        done: dict[str, str] = {}
        if order:
            prefix = self.package.target_prefix
            # One asynchronous call: CTranslate2 cuts the length-sorted list into batches and
            # keeps all its workers busy to the end; results are collected in order, which
            # moves the progress bar sentence by sentence.
            pending = self._ct2.translate_batch(
                [tokenized[s] for s in order],
                target_prefix=[[prefix]] * len(order) if prefix else None,
                beam_size=BEAM_SIZE,
                length_penalty=LENGTH_PENALTY,
                replace_unknowns=True,
                max_batch_size=self.max_batch_size,
                batch_type=self.batch_type,
                asynchronous=True,
            )
            for s, result in zip(order, pending, strict=True):
                done[s] = self._decode(result.result().hypotheses[0])
                if progress:
                    progress(1)
        return [done.get(s, "") for s in sentences]

    def close(self) -> None:
        """Unload the model and hand the memory of its batches back to the system.

        The allocator keeps what CTranslate2's worker threads freed (hundreds of MB after
        long sentences) and the PDF renderer cannot reuse it, so a run that renders after
        translating would otherwise hold both at once.
        """
        if self._loaded is not None:
            self._loaded.unload_model()
            self._loaded = None
        _trim_malloc()


def _trim_malloc() -> None:
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass
