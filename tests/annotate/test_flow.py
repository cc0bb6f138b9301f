"""The whole review flow with two simulated annotators and one reviewer: assignment, annotation,
agreement equal to seqeval and krippendorff on the same data, adjudication, gold export."""
from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest
from seqeval.metrics import f1_score

ops = pytest.importorskip("annotate.ops")


def test_two_annotators_and_a_reviewer(sqlite_target, tmp_path):
    from annotate import review
    from annotate.agreement import agreement_report, bio_tags
    from annotate.assign import annotator_queue, assign_documents, reviewer_queue
    from annotate.exports.run import export
    from annotate.project import open_project
    from qa_support import TEXTS, add_suggestions, expected_versions, make_documents, play
    from store import close_database
    from store.models import GoldSpan

    open_project(sqlite_target)
    try:
        ops.ensure_annotator("alice")
        ops.ensure_annotator("bob")
        review.ensure_reviewer("rita")
        docs = make_documents(4)
        add_suggestions(docs)

        # assignment: both get every document once
        report = assign_documents(2, ["alice", "bob"])
        assert report.created == 8
        assert annotator_queue("alice") == annotator_queue("bob") == docs
        assert reviewer_queue() == []

        play("alice", docs)
        assert reviewer_queue() == []  # bob has not finished
        play("bob", docs)
        assert reviewer_queue() == docs

        # agreement figures against seqeval and krippendorff on the plan's spans
        truth = expected_versions(["alice", "bob"], docs)
        lengths = {d: len(TEXTS[i]) for i, d in enumerate(docs)}
        agreement = agreement_report()
        (pair,) = agreement.pairs
        y_a = [bio_tags(truth["alice"][d], lengths[d]) for d in docs]
        y_b = [bio_tags(truth["bob"][d], lengths[d]) for d in docs]
        assert pair.exact.f1 == pytest.approx(f1_score(y_a, y_b))
        ids: dict[str, int] = {}
        data = np.array([[ids.setdefault(t, len(ids)) for seq in y for t in seq] for y in (y_a, y_b)], float)
        assert agreement.alpha == pytest.approx(krippendorff.alpha(reliability_data=data,
                                                                    level_of_measurement="nominal"))

        # adjudication: agreed spans become gold, each conflict resolved by picking a version or rejecting
        with pytest.raises(Exception, match="only reviewers"):
            review.merge_agreed(reviewer="alice", document_id=docs[0])
        for doc in reviewer_queue():
            review.merge_agreed(reviewer="rita", document_id=doc)
            view = review.review_view(doc)
            assert all(view.span_state(s) == "gold" for s in view.agreed)
            for conflict in view.conflicts:
                name, spans = conflict.choice(0)  # alice's version
                if spans:
                    for s, e, label in spans:
                        review.accept_gold(reviewer="rita", document_id=doc, start=s, end=e, label=label)
                else:
                    review.reject_conflict(reviewer="rita", document_id=doc, start=conflict.start,
                                           end=conflict.end)
            assert all(c.resolved for c in review.review_view(doc).conflicts)
            review.finish_review(reviewer="rita", document_id=doc)
        assert reviewer_queue() == []
        gold = {d: {(g.start, g.end, g.label_id) for g in GoldSpan.select().where(GoldSpan.document == d)}
                for d in docs}
        assert gold[docs[0]] == truth["alice"][docs[0]]  # alice's 张伟 chosen over bob's 张伟同志
        # bob's extra 三万亩 overlaps nothing of alice's: the empty choice rejects it
        assert gold[docs[3]] == truth["alice"][docs[3]]
        sources = {(g.start, g.label_id): json.loads(g.sources) for g in GoldSpan.select()
                   .where(GoldSpan.document == docs[0])}
        assert sources[(0, "ORG")] == ["alice", "bob"]
        assert {g.reviewer.name for g in GoldSpan.select()} == {"rita"}

        # gold export
        out = export("jsonl", tmp_path / "gold", status="gold")
        lines = [json.loads(line) for f in out.files if f.suffix == ".jsonl"
                 for line in f.read_text(encoding="utf-8").splitlines()]
        assert len(lines) == 4
        for record in lines:
            doc = docs[TEXTS.index(record["text"])]
            assert {(s["start"], s["end"], s["label"]) for s in record["spans"]} == gold[doc]
            assert record["meta"]["status"] == "gold"
    finally:
        close_database()
