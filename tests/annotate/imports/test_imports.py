"""Imports: Label Studio, doccano, brat, CLUENER and the contract JSONL, with bad records reported."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.errors import InputError
from annotate.imports import import_annotations
from annotate.imports.formats import guess_format

DATA = Path(__file__).resolve().parents[2] / "data" / "exports"


@pytest.fixture
def empty_project(db_target):
    from annotate.project import open_project
    from store import close_database

    open_project(db_target)
    yield
    close_database()


def spans_of(annotator: str) -> dict[str, list[tuple[int, int, str, str]]]:
    """text -> [(start, end, label, surface)] of the annotator's spans."""
    from store.models import Annotator, Document, Span

    out: dict[str, list] = {}
    for text, start, end, label in (Span.select(Document.clean_text, Span.start, Span.end, Span.label)
                                    .join(Document).switch(Span).join(Annotator)
                                    .where(Annotator.name == annotator).tuples()):
        out.setdefault(text, []).append((start, end, label, text[start:end]))
    return {k: sorted(v) for k, v in out.items()}


def test_label_studio_export_imports_with_correct_offsets(empty_project):
    from store.models import Assignment, Document, Span

    path = DATA / "label_studio_export.json"
    assert guess_format(path) == "label-studio"
    report = import_annotations(path, annotator="ls", format=None)
    assert report.records == 3 and report.documents_created == 3
    spans = spans_of("ls")
    t1 = next(t for t in spans if t.startswith("😀"))
    # the newest non-cancelled annotation of task 101 (three regions), offsets in code points after the emoji
    assert [(s, e, label, surface) for s, e, label, surface in spans[t1]] == [
        (6, 12, "ORG", "广元市总工会"), (14, 23, "EVENT", "第六届职工代表大会"), (24, 27, "PER", "王兆国")]
    t2 = next(t for t in spans if t.startswith("𠮷"))
    # task 102: the ground-truth annotation, whose old UTF-16 offsets were converted
    assert [x[2:] for x in spans[t2]] == [("LOC", "湖北省武汉市青山区"), ("DATE", "2012年底"), ("QUANTITY", "300名")]
    assert spans[t2][0][:2] == (6, 15)
    assert any("UTF-16" in n for n in report.notes) and any("ground-truth" in n for n in report.notes)
    # task 103: off-by-one end, task 104: unknown label; each named with its task number
    problems = {i.line: i.message for i in report.issues}
    assert set(problems) == {3, 4}
    assert "does not match" in problems[3] and "GPE" in problems[4]
    # task 105 has no annotation: the document is there, with no spans and not marked done
    doc = Document.get(Document.clean_text == "尚未标注的任务：长春爱尔眼科医院。")
    assert not Span.select().where(Span.document == doc).exists()
    assert not Assignment.select().where((Assignment.document == doc) & (Assignment.status == "done")).exists()
    # imported documents keep the text exactly, with an identity offset map
    from annotate.cleaning.offsets import OffsetMap

    stored = Document.get(Document.clean_text == t1)
    assert bytes(stored.raw) == t1.encode("utf-8") and OffsetMap.from_json(stored.offset_map).to_raw(6) == 6


def test_jsonl_bad_records_are_reported_by_line_and_the_rest_goes_in(empty_project, tmp_path):
    good = {"text": "广元市总工会召开会议。", "spans": [{"start": 0, "end": 6, "label": "ORG", "text": "广元市总工会"}],
            "meta": {"source": "x.txt", "annotators": ["a"], "status": "gold"}}
    lines = [
        json.dumps(good, ensure_ascii=False),
        "{not json",
        json.dumps({"text": "湖北省", "spans": [{"start": 0, "end": 9, "label": "LOC"}]}, ensure_ascii=False),
        json.dumps({"text": "湖北省", "spans": [{"start": 0, "end": 3, "label": "LOC", "text": "湖南省"}]},
                   ensure_ascii=False),
        json.dumps({"text": "湖北省", "spans": [{"start": 0, "end": 3, "label": "NOPE"}]}, ensure_ascii=False),
        json.dumps({"id": "0" * 64, "text": "湖北省", "spans": []}),
        "",
        json.dumps({"text": "武汉市青山区", "spans": [{"start": 0, "end": 3, "label": "LOC"},
                                                 {"start": 2, "end": 6, "label": "LOC"}]}, ensure_ascii=False),
        json.dumps({"text": "武汉市", "spans": [{"start": 0, "end": 3, "label": "LOC"}]}, ensure_ascii=False),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_annotations(path, annotator="ext")
    assert report.format == "jsonl"
    assert report.records == 2
    lines_reported = {i.line: i.message for i in report.issues}
    assert set(lines_reported) == {2, 3, 4, 5, 6, 8}
    assert "not valid JSON" in lines_reported[2]
    assert "outside the text" in lines_reported[3]
    assert "does not match" in lines_reported[4]
    assert "NOPE" in lines_reported[5]
    assert "sha256" in lines_reported[6]
    assert "overlap" in lines_reported[8]
    assert all(i.file == str(path) for i in report.issues)
    assert spans_of("ext") == {"广元市总工会召开会议。": [(0, 6, "ORG", "广元市总工会")],
                               "武汉市": [(0, 3, "LOC", "武汉市")]}


def test_doccano_both_shapes(empty_project, tmp_path):
    path = tmp_path / "doccano.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "王兆国视察了青山区", "label": [[0, 3, "PER"], [6, 9, "LOC"]]}, ensure_ascii=False),
        json.dumps({"text": "全国总工会主席", "entities": [{"id": 0, "start_offset": 0, "end_offset": 5, "label": "ORG"}],
                    "relations": []}, ensure_ascii=False),
        json.dumps({"text": "十堰市", "label": [[0, 3]]}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    assert guess_format(path) == "doccano"
    report = import_annotations(path, annotator="dc")
    assert report.records == 2 and [i.line for i in report.issues] == [3]
    assert spans_of("dc") == {"王兆国视察了青山区": [(0, 3, "PER", "王兆国"), (6, 9, "LOC", "青山区")],
                              "全国总工会主席": [(0, 5, "ORG", "全国总工会")]}


def test_brat_folder_with_a_span_across_lines(empty_project, tmp_path):
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "湖北省各级工会\n组织认真落实。"
    (folder / "doc1.txt").write_text(text, encoding="utf-8")
    (folder / "doc1.ann").write_text("T1\tLOC 0 3\t湖北省\nT2\tORG 3 7;8 10\t各级工会 组织\n#1\tAnnotatorNotes T1\tok\n",
                                     encoding="utf-8")
    (folder / "doc2.txt").write_text("武汉市", encoding="utf-8")
    (folder / "doc2.ann").write_text("T1\tLOC 0 x\t武汉市\n", encoding="utf-8")
    assert guess_format(folder) == "brat"
    report = import_annotations(folder, annotator="br")
    assert report.records == 1
    assert len(report.issues) == 1 and report.issues[0].file.endswith("doc2.ann") and report.issues[0].line == 1
    assert spans_of("br") == {text: [(0, 3, "LOC", "湖北省"), (3, 10, "ORG", "各级工会\n组织")]}


def test_matching_documents_by_text_hash(empty_project, tmp_path):
    from store.models import Document

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "武汉市", "spans": []}, ensure_ascii=False) + "\n", encoding="utf-8")
    first = import_annotations(path, annotator="p")
    second = import_annotations(path, annotator="q")
    assert (first.documents_created, second.documents_matched) == (1, 1)
    assert Document.select().count() == 1


def test_unknown_format_and_missing_file(empty_project, tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("plain text", encoding="utf-8")
    with pytest.raises(InputError, match="x.txt"):
        import_annotations(path, annotator="p")
    with pytest.raises(InputError, match="no such file"):
        import_annotations(tmp_path / "missing.jsonl", annotator="p", format="jsonl")
