"""Importing raw files into the project database.

Each document is read, cleaned and stored in one transaction (nothing half-written): raw bytes,
encoding, clean text, offset map, report and cleaner version. The same clean text imported twice is
recognised by its SHA-256 and not stored again. Near-duplicates across the corpus share a
``group_key`` (the group of the most similar earlier document, estimated from MinHash sketches kept
in the report) so that later exports keep them in one split. Bad files and bad JSONL lines become
``ImportIssue``s and the rest of the batch goes on.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from annotate.cleaning import clean
from annotate.cleaning.signature import NEAR_DUPLICATE, sketch, similarity
from annotate.errors import InputError
from annotate.progress import NULL_REPORTER, Reporter
from annotate.readers import RawDocument, iter_input_files, read_file


@dataclass(frozen=True)
class ImportIssue:
    file: str
    line: Optional[int]
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    errors: list[ImportIssue] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)
    duplicate_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    suggested: Optional[int] = None


class _Groups:
    """Sketches of the documents already in the database, loaded once per import."""

    def __init__(self) -> None:
        from store.models import Document

        self.known: list[tuple[list[int], str]] = []
        for row in Document.select(Document.report, Document.group_key).iterator():
            try:
                signature = json.loads(row.report).get("signature") or []
            except (ValueError, AttributeError):
                signature = []
            if signature:
                self.known.append((signature, row.group_key))

    def key_for(self, signature: list[int], content_hash: str) -> tuple[str, float]:
        best, key = 0.0, content_hash
        for other, group in self.known:
            score = similarity(signature, other)
            if score > best:
                best, key = score, group
        return (key, best) if best >= NEAR_DUPLICATE else (content_hash, best)

    def add(self, signature: list[int], key: str) -> None:
        self.known.append((signature, key))


def _annotator_id(name: str) -> int:
    try:
        ops = importlib.import_module("annotate.ops")
        return int(ops.ensure_annotator(name))
    except (ImportError, AttributeError):
        from store.models import Annotator

        return Annotator.get_or_create(name=name)[0].id


def _assign(document_id: int, annotator_id: int) -> None:
    from peewee import fn

    from store.models import Assignment

    if Assignment.select().where((Assignment.document == document_id)
                                 & (Assignment.annotator == annotator_id)).exists():
        return
    last = Assignment.select(fn.MAX(Assignment.position)).where(
        Assignment.annotator == annotator_id).scalar()
    Assignment.create(document=document_id, annotator=annotator_id, position=(last or 0) + 1)


def _import_spans(raw: RawDocument, document_id: int, annotator: str, report: ImportReport) -> None:
    spans = (raw.records or {}).get("spans") or []
    if not spans:
        return
    ops = importlib.import_module("annotate.ops")
    import_spans = getattr(ops, "import_spans", None)
    if import_spans is None:
        report.warnings.append(f"{raw.source}: spans not stored (annotate.ops.import_spans is missing)")
        return
    changes = import_spans(annotator=annotator, document_id=document_id, spans=spans)
    message = getattr(changes, "message", "") or ""
    if "skipped" in message:
        report.warnings.append(f"{raw.source}: {message}")


def _store(raw: RawDocument, annotator: Optional[str], groups: _Groups, report: ImportReport) -> None:
    from store.db import db
    from store.models import Document

    result = clean(raw.text, kind=raw.kind)
    if not result.text.strip():
        raise InputError(f"{raw.source}: nothing left after cleaning (the file holds no body text)")
    content_hash = hashlib.sha256(result.text.encode("utf-8")).hexdigest()
    with db.atomic():
        existing = Document.get_or_none(Document.content_hash == content_hash)
        if existing is not None:
            report.duplicates += 1
            report.duplicate_ids.append(existing.id)
            if annotator:
                _assign(existing.id, _annotator_id(annotator))
            return
        signature = sketch(result.text)
        group_key, score = groups.key_for(signature, content_hash)
        body: dict[str, Any] = dict(result.report)
        body.update({"source": raw.source, "encoding": raw.encoding, "signature": signature,
                     "near_duplicate_similarity": round(score, 3)})
        document = Document.create(
            content_hash=content_hash, source=raw.source[:500], raw=raw.data, encoding=raw.encoding,
            clean_text=result.text, length=len(result.text), offset_map=result.offset_map.to_json(),
            report=json.dumps(body, ensure_ascii=False, separators=(",", ":")),
            cleaner_version=result.version, group_key=group_key)
        if annotator:
            _assign(document.id, _annotator_id(annotator))
            if raw.kind == "jsonl":
                _import_spans(raw, document.id, annotator, report)
    groups.add(signature, group_key)
    report.imported += 1
    report.document_ids.append(document.id)


def _refresh_suggestions(report: ImportReport, reporter: Reporter) -> None:
    try:
        storage = importlib.import_module("annotate.suggest.storage")
    except ImportError as exc:
        report.warnings.append(f"suggestions not computed: annotate.suggest.storage unavailable ({exc})")
        return
    report.suggested = storage.refresh_suggestions(report.document_ids, reporter=reporter)


def import_paths(paths: Iterable[str | os.PathLike[str]], *, annotator: Optional[str] = None,
                 reporter: Reporter = NULL_REPORTER, suggest: bool = True) -> ImportReport:
    """Import files and folders; returns counts and the issues of files or lines that failed.

    Needs an open database (``annotate.project.open_project``). Cancelling through the reporter
    stops between documents; what was stored stays stored.
    """
    files = list(iter_input_files(paths))
    report = ImportReport()
    groups = _Groups()
    reporter.update(0, len(files), "importing")
    for done, path in enumerate(files, 1):
        try:
            result = read_file(path)
        except InputError as exc:
            report.errors.append(ImportIssue(str(path), None, _strip_name(str(exc), str(path))))
        else:
            for issue in result.issues:
                report.errors.append(ImportIssue(str(path), issue.line, issue.message))
            for raw in result.documents:
                try:
                    _store(raw, annotator, groups, report)
                except InputError as exc:
                    report.errors.append(ImportIssue(str(path), raw.line, _strip_name(str(exc), raw.source)))
                except Exception as exc:  # one bad document must not stop the batch
                    report.errors.append(ImportIssue(str(path), raw.line, f"{type(exc).__name__}: {exc}"))
        reporter.update(done, len(files), path.name)
    if suggest and report.document_ids:
        _refresh_suggestions(report, reporter)
    return report


def _strip_name(message: str, name: str) -> str:
    """Issues carry the file separately; drop a leading 'file: ' from the error text."""
    for prefix in (f"{name}: ", f"{os.path.basename(name)}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message
