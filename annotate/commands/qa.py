"""``annotate qa start|mark|items|report``: reviewer QA sessions from the command line."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from annotate.commands import command


def _configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="qa_command", metavar="ACTION", required=True)
    s = sub.add_parser("start", help="start a named session over a sample of finished work")
    s.add_argument("name")
    s.add_argument("--reviewer", required=True)
    s.add_argument("--size", type=int, default=20, help="number of items to sample (default 20)")
    s.add_argument("--by", default="random", help="random (default), annotator or label")
    s.add_argument("--value", help="the annotator or label to sample by")
    s.add_argument("--seed", type=int, default=0)
    m = sub.add_parser("mark", help="mark one item pass or fail")
    m.add_argument("item", type=int)
    m.add_argument("--reviewer", required=True)
    m.add_argument("--verdict", required=True, choices=("pass", "fail"))
    m.add_argument("--notes", default="")
    i = sub.add_parser("items", help="list a session's items")
    i.add_argument("name")
    i.add_argument("--json", action="store_true")
    r = sub.add_parser("report", help="write a session's report (Markdown or HTML)")
    r.add_argument("name")
    r.add_argument("--format", default="md", choices=("md", "html", "json"))
    r.add_argument("--out", type=Path, help="write here instead of standard output")


def _start(args: argparse.Namespace) -> int:
    from annotate import qa

    sid = qa.start_session(reviewer=args.reviewer, name=args.name, sample_size=args.size, by=args.by,
                           value=args.value, seed=args.seed)
    items = qa.session_items(args.name)
    sys.stdout.write(f"session {args.name} (id {sid}): {len(items)} item(s)\n")
    return 0


def _mark(args: argparse.Namespace) -> int:
    from annotate import qa

    qa.mark(reviewer=args.reviewer, item_id=args.item, verdict=args.verdict, notes=args.notes)
    return 0


def _items(args: argparse.Namespace) -> int:
    from annotate import qa

    items = qa.session_items(args.name)
    if args.json:
        sys.stdout.write(json.dumps([i.__dict__ for i in items], ensure_ascii=False) + "\n")
    else:
        for i in items:
            sys.stdout.write(f"{i.id}\t{i.source}\t{i.annotator}\t{i.verdict}\t{i.notes}\n")
    return 0


def _report(args: argparse.Namespace) -> int:
    from annotate import qa

    text = (json.dumps(qa.session_figures(args.name), ensure_ascii=False, indent=1)
            if args.format == "json" else qa.session_report(args.name, args.format))
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote {args.out}\n")
    else:
        sys.stdout.write(text + "\n")
    return 0


ACTIONS = {"start": _start, "mark": _mark, "items": _items, "report": _report}


@command("qa", "reviewer QA sessions: start over a sample, mark pass/fail, report")(_configure)
def run(args: argparse.Namespace) -> int:
    return ACTIONS[args.qa_command](args)
