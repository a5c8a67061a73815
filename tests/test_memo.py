"""The analysis cache (issue 19): a re-run reuses what cannot have changed, and only that.

Invalidation is checked the three ways the key is made of: an edited article, a new
option, a new version of the code or data that shapes the analysis.
"""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from conftest import CORPUS

import briefing.extract.report as report_mod
import briefing.memo as memo_mod
from briefing.data import Options, TranslationInfo
from briefing.memo import AnalysisCache, clear_analyses
from briefing.pipeline import build


class Echo:
    """A stand-in engine: the 'English' is the Italian in capitals; it counts its calls."""

    def __init__(self) -> None:
        self.info = TranslationInfo("argos", "echo", "1")
        self.unknown_words: dict[str, list[str]] = {}
        self.calls = 0

    def translate(self, sentences, progress=None):
        self.calls += 1
        return [s.upper() for s in sentences]

    def close(self) -> None:
        pass


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture
def extracted(monkeypatch):
    """The ids of the articles extracted (not served from the cache)."""
    seen: list[str] = []
    real = report_mod.extract

    def spy(article, options, warnings=None):
        seen.append(article.id)
        return real(article, options, warnings)

    monkeypatch.setattr(report_mod, "extract", spy)
    return seen


def _build(folder, memo, options: Options | None = None):
    engines: list[Echo] = []

    def factory():
        engines.append(Echo())
        return engines[-1]

    b = build(folder, on=date(2025, 9, 5), title="T", translator_factory=factory,
              options=options or Options(), memo=memo, translator_key="echo")
    return b, engines


def test_a_rerun_extracts_nothing_and_starts_no_engine(corpus, extracted, tmp_path):
    memo = AnalysisCache(tmp_path / "a.sqlite3")
    first, engines = _build(corpus, memo)
    assert len(extracted) == 5 and len(engines) == 1
    extracted.clear()
    again, engines = _build(corpus, memo)
    assert extracted == [] and engines == []
    assert again.reports == first.reports and again.stories == first.stories
    assert again.warnings == first.warnings


def test_an_edited_article_alone_is_analysed_again(corpus, extracted, tmp_path):
    memo = AnalysisCache(tmp_path / "a.sqlite3")
    _build(corpus, memo)
    extracted.clear()
    edited = sorted(corpus.iterdir())[2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nUn paragrafo aggiunto dopo.\n",
                      encoding="utf-8")
    b, engines = _build(corpus, memo)
    assert extracted == [edited.stem]
    assert len(engines) == 1  # the run's stories are built again, with the new article
    assert any("paragrafo aggiunto" in p.it for r in b.reports if r.article.id == edited.stem
               for p in r.article.paragraphs)


def test_a_new_option_or_version_analyses_everything_again(corpus, extracted, tmp_path,
                                                           monkeypatch):
    memo = AnalysisCache(tmp_path / "a.sqlite3")
    _build(corpus, memo)
    extracted.clear()
    b, _ = _build(corpus, memo, Options(sentences=1))
    assert len(extracted) == 5 and all(len(r.summary) <= 1 for r in b.reports)
    extracted.clear()
    monkeypatch.setattr(memo_mod, "versions", lambda: "another version")
    _build(corpus, memo, Options(sentences=1))
    assert len(extracted) == 5


def test_the_key_hashes_the_code_and_data_that_shape_the_analysis():
    # the package's own files and the libraries' versions, not a version number alone
    assert len(memo_mod.versions()) == 24
    assert memo_mod.key("report", "a") != memo_mod.key("report", "b")
    assert memo_mod.key("report", Options(sentences=2)) != memo_mod.key("report", Options())


def test_a_cache_that_cannot_be_used_never_stops_the_run(corpus, tmp_path):
    path = tmp_path / "ro" / "a.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"not a database at all" * 200)
    memo = AnalysisCache(path)
    assert memo.repaired is not None  # moved aside, a new one started
    b, _ = _build(corpus, memo)
    assert len(b.reports) == 5
    said = clear_analyses(path)
    assert re.fullmatch(r"\d+ cached analyses", said) and not said.startswith("0 ")
    assert not path.exists() and not list(path.parent.glob("a.sqlite3*"))


def test_a_cache_that_cannot_be_opened_is_skipped_with_a_reason(corpus, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    memo = AnalysisCache(blocker / "a.sqlite3")
    assert memo.problem and "cannot be used" in memo.problem
    memo.put("report", "k", ("value",))
    assert memo.get("report", "k") is None
    b, engines = _build(corpus, memo)
    assert len(b.reports) == 5 and len(engines) == 1
