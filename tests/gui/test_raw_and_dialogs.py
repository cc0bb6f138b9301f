"""Raw/clean toggle, export dialog (built from the registry) and import dialog on workers."""
from __future__ import annotations

import hashlib
import json

import pytest
from PySide6.QtCore import Qt

from store.models import Document


def _raw_document() -> int:
    raw = "广告：点击下载\r\n广元市总工会召开会议。\r\n"
    clean = "广元市总工会召开会议。"
    report = {"raw_length": len(raw), "cleaner_version": "t",
              "removed": [{"rule": "ad", "reason": "advert line", "raw_start": 0, "raw_end": 9,
                           "text": raw[0:9]}],
              "changed": [], "flags": [{"kind": "gap", "start": 11, "end": 11, "text": "", "note": "truncated",
                                        "rule": "truncation", "raw_start": 20, "raw_end": 20}]}
    doc = Document.create(content_hash=hashlib.sha256(clean.encode()).hexdigest(), source="raw.txt",
                          raw=raw.encode("gb18030"), encoding="gb18030", clean_text=clean, length=len(clean),
                          offset_map="{}", report=json.dumps(report, ensure_ascii=False),
                          cleaner_version="t", group_key="raw")
    return doc.id


def test_raw_toggle_shows_removed_parts_and_report(qtbot, window):
    doc_id = _raw_document()
    window.open_document(doc_id)
    qtbot.keyClick(window.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    raw = window.raw_view
    assert window.center_stack.currentWidget() is raw
    assert raw.text.toPlainText().startswith("广告：点击下载␍")
    assert raw.table.rowCount() == 2
    marks = raw.text.extraSelections()
    assert marks[0].cursor.selectedText() == "广告：点击下载␍\u2029"  # the removed line, CRLF kept in place
    assert marks[0].format.fontStrikeOut()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.center_stack.currentWidget() is window.view


def test_export_dialog_lists_the_registry_and_exports_on_a_worker(qtbot, window, tmp_path):
    from annotate.exports import FORMATS
    from gui.dialogs import ExportDialog

    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # one accepted span to export
    dialog = ExportDialog(window, "tester")
    qtbot.addWidget(dialog)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == list(FORMATS)
    dialog.format.setCurrentIndex(list(FORMATS).index("jsonl"))
    dialog.status.setCurrentIndex(dialog.status.findData("all"))
    dialog.out.setText(str(tmp_path / "out"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=20000)
    assert dialog.job.error is None, dialog.job.error
    written = list((tmp_path / "out").rglob("*.jsonl"))
    assert written and "广元市总工会" in written[0].read_text(encoding="utf-8")
    assert "3" in dialog.result_label.text() or "documents" in dialog.result_label.text()


def test_import_dialog_imports_on_a_worker(qtbot, window, tmp_path):
    pytest.importorskip("annotate.importer")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("青川县总工会召开二〇二四年工作会议，部署全年工作。\n", encoding="utf-8")
    (folder / "b.txt").write_text("剑阁县人民医院开展义诊活动，服务群众三百余人次。\n", encoding="utf-8")
    before = Document.select().count()
    window.on_import_files()
    dialog = window.import_dialog
    dialog.add_paths([str(folder)])
    dialog.suggest.setChecked(False)
    with qtbot.waitSignal(dialog.finishedImport, timeout=30000):
        dialog.start()
    assert Document.select().count() == before + 2
    qtbot.waitUntil(lambda: len(window.queue.model.rows) == before + 2, timeout=5000)
