"""Importing: documents stored with raw bytes, clean text, map, report and version; duplicates by
content hash; near-duplicates grouped; bad files reported while the rest goes on; queue assignment;
JSONL spans stored for the annotator; the CLI's exit status."""
from __future__ import annotations

import json

import pytest

from annotate.cleaning import CLEANER_VERSION, OffsetMap
from annotate.importer import import_paths
from annotate.schema import install_schema, load_schema

SPEECH = ("同志们:\n今天,我们召开全市工会工作会议,主要任务是深入贯彻落实上级工会的工作部署,总结去年工作,部署今年任务。\n"
          "过去一年,天门市各级工会紧紧围绕中心、服务大局,广泛开展劳动竞赛,天门市职工队伍素质不断提高。\n"
          "今年,天门市工会工作要突出重点,扎实推进职工之家建设,切实维护职工合法权益,努力开创工作新局面。\n")


@pytest.fixture
def project(database):
    install_schema(load_schema())
    return database


def test_import_corpus_store_and_dedup(project, corpus_dir):
    from store.models import Document

    report = import_paths([corpus_dir], suggest=False)
    assert (report.imported, report.duplicates, report.errors) == (5, 0, [])
    for doc in Document.select():
        assert doc.cleaner_version == CLEANER_VERSION
        assert doc.length == len(doc.clean_text) and doc.raw
        omap = OffsetMap.from_json(doc.offset_map)
        assert omap.length == doc.length
        body = json.loads(doc.report)
        assert body["encoding"] == doc.encoding and body["signature"]
    again = import_paths([corpus_dir], suggest=False)
    assert (again.imported, again.duplicates) == (0, 5)
    assert Document.select().count() == 5


def test_bad_files_reported_rest_imported(project, tmp_path):
    (tmp_path / "good.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    report = import_paths([tmp_path, tmp_path / "missing.txt"], suggest=False)
    assert report.imported == 1
    files = sorted(issue.file.rsplit("/", 1)[-1] for issue in report.errors)
    assert files == ["empty.txt", "missing.txt", "old.doc"]
    assert all(issue.message for issue in report.errors)


def test_near_duplicates_share_group_key(project, tmp_path):
    from store.models import Document

    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SPEECH.replace("天门", "荆门"), encoding="utf-8")
    (tmp_path / "c.txt").write_text("关于表彰先进集体的决定\n经研究,决定对在劳动竞赛中表现突出的十个单位予以通报表彰,希望受表彰单位再接再厉。\n",
                                    encoding="utf-8")
    assert import_paths([tmp_path], suggest=False).imported == 3
    keys = {d.source: d.group_key for d in Document.select()}
    assert keys["a.txt"] == keys["b.txt"] != keys["c.txt"]


def test_annotator_queue_and_jsonl_spans(project, tmp_path):
    from store.models import Assignment, Span

    record = {"text": "广元市总工会召开会议。", "spans": [{"start": 0, "end": 6, "label": "ORG"}]}
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\nnot json\n", encoding="utf-8")
    (tmp_path / "speech.txt").write_text(SPEECH, encoding="utf-8")
    report = import_paths([tmp_path], annotator="alice", suggest=False)
    assert report.imported == 2 and [(e.line, bool(e.message)) for e in report.errors] == [(2, True)]
    assert Assignment.select().count() == 2
    spans = [(s.start, s.end, s.label_id) for s in Span.select()]
    assert spans == [(0, 6, "ORG")]


def test_suggestions_refreshed(project, tmp_path):
    from store.models import Suggestion

    (tmp_path / "speech.txt").write_text(SPEECH, encoding="utf-8")
    report = import_paths([tmp_path], suggest=True)
    assert report.imported == 1
    if report.suggested is None:
        assert any("suggest" in w for w in report.warnings)
    else:
        assert Suggestion.select().count() >= 0 and report.suggested == 1


def test_cli_import_exit_status(tmp_path, capsys):
    from annotate.cli import main

    (tmp_path / "good.txt").write_text(SPEECH, encoding="utf-8")
    db = str(tmp_path / "cli.sqlite")
    assert main(["--db", db, "import", str(tmp_path / "good.txt"), "--no-suggest"]) == 0
    (tmp_path / "bad.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (tmp_path / "other.txt").write_text(SPEECH.replace("天门", "宜昌") + "补充一段。\n", encoding="utf-8")
    assert main(["--db", db, "import", str(tmp_path), "--no-suggest", "--annotator", "bob"]) == 2
    captured = capsys.readouterr()
    assert "bad.doc" in captured.err and "legacy Word" in captured.err
    assert "imported 1 document(s), 1 duplicate(s) skipped, 1 error(s)" in captured.out
