"""``annotate export``: write the project's annotations in a training format (cli-contract.md)."""
from __future__ import annotations

import argparse
import datetime as dt
import shlex
import sys

from annotate.commands import command
from annotate.errors import InputError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-31") from None


def _configure(p: argparse.ArgumentParser) -> None:
    from annotate.exports import FORMATS
    from annotate.exports.select import STATUSES

    p.add_argument("--format", required=True, choices=sorted(FORMATS), metavar="F",
                   help="; ".join(f"{f.name}: {f.description}" for f in FORMATS.values()))
    p.add_argument("--out", required=True, metavar="PATH", help="folder to write (created if missing)")
    p.add_argument("--status", choices=STATUSES, default="gold",
                   help="gold: reviewed gold spans (default); reviewed: only documents a reviewer closed; "
                        "all: every document, gold where there is gold, else one annotator's spans")
    p.add_argument("--annotator", metavar="NAME", help="only documents NAME worked on (with --status all: NAME's spans)")
    p.add_argument("--labels", metavar="L1,L2", help="keep only these labels (other entities become O)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                   help="only documents with annotation work on or after this day (UTC)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="... on or before this day")
    p.add_argument("--split", metavar="80/10/10", help="train/dev/test (or train/test) proportions, by group")
    p.add_argument("--seed", type=int, default=0, help="seed of the split (same seed, same split)")
    p.add_argument("--tokens", choices=("char", "jieba"), default="char", help="spacy format: token boundaries")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


@command("export", "export annotations as jsonl, bio, bioes, cluener, brat, label-studio or spacy")(_configure)
def run(args: argparse.Namespace) -> int:
    from annotate.exports.cli_progress import cli_reporter
    from annotate.exports import export

    labels = [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None
    if labels is not None and not labels:
        raise InputError("--labels: give at least one label code")
    options = {"tokens": args.tokens} if args.format == "spacy" else {}
    with cli_reporter(args.quiet, "export") as reporter:
        report = export(args.format, args.out, status=args.status, annotator=args.annotator, labels=labels,
                        date_from=args.date_from, date_to=args.date_to, split=args.split, seed=args.seed,
                        options=options, reporter=reporter,
                        command=shlex.join(["annotate", *sys.argv[1:]]))
    splits = ", ".join(f"{k} {v}" for k, v in report.by_split.items())
    print(f"exported {report.documents} documents, {report.spans} spans ({splits}) to {report.out} "
          f"in {report.seconds:.1f} s")
    if report.warning_count:
        print(f"{report.warning_count} warnings (listed in {report.out / 'README.md'}); first: "
              f"{report.warnings[0]}", file=sys.stderr)
    return 0
