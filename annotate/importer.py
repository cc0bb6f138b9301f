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
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import Any, Iterable, Optional

from annotate.cleaning import clean
from annotate.cleaning.signature import NEAR_DUPLICATE, SKETCH_SIZE, sketch, similarity
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
    """Sketches of the documents already in the database, loaded once per import, with an inverted
    index (sketch value -> documents holding it).

    The answer is the one of comparing the new sketch with every stored one (the most similar
    document, the first of equally similar ones, its score even below the threshold), found
    without doing so: a document sharing no value scores 0 and never wins, and one sharing ``s``
    values scores at most ``s / min(k, |a| + |b| - s)`` (``similarity`` counts shared values among
    the union's ``k`` smallest). Documents are scored in order of that bound until it falls below
    the best score, so a lookup costs a pass over the index's matching entries (counted in C) and a
    few exact comparisons, not one Python comparison per stored document.
    Only the report's tail is read from the database (the signature is stored near its end).
    """

    TAIL = 4000  # characters of the report read first: enough for the signature and what follows

    def __init__(self) -> None:
        from peewee import fn

        from store.models import Document

        self.signatures: list[list[int]] = []
        self.sizes: list[int] = []  # distinct values per signature
        self.keys: list[str] = []
        self.index: dict[int, list[int]] = {}
        tail = fn.SUBSTR(Document.report, fn.LENGTH(Document.report) - self.TAIL + 1)
        rows = (Document.select(Document.id, Document.group_key, tail.alias("tail"))
                .order_by(Document.id).tuples().iterator())
        for doc_id, group_key, report_tail in rows:
            signature = _signature_from_tail(report_tail or "")
            if signature is None:  # not in the tail: parse the whole report (older layouts)
                signature = _signature_from_report(Document.get_by_id(doc_id).report)
            if signature:
                self.add(signature, group_key)

    def key_for(self, signature: list[int], content_hash: str) -> tuple[str, float]:
        values = set(signature)
        shared = Counter(chain.from_iterable(map(self.index.get, values, repeat(()))))
        size = len(values)
        bounds = sorted((-count / min(SKETCH_SIZE, size + self.sizes[d] - count), d)
                        for d, count in shared.items())  # highest bound first, then load order
        best, best_doc = 0.0, -1
        for negative_bound, d in bounds:
            if -negative_bound < best:
                break  # no remaining document can reach the best score
            score = similarity(signature, self.signatures[d])
            if score > best or (score == best and score > 0 and d < best_doc):
                best, best_doc = score, d
        key = self.keys[best_doc] if best_doc >= 0 and best >= NEAR_DUPLICATE else content_hash
        return key, best

    def add(self, signature: list[int], key: str) -> None:
        ident = len(self.signatures)
        values = set(signature)
        self.signatures.append(signature)
        self.sizes.append(len(values))
        self.keys.append(key)
        for value in values:
            self.index.setdefault(value, []).append(ident)


_SIGNATURE_KEY = '"signature":['


def _signature_from_tail(tail: str) -> list[int] | None:
    """The signature list when the report's tail holds it whole, else None."""
    at = tail.rfind(_SIGNATURE_KEY)
    if at < 0:
        return None
    start = at + len(_SIGNATURE_KEY) - 1
    end = tail.find("]", start)
    if end < 0:
        return None
    try:
        values = json.loads(tail[start:end + 1])
    except ValueError:
        return None
    return values if all(isinstance(v, int) for v in values) else None


def _signature_from_report(report: str) -> list[int]:
    try:
        return json.loads(report).get("signature") or []
    except (ValueError, AttributeError):
        return []


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
