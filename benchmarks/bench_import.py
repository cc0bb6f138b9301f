"""Import throughput with the near-duplicate lookup, on many small documents.

Builds N documents (default 2,000) from lines of the shared corpus: groups of near-duplicates (the
same lines with one line changed) and unrelated ones, writes them to a temporary folder and imports
them into a fresh SQLite project (``suggest=False``: the suggesters are measured elsewhere). Prints
the total import time, the time spent in the near-duplicate lookup, and the cleaning time of the
same documents alone as the baseline measured in the same run.

    /work/venv/bin/python benchmarks/bench_import.py [--docs N] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotate import importer  # noqa: E402
from annotate.cleaning import clean  # noqa: E402
from annotate.project import open_project  # noqa: E402


def make_documents(corpus: Path, count: int) -> list[str]:
    lines = [line.strip() for path in sorted(corpus.glob("*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
             if 30 <= len(line.strip()) <= 300]
    rng = random.Random(7)
    docs: list[str] = []
    while len(docs) < count:
        base = rng.sample(lines, 12)
        for variant in range(rng.choice([1, 1, 2, 4])):  # near-duplicate groups of 1, 2 or 4
            body = list(base)
            body[rng.randrange(len(body))] = f"第{len(docs)}号文件补充说明:{rng.choice(lines)}"
            docs.append("\n".join(body) + "\n")
            if len(docs) == count:
                break
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = parser.parse_args()
    docs = make_documents(args.corpus, args.docs)
    start = time.perf_counter()
    for text in docs:
        clean(text)
    t_clean = time.perf_counter() - start
    lookup = [0.0]
    original = importer._Groups.key_for

    def timed_key_for(self, *a, **kw):  # measure the lookup without changing it
        t = time.perf_counter()
        try:
            return original(self, *a, **kw)
        finally:
            lookup[0] += time.perf_counter() - t

    importer._Groups.key_for = timed_key_for
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, text in enumerate(docs):
            (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        open_project(str(Path(tmp) / "project.sqlite"))
        start = time.perf_counter()
        report = importer.import_paths([folder], suggest=False)
        t_import = time.perf_counter() - start
        from store.models import Document

        groups = Document.select(Document.group_key).distinct().count()
    print(f"documents: {len(docs)} ({report.imported} imported, {report.duplicates} duplicates, "
          f"{len(report.errors)} errors), {groups} near-duplicate groups")
    print(f"import: {t_import:.2f} s ({len(docs) / t_import:.0f} documents/s); "
          f"near-duplicate lookup: {lookup[0]:.2f} s")
    print(f"baseline cleaning alone, same documents: {t_clean:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
