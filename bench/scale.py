"""How `briefing build` scales: 50, 200 and 500 articles (copies of ../shared/data/articles-it).

    python bench/scale.py [--sizes 50,200,500] [--model auto|real|copy|tiny]
                           [--copies distinct|exact] [--engine argos|apertium]

Runs the real CLI in a child process per size, with --no-cache, and prints wall time, time
per article, sentences translated and peak RSS. A run translates each distinct sentence once,
so exact copies would be translated only once per run, whatever the size: by default
(--copies distinct) the n-th repeat of an article opens every sentence of its body with its
own pair of Italian connectives ("Inoltre, intanto: …"), so that every copy costs a full
translation, as a week of different articles would. --copies exact uses the files as they are
(.txt and .html).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _model import DESCRIPTION, KINDS, SHARED, setup_model  # noqa: E402

CONNECTIVES = ("Inoltre", "Intanto", "Tuttavia", "Peraltro", "Del resto", "Nel frattempo",
               "In effetti", "Infatti", "Comunque", "Dunque", "Allora", "Ebbene")


def _variant(text: str, repeat: int) -> str:
    """The article with each body sentence opened by connectives unique to ``repeat``."""
    if repeat == 0:
        return text
    from briefing.read.segmenting import split_sentences

    n = len(CONNECTIVES)
    opening = f"{CONNECTIVES[repeat % n]}, {CONNECTIVES[(repeat // n + repeat + 1) % n].lower()}:"
    lines = []
    for line in text.splitlines():
        if len(line) >= 80 and line.rstrip()[-1:] in ".!?»\"”":
            line = " ".join(f"{opening} {s}" for s in split_sentences(line))
        lines.append(line)
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="50,200,500")
    ap.add_argument("--model", choices=KINDS, default="auto")
    ap.add_argument("--copies", choices=("distinct", "exact"), default="distinct")
    ap.add_argument("--engine", choices=("argos", "apertium"), default="argos")
    args = ap.parse_args()
    if args.engine == "argos":
        model_file, kind = setup_model(args.model)
        print(f"model: {model_file} ({DESCRIPTION[kind]}); copies: {args.copies}")
    else:
        print(f"engine: Apertium (rule-based); copies: {args.copies}")
    suffixes = (".txt",) if args.copies == "distinct" else (".txt", ".html")
    sources = sorted(p for p in (SHARED / "data" / "articles-it").iterdir()
                     if p.suffix in suffixes)
    print(f"{'articles':>8} {'wall s':>8} {'s/article':>10} {'sentences':>10} {'peak RSS MB':>12}")
    for n in map(int, args.sizes.split(",")):
        work = Path(tempfile.mkdtemp(prefix=f"scale-{n}-"))
        corpus = work / "in"
        corpus.mkdir()
        for i in range(n):
            src = sources[i % len(sources)]
            dest = corpus / f"{i:04d}_{src.name}"
            if args.copies == "exact":
                shutil.copy(src, dest)
            else:
                dest.write_text(_variant(src.read_text(encoding="utf-8"), i // len(sources)),
                                encoding="utf-8")
        t0 = time.perf_counter()
        with open(work / "stderr", "w+") as err:
            p = subprocess.Popen([sys.executable, "-m", "briefing.cli", "build", str(corpus),
                                  "-o", str(work / "out"), "--format", "pdf,json", "--no-cache",
                                  "--date", "2025-09-05", "--engine", args.engine],
                                 stdout=subprocess.DEVNULL,
                                 stderr=err, env=os.environ)
            # this run's own peak (RUSAGE_CHILDREN would also count earlier children)
            _, status, usage = os.wait4(p.pid, 0)
            wall = time.perf_counter() - t0
            err.seek(0)
            if os.waitstatus_to_exitcode(status) != 0:
                print(f"{n:8} failed: {(err.read().strip().splitlines() or ['?'])[-1]}")
                continue
        rss = usage.ru_maxrss / 1024
        data = json.loads(next((work / "out").glob("*.json")).read_text(encoding="utf-8"))
        sentences = len({s["it"] for a in data["articles"] for p in a["paragraphs"]
                         for s in p["sentences"]})
        print(f"{n:8} {wall:8.1f} {wall / n:10.3f} {sentences:10} {rss:12.0f}")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
