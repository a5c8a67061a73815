"""Translation speed and quality: naive argostranslate vs briefing's translator vs raw CTranslate2.

    python bench/translate.py [--threads N] [--device cpu|cuda]

Each method runs in its own process (clean peak RSS), on the same machine, in one run:
  1 naive  argostranslate.translate.translate() once per article (the baseline users write)
  2 cold   briefing's batched translator, empty cache
  3 warm   the same again, cache filled by (2)
  4 limit  ctranslate2.Translator.translate_batch over all sentences, same model and
           decoding settings, one maximal batch
Datasets: the sample corpus, and ../shared/data/newssyscomb2009-it-en (502 lines with human
references: chrF and BLEU via sacrebleu). Without a real model (BRIEFING_MODEL_FILE or
../shared/models/*.argosmodel) it runs the tests' tiny model: the timings then only exercise
the code and are not representative.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _model import REPO, SHARED, setup_model  # noqa: E402

NEWS = SHARED / "data" / "newssyscomb2009-it-en"


def _documents(dataset: str) -> tuple[list[list[str]], list[str] | None]:
    """Documents as lists of sentences, and references (one per sentence) if any."""
    if dataset == "corpus":
        from briefing.reading import read_corpus

        articles, _ = read_corpus(REPO / "corpus")
        return [[s.it for s in a.sentences] for a in articles], None
    src = (NEWS / "it.txt").read_text(encoding="utf-8").splitlines()
    ref = (NEWS / "en.txt").read_text(encoding="utf-8").splitlines()
    return [[line] for line in src], ref


def _child(method: str, dataset: str, threads: int, device: str, cache_dir: str) -> dict:
    setup_model()
    docs, _ = _documents(dataset)
    sentences = [s for d in docs for s in d]
    t0 = time.perf_counter()
    if method == "naive":
        os.environ["ARGOS_DEVICE_TYPE"] = device
        import argostranslate.translate as at

        out = []
        for d in docs:
            out.extend([at.translate(" ".join(d), "it", "en")] if len(d) > 1
                       else [at.translate(d[0], "it", "en")])
        if len(out) != len(sentences):  # per-article output: score per article is not possible
            out = None
    elif method in ("cold", "warm"):
        from briefing.cache import CachedTranslator, TranslationCache
        from briefing.translating import Translator

        os.environ["BRIEFING_CACHE_DIR"] = cache_dir
        tr = CachedTranslator(Translator(threads=threads, device=device), TranslationCache())
        out = tr.translate(sentences)
    else:
        from briefing.translating import BEAM_SIZE, LENGTH_PENALTY, Translator

        tr = Translator(threads=threads, device=device)
        tok = [tr.package.tokenizer.encode(s) for s in sentences]
        res = tr._ct2.translate_batch(tok, beam_size=BEAM_SIZE, length_penalty=LENGTH_PENALTY,
                                      replace_unknowns=True, max_batch_size=len(tok))
        out = [tr._decode(r.hypotheses[0]) for r in res]
    wall = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"wall": wall, "n": len(sentences), "rss_mb": rss, "out": out}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--child", nargs=3, metavar=("METHOD", "DATASET", "CACHE"))
    args = ap.parse_args()
    if args.child:
        method, dataset, cache = args.child
        print(json.dumps(_child(method, dataset, args.threads, args.device, cache)))
        return
    model_file, is_real = setup_model()
    print(f"model: {model_file} ({'real' if is_real else 'TINY TEST MODEL: not representative'})")
    import sacrebleu

    for dataset in ("corpus", "newssyscomb"):
        if dataset == "newssyscomb" and not NEWS.is_dir():
            continue
        _, refs = _documents(dataset)
        cache = tempfile.mkdtemp(prefix="bench-cache-")
        rows = {}
        for method in ("naive", "cold", "warm", "limit"):
            p = subprocess.run([sys.executable, __file__, "--threads", str(args.threads),
                                "--device", args.device, "--child", method, dataset, cache],
                               capture_output=True, text=True, env=os.environ)
            if p.returncode != 0:
                rows[method] = {"error": p.stderr.strip().splitlines()[-1][:120]}
                continue
            rows[method] = json.loads(p.stdout.strip().splitlines()[-1])
        print(f"\n{dataset}: {next(r['n'] for r in rows.values() if 'n' in r)} sentences")
        print(f"{'method':8} {'sent/s':>9} {'wall s':>8} {'vs naive':>9} {'vs limit':>9} "
              f"{'peak MB':>8} {'chrF':>6} {'BLEU':>6}")
        for method, r in rows.items():
            if "error" in r:
                print(f"{method:8} failed: {r['error']}")
                continue
            def ratio(other: str, r: dict = r, rows: dict = rows) -> str:
                base = rows.get(other, {})
                return f"{base['wall'] / r['wall']:.2f}x" if "wall" in base else "n/a"

            chrf = bleu = "n/a"
            if refs and r["out"]:
                chrf = f"{sacrebleu.corpus_chrf(r['out'], [refs]).score:.1f}"
                bleu = f"{sacrebleu.corpus_bleu(r['out'], [refs]).score:.1f}"
            print(f"{method:8} {r['n'] / r['wall']:9.1f} {r['wall']:8.2f} {ratio('naive'):>9} "
                  f"{ratio('limit'):>9} {r['rss_mb']:8.0f} {chrf:>6} {bleu:>6}")


if __name__ == "__main__":
    main()
