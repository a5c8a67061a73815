from datetime import date
from pathlib import Path

import pytest
from conftest import CORPUS, SHARED

from briefing.read.files import ReadError, parse_italian_date, read_article, read_corpus


@pytest.mark.parametrize("text,expected", [
    ("3 settembre 2025", date(2025, 9, 3)),
    ("13 ago 2025", date(2025, 8, 13)),
    ("28.04.2025 11:00", date(2025, 4, 28)),
    ("Mercoledì 13 Agosto 2025", date(2025, 8, 13)),
    ("2025-01-05", date(2025, 1, 5)),
])
def test_italian_dates(text, expected):
    assert parse_italian_date(text) == expected


def test_invalid_date_is_not_guessed():
    assert parse_italian_date("31 sett 2025") is None


def test_corpus_metadata(corpus_articles):
    a = corpus_articles
    assert len(a) == 5
    assert a["000"].title_it.startswith("Putin a Kim: I vostri soldati")
    assert a["000"].date == date(2025, 9, 3)
    assert a["001"].date is None and a["001"].title_it is None
    assert a["002"].date is None
    assert a["002"].title_it.startswith("Putin ringrazia Kim Jong-un a Pechino")
    assert a["003"].title_it == "Putin riceve pieno sostegno da Kim Jong Un"
    assert a["003"].date == date(2025, 8, 13)
    assert a["003"].author == "Renato Narciso"
    assert a["003"].outlet == "Prima Notizia 24"
    assert a["004"].date == date(2025, 4, 28)
    assert a["004"].author == "Michele Montanari"
    assert a["004"].title_it.startswith("I nordcoreani in Russia non sono più un segreto")


def test_junk_lines_dropped(corpus_articles):
    text = {k: "\n".join(p.it for p in v.paragraphs) for k, v in corpus_articles.items()}
    assert "/ Reuters" not in text["000"]  # photo caption
    assert "Kormilitsyna" not in text["004"]  # photo credit
    assert "Guerra" not in text["004"].split("\n")[0]  # section label
    assert not text["002"].rstrip().endswith("Today")  # stray UI word
    assert "Michele Montanari" not in text["004"]
    assert "Renato Narciso" not in text["003"]
    # the dateline is metadata, the lead paragraph stays
    assert text["003"].startswith("I 2 capi di stato")
    assert "(Prima Notizia 24)" not in text["003"]


def test_paragraphs_and_intertitles_kept(corpus_articles):
    paras = corpus_articles["000"].paragraphs
    assert len(paras) == 15
    headings = [p.it for p in paras if p.heading]
    assert headings == ["Migliaia di soldati"]
    # glued sentences ("».Il portavoce") are split, quotes are not cut
    last = [p for p in corpus_articles["004"].paragraphs if "Peskov" in p.it][0]
    assert any(s.it.startswith("Il portavoce del Cremlino") for s in last.sentences)
    assert all(s.it.count("«") == s.it.count("»") for p in corpus_articles["004"].paragraphs
               for s in p.sentences)


def test_bad_files_are_reported_and_skipped(tmp_path):
    (tmp_path / "a_good.txt").write_text((CORPUS / "000_84a1bb3082a701f7.txt").read_text())
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "d_latin1.txt").write_bytes(
        "Città di Forlì\n\nLa città è più bella. Il sindaco ha detto così.\n".encode("latin-1"))
    (tmp_path / "e_notes.pdf").write_bytes(b"%PDF-1.4")
    articles, warnings = read_corpus(tmp_path)
    assert [a.id for a in articles] == ["a_good", "d_latin1"]
    latin = articles[1]
    assert "La città è più bella." in latin.paragraphs[0].it
    msgs = {w.article: w.message for w in warnings if "undated" not in w.message}
    assert msgs["b_empty.txt"] == "skipped: empty file"
    assert msgs["c_binary.txt"] == "skipped: binary file, not text"
    assert "unsupported file type '.pdf'" in msgs["e_notes.pdf"]
    assert "Latin-1" in msgs["d_latin1"]


def test_read_article_errors(tmp_path):
    with pytest.raises(ReadError, match="file not found"):
        read_article(tmp_path / "missing.txt")
    (tmp_path / "x.docx").write_text("x")
    with pytest.raises(ReadError, match="unsupported"):
        read_article(tmp_path / "x.docx")


ARTICLES_IT = SHARED / "data" / "articles-it"


@pytest.mark.skipif(not ARTICLES_IT.is_dir(), reason="../shared/data/articles-it not present")
def test_html_article_with_trafilatura():
    a, notes = read_article(ARTICLES_IT / "08_ilfatto_sudan_ospedali_tregua.html")
    assert a.title_it.startswith("Sudan, chiuse decine di ospedali e tregua violata")
    assert "Il Fatto Quotidiano" not in a.title_it
    assert a.outlet == "Il Fatto Quotidiano"
    assert a.date == date(2023, 4, 19)
    assert a.paragraphs[0].it.startswith("Resta drammatica la situazione in Sudan")
    assert len(a.sentences) > 10


@pytest.mark.skipif(not ARTICLES_IT.is_dir(), reason="../shared/data/articles-it not present")
def test_more_real_articles_read():
    articles, warnings = read_corpus(ARTICLES_IT)
    assert len(articles) == 20  # 11 .txt + 9 .html
    assert len({a.id for a in articles}) == 20  # same stem, different suffix: distinct ids
    assert [w.message for w in warnings if w.article == "SOURCES.md"] == [
        "skipped: a folder note (README/SOURCES/…), not an article"]
    bylined = {a.id: a.author for a in articles if a.path.suffix == ".txt"}
    assert bylined["01_corriere_meloni_trump_maralago.txt"] == "Viviana Mazza"
    dated = {a.id: a.date for a in articles}
    assert dated["03_repubblica_papa_regina_coeli_ucraina_irlanda.txt"] == date(2023, 4, 10)
    assert bylined["04_repubblica_morto_ian_bairnson.txt"] == "Redazione Spettacoli"


def test_path_is_kept(corpus_articles):
    assert corpus_articles["000"].path == Path(CORPUS / "000_84a1bb3082a701f7.txt")
