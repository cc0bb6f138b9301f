"""A writer process with the window's checkpoint settings, for the crash test (run as a script).

    python checkpoint_worker.py TARGET ANNOTATOR DOC_ID
        opens the database as the window does (``IdleCheckpointer``: no automatic checkpoints on
        this connection, the idle timer never gets to run because there is no event loop) and adds
        spans for ever, printing "ack <span id> <start> <WAL bytes>" after each commit.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from annotate import ops  # noqa: E402
from gui.checkpoints import IdleCheckpointer  # noqa: E402
from store import open_database  # noqa: E402

if __name__ == "__main__":
    target, who, doc = sys.argv[1], sys.argv[2], int(sys.argv[3])
    app = QCoreApplication([])
    open_database(target)
    checkpointer = IdleCheckpointer(target)
    wal = target + "-wal"
    start = 0
    while True:
        changes = ops.add_span(annotator=who, document_id=doc, start=start, end=start + 1, label="PER")
        checkpointer.touch()
        print(f"ack {changes.span_ids[0]} {start} {os.path.getsize(wal)}", flush=True)
        start += 1
