"""The suggestions beside the text: a sortable table with a score threshold.

``QAbstractTableModel`` over the document's suggestion dicts (5,000 rows are nothing for a table view,
which only asks for the visible rows); sorting, the threshold and hiding decided rows are done in the
model. A decision updates one row (``dataChanged``), never the whole model.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDoubleSpinBox, QHBoxLayout, QHeaderView,
                               QLabel, QSlider, QTableView, QVBoxLayout, QWidget)

from gui.tables import select_row

ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("text", "label", "score", "source", "decision")


class SuggestionModel(QAbstractTableModel):
    """All of a document's suggestions; ``shown`` is the sorted, filtered list the table displays.

    Sorting and filtering happen here in Python (one ``sorted`` over 5,000 dicts takes a few ms)
    rather than in a ``QSortFilterProxyModel``, whose comparisons call back into Python ``data()``
    tens of thousands of times per sort and re-sort on every ``dataChanged``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.pending = 0  # undecided suggestions, kept up to date by set_decision (no 5,000-row sums)
        self.shown: list[dict] = []
        self._position: dict[int, int] = {}
        self.colors: dict[str, QColor] = {}
        self.min_score = 0.0
        self.hide_decided = False
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.headers = {"text": self.tr("Text"), "label": self.tr("Label"), "score": self.tr("Score"),
                        "source": self.tr("Source"), "decision": self.tr("Decision")}
        self.decision_names = {None: "", "accepted": self.tr("accepted"), "rejected": self.tr("rejected")}

    # -- content ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.pending = sum(1 for r in rows if r.get("decision") is None)
        self.shown = self._select()
        self._reindex()
        self.endResetModel()

    def _accepts(self, row: dict) -> bool:
        return row["score"] >= self.min_score and not (self.hide_decided and row.get("decision") is not None)

    def _key(self, row: dict):
        column = COLUMNS[self.sort_column]
        if column == "text":
            return (row["start"], row["end"], row["id"])  # sorting by text means document order
        value = row.get(column)
        return ("" if value is None else value, row["start"], row["id"])

    def _select(self) -> list[dict]:
        shown = [r for r in self.rows if self._accepts(r)]
        shown.sort(key=self._key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        return shown

    def _reindex(self) -> None:
        self._position = {r["id"]: i for i, r in enumerate(self.shown)}

    def refilter(self, *, min_score: float | None = None, hide_decided: bool | None = None) -> None:
        if min_score is not None:
            self.min_score = min_score
        if hide_decided is not None:
            self.hide_decided = hide_decided
        self.layoutAboutToBeChanged.emit()
        self.shown = self._select()
        self._reindex()
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.refilter()

    def row_of(self, suggestion_id: int) -> int | None:
        """The table row showing this suggestion, or None when it is filtered out."""
        return self._position.get(suggestion_id)

    def row_data(self, table_row: int) -> dict:
        return self.shown[table_row]

    def find(self, suggestion_id: int) -> dict | None:
        row = self._position.get(suggestion_id)
        if row is not None:
            return self.shown[row]
        return next((r for r in self.rows if r["id"] == suggestion_id), None)

    def set_decision(self, suggestion_id: int, decision: str | None) -> None:
        """One row changed: repaint it, or take it out / put it back when decided rows are hidden."""
        item = self.find(suggestion_id)
        if item is None:
            return
        self.pending += (decision is None) - (item.get("decision") is None)
        item["decision"] = decision
        row = self._position.get(suggestion_id)
        if row is not None and not self._accepts(item):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.shown[row]
            self._reindex()
            self.endRemoveRows()
        elif row is None and self._accepts(item):
            self.refilter()
        elif row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.shown[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "score":
                return f"{row['score']:.2f}"
            if column == "decision":
                return self.decision_names.get(row.get("decision"), row.get("decision"))
            return row.get(column)
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.BackgroundRole and column == "label":
            return self.colors.get(row["label"])
        if role == Qt.ItemDataRole.ForegroundRole and row.get("decision") == "rejected":
            return QColor("#999999")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row['text']}  [{row['start']}, {row['end']})  {row['label']}  {row['source']}"
        return None


class SuggestionsPanel(QWidget):
    """Table + threshold. Emits the id of the suggestion the user picked."""

    suggestionSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SuggestionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # fixed widths: ResizeToContents would measure up to 1,000 rows through Python on every change
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in zip(range(1, len(COLUMNS)), (86, 56, 96, 70)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(0.0, 1.0)
        self.spin.setSingleStep(0.05)
        self.spin.setDecimals(2)
        self.slider.valueChanged.connect(lambda v: self.spin.setValue(v / 100))
        self.spin.valueChanged.connect(self._threshold_changed)
        self.hide_decided = QCheckBox(self.tr("Hide decided"), self)
        self.hide_decided.toggled.connect(self._hide_decided_changed)
        self.count_label = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Min score"), self))
        bar.addWidget(self.slider, 1)
        bar.addWidget(self.spin)
        bar.addWidget(self.hide_decided)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._quiet = False

    def set_colors(self, colors: dict[str, str]) -> None:
        self.model.colors = {code: QColor(value) for code, value in colors.items()}

    def set_suggestions(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        self.update_count()

    def update_count(self) -> None:
        rows = self.model.rows
        pending = self.model.pending
        self.count_label.setText(self.tr("%1 suggestions, %2 to decide, %3 shown")
                                 .replace("%1", str(len(rows))).replace("%2", str(pending))
                                 .replace("%3", str(self.model.rowCount())))

    def _threshold_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * 100))
        self.slider.blockSignals(False)
        self.model.refilter(min_score=value)
        self.update_count()

    def _hide_decided_changed(self, on: bool) -> None:
        self.model.refilter(hide_decided=on)
        self.update_count()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        self.suggestionSelected.emit(int(current.data(ID_ROLE)))

    # -- navigation ------------------------------------------------------------------------------
    def select(self, suggestion_id: int | None) -> None:
        """Select the row of a suggestion (or nothing) without emitting ``suggestionSelected``."""
        self._quiet = True
        try:
            select_row(self.table, self.model.row_of(suggestion_id) if suggestion_id is not None else None)
        finally:
            self._quiet = False

    def neighbour(self, suggestion_id: int | None, step: int, *, pending_only: bool = True,
                  after_pos: int | None = None) -> int | None:
        """The next (step=+1) or previous (-1) suggestion in the table's order, skipping decided ones.

        With no current suggestion (or one filtered out), starts from the first row whose text starts
        at or after ``after_pos`` (the caret), so J from anywhere goes to the next suggestion below.
        """
        shown = self.model.shown
        if not shown:
            return None
        row = self.model.row_of(suggestion_id) if suggestion_id is not None else None
        if row is None:
            if after_pos is not None and step > 0:
                for data in shown:
                    if data["start"] >= after_pos and (not pending_only or data.get("decision") is None):
                        return data["id"]
                return None
            row = -1 if step > 0 else len(shown)
        r = row + step
        while 0 <= r < len(shown):
            data = shown[r]
            if not pending_only or data.get("decision") is None:
                return data["id"]
            r += step
        return None
