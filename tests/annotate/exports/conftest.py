"""A small project for export/import tests: documents, gold spans, annotator spans, suggestions.

Rows are written directly with store.models (the operations are another part's work); the texts are
invented, with a character outside the BMP before a span, a span across a line break, whitespace,
a one-character entity and a near-duplicate pair sharing a group key.
"""
from __future__ import annotations

import hashlib
import json

import pytest

DOCS = [
    # (source, text, gold spans, alice's spans, group); spans as (surface, label), found by str.index
    ("a.txt", "广元市总工会召开会议。王兆国同志出席！\n会议由😀李明主持；2012年底完成。",
     [("广元市总工会", "ORG"), ("王兆国", "PER"), ("李明", "PER"), ("2012年底", "DATE")],
     [("广元市", "LOC"), ("王兆国", "PER")], "g1"),
    ("b.txt", "《关于加强工会经费管理的通知》已印发，湖北省各级工会\n组织认真落实。 省总拨付 160多万元。",
     [("关于加强工会经费管理的通知", "DOC"), ("湖北省", "LOC"), ("各级工会\n组织", "ORG"), ("省总", "ORG"),
      ("160多万元", "MONEY")],
     [("关于加强工会经费管理的通知", "DOC")], "g2"),
    ("b-copy.txt", "《关于加强工会经费管理的通知》已印发，湖北省各级工会\n组织认真落实。 省总拨付 160多万元！",
     [("关于加强工会经费管理的通知", "DOC")], [], "g2"),
    ("c.txt", "湘西州表彰“工人先锋号”，占比80%。县", [("湘西州", "LOC"), ("工人先锋号", "HONOR"), ("80%", "PERCENT"),
                                         ("县", "LOC")],
     [("湘西州", "LOC")], "g3"),
    ("d.txt", "没有实体的一句话。", [], [], "g4"),
]


def offsets(text: str, spans: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out = []
    for surface, label in spans:
        start = text.index(surface)
        out.append((start, start + len(surface), label))
    return out


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_project(target: str, *, gold: bool = True) -> dict[str, int]:
    """Open a project at ``target`` and fill it; returns source name -> document id."""
    from annotate.project import open_project
    from store.models import Action, Annotator, Assignment, Document, GoldSpan, Span, Suggestion

    open_project(target)
    alice = Annotator.create(name="alice")
    bob = Annotator.create(name="bob")
    rev = Annotator.create(name="rita", role="reviewer")
    ids = {}
    for source, text, gold_surfaces, alice_surfaces, group in DOCS:
        gold_spans, alice_spans = offsets(text, gold_surfaces), offsets(text, alice_surfaces)
        doc = Document.create(content_hash=sha(text), source=source, raw=text.encode("utf-8"), encoding="utf-8",
                              clean_text=text, length=len(text), offset_map="[]", report="{}",
                              cleaner_version="test", group_key=group)
        ids[source] = doc.id
        if gold:
            for s, e, label in gold_spans:
                GoldSpan.create(document=doc, start=s, end=e, label=label, reviewer=rev,
                                sources=json.dumps(["alice"]))
        for s, e, label in alice_spans:
            Span.create(document=doc, annotator=alice, start=s, end=e, label=label, origin="added")
        Assignment.create(document=doc, annotator=alice, status="done")
        for i, (s, e, label) in enumerate(gold_spans[:2]):
            Suggestion.create(document=doc, start=s, end=e, label=label, text=text[s:e], score=0.5 + i / 10,
                              source="gazetteer", version="sugg-1")
    # bob worked on one document only, and did not finish it
    Span.create(document=ids["c.txt"], annotator=bob, start=6, end=11, label="HONOR", origin="added")
    if gold:
        Action.create(annotator=rev, document=ids["d.txt"], kind="review_done")
        Action.create(annotator=rev, document=ids["a.txt"], kind="review_done")
    return ids


@pytest.fixture
def project(db_target):
    """The filled project on each back end (PostgreSQL when ANNOTATE_TEST_PG is set)."""
    from store import close_database

    ids = build_project(db_target)
    yield ids
    close_database()


@pytest.fixture
def sqlite_project(tmp_path):
    from store import close_database

    ids = build_project(str(tmp_path / "p.sqlite"))
    yield ids
    close_database()
