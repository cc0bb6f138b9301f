"""Opening a project: the database plus its label schema.

Every entry point (CLI, window, tests) opens through ``open_project`` so a new database always
starts with the default schema installed.
"""
from __future__ import annotations

from pathlib import Path

from peewee import Database

from annotate.schema import install_schema, load_schema


def open_project(target: str, *, schema_path: Path | None = None) -> Database:
    """Open (creating and upgrading as needed) the database at ``target``; install a schema if none."""
    from store import open_database
    from store.models import LabelType

    database = open_database(target)
    if schema_path is not None or not LabelType.select().exists():
        install_schema(load_schema(schema_path))
    return database
