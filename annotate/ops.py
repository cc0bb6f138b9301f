"""The operations the window, the CLI and the tests call: one database transaction each.

Every operation validates its request (raising ``InputError`` with a message that names the
document, span or label and the problem), writes through an ``actionlog.ChangeSet`` so that it
appends exactly one ``Action`` to the log, and returns ``Changes`` for the view to refresh.
Transactions start with ``BEGIN IMMEDIATE`` on SQLite and are retried after transient lock or
serialization errors (``store.db.run_write``), so concurrent annotator processes never see
"database is locked" and never lose a write.

Annotators are named by plain strings and created on first use. An annotator's status for a
document lives in ``Assignment``: the first action on a document the annotator had no assignment
for creates one (``auto=True``, status ``in_progress``); an ``assigned`` document becomes
``in_progress`` on its first action. Neither is an undoable change.

Learned patterns (for the learned suggester) count decisions on (text, label): accepting or adding
counts ``accepted``; rejecting, or deleting a span that came from a suggestion, counts ``rejected``
for the suggested label; a relabel or an accept under another label counts the new label accepted
and the old one rejected. Undo takes the counts back.
"""
from __future__ import annotations

import functools
import json
import weakref
from collections.abc import Callable, Iterable
from typing import Any, ParamSpec, TypeVar

from peewee import JOIN, Database, IntegrityError, fn

from annotate import actionlog
from annotate.actionlog import ChangeSet
from annotate.errors import InputError
from annotate.spans import Changes
from annotate.suggest.learned import edge_between
from store.db import db, run_write
from store.models import (
    Annotator, Assignment, Document, LabelType, Setting, Span, Suggestion, SuggestionDecision, utcnow,
)

P = ParamSpec("P")
R = TypeVar("R")

ROLES = ("annotator", "reviewer")
STATUSES = ("assigned", "in_progress", "done", "skipped")
FINISHED = ("done", "skipped")

for _kind in ("accept", "reject", "add", "relabel", "resize", "delete", "status", "import_spans",
              "note", "comment"):
    actionlog.register_kind(_kind)


def operation(fn_: Callable[P, R]) -> Callable[P, R]:
    """Run the wrapped function as one write transaction, retried after transient lock errors."""
    @functools.wraps(fn_)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return run_write(lambda: fn_(*args, **kwargs))
        except IntegrityError as exc:
            # A rule the checks above could not see in time: a concurrent writer got there first,
            # or an annotator was deleted under the cache. Nothing was written; say so plainly.
            _KNOWN_ANNOTATORS.pop(db.obj, None)
            raise InputError(f"{fn_.__name__}: the database refused the change ({exc}); "
                             f"nothing was changed, please try again") from exc
    return wrapper


#: name -> id of annotators seen committed in each open database. Operations run on every key
#: press, and annotators are practically never deleted; a stale entry fails on a foreign key,
#: which clears the cache.
_KNOWN_ANNOTATORS: "weakref.WeakKeyDictionary[Database, dict[str, int]]" = weakref.WeakKeyDictionary()


# --- annotators -------------------------------------------------------------------------------

def _check_name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"annotator name {name!r}: must be a non-empty string")
    name = name.strip()
    if len(name) > 100:
        raise InputError(f"annotator name {name[:20]!r}...: longer than 100 characters")
    return name


def _annotator_id(name: str, role: str = "annotator") -> int:
    known = _KNOWN_ANNOTATORS.setdefault(db.obj, {})
    if isinstance(name, str) and name in known:
        return known[name]
    name = _check_name(name)
    found = Annotator.select(Annotator.id).where(Annotator.name == name).scalar()
    if found is not None:
        known[name] = found  # found by a read, so committed (rows this transaction inserts are not cached)
        return found
    if role not in ROLES:
        raise InputError(f"annotator {name!r}: role {role!r} is not one of {', '.join(ROLES)}")
    Annotator.insert(name=name, role=role, created_at=utcnow()).on_conflict_ignore().execute()
    return Annotator.select(Annotator.id).where(Annotator.name == name).scalar()


@operation
def ensure_annotator(name: str, role: str = "annotator") -> int:
    """The id of the annotator called ``name``, created with ``role`` if new (an existing
    annotator's role is left alone: ``set_role`` changes it)."""
    return _annotator_id(name, role)


@operation
def set_role(*, annotator: str, role: str) -> Changes:
    """Make an annotator a reviewer or a plain annotator (logged, not undoable)."""
    if role not in ROLES:
        raise InputError(f"annotator {annotator!r}: role {role!r} is not one of {', '.join(ROLES)}")
    annotator_id = _annotator_id(annotator)
    before = Annotator.get_by_id(annotator_id).role
    Annotator.update(role=role).where(Annotator.id == annotator_id).execute()
    message = f"{annotator} is now a {role}"
    action_id = actionlog.record(annotator_id, "set_role", None,
                                 {"summary": message, "before": before, "after": role})
    return Changes(action_id=action_id, message=message)


# --- validation helpers -----------------------------------------------------------------------

def _document(document_id: Any) -> tuple[int, int]:
    """(id, length) of a document, or InputError."""
    if not isinstance(document_id, int) or isinstance(document_id, bool):
        raise InputError(f"document id {document_id!r}: must be an integer")
    row = Document.select(Document.id, Document.length).where(Document.id == document_id).tuples().first()
    if row is None:
        raise InputError(f"document {document_id} does not exist")
    return row


def _check_label(label: Any) -> str:
    if not isinstance(label, str) or not LabelType.select().where(LabelType.code == label).exists():
        codes = [c for (c,) in LabelType.select(LabelType.code).order_by(LabelType.position).tuples()]
        raise InputError(f"label {label!r} is not in the project's schema ({', '.join(codes)})")
    return label


def _allow_overlap() -> bool:
    value = Setting.select(Setting.value).where(Setting.key == "allow_overlap").scalar()
    return bool(json.loads(value)) if value else False


def _check_offsets(document_id: int, length: int, start: Any, end: Any) -> None:
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise InputError(f"document {document_id}: span {name} {value!r} must be an integer")
    if not 0 <= start < end <= length:
        raise InputError(f"document {document_id}: span {start}-{end} is not inside the text "
                         f"(need 0 <= start < end <= {length})")


def _check_place(document_id: int, annotator_id: int, start: int, end: int, label: str,
                 ignore: int | None = None, duplicate_ok: bool = False) -> int | None:
    """Refuse an exact duplicate (or return its id when ``duplicate_ok``), and an overlap with the
    annotator's other spans unless the schema allows overlapping spans."""
    query = (Span.select(Span.id, Span.start, Span.end, Span.label)
             .where(Span.document == document_id, Span.annotator == annotator_id,
                    Span.start < end, Span.end > start))
    if ignore is not None:
        query = query.where(Span.id != ignore)
    rows = list(query.tuples())
    for span_id, s, e, lab in rows:
        if (s, e, lab) == (start, end, label):
            if duplicate_ok:
                return span_id
            raise InputError(f"document {document_id}: a {label} span at {start}-{end} already exists "
                             f"(span {span_id})")
    if rows and not _allow_overlap():
        span_id, s, e, lab = rows[0]
        raise InputError(f"document {document_id}: span {start}-{end} overlaps span {span_id} "
                         f"({lab} {s}-{e}) and this schema does not allow overlapping spans")
    return None


def _text(document_id: int, start: int, end: int) -> str:
    return (Document.select(fn.SUBSTR(Document.clean_text, start + 1, end - start))
            .where(Document.id == document_id).scalar()) or ""


def _suggested_bounds(span: Span) -> tuple[int, int] | None:
    """Where the suggestion a span came from lay (None for a span added by hand or imported)."""
    if span.suggestion_id is None:
        return None
    row = (Suggestion.select(Suggestion.start, Suggestion.end)
           .where(Suggestion.id == span.suggestion_id).tuples().first())
    return tuple(row) if row is not None else None


def _learn_edge(cs: ChangeSet, span: Span, suggested: tuple[int, int] | None, bounds: tuple[int, int],
                sign: int) -> None:
    """Count (or take back) the edge convention shown by a span made from the suggestion at
    ``suggested`` and now covering ``bounds`` (annotate/suggest/learned.py: 2012年 → 2012年以来)."""
    if suggested is None or suggested == bounds:
        return
    lo, hi = min(suggested[0], bounds[0]), max(suggested[1], bounds[1])
    window = _text(span.document_id, lo, hi)
    edge = edge_between(window, (suggested[0] - lo, suggested[1] - lo), (bounds[0] - lo, bounds[1] - lo))
    if edge is not None:
        cs.learn(edge.key(), span.label_id, accepted=sign)


def _own_span(span_id: Any, annotator_id: int, annotator: str) -> Span:
    if not isinstance(span_id, int) or isinstance(span_id, bool):
        raise InputError(f"span id {span_id!r}: must be an integer")
    span = Span.get_or_none(Span.id == span_id)
    if span is None:
        raise InputError(f"span {span_id} does not exist (it may have been deleted)")
    if span.annotator_id != annotator_id:
        raise InputError(f"span {span_id} belongs to another annotator, not to {annotator}")
    return span


def _touch_assignment(annotator_id: int, document_id: int) -> int:
    """Make sure the annotator has an assignment for the document (see the module docstring)."""
    row = (Assignment.select(Assignment.id, Assignment.status)
           .where(Assignment.annotator == annotator_id, Assignment.document == document_id)
           .tuples().first())
    if row is None:
        (Assignment.insert(document=document_id, annotator=annotator_id, status="in_progress",
                           position=document_id, auto=True, assigned_at=utcnow())
         .on_conflict_ignore().execute())
        return (Assignment.select(Assignment.id)
                .where(Assignment.annotator == annotator_id, Assignment.document == document_id)
                .scalar())
    if row[1] == "assigned":
        Assignment.update(status="in_progress").where(Assignment.id == row[0]).execute()
    return row[0]


def _suggestion(suggestion_id: Any, annotator_id: int) -> tuple[Suggestion, tuple[int, str] | None]:
    """The suggestion and this annotator's decision on it (id, decision) if any, in one query."""
    if not isinstance(suggestion_id, int) or isinstance(suggestion_id, bool):
        raise InputError(f"suggestion id {suggestion_id!r}: must be an integer")
    suggestion = (Suggestion.select(Suggestion, SuggestionDecision.id.alias("decision_id"),
                                    SuggestionDecision.decision)
                  .join(SuggestionDecision, JOIN.LEFT_OUTER,
                        on=((SuggestionDecision.suggestion == Suggestion.id)
                            & (SuggestionDecision.annotator == annotator_id)))
                  .where(Suggestion.id == suggestion_id).objects().first())
    if suggestion is None:
        raise InputError(f"suggestion {suggestion_id} does not exist "
                         f"(its document's suggestions may have been refreshed)")
    decision = suggestion.decision
    return suggestion, (suggestion.decision_id, decision) if decision else None


def _decision(suggestion_id: int, annotator_id: int) -> tuple[int, str] | None:
    return (SuggestionDecision.select(SuggestionDecision.id, SuggestionDecision.decision)
            .where(SuggestionDecision.suggestion == suggestion_id,
                   SuggestionDecision.annotator == annotator_id).tuples().first())


def _decide(cs: ChangeSet, suggestion_id: int, annotator_id: int, decision: str,
            current: tuple[int, str] | None) -> None:
    if current is None:
        cs.insert("suggestion_decision", suggestion=suggestion_id, annotator=annotator_id,
                  decision=decision, created_at=utcnow())
    else:
        cs.update("suggestion_decision", current[0], decision=decision)


# --- suggestions ------------------------------------------------------------------------------

@operation
def accept_suggestion(*, annotator: str, suggestion_id: int, label: str | None = None) -> Changes:
    """Turn a suggestion into the annotator's span (origin 'suggestion', or 'corrected' when
    accepted under another ``label``) and record the decision 'accepted'. If the annotator already
    has exactly that span, only the decision is recorded."""
    annotator_id = _annotator_id(annotator)
    suggestion, current = _suggestion(suggestion_id, annotator_id)
    label = _check_label(label) if label is not None else suggestion.label_id
    document_id = suggestion.document_id
    if current and current[1] == "accepted":
        raise InputError(f"suggestion {suggestion.id} is already accepted by {annotator}")
    _touch_assignment(annotator_id, document_id)
    cs = ChangeSet(annotator_id, "accept", document_id)
    if not _check_place(document_id, annotator_id, suggestion.start, suggestion.end, label,
                        duplicate_ok=True):
        origin = "suggestion" if label == suggestion.label_id else "corrected"
        now = utcnow()
        cs.insert("span", document=document_id, annotator=annotator_id, start=suggestion.start,
                  end=suggestion.end, label=label, origin=origin, suggestion=suggestion.id,
                  created_at=now, updated_at=now)
    _decide(cs, suggestion.id, annotator_id, "accepted", current)
    cs.learn(suggestion.text, label, accepted=1)
    if label != suggestion.label_id:
        cs.learn(suggestion.text, suggestion.label_id, rejected=1)
    return cs.commit(f"accepted {label} {suggestion.text!r} ({suggestion.start}-{suggestion.end})")


@operation
def reject_suggestion(*, annotator: str, suggestion_id: int) -> Changes:
    """Record the decision 'rejected'. Rejecting a suggestion the annotator had accepted also
    deletes the span that came from it."""
    annotator_id = _annotator_id(annotator)
    suggestion, current = _suggestion(suggestion_id, annotator_id)
    document_id = suggestion.document_id
    if current and current[1] == "rejected":
        raise InputError(f"suggestion {suggestion.id} is already rejected by {annotator}")
    _touch_assignment(annotator_id, document_id)
    cs = ChangeSet(annotator_id, "reject", document_id)
    if current:
        for (span_id,) in (Span.select(Span.id).where(Span.suggestion == suggestion.id,
                                                      Span.annotator == annotator_id).tuples()):
            cs.delete("span", span_id)
    _decide(cs, suggestion.id, annotator_id, "rejected", current)
    cs.learn(suggestion.text, suggestion.label_id, rejected=1)
    return cs.commit(f"rejected {suggestion.label_id} {suggestion.text!r} "
                     f"({suggestion.start}-{suggestion.end})")


# --- spans ------------------------------------------------------------------------------------

@operation
def add_span(*, annotator: str, document_id: int, start: int, end: int, label: str) -> Changes:
    """Add a span the suggesters missed (origin 'added')."""
    annotator_id = _annotator_id(annotator)
    document_id, length = _document(document_id)
    _check_offsets(document_id, length, start, end)
    _check_label(label)
    _check_place(document_id, annotator_id, start, end, label)
    _touch_assignment(annotator_id, document_id)
    cs = ChangeSet(annotator_id, "add", document_id)
    now = utcnow()
    cs.insert("span", document=document_id, annotator=annotator_id, start=start, end=end, label=label,
              origin="added", created_at=now, updated_at=now)
    text = _text(document_id, start, end)
    cs.learn(text, label, accepted=1)
    return cs.commit(f"added {label} {text!r} ({start}-{end})")


@operation
def relabel_span(*, annotator: str, span_id: int, label: str) -> Changes:
    """Give one of the annotator's spans another label; a span from a suggestion becomes 'corrected'."""
    annotator_id = _annotator_id(annotator)
    span = _own_span(span_id, annotator_id, annotator)
    _check_label(label)
    if label == span.label_id:
        raise InputError(f"span {span.id} is already labelled {label}")
    _check_place(span.document_id, annotator_id, span.start, span.end, label, ignore=span.id)
    _touch_assignment(annotator_id, span.document_id)
    cs = ChangeSet(annotator_id, "relabel", span.document_id)
    origin = "corrected" if span.origin == "suggestion" else span.origin
    cs.update("span", span.id, label=label, origin=origin)
    text = _text(span.document_id, span.start, span.end)
    cs.learn(text, label, accepted=1)
    cs.learn(text, span.label_id, rejected=1)
    return cs.commit(f"relabelled {text!r} {span.label_id} -> {label}")


@operation
def resize_span(*, annotator: str, span_id: int, start: int, end: int) -> Changes:
    """Move one of the annotator's span boundaries; a span from a suggestion becomes 'corrected'."""
    annotator_id = _annotator_id(annotator)
    span = _own_span(span_id, annotator_id, annotator)
    document_id, length = _document(span.document_id)
    _check_offsets(document_id, length, start, end)
    if (start, end) == (span.start, span.end):
        raise InputError(f"span {span.id} already covers {start}-{end}")
    _check_place(document_id, annotator_id, start, end, span.label_id, ignore=span.id)
    _touch_assignment(annotator_id, document_id)
    cs = ChangeSet(annotator_id, "resize", document_id)
    origin = "corrected" if span.origin == "suggestion" else span.origin
    cs.update("span", span.id, start=start, end=end, origin=origin)
    if span.origin != "imported":  # the pattern learned when the span was made moves with it
        cs.learn(_text(document_id, start, end), span.label_id, accepted=1)
        cs.learn(_text(document_id, span.start, span.end), span.label_id, accepted=-1)
    suggested = _suggested_bounds(span)
    _learn_edge(cs, span, suggested, (span.start, span.end), -1)
    _learn_edge(cs, span, suggested, (start, end), +1)
    return cs.commit(f"resized {span.label_id} span {span.start}-{span.end} -> {start}-{end}")


@operation
def delete_span(*, annotator: str, span_id: int) -> Changes:
    """Delete one of the annotator's spans. A span that came from a suggestion turns that
    suggestion's decision into 'rejected' (the annotator has said it is wrong)."""
    annotator_id = _annotator_id(annotator)
    span = _own_span(span_id, annotator_id, annotator)
    _touch_assignment(annotator_id, span.document_id)
    cs = ChangeSet(annotator_id, "delete", span.document_id)
    cs.delete("span", span.id)
    if span.suggestion_id is not None:
        current = _decision(span.suggestion_id, annotator_id)
        if current is None or current[1] != "rejected":
            _decide(cs, span.suggestion_id, annotator_id, "rejected", current)
            suggestion = Suggestion.get_by_id(span.suggestion_id)
            cs.learn(suggestion.text, suggestion.label_id, rejected=1)
        # the whole span was wrong, not its edge
        _learn_edge(cs, span, _suggested_bounds(span), (span.start, span.end), -1)
    return cs.commit(f"deleted {span.label_id} span {span.start}-{span.end}")


@operation
def set_span_note(*, annotator: str, span_id: int, note: str | None) -> Changes:
    """Attach a remark to one of the annotator's spans (None or "" removes it)."""
    annotator_id = _annotator_id(annotator)
    span = _own_span(span_id, annotator_id, annotator)
    cs = ChangeSet(annotator_id, "note", span.document_id)
    cs.update("span", span.id, note=note or None)
    return cs.commit(f"note on span {span.id}")


def _span_fields(item: Any) -> tuple[Any, Any, Any]:
    if isinstance(item, dict):
        return item.get("start"), item.get("end"), item.get("label")
    if isinstance(item, (tuple, list)) and len(item) >= 3:
        return item[0], item[1], item[2]
    return getattr(item, "start", None), getattr(item, "end", None), getattr(item, "label", None)


@operation
def import_spans(*, annotator: str, document_id: int, spans: Iterable[Any]) -> Changes:
    """Store spans from an annotation file as the annotator's (origin 'imported').

    ``spans`` holds objects with start/end/label (``SpanSuggestion``), dicts, or (start, end, label)
    tuples. A bad span does not stop the rest: it is skipped and named in ``Changes.message``
    (and in the action's payload, ``skipped``); spans already present are counted, not repeated.
    """
    annotator_id = _annotator_id(annotator)
    document_id, length = _document(document_id)
    _touch_assignment(annotator_id, document_id)
    cs = ChangeSet(annotator_id, "import_spans", document_id)
    skipped: list[str] = []
    present = 0
    now = utcnow()
    for index, item in enumerate(spans):
        start, end, label = _span_fields(item)
        try:
            _check_offsets(document_id, length, start, end)
            _check_label(label)
            _check_place(document_id, annotator_id, start, end, label)
        except InputError as exc:
            if "already exists" in str(exc):
                present += 1
            else:
                skipped.append(f"spans[{index}]: {exc}")
            continue
        cs.insert("span", document=document_id, annotator=annotator_id, start=start, end=end,
                  label=label, origin="imported", created_at=now, updated_at=now)
    message = f"document {document_id}: imported {len(cs.rows)} spans"
    if present:
        message += f", {present} already present"
    if skipped:
        message += f", skipped {len(skipped)}: " + "; ".join(skipped)
    cs.extra["skipped"] = skipped
    return cs.commit(message)


# --- documents --------------------------------------------------------------------------------

@operation
def set_document_status(*, annotator: str, document_id: int, status: str) -> Changes:
    """Mark the document done, skipped, in_progress (or back to assigned) for this annotator."""
    if status not in STATUSES:
        raise InputError(f"document {document_id}: status {status!r} is not one of {', '.join(STATUSES)}")
    annotator_id = _annotator_id(annotator)
    document_id, _length = _document(document_id)
    assignment_id = _touch_assignment(annotator_id, document_id)
    current = Assignment.select(Assignment.status).where(Assignment.id == assignment_id).scalar()
    if current == status:
        return Changes(document_ids=frozenset({document_id}), message=f"document {document_id} is "
                       f"already {status}")
    cs = ChangeSet(annotator_id, "status", document_id)
    cs.update("assignment", assignment_id, status=status,
              finished_at=utcnow() if status in FINISHED else None)
    return cs.commit(f"document {document_id}: {current} -> {status}")


@operation
def comment(*, annotator: str, document_id: int, body: str, start: int | None = None,
            end: int | None = None) -> Changes:
    """Leave a comment on a document, or on a stretch of it when start/end are given."""
    annotator_id = _annotator_id(annotator)
    document_id, length = _document(document_id)
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"document {document_id}: a comment needs some text")
    if start is not None or end is not None:
        _check_offsets(document_id, length, start, end)
    cs = ChangeSet(annotator_id, "comment", document_id)
    cs.insert("comment", document=document_id, author=annotator_id, start=start, end=end,
              body=body.strip(), created_at=utcnow())
    return cs.commit(f"comment on document {document_id}")


# --- undo / redo ------------------------------------------------------------------------------

@operation
def undo(*, annotator: str, document_id: int | None = None) -> Changes:
    """Undo the annotator's latest action (in ``document_id`` only, when given).

    Refuses with ``InputError`` (and changes nothing) when a row the action wrote was changed
    since by something else. With nothing to undo, returns Changes whose message says so.
    """
    return actionlog.reverse(_annotator_id(annotator), actionlog.UNDO, document_id)


@operation
def redo(*, annotator: str, document_id: int | None = None) -> Changes:
    """Re-apply the annotator's latest undone action (same scope and refusal rules as ``undo``)."""
    return actionlog.reverse(_annotator_id(annotator), actionlog.REDO, document_id)
