"""A cold build against a user's naive way, in one run (issue 19).

    python bench/naive.py [--corpus corpus] [--repeats 3]

The naive way, per article: the `apertium` command (ita-cat, then cat-eng: Debian has no
direct pair) on the file, then a summary by sumy started per article, as its command line
(`sumy lex-rank --length=3 …`) would — that command itself cannot run offline (it needs
NLTK's punkt data, a download), so the child reads the file with sumy's LexRank and the
offline punkt tokenizer briefing ships with. Two programs started per article; no quotes,
figures or stories. The build: `briefing build --engine apertium --format pdf,json` with
empty caches (analysis, translations, PDF). Medians of --repeats.

briefing's own modules are byte-compiled first, as `pip install` does for an installed
package and Python does on any first run (the machines here set PYTHONDONTWRITEBYTECODE,
which would otherwise make every run compile them again: 0.1 s). sumy's and Apertium's
files are compiled already.
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
from _model import REPO  # noqa: E402

# sumy's command line, with the offline punkt tokenizer instead of NLTK's downloaded data
_SUMY = """
import sys, punkt
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
class Tokenizer:
    language = "italian"
    def to_sentences(self, text):
        return punkt.tokenizer_for("italian").tokenize(text)
    def to_words(self, sentence):
        return sentence.split()
doc = PlaintextParser.from_file(sys.argv[1], Tokenizer()).document
for s in LexRankSummarizer()(doc, 3):
    print(s)
"""


def _naive(corpus: Path) -> float:
    t0 = time.perf_counter()
    for f in sorted(corpus.iterdir()):
        if f.suffix not in (".txt", ".md"):
            continue
        english = subprocess.run(
            "apertium ita-cat | apertium cat-eng", shell=True, input=f.read_bytes(),
            capture_output=True, check=True).stdout
        assert english.strip()
        subprocess.run([sys.executable, "-c", _SUMY, str(f)], capture_output=True, check=True)
    return time.perf_counter() - t0


def _build(corpus: Path) -> float:
    work = Path(tempfile.mkdtemp(prefix="naive-"))
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(work / "cache")}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefing.cli", "build", str(corpus), "-o",
                    str(work / "out"), "--engine", "apertium", "--format", "pdf,json", "-q",
                    "--date", "2025-09-05"], env=env, check=True, capture_output=True)
    wall = time.perf_counter() - t0
    shutil.rmtree(work, ignore_errors=True)
    return wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=REPO / "corpus")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "briefing")],
                   check=True)
    naive = statistics.median(_naive(args.corpus) for _ in range(args.repeats))
    build = statistics.median(_build(args.corpus) for _ in range(args.repeats))
    print(f"corpus: {args.corpus}; medians of {args.repeats}")
    print(f"naive (apertium + sumy CLI per article)   {naive:6.2f} s")
    print(f"briefing build, cold (pdf,json)           {build:6.2f} s   {naive / build:4.2f}x "
          f"faster")


if __name__ == "__main__":
    main()
