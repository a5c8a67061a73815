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


# --- issue 18: one sentence never fails a whole build ------------------------------------

def _long_piece(words: int = 100) -> str:
    """Words the tiny model's tokenizer has never seen: several tokens each."""
    import random

    rng = random.Random(7)
    return " ".join("".join(rng.choice("qzxjkwvyb") for _ in range(5)) for _ in range(words))


def test_a_long_piece_is_cut_by_the_models_own_tokens(translator):
    """100 words that make over 512 tokens: once "No position encodings are defined for
    positions >= 512" and the whole build died."""
    from briefing.read.segmenting import chunks
    from briefing.translate.argos import position_limit

    piece = _long_piece()
    assert chunks(piece) == [piece]  # one piece by words
    assert len(translator.package.tokenizer.encode(piece)) > 512
    assert position_limit(translator.model.path / "model") == 512
    assert translator.max_source_tokens < 256
    assert all(len(translator.package.tokenizer.encode(p)) <= translator.max_source_tokens
               for p in translator._fit(piece))
    english = translator.translate([piece, "Buongiorno a tutti."])
    assert all(english) and not translator.refused


def test_a_piece_the_model_refuses_is_kept_in_italian_and_counted(tiny_model, monkeypatch):
    from briefing.data import Article, ArticleReport, Paragraph, Sentence
    from briefing.translate.argos import KEPT_MARK, Translator
    from briefing.translate.batch import translate_segments, with_english
    from briefing.translate.checks import run_warnings

    tr = Translator(tiny_model, threads=1)
    real = tr._run
    bad = tr.package.tokenizer.encode("Questa frase non passa.")

    def refusing(batch, *, asynchronous):
        if bad in batch:
            raise RuntimeError("No position encodings are defined for positions >= 512")
        return real(batch, asynchronous=asynchronous)

    monkeypatch.setattr(tr, "_run", refusing)
    sentences = ["Buongiorno a tutti.", "Questa frase non passa.", "Arrivederci."]
    out = tr.translate(sentences)
    assert out[1] == f"{KEPT_MARK} Questa frase non passa." and out[0] and out[2]
    assert tr.refused == {"Questa frase non passa."}
    r = ArticleReport(Article("a1", None, [Paragraph([Sentence(s) for s in sentences])]),
                      [], [], [])
    done = with_english(r, translate_segments([r], tr))
    assert done.checks.kept_in_italian == 1
    assert [w.message for w in run_warnings([done])] == [
        f"1 piece(s) of text in 1 article(s) could not be translated and were kept in "
        f"Italian, marked {KEPT_MARK}"]


def test_an_argosmodel_that_fails_its_checks_leaves_nothing(tmp_path, tiny_model,
                                                           tiny_model_file):
    from briefing.translate.argos import ModelInstallError, install_from_file, packages_dir

    broken = tmp_path / "broken.argosmodel"
    with zipfile.ZipFile(tiny_model_file) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            if not item.filename.endswith("model/model.bin"):  # a package without its model
                name = item.filename.replace("translate-it_en-tiny", "translate-it_en-broken")
                dst.writestr(name, src.read(item))
    before = sorted(p.name for p in packages_dir().iterdir())
    with pytest.raises(ModelInstallError, match=r"\(model/model.bin is missing\); nothing was "
                                                "installed"):
        install_from_file(broken)
    assert sorted(p.name for p in packages_dir().iterdir()) == before
    assert not (packages_dir() / "translate-it_en-broken").exists()
