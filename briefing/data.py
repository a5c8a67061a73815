"""Typed records passed between the pipeline stages.

Every English string keeps the Italian it came from, so each figure, quote and
summary line in the briefing can be traced back to its article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.extract.found import How


@dataclass(frozen=True)
class Options:
    """What shapes an article's analysis besides its text (part of the analysis key)."""

    sentences: int = 3
    algorithm: str = "lexrank"


@dataclass
class Sentence:
    """One Italian sentence and (after translation) its English version."""

    it: str
    en: str | None = None


@dataclass
class Paragraph:
    """A paragraph as the article laid it out; ``heading`` marks an intertitle."""

    sentences: list[Sentence]
    heading: bool = False
    language: str = "it"  # another language inside an Italian article: kept as written

    @property
    def it(self) -> str:
        return " ".join(s.it for s in self.sentences)

    @property
    def en(self) -> str:
        return " ".join(s.en or "" for s in self.sentences).strip()


@dataclass
class Article:
    """An article as read from disk: metadata plus segmented Italian text."""

    id: str
    path: Path
    paragraphs: list[Paragraph]
    title_it: str | None = None
    title_en: str | None = None
    date: date | None = None
    author: str | None = None
    outlet: str | None = None
    language: str = "it"  # "en": kept as written, not translated
    url: str | None = None  # where the article was published, when the user says
    dateline_day: tuple[int, int] | None = None  # (month, day) of an undated dateline

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    def opening(self, n: int) -> str:
        """The first ``n`` words (English once translated): what stands in for a missing
        title."""
        if not self.sentences:
            return self.id
        words = (self.sentences[0].en or self.sentences[0].it).split()
        return " ".join(words[:n]) + (" …" if len(words) > n else "")


@dataclass
class Quote:
    """A direct quotation with the person (or body) it is attributed to."""

    it: str
    speaker: str | None
    context_it: str
    en: str | None = None
    sources: list[str] = field(default_factory=list)  # article ids carrying the same quote
    position: int = 0  # paragraph of the article where the quote starts
    statement: int | None = None  # which of the briefing's merged statements it is
    speaker_en: str | None = None  # the speaker in English: a name as written, a role or
    # a body translated ("il suo portavoce" → "his spokesman", "Cremlino" → "the Kremlin")
    via: How | None = None  # where the text gave the attribution


@dataclass
class Figure:
    """A number found in the text, normalised, with what it counts and where it was said."""

    value: float
    it: str
    context_it: str
    value_max: float | None = None
    approx: bool = False
    unit: str | None = None
    category: str = "count"
    qualifier: str | None = None
    en: str | None = None
    context_en: str | None = None
    unit_it: str | None = None  # the Italian noun the unit was read from
    vague: bool = False  # "migliaia", "centinaia": an order of magnitude, not a count
    role: str | None = None  # casualties: "killed", "injured", "missing" or "rescued"
    part_of: str | None = None  # a subset of another count ("tra cui 6 bambini": "injured")
    claimant: str | None = None  # who gives the number ("police", "organisers", a speaker)
    subject: str | None = None  # what it measures ("participation", "salary", "crowd")
    kind: str | None = None  # a kind of what it counts ("da crociera" missiles), "average"
    update: bool = False  # said as a change ("il bilancio sale a 11"): one of several values
    key: bool = True  # worth a reader's key-figure table (False: trivia, kept in the JSON)
    offset: int = -1  # where ``it`` starts in ``context_it`` (-1: not recorded)
    scope: str | None = None  # where it holds, when said: a place ("Sicilia"), "local", "national"
    sum_of: str | None = None  # money: the Italian noun the sum is of ("incentivo", "base")
    side: str | None = None  # soldiers or their losses: whose ("ethiopia", "russia")
    period: str | None = None  # the span it is counted over ("1 day", "3 day", "1 year")
    instead_of: float | None = None  # the value its sentence sets aside ("62mila, non 480mila")

    def at(self) -> int:
        """Where the figure's words start in its sentence: the recorded offset, since the
        same words may stand twice ("due morti, due dispersi")."""
        if 0 <= self.offset and self.context_it.startswith(self.it, self.offset):
            return self.offset
        return self.context_it.find(self.it)


@dataclass
class DateMention:
    """A date or year the article mentions (never a figure), for a story timeline."""

    it: str
    context_it: str
    kind: str  # "day", "month" or "year"
    date: date | None = None  # when the text names a whole day
    year: int | None = None


@dataclass(frozen=True)
class TranslationInfo:
    """Which engine translated a run, shown on the cover and in the JSON."""

    engine: str  # "argos" or "apertium"
    model: str  # package name or language-pair chain
    version: str
    rough: bool = False  # rule-based fallback: the reader is told

    @property
    def label(self) -> str:
        if self.engine == "apertium":
            return f"Apertium {self.model}, rough rule-based translation"
        return f"Argos Translate {self.model}"


@dataclass
class Warning_:
    """A problem the user should see; ``article`` is None for run-wide problems."""

    article: str | None
    message: str


@dataclass(frozen=True)
class Name:
    """Someone or something the article names, as it writes it (its longest form)."""

    text: str  # "Giorgia Meloni", "Il Sole 24 Ore", "Kiev"
    key: str  # for comparing: no case, accents or hyphens
    mentions: int
    person: bool = False  # a person (a first name, a person's role or title), not a body or place
    same_as: str | None = None  # another name the text says is the same person ("al secolo")


@dataclass
class TranslationChecks:
    """What the translation of one article lost or left, for the JSON and the warnings."""

    numbers_lost: int = 0  # sentences whose English lost a number (or its per cent)
    names_lost: list[str] = field(default_factory=list)  # names missing from the English
    untranslated: list[str] = field(default_factory=list)  # Italian words left as written
    pieces: int = 0  # over-long sentences translated in pieces
    kept_in_italian: int = 0  # pieces the engine refused, kept in Italian and marked


@dataclass
class ArticleReport:
    """Everything the briefing shows for one article."""

    article: Article
    summary: list[Sentence]
    quotes: list[Quote]
    figures: list[Figure]
    dates: list[DateMention] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)  # people, bodies, places it names
    checks: TranslationChecks | None = None  # filled by the translation

    def name_counts(self) -> dict[str, int]:
        """Mentions by name key (for comparing articles)."""
        return {n.key: n.mentions for n in self.names}


@dataclass
class SummaryLine:
    """A sentence of a story's merged summary, with the article it comes from."""

    sentence: Sentence
    article: str


@dataclass
class StoryFigure:
    """One fact as one or more sources state it (agreeing values shown once)."""

    figure: Figure
    sources: list[str]  # article ids, in the story's order
    figures: list[Figure] = field(default_factory=list)  # each source's own wording


@dataclass
class ConflictValue:
    """What one source says in a disagreement."""

    figure: Figure
    article: str


@dataclass
class Conflict:
    """Sources counting the same thing in one story but giving different numbers."""

    about: str
    category: str
    unit: str | None
    values: list[ConflictValue]
    kind: str = "differ"  # "update" (later reports, later numbers), "claims" (rival sources)


@dataclass
class Story:
    """Articles about the same event or development, with what they say together."""

    id: str
    article_ids: list[str]
    headline_en: str
    headline_it: str | None
    summary: list[SummaryLine] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[StoryFigure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class Briefing:
    """The whole briefing as it is rendered to PDF/HTML/JSON/Markdown."""

    date: date
    title: str
    reports: list[ArticleReport]
    warnings: list[Warning_] = field(default_factory=list)
    key_quotes: list[Quote] = field(default_factory=list)
    translation: TranslationInfo | None = None
    stories: list[Story] = field(default_factory=list)
    week: str | None = None  # ISO week the briefing covers ("2025-W36"), if asked for

    @property
    def period(self) -> tuple[date | None, date | None]:
        dates = [r.article.date for r in self.reports if r.article.date]
        return (min(dates), max(dates)) if dates else (None, None)
