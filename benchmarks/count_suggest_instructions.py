"""Instructions one suggest pass over the corpus costs, counted by callgrind: a speed figure that does
not move with the machine's load (wall-clock rates on a shared machine drift by 10 % between runs).

The script runs itself twice under ``valgrind --tool=callgrind``: once loading and cleaning the corpus
and warming the suggesters up, once doing that plus one ``suggest`` over every cleaned document.
The difference is the pass. ``--tree`` measures another checkout (a git worktree of an older commit)
with the same interpreter, so two versions are compared in one run.

    python benchmarks/count_suggest_instructions.py                 # this checkout
    python benchmarks/count_suggest_instructions.py --tree /tmp/old # another checkout, same corpus
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def _work(tree: Path, mode: str) -> None:
    """The measured program (run under valgrind): load, clean, warm up, then suggest if asked."""
    sys.path.insert(0, str(tree))
    from annotate.cleaning import clean
    from annotate.readers import read_path
    from annotate.suggest import suggest

    texts = [clean(raw.text).text for path in sorted(CORPUS.glob("*.txt")) for raw in read_path(path)]
    suggest("广元市总工会2023年投入资金300万元，张建国主持会议。")
    if mode == "suggest":
        for text in texts:
            suggest(text)


def _count(tree: Path, mode: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(tree)}
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                               __file__, "--work", mode, "--tree", str(tree)],
                              env=env, capture_output=True, text=True, check=True)
        found = re.search(r"Collected : (\d+)", done.stderr)
        if found is None:
            raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
        return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=REPO, help="checkout to measure (default: this one)")
    parser.add_argument("--work", choices=["init", "suggest"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.work:
        _work(args.tree, args.work)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    if not any(CORPUS.glob("*.txt")):
        print(f"no corpus documents under {CORPUS}", file=sys.stderr)
        return 2
    base, total = _count(args.tree, "init"), _count(args.tree, "suggest")
    print(f"{args.tree}: set-up {base:,} instructions, with one suggest pass {total:,}; "
          f"the pass: {(total - base) / 1e6:,.0f} M instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
