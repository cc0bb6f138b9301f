"""Cleaning throughput, with OpenCC conversion alone as the baseline measured in the same run.

The shared corpus (5 raw reports, Traditional and Simplified) is repeated until it holds at least
20 MB of UTF-8 text (2 MB with --quick) and cleaned one document at a time in this process (one
core). Figures are MB of raw UTF-8 input per second. Target: >= 2 MB/s per core.

    /work/venv/bin/python benchmarks/bench_clean.py [--quick] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotate.cleaning import CLEANER_VERSION, clean  # noqa: E402
from annotate.cleaning.steps.opencc_step import converter  # noqa: E402
from annotate.readers import read_path  # noqa: E402


def load(corpus: Path, target_mb: float) -> tuple[list[str], int]:
    texts = [read_path(p)[0].text for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {corpus}")
    docs: list[str] = []
    size = 0
    while size < target_mb * 1_000_000:
        for text in texts:
            docs.append(text)
            size += len(text.encode("utf-8"))
    return docs, size


def timed(fn, docs: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for one pass over ``docs``."""
    wall, cpu = time.perf_counter(), time.process_time()
    for text in docs:
        fn(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2 MB instead of 20 MB")
    parser.add_argument("--repeat", type=int, default=3,
                        help="passes per measurement, interleaved; the best is reported (default 3)")
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = parser.parse_args()
    docs, size = load(args.corpus, 2 if args.quick else 20)
    mb = size / 1_000_000
    cc = converter()
    import opencc

    builtin = opencc.OpenCC("t2s")
    for text in docs[:5]:  # warm up: rule loading, regex compilation, converter construction
        clean(text)
        cc.convert(text)
        builtin.convert(text)
    # Interleaved passes, best kept: on a shared virtual machine one pass can be 30 % slower than
    # the next (other tenants); the best pass and the process's CPU time are the stable figures.
    runs: dict[str, list[tuple[float, float]]] = {"clean": [], "opencc": [], "builtin": []}
    for _ in range(max(1, args.repeat)):
        runs["opencc"].append(timed(cc.convert, docs))
        runs["builtin"].append(timed(builtin.convert, docs))
        runs["clean"].append(timed(clean, docs))
    best = {name: (min(w for w, _ in r), min(c for _, c in r)) for name, r in runs.items()}
    walls = sorted(w for w, _ in runs["clean"])
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"input: {len(docs)} documents, {mb:.1f} MB UTF-8 (shared corpus repeated), one process / one core, "
          f"best of {len(walls)} interleaved passes")
    w, c = best["clean"]
    print(f"cleaner {CLEANER_VERSION}: {w:.2f} s wall -> {mb / w:.2f} MB/s per core "
          f"(CPU {c:.2f} s -> {mb / c:.2f} MB/s; passes {', '.join(f'{x:.2f}' for x in walls)} s)")
    w, c = best["opencc"]
    print(f"baseline opencc (same mixed HK/TW chain) alone: {w:.2f} s -> {mb / w:.2f} MB/s per core")
    w, c = best["builtin"]
    print(f"baseline opencc built-in t2s alone: {w:.2f} s -> {mb / w:.2f} MB/s per core")
    print(f"target >= 2 MB/s per core: {'met' if mb / best['clean'][0] >= 2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
