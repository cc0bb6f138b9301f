"""Version 1: the tables of the project skeleton, as frozen DDL.

Frozen text, never the live models: the models change with later steps, and an old database must be
upgraded from exactly what this version created. ``{pk}``, ``{ts}``, ``{blob}`` and ``{bool}`` are the
dialect's words for an auto-increment key, a timestamp, a byte string and a boolean.
"""
from __future__ import annotations

VERSION = 1
DESCRIPTION = "initial tables"

STATEMENTS = [
    'CREATE TABLE "setting" ("key" VARCHAR(100) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "label_type" ("id" {pk}, "code" VARCHAR(40) NOT NULL, "name_zh" VARCHAR(100) NOT NULL, "name_en" VARCHAR(100) NOT NULL, "color" VARCHAR(16) NOT NULL, "hotkey" VARCHAR(8), "description" TEXT NOT NULL, "position" INTEGER NOT NULL)',
    'CREATE UNIQUE INDEX "label_type_code" ON "label_type" ("code")',
    'CREATE TABLE "annotator" ("id" {pk}, "name" VARCHAR(100) NOT NULL, "role" VARCHAR(16) NOT NULL CHECK (role IN (\'annotator\', \'reviewer\')), "created_at" {ts} NOT NULL)',
    'CREATE UNIQUE INDEX "annotator_name" ON "annotator" ("name")',
    'CREATE TABLE "document" ("id" {pk}, "content_hash" VARCHAR(64) NOT NULL, "source" VARCHAR(500) NOT NULL, "raw" {blob} NOT NULL, "encoding" VARCHAR(40) NOT NULL, "clean_text" TEXT NOT NULL, "length" INTEGER NOT NULL, "offset_map" TEXT NOT NULL, "report" TEXT NOT NULL, "cleaner_version" VARCHAR(40) NOT NULL, "group_key" VARCHAR(64) NOT NULL, "created_at" {ts} NOT NULL)',
    'CREATE UNIQUE INDEX "document_content_hash" ON "document" ("content_hash")',
    'CREATE INDEX "document_group_key" ON "document" ("group_key")',
    'CREATE TABLE "suggestion" ("id" {pk}, "document_id" INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, "label" VARCHAR(40) NOT NULL, "text" TEXT NOT NULL, "score" REAL NOT NULL, "source" VARCHAR(60) NOT NULL, "version" VARCHAR(60) NOT NULL, "created_at" {ts} NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("label") REFERENCES "label_type" ("code") ON DELETE CASCADE, CHECK (start >= 0), CHECK (start < "end"))',
    'CREATE INDEX "suggestion_document_id" ON "suggestion" ("document_id")',
    'CREATE INDEX "suggestion_label" ON "suggestion" ("label")',
    'CREATE UNIQUE INDEX "suggestion_document_id_start_end_label" ON "suggestion" ("document_id", "start", "end", "label")',
    'CREATE TABLE "span" ("id" {pk}, "document_id" INTEGER NOT NULL, "annotator_id" INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, "label" VARCHAR(40) NOT NULL, "origin" VARCHAR(16) NOT NULL CHECK (origin IN (\'suggestion\', \'added\', \'imported\', \'corrected\')), "suggestion_id" INTEGER, "created_at" {ts} NOT NULL, "updated_at" {ts} NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("annotator_id") REFERENCES "annotator" ("id") ON DELETE CASCADE, FOREIGN KEY ("label") REFERENCES "label_type" ("code") ON DELETE CASCADE, FOREIGN KEY ("suggestion_id") REFERENCES "suggestion" ("id") ON DELETE SET NULL, CHECK (start >= 0), CHECK (start < "end"))',
    'CREATE INDEX "span_document_id" ON "span" ("document_id")',
    'CREATE INDEX "span_annotator_id" ON "span" ("annotator_id")',
    'CREATE INDEX "span_label" ON "span" ("label")',
    'CREATE INDEX "span_suggestion_id" ON "span" ("suggestion_id")',
    'CREATE UNIQUE INDEX "span_document_id_annotator_id_start_end_label" ON "span" ("document_id", "annotator_id", "start", "end", "label")',
    'CREATE TABLE "suggestion_decision" ("id" {pk}, "suggestion_id" INTEGER NOT NULL, "annotator_id" INTEGER NOT NULL, "decision" VARCHAR(10) NOT NULL CHECK (decision IN (\'accepted\', \'rejected\')), "created_at" {ts} NOT NULL, FOREIGN KEY ("suggestion_id") REFERENCES "suggestion" ("id") ON DELETE CASCADE, FOREIGN KEY ("annotator_id") REFERENCES "annotator" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "suggestion_decision_suggestion_id" ON "suggestion_decision" ("suggestion_id")',
    'CREATE INDEX "suggestion_decision_annotator_id" ON "suggestion_decision" ("annotator_id")',
    'CREATE UNIQUE INDEX "suggestion_decision_suggestion_id_annotator_id" ON "suggestion_decision" ("suggestion_id", "annotator_id")',
    'CREATE TABLE "gold_span" ("id" {pk}, "document_id" INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, "label" VARCHAR(40) NOT NULL, "reviewer_id" INTEGER NOT NULL, "sources" TEXT NOT NULL, "created_at" {ts} NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("label") REFERENCES "label_type" ("code") ON DELETE CASCADE, FOREIGN KEY ("reviewer_id") REFERENCES "annotator" ("id") ON DELETE CASCADE, CHECK (start >= 0), CHECK (start < "end"))',
    'CREATE INDEX "gold_span_document_id" ON "gold_span" ("document_id")',
    'CREATE INDEX "gold_span_label" ON "gold_span" ("label")',
    'CREATE INDEX "gold_span_reviewer_id" ON "gold_span" ("reviewer_id")',
    'CREATE UNIQUE INDEX "gold_span_document_id_start_end_label" ON "gold_span" ("document_id", "start", "end", "label")',
    'CREATE TABLE "assignment" ("id" {pk}, "document_id" INTEGER NOT NULL, "annotator_id" INTEGER NOT NULL, "status" VARCHAR(12) NOT NULL CHECK (status IN (\'assigned\', \'in_progress\', \'done\', \'skipped\')), "position" INTEGER NOT NULL, "assigned_at" {ts} NOT NULL, "finished_at" {ts}, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("annotator_id") REFERENCES "annotator" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "assignment_document_id" ON "assignment" ("document_id")',
    'CREATE INDEX "assignment_annotator_id" ON "assignment" ("annotator_id")',
    'CREATE UNIQUE INDEX "assignment_document_id_annotator_id" ON "assignment" ("document_id", "annotator_id")',
    'CREATE INDEX "assignment_annotator_id_status_position" ON "assignment" ("annotator_id", "status", "position")',
    'CREATE TABLE "comment" ("id" {pk}, "document_id" INTEGER NOT NULL, "author_id" INTEGER NOT NULL, "start" INTEGER, "end" INTEGER, "body" TEXT NOT NULL, "created_at" {ts} NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("author_id") REFERENCES "annotator" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "comment_document_id" ON "comment" ("document_id")',
    'CREATE INDEX "comment_author_id" ON "comment" ("author_id")',
    'CREATE TABLE "action" ("id" {pk}, "annotator_id" INTEGER NOT NULL, "document_id" INTEGER, "kind" VARCHAR(40) NOT NULL, "payload" TEXT NOT NULL, "undoes_id" INTEGER, "created_at" {ts} NOT NULL, FOREIGN KEY ("annotator_id") REFERENCES "annotator" ("id") ON DELETE CASCADE, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("undoes_id") REFERENCES "action" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "action_annotator_id" ON "action" ("annotator_id")',
    'CREATE INDEX "action_document_id" ON "action" ("document_id")',
    'CREATE INDEX "action_undoes_id" ON "action" ("undoes_id")',
    'CREATE INDEX "action_created_at" ON "action" ("created_at")',
    'CREATE INDEX "action_annotator_id_id" ON "action" ("annotator_id", "id")',
    'CREATE TABLE "learned_pattern" ("id" {pk}, "text" VARCHAR(200) NOT NULL, "label" VARCHAR(40) NOT NULL, "accepted" INTEGER NOT NULL, "rejected" INTEGER NOT NULL, "updated_at" {ts} NOT NULL, FOREIGN KEY ("label") REFERENCES "label_type" ("code") ON DELETE CASCADE)',
    'CREATE INDEX "learned_pattern_label" ON "learned_pattern" ("label")',
    'CREATE UNIQUE INDEX "learned_pattern_text_label" ON "learned_pattern" ("text", "label")',
    'CREATE TABLE "qa_session" ("id" {pk}, "name" VARCHAR(200) NOT NULL, "reviewer_id" INTEGER NOT NULL, "params" TEXT NOT NULL, "created_at" {ts} NOT NULL, "closed" {bool} NOT NULL, FOREIGN KEY ("reviewer_id") REFERENCES "annotator" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "qa_session_name" ON "qa_session" ("name")',
    'CREATE INDEX "qa_session_reviewer_id" ON "qa_session" ("reviewer_id")',
    'CREATE TABLE "qa_item" ("id" {pk}, "session_id" INTEGER NOT NULL, "document_id" INTEGER NOT NULL, "annotator_id" INTEGER, "verdict" VARCHAR(8) NOT NULL CHECK (verdict IN (\'pending\', \'pass\', \'fail\')), "notes" TEXT NOT NULL, "updated_at" {ts} NOT NULL, FOREIGN KEY ("session_id") REFERENCES "qa_session" ("id") ON DELETE CASCADE, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("annotator_id") REFERENCES "annotator" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "qa_item_session_id" ON "qa_item" ("session_id")',
    'CREATE INDEX "qa_item_document_id" ON "qa_item" ("document_id")',
    'CREATE INDEX "qa_item_annotator_id" ON "qa_item" ("annotator_id")',
    'CREATE UNIQUE INDEX "qa_item_session_id_document_id_annotator_id" ON "qa_item" ("session_id", "document_id", "annotator_id")',
]


def apply(execute, dialect) -> None:
    for statement in STATEMENTS:
        execute(statement.format(**dialect.words))
