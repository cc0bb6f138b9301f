"""Export speed and memory: 100,000 documents with 2,000,000 gold spans, to jsonl and to BIO.

Target (issue 7): under 60 s and under 500 MB peak memory for each export. Each measured run is a
separate child process, so its peak RSS (``ru_maxrss``) is the export's alone; the parent builds the
synthetic database first (bulk inserts through sqlite3 into a project created by open_project).
Baseline, measured in the same run: a raw sqlite3 dump of the same rows to JSONL with the json
module, no filters, no project code.

    /work/venv/bin/python benchmarks/bench_export.py            # full size
    /work/venv/bin/python benchmarks/bench_export.py --small    # 2,000 documents, to check the script
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# a pool of common characters to build texts from (synthetic: no corpus text is copied)
POOL = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
        "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应"
        "开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变")
ENTITIES = [("广元市总工会", "ORG"), ("王兆国", "PER"), ("湖北省", "LOC"), ("2012年底", "DATE"),
            ("160多万元", "MONEY"), ("80%", "PERCENT"), ("2973户", "QUANTITY"), ("金秋助学", "EVENT"),
            ("工人先锋号", "HONOR"), ("劳动合同法", "DOC"), ("青山区", "LOC"), ("市人社局", "ORG")]


def build(db_path: Path, documents: int, spans_per_doc: int, seed: int = 1) -> tuple[int, int]:
    from annotate.project import open_project
    from store import close_database

    open_project(str(db_path))
    close_database()
    rng = random.Random(seed)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=off")
    con.execute("INSERT INTO annotator (name, role, created_at) VALUES ('rita', 'reviewer', '2024-01-01')")
    reviewer = con.execute("SELECT id FROM annotator WHERE name='rita'").fetchone()[0]
    total_spans = 0
    batch_docs, batch_spans = [], []
    for d in range(1, documents + 1):
        parts, spans, pos = [], [], 0
        for _ in range(spans_per_doc):
            filler = "".join(rng.choices(POOL, k=rng.randint(8, 24)))
            surface, label = rng.choice(ENTITIES)
            parts += [filler, surface]
            spans.append((d, pos + len(filler), pos + len(filler) + len(surface), label))
            pos += len(filler) + len(surface)
            if rng.random() < 0.3:
                parts.append("。")
                pos += 1
        text = "".join(parts)
        digest = f"{d:064x}"
        batch_docs.append((d, digest, f"synthetic-{d}.txt", text.encode("utf-8"), "utf-8", text, len(text),
                           "[]", "{}", "bench", f"g{d // 3}", "2024-01-01 00:00:00"))
        batch_spans += [(doc, s, e, label, reviewer, "[\"alice\"]", "2024-01-02 00:00:00") for doc, s, e, label in spans]
        total_spans += len(spans)
        if len(batch_docs) == 5000 or d == documents:
            con.executemany("INSERT INTO document (id, content_hash, source, raw, encoding, clean_text, length, "
                            "offset_map, report, cleaner_version, group_key, created_at) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", batch_docs)
            con.executemany("INSERT INTO gold_span (document_id, start, \"end\", label, reviewer_id, sources, "
                            "created_at) VALUES (?,?,?,?,?,?,?)", batch_spans)
            con.commit()
            batch_docs, batch_spans = [], []
    con.close()
    return documents, total_spans


def child_export(db: str, fmt: str, out: str) -> dict:
    from annotate.exports import export
    from annotate.project import open_project

    open_project(db)
    start = time.perf_counter()
    report = export(fmt, out, status="gold", command=f"bench_export {fmt}")
    return {"seconds": time.perf_counter() - start, "documents": report.documents, "spans": report.spans}


def child_baseline(db: str, out: str) -> dict:
    """Raw sqlite3 + json: the same rows, streamed, as plain JSONL (what the project code must not lag)."""
    start = time.perf_counter()
    con = sqlite3.connect(db)
    docs = con.execute("SELECT id, content_hash, clean_text, source FROM document ORDER BY id")
    spans = con.execute("SELECT document_id, start, \"end\", label FROM gold_span ORDER BY document_id, start")
    pending = spans.fetchone()
    n = s = 0
    Path(out).mkdir(parents=True, exist_ok=True)
    with open(Path(out) / "baseline.jsonl", "w", encoding="utf-8") as handle:
        for doc_id, digest, text, source in docs:
            items = []
            while pending is not None and pending[0] == doc_id:
                items.append({"start": pending[1], "end": pending[2], "label": pending[3],
                              "text": text[pending[1]:pending[2]]})
                pending = spans.fetchone()
            handle.write(json.dumps({"id": digest, "text": text, "spans": items,
                                     "meta": {"source": source}}, ensure_ascii=False) + "\n")
            n += 1
            s += len(items)
    return {"seconds": time.perf_counter() - start, "documents": n, "spans": s}


def run_child(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="2,000 documents instead of 100,000")
    parser.add_argument("--child", nargs=3, metavar=("WHAT", "DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what, db, out = args.child
        result = child_baseline(db, out) if what == "baseline" else child_export(db, what, out)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return

    documents = 2_000 if args.small else 100_000
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        start = time.perf_counter()
        n_docs, n_spans = build(db, documents, 20)
        print(f"built {n_docs} documents, {n_spans} gold spans in {time.perf_counter() - start:.1f} s "
              f"(database {db.stat().st_size / 1e6:.0f} MB)")
        print("target: each export under 60 s and under 500 MB peak RSS")
        for what in ("baseline", "jsonl", "bio"):
            out = Path(tmp) / f"out-{what}"
            result = run_child(["--child", what, str(db), str(out)])
            size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1e6
            label = "baseline (raw sqlite3 + json)" if what == "baseline" else f"annotate export --format {what}"
            print(f"{label:34s} {result['seconds']:7.1f} s  peak RSS {result['peak_rss_mb']:6.0f} MB  "
                  f"{result['documents']} docs, {result['spans']} spans, {size:.0f} MB written")


if __name__ == "__main__":
    main()
