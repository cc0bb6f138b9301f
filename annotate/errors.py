"""Errors the command line turns into exit codes (cli-contract.md: 2 for bad usage or input)."""
from __future__ import annotations


class InputError(Exception):
    """Bad input from the user: a file, line or field that cannot be used. Exit status 2.

    The message must name the file (and line or field) and the problem, in one line.
    """


class PermissionDenied(Exception):
    """An operation refused for the user's role (e.g. a non-reviewer writing gold)."""
