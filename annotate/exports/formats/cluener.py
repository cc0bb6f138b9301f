"""CLUENER2020 JSON lines: ``{"text", "label": {LABEL: {surface: [[start, end_inclusive], ...]}}}``.

The shape is CLUENER's, the label names are the project's codes (PER, ORG, ...): CLUENER's ten
labels do not map one to one onto ours (their organization/government/company split, no DATE or
MONEY), and renaming would lose information a round trip needs. End offsets are inclusive, as in
CLUENER. Files are named ``train.json`` etc. like CLUENER's, one object per line.
"""
from __future__ import annotations

import json
from pathlib import Path

from annotate.exports.formats import register
from annotate.exports.formats.base import ExportContext, Writer, open_text
from annotate.exports.records import Record


def cluener_record(record: Record) -> dict:
    labels: dict[str, dict[str, list[list[int]]]] = {}
    for span in record.spans:  # sorted by start, so insertion order is deterministic
        surface = record.text[span.start:span.end]
        labels.setdefault(span.label, {}).setdefault(surface, []).append([span.start, span.end - 1])
    return {"text": record.text, "label": labels}


@register
class CluenerWriter(Writer):
    name = "cluener"
    description = "CLUENER2020 JSON lines (label → surface → [[start, end inclusive]]), project label codes"

    def __init__(self, out_dir: Path, stem: str, context: ExportContext) -> None:
        super().__init__(out_dir, stem, context)
        self.path = out_dir / f"{stem}.json"
        self._file = open_text(self.path)

    def write(self, record: Record) -> None:
        self._file.write(json.dumps(cluener_record(record), ensure_ascii=False))
        self._file.write("\n")

    def close(self) -> list[Path]:
        self._file.close()
        return [self.path]
