"""Read queries the window, the CLI and exports build on: never write, a few SQL statements each.

Queue modes: a project where an annotator has explicit assignments (rows made by the assignment
tools, ``auto=False``) shows that annotator only those documents, in ``position`` order; an annotator
without any sees every document in import order (the one-person project needs no assigning). Rows
the operations create on a first action (``auto=True``) carry a status in both modes but do not
switch the mode.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from peewee import JOIN, Tuple, fn

from annotate.errors import InputError
from store.db import db
from store.models import Annotator, Assignment, Document, Span, Suggestion, SuggestionDecision

OPEN = ("assigned", "in_progress")
DEFAULT_STATUS = "assigned"


@dataclass(frozen=True)
class DocumentView:
    """Everything the annotation view shows for one document and one annotator.

    ``spans``: dicts id, start, end, label, origin, suggestion (id or None), note.
    ``suggestions``: dicts id, start, end, label, text, score, source, decision (None,
    'accepted' or 'rejected': this annotator's). ``flags``: the cleaner's flags from its report.
    """

    id: int
    source: str
    text: str
    status: str
    spans: list[dict]
    suggestions: list[dict]
    cleaner_version: str = ""
    flags: list[dict] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class QueueRow:
    document_id: int
    source: str
    status: str
    position: int
    length: int
    spans: int  # the annotator's spans in this document


def annotator_id(name: str) -> int | None:
    """The id of an existing annotator, or None (queries never create annotators)."""
    return Annotator.select(Annotator.id).where(Annotator.name == name).scalar()


def has_explicit_assignments(annotator: int) -> bool:
    return (Assignment.select(Assignment.id)
            .where(Assignment.annotator == annotator, Assignment.auto == False)  # noqa: E712
            .exists())


def document_view(document_id: int, annotator: str) -> DocumentView:
    """The text with this annotator's spans, status and decisions on the machine suggestions."""
    row = (Document.select(Document.id, Document.source, Document.clean_text, Document.cleaner_version,
                           Document.report)
           .where(Document.id == document_id).tuples().first())
    if row is None:
        raise InputError(f"document {document_id} does not exist")
    doc_id, source, text, cleaner_version, report = row
    who = annotator_id(annotator)
    status = DEFAULT_STATUS
    spans: list[dict] = []
    if who is not None:
        status = (Assignment.select(Assignment.status)
                  .where(Assignment.document == doc_id, Assignment.annotator == who)
                  .scalar()) or DEFAULT_STATUS
        spans = _dict_rows(Span.select(Span.id, Span.start, Span.end, Span.label, Span.origin,
                                       Span.suggestion, Span.note)
                           .where(Span.document == doc_id, Span.annotator == who)
                           .order_by(Span.start, Span.end, Span.label),  # the unique index's order
                           ("id", "start", "end", "label", "origin", "suggestion", "note"))
    columns = [Suggestion.id, Suggestion.start, Suggestion.end, Suggestion.label, Suggestion.text,
               Suggestion.score, Suggestion.source]
    names = ("id", "start", "end", "label", "text", "score", "source", "decision")
    # -1 never matches an annotator: an unknown annotator has no decisions
    suggestions = _dict_rows(
        Suggestion.select(*columns, SuggestionDecision.decision)
        .join(SuggestionDecision, JOIN.LEFT_OUTER,
              on=((SuggestionDecision.suggestion == Suggestion.id)
                  & (SuggestionDecision.annotator == (who if who is not None else -1))))
        .where(Suggestion.document == doc_id)
        .order_by(Suggestion.start, Suggestion.end, Suggestion.label), names)  # index order
    try:
        flags = list(json.loads(report or "{}").get("flags", []))
    except (ValueError, AttributeError):
        flags = []
    return DocumentView(doc_id, source, text, status, spans, suggestions, cleaner_version, flags)


def _dict_rows(query, names: tuple[str, ...]) -> list[dict]:
    """Rows as dicts straight from the cursor: peewee's per-field conversion costs more than the
    query itself for a document's thousands of spans, and these columns need none."""
    cursor = db.execute(query)
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def queue(annotator: str, *, status: str | None = None, search: str | None = None,
          limit: int | None = None, offset: int = 0) -> list[QueueRow]:
    """The annotator's documents in queue order, optionally of one ``status`` and/or whose source
    name or text contains ``search``; ``limit``/``offset`` page through long queues."""
    who = annotator_id(annotator)
    explicit = who is not None and has_explicit_assignments(who)
    if explicit:
        query = (Document.select(Document.id, Document.source, Assignment.status, Assignment.position,
                                 Document.length)
                 .join(Assignment, on=(Assignment.document == Document.id))
                 .where(Assignment.annotator == who)
                 .order_by(Assignment.position, Assignment.id))
        status_col = Assignment.status
    else:
        status_col = fn.COALESCE(Assignment.status, DEFAULT_STATUS)
        query = (Document.select(Document.id, Document.source, status_col,
                                 fn.COALESCE(Assignment.position, Document.id), Document.length)
                 .join(Assignment, JOIN.LEFT_OUTER,
                       on=((Assignment.document == Document.id) & (Assignment.annotator == who)))
                 .order_by(Document.id))
    if status is not None:
        query = query.where(status_col == status)
    if search:
        # contains() escapes % and _ in ``search`` and matches case-insensitively.
        query = query.where(Document.source.contains(search) | Document.clean_text.contains(search))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    rows = list(query.tuples())
    counts = _span_counts(who, [r[0] for r in rows]) if who is not None else {}
    return [QueueRow(doc_id, source, st, position, length, counts.get(doc_id, 0))
            for doc_id, source, st, position, length in rows]


def _span_counts(who: int, document_ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for i in range(0, len(document_ids), 500):
        chunk = document_ids[i:i + 500]
        counts.update(Span.select(Span.document, fn.COUNT(Span.id))
                      .where(Span.annotator == who, Span.document.in_(chunk))
                      .group_by(Span.document).tuples())
    return counts


def next_document(annotator: str, after: int | None = None) -> int | None:
    """The id of the next document to annotate (assigned or in progress) after ``after`` in queue
    order, wrapping round to the start of the queue; None when everything is done or skipped."""
    who = annotator_id(annotator)
    if who is not None and has_explicit_assignments(who):
        return _next_assigned(who, after)
    return _next_open(who, after)


def _next_assigned(who: int, after: int | None) -> int | None:
    key = None
    if after is not None:
        key = (Assignment.select(Assignment.position, Assignment.id)
               .where(Assignment.annotator == who, Assignment.document == after).tuples().first())
    for bound in ((key,) if key is None else (key, None)):
        best: tuple[int, int, int] | None = None
        for status in OPEN:  # one index range per status: (annotator, status, position)
            query = (Assignment.select(Assignment.position, Assignment.id, Assignment.document)
                     .where(Assignment.annotator == who, Assignment.status == status))
            if bound is not None:
                query = query.where(Tuple(Assignment.position, Assignment.id) > Tuple(*bound))
            elif after is not None:
                query = query.where(Assignment.document != after)
            row = query.order_by(Assignment.position, Assignment.id).limit(1).tuples().first()
            if row is not None and (best is None or row[:2] < best[:2]):
                best = row
        if best is not None:
            return best[2]
    return None


def _next_open(who: int | None, after: int | None) -> int | None:
    def first(condition) -> int | None:
        query = Document.select(Document.id)
        if who is not None:
            query = (query.join(Assignment, JOIN.LEFT_OUTER,
                                on=((Assignment.document == Document.id) & (Assignment.annotator == who)))
                     .where(Assignment.status.is_null() | Assignment.status.in_(OPEN)))
        if condition is not None:
            query = query.where(condition)
        return query.order_by(Document.id).limit(1).scalar()

    if after is None:
        return first(None)
    found = first(Document.id > after)
    return found if found is not None else first(Document.id < after)


def progress(annotator: str) -> dict:
    """{"documents_total", "documents_done", "documents_skipped", "spans"} for one annotator."""
    who = annotator_id(annotator)
    if who is None:
        total = Document.select().count()
        return {"documents_total": total, "documents_done": 0, "documents_skipped": 0, "spans": 0}
    if has_explicit_assignments(who):
        total = Assignment.select().where(Assignment.annotator == who).count()
    else:
        total = Document.select().count()
    by_status = dict(Assignment.select(Assignment.status, fn.COUNT(Assignment.id))
                     .where(Assignment.annotator == who).group_by(Assignment.status).tuples())
    spans = Span.select().where(Span.annotator == who).count()
    return {"documents_total": total, "documents_done": by_status.get("done", 0),
            "documents_skipped": by_status.get("skipped", 0), "spans": spans}
