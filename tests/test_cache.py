import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from conftest import CORPUS

from briefing.cli import main
from briefing.data import TranslationInfo
from briefing.translate.cache import CachedTranslator, TranslationCache, settings_key


class CountingTranslator:
    """A stand-in model that records what it was asked to translate."""

    identity = "counting:1"
    engine = "counting"
    info = TranslationInfo("counting", "upper", "1")

    def __init__(self, settings=None):
        self.settings = settings or {"beam_size": 4}
        self.calls: list[list[str]] = []
        self.unknown_words: dict[str, list[str]] = {}

    def translate(self, sentences, progress=None):
        self.calls.append(list(sentences))
        # words with an "x" are "unknown", as Apertium marks them
        for s in sentences:
            self.unknown_words[s] = [w for w in s.split() if "x" in w]
        return [s.upper() for s in sentences]


def test_miss_then_hit(tmp_path):
    inner = CountingTranslator()
    t = CachedTranslator(inner, TranslationCache(tmp_path / "c.sqlite3"))
    assert t.translate(["uno.", "due.", "uno."]) == ["UNO.", "DUE.", "UNO."]
    assert inner.calls == [["uno.", "due."]]
    assert t.translate(["due.", "tre."]) == ["DUE.", "TRE."]
    assert inner.calls[-1] == ["tre."]  # only the miss reaches the model


def test_untranslated_words_are_cached_with_the_translation(tmp_path):
    path = tmp_path / "c.sqlite3"
    CachedTranslator(CountingTranslator(), TranslationCache(path)).translate(["la xenofobia."])
    again = CountingTranslator()
    warm = CachedTranslator(again, TranslationCache(path))
    assert warm.translate(["la xenofobia."]) == ["LA XENOFOBIA."]
    assert again.calls == [] and warm.unknown_words == {"la xenofobia.": ["xenofobia."]}


def test_settings_or_model_change_invalidates(tmp_path):
    cache = TranslationCache(tmp_path / "c.sqlite3")
    CachedTranslator(CountingTranslator(), cache).translate(["uno."])
    other = CountingTranslator({"beam_size": 1})
    CachedTranslator(other, cache).translate(["uno."])
    assert other.calls == [["uno."]]
    assert settings_key("a", {"x": 1}) != settings_key("b", {"x": 1})
    assert cache.stats().entries == 2


def test_persists_across_connections_and_clear(tmp_path):
    path = tmp_path / "c.sqlite3"
    CachedTranslator(CountingTranslator(), TranslationCache(path)).translate(["uno."])
    again = CountingTranslator()
    CachedTranslator(again, TranslationCache(path)).translate(["uno."])
    assert again.calls == []
    assert TranslationCache(path).clear() == 1
    assert TranslationCache(path).stats().entries == 0


_WRITER = """
import sys
from briefing.translate.cache import TranslationCache
c = TranslationCache()
for i in range(200):
    c.put_many("s", [(f"{sys.argv[1]}-{i}-{j}", "x", []) for j in range(5)])
"""


def test_concurrent_writers(tmp_path):
    env = {**__import__("os").environ, "BRIEFING_CACHE_DIR": str(tmp_path)}
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, name], env=env,
                              stderr=subprocess.PIPE, text=True) for name in ("a", "b", "c")]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    cache = TranslationCache(tmp_path / "translations.sqlite3")
    assert cache.stats().entries == 3 * 200 * 5


def test_warm_rerun_translates_nothing(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    import briefing.translate.cache as cache_mod

    counts = []
    real = cache_mod.CachedTranslator.translate

    def spy(self, sentences, progress=None):
        before = self.translated
        out = real(self, sentences, progress)
        counts.append(self.translated - before)
        return out

    monkeypatch.setattr(cache_mod.CachedTranslator, "translate", spy)
    calls = []
    for run in (1, 2):
        r = CliRunner().invoke(main, ["build", str(CORPUS), "-o", str(tmp_path / f"o{run}"),
                                      "--format", "json", "--date", "2025-09-05"])
        assert r.exit_code == 0, r.output
        calls.append(len(counts))
    first, second = sum(counts[: calls[0]]), sum(counts[calls[0]:])
    assert first > 100 and second == 0
    a = json.loads((tmp_path / "o1" / "briefing-2025-09-05.json").read_text())
    b = json.loads((tmp_path / "o2" / "briefing-2025-09-05.json").read_text())
    assert a == b  # same output from the cache
    r = CliRunner().invoke(main, ["cache", "stats"])
    assert r.exit_code == 0 and f"entries: {first}" in r.output
    r = CliRunner().invoke(main, ["cache", "clear"])
    assert r.exit_code == 0 and f"removed {first}" in r.output
    assert "cached analyses" in r.output


def test_no_cache_flag(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    r = CliRunner().invoke(main, ["translate", str(CORPUS / "000_84a1bb3082a701f7.txt"),
                                  "--no-cache"])
    assert r.exit_code == 0, r.output
    assert not Path(tmp_path / "cache" / "translations.sqlite3").exists()


# --- issue 18: Ctrl-C, honest clear, stats that create nothing --------------------------

class InterruptedTranslator(CountingTranslator):
    """Translates chunks until the user presses Ctrl-C in the third one."""

    cache_chunk = 2

    def translate(self, sentences, progress=None):
        if len(self.calls) == 2:
            raise KeyboardInterrupt
        return super().translate(sentences, progress)


def test_ctrl_c_keeps_the_translations_done_before_it(tmp_path):
    import pytest

    path = tmp_path / "c.sqlite3"
    sentences = [f"frase {i}." for i in range(6)]
    with pytest.raises(KeyboardInterrupt):
        CachedTranslator(InterruptedTranslator(), TranslationCache(path)).translate(sentences)
    again = CountingTranslator()
    CachedTranslator(again, TranslationCache(path)).translate(sentences)
    assert again.calls == [sentences[4:]]  # the first two chunks were stored as they finished


def test_a_changed_glossary_is_a_new_cache_key(tmp_path):
    from briefing.translate.glossary import Entry, Glossary

    cache = TranslationCache(tmp_path / "c.sqlite3")
    one = Glossary([Entry("Cremlino", "the Kremlin")])
    two = Glossary([Entry("Cremlino", "Moscow's government")])
    CachedTranslator(CountingTranslator(), cache, glossary=one).translate(["uno."])
    same, other = CountingTranslator(), CountingTranslator()
    CachedTranslator(same, cache, glossary=Glossary([Entry("Cremlino", "the Kremlin")])
                     ).translate(["uno."])
    CachedTranslator(other, cache, glossary=two).translate(["uno."])
    assert same.calls == [] and other.calls == [["uno."]]


def test_stats_on_a_missing_cache_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "none"))
    from briefing.translate.cache import clear_translations, stats_lines

    lines = stats_lines()
    path = tmp_path / "none" / "translations.sqlite3"
    assert lines[0] == f"cache: no translation cache yet at {path}"
    assert not (tmp_path / "none").exists()
    assert clear_translations().startswith("0 cached translations (no translation cache yet")
    assert not (tmp_path / "none").exists()


def test_clear_says_what_it_freed_as_measured(tmp_path):
    from briefing.translate.cache import clear_translations, stats_lines

    path = tmp_path / "t.sqlite3"
    c = TranslationCache(path)
    c.put_many("m|{}", [(f"frase {i}", "x" * 400, []) for i in range(2000)])
    c.close()
    assert stats_lines(path)[1].startswith("entries: 2000")
    msg = clear_translations(path)
    freed = float(msg.split("(")[1].split(" KiB freed")[0])
    assert msg.startswith("2000 cached translations") and freed > 500
    after = sum(f.stat().st_size for f in tmp_path.glob("t.sqlite3*"))
    assert f"{after / 1024:.1f} KiB still used" in msg


def test_clear_on_a_full_disk_does_not_claim_space(tmp_path, monkeypatch):
    """VACUUM needs room to copy the database; on a full disk it fails and nothing is
    freed: the message must say so."""
    import sqlite3

    from briefing.translate import cache as mod

    path = tmp_path / "t.sqlite3"
    c = TranslationCache(path)
    c.put_many("m|{}", [(f"frase {i}", "x" * 400, []) for i in range(500)])
    c.close()
    real = sqlite3.connect

    class FullDisk:
        def __init__(self, db):
            self.db = db

        def execute(self, sql, *a):
            if sql == "VACUUM":
                raise sqlite3.OperationalError("database or disk is full")
            return self.db.execute(sql, *a)

        def close(self):
            self.db.close()

    monkeypatch.setattr(mod.sqlite3, "connect", lambda *a, **k: FullDisk(real(*a, **k)))
    msg = mod.clear_translations(path)
    assert "the file could not be shrunk (database or disk is full)" in msg
    assert msg.startswith("500 cached translations")


def test_stats_and_clear_agree_on_a_read_only_cache(tmp_path, monkeypatch):
    import pytest

    from briefing.errors import CacheUnavailable
    from briefing.translate import cache as mod

    path = tmp_path / "t.sqlite3"
    TranslationCache(path).put_many("m|{}", [("uno", "one", [])])
    monkeypatch.setattr(mod, "_writable", lambda p: False)
    stats_ro = mod.stats_lines(path)
    assert stats_ro[0] == f"cache: {path} (the translation cache {path} is read-only)"
    with pytest.raises(CacheUnavailable, match=f"the translation cache {path} is read-only"):
        mod.clear_translations(path)
