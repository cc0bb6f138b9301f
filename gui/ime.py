"""Keeps single-key shortcuts quiet while an input method is composing.

The Enter or digit that picks an IME candidate must not also accept a suggestion or apply a label
(doccano #638, labelme #1453). An application-wide event filter watches ``QInputMethodEvent``: a
non-empty preedit string means a composition is open, an empty one with a commit ends it. Shortcut
handlers ask ``composing()`` before acting; ``ShortcutOverride`` events are swallowed meanwhile so the
key goes to the widget that owns the composition.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QInputMethodEvent


class ImeGuard(QObject):
    """Tracks whether any widget has an open input-method composition."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._composing = False

    def composing(self) -> bool:
        return self._composing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            self._composing = bool(event.preeditString())
        elif kind == QEvent.Type.FocusOut and self._composing:
            # a composition never survives losing focus; do not stay blocked forever
            self._composing = False
        elif kind == QEvent.Type.ShortcutOverride and self._composing:
            event.accept()  # the key belongs to the composition: no shortcut may take it
            return False
        return False


def install_ime_guard() -> ImeGuard:
    """Install one guard on the application (idempotent) and return it."""
    app = QGuiApplication.instance()
    guard = app.property("annotate_ime_guard") if app is not None else None
    if isinstance(guard, ImeGuard):
        return guard
    guard = ImeGuard(app)
    app.installEventFilter(guard)
    app.setProperty("annotate_ime_guard", guard)
    return guard
