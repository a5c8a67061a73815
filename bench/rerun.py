"""Re-runs against their baselines, measured in one run (issue 19).

    python bench/rerun.py [--corpus corpus] [--engine apertium|argos] [--model …] [--repeats 5]

Runs the real CLI in child processes with a fresh cache dir:
* cold: the first build (nothing cached);
* warm: the same build again (analysis, translation and PDF caches warm), against
  ``python -c "import briefing.cli"`` — the floor any run pays;
* new --date: translations and analyses cached, the PDF laid out again, against bare
  ``python -m weasyprint`` laying out the same briefing's HTML (written with --format html).
Prints medians of --repeats and the ratios.
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


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd[:4])} … failed: {p.stderr.strip().splitlines()[-1:]}")
    return wall


def _build(args, out: Path, fmt: str, day: str, env: dict[str, str]) -> list[str]:
    return [sys.executable, "-m", "briefing.cli", "build", str(args.corpus), "-o", str(out),
            "--format", fmt, "--date", day, "--engine", args.engine, "-q"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO / "corpus")
    ap.add_argument("--engine", choices=("apertium", "argos"), default="apertium")
    ap.add_argument("--model", choices=KINDS, default="auto")
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    if args.engine == "argos":
        model_file, kind = setup_model(args.model)
        print(f"model: {model_file} ({DESCRIPTION[kind]})")
    print(f"engine: {args.engine}; corpus: {args.corpus}; medians of {args.repeats}")
    work = Path(tempfile.mkdtemp(prefix="rerun-"))
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(work / "cache")}
    n = args.repeats
    med = statistics.median
    imports = med(_timed([sys.executable, "-c", "import briefing.cli"], env) for _ in range(n))
    cold = _timed(_build(args, work / "out", "pdf,json", "2025-09-05", env), env)
    warm = med(_timed(_build(args, work / "out", "pdf,json", "2025-09-05", env), env)
               for _ in range(n))
    new_date = med(_timed(_build(args, work / "out", "pdf,json", f"2025-10-{i + 1:02d}", env),
                          env) for i in range(n))
    _timed(_build(args, work / "html", "html", "2025-11-30", env), env)
    html = next((work / "html").glob("*.html"))
    bare = med(_timed([sys.executable, "-m", "weasyprint", str(html), str(work / "w.pdf")], env)
               for _ in range(n))
    print(f"{'import briefing.cli':<34} {imports:6.2f} s")
    print(f"{'cold build (pdf,json)':<34} {cold:6.2f} s")
    print(f"{'warm re-run':<34} {warm:6.2f} s   {warm / imports:5.1f}x the import")
    print(f"{'new --date':<34} {new_date:6.2f} s   {new_date / bare:5.2f}x bare WeasyPrint")
    print(f"{'bare python -m weasyprint (HTML)':<34} {bare:6.2f} s")
    print(f"{'cold / warm':<34} {cold / warm:6.1f}x")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
