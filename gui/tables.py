"""Helpers shared by the window's table views (queue, suggestions)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(table: QTableView, row: int | None) -> None:
    """Make ``row`` the current, selected row and scroll to it; ``None`` clears the selection."""
    selection = table.selectionModel()
    if row is None:
        selection.clearSelection()
        return
    index = table.model().index(row, 0)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                              | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)
