import subprocess
import sys
import zipfile

import pytest

from briefing.translate.argos import (
    ModelInstallError,
    ModelMissing,
    find_model,
    install_from_file,
    require_model,
)


def test_installed_through_argos(tiny_model):
    assert tiny_model.name == "translate-it_en-tiny"
    assert (tiny_model.path / "sentencepiece.model").is_file()
    assert (tiny_model.path / "model" / "model.bin").is_file()
    assert find_model() == tiny_model


def test_translation_keeps_order_and_alignment(translator, corpus_articles):
    """Batched output is identical, in content and order, to one sentence at a time."""
    sentences = [s.it for a in corpus_articles.values() for s in a.sentences]
    batched = translator.translate(sentences)
    one_by_one = [translator.translate([s])[0] for s in sentences]
    assert batched == one_by_one
    assert len(batched) == len(sentences) and all(batched)


def test_repeated_sentences_translated_once(translator):
    calls = []
    out = translator.translate(["Uno due tre.", "Quattro cinque.", "Uno due tre."], calls.append)
    assert out[0] == out[2]
    assert sum(calls) == 2


def test_missing_model(tmp_path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "none"))
    monkeypatch.delenv("BRIEFING_MODEL_FILE", raising=False)
    assert find_model() is None
    with pytest.raises(ModelMissing, match="briefing models install"):
        require_model()


def test_bad_model_files(tmp_path):
    with pytest.raises(ModelInstallError, match="not found"):
        install_from_file(tmp_path / "nope.argosmodel")
    (tmp_path / "junk.argosmodel").write_bytes(b"not a zip")
    with pytest.raises(ModelInstallError, match="not an Argos package"):
        install_from_file(tmp_path / "junk.argosmodel")
    wrong = tmp_path / "de_en.argosmodel"
    with zipfile.ZipFile(wrong, "w") as zf:
        zf.writestr("translate-de_en/metadata.json", '{"from_code": "de", "to_code": "en"}')
    with pytest.raises(ModelInstallError, match="de→en, not it→en"):
        install_from_file(wrong)


def test_cli_start_does_not_import_translation_stack():
    code = ("import sys; from click.testing import CliRunner; from briefing.cli import main; "
            "r = CliRunner().invoke(main, ['--help']); assert r.exit_code == 0; "
            "heavy = [m for m in ('argostranslate', 'ctranslate2', 'torch', 'stanza', "
            "'weasyprint', 'sumy') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_model_released_after_a_run_and_reloaded_on_demand(translator, corpus_articles):
    from briefing.pipeline import single

    article = next(iter(corpus_articles.values()))
    rep, _ = single(article, translator)
    assert all(s.en for s in rep.article.sentences)
    assert translator._loaded is None  # unloaded before rendering starts
    assert translator.translate(["Buongiorno a tutti."])[0]  # loads again when needed
    assert translator._loaded is not None
