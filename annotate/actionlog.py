"""The append-only action log, and undo/redo derived from it.

Every operation writes its rows through a ``ChangeSet``, which notes each touched row's state before
and after; ``ChangeSet.commit`` appends one ``Action`` whose JSON payload holds those states (and the
``LearnedPattern`` counter deltas). Undo and redo are then generic: undo checks that every row still
looks as the action left it and puts back the "before" states; redo checks the "before" states and
puts back the "after" ones. A row changed by something else meanwhile makes the undo refuse with a
message instead of overwriting newer work.

Extending: another module (e.g. annotate/review.py for gold spans) calls ``register_table`` for the
tables it writes and ``register_kind`` for its action kinds, then uses ``ChangeSet`` like ops.py; its
actions join the same undo history. A kind whose inverse is not a plain row restore passes its own
``undo``/``redo`` functions to ``register_kind``.

Undo scope: an annotator's own actions, across documents by default (like an editor's history), or
one document's when a ``document_id`` is given; the two can be mixed. Undo appends ``Action(kind='undo', undoes=X)``;
redo appends ``Action(kind='redo', undoes=X)`` where X is the original action; nothing is deleted.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from peewee import DateTimeField, IntegrityError, Model

from annotate.errors import InputError
from annotate.spans import Changes
from store.models import (
    Action, Assignment, Comment, GoldSpan, LearnedPattern, Span, SuggestionDecision, utcnow,
)

UNDO, REDO = "undo", "redo"


@dataclass(frozen=True)
class TrackedTable:
    """A table whose rows operations change: which fields make up a row's state, and which
    ``Changes`` flag a change to it raises (so views know what to refresh)."""

    name: str
    model: type[Model]
    fields: tuple[str, ...]
    flag: str | None = None


TABLES: dict[str, TrackedTable] = {}


def register_table(name: str, model: type[Model], fields: tuple[str, ...],
                   flag: str | None = None) -> None:
    TABLES[name] = TrackedTable(name, model, fields, flag)


register_table("span", Span, ("document", "annotator", "start", "end", "label", "origin",
                              "suggestion", "note"), "spans")
register_table("suggestion_decision", SuggestionDecision, ("suggestion", "annotator", "decision"),
               "suggestions")
register_table("assignment", Assignment, ("document", "annotator", "status", "finished_at"),
               "document_status")
register_table("comment", Comment, ("document", "author", "start", "end", "body"), None)
register_table("gold_span", GoldSpan, ("document", "start", "end", "label", "reviewer", "sources"),
               "gold")


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.datetime, dt.date)) else value


def row_state(table: str, row_id: int) -> dict | None:
    """The tracked fields of one row as JSON-able values, or None when the row does not exist."""
    spec = TABLES[table]
    model = spec.model
    columns = [getattr(model, name) for name in spec.fields]
    row = model.select(*columns).where(model._meta.primary_key == row_id).dicts().first()
    if row is None:
        return None
    return {name: _jsonable(row[name]) for name in spec.fields}


def _to_db(model: type[Model], state: dict) -> dict:
    """Field values for peewee from a stored state (timestamps come back as ISO strings)."""
    values = {}
    for name, value in state.items():
        if isinstance(model._meta.fields[name], DateTimeField) and isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        values[name] = value
    return values


def _touch(model: type[Model], values: dict) -> dict:
    if "updated_at" in model._meta.fields:
        values = {**values, "updated_at": utcnow()}
    return values


@dataclass
class RowChange:
    table: str
    id: int
    before: dict | None
    after: dict | None

    def to_json(self) -> dict:
        return {"table": self.table, "id": self.id, "before": self.before, "after": self.after}


@dataclass
class ChangeSet:
    """Collects the row changes of one operation; ``commit`` logs them as one Action.

    Use inside a write transaction (``store.db.run_write``); every write goes through ``insert``,
    ``update`` or ``delete`` so that the log always matches the database.
    """

    annotator_id: int
    kind: str
    document_id: int | None = None
    rows: list[RowChange] = field(default_factory=list)
    learned: list[tuple[str, str, int, int]] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def insert(self, table: str, **values: Any) -> int:
        """Insert a row. When every tracked field is given (as a plain value: ids, not model
        instances) or has a constant default, the logged state is built without reading it back."""
        spec = TABLES[table]
        row_id = spec.model.insert(**values).execute()
        after: dict | None = {}
        for name in spec.fields:
            if name in values:
                after[name] = _jsonable(values[name])
                continue
            default = spec.model._meta.fields[name].default
            if callable(default):
                after = None
                break
            after[name] = default
        self.rows.append(RowChange(table, row_id, None, after if after is not None
                                   else row_state(table, row_id)))
        return row_id

    def update(self, table: str, row_id: int, **values: Any) -> None:
        spec = TABLES[table]
        model = spec.model
        before = row_state(table, row_id)
        if before is None:
            raise InputError(f"{table.replace('_', ' ')} {row_id} does not exist")
        model.update(**_touch(model, values)).where(model._meta.primary_key == row_id).execute()
        after = {**before, **{k: _jsonable(v) for k, v in values.items() if k in spec.fields}}
        self.rows.append(RowChange(table, row_id, before, after))

    def delete(self, table: str, row_id: int) -> None:
        model = TABLES[table].model
        before = row_state(table, row_id)
        model.delete().where(model._meta.primary_key == row_id).execute()
        self.rows.append(RowChange(table, row_id, before, None))

    def learn(self, text: str, label: str, accepted: int = 0, rejected: int = 0) -> None:
        """Count a decision on (text, label) for the learned suggester; undo takes it back."""
        if apply_learned([(text, label, accepted, rejected)]):
            self.learned.append((text, label, accepted, rejected))

    def commit(self, summary: str) -> Changes:
        payload = {"summary": summary, "changes": [r.to_json() for r in self.rows],
                   "learned": [list(item) for item in self.learned], **self.extra}
        action_id = record(self.annotator_id, self.kind, self.document_id, payload)
        return changes_from(self.rows, self.document_id, action_id, summary)


def apply_learned(deltas: list[tuple[str, str, int, int]], sign: int = 1) -> bool:
    """Add counter deltas to LearnedPattern rows (created as needed). Texts the table cannot hold
    (empty, or longer than its 200 characters) are not learned: returns False for those."""
    applied = False
    for text, label, accepted, rejected in deltas:
        if not text.strip() or len(text) > 200:
            continue
        acc, rej = sign * accepted, sign * rejected
        (LearnedPattern.insert(text=text, label=label, accepted=acc, rejected=rej, updated_at=utcnow())
         .on_conflict(conflict_target=[LearnedPattern.text, LearnedPattern.label],
                      update={LearnedPattern.accepted: LearnedPattern.accepted + acc,
                              LearnedPattern.rejected: LearnedPattern.rejected + rej,
                              LearnedPattern.updated_at: utcnow()})
         .execute())
        applied = True
    return applied


def record(annotator_id: int, kind: str, document_id: int | None, payload: dict,
           undoes: int | None = None) -> int:
    """Append one Action row; returns its id."""
    return Action.insert(annotator=annotator_id, document=document_id, kind=kind,
                         payload=json.dumps(payload, ensure_ascii=False), undoes=undoes,
                         created_at=utcnow()).execute()


def changes_from(rows: list[RowChange], document_id: int | None, action_id: int | None,
                 message: str) -> Changes:
    flags: dict[str, bool] = {}
    documents = {document_id} if document_id is not None else set()
    span_ids = []
    for change in rows:
        spec = TABLES[change.table]
        if spec.flag:
            flags[spec.flag] = True
        for state in (change.before, change.after):
            if state and state.get("document") is not None:
                documents.add(state["document"])
        if change.table == "span":
            span_ids.append(change.id)
    return Changes(document_ids=frozenset(documents), span_ids=tuple(dict.fromkeys(span_ids)),
                   action_id=action_id, message=message, **flags)


# --- undo / redo -----------------------------------------------------------------------------

Inverse = Callable[[dict], list[RowChange]]


@dataclass(frozen=True)
class Reversible:
    undo: Inverse
    redo: Inverse


def _describe(change: RowChange) -> str:
    return f"{change.table.replace('_', ' ')} {change.id}"


def _restore(changes: list[RowChange], *, expect: str, target: str, verb: str) -> list[RowChange]:
    """Check that every row is in its ``expect`` state, then write its ``target`` state."""
    for change in changes:
        if row_state(change.table, change.id) != getattr(change, expect):
            raise InputError(f"cannot {verb}: {_describe(change)} was changed since by another action;"
                             f" nothing was changed")
    done = []
    for change in changes:
        model = TABLES[change.table].model
        pk = model._meta.primary_key
        wanted = getattr(change, target)
        try:
            if wanted is None:
                model.delete().where(pk == change.id).execute()
            elif getattr(change, expect) is None:
                model.insert(id=change.id, **_touch(model, _to_db(model, wanted))).execute()
            else:
                model.update(**_touch(model, _to_db(model, wanted))).where(pk == change.id).execute()
        except IntegrityError as exc:
            raise InputError(f"cannot {verb}: {_describe(change)} conflicts with the data as it is now "
                             f"({exc}); nothing was changed") from exc
        done.append(RowChange(change.table, change.id, getattr(change, expect), wanted))
    return done


def _rows(payload: dict) -> list[RowChange]:
    return [RowChange(c["table"], c["id"], c["before"], c["after"]) for c in payload.get("changes", [])]


def restore_before(payload: dict) -> list[RowChange]:
    """Generic undo: the rows go back to their state before the action, newest change first."""
    done = _restore(list(reversed(_rows(payload))), expect="after", target="before", verb="undo")
    apply_learned([tuple(x) for x in payload.get("learned", [])], sign=-1)
    return done


def restore_after(payload: dict) -> list[RowChange]:
    """Generic redo: the rows take their state after the action again, in the original order."""
    done = _restore(_rows(payload), expect="before", target="after", verb="redo")
    apply_learned([tuple(x) for x in payload.get("learned", [])], sign=1)
    return done


UNDOABLE: dict[str, Reversible] = {}


def register_kind(kind: str, *, undo: Inverse = restore_before, redo: Inverse = restore_after) -> None:
    """Declare an action kind undoable; by default its payload's row states are restored."""
    if kind in (UNDO, REDO):
        raise ValueError(f"{kind!r} is reserved")
    UNDOABLE[kind] = Reversible(undo, redo)


def _history(annotator_id: int, document_id: int | None,
             batch: int = 500) -> Iterator[tuple[int, str, int | None]]:
    """The annotator's undoable actions, undos and redos, newest first, read in batches."""
    kinds = [*UNDOABLE, UNDO, REDO]
    last: int | None = None
    while True:
        query = (Action.select(Action.id, Action.kind, Action.undoes)
                 .where(Action.annotator == annotator_id, Action.kind.in_(kinds)))
        if document_id is not None:
            query = query.where(Action.document == document_id)
        if last is not None:
            query = query.where(Action.id < last)
        rows = list(query.order_by(Action.id.desc()).limit(batch).tuples())
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1][0]


def undo_target(annotator_id: int, document_id: int | None = None) -> int | None:
    """The action an undo would reverse: the newest action (or redo) whose effect is in place.

    An action is in place when the latest undo or redo naming it is not an undo. Judging each
    action by its own latest undo/redo (rather than counting undos against a stack) keeps the
    history right when per-document and whole-history undos are mixed.
    """
    latest: dict[int, str] = {}
    for action_id, kind, undoes in _history(annotator_id, document_id):
        target = action_id if kind not in (UNDO, REDO) else undoes
        if target is None:
            continue
        if kind != UNDO and latest.get(target, REDO) == REDO:
            return target
        latest.setdefault(target, kind if kind in (UNDO, REDO) else "done")
    return None


def redo_target(annotator_id: int, document_id: int | None = None) -> int | None:
    """The action a redo would re-apply: the newest undo that is still the latest word on its
    action, unless an action made after it is in place (which, as in any editor, ends the redo
    history)."""
    latest: dict[int, str] = {}
    for action_id, kind, undoes in _history(annotator_id, document_id):
        target = action_id if kind not in (UNDO, REDO) else undoes
        if target is None:
            continue
        if kind == UNDO and target not in latest:
            return target
        if kind not in (UNDO, REDO) and latest.get(target, REDO) == REDO:
            return None
        latest.setdefault(target, kind if kind in (UNDO, REDO) else "done")
    return None


def reverse(annotator_id: int, direction: str, document_id: int | None = None) -> Changes:
    """Undo (``direction='undo'``) or redo the annotator's latest action; call in a write transaction."""
    find = undo_target if direction == UNDO else redo_target
    target_id = find(annotator_id, document_id)
    if target_id is None:
        return Changes(message=f"nothing to {direction}")
    target = Action.get_by_id(target_id)
    payload = json.loads(target.payload)
    handler = UNDOABLE.get(target.kind)
    if handler is None:
        raise InputError(f"cannot {direction} action {target_id}: kind {target.kind!r} is not undoable")
    done = (handler.undo if direction == UNDO else handler.redo)(payload)
    summary = f"{direction}: {payload.get('summary', target.kind)}"
    action_id = record(annotator_id, direction, target.document_id,
                       {"summary": summary, "kind": target.kind}, undoes=target_id)
    return changes_from(done, target.document_id, action_id, summary)
