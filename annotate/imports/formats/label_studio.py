"""Label Studio JSON exports (the "JSON" export: a list of tasks; "JSON-MIN" is read too).

Per task: the text is ``data.text`` (else the longest string in ``data``); the annotation imported
is the ground-truth one if any, else the newest not cancelled (by ``updated_at``/``created_at``),
since the spans go in as ONE named annotator's work; the others are named in a note. Regions of
type ``labels`` become spans, one per label. Offsets: code points, as Label Studio stores them since
its emoji fix (PR #1559); when a region's ``text`` does not match at those offsets but does at
UTF-16 offsets (older versions), the offsets are converted and a note says so. Predictions are not
imported (they are a model's, not an annotator's). Large files are parsed as a stream with ijson
when it is installed; without it the whole JSON array is loaded.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from annotate.exports.records import RecordSpan
from annotate.imports.formats import Reader, register
from annotate.imports.records import ImportIssue, ParsedRecord, check_spans

SPAN_TYPES = ("labels",)


def iter_array(path: Path) -> Iterator[Any]:
    """The items of a top-level JSON array, streamed with ijson when available."""
    try:
        import ijson
    except ImportError:
        ijson = None
    with open(path, "rb") as handle:
        if ijson is not None:
            yield from ijson.items(handle, "item", use_float=True)
        else:
            data = json.load(handle)
            if not isinstance(data, list):
                raise ValueError("expected a JSON array of tasks")
            yield from data


def utf16_to_codepoints(text: str) -> dict[int, int]:
    """Map UTF-16 offsets to code-point offsets (only where they differ matters)."""
    mapping = {}
    unit = 0
    for i, ch in enumerate(text):
        mapping[unit] = i
        unit += 2 if ord(ch) > 0xFFFF else 1
    mapping[unit] = len(text)
    return mapping


def task_text(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("text"), str):
        return data["text"]
    strings = [v for v in data.values() if isinstance(v, str)]
    return max(strings, key=len) if strings else None


def pick_annotation(annotations: list[dict]) -> tuple[dict | None, str | None]:
    """The annotation to import and, when there was a choice, a note saying which."""
    usable = [a for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")]
    if not usable:
        return None, None
    gold = [a for a in usable if a.get("ground_truth")]
    pool = gold or usable
    chosen = max(enumerate(pool), key=lambda p: (str(p[1].get("updated_at") or p[1].get("created_at") or ""), p[0]))[1]
    if len(usable) == 1:
        return chosen, None
    why = "the ground-truth one" if gold else "the newest"
    return chosen, (f"{len(usable)} annotations; imported {why} (id {chosen.get('id', '?')}, "
                    f"completed_by {_who(chosen)})")


def _who(annotation: dict) -> str:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return str(who.get("email") or who.get("id") or "?")
    return str(who) if who is not None else "?"


def region_spans(text: str, result: list[dict], notes: list[str]) -> list[tuple[Any, Any, Any, Any]]:
    """(start, end, label, text) from result regions, converting UTF-16 offsets when needed."""
    raw = []
    mapping: dict[int, int] | None = None
    for item in result:
        if not isinstance(item, dict) or item.get("type") not in SPAN_TYPES:
            continue
        value = item.get("value") or {}
        start, end, claimed = value.get("start"), value.get("end"), value.get("text")
        if (isinstance(start, int) and isinstance(end, int) and claimed is not None
                and text[start:end] != claimed):
            if mapping is None:
                mapping = utf16_to_codepoints(text)
            if start in mapping and end in mapping and text[mapping[start]:mapping[end]] == claimed:
                notes.append(f"region {item.get('id', '?')}: UTF-16 offsets {start}-{end} converted "
                             f"to code points {mapping[start]}-{mapping[end]}")
                start, end = mapping[start], mapping[end]
        for label in value.get("labels") or [None]:
            raw.append((start, end, label, claimed))
    return raw


@register
class LabelStudioReader(Reader):
    name = "label-studio"
    description = "Label Studio JSON export (list of tasks with annotations; JSON-MIN too)"

    @classmethod
    def sniff(cls, path: Path, head: str) -> bool:
        return path.is_file() and head.lstrip().startswith("[")

    def read(self, path: Path) -> Iterator[ParsedRecord | ImportIssue]:
        name = str(path)
        number = 0
        try:
            for number, task in enumerate(iter_array(path), 1):
                yield self.parse(task, name, number)
        except ValueError as exc:  # json.JSONDecodeError and ijson's errors derive from ValueError
            yield ImportIssue(name, number + 1, f"not a valid JSON array of tasks (task {number + 1}): {exc}")

    def parse(self, task: Any, name: str, number: int) -> ParsedRecord | ImportIssue:
        where = f"task {number}"
        if not isinstance(task, dict):
            return ImportIssue(name, number, f"{where}: expected a JSON object")
        notes: list[str] = []
        if "data" in task:
            text = task_text(task.get("data"))
            annotations = task.get("annotations") or task.get("completions") or []
            if not isinstance(annotations, list):
                return ImportIssue(name, number, f"{where}: 'annotations' must be a list")
            chosen, note = pick_annotation(annotations)
            if note:
                notes.append(f"{where}: {note}")
            result = (chosen or {}).get("result") or []
            source = task["data"].get("source", "") if isinstance(task["data"], dict) else ""
            annotated = chosen is not None
        else:  # JSON-MIN: flat task with the labels under the control's name (usually "label")
            text = task.get("text") if isinstance(task.get("text"), str) else None
            regions = next((v for k, v in task.items() if isinstance(v, list) and v and isinstance(v[0], dict)
                            and "labels" in v[0]), [])
            result = [{"type": "labels", "value": r} for r in regions]
            source, annotated = "", True
        if not text:
            return ImportIssue(name, number, f"{where}: no text in 'data'")
        if not isinstance(result, list):
            return ImportIssue(name, number, f"{where}: annotation 'result' must be a list")
        raw = region_spans(text, result, notes)
        problem = check_spans(text, raw)
        if problem:
            return ImportIssue(name, number, f"{where}: {problem}")
        raw.sort(key=lambda t: (t[0], t[1], t[2]))
        return ParsedRecord(name, number, text, [RecordSpan(s, e, label) for s, e, label, _ in raw],
                            source=str(source or ""), annotated=annotated, notes=notes)
