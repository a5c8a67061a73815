import pytest

from briefing.extract.summarizing import ALGORITHMS, summarize


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_summary_sentences_come_from_the_article(corpus_articles, algorithm):
    for article in corpus_articles.values():
        summary = summarize(article, 3, algorithm)
        sentences = article.sentences
        assert len(summary) == 3
        positions = [sentences.index(s) for s in summary]  # the very Sentence objects
        assert positions == sorted(positions)  # reading order


def test_length_is_selectable(corpus_articles):
    assert len(summarize(corpus_articles["004"], 5)) == 5
    assert len(summarize(corpus_articles["004"], 1)) == 1


def test_unknown_algorithm(corpus_articles):
    with pytest.raises(ValueError):
        summarize(corpus_articles["004"], 3, "bogus")
