"""What every export format implements: a writer per split, plus folder-level set-up and finish.

A writer gets records one at a time and writes them straight to disk (``write``), so an export never
holds more than one batch of documents; ``close`` returns the files it wrote.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from annotate.exports.records import Record
from annotate.schema import Schema

MAX_WARNINGS = 200


@dataclass
class ExportContext:
    """Shared by the writers of one export: the schema, format options and collected warnings."""

    out_dir: Path
    schema: Schema
    options: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    warning_count: int = 0

    def warn(self, message: str) -> None:
        """Record a problem that did not stop the export (kept to the first MAX_WARNINGS)."""
        self.warning_count += 1
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(message)


class Writer:
    """Base class of a format's writer for one split (``stem`` is the split name, or ``data``)."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    needs_predictions: ClassVar[bool] = False

    def __init__(self, out_dir: Path, stem: str, context: ExportContext) -> None:
        self.out_dir = out_dir
        self.stem = stem
        self.context = context

    @classmethod
    def begin(cls, out_dir: Path, context: ExportContext) -> None:
        """Check the format can run (e.g. an optional library) before anything is written."""

    def write(self, record: Record) -> None:
        raise NotImplementedError

    def close(self) -> list[Path]:
        raise NotImplementedError

    @classmethod
    def finish(cls, out_dir: Path, context: ExportContext) -> list[Path]:
        """Folder-level files written once after all splits (e.g. brat's annotation.conf)."""
        return []


class LineWriter(Writer):
    """A writer of one text line per record into ``<split>.<extension>`` (JSON lines formats)."""

    extension: ClassVar[str] = ""

    def __init__(self, out_dir: Path, stem: str, context: ExportContext) -> None:
        super().__init__(out_dir, stem, context)
        self.path = out_dir / f"{stem}.{self.extension}"
        self._file = open_text(self.path)

    def line(self, record: Record) -> str:
        raise NotImplementedError

    def write(self, record: Record) -> None:
        self._file.write(self.line(record))
        self._file.write("\n")

    def close(self) -> list[Path]:
        self._file.close()
        return [self.path]


def open_text(path: Path):
    """A UTF-8 text file with ``\\n`` line ends on every platform (exports must be byte-identical)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8", newline="\n")
