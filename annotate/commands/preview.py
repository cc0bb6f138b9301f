"""``annotate preview FILE [--json]``: clean one raw file and suggest spans, without a database."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from annotate.commands import command
from annotate.errors import InputError


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", type=Path, help="a raw .txt, .html, .docx or .jsonl file")
    p.add_argument("--json", action="store_true",
                   help="print the contract's JSON object (one per line for a multi-record .jsonl)")


def _render(preview: dict) -> str:
    """Clean text with suggestions bracketed as 【text|LABEL】, then a short report summary."""
    text = preview["clean_text"]
    out, pos = [], 0
    for s in preview["suggestions"]:
        out.append(text[pos:s["start"]])
        out.append(f"【{text[s['start']:s['end']]}|{s['label']}】")
        pos = s["end"]
    out.append(text[pos:])
    report = preview["report"]
    summary = (f"\n---\nencoding: {report.get('encoding')}; suggestions: {len(preview['suggestions'])}; "
               f"removed: {len(report.get('removed', []))}; flags: {len(report.get('flags', []))}")
    return "".join(out) + summary


@command("preview", "clean one raw file and suggest spans, without any database", needs_db=False)(_configure)
def run(args: argparse.Namespace) -> int:
    from annotate.preview import preview_path

    if not args.file.is_file():
        raise InputError(f"{args.file}: no such file")
    previews = preview_path(args.file)
    if not previews:
        raise InputError(f"{args.file}: holds no document")
    for preview in previews:
        if args.json:
            sys.stdout.write(json.dumps(preview, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_render(preview) + "\n")
    return 0
