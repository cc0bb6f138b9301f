"""Long work (import, suggest, export, segmentation) on a worker thread, never on the GUI thread.

The core writes long work once as ``fn(reporter) -> result`` with ``annotate.progress.Reporter``
(update raises ``Cancelled`` at a clean boundary). ``Job`` runs it on its own ``QThread``: the
reporter's sink only emits a signal (no widget is touched off the GUI thread, Anki's rule), and the
GUI thread receives progress, the result, or the error. Peewee keeps one connection per thread, so
the job closes its own connection when it ends.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotate.progress import Cancelled, Progress, Reporter


class _Runner(QObject):
    progressed = Signal(int, int, str)  # done, total (-1 = unknown), message
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, fn: Callable[[Reporter], Any], reporter: Reporter) -> None:
        super().__init__()
        self._fn = fn
        self._reporter = reporter

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._reporter)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # shown to the user; the traceback goes to stderr for reports
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)
        finally:
            _close_thread_connection()


def _close_thread_connection() -> None:
    try:
        from store.db import db

        if db.obj is not None and not db.obj.is_closed():
            db.obj.close()  # closes only this thread's connection
    except Exception:
        pass


class Job(QObject):
    """One piece of long work on its own thread. Signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Callable[[Reporter], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reporter = Reporter(self._sink)
        self._thread = QThread()
        self._runner = _Runner(fn, self.reporter)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        conn = Qt.ConnectionType.QueuedConnection
        self._runner.progressed.connect(self.progressed, conn)
        for signal, slot in ((self._runner.succeeded, self._on_succeeded),
                             (self._runner.failed, self._on_failed),
                             (self._runner.cancelled, self._on_cancelled)):
            signal.connect(slot, conn)
        self.result: Any = None
        self.error: str | None = None
        self.done = False

    def _sink(self, progress: Progress) -> None:  # worker thread: emit only
        self._runner.progressed.emit(progress.done, -1 if progress.total is None else progress.total,
                                     progress.message)

    def start(self) -> "Job":
        _RUNNING.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.reporter.cancel()

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.done = True
        _RUNNING.discard(self)
        self.finished.emit()

    def _on_succeeded(self, result: object) -> None:
        self.result = result
        self._end()
        self.succeeded.emit(result)

    def _on_failed(self, message: str) -> None:
        self.error = message
        self._end()
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()


_RUNNING: set[Job] = set()  # keeps running jobs alive until they end


def run_with_progress(parent: QWidget, title: str, fn: Callable[[Reporter], Any], *,
                      on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[str], None] | None = None,
                      on_cancel: Callable[[], None] | None = None) -> Job:
    """Run ``fn`` on a worker behind a non-modal progress dialog with a cancel button."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    job = Job(fn, parent)

    def progressed(done: int, total: int, message: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if message:
            dialog.setLabelText(f"{title}\n{message}")

    job.progressed.connect(progressed)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(dialog.close)
    job.finished.connect(dialog.deleteLater)
    if on_success:
        job.succeeded.connect(on_success)
    if on_failure:
        job.failed.connect(on_failure)
    if on_cancel:
        job.cancelled.connect(on_cancel)
    job.dialog = dialog  # type: ignore[attr-defined]  # for tests and screenshots
    return job.start()
