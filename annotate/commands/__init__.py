"""Registry of command-line sub-commands.

Each module in this package registers its commands with ``@command``; ``annotate.cli`` imports every
module here, so a new command is a new file, never another branch in a dispatcher.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Callable

from annotate.registry import Registry

Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Configure
    run: Run
    needs_db: bool = True


COMMANDS: Registry[Command] = Registry("command")


def command(name: str, help: str, *, needs_db: bool = True) -> Callable[[Configure], Callable[[Run], Run]]:
    """Register ``run`` under ``name``; the decorated function's ``configure`` adds its arguments.

    Usage::

        def _args(p): p.add_argument("FILE")

        @command("preview", "clean one file and suggest spans", needs_db=False)(_args)
        def run(args): ...
    """

    def with_configure(configure: Configure) -> Callable[[Run], Run]:
        def register(run: Run) -> Run:
            COMMANDS.add(name, Command(name, help, configure, run, needs_db))
            return run

        return register

    return with_configure
