"""Crash safety: a writer killed with SIGKILL mid-stream loses nothing it acknowledged."""
from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import time
from pathlib import Path

from store import close_database, open_database
from store.models import Action, Document, Span, Suggestion

WORKER = Path(__file__).with_name("store_worker.py")
PATTERN = "甲乙丙丁戊己庚辛壬癸"


def make_documents(count: int, suggestions: int, length: int = 4000) -> list[int]:
    """Documents long enough for thousands of one-character spans, with suggestions in their
    second half (where the workers' own adds never reach)."""
    docs = []
    for n in range(count):
        text = (PATTERN * (length // len(PATTERN) + 1))[:length - 1] + str(n)
        doc = Document.create(content_hash=hashlib.sha256(text.encode()).hexdigest(), source=f"d{n}.txt",
                              raw=text.encode(), encoding="utf-8", clean_text=text, length=len(text),
                              offset_map="[]", report="{}", cleaner_version="t", group_key=f"g{n}").id
        base = length // 2
        Suggestion.insert_many([dict(document=doc, start=base + 3 * j, end=base + 3 * j + 2, label="ORG",
                                     text=text[base + 3 * j:base + 3 * j + 2], score=0.5, source="t",
                                     version="1") for j in range(suggestions)]).execute()
        docs.append(doc)
    return docs


def test_sigkill_mid_stream_loses_no_acknowledged_operation(tmp_path):
    from annotate.project import open_project

    target = str(tmp_path / "crash.sqlite")
    open_project(target)
    (doc,) = make_documents(1, 0, length=20000)
    close_database()
    proc = subprocess.Popen([sys.executable, str(WORKER), "stream", target, "crasher", str(doc)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acked: dict[int, int] = {}
    deadline = time.monotonic() + 60
    try:
        while len(acked) < 300 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            _, span_id, start = line.split()
            acked[int(span_id)] = int(start)
    finally:
        proc.send_signal(signal.SIGKILL)  # mid-stream: the worker is busy writing the next ones
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(acked) >= 300, proc.stderr.read()[-2000:]
    database = open_database(target)
    try:
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        stored = dict(Span.select(Span.id, Span.start).where(Span.document == doc).tuples())
        missing = {i: s for i, s in acked.items() if stored.get(i) != s}
        assert not missing, f"{len(missing)} acknowledged spans lost"
        # every stored span has its action (one transaction each): no half-done operation
        assert Action.select().where(Action.kind == "add").count() == len(stored)
    finally:
        close_database()
