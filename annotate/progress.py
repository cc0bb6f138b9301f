"""Progress reporting and cancellation for long core work, without Qt.

Long operations (import, suggest, export, agreement) take a ``Reporter``; the CLI backs it with a
tqdm bar, the window with a worker-thread signal and a cancel button. The core calls ``update``
between units of work; ``update`` raises ``Cancelled`` once the user asked to stop, so work stops at
a clean boundary (never inside a transaction half done).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable, Optional


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it."""


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: Optional[int]
    message: str = ""


class Reporter:
    """Collects progress and carries a thread-safe cancel flag.

    ``sink`` receives every ``Progress``; it runs in the worker's thread, so a GUI sink must only emit
    a signal.
    """

    def __init__(self, sink: Optional[Callable[[Progress], None]] = None) -> None:
        self._sink = sink
        self._cancel = threading.Event()
        self.last: Optional[Progress] = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def update(self, done: int, total: Optional[int] = None, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled(message or "cancelled")
        self.last = Progress(done, total, message)
        if self._sink is not None:
            self._sink(self.last)


NULL_REPORTER = Reporter()
