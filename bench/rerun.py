"""Cold versus warm `briefing build`: what the caches save on a re-run of the same week.

    python bench/rerun.py [--corpus corpus] [--model auto|real|copy|tiny] [--repeats 3]

Runs the real CLI in child processes with a fresh cache dir, for each output set
(json; pdf,json): one cold run, then --repeats warm re-runs of the same command (translation
and PDF caches warm), then --repeats runs with a new --date each time (translations cached,
but the PDF must be laid out again: what a re-run costs when the briefing changed).
Prints wall times (median of the repeats) and cold ÷ warm.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _model import DESCRIPTION, KINDS, REPO, setup_model  # noqa: E402


def _run(corpus: Path, out: Path, fmt: str, day: str, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "build", str(corpus), "-o",
                        str(out), "--format", fmt, "--date", day],
                       capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"briefing build failed: {p.stderr.strip().splitlines()[-1:]}")
    return wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO / "corpus")
    ap.add_argument("--model", choices=KINDS, default="auto")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    model_file, kind = setup_model(args.model)
    print(f"model: {model_file} ({DESCRIPTION[kind]}); corpus: {args.corpus}")
    print(f"{'formats':<10} {'cold s':>7} {'warm s':>7} {'cold÷warm':>10} "
          f"{'new date s':>11} {'cold÷new date':>14}")
    for fmt in ("json", "pdf,json"):
        work = Path(tempfile.mkdtemp(prefix="rerun-"))
        env = {**os.environ, "BRIEFING_CACHE_DIR": str(work / "cache")}
        cold = _run(args.corpus, work / "out", fmt, "2025-09-05", env)
        warm = statistics.median(_run(args.corpus, work / "out", fmt, "2025-09-05", env)
                                 for _ in range(args.repeats))
        changed = statistics.median(_run(args.corpus, work / "out", fmt, f"2025-10-{i + 1:02d}",
                                         env) for i in range(args.repeats))
        print(f"{fmt:<10} {cold:7.2f} {warm:7.2f} {cold / warm:9.1f}x "
              f"{changed:11.2f} {cold / changed:13.1f}x")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
