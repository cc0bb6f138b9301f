"""Opening the one database an application run works on: an SQLite file or a PostgreSQL URL.

Models bind to a ``DatabaseProxy`` so that the same models and queries run on both back ends; the
target is chosen at start-up (``--db``, ``ANNOTATE_DB``, or the per-user default).

Writes go through ``write_transaction`` / ``run_write``: on SQLite a write transaction starts with
``BEGIN IMMEDIATE`` (a deferred transaction that reads and then writes can fail at once with
"database is locked" whatever the busy timeout, because SQLite cannot wait on a lock upgrade), and
transient lock or serialization failures are retried with backoff so that the user never sees them.
"""
from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import Iterator, TypeVar
from urllib.parse import unquote, urlparse

from peewee import Database, DatabaseProxy, PostgresqlDatabase, SqliteDatabase

db = DatabaseProxy()

T = TypeVar("T")

#: SQLite settings that make concurrent annotator processes safe: WAL lets readers run beside the
#: one writer; busy_timeout makes a writer wait for the lock instead of failing with
#: "database is locked"; foreign keys are off by default in SQLite and must be asked for.
#: synchronous: with WAL, NORMAL makes every commit survive a crash or kill of the program (the
#: SIGKILL test checks it) and keeps the database consistent through a power cut, which may however
#: lose the last commits; FULL syncs the WAL at each commit so they survive that too, at a cost that
#: breaks the 5 ms accept target on the test machine (docs/store.md). ANNOTATE_SQLITE_SYNC=full
#: chooses FULL.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 30000,
    "synchronous": "normal",
    "cache_size": -32000,
}
SYNC_LEVELS = ("normal", "full")

#: SQLSTATE codes after which PostgreSQL asks the client to run the transaction again.
PG_RETRY_CODES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
#: Words in SQLite's messages for a lock held by another connection.
SQLITE_RETRY_WORDS = ("database is locked", "database table is locked", "database is busy")

MAX_ATTEMPTS = 12


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def sqlite_path(target: str) -> str:
    """The file path of an SQLite target (a plain path or ``sqlite:///path``)."""
    return target[len("sqlite:///"):] if target.startswith("sqlite:///") else target


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
        )
    sync = os.environ.get("ANNOTATE_SQLITE_SYNC", "normal").lower()
    pragmas = {**SQLITE_PRAGMAS, "synchronous": sync if sync in SYNC_LEVELS else "normal"}
    return SqliteDatabase(sqlite_path(target), pragmas=pragmas, timeout=30, lock_type="IMMEDIATE")


def open_database(target: str, *, migrate: bool = True) -> Database:
    """Bind the models to ``target`` and bring its schema up to date.

    ``migrate=False`` only binds (used by the migration runner itself and by read-only tools).
    Raises ``store.errors.SchemaTooNew`` for a database written by a newer program.
    """
    from store import migrations  # local: migrations import the models, which import this module

    close_database()
    database = make_database(target)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    if migrate:
        try:
            migrations.upgrade(database, target)
        except BaseException:
            database.close()
            raise
    return database


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


def is_transient(exc: BaseException) -> bool:
    """True for errors that mean "another writer was in the way; run the transaction again"."""
    for candidate in (exc, *getattr(exc, "args", ())[:1], exc.__cause__, exc.__context__):
        if not isinstance(candidate, BaseException):
            continue
        if getattr(candidate, "pgcode", None) in PG_RETRY_CODES:
            return True
        sqlstate = getattr(getattr(candidate, "diag", None), "sqlstate", None)
        if sqlstate in PG_RETRY_CODES:
            return True
        if type(candidate).__name__ in ("SerializationFailure", "DeadlockDetected"):
            return True
        if any(word in str(candidate).lower() for word in SQLITE_RETRY_WORDS):
            return True
    return False


@contextmanager
def write_transaction() -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite), or a savepoint inside an open one."""
    with db.atomic():
        yield


def run_write(fn: Callable[[], T], *, attempts: int = MAX_ATTEMPTS) -> T:
    """Run ``fn`` in one write transaction, running it again after transient lock/serialization errors.

    ``fn`` must do all its reads inside the transaction (it may run more than once). Inside an
    already open transaction it runs once in a savepoint: the outer caller owns the retry.
    """
    database = db.obj
    if database is None:
        raise RuntimeError("no database is open (call store.open_database first)")
    if database.in_transaction():
        with database.atomic():
            return fn()
    delay = 0.005
    for attempt in range(1, attempts + 1):
        try:
            with database.atomic():
                return fn()
        except Exception as exc:  # noqa: BLE001 - filtered by is_transient
            if attempt == attempts or not is_transient(exc):
                raise
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 1.0)
    raise AssertionError("unreachable")
