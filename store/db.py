"""Opening the one database an application run works on: an SQLite file or a PostgreSQL URL.

Models bind to a ``DatabaseProxy`` so that the same models and queries run on both back ends; the
target is chosen at start-up (``--db``, ``ANNOTATE_DB``, or the per-user default).
"""
from __future__ import annotations

from urllib.parse import unquote, urlparse

from peewee import Database, DatabaseProxy, PostgresqlDatabase, SqliteDatabase

db = DatabaseProxy()

#: SQLite settings that make concurrent annotator processes safe: WAL lets readers run beside the
#: one writer; busy_timeout makes a writer wait for the lock instead of failing with
#: "database is locked"; foreign keys are off by default in SQLite and must be asked for.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 30000,
    "synchronous": "normal",
    "cache_size": -32000,
}


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def make_database(target: str) -> Database:
    """Build (without connecting) the peewee database for a path or URL."""
    if is_postgres_url(target):
        url = urlparse(target)
        return PostgresqlDatabase(
            (url.path or "/").lstrip("/") or "postgres",
            user=unquote(url.username) if url.username else None,
            password=unquote(url.password) if url.password else None,
            host=url.hostname or None,
            port=url.port or None,
            autorollback=True,
        )
    path = target[len("sqlite:///"):] if target.startswith("sqlite:///") else target
    return SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, timeout=30)


def open_database(target: str, *, migrate: bool = True) -> Database:
    """Bind the models to ``target`` and bring its schema up to date.

    ``migrate=False`` only binds (used by the migration runner itself and by read-only tools).
    """
    from store import migrations  # local: migrations import the models, which import this module

    database = make_database(target)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    if migrate:
        migrations.upgrade(database, target)
    return database


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
