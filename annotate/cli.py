"""The ``annotate`` command line (see shared/cli-contract.md for what outside scripts rely on).

Exit status: 0 success, 2 bad usage or input (one line on stderr naming the file and the problem),
1 anything else. The database comes from ``--db``, then ``ANNOTATE_DB``, then the per-user default.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from annotate import __version__, commands
from annotate.commands import COMMANDS
from annotate.errors import InputError, PermissionDenied
from annotate.registry import import_submodules
from store.errors import StoreError


def _load_commands() -> None:
    import_submodules(commands.__name__, commands.__path__)


def database_target(args: argparse.Namespace) -> str:
    from annotate.paths import default_database

    return getattr(args, "db", None) or os.environ.get("ANNOTATE_DB") or default_database()


def open_db(args: argparse.Namespace):
    """Open (and upgrade) the database the user named; used by commands that need one."""
    from annotate.project import open_project

    return open_project(database_target(args))


def build_parser() -> argparse.ArgumentParser:
    _load_commands()
    parser = argparse.ArgumentParser(
        prog="annotate",
        description="Clean Chinese reports, suggest entity spans, annotate, review and export NER data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="TARGET",
                        help="SQLite file or postgresql://user@host:port/db (default: $ANNOTATE_DB, "
                             "else a per-user file)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in sorted(COMMANDS):
        cmd = COMMANDS[name]
        p = sub.add_parser(name, help=cmd.help, description=cmd.help)
        cmd.configure(p)
        p.set_defaults(_command=cmd)
    return parser




def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # argparse exits with 2 on bad usage, as the contract wants
    cmd = getattr(args, "_command", None)
    if cmd is None:
        parser.print_help()
        return 2
    try:
        if cmd.needs_db:
            open_db(args)
        return int(cmd.run(args) or 0)
    except InputError as exc:
        print(f"annotate {cmd.name}: error: {exc}", file=sys.stderr)
        return 2
    except PermissionDenied as exc:
        print(f"annotate {cmd.name}: refused: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:  # e.g. a database newer than this program: the user's input
        print(f"annotate {cmd.name}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"annotate {cmd.name}: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: one line, not a traceback, unless asked for
        if os.environ.get("ANNOTATE_DEBUG"):
            raise
        print(f"annotate {cmd.name}: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
