"""Operations: validation, origins, decisions, learned patterns, the action log, undo and redo.

Run on SQLite always and on PostgreSQL when ANNOTATE_TEST_PG is set (the ``project`` fixture).
"""
from __future__ import annotations

import hashlib
import json

import pytest

from annotate import ops
from annotate.errors import InputError
from annotate.queries import document_view
from store.models import (
    Action, Assignment, Document, LearnedPattern, Setting, Span, Suggestion, SuggestionDecision,
)

TEXT = "北京市总工会召开会议，张三同志出席。𠀀上海市也派人参加。"  # one character outside the BMP


def make_document(text: str = TEXT, source: str = "doc.txt") -> int:
    """A document row as the importer would store it (offset map and report left trivial)."""
    return Document.insert(
        content_hash=hashlib.sha256((source + text).encode()).hexdigest(), source=source,
        raw=text.encode("utf-8"), encoding="utf-8", clean_text=text, length=len(text), offset_map="{}",
        report=json.dumps({"removed": [], "flags": [{"kind": "x", "start": 0, "end": 1, "text": "北",
                                                     "note": "test"}]}),
        cleaner_version="test", group_key=hashlib.sha256(text.encode()).hexdigest()[:16],
    ).execute()


def make_suggestion(document_id: int, start: int, end: int, label: str, text: str = TEXT,
                    score: float = 0.9) -> int:
    return Suggestion.insert(document=document_id, start=start, end=end, label=label,
                             text=text[start:end], score=score, source="test", version="1").execute()


@pytest.fixture
def project(db_target):
    from annotate.project import open_project
    from store import close_database

    handle = open_project(db_target)
    yield handle
    close_database()


@pytest.fixture
def doc(project) -> int:
    return make_document()


def spans_of(document_id: int, who: str = "ann") -> list[tuple]:
    return [(s["start"], s["end"], s["label"], s["origin"]) for s in document_view(document_id, who).spans]


def learned(text: str, label: str) -> tuple[int, int]:
    row = LearnedPattern.get_or_none(LearnedPattern.text == text, LearnedPattern.label == label)
    return (row.accepted, row.rejected) if row else (0, 0)


def test_ensure_annotator_creates_once_and_keeps_role(project):
    first = ops.ensure_annotator("王芳", role="reviewer")
    assert ops.ensure_annotator("王芳") == first
    from store.models import Annotator
    assert Annotator.get_by_id(first).role == "reviewer"
    with pytest.raises(InputError, match="role"):
        ops.ensure_annotator("李四", role="boss")
    with pytest.raises(InputError, match="non-empty"):
        ops.ensure_annotator("  ")


def test_accept_creates_span_decision_action_and_learns(doc):
    sid = make_suggestion(doc, 0, 6, "ORG")
    changes = ops.accept_suggestion(annotator="ann", suggestion_id=sid)
    assert changes.spans and changes.suggestions and changes.document_ids == {doc}
    assert spans_of(doc) == [(0, 6, "ORG", "suggestion")]
    span = Span.get_by_id(changes.span_ids[0])
    assert span.suggestion_id == sid
    assert SuggestionDecision.get().decision == "accepted"
    assert learned("北京市总工会", "ORG") == (1, 0)
    action = Action.get_by_id(changes.action_id)
    assert action.kind == "accept" and action.document_id == doc
    assert json.loads(action.payload)["changes"][0]["table"] == "span"
    # the first action on an unassigned document creates the annotator's assignment
    assignment = Assignment.get()
    assert (assignment.status, assignment.auto) == ("in_progress", True)
    with pytest.raises(InputError, match="already accepted"):
        ops.accept_suggestion(annotator="ann", suggestion_id=sid)


def test_accept_under_another_label_is_corrected(doc):
    sid = make_suggestion(doc, 0, 6, "LOC")
    ops.accept_suggestion(annotator="ann", suggestion_id=sid, label="ORG")
    assert spans_of(doc) == [(0, 6, "ORG", "corrected")]
    assert learned("北京市总工会", "ORG") == (1, 0)
    assert learned("北京市总工会", "LOC") == (0, 1)


def test_accept_unknown_label_or_suggestion_is_refused(doc):
    sid = make_suggestion(doc, 0, 6, "ORG")
    with pytest.raises(InputError, match="label 'NOPE' is not in the project's schema"):
        ops.accept_suggestion(annotator="ann", suggestion_id=sid, label="NOPE")
    with pytest.raises(InputError, match="suggestion 99999 does not exist"):
        ops.accept_suggestion(annotator="ann", suggestion_id=99999)
    assert Span.select().count() == 0 and Action.select().count() == 0


def test_reject_records_decision_and_removes_accepted_span(doc):
    sid = make_suggestion(doc, 0, 6, "ORG")
    ops.accept_suggestion(annotator="ann", suggestion_id=sid)
    changes = ops.reject_suggestion(annotator="ann", suggestion_id=sid)
    assert changes.spans and changes.suggestions
    assert spans_of(doc) == []
    assert SuggestionDecision.get().decision == "rejected"
    assert learned("北京市总工会", "ORG") == (1, 1)
    with pytest.raises(InputError, match="already rejected"):
        ops.reject_suggestion(annotator="ann", suggestion_id=sid)
    # decisions are per annotator
    ops.accept_suggestion(annotator="other", suggestion_id=sid)
    assert spans_of(doc, "other") == [(0, 6, "ORG", "suggestion")]


@pytest.mark.parametrize("start,end,message", [
    (-1, 3, "not inside the text"), (5, 5, "not inside the text"), (6, 2, "not inside the text"),
    (0, len(TEXT) + 1, "not inside the text"), ("0", 3, "must be an integer"),
])
def test_add_span_validates_offsets(doc, start, end, message):
    with pytest.raises(InputError, match=message):
        ops.add_span(annotator="ann", document_id=doc, start=start, end=end, label="PER")


def test_add_span_refuses_duplicates_overlaps_unknown_documents(doc):
    ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER")
    with pytest.raises(InputError, match="already exists"):
        ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER")
    with pytest.raises(InputError, match="overlaps span"):
        ops.add_span(annotator="ann", document_id=doc, start=12, end=15, label="ORG")
    with pytest.raises(InputError, match="document 424242 does not exist"):
        ops.add_span(annotator="ann", document_id=424242, start=0, end=1, label="PER")
    # another annotator's spans do not count
    ops.add_span(annotator="bob", document_id=doc, start=12, end=15, label="ORG")
    # the schema may allow overlaps
    Setting.update(value="true").where(Setting.key == "allow_overlap").execute()
    ops.add_span(annotator="ann", document_id=doc, start=12, end=15, label="ORG")
    assert spans_of(doc) == [(11, 13, "PER", "added"), (12, 15, "ORG", "added")]


def test_offsets_after_astral_character_are_code_points(doc):
    start = TEXT.index("上海市")
    ops.add_span(annotator="ann", document_id=doc, start=start, end=start + 3, label="LOC")
    assert learned("上海市", "LOC") == (1, 0)
    ops.add_span(annotator="ann", document_id=doc, start=len(TEXT) - 1, end=len(TEXT), label="LOC")


def test_relabel_resize_delete(doc):
    sid = make_suggestion(doc, 0, 6, "ORG")
    span_id = ops.accept_suggestion(annotator="ann", suggestion_id=sid).span_ids[0]
    ops.relabel_span(annotator="ann", span_id=span_id, label="LOC")
    assert spans_of(doc) == [(0, 6, "LOC", "corrected")]
    assert learned("北京市总工会", "ORG") == (1, 1)
    with pytest.raises(InputError, match="already labelled LOC"):
        ops.relabel_span(annotator="ann", span_id=span_id, label="LOC")
    ops.resize_span(annotator="ann", span_id=span_id, start=0, end=3)
    assert spans_of(doc) == [(0, 3, "LOC", "corrected")]
    with pytest.raises(InputError, match="not inside the text"):
        ops.resize_span(annotator="ann", span_id=span_id, start=3, end=3)
    with pytest.raises(InputError, match="belongs to another annotator"):
        ops.delete_span(annotator="bob", span_id=span_id)
    ops.delete_span(annotator="ann", span_id=span_id)
    assert spans_of(doc) == []
    with pytest.raises(InputError, match=f"span {span_id} does not exist"):
        ops.delete_span(annotator="ann", span_id=span_id)


def test_resize_of_accepted_suggestion_is_corrected_and_delete_rejects_it(doc):
    sid = make_suggestion(doc, 0, 6, "ORG")
    span_id = ops.accept_suggestion(annotator="ann", suggestion_id=sid).span_ids[0]
    ops.resize_span(annotator="ann", span_id=span_id, start=0, end=5)
    assert spans_of(doc) == [(0, 5, "ORG", "corrected")]
    ops.delete_span(annotator="ann", span_id=span_id)
    assert SuggestionDecision.get().decision == "rejected"
    assert document_view(doc, "ann").suggestions[0]["decision"] == "rejected"


def test_added_span_keeps_origin_when_relabelled(doc):
    span_id = ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER").span_ids[0]
    ops.relabel_span(annotator="ann", span_id=span_id, label="ORG")
    assert spans_of(doc) == [(11, 13, "ORG", "added")]


def test_undo_redo_walk_the_history(doc):
    sid = make_suggestion(doc, 0, 6, "ORG")
    ops.accept_suggestion(annotator="ann", suggestion_id=sid)
    span_id = ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER").span_ids[0]
    ops.relabel_span(annotator="ann", span_id=span_id, label="ORG")
    states = [spans_of(doc)]
    ops.undo(annotator="ann")
    states.append(spans_of(doc))
    assert states[-1] == [(0, 6, "ORG", "suggestion"), (11, 13, "PER", "added")]
    ops.undo(annotator="ann")
    assert spans_of(doc) == [(0, 6, "ORG", "suggestion")]
    assert learned("张三", "PER") == (0, 0)
    ops.undo(annotator="ann")
    assert spans_of(doc) == [] and SuggestionDecision.select().count() == 0
    assert learned("北京市总工会", "ORG") == (0, 0)
    assert ops.undo(annotator="ann").message == "nothing to undo"
    ops.redo(annotator="ann")
    ops.redo(annotator="ann")
    assert spans_of(doc) == states[1]
    ops.redo(annotator="ann")
    assert spans_of(doc) == states[0]
    assert ops.redo(annotator="ann").message == "nothing to redo"
    # redo keeps the ids, so the log stays consistent
    assert Span.get_by_id(span_id).label_id == "ORG"
    kinds = [a.kind for a in Action.select().order_by(Action.id)]
    assert kinds == ["accept", "add", "relabel", "undo", "undo", "undo", "redo", "redo", "redo"]


def test_new_action_ends_redo_history(doc):
    ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER")
    ops.undo(annotator="ann")
    ops.add_span(annotator="ann", document_id=doc, start=0, end=3, label="LOC")
    assert ops.redo(annotator="ann").message == "nothing to redo"
    assert spans_of(doc) == [(0, 3, "LOC", "added")]


def test_undo_is_per_annotator_and_optionally_per_document(project):
    a, b = make_document(source="a"), make_document(TEXT + "。", source="b")
    ops.add_span(annotator="ann", document_id=a, start=0, end=3, label="LOC")
    ops.add_span(annotator="ann", document_id=b, start=0, end=3, label="LOC")
    ops.add_span(annotator="bob", document_id=a, start=11, end=13, label="PER")
    ops.undo(annotator="ann", document_id=a)
    assert spans_of(a) == [] and spans_of(b) == [(0, 3, "LOC", "added")]
    assert spans_of(a, "bob") == [(11, 13, "PER", "added")]
    ops.undo(annotator="ann")
    assert spans_of(b) == []
    ops.redo(annotator="ann", document_id=b)
    assert spans_of(b) == [(0, 3, "LOC", "added")] and spans_of(a) == []


def test_undo_refuses_when_the_row_changed_meanwhile(doc):
    sid = make_suggestion(doc, 0, 6, "ORG")
    ops.accept_suggestion(annotator="ann", suggestion_id=sid)
    # the suggesters refresh the document: the suggestion goes, the span's link is cut
    Suggestion.delete().where(Suggestion.id == sid).execute()
    with pytest.raises(InputError, match="was changed since"):
        ops.undo(annotator="ann")
    assert spans_of(doc) == [(0, 6, "ORG", "suggestion")]
    assert [a.kind for a in Action.select()] == ["accept"]


def test_redo_refuses_when_the_place_was_taken(doc):
    span_id = ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER").span_ids[0]
    ops.undo(annotator="ann")
    # something outside this history (another tool on the same database) writes the same span
    Span.insert(document=doc, annotator=Span.select().count() or ops.ensure_annotator("ann"), start=11,
                end=13, label="PER", origin="imported").execute()
    with pytest.raises(InputError, match="cannot redo: span .* conflicts"):
        ops.redo(annotator="ann")
    assert Span.get_or_none(Span.id == span_id) is None
    assert [a.kind for a in Action.select().order_by(Action.id)] == ["add", "undo"]


def test_undo_of_one_document_then_of_the_whole_history(project):
    a, b = make_document(source="a"), make_document(TEXT + "。", source="b")
    ops.add_span(annotator="ann", document_id=a, start=0, end=3, label="LOC")
    ops.add_span(annotator="ann", document_id=a, start=11, end=13, label="PER")
    ops.add_span(annotator="ann", document_id=b, start=0, end=3, label="LOC")
    ops.undo(annotator="ann", document_id=a)      # the PER span in a
    ops.undo(annotator="ann")                     # the LOC span in b (newest in place)
    ops.undo(annotator="ann")                     # the LOC span in a
    assert spans_of(a) == [] and spans_of(b) == []
    ops.redo(annotator="ann")                     # newest undo first: LOC in a
    assert spans_of(a) == [(0, 3, "LOC", "added")]


def test_set_document_status_and_undo(doc):
    changes = ops.set_document_status(annotator="ann", document_id=doc, status="done")
    assert changes.document_status
    row = Assignment.get()
    assert row.status == "done" and row.finished_at is not None
    assert document_view(doc, "ann").status == "done"
    with pytest.raises(InputError, match="status 'finished' is not one of"):
        ops.set_document_status(annotator="ann", document_id=doc, status="finished")
    ops.undo(annotator="ann")
    row = Assignment.get()
    assert row.status == "in_progress" and row.finished_at is None
    assert "already" in ops.set_document_status(annotator="ann", document_id=doc,
                                                status="in_progress").message


def test_import_spans_keeps_going_past_bad_ones(doc):
    from annotate.spans import SpanSuggestion

    changes = ops.import_spans(annotator="ann", document_id=doc, spans=[
        SpanSuggestion(0, 6, "ORG", "北京市总工会", 1.0, "file"),
        {"start": 11, "end": 13, "label": "PER"},
        (3, 50, "LOC"),              # outside the text
        (14, 16, "NOPE"),            # unknown label
        (2, 4, "LOC"),               # overlaps the first
        (0, 6, "ORG"),               # already present
    ])
    assert spans_of(doc) == [(0, 6, "ORG", "imported"), (11, 13, "PER", "imported")]
    assert "imported 2 spans" in changes.message and "1 already present" in changes.message
    assert "spans[2]" in changes.message and "spans[3]" in changes.message and "spans[4]" in changes.message
    assert set(changes.span_ids) == {s["id"] for s in document_view(doc, "ann").spans}
    ops.undo(annotator="ann")
    assert spans_of(doc) == []


def test_comment_and_note(doc):
    span_id = ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER").span_ids[0]
    ops.set_span_note(annotator="ann", span_id=span_id, note="可能是地名")
    assert document_view(doc, "ann").spans[0]["note"] == "可能是地名"
    ops.comment(annotator="ann", document_id=doc, body="第二段重复", start=0, end=3)
    with pytest.raises(InputError, match="needs some text"):
        ops.comment(annotator="ann", document_id=doc, body=" ")
    ops.undo(annotator="ann")
    ops.undo(annotator="ann")
    assert document_view(doc, "ann").spans[0]["note"] is None


def test_set_role_is_logged(project):
    ops.ensure_annotator("rev")
    ops.set_role(annotator="rev", role="reviewer")
    from store.models import Annotator
    assert Annotator.get(Annotator.name == "rev").role == "reviewer"
    assert Action.get().kind == "set_role"
    with pytest.raises(InputError):
        ops.set_role(annotator="rev", role="king")


def test_failed_operation_writes_nothing(doc):
    before = (Span.select().count(), Action.select().count(), Assignment.select().count())
    with pytest.raises(InputError):
        ops.add_span(annotator="ann", document_id=doc, start=0, end=3, label="NOPE")
    assert (Span.select().count(), Action.select().count(), Assignment.select().count()) == before


def test_database_refusal_becomes_a_clear_error_and_clears_the_annotator_cache(doc):
    from store.models import Annotator

    ops.add_span(annotator="ann", document_id=doc, start=0, end=3, label="LOC")  # creates "ann"
    ops.add_span(annotator="ann", document_id=doc, start=4, end=6, label="LOC")  # finds and caches it
    Annotator.delete().where(Annotator.name == "ann").execute()  # e.g. by an admin tool
    with pytest.raises(InputError, match="add_span: the database refused the change"):
        ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER")
    ops.add_span(annotator="ann", document_id=doc, start=11, end=13, label="PER")
    assert spans_of(doc) == [(11, 13, "PER", "added")]


def test_resizing_a_suggestion_learns_its_edge_convention_and_the_final_text(project):
    from annotate.suggest.learned import Edge

    text = "2012年以来，全县新建职工之家40家。"
    doc_id = make_document(text, "dates.txt")
    sid = make_suggestion(doc_id, 0, 5, "DATE", text=text)
    span_id = ops.accept_suggestion(annotator="ann", suggestion_id=sid).span_ids[0]
    ops.resize_span(annotator="ann", span_id=span_id, start=0, end=6)  # one key press: 2012年以
    ops.resize_span(annotator="ann", span_id=span_id, start=0, end=7)  # the next: 2012年以来
    assert learned(Edge("end", True, "以来").key(), "DATE") == (1, 0)
    assert learned(Edge("end", True, "以").key(), "DATE") == (0, 0)  # the step between is taken back
    assert learned("2012年以来", "DATE") == (1, 0)
    assert learned("2012年", "DATE") == (0, 0) and learned("2012年以", "DATE") == (0, 0)
    ops.undo(annotator="ann")
    assert learned(Edge("end", True, "以").key(), "DATE") == (1, 0)
    assert learned(Edge("end", True, "以来").key(), "DATE") == (0, 0)
    ops.redo(annotator="ann")
    ops.delete_span(annotator="ann", span_id=span_id)  # the whole span was wrong, not its edge
    assert learned(Edge("end", True, "以来").key(), "DATE") == (0, 0)


def test_resizing_an_added_span_learns_no_edge(project):
    from store.models import LearnedPattern

    text = "2012年以来，全县新建职工之家40家。"
    doc_id = make_document(text, "added.txt")
    span_id = ops.add_span(annotator="ann", document_id=doc_id, start=0, end=5, label="DATE").span_ids[0]
    ops.resize_span(annotator="ann", span_id=span_id, start=0, end=7)
    assert learned("2012年以来", "DATE") == (1, 0) and learned("2012年", "DATE") == (0, 0)
    assert not any(row.text.startswith("\x1f") for row in LearnedPattern.select())
