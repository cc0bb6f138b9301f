"""Readers for the JSON-lines formats: the contract's JSONL, doccano JSONL and CLUENER2020.

All three are one JSON object per line; a line that is not JSON, or lacks a field, becomes an issue
with its line number and the other lines still go in.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from annotate.exports.records import RecordSpan, text_hash
from annotate.imports.formats import Reader, register
from annotate.imports.records import ImportIssue, ParsedRecord, check_spans


def first_object(path: Path) -> dict | None:
    """The first non-blank line of ``path`` parsed as a JSON object, or None."""
    if path.is_dir():
        return None
    try:
        with open(path, encoding="utf-8-sig") as handle:
            for line in handle:
                if line.strip():
                    value = json.loads(line)
                    return value if isinstance(value, dict) else None
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return None


class JsonLinesReader(Reader):
    """Shared loop: one object per line; subclasses turn an object into a record."""

    def read(self, path: Path) -> Iterator[ParsedRecord | ImportIssue]:
        name = str(path)
        with open(path, encoding="utf-8-sig", newline="\n") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    yield ImportIssue(name, number, f"not valid JSON: {exc}")
                    continue
                if not isinstance(obj, dict):
                    yield ImportIssue(name, number, "expected a JSON object")
                    continue
                text = obj.get("text")
                if not isinstance(text, str) or not text:
                    yield ImportIssue(name, number, "missing or empty field 'text'")
                    continue
                try:
                    yield self.parse(obj, text, name, number, path)
                except (KeyError, TypeError, ValueError) as exc:
                    yield ImportIssue(name, number, f"bad span list: {type(exc).__name__}: {exc}")

    def parse(self, obj: dict, text: str, name: str, number: int, path: Path) -> ParsedRecord | ImportIssue:
        raise NotImplementedError


def _record(name: str, number: int, text: str, raw: list[tuple[Any, Any, Any, Any]], **extra: Any
            ) -> ParsedRecord | ImportIssue:
    problem = check_spans(text, raw)
    if problem:
        return ImportIssue(name, number, problem)
    return ParsedRecord(name, number, text, [RecordSpan(s, e, label) for s, e, label, _ in raw], **extra)


@register
class ContractJsonlReader(JsonLinesReader):
    name = "jsonl"
    description = "the project's JSONL (id, text, spans with start/end/label/text, meta)"

    @classmethod
    def sniff(cls, path: Path, head: str) -> bool:
        obj = first_object(path)
        return obj is not None and isinstance(obj.get("spans"), list)

    def parse(self, obj, text, name, number, path):
        spans = obj.get("spans", [])
        if not isinstance(spans, list):
            return ImportIssue(name, number, "field 'spans' must be a list")
        raw = [(s["start"], s["end"], s["label"], s.get("text")) for s in spans]
        claimed = obj.get("id")
        if claimed is not None and claimed != text_hash(text):
            return ImportIssue(name, number, "field 'id' is not the sha256 of 'text' (text changed?)")
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        return _record(name, number, text, raw, source=str(meta.get("source") or ""),
                       annotated=meta.get("status") != "unannotated")


@register
class DoccanoReader(JsonLinesReader):
    name = "doccano"
    description = ("doccano JSONL: {text, label: [[start, end, LABEL]]} (or 'labels'), or "
                   "{text, entities: [{start_offset, end_offset, label}]}")

    @classmethod
    def sniff(cls, path: Path, head: str) -> bool:
        obj = first_object(path)
        return obj is not None and "text" in obj and (
            isinstance(obj.get("label"), list) or isinstance(obj.get("labels"), list)
            or isinstance(obj.get("entities"), list))

    def parse(self, obj, text, name, number, path):
        if isinstance(obj.get("entities"), list):
            raw = [(e["start_offset"], e["end_offset"], e["label"], None) for e in obj["entities"]]
        else:
            items = obj.get("label", obj.get("labels", []))
            if not isinstance(items, list):
                return ImportIssue(name, number, "field 'label' must be a list of [start, end, label]")
            raw = []
            for item in items:
                if not isinstance(item, list) or len(item) != 3:
                    return ImportIssue(name, number, f"label entry {item!r} is not [start, end, label]")
                raw.append((item[0], item[1], item[2], None))
        return _record(name, number, text, raw, source=str(obj.get("source") or ""))


@register
class CluenerReader(JsonLinesReader):
    name = "cluener"
    description = "CLUENER2020 JSON lines: {text, label: {LABEL: {surface: [[start, end inclusive]]}}}"

    @classmethod
    def sniff(cls, path: Path, head: str) -> bool:
        obj = first_object(path)
        return obj is not None and "text" in obj and isinstance(obj.get("label"), dict)

    def parse(self, obj, text, name, number, path):
        labels = obj.get("label", {})
        if not isinstance(labels, dict):
            return ImportIssue(name, number, "field 'label' must be an object {label: {surface: [[s, e]]}}")
        raw = []
        for label, surfaces in labels.items():
            if not isinstance(surfaces, dict):
                return ImportIssue(name, number, f"label {label!r}: expected {{surface: [[start, end]]}}")
            for surface, positions in surfaces.items():
                for pair in positions:
                    if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(p, int) for p in pair):
                        return ImportIssue(name, number, f"label {label!r} {surface!r}: {pair!r} is not [start, end]")
                    raw.append((pair[0], pair[1] + 1, label, surface))  # CLUENER ends are inclusive
        raw.sort(key=lambda t: (t[0], t[1], t[2]))
        return _record(name, number, text, raw)
