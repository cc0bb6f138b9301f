"""brat standoff: per document ``<id>.txt`` (the clean text, byte for byte) and ``<id>.ann``.

``.ann`` lines are ``T<n><TAB><LABEL> <start> <end><TAB><text>`` with code-point offsets, end
exclusive. brat cannot show a text-bound annotation across a line break, so a span containing
line breaks is written in brat's discontinuous form (``start end;start end``, one fragment per line,
fragment texts joined by a space); the importer joins the fragments back into one span.
``annotation.conf`` (the label list) sits at the top of the export folder, where brat looks for it.
Files are named by the document id (sha256 of the text).
"""
from __future__ import annotations

from pathlib import Path

from annotate.exports.formats import register
from annotate.exports.formats.base import ExportContext, Writer, open_text
from annotate.exports.records import Record

LINE_BREAKS = "\n\r\u2028\u2029"


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) at line breaks into non-empty pieces without them."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for i in range(start, end):
        if text[i] in LINE_BREAKS:
            if i > piece_start:
                pieces.append((piece_start, i))
            piece_start = i + 1
    if end > piece_start:
        pieces.append((piece_start, end))
    return pieces


def ann_text(record: Record) -> str:
    lines = []
    for n, span in enumerate(record.spans, 1):
        pieces = fragments(record.text, span.start, span.end) or [(span.start, span.end)]
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        surface = " ".join(record.text[s:e] for s, e in pieces)
        lines.append(f"T{n}\t{span.label} {offsets}\t{surface}\n")
    return "".join(lines)


@register
class BratWriter(Writer):
    name = "brat"
    description = "brat standoff: <id>.txt and <id>.ann per document, annotation.conf; re-importable"

    def __init__(self, out_dir: Path, stem: str, context: ExportContext) -> None:
        super().__init__(out_dir, stem, context)
        self.folder = out_dir / stem
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def write(self, record: Record) -> None:
        with open_text(self.folder / f"{record.id}.txt") as handle:
            handle.write(record.text)
        with open_text(self.folder / f"{record.id}.ann") as handle:
            handle.write(ann_text(record))
        self.count += 1

    def close(self) -> list[Path]:
        return [self.folder]

    @classmethod
    def finish(cls, out_dir: Path, context: ExportContext) -> list[Path]:
        path = out_dir / "annotation.conf"
        codes = "\n".join(label.code for label in context.schema.labels)
        with open_text(path) as handle:
            handle.write(f"[entities]\n{codes}\n\n[relations]\n\n[events]\n\n[attributes]\n")
        return [path]
