"""What each export format is, in words the window can translate.

The core's format registry describes formats in English (for the CLI and the dataset card); the
window shows these texts through Qt's translation files instead, so the export dialog speaks the
interface language. ``tests/gui/test_format_texts.py`` fails when a registered format has no text here.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ExportFormats"

DESCRIPTIONS: dict[str, str] = {
    "jsonl": QT_TRANSLATE_NOOP("ExportFormats", "JSON lines in the contract's shape (id, text, spans, meta)"),
    "bio": QT_TRANSLATE_NOOP("ExportFormats", "character-level BIO: one character and its tag per line, "
                                              "sentences split at 。！？；"),
    "bioes": QT_TRANSLATE_NOOP("ExportFormats", "character-level BIOES (S- for one-character entities, "
                                                "E- for the last character)"),
    "cluener": QT_TRANSLATE_NOOP("ExportFormats", "CLUENER2020 JSON lines (end offsets inclusive), "
                                                  "with the project's label codes"),
    "brat": QT_TRANSLATE_NOOP("ExportFormats", "brat standoff: a .txt and an .ann file per document, "
                                               "with annotation.conf"),
    "label-studio": QT_TRANSLATE_NOOP("ExportFormats", "Label Studio JSON tasks, with annotations and the "
                                                       "suggestions as predictions"),
    "spacy": QT_TRANSLATE_NOOP("ExportFormats", "spaCy DocBin files for spacy train, character or jieba "
                                                "tokens (needs spaCy)"),
}


def describe(name: str, fallback: str) -> str:
    """The translated description of format ``name``, or the core's text for a format unknown here."""
    source = DESCRIPTIONS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else fallback
