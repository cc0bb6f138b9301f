"""``annotate suggest [--all]``: (re)compute suggestions for documents that lack current ones."""
from __future__ import annotations

import argparse
import sys

from annotate.commands import command


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--all", action="store_true",
                   help="recompute every document (suggestions annotators decided on are kept)")


@command("suggest", "(re)compute suggestions for documents that lack current ones")(_configure)
def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from annotate.progress import Progress, Reporter
    from annotate.suggest import SUGGESTER_VERSION
    from annotate.suggest.storage import refresh_suggestions

    bar = tqdm(total=0, unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())

    def sink(p: Progress) -> None:
        if p.total is not None and bar.total != p.total:
            bar.total = p.total
        bar.n = p.done
        bar.refresh()

    try:
        count = refresh_suggestions(reporter=Reporter(sink), force=args.all)
    finally:
        bar.close()
    print(f"suggestions refreshed for {count} document(s) (suggesters {SUGGESTER_VERSION})")
    return 0
