"""Keep Python's full garbage collections short, because each one stops every thread.

A generation-2 collection walks every object the collector tracks while holding the GIL, in
whichever thread happened to allocate; the GUI thread cannot run in the meantime. With the window,
its document and the cleaner's and suggesters' modules and data loaded, the heap holds about 80,000
tracked objects and one full collection took 46-50 ms here; during a 1,000-document import the
importer's near-duplicate index adds about 190,000 lists and the full collections took 55-83 ms.
Those collections were every event-loop stall over 50 ms of the import benchmark (docs/gui.md,
Speed; ``benchmarks/bench_gui.py --diagnose-stalls``). Two measures:

- ``freeze_long_lived``: once the start-up warm-up has loaded everything, ``gc.freeze()`` moves
  the objects alive then (modules, functions, dictionaries, the window) out of the collector's
  walk. They are still freed by reference counting; only a reference cycle among them that dies
  later is never reclaimed, and start-up state lives as long as the process anyway.
- ``hold_full_collections`` / ``release_full_collections``: while a worker job runs, generation-2
  collections wait (generations 0 and 1 still run, and they collect the short-lived cycles of an
  import); they resume when the last job ends, when the job's large temporary structures are gone.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject

#: generation-2 threshold while a job runs: the number of generation-1 collections before a
#: generation-2 one, so large enough that none happens during any job
HELD_THRESHOLD = 1_000_000
_saved_threshold: list[int] = []


def freeze_long_lived() -> None:
    """Move every object alive now out of later collections' walk (see the module docstring)."""
    gc.freeze()


def hold_full_collections() -> None:
    if not _saved_threshold:
        first, second, third = gc.get_threshold()
        _saved_threshold[:] = [third]
        gc.set_threshold(first, second, max(third, HELD_THRESHOLD))


def release_full_collections() -> None:
    if _saved_threshold:
        first, second, _third = gc.get_threshold()
        gc.set_threshold(first, second, _saved_threshold.pop())


def start_warm_up(parent: QObject | None = None):
    """Run ``annotate.warmup.warm_up`` on a worker and freeze the heap on the GUI thread when it
    has finished (what ``annotate-gui`` does once its window is open)."""
    from annotate.warmup import warm_up
    from gui.workers import Job

    job = Job(warm_up, parent)
    job.finished.connect(freeze_long_lived)
    return job.start()
