"""``annotate stats [--json]``: counts of documents, spans per label and status, per-annotator progress."""
from __future__ import annotations

import argparse
import json
import sys

from annotate.commands import command


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print the contract's JSON object")


def render(data: dict) -> str:
    spans = data["spans"]
    lines = [f"documents: {data['documents']}   suggestions: {data['suggestions']}   "
             f"spans: {spans['total']} (" + ", ".join(f"{k} {v}" for k, v in spans["by_status"].items()) + ")"]
    if spans["by_label"]:
        lines.append("by label: " + ", ".join(f"{k} {v}" for k, v in spans["by_label"].items()))
    if data["annotators"]:
        lines.append(f"{'annotator':<20} {'role':<10} {'assigned':>8} {'done':>6} {'spans':>7}")
        for name, a in data["annotators"].items():
            lines.append(f"{name:<20} {a['role']:<10} {a['documents_assigned']:>8} "
                         f"{a['documents_done']:>6} {a['spans']:>7}")
    return "\n".join(lines)


@command("stats", "counts of documents, spans per label and status, per-annotator progress")(_configure)
def run(args: argparse.Namespace) -> int:
    from annotate.stats import project_stats

    data = project_stats()
    sys.stdout.write((json.dumps(data, ensure_ascii=False) if args.json else render(data)) + "\n")
    return 0
