"""briefing: Italian news articles to an English PDF briefing, offline."""

__version__ = "1.0.0"
