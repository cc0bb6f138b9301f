"""``annotate assign --k 2 --annotators alice,bob,carol``: put documents in annotators' queues."""
from __future__ import annotations

import argparse
import json
import sys

from annotate.commands import command
from annotate.errors import InputError


def _ids(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError as exc:
        raise InputError(f"--documents: {text!r} is not a comma-separated list of ids") from exc


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--k", type=int, help="annotators per document (default: the project setting, else 2)")
    p.add_argument("--annotators", required=True, metavar="A,B,...", help="comma-separated annotator names")
    p.add_argument("--documents", metavar="ID,...", help="only these document ids (default: all)")
    p.add_argument("--seed", type=int, default=0, help="seed for breaking ties (default 0)")
    p.add_argument("--save-k", action="store_true", help="store --k as the project's setting")
    p.add_argument("--json", action="store_true", help="print the report as JSON")


@command("assign", "assign each document to k annotators, balanced, never twice to one person")(_configure)
def run(args: argparse.Namespace) -> int:
    from annotate.assign import assign_documents, set_annotators_per_document

    if args.save_k:
        if args.k is None:
            raise InputError("--save-k: give --k as well")
        set_annotators_per_document(args.k)
    report = assign_documents(args.k, args.annotators.split(","),
                              document_ids=_ids(args.documents) if args.documents else None, seed=args.seed)
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        per = ", ".join(f"{n} +{c}" for n, c in report.per_annotator.items())
        sys.stdout.write(f"assigned {report.created} (k={report.k}): {per}\n")
        if report.short:
            sys.stdout.write(f"{len(report.short)} document(s) have fewer than {report.k} annotators: "
                             "name more annotators\n")
    return 0
