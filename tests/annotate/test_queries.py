"""Read queries: the document view, the queue in open and assigned mode, next document, progress."""
from __future__ import annotations

import pytest

from annotate import ops, queries
from annotate.errors import InputError
from store.models import Assignment
from test_ops import TEXT, make_document, make_suggestion, project  # noqa: F401  (fixture)


def test_document_view_of_unknown_annotator_reads_without_writing(project):
    doc = make_document()
    make_suggestion(doc, 0, 6, "ORG")
    view = queries.document_view(doc, "nobody")
    assert (view.id, view.text, view.status, view.spans) == (doc, TEXT, "assigned", [])
    assert view.suggestions[0]["decision"] is None and view.suggestions[0]["text"] == "北京市总工会"
    assert view.flags and view.flags[0]["note"] == "test"
    assert queries.annotator_id("nobody") is None
    with pytest.raises(InputError, match="document 777 does not exist"):
        queries.document_view(777, "nobody")


def test_document_view_shows_only_this_annotators_work(project):
    doc = make_document()
    s1, s2 = make_suggestion(doc, 0, 6, "ORG"), make_suggestion(doc, 11, 13, "PER")
    ops.accept_suggestion(annotator="ann", suggestion_id=s1)
    ops.reject_suggestion(annotator="bob", suggestion_id=s2)
    ops.add_span(annotator="bob", document_id=doc, start=0, end=3, label="LOC")
    view = queries.document_view(doc, "ann")
    assert [(s["start"], s["end"], s["label"], s["origin"], s["suggestion"]) for s in view.spans] == [
        (0, 6, "ORG", "suggestion", s1)]
    assert [(s["id"], s["decision"]) for s in view.suggestions] == [(s1, "accepted"), (s2, None)]
    bob = queries.document_view(doc, "bob")
    assert [(s["id"], s["decision"]) for s in bob.suggestions] == [(s1, None), (s2, "rejected")]
    assert [s["label"] for s in bob.spans] == ["LOC"]


def test_open_queue_lists_every_document_and_next_skips_finished(project):
    docs = [make_document(TEXT + str(i), source=f"d{i}.txt") for i in range(4)]
    assert [r.document_id for r in queries.queue("ann")] == docs
    assert queries.next_document("ann") == docs[0]
    ops.set_document_status(annotator="ann", document_id=docs[0], status="done")
    ops.set_document_status(annotator="ann", document_id=docs[2], status="skipped")
    # an action on a document does not turn the open queue into an assigned one
    assert len(queries.queue("ann")) == 4
    assert queries.next_document("ann") == docs[1]
    assert queries.next_document("ann", after=docs[1]) == docs[3]
    assert queries.next_document("ann", after=docs[3]) == docs[1]  # wraps round
    assert [r.document_id for r in queries.queue("ann", status="done")] == [docs[0]]
    assert [r.document_id for r in queries.queue("ann", status="assigned")] == [docs[1], docs[3]]
    ops.add_span(annotator="ann", document_id=docs[1], start=0, end=3, label="LOC")
    row = queries.queue("ann", search="d1.txt")[0]
    assert (row.document_id, row.status, row.spans) == (docs[1], "in_progress", 1)
    assert queries.progress("ann") == {"documents_total": 4, "documents_done": 1,
                                       "documents_skipped": 1, "spans": 1}


def test_search_treats_wildcards_literally(project):
    make_document(TEXT, source="a_b.txt")
    make_document(TEXT + "x", source="axb.txt")
    assert [r.source for r in queries.queue("ann", search="a_b")] == ["a_b.txt"]
    assert len(queries.queue("ann", search="上海市")) == 2


def test_assigned_queue_follows_positions(project):
    docs = [make_document(TEXT + str(i), source=f"d{i}.txt") for i in range(5)]
    ann = ops.ensure_annotator("ann")
    for position, doc in enumerate(reversed(docs[1:])):  # doc 0 is not assigned to ann
        Assignment.create(document=doc, annotator=ann, position=position)
    order = list(reversed(docs[1:]))
    assert [r.document_id for r in queries.queue("ann")] == order
    assert queries.next_document("ann") == order[0]
    assert queries.next_document("ann", after=order[0]) == order[1]
    ops.set_document_status(annotator="ann", document_id=order[1], status="done")
    ops.set_document_status(annotator="ann", document_id=order[2], status="in_progress")
    assert queries.next_document("ann", after=order[0]) == order[2]
    assert queries.next_document("ann", after=order[3]) == order[0]  # wraps round
    for doc in order:
        ops.set_document_status(annotator="ann", document_id=doc, status="done")
    assert queries.next_document("ann") is None
    assert queries.progress("ann")["documents_total"] == 4
    assert queries.progress("ann")["documents_done"] == 4
    assert len(queries.queue("ann", limit=2, offset=1)) == 2


def test_progress_of_new_annotator(project):
    make_document()
    assert queries.progress("new") == {"documents_total": 1, "documents_done": 0,
                                       "documents_skipped": 0, "spans": 0}
