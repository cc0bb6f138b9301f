"""Imports of annotations made elsewhere, as one named annotator's spans (docs/exports.md).

``import_annotations(path, *, annotator, format=None)`` reads a file (or brat folder) in one of the
registered formats (annotate/imports/formats/: jsonl, label-studio, brat, doccano, cluener), matches
each record to a stored document by the sha256 of its text, creates the document when there is none,
and stores the spans through ``annotate.ops.import_spans`` (origin ``imported``), then marks the
document done for that annotator (the work was finished elsewhere). Each record is one transaction;
a bad record (malformed JSON, bad offsets, text mismatch, unknown label, overlapping spans in a
schema that forbids them) is reported as an ``ImportIssue`` with its line and the rest goes in.
Files are read as streams, record by record.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from annotate.errors import InputError
from annotate.exports.records import text_hash
from annotate.imports.formats import guess_format, load_all
from annotate.imports.records import ImportIssue, ParsedRecord
from annotate.progress import NULL_REPORTER, Reporter

__all__ = ["AnnotationImportReport", "ImportIssue", "import_annotations", "IMPORT_CLEANER_VERSION"]

#: Document.cleaner_version of documents created by an annotation import: their text came cleaned
#: from elsewhere and was stored as given (raw = its UTF-8 bytes, identity offset map).
IMPORT_CLEANER_VERSION = "imported"


@dataclass
class AnnotationImportReport:
    format: str
    records: int = 0
    documents_created: int = 0
    documents_matched: int = 0
    spans: int = 0
    issues: list[ImportIssue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"format": self.format, "records": self.records, "documents_created": self.documents_created,
                "documents_matched": self.documents_matched, "spans": self.spans,
                "issues": [str(i) for i in self.issues], "notes": self.notes}


def import_annotations(path: Path | str, *, annotator: str, format: str | None = None,
                       reporter: Reporter = NULL_REPORTER) -> AnnotationImportReport:
    """Import ``path`` as ``annotator``'s spans; see the module docstring. InputError for bad usage."""
    from annotate import ops

    path = Path(path)
    name = format or guess_format(path)
    load_all().require(name, option="--format")
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    ops.ensure_annotator(annotator)
    labels, allow_overlap = _schema()
    report = AnnotationImportReport(format=name)
    for item in load_all()[name]().read(path):
        if isinstance(item, ImportIssue):
            report.issues.append(item)
            continue
        report.notes += item.notes
        problem = _problem(item, labels, allow_overlap)
        if problem:
            report.issues.append(ImportIssue(item.file, item.line, problem))
            continue
        _store(item, annotator, path, name, report)
        report.records += 1
        if report.records % 200 == 0:
            reporter.update(report.records, None, f"imported {report.records} records")
    reporter.update(report.records, report.records, f"imported {report.records} records")
    return report


def _schema() -> tuple[set[str], bool]:
    from annotate.schema import project_schema

    schema = project_schema()
    return set(schema.codes()), schema.allow_overlap


def _problem(record: ParsedRecord, labels: set[str], allow_overlap: bool) -> str | None:
    unknown = sorted({s.label for s in record.spans} - labels)
    if unknown:
        return f"unknown label(s) {', '.join(unknown)}; the project's labels are {', '.join(sorted(labels))}"
    if not allow_overlap:
        for a, b in zip(record.spans, record.spans[1:]):  # sorted by start
            if b.start < a.end:
                return (f"spans {a.start}-{a.end} {a.label} and {b.start}-{b.end} {b.label} overlap, "
                        "and this schema does not allow overlapping spans")
    return None


def _store(record: ParsedRecord, annotator: str, path: Path, fmt: str, report: AnnotationImportReport) -> None:
    """One record, one transaction: find or create the document, import spans, mark it done."""
    from annotate import ops
    from store.db import run_write

    def work() -> tuple[bool, str]:
        doc_id, created = _document(record, path, fmt)
        changes = ops.import_spans(annotator=annotator, document_id=doc_id,
                                   spans=[(s.start, s.end, s.label) for s in record.spans])
        if record.annotated:
            ops.set_document_status(annotator=annotator, document_id=doc_id, status="done")
        return created, changes.message

    created, message = run_write(work)
    if created:
        report.documents_created += 1
    else:
        report.documents_matched += 1
    report.spans += len(record.spans)
    if "skipped" in message:
        report.issues.append(ImportIssue(record.file, record.line, message))


def _document(record: ParsedRecord, path: Path, fmt: str) -> tuple[int, bool]:
    from annotate.cleaning.offsets import OffsetMap
    from store.models import Document

    digest = text_hash(record.text)
    found = Document.select(Document.id).where(Document.content_hash == digest).scalar()
    if found is not None:
        return int(found), False
    report = {"removed": [], "flags": [], "imported": {"file": path.name, "format": fmt}}
    doc = Document.create(content_hash=digest, source=record.source or path.name,
                          raw=record.text.encode("utf-8"), encoding="utf-8", clean_text=record.text,
                          length=len(record.text), offset_map=OffsetMap.identity(len(record.text)).to_json(),
                          report=json.dumps(report, ensure_ascii=False), cleaner_version=IMPORT_CLEANER_VERSION,
                          group_key=digest)
    return doc.id, True
