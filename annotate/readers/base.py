"""What a reader returns, and the registry of readers by kind."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from annotate.registry import Registry


@dataclass(frozen=True)
class RawDocument:
    """One document as read from a file, before cleaning.

    ``text`` is what the cleaner receives and what raw offsets index: the decoded file for .txt,
    the extracted main content for .html, paragraphs and table rows for .docx, a record's text for
    .jsonl. ``data`` keeps the file's bytes (for .jsonl: the record's line).
    """

    source: str
    data: bytes
    encoding: str
    text: str
    kind: str
    records: Optional[dict[str, Any]] = None  # the JSONL record (spans, meta, id) for kind "jsonl"
    line: Optional[int] = None  # 1-based line of a JSONL record


@dataclass(frozen=True)
class LineIssue:
    source: str
    line: Optional[int]
    message: str


@dataclass
class ReadResult:
    documents: list[RawDocument] = field(default_factory=list)
    issues: list[LineIssue] = field(default_factory=list)


Reader = Callable[[str, bytes], ReadResult]
READERS: Registry[Reader] = Registry("reader")


def reader(kind: str) -> Callable[[Reader], Reader]:
    """Register the reader of one kind of file (txt, html, docx, jsonl)."""
    return READERS.register(kind)
