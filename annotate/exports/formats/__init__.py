"""Registry of export formats: each module here registers one ``Writer`` class by name.

``annotate.exports.FORMATS`` is built from this registry; the CLI's ``--format`` choices and the
window's export dialog come from it, so a new format is a new module, never a new branch.
"""
from __future__ import annotations

from typing import TypeVar

from annotate.exports.formats.base import Writer
from annotate.registry import Registry, import_submodules

WRITERS: Registry[type[Writer]] = Registry("export format")

W = TypeVar("W", bound=type[Writer])


def register(cls: W) -> W:
    """Class decorator: make ``cls`` the writer of the format ``cls.name``."""
    return WRITERS.add(cls.name, cls)


def load_all() -> dict[str, type[Writer]]:
    """Import every format module once (they register themselves) and return the registry."""
    import_submodules(__name__, __path__, skip=("base",))
    return WRITERS


