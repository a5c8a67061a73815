"""Translation speed and quality: naive argostranslate vs briefing's translator vs raw CTranslate2.

    python bench/translate.py [--engine argos|apertium]
                              [--model auto|real|copy|tiny] [--threads N] [--device cpu|cuda]
                              [--methods naive,cold,warm,limit]
                              [--datasets corpus,newssyscomb,flores,newstest]
                              [--batch N] [--batch-type examples|tokens]

With --engine apertium [--pivot cat|spa] (Debian's rule-based pairs, no model): naive =
the `apertium` command a user would run, one `apertium ita-cat | apertium cat-eng` pipe
per document; cold/warm = briefing's Apertium translator (one pipe for all sentences) with
an empty / a filled cache; protected = the product's path of issue 16 (each document's
name registry from extraction; names kept, the glossary, Italian numbers in English; no
cache); build (corpus only) = a whole `briefing build` of the sample
corpus, empty cache; no limit row. "unk" counts the words Apertium left untranslated,
"starts" the Apertium pipelines started (a build starts one per run: everything it
translates — sentences, titles, quotes, units — goes in one batch).

Each method runs in its own process (clean peak RSS), on the same machine, in one run:
  1 naive  argostranslate.translate.translate() once per article (the baseline users write)
  2 cold   briefing's batched translator, empty cache
  3 warm   the same again, cache filled by (2)
  4 limit  ctranslate2.Translator.translate_batch over all sentences, same model, decoding
           settings and threads: the faster of one maximal batch and CTranslate2's own
           length-sorted batches of the translator's batch size and type (both printed)
Datasets: the sample corpus, and ../shared/data/newssyscomb2009-it-en (502 lines with human
references: chrF and BLEU via sacrebleu). Without a real model (BRIEFING_MODEL_FILE or
../shared/models/*.argosmodel) it measures the copy stand-in of bench/_copymodel.py (real
shape and decoding length; chrF/BLEU then meaningless), or with --model tiny the tests' model.
Columns: "× naive" = naive's wall time / this one's (speed-up); "÷ limit" = this one's wall
time / the limit's (overhead over raw CTranslate2). Wall times include loading the model,
not importing Python modules.
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
from _model import DESCRIPTION, KINDS, REPO, SHARED, setup_model, uses_spacy_splitter  # noqa: E402

TEST_SETS = {"newssyscomb": "newssyscomb2009-it-en", "flores": "flores200-devtest-it-en",
             "newstest": "newstest2009-it-en"}


def _documents(dataset: str) -> tuple[list[list[str]], list[str] | None]:
    """Documents as lists of sentences, and references (one per sentence) if any."""
    if dataset == "corpus":
        from briefing.read.files import read_corpus

        articles, _ = read_corpus(REPO / "corpus")
        return [[s.it for s in a.sentences] for a in articles], None
    folder = SHARED / "data" / TEST_SETS[dataset]
    src = (folder / "it.txt").read_text(encoding="utf-8").splitlines()
    ref = (folder / "en.txt").read_text(encoding="utf-8").splitlines()
    return [[line] for line in src], ref


def _peak_rss_mb() -> float:
    """This process's own peak RSS. ru_maxrss would include the parent's: Linux carries it
    over fork and exec, and the parent holds argostranslate's imports (~340 MB)."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _count_starts() -> list[str]:
    """Count the Apertium translation pipelines this process starts."""
    import briefing.translate.apertium as apertium

    started: list[str] = []
    real = apertium.subprocess.Popen

    def popen(cmd, *args, **kwargs):
        if "-z" in cmd:
            started.append(cmd[-1])
        return real(cmd, *args, **kwargs)

    apertium.subprocess.Popen = popen
    return started


def _protected(docs: list[list[str]], translator) -> list[str]:
    """The product's path (issue 16): each document read as an article (one sentence a
    paragraph), its name registry built by extraction, then translated with names kept,
    the glossary and Italian numbers written in English."""
    from briefing.data import Article, Paragraph, Sentence
    from briefing.extract.report import Options, extract
    from briefing.translate.batch import translate_segments

    reports = []
    for i, d in enumerate(docs):
        a = Article(f"doc{i}", Path(f"doc{i}"), [Paragraph([Sentence(s)]) for s in d])
        reports.append(extract(a, Options(), []))
    english = translate_segments(reports, translator)
    return [english.of(s) for d in docs for s in d]


def _apertium_child(method: str, dataset: str, cache_dir: str, pivot: str | None) -> dict:
    from briefing.translate.apertium import ApertiumTranslator, clean_output, find_pair

    docs, _ = _documents(dataset)
    sentences = [s for d in docs for s in d]
    pair = find_pair(pivot)
    started = _count_starts()
    t0 = time.perf_counter()
    unknown = 0
    if method == "build":
        from datetime import date

        from briefing.pipeline import build
        from briefing.translate.cache import CachedTranslator, TranslationCache

        os.environ["BRIEFING_CACHE_DIR"] = cache_dir
        b = build(REPO / "corpus", on=date.today(), title="bench", translator_factory=lambda:
                  CachedTranslator(ApertiumTranslator(pair), TranslationCache()))
        out = None
        sentences = [s for r in b.reports for s in r.article.sentences]
    elif method == "protected":
        out = _protected(docs, ApertiumTranslator(pair))
    elif method == "naive":
        first, second = pair.modes
        out = []
        for d in docs:
            p = subprocess.run(f"apertium {first} | apertium {second}", shell=True, text=True,
                               input="\n".join(d) + "\n", capture_output=True, check=True)
            lines = p.stdout.rstrip("\n").split("\n")
            cleaned = [clean_output(line) for line in lines]
            unknown += sum(len(u) for _, u in cleaned)
            out.extend(text for text, _ in cleaned)
        if len(out) != len(sentences):
            out = None
    else:
        from briefing.translate.cache import CachedTranslator, TranslationCache

        os.environ["BRIEFING_CACHE_DIR"] = cache_dir
        tr = CachedTranslator(ApertiumTranslator(pair), TranslationCache())
        out = tr.translate(sentences)
        unknown = sum(len(tr.unknown_words.get(s, [])) for s in sentences)
    wall = time.perf_counter() - t0
    return {"wall": wall, "n": len(sentences), "rss_mb": _peak_rss_mb(), "out": out,
            "unk": unknown, "starts": len(docs) if method == "naive" else len(started) // 2}


def _child(method: str, dataset: str, threads: int, device: str, batch: int,
           batch_type: str | None, cache_dir: str) -> dict:
    setup_model()
    docs, _ = _documents(dataset)
    sentences = [s for d in docs for s in d]
    if method == "naive":
        os.environ["ARGOS_DEVICE_TYPE"] = device
        if uses_spacy_splitter():
            os.environ["ARGOS_CHUNK_TYPE"] = "SPACY"
        import argostranslate.translate as at  # import not timed; loading the model is
    from briefing.translate.argos import BEAM_SIZE, LENGTH_PENALTY, Translator

    t0 = time.perf_counter()
    if method == "naive":
        out = []
        for d in docs:
            out.extend([at.translate(" ".join(d), "it", "en")] if len(d) > 1
                       else [at.translate(d[0], "it", "en")])
        if len(out) != len(sentences):  # per-article output: score per article is not possible
            out = None
    else:
        tr = Translator(threads=threads, device=device, max_batch_size=batch or None,
                        batch_type=batch_type)
        if method in ("cold", "warm"):
            from briefing.translate.cache import CachedTranslator, TranslationCache

            os.environ["BRIEFING_CACHE_DIR"] = cache_dir
            out = CachedTranslator(tr, TranslationCache()).translate(sentences)
        else:
            tok = [tr.package.tokenizer.encode(s) for s in sentences]
            size, kind = ((len(tok), "examples") if method == "limit-1batch"
                          else (tr.max_batch_size, tr.batch_type))
            res = tr._ct2.translate_batch(tok, beam_size=BEAM_SIZE,
                                          length_penalty=LENGTH_PENALTY, replace_unknowns=True,
                                          max_batch_size=size, batch_type=kind)
            out = [tr._decode(r.hypotheses[0]) for r in res]
    wall = time.perf_counter() - t0
    rss = _peak_rss_mb()
    return {"wall": wall, "n": len(sentences), "rss_mb": rss, "out": out}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--batch", type=int, default=0, help="translator batch size (default: its own)")
    ap.add_argument("--batch-type", choices=("examples", "tokens"), default=None)
    ap.add_argument("--engine", choices=("argos", "apertium"), default="argos")
    ap.add_argument("--pivot", choices=("cat", "spa"), default=None,
                    help="Apertium pivot language (default: Catalan if installed)")
    ap.add_argument("--model", choices=KINDS, default="auto")
    ap.add_argument("--methods", default=None,
                    help="default: naive,cold,warm,limit (argos), naive,cold,warm (apertium)")
    ap.add_argument("--datasets", default="corpus,newssyscomb")
    ap.add_argument("--child", nargs=3, metavar=("METHOD", "DATASET", "CACHE"))
    args = ap.parse_args()
    if args.child:
        method, dataset, cache = args.child
        if args.engine == "apertium":
            print(json.dumps(_apertium_child(method, dataset, cache, args.pivot)))
        else:
            print(json.dumps(_child(method, dataset, args.threads, args.device, args.batch,
                                    args.batch_type, cache)))
        return
    if args.engine == "apertium":
        from briefing.translate.apertium import find_pair

        pair = find_pair(args.pivot)
        if pair is None:
            sys.exit("Apertium (or that pivot) is not installed (apt-get install apertium-cat-ita "
                     "apertium-eng-cat)")
        print(f"engine: Apertium {pair.name} ({pair.version()}), rule-based; 1 process pipe "
              f"per document (naive) or per run (cold)")
        methods = (args.methods or "naive,cold,warm,protected,build").split(",")
    else:
        model_file, kind = setup_model(args.model)
        print(f"model: {model_file} ({DESCRIPTION[kind]}); device {args.device}, "
              f"threads {args.threads or os.cpu_count()}")
        methods = (args.methods or "naive,cold,warm,limit").replace(
            "limit", "limit-sorted,limit-1batch").split(",")
    import sacrebleu

    for dataset in args.datasets.split(","):
        if dataset != "corpus" and not (SHARED / "data" / TEST_SETS[dataset]).is_dir():
            continue
        _, refs = _documents(dataset)
        cache = tempfile.mkdtemp(prefix="bench-cache-")
        rows = {}
        for method in methods:
            if method == "build" and dataset != "corpus":
                continue
            p = subprocess.run([sys.executable, __file__, "--threads", str(args.threads),
                                "--engine", args.engine,
                                *(["--pivot", args.pivot] if args.pivot else []),
                                "--device", args.device, "--batch", str(args.batch),
                                *(["--batch-type", args.batch_type] if args.batch_type else []),
                                "--child", method, dataset, cache],
                               capture_output=True, text=True, env=os.environ)
            if p.returncode != 0:
                rows[method] = {"error": p.stderr.strip().splitlines()[-1][:120]}
                continue
            rows[method] = json.loads(p.stdout.strip().splitlines()[-1])
        limits = [m for m in ("limit-sorted", "limit-1batch") if "wall" in rows.get(m, {})]
        if limits:
            rows["limit"] = min((rows[m] for m in limits), key=lambda r: r["wall"])
        print(f"\n{dataset}: {next(r['n'] for r in rows.values() if 'n' in r)} sentences")
        print(f"{'method':13} {'sent/s':>9} {'wall s':>8} {'× naive':>9} {'÷ limit':>9} "
              f"{'peak MB':>8} {'chrF':>6} {'BLEU':>6} {'unk':>6} {'starts':>6}")
        for method, r in rows.items():
            if "error" in r:
                print(f"{method:13} failed: {r['error']}")
                continue
            def ratio(a: dict, b: dict) -> str:
                return f"{a['wall'] / b['wall']:.2f}x" if "wall" in a and "wall" in b else "n/a"

            chrf = bleu = "n/a"
            if refs and r["out"]:
                chrf = f"{sacrebleu.corpus_chrf(r['out'], [refs]).score:.1f}"
                bleu = f"{sacrebleu.corpus_bleu(r['out'], [refs]).score:.1f}"
            speedup, overhead = ratio(rows.get("naive", {}), r), ratio(r, rows.get("limit", {}))
            print(f"{method:13} {r['n'] / r['wall']:9.1f} {r['wall']:8.2f} {speedup:>9} "
                  f"{overhead:>9} {r['rss_mb']:8.0f} {chrf:>6} {bleu:>6} "
                  f"{r.get('unk', 'n/a'):>6} {r.get('starts', 'n/a'):>6}")


if __name__ == "__main__":
    main()
