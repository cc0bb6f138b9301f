"""The real window driven with keys and clicks; every check reads the database afterwards."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from store.models import Annotator, Assignment, Span, Suggestion, SuggestionDecision


def _spans(doc_id):
    return sorted((s.start, s.end, s.label_id, s.origin)
                  for s in Span.select().join(Annotator).where(Span.document == doc_id, Annotator.name == "tester"))


def _decision(suggestion_id):
    row = (SuggestionDecision.select().join(Annotator)
           .where(SuggestionDecision.suggestion == suggestion_id, Annotator.name == "tester").first())
    return row.decision if row else None


def _key(qtbot, win, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(win.view, key, modifier)


def test_opens_first_document_with_first_suggestion_current(window, project):
    _target, ids = project
    assert window.document.id == ids[0]
    assert window.view.current[0] == "suggestion"
    first = Suggestion.get_by_id(window.view.current[1])
    assert first.text == "广元市总工会"
    assert str(project[0]) in window.windowTitle()


def test_accept_with_enter_saves_and_moves_on(qtbot, window, project):
    _t, ids = project
    first = window.view.current[1]
    _key(qtbot, window, Qt.Key.Key_Return)
    assert _decision(first) == "accepted"
    assert (0, 6, "ORG", "suggestion") in _spans(ids[0])
    second = window.view.current[1]
    assert second != first and Suggestion.get_by_id(second).text == "张建国"
    assert "Saved" in window.statusBar().currentMessage()
    _key(qtbot, window, Qt.Key.Key_A)
    assert _decision(second) == "accepted"


def test_reject_with_x(qtbot, window, project):
    _t, ids = project
    first = window.view.current[1]
    _key(qtbot, window, Qt.Key.Key_X)
    assert _decision(first) == "rejected"
    assert _spans(ids[0]) == []


def test_relabel_with_hotkey_on_suggestion_and_on_span(qtbot, window, project):
    _t, ids = project
    first = window.view.current[1]
    _key(qtbot, window, Qt.Key.Key_3)  # LOC: accept under another label
    assert _decision(first) == "accepted"
    assert (0, 6, "LOC", "corrected") in _spans(ids[0])
    span_id = Span.get(Span.document == ids[0], Span.start == 0).id
    window.set_current("span", span_id)
    _key(qtbot, window, Qt.Key.Key_2)  # back to ORG
    assert Span.get_by_id(span_id).label_id == "ORG"


def test_add_by_selecting_text_and_pressing_a_label_key(qtbot, window, project):
    _t, ids = project
    text = window.document.text
    start = text.index("各级工会")
    window.on_clear_current()
    window.view.select_range(start, start + 4)
    _key(qtbot, window, Qt.Key.Key_2)
    assert (start, start + 4, "ORG", "added") in _spans(ids[0])


def test_add_by_mouse_drag_then_key(qtbot, window, project):
    _t, ids = project
    text = window.document.text
    start = text.index("会议要求")
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    p1 = view.cursorRect(cursor).center()
    cursor.setPosition(start + 2)
    p2 = view.cursorRect(cursor).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=p1)
    qtbot.mouseMove(view.viewport(), p2)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=p2)
    assert view.selection_range() == (start, start + 2)
    _key(qtbot, window, Qt.Key.Key_8)
    assert (start, start + 2, "EVENT", "added") in _spans(ids[0])


def test_click_on_a_suggestion_selects_its_row(qtbot, window):
    view = window.view
    text = window.document.text
    pos = text.index("张建国") + 1
    cursor = QTextCursor(view.document())
    cursor.setPosition(pos)
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.current[0] == "suggestion"
    assert Suggestion.get_by_id(view.current[1]).text == "张建国"
    index = window.suggestions.table.currentIndex()
    assert index.isValid() and window.suggestions.model.data(index) == "张建国"


def test_resize_by_character_and_word(qtbot, window, project):
    _t, ids = project
    _key(qtbot, window, Qt.Key.Key_Return)  # accept 广元市总工会 (0-6)
    span_id = Span.get(Span.document == ids[0], Span.start == 0).id
    window.set_current("span", span_id)
    _key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert (Span.get_by_id(span_id).start, Span.get_by_id(span_id).end) == (0, 5)
    _key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    _key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier
         | Qt.KeyboardModifier.ControlModifier)  # one jieba word further: 召开
    span = Span.get_by_id(span_id)
    assert span.start == 0 and span.end > 6
    assert window.document.text[span.end - 1] in "召开"


def test_undo_and_redo(qtbot, window, project):
    _t, ids = project
    first = window.view.current[1]
    _key(qtbot, window, Qt.Key.Key_Return)
    assert _decision(first) == "accepted"
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _decision(first) is None and _spans(ids[0]) == []
    row = window.suggestions.model.find(first)
    assert row["decision"] is None
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _decision(first) == "accepted" and (0, 6, "ORG", "suggestion") in _spans(ids[0])


def test_delete_span(qtbot, window, project):
    _t, ids = project
    _key(qtbot, window, Qt.Key.Key_Return)
    span_id = Span.get(Span.document == ids[0], Span.start == 0).id
    window.set_current("span", span_id)
    _key(qtbot, window, Qt.Key.Key_Delete)
    assert Span.get_or_none(Span.id == span_id) is None


def test_done_goes_to_the_next_document(qtbot, window, project):
    _t, ids = project
    _key(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    status = Assignment.select(Assignment.status).join(Annotator).where(
        Assignment.document == ids[0], Annotator.name == "tester").scalar()
    assert status == "done"
    assert window.document.id == ids[1]
    _key(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert Assignment.select(Assignment.status).join(Annotator).where(
        Assignment.document == ids[1], Annotator.name == "tester").scalar() == "skipped"
    assert window.document.id == ids[2]


def test_next_document_key(qtbot, window, project):
    _t, ids = project
    _key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.document.id == ids[1]


def test_non_bmp_characters_before_a_span_do_not_shift_it(qtbot, window, project):
    _t, ids = project
    window.open_document(ids[2])
    text = window.document.text
    assert text.startswith("𠀀𠀁")
    cur = Suggestion.get_by_id(window.view.current[1])
    assert cur.text == "成都市"
    # the highlighted range in Qt (UTF-16) covers exactly the suggestion's characters
    a, b = window.view.qt_range(cur.start, cur.end)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "成都市"
    _key(qtbot, window, Qt.Key.Key_Return)
    assert (cur.start, cur.end, "LOC", "suggestion") in _spans(ids[2])
    # a selection made in the widget comes back as code points
    start = text.index("王芳")
    qa, qb = window.view.qt_range(start, start + 2)
    cursor.setPosition(qa)
    cursor.setPosition(qb, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    window.on_clear_current()
    window.view.setTextCursor(cursor)
    _key(qtbot, window, Qt.Key.Key_1)
    assert (start, start + 2, "PER", "added") in _spans(ids[2])


def test_shortcuts_do_not_fire_while_an_input_method_is_composing(qtbot, window, project):
    first = window.view.current[1]
    composing = QInputMethodEvent("zhang", [])
    QApplication.sendEvent(window.view, composing)
    assert window.ime.composing()
    _key(qtbot, window, Qt.Key.Key_Return)
    _key(qtbot, window, Qt.Key.Key_1)
    assert _decision(first) is None
    commit = QInputMethodEvent("", [])
    commit.setCommitString("张")
    QApplication.sendEvent(window.view, commit)
    assert not window.ime.composing()
    _key(qtbot, window, Qt.Key.Key_Return)
    assert _decision(first) == "accepted"


def test_typing_in_the_search_box_does_not_trigger_actions(qtbot, window):
    first = window.view.current[1]
    window.queue.search.setFocus()
    qtbot.keyClicks(window.queue.search, "ax1")
    assert window.queue.search.text() == "ax1"
    assert _decision(first) is None


def test_threshold_hides_low_scores(qtbot, window):
    panel = window.suggestions
    before = panel.model.rowCount()
    panel.spin.setValue(0.5)
    assert panel.model.rowCount() == before - 1  # 农民工 (0.3) is hidden



@pytest.fixture
def dated_project(tmp_path):
    """Two documents imported before anyone decided anything, with the real suggesters' output."""
    from annotate.suggest.storage import refresh_suggestions
    from store import close_database
    from tests.gui.conftest import build_project

    texts = ("2012年以来，全县新建职工之家40家；2016年以来，累计培训职工3000人次。",
             "2019年以来，县总工会累计发放助学金80万元。")
    target = str(tmp_path / "learn.sqlite")
    ids = build_project(target, texts)
    Suggestion.delete().execute()
    refresh_suggestions()
    yield target, ids
    close_database()


@pytest.fixture
def dated_window(qtbot, dated_project):
    from gui.main_window import MainWindow

    win = MainWindow(dated_project[0], "tester", language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.view.setFocus()
    return win


def test_a_boundary_fixed_with_keys_reaches_the_next_document(qtbot, dated_window, dated_project):
    """Grow two suggested dates by 以来 with Shift+Right on one document: the next document,
    imported before, opens with its date grown the same way (the project's convention, learned)."""
    win, (_target, ids) = dated_window, dated_project
    for year in ("2012年", "2016年"):  # twice: once could be one name's correction
        date = Suggestion.get(Suggestion.document == ids[0], Suggestion.text == year)
        win.set_current("suggestion", date.id)
        for _ in range(2):
            _key(qtbot, win, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        assert (date.start, date.end + 2, "DATE", "corrected") in _spans(ids[0])
    win.open_document(ids[1])
    shown = {row["text"] for row in win.suggestions.model.rows}
    assert "2019年以来" in shown and "2019年" not in shown
    assert "learned" in win.statusBar().currentMessage()
