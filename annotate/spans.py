"""The small value types that cross layers: suggested spans and changes made by an operation.

Offsets are always Python string indices (code points) into a document's clean text, end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SpanSuggestion:
    """A machine-proposed span. ``score`` is an estimate of precision in [0, 1]."""

    start: int
    end: int
    label: str
    text: str
    score: float
    source: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text,
                "score": round(self.score, 4), "source": self.source}


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so that a view refreshes only that (Anki's OpChanges idea)."""

    document_ids: frozenset[int] = field(default_factory=frozenset)
    spans: bool = False
    suggestions: bool = False
    gold: bool = False
    document_status: bool = False
    labels: bool = False
    span_ids: tuple[int, ...] = ()
    action_id: int | None = None
    message: str = ""
