"""Schema migrations: numbered steps (``mNNNN_name.py``) and a ``schema_migrations`` table.

- Each step is a module with ``VERSION``, ``DESCRIPTION`` and ``apply(execute, dialect)`` running
  frozen DDL; steps never import the live models, which describe only the newest schema.
- Opening a database runs every missing step in ONE transaction (DDL is transactional on SQLite and
  PostgreSQL), after copying an SQLite file aside as ``<name>.bak-v<N>``: a failed upgrade leaves the
  database as it was, and even a bug in a step that commits leaves the copy.
- A database newer than the program is refused (``SchemaTooNew``) before anything is written.

The version lives in its own table, not in ``setting``: the ``setting`` key ``schema_version`` holds
the *label* schema's version (annotate/schema.py). Databases made before that table existed (the
project skeleton's bootstrap) have a ``setting`` table and no ``schema_migrations``: they are version 1.
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from peewee import Database, PostgresqlDatabase

from store.errors import MigrationFailed, SchemaTooNew

VERSION_TABLE = "schema_migrations"
UPGRADE_LOCK_KEY = 0x616E6E6F  # any constant: the advisory lock that serialises upgrades on PostgreSQL


@dataclass(frozen=True)
class Dialect:
    """The few words that differ between the back ends in frozen DDL."""

    name: str
    words: dict[str, str]


SQLITE = Dialect("sqlite", {"pk": "INTEGER NOT NULL PRIMARY KEY", "ts": "DATETIME", "blob": "BLOB",
                            "bool": "INTEGER", "false": "0", "true": "1"})
POSTGRES = Dialect("postgres", {"pk": "SERIAL NOT NULL PRIMARY KEY", "ts": "TIMESTAMP",
                                "blob": "BYTEA", "bool": "BOOLEAN", "false": "FALSE", "true": "TRUE"})


def dialect_of(database: Database) -> Dialect:
    return POSTGRES if isinstance(database, PostgresqlDatabase) else SQLITE


def steps() -> list[ModuleType]:
    """The numbered step modules in order; their numbers must run 1, 2, 3 ... without gaps."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if re.fullmatch(r"m\d{4}_\w+", info.name):
            found.append(importlib.import_module(f"{__name__}.{info.name}"))
    found.sort(key=lambda m: m.VERSION)
    numbers = [m.VERSION for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise MigrationFailed(f"store/migrations: step numbers {numbers} are not 1..{len(found)}")
    return found


SCHEMA_VERSION = len(steps())
"""The version this program writes: the number of the last step."""


def current_version(database: Database) -> int:
    """0 for an empty database, 1 for a skeleton-era one, else the highest recorded step."""
    tables = set(database.get_tables())
    if VERSION_TABLE in tables:
        row = database.execute_sql(f'SELECT MAX("version") FROM "{VERSION_TABLE}"').fetchone()
        return int(row[0] or 0)
    if "setting" in tables:
        return 1
    return 0


def backup_path(target: str, version: int) -> Path:
    path = Path(target)
    return path.with_name(f"{path.name}.bak-v{version}")


def copy_sqlite_aside(database: Database, target: str, version: int) -> Path:
    """A consistent copy of an SQLite database (WAL included) through SQLite's backup API."""
    dest = backup_path(target, version)
    source = database.connection()
    copy = sqlite3.connect(str(dest))
    try:
        source.backup(copy)
    finally:
        copy.close()
    return dest


def upgrade(database: Database, target: str) -> int:
    """Bring ``database`` to ``SCHEMA_VERSION``; return the version it had. See the module docstring."""
    found = current_version(database)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(target, found, SCHEMA_VERSION)
    if found == SCHEMA_VERSION:
        return found
    dialect = dialect_of(database)
    if dialect is SQLITE and found > 0 and target != ":memory:":
        copy_sqlite_aside(database, target, found)
    with database.atomic():
        if dialect is POSTGRES:  # SQLite's BEGIN IMMEDIATE already keeps other upgraders out
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (UPGRADE_LOCK_KEY,))
        # Read again inside the locked transaction: another process may have upgraded meanwhile.
        version = current_version(database)
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(target, version, SCHEMA_VERSION)
        if version >= SCHEMA_VERSION:
            return found
        if VERSION_TABLE not in database.get_tables():
            database.execute_sql(
                f'CREATE TABLE "{VERSION_TABLE}" ("version" INTEGER NOT NULL PRIMARY KEY, '
                f'"description" TEXT NOT NULL, "applied_at" {dialect.words["ts"]} NOT NULL)')
            if version == 1:
                _record(database, 1, "initial tables (recorded on upgrade)")
        for step in steps()[version:]:
            try:
                step.apply(database.execute_sql, dialect)
            except Exception as exc:
                raise MigrationFailed(f"{target}: upgrade step {step.VERSION} ({step.DESCRIPTION}) "
                                      f"failed, database left at version {version}: {exc}") from exc
            _record(database, step.VERSION, step.DESCRIPTION)
    return found


def _record(database: Database, version: int, description: str) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    param = database.param
    database.execute_sql(
        f'INSERT INTO "{VERSION_TABLE}" ("version", "description", "applied_at") '
        f"VALUES ({param}, {param}, {param})", (version, description, now))
