"""Hostile and broken input, faults and two runs at once (issue 11): nothing lost, nothing
leaked, nothing fetched. Each case of the README's Reliability table has its test here."""

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS
from conftest import run_cli as _run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing.read.files import ReadError, decode, read_article, read_corpus

ARTICLE = (CORPUS / "003_c50fe1e353ef1373.txt").read_text(encoding="utf-8")


def _build(src: Path, out: Path, *extra) -> object:
    return _run("build", src, "-o", out, "--date", "2025-09-05", "--format", "json", *extra)


def _one_corpus(tmp_path: Path, name: str = "in") -> Path:
    src = tmp_path / name
    src.mkdir()
    shutil.copy(CORPUS / "003_c50fe1e353ef1373.txt", src)
    return src


# -- reading: any bytes in, one article or one line out -------------------------------------------
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash_the_reader(tmp_path_factory, data):
    f = tmp_path_factory.mktemp("b") / "x.txt"
    f.write_bytes(data)
    try:
        article, notes = read_article(f)
    except ReadError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        text = "\n".join(p.it for p in article.paragraphs)
        assert "\x00" not in text and "\x1b" not in text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=2000), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_arbitrary_unicode_in_any_declared_encoding(tmp_path_factory, text, encoding):
    f = tmp_path_factory.mktemp("u") / "x.md"
    f.write_bytes(text.encode(encoding, errors="surrogatepass"))
    try:
        article, _ = read_article(f)
    except ReadError:
        return
    words = [w for p in article.paragraphs for w in p.it.split()]
    assert all("\x00" not in w for w in words)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be"])
def test_bom_encodings_read_as_text(tmp_path, encoding):
    raw = ARTICLE.encode(encoding)
    if encoding.startswith("utf-16"):
        raw = ("\ufeff".encode(encoding)) + raw
    (tmp_path / "a.txt").write_bytes(raw)
    article, notes = read_article(tmp_path / "a.txt")
    assert article.title_it == "Putin riceve pieno sostegno da Kim Jong Un"
    assert not [n for n in notes if "Latin-1" in n or "replaced" in n]


def test_one_bad_byte_keeps_the_accents(tmp_path):
    text = ("La città è più bella di quanto si pensi, perché la qualità della vita è alta. "
            "Però il caffè costa di più e l'università è lontana.\n")
    raw = ("Titolo\n\n" + text * 5).encode("utf-8").replace("più".encode(), b"pi\xff", 1)
    (tmp_path / "a.txt").write_bytes(raw)
    article, notes = read_article(tmp_path / "a.txt")
    read = " ".join(p.it for p in article.paragraphs)
    assert "La città è pi� bella" in read and "università è lontana" in read
    assert any("1 byte(s) that are not valid UTF-8 replaced" in n for n in notes)
    assert "Ã" not in read  # no mojibake: the file was not read as cp1252


def test_latin1_still_read_as_latin1(tmp_path):
    (tmp_path / "a.txt").write_bytes("La città è più bella, ha detto il sindaco.".encode("cp1252"))
    text, note = decode((tmp_path / "a.txt").read_bytes())
    assert "città è più" in text and "Latin-1" in note


def test_nul_bytes_late_in_a_file_never_reach_the_output(tmp_path):
    raw = (ARTICLE + "\n\n" + "Parola " * 2000).encode() + b"\x00\x00 fine\x1b[31m."
    assert raw.index(b"\x00") > 8192
    (tmp_path / "a.txt").write_bytes(raw)
    article, notes = read_article(tmp_path / "a.txt")
    text = " ".join(p.it for p in article.paragraphs)
    assert "\x00" not in text and "\x1b" not in text
    assert any("control character(s) removed" in n for n in notes)


def test_huge_line_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("Titolo\n\n" + "parola " * 50_000, encoding="utf-8")
    article, _ = read_article(tmp_path / "a.txt")
    assert sum(len(s.it.split()) for s in article.sentences) == 50_000


# -- links, pipes and files that are not articles -------------------------------------------------
def test_links_out_of_the_corpus_are_not_followed(tmp_path):
    src = _one_corpus(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("Il codice segreto della cassaforte è 4711, disse il direttore.")
    (src / "leak.txt").symlink_to(secret)
    (src / "system.txt").symlink_to("/etc/passwd")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (src / "sub").mkdir()
    shutil.copy(CORPUS / "000_84a1bb3082a701f7.txt", src / "sub" / "other.txt")
    (src / "inside.txt").symlink_to(src / "sub" / "other.txt")  # stays inside: read
    os.mkfifo(src / "pipe.txt")
    articles, warnings = read_corpus(src)
    msgs = {w.article: w.message for w in warnings}
    assert msgs["leak.txt"] == msgs["system.txt"] == (
        "skipped: a link to a file outside the corpus folder (not followed)")
    assert msgs["loop.txt"] == "skipped: a link that loops back on itself"
    assert msgs["gone.txt"] == "skipped: a broken link: its target does not exist"
    assert msgs["pipe.txt"] == "skipped: a named pipe (FIFO), not a file"
    assert sorted(a.id for a in articles) == ["003_c50fe1e353ef1373", "inside"]
    r = _build(src, tmp_path / "out")
    assert r.exit_code == 0, r.output
    data = (tmp_path / "out" / "briefing-2025-09-05.json").read_text()
    assert "4711" not in data and "root:" not in data


def test_outputs_in_the_corpus_folder_are_not_read_back(tiny_model, tmp_path):
    src = _one_corpus(tmp_path)
    for _ in range(2):
        r = _run("build", src, "-o", src, "--date", "2025-09-05", "--format", "md,json,html")
        assert r.exit_code == 0, r.output
    data = json.loads((src / "briefing-2025-09-05.json").read_text())
    assert [a["id"] for a in data["articles"]] == ["003_c50fe1e353ef1373"]
    assert "skipped: an output of briefing" in r.output


# -- language -------------------------------------------------------------------------------------
ENGLISH = ("Rome, 3 May. The government approved a budget of 25 billion euros on Monday, the "
           "prime minister said. \"We will not stop, we will go on with the reforms,\" she "
           "told reporters after a long cabinet meeting that lasted until late at night.")
FRENCH = ("Paris, 3 mai. Le gouvernement a approuvé lundi un budget de 25 milliards d'euros, a "
          "déclaré la première ministre. « Nous ne nous arrêterons pas », a-t-elle dit aux "
          "journalistes après une longue réunion du conseil des ministres.")
GERMAN = ("Berlin, 3. Mai. Die Regierung hat am Montag einen Haushalt von 25 Milliarden Euro "
          "beschlossen, sagte der Kanzler. Wir werden nicht aufhören, sagte er nach einer "
          "langen Sitzung des Kabinetts am späten Abend vor den Journalisten.")
SPANISH = ("Madrid, 3 de mayo. El gobierno aprobó el lunes un presupuesto de 25 mil millones "
           "de euros, dijo el presidente. No vamos a parar, dijo a los periodistas después de "
           "una larga reunión del consejo de ministros que duró hasta la noche.")


def test_articles_not_in_italian(tiny_model, tmp_path):
    src = _one_corpus(tmp_path)
    for name, text in (("en.txt", ENGLISH), ("fr.txt", FRENCH), ("de.txt", GERMAN),
                       ("es.txt", SPANISH)):
        (src / name).write_text(text)
    r = _build(src, tmp_path / "out")
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "out" / "briefing-2025-09-05.json").read_text())
    arts = {a["id"]: a for a in data["articles"]}
    assert set(arts) == {"003_c50fe1e353ef1373", "en"}
    en = arts["en"]
    assert en["language"] == "en" and en["figures"] == [] and en["quotes"] == []
    assert all(s["en"] == s["it"] for p in en["paragraphs"] for s in p["sentences"])
    notes = {w["article"]: w["message"] for w in data["warnings"]}
    assert notes["en"].startswith("written in English: kept as written, not translated")
    assert notes["fr"] == "skipped: written in French, not Italian"
    assert notes["de"] == "skipped: written in German, not Italian"
    assert notes["es"] == "skipped: written in Spanish, not Italian"
    r = _run("translate", src / "fr.txt")
    assert r.exit_code == 1 and "written in French, not Italian" in r.output


# -- size -----------------------------------------------------------------------------------------
def test_oversized_files_are_refused_without_reading_them(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text("Titolo\n\n" + "Una frase di prova. " * 260_000)  # 5.2 MB
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(50_000_000)  # 50 MB, sparse
    for f in (big, huge):
        with pytest.raises(ReadError, match=r"MB limit for one article \(raise it with "
                                            r"BRIEFING_MAX_ARTICLE_MB\)"):
            read_article(f)
    monkeypatch.setenv("BRIEFING_MAX_ARTICLE_MB", "6")
    article, _ = read_article(big)
    assert len(article.sentences) == 260_000


def test_very_long_articles_rank_a_bounded_set_for_the_summary():
    from briefing.data import Article, Paragraph, Sentence
    from briefing.extract.summarizing import MAX_RANKED, candidates, summarize

    sents = [Sentence(f"La frase numero {i} parla del bilancio del comune e dei suoi conti.")
             for i in range(5000)]
    a = Article("long", Path("long"), [Paragraph(sents)])
    chosen = candidates(sents)
    assert len(chosen) == MAX_RANKED and chosen[:150] == sents[:150]
    summary = summarize(a, 3)
    assert len(summary) == 3 and all(s in sents for s in summary)


def test_over_long_sentences_are_translated_whole_in_pieces(tiny_model, tmp_path):
    from briefing.read.segmenting import chunks

    blob = "QUJD" * 3000  # a base64 blob: no spaces at all
    run_on = " ".join(f"parola{i}" for i in range(700))  # 700 words, no punctuation
    for text in (blob, run_on):
        pieces = chunks(text)
        assert len(pieces) > 1 and "".join(pieces).replace(" ", "") == text.replace(" ", "")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Titolo della prova\n\n" + run_on + "\n\nFine del testo qui.")
    r = _build(src, tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert "over-long sentence(s) translated in pieces" in r.output
    data = json.loads((tmp_path / "out" / "briefing-2025-09-05.json").read_text())
    long = [s for p in data["articles"][0]["paragraphs"] for s in p["sentences"]
            if s["it"].startswith("parola0")]
    assert long and long[0]["en"]  # translated, not lost


def test_a_folder_of_a_thousand_small_files(tiny_model, tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    for i in range(1000):
        (src / f"n{i:04d}.txt").write_text(
            f"Notizia {i}\n\nIl consiglio comunale di Forlì ha approvato {i} nuovi posti "
            f"di lavoro, ha detto il sindaco Mario Rossi.\n")
    r = _run("build", src, "-o", tmp_path / "out", "--date", "2025-09-05", "--format", "json",
             "--no-cache")
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "out" / "briefing-2025-09-05.json").read_text())
    assert len(data["articles"]) == 1000


# -- nothing fetched, nothing leaked --------------------------------------------------------------
HOSTILE = """Titolo con <b>markup</b> e {{ 7*7 }}

Il sindaco ha detto: «Leggete <script>alert('x')</script> e <img src="file:///etc/passwd"> qui».

Una riga con <style>@import url("http://example.com/x.css");</style> e {% raw %}.
Un [link](javascript:alert(1)) per finire.
"""


def test_article_text_never_becomes_markup(tiny_model, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "h.txt").write_text(HOSTILE)
    r = _run("build", src, "-o", tmp_path / "out", "--date", "2025-09-05",
             "--format", "pdf,html,md", "--title", "<img src=x onerror=alert(1)> Briefing")
    assert r.exit_code == 0, r.output
    out = tmp_path / "out"
    pdf_text = "".join(p.extract_text() for p in PdfReader(out / "briefing-2025-09-05.pdf").pages)
    assert "<script>" in pdf_text and "{{ 7*7 }}" in pdf_text  # shown as text
    assert "root:x:0:0" not in pdf_text
    html = (out / "briefing-2025-09-05.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html and '<img src="file' not in html
    md = (out / "briefing-2025-09-05.md").read_text()
    assert "<img" not in md and "<script>" not in md
    assert "&lt;img src=x onerror=alert(1)&gt;" in md


def test_renderer_fetches_nothing_but_our_templates():
    from briefing.render.html import _template_dir
    from briefing.render.pdf import DATA_URL_CAP, url_fetcher

    fetcher = url_fetcher()
    fetch = fetcher.fetch if hasattr(fetcher, "fetch") else fetcher
    for url in ("http://example.com/x.css", "https://example.com/a.png", "file:///etc/passwd",
                "ftp://example.com/x", "data:text/plain;base64," + "A" * DATA_URL_CAP):
        with pytest.raises(ValueError):
            fetch(url)
    css = (_template_dir() / "style.css").resolve().as_uri()
    got = fetch(css)
    body = got.read() if hasattr(got, "read") else got["string"]
    assert b"@page" in body


def test_a_full_build_never_opens_a_connection(tiny_model, tmp_path, monkeypatch):
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    r = _run("build", CORPUS, "-o", tmp_path, "--date", "2025-09-05", "--format", "pdf,json",
             "--no-cache")
    assert r.exit_code == 0, r.output
    assert attempts == []


# -- faults ---------------------------------------------------------------------------------------
_KILLED_WHILE_WRITING = """
import os, sys
import briefing.atomic as atomic
real_add = atomic.OutputSet.add
def add(self, name, data):
    path = real_add(self, name, data)
    if name.endswith(".json"):
        os._exit(137)  # as if killed (kill -9) with the PDF written, the JSON half done
    return path
atomic.OutputSet.add = add
from briefing.cli import main
sys.argv = ["briefing"] + sys.argv[1:]
main()
"""


def test_a_killed_run_leaves_the_previous_outputs_and_no_temporaries(tiny_model, tmp_path):
    out = tmp_path / "out"
    r = _run("build", CORPUS, "-o", out, "--date", "2025-09-05", "--format", "pdf,json")
    assert r.exit_code == 0, r.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    p = subprocess.run([sys.executable, "-c", _KILLED_WHILE_WRITING, "build", str(CORPUS), "-o",
                        str(out), "--date", "2025-09-05", "--format", "pdf,json", "--no-cache",
                        "--title", "Another title"], capture_output=True, env=dict(os.environ))
    assert p.returncode == 137
    assert {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")} \
        == before  # the previous set, untouched
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")]  # the dead run's
    r = _run("build", CORPUS, "-o", out, "--date", "2025-09-05", "--format", "json")
    assert r.exit_code == 0, r.output
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_full_disk_fails_in_one_line_and_keeps_the_previous_set(tiny_model, tmp_path,
                                                                   monkeypatch):
    import errno

    import briefing.atomic as atomic

    out = tmp_path / "out"
    r = _run("build", CORPUS, "-o", out, "--date", "2025-09-05", "--format", "pdf,json")
    assert r.exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real = atomic._write

    def full(target, payload):
        if target.name.endswith(".json"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(target, payload)

    monkeypatch.setattr(atomic, "_write", full)
    r = _run("build", CORPUS, "-o", out, "--date", "2025-09-05", "--format", "pdf,json",
             "--title", "Changed")
    assert r.exit_code == 1
    assert r.output.strip().splitlines()[-1].startswith(
        f"Error: cannot write to {out}: No space left on device")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_translation_cache_is_set_aside(tiny_model, tmp_path, monkeypatch, damage):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    src = _one_corpus(tmp_path)
    assert _build(src, tmp_path / "o1").exit_code == 0
    db = tmp_path / "cache" / "translations.sqlite3"
    with sqlite3.connect(db) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db.read_bytes()
    db.write_bytes(os.urandom(4096) if damage == "garbage" else raw[: len(raw) // 2])
    for f in (tmp_path / "cache").glob("translations.sqlite3-*"):
        f.unlink()
    (tmp_path / "cache" / "analysis.sqlite3").unlink()  # so that the run translates again
    r = _build(src, tmp_path / "o2")
    assert r.exit_code == 0, r.output
    assert "warning: the translation cache was damaged: moved aside to" in r.output
    assert list((tmp_path / "cache").glob("translations.sqlite3.damaged-*"))
    assert _run("cache", "stats").exit_code == 0
    a = json.loads((tmp_path / "o1" / "briefing-2025-09-05.json").read_text())
    b = json.loads((tmp_path / "o2" / "briefing-2025-09-05.json").read_text())
    assert a["articles"] == b["articles"]


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_analysis_cache_is_set_aside(tiny_model, tmp_path, monkeypatch, damage):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    src = _one_corpus(tmp_path)
    assert _build(src, tmp_path / "o1").exit_code == 0
    db = tmp_path / "cache" / "analysis.sqlite3"
    raw = db.read_bytes()
    db.write_bytes(os.urandom(4096) if damage == "garbage" else raw[: len(raw) // 2])
    r = _build(src, tmp_path / "o2")
    assert r.exit_code == 0, r.output
    if damage == "garbage":
        assert "warning: the analysis cache was damaged: moved aside to" in r.output
        assert list((tmp_path / "cache").glob("analysis.sqlite3.damaged-*"))
    a = json.loads((tmp_path / "o1" / "briefing-2025-09-05.json").read_text())
    b = json.loads((tmp_path / "o2" / "briefing-2025-09-05.json").read_text())
    assert a["articles"] == b["articles"]
    r = _run("cache", "stats")
    assert r.exit_code == 0 and "analyses:" in r.output


def test_cache_commands_survive_a_file_that_is_not_a_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    (tmp_path / "translations.sqlite3").write_bytes(b"this is not sqlite" * 100)
    r = _run("cache", "stats")
    assert r.exit_code == 0 and "Traceback" not in r.output
    r = _run("cache", "clear")
    assert r.exit_code == 0 and "Traceback" not in r.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_cache_folder_is_bypassed(tiny_model, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o500)
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    r = _build(_one_corpus(tmp_path), tmp_path / "o")
    assert r.exit_code == 0 and "translating without the cache" in r.output


def test_a_read_only_cache_database_is_bypassed(tiny_model, tmp_path, monkeypatch):
    import briefing.translate.cache as cache_mod

    def read_only(self, timeout_s):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache_mod.TranslationCache, "_open", read_only)
    r = _build(_one_corpus(tmp_path), tmp_path / "o")
    assert r.exit_code == 0, r.output
    assert "cannot be written (attempt to write a readonly database); translating without " \
           "the cache" in r.output


def test_a_damaged_cached_pdf_is_rebuilt(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    args = ("build", CORPUS, "--date", "2025-09-05", "--format", "pdf")
    assert _run(*args, "-o", tmp_path / "o1").exit_code == 0
    for f in (tmp_path / "cache" / "pdf").glob("*.pdf"):
        data = bytearray(f.read_bytes())
        data[200:-200] = bytes(len(data) - 400)  # body zeroed, header and %%EOF intact
        f.write_bytes(bytes(data))
    r = _run(*args, "-o", tmp_path / "o2")
    assert r.exit_code == 0, r.output
    assert "damaged PDF cache entr" in r.output and "dropped and made again" in r.output
    text = PdfReader(tmp_path / "o2" / "briefing-2025-09-05.pdf").pages[0].extract_text()
    assert "Weekly Briefing" in text
    r = _run(*args, "-o", tmp_path / "o3")
    assert "damaged PDF" not in r.output  # the rebuilt entry is whole


@pytest.mark.parametrize("kind", ["file", "read-only"])
def test_an_unwritable_output_folder_fails_before_the_work(tiny_model, tmp_path, kind,
                                                           monkeypatch):
    import briefing.pipeline as pipeline

    out = tmp_path / "out"
    if kind == "file":
        out.write_text("not a folder")
    else:
        import briefing.atomic as atomic

        def denied(target, payload):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(atomic, "_write", denied)
    monkeypatch.setattr(pipeline, "build", lambda *a, **k: pytest.fail("worked first"))
    r = _run("build", CORPUS, "-o", out)
    assert r.exit_code in (1, 2) and "Traceback" not in r.output
    last = r.output.strip().splitlines()[-1]
    assert last.startswith("Error: ") and ("is a file" in last or "Permission denied" in last)
    for cmd in ("translate", "handout"):
        r = _run(cmd, CORPUS / "003_c50fe1e353ef1373.txt", "-o", out / "x.out")
        assert r.exit_code in (1, 2) and "Traceback" not in r.output


def test_two_runs_at_once_on_one_cache_and_one_folder(tiny_model, tmp_path):
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "briefing.cli", "build", str(CORPUS), "-o", str(out),
           "--date", "2025-09-05", "--format", "json,pdf,md"]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    data = json.loads((out / "briefing-2025-09-05.json").read_text())
    assert len(data["articles"]) == 5
    assert len(PdfReader(out / "briefing-2025-09-05.pdf").pages) > 2
    alone = tmp_path / "alone"
    r = _run("build", CORPUS, "-o", alone, "--date", "2025-09-05", "--format", "json")
    assert r.exit_code == 0
    assert json.loads((alone / "briefing-2025-09-05.json").read_text()) == data
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


# -- model faults: one line each, exit 2 ----------------------------------------------------------
def _bad_models(tmp_path: Path, tiny_model_file: Path) -> dict[str, Path]:
    import zipfile

    raw = tiny_model_file.read_bytes()
    files = {"truncated": raw[: len(raw) // 2], "random": os.urandom(4000)}
    out = {k: tmp_path / f"{k}.argosmodel" for k in files}
    for k, data in files.items():
        out[k].write_bytes(data)
    out["missing"] = tmp_path / "nope.argosmodel"
    out["not-json"] = tmp_path / "notjson.argosmodel"
    with zipfile.ZipFile(out["not-json"], "w") as zf:
        zf.writestr("translate-it_en/metadata.json", "{this is not json")
    out["de-en"] = tmp_path / "de_en.argosmodel"
    with zipfile.ZipFile(out["de-en"], "w") as zf:
        zf.writestr("translate-de_en/metadata.json", '{"from_code": "de", "to_code": "en"}')
    return out


@pytest.mark.parametrize("kind", ["missing", "truncated", "random", "not-json", "de-en"])
def test_bad_model_files(tmp_path, tiny_model_file, empty_argos_env, kind):
    model = _bad_models(tmp_path, tiny_model_file)[kind]
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "models", "install", "--from",
                        str(model)], env=empty_argos_env, capture_output=True, text=True)
    assert p.returncode == 2, p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in p.stderr


@pytest.mark.parametrize("damage", ["model.bin deleted", "model.bin corrupt",
                                    "metadata not JSON", "vocabulary deleted"])
def test_a_damaged_installed_package(tmp_path, tiny_model_file, empty_argos_env, damage):
    env = dict(empty_argos_env)
    subprocess.run([sys.executable, "-m", "briefing.cli", "models", "install", "--from",
                    str(tiny_model_file)], env=env, check=True, capture_output=True)
    pkg = Path(env["ARGOS_PACKAGES_DIR"]) / "translate-it_en-tiny"
    if damage == "model.bin deleted":
        (pkg / "model" / "model.bin").unlink()
    elif damage == "model.bin corrupt":
        (pkg / "model" / "model.bin").write_bytes(os.urandom(2048))
    elif damage == "metadata not JSON":
        (pkg / "metadata.json").write_text("{oops")
    else:
        for f in (pkg / "model").glob("*vocabulary*"):
            f.unlink()
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "translate", "--engine", "argos",
                        "--no-cache", str(CORPUS / "003_c50fe1e353ef1373.txt")], env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 2, p.stderr
    last = p.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: ") and "Traceback" not in p.stderr
    assert ("damaged" in last or "cannot load" in last) and "models install" in last


def test_a_replaced_model_of_the_same_size_is_a_new_cache_key(tmp_path, tiny_model,
                                                              monkeypatch):
    from briefing.translate.argos import find_model

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copytree(tiny_model.path, tmp_path / "pkgs" / tiny_model.path.name)
    copy = find_model(tmp_path / "pkgs")
    before = copy.identity
    binary = copy.path / "model" / "model.bin"
    data = bytearray(binary.read_bytes())
    data[-100] ^= 0xFF  # same size, other weights
    binary.write_bytes(bytes(data))
    assert find_model(tmp_path / "pkgs").identity != before


# -- CLI misuse: Click's one-line errors ----------------------------------------------------------
@pytest.mark.parametrize("args,message", [
    (["build", CORPUS, "--date", "2025-02-30"], "'2025-02-30' does not match the format"),
    (["build", CORPUS, "--since", "2025-09-10", "--until", "2025-09-01"],
     "--since is after --until"),
    (["build", CORPUS, "--threads", "100000"], "100000 is not in the range 0<=x<=256"),
    (["build", CORPUS, "--sentences", "0"], "0 is not in the range 1<=x<=20"),
    (["build", CORPUS / "003_c50fe1e353ef1373.txt"], "is a file"),
    (["translate", CORPUS], "is a directory"),
    (["translate", CORPUS / "missing.txt"], "missing.txt' does not exist"),
    (["build", CORPUS, "--week", "9999-W52"], "'9999-W52' ends after 31 December 9999"),
    (["build", CORPUS, "--week", "2025-W54"], "--week: '2025-W54': 2025 has weeks 1 to 52"),
    (["build", CORPUS, "--week", "0000-W01"], "there is no year 0"),
    (["build", CORPUS, "--undated", "maybe"], "'maybe' is not one of 'include', 'exclude'"),
    (["build", CORPUS, "--quiet", "--verbose"], "use either --quiet or --verbose"),
    (["handout", CORPUS / "003_c50fe1e353ef1373.txt", "-o", "-"], "a handout is a PDF file"),
])
def test_cli_misuse(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # nothing may be written here
    r = _run(*args)
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output
    assert not list(tmp_path.iterdir())


def test_file_names_cannot_drive_the_terminal(tiny_model, tmp_path):
    src = _one_corpus(tmp_path)
    (src / "evil\x1b[2J\nname.docx").write_text("x")
    r = _build(src, tmp_path / "out")
    assert r.exit_code == 0
    line = next(x for x in r.output.splitlines() if "evil" in x)
    assert "\x1b" not in r.output and "\\x1b[2J\\x0aname.docx" in line


# -- dependencies that will move ------------------------------------------------------------------
def test_pdf_embeds_subset_fonts(tiny_model, tmp_path):
    r = _run("build", CORPUS, "-o", tmp_path, "--date", "2025-09-05", "--format", "pdf",
             "--no-cache")
    assert r.exit_code == 0, r.output
    reader = PdfReader(tmp_path / "briefing-2025-09-05.pdf")
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = (font.get("/DescendantFonts") or [font])[0].get_object()
            fd = desc.get("/FontDescriptor")
            if fd is None:
                continue
            fd = fd.get_object()
            stream = fd.get("/FontFile2") or fd.get("/FontFile3") or fd.get("/FontFile")
            fonts[str(fd["/FontName"])] = len(stream.get_object().get_data()) if stream else 0
    assert fonts and all(name[7:8] == "+" and name[1:7].isupper() for name in fonts)
    # each embedded file is a subset: far smaller than the DejaVu fonts themselves (>300 kB)
    assert all(0 < size < 200_000 for size in fonts.values()), fonts


def test_stale_temporaries_of_live_processes_are_kept(tmp_path):
    from briefing.atomic import OutputSet, clean_stale

    dead = tmp_path / f".briefing-2025-09-05.pdf.{os.getpid()}.0a1b2c3d.tmp"  # nobody's lock
    old = tmp_path / ".briefing-2025-09-05.pdf.k3j2h1.tmp"  # briefing 1.0's, an hour old
    for f in (dead, old):
        f.write_text("x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    with OutputSet(tmp_path) as live:  # cleans the two above on entering
        live.add("briefing-2025-09-05.json", "{}")
        (mine,) = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert clean_stale(tmp_path) == 0 and mine.exists()  # its writer holds its lock
        live.commit()
    assert [p.name for p in tmp_path.iterdir()] == ["briefing-2025-09-05.json"]


# -- issue 18: hostile folders, round two ---------------------------------------------------------
SECRET = "Il codice segreto della cassaforte è 4711, disse il direttore della banca ai suoi."


def test_a_file_swapped_for_a_link_during_the_run_is_not_read(tmp_path, monkeypatch):
    import briefing.read.files as files

    src = _one_corpus(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    last = src / "zz_last.txt"
    last.write_text(ARTICLE.replace("Putin", "Lavrov"))
    real = files.decode

    def swap_then_decode(raw):  # the folder was listed and checked; the reading begins
        if not last.is_symlink():
            last.unlink()
            last.symlink_to(secret)
        return real(raw)

    monkeypatch.setattr(files, "decode", swap_then_decode)
    articles, warnings = read_corpus(src)
    assert [a.id for a in articles] == ["003_c50fe1e353ef1373"]
    assert "4711" not in " ".join(s.it for a in articles for s in a.sentences)
    assert {w.article: w.message for w in warnings}["zz_last.txt"] == (
        "skipped: a link to a file outside the corpus folder (not followed)")


@pytest.mark.parametrize("damage", ["one NUL first", "many BEL"])
def test_one_nul_or_many_bel_characters_keep_the_article(tmp_path, damage):
    raw = ARTICLE.encode()
    raw = b"\x00" + raw if damage == "one NUL first" else b"\x07" * 400 + raw  # 12 % BEL
    (tmp_path / "a.txt").write_bytes(raw)
    article, notes = read_article(tmp_path / "a.txt")
    assert article.title_it == "Putin riceve pieno sostegno da Kim Jong Un"
    assert any("control character(s) removed" in n for n in notes)
    for data in (bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n" + bytes(4000) + os.urandom(4000)):
        (tmp_path / "b.txt").write_bytes(data)
        with pytest.raises(ReadError, match="binary file, not text"):
            read_article(tmp_path / "b.txt")


@pytest.mark.parametrize("value", ["inf", "1e400", "nan", "abc", "-1", "0"])
def test_a_bad_article_size_limit_is_a_usage_error(tmp_path, value, monkeypatch):
    monkeypatch.setenv("BRIEFING_MAX_ARTICLE_MB", value)
    for args in (["build", CORPUS, "-o", tmp_path / "out"],
                 ["translate", CORPUS / "003_c50fe1e353ef1373.txt"]):
        r = _run(*args)
        assert r.exit_code == 2 and "Traceback" not in r.output, r.output
        assert r.output.strip().splitlines() == [
            "Error: BRIEFING_MAX_ARTICLE_MB must be a number of megabytes above 0, such as 2 "
            f"or 0.5; got '{value}'"]


def test_a_week_before_year_1000_keeps_its_padding(tiny_model, tmp_path):
    from briefing.periods import period

    assert period(None, None, "0999-W05").week == "0999-W05"
    r = _run("build", CORPUS, "-o", tmp_path, "--week", "0999-W05", "--format", "json")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.output.strip().splitlines()[-1] == (
        "Error: no articles in the week 0999-W05 (28 January 0999 – 3 February 0999): the 5 "
        "readable article(s) are dated 28 April 2025 – 3 September 2025, 2 undated")


_LIVE_WRITER = """
import os, sys
os.getpid = lambda: 999999  # a pid from another PID namespace: dead, seen from here
from pathlib import Path
from briefing.atomic import OutputSet
with OutputSet(Path(sys.argv[1])) as outputs:
    outputs.add("briefing-2025-09-05.json", "{}")
    print("written", flush=True)
    sys.stdin.readline()
    outputs.commit()
print("committed", flush=True)
"""


def test_a_live_run_from_another_pid_namespace_keeps_its_temporaries(tmp_path):
    from briefing.atomic import OutputSet, clean_stale

    out = tmp_path / "out"
    p = subprocess.Popen([sys.executable, "-c", _LIVE_WRITER, str(out)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().strip() == "written", p.stderr.read()
        (temp,) = [f for f in out.iterdir() if f.name.endswith(".tmp")]
        assert ".999999." in temp.name
        assert clean_stale(out) == 0 and temp.exists()
        with OutputSet(out) as other:  # another run on the same folder meanwhile
            other.add("briefing-2025-09-06.json", "{}")
            other.commit()
        assert temp.exists()
        out_, err = p.communicate("go\n", timeout=60)
    finally:
        p.kill()
    assert p.returncode == 0 and out_.strip() == "committed", err
    assert sorted(f.name for f in out.iterdir()) == ["briefing-2025-09-05.json",
                                                     "briefing-2025-09-06.json"]


def test_bidi_and_control_characters_in_names_never_reach_the_terminal(tiny_model, tmp_path):
    src = _one_corpus(tmp_path)
    (src / "report\u202etxt.docx").write_text("x")
    shutil.copy(CORPUS / "000_84a1bb3082a701f7.txt", src / "right\u202eto left.txt")
    out = tmp_path / "out\x1b[2J"
    r = _run("build", src, "-o", out, "--date", "2025-09-05", "--format", "json", "--verbose")
    assert r.exit_code == 0, r.output
    assert "\u202e" not in r.output and "\x1b" not in r.output
    assert "warning: report\\u202etxt.docx: skipped: unsupported file type" in r.output
    assert f"wrote {tmp_path}/out\\x1b[2J/briefing-2025-09-05.json" in r.output
    data = json.loads((out / "briefing-2025-09-05.json").read_text())
    assert sorted(a["id"] for a in data["articles"]) == ["003_c50fe1e353ef1373",
                                                         "right\\u202eto left"]
    assert "\u202e" not in json.dumps(data["warnings"], ensure_ascii=False)
    empty = tmp_path / "empty\u202e"
    empty.mkdir()
    (empty / "x\u202e.docx").write_text("x")
    r = _run("build", empty, "-o", tmp_path / "o2")
    assert r.exit_code == 1 and "\u202e" not in r.output and "empty\\u202e" in r.output


def test_an_html_article_nested_deep_or_with_a_control_reference_is_read(tmp_path):
    body = "".join(f"<p>{s}</p>" for s in ARTICLE.split("\n\n")[2:6])
    pages = {"deep.html": "<html><head><title>Titolo</title></head><body>" + "<div>" * 300
                          + body + "</div>" * 300 + "</body></html>",
             "deeper.html": "<html><body>" + "<span>" * 20000 + body + "</span>" * 20000
                            + "</body></html>",
             "escape.html": "<html><head><title>Titolo</title></head><body><article>" + body
                            + "<p>Una riga con &#27; e &#x0; dentro.</p></article></body></html>"}
    for name, html in pages.items():
        (tmp_path / name).write_text(html)
        article, _ = read_article(tmp_path / name)
        text = " ".join(s.it for s in article.sentences)
        assert "Vladimir Putin ha ricevuto ufficialmente" in text, name
        assert "\x1b" not in text and "\x00" not in text


def test_a_long_article_name_never_breaks_handout_after_the_work(tiny_model, tmp_path,
                                                                  monkeypatch):
    import briefing.pipeline as pipeline

    long = tmp_path / ("n" * 246 + ".txt")  # 250 bytes: the handout's name would be 269
    long.write_text(ARTICLE)
    r = _run("handout", long, "-o", f"{tmp_path}/", "--date", "2025-08-14")
    assert r.exit_code == 0, r.output
    (pdf,) = tmp_path.glob("handout-*.pdf")
    assert len(pdf.name.encode()) <= 255 and pdf.name.endswith("-2025-08-14.pdf")
    monkeypatch.setattr(pipeline, "single", lambda *a, **k: pytest.fail("worked first"))
    r = _run("handout", long, "-o", tmp_path / ("h" * 260 + ".pdf"))
    assert r.exit_code == 1 and "over the 255 this file system allows" in r.output


def test_a_full_disk_stops_translate_before_the_work(tiny_model, tmp_path, monkeypatch):
    import errno

    import briefing.atomic as atomic
    import briefing.pipeline as pipeline

    real = atomic._write

    def full(target, payload):  # a full disk: an empty file can still be made
        if payload:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(target, payload)

    monkeypatch.setattr(atomic, "_write", full)
    monkeypatch.setattr(pipeline, "single", lambda *a, **k: pytest.fail("worked first"))
    r = _run("translate", CORPUS / "003_c50fe1e353ef1373.txt", "-o", tmp_path / "a.md")
    assert r.exit_code == 1 and "No space left on device" in r.output
    assert not list(tmp_path.iterdir())


def test_translations_written_into_the_corpus_folder_are_not_read_back(tiny_model, tmp_path):
    src = _one_corpus(tmp_path)
    for fmt in ("md", "txt"):
        r = _run("translate", src / "003_c50fe1e353ef1373.txt", "--format", fmt, "-o", f"{src}/")
        assert r.exit_code == 0, r.output
    assert sorted(p.name for p in src.iterdir()) == [
        "003_c50fe1e353ef1373.en.md", "003_c50fe1e353ef1373.en.txt", "003_c50fe1e353ef1373.txt"]
    articles, warnings = read_corpus(src)
    assert [a.id for a in articles] == ["003_c50fe1e353ef1373"]
    assert {w.article: w.message for w in warnings if "output" in w.message} == {
        f"003_c50fe1e353ef1373.en.{f}": "skipped: an output of 'briefing translate' (already "
                                        "English), not an article" for f in ("md", "txt")}
