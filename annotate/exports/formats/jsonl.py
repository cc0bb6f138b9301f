"""The contract's JSONL (cli-contract.md): one document per line, spans end exclusive, with meta."""
from __future__ import annotations

import json
from pathlib import Path

from annotate.exports.formats import register
from annotate.exports.formats.base import ExportContext, Writer, open_text
from annotate.exports.records import Record


def dumps(record: Record) -> str:
    """One JSONL line; Chinese kept as is (``ensure_ascii=False``) so files stay readable and small."""
    return json.dumps(record.to_json_dict(), ensure_ascii=False, separators=(", ", ": "))


@register
class JsonlWriter(Writer):
    name = "jsonl"
    description = "JSON lines in the project's contract shape (id, text, spans, meta); re-importable"

    def __init__(self, out_dir: Path, stem: str, context: ExportContext) -> None:
        super().__init__(out_dir, stem, context)
        self.path = out_dir / f"{stem}.jsonl"
        self._file = open_text(self.path)

    def write(self, record: Record) -> None:
        self._file.write(dumps(record))
        self._file.write("\n")

    def close(self) -> list[Path]:
        self._file.close()
        return [self.path]
