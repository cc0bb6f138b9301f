"""Agreement metrics on synthetic data: our pure-Python alpha, kappa and span F1 against the
``krippendorff`` package (numpy) and seqeval on the same data, in the same run.

    python benchmarks/bench_agreement.py [--quick]

Target: the whole agreement report for 3 annotators × 300 documents × 2,000 characters in under
5 s on 2 cores (the window runs it on a worker thread; the CLI behind a bar).
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "annotate"))

from annotate.agreement import bio_tags, compute_agreement  # noqa: E402
from test_agreement import perturb, random_spans  # noqa: E402  (the tests' generator)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    docs, length = (20, 500) if args.quick else (300, 2000)
    rng = random.Random(1)
    lengths = {d: length for d in range(docs)}
    base = {d: random_spans(rng, length, length // 25) for d in range(docs)}
    versions = {n: {d: perturb(rng, s, length) for d, s in base.items()} for n in ("alice", "bob", "carol")}
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{len(versions)} annotators × {docs} documents × {length} characters")

    t = time.perf_counter()
    report = compute_agreement(versions, lengths)
    ours = time.perf_counter() - t
    print(f"ours, whole report (3 pairs + alpha):   {ours:7.2f} s  alpha={report.alpha:.4f} "
          f"kappa={report.kappa:.4f} F1={report.exact.f1:.4f}   target < 5 s")

    import krippendorff
    import numpy as np
    from seqeval.metrics import f1_score

    t = time.perf_counter()
    ids: dict[str, int] = {}
    data = np.array([[ids.setdefault(tag, len(ids)) for d in range(docs) for tag in bio_tags(versions[n][d], length)]
                     for n in sorted(versions)], float)
    alpha = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    base_alpha = time.perf_counter() - t
    print(f"baseline krippendorff.alpha (numpy):    {base_alpha:7.2f} s  alpha={alpha:.4f}")
    t = time.perf_counter()
    f1 = f1_score([bio_tags(versions["alice"][d], length) for d in range(docs)],
                  [bio_tags(versions["bob"][d], length) for d in range(docs)])
    base_f1 = time.perf_counter() - t
    print(f"baseline seqeval f1 (one pair):         {base_f1:7.2f} s  f1={f1:.4f} "
          f"(ours for that pair: {report.pairs[0].exact.f1:.4f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
