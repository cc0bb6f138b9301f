"""Opening and upgrading: fresh databases, a real version-1 file, refusal of newer databases,
rollback of a failed step, and agreement between the migrations and the live models."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from store import close_database, open_database
from store import migrations
from store.errors import MigrationFailed, SchemaTooNew
from store.models import ALL_MODELS, Action, Annotator, Assignment, Span, SuggestionDecision

OLD_DB = Path(__file__).resolve().parents[1] / "data" / "store" / "v1.sqlite"


@pytest.fixture
def old_copy(tmp_path) -> Path:
    target = tmp_path / "project.sqlite"
    shutil.copyfile(OLD_DB, target)
    return target


def test_fresh_database_is_at_the_newest_version(database):
    assert migrations.current_version(database) == migrations.SCHEMA_VERSION >= 2


def test_live_models_match_the_migrated_schema(database):
    """Every model column exists in the table the migrations built (no step was forgotten)."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in database.get_columns(table)}
        wanted = {f.column_name for f in model._meta.sorted_fields}
        assert wanted <= columns, (table, wanted - columns)
        indexes = {tuple(i.columns) for i in database.get_indexes(table)}
        for fields, _unique in model._meta.indexes:
            cols = tuple(model._meta.fields[f].column_name for f in fields)
            assert cols in indexes, (table, cols)


def test_sqlite_pragmas(sqlite_database):
    pragma = lambda name: sqlite_database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 30000
    assert pragma("synchronous") == 1  # NORMAL (see store/db.py)


def test_full_sync_can_be_chosen(sqlite_target, monkeypatch):
    monkeypatch.setenv("ANNOTATE_SQLITE_SYNC", "full")
    handle = open_database(sqlite_target)
    try:
        assert handle.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        close_database()


def test_version_1_file_upgrades_and_keeps_the_work(old_copy):
    database = open_database(str(old_copy))
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION
        versions = [r[0] for r in database.execute_sql('SELECT "version" FROM "schema_migrations" '
                                                       'ORDER BY 1').fetchall()]
        assert versions == list(range(1, migrations.SCHEMA_VERSION + 1))
        assert Annotator.get().name == "老王"
        assert sorted((s.start, s.end, s.label_id, s.origin) for s in Span.select()) == [
            (0, 4, "ORG", "suggestion"), (37, 41, "QUANTITY", "added")]
        assert SuggestionDecision.select().count() == 2 and Action.select().count() == 1
        assert Assignment.get().auto is False and Span.get().note is None
        # AUTOINCREMENT after the rebuild: a deleted id is not handed out again
        top = Span.select().order_by(Span.id.desc()).get()
        top.delete_instance()
        assert Span.create(document=1, annotator=1, start=20, end=22, label="PER", origin="added").id > top.id
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        close_database()
    backup = migrations.backup_path(str(old_copy), 1)
    assert backup.exists()
    with sqlite3.connect(backup) as conn:
        assert "schema_migrations" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("SELECT COUNT(*) FROM span").fetchone()[0] == 2
    # the upgraded file opens again without another upgrade or copy
    backup.unlink()
    open_database(str(old_copy))
    close_database()
    assert not backup.exists()


def test_the_ops_work_on_an_upgraded_file(old_copy):
    from annotate import ops, queries

    open_database(str(old_copy))
    try:
        ops.accept_suggestion(annotator="老王", suggestion_id=3)
        view = queries.document_view(1, "老王")
        assert [s["label"] for s in view.spans] == ["ORG", "DATE", "QUANTITY"]
        ops.undo(annotator="老王")
        assert len(queries.document_view(1, "老王").spans) == 2
    finally:
        close_database()


def test_newer_database_is_refused_untouched(sqlite_target):
    open_database(sqlite_target)
    from store.db import db
    db.execute_sql('INSERT INTO "schema_migrations" VALUES (99, \'from the future\', \'2030-01-01\')')
    close_database()
    before = Path(sqlite_target).read_bytes()
    with pytest.raises(SchemaTooNew) as info:
        open_database(sqlite_target)
    message = str(info.value)
    assert sqlite_target in message and "99" in message and str(migrations.SCHEMA_VERSION) in message
    assert not migrations.backup_path(sqlite_target, 99).exists()
    close_database()
    assert Path(sqlite_target).read_bytes() == before


def test_newer_database_is_refused_on_each_back_end(db_target):
    handle = open_database(db_target)
    handle.execute_sql('INSERT INTO "schema_migrations" VALUES (99, \'future\', \'2030-01-01\')')
    close_database()
    with pytest.raises(SchemaTooNew):
        open_database(db_target)
    close_database()


def test_failed_step_rolls_back_everything(old_copy, monkeypatch):
    real_steps = migrations.steps()

    class Broken:
        VERSION = len(real_steps) + 1
        DESCRIPTION = "a step that fails half way"

        @staticmethod
        def apply(execute, dialect):
            execute('CREATE TABLE "half_done" ("x" INTEGER)')
            execute("THIS IS NOT SQL")

    monkeypatch.setattr(migrations, "steps", lambda: [*real_steps, Broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", Broken.VERSION)
    with pytest.raises(MigrationFailed, match="step 3 .* left at version 1"):
        open_database(str(old_copy))
    close_database()
    with sqlite3.connect(old_copy) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half_done" not in tables and "schema_migrations" not in tables
        assert "note" not in {r[1] for r in conn.execute("PRAGMA table_info(span)")}
