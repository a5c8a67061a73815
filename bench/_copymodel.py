"""A stand-in for the real it→en model in speed benchmarks: Transformer-base, output = input.

The real Argos it→en package cannot be had on our machines. Timings with the tests' tiny
model say nothing about a real run: its decoder has one 32-wide layer and stops after a few
tokens. This package has the real package's shape (OpenNMT-py Transformer-base: 6+6 layers,
d_model 512, 8 heads, FFN 2048, a 32,000-token vocabulary, int8) and weights set by hand so
that beam search *copies* the source sentence token by token and then stops, so every
sentence costs as many decoding steps as a translation of about its own length would.
Its "English" is the Italian source: good for sentences/s, wall time and memory, not for
chrF/BLEU.

How the weights copy (everything not named here is noise of 1e-3, so that every matrix
product still runs at full size):
  residual stream  [PE(pos), -PE(pos), code(token), -code(token)]   (128 dims each; the
                   mirrored halves keep the mean at 0, so layer norm is a fixed scaling)
  encoder          embedding = code(token); its layers add nothing
  decoder          embedding = 0, so step t holds only PE(t); in layer 0 the cross-attention
                   query PE(t) meets the keys PE(s) and picks source position s = t, and its
                   values carry code(source token t) into the stream
  generator        logit(v) ∝ code(v) · code(stream): the source token t wins by a margin
  source EOS       added by CTranslate2 (add_source_eos), so step len(source) copies "</s>".
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from tinymodel import convert, package, random_variables, train_sentencepiece  # noqa: E402

LAYERS, HEADS, D, FFN, VOCAB = 6, 8, 512, 2048, 32000
PAIRS = 64  # sin/cos pairs of the position code: dims 0..127, mirrored in 128..255
CODE = 128  # token code: dims 256..383, mirrored in 384..511
MAX_LEN = 1024
ALPHA, BETA, NOISE = 32.0, 0.2, 1e-3


def _position_code() -> np.ndarray:
    # Wavelengths from 2.2 to 3000 positions: with ALPHA the first 32 pairs (one head's
    # 64 dims) separate neighbouring positions by an attention-logit margin of about 29
    # (32 · 7.26 / √64), and no two positions up to 1,200 come closer.
    wl = np.concatenate([np.geomspace(2.2, 3000, 32), np.geomspace(2.5, 5000, PAIRS - 32)])
    ang = np.arange(MAX_LEN)[:, None] * (2 * np.pi / wl)[None, :]
    pe = np.zeros((MAX_LEN, D), np.float32)
    pe[:, 0:2 * PAIRS:2], pe[:, 1:2 * PAIRS:2] = np.sin(ang), np.cos(ang)
    pe[:, 2 * PAIRS:4 * PAIRS] = -pe[:, 0:2 * PAIRS]
    return pe


def copy_variables(vocab_size: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Weights (OpenNMT-py names) of a Transformer-base that copies its input."""
    var = random_variables(vocab_size, D, FFN, LAYERS, rng, std=NOISE, emb_std=NOISE,
                           max_len=MAX_LEN)
    pe = _position_code()
    code = rng.choice([-1.0, 1.0], size=(vocab_size, CODE)).astype(np.float32)
    c0, c1 = 4 * PAIRS, 4 * PAIRS + CODE  # where code and -code live
    emb = np.zeros((vocab_size, D), np.float32)
    emb[:, c0:c1], emb[:, c1:] = code, -code
    var["encoder.embeddings.make_embedding.emb_luts.0.weight"] = emb / np.sqrt(D)  # undo ×√d
    for side in ("encoder", "decoder"):
        var[f"{side}.embeddings.make_embedding.pe.pe"] = pe
    var["decoder.embeddings.make_embedding.emb_luts.0.weight"][:] *= 1e-3

    # Layer norm scalings of the clean streams: encoder memory and decoder input.
    s_mem = np.sqrt((2 * PAIRS + 2 * CODE) / D)
    s_dec = np.sqrt(2 * PAIRS / D)
    head = D // HEADS
    att = "decoder.transformer_layers.0.context_attn"
    wq, wk = var[f"{att}.linear_query.weight"], var[f"{att}.linear_keys.weight"]
    wv, wo = var[f"{att}.linear_values.weight"], var[f"{att}.final_linear.weight"]
    per_head = CODE // HEADS
    for h in range(HEADS):
        rows = slice(h * head, h * head + head)
        wq[rows, :head] = ALPHA * s_dec * np.eye(head)
        wk[rows, :head] = s_mem * np.eye(head)
        for j in range(per_head):
            src = c0 + h * per_head + j
            wv[h * head + j, src] = s_mem
            wo[src, h * head + j] = 1.0
            wo[src + CODE, h * head + j] = -1.0
    gen = np.zeros((vocab_size, D), np.float32)
    gen[:, c0:c1], gen[:, c1:] = code, -code
    var["generator.weight"] = BETA * s_mem * gen + var["generator.weight"]
    return var


def build_copy_argosmodel(text: str, dest: Path, *, seed: int = 0) -> Path:
    """Write ``dest``: an it→en .argosmodel of Transformer-base shape whose output is its input.

    ``text`` trains the SentencePiece model (as many pieces as it supports, up to VOCAB);
    the model's vocabulary is padded to VOCAB entries so the output layer has the real size.
    The package also carries a blank spaCy Italian pipeline as its sentence splitter, so that
    argostranslate itself can run offline with it (ARGOS_CHUNK_TYPE=SPACY), when
    spaCy is installed.
    """
    pkg = dest.parent / f"{dest.stem}-build" / "translate-it_en-copy"
    (pkg / "model").mkdir(parents=True, exist_ok=True)
    vocab = train_sentencepiece(text, pkg / "sentencepiece", 16000, hard_vocab_limit=False)
    vocab += [f"<pad{i}>" for i in range(VOCAB - len(vocab))]
    variables = copy_variables(len(vocab), np.random.default_rng(seed))
    convert(vocab, pkg / "model", variables, layers=LAYERS, heads=HEADS, source_eos=True,
            quantization="int8")
    try:
        import spacy
    except ImportError:  # e.g. on a GPU machine that measures briefing and raw CTranslate2 only
        pass
    else:
        spacy.blank("it").to_disk(pkg / "spacy")
    return package(pkg, dest, "0.0-copy")
