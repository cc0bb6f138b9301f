"""Write tests/data/store/v1.sqlite: a database as the version-1 program left it, with some work in it.

Built from the frozen version-1 DDL (store/migrations/m0001_initial.py) with plain sqlite3, never the
live models, so the file stays a faithful version-1 database whatever the models become. Like the
skeleton's bootstrap it has no ``schema_migrations`` table, and its ``setting`` row ``schema_version``
holds the label schema's version. The upgrade test opens a copy and checks that the work survives.

Usage: python scripts/make_old_db.py [output path]
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from store.migrations import SQLITE, m0001_initial  # noqa: E402  (frozen DDL only)

TEXT = "市总工会召开第三次全体会议，李明同志出席并讲话。2019年全市职工人数达到12万人。"
NOW = "2024-03-01 09:00:00.000000"


def build(path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        for statement in m0001_initial.STATEMENTS:
            conn.execute(statement.format(**SQLITE.words))
        conn.executemany('INSERT INTO "setting" VALUES (?, ?)', [
            ("schema_version", "1.0"), ("schema_name", "work-reports-zh"), ("allow_overlap", "false")])
        labels = [("PER", "人名", "Person", "#e8a0a0", "1"), ("ORG", "机构", "Organization", "#9ec5e8", "2"),
                  ("DATE", "时间", "Date", "#f0d080", "4"), ("QUANTITY", "数量", "Quantity", "#c0c0c0", "7")]
        conn.executemany('INSERT INTO "label_type" ("code", "name_zh", "name_en", "color", "hotkey", '
                         '"description", "position") VALUES (?, ?, ?, ?, ?, \'\', ?)',
                         [(*label, i) for i, label in enumerate(labels)])
        conn.execute('INSERT INTO "annotator" ("name", "role", "created_at") VALUES (?, ?, ?)',
                     ("老王", "annotator", NOW))
        conn.execute('INSERT INTO "document" ("content_hash", "source", "raw", "encoding", "clean_text", '
                     '"length", "offset_map", "report", "cleaner_version", "group_key", "created_at") '
                     'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                     (hashlib.sha256(TEXT.encode()).hexdigest(), "old.txt", TEXT.encode("gb18030"),
                      "gb18030", TEXT, len(TEXT), "[]", json.dumps({"removed": [], "flags": []}), "0.1",
                      "g1", NOW))
        suggestions = [(0, 4, "ORG"), (14, 16, "PER"), (24, 29, "DATE")]
        conn.executemany('INSERT INTO "suggestion" ("document_id", "start", "end", "label", "text", "score", '
                         '"source", "version", "created_at") VALUES (1, ?, ?, ?, ?, 0.8, \'old\', \'0.1\', ?)',
                         [(s, e, lab, TEXT[s:e], NOW) for s, e, lab in suggestions])
        conn.execute('INSERT INTO "span" ("document_id", "annotator_id", "start", "end", "label", "origin", '
                     '"suggestion_id", "created_at", "updated_at") VALUES (1, 1, 0, 4, \'ORG\', '
                     '\'suggestion\', 1, ?, ?)', (NOW, NOW))
        conn.execute('INSERT INTO "span" ("document_id", "annotator_id", "start", "end", "label", "origin", '
                     '"suggestion_id", "created_at", "updated_at") VALUES (1, 1, 37, 41, \'QUANTITY\', '
                     '\'added\', NULL, ?, ?)', (NOW, NOW))
        conn.execute('INSERT INTO "suggestion_decision" ("suggestion_id", "annotator_id", "decision", '
                     '"created_at") VALUES (1, 1, \'accepted\', ?), (2, 1, \'rejected\', ?)', (NOW, NOW))
        conn.execute('INSERT INTO "assignment" ("document_id", "annotator_id", "status", "position", '
                     '"assigned_at", "finished_at") VALUES (1, 1, \'in_progress\', 0, ?, NULL)', (NOW,))
        conn.execute('INSERT INTO "action" ("annotator_id", "document_id", "kind", "payload", "undoes_id", '
                     '"created_at") VALUES (1, 1, \'accept\', \'{}\', NULL, ?)', (NOW,))
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "tests" / "data" / "store" / "v1.sqlite"
    out.parent.mkdir(parents=True, exist_ok=True)
    build(out)
    print(f"wrote {out} ({out.stat().st_size} bytes)")
