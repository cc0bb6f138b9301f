"""Store benchmark: operations and queries at 100,000 documents and 2,000,000 spans.

Builds synthetic data (never the corpus), then measures on SQLite and, when a PostgreSQL URL is
given (--pg URL or ANNOTATE_TEST_PG), on PostgreSQL too, printing both side by side:

- accept:  ``ops.accept_suggestion`` p50/p99 over --ops operations (target: p50 < 5 ms, p99 < 30 ms
           on SQLite); baseline: the same two INSERTs (span, decision) in one raw-cursor transaction,
           without validation, the assignment or the action log.
- load:    ``queries.document_view`` of a document with 5,000 of the annotator's spans and 1,000
           suggestions (target < 50 ms); baseline: one raw SELECT of those spans.
- next:    ``queries.next_document`` in a 100,000-document assigned queue (target < 50 ms);
           baseline: one raw SELECT on the (annotator, status, position) index.

    python benchmarks/bench_store.py            # full size (build: a few minutes per back end)
    python benchmarks/bench_store.py --small    # 5,000 documents, 100,000 spans
    python benchmarks/bench_store.py --pg postgresql://postgres@127.0.0.1:5432/bench   # RESETS that database

Data is built afresh on each run (the measured accepts change it); --keep leaves the SQLite file in
--workdir for inspection.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotate import ops, queries  # noqa: E402
from annotate.project import open_project  # noqa: E402
from store import close_database  # noqa: E402
from store.db import is_postgres_url  # noqa: E402
from store.models import Annotator, Document, Setting, Suggestion  # noqa: E402

CHARS = "北京上海广州深圳工会会议职工技能竞赛全面推进建设发展创新服务群众关爱帮扶困难"
ANNOTATORS = ["bench", "ann2", "ann3", "ann4"]
LABELS = ["PER", "ORG", "LOC", "DATE"]
BIG_SPANS, BIG_SUGGESTIONS = 5000, 1000


def _text(n: int, length: int) -> str:
    rng = random.Random(n)
    return "".join(rng.choice(CHARS) for _ in range(length - 8)) + f"{n:08d}"


class Bulk:
    """Fast inserts in chunks inside one transaction per table: sqlite3 executemany, or psycopg2's
    execute_values (one statement per 5,000 rows instead of one round trip per row)."""

    def __init__(self, database) -> None:
        self.db = database
        self.pg = is_postgres_url(str(getattr(database, "database", ""))) or type(database).__name__ == \
            "PostgresqlDatabase"

    def insert(self, table: str, columns: list[str], rows) -> None:
        cols = ", ".join(f'"{c}"' for c in columns)
        rows = list(rows)
        with self.db.atomic():
            cursor = self.db.cursor()
            if self.pg:
                from psycopg2.extras import execute_values
                execute_values(cursor, f'INSERT INTO "{table}" ({cols}) VALUES %s', rows, page_size=5000)
            else:
                marks = ", ".join("?" * len(columns))
                cursor.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)


def build(target: str, documents: int, spans: int, accepts: int) -> dict:
    """Fill an empty project; returns what the measurements need."""
    started = time.perf_counter()
    database = open_project(target)
    bulk = Bulk(database)
    now = "2024-01-01 00:00:00"
    ids = [ops.ensure_annotator(name) for name in ANNOTATORS]
    per_doc = (spans - BIG_SPANS) / documents  # spans per ordinary document, all annotators
    per_annotator = max(1, round(per_doc / len(ANNOTATORS)))
    length = max(200, per_annotator * 10 + 20)
    chunk = 5000
    for first in range(1, documents + 1, chunk):
        rows = []
        for n in range(first, min(first + chunk, documents + 1)):
            size = BIG_SPANS * 4 + 8 if n == 1 else length
            text = _text(n, size)
            rows.append((n, hashlib.sha256(text.encode()).hexdigest(), f"doc{n:06d}.txt",
                         text.encode("utf-8"), "utf-8", text, len(text), "[]", "{}", "bench",
                         f"g{n}", now))
        bulk.insert("document", ["id", "content_hash", "source", "raw", "encoding", "clean_text", "length",
                                 "offset_map", "report", "cleaner_version", "group_key", "created_at"], rows)
    if bulk.pg:  # explicit ids: move the sequence past them
        database.execute_sql("SELECT setval('document_id_seq', (SELECT MAX(id) FROM document))")
    span_cols = ["document_id", "annotator_id", "start", "end", "label", "origin", "created_at", "updated_at"]
    # the big document: 5,000 spans of the measured annotator
    bulk.insert("span", span_cols, [(1, ids[0], 4 * j, 4 * j + 2, LABELS[j % 4], "added", now, now)
                                    for j in range(BIG_SPANS)])
    total = BIG_SPANS
    for first in range(2, documents + 1, 2000):
        rows = []
        for n in range(first, min(first + 2000, documents + 1)):
            for k, who in enumerate(ids):
                for j in range(per_annotator):
                    rows.append((n, who, 10 * j + 2 * k, 10 * j + 2 * k + 2, LABELS[(j + k) % 4], "added",
                                 now, now))
        bulk.insert("span", span_cols, rows)
        total += len(rows)
    sugg_cols = ["document_id", "start", "end", "label", "text", "score", "source", "version", "created_at"]
    big_text = _text(1, BIG_SPANS * 4 + 8)
    bulk.insert("suggestion", sugg_cols, [(1, 4 * j + 2, 4 * j + 4, "ORG", big_text[4 * j + 2:4 * j + 4], 0.5,
                                           "bench", "1", now) for j in range(BIG_SUGGESTIONS)])
    # suggestions to accept: twice as many as measured (half for the baseline), in the gaps
    # between the measured annotator's spans, 10 per document
    rows = []
    for i in range(2 * accepts):
        n, j = 2 + i // 10, i % 10
        text = _text(n, length)
        rows.append((n, 10 * j + 8, 10 * j + 10, "LOC", text[10 * j + 8:10 * j + 10], 0.7, "bench", "1", now))
    bulk.insert("suggestion", sugg_cols, rows)
    # the measured annotator's queue: every document, 60 % of them finished
    statuses = ["done"] * 6 + ["assigned"] * 3 + ["in_progress"]
    rng = random.Random(7)
    for first in range(1, documents + 1, 20000):
        bulk.insert("assignment", ["document_id", "annotator_id", "status", "position", "assigned_at", "auto"],
                    [(n, ids[0], rng.choice(statuses), n, now, False)
                     for n in range(first, min(first + 20000, documents + 1))])
    database.execute_sql("ANALYZE")
    params = {"documents": documents, "spans": total, "accepts": accepts}
    Setting.insert(key="bench_params", value=json.dumps(params)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: json.dumps(params)}).execute()
    params["build_seconds"] = round(time.perf_counter() - started, 1)
    return params


def _ms(samples: list[float]) -> dict:
    samples = sorted(samples)
    p = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))] * 1000  # noqa: E731
    return {"p50": p(0.50), "p99": p(0.99), "n": len(samples)}


def measure(database, accepts: int) -> dict:
    raw = database.connection()
    pg = type(database).__name__ == "PostgresqlDatabase"
    mark = "%s" if pg else "?"
    bench = Annotator.get(Annotator.name == "bench").id
    base_who = Annotator.get(Annotator.name == "ann2").id
    suggestions = [s for (s,) in Suggestion.select(Suggestion.id).where(Suggestion.document != 1)
                   .order_by(Suggestion.id).tuples()]
    measured, baseline_ids = suggestions[:accepts], suggestions[accepts:2 * accepts]
    results: dict[str, dict] = {}

    times = []
    for sid in measured:
        t = time.perf_counter()
        ops.accept_suggestion(annotator="bench", suggestion_id=sid)
        times.append(time.perf_counter() - t)
    results["accept"] = _ms(times)

    rows = {s.id: s for s in Suggestion.select().where(Suggestion.id.in_(baseline_ids))}
    times = []
    for sid in baseline_ids:
        s = rows[sid]
        t = time.perf_counter()
        cur = raw.cursor()
        cur.execute("BEGIN IMMEDIATE" if not pg else "BEGIN")
        cur.execute(f'INSERT INTO span (document_id, annotator_id, start, "end", label, origin, suggestion_id, '
                    f'created_at, updated_at) VALUES ({", ".join([mark] * 9)})',
                    (s.document_id, base_who, s.start, s.end, s.label_id, "suggestion", sid,
                     "2024-01-01", "2024-01-01"))
        cur.execute(f"INSERT INTO suggestion_decision (suggestion_id, annotator_id, decision, created_at) "
                    f"VALUES ({mark}, {mark}, 'accepted', {mark})", (sid, base_who, "2024-01-01"))
        raw.commit() if pg else cur.execute("COMMIT")
        times.append(time.perf_counter() - t)
    results["accept_baseline"] = _ms(times)

    times = []
    for _ in range(30):
        t = time.perf_counter()
        view = queries.document_view(1, "bench")
        times.append(time.perf_counter() - t)
    assert len(view.spans) == BIG_SPANS and len(view.suggestions) == BIG_SUGGESTIONS
    results["load"] = _ms(times)
    times = []
    for _ in range(30):
        t = time.perf_counter()
        cur = raw.cursor()
        cur.execute(f'SELECT id, start, "end", label, origin FROM span WHERE document_id = {mark} '
                    f'AND annotator_id = {mark} ORDER BY start', (1, bench))
        cur.fetchall()
        times.append(time.perf_counter() - t)
    results["load_baseline"] = _ms(times)
    if pg:
        raw.commit()

    total = Document.select().count()
    rng = random.Random(3)
    afters = [rng.randint(1, total) for _ in range(300)]
    times = []
    for after in afters:
        t = time.perf_counter()
        queries.next_document("bench", after=after)
        times.append(time.perf_counter() - t)
    results["next"] = _ms(times)
    times = []
    for after in afters:
        t = time.perf_counter()
        cur = raw.cursor()
        cur.execute(f"SELECT document_id FROM assignment WHERE annotator_id = {mark} AND status = 'assigned' "
                    f"AND position > {mark} ORDER BY position LIMIT 1", (bench, after))
        cur.fetchall()
        times.append(time.perf_counter() - t)
    results["next_baseline"] = _ms(times)
    if pg:
        raw.commit()
    return results


def run_backend(target: str, args) -> tuple[dict, dict]:
    """Build fresh data on one back end (the measured accepts change it) and measure."""
    if is_postgres_url(target):
        import psycopg2
        conn = psycopg2.connect(target)
        conn.autocommit = True
        conn.cursor().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        conn.close()
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)
    print(f"building {target} ...", flush=True)
    params = build(target, args.documents, args.spans, args.ops)
    close_database()
    database = open_project(target)
    try:
        results = measure(database, args.ops)
    finally:
        close_database()
    if not is_postgres_url(target) and not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)
    return params, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="5,000 documents and 100,000 spans")
    parser.add_argument("--pg", default=os.environ.get("ANNOTATE_TEST_PG"),
                        help="PostgreSQL URL to measure too (its public schema is reset!)")
    parser.add_argument("--workdir", default="/tmp/bench_store")
    parser.add_argument("--ops", type=int, default=1000, help="accept operations to time")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite file afterwards")
    args = parser.parse_args()
    args.documents, args.spans = (5000, 100_000) if args.small else (100_000, 2_000_000)
    Path(args.workdir).mkdir(parents=True, exist_ok=True)
    targets = {"SQLite": str(Path(args.workdir) / f"bench-{args.documents}.sqlite")}
    if args.pg:
        targets["PostgreSQL"] = args.pg
    table = {}
    for name, target in targets.items():
        params, results = run_backend(target, args)
        print(f"{name}: {params}", flush=True)
        table[name] = results
    rows = [("accept one suggestion", "accept", "p50 < 5, p99 < 30 (SQLite)"),
            ("  baseline: 2 raw INSERTs + commit", "accept_baseline", ""),
            (f"load document ({BIG_SPANS} spans)", "load", "< 50"),
            ("  baseline: raw SELECT of the spans", "load_baseline", ""),
            ("next document in the queue", "next", "< 50"),
            ("  baseline: one raw index SELECT", "next_baseline", "")]
    names = list(table)
    print(f"\n{'ms (p50 / p99)':40s}" + "".join(f"{n:>20s}" for n in names) + "   target (ms)")
    for label, key, target in rows:
        cells = "".join(f"{table[n][key]['p50']:>10.2f} /{table[n][key]['p99']:>7.2f} " for n in names)
        print(f"{label:40s}{cells}  {target}")


if __name__ == "__main__":
    main()
