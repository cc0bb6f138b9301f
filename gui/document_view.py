"""The cleaned document with spans and suggestions drawn in their label colours.

Built for a 200,000-character report with thousands of spans: the text sits in a read-only
``QPlainTextEdit`` (it lays out lazily, block by block) and highlights are ``ExtraSelection``s made
only for the visible range, found by bisection in ``SpanIndex``. Scrolling rebuilds the few hundred
visible highlights; nothing walks the whole document. The current item gets a frame and a chip with its
label code. Offsets cross this boundary as code points (``gui.offsets``).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen,
                           QTextCharFormat, QTextCursor, QTextOption)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from gui.fonts import document_font
from gui.offsets import OffsetConverter
from gui.span_index import SpanIndex

TAG_PIXEL_SIZE = 11


class DocumentTextView(QPlainTextEdit):
    """Read-only text with lazily built highlights. Emits code-point offsets."""

    itemClicked = Signal(str, int)  # kind ("span", "suggestion" or "" for none), id
    selectionMade = Signal(int, int)  # code-point start, end of a mouse selection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFont(document_font(16))
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setCenterOnScroll(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.document().setDocumentMargin(18)
        self._tag_font = QFont(self.font())
        self._tag_font.setPixelSize(TAG_PIXEL_SIZE)
        self.text = ""
        self.conv = OffsetConverter("")
        self.spans = SpanIndex()
        self.suggestions = SpanIndex()
        self.colors: dict[str, QColor] = {}
        self.current: tuple[str, int] | None = None
        self.menu_factory: Callable[[int], QMenu | None] | None = None
        self._visible: list[tuple[str, dict]] = []
        self._pending = False
        # highlight cache: (kind, id) -> ((start, end, label, is current), ExtraSelection); a step
        # changes two or three items, so the other visible selections are reused, not rebuilt
        self._selections: dict[tuple[str, int], tuple[tuple, QTextEdit.ExtraSelection]] = {}
        self._formats: dict[tuple[str, str, bool], QTextCharFormat] = {}
        self.verticalScrollBar().valueChanged.connect(self._schedule_refresh)

    # -- content -----------------------------------------------------------------------------
    def set_labels(self, colors: dict[str, str]) -> None:
        self.colors = {code: QColor(value) for code, value in colors.items()}
        self._formats = {}
        self._selections = {}

    def set_content(self, text: str, spans: list[dict], suggestions: list[dict]) -> None:
        """Show a new document; spans and suggestions are dicts with id/start/end/label (code points)."""
        self.text = text
        self.conv = OffsetConverter(text)
        self.spans = SpanIndex(spans)
        self.suggestions = SpanIndex(suggestions)
        self.current = None
        self._selections = {}
        # Qt turns "\r\n" into a single paragraph break; a same-length stand-in keeps offsets exact
        self.setPlainText(text.replace("\r", " ") if "\r" in text else text)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.refresh_highlights()

    # -- offsets -------------------------------------------------------------------------------
    def qt_range(self, start: int, end: int) -> tuple[int, int]:
        return self.conv.to_utf16(start), self.conv.to_utf16(end)

    def visible_range(self) -> tuple[int, int]:
        """Code-point range of the text currently on screen (whole blocks)."""
        block = self.firstVisibleBlock()
        first = block.position()
        bottom = self.cursorForPosition(QPoint(self.viewport().width() - 1, self.viewport().height() - 1))
        last_block = bottom.block()
        last = last_block.position() + last_block.length()
        return self.conv.to_code_point(first), self.conv.to_code_point(min(last, self.conv.utf16_length))

    def selection_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.conv.to_code_point(cursor.selectionStart()), self.conv.to_code_point(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        a, b = self.qt_range(start, end)
        cursor = self.textCursor()
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def caret(self) -> int:
        return self.conv.to_code_point(self.textCursor().position())

    def anchor(self) -> int:
        return self.conv.to_code_point(self.textCursor().anchor())

    def show_range(self, start: int, end: int) -> None:
        """Scroll so that [start, end) is visible, without selecting it."""
        a, b = self.qt_range(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(b)
        rect_end = self.cursorRect(cursor)
        cursor.setPosition(a)
        rect = self.cursorRect(cursor)
        vp = self.viewport().rect()
        self.setTextCursor(cursor)
        if rect.top() < 0 or rect_end.bottom() > vp.height():
            # centred rather than brought to the top: a half-page scroll repaints about half the
            # view (measured: a scroll step stays under 16 ms; a full-page one does not)
            self.centerCursor()
        self.refresh_highlights()

    # -- highlights ------------------------------------------------------------------------------
    def _schedule_refresh(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh_highlights)

    def refresh_highlights(self) -> None:
        """Rebuild the highlights of the visible range only."""
        self._pending = False
        if not self.text:
            self.setExtraSelections([])
            self._visible = []
            return
        start, end = self.visible_range()
        margin = 200  # a little beyond the edges so a small scroll shows no gap before the refresh
        start, end = max(0, start - margin), min(len(self.text), end + margin)
        items: list[tuple[str, dict]] = [("suggestion", s) for s in self.suggestions.overlapping(start, end)
                                         if s.get("decision") is None]
        items += [("span", s) for s in self.spans.overlapping(start, end)]
        doc = self.document()
        selections = []
        if self.current is not None and self.current_item() is not None:
            kind, item = self.current_item()
            if (kind, item) not in items and (kind != "suggestion" or item.get("decision") is None):
                items.append((kind, item))
        cache = self._selections
        for kind, item in items:
            key = (kind, item["id"])
            signature = (item["start"], item["end"], item["label"], self.current == key)
            cached = cache.get(key)
            if cached is not None and cached[0] == signature:
                selections.append(cached[1])
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            a, b = self.qt_range(item["start"], item["end"])
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = self._format(kind, item["label"], signature[3])
            cache[key] = (signature, sel)
            selections.append(sel)
        self._visible = items
        # Qt compares the new list with the old one and repaints only the selections that changed
        self.setExtraSelections(selections)

    def _format(self, kind: str, label: str, is_current: bool) -> QTextCharFormat:
        """One shared character format per (kind, label, current): formats are values, not per item."""
        key = (kind, label, is_current)
        fmt = self._formats.get(key)
        if fmt is not None:
            return fmt
        color = self.colors.get(label, QColor("#dddddd"))
        fmt = QTextCharFormat()
        if kind == "span":
            fmt.setBackground(color.darker(125) if is_current else color)
        else:
            faint = QColor(color)
            faint.setAlpha(200 if is_current else 90)
            fmt.setBackground(faint)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(color.darker(160))
        fmt.setToolTip(label)
        self._formats[key] = fmt
        return fmt

    # -- the current item ----------------------------------------------------------------------------
    def set_current(self, current: tuple[str, int] | None, *, scroll: bool = True) -> None:
        """Make ``current`` the framed item; repaint only where the old and new frames and chips are.

        A full viewport repaint of CJK text costs about 8 ms here, half the budget of a keystroke;
        the areas of the two items are a line or two each. The old item's area is measured after
        any scroll: scrolled pixels move with the text, so that is where its frame now is.
        """
        old = self.current_item()
        self.current = current
        item = self.current_item()
        if item is not None and scroll:
            self.show_range(item[1]["start"], item[1]["end"])
        else:
            self.refresh_highlights()
        for entry in (old, item):
            if entry is not None:
                self.viewport().update(self.item_area(entry[1]))

    def item_area(self, data: dict) -> QRect:
        """Viewport rectangle holding an item's text, its frame and its chip (above or below it)."""
        a, b = self.qt_range(data["start"], data["end"])
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        r_start = self.cursorRect(cursor)
        cursor.setPosition(b)
        r_end = self.cursorRect(cursor)
        metrics = QFontMetrics(self._tag_font)
        chip = metrics.height() + 4
        if r_start.top() == r_end.top():
            width = max(r_end.left() - r_start.left(), metrics.horizontalAdvance(data["label"] + " ?") + 8)
            return QRect(r_start.left() - 6, r_start.top() - chip - 2, width + 12,
                         r_start.height() + 2 * chip + 6)
        return QRect(0, r_start.top() - chip - 2, self.viewport().width(),
                     r_end.bottom() - r_start.top() + 2 * chip + 6)

    # -- painting: a frame and a label badge on the current item ------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        item = self.current_item()
        if item is None:
            return
        kind, data = item
        a, b = self.qt_range(data["start"], data["end"])
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        r_start = self.cursorRect(cursor)
        cursor.setPosition(b)
        r_end = self.cursorRect(cursor)
        if r_end.bottom() < 0 or r_start.top() > self.viewport().height():
            return
        color = self.colors.get(data["label"], QColor("#888888"))
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color.darker(220), 2))
        if r_start.top() == r_end.top():
            painter.drawRoundedRect(QRect(r_start.left() - 2, r_start.top(), r_end.left() - r_start.left() + 4,
                                          r_start.height()), 3, 3)
        else:
            painter.drawLine(r_start.left() - 1, r_start.top(), r_start.left() - 1, r_start.bottom())
            painter.drawLine(r_end.left() + 1, r_end.top(), r_end.left() + 1, r_end.bottom())
        # the badge: the label code on a chip above the item's first character
        painter.setFont(self._tag_font)
        text = data["label"] if kind == "span" else f"{data['label']} ?"
        metrics = painter.fontMetrics()
        chip = QRect(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
        chip.moveBottomLeft(QPoint(r_start.left() - 2, r_start.top() - 1))
        if chip.top() < 0:
            chip.moveTopLeft(QPoint(r_start.left() - 2, r_start.bottom() + 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color.darker(220))
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def current_item(self) -> tuple[str, dict] | None:
        if self.current is None:
            return None
        kind, item_id = self.current
        data = (self.spans if kind == "span" else self.suggestions).get(item_id)
        return (kind, data) if data is not None else None

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._schedule_refresh()

    # -- mouse -------------------------------------------------------------------------------------
    def item_at(self, pos: int) -> tuple[str, int] | None:
        """The span (preferred) or pending suggestion under code point ``pos``."""
        spans = self.spans.at(pos)
        if spans:
            return ("span", spans[0]["id"])
        pending = [s for s in self.suggestions.at(pos) if s.get("decision") is None]
        if pending:
            return ("suggestion", pending[0]["id"])
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        selected = self.selection_range()
        if selected and selected[1] > selected[0]:
            self.selectionMade.emit(*selected)
            return
        pos = self.conv.to_code_point(self.cursorForPosition(event.position().toPoint()).position())
        hit = self.item_at(pos)
        self.itemClicked.emit(*(hit or ("", 0)))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        pos = self.conv.to_code_point(self.cursorForPosition(event.pos()).position())
        if self.selection_range() is None:
            hit = self.item_at(pos)
            self.itemClicked.emit(*(hit or ("", 0)))
        menu = self.menu_factory(pos) if self.menu_factory else None
        if menu is not None:
            menu.exec(event.globalPos())
