"""Version 2: what the operations, undo and the queries at 100,000 documents need.

- SQLite: ``span``, ``suggestion_decision``, ``comment`` and ``gold_span`` are rebuilt with
  ``AUTOINCREMENT`` so that a deleted row's id is never given to a new row. Undo and redo put rows
  back under their old ids and the action log names rows by id; a reused id would make an undo
  refuse (or, without the log's checks, touch someone else's row). PostgreSQL sequences never reuse.
- ``assignment.auto``: assignments the operations create on an annotator's first action on a
  document are marked, so that a project without explicit assignments keeps its open queue.
- ``span.note``: a free note an annotator attaches to one span ("unsure: 某某 may be a place").
- ``span (annotator_id, document_id)``: progress and per-annotator exports without a table scan.
- ``action (annotator_id, document_id, id)``: per-document undo without reading the whole log.
"""
from __future__ import annotations

VERSION = 2
DESCRIPTION = "AUTOINCREMENT ids on SQLite, assignment.auto, span.note, progress and undo indexes"

SQLITE_REBUILD = [
    # span
    'CREATE TABLE "span__new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "document_id" INTEGER NOT NULL, "annotator_id" INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, "label" VARCHAR(40) NOT NULL, "origin" VARCHAR(16) NOT NULL CHECK (origin IN (\'suggestion\', \'added\', \'imported\', \'corrected\')), "suggestion_id" INTEGER, "created_at" {ts} NOT NULL, "updated_at" {ts} NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("annotator_id") REFERENCES "annotator" ("id") ON DELETE CASCADE, FOREIGN KEY ("label") REFERENCES "label_type" ("code") ON DELETE CASCADE, FOREIGN KEY ("suggestion_id") REFERENCES "suggestion" ("id") ON DELETE SET NULL, CHECK (start >= 0), CHECK (start < "end"))',
    'INSERT INTO "span__new" ("id", "document_id", "annotator_id", "start", "end", "label", "origin", "suggestion_id", "created_at", "updated_at") SELECT "id", "document_id", "annotator_id", "start", "end", "label", "origin", "suggestion_id", "created_at", "updated_at" FROM "span"',
    'DROP TABLE "span"',
    'ALTER TABLE "span__new" RENAME TO "span"',
    'CREATE INDEX "span_document_id" ON "span" ("document_id")',
    'CREATE INDEX "span_annotator_id" ON "span" ("annotator_id")',
    'CREATE INDEX "span_label" ON "span" ("label")',
    'CREATE INDEX "span_suggestion_id" ON "span" ("suggestion_id")',
    'CREATE UNIQUE INDEX "span_document_id_annotator_id_start_end_label" ON "span" ("document_id", "annotator_id", "start", "end", "label")',
    # suggestion_decision
    'CREATE TABLE "suggestion_decision__new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "suggestion_id" INTEGER NOT NULL, "annotator_id" INTEGER NOT NULL, "decision" VARCHAR(10) NOT NULL CHECK (decision IN (\'accepted\', \'rejected\')), "created_at" {ts} NOT NULL, FOREIGN KEY ("suggestion_id") REFERENCES "suggestion" ("id") ON DELETE CASCADE, FOREIGN KEY ("annotator_id") REFERENCES "annotator" ("id") ON DELETE CASCADE)',
    'INSERT INTO "suggestion_decision__new" ("id", "suggestion_id", "annotator_id", "decision", "created_at") SELECT "id", "suggestion_id", "annotator_id", "decision", "created_at" FROM "suggestion_decision"',
    'DROP TABLE "suggestion_decision"',
    'ALTER TABLE "suggestion_decision__new" RENAME TO "suggestion_decision"',
    'CREATE INDEX "suggestion_decision_suggestion_id" ON "suggestion_decision" ("suggestion_id")',
    'CREATE INDEX "suggestion_decision_annotator_id" ON "suggestion_decision" ("annotator_id")',
    'CREATE UNIQUE INDEX "suggestion_decision_suggestion_id_annotator_id" ON "suggestion_decision" ("suggestion_id", "annotator_id")',
    # comment
    'CREATE TABLE "comment__new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "document_id" INTEGER NOT NULL, "author_id" INTEGER NOT NULL, "start" INTEGER, "end" INTEGER, "body" TEXT NOT NULL, "created_at" {ts} NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("author_id") REFERENCES "annotator" ("id") ON DELETE CASCADE)',
    'INSERT INTO "comment__new" ("id", "document_id", "author_id", "start", "end", "body", "created_at") SELECT "id", "document_id", "author_id", "start", "end", "body", "created_at" FROM "comment"',
    'DROP TABLE "comment"',
    'ALTER TABLE "comment__new" RENAME TO "comment"',
    'CREATE INDEX "comment_document_id" ON "comment" ("document_id")',
    'CREATE INDEX "comment_author_id" ON "comment" ("author_id")',
    # gold_span
    'CREATE TABLE "gold_span__new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "document_id" INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, "label" VARCHAR(40) NOT NULL, "reviewer_id" INTEGER NOT NULL, "sources" TEXT NOT NULL, "created_at" {ts} NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("label") REFERENCES "label_type" ("code") ON DELETE CASCADE, FOREIGN KEY ("reviewer_id") REFERENCES "annotator" ("id") ON DELETE CASCADE, CHECK (start >= 0), CHECK (start < "end"))',
    'INSERT INTO "gold_span__new" ("id", "document_id", "start", "end", "label", "reviewer_id", "sources", "created_at") SELECT "id", "document_id", "start", "end", "label", "reviewer_id", "sources", "created_at" FROM "gold_span"',
    'DROP TABLE "gold_span"',
    'ALTER TABLE "gold_span__new" RENAME TO "gold_span"',
    'CREATE INDEX "gold_span_document_id" ON "gold_span" ("document_id")',
    'CREATE INDEX "gold_span_label" ON "gold_span" ("label")',
    'CREATE INDEX "gold_span_reviewer_id" ON "gold_span" ("reviewer_id")',
    'CREATE UNIQUE INDEX "gold_span_document_id_start_end_label" ON "gold_span" ("document_id", "start", "end", "label")',
]

STATEMENTS = [
    'ALTER TABLE "assignment" ADD COLUMN "auto" {bool} NOT NULL DEFAULT {false}',
    'ALTER TABLE "span" ADD COLUMN "note" TEXT',
    'CREATE INDEX "span_annotator_id_document_id" ON "span" ("annotator_id", "document_id")',
    'CREATE INDEX "action_annotator_id_document_id_id" ON "action" ("annotator_id", "document_id", "id")',
]


def apply(execute, dialect) -> None:
    for statement in (SQLITE_REBUILD if dialect.name == "sqlite" else []) + STATEMENTS:
        execute(statement.format(**dialect.words))
