"""Accept-next repaints only the areas of the old and new current items: check that what is on the
screen after those partial repaints is what a full repaint draws (no stale frame or chip left)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication


def _on_screen(view) -> QImage:
    """The viewport as the window's backing store holds it (``grab`` would repaint it afresh)."""
    QApplication.processEvents()
    top_left = view.viewport().mapTo(view.window(), QPoint(0, 0))
    size = view.viewport().size()
    screen = view.window().windowHandle().screen()
    return screen.grabWindow(view.window().winId(), top_left.x(), top_left.y(), size.width(),
                             size.height()).toImage()


def test_partial_repaints_leave_the_same_picture_as_a_full_repaint(qtbot, window):
    view = window.view
    view.viewport().repaint()
    painted: list = []
    original = view.paintEvent

    def spy(event):
        painted.append(event.rect())
        original(event)

    view.paintEvent = spy
    for key in (Qt.Key.Key_Return, Qt.Key.Key_X, Qt.Key.Key_J, Qt.Key.Key_K):
        painted.clear()
        qtbot.keyClick(view, key)
        after_step = _on_screen(view)
        assert painted, "the step repainted nothing"
        assert all(r.height() < view.viewport().height() / 2 for r in painted), "a full repaint per step"
        view.viewport().repaint()
        assert _on_screen(view) == after_step, f"stale pixels after {key}"
