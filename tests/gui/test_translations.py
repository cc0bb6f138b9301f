"""The interface is Simplified Chinese by default, English on request; every string is translated."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QApplication

from annotate.paths import resource


def test_every_source_string_has_a_chinese_translation():
    tree = ET.parse(resource("translations", "annotate_zh_CN.ts"))
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []
    assert resource("translations", "annotate_zh_CN.qm").is_file()


def test_window_in_chinese_then_english(qtbot, project):
    from gui.app import install_translations
    from gui.main_window import MainWindow

    app = QApplication.instance()
    install_translations(app, "zh_CN")
    try:
        win = MainWindow(project[0], "tester", language="zh_CN")
        qtbot.addWidget(win)
        titles = [a.text() for a in win.menuBar().actions()]
        assert "标注(&A)" in titles and "文件(&F)" in titles
        assert win.actions_by_name["accept"].text() == "接受建议"
        assert "标注员" in win.annotator_label.text()
    finally:
        install_translations(app, "en")
    win_en = MainWindow(project[0], "tester", language="en")
    qtbot.addWidget(win_en)
    assert win_en.actions_by_name["accept"].text() == "Accept suggestion"
