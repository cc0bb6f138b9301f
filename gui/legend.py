"""The label legend: colour chip, code, name and hotkey of every label in the project's schema."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from annotate.schema import Schema


class Legend(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Labels"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(3)

    def set_schema(self, schema: Schema, language: str) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        per_column = (len(schema.labels) + 1) // 2
        for i, label in enumerate(schema.labels):
            row, block = i % per_column, (i // per_column) * 3
            key = QLabel(f"<b>{label.hotkey or ''}</b>", self)
            key.setAlignment(Qt.AlignmentFlag.AlignCenter)
            key.setFixedWidth(22)
            key.setStyleSheet("border:1px solid #999; border-radius:3px; background:#fafafa;")
            chip = QLabel(label.code, self)
            chip.setStyleSheet(f"background:{label.color}; border-radius:3px; padding:1px 6px;")
            name = QLabel(label.name_zh if language.startswith("zh") else label.name_en, self)
            name.setToolTip(label.description)
            chip.setToolTip(label.description)
            self.grid.addWidget(key, row, block)
            self.grid.addWidget(chip, row, block + 1)
            self.grid.addWidget(name, row, block + 2)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(5, 1)
