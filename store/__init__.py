"""Persistence: peewee models, opening a database from a path or URL, migrations.

The bottom layer: it imports neither Qt nor ``annotate``.
"""
from store.db import db, open_database, close_database  # noqa: F401
