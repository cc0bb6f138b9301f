"""What the database itself refuses: CHECKs, foreign keys, unique keys, on both back ends."""
from __future__ import annotations

import hashlib

import pytest
from peewee import IntegrityError

from store.db import db, is_transient, run_write
from store.models import Annotator, Assignment, Document, LabelType, Span, SuggestionDecision, Suggestion


def _base() -> tuple[int, int]:
    LabelType.create(code="PER", name_zh="人名", name_en="Person", color="#fff")
    annotator = Annotator.create(name="ann").id
    text = "张三来了"
    document = Document.create(content_hash=hashlib.sha256(text.encode()).hexdigest(), source="x",
                               raw=text.encode(), encoding="utf-8", clean_text=text, length=4,
                               offset_map="[]", report="{}", cleaner_version="t", group_key="g").id
    return annotator, document


def _refused(fn) -> None:
    with pytest.raises(IntegrityError):
        with db.atomic():
            fn()


def test_span_checks_and_keys(database):
    annotator, document = _base()
    span = dict(document=document, annotator=annotator, label="PER", origin="added")
    _refused(lambda: Span.create(start=3, end=3, **span))
    _refused(lambda: Span.create(start=-1, end=2, **span))
    _refused(lambda: Span.create(start=0, end=2, **{**span, "origin": "guessed"}))
    _refused(lambda: Span.create(start=0, end=2, **{**span, "label": "NOPE"}))
    _refused(lambda: Span.create(start=0, end=2, **{**span, "document": 999}))
    Span.create(start=0, end=2, **span)
    _refused(lambda: Span.create(start=0, end=2, **span))
    assert Span.select().count() == 1


def test_other_checks(database):
    annotator, document = _base()
    _refused(lambda: Annotator.create(name="x", role="boss"))
    _refused(lambda: Annotator.create(name="ann"))
    _refused(lambda: Assignment.create(document=document, annotator=annotator, status="lost"))
    suggestion = Suggestion.create(document=document, start=0, end=2, label="PER", text="张三", score=1,
                                   source="t", version="1")
    _refused(lambda: SuggestionDecision.create(suggestion=suggestion, annotator=annotator,
                                               decision="maybe"))


def test_deleting_a_document_cascades(database):
    annotator, document = _base()
    Span.create(document=document, annotator=annotator, start=0, end=2, label="PER", origin="added")
    Document.delete().where(Document.id == document).execute()
    assert Span.select().count() == 0


def test_transient_errors_are_recognised():
    assert is_transient(Exception("database is locked"))
    assert not is_transient(Exception("UNIQUE constraint failed"))

    class SerializationFailure(Exception):
        pgcode = "40001"

    assert is_transient(Exception(SerializationFailure()))


def test_run_write_retries_transient_errors(database):
    _base()
    calls = []

    def flaky():
        calls.append(1)
        Annotator.create(name=f"a{len(calls)}")
        if len(calls) < 3:
            raise RuntimeError("database is locked")
        return len(calls)

    assert run_write(flaky) == 3
    # the failed attempts were rolled back: only the third annotator exists
    assert [a.name for a in Annotator.select().order_by(Annotator.id)] == ["ann", "a3"]
    with pytest.raises(ValueError):
        run_write(lambda: (_ for _ in ()).throw(ValueError("not transient")))
