"""Registry of annotation import formats: each module here registers one ``Reader`` by name.

``guess_format`` picks a reader from the file's name and first bytes when the user gives none.
"""
from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Iterator, TypeVar

from annotate.errors import InputError
from annotate.imports.records import ImportIssue, ParsedRecord
from annotate.registry import Registry, import_submodules


class Reader:
    """Reads one file (or folder) into parsed records and issues, streaming."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    @classmethod
    def sniff(cls, path: Path, head: str) -> bool:
        """Does ``path`` (whose first characters are ``head``) look like this format?"""
        return False

    def read(self, path: Path) -> Iterator[ParsedRecord | ImportIssue]:
        raise NotImplementedError


READERS: Registry[type[Reader]] = Registry("import format")
R = TypeVar("R", bound=type[Reader])


def register(cls: R) -> R:
    return READERS.add(cls.name, cls)


def load_all() -> dict[str, type[Reader]]:
    import_submodules(__name__, __path__)
    return READERS


def read_head(path: Path, size: int = 4096) -> str:
    """The first characters of a file (or of the first .ann file in a folder), for sniffing."""
    if path.is_dir():
        return ""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            return handle.read(size)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def guess_format(path: Path) -> str:
    """The first registered reader that recognises ``path``; InputError naming the file otherwise."""
    readers = load_all()
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    head = read_head(path)
    for name in PRIORITY + sorted(set(readers) - set(PRIORITY)):
        if name in readers and readers[name].sniff(path, head):
            return name
    raise InputError(f"{path}: cannot tell the format; give --format ({', '.join(sorted(readers))})")


#: sniffing order: the most specific shapes first
PRIORITY = ["brat", "label-studio", "jsonl", "cluener", "doccano"]
