"""Import and export dialogs: pick what, then run the core function on a worker with progress.

The export dialog is built from the registry ``annotate.exports.FORMATS`` (a new format appears
here without touching this file). Both report what happened in the dialog itself: counts, files,
and every problem with its file and line (the rest of a batch still goes through).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from annotate.progress import Reporter
from gui.format_texts import describe
from gui.workers import run_with_progress


def choose_database(parent: QWidget) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Dialogs", "Open or create a project database"), "", "SQLite (*.sqlite *.db);;*",
        options=QFileDialog.Option.DontConfirmOverwrite)
    return path or None


class ImportDialog(QDialog):
    """Files or folders → ``annotate.importer.import_paths`` on a worker."""

    finishedImport = Signal(object)

    def __init__(self, parent: QWidget, annotator: str) -> None:
        super().__init__(parent)
        self.annotator = annotator
        self.setWindowTitle(self.tr("Import documents"))
        self.resize(720, 520)
        self.paths = QListWidget(self)
        add_files = QPushButton(self.tr("Add files…"), self)
        add_folder = QPushButton(self.tr("Add folder…"), self)
        clear = QPushButton(self.tr("Clear"), self)
        add_files.clicked.connect(self._add_files)
        add_folder.clicked.connect(self._add_folder)
        clear.clicked.connect(self.paths.clear)
        self.suggest = QCheckBox(self.tr("Run the suggesters on the new documents"), self)
        self.suggest.setChecked(True)
        self.assign = QCheckBox(self.tr("Assign to me (spans in the files become my spans); otherwise the "
                                        "documents join the shared pool"), self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.issues = QTableWidget(0, 3, self)
        self.issues.setHorizontalHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("Problem")])
        self.issues.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.issues.verticalHeader().setVisible(False)
        self.issues.hide()
        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.run_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (add_files, add_folder, clear):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Raw documents (.txt, .html, .docx, .jsonl, …) or folders of them:"), self))
        layout.addWidget(self.paths, 1)
        layout.addLayout(row)
        layout.addWidget(self.suggest)
        layout.addWidget(self.assign)
        layout.addWidget(self.result_label)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.buttons)
        self.job = None

    def add_paths(self, paths: list[str]) -> None:
        for path in paths:
            if path:
                self.paths.addItem(path)

    def _add_files(self) -> None:
        files, _f = QFileDialog.getOpenFileNames(self, self.tr("Choose documents"))
        self.add_paths(files)

    def _add_folder(self) -> None:
        self.add_paths([QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"))])

    def selected_paths(self) -> list[Path]:
        return [Path(self.paths.item(i).text()) for i in range(self.paths.count())]

    def start(self) -> None:
        paths = self.selected_paths()
        if not paths:
            self.result_label.setText(self.tr("Add at least one file or folder."))
            return
        suggest = self.suggest.isChecked()
        annotator = self.annotator if self.assign.isChecked() else None

        def work(reporter: Reporter) -> Any:
            from annotate.importer import import_paths

            return import_paths(paths, annotator=annotator, reporter=reporter, suggest=suggest)

        self.run_button.setEnabled(False)
        self.job = run_with_progress(self, self.tr("Importing…"), work, on_success=self._done,
                                     on_failure=self._failed, on_cancel=self._cancelled)

    def _done(self, report: Any) -> None:
        self.run_button.setEnabled(True)
        imported = report.imported if isinstance(report.imported, int) else len(report.imported)
        duplicates = report.duplicates if isinstance(report.duplicates, int) else len(report.duplicates)
        errors = list(getattr(report, "errors", []))
        self.result_label.setText(self.tr("Imported %1 documents; %2 duplicates skipped; %3 problems.")
                                  .replace("%1", str(imported)).replace("%2", str(duplicates))
                                  .replace("%3", str(len(errors))))
        self.issues.setVisible(bool(errors))
        self.issues.setRowCount(len(errors))
        for row, issue in enumerate(errors):
            for col, value in enumerate((getattr(issue, "file", ""), getattr(issue, "line", ""),
                                         getattr(issue, "message", str(issue)))):
                self.issues.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))
        self.finishedImport.emit(report)

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.result_label.setText(self.tr("Import failed: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self.run_button.setEnabled(True)
        self.result_label.setText(self.tr("Import cancelled; documents imported before the cancel are kept."))
        self.finishedImport.emit(None)


class ExportDialog(QDialog):
    """Format (from the registry), selection, split and folder → ``annotate.exports.export``."""

    def __init__(self, parent: QWidget, annotator: str) -> None:
        super().__init__(parent)
        from annotate.exports import FORMATS
        from annotate.exports.select import STATUSES

        self.annotator = annotator
        self.setWindowTitle(self.tr("Export annotations"))
        self.resize(640, 420)
        self.format = QComboBox(self)
        for name, info in FORMATS.items():
            self.format.addItem(name, name)
            self.format.setItemData(self.format.count() - 1, describe(name, info.description),
                                    Qt.ItemDataRole.ToolTipRole)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.format.currentIndexChanged.connect(self._describe)
        self.status = QComboBox(self)
        status_names = {"gold": self.tr("gold (reviewed spans)"), "reviewed": self.tr("reviewed documents only"),
                        "all": self.tr("all documents (gold, else an annotator's spans)")}
        for status in STATUSES:
            self.status.addItem(status_names.get(status, status), status)
        self.mine = QCheckBox(self.tr("Only my work (%1)").replace("%1", annotator), self)
        self.split = QLineEdit(self)
        self.split.setPlaceholderText(self.tr("e.g. 80/10/10 (empty: one file)"))
        self.out = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.description)
        form.addRow(self.tr("Documents"), self.status)
        form.addRow("", self.mine)
        form.addRow(self.tr("Split"), self.split)
        form.addRow(self.tr("Folder"), out_row)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.run_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label, 1)
        layout.addWidget(self.buttons)
        self._describe()
        self.job = None

    def _describe(self) -> None:
        from annotate.exports import FORMATS

        info = FORMATS.get(self.format.currentData())
        if info is not None:
            note = self.tr("can be imported back") if info.can_import else self.tr("export only")
            self.description.setText(f"{describe(info.name, info.description)} ({note})")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"))
        if folder:
            self.out.setText(folder)

    def start(self) -> None:
        out = self.out.text().strip()
        if not out:
            self.result_label.setText(self.tr("Choose the folder to export into."))
            return
        fmt, status = self.format.currentData(), self.status.currentData()
        annotator = self.annotator if self.mine.isChecked() else None
        split = self.split.text().strip() or None

        def work(reporter: Reporter) -> Any:
            from annotate.exports import export

            return export(fmt, out, status=status, annotator=annotator, split=split, reporter=reporter,
                          command=f"annotate-gui export --format {fmt} --status {status}")

        self.run_button.setEnabled(False)
        self.job = run_with_progress(self, self.tr("Exporting…"), work, on_success=self._done,
                                     on_failure=self._failed, on_cancel=self._cancelled)

    def _done(self, report: Any) -> None:
        self.run_button.setEnabled(True)
        files = "\n".join(str(f) for f in report.files[:20])
        text = (self.tr("Exported %1 documents and %2 spans into %3.").replace("%1", str(report.documents))
                .replace("%2", str(report.spans)).replace("%3", str(report.out)))
        if report.warning_count:
            text += "\n" + self.tr("%1 warnings, e.g.: %2").replace("%1", str(report.warning_count)).replace(
                "%2", "; ".join(report.warnings[:3]))
        self.result_label.setText(text + "\n" + files)

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.result_label.setText(self.tr("Export failed: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self.run_button.setEnabled(True)
        self.result_label.setText(self.tr("Export cancelled."))
