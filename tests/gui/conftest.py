"""GUI tests run offscreen; Qt must learn the platform before it is imported."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import json

import pytest

#: invented text for the window tests (never corpus text)
DOC_TEXTS = (
    "广元市总工会召开全体会议，张建国主持会议。会议要求各级工会做好农民工服务工作。\n"
    "二〇二三年，市总工会投入资金三百万元，开展“金秋助学”活动。",
    "青川县人民医院组织职工参加劳动技能竞赛。\n李华获得“五一劳动奖章”。",
    "𠀀𠀁在成都市召开会议，王芳出席。",
)


def _suggest(text: str) -> list[tuple[int, int, str, float]]:
    """Fixed suggestions found by searching the invented text (start, end, label, score)."""
    wanted = [("广元市总工会", "ORG", 0.95), ("张建国", "PER", 0.9), ("农民工", "ORG", 0.3),
              ("三百万元", "MONEY", 0.8), ("金秋助学", "EVENT", 0.7), ("青川县人民医院", "ORG", 0.9),
              ("李华", "PER", 0.85), ("成都市", "LOC", 0.9), ("王芳", "PER", 0.88)]
    found = []
    for needle, label, score in wanted:
        i = text.find(needle)
        if i >= 0:
            found.append((i, i + len(needle), label, score))
    return sorted(found)


def build_project(target: str, texts=DOC_TEXTS) -> list[int]:
    """Open a project at ``target`` and insert documents with suggestions directly (no importer)."""
    from annotate.project import open_project
    from annotate.suggest import SUGGESTER_VERSION
    from store.models import Document, Suggestion

    open_project(target)
    ids = []
    for n, text in enumerate(texts):
        raw = text.encode("utf-8")
        doc = Document.create(content_hash=hashlib.sha256(text.encode()).hexdigest(), source=f"doc{n + 1}.txt",
                              raw=raw, encoding="utf-8", clean_text=text, length=len(text),
                              offset_map=json.dumps({"kind": "identity", "length": len(text)}),
                              report=json.dumps({"removed": [], "flags": []}), cleaner_version="test",
                              group_key=f"g{n}")
        for start, end, label, score in _suggest(text):
            # stamped with the current version: the window recomputes older suggestions when it opens a document
            Suggestion.create(document=doc, start=start, end=end, label=label, text=text[start:end],
                              score=score, source="test", version=SUGGESTER_VERSION)
        ids.append(doc.id)
    return ids


@pytest.fixture
def project(tmp_path):
    from store import close_database

    target = str(tmp_path / "gui.sqlite")
    ids = build_project(target)
    yield target, ids
    close_database()


@pytest.fixture
def window(qtbot, project):
    from gui.main_window import MainWindow

    target, _ids = project
    win = MainWindow(target, "tester", language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.view.setFocus()
    return win


@pytest.fixture(autouse=True)
def _no_leftover_translators():
    """``gui.app.main`` installs the chosen language's translators on the one QApplication that all
    tests share; take them off after each test so that a window built later with language="en"
    shows English (test_app's demo start left Chinese messages for test_main_window)."""
    yield
    import gui.app as app_module
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for translator in app_module._translators:
            app.removeTranslator(translator)
    app_module._translators.clear()
