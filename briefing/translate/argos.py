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

from briefing.errors import EngineFailure

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
MAX_DECODING = 500  # tokens; below the 512 positions of the Transformer-base packages


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


def install_from_file(path: Path) -> ModelInfo:
    """Install an .argosmodel file with argostranslate's installer."""
    path = path.expanduser()
    _check_package_file(path)
    try:
        _argos_package_module().install_from_path(path)
    except Exception as exc:  # argostranslate raises bare exceptions on bad archives
        raise ModelInstallError(f"{path} could not be installed: {exc}") from None
    model = find_model()
    if model is None:
        broken = broken_models()
        detail = f" ({broken[0][1]})" if broken else ""
        raise ModelInstallError(f"{path} installed but it is not a usable it→en "
                                f"model{detail}")
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
        problem = package_problem(self.model.path)
        if problem:
            raise _damaged(self.model.path, problem)
        pkg_mod = _argos_package_module()
        try:
            self.package = pkg_mod.Package(self.model.path)
        except Exception as exc:  # argostranslate reads the package with bare exceptions
            raise ModelInstallError(
                f"cannot read the package at {self.model.path}: {exc}") from None
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
        self.truncated: set[str] = set()  # sentences whose translation hit the length limit
        # Everything that changes the output; part of the cache key.
        self.settings = {"beam_size": BEAM_SIZE, "length_penalty": LENGTH_PENALTY,
                         "replace_unknowns": True, "compute_type": "auto", "device": device,
                         "max_decoding": f"2n+16<={MAX_DECODING}"}

    @property
    def _ct2(self):
        """The CTranslate2 model, loaded on first use (a fully cached run never loads it)."""
        if self._loaded is None:
            import ctranslate2

            inter, intra = cpu_workers(self.threads) if self.device == "cpu" else (1, self.threads)
            try:
                self._loaded = ctranslate2.Translator(
                    str(self.model.path / "model"), device=self.device,
                    inter_threads=inter, intra_threads=intra, compute_type="auto",
                )
            except (RuntimeError, ValueError, OSError) as exc:
                raise ModelInstallError(
                    f"cannot load the translation model at {self.model.path} ({exc}); install "
                    "it again with 'briefing models install --from FILE.argosmodel'") from None
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
            longest = max(len(tokenized[s]) for s in order)
            # CTranslate2 stops at 256 tokens by default and cuts what is longer; the
            # pipeline hands over sentences of at most ~100 words, so this never binds
            max_len = min(MAX_DECODING, 2 * longest + 16)
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
                max_decoding_length=max_len,
                asynchronous=True,
            )
            for s, result in zip(order, pending, strict=True):
                try:
                    hyp = result.result().hypotheses[0]
                except (RuntimeError, ValueError) as exc:
                    raise ModelInstallError(f"the translation model failed: {exc}") from None
                if len(hyp) >= max_len - 1:
                    self.truncated.add(s)
                done[s] = self._decode(hyp)
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
