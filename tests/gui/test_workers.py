from __future__ import annotations

import threading

from gui.workers import Job


def test_job_runs_off_the_gui_thread_and_reports_progress(qtbot):
    seen: list[tuple[int, int, str]] = []
    threads: list[int] = []

    def work(reporter):
        threads.append(threading.get_ident())
        for i in range(3):
            reporter.update(i + 1, 3, f"step {i}")
        return "ok"

    job = Job(work)
    job.progressed.connect(lambda d, t, m: seen.append((d, t, m)))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["ok"]
    assert threads and threads[0] != threading.get_ident()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == (3, 3, "step 2"))
    assert seen[0] == (1, 3, "step 0")  # the first update is shown at once


def test_progress_signals_are_throttled_but_the_last_one_arrives(qtbot):
    seen: list[tuple[int, int, str]] = []

    def work(reporter):
        for i in range(2000):
            reporter.update(i + 1, 2000, f"file {i}")
        return "ok"

    job = Job(work)
    job.progressed.connect(lambda d, t, m: seen.append((d, t, m)))
    with qtbot.waitSignal(job.succeeded, timeout=5000):
        job.start()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == 2000)
    assert len(seen) < 100  # one signal per 50 ms, not one per file


def test_switch_interval_is_short_while_a_job_runs_and_restored_after(qtbot):
    import sys

    before = sys.getswitchinterval()
    during: list[float] = []
    job = Job(lambda reporter: during.append(sys.getswitchinterval()))
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    assert during == [min(0.001, before)]
    assert sys.getswitchinterval() == before


def test_job_cancel_stops_at_the_next_update(qtbot):
    started = threading.Event()
    release = threading.Event()

    def work(reporter):
        started.set()
        release.wait(5)
        reporter.update(1, 2)
        return "not reached"

    job = Job(work)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
        started.wait(5)
        job.cancel()
        release.set()
    assert job.result is None


def test_job_failure_is_reported(qtbot):
    def work(reporter):
        raise ValueError("bad file x.txt")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert "bad file x.txt" in blocker.args[0]
