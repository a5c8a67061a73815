"""The CLI end to end, with the tiny model: exit codes, messages, JSON and PDF text."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS
from conftest import run_cli as _run
from pypdf import PdfReader


@pytest.fixture(scope="module")
def built(tmp_path_factory, tiny_model):
    out = tmp_path_factory.mktemp("out")
    result = _run("build", CORPUS, "-o", out, "--date", "2025-09-05",
                  "--format", "pdf,json,html,md")
    assert result.exit_code == 0, result.output
    return out, result


def test_build_writes_dated_outputs(built):
    out, result = built
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"briefing-2025-09-05.{e}" for e in ("html", "json", "md", "pdf")]
    assert "5 articles" in result.output
    assert not list(out.glob(".*tmp"))  # atomic writes leave no temporaries


def test_build_json_contract(built):
    data = json.loads((built[0] / "briefing-2025-09-05.json").read_text())
    data["briefing"].pop("front_page", None)  # the renderer's (tests/test_frontpage.py)
    assert data["briefing"] == {"date": "2025-09-05", "title": "Weekly Briefing",
                                "period": {"start": "2025-04-28", "end": "2025-09-03"},
                                "translation": {"engine": "argos",
                                                "model": "translate-it_en-tiny",
                                                "version": "0.0-test", "rough": False},
                                "week": None}
    arts = {a["id"][:3]: a for a in data["articles"]}
    assert len(arts) == 5
    for a in arts.values():
        assert a["paragraphs"] and all(p["it"] and p["en"] for p in a["paragraphs"])
        assert len(a["summary"]) == 3 and all(s["it"] and s["en"] for s in a["summary"])
        assert a["quotes"] and all(q["it"] and q["en"] for q in a["quotes"])
        assert a["figures"]
        for f in a["figures"]:
            assert {"value", "value_max", "approx", "unit", "it", "en", "context_it",
                    "context_en"} <= set(f)
            assert f["it"] in f["context_it"]
        # every summary line is a sentence of the article, in both languages
        sentences = {(s["it"], s["en"]) for p in a["paragraphs"] for s in p["sentences"]}
        assert all((s["it"], s["en"]) in sentences for s in a["summary"])
    assert arts["003"]["author"] == "Renato Narciso"
    assert arts["003"]["outlet"] == "Prima Notizia 24"
    assert arts["001"]["date"] is None
    speakers = {q["speaker"] for a in arts.values() for q in a["quotes"]}
    assert {"Vladimir Putin", "Kim Jong Un", "Dmitri Peskov", "Donald Trump"} <= speakers
    shared = [q for q in data["key_quotes"] if q["it"].startswith("I vostri soldati")]
    assert len(shared) == 1 and len(shared[0]["sources"]) == 2
    undated = [w for w in data["warnings"] if "undated" in w["message"]]
    assert {w["article"][:3] for w in undated} == {"001", "002"}


def test_build_pdf_text(built):
    reader = PdfReader(built[0] / "briefing-2025-09-05.pdf")
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Weekly Briefing" in text
    assert "5 September 2025" in text
    assert "28 April 2025 – 3 September 2025" in text
    assert "Vladimir Putin" in text and "Dmitri Peskov" in text
    assert "Prima Notizia 24" in text and "Renato Narciso" in text
    assert "more than 10,000" in text and "10,000–11,000" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    assert "Sources" in text and "000_84a1bb3082a701f7.txt" in text


def test_translate_json_and_text(tiny_model):
    art = CORPUS / "004_4d098707a87e4cf2.txt"
    r = _run("translate", art, "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["id"] == "004_4d098707a87e4cf2" and data["date"] == "2025-04-28"
    assert all(p["en"] for p in data["paragraphs"])
    r = _run("translate", art)
    assert r.exit_code == 0 and len(r.stdout.strip().splitlines()) > 10


def test_translate_to_file(tiny_model, tmp_path):
    target = tmp_path / "a.md"
    r = _run("translate", CORPUS / "000_84a1bb3082a701f7.txt", "-o", target, "--format", "md")
    assert r.exit_code == 0, r.output
    assert target.read_text().startswith("# ")


@pytest.mark.parametrize("bilingual", [False, True])
def test_handout(tiny_model, tmp_path, bilingual):
    target = tmp_path / "h.pdf"
    args = ["handout", CORPUS / "003_c50fe1e353ef1373.txt", "-o", target, "--date", "2025-08-14"]
    r = _run(*args, *(["--bilingual"] if bilingual else []))
    assert r.exit_code == 0, r.output
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Prima Notizia 24" in text and "FULL TRANSLATION" in text
    assert "No key figures in this article (only dates, ordinals" in text  # 80th: an ordinal
    assert ("Vladimir Putin ha ricevuto ufficialmente" in text) == bilingual


def test_models_status(tiny_model):
    r = _run("models", "status")
    assert r.exit_code == 0 and "translate-it_en-tiny" in r.output


def test_bad_inputs_reported_rest_processed(tiny_model, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CORPUS / "000_84a1bb3082a701f7.txt", src)
    (src / "empty.txt").write_text("")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (src / "latin1.txt").write_bytes("La città è più bella, ha detto il sindaco.".encode("latin-1"))
    (src / "notes.docx").write_bytes(b"PK")
    r = _run("build", src, "-o", tmp_path / "out", "--format", "json", "--date", "2025-09-05")
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "out" / "briefing-2025-09-05.json").read_text())
    assert [a["id"] for a in data["articles"]] == ["000_84a1bb3082a701f7", "latin1"]
    msgs = {w["article"]: w["message"] for w in data["warnings"] if "skipped" in w["message"]}
    assert msgs == {"binary.txt": "skipped: binary file, not text",
                    "empty.txt": "skipped: empty file",
                    "notes.docx": "skipped: unsupported file type '.docx' (use .txt, .md or .html)"}
    assert "warning: empty.txt: skipped: empty file" in r.stderr


def test_since_until(tiny_model, tmp_path):
    r = _run("build", CORPUS, "-o", tmp_path, "--format", "json", "--date", "2025-09-05",
             "--since", "2025-08-01")
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "briefing-2025-09-05.json").read_text())
    ids = [a["id"][:3] for a in data["articles"]]
    assert ids == ["000", "001", "002", "003"]  # 004 (April) left out, undated kept
    assert any("004" in (w["article"] or "") and "left out" in w["message"]
               for w in data["warnings"])


@pytest.mark.parametrize("args,code,message", [
    (["build", "{tmp}/nothing-here"], 2, "Directory '{tmp}/nothing-here' does not exist"),
    (["build", "{tmp}", "-o", "{tmp}/out"], 1, "Error: no readable articles in"),
    (["build", "{corpus}", "--date", "05/09/2025"], 2, "'05/09/2025' does not match the format"),
    (["build", "{corpus}", "--format", "pdf,docx"], 2, "unknown format 'docx'"),
    (["translate", "{tmp}/missing.txt"], 2, "File '{tmp}/missing.txt' does not exist"),
    (["handout", "{tmp}/missing.txt"], 2, "File '{tmp}/missing.txt' does not exist"),
    (["translate", "{fr}"], 1, "fr.txt: written in French, not Italian"),
])
def test_user_errors_are_one_line(tiny_model, tmp_path, args, code, message, monkeypatch):
    (tmp_path / "fr.txt").write_text("Le gouvernement a approuvé lundi un budget de 25 "
                                     "milliards d'euros, a déclaré la première ministre.")
    monkeypatch.chdir(tmp_path)  # nothing is written where the command runs
    names = {"tmp": tmp_path, "corpus": CORPUS, "fr": tmp_path / "fr.txt"}
    r = _run(*[a.format(**names) for a in args])
    assert r.exit_code == code
    assert message.format(**names) in r.output
    assert r.output.strip().splitlines()[-1].startswith("Error: ")
    assert "Traceback" not in r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fr.txt"]


def test_missing_model_exit_2(empty_argos_env, tmp_path):
    for args in (["build", str(CORPUS), "-o", str(tmp_path)], ["models", "status"],
                 ["translate", str(CORPUS / "000_84a1bb3082a701f7.txt")]):
        p = subprocess.run([sys.executable, "-m", "briefing.cli", *args], env=empty_argos_env,
                           capture_output=True, text=True)
        assert p.returncode == 2, p.stderr
        lines = p.stderr.strip().splitlines()
        assert lines[-1].startswith("Error: no Italian→English")
        assert "briefing models install" in lines[-1]
        assert "Traceback" not in p.stderr
    assert not list(Path(tmp_path).glob("*.pdf"))


def test_model_installed_from_env_file(empty_argos_env, tiny_model_file, tmp_path):
    env = dict(empty_argos_env, BRIEFING_MODEL_FILE=str(tiny_model_file))
    p = subprocess.run([sys.executable, "-m", "briefing.cli", "models", "install"], env=env,
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "installed translate-it_en-tiny" in p.stdout
    assert (Path(env["ARGOS_PACKAGES_DIR"]) / "translate-it_en-tiny" / "metadata.json").is_file()


def test_failing_stage_keeps_article(tiny_model, tmp_path, monkeypatch):
    import briefing.extract.report as report

    def broken(article):
        if article.id.startswith("002"):
            raise ValueError("bad figure")
        return []

    monkeypatch.setattr(report, "extract_figures", broken)
    r = _run("build", CORPUS, "-o", tmp_path, "--format", "json", "--date", "2025-09-05")
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "briefing-2025-09-05.json").read_text())
    assert len(data["articles"]) == 5
    assert {"article": "002_4758a363c3274eb9",
            "message": "figures left out: ValueError: bad figure"} in data["warnings"]


def test_subfolder_is_reported(tiny_model, tmp_path):
    src = tmp_path / "in"
    (src / "older").mkdir(parents=True)
    shutil.copy(CORPUS / "000_84a1bb3082a701f7.txt", src)
    r = _run("build", src, "-o", tmp_path, "--format", "json", "--date", "2025-09-05")
    assert r.exit_code == 0, r.output
    assert "warning: older/: skipped: a subfolder" in r.stderr


# -- issue 17: periods, -o, standard input and output, --quiet/--verbose -------------------------
@pytest.fixture(scope="module")
def week_build(tmp_path_factory, tiny_model):
    out = tmp_path_factory.mktemp("week")
    r = _run("build", CORPUS, "-o", out, "--week", "2025-W36", "--format", "json", "--verbose")
    assert r.exit_code == 0, r.output
    (json_file,) = out.glob("*.json")
    return json.loads(json_file.read_text()), r


def test_week_dates_the_cover_by_the_week_and_names_it_in_messages(week_build):
    data, r = week_build
    assert data["briefing"]["week"] == "2025-W36"
    assert data["briefing"]["date"] == "2025-09-07"  # the week is over: its Sunday
    notes = [((w["article"] or "")[:3], w["message"]) for w in data["warnings"]]
    assert ("004", "left out: dated 2025-04-28, outside the week 2025-W36 (1 September 2025 – "
                   "7 September 2025)") in notes
    assert ("001", "undated: kept, cannot be checked against the week 2025-W36 (1 September "
                   "2025 – 7 September 2025)") in notes
    assert "--since/--until" not in r.output and "--since/--until" not in json.dumps(data)


def test_cover_date_of_a_week():
    from datetime import date

    from briefing.periods import cover_date, period

    week = period(None, None, "2025-W36")
    assert cover_date(week, date(2026, 1, 1)) == date(2025, 9, 7)  # over: its Sunday
    assert cover_date(week, date(2025, 9, 3)) == date(2025, 9, 3)  # running: today
    assert cover_date(week, date(2025, 8, 1)) == date(2025, 9, 1)  # to come: its Monday
    assert cover_date(period(None, None, None), date(2025, 8, 1)) == date(2025, 8, 1)


def test_undated_articles_can_be_left_out(tiny_model, tmp_path):
    r = _run("build", CORPUS, "-o", tmp_path, "--format", "json", "--date", "2025-09-05",
             "--undated", "exclude", "--verbose")
    assert r.exit_code == 0, r.output
    data = json.loads((tmp_path / "briefing-2025-09-05.json").read_text())
    assert sorted(a["id"][:3] for a in data["articles"]) == ["000", "003", "004"]
    assert "warning: 001_28e4d9f6d13d77de: left out: undated (--undated exclude)" in r.output


def test_a_week_with_undated_articles_only_has_no_briefing(tiny_model, tmp_path):
    r = _run("build", CORPUS, "-o", tmp_path, "--week", "2030-W01")
    assert r.exit_code == 1 and not list(tmp_path.iterdir())
    assert r.output.strip().splitlines()[-1] == (
        "Error: no articles in the week 2030-W01 (31 December 2029 – 6 January 2030): the 5 "
        "readable article(s) are dated 28 April 2025 – 3 September 2025, 2 undated")


def test_warnings_summarised_quiet_and_verbose(tiny_model, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for f in CORPUS.iterdir():
        shutil.copy(f, src)
    for name in ("a.docx", "b.docx", "c.pdf"):
        (src / name).write_bytes(b"PK")
    args = ("build", src, "--format", "json", "--date", "2025-09-05", "--since", "2025-08-01")
    verbose = _run(*args, "-o", tmp_path / "v", "--verbose")
    default = _run(*args, "-o", tmp_path / "d")
    quiet = _run("--quiet", *args, "-o", tmp_path / "q")
    assert verbose.exit_code == default.exit_code == quiet.exit_code == 0, verbose.output
    data = json.loads((tmp_path / "d" / "briefing-2025-09-05.json").read_text())
    every = [f"warning: {w['article'] + ': ' if w['article'] else ''}{w['message']}"
             for w in data["warnings"]]
    assert len(every) >= 9 and all(line in verbose.stderr for line in every)
    lines = default.stderr.strip().splitlines()
    assert len(lines) < len(every) and len(lines) <= 9
    assert "warning: skipped: unsupported file type … (use .txt, .md or .html) — 3 files: " \
           "a.docx, b.docx, c.pdf" in lines
    assert lines[-1] == (f"({len(every)} warnings in all: each in {tmp_path}/d/briefing-"
                         "2025-09-05.json under \"warnings\"; --verbose lists them here)")
    assert quiet.output == "" and (tmp_path / "q" / "briefing-2025-09-05.json").is_file()


def test_o_is_a_file_a_folder_or_standard_output(tiny_model, tmp_path):
    art = CORPUS / "003_c50fe1e353ef1373.txt"
    r = _run("handout", art, "-o", f"{tmp_path}/new/", "--date", "2025-08-14")
    assert r.exit_code == 0, r.output
    assert [p.name for p in (tmp_path / "new").iterdir()] == [
        "handout-003_c50fe1e353ef1373-2025-08-14.pdf"]
    r = _run("handout", art, "-o", tmp_path / "new", "--date", "2025-08-14", "--bilingual")
    assert r.exit_code == 0 and (tmp_path / "new" / "handout-003_c50fe1e353ef1373-2025-08-14-"
                                 "bilingual.pdf").is_file()
    r = _run("translate", art, "-o", f"{tmp_path}/tr/", "--format", "md")
    assert r.exit_code == 0 and (tmp_path / "tr" / "003_c50fe1e353ef1373.en.md").is_file()
    to_stdout = _run("translate", art, "-o", "-", "--format", "json")
    assert to_stdout.exit_code == 0 and json.loads(to_stdout.stdout)["id"].startswith("003")
    assert not (Path.cwd() / "-").exists()


def test_translate_reads_standard_input(tiny_model):
    text = (CORPUS / "003_c50fe1e353ef1373.txt").read_bytes()
    r = _run("translate", "-", "--format", "json", input=text)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["id"] == "stdin" and data["outlet"] == "Prima Notizia 24"
    assert all(p["en"] for p in data["paragraphs"])
    r = _run("translate", "-", input=b"")
    assert r.exit_code == 2 and "standard input is empty" in r.output


def test_exit_statuses_are_documented():
    r = _run("--help")
    assert "Exit status: 0 done; 1 a failure" in r.output and "2 a usage error" in r.output
