from __future__ import annotations

import gc

from gui.heap import HELD_THRESHOLD, start_warm_up
from gui.workers import Job


def test_no_full_collection_while_a_job_runs_and_the_threshold_comes_back_after(qtbot):
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    job = Job(lambda _reporter: seen.append(gc.get_threshold()))
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    assert seen[0][2] >= HELD_THRESHOLD
    assert seen[0][:2] == before[:2]  # generations 0 and 1 still collect during the job
    assert gc.get_threshold() == before


def test_two_overlapping_jobs_restore_the_threshold_once_both_ended(qtbot):
    import threading

    before = gc.get_threshold()
    gate = threading.Event()
    first = Job(lambda _reporter: gate.wait(5))
    second = Job(lambda _reporter: None)
    first.start()
    with qtbot.waitSignal(second.finished, timeout=5000):
        second.start()
    assert gc.get_threshold()[2] >= HELD_THRESHOLD  # the first job still runs
    with qtbot.waitSignal(first.finished, timeout=5000):
        gate.set()
    assert gc.get_threshold() == before


def test_warm_up_freezes_the_heap_when_it_has_finished(qtbot):
    gc.unfreeze()
    try:
        job = start_warm_up()
        with qtbot.waitSignal(job.finished, timeout=60000):
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # other tests' objects must stay collectable
