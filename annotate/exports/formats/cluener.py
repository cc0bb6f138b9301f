"""CLUENER2020 JSON lines: ``{"text", "label": {LABEL: {surface: [[start, end_inclusive], ...]}}}``.

The shape is CLUENER's, the label names are the project's codes (PER, ORG, ...): CLUENER's ten
labels do not map one to one onto ours (their organization/government/company split, no DATE or
MONEY), and renaming would lose information a round trip needs. End offsets are inclusive, as in
CLUENER. Files are named ``train.json`` etc. like CLUENER's, one object per line.
"""
from __future__ import annotations

import json

from annotate.exports.formats import register
from annotate.exports.formats.base import LineWriter
from annotate.exports.records import Record


def cluener_record(record: Record) -> dict:
    labels: dict[str, dict[str, list[list[int]]]] = {}
    for span in record.spans:  # sorted by start, so insertion order is deterministic
        surface = record.text[span.start:span.end]
        labels.setdefault(span.label, {}).setdefault(surface, []).append([span.start, span.end - 1])
    return {"text": record.text, "label": labels}


@register
class CluenerWriter(LineWriter):
    name = "cluener"
    description = "CLUENER2020 JSON lines (label → surface → [[start, end inclusive]]), project label codes"
    extension = "json"

    def line(self, record: Record) -> str:
        return json.dumps(cluener_record(record), ensure_ascii=False)
