"""Schema migrations: numbered steps and a schema version kept in ``setting``.

Bootstrap version: a new database gets every table. The full runner (numbered steps, one
transaction, SQLite file copied aside, refusal of newer databases) replaces this.
"""
from __future__ import annotations

from peewee import Database

SCHEMA_VERSION = 1


def upgrade(database: Database, target: str) -> None:
    from store.models import ALL_MODELS, Setting

    with database.atomic():
        database.create_tables(ALL_MODELS, safe=True)
        Setting.insert(key="schema_version", value=str(SCHEMA_VERSION)).on_conflict_ignore().execute()
