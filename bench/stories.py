"""What the stories step costs in a build: its share of a warm build (issue 19).

    python bench/stories.py [--sizes 200] [--engine apertium|argos]

For each size: the articles (the sample corpus for 5; distinct copies of
../shared/data/articles-it, made as bench/scale.py makes them, for larger sizes) are built
once, in a child process, to warm the translation cache; then built again in this process,
which starts cold, with the analysis cache empty: reading, extraction and the stories step
run, translations come from the cache, the PDF and JSON are written. The stories step
(grouping, merged summaries, quote ranking, conflicts, and the imports it needs) is timed
inside that build. The imports are paid once a process: run one size at a time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _model import REPO, SHARED  # noqa: E402
from scale import _variant  # noqa: E402


def _corpus(n: int) -> Path:
    if n <= 5:
        return REPO / "corpus"
    folder = Path(tempfile.mkdtemp(prefix=f"stories-{n}-"))
    sources = sorted(p for p in (SHARED / "data" / "articles-it").iterdir() if p.suffix == ".txt")
    for i in range(n):
        src = sources[i % len(sources)]
        (folder / f"{i:04d}_{src.name}").write_text(
            _variant(src.read_text(encoding="utf-8"), i // len(sources)), encoding="utf-8")
    return folder


def _build(folder: Path, engine: str, memo) -> tuple[float, float, int]:
    """One build (PDF and JSON written): (wall s, stories step s, stories)."""
    import briefing.stories.build as stories_mod
    from briefing.pipeline import build
    from briefing.render.write import write_briefing
    from briefing.translate.engines import fingerprint, open_translator

    spent = []
    real = stories_mod.build_stories

    def timed(reports):
        t0 = time.perf_counter()
        out = real(reports)
        spent.append(time.perf_counter() - t0)
        return out

    stories_mod.build_stories = timed
    try:
        t0 = time.perf_counter()
        b = build(folder, on=date(2025, 9, 5), title="Bench",
                  translator_factory=lambda: open_translator(engine), memo=memo,
                  translator_key=fingerprint(engine))
        write_briefing(b, Path(tempfile.mkdtemp(prefix="stories-out-")), ["pdf", "json"])
        return time.perf_counter() - t0, sum(spent), len(b.stories)
    finally:
        stories_mod.build_stories = real


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="200")
    ap.add_argument("--engine", choices=("apertium", "argos"), default="apertium")
    args = ap.parse_args()
    os.environ["BRIEFING_CACHE_DIR"] = tempfile.mkdtemp(prefix="stories-cache-")
    from briefing.memo import AnalysisCache

    print(f"{'articles':>8} {'warm build s':>13} {'stories s':>10} {'share':>6} {'stories':>8}")
    for n in map(int, args.sizes.split(",")):
        folder = _corpus(n)
        import subprocess  # the first build in a child: this process starts cold

        subprocess.run([sys.executable, "-m", "briefing.cli", "build", str(folder), "-q",
                        "-o", tempfile.mkdtemp(), "--format", "json", "--engine", args.engine],
                       check=True)  # translations cached from here on
        memo = AnalysisCache(Path(tempfile.mkdtemp(prefix="stories-memo-")) / "a.sqlite3")
        wall, stories, count = _build(folder, args.engine, memo)
        print(f"{n:8} {wall:13.2f} {stories:10.2f} {stories / wall:6.1%} {count:8}")


if __name__ == "__main__":
    main()
