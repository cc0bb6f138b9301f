"""Loading the suggesters' data files from resources/ (cached: each file is read once per process).

Word lists, rules and gazetteers live in resources/suggest and resources/gazetteers, never in code.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from annotate.errors import InputError
from annotate.paths import resource


def _json(*parts: str) -> dict:
    path = resource(*parts)
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read suggester data: {exc}") from exc


def _lines(*parts: str) -> list[str]:
    """Non-empty, non-comment lines of a text resource."""
    path = resource(*parts)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read suggester data: {exc}") from exc
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def numbers() -> dict:
    return _json("suggest", "numbers.json")


@lru_cache(maxsize=None)
def orgs() -> dict:
    return _json("suggest", "orgs.json")


@lru_cache(maxsize=None)
def places() -> dict:
    return _json("suggest", "places.json")


@lru_cache(maxsize=None)
def persons() -> dict:
    return _json("suggest", "persons.json")


@lru_cache(maxsize=None)
def learned() -> dict:
    return _json("suggest", "learned.json")


@lru_cache(maxsize=None)
def quotes() -> dict:
    return _json("suggest", "quotes.json")


@lru_cache(maxsize=None)
def honors() -> list[str]:
    return _lines("suggest", "honors.txt")


@lru_cache(maxsize=None)
def known_persons() -> list[str]:
    """Leaders the genre cites by name without a cue (学习贯彻习近平总书记…)."""
    return _lines("suggest", "known_persons.txt")


@lru_cache(maxsize=None)
def org_names() -> list[str]:
    return _lines("suggest", "org_names.txt")


@lru_cache(maxsize=None)
def campaigns() -> list[str]:
    return _lines("suggest", "campaigns.txt")


@lru_cache(maxsize=None)
def honor_levels() -> list[str]:
    return _lines("suggest", "honor_levels.txt")


@lru_cache(maxsize=None)
def calibration() -> dict:
    path = resource("suggest", "calibration.json")
    if not Path(path).exists():
        return {"rules": {}, "default": 0.5}
    return _json("suggest", "calibration.json")


@lru_cache(maxsize=None)
def divisions() -> list[tuple[str, str]]:
    """(name, kind) rows of the generated administrative-division gazetteer."""
    rows = []
    for line in _lines("gazetteers", "divisions.tsv"):
        name, kind = line.split("\t")[:2]
        rows.append((name, kind))
    return rows


def longest_first(words) -> list[str]:
    """For regex alternations: longer alternatives must be tried first."""
    return sorted(set(words), key=lambda w: (-len(w), w))


@lru_cache(maxsize=None)
def given_name_freq() -> list[str]:
    """Given-name characters ranked by frequency (generated from ngender; see build_gazetteers.py)."""
    return [line.split("\t")[0] for line in _lines("suggest", "given_name_freq.tsv")]


@lru_cache(maxsize=None)
def minority_name_parts() -> list[str]:
    """Parts of minority given names (阿依, 古丽, 扎西, 多吉 ...)."""
    return _lines("suggest", "minority_names.txt")
