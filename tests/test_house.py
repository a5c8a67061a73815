"""How the stages fit together: no state carried from one article to the next, records
returned rather than changed, one call to the engine per run, one error family."""

from dataclasses import replace

import pytest
from conftest import CORPUS, needs_apertium, run_cli

from briefing.data import ArticleReport, Quote, TranslationInfo
from briefing.extract.report import Options, extract
from briefing.read.files import read_corpus
from briefing.stories.merging import canonical_speakers, merge_quotes


def _key(r: ArticleReport):
    return ([(q.it, q.speaker) for q in r.quotes], [(f.it, f.value, f.unit) for f in r.figures],
            r.names)


def test_an_article_reads_the_same_whatever_came_before():
    articles, _ = read_corpus(CORPUS)
    forward = [_key(extract(a, Options())) for a in articles]
    backward = [_key(extract(a, Options())) for a in reversed(articles)][::-1]
    assert forward == backward


def test_a_stray_word_is_never_given_a_name_from_another_article():
    # "L'" left as a speaker in one article must not become another article's army
    quotes = [Quote("a", "L’", "", sources=["1"]),
              Quote("b", "L' esercito ucraino", "", sources=["2"])]
    assert canonical_speakers(quotes).get("L’", "L’") == "L’"


def _report(aid: str, *quotes: Quote) -> ArticleReport:
    from briefing.data import Article

    return ArticleReport(Article(aid, None, []), [], list(quotes), [])


def test_merging_returns_new_records_and_leaves_the_input_alone():
    a = _report("a", Quote("Non ci fermeremo davanti a nessuna minaccia", "Mario Rossi", "",
                           sources=["a"]))
    b = _report("b", Quote("Non ci fermeremo davanti a nessuna minaccia.", "Rossi", "",
                           sources=["b"]))
    before = [replace(q) for r in (a, b) for q in r.quotes]
    reports, merged = merge_quotes([a, b])
    assert [q for r in (a, b) for q in r.quotes] == before  # untouched
    (qa,), (qb,) = reports[0].quotes, reports[1].quotes
    assert qa.sources == qb.sources == ["a", "b"] and qa.sources is not qb.sources
    assert qa.statement == qb.statement == 0 and len(merged) == 1
    assert qb.speaker == "Mario Rossi"  # one name per person


class _CountingEngine:
    """A stand-in rule-based engine that upper-cases, counting the calls (it takes the
    placeholders for names as Apertium does, so no repair call is needed)."""

    engine = "apertium"
    info = TranslationInfo("fake", "upper", "0")

    def __init__(self) -> None:
        self.calls = 0
        self.unknown_words: dict = {}

    def translate(self, sentences, progress=None):
        self.calls += 1
        return [s.upper() for s in sentences]

    def close(self) -> None:
        pass


def test_one_call_to_the_engine_per_build():
    from datetime import date

    from briefing.pipeline import build

    engine = _CountingEngine()
    b = build(CORPUS, on=date(2025, 9, 5), title="t", translator_factory=lambda: engine)
    assert engine.calls == 1
    quote = b.reports[0].quotes[0]
    assert quote.en == quote.it.upper()  # quotes came in the same batch as the sentences
    # every sentence came back from that one call (names are put back as written)
    assert all(s.en and s.en != s.it for r in b.reports for s in r.article.sentences)


@needs_apertium
def test_one_apertium_start_per_build(tmp_path, monkeypatch):
    import subprocess

    import briefing.translate.apertium as apertium

    started = []
    real = subprocess.Popen

    def popen(cmd, *args, **kwargs):
        if "-z" in cmd:  # a translation pipeline (not "apertium -V" or dpkg-query)
            started.append(cmd[-1])
        return real(cmd, *args, **kwargs)

    monkeypatch.setattr(apertium.subprocess, "Popen", popen)
    r = run_cli("build", CORPUS, "-o", tmp_path, "--format", "json", "--engine", "apertium",
                "--no-cache")
    assert r.exit_code == 0, r.output
    assert started == ["ita-cat", "cat-eng"]  # one pipeline pair for the whole run


def test_one_jinja_environment_per_run():
    from briefing.render import html

    html._env.cache_clear()
    for _ in range(3):
        html._env()
    assert html._env.cache_info().misses == 1


@pytest.mark.parametrize("error,code", [("UsageError", 2), ("InputError", 1),
                                        ("OutputError", 1), ("CacheUnavailable", 1),
                                        ("EngineFailure", 2)])
def test_every_user_error_is_one_line_with_its_exit_code(error, code, tmp_path, monkeypatch):
    import briefing.errors as errors
    import briefing.pipeline as pipeline

    def fail(*args, **kwargs):
        raise getattr(errors, error)("something \x1b[31mthe user can fix")

    monkeypatch.setattr(pipeline, "build", fail)
    r = run_cli("build", CORPUS, "-o", tmp_path)
    assert r.exit_code == code
    assert r.output == "Error: something \\x1b[31mthe user can fix\n"


STAGES = ["italian", "read", "extract", "translate", "stories", "render"]


def test_no_stage_imports_a_later_stage():
    """italian < read < extract < translate < stories < render: a stage module imports only
    the shared modules, its own stage and earlier ones (at any depth of the file)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "briefing"
    for stage in STAGES:
        for path in (root / stage).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                        "briefing."):
                    target = node.module.split(".")[1]
                    if target in STAGES:
                        assert STAGES.index(target) <= STAGES.index(stage), \
                            f"{path.relative_to(root)} imports {node.module}"
                    assert target not in ("pipeline", "cli"), path
