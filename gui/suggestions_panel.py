"""The suggestions beside the text: a sortable table with a score threshold.

``QAbstractTableModel`` over the document's suggestion dicts (5,000 rows are nothing for a table view,
which only asks for the visible rows) and a ``QSortFilterProxyModel`` for sorting, the threshold and
hiding decided rows. A decision updates one row (``dataChanged``), never the whole model.
"""
from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDoubleSpinBox, QHBoxLayout, QHeaderView,
                               QLabel, QSlider, QTableView, QVBoxLayout, QWidget)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("text", "label", "score", "source", "decision")


class SuggestionModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self._row_of: dict[int, int] = {}
        self.colors: dict[str, QColor] = {}
        self.headers = {"text": self.tr("Text"), "label": self.tr("Label"), "score": self.tr("Score"),
                        "source": self.tr("Source"), "decision": self.tr("Decision")}
        self.decision_names = {None: "", "accepted": self.tr("accepted"), "rejected": self.tr("rejected")}

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._row_of = {r["id"]: i for i, r in enumerate(rows)}
        self.endResetModel()

    def row_of(self, suggestion_id: int) -> int | None:
        return self._row_of.get(suggestion_id)

    def set_decision(self, suggestion_id: int, decision: str | None) -> None:
        row = self._row_of.get(suggestion_id)
        if row is None:
            return
        self.rows[row]["decision"] = decision
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "score":
                return f"{row['score']:.2f}"
            if column == "decision":
                return self.decision_names.get(row.get("decision"), row.get("decision"))
            return row.get(column)
        if role == SORT_ROLE:
            if column == "text":
                return row["start"]  # sorting by text means document order
            value = row.get(column)
            return "" if value is None else value
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.BackgroundRole and column == "label":
            return self.colors.get(row["label"])
        if role == Qt.ItemDataRole.ForegroundRole and row.get("decision") == "rejected":
            return QColor("#999999")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row['text']}  [{row['start']}, {row['end']})  {row['label']}  {row['source']}"
        return None


class SuggestionFilter(QSortFilterProxyModel):
    """Hides rows under the score threshold and, optionally, rows already decided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_score = 0.0
        self.hide_decided = False
        self.setSortRole(SORT_ROLE)

    def set_min_score(self, value: float) -> None:
        self._refilter(lambda: setattr(self, "min_score", value))

    def set_hide_decided(self, value: bool) -> None:
        self._refilter(lambda: setattr(self, "hide_decided", value))

    def _refilter(self, change) -> None:
        """Qt >= 6.9 wants begin/endFilterChange around a filter change (invalidateFilter is deprecated)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        row = self.sourceModel().rows[source_row]
        if row["score"] < self.min_score:
            return False
        return not (self.hide_decided and row.get("decision") is not None)


class SuggestionsPanel(QWidget):
    """Table + threshold. Emits the id of the suggestion the user picked."""

    suggestionSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SuggestionModel(self)
        self.proxy = SuggestionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
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
        self.hide_decided.toggled.connect(self.proxy.set_hide_decided)
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
        pending = sum(1 for r in rows if r.get("decision") is None)
        self.count_label.setText(self.tr("%1 suggestions, %2 to decide, %3 shown")
                                 .replace("%1", str(len(rows))).replace("%2", str(pending))
                                 .replace("%3", str(self.proxy.rowCount())))

    def _threshold_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * 100))
        self.slider.blockSignals(False)
        self.proxy.set_min_score(value)
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
            sel = self.table.selectionModel()
            if suggestion_id is None:
                sel.clearSelection()
                return
            row = self.model.row_of(suggestion_id)
            if row is None:
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                sel.clearSelection()
                return
            sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def neighbour(self, suggestion_id: int | None, step: int, *, pending_only: bool = True,
                  after_pos: int | None = None) -> int | None:
        """The next (step=+1) or previous (-1) suggestion in the table's order, skipping decided ones.

        With no current suggestion, starts from the first row whose text starts at or after
        ``after_pos`` (the caret), so J from anywhere goes to the next suggestion below.
        """
        proxy = self.proxy
        count = proxy.rowCount()
        if count == 0:
            return None
        start_row: int | None = None
        if suggestion_id is not None:
            src = self.model.row_of(suggestion_id)
            if src is not None:
                idx = proxy.mapFromSource(self.model.index(src, 0))
                if idx.isValid():
                    start_row = idx.row()
        rows = self.model.rows
        if start_row is None:
            if after_pos is not None and step > 0:
                for r in range(count):
                    data = rows[proxy.mapToSource(proxy.index(r, 0)).row()]
                    if data["start"] >= after_pos and (not pending_only or data.get("decision") is None):
                        return data["id"]
                return None
            start_row = -1 if step > 0 else count
        r = start_row + step
        while 0 <= r < count:
            data = rows[proxy.mapToSource(proxy.index(r, 0)).row()]
            if not pending_only or data.get("decision") is None:
                return data["id"]
            r += step
        return None
