"""Translating: Italian sentences to English with the installed Argos it→en package.

We go through argostranslate's installed package (its model directory,
SentencePiece tokenizer, metadata and decoding settings) but call CTranslate2
on whole lists of sentences, so every English sentence keeps its Italian source
and a run pays the model's start-up once. argostranslate and ctranslate2 are
imported lazily: they pull in heavy libraries that commands which do not
translate must not pay for.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing.translate.packages import (  # noqa: F401  (re-exported: argos is the engine's API)
    FROM_CODE,
    MODEL_FILE_ENV,
    TO_CODE,
    ModelInfo,
    ModelInstallError,
    ModelMissing,
    _argos_package_module,
    _damaged,
    broken_models,
    find_model,
    install_from_file,
    install_from_index,
    package_problem,
    packages_dir,
    require_model,
)

# CTranslate2 batch size and type per device (measured with bench/translate.py). On CPU a
# budget of tokens is as fast as 32 sentences and bounds memory when sentences are long
# (502 news sentences: peak 604 MB instead of 989 MB); on CUDA 128 sentences was best.
DEFAULT_BATCH = {"cpu": (1024, "tokens"), "cuda": (128, "examples")}

# Argos' own decoding settings (argostranslate.translate.apply_packaged_translation).
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2
MAX_DECODING = 500  # tokens; below the 512 positions of the Transformer-base packages
DEFAULT_POSITIONS = 512  # Transformer-base, when the model file does not say
KEPT_MARK = "[in Italian]"  # before a piece the model refused, kept as written
CACHE_CHUNK = 256  # sentences stored in the cache at a time (Ctrl-C keeps what is done)


def cpu_workers(threads: int) -> tuple[int, int]:
    """(workers, threads per worker) for CTranslate2 on ``threads`` CPU cores.

    Measured with bench/translate.py on the Transformer-base stand-in: on 2 cores 2×1 beat
    1×2 by 1.2×; on 16 cores 4×4 gave 110 sentences/s, 8×2 81, 16×1 51, 1×16 41. Workers
    take whole batches, so many single-threaded ones wait on the longest batch; one worker
    wastes cores on small matrix products. The square root balances the two.
    """
    per_worker = max(1, math.isqrt(threads))
    return max(1, threads // per_worker), per_worker


def position_limit(model_dir: Path, default: int = DEFAULT_POSITIONS) -> int:
    """How many positions the model's position encodings define (the longest input or
    output it takes), read from the headers of CTranslate2's model.bin; ``default`` when
    the file stores none (or cannot be read)."""
    import struct

    def u32(f) -> int:
        return struct.unpack("<I", f.read(4))[0]

    def text(f) -> str:
        (n,) = struct.unpack("<H", f.read(2))
        return f.read(n).rstrip(b"\0").decode("utf-8", "replace")

    limits = []
    try:
        with open(model_dir / "model.bin", "rb") as f:
            if u32(f) < 5:
                return default
            text(f)  # the spec's name
            u32(f)  # its revision
            for _ in range(u32(f)):
                name, rank = text(f), f.read(1)[0]
                dims = [u32(f) for _ in range(rank)]
                f.read(1)  # dtype
                f.seek(u32(f), 1)
                if name.endswith("position_encodings/encodings") and dims:
                    limits.append(dims[0])
    except (OSError, struct.error, IndexError, ValueError):
        return default
    return min(limits) if limits else default


class Translator:
    """Batched it→en translation through an installed Argos package."""

    engine = "argos"
    cache_chunk = CACHE_CHUNK

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
        self.refused: set[str] = set()  # sentences with a piece the model refused
        self.positions = position_limit(self.model.path / "model")
        # Pieces leave room for the target: 2n+16 tokens must fit in the positions too.
        self.max_source_tokens = max(8, (min(self.positions - 1, MAX_DECODING) - 16) // 2)
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
        """English for each sentence, in order; repeated sentences are translated once.

        A sentence longer than the model takes (:attr:`max_source_tokens`) goes in pieces
        cut at clause marks; a piece the model still refuses is kept in Italian, marked
        :data:`KEPT_MARK`, and the sentence is listed in ``self.refused``.
        """
        unique = list(dict.fromkeys(s for s in sentences if s.strip()))
        split = {s: self._fit(s) for s in unique}
        left = {s: len(ps) for s, ps in split.items()}
        owners: dict[str, list[str]] = {}
        for s, ps in split.items():
            for p in ps:
                owners.setdefault(p, []).append(s)

        def finished(piece: str) -> None:
            for s in owners[piece]:
                left[s] -= 1
                if left[s] == 0 and progress:
                    progress(1)

        done = self._translate_pieces(list(owners), finished)
        for s, ps in split.items():
            if any(p not in done for p in ps):
                self.refused.add(s)
        out = {s: " ".join(done.get(p, f"{KEPT_MARK} {p}") for p in ps)
               for s, ps in split.items()}
        return [out.get(s, "") for s in sentences]

    def _fit(self, text: str) -> list[str]:
        """``text`` cut into pieces of at most :attr:`max_source_tokens` tokens."""
        from briefing.read.segmenting import chunks

        n = len(self.package.tokenizer.encode(text))
        if n <= self.max_source_tokens:
            return [text]
        words = text.split()
        if len(words) > 1:
            size = max(1, min(len(words) - 1, len(words) * self.max_source_tokens // n))
            parts = chunks(text, max_words=size, max_chars=max(len(text), 1))
        else:  # one run without spaces: cut by characters
            size = max(1, len(text) * self.max_source_tokens // n)
            parts = [text[i:i + size] for i in range(0, len(text), size)]
        if len(parts) < 2:  # cannot cut further: the engine decides
            return [text]
        return [q for p in parts for q in self._fit(p)]

    def _translate_pieces(self, pieces: list[str], finished: Callable[[str], None]
                          ) -> dict[str, str]:
        """English of each piece the model accepts; the ones it refuses are left out."""
        tokenized = {s: self.package.tokenizer.encode(s) for s in pieces}
        order = sorted(pieces, key=lambda s: len(tokenized[s]))
        done: dict[str, str] = {}
        failed: list[str] = []
        if order:
            # One asynchronous call: CTranslate2 cuts the length-sorted list into batches and
            # keeps all its workers busy to the end; results are collected in order.
            try:
                pending = self._run([tokenized[s] for s in order], asynchronous=True)
            except (RuntimeError, ValueError):
                pending, failed = [], list(order)
            for s, result in zip(order, pending, strict=False):
                try:
                    done[s] = self._english(s, result.result().hypotheses[0], tokenized[s])
                except (RuntimeError, ValueError):
                    failed.append(s)  # its whole batch failed: retried alone below
                    continue
                finished(s)
        for s in failed:  # one at a time, so one bad piece fails alone
            try:
                hyp = self._run([tokenized[s]], asynchronous=False)[0].hypotheses[0]
                done[s] = self._english(s, hyp, tokenized[s])
            except (RuntimeError, ValueError):
                pass
            finished(s)
        return done

    def _max_len(self, tokens: list[str]) -> int:
        # CTranslate2 stops at 256 tokens by default and cuts what is longer
        return min(MAX_DECODING, self.positions - 1, 2 * len(tokens) + 16)

    def _run(self, batch: list[list[str]], *, asynchronous: bool):
        prefix = self.package.target_prefix
        return self._ct2.translate_batch(
            batch,
            target_prefix=[[prefix]] * len(batch) if prefix else None,
            beam_size=BEAM_SIZE,
            length_penalty=LENGTH_PENALTY,
            replace_unknowns=True,
            max_batch_size=self.max_batch_size,
            batch_type=self.batch_type,
            max_decoding_length=max(self._max_len(t) for t in batch),
            asynchronous=asynchronous,
        )

    def _english(self, source: str, hyp: list[str], tokens: list[str]) -> str:
        if len(hyp) >= self._max_len(tokens) - 1:
            self.truncated.add(source)
        return self._decode(hyp)

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
