"""Review mode in the window: agreed spans pre-accepted, conflicts resolved with the keyboard, QA report."""
from __future__ import annotations

import hashlib
import json

import pytest
from PySide6.QtCore import Qt

ops = pytest.importorskip("annotate.ops")

#: invented text with a character outside the BMP before the spans, to exercise UTF-16 conversion
TEXT = "𠀀广元市总工会于二〇二三年三月召开会议，张伟同志作报告，利州区派员参加。"


def _at(needle: str) -> tuple[int, int]:
    i = TEXT.index(needle)
    return i, i + len(needle)


@pytest.fixture
def review_project(sqlite_target):
    from annotate import review
    from annotate.project import open_project
    from store import close_database
    from store.models import Document

    open_project(sqlite_target)
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    doc = Document.create(content_hash=digest, source="review.txt", raw=TEXT.encode(), encoding="utf-8",
                          clean_text=TEXT, length=len(TEXT), offset_map=json.dumps({}), report="{}",
                          cleaner_version="test", group_key=digest[:16]).id
    review.ensure_reviewer("rita")
    for name in ("alice", "bob"):
        ops.add_span(annotator=name, document_id=doc, start=_at("广元市总工会")[0],
                     end=_at("广元市总工会")[1], label="ORG")
        ops.add_span(annotator=name, document_id=doc, start=_at("二〇二三年三月")[0],
                     end=_at("二〇二三年三月")[1], label="DATE")
    ops.add_span(annotator="alice", document_id=doc, start=_at("张伟")[0], end=_at("张伟")[1], label="PER")
    ops.add_span(annotator="bob", document_id=doc, start=_at("张伟同志")[0], end=_at("张伟同志")[1], label="PER")
    ops.add_span(annotator="bob", document_id=doc, start=_at("利州区")[0], end=_at("利州区")[1], label="LOC")
    for name in ("alice", "bob"):
        ops.set_document_status(annotator=name, document_id=doc, status="done")
    yield doc
    close_database()


def _gold():
    from store.models import GoldSpan

    return {(g.start, g.end, g.label_id) for g in GoldSpan.select()}


def _window(qtbot, reviewer="rita"):
    from gui.review_window import ReviewWindow

    window = ReviewWindow(reviewer)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_agreed_spans_pre_accepted_and_conflict_resolved_with_keys(review_project, qtbot):
    from annotate.assign import reviewer_queue

    window = _window(qtbot)
    agreed = {(*_at("广元市总工会"), "ORG"), (*_at("二〇二三年三月"), "DATE")}
    assert _gold() == agreed  # pre-accepted on opening
    states = {window.table.item(r, 1).text(): window.table.item(r, 4).text()
              for r in range(window.table.rowCount())}
    assert states["广元市总工会"] == window.tr("gold") and states["张伟同志"] == window.tr("conflict")
    # the current conflict is highlighted at the right UTF-16 position despite the astral character
    conflict = window.current_conflict
    assert (conflict.start, conflict.end) == (_at("张伟")[0], _at("张伟同志")[1])
    assert window.text.textCursor().position() == conflict.start + 1

    qtbot.keyClick(window, Qt.Key.Key_2)  # bob's version: 张伟同志
    assert (*_at("张伟同志"), "PER") in _gold()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the pick
    assert _gold() == agreed
    qtbot.keyClick(window, Qt.Key.Key_1)  # alice's version: 张伟 without 同志
    assert (*_at("张伟"), "PER") in _gold()
    # now on 利州区 (bob only): X rejects it
    assert window.current_conflict.start == _at("利州区")[0]
    qtbot.keyClick(window, Qt.Key.Key_X)
    assert all(c.resolved for c in window.view.conflicts)
    assert _gold() == agreed | {(*_at("张伟"), "PER")}
    qtbot.keyClick(window, Qt.Key.Key_Return)  # finish the document
    assert reviewer_queue() == []
    assert window.queue.count() == 0


def test_annotators_cannot_write_gold_from_the_window(review_project, qtbot):
    window = _window(qtbot, reviewer="alice")
    assert "only reviewers can write gold spans" in window.last_error
    assert _gold() == set()


def test_qa_session_pass_fail_and_report_from_window(review_project, qtbot, tmp_path):
    from annotate import qa

    qa.start_session(reviewer="rita", name="week 1", sample_size=5)
    window = _window(qtbot)
    window.session_box.setCurrentText("week 1")
    assert window.qa_item_box.count() == 2
    window.qa_notes.setText("人名边界多了同志")
    window.mark_qa("fail")
    assert [i.verdict for i in qa.session_items("week 1")].count("fail") == 1
    path = window.write_report(tmp_path / "qa.html")
    page = path.read_text(encoding="utf-8")
    assert "<svg" in page and "人名边界多了同志" in page


def test_stats_view_shows_the_project_figures(review_project, qtbot):
    from gui.stats_view import StatsView

    view = StatsView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    qtbot.waitExposed(view)
    assert view.labels.values == {"DATE": 2, "LOC": 1, "ORG": 2, "PER": 2}
    assert view.agreement.values["ORG"] == 1.0 and view.agreement.values["PER"] == 0.0
    assert view.progress.points[-1][1] == 2  # two finished assignments
    assert view.grab().width() > 0  # paints without error


def test_stats_are_computed_off_the_gui_thread(review_project, qtbot, monkeypatch):
    import threading

    from annotate import stats
    from gui.stats_view import StatsView

    threads = []
    real = stats.agreement_by_label

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(stats, "agreement_by_label", spy)
    view = StatsView()
    qtbot.addWidget(view)
    assert not view.refresh_button.isEnabled()  # computing
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        pass
    assert threads and threads[0] != threading.get_ident()
    assert view.refresh_button.isEnabled() and view.agreement.values["ORG"] == 1.0
