"""``annotate annotations import FILE --annotator NAME``: load spans made elsewhere (cli-contract.md).

Bad records are listed on stderr (file:line: reason) and the rest goes in; the exit status is 0 when
every record went in and 2 when some were left out.
"""
from __future__ import annotations

import argparse
import json
import sys

from annotate.commands import command


def _configure(p: argparse.ArgumentParser) -> None:
    from annotate.imports.formats import load_all

    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import annotations as one annotator's spans")
    imp.add_argument("file", metavar="FILE", help="a .jsonl / .json file, or a brat folder")
    imp.add_argument("--annotator", required=True, metavar="NAME", help="whose spans they become")
    imp.add_argument("--format", choices=sorted(load_all()),
                     help="file format (default: guessed from the name and content)")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.add_argument("--quiet", action="store_true", help="no progress bar")


@command("annotations", "import annotations made elsewhere (jsonl, label-studio, brat, doccano, cluener)")(_configure)
def run(args: argparse.Namespace) -> int:
    from annotate.exports.cli_progress import cli_reporter
    from annotate.imports import import_annotations

    with cli_reporter(args.quiet, "import") as reporter:
        report = import_annotations(args.file, annotator=args.annotator, format=args.format, reporter=reporter)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"imported {report.records} records ({report.format}) as {args.annotator}: "
              f"{report.documents_created} new documents, {report.documents_matched} matched, "
              f"{report.spans} spans; {len(report.issues)} left out")
        for note in report.notes:
            print(f"note: {note}", file=sys.stderr)
    for issue in report.issues:
        print(f"annotate annotations: {issue}", file=sys.stderr)
    return 2 if report.issues else 0
