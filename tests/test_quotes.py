import pytest
from conftest import SHARED

from briefing.data import Article, Paragraph, Sentence
from briefing.extract.quotes import extract_quotes, is_key, key_quotes, same_quote
from briefing.read.files import read_article
from briefing.stories.merging import merge_across_articles


class _Speakers(dict):
    """Speaker by the opening words of the quote."""

    def __getitem__(self, prefix: str):
        hits = [v for k, v in self.items() if k.startswith(prefix.rstrip())]
        assert len(hits) == 1, f"{prefix!r}: {len(hits)} quotes"
        return hits[0]


def _speakers(article):
    return _Speakers((q.it, q.speaker) for q in key_quotes(extract_quotes(article)))


def _article(*paragraphs: str) -> Article:
    return Article(id="t", path=None, paragraphs=[Paragraph([Sentence(p)]) for p in paragraphs])


def test_attribution_after_quote(corpus_articles):
    s = _speakers(corpus_articles["000"])
    assert s["Su vostra iniziativa, come è ben noto, "] == "Vladimir Putin"  # ha dichiarato Putin
    assert s["A nome del popolo russo, desidero ringra"] == "Vladimir Putin"  # ha detto Putin
    # a paragraph that is only a quote continues the previous speaker
    assert s["I vostri soldati hanno combattuto con co"] == "Vladimir Putin"


def test_attribution_before_inside_and_continued(corpus_articles):
    s = _speakers(corpus_articles["001"])
    assert s["I legami di amicizia combattiva, buona v"] == "Vladimir Putin"  # Putin afferma: «
    assert s["Ciò è pienamente dimostrato dalla parte"] == "Vladimir Putin"  # ha proseguito.
    assert s["favorirà lo sviluppo delle relazioni tra"] == "Kim Jong Un"
    s4 = _speakers(corpus_articles["004"])
    assert s4["Gli amici coreani hanno agito in base a "] == "Vladimir Putin"  # - ha aggiunto -
    assert s4["Hanno dato la loro vita per la Russia, l"] == "Vladimir Putin"  # subtitle "Putin: «"
    assert s4["Una missione sacra che unisce i due Paes"] == "Kim Jong Un"
    assert s4["Il nostro accordo è in vigore. In base a"] == "Dmitri Peskov"


def test_implied_subject_and_descriptor(corpus_articles):
    s = _speakers(corpus_articles["002"])
    assert s["Vi prego di dare i miei più calorosi salu"] == "Donald Trump"  # ha detto in un post
    assert s["Se c'è un modo per aiutare la Russia, lo "] == "Kim Jong-un"  # il leader nordcoreano


def test_interjection_removed_from_quote_text(corpus_articles):
    q = [q for q in extract_quotes(corpus_articles["004"]) if q.it.startswith("Gli amici")][0]
    assert "ha aggiunto" not in q.it
    assert q.it.startswith("Gli amici coreani hanno agito")


def test_a_report_quoted_is_given_to_its_source(corpus_articles):
    # "Sempre secondo la KCNA, … «…» - si legge ancora", "La nota afferma che …": the
    # words are the agency's report, which the text names
    s = _speakers(corpus_articles["003"])
    assert set(s.values()) == {"KCNA"}


def test_scare_quotes_are_not_key(corpus_articles):
    texts = [q.it for q in key_quotes(extract_quotes(corpus_articles["001"]))]
    assert "eroici" not in texts and "soldati eccellenti" not in [t.lower() for t in texts]
    assert not is_key("soldati eccellenti") and not is_key("pienamente conformi")
    assert is_key("Il nostro accordo è in vigore.")


def test_same_quote_in_two_outlets_merged(corpus_articles):
    per = [key_quotes(extract_quotes(corpus_articles[k])) for k in ("000", "002")]
    merged, _ = merge_across_articles(per)
    shared = [q for q in merged if q.it.startswith("I vostri soldati hanno combattuto")]
    assert len(shared) == 1
    assert shared[0].sources == ["000_84a1bb3082a701f7", "002_4758a363c3274eb9"]
    assert shared[0].speaker == "Vladimir Putin"
    assert len(merged) == len(per[0]) + len(per[1]) - 1


def test_same_quote_tolerates_punctuation():
    assert same_quote("I vostri soldati hanno combattuto con coraggio ed eroismo.",
                      "I vostri soldati hanno combattuto con coraggio ed eroismo")
    assert not same_quote("Il popolo russo ricorderà per sempre il loro coraggio",
                          "Il popolo russo non dimenticherà mai l'impresa delle forze speciali")


def test_three_quote_styles():
    a = _article("«Primo: una frase intera di prova qui», ha detto Rossi.",
                 "“Secondo: una frase intera di prova qui”, ha detto Bianchi.",
                 "\"Terzo: una frase intera di prova qui\", ha detto Verdi.")
    assert [(q.it[:6], q.speaker) for q in extract_quotes(a)] == [
        ("Primo:", "Rossi"), ("Second", "Bianchi"), ("Terzo:", "Verdi")]


ARTICLES_IT = SHARED / "data" / "articles-it"


@pytest.mark.skipif(not ARTICLES_IT.is_dir(), reason="../shared/data/articles-it not present")
def test_other_outlets_attribution():
    carter, _ = read_article(ARTICLES_IT / "02_repubblica_carter_reazioni_leader.txt")
    s = _speakers(carter)
    # «Il mondo - ha dichiarato il presidente Joe Biden - ha perso…»: descriptor + name inside
    assert s["Il mondo ha perso uno straordinario leader"] == "Joe Biden"
    # «Per sei decenni - ha aggiunto assieme alla moglie Jill - …»: same speaker goes on
    assert s["Per sei decenni abbiamo avuto"] == "Joe Biden"
    aceto, _ = read_article(ARTICLES_IT / "09_gazzettamodena_furto_aceto_balsamico_consorzio.txt")
    s = _speakers(aceto)
    # "come spiega Enrico Corsini, il presidente del Consorzio: «…»"
    assert s["In questi giorni abbiamo dei lavori in corso"] == "Enrico Corsini"
    # «…» riferisce il presidente: the descriptor points back to the last speaker
    assert s["Abbiamo dei campioni che dobbiamo tenere"] == "Enrico Corsini"


@pytest.mark.skipif(not (SHARED / "data" / "newstest2009-it-en").is_dir(),
                    reason="../shared/data/newstest2009-it-en not present")
def test_merge_finds_every_match_a_full_comparison_finds():
    """The pre-filter of merge_across_articles must never hide a match: compare it with
    checking every pair, on news sentences with small edits, repeats, cuts and extensions."""
    import random

    from briefing.data import Quote

    rng = random.Random(7)
    lines = [ln for ln in (SHARED / "data" / "newstest2009-it-en" / "it.txt").read_text(
        encoding="utf-8").splitlines() if 20 < len(ln) < 300][:150]

    def variant(text: str) -> str:
        kind = rng.randrange(5)
        if kind == 0:  # a few characters edited
            chars = list(text)
            for _ in range(rng.randrange(1, 6)):
                chars[rng.randrange(len(chars))] = rng.choice("aeiou ,.")
            return "".join(chars)
        if kind == 1:  # cut short: a substring
            return text[: max(31, len(text) * 2 // 3)]
        if kind == 2:  # extended
            return text + " " + rng.choice(lines)[:40]
        return text if kind == 3 else rng.choice(lines)

    per_article = [[Quote(it=variant(rng.choice(lines)), speaker=rng.choice([None, "A", "B"]),
                          context_it="", sources=[f"a{i}"]) for _ in range(4)]
                   for i in range(120)]
    expected: list[list] = []  # brute force, every pair: [text, speaker, sources]
    for quotes in per_article:
        for q in quotes:
            for m in expected:
                if same_quote(q.it, m[0]) and (q.speaker == m[1] or not q.speaker or not m[1]):
                    m[2].extend(s for s in q.sources if s not in m[2])
                    m[1] = m[1] or q.speaker
                    break
            else:
                expected.append([q.it, q.speaker, list(q.sources)])
    merged, _ = merge_across_articles(per_article)
    assert [[m.it, m.speaker, m.sources] for m in merged] == expected
    assert any(len(m.sources) > 1 for m in merged) and len(merged) < 480  # matches were found


def test_a_statement_given_in_part_then_whole_is_kept_whole():
    from briefing.data import Quote
    from briefing.extract.quotes import key_quotes
    part = Quote(it="Nessuno torni a casa senza il via libera dei tecnici", speaker=None,
                 context_it="")
    whole = Quote(it="Nessuno torni a casa senza il via libera dei tecnici. Ci sono edifici "
                     "con le fondamenta scalzate", speaker="Antonio Cafiero", context_it="")
    assert [q.it for q in key_quotes([part, whole])] == [whole.it]
