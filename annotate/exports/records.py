"""The record every export format writes and every importer reads: one document with its spans.

A record is the contract's JSONL line (cli-contract.md) plus what the exporter needs and the JSONL
does not carry: the database id and the group key (near-duplicates share one, so splits keep them
together), and optionally the machine suggestions (Label Studio writes them as predictions).
Formatting code sees only records, never the database, so formats are pure and testable.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RecordSpan:
    """A span in a record: code-point offsets into the record's text, end exclusive."""

    start: int
    end: int
    label: str
    score: float | None = None  # only for predictions

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(slots=True)
class Record:
    """One document as exported: ``id`` is the sha256 of ``text`` (Document.content_hash)."""

    id: str
    text: str
    spans: list[RecordSpan]
    source: str = ""
    annotators: list[str] = field(default_factory=list)
    status: str = "gold"
    doc_id: int | None = None
    group_key: str = ""
    predictions: list[RecordSpan] = field(default_factory=list)
    prediction_version: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        """The contract's JSONL shape, keys in the contract's order."""
        return {
            "id": self.id,
            "text": self.text,
            "spans": [{"start": s.start, "end": s.end, "label": s.label, "text": s.text_in(self.text)}
                      for s in self.spans],
            "meta": {"source": self.source, "annotators": list(self.annotators), "status": self.status},
        }


def text_hash(text: str) -> str:
    """The document id used everywhere: sha256 of the clean text's UTF-8 bytes (Document.content_hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sort_spans(spans: list[RecordSpan]) -> list[RecordSpan]:
    """Spans in the one order every format writes them: by start, then end, then label."""
    return sorted(spans, key=lambda s: (s.start, s.end, s.label))
