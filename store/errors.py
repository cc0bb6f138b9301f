"""Errors the store raises; the layers above turn them into messages and exit codes."""
from __future__ import annotations


class StoreError(Exception):
    """A database that cannot be used as it is; the message says which and why."""


class SchemaTooNew(StoreError):
    """The database was written by a newer program: opening it could damage what that program wrote."""

    def __init__(self, target: str, found: int, supported: int) -> None:
        self.target, self.found, self.supported = target, found, supported
        super().__init__(
            f"{target}: database schema version {found} is newer than this program supports "
            f"(version {supported}); upgrade the program to open it")


class MigrationFailed(StoreError):
    """An upgrade step failed; the transaction was rolled back and the database is unchanged."""
