"""The peewee models: one database holds one annotation project.

Kept apart, as design.md asks: the schema (label types), documents, machine suggestions, each
annotator's spans, reviewed gold spans, assignments, comments, QA sessions and an append-only action
log. The database enforces what it can: foreign keys, unique keys and ``0 <= start < end``.
Offsets are code-point indices into ``Document.clean_text``.

These classes describe the NEWEST schema; tables are created and changed only by the numbered steps
in store/migrations (tests/store/test_migrations.py checks that the two agree).
"""
from __future__ import annotations

import datetime as dt

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    Check,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from store.db import db


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


SPAN_CHECKS = [Check("start >= 0"), Check("start < \"end\"")]


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    """Project settings and the schema version, as key/value text (JSON where structured)."""

    key = CharField(primary_key=True, max_length=100)
    value = TextField()


class LabelType(BaseModel):
    code = CharField(unique=True, max_length=40)
    name_zh = CharField(max_length=100)
    name_en = CharField(max_length=100)
    color = CharField(max_length=16)
    hotkey = CharField(max_length=8, null=True)
    description = TextField(default="")
    position = IntegerField(default=0)


class Annotator(BaseModel):
    name = CharField(unique=True, max_length=100)
    role = CharField(max_length=16, default="annotator",
                     constraints=[Check("role IN ('annotator', 'reviewer')")])
    created_at = DateTimeField(default=utcnow)


class Document(BaseModel):
    """A document keeps its raw bytes and everything needed to map clean offsets back to them."""

    content_hash = CharField(unique=True, max_length=64)  # sha256 of clean_text
    source = CharField(max_length=500)  # file name it came from
    raw = BlobField()
    encoding = CharField(max_length=40)
    clean_text = TextField()
    length = IntegerField()  # len(clean_text) in code points
    offset_map = TextField()  # JSON: clean -> raw offsets, as written by the cleaner
    report = TextField()  # JSON: what the cleaner removed and flagged
    cleaner_version = CharField(max_length=40)
    group_key = CharField(max_length=64, index=True)  # near-duplicates share one (kept in one split)
    created_at = DateTimeField(default=utcnow)


class Suggestion(BaseModel):
    document = ForeignKeyField(Document, backref="suggestions", on_delete="CASCADE")
    start = IntegerField()
    end = IntegerField()
    label = ForeignKeyField(LabelType, field="code", column_name="label", on_delete="CASCADE")
    text = TextField()
    score = FloatField()
    source = CharField(max_length=60)
    version = CharField(max_length=60)  # the suggesters' version that made it
    created_at = DateTimeField(default=utcnow)

    class Meta:
        constraints = SPAN_CHECKS
        indexes = ((("document", "start", "end", "label"), True),)


class Span(BaseModel):
    """One annotator's span; ``origin`` says how it came to be."""

    document = ForeignKeyField(Document, backref="spans", on_delete="CASCADE")
    annotator = ForeignKeyField(Annotator, backref="spans", on_delete="CASCADE")
    start = IntegerField()
    end = IntegerField()
    label = ForeignKeyField(LabelType, field="code", column_name="label", on_delete="CASCADE")
    origin = CharField(max_length=16, constraints=[
        Check("origin IN ('suggestion', 'added', 'imported', 'corrected')")])
    suggestion = ForeignKeyField(Suggestion, null=True, on_delete="SET NULL")
    note = TextField(null=True)  # the annotator's own remark on this span (v2)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        constraints = SPAN_CHECKS
        indexes = ((("document", "annotator", "start", "end", "label"), True),
                   (("annotator", "document"), False))


class SuggestionDecision(BaseModel):
    """An annotator's verdict on one suggestion (accepted spans also live in ``Span``)."""

    suggestion = ForeignKeyField(Suggestion, backref="decisions", on_delete="CASCADE")
    annotator = ForeignKeyField(Annotator, on_delete="CASCADE")
    decision = CharField(max_length=10, constraints=[Check("decision IN ('accepted', 'rejected')")])
    created_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("suggestion", "annotator"), True),)


class GoldSpan(BaseModel):
    """A reviewed span; only reviewers write these."""

    document = ForeignKeyField(Document, backref="gold_spans", on_delete="CASCADE")
    start = IntegerField()
    end = IntegerField()
    label = ForeignKeyField(LabelType, field="code", column_name="label", on_delete="CASCADE")
    reviewer = ForeignKeyField(Annotator, on_delete="CASCADE")
    sources = TextField(default="[]")  # JSON list of annotator names whose spans it came from
    created_at = DateTimeField(default=utcnow)

    class Meta:
        constraints = SPAN_CHECKS
        indexes = ((("document", "start", "end", "label"), True),)


class Assignment(BaseModel):
    """A document in an annotator's queue, with that annotator's status for it."""

    document = ForeignKeyField(Document, backref="assignments", on_delete="CASCADE")
    annotator = ForeignKeyField(Annotator, backref="assignments", on_delete="CASCADE")
    status = CharField(max_length=12, default="assigned", constraints=[
        Check("status IN ('assigned', 'in_progress', 'done', 'skipped')")])
    position = IntegerField(default=0)  # order in the queue
    assigned_at = DateTimeField(default=utcnow)
    finished_at = DateTimeField(null=True)
    #: True when an operation created the row on the annotator's first action on the document;
    #: such rows keep a status but do not turn a project's open queue into an assigned one (v2).
    auto = BooleanField(default=False)

    class Meta:
        indexes = ((("document", "annotator"), True), (("annotator", "status", "position"), False))


class Comment(BaseModel):
    document = ForeignKeyField(Document, backref="comments", on_delete="CASCADE")
    author = ForeignKeyField(Annotator, on_delete="CASCADE")
    start = IntegerField(null=True)  # a comment on a span carries its offsets
    end = IntegerField(null=True)
    body = TextField()
    created_at = DateTimeField(default=utcnow)


class Action(BaseModel):
    """Append-only log of every action; undo/redo, speed and audits are derived from it."""

    annotator = ForeignKeyField(Annotator, on_delete="CASCADE")
    document = ForeignKeyField(Document, null=True, on_delete="CASCADE")
    kind = CharField(max_length=40)
    payload = TextField(default="{}")  # JSON: what changed, with before/after where relevant
    undoes = ForeignKeyField("self", null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow, index=True)

    class Meta:
        indexes = ((("annotator", "id"), False), (("annotator", "document", "id"), False))


class LearnedPattern(BaseModel):
    """Per-project memory of what annotators accepted and rejected, for the learned suggester."""

    text = CharField(max_length=200)
    label = ForeignKeyField(LabelType, field="code", column_name="label", on_delete="CASCADE")
    accepted = IntegerField(default=0)
    rejected = IntegerField(default=0)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("text", "label"), True),)


class QASession(BaseModel):
    name = CharField(unique=True, max_length=200)
    reviewer = ForeignKeyField(Annotator, on_delete="CASCADE")
    params = TextField(default="{}")  # JSON: how the sample was drawn
    created_at = DateTimeField(default=utcnow)
    closed = BooleanField(default=False)


class QAItem(BaseModel):
    session = ForeignKeyField(QASession, backref="items", on_delete="CASCADE")
    document = ForeignKeyField(Document, on_delete="CASCADE")
    annotator = ForeignKeyField(Annotator, null=True, on_delete="CASCADE")
    verdict = CharField(max_length=8, default="pending",
                        constraints=[Check("verdict IN ('pending', 'pass', 'fail')")])
    notes = TextField(default="")
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("session", "document", "annotator"), True),)


ALL_MODELS: list[type[BaseModel]] = [
    Setting, LabelType, Annotator, Document, Suggestion, Span, SuggestionDecision, GoldSpan,
    Assignment, Comment, Action, LearnedPattern, QASession, QAItem,
]
