"""WAL checkpoints leave the key path (gui.checkpoints) without weakening durability."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from annotate import ops
from gui.checkpoints import IdleCheckpointer
from store import close_database, open_database
from store.db import db
from store.models import Action, Document, Span

WORKER = Path(__file__).with_name("checkpoint_worker.py")
PATTERN = "甲乙丙丁戊己庚辛壬癸"
#: SQLite's default automatic checkpoint threshold, in WAL frames (pages)
AUTO_THRESHOLD = 1000


def _long_document(length: int = 20000) -> int:
    text = (PATTERN * (length // len(PATTERN) + 1))[:length]
    return Document.create(content_hash=hashlib.sha256(text.encode()).hexdigest(), source="long.txt",
                           raw=text.encode(), encoding="utf-8", clean_text=text, length=len(text),
                           offset_map="[]", report="{}", cleaner_version="t", group_key="long").id


def _wal_frames(target: str) -> int:
    """Frames in the WAL, read from its size (32-byte header, then 24-byte header + page per frame)."""
    page = db.obj.execute_sql("PRAGMA page_size").fetchone()[0]
    return max(0, (os.path.getsize(target + "-wal") - 32) // (24 + page))


def test_commits_never_checkpoint_and_the_worker_does(qtbot, project):
    target, _ids = project
    doc = _long_document()
    checkpointer = IdleCheckpointer(target)
    assert checkpointer.enabled
    assert db.obj.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    main_file = Path(target)
    before = main_file.stat().st_mtime_ns, main_file.stat().st_size
    start = 0
    while _wal_frames(target) < 2 * AUTO_THRESHOLD:  # well past the automatic threshold
        ops.add_span(annotator="tester", document_id=doc, start=start, end=start + 1, label="PER")
        start += 1
    # no commit wrote the main file: every page is still only in the WAL
    assert (main_file.stat().st_mtime_ns, main_file.stat().st_size) == before
    checkpointer._idle.setInterval(20)
    checkpointer.touch()
    qtbot.waitUntil(lambda: checkpointer.runs == 1, timeout=5000)
    checkpointer.wait(10)
    busy, log, done = checkpointer.last_result
    assert busy == 0 and log >= 2 * AUTO_THRESHOLD and done == log
    assert main_file.stat().st_mtime_ns != before[0]
    # the window's connection still reads and writes normally after the worker's checkpoint
    ops.add_span(annotator="tester", document_id=doc, start=start, end=start + 1, label="PER")
    assert Span.select().where(Span.document == doc).count() == start + 1
    checkpointer.close()
    assert not checkpointer.enabled


def test_the_window_checkpoints_after_a_pause_and_on_close(qtbot, window, project):
    from PySide6.QtCore import Qt

    target, _ids = project
    assert db.obj.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    window.checkpointer._idle.setInterval(30)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # accept: one commit
    assert window.checkpointer._idle.isActive()
    qtbot.waitUntil(lambda: window.checkpointer.runs == 1, timeout=5000)
    window.checkpointer.wait(10)
    busy, log, done = window.checkpointer.last_result
    assert busy == 0 and done == log > 0
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    before = Path(target).stat().st_mtime_ns
    window.close()  # a last, synchronous checkpoint: every committed frame reaches the main file
    assert not window.checkpointer.enabled
    busy, log, done = window.checkpointer.last_result
    assert busy == 0 and done == log > 0
    assert Path(target).stat().st_mtime_ns != before


def test_postgres_targets_are_left_alone(qtbot):
    checkpointer = IdleCheckpointer("postgresql://postgres@127.0.0.1:5432/none")
    assert not checkpointer.enabled
    checkpointer.touch()
    checkpointer.run()
    assert checkpointer.runs == 0


def test_sigkill_with_a_large_unchecked_wal_loses_no_acknowledged_operation(tmp_path):
    """With no checkpoint at all, every acknowledged commit lives only in the WAL; SQLite replays
    it when the file is opened again."""
    from annotate.project import open_project

    target = str(tmp_path / "crash.sqlite")
    open_project(target)
    doc = _long_document()
    page = db.obj.execute_sql("PRAGMA page_size").fetchone()[0]
    close_database()
    proc = subprocess.Popen([sys.executable, str(WORKER), target, "crasher", str(doc)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acked: dict[int, int] = {}
    wal_bytes = 0
    deadline = time.monotonic() + 90
    try:
        while wal_bytes < 2 * AUTO_THRESHOLD * (page + 24) and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            _, span_id, start, wal_bytes = line.split()
            acked[int(span_id)] = int(start)
            wal_bytes = int(wal_bytes)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert wal_bytes >= 2 * AUTO_THRESHOLD * (page + 24), proc.stderr.read()[-2000:]
    # the main file alone (a copy without its WAL) holds none of them: they were only in the WAL
    bare = tmp_path / "bare.sqlite"
    shutil.copyfile(target, bare)
    with closing(sqlite3.connect(bare)) as conn:
        assert conn.execute("SELECT count(*) FROM span").fetchone()[0] == 0
    database = open_database(target)
    try:
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(Span.select(Span.id, Span.start).where(Span.document == doc).tuples())
        missing = {i: s for i, s in acked.items() if stored.get(i) != s}
        assert not missing, f"{len(missing)} of {len(acked)} acknowledged spans lost"
        assert Action.select().where(Action.kind == "add").count() == len(stored)
    finally:
        close_database()


def test_another_process_writes_while_the_window_defers_checkpoints(qtbot, project):
    """A second annotator process (its own connection, automatic checkpoints) and this one's
    deferred, worker-run checkpoints share the file without lock errors or lost rows."""
    target, _ids = project
    doc = _long_document()
    checkpointer = IdleCheckpointer(target)
    worker = Path(__file__).parents[1] / "store" / "store_worker.py"
    proc = subprocess.Popen([sys.executable, str(worker), "mix", target, "other", "300", str(doc)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mine = 0
    while proc.poll() is None or mine < 200:
        ops.add_span(annotator="tester", document_id=doc, start=10000 + mine, end=10001 + mine, label="PER")
        mine += 1
        if mine % 50 == 0:
            checkpointer.run()
            checkpointer.wait(10)
            assert not isinstance(checkpointer.last_result, BaseException), checkpointer.last_result
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-2000:]
    import json

    theirs = json.loads(out.strip().splitlines()[-1])
    from store.models import Annotator

    count = lambda name: (Span.select().join(Annotator)  # noqa: E731
                          .where(Span.document == doc, Annotator.name == name).count())
    assert count("tester") == mine
    assert count("other") == len(theirs["spans"])
    assert db.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    checkpointer.close()
