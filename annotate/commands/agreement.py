"""``annotate agreement [--json]``: inter-annotator agreement over documents two or more people finished."""
from __future__ import annotations

import argparse
import json
import sys

from annotate.commands import command


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print the contract's JSON object")
    p.add_argument("--include", choices=("finished", "any"), default="finished",
                   help="finished (default): an annotator's version counts when their assignment is "
                        "done, or they have spans and no assignment; any: spans in progress count too")
    p.add_argument("--annotators", metavar="A,B,...", help="only these annotators (comma-separated)")


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def render_table(data: dict) -> str:
    """A plain-text table: one line per pair, the overall figures, then F1 by label."""
    lines = [f"{'pair':<28} {'docs':>5} {'F1 exact':>8} {'F1 ovl':>8} {'kappa':>8}"]
    for p in data["pairs"]:
        lines.append(f"{p['a'] + ' / ' + p['b']:<28} {p['documents']:>5} {_fmt(p['span_f1_exact']):>8} "
                     f"{_fmt(p['span_f1_overlap']):>8} {_fmt(p['kappa']):>8}")
    o = data["overall"]
    lines.append(f"{'overall':<28} {o['documents']:>5} {_fmt(o['span_f1_exact']):>8} "
                 f"{_fmt(o['span_f1_overlap']):>8} {_fmt(o['kappa']):>8}   alpha {_fmt(o['alpha']).strip()}")
    if o["by_label"]:
        lines.append("")
        lines.append("F1 exact by label: " + ", ".join(
            f"{label} {_fmt(v['span_f1_exact']).strip()}" for label, v in o["by_label"].items()))
    if not data["pairs"]:
        lines.append("(no document has been finished by two or more annotators)")
    return "\n".join(lines)


@command("agreement", "inter-annotator agreement over documents annotated by two or more people")(_configure)
def run(args: argparse.Namespace) -> int:
    from annotate.agreement import agreement_report

    names = [n.strip() for n in args.annotators.split(",") if n.strip()] if args.annotators else None
    data = agreement_report(include=args.include, annotators=names).to_dict()
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_table(data) + "\n")
    return 0
