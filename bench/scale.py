"""How `briefing build` scales: 50, 200 and 500 articles (copies of ../shared/data/articles-it).

    python bench/scale.py [--sizes 50,200,500]

Runs the real CLI in a child process per size, with --no-cache (so copies are translated
again), and prints wall time, time per article and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _model import SHARED, setup_model  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="50,200,500")
    args = ap.parse_args()
    model_file, is_real = setup_model()
    print(f"model: {model_file} ({'real' if is_real else 'TINY TEST MODEL: not representative'})")
    sources = sorted(p for p in (SHARED / "data" / "articles-it").iterdir()
                     if p.suffix in (".txt", ".html"))
    print(f"{'articles':>8} {'wall s':>8} {'s/article':>10} {'peak RSS MB':>12}")
    for n in map(int, args.sizes.split(",")):
        work = Path(tempfile.mkdtemp(prefix=f"scale-{n}-"))
        corpus = work / "in"
        corpus.mkdir()
        for i in range(n):
            src = sources[i % len(sources)]
            shutil.copy(src, corpus / f"{i:04d}_{src.name}")
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "briefing.cli", "build", str(corpus), "-o",
                            str(work / "out"), "--format", "pdf,json", "--no-cache",
                            "--date", "2025-09-05"], capture_output=True, text=True,
                           env=os.environ)
        wall = time.perf_counter() - t0
        if p.returncode != 0:
            print(f"{n:8} failed: {p.stderr.strip().splitlines()[-1]}")
            continue
        # children's peak so far: sizes run in increasing order, so this is this run's peak
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{n:8} {wall:8.1f} {wall / n:10.3f} {rss:12.0f}")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
