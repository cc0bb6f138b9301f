"""``annotate import PATH... [--annotator NAME] [--no-suggest]``: read, clean and store documents.

Exit status: 0 when every file imported (duplicates included); 2 when any file or line was bad
input (named on stderr, one line each) — the other files are still imported, so a partial failure
is reported with the contract's bad-input status rather than hidden behind 0 or confused with 1
(an unexpected failure of the program).
"""
from __future__ import annotations

import argparse
import sys

from annotate.commands import command


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .html, .docx, .jsonl)")
    p.add_argument("--annotator", metavar="NAME", help="put the imported documents in this annotator's queue")
    p.add_argument("--no-suggest", action="store_true", help="do not compute suggestions now")


@command("import", "import files or folders of raw reports (cleaned on the way in)")(_configure)
def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from annotate.importer import import_paths
    from annotate.progress import Reporter

    bar = tqdm(total=None, unit="file", file=sys.stderr, disable=None, leave=False)

    def sink(progress) -> None:
        if progress.total is not None and bar.total != progress.total:
            bar.total = progress.total
        bar.n = progress.done
        bar.set_postfix_str(progress.message[-40:], refresh=True)

    try:
        report = import_paths(args.paths, annotator=args.annotator, reporter=Reporter(sink),
                              suggest=not args.no_suggest)
    finally:
        bar.close()
    for issue in report.errors:
        print(f"annotate import: error: {issue}", file=sys.stderr)
    for warning in report.warnings:
        print(f"annotate import: warning: {warning}", file=sys.stderr)
    print(f"imported {report.imported} document(s), {report.duplicates} duplicate(s) skipped, "
          f"{len(report.errors)} error(s)")
    return 2 if report.errors else 0
