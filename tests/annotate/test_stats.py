"""``annotate stats``: the contract's counts, with statuses that partition every span."""
from __future__ import annotations

import json

from annotate.cli import main


def test_stats_counts_and_contract_shape(sqlite_target, capsys):
    from annotate.project import open_project
    from qa_support import TEXTS, add_span, annotator, find, finish, make_documents
    from store import close_database
    from store.models import GoldSpan

    open_project(sqlite_target)
    docs = make_documents(2)
    add_span("alice", docs[0], *find(TEXTS[0], "广元市总工会"), "ORG")
    add_span("alice", docs[0], *find(TEXTS[0], "张伟"), "PER")
    add_span("bob", docs[1], *find(TEXTS[1], "利州区"), "LOC")
    finish("alice", docs[0])
    GoldSpan.create(document=docs[0], start=0, end=6, label="ORG", reviewer=annotator("rita", "reviewer"))
    close_database()

    assert main(["--db", sqlite_target, "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 2 and data["suggestions"] == 0
    assert data["spans"]["total"] == 4
    assert data["spans"]["by_label"] == {"LOC": 1, "ORG": 2, "PER": 1}
    assert data["spans"]["by_status"] == {"gold": 1, "done": 2, "in_progress": 1}
    assert data["annotators"]["alice"]["documents_done"] == 1
    assert data["annotators"]["alice"]["spans"] == 2
    # bob's first span put the document in his queue, in progress
    assert data["annotators"]["bob"] == {"role": "annotator", "documents_assigned": 1,
                                         "documents_done": 0, "spans": 1}
    assert main(["--db", sqlite_target, "stats"]) == 0
    assert "alice" in capsys.readouterr().out
