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
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen[-1] == (3, 3, "step 2")


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
