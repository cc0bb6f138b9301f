"""Storing suggestions per document, with the suggesters' version; never touching decisions.

Recomputing keeps every Suggestion row an annotator has decided on (a SuggestionDecision) or that a
Span came from (Span.suggestion): those rows are the record of what the annotator saw and did. Only
undecided rows that are no longer suggested are deleted. A suggestion equal in (start, end, label)
to an existing row updates that row's score, source and version instead of inserting a duplicate.
One transaction per document, writes in batches.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable, Optional

from annotate.progress import NULL_REPORTER, Reporter
from annotate.suggest import SUGGESTER_VERSION, suggest
from annotate.suggest.learned import LearnedPatterns

BATCH = 500


def load_learned() -> LearnedPatterns:
    """The project's learned patterns, as the plain value ``suggest`` takes."""
    from store.models import LearnedPattern

    rows = LearnedPattern.select(LearnedPattern.text, LearnedPattern.label, LearnedPattern.accepted,
                                 LearnedPattern.rejected).tuples()
    return LearnedPatterns.from_rows(rows)


def _kept_ids(document_id: int) -> set[int]:
    from store.models import Span, Suggestion, SuggestionDecision

    decided = (SuggestionDecision.select(SuggestionDecision.suggestion)
               .join(Suggestion).where(Suggestion.document == document_id))
    spanned = (Span.select(Span.suggestion)
               .where(Span.document == document_id, Span.suggestion.is_null(False)))
    return {row[0] for row in decided.tuples()} | {row[0] for row in spanned.tuples()}


def stale_documents(document_ids: Optional[Iterable[int]] = None, *, force: bool = False) -> list[int]:
    """Documents whose suggestions are missing or not all of the current version (all with force)."""
    from peewee import fn

    from store.models import Document, Suggestion

    query = Document.select(Document.id).order_by(Document.id)
    if document_ids is not None:
        query = query.where(Document.id.in_(list(document_ids)))
    ids = [row[0] for row in query.tuples()]
    if force or not ids:
        return ids
    current = {row[0] for row in Suggestion.select(Suggestion.document)
               .where(Suggestion.document.in_(ids), Suggestion.version == SUGGESTER_VERSION)
               .group_by(Suggestion.document).tuples()}
    old = {row[0] for row in Suggestion.select(Suggestion.document)
           .where(Suggestion.document.in_(ids), Suggestion.version != SUGGESTER_VERSION)
           .group_by(Suggestion.document).having(fn.COUNT(Suggestion.id) > 0).tuples()}
    # old rows that are kept because of decisions do not make a document stale by themselves
    stale = []
    for doc_id in ids:
        if doc_id not in current:
            stale.append(doc_id)
        elif doc_id in old:
            kept = _kept_ids(doc_id)
            old_query = Suggestion.select().where(Suggestion.document == doc_id,
                                                  Suggestion.version != SUGGESTER_VERSION)
            if kept:
                old_query = old_query.where(Suggestion.id.not_in(list(kept)))
            if old_query.exists():
                stale.append(doc_id)
    return stale


def refresh_document(document_id: int, *, learned: Optional[LearnedPatterns] = None,
                     labels: Optional[set[str]] = None) -> int:
    """Recompute one document's suggestions in one transaction; returns how many it suggests.

    Rows are matched by (start, end, label): a suggestion still made keeps its row and id (its
    score, source and version are updated when they changed), an undecided one no longer made is
    deleted, a new one is inserted. Keeping ids matters when several people work on one project:
    a suggestion another annotator has on screen stays valid unless it is really gone."""
    from store.db import db
    from store.models import Document, LabelType, Suggestion

    if labels is None:
        labels = {row[0] for row in LabelType.select(LabelType.code).tuples()}
    text = Document.select(Document.clean_text).where(Document.id == document_id).scalar()
    if text is None:
        return 0
    new = {(s.start, s.end, s.label): s for s in suggest(text, learned=learned, labels=labels)}
    with db.atomic():
        kept = _kept_ids(document_id)
        existing = {(s, e, lab): (sid, score, source, version) for sid, s, e, lab, score, source, version
                    in Suggestion.select(Suggestion.id, Suggestion.start, Suggestion.end, Suggestion.label,
                                         Suggestion.score, Suggestion.source, Suggestion.version)
                    .where(Suggestion.document == document_id).tuples()}
        gone = [row[0] for key, row in existing.items() if key not in new and row[0] not in kept]
        for i in range(0, len(gone), BATCH):
            Suggestion.delete().where(Suggestion.id.in_(gone[i:i + BATCH])).execute()
        rows = []
        for key, s in new.items():
            row = existing.get(key)
            if row is None:
                rows.append(dict(document=document_id, start=s.start, end=s.end, label=s.label,
                                 text=s.text, score=s.score, source=s.source, version=SUGGESTER_VERSION))
            elif row[1:] != (s.score, s.source, SUGGESTER_VERSION):
                (Suggestion.update(score=s.score, source=s.source, version=SUGGESTER_VERSION)
                 .where(Suggestion.id == row[0]).execute())
        for i in range(0, len(rows), BATCH):
            Suggestion.insert_many(rows[i:i + BATCH]).execute()
    return len(new)


def learned_at() -> Optional[datetime]:
    """When the project last learned something (a pattern, a suppression, an edge convention)."""
    from peewee import fn

    from store.models import LearnedPattern

    return _as_datetime(LearnedPattern.select(fn.MAX(LearnedPattern.updated_at)).scalar())


def refresh_on_open(document_id: int, *, seen: Optional[datetime] = None,
                    labels: Optional[set[str]] = None) -> tuple[bool, Optional[datetime]]:
    """Bring a document's undecided suggestions up to date before it is shown; returns
    ``(recomputed, stamp)``. Recomputed when they were made by another version of the suggesters
    (the program was upgraded) or before the project last learned something (a pattern, a
    suppression, an edge convention). Pass the stamp back as ``seen`` next time; without one, the
    document's newest suggestion row tells when it was last computed.

    Why on opening: documents are usually imported in one batch, before anyone has decided
    anything, so what an annotator teaches the project on one document would otherwise reach the
    next one only after ``annotate suggest --all``; one document is a few milliseconds, a whole
    project after an upgrade can be minutes. Decided rows are kept as always."""
    from peewee import fn

    from store.models import Suggestion

    stamp = learned_at()
    if stale_documents([document_id]):
        refresh_document(document_id, learned=load_learned() if stamp else None, labels=labels)
        return True, stamp
    if stamp is None:
        return False, seen
    if seen is None:
        seen = _as_datetime(Suggestion.select(fn.MAX(Suggestion.created_at))
                            .where(Suggestion.document == document_id).scalar())
    if seen is not None and seen >= stamp:
        return False, seen
    refresh_document(document_id, learned=load_learned(), labels=labels)
    return True, stamp


def _as_datetime(value: object) -> Optional[datetime]:
    """SQLite may hand MAX() of a datetime column back as text."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def refresh_suggestions(document_ids: Optional[Iterable[int]] = None, *,
                        reporter: Reporter = NULL_REPORTER, force: bool = False) -> int:
    """(Re)compute suggestions for documents lacking current ones (all of them with ``force``).

    Returns the number of documents recomputed. Cancelling (through ``reporter``) stops between
    documents; those done stay done.
    """
    from store.models import LabelType

    todo = stale_documents(document_ids, force=force)
    if not todo:
        reporter.update(0, 0, "suggestions are up to date")
        return 0
    learned = load_learned()
    labels = {row[0] for row in LabelType.select(LabelType.code).tuples()}
    total = len(todo)
    reporter.update(0, total, "suggesting")
    for done, doc_id in enumerate(todo, 1):
        refresh_document(doc_id, learned=learned, labels=labels)
        reporter.update(done, total, "suggesting")
    return total
