"""Assignment: k annotators per document, balanced, never twice to one person, reviewer sees finished work."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from annotate.errors import InputError


@pytest.fixture
def project(sqlite_target):
    from annotate.project import open_project
    from store import close_database

    open_project(sqlite_target)
    yield sqlite_target
    close_database()


def test_each_document_gets_k_distinct_annotators_balanced(project):
    from annotate.assign import annotator_queue, assign_documents
    from qa_support import make_document
    from store.models import Assignment

    docs = [make_document(f"第{i}号文件：广元市总工会工作报告。", f"d{i}.txt") for i in range(9)]
    report = assign_documents(2, ["alice", "bob", "carol"], seed=3)
    assert report.created == 18 and not report.short
    per_doc = Counter(d for (d,) in Assignment.select(Assignment.document).tuples())
    assert all(per_doc[d] == 2 for d in docs)
    assert sorted(report.per_annotator.values()) == [6, 6, 6]
    queue = annotator_queue("alice")
    assert len(queue) == len(set(queue)) == 6
    # a rerun adds nothing; raising k tops up without giving anyone a document twice
    assert assign_documents(2, ["alice", "bob", "carol"]).created == 0
    more = assign_documents(3, ["alice", "bob", "carol"])
    assert more.created == 9
    pairs = [(d, a) for d, a in Assignment.select(Assignment.document, Assignment.annotator).tuples()]
    assert len(pairs) == len(set(pairs)) == 27


def test_too_few_annotators_reported_short(project):
    from annotate.assign import assign_documents
    from qa_support import make_documents

    docs = make_documents(2)
    report = assign_documents(3, ["alice", "bob"])
    assert report.short == docs and report.created == 4


def test_setting_and_bad_input(project):
    from annotate.assign import annotators_per_document, assign_documents, set_annotators_per_document
    from qa_support import annotator, make_documents

    assert annotators_per_document() == 2
    set_annotators_per_document(1)
    make_documents(2)
    assert assign_documents(None, ["alice", "bob"]).created == 2
    with pytest.raises(InputError, match="--documents: no document with id 999"):
        assign_documents(1, ["alice"], document_ids=[999])
    annotator("rita", "reviewer")
    with pytest.raises(InputError, match="rita is a reviewer"):
        assign_documents(1, ["rita"])


def test_reviewer_queue_holds_only_finished_work(project):
    from annotate.assign import assign_documents, reviewer_queue
    from qa_support import finish, make_documents

    docs = make_documents(3)
    assign_documents(2, ["alice", "bob"])
    assert reviewer_queue() == []
    finish("alice", docs[0])
    assert reviewer_queue() == []  # bob is still on it
    finish("bob", docs[0])
    finish("alice", docs[1])
    finish("bob", docs[1])
    assert reviewer_queue() == [docs[0], docs[1]]


def test_cli_assign(project, capsys):
    from annotate.cli import main
    from qa_support import make_documents
    from store import close_database

    make_documents(4)
    close_database()
    assert main(["--db", project, "assign", "--k", "2", "--annotators", "alice,bob,carol",
                 "--save-k", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["created"] == 8 and sum(data["per_annotator"].values()) == 8
    assert main(["--db", project, "assign", "--annotators", "alice", "--documents", "x"]) == 2
    assert "--documents" in capsys.readouterr().err
