"""What the stories step costs: grouping articles and assembling stories, beside extraction.

    python bench/stories.py [--sizes 5,200,500] [--repeats 3]

Reads the articles (the sample corpus for 5; distinct copies of ../shared/data/articles-it,
made as bench/scale.py makes them, for larger sizes), extracts summaries, quotes and figures
(no translation: the stories step works on the Italian), then times build_stories — TF-IDF
and name overlap, average-linkage clustering, merged summaries, quote ranking, conflicts.
Prints the median of the repeats and the number of stories found.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="5,200,500")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    from briefing.extract.report import Options, extract
    from briefing.read.files import read_corpus
    from briefing.stories.build import build_stories

    build_stories([])  # imports (scikit-learn, simplemma) are not part of the timing
    print(f"{'articles':>8} {'read+extract s':>15} {'stories s':>10} {'stories':>8} "
          f"{'conflicts':>10}")
    for n in map(int, args.sizes.split(",")):
        t0 = time.perf_counter()
        articles, _ = read_corpus(_corpus(n))
        reports = [extract(a, Options()) for a in articles]
        extract = time.perf_counter() - t0
        times, stories = [], []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            stories = build_stories(reports)
            times.append(time.perf_counter() - t0)
        conflicts = sum(len(s.conflicts) for s in stories)
        print(f"{len(reports):8} {extract:15.2f} {statistics.median(times):10.2f} "
              f"{len(stories):8} {conflicts:10}")


if __name__ == "__main__":
    main()
