"""Every command of the window, as data: name → text, shortcuts, menu, and whether it is a bare key.

One table instead of scattered ``QAction`` set-up, so the menus, the shortcut help and the tests read
the same source. Bare keys (letters, digits, Enter, Backspace, Delete) are ``single_key``: they never
fire while an input method is composing (see ``gui.ime``) nor while a text field has the focus.

Key choices (documented in docs/gui.md):
- Accept = Enter or A; reject = X or Backspace: the two most frequent decisions sit under one hand.
  Space is left alone (it scrolls in the text view and confirms IME candidates).
- J / K = next / previous suggestion (Vim-like, no clash with the caret keys in the text).
- 1–9, 0 = the schema's label hotkeys: label the selected text, relabel the current span, or accept
  the current suggestion under that label.
- Shift+←/→ move the end of the current span by a character, Alt+Shift+←/→ its start;
  Ctrl adds "by a word" (jieba words). With no current item they extend the text selection instead.
- Ctrl+D done, Ctrl+K skip (both go on to the next document), Ctrl+N / Ctrl+PgDown next document.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    name: str  # also the handler: MainWindow.on_<name>
    text: str  # English source text, translated in context "Actions"
    shortcuts: tuple[str, ...]
    menu: str
    single_key: bool = False
    checkable: bool = False


MENUS: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "annotate": QT_TRANSLATE_NOOP("Actions", "&Annotate"),
    "labels": QT_TRANSLATE_NOOP("Actions", "&Label"),
    "document": QT_TRANSLATE_NOOP("Actions", "&Document"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "review": QT_TRANSLATE_NOOP("Actions", "&Review"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("import_files", QT_TRANSLATE_NOOP("Actions", "Import documents…"), ("Ctrl+O",), "file"),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "Export annotations…"), ("Ctrl+E",), "file"),
    ActionSpec("open_database", QT_TRANSLATE_NOOP("Actions", "Open database…"), ("Ctrl+Shift+O",), "file"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), ("Ctrl+Q",), "file"),

    ActionSpec("accept", QT_TRANSLATE_NOOP("Actions", "Accept suggestion"), ("Return", "A"), "annotate", True),
    ActionSpec("reject", QT_TRANSLATE_NOOP("Actions", "Reject suggestion"), ("X", "Backspace"), "annotate", True),
    ActionSpec("next_item", QT_TRANSLATE_NOOP("Actions", "Next suggestion"), ("J",), "annotate", True),
    ActionSpec("previous_item", QT_TRANSLATE_NOOP("Actions", "Previous suggestion"), ("K",), "annotate", True),
    ActionSpec("delete", QT_TRANSLATE_NOOP("Actions", "Delete span"), ("Delete",), "annotate", True),
    ActionSpec("grow_end", QT_TRANSLATE_NOOP("Actions", "End one character right"), ("Shift+Right",), "annotate"),
    ActionSpec("shrink_end", QT_TRANSLATE_NOOP("Actions", "End one character left"), ("Shift+Left",), "annotate"),
    ActionSpec("grow_start", QT_TRANSLATE_NOOP("Actions", "Start one character left"), ("Alt+Shift+Left",), "annotate"),
    ActionSpec("shrink_start", QT_TRANSLATE_NOOP("Actions", "Start one character right"), ("Alt+Shift+Right",), "annotate"),
    ActionSpec("grow_end_word", QT_TRANSLATE_NOOP("Actions", "End one word right"), ("Ctrl+Shift+Right",), "annotate"),
    ActionSpec("shrink_end_word", QT_TRANSLATE_NOOP("Actions", "End one word left"), ("Ctrl+Shift+Left",), "annotate"),
    ActionSpec("grow_start_word", QT_TRANSLATE_NOOP("Actions", "Start one word left"), ("Ctrl+Alt+Shift+Left",), "annotate"),
    ActionSpec("shrink_start_word", QT_TRANSLATE_NOOP("Actions", "Start one word right"), ("Ctrl+Alt+Shift+Right",), "annotate"),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "Undo"), ("Ctrl+Z",), "annotate"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), "annotate"),
    ActionSpec("clear_current", QT_TRANSLATE_NOOP("Actions", "Clear selection"), ("Escape",), "annotate"),

    ActionSpec("mark_done", QT_TRANSLATE_NOOP("Actions", "Document done"), ("Ctrl+D",), "document"),
    ActionSpec("mark_skipped", QT_TRANSLATE_NOOP("Actions", "Skip document"), ("Ctrl+K",), "document"),
    ActionSpec("next_document", QT_TRANSLATE_NOOP("Actions", "Next document"), ("Ctrl+N", "Ctrl+PgDown"), "document"),
    ActionSpec("previous_document", QT_TRANSLATE_NOOP("Actions", "Previous document"), ("Ctrl+P", "Ctrl+PgUp"), "document"),
    ActionSpec("find_document", QT_TRANSLATE_NOOP("Actions", "Search documents"), ("Ctrl+F",), "document"),

    ActionSpec("toggle_raw", QT_TRANSLATE_NOOP("Actions", "Show raw text and cleaning report"), ("Ctrl+R",), "view",
               checkable=True),
    ActionSpec("toggle_words", QT_TRANSLATE_NOOP("Actions", "Snap to words (jieba)"), ("Ctrl+J",), "view",
               checkable=True),
    ActionSpec("language_zh", QT_TRANSLATE_NOOP("Actions", "中文界面"), (), "view"),
    ActionSpec("language_en", QT_TRANSLATE_NOOP("Actions", "English interface"), (), "view"),

    ActionSpec("open_review", QT_TRANSLATE_NOOP("Actions", "Review window…"), ("Ctrl+Shift+R",), "review"),
    ActionSpec("open_stats", QT_TRANSLATE_NOOP("Actions", "Statistics…"), ("Ctrl+Shift+S",), "review"),

    ActionSpec("show_shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), ("F1",), "help"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "About"), (), "help"),
)

#: hotkey → action name for the label actions, built from the schema at run time
LABEL_ACTION_PREFIX = "label_"
