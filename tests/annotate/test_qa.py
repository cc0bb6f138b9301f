"""QA sessions: sampling finished work, pass/fail marks, error types and the report from the CLI."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from annotate.errors import InputError, PermissionDenied


@pytest.fixture
def project(sqlite_target):
    """Two annotators finished three documents; the reviewer merged the agreed spans of two."""
    from annotate import review
    from annotate.project import open_project
    from qa_support import TEXTS, add_span, annotator, find, finish, make_documents
    from store import close_database

    open_project(sqlite_target)
    annotator("rita", "reviewer")
    docs = make_documents(3)
    for name in ("alice", "bob"):
        add_span(name, docs[0], *find(TEXTS[0], "广元市总工会"), "ORG")
        add_span(name, docs[1], *find(TEXTS[1], "利州区人民政府"), "ORG")
    add_span("alice", docs[0], *find(TEXTS[0], "张伟"), "PER")
    add_span("bob", docs[0], *find(TEXTS[0], "张伟同志"), "PER")
    add_span("bob", docs[1], *find(TEXTS[1], "安康杯"), "HONOR", origin="suggestion")  # review drops it
    add_span("alice", docs[2], *find(TEXTS[2], "昭化区"), "LOC")
    for d in docs:
        finish("alice", d)
        finish("bob", d)
    review.merge_agreed(reviewer="rita", document_id=docs[0])
    s, e = find(TEXTS[0], "张伟")
    review.accept_gold(reviewer="rita", document_id=docs[0], start=s, end=e, label="PER")
    review.merge_agreed(reviewer="rita", document_id=docs[1])
    yield sqlite_target, docs
    close_database()


def test_samples_are_seeded_and_restricted(project):
    from annotate import qa

    qa.start_session(reviewer="rita", name="all", sample_size=100)
    assert len(qa.session_items("all")) == 6  # every finished version
    qa.start_session(reviewer="rita", name="bob", sample_size=2, by="annotator", value="bob", seed=1)
    items = qa.session_items("bob")
    assert len(items) == 2 and {i.annotator for i in items} == {"bob"}
    qa.start_session(reviewer="rita", name="bob2", sample_size=2, by="annotator", value="bob", seed=1)
    assert [i.document_id for i in qa.session_items("bob2")] == [i.document_id for i in items]
    qa.start_session(reviewer="rita", name="per", sample_size=10, by="label", value="PER")
    assert {(i.document_id, i.annotator) for i in qa.session_items("per")} == {
        (project[1][0], "alice"), (project[1][0], "bob")}
    with pytest.raises(InputError, match="exists already"):
        qa.start_session(reviewer="rita", name="all", sample_size=1)
    with pytest.raises(InputError, match="--by"):
        qa.start_session(reviewer="rita", name="x", sample_size=1, by="mood")
    with pytest.raises(PermissionDenied, match="alice is an annotator"):
        qa.start_session(reviewer="alice", name="y", sample_size=1)


def test_figures_errors_and_per_annotator(project):
    from annotate import qa

    qa.start_session(reviewer="rita", name="s", sample_size=100)
    items = {(i.document_id, i.annotator): i for i in qa.session_items("s")}
    docs = project[1]
    qa.mark(reviewer="rita", item_id=items[(docs[0], "bob")].id, verdict="fail", notes="人名边界多了“同志”")
    qa.mark(reviewer="rita", item_id=items[(docs[1], "bob")].id, verdict="fail", notes="多标了安康杯")
    qa.mark(reviewer="rita", item_id=items[(docs[0], "alice")].id, verdict="pass")
    with pytest.raises(InputError, match="pass or fail"):
        qa.mark(reviewer="rita", item_id=items[(docs[0], "alice")].id, verdict="maybe")
    f = qa.session_figures("s")
    assert f["verdicts"] == {"pass": 1, "fail": 2, "pending": 3}
    # bob against gold: 张伟同志 vs 张伟 is a boundary error; 安康杯 is spurious
    assert f["errors_from_gold"] == {"missed": 0, "spurious": 1, "wrong_label": 0, "wrong_boundary": 1}
    assert f["errors_from_notes"]["wrong_boundary"] == 1 and f["errors_from_notes"]["spurious"] == 1
    assert f["annotators"]["alice"]["f1_vs_gold"] == 1.0
    assert f["annotators"]["bob"]["f1_vs_gold"] == pytest.approx(2 * 2 / (3 + 4), abs=1e-3)
    assert f["annotators"]["bob"]["suggestions_removed_in_review"] == 1
    assert f["annotators"]["alice"]["suggestions_removed_in_review"] == 0
    assert f["agreement"]["pairs"][0]["documents"] == 3


def test_active_hours_caps_idle_gaps():
    from annotate.qa import active_hours

    t = dt.datetime(2024, 1, 1, 9)
    times = [t, t + dt.timedelta(minutes=2), t + dt.timedelta(hours=3)]
    assert active_hours(times) == pytest.approx((2 + 5) / 60)
    assert active_hours([t]) == 0


def test_report_from_cli_md_and_html(project, tmp_path, capsys):
    from annotate.cli import main

    target, _ = project
    assert main(["--db", target, "qa", "start", "weekly", "--reviewer", "rita", "--size", "4"]) == 0
    assert main(["--db", target, "qa", "items", "weekly", "--json"]) == 0
    items = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert len(items) == 4
    assert main(["--db", target, "qa", "mark", str(items[0]["id"]), "--reviewer", "rita",
                 "--verdict", "fail", "--notes", "漏标机构"]) == 0
    assert main(["--db", target, "qa", "mark", str(items[0]["id"]), "--reviewer", "alice",
                 "--verdict", "pass"]) == 2
    assert "only reviewers" in capsys.readouterr().err
    md = tmp_path / "r.md"
    html = tmp_path / "r.html"
    assert main(["--db", target, "qa", "report", "weekly", "--out", str(md)]) == 0
    assert main(["--db", target, "qa", "report", "weekly", "--format", "html", "--out", str(html)]) == 0
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# QA session: weekly") and "| alice" in text and "漏标机构" in text
    page = html.read_text(encoding="utf-8")
    assert page.count("<svg") >= 3 and "<table>" in page
    assert main(["--db", target, "qa", "report", "nope"]) == 2
