"""Streaming records out of the database, with the export filters.

What each ``status`` means (docs/exports.md repeats this for users):

* ``gold`` (default): documents with reviewed output, i.e. that have gold spans or that a reviewer
  closed (the newest review_done / review_reopen action is review_done, as in
  annotate.assign.reviewed_documents; a reviewed document with no entity is a valid negative example). Spans: the gold spans. ``meta.status`` = ``"gold"``.
* ``reviewed``: only documents a reviewer closed (stricter than ``gold``: a document whose review is
  under way, with some gold spans written, is left out). Spans: the gold spans.
* ``all``: every document. Spans: gold where the document is gold (as above); otherwise one
  annotator's spans, chosen deterministically: the first by name among annotators who finished the
  document, else the first by name among those with spans on it. ``meta.status`` says which:
  ``gold``, ``done`` (the annotator finished), ``in_progress`` (spans, not finished) or ``unannotated``.

``annotator=NAME`` selects whose work: with ``all``, NAME's own spans on every document NAME has spans
on or finished (``meta.status`` ``done`` or ``in_progress``); with ``gold``/``reviewed``, the gold spans
of those documents among the gold/reviewed ones NAME worked on.
``labels`` keeps only spans with those labels (documents stay, so other entities become ``O``).
``date_from``/``date_to`` (inclusive days, UTC) keep documents with annotation work in the range:
a gold span written, a span changed or an assignment finished on those days.

Records come in document id order, in batches fetched by keyset pagination (``id > last``) with
correlated ``EXISTS`` filters, so neither memory nor per-batch cost grows with the corpus.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

from peewee import SQL, fn

from annotate.assign import REVIEW_DONE_KIND, REVIEW_REOPEN_KIND
from annotate.errors import InputError
from annotate.exports.records import Record, RecordSpan, sort_spans

STATUSES = ("gold", "reviewed", "all")
REVIEW_KINDS = (REVIEW_DONE_KIND, REVIEW_REOPEN_KIND)


@dataclass(frozen=True)
class Selection:
    """Which documents and spans an export takes; see the module docstring for the meanings."""

    status: str = "gold"
    annotator: str | None = None
    labels: frozenset[str] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise InputError(f"--status: {self.status!r} is not one of {', '.join(STATUSES)}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InputError(f"--from {self.date_from} is after --to {self.date_to}")


def _exists(query) -> object:
    return fn.EXISTS(query)


def _reviewer_done():
    """Correlated test: the document's newest review_done / review_reopen action is a review_done
    (the definition annotate.assign.reviewed_documents uses), evaluated per document through the
    index on action.document instead of reading the whole log."""
    from store.models import Action, Document

    later = Action.alias("later")
    reopened = (later.select(SQL("1"))
                .where((later.document == Document.id) & later.kind.in_(REVIEW_KINDS) & (later.id > Action.id)))
    return (Action.select(SQL("1"))
            .where((Action.document == Document.id) & (Action.kind == REVIEW_DONE_KIND) & ~fn.EXISTS(reopened)))


def _has_gold():
    from store.models import Document, GoldSpan

    return GoldSpan.select(SQL("1")).where(GoldSpan.document == Document.id)


def _worked_on(annotator_id: int):
    from store.models import Assignment, Document, Span

    spans = Span.select(SQL("1")).where((Span.document == Document.id) & (Span.annotator == annotator_id))
    done = Assignment.select(SQL("1")).where((Assignment.document == Document.id)
                                             & (Assignment.annotator == annotator_id)
                                             & (Assignment.status == "done"))
    return _exists(spans) | _exists(done)


def _in_dates(sel: Selection, annotator_id: int | None):
    from store.models import Assignment, Document, GoldSpan, Span

    lo = dt.datetime.combine(sel.date_from or dt.date.min, dt.time())
    hi = dt.datetime.combine(sel.date_to + dt.timedelta(days=1), dt.time()) if sel.date_to else dt.datetime.max
    gold = GoldSpan.select(SQL("1")).where((GoldSpan.document == Document.id)
                                           & GoldSpan.created_at.between(lo, hi))
    spans = Span.select(SQL("1")).where((Span.document == Document.id) & (Span.updated_at >= lo)
                                        & (Span.updated_at < hi))
    assignments = Assignment.select(SQL("1")).where(
        (Assignment.document == Document.id) & (Assignment.finished_at >= lo) & (Assignment.finished_at < hi))
    if annotator_id is not None:
        spans = spans.where(Span.annotator == annotator_id)
        assignments = assignments.where(Assignment.annotator == annotator_id)
    return _exists(gold) | _exists(spans) | _exists(assignments)


def _annotator_id(name: str) -> int:
    from store.models import Annotator

    row = Annotator.get_or_none(Annotator.name == name)
    if row is None:
        raise InputError(f"--annotator: no annotator named {name!r} in this project")
    return row.id


def document_condition(sel: Selection):
    """The WHERE clause (on Document) of the documents ``sel`` takes, or None for every document."""
    annotator_id = _annotator_id(sel.annotator) if sel.annotator else None
    parts = []
    if sel.status == "gold":
        parts.append(_exists(_has_gold()) | _exists(_reviewer_done()))
    elif sel.status == "reviewed":
        parts.append(_exists(_reviewer_done()))
    if annotator_id is not None:
        parts.append(_worked_on(annotator_id))
    if sel.date_from or sel.date_to:
        parts.append(_in_dates(sel, annotator_id))
    if not parts:
        return None
    cond = parts[0]
    for part in parts[1:]:
        cond = cond & part
    return cond


def count_documents(sel: Selection) -> int:
    from store.models import Document

    query = Document.select(fn.COUNT(Document.id))
    cond = document_condition(sel)
    if cond is not None:
        query = query.where(cond)
    return int(query.scalar() or 0)


def group_sizes(sel: Selection) -> dict[str, int]:
    """Documents per group key among those ``sel`` takes (for balanced splits; no texts read)."""
    from store.models import Document

    query = Document.select(Document.group_key, fn.COUNT(Document.id)).group_by(Document.group_key)
    cond = document_condition(sel)
    if cond is not None:
        query = query.where(cond)
    return {key: int(count) for key, count in query.tuples()}


def iter_records(sel: Selection, *, batch_size: int = 500, predictions: bool = False) -> Iterator[Record]:
    """Yield the selected documents as ``Record``s, in id order, ``batch_size`` documents at a time."""
    from store.models import Document

    cond = document_condition(sel)
    last = 0
    while True:
        query = (Document.select(Document.id, Document.content_hash, Document.clean_text, Document.source,
                                 Document.group_key)
                 .where(Document.id > last).order_by(Document.id).limit(batch_size))
        if cond is not None:
            query = query.where(cond)
        rows = list(query.tuples())
        if not rows:
            return
        last = rows[-1][0]
        yield from _batch_records(rows, sel, predictions)


def _rows(query) -> Iterator[tuple]:
    """Rows straight from the driver's cursor: the selected columns are plain ints and strings, so
    peewee's per-value conversion (a third of the export time on 2M spans) is skipped."""
    from store.db import db

    return iter(db.obj.execute(query))


def _label_filter(query, column, sel: Selection):
    return query.where(column.in_(sorted(sel.labels))) if sel.labels is not None else query


def _batch_records(rows: list[tuple], sel: Selection, predictions: bool) -> Iterator[Record]:
    from store.models import Action, Annotator, Assignment, GoldSpan, Span, Suggestion

    ids = [row[0] for row in rows]
    gold_spans: dict[int, list[RecordSpan]] = defaultdict(list)
    gold_sources: dict[int, set[str]] = defaultdict(set)
    query = (GoldSpan.select(GoldSpan.document, GoldSpan.start, GoldSpan.end, GoldSpan.label, GoldSpan.sources)
             .where(GoldSpan.document.in_(ids)))
    parsed: dict[str, list[str]] = {}  # the same few source lists repeat: parse each once
    for doc, start, end, label, sources in _rows(_label_filter(query, GoldSpan.label, sel)):
        gold_spans[doc].append(RecordSpan(start, end, label))
        if sources and sources != "[]":
            names = parsed.get(sources)
            if names is None:
                names = parsed[sources] = json.loads(sources)
            gold_sources[doc].update(names)
    # which documents are gold: needed only where ``all`` mixes gold and annotator spans; asked
    # separately because a label filter may have removed every gold span of a gold document
    has_gold_ids: set[int] = set()
    if sel.status == "all":
        has_gold_ids = {doc for (doc,) in GoldSpan.select(GoldSpan.document)
                        .where(GoldSpan.document.in_(ids)).distinct().tuples()}

    # assignments: who finished what
    done_by: dict[int, list[str]] = defaultdict(list)
    for doc, name, role in (Assignment.select(Assignment.document, Annotator.name, Annotator.role)
                            .join(Annotator).where(Assignment.document.in_(ids) & (Assignment.status == "done"))
                            .tuples()):
        if role != "reviewer":
            done_by[doc].append(name)
    # review state: the newest review_done / review_reopen action per document
    review_state: dict[int, str] = {}
    for doc, kind in (Action.select(Action.document, Action.kind)
                      .where(Action.document.in_(ids) & Action.kind.in_(REVIEW_KINDS)).order_by(Action.id).tuples()):
        review_state[doc] = kind
    reviewed = {doc for doc, kind in review_state.items() if kind == REVIEW_DONE_KIND}

    def is_gold(doc: int) -> bool:
        return doc in reviewed or doc in has_gold_ids

    # per-annotator spans, only when some documents take them
    by_annotator: dict[int, dict[str, list[RecordSpan]]] = defaultdict(lambda: defaultdict(list))
    want_annotator_spans = sel.status == "all"
    if want_annotator_spans:
        need = [doc for doc in ids if sel.annotator or not is_gold(doc)]
        if need:
            query = (Span.select(Span.document, Annotator.name, Span.start, Span.end, Span.label)
                     .join(Annotator).where(Span.document.in_(need)))
            if sel.annotator:
                query = query.where(Annotator.name == sel.annotator)
            for doc, name, start, end, label in _rows(_label_filter(query, Span.label, sel)):
                by_annotator[doc][name].append(RecordSpan(start, end, label))
            if sel.labels is not None:  # an annotator whose spans were all filtered out still worked on it
                for doc, name in (Span.select(Span.document, Annotator.name).join(Annotator)
                                  .where(Span.document.in_(need)).distinct().tuples()):
                    if not sel.annotator or name == sel.annotator:
                        by_annotator[doc].setdefault(name, [])

    preds: dict[int, list[RecordSpan]] = defaultdict(list)
    versions: dict[int, str] = {}
    if predictions:
        query = (Suggestion.select(Suggestion.document, Suggestion.start, Suggestion.end, Suggestion.label,
                                   Suggestion.score, Suggestion.version)
                 .where(Suggestion.document.in_(ids)))
        for doc, start, end, label, score, version in _label_filter(query, Suggestion.label, sel).tuples():
            preds[doc].append(RecordSpan(start, end, label, float(score)))
            versions[doc] = max(versions.get(doc, ""), version or "")

    for doc, content_hash, text, source, group_key in rows:
        if sel.status == "all" and (sel.annotator or not is_gold(doc)):
            spans, annotators, status = _annotator_choice(doc, sel.annotator, by_annotator.get(doc, {}),
                                                          done_by.get(doc, []))
        else:
            spans = gold_spans.get(doc, [])
            annotators = sorted(gold_sources.get(doc, set()) | set(done_by.get(doc, [])))
            status = "gold"
        yield Record(id=content_hash, text=text, spans=sort_spans(spans), source=source,
                     annotators=annotators, status=status, doc_id=doc, group_key=group_key or content_hash,
                     predictions=sort_spans(preds.get(doc, [])), prediction_version=versions.get(doc, ""))


def _annotator_choice(doc: int, wanted: str | None, spans_by: dict[str, list[RecordSpan]],
                      finished: list[str]) -> tuple[list[RecordSpan], list[str], str]:
    """Whose spans a non-gold document exports with (see the module docstring)."""
    if wanted:
        name = wanted
    elif finished:
        name = sorted(finished)[0]
    elif spans_by:
        name = sorted(spans_by)[0]
    else:
        return [], [], "unannotated"
    status = "done" if name in finished else "in_progress"
    return list(spans_by.get(name, [])), [name], status
