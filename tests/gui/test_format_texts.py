"""The export dialog describes every registered format in the interface language."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotate.exports import FORMATS
from gui.app import install_translations
from gui.format_texts import DESCRIPTIONS, describe


def test_every_registered_format_has_a_translatable_description():
    assert set(FORMATS) == set(DESCRIPTIONS)


def test_descriptions_follow_the_interface_language(qtbot):
    app = QApplication.instance()
    try:
        install_translations(app, "zh_CN")
        assert describe("bio", "fallback").startswith("字级 BIO")
        install_translations(app, "en")
        assert describe("bio", "fallback").startswith("character-level BIO")
        assert describe("no-such-format", "the core's text") == "the core's text"
    finally:
        install_translations(app, "en")
