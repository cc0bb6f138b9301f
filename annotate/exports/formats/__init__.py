"""Registry of export formats: each module here registers one ``Writer`` class by name.

``annotate.exports.FORMATS`` is built from this registry; the CLI's ``--format`` choices and the
window's export dialog come from it, so a new format is a new module, never a new branch.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import TypeVar

from annotate.exports.formats.base import Writer

WRITERS: dict[str, type[Writer]] = {}

W = TypeVar("W", bound=type[Writer])


def register(cls: W) -> W:
    """Class decorator: make ``cls`` the writer of the format ``cls.name``."""
    if not cls.name or cls.name in WRITERS:
        raise ValueError(f"export format {cls.name!r} is unnamed or registered twice")
    WRITERS[cls.name] = cls
    return cls


def load_all() -> dict[str, type[Writer]]:
    """Import every format module once (they register themselves) and return the registry."""
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")
    return WRITERS


