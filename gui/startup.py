"""Holds the one main window of the process and replaces it when the database or language changes.

Rebuilding the window is how a language switch takes effect (every string is built with tr() at
construction), and how "Open database" swaps projects without leaving stale state behind.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from annotate.progress import Reporter
from gui.workers import run_with_progress


class StartupController(QObject):
    def __init__(self, app: QApplication, annotator: str, language: str) -> None:
        super().__init__(app)
        self.app = app
        self.annotator = annotator
        self.language = language
        self.window = None
        self.target: str | None = None

    def open_target(self, target: str, *, document_id: int | None = None) -> None:
        from annotate.project import open_project
        from gui.main_window import MainWindow

        open_project(target)
        self.target = target
        old = self.window
        self.window = MainWindow(target, self.annotator, language=self.language)
        self.window.languageRequested.connect(self._requested)
        if document_id is not None:
            self.window.open_document(document_id)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()
        self._warm_up()

    def _warm_up(self) -> None:
        """Once per process, load the cleaner's and suggesters' data on a worker (annotate.warmup),
        then freeze the heap so that full garbage collections stay short (gui.heap)."""
        if getattr(self, "warm_job", None) is not None:
            return
        from gui.heap import start_warm_up

        self.warm_job = start_warm_up(self)

    def open_demo(self) -> None:
        """Import the samples on a worker (with a progress dialog), then open the window on them."""
        from annotate.demo import open_demo_project

        def work(reporter: Reporter) -> str:
            return open_demo_project(reporter)

        def failed(message: str) -> None:
            QMessageBox.critical(None, self.tr("Demo project"), message)
            self.app.exit(1)

        self.job = run_with_progress(None, self.tr("Preparing the demo project…"), work,
                                     on_success=self.open_target, on_failure=failed,
                                     on_cancel=lambda: self.app.exit(1))

    def _requested(self, what: str) -> None:
        """Language change ("zh_CN"/"en") or a database switch ("db:TARGET")."""
        from gui.app import install_translations

        current = self.window.document.id if self.window and self.window.document else None
        if what.startswith("db:"):
            self.open_target(what[3:])
            return
        self.language = what
        install_translations(self.app, what)
        self.open_target(self.target, document_id=current)
