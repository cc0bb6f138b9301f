"""Window speed on a long report (offscreen): show, accept-next by keyboard, background import.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_gui.py

Synthetic data (invented text, never corpus text) in a temporary SQLite database:
1. time to show a 200,000-character document with 5,000 spans and 5,000 suggestions (from the open
   request until the view has painted), against the baseline of QPlainTextEdit.setPlainText of the
   same text with no highlighting, and the document_view query alone;
2. accept-next with the Enter key over 500 steps (p50 / p95 / max per step): key to screen (the key,
   then one pass of the event loop, which paints), key to durable (the handler returns after the
   commit), against the op alone (ops.accept_suggestion with no GUI) and the old measurement (a
   forced repaint of the whole view after each step);
3. import of 1,000 small documents through the import dialog (worker thread, progress dialog, queue
   refresh at the end) with the window open, while a 10 ms QTimer measures the longest gap of the
   event loop (a stall), against the same timer with nothing running.
``--skip-import`` leaves out part 3 (the importer takes about a minute for 1,000 files).
``--diagnose-stalls`` records, for every event-loop gap over 50 ms during the imports, what every
thread was doing (``StallDiagnosis``) and prints it.
Targets: show < 300 ms; accept-next < 16 ms per step; stall < 100 ms.
"""
from __future__ import annotations

import faulthandler
import gc
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

CHARS = "广元市总工会召开全体会议认真学习贯彻落实精神推动工作取得新成效我们坚持以人民为中心职工服务阵地建设"
LABELS = ("ORG", "PER", "LOC", "DATE", "MONEY")


def synthetic_text(n_chars: int, rng: random.Random) -> str:
    paragraphs, total = [], 0
    while total < n_chars:
        p = "".join(rng.choice(CHARS) for _ in range(rng.randrange(80, 400))) + "。"
        paragraphs.append(p)
        total += len(p) + 1
    return "\n".join(paragraphs)[:n_chars]


def build_database(target: str, rng: random.Random) -> tuple[int, str]:
    from annotate import ops
    from annotate.project import open_project
    from store.db import db
    from store.models import Annotator, Document, Span, Suggestion

    open_project(target)
    text = synthetic_text(200_000, rng)
    doc = Document.create(content_hash=hashlib.sha256(text.encode()).hexdigest(), source="long.txt",
                          raw=text.encode(), encoding="utf-8", clean_text=text, length=len(text),
                          offset_map="{}", report=json.dumps({"removed": [], "flags": []}),
                          cleaner_version="bench", group_key="long")
    ops.ensure_annotator("bench")
    who = Annotator.get(Annotator.name == "bench").id
    # 10,000 disjoint slots of 20 characters: even ones get a span, odd ones a suggestion
    spans, suggestions = [], []
    for slot in range(10_000):
        start = slot * 20 + rng.randrange(0, 10)
        end = start + rng.randrange(2, 8)
        label = rng.choice(LABELS)
        if slot % 2 == 0:
            spans.append(dict(document=doc.id, annotator=who, start=start, end=end, label=label, origin="added"))
        else:
            suggestions.append(dict(document=doc.id, start=start, end=end, label=label, text=text[start:end],
                                    score=rng.random(), source="bench", version="bench"))
    with db.atomic():
        for i in range(0, len(spans), 500):
            Span.insert_many(spans[i:i + 500]).execute()
            Suggestion.insert_many(suggestions[i:i + 500]).execute()
    return doc.id, text


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def accept_next_steps(app, window, target: str, count: int, paints: list[int]):
    """``count`` accept-next steps; per step the key-to-screen and handler times and what happened
    in it: the op's own time, a WAL checkpoint (the main database file was written: commits only
    append to the WAL), a scroll of the view, and the time Python's garbage collector ran."""
    main_file = Path(target)
    bar = window.view.verticalScrollBar()
    collections: list[tuple[int, float]] = []
    started = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            collections.append((info["generation"], time.perf_counter() - started[0]))

    gc.callbacks.append(on_gc)
    steps, handler, causes, painted = [], [], [], 0
    try:
        for _ in range(count):
            before, n_gc = paints[0], len(collections)
            mtime, scroll = main_file.stat().st_mtime_ns, bar.value()
            t = time.perf_counter()
            QTest.keyClick(window.view, Qt.Key.Key_Return)
            handler.append(time.perf_counter() - t)
            app.processEvents()
            steps.append(time.perf_counter() - t)
            painted += paints[0] > before
            ran = collections[n_gc:]
            causes.append({"op": window.last_op_seconds, "checkpoint": main_file.stat().st_mtime_ns != mtime,
                           "scroll": bar.value() != scroll, "gc": sum(d for _, d in ran),
                           "gc2": any(g == 2 for g, _ in ran)})
    finally:
        gc.callbacks.remove(on_gc)
    return steps, handler, causes, painted


def slowest_causes(steps: list[float], causes: list[dict], share: float = 0.02) -> str:
    """What the slowest ``share`` of steps had in them."""
    n = max(1, int(len(steps) * share))
    worst = sorted(range(len(steps)), key=lambda i: -steps[i])[:n]
    pick = [causes[i] for i in worst]
    return (f"slowest {n}: {min(steps[i] for i in worst) * 1000:.1f}-{max(steps[i] for i in worst) * 1000:.1f} ms; "
            f"with a WAL checkpoint {sum(c['checkpoint'] for c in pick)}, a scroll {sum(c['scroll'] for c in pick)}, "
            f"a gen-2 GC {sum(c['gc2'] for c in pick)}; their op max {max(c['op'] for c in pick) * 1000:.1f} ms, "
            f"GC max {max(c['gc'] for c in pick) * 1000:.2f} ms")


def step_summary(causes: list[dict], steps: list[float]) -> str:
    def mean_max(flag: str) -> str:
        values = [steps[i] for i, c in enumerate(causes) if c[flag]]
        if not values:
            return f"{flag} 0 steps"
        return f"{flag} {len(values)} steps (mean {statistics.mean(values) * 1000:.1f}, max {max(values) * 1000:.1f} ms)"

    gc_total = [c["gc"] for c in causes if c["gc"] > 0]
    return (f"{mean_max('checkpoint')}, {mean_max('scroll')}; GC ran in {len(gc_total)} steps "
            f"(max {max(gc_total, default=0) * 1000:.2f} ms, gen-2 {sum(c['gc2'] for c in causes)})")


class StallDiagnosis:
    """What each thread was doing while the event loop stalled (``--diagnose-stalls``).

    Three witnesses, because a stall can be the GUI thread busy in Qt (C++, GIL released), the GUI
    thread waiting for the GIL, or the GUI thread running Python:
    - ``faulthandler.dump_traceback_later`` is re-armed at every timer tick; its C thread needs no
      GIL, so when no tick came for ``threshold`` seconds it dumps every thread's Python stack *during*
      the stall (and again every ``threshold`` while it lasts);
    - a Python watchdog thread sleeps 5 ms in a loop: when it wakes late, some thread held the GIL
      that long, and the stacks of the other threads (``sys._current_frames``) at its wake-up show
      where (the worker is then on the line whose C call just released the GIL);
    - the benchmark loop times each ``processEvents`` call (time inside Qt's dispatch: slots, layout,
      paint, or waiting for the GIL) and each ``sleep(0.001)`` (returns late = waited for the GIL).
    """

    def __init__(self, threshold: float = 0.05) -> None:
        self.threshold = threshold
        self._dump = tempfile.TemporaryFile()
        self._read_at = 0
        self.stalls: list[dict] = []
        self.late_wakes: list[tuple[float, float, dict[str, str]]] = []  # (woke at, late by, stacks)
        self.calls: list[tuple[str, float, float]] = []  # (what, started, seconds) of the loop
        self.collections: list[tuple[str, int, float, float]] = []  # (thread, generation, started, seconds)
        self._gc_started = 0.0
        self.census: tuple[int, list[tuple[str, int]]] | None = None
        self._stop = threading.Event()
        self._gui_ident = threading.get_ident()
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)
        self._watchdog.start()
        self.arm()

    def stop(self) -> None:
        gc.callbacks.remove(self._on_gc)
        faulthandler.cancel_dump_traceback_later()
        self._stop.set()
        self._watchdog.join()

    def arm(self) -> None:
        faulthandler.dump_traceback_later(self.threshold, repeat=True, file=self._dump.fileno())

    def _new_dumps(self) -> str:
        fd = self._dump.fileno()
        os.lseek(fd, self._read_at, os.SEEK_SET)
        chunks = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
        data = b"".join(chunks)
        self._read_at += len(data)
        return data.decode("utf-8", "replace")

    def on_tick(self, gap_seconds: float, now: float) -> None:
        """Called by the benchmark's 10 ms timer on the GUI thread."""
        self.arm()
        dumps = self._new_dumps()
        if gap_seconds > self.threshold:
            self.stalls.append({"gap": gap_seconds, "end": now, "dumps": dumps})

    @staticmethod
    def _take_census() -> tuple[int, list[tuple[str, int]]]:
        """Objects the collector tracks, by type and by the module of their type (taken once, at the
        first generation-2 collection; its own time is not counted in that collection)."""
        from collections import Counter

        objects = gc.get_objects()
        kinds = Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in objects)
        del objects
        return sum(kinds.values()), kinds.most_common(12)

    def _on_gc(self, phase: str, info: dict) -> None:
        """Python's garbage collector runs in whichever thread allocates, holding the GIL."""
        if phase == "start":
            if info["generation"] == 2 and self.census is None:
                self.census = self._take_census()
            self._gc_started = time.perf_counter()
        else:
            thread = "GUI" if threading.get_ident() == self._gui_ident else threading.current_thread().name
            self.collections.append((thread, info["generation"], self._gc_started,
                                     time.perf_counter() - self._gc_started))

    def _watch(self) -> None:
        names = {}
        while not self._stop.is_set():
            t = time.perf_counter()
            time.sleep(0.005)
            woke = time.perf_counter()
            late = woke - t - 0.005
            if late > 0.02:
                frames = sys._current_frames()
                if not names or any(i not in names for i in frames):
                    names = {th.ident: th.name for th in threading.enumerate()}
                me = threading.get_ident()
                stacks = {("GUI" if i == self._gui_ident else names.get(i, str(i))):
                          "".join(traceback.format_stack(f, limit=8)) for i, f in frames.items() if i != me}
                self.late_wakes.append((woke, late, stacks))

    def report(self, top: int = 3) -> str:
        lines = [f"stalls over {self.threshold * 1000:.0f} ms: {len(self.stalls)}"]
        for generation in (0, 1, 2):
            runs = [d for _t, g, _s, d in self.collections if g == generation]
            if runs:
                lines.append(f"  gc generation {generation}: {len(runs)} collections, max {max(runs) * 1000:.1f} ms, "
                             f"total {sum(runs) * 1000:.0f} ms")
        if self.census is not None:
            total, kinds = self.census
            lines.append(f"  objects a full collection walks (tracked, not frozen) at the first generation-2 collection: {total:,}; most: "
                         + ", ".join(f"{k} {n:,}" for k, n in kinds))
        for stall in sorted(self.stalls, key=lambda s: -s["gap"])[:top]:
            start, end = stall["end"] - stall["gap"], stall["end"]
            lines.append(f"--- gap {stall['gap'] * 1000:.0f} ms")
            inside = [(w, s, d) for w, s, d in self.calls if s < end and s + d > start and d > 0.005]
            for what, s, d in inside:
                lines.append(f"    loop: {what} from {(s - start) * 1000:+.0f} ms took {d * 1000:.1f} ms")
            for thread, generation, s, d in self.collections:
                if s < end and s + d > start and d > 0.002:
                    lines.append(f"    gc generation {generation} in thread {thread} from "
                                 f"{(s - start) * 1000:+.0f} ms took {d * 1000:.1f} ms")
            for woke, late, stacks in self.late_wakes:
                if start - 0.01 <= woke <= end + 0.05:
                    lines.append(f"    GIL held {late * 1000:.0f} ms (watchdog woke late at "
                                 f"{(woke - start) * 1000:+.0f} ms); stacks at its wake-up:")
                    for name, text in stacks.items():
                        lines.append(f"      [{name}]")
                        lines.extend("        " + ln for ln in text.rstrip().splitlines())
            if stall["dumps"]:
                lines.append("    faulthandler dumps during the stall:")
                lines.extend("      " + ln for ln in stall["dumps"].rstrip().splitlines())
        return "\n".join(lines)


def main() -> None:
    skip_import = "--skip-import" in sys.argv
    diagnose = "--diagnose-stalls" in sys.argv
    diagnoses: list[tuple[str, StallDiagnosis]] = []
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="bench_gui_"))
    os.environ["ANNOTATE_HOME"] = str(tmp / "home")
    rng = random.Random(42)
    target = str(tmp / "bench.sqlite")
    doc_id, text = build_database(target, rng)

    from annotate import ops, queries
    from gui.main_window import MainWindow

    # -- 1. time to show -------------------------------------------------------------------------
    base = QPlainTextEdit()
    base.resize(900, 800)
    base.show()
    t = time.perf_counter()
    base.setPlainText(text)
    base.repaint()
    baseline_show = time.perf_counter() - t
    t = time.perf_counter()
    queries.document_view(doc_id, "bench")
    query_only = time.perf_counter() - t

    window = MainWindow(target, "bench", language="en")
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    # as annotate-gui does once its window is open (gui/startup.py): load the importer's, cleaner's
    # and suggesters' modules and data on a worker, so the user's first import does not pay for it
    from gui.heap import start_warm_up

    t = time.perf_counter()
    warm_job = start_warm_up()
    while not warm_job.done:
        app.processEvents()
        time.sleep(0.005)
    warm_seconds = time.perf_counter() - t
    shows = []
    for _ in range(3):
        t = time.perf_counter()
        window.open_document(doc_id)
        window.view.viewport().repaint()
        shows.append(time.perf_counter() - t)
        app.processEvents()
    visible = len(window.view._visible)

    # -- 2. accept-next with the keyboard ------------------------------------------------------
    # key-to-screen: the key press, then the event loop runs once, which paints what the step
    # invalidated (as the window does between two key presses). key-to-durable: the key handler
    # returns only after the operation's commit (ops run synchronously), so it is the handler time.
    window.view.setFocus()
    app.processEvents()
    paints = [0]
    paint_event = window.view.paintEvent

    def counting_paint(event) -> None:
        paints[0] += 1
        paint_event(event)

    window.view.paintEvent = counting_paint
    steps, handler, causes, painted_steps = accept_next_steps(app, window, target, 500, paints)
    # baseline: SQLite's automatic checkpoint back on the window's connection (as before
    # gui.checkpoints): a commit that crosses 1,000 WAL pages checkpoints inside the key handler
    window.checkpointer.close()
    window.checkpointer.path = None
    from store.db import db
    db.obj.execute_sql("PRAGMA wal_autocheckpoint=1000")
    auto_steps, auto_handler, auto_causes, _ = accept_next_steps(app, window, target, 500, paints)
    # baseline: the old measurement, every step followed by a forced repaint of the whole view
    full = []
    for _ in range(200):
        t = time.perf_counter()
        QTest.keyClick(window.view, Qt.Key.Key_Return)
        window.view.viewport().repaint()
        full.append(time.perf_counter() - t)
        app.processEvents()
    op_times = []
    pending = [s["id"] for s in window.suggestions.model.rows if s.get("decision") is None][:200]
    for sid in pending:
        t = time.perf_counter()
        ops.accept_suggestion(annotator="bench", suggestion_id=sid)
        op_times.append(time.perf_counter() - t)

    # -- 3. background import while the event loop is timed ----------------------------------------
    folders = [tmp / "import", tmp / "import2"]
    for n, folder in enumerate(folders):
        folder.mkdir()
        for i in range(1000):
            body = synthetic_text(rng.randrange(300, 800), rng)
            (folder / f"doc{i:04d}.txt").write_text(f"第{n}-{i}号工作报告\n{body}\n", encoding="utf-8")

    def timed_loop(run_seconds: float | None, start_job,
                   diagnosis: StallDiagnosis | None = None) -> tuple[float, object]:
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            if diagnosis is not None:
                diagnosis.on_tick((now - last[0]) / 1000, time.perf_counter())
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        if diagnosis is not None:
            diagnosis.start()
        job = start_job() if start_job else None
        deadline = time.perf_counter() + (run_seconds or 600)
        calls = diagnosis.calls if diagnosis is not None else None
        while time.perf_counter() < deadline:
            if calls is None:
                app.processEvents()
                time.sleep(0.001)
            else:
                t0 = time.perf_counter()
                app.processEvents()
                t1 = time.perf_counter()
                time.sleep(0.001)
                t2 = time.perf_counter()
                calls.append(("processEvents", t0, t1 - t0))
                calls.append(("sleep(0.001)", t1, t2 - t1))
            if job is not None and job.done:
                break
        timer.stop()
        if diagnosis is not None:
            diagnosis.stop()
        return (max(gaps) if gaps else 0.0), job

    idle_gap, _ = timed_loop(2.0, None)
    def run_import(folder: Path, name: str) -> tuple[float, float, int, int]:
        """One import through the window's own dialog (File › Import): progress dialog, then the
        queue refresh. Returns (longest gap, seconds, documents imported, queue rows after)."""
        window.on_import_files()
        dialog = window.import_dialog
        dialog.add_paths([str(folder)])
        dialog.suggest.setChecked(False)  # the importer alone; suggesting is measured elsewhere
        # the user sees the dialog (shown and painted, the window behind it repainted inactive)
        # before pressing Import
        settle = time.perf_counter() + 0.3
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.005)
        t = time.perf_counter()

        class Both:
            """Done when the import and the queue refresh that follows it have both finished."""

            @property
            def done(self) -> bool:
                queue_job = window._queue_job
                return dialog.job.done and queue_job is not None and queue_job.done

        def start():
            window._queue_job = None
            dialog.start()
            return Both()

        diagnosis = StallDiagnosis() if diagnose else None
        if diagnosis is not None:
            diagnoses.append((name, diagnosis))
        gap, _both = timed_loop(None, start, diagnosis)
        seconds = time.perf_counter() - t
        report = dialog.job.result
        count = report.imported if isinstance(report.imported, int) else len(report.imported)
        dialog.close()
        return gap, seconds, count, len(window.queue.model.rows)

    if skip_import:
        import_gap = import_seconds = second_gap = second_seconds = 0.0
        imported = second_imported = 0
    else:
        # the warm-up loaded the importer's modules; the second import shows a steady state
        import_gap, import_seconds, imported, queue_rows = run_import(folders[0], "first import")
        second_gap, second_seconds, second_imported, second_rows = run_import(folders[1], "second import")

    print(f"document: {len(text):,} chars, {len(window.view.spans):,} spans, "
          f"{len(window.suggestions.model.rows):,} suggestions; {visible} highlights on screen")
    print(f"time to show: best {min(shows) * 1000:.1f} ms, worst {max(shows) * 1000:.1f} ms (target < 300 ms)")
    print(f"  baseline QPlainTextEdit.setPlainText, no highlights: {baseline_show * 1000:.1f} ms")
    print(f"  baseline document_view query alone: {query_only * 1000:.1f} ms")
    def figures(values: list[float]) -> str:
        return (f"p50 {statistics.median(values) * 1000:.2f} ms, p95 {percentile(values, 0.95) * 1000:.2f} ms, "
                f"max {max(values) * 1000:.2f} ms")

    print(f"accept-next (Enter) over {len(steps)} steps, key to screen: {figures(steps)} (target < 16 ms); "
          f"the view repainted in {painted_steps} steps")
    print(f"  key to durable (the handler returns after the commit): {figures(handler)}")
    print(f"  steps: {step_summary(causes, steps)}")
    print(f"  {slowest_causes(steps, causes)}")
    print(f"  baseline: SQLite's automatic checkpoint in the commit (before gui.checkpoints), {len(auto_steps)} "
          f"steps: key to screen {figures(auto_steps)}; key to durable {figures(auto_handler)}")
    print(f"    steps: {step_summary(auto_causes, auto_steps)}")
    print(f"    {slowest_causes(auto_steps, auto_causes)}")
    print(f"  baseline: the same step with a forced repaint of the whole view: {figures(full)}")
    print(f"  baseline ops.accept_suggestion alone (automatic checkpoints on): {figures(op_times)}")
    print(f"start-up warm-up on a worker (as in annotate-gui): {warm_seconds:.2f} s")
    print(f"background import (import dialog, main window open): {imported} documents in {import_seconds:.1f} s; "
          f"longest event-loop gap {import_gap:.0f} ms (target < 100 ms); baseline idle gap {idle_gap:.0f} ms")
    if not skip_import:
        print(f"  queue after the import: {queue_rows} rows")
        print(f"  second import (the importer's modules loaded): {second_imported} documents in "
              f"{second_seconds:.1f} s; longest gap {second_gap:.0f} ms; queue {second_rows} rows")
        if sys.dont_write_bytecode:
            print("  note: this Python writes no bytecode cache (PYTHONDONTWRITEBYTECODE): a module first "
                  "loaded on a worker is compiled there, one GIL-holding compile() each")
    # what a full garbage collection costs now, on the GUI thread (gui.heap froze the start-up heap)
    walked = len(gc.get_objects())
    t = time.perf_counter()
    gc.collect()
    print(f"full garbage collection after the imports: {(time.perf_counter() - t) * 1000:.1f} ms, "
          f"walks {walked:,} objects; {gc.get_freeze_count():,} frozen at start-up (not walked)")
    for name, diagnosis in diagnoses:
        print(f"== stall diagnosis, {name} ==")
        print(diagnosis.report())
    window.close()


if __name__ == "__main__":
    main()
