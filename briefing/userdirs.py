"""Where briefing keeps its files in the user's folders (caches, the user's glossary),
overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "BRIEFING_CACHE_DIR"
CONFIG_ENV = "BRIEFING_CONFIG_DIR"


def cache_dir() -> Path:
    """BRIEFING_CACHE_DIR, else the platform's user cache dir."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_cache_path("briefing")


def config_dir() -> Path:
    """BRIEFING_CONFIG_DIR, else the platform's user config dir (the user's glossary.tsv)."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_config_path("briefing")
