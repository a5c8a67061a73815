"""What a reader must be told about a translated article: numbers its English lost, and
words the engine left in Italian."""

from __future__ import annotations

from briefing.data import Article, Warning_
from briefing.italian.numbers import digit_strings
from briefing.translate.batch import English, cut_note


def number_check(article: Article) -> Warning_ | None:
    """Flag sentences whose English lost one of the Italian numbers (or its per cent)."""
    bad = [s for s in article.sentences if s.en is not None
           and not digit_strings(s.it, percent=True) <= digit_strings(s.en, percent=True)]
    if not bad:
        return None
    example = bad[0].it if len(bad[0].it) < 90 else bad[0].it[:87] + "…"
    return Warning_(article.id, f"{len(bad)} sentence(s) lost a number in translation; check "
                                f"the figures against the Italian (first: “{example}”)")


def unknown_words_check(article: Article, unknown: dict[str, list[str]]) -> Warning_ | None:
    """Count the words the engine left in Italian (Apertium marks them; Argos never)."""
    sources = [s.it for s in article.sentences] + ([article.title_it] if article.title_it else [])
    words = [w for s in sources for w in unknown.get(s, [])]
    if not words:
        return None
    shown = ", ".join(dict.fromkeys(words[:8]))
    return Warning_(article.id, f"{len(words)} word(s) left untranslated by the engine "
                                f"(kept as written): {shown}{', …' if len(words) > 8 else ''}")


def article_checks(article: Article, english: English) -> list[Warning_]:
    """Numbers lost, words left in Italian, sentences translated in pieces."""
    checks = (number_check(article), unknown_words_check(article, english.unknown),
              cut_note(article, english))
    return [w for w in checks if w]
