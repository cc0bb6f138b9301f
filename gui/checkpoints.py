"""WAL checkpoints off the key path: the window's connection never checkpoints inside a commit.

Measured (benchmarks/bench_gui.py with per-step instrumentation, docs/gui.md): every slowest step of
accept-next was a commit that crossed SQLite's automatic checkpoint threshold (1,000 WAL pages).
That commit copies the WAL into the main file and syncs both, 11-25 ms inside the key handler,
about once every 40 keys. Python's garbage collector was not the cause (no generation-2 collection
in 500 steps; generation-0 collections took 0.1 ms).

So the GUI thread's connection runs with ``wal_autocheckpoint=0`` and this class checkpoints from
a worker thread on its own connection: ``IDLE_SECONDS`` after the last operation, at least every
``MAX_WAIT_SECONDS`` while the user keeps working, and once on close. Durability is unchanged:
a commit is durable when it is in the WAL (``synchronous=NORMAL``: it survives a crash or kill of
the program; SQLite replays the WAL when the file is next opened), and a checkpoint only moves
committed pages into the main file. PASSIVE checkpoints never block writers or readers, so other
annotator processes on the same file are unaffected; their own connections keep the default
automatic checkpoint. PostgreSQL targets have no WAL file to manage: the class does nothing there.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time

from PySide6.QtCore import QObject, QTimer

#: quiet time after the last operation before the worker checkpoints
IDLE_SECONDS = 1.5
#: while operations keep coming, a checkpoint at least this often (bounds the WAL's growth)
MAX_WAIT_SECONDS = 10.0
#: seconds the worker's connection waits for a lock (a PASSIVE checkpoint rarely needs one)
WORKER_TIMEOUT = 5.0


def checkpoint_file(path: str) -> tuple[int, int, int]:
    """One PASSIVE checkpoint on a fresh connection: (busy, WAL frames, frames checkpointed)."""
    connection = sqlite3.connect(path, timeout=WORKER_TIMEOUT)
    try:
        busy, log, done = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return busy, log, done
    finally:
        connection.close()


class IdleCheckpointer(QObject):
    """Owns WAL checkpoints for the window's SQLite connection (see the module docstring)."""

    def __init__(self, target: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from store.db import db, is_postgres_url, sqlite_path

        self.path: str | None = None if is_postgres_url(target) else sqlite_path(target)
        self.runs = 0
        #: (busy, WAL frames, frames checkpointed) of the last worker checkpoint, or the error
        self.last_result: tuple[int, int, int] | BaseException | None = None
        self._thread: threading.Thread | None = None
        self._dirty_since: float | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(IDLE_SECONDS * 1000))
        self._idle.timeout.connect(self.run)
        if self.path is not None and db.obj is not None:
            # this thread's connection only; a reconnect falls back to SQLite's automatic checkpoints
            db.obj.execute_sql("PRAGMA wal_autocheckpoint=0")

    @property
    def enabled(self) -> bool:
        return self.path is not None

    def touch(self) -> None:
        """An operation committed: checkpoint once the user pauses, or now if it has waited too long."""
        if self.path is None:
            return
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if now - self._dirty_since >= MAX_WAIT_SECONDS:
            self.run()
        else:
            self._idle.start()

    def run(self) -> None:
        """Start a PASSIVE checkpoint on a worker thread; if one is still running, try again later."""
        if self.path is None or not os.path.exists(self.path + "-wal"):
            return
        if self._thread is not None and self._thread.is_alive():
            self._idle.start()
            return
        self._idle.stop()
        self._dirty_since = None
        self.runs += 1
        self._thread = threading.Thread(target=self._work, args=(self.path,), name="wal-checkpoint", daemon=True)
        self._thread.start()

    def _work(self, path: str) -> None:  # worker thread: no Qt calls
        try:
            self.last_result = checkpoint_file(path)
        except sqlite3.Error as exc:  # e.g. the file was removed; the next checkpoint tries again
            self.last_result = exc

    def wait(self, timeout: float | None = None) -> None:
        """Block until a running worker checkpoint has finished (tests, close)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def close(self) -> None:
        """On close: wait for a running checkpoint, then one last checkpoint, synchronously."""
        self._idle.stop()
        self.wait()
        if self.path is not None and os.path.exists(self.path + "-wal"):
            try:
                self.last_result = checkpoint_file(self.path)
            except sqlite3.Error:
                pass  # another process holds the file; its connections checkpoint it
        self.path = None
