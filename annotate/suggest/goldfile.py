"""Gold files: the contract's JSONL shape, and the inline markup they are written in.

Gold documents are written by hand as text with inline marks ⟦surface|LABEL⟧ (readable and easy to
review in a diff) and converted to JSONL ({"id","text","spans":[{start,end,label,text}],"meta"}).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from annotate.errors import InputError

MARK_RE = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z]+)⟧")


@dataclass
class GoldDoc:
    id: str
    text: str
    spans: list[tuple[int, int, str]]
    meta: dict


def parse_markup(marked: str, *, where: str = "markup") -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and (start, end, label) spans from ⟦surface|LABEL⟧ marks."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, label = m.group(1), m.group(2)
        spans.append((length, length + len(surface), label))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        line = text[:text.find("⟦") if "⟦" in text else text.find("⟧")].count("\n") + 1
        raise InputError(f"{where}: line {line}: unbalanced ⟦ ⟧ mark")
    return text, spans


def to_markup(text: str, spans) -> str:
    """Inverse of ``parse_markup`` for non-overlapping spans."""
    out, pos = [], 0
    for start, end, label in sorted(spans):
        out.append(text[pos:start])
        out.append(f"⟦{text[start:end]}|{label}⟧")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def doc_record(text: str, spans, meta: dict) -> dict:
    return {"id": hashlib.sha256(text.encode("utf-8")).hexdigest(), "text": text,
            "spans": [{"start": s, "end": e, "label": lab, "text": text[s:e]} for s, e, lab in sorted(spans)],
            "meta": meta}


def read_jsonl(path: Path) -> list[GoldDoc]:
    docs = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = rec["text"]
            spans = [(int(s["start"]), int(s["end"]), str(s["label"])) for s in rec["spans"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: line {n}: not a gold record: {exc}") from exc
        for s, e, lab in spans:
            if not 0 <= s < e <= len(text):
                raise InputError(f"{path}: line {n}: span {s}-{e} {lab} outside the text")
        docs.append(GoldDoc(rec.get("id", ""), text, spans, rec.get("meta", {})))
    return docs


def read_gold(folder: Path, pattern: str = "*.jsonl") -> list[GoldDoc]:
    docs = []
    for path in sorted(Path(folder).glob(pattern)):
        docs.extend(read_jsonl(path))
    return docs
