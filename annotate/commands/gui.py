"""``annotate gui``: open the desktop window on the database (same as ``annotate-gui``)."""
from __future__ import annotations

import argparse

from annotate.commands import command


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--demo", action="store_true", help="open the built-in demo project instead")


@command("gui", "open the desktop window on the database", needs_db=False)(_configure)
def run(args: argparse.Namespace) -> int:
    import importlib

    from annotate.cli import database_target

    # imported by name so that the core package has no static import of the GUI layer
    app = importlib.import_module("gui.app")
    argv = ["--demo"] if args.demo else ["--db", database_target(args)]
    return int(app.main(argv) or 0)
