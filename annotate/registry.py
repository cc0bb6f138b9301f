"""Name → entry registries, the one mechanism behind commands, readers, cleaning steps, suggesters
and export/import formats: a new capability is a new registered entry, never another ``elif``.

A ``Registry`` is a ``dict`` (so lookups and listings stay plain) that refuses a name registered
twice and, through ``require``, answers an unknown name with the names it knows (spaCy's registry
does the same), which is what a user who mistyped ``--format`` needs to read.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from typing import TypeVar

from annotate.errors import InputError

T = TypeVar("T")


class Registry(dict[str, T]):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def add(self, name: str, entry: T) -> T:
        if not name:
            raise ValueError(f"a {self.kind} needs a name")
        if name in self:
            raise ValueError(f"{self.kind} {name!r} registered twice")
        self[name] = entry
        return entry

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: register the decorated object under ``name``."""
        return lambda entry: self.add(name, entry)

    def require(self, name: str, *, option: str = "") -> T:
        """The entry called ``name``, or an ``InputError`` listing the known names."""
        try:
            return self[name]
        except KeyError:
            where = f"{option}: " if option else ""
            raise InputError(f"{where}{name!r} is not a known {self.kind}; choose one of "
                             f"{', '.join(sorted(self))}") from None


def import_submodules(package: str, path: Iterable[str], *, skip: Iterable[str] = ()) -> None:
    """Import every module of a package once, so that the entries they register exist."""
    skipped = set(skip)
    for info in pkgutil.iter_modules(path):
        if info.name not in skipped:
            importlib.import_module(f"{package}.{info.name}")
