"""The review flow with three annotator PROCESSES working at once on PostgreSQL (needs ANNOTATE_TEST_PG)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import krippendorff
import numpy as np
import pytest

PG_URL = os.environ.get("ANNOTATE_TEST_PG")
pytestmark = [pytest.mark.pg, pytest.mark.skipif(not PG_URL, reason="needs ANNOTATE_TEST_PG")]
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

WORKER = """
import sys
sys.path[:0] = [{repo!r}, {here!r}]
from annotate.project import open_project
from qa_support import play
from store.models import Document
open_project({url!r})
docs = [d.id for d in Document.select(Document.id).order_by(Document.id)]
play({name!r}, docs)
print("ok")
"""


@pytest.fixture
def pg_url():
    """A database of this test's own on the ANNOTATE_TEST_PG server, dropped afterwards: other tests
    reset the shared database's schema, and they may run at the same time as this one."""
    import uuid
    from urllib.parse import urlparse, urlunparse

    import psycopg2

    name = f"annotate_qa_flow_{uuid.uuid4().hex[:8]}"
    base = urlparse(PG_URL)
    admin = psycopg2.connect(PG_URL)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunparse(base._replace(path="/" + name))
    finally:
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_three_annotator_processes_on_postgres(tmp_path, pg_url):
    pytest.importorskip("annotate.ops")
    from annotate import review
    from annotate.agreement import agreement_report, bio_tags
    from annotate.assign import assign_documents, reviewer_queue
    from annotate.exports.run import export
    from annotate.project import open_project
    from qa_support import TEXTS, add_suggestions, expected_versions, make_documents
    from store import close_database
    from store.models import GoldSpan

    open_project(pg_url)
    names = ["alice", "bob", "carol"]
    try:
        docs = make_documents(4)
        add_suggestions(docs)
        review.ensure_reviewer("rita")
        assert assign_documents(3, names).created == 12
        close_database()

        procs = [subprocess.Popen([sys.executable, "-c", WORKER.format(repo=str(REPO), here=str(HERE),
                                                                         url=pg_url, name=n)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for n in names]
        results = [p.communicate(timeout=240) for p in procs]
        for p, (out, err) in zip(procs, results):
            assert p.returncode == 0 and "ok" in out, err[-2000:]

        open_project(pg_url)
        assert reviewer_queue() == docs
        truth = expected_versions(names, docs)
        lengths = {d: len(TEXTS[i]) for i, d in enumerate(docs)}
        agreement = agreement_report()
        assert [(p.a, p.b) for p in agreement.pairs] == [("alice", "bob"), ("alice", "carol"), ("bob", "carol")]
        ids: dict[str, int] = {}
        data = np.array([[ids.setdefault(t, len(ids)) for d in docs for t in bio_tags(truth[n][d], lengths[d])]
                         for n in names], float)
        assert agreement.alpha == pytest.approx(krippendorff.alpha(reliability_data=data,
                                                                    level_of_measurement="nominal"))

        for doc in docs:
            review.merge_agreed(reviewer="rita", document_id=doc)
            for conflict in review.review_view(doc).conflicts:
                _, spans = conflict.choice(0)
                for s, e, label in spans:
                    review.accept_gold(reviewer="rita", document_id=doc, start=s, end=e, label=label)
                if not spans:
                    review.reject_conflict(reviewer="rita", document_id=doc, start=conflict.start,
                                           end=conflict.end)
            review.finish_review(reviewer="rita", document_id=doc)
        agreed_everywhere = set.intersection(*(truth[n][docs[0]] for n in names))
        gold0 = {(g.start, g.end, g.label_id) for g in GoldSpan.select().where(GoldSpan.document == docs[0])}
        assert agreed_everywhere <= gold0
        out = export("jsonl", tmp_path / "gold", status="gold")
        records = [json.loads(line) for f in out.files if f.suffix == ".jsonl"
                   for line in f.read_text(encoding="utf-8").splitlines()]
        assert len(records) == 4 and all(r["meta"]["status"] == "gold" for r in records)
    finally:
        close_database()
