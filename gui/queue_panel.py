"""The document queue: status, length, span count, with a search box and a status filter.

Rows come from ``annotate.queries.queue`` (one query); the search runs in the database (source name or
text contains), debounced so typing never queries on every key.
"""
from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView,
                               QVBoxLayout, QWidget)

from gui.tables import select_row

STATUS_COLORS = {"assigned": "#ffffff", "in_progress": "#fff4d6", "done": "#dff3df", "skipped": "#eeeeee"}


class QueueModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.headers = (self.tr("Status"), self.tr("Document"), self.tr("Chars"), self.tr("Spans"))
        self.status_names = {"assigned": self.tr("to do"), "in_progress": self.tr("in progress"),
                             "done": self.tr("done"), "skipped": self.tr("skipped")}

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, document_id: int) -> int | None:
        for i, row in enumerate(self.rows):
            if row.document_id == document_id:
                return i
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.status_names.get(row.status, row.status), row.source, f"{row.length:,}", row.spans)[col]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLORS.get(row.status, "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.source
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class QueuePanel(QWidget):
    documentChosen = Signal(int)
    filtersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name or text…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        for value, text in ((None, self.tr("All")), ("assigned", self.tr("to do")),
                            ("in_progress", self.tr("in progress")), ("done", self.tr("done")),
                            ("skipped", self.tr("skipped"))):
            self.status.addItem(text, value)
        self.model = QueueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 64), (2, 64), (3, 48)):
            self.table.setColumnWidth(col, width)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.filtersChanged)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _i: self.filtersChanged.emit())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def filters(self) -> tuple[str | None, str | None]:
        return self.status.currentData(), (self.search.text().strip() or None)

    def set_rows(self, rows: list, current: int | None) -> None:
        self.model.set_rows(rows)
        self.mark_current(current)

    def mark_current(self, document_id: int | None) -> None:
        select_row(self.table, self.model.row_of(document_id) if document_id is not None else None)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.documentChosen.emit(self.model.rows[index.row()].document_id)
