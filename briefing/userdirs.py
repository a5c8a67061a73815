"""Where briefing keeps its files in the user's folders (caches), overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "BRIEFING_CACHE_DIR"


def cache_dir() -> Path:
    """BRIEFING_CACHE_DIR, else the platform's user cache dir."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_cache_path("briefing")
