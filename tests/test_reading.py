from datetime import date
from pathlib import Path

import pytest
from conftest import CORPUS, SHARED

from briefing.read.files import ReadError, decode, parse_italian_date, read_article, read_corpus


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


def test_plain_dates_read_as_dateparser_reads_them():
    """The fast path for plain dates gives dateparser's own answer on every shape it takes."""
    import dateparser

    from briefing.italian.calendar import _plain_date

    texts = [f"{d} {m} {y}" for d in (1, 9, 29, 30, 31) for m in (
        "gennaio", "febbraio", "Marzo", "giu", "set", "ott", "dic") for y in (2024, 2025)]
    texts += ["Mercoledì 13 Agosto 2025", "lunedi 3 marzo 2025, 10:45", "1° maggio 2024",
              "13 ago 2025 ore 9.30", "28.04.2025 11:00", "3/3/2025", "31/04/2025", "12-09-2023",
              "2025-01-05", "2025-02-30", "29.02.2024", "29.02.2025"]
    for text in texts:
        plain = _plain_date(text)
        assert plain is not False, text
        read = dateparser.parse(text, languages=["it"], settings={
            "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["absolute-time"]})
        assert plain == (read.date() if read else None), text
    assert _plain_date("5 settembre") is False and _plain_date("ieri") is False
    # dateparser takes "sett." for "settimana" (week); the news means September
    assert parse_italian_date("9 sett. 2025") == date(2025, 9, 9)


@pytest.mark.parametrize("text", ["ieri", "oggi", "3 giorni fa", "la settimana scorsa"])
def test_relative_dates_are_not_read_against_the_clock(text):
    """'ieri' is the day before the article's, not before the machine's today."""
    assert parse_italian_date(text) is None


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
    articles, warnings = read_corpus(ARTICLES_IT, keep_twins=True)
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


# -- issue 17: twins, metadata a user can give, encodings, one-sentence languages ----------------
@pytest.mark.skipif(not ARTICLES_IT.is_dir(), reason="../shared/data/articles-it not present")
def test_txt_and_html_twins_are_one_article():
    articles, warnings = read_corpus(ARTICLES_IT)
    assert len(articles) == 11  # 9 articles saved as .txt and .html, 2 as .txt only
    twins = {w.article: w.message for w in warnings if "the same article" in w.message}
    assert len(twins) == 9
    kept = {a.id: a for a in articles}
    # the page (it states the outlet) is kept, the copy-paste is named in one warning; the
    # article they both are is named by their common stem (what a gold keyed "x.txt" finds)
    assert twins["08_ilfatto_sudan_ospedali_tregua.txt"].startswith(
        "left out: the same article as 08_ilfatto_sudan_ospedali_tregua, which is kept")
    assert kept["08_ilfatto_sudan_ospedali_tregua"].outlet == "Il Fatto Quotidiano"
    assert kept["08_ilfatto_sudan_ospedali_tregua"].path.name.endswith(".html")
    assert kept["08_ilfatto_sudan_ospedali_tregua"].author == "F. Q."  # as the page writes it


def _write(folder: Path, name: str, text: str) -> Path:
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


ARTICLE = (CORPUS / "003_c50fe1e353ef1373.txt").read_text(encoding="utf-8")
PLAIN = ARTICLE.replace("(Prima Notizia 24)", "").replace("di Renato Narciso", "")


def test_twins_same_text_under_two_names_and_richer_file_kept(tmp_path):
    _write(tmp_path, "copy.txt", PLAIN)
    _write(tmp_path, "original.md", "---\noutlet: Prima Notizia 24\n---\n" + PLAIN)
    _write(tmp_path, "other.txt", (CORPUS / "000_84a1bb3082a701f7.txt").read_text())
    articles, warnings = read_corpus(tmp_path)
    assert sorted(a.id for a in articles) == ["original", "other"]
    kept = next(a for a in articles if a.id == "original")
    assert kept.outlet == "Prima Notizia 24"
    notes = [w for w in warnings if "same article" in w.message]
    assert [(w.article, w.message) for w in notes] == [
        ("copy", "left out: the same article as original, which is kept (more metadata or "
                 "text)")]


def test_the_same_text_from_two_stated_outlets_is_two_publications(tmp_path):
    _write(tmp_path, "a.txt", "---\noutlet: ANSA\n---\n" + PLAIN)
    _write(tmp_path, "b.txt", "---\noutlet: Il Post\n---\n" + PLAIN)
    articles, warnings = read_corpus(tmp_path)
    assert [a.outlet for a in articles] == ["ANSA", "Il Post"]
    assert not [w for w in warnings if "same article" in w.message]


def test_ids_are_unique_and_stable(tmp_path):
    texts = {n: f"Titolo {i}\n\nIl consiglio ha approvato {i} delibere, ha detto il sindaco "
                f"Mario Rossi alla stampa locale di Forlì.\n"
             for i, n in enumerate(["a.txt", "a.html.txt", "a.txt.md", "b.txt", "c.md"])}
    texts["a.html"] = ("<html><head><title>Pagina</title></head><body><article><p>Il "
                       "consiglio comunale ha approvato 99 delibere nella seduta di ieri, ha "
                       "detto il sindaco.</p></article></body></html>")
    for name, text in texts.items():
        _write(tmp_path, name, text)
    first, _ = read_corpus(tmp_path)
    ids = {a.path.name: a.id for a in first}
    assert ids == {"a.txt": "a.txt", "a.html": "a.html", "a.html.txt": "a.html.txt",
                   "a.txt.md": "a.txt.md", "b.txt": "b", "c.md": "c"}
    again, _ = read_corpus(tmp_path)
    assert [a.id for a in again] == [a.id for a in first]


def test_names_article_ids_never_collide():
    from briefing.read.names import article_ids

    names = ["a.txt", "a.html", "a.html.txt", "a.txt.md", "a", "b.txt", "b", "c.tar.gz",
             "c.tar", "x\x1b.txt", "x\\x1b.txt"]
    ids = article_ids(names)
    assert len(set(ids.values())) == len(names)
    assert "\x1b" not in "".join(ids.values())


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_front_matter_states_the_metadata(tmp_path, suffix):
    front = ("---\ntitle: Putin a Kim: pieno sostegno\ndate: 2025-08-13\noutlet: Prima Notizia "
             "24\nauthor: Renato Narciso\nurl: https://www.primanotizia24.it/a/1\n---\n")
    f = _write(tmp_path, "a" + suffix, front + PLAIN)
    a, notes = read_article(f)
    assert a.title_it == "Putin a Kim: pieno sostegno"  # a colon YAML refuses, taken as written
    assert (a.date, a.outlet, a.author) == (date(2025, 8, 13), "Prima Notizia 24",
                                           "Renato Narciso")
    assert a.url == "https://www.primanotizia24.it/a/1"
    assert "---" not in a.paragraphs[0].it and "outlet" not in a.paragraphs[0].it
    assert not notes


def test_front_matter_mistakes_are_said_not_guessed(tmp_path):
    f = _write(tmp_path, "a.md", "---\ndate: 31 febbraio 2025\nurl: javascript:alert(1)\n"
                                 "editor: Rossi\noutlet: [1, 2]\n---\n" + PLAIN)
    a, notes = read_article(f)
    assert a.url is None and a.outlet is None
    assert a.date == date(2025, 8, 13)  # the text's own dateline, not the bad front matter
    assert "front matter: date '31 febbraio 2025' is not a date (use 2025-09-03): ignored" \
        in notes
    assert "front matter: url is not an http(s) address: ignored" in notes
    assert any(n.startswith("front matter: unknown field 'editor' ignored") for n in notes)
    assert "front matter: outlet is not a line of text: ignored" in notes
    rule = _write(tmp_path, "b.txt", "---\n\nUn testo che comincia con una riga.\n\n---\n" + PLAIN)
    b, notes = read_article(rule)
    assert any("read as text" in n for n in notes) and b.paragraphs


def test_a_wire_agency_dateline_states_the_outlet(tmp_path):
    f = _write(tmp_path, "a.txt", "Titolo della notizia\n\nROMA (ANSA) - Il consiglio dei "
                                  "ministri ha approvato ieri il decreto, ha detto il ministro."
                                  "\n\nSecondo paragrafo del testo.\n")
    a, _ = read_article(f)
    assert a.outlet == "ANSA" and a.paragraphs[0].it.startswith("Il consiglio dei ministri")
    g = _write(tmp_path, "b.txt", "Titolo\n\nMosca (Russia) - Il Cremlino ha confermato la "
                                  "notizia nella giornata di ieri.\n")
    assert read_article(g)[0].outlet is None  # a region in brackets is not a source


def test_a_wire_agencys_closing_signature_states_the_outlet(tmp_path):
    f = _write(tmp_path, "a.txt", "Titolo della notizia\n\nPESCIA, 7 MAR - Due morti nella "
                                  "notte.\n\nDomani allerta arancione in regione. (ANSA).\n")
    a, _ = read_article(f)
    assert a.outlet == "ANSA" and a.paragraphs[-1].it == "Domani allerta arancione in regione."
    g = _write(tmp_path, "b.txt", "Titolo\n\nSi è chiuso con un accordo (Ansa e Cgil).\n")
    assert read_article(g)[0].outlet is None  # brackets that are not the agency alone


def test_no_outlet_is_invented_for_the_sample_corpus(corpus_articles):
    assert {k: a.outlet for k, a in corpus_articles.items()} == {
        "000": None, "001": None, "002": None, "003": "Prima Notizia 24", "004": None}


@pytest.mark.parametrize("when,why", [("3 settembre 1900", "before 1950"),
                                      ("31 dicembre 9999", "in the future")])
def test_implausible_dates_leave_the_article_undated(tmp_path, when, why):
    f = _write(tmp_path, "a.txt", f"Titolo della notizia\n{when}\n\n{PLAIN}")
    a, notes = read_article(f)
    assert a.date is None
    assert any(why in n and "treated as undated" in n for n in notes), notes
    assert not any("no date found" in n for n in notes)  # said once


def test_latin1_with_a_chance_utf8_sequence_keeps_its_accents(tmp_path):
    # "É’" is C9 92 in Windows-1252: by chance a valid UTF-8 sequence
    raw = "PERCHÉ’ La città è più bella, ha detto il sindaco.".encode("cp1252")
    text, note = decode(raw)
    assert "città è più" in text and "PERCHÉ’" in text and "\ufffd" not in text
    assert "Latin-1" in note


def test_one_bad_byte_in_a_short_utf8_text_keeps_the_other_accents():
    text, note = decode("La città è più bella e perché no".encode().replace(b"\xc3\xb9",
                                                                            b"\xff"))
    assert text.startswith("La città è pi\ufffd bella e perché") and "1 byte(s)" in note


@pytest.mark.parametrize("text,code", [
    ("The government approved a budget of 25 billion euros on Monday, the prime minister "
     "said.", "en"),
    ("Le gouvernement a approuvé lundi un budget de 25 milliards d'euros.", "fr"),
    ("Il governo ha approvato lunedì un bilancio di 25 miliardi di euro.", "it"),
    ("Donald Trump ha parlato con Zelensky.", "it"),
])
def test_one_sentence_is_enough_to_know_the_language(tmp_path, text, code):
    from briefing.read.language import article_language

    a, _ = read_article(_write(tmp_path, "a.txt", text + "\n"))
    assert article_language(a) == code


def test_a_paragraph_in_english_is_marked_and_italian_ones_are_not(tmp_path):
    from briefing.read.language import check_languages

    english = "5,000 soldiers were sent to the front line last week, the Pentagon said."
    f = _write(tmp_path, "a.txt", PLAIN + "\n\n" + english + "\n")
    (a,), warnings = check_languages([read_article(f)[0]])
    marked = [p for p in a.paragraphs if p.language != "it"]
    assert [p.it for p in marked] == [english] and marked[0].language == "en"
    assert [w.message for w in warnings] == [
        "1 paragraph(s) in English: kept as written; figures and quotes are read only from "
        "Italian"]


@pytest.mark.skipif(not ARTICLES_IT.is_dir(), reason="../shared/data/articles-it not present")
def test_no_paragraph_of_real_italian_articles_is_taken_for_another_language():
    from briefing.read.language import check_languages

    for folder in sorted(SHARED.glob("data/articles-it*")):
        articles, _ = read_corpus(folder)
        kept, warnings = check_languages(articles)
        assert len(kept) == len(articles) and not warnings, folder
        assert all(p.language == "it" for a in kept for p in a.paragraphs), folder


FOREIGN = {
    "en": "The government said on Monday that the state of the economy is improving, with "
          "inflation falling to 2 per cent and unemployment at its lowest level since 2008.",
    "fr": "Le gouvernement a annoncé lundi que l'état de l'économie s'améliore, avec une "
          "inflation qui tombe à 2 % et un chômage au plus bas depuis 2008.",
    "es": "El gobierno dijo el lunes que la situación de la economía está mejorando, con una "
          "inflación del 2 por ciento y el desempleo en su nivel más bajo desde 2008.",
    "pt": "O governo disse na segunda-feira que a situação da economia está a melhorar, com a "
          "inflação a cair para 2 por cento e o desemprego no nível mais baixo desde 2008.",
}


def test_plainly_italian_text_needs_no_language_model(corpus_articles):
    """Most Italian words known to the dictionary: Italian, lingua's models never loaded;
    other languages still go to lingua and are named."""
    from briefing.read import language

    language._detector.cache_clear()
    kept, warnings = language.check_languages(list(corpus_articles.values()))
    assert len(kept) == 5 and not warnings
    assert language._detector.cache_info().currsize == 0
    italian = ("Il sindaco ha spiegato ai giornalisti che i lavori sul ponte sono stati "
               "sospesi per alcuni giorni, in attesa della verifica dei tecnici regionali.")
    assert language._mostly_italian_words(italian)
    for code, text in FOREIGN.items():
        assert not language._mostly_italian_words(text), code
        assert language.clearly_not_italian(text) == code


@pytest.mark.parametrize("line,day", [
    ("(ANSA) - LUCCA (PISA), 15 FEB - Un morto nell'esplosione.", (2, 15)),
    ("Bergamo, 9 giu. (LaPresse) – Quattro feriti nella notte.", (6, 9)),
    ("(DIRE) Roma, 31 mar. - Dal primo aprile la bolletta sale.", (3, 31)),
    ("ROMA (ANSA) - Il consiglio dei ministri ha approvato il decreto.", None),
    ("Il 15 febbraio il consiglio ha approvato il decreto.", None),
    # an opening that names its own day, with its weekday
    ("Paura nella tarda mattinata di oggi, martedì 3 febbraio, al mercato coperto.", (2, 3)),
    ("Stamattina, venerdì 12 dicembre, la scuola è rimasta chiusa per il guasto.", (12, 12)),
    ("Oggi il sindaco ricorda il 12 dicembre, quando la scuola chiuse.", None),
    # "ieri, …": written the day after
    ("Poco dopo le 19 di ieri, lunedì 9 marzo, un treno ha urtato dei massi.", (3, 10)),
    ("Ieri sera, sabato 28 febbraio, il tetto ha ceduto sotto la neve.", (3, 1)),
    ("Ieri, venerdì 31 aprile, il tetto ha ceduto sotto la neve.", None),  # no such day
])
def test_a_dateline_with_no_year_keeps_its_day_and_month(tmp_path, line, day):
    """Not a date (no year), but enough to tell reports months apart."""
    f = _write(tmp_path, "a.txt", f"Titolo della notizia\n\n{line}\n\nSecondo paragrafo.\n")
    a, _ = read_article(f)
    assert a.date is None and a.dateline_day == day


@pytest.mark.parametrize("head, date_, outlet, author", [
    # a masthead, a date with its time, a byline, then the headline
    ("La Voce di Castello\n12 marzo 2026, ore 9:15\ndi Paolo Verdi\n\nCrolla un muro in "
     "centro, due feriti", "2026-03-12", "La Voce di Castello", "Paolo Verdi"),
    ("Crolla un muro in centro, due feriti\nLago Live | di Anna Neri | 4 aprile 2026, 20:45",
     "2026-04-04", "Lago Live", "Anna Neri"),
    ("Crolla un muro in centro, due feriti\nGazzetta del Lago | 3 marzo 2026, ore 9:15",
     "2026-03-03", "Gazzetta del Lago", None),
    ("Crolla un muro in centro, due feriti\ndi Anna Neri\n12/05/2026 - 10:30",
     "2026-05-12", None, "Anna Neri"),
    ("Crolla un muro in centro, due feriti\nAggiornato alle 18:40 del 20 febbraio 2025",
     "2025-02-20", None, None),
    # the date, then when the page was updated
    ("Crolla un muro in centro, due feriti\n7 aprile 2026 10:12 - Aggiornato alle 19:05",
     "2026-04-07", None, None),
    ("Crolla un muro in centro, due feriti\n8 aprile 2026, aggiornato alle 9.30",
     "2026-04-08", None, None),
    # a masthead and the date, split by a dash
    ("Lago News – 9 agosto 2026\n\nCrolla un muro in centro, due feriti", "2026-08-09",
     "Lago News", None),
])
def test_header_lines_as_news_sites_print_them(tmp_path, head, date_, outlet, author):
    f = _write(tmp_path, "a.txt", f"{head}\n\nIl muro di un vecchio palazzo è crollato ieri "
                                  "sera in via Roma, ha detto il sindaco.\n\nSecondo "
                                  "paragrafo del testo.\n")
    a, _ = read_article(f)
    assert (str(a.date), a.outlet, a.author) == (date_, outlet, author)
    assert a.title_it == "Crolla un muro in centro, due feriti"
    assert a.paragraphs[0].it.startswith("Il muro di un vecchio palazzo")


def test_a_headline_in_sentence_case_is_no_masthead(tmp_path):
    f = _write(tmp_path, "a.txt", "La voce dei sindaci\nI comuni chiedono più fondi\n"
                                  "di Anna Neri | 4 aprile 2026\n\nTesto del pezzo, con i "
                                  "sindaci in piazza.\n")
    a, _ = read_article(f)
    assert a.outlet is None and a.title_it == "La voce dei sindaci"


def test_a_dateline_with_its_year_dates_the_article(tmp_path):
    f = _write(tmp_path, "a.txt", "Crolla un muro in centro\n\nLUCCA, 5 marzo 2026 – Il muro "
                                  "di un vecchio palazzo è crollato ieri sera.\n")
    a, _ = read_article(f)
    assert str(a.date) == "2026-03-05"


def test_a_header_line_of_parts_split_by_a_middle_dot(tmp_path):
    f = _write(tmp_path, "a.txt", "Ciociaria Sera · 15 febbraio 2026\n\nCede una tribunetta "
                                  "durante la sfilata\n\nPaura ieri ad Alatri durante la "
                                  "sfilata dei carri, ha detto il sindaco.\n\nSecondo "
                                  "paragrafo.\n")
    a, _ = read_article(f)
    assert (str(a.date), a.outlet) == ("2026-02-15", "Ciociaria Sera")


def test_a_sites_address_above_the_headline_is_the_outlet(tmp_path):
    """"valdiserchionews.it" on a line of its own, then the date, then the headline: the
    address is the outlet and the headline the title (not the address as the title and the
    headline as the first paragraph)."""
    (tmp_path / "a.txt").write_text(
        "valdiserchionews.it\n9 novembre 2025\n\nCastelnuovo, famiglia intossicata dai "
        "funghi: quattro ricoverati\n\nCASTELNUOVO – Cinque persone della stessa famiglia "
        "si sono sentite male dopo una cena.\n", encoding="utf-8")
    a, _ = read_article(tmp_path / "a.txt")
    assert (a.outlet, a.date) == ("valdiserchionews.it", date(2025, 11, 9))
    assert a.title_it == "Castelnuovo, famiglia intossicata dai funghi: quattro ricoverati"
    assert a.paragraphs[0].it.startswith("CASTELNUOVO – Cinque persone")


def test_a_header_line_of_parts_opening_in_lower_case_is_not_joined_to_the_title(tmp_path):
    """"l'Attacco | 18 febbraio 2026 | di Andrea Soldi" under the headline: an outlet whose
    name opens with an elided article, its date and a byline — not the title's next line."""
    f = _write(tmp_path, "a.txt", "Crolla il palco a Lesina, due feriti\n"
               "l'Eco del Gargano | 3 marzo 2026 | di Lucia Ferri\n\n"
               "LESINA – Il palco della festa è crollato ieri sera.\n")
    a, _ = read_article(f)
    assert (a.title_it, a.date, a.outlet, a.author) == (
        "Crolla il palco a Lesina, due feriti", date(2026, 3, 3), "l'Eco del Gargano",
        "Lucia Ferri")
