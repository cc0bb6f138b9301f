"""Shared fixtures: a fresh database per test (SQLite always, PostgreSQL when ANNOTATE_TEST_PG is set),
the shared corpus folder, and an isolated per-user data folder."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
PG_URL = os.environ.get("ANNOTATE_TEST_PG")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never touch the real user's data dir or database from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    monkeypatch.delenv("ANNOTATE_DB", raising=False)
    yield home


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return CORPUS


@pytest.fixture
def corpus_files(corpus_dir) -> list[Path]:
    return sorted(corpus_dir.glob("*.txt"))




def _reset_pg(url: str) -> None:
    import psycopg2

    conn = psycopg2.connect(url)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    conn.close()


BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def db_target(request, tmp_path) -> str:
    """A database target string for a clean database on each back end."""
    if request.param == "sqlite":
        return str(tmp_path / f"test-{uuid.uuid4().hex[:8]}.sqlite")
    if not PG_URL:
        pytest.skip("PostgreSQL tests need ANNOTATE_TEST_PG (e.g. postgresql://postgres@127.0.0.1:5432/test)")
    _reset_pg(PG_URL)
    return PG_URL


@pytest.fixture
def sqlite_target(tmp_path) -> str:
    return str(tmp_path / "test.sqlite")


@pytest.fixture
def database(db_target):
    """An open, migrated database on each back end; closed afterwards."""
    from store import close_database, open_database

    handle = open_database(db_target)
    yield handle
    close_database()


@pytest.fixture
def sqlite_database(sqlite_target):
    from store import close_database, open_database

    handle = open_database(sqlite_target)
    yield handle
    close_database()
