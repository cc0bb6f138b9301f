"""What importers produce: parsed records to store, and issues for records that cannot be used.

A reader turns a file into a stream of ``ParsedRecord`` and ``ImportIssue`` items, so one bad record
never stops the others and nothing but the current record is held in memory.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from annotate.exports.records import RecordSpan


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """A record left out: the file, its line (or task number for JSON arrays) and the reason."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(slots=True)
class ParsedRecord:
    """One document's text and spans as read from a file (offsets: code points, end exclusive)."""

    file: str
    line: int
    text: str
    spans: list[RecordSpan]
    source: str = ""
    expected_id: str | None = None  # an id the file claims (sha256 of text), checked when storing
    annotated: bool = True  # False: the file has the text but no annotation of it
    notes: list[str] = field(default_factory=list)


def check_spans(text: str, spans: list[tuple[int, int, str, str | None]]) -> str | None:
    """The first problem with (start, end, label, claimed text) spans against ``text``, or None."""
    for start, end, label, claimed in spans:
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
            return f"span {start}-{end} {label}: offsets must be integers"
        if not 0 <= start < end <= len(text):
            return f"span {start}-{end} {label}: offsets outside the text (length {len(text)})"
        if not isinstance(label, str) or not label:
            return f"span {start}-{end}: missing label"
        if claimed is not None and text[start:end] != claimed:
            return (f"span {start}-{end} {label}: text {claimed!r} does not match the document's "
                    f"{text[start:end]!r}")
    return None
