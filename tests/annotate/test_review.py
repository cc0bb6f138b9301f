"""Review and gold: roles refused, agreed spans merged, conflicts found and resolved, undo, comments."""
from __future__ import annotations

import json

import pytest

from annotate.errors import InputError, PermissionDenied


@pytest.fixture
def reviewed_doc(sqlite_target):
    """Alice and Bob finished one document; they agree on ORG and DATE, disagree around 张伟."""
    from annotate.project import open_project
    from qa_support import TEXTS, add_span, annotator, find, finish, make_documents
    from store import close_database

    open_project(sqlite_target)
    annotator("alice")
    annotator("bob")
    annotator("rita", "reviewer")
    (doc,) = make_documents(1)
    t = TEXTS[0]
    for name in ("alice", "bob"):
        add_span(name, doc, *find(t, "广元市总工会"), "ORG")
        add_span(name, doc, *find(t, "二〇二三年三月"), "DATE")
    add_span("alice", doc, *find(t, "张伟"), "PER")
    add_span("bob", doc, *find(t, "张伟同志"), "PER")
    finish("alice", doc)
    finish("bob", doc)
    yield doc, t
    close_database()


def test_non_reviewers_are_refused_with_a_clear_message(reviewed_doc):
    from annotate import review
    from store.models import GoldSpan

    doc, _ = reviewed_doc
    with pytest.raises(PermissionDenied, match="alice is an annotator; only reviewers can write gold spans"):
        review.merge_agreed(reviewer="alice", document_id=doc)
    with pytest.raises(PermissionDenied, match="only reviewers"):
        review.accept_gold(reviewer="bob", document_id=doc, start=0, end=2, label="LOC")
    with pytest.raises(PermissionDenied, match="nobody is not a known user"):
        review.undo_gold(reviewer="nobody")
    with pytest.raises(PermissionDenied):
        review.ensure_reviewer("alice")
    assert GoldSpan.select().count() == 0


def test_review_view_agreed_and_conflicts(reviewed_doc):
    from annotate.review import review_view

    doc, t = reviewed_doc
    view = review_view(doc)
    assert view.annotators == ["alice", "bob"]
    assert {s[2] for s in view.agreed} == {"ORG", "DATE"}
    (conflict,) = view.conflicts
    assert (conflict.start, conflict.end) == (t.index("张伟"), t.index("张伟") + 4)
    assert conflict.choice(1) == ("bob", ((t.index("张伟"), t.index("张伟") + 4, "PER"),))
    assert not conflict.resolved


def test_merge_accept_undo_and_sources(reviewed_doc):
    from annotate import review
    from store.models import Action, GoldSpan

    doc, t = reviewed_doc
    changes = review.merge_agreed(reviewer="rita", document_id=doc)
    assert changes.gold and doc in changes.document_ids
    gold = list(GoldSpan.select().order_by(GoldSpan.start))
    assert [(g.label_id, json.loads(g.sources), g.reviewer.name) for g in gold] == [
        ("ORG", ["alice", "bob"], "rita"), ("DATE", ["alice", "bob"], "rita")]
    # merging again adds nothing
    review.merge_agreed(reviewer="rita", document_id=doc)
    assert GoldSpan.select().count() == 2
    # pick bob's version of the conflict; then change mind to alice's: the overlapping gold is replaced
    s = t.index("张伟")
    review.accept_gold(reviewer="rita", document_id=doc, start=s, end=s + 4, label="PER")
    assert json.loads(GoldSpan.get(start=s).sources) == ["bob"]
    review.accept_gold(reviewer="rita", document_id=doc, start=s, end=s + 2, label="PER")
    assert [(g.start, g.end) for g in GoldSpan.select().where(GoldSpan.label == "PER")] == [(s, s + 2)]
    assert review.review_view(doc).conflicts[0].resolved
    review.undo_gold(reviewer="rita")  # back to bob's version
    assert [(g.start, g.end) for g in GoldSpan.select().where(GoldSpan.label == "PER")] == [(s, s + 4)]
    review.undo_gold(reviewer="rita")  # no PER gold
    review.undo_gold(reviewer="rita")  # second merge (nothing)
    review.undo_gold(reviewer="rita")  # first merge: agreed spans leave gold
    assert GoldSpan.select().count() == 0
    assert review.undo_gold(reviewer="rita").message == "nothing to undo"
    kinds = [a.kind for a in Action.select().order_by(Action.id) if a.kind.startswith("gold")]
    assert kinds.count("gold_undo") == 4


def test_removed_agreed_span_stays_out_and_edit(reviewed_doc):
    from annotate import review
    from store.models import GoldSpan

    doc, _ = reviewed_doc
    review.merge_agreed(reviewer="rita", document_id=doc)
    org = GoldSpan.get(label="ORG")
    review.remove_gold(reviewer="rita", gold_id=org.id)
    review.merge_agreed(reviewer="rita", document_id=doc)
    assert not GoldSpan.select().where(GoldSpan.label == "ORG").exists()
    date = GoldSpan.get(label="DATE")
    review.edit_gold(reviewer="rita", gold_id=date.id, end=date.end - 2)
    assert GoldSpan.get_by_id(date.id).end == date.end - 2
    with pytest.raises(InputError, match="outside"):
        review.edit_gold(reviewer="rita", gold_id=date.id, end=10_000)
    with pytest.raises(InputError, match="not in the project's schema"):
        review.edit_gold(reviewer="rita", gold_id=date.id, label="NOPE")
    review.undo_gold(reviewer="rita")
    assert GoldSpan.get_by_id(date.id).end == date.end


def test_reject_conflict_and_finish(reviewed_doc):
    from annotate import review
    from annotate.assign import reviewer_queue

    doc, _ = reviewed_doc
    assert reviewer_queue() == [doc]
    c = review.review_view(doc).conflicts[0]
    review.reject_conflict(reviewer="rita", document_id=doc, start=c.start, end=c.end)
    assert review.review_view(doc).conflicts[0].resolved
    review.finish_review(reviewer="rita", document_id=doc)
    assert reviewer_queue() == [] and review.gold_documents() == [doc]
    review.undo_gold(reviewer="rita")
    assert reviewer_queue() == [doc]


def test_comments_on_documents_and_spans(reviewed_doc):
    from annotate import review

    doc, _ = reviewed_doc
    review.add_comment(author="alice", document_id=doc, body="人名边界不确定")
    review.add_comment(author="rita", document_id=doc, body="按指南不含“同志”", start=20, end=24)
    with pytest.raises(InputError, match="empty"):
        review.add_comment(author="rita", document_id=doc, body="  ")
    comments = review.review_view(doc).comments
    assert [(c.author, c.start) for c in comments] == [("alice", None), ("rita", 20)]
