"""The contract's JSONL (cli-contract.md): one document per line, spans end exclusive, with meta."""
from __future__ import annotations

import json

from annotate.exports.formats import register
from annotate.exports.formats.base import LineWriter
from annotate.exports.records import Record


def dumps(record: Record) -> str:
    """One JSONL line; Chinese kept as is (``ensure_ascii=False``) so files stay readable and small."""
    return json.dumps(record.to_json_dict(), ensure_ascii=False, separators=(", ", ": "))


@register
class JsonlWriter(LineWriter):
    name = "jsonl"
    description = "JSON lines in the project's contract shape (id, text, spans, meta); re-importable"
    extension = "jsonl"

    def line(self, record: Record) -> str:
        return dumps(record)
