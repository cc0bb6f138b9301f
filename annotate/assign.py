"""Assignment of documents to annotators: each document to k annotators, balanced, never twice to one.

Why here and not in the window: assignment is a project decision that the CLI, a script or the window
make the same way. The database's unique key on (document, annotator) is the final guard; the planner
only proposes rows that are not there yet, so running it again (or with more annotators) tops up
documents that are short of k without disturbing anything already assigned or started.

The reviewer's queue holds finished work only: a document is ready for review when at least one
annotator finished it and nobody it is assigned to is still working on it (``assigned`` or
``in_progress``); documents a reviewer already closed (``review.finish_review``) drop out.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

from annotate.errors import InputError

SETTING_K = "annotators_per_document"
DEFAULT_K = 2
REVIEW_DONE_KIND = "review_done"
REVIEW_REOPEN_KIND = "review_reopen"


@dataclass
class AssignReport:
    k: int
    created: int = 0
    per_annotator: dict[str, int] = field(default_factory=dict)
    short: list[int] = field(default_factory=list)  # documents that still have fewer than k annotators

    def to_dict(self) -> dict:
        return {"k": self.k, "created": self.created, "per_annotator": self.per_annotator,
                "short_documents": self.short}


def annotators_per_document() -> int:
    """The project's k (Setting ``annotators_per_document``), 2 when never set."""
    from store.models import Setting

    row = Setting.get_or_none(Setting.key == SETTING_K)
    try:
        return int(row.value) if row else DEFAULT_K
    except ValueError as exc:
        raise InputError(f"setting {SETTING_K}: {row.value!r} is not a whole number") from exc


def set_annotators_per_document(k: int) -> None:
    from store.models import Setting

    if k < 1:
        raise InputError(f"{SETTING_K}: must be at least 1, not {k}")
    Setting.insert(key=SETTING_K, value=str(k)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: str(k)}).execute()


def assign_documents(k: Optional[int], annotators: Iterable[str], *,
                     document_ids: Optional[Iterable[int]] = None, seed: int = 0) -> AssignReport:
    """Give every document (or those named) to annotators until it has k, in one transaction.

    Balanced: each document goes to the annotators with the fewest assignments so far (ties broken
    by a seeded shuffle, so a rerun with the same seed plans the same way). Existing assignments,
    whoever made them, count towards k and are never changed.
    """
    from store.db import db
    from peewee import fn

    from store.models import Annotator, Assignment, Document

    names = list(dict.fromkeys(n.strip() for n in annotators if n.strip()))
    if not names:
        raise InputError("--annotators: name at least one annotator")
    k = annotators_per_document() if k is None else k
    if k < 1:
        raise InputError(f"--k: must be at least 1, not {k}")
    rng = random.Random(seed)
    report = AssignReport(k=k, per_annotator={n: 0 for n in names})
    with db.atomic():
        ids = {}
        for name in names:
            row, _ = Annotator.get_or_create(name=name)
            if row.role != "annotator":
                raise InputError(f"--annotators: {name} is a {row.role}; only annotators get documents")
            ids[name] = row.id
        query = Document.select(Document.id).order_by(Document.id)
        if document_ids is not None:
            wanted = sorted(set(document_ids))
            known = {d for (d,) in Document.select(Document.id).where(Document.id.in_(wanted)).tuples()}
            missing = [d for d in wanted if d not in known]
            if missing:
                raise InputError(f"--documents: no document with id {', '.join(map(str, missing))}")
            query = query.where(Document.id.in_(wanted))
        docs = [d for (d,) in query.tuples()]
        existing: dict[int, set[int]] = {}
        for d, a in Assignment.select(Assignment.document, Assignment.annotator).tuples():
            existing.setdefault(d, set()).add(a)
        load = Counter({ids[n]: 0 for n in names})
        for a in Assignment.select(Assignment.annotator).where(
                Assignment.annotator.in_(list(ids.values()))).tuples():
            load[a[0]] += 1
        next_pos = {a: (p or 0) + 1 for a, p in Assignment.select(
            Assignment.annotator, fn.MAX(Assignment.position)).group_by(Assignment.annotator).tuples()}
        order = names[:]
        rows = []
        for doc in docs:
            have = existing.get(doc, set())
            need = k - len(have)
            if need <= 0:
                continue
            rng.shuffle(order)
            free = sorted((n for n in order if ids[n] not in have), key=lambda n: load[ids[n]])
            for name in free[:need]:
                aid = ids[name]
                rows.append({"document": doc, "annotator": aid, "status": "assigned",
                             "position": next_pos.get(aid, 1)})
                next_pos[aid] = next_pos.get(aid, 1) + 1
                load[aid] += 1
                report.per_annotator[name] += 1
            if len(free) < need:
                report.short.append(doc)
        # the unique key (document, annotator) guards against a concurrent run planning the same row
        for i in range(0, len(rows), 500):
            Assignment.insert_many(rows[i:i + 500]).on_conflict_ignore().execute()
        report.created = len(rows)
    return report


def annotator_queue(name: str, *, status: Optional[str] = None) -> list[int]:
    """Document ids in ``name``'s queue, in queue order (optionally of one status)."""
    from store.models import Annotator, Assignment

    q = (Assignment.select(Assignment.document).join(Annotator)
         .where(Annotator.name == name).order_by(Assignment.position, Assignment.document))
    if status is not None:
        q = q.where(Assignment.status == status)
    return [d for (d,) in q.tuples()]


def reviewer_queue(*, include_reviewed: bool = False) -> list[int]:
    """Documents ready for review (see module docstring), oldest finished first."""
    from store.models import Assignment

    done: dict[int, int] = Counter()
    busy: set[int] = set()
    last: dict[int, object] = {}
    for doc, st, fin in Assignment.select(Assignment.document, Assignment.status,
                                          Assignment.finished_at).tuples():
        if st == "done":
            done[doc] += 1
            if fin is not None and (doc not in last or str(fin) > str(last[doc])):
                last[doc] = fin
        elif st in ("assigned", "in_progress"):
            busy.add(doc)
    ready = [d for d in done if d not in busy]
    if not include_reviewed:
        closed = reviewed_documents()
        ready = [d for d in ready if d not in closed]
    return sorted(ready, key=lambda d: (str(last.get(d, "")), d))


def reviewed_documents() -> set[int]:
    """Documents whose newest review_done / review_reopen action (not undone) is a review_done."""
    from store.models import Action

    undone = {u for (u,) in Action.select(Action.undoes).where(Action.undoes.is_null(False)).tuples()}
    state: dict[int, str] = {}
    for aid, doc, kind in (Action.select(Action.id, Action.document, Action.kind)
                           .where(Action.kind.in_([REVIEW_DONE_KIND, REVIEW_REOPEN_KIND]))
                           .order_by(Action.id).tuples()):
        if aid not in undone:
            state[doc] = kind
    return {d for d, k in state.items() if k == REVIEW_DONE_KIND}
