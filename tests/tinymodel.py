"""Build a small but structurally real Argos it→en package for tests.

A SentencePiece model trained on the given text, a randomly initialised
Transformer written by a CTranslate2 converter, and an it→en metadata.json,
zipped as an .argosmodel. Its English is nonsense, but installing, loading,
tokenizing and translating with it runs the same code as the real model.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np

D_MODEL, FFN, HEADS, LAYERS = 32, 64, 2, 1
SPECIALS = ["<blank>", "<unk>", "<s>", "</s>"]


def train_sentencepiece(text: str, out_prefix: Path, vocab_size: int, **options) -> list[str]:
    """Train a SentencePiece model at ``out_prefix``.model; returns the model vocabulary."""
    import sentencepiece as spm

    spm.SentencePieceTrainer.train(
        sentence_iterator=iter([ln for ln in text.splitlines() if ln.strip()]),
        model_prefix=str(out_prefix),
        vocab_size=vocab_size,
        character_coverage=1.0,
        model_type="unigram",
        minloglevel=2,
        **options,
    )
    sp = spm.SentencePieceProcessor(model_file=f"{out_prefix}.model")
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    return SPECIALS + [p for p in pieces if p not in ("<unk>", "<s>", "</s>")]


def random_variables(vocab_size: int, d: int, ffn_dim: int, layers: int,
                     rng: np.random.Generator, *, std: float = 0.2, emb_std: float = 0.5,
                     max_len: int = 512) -> dict[str, np.ndarray]:
    """Random weights of an OpenNMT-py pre-norm Transformer, under OpenNMT-py's names."""

    def lin(name: str, out_dim: int, in_dim: int) -> dict[str, np.ndarray]:
        return {
            f"{name}.weight": rng.normal(0, std, (out_dim, in_dim)).astype(np.float32),
            f"{name}.bias": np.zeros(out_dim, np.float32),
        }

    def norm(name: str) -> dict[str, np.ndarray]:
        return {f"{name}.weight": np.ones(d, np.float32), f"{name}.bias": np.zeros(d, np.float32)}

    def attn(name: str) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for part in ("linear_query", "linear_keys", "linear_values", "final_linear"):
            out.update(lin(f"{name}.{part}", d, d))
        return out

    def ffn(name: str) -> dict[str, np.ndarray]:
        return {**norm(f"{name}.layer_norm"), **lin(f"{name}.w_1", ffn_dim, d),
                **lin(f"{name}.w_2", d, ffn_dim)}

    pos = np.arange(max_len)[:, None] / np.power(10000, np.arange(0, d, 2) / d)[None, :]
    pe = np.zeros((max_len, d), np.float32)
    pe[:, 0::2], pe[:, 1::2] = np.sin(pos), np.cos(pos)
    var: dict[str, np.ndarray] = {}
    for side in ("encoder", "decoder"):
        var[f"{side}.embeddings.make_embedding.emb_luts.0.weight"] = rng.normal(
            0, emb_std, (vocab_size, d)).astype(np.float32)
        var[f"{side}.embeddings.make_embedding.pe.pe"] = pe
        var.update(norm(f"{side}.layer_norm"))
    for i in range(layers):
        e = f"encoder.transformer.{i}"
        var.update({**attn(f"{e}.self_attn"), **norm(f"{e}.layer_norm"),
                    **ffn(f"{e}.feed_forward")})
        dec = f"decoder.transformer_layers.{i}"
        var.update({**attn(f"{dec}.self_attn"), **norm(f"{dec}.layer_norm_1"),
                    **attn(f"{dec}.context_attn"), **norm(f"{dec}.layer_norm_2"),
                    **ffn(f"{dec}.feed_forward")})
    var.update(lin("generator", vocab_size, d))
    return var


def _tiny_variables(vocab: list[str], rng: np.random.Generator) -> dict[str, np.ndarray]:
    var = random_variables(len(vocab), D_MODEL, FFN, LAYERS, rng)
    # Make "</s>" likely enough that random decoding stops after a few tokens.
    var["generator.bias"][vocab.index("</s>")] = 1.0
    return var


def convert(vocab: list[str], out_dir: Path, variables: dict[str, np.ndarray], *,
            layers: int, heads: int, source_eos: bool = False, quantization: str | None = None,
            ) -> None:
    """Write an OpenNMT-py-style Transformer with the given weights as a CTranslate2 model."""
    from ctranslate2.converters import opennmt_py
    from ctranslate2.converters.converter import Converter
    from ctranslate2.specs import transformer_spec

    class WeightsConverter(Converter):
        def _load(self):
            spec = transformer_spec.TransformerSpec.from_config(layers, heads)
            opennmt_py.set_transformer_spec(spec, variables)
            spec.register_source_vocabulary(vocab)
            spec.register_target_vocabulary(vocab)
            spec.config.add_source_eos = source_eos
            return spec

    WeightsConverter().convert(str(out_dir), quantization=quantization, force=True)


def package(pkg: Path, dest: Path, version: str) -> Path:
    """Add an it→en metadata.json to the package folder ``pkg`` and zip it as ``dest``."""
    (pkg / "sentencepiece.vocab").unlink(missing_ok=True)
    (pkg / "metadata.json").write_text(json.dumps({
        "package_version": version, "argos_version": "1.0", "from_code": "it",
        "from_name": "Italian", "to_code": "en", "to_name": "English",
    }))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(pkg.rglob("*")):
            if f.is_file():
                zf.write(f, f.relative_to(pkg.parent).as_posix())
    dest.write_bytes(buf.getvalue())
    return dest


def build_tiny_argosmodel(text: str, dest: Path, *, seed: int = 0, vocab_size: int = 400) -> Path:
    """Write ``dest`` (an .argosmodel zip) and return it."""
    pkg = dest.parent / f"{dest.stem}-build" / "translate-it_en-tiny"
    (pkg / "model").mkdir(parents=True, exist_ok=True)
    vocab = train_sentencepiece(text, pkg / "sentencepiece", vocab_size)
    variables = _tiny_variables(vocab, np.random.default_rng(seed))
    convert(vocab, pkg / "model", variables, layers=LAYERS, heads=HEADS)
    return package(pkg, dest, "0.0-test")
