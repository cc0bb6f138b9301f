"""Where shipped data and per-user data live.

Shipped data sits in the ``resources`` package so that an installed wheel and a checkout find it the
same way; per-user data (the default database, the jieba cache) goes to platformdirs' data dir so
that two users of one machine never share a writable cache (jieba issues #26, #903).
"""
from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "annotate-zh"


def resources_dir() -> Path:
    """The folder of shipped data files (schemas, rules, gazetteers, samples, translations)."""
    return Path(str(files("resources")))


def resource(*parts: str) -> Path:
    """Path of one shipped data file, e.g. ``resource("schemas", "default.json")``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user writable folder; ``ANNOTATE_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("ANNOTATE_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> str:
    """The SQLite file used when neither ``--db`` nor ``ANNOTATE_DB`` names one."""
    return str(user_data_dir() / "annotate.sqlite")
