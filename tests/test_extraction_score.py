"""The extractors scored against hand-checked gold with ../shared/tools/score_extraction.py.

articles-it is the dev set, articles-it2 the validation set (issue 10's thresholds on
both), and tests/data/corpus.gold.json our own gold for the sample corpus. Extraction
works on the Italian, so no translation is needed: the JSON is written without English.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, SHARED

from briefing.extract.report import Options, extract
from briefing.read.files import read_corpus
from briefing.render.jsonout import article_to_json
from briefing.stories.merging import merge_quotes

SCORER = SHARED / "tools" / "score_extraction.py"
GOLD = Path(__file__).parent / "data" / "corpus.gold.json"


def _score(folder: Path, gold: Path, tmp_path: Path, *thresholds: str) -> tuple[int, str]:
    articles, _ = read_corpus(folder, keep_twins=True)  # the gold scores every file
    reports, _ = merge_quotes([extract(a, Options()) for a in articles])
    out = tmp_path / "briefing.json"
    out.write_text(json.dumps({"articles": [article_to_json(r) for r in reports]},
                              ensure_ascii=False))
    p = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), "--verbose",
                        *thresholds], capture_output=True, text=True)
    return p.returncode, p.stdout


def _wrong(line: str) -> int:
    return int(re.search(r"wrong speaker (\d+)", line).group(1))


needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason="../shared/tools not present")
ISSUE_10 = ("--min-quotes", "90", "--min-speakers", "85", "--min-figures", "95",
            "--max-junk", "1")


@needs_scorer
@pytest.mark.parametrize("name", ["articles-it", "articles-it2"])
def test_dev_and_validation_sets_meet_the_thresholds(name, tmp_path):
    folder, gold = SHARED / "data" / name, SHARED / "eval" / f"{name}.gold.json"
    if not folder.is_dir() or not gold.is_file():
        pytest.skip(f"../shared/data/{name} or its gold not present")
    code, out = _score(folder, gold, tmp_path, *ISSUE_10)
    last = out.strip().splitlines()[-1]
    assert code == 0, out
    assert _wrong(last) == 0, out  # a wrong name is worse than none


@needs_scorer
def test_sample_corpus_against_our_own_gold(tmp_path):
    code, out = _score(CORPUS, GOLD, tmp_path, "--min-quotes", "100", "--min-speakers", "90",
                       "--min-figures", "100", "--max-junk", "0")
    assert code == 0, out
    assert _wrong(out.strip().splitlines()[-1]) == 0, out
