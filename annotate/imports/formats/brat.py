"""brat standoff: a folder of ``<name>.txt`` + ``<name>.ann`` pairs (or one ``.ann`` file).

Text-bound lines (``T<n><TAB><LABEL> <start> <end>[;<start> <end>...]<TAB><text>``) become spans;
a discontinuous annotation becomes one span from its first start to its last end when only
whitespace lies between the fragments (how our exporter writes spans across line breaks), and an
issue otherwise. Relations, events, attributes and notes are ignored. The ``.txt`` is read without
newline translation so offsets stay exact.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from annotate.exports.records import RecordSpan
from annotate.imports.formats import Reader, register
from annotate.imports.records import ImportIssue, ParsedRecord, check_spans


@register
class BratReader(Reader):
    name = "brat"
    description = "brat standoff: a folder of .txt/.ann pairs (text-bound annotations)"

    @classmethod
    def sniff(cls, path: Path, head: str) -> bool:
        if path.is_dir():
            return next(path.rglob("*.ann"), None) is not None
        return path.suffix == ".ann"

    def read(self, path: Path) -> Iterator[ParsedRecord | ImportIssue]:
        files = sorted(path.rglob("*.ann")) if path.is_dir() else [path]
        for ann in files:
            yield self.parse(ann)

    def parse(self, ann: Path) -> ParsedRecord | ImportIssue:
        txt = ann.with_suffix(".txt")
        try:
            with open(txt, encoding="utf-8", newline="") as handle:
                text = handle.read()
            with open(ann, encoding="utf-8", newline="") as handle:
                lines = handle.read().split("\n")
        except (OSError, UnicodeDecodeError) as exc:
            return ImportIssue(str(ann), 0, f"cannot read {txt.name} / {ann.name}: {exc}")
        raw = []
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\r")
            if not line.startswith("T"):
                continue
            parts = line.split("\t", 2)
            if len(parts) < 2:
                return ImportIssue(str(ann), number, "text-bound line needs 'T<n>\\t<LABEL> <start> <end>\\t<text>'")
            label, _, offsets = parts[1].partition(" ")
            try:
                pieces = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
                if any(len(p) != 2 for p in pieces):
                    raise ValueError(offsets)
            except ValueError:
                return ImportIssue(str(ann), number, f"bad offsets {offsets!r}")
            start, end = pieces[0][0], pieces[-1][1]
            for (_, prev_end), (next_start, _) in zip(pieces, pieces[1:]):
                if not text[prev_end:next_start].isspace() and prev_end != next_start:
                    return ImportIssue(str(ann), number, f"discontinuous annotation {offsets!r} has text "
                                       "between its fragments; only line-break gaps can be joined")
            claimed = " ".join(text[s:e] for s, e in pieces) if len(parts) == 3 else None
            if claimed is not None and claimed != parts[2]:
                return ImportIssue(str(ann), number, f"text {parts[2]!r} does not match {claimed!r} at {offsets}")
            raw.append((start, end, label, None))
            if not 0 <= start < end <= len(text):
                return ImportIssue(str(ann), number, f"offsets {offsets} outside {txt.name} (length {len(text)})")
        problem = check_spans(text, raw)
        if problem:
            return ImportIssue(str(ann), 0, problem)
        raw.sort(key=lambda t: (t[0], t[1], t[2]))
        return ParsedRecord(str(ann), 0, text, [RecordSpan(s, e, label) for s, e, label, _ in raw],
                            source=txt.name)
