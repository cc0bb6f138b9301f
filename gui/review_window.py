"""Review mode: a reviewer adjudicates finished documents, keyboard first.

The window shows one document of the reviewer's queue (annotate.assign.reviewer_queue) with every
finished version merged: gold spans tinted green, unresolved conflicts red, the current conflict
orange; a table lists each annotator's spans with their state (gold / agreed / conflict). Agreed
spans become gold when a document is first opened (annotate.review.merge_agreed; Ctrl+Z undoes it).

Keys: J / K next / previous conflict; 1..9 choose an annotator's version of the current conflict
(their spans there become gold; an annotator with no span there means "none of these"); X reject the
conflict; Enter finish the document when no conflict is left and go to the next one; Ctrl+Z undo.
All writes go through annotate.review / annotate.qa; offsets are converted to UTF-16 only here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMainWindow, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
    QTextEdit, QVBoxLayout, QWidget,
)

from annotate import qa, review
from annotate.assign import reviewer_queue
from annotate.errors import InputError, PermissionDenied
from gui.offsets import OffsetConverter

GOLD_COLOR = QColor("#c8ecc0")
CONFLICT_COLOR = QColor("#f6c0c0")
CURRENT_COLOR = QColor("#ffb060")


class ReviewWindow(QMainWindow):
    """Adjudication of the reviewer's queue (or of one document when ``document_id`` is given)."""

    def __init__(self, reviewer: str, parent: Optional[QWidget] = None, *,
                 document_id: Optional[int] = None) -> None:
        super().__init__(parent)
        self.reviewer = reviewer
        self.setWindowTitle(self.tr("Review — %1").replace("%1", reviewer))
        self.view: Optional[review.ReviewView] = None
        self.conflict_index = -1
        self.chosen: Optional[int] = None
        self.conv = OffsetConverter("")
        self.last_error = ""
        self._build()
        self._shortcuts()
        self.reload_queue(document_id)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.queue = QListWidget()
        self.queue.currentItemChanged.connect(self._on_queue_item)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Annotator"), self.tr("Text"), self.tr("Label"),
                                              self.tr("Range"), self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.comments = QListWidget()
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("Comment on the current conflict or the document"))
        self.comment_edit.returnPressed.connect(self.add_comment)
        # QA session controls
        self.session_box = QComboBox()
        self.session_box.currentTextChanged.connect(lambda _: self._refresh_qa())
        self.qa_item_box = QComboBox()
        self.qa_notes = QLineEdit()
        self.qa_notes.setPlaceholderText(self.tr("QA notes"))
        pass_btn = QPushButton(self.tr("Pass"))
        fail_btn = QPushButton(self.tr("Fail"))
        report_btn = QPushButton(self.tr("Report…"))
        pass_btn.clicked.connect(lambda: self.mark_qa("pass"))
        fail_btn.clicked.connect(lambda: self.mark_qa("fail"))
        report_btn.clicked.connect(self._ask_report)
        for w in (self.session_box, self.qa_item_box, pass_btn, fail_btn, report_btn):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(QLabel(self.tr("Versions")))
        rl.addWidget(self.table, 3)
        rl.addWidget(QLabel(self.tr("Comments")))
        rl.addWidget(self.comments, 1)
        rl.addWidget(self.comment_edit)
        rl.addWidget(QLabel(self.tr("QA session")))
        qa_row = QHBoxLayout()
        for w in (self.session_box, self.qa_item_box):
            qa_row.addWidget(w)
        rl.addLayout(qa_row)
        rl.addWidget(self.qa_notes)
        btn_row = QHBoxLayout()
        for w in (pass_btn, fail_btn, report_btn):
            btn_row.addWidget(w)
        rl.addLayout(btn_row)
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.addWidget(self.text, 1)
        cl.addWidget(self.status)
        split = QSplitter()
        split.addWidget(self.queue)
        split.addWidget(center)
        split.addWidget(right)
        split.setSizes([160, 520, 380])
        self.setCentralWidget(split)
        self.resize(1200, 720)

    def _shortcuts(self) -> None:
        bindings = [("J", self.next_conflict), ("K", self.previous_conflict), ("X", self.reject_current),
                    ("Return", self.accept), ("Enter", self.accept), ("Ctrl+Z", self.undo)]
        bindings += [(str(n), (lambda n=n: self.choose(n - 1))) for n in range(1, 10)]
        self._keys = []
        for key, slot in bindings:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
            self._keys.append(sc)

    # -- loading ---------------------------------------------------------------------------------
    def reload_queue(self, select: Optional[int] = None) -> None:
        from store.models import Document

        ids = reviewer_queue()
        if select is not None and select not in ids:
            ids.insert(0, select)
        sources = {d: s for d, s in Document.select(Document.id, Document.source)
                   .where(Document.id.in_(ids or [0])).tuples()}
        self.queue.blockSignals(True)
        self.queue.clear()
        for d in ids:
            item = QListWidgetItem(f"{d}  {sources.get(d, '')}")
            item.setData(Qt.ItemDataRole.UserRole, d)
            self.queue.addItem(item)
        self.queue.blockSignals(False)
        self._refresh_sessions()
        if ids:
            self.queue.setCurrentRow(ids.index(select) if select in ids else 0)
        else:
            self.view = None
            self.text.setPlainText("")
            self.status.setText(self.tr("No finished document is waiting for review."))

    def _on_queue_item(self, item: Optional[QListWidgetItem], _previous=None) -> None:
        if item is not None:
            self.open_document(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_document(self, document_id: int) -> None:
        try:
            if not review.has_merged(document_id):
                review.merge_agreed(reviewer=self.reviewer, document_id=document_id)
        except PermissionDenied as exc:
            self._error(str(exc))
        self.view = review.review_view(document_id)
        self.conv = OffsetConverter(self.view.text)
        self.text.setPlainText(self.view.text)
        self.conflict_index = -1
        self.next_conflict()
        self._refresh()

    def refresh_view(self) -> None:
        if self.view is not None:
            self.view = review.review_view(self.view.document_id)
            self._refresh()

    # -- state shown ----------------------------------------------------------------------------
    @property
    def current_conflict(self) -> Optional[review.Conflict]:
        if self.view is None or not (0 <= self.conflict_index < len(self.view.conflicts)):
            return None
        return self.view.conflicts[self.conflict_index]

    def _refresh(self) -> None:
        view = self.view
        if view is None:
            return
        self._highlight()
        self.table.setRowCount(0)
        for name in view.annotators:
            for span in view.versions[name]:
                row = self.table.rowCount()
                self.table.insertRow(row)
                state = view.span_state(span)
                cells = [name, view.text[span[0]:span[1]], span[2], f"{span[0]}–{span[1]}",
                         {"gold": self.tr("gold"), "agreed": self.tr("agreed"),
                          "conflict": self.tr("conflict")}[state]]
                for col, value in enumerate(cells):
                    cell = QTableWidgetItem(value)
                    if state == "conflict":
                        cell.setBackground(QBrush(CONFLICT_COLOR))
                    elif state == "gold":
                        cell.setBackground(QBrush(GOLD_COLOR))
                    self.table.setItem(row, col, cell)
        self.comments.clear()
        for c in view.comments:
            where = f" [{view.text[c.start:c.end]}]" if c.start is not None else ""
            self.comments.addItem(f"{c.author}{where}: {c.body}")
        self._refresh_qa()
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        view = self.view
        open_ = sum(not c.resolved for c in view.conflicts)
        head = (self.tr("Gold spans: %1 · agreed: %2 · open conflicts: %3")
                .replace("%1", str(len(view.gold))).replace("%2", str(len(view.agreed)))
                .replace("%3", str(open_)))
        c = self.current_conflict
        if c is None:
            return head + ("  " + self.tr("Press Enter to finish this document.") if open_ == 0 else "")
        options = []
        for i, name in enumerate(sorted(c.options)):
            spans = c.options[name]
            shown = " ".join(f"[{view.text[s:e]} {label}]" for s, e, label in spans) or self.tr("(none)")
            mark = "▶" if self.chosen == i else ""
            options.append(f"{mark}{i + 1} {name}: {shown}")
        state = self.tr("resolved") if c.resolved else self.tr("open")
        return (head + "\n" + self.tr("Conflict %1/%2 (%3): ").replace("%1", str(self.conflict_index + 1))
                .replace("%2", str(len(view.conflicts))).replace("%3", state) + "   ".join(options))

    def _fmt_range(self, start: int, end: int, color: QColor) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.conv.to_utf16(start))
        cursor.setPosition(self.conv.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(color))
        sel.cursor, sel.format = cursor, fmt
        return sel

    def _highlight(self) -> None:
        view = self.view
        sels = [self._fmt_range(c.start, c.end, CONFLICT_COLOR) for c in view.conflicts if not c.resolved]
        sels += [self._fmt_range(g.start, g.end, GOLD_COLOR) for g in view.gold]
        cur = self.current_conflict
        if cur is not None:
            sels.append(self._fmt_range(cur.start, cur.end, CURRENT_COLOR))
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.conv.to_utf16(cur.start))
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()
        self.text.setExtraSelections(sels)

    # -- keyboard actions -------------------------------------------------------------------------
    def next_conflict(self) -> None:
        self._move(+1)

    def previous_conflict(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        if self.view is None or not self.view.conflicts:
            self.conflict_index = -1
        else:
            n = len(self.view.conflicts)
            # prefer the next open conflict in that direction; else just step
            for k in range(1, n + 1):
                i = (self.conflict_index + step * k) % n
                if not self.view.conflicts[i].resolved:
                    self.conflict_index = i
                    break
            else:
                self.conflict_index = max(0, min(n - 1, self.conflict_index + step))
        self.chosen = None
        self._refresh()

    def choose(self, index: int) -> None:
        """Take annotator ``index``'s version of the current conflict as gold (keys 1..9)."""
        c = self.current_conflict
        if c is None or index >= len(c.options):
            return
        self.chosen = index
        name, spans = c.choice(index)
        try:
            if spans:
                for s, e, label in spans:
                    review.accept_gold(reviewer=self.reviewer, document_id=self.view.document_id,
                                       start=s, end=e, label=label)
            else:
                review.reject_conflict(reviewer=self.reviewer, document_id=self.view.document_id,
                                       start=c.start, end=c.end)
        except (PermissionDenied, InputError) as exc:
            self._error(str(exc))
            return
        self.refresh_view()
        self.next_conflict()

    def reject_current(self) -> None:
        c = self.current_conflict
        if c is None:
            return
        try:
            review.reject_conflict(reviewer=self.reviewer, document_id=self.view.document_id,
                                   start=c.start, end=c.end)
        except PermissionDenied as exc:
            self._error(str(exc))
            return
        self.refresh_view()
        self.next_conflict()

    def accept(self) -> None:
        """Enter: with open conflicts, go to the next one; else close this document and open the next."""
        if self.view is None:
            return
        if any(not c.resolved for c in self.view.conflicts):
            self.next_conflict()
            return
        try:
            review.finish_review(reviewer=self.reviewer, document_id=self.view.document_id)
        except PermissionDenied as exc:
            self._error(str(exc))
            return
        self.reload_queue()

    def undo(self) -> None:
        try:
            changes = review.undo_gold(reviewer=self.reviewer)
        except (PermissionDenied, InputError) as exc:
            self._error(str(exc))
            return
        if self.view is not None and changes.document_ids and self.view.document_id not in changes.document_ids:
            self.reload_queue(next(iter(changes.document_ids)))
        else:
            self.refresh_view()
            self.conflict_index = -1  # back to the first conflict the undo reopened
            self.next_conflict()

    # -- comments and QA --------------------------------------------------------------------------
    def add_comment(self) -> None:
        body = self.comment_edit.text().strip()
        if self.view is None or not body:
            return
        c = self.current_conflict
        review.add_comment(author=self.reviewer, document_id=self.view.document_id, body=body,
                           start=c.start if c else None, end=c.end if c else None)
        self.comment_edit.clear()
        self.refresh_view()

    def _refresh_sessions(self) -> None:
        current = self.session_box.currentText()
        self.session_box.blockSignals(True)
        self.session_box.clear()
        self.session_box.addItems(qa.list_sessions())
        if current:
            self.session_box.setCurrentText(current)
        self.session_box.blockSignals(False)

    def _refresh_qa(self) -> None:
        self.qa_item_box.clear()
        name = self.session_box.currentText()
        if not name or self.view is None:
            return
        for item in qa.session_items(name):
            if item.document_id == self.view.document_id:
                self.qa_item_box.addItem(f"{item.annotator} · {item.verdict}", item.id)

    def mark_qa(self, verdict: str) -> None:
        item_id = self.qa_item_box.currentData()
        if item_id is None:
            self._error(self.tr("This document has no item in the chosen QA session."))
            return
        try:
            qa.mark(reviewer=self.reviewer, item_id=int(item_id), verdict=verdict, notes=self.qa_notes.text())
        except (PermissionDenied, InputError) as exc:
            self._error(str(exc))
            return
        self.qa_notes.clear()
        self._refresh_qa()

    def write_report(self, path: Path, fmt: Optional[str] = None) -> Path:
        """Write the chosen session's report; the format follows the file's suffix unless given."""
        name = self.session_box.currentText()
        if not name:
            raise InputError("no QA session chosen")
        fmt = fmt or ("html" if Path(path).suffix.lower() in (".html", ".htm") else "md")
        Path(path).write_text(qa.session_report(name, fmt), encoding="utf-8")
        return Path(path)

    def _ask_report(self) -> None:
        if not self.session_box.currentText():
            self._error(self.tr("Choose a QA session first."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save QA report"),
                                              f"{self.session_box.currentText()}.html",
                                              self.tr("HTML (*.html);;Markdown (*.md)"))
        if path:
            self.write_report(Path(path))
            self.statusBar().showMessage(self.tr("Report written to %1").replace("%1", path), 5000)

    def _error(self, message: str) -> None:
        """Shown in the status bar, not a modal box: the reviewer's hands stay on the keys."""
        self.last_error = message
        self.statusBar().showMessage(message, 8000)


def open_window(parent: Optional[QWidget], annotator: str) -> Optional[ReviewWindow]:
    """Entry point for the main window's Review menu: refuses non-reviewers with a clear message."""
    try:
        review.require_reviewer(annotator)
    except PermissionDenied as exc:
        QMessageBox.information(parent, QCoreApplication.translate("ReviewWindow", "Review"), str(exc))
        return None
    window = ReviewWindow(annotator, parent)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.show()
    return window
