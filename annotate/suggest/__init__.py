"""Entity suggestions for clean text: ``suggest(text, learned=None) -> list[SpanSuggestion]``.

Suggesters register themselves (annotate.suggest.registry); importing this package imports them.
``SUGGESTER_VERSION`` changes whenever any suggester, its data or the calibration changes, so stored
suggestions can be recomputed (annotate.suggest.storage).
"""
from __future__ import annotations

import hashlib

from annotate.paths import resources_dir
from annotate.suggest import learned, numbers, orgs, persons, places, quotes  # noqa: F401  (registration)
from annotate.suggest import lac  # noqa: F401  (optional suggester; absent package -> skipped)
from annotate.suggest.learned import LearnedPatterns
from annotate.suggest.pipeline import DEFAULT_MIN_SCORE, suggest
from annotate.suggest.registry import SUGGESTERS

ENGINE_VERSION = "2"  # 2: learned edge conventions after resolution; a conjunction before 长/委 is no county


def _data_fingerprint() -> str:
    """Short hash of the suggesters' data files, so editing a word list changes the version."""
    h = hashlib.sha256()
    for folder in ("suggest", "gazetteers"):
        for path in sorted((resources_dir() / folder).glob("*")):
            if path.is_file() and not path.name.startswith("__"):
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:8]


def suggester_versions() -> dict[str, str]:
    """Each registered suggester's own version (what SUGGESTER_VERSION summarises)."""
    return {name: entry.version for name, entry in SUGGESTERS.items()}


def _version() -> str:
    """Short enough for Suggestion.version (60 chars): engine version plus a hash of the parts."""
    parts = ";".join(f"{name}={version}" for name, version in suggester_versions().items())
    digest = hashlib.sha256(f"{parts}|{_data_fingerprint()}".encode()).hexdigest()[:12]
    return f"suggest-{ENGINE_VERSION}-{digest}"


SUGGESTER_VERSION = _version()

__all__ = ["suggest", "SUGGESTER_VERSION", "LearnedPatterns", "DEFAULT_MIN_SCORE"]
