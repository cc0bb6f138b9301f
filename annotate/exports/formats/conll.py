"""Character-level CoNLL files (MSRA / People's Daily style): ``char<TAB>tag`` per line.

Each document starts with a ``-DOCSTART-<TAB>O`` line and a blank line (CoNLL-2003 convention that
common readers skip); sentences are separated by a blank line. See annotate/exports/tagging.py for
how whitespace and sentence ends are handled.
"""
from __future__ import annotations

from pathlib import Path

from annotate.exports.formats import register
from annotate.exports.formats.base import ExportContext, Writer, open_text
from annotate.exports.records import Record
from annotate.exports.tagging import conll_block, tag_document

DOCSTART = "-DOCSTART-\tO\n\n"


class _CharTagWriter(Writer):
    scheme = "bio"

    def __init__(self, out_dir: Path, stem: str, context: ExportContext) -> None:
        super().__init__(out_dir, stem, context)
        self.path = out_dir / f"{stem}.{self.scheme}"
        self._file = open_text(self.path)

    def write(self, record: Record) -> None:
        warn = lambda message: self.context.warn(f"{record.id[:12]} ({record.source}): {message}")  # noqa: E731
        tags, kept = tag_document(record.text, record.spans, self.scheme, warn)
        self._file.write(DOCSTART)
        self._file.write(conll_block(record.text, tags, kept))

    def close(self) -> list[Path]:
        self._file.close()
        return [self.path]


@register
class BioWriter(_CharTagWriter):
    name = "bio"
    description = "character-level BIO, one 'char<TAB>tag' per line, sentences split at 。！？；"
    scheme = "bio"


@register
class BioesWriter(_CharTagWriter):
    name = "bioes"
    description = "character-level BIOES (S- for one-character entities, E- for the last character)"
    scheme = "bioes"


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Read a file written here back: documents → sentences → (char, tag). For tests and checks."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    with open(path, encoding="utf-8", newline="\n") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                documents.append([])
                continue
            if not line:
                if sentence:
                    documents[-1].append(sentence)
                    sentence = []
                continue
            ch, tag = line.split("\t")
            sentence.append((ch, tag))
    if sentence:
        documents[-1].append(sentence)
    return documents
