"""Long work (import, suggest, export, segmentation) on a worker thread, never on the GUI thread.

The core writes long work once as ``fn(reporter) -> result`` with ``annotate.progress.Reporter``
(update raises ``Cancelled`` at a clean boundary). ``Job`` runs it on its own ``QThread``: the
reporter's sink only emits a signal (no widget is touched off the GUI thread, Anki's rule), and the
GUI thread receives progress, the result, or the error. Peewee keeps one connection per thread, so
the job closes its own connection when it ends.
"""
from __future__ import annotations

import sys
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotate.progress import Cancelled, Progress, Reporter
from gui.heap import hold_full_collections, release_full_collections


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
        self._last_emit = float("-inf")

    def _sink(self, progress: Progress) -> None:  # worker thread: emit only
        """Emit at most one progress signal per ``PROGRESS_INTERVAL`` (and always the last one):
        an import reports every document, and each signal is an event, a slot call and often a
        repaint on the GUI thread."""
        now = time.monotonic()
        last = progress.total is not None and progress.done >= progress.total
        if not last and now - self._last_emit < PROGRESS_INTERVAL:
            return
        self._last_emit = now
        self._runner.progressed.emit(progress.done, -1 if progress.total is None else progress.total,
                                     progress.message)

    def start(self) -> "Job":
        _started(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.reporter.cancel()

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.done = True
        _ended(self)
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

#: seconds between two progress signals of one job
PROGRESS_INTERVAL = 0.05
#: Python's GIL switch interval while a job runs. The default (5 ms) lets a busy worker keep the
#: GIL for 5 ms each time the GUI thread asks for it, and a burst of such waits is a visible stall;
#: at 1 ms the event loop's longest gap during a 1,000-document import fell from 42 to 31 ms
#: (p95 23 -> 13 ms) with no loss of import speed (benchmarks/bench_gui.py, docs/gui.md).
JOB_SWITCH_INTERVAL = 0.001
_saved_switch_interval: list[float] = []


def _started(job: Job) -> None:
    """While any job runs: a short GIL switch interval, and no full garbage collection (gui.heap)."""
    if not _RUNNING:
        _saved_switch_interval[:] = [sys.getswitchinterval()]
        sys.setswitchinterval(min(JOB_SWITCH_INTERVAL, _saved_switch_interval[0]))
        hold_full_collections()
    _RUNNING.add(job)


def _ended(job: Job) -> None:
    _RUNNING.discard(job)
    if not _RUNNING and _saved_switch_interval:
        sys.setswitchinterval(_saved_switch_interval.pop())
        release_full_collections()


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
