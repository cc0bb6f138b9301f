"""Review and gold: a reviewer turns annotators' finished versions of a document into gold spans.

Every write is one transaction that appends an ``Action`` row (kinds in ``GOLD_KINDS``) whose payload
holds what changed, before and after, so ``undo_gold`` can reverse it and audits can replay it. Only
users whose role is ``reviewer`` write gold; others get ``PermissionDenied`` with a message that says
why. Comments are open to everyone.

Whose work counts is the same rule as agreement's (``annotate.agreement.load_versions``, "finished"):
an annotator's version of a document counts once their assignment for it is done (or when they have
spans there without any assignment, e.g. imported work).

* **agreed** spans: identical (start, end, label) in every finished version, with two or more versions.
  ``merge_agreed`` makes them gold at once, except spans a reviewer removed from gold before.
* **conflicts**: every other span, grouped into connected runs of overlapping spans. A conflict is
  resolved once a gold span overlaps it, or a reviewer rejected it (``reject_conflict``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from annotate.agreement import SpanT, load_versions
from annotate.assign import REVIEW_DONE_KIND, REVIEW_REOPEN_KIND
from annotate.errors import InputError, PermissionDenied
from annotate.spans import Changes

GOLD_MERGE = "gold_merge"
GOLD_ACCEPT = "gold_accept"
GOLD_REMOVE = "gold_remove"
GOLD_EDIT = "gold_edit"
GOLD_REJECT = "gold_reject"  # a conflict whose versions all stay out of gold
GOLD_UNDO = "gold_undo"
COMMENT = "comment"
#: the actions ``undo_gold`` can reverse, newest first
GOLD_KINDS = (GOLD_MERGE, GOLD_ACCEPT, GOLD_REMOVE, GOLD_EDIT, GOLD_REJECT, REVIEW_DONE_KIND)


# --------------------------------------------------------------------------------------------------
# users and roles


def ensure_reviewer(name: str) -> int:
    """Create ``name`` as a reviewer, or return the id if it is one already.

    Refuses to promote an existing annotator: a role change is a deliberate project decision
    (``set_role``), not a side effect of opening the review window.
    """
    from store.models import Annotator

    row, created = Annotator.get_or_create(name=name, defaults={"role": "reviewer"})
    if not created and row.role != "reviewer":
        raise PermissionDenied(f"{name} is an {row.role}; only reviewers can write gold spans")
    return row.id


def set_role(name: str, role: str) -> None:
    """Make ``name`` an annotator or a reviewer (created when unknown)."""
    from store.models import Annotator

    if role not in ("annotator", "reviewer"):
        raise InputError(f"role: must be annotator or reviewer, not {role!r}")
    row, _ = Annotator.get_or_create(name=name, defaults={"role": role})
    if row.role != role:
        row.role = role
        row.save()


def require_reviewer(name: str):
    """The reviewer's Annotator row, or PermissionDenied naming the user's actual role."""
    from store.models import Annotator

    row = Annotator.get_or_none(Annotator.name == name)
    if row is None:
        raise PermissionDenied(f"{name} is not a known user; only reviewers can write gold spans")
    if row.role != "reviewer":
        article = "an" if row.role[0] in "aeiou" else "a"
        raise PermissionDenied(f"{name} is {article} {row.role}; only reviewers can write gold spans")
    return row


def _user(name: str):
    from store.models import Annotator

    row, _ = Annotator.get_or_create(name=name)
    return row


# --------------------------------------------------------------------------------------------------
# the view a reviewer works from


@dataclass(frozen=True)
class GoldRow:
    id: int
    start: int
    end: int
    label: str
    reviewer: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Conflict:
    """A run of overlapping spans the finished versions disagree on."""

    start: int
    end: int
    options: dict[str, tuple[SpanT, ...]]  # annotator → their spans inside the run (may be empty)
    resolved: bool

    def choice(self, index: int) -> tuple[str, tuple[SpanT, ...]]:
        """The ``index``-th annotator (0-based, sorted by name) and their version of this run."""
        names = sorted(self.options)
        return names[index], self.options[names[index]]


@dataclass(frozen=True)
class CommentRow:
    id: int
    author: str
    body: str
    start: Optional[int]
    end: Optional[int]
    created_at: str


@dataclass
class ReviewView:
    document_id: int
    source: str
    text: str
    annotators: list[str]
    versions: dict[str, list[SpanT]]
    agreed: list[SpanT]
    conflicts: list[Conflict]
    gold: list[GoldRow]
    comments: list[CommentRow] = field(default_factory=list)
    reviewed: bool = False

    def span_state(self, span: SpanT) -> str:
        """'gold', 'agreed' or 'conflict': how a reviewer should read an annotator's span."""
        if any((g.start, g.end, g.label) == span for g in self.gold):
            return "gold"
        return "agreed" if span in self.agreed else "conflict"


def finished_versions(document_id: int) -> dict[str, set[SpanT]]:
    versions, _ = load_versions(document_ids=[document_id], min_annotators=1)
    return {name: v[document_id] for name, v in versions.items() if document_id in v}


def agreed_spans(versions: dict[str, set[SpanT]]) -> set[SpanT]:
    if len(versions) < 2:
        return set()
    return set.intersection(*(set(v) for v in versions.values()))


def conflict_runs(versions: dict[str, set[SpanT]], agreed: set[SpanT]) -> list[tuple[int, int, dict]]:
    """Connected runs of overlapping non-agreed spans: (start, end, {annotator: spans})."""
    items = sorted((s, name) for name, spans in versions.items() for s in spans if s not in agreed)
    runs: list[tuple[int, int, dict]] = []
    for span, name in items:
        if runs and span[0] < runs[-1][1]:
            start, end, opts = runs[-1]
            opts.setdefault(name, []).append(span)
            runs[-1] = (start, max(end, span[1]), opts)
        else:
            runs.append((span[0], span[1], {name: [span]}))
    return runs


def _rejected_ranges(document_id: int) -> list[tuple[int, int]]:
    from store.models import Action

    undone = _undone_ids()
    out = []
    for aid, payload in (Action.select(Action.id, Action.payload)
                         .where(Action.document == document_id, Action.kind == GOLD_REJECT).tuples()):
        if aid not in undone:
            p = json.loads(payload)
            out.append((p["start"], p["end"]))
    return out


def review_view(document_id: int) -> ReviewView:
    """Everything the review window shows for one document, read in one go."""
    from store.models import Annotator, Comment, Document, GoldSpan

    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise InputError(f"document {document_id}: no such document")
    versions = finished_versions(document_id)
    agreed = agreed_spans(versions)
    gold = [GoldRow(g.id, g.start, g.end, g.label_id, g.reviewer.name, tuple(json.loads(g.sources)))
            for g in GoldSpan.select(GoldSpan, Annotator).join(Annotator)
            .where(GoldSpan.document == document_id).order_by(GoldSpan.start, GoldSpan.end)]
    rejected = _rejected_ranges(document_id)
    conflicts = []
    for start, end, opts in conflict_runs(versions, agreed):
        resolved = (any(g.start < end and start < g.end for g in gold)
                    or any(rs <= start and end <= re for rs, re in rejected))
        options = {name: tuple(sorted(opts.get(name, []))) for name in sorted(versions)}
        conflicts.append(Conflict(start, end, options, resolved))
    comments = [CommentRow(c.id, c.author.name, c.body, c.start, c.end, str(c.created_at))
                for c in Comment.select(Comment, Annotator).join(Annotator)
                .where(Comment.document == document_id).order_by(Comment.id)]
    from annotate.assign import reviewed_documents

    return ReviewView(document_id, doc.source, doc.clean_text, sorted(versions),
                      {n: sorted(v) for n, v in sorted(versions.items())}, sorted(agreed), conflicts, gold,
                      comments, document_id in reviewed_documents())


# --------------------------------------------------------------------------------------------------
# writing gold


def _log(reviewer, document_id: Optional[int], kind: str, payload: dict, undoes: Optional[int] = None) -> int:
    from store.models import Action

    return Action.create(annotator=reviewer, document=document_id, kind=kind,
                         payload=json.dumps(payload, ensure_ascii=False), undoes=undoes).id


def _changes(document_id: int, action_id: int, message: str) -> Changes:
    return Changes(document_ids=frozenset({document_id}), gold=True, action_id=action_id, message=message)


def _gold_dict(g) -> dict:
    return {"id": g.id, "start": g.start, "end": g.end, "label": g.label_id,
            "reviewer": g.reviewer_id, "sources": json.loads(g.sources)}


def _check_span(document_id: int, start: int, end: int, label: str) -> None:
    from store.models import Document, LabelType

    doc = Document.get_or_none(Document.id == document_id)
    if doc is None:
        raise InputError(f"document {document_id}: no such document")
    if not (0 <= start < end <= doc.length):
        raise InputError(f"document {document_id}: span {start}..{end} is outside 0..{doc.length}")
    if not LabelType.select().where(LabelType.code == label).exists():
        raise InputError(f"label: {label!r} is not in the project's schema")


def _removed_before(document_id: int) -> set[SpanT]:
    """Spans a reviewer removed from this document's gold (and did not undo): merges skip them."""
    from store.models import Action

    undone = _undone_ids()
    out = set()
    for aid, payload in (Action.select(Action.id, Action.payload)
                         .where(Action.document == document_id, Action.kind == GOLD_REMOVE).tuples()):
        if aid not in undone:
            g = json.loads(payload)["gold"]
            out.add((g["start"], g["end"], g["label"]))
    return out


def has_merged(document_id: int) -> bool:
    """True once any reviewer ran ``merge_agreed`` on the document (even if it was undone since):
    the window merges automatically only the first time, so an undone merge stays undone."""
    from store.models import Action

    return Action.select().where(Action.document == document_id, Action.kind == GOLD_MERGE).exists()


def merge_agreed(*, reviewer: str, document_id: int) -> Changes:
    """Make every span all finished versions agree on gold (skipping ones a reviewer removed before)."""
    from store.db import db
    from store.models import GoldSpan

    with db.atomic():
        rev = require_reviewer(reviewer)
        versions = finished_versions(document_id)
        agreed = agreed_spans(versions) - _removed_before(document_id)
        existing = {(g.start, g.end, g.label_id) for g in
                    GoldSpan.select().where(GoldSpan.document == document_id)}
        created = []
        for start, end, label in sorted(agreed - existing):
            g = GoldSpan.create(document=document_id, start=start, end=end, label=label, reviewer=rev,
                                sources=json.dumps(sorted(versions)))
            created.append(g.id)
        action = _log(rev, document_id, GOLD_MERGE, {"created": created})
    return _changes(document_id, action, f"{len(created)} agreed span(s) accepted as gold")


def accept_gold(*, reviewer: str, document_id: int, start: int, end: int, label: str,
                sources: Optional[Sequence[str]] = None, replace_overlapping: bool = True) -> Changes:
    """Write one gold span; gold spans it overlaps are removed in the same step (and restored by undo).

    ``sources`` defaults to the annotators whose finished version holds exactly this span.
    """
    from store.db import db
    from store.models import GoldSpan

    with db.atomic():
        rev = require_reviewer(reviewer)
        _check_span(document_id, start, end, label)
        if sources is None:
            sources = sorted(n for n, v in finished_versions(document_id).items() if (start, end, label) in v)
        removed = []
        if replace_overlapping:
            for g in GoldSpan.select().where(GoldSpan.document == document_id, GoldSpan.start < end,
                                             GoldSpan.end > start):
                if (g.start, g.end, g.label_id) != (start, end, label):
                    removed.append(_gold_dict(g))
                    g.delete_instance()
        same = GoldSpan.get_or_none(document=document_id, start=start, end=end, label=label)
        before = _gold_dict(same) if same else None
        if same is None:
            same = GoldSpan.create(document=document_id, start=start, end=end, label=label, reviewer=rev,
                                   sources=json.dumps(sorted(set(sources))))
        else:
            same.sources = json.dumps(sorted(set(json.loads(same.sources)) | set(sources)))
            same.reviewer = rev
            same.save()
        action = _log(rev, document_id, GOLD_ACCEPT,
                      {"gold": _gold_dict(same), "before": before, "removed": removed})
    return _changes(document_id, action, f"gold {label} {start}..{end}")


def remove_gold(*, reviewer: str, gold_id: int) -> Changes:
    from store.db import db
    from store.models import GoldSpan

    with db.atomic():
        rev = require_reviewer(reviewer)
        g = GoldSpan.get_or_none(GoldSpan.id == gold_id)
        if g is None:
            raise InputError(f"gold span {gold_id}: no such gold span")
        doc = g.document_id
        payload = {"gold": _gold_dict(g)}
        g.delete_instance()
        action = _log(rev, doc, GOLD_REMOVE, payload)
    return _changes(doc, action, "gold span removed")


def edit_gold(*, reviewer: str, gold_id: int, start: Optional[int] = None, end: Optional[int] = None,
              label: Optional[str] = None) -> Changes:
    """Move a gold span's boundaries or change its label."""
    from store.db import db
    from store.models import GoldSpan

    with db.atomic():
        rev = require_reviewer(reviewer)
        g = GoldSpan.get_or_none(GoldSpan.id == gold_id)
        if g is None:
            raise InputError(f"gold span {gold_id}: no such gold span")
        before = _gold_dict(g)
        new = (g.start if start is None else start, g.end if end is None else end,
               g.label_id if label is None else label)
        _check_span(g.document_id, *new)
        g.start, g.end, g.label, g.reviewer = new[0], new[1], new[2], rev
        g.save()
        action = _log(rev, g.document_id, GOLD_EDIT, {"before": before, "after": _gold_dict(g)})
    return _changes(g.document_id, action, "gold span edited")


def reject_conflict(*, reviewer: str, document_id: int, start: int, end: int) -> Changes:
    """Decide that none of the versions in ``start..end`` is gold (gold spans there are removed)."""
    from store.db import db
    from store.models import GoldSpan

    with db.atomic():
        rev = require_reviewer(reviewer)
        removed = []
        for g in GoldSpan.select().where(GoldSpan.document == document_id, GoldSpan.start < end,
                                         GoldSpan.end > start):
            removed.append(_gold_dict(g))
            g.delete_instance()
        action = _log(rev, document_id, GOLD_REJECT, {"start": start, "end": end, "removed": removed})
    return _changes(document_id, action, "conflict rejected")


def finish_review(*, reviewer: str, document_id: int) -> Changes:
    """Close a document's review: it leaves the reviewer queue and counts as gold for exports."""
    from store.db import db

    with db.atomic():
        rev = require_reviewer(reviewer)
        action = _log(rev, document_id, REVIEW_DONE_KIND, {})
    return _changes(document_id, action, "review finished")


def reopen_review(*, reviewer: str, document_id: int) -> Changes:
    from store.db import db

    with db.atomic():
        rev = require_reviewer(reviewer)
        action = _log(rev, document_id, REVIEW_REOPEN_KIND, {})
    return _changes(document_id, action, "review reopened")


# --------------------------------------------------------------------------------------------------
# undo


def _undone_ids() -> set[int]:
    from store.models import Action

    return {u for (u,) in Action.select(Action.undoes).where(Action.kind == GOLD_UNDO).tuples()
            if u is not None}


def _restore(g: dict) -> None:
    from store.models import GoldSpan

    GoldSpan.insert(id=g["id"], document=g.get("document"), start=g["start"], end=g["end"],
                    label=g["label"], reviewer=g["reviewer"], sources=json.dumps(g["sources"])
                    ).on_conflict_ignore().execute()


def undo_gold(*, reviewer: str) -> Changes:
    """Reverse this reviewer's newest gold action that is not undone yet (nothing to undo: no change)."""
    from store.db import db
    from store.models import Action, GoldSpan

    with db.atomic():
        rev = require_reviewer(reviewer)
        undone = _undone_ids()
        last = None
        for a in (Action.select().where(Action.annotator == rev, Action.kind.in_(GOLD_KINDS))
                  .order_by(Action.id.desc())):
            if a.id not in undone:
                last = a
                break
        if last is None:
            return Changes(message="nothing to undo")
        p = json.loads(last.payload)
        doc = last.document_id
        # delete what the action created before restoring what it removed: SQLite may have reused
        # a removed row's id for the created one
        if last.kind == GOLD_MERGE:
            GoldSpan.delete().where(GoldSpan.id.in_(p["created"] or [0])).execute()
        elif last.kind == GOLD_ACCEPT:
            GoldSpan.delete().where(GoldSpan.id == p["gold"]["id"]).execute()
        elif last.kind == GOLD_EDIT:
            b = p["before"]
            GoldSpan.update(start=b["start"], end=b["end"], label=b["label"], reviewer=b["reviewer"]
                            ).where(GoldSpan.id == b["id"]).execute()
        restore = p.get("removed", []) + ([p["gold"]] if last.kind == GOLD_REMOVE else [])
        if last.kind == GOLD_ACCEPT and p["before"]:
            restore.append(p["before"])
        for g in restore:
            _restore({**g, "document": doc})
        action = _log(rev, doc, GOLD_UNDO, {"kind": last.kind}, undoes=last.id)
        if last.kind == REVIEW_DONE_KIND:
            # readers that only look at the newest review_done/review_reopen (exports) see it reopened
            _log(rev, doc, REVIEW_REOPEN_KIND, {"by_undo": last.id})
    return _changes(doc, action, f"undid {last.kind}")


# --------------------------------------------------------------------------------------------------
# comments


def add_comment(*, author: str, document_id: int, body: str, start: Optional[int] = None,
                end: Optional[int] = None) -> Changes:
    """A comment on a document, or on a span when ``start``/``end`` are given. Anyone may comment."""
    from store.db import db
    from store.models import Comment, Document

    body = body.strip()
    if not body:
        raise InputError("comment: the text is empty")
    if (start is None) != (end is None):
        raise InputError("comment: give both start and end, or neither")
    with db.atomic():
        doc = Document.get_or_none(Document.id == document_id)
        if doc is None:
            raise InputError(f"document {document_id}: no such document")
        if start is not None and not (0 <= start < end <= doc.length):
            raise InputError(f"comment: span {start}..{end} is outside document {document_id}")
        user = _user(author)
        c = Comment.create(document=document_id, author=user, start=start, end=end, body=body)
        action = _log(user, document_id, COMMENT, {"comment": c.id})
    return Changes(document_ids=frozenset({document_id}), action_id=action, message="comment added")


def gold_documents() -> list[int]:
    """Documents a reviewer closed (``finish_review``): the ones whose gold is complete."""
    from annotate.assign import reviewed_documents

    return sorted(reviewed_documents())


def gold_spans(document_ids: Optional[Iterable[int]] = None) -> dict[int, set[SpanT]]:
    from store.models import GoldSpan

    q = GoldSpan.select(GoldSpan.document, GoldSpan.start, GoldSpan.end, GoldSpan.label)
    if document_ids is not None:
        q = q.where(GoldSpan.document.in_(list(document_ids)))
    out: dict[int, set[SpanT]] = {}
    for d, s, e, label in q.tuples():
        out.setdefault(d, set()).add((s, e, label))
    return out
