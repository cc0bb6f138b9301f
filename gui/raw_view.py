"""The cleaning made visible: the raw document with removed parts struck through, and the report.

Reads ``Document.raw`` decoded with ``Document.encoding`` (the cleaner's raw offsets count code
points of that decoded text) and ``Document.report`` (removed, changed and flagged pieces: masked
names and other placeholders, mojibake, truncation gaps). When the stored bytes are not the text the
cleaner saw (a .docx or HTML page whose text was extracted first) the raw pane says so and the
report table still lists every piece.
"""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QPlainTextEdit, QSplitter,
                               QTableWidget, QTableWidgetItem, QTextEdit, QVBoxLayout, QWidget)

from gui.fonts import document_font
from gui.offsets import OffsetConverter

COLORS = {"removed": "#f6c6c6", "changed": "#cfe3f7", "flag": "#ffd98a"}
MAX_MARKS = 20000  # more pieces than this are listed, not drawn (the view stays quick)


class RawView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(document_font(15))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Rule"), self.tr("Why"),
                                              self.tr("Raw offsets"), self.tr("Text")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.text)
        splitter.addWidget(self.table)
        splitter.setSizes([520, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.entries: list[dict] = []
        self.conv = OffsetConverter("")
        self.names = {"removed": self.tr("removed"), "changed": self.tr("changed"), "flag": self.tr("flagged")}

    def show_document(self, document_id: int) -> None:
        from store.models import Document

        raw, encoding, report_json = (Document.select(Document.raw, Document.encoding, Document.report)
                                      .where(Document.id == document_id).tuples().get())
        try:
            report = json.loads(report_json or "{}")
        except ValueError:
            report = {}
        try:
            raw_text = bytes(raw).decode(encoding or "utf-8", errors="replace")
        except LookupError:
            raw_text = bytes(raw).decode("utf-8", errors="replace")
        expected = report.get("raw_length")
        exact = expected is None or expected == len(raw_text)
        self.entries = ([dict(e, what="removed") for e in report.get("removed", [])]
                        + [dict(e, what="changed") for e in report.get("changed", [])]
                        + [dict(e, what="flag") for e in report.get("flags", [])])
        self.entries.sort(key=lambda e: (e.get("raw_start", 0), e.get("raw_end", 0)))
        counts = {k: sum(1 for e in self.entries if e["what"] == k) for k in COLORS}
        text = self.tr("Raw text (%1) — removed: %2, changed: %3, flagged: %4. Cleaner %5.")
        for key, value in (("%1", encoding), ("%2", counts["removed"]), ("%3", counts["changed"]),
                           ("%4", counts["flag"]), ("%5", report.get("cleaner_version", "?"))):
            text = text.replace(key, str(value))
        if not exact:
            text += "  " + self.tr("The stored file is not plain text (e.g. .docx or HTML): its extracted text is "
                                   "not kept, so the pieces are listed below but not marked.")
        self.summary.setText(text)
        # Qt turns "\r\n" into one paragraph break, which would shift every later offset by one:
        # show the carriage return as a visible symbol of the same length instead
        self.text.setPlainText(raw_text.replace("\r\n", "\u240d\n"))
        self.conv = OffsetConverter(raw_text)
        self._fill_table()
        self._mark(exact)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            what = entry["what"]
            reason = entry.get("reason") or entry.get("note") or ""
            if what == "flag":
                reason = f"{entry.get('kind', '')}: {reason}"
            shown = entry.get("text", "").replace("\n", "⏎")
            if what == "changed":
                shown += f"  →  {entry.get('new', '')}"
            cells = (self.names[what], entry.get("rule", ""), reason,
                     f"{entry.get('raw_start', '')}–{entry.get('raw_end', '')}", shown[:200])
            for col, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if col == 0:
                    item.setBackground(QColor(COLORS[what]))
                self.table.setItem(row, col, item)

    def _mark(self, exact: bool) -> None:
        if not exact:
            self.text.setExtraSelections([])
            return
        doc = self.text.document()
        selections = []
        for entry in self.entries[:MAX_MARKS]:
            start, end = entry.get("raw_start", 0), entry.get("raw_end", 0)
            if end <= start:
                end = start + 1  # a gap: mark the character where it was cut
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(COLORS[entry["what"]]))
            if entry["what"] == "removed":
                fmt.setFontStrikeOut(True)
                fmt.setForeground(QColor("#8a2a2a"))
            fmt.setToolTip(f"{entry.get('rule', '')}: {entry.get('reason') or entry.get('note') or ''}")
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(min(self.conv.to_utf16(start), doc.characterCount() - 1))
            cursor.setPosition(min(self.conv.to_utf16(end), doc.characterCount() - 1),
                               QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.text.setExtraSelections(selections)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(min(self.conv.to_utf16(self.entries[row].get("raw_start", 0)),
                               self.text.document().characterCount() - 1))
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
