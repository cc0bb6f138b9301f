"""Preview: clean one raw file and suggest spans without touching any database.

The same pipeline the importer runs (read → clean → suggest), returned in the contract's JSON shape
so outside scripts can check a file before importing it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate.cleaning import clean
from annotate.readers import read_path
from annotate.suggest import suggest


def preview_document(text: str, *, kind: str, encoding: str) -> dict[str, Any]:
    result = clean(text, kind=kind)
    suggestions = suggest(result.text)
    for s in suggestions:  # the contract's promise; a violation is a bug worth failing loudly on
        if result.text[s.start:s.end] != s.text:
            raise AssertionError(f"suggestion {s} does not match the clean text")
    report = dict(result.report)
    report["encoding"] = encoding
    report.setdefault("cleaner_version", result.version)
    return {"clean_text": result.text, "suggestions": [s.to_dict() for s in suggestions],
            "report": report}


def preview_path(path: Path) -> list[dict[str, Any]]:
    """One preview per document in the file (a .jsonl file may hold several)."""
    return [preview_document(raw.text, kind=raw.kind, encoding=raw.encoding) for raw in read_path(path)]
