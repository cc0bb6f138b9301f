"""``annotate-gui``: start the window on a database (``--db``), or on the demo project (``--demo``).

Start-up order: Qt application → translations (Simplified Chinese by default) → CJK font check →
annotator identity (``--annotator`` or a remembered name, else a dialog) → database → window.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from annotate.paths import resource
from gui import settings

LANGUAGES = ("zh_CN", "en")
_translators: list[QTranslator] = []


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="annotate-gui", description="Annotate entities in Chinese documents.")
    p.add_argument("--db", metavar="TARGET", help="SQLite file or postgresql:// URL (default: $ANNOTATE_DB, "
                                                  "else the per-user database)")
    p.add_argument("--demo", action="store_true", help="open (creating it first) the demo project on the "
                                                       "shipped sample documents")
    p.add_argument("--lang", choices=LANGUAGES, help="interface language (default: zh_CN, or the last chosen)")
    p.add_argument("--annotator", metavar="NAME", help="annotator name (default: the remembered one)")
    return p


def install_translations(app: QApplication, language: str) -> None:
    """Load our .qm (and Qt's own for standard dialogs); English is the source language."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"annotate_{language}.qm"))):
        app.installTranslator(ours)
        _translators.append(ours)
    if language.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return
    QLocale.setDefault(QLocale(language))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)


def ask_annotator(app: QApplication) -> str | None:
    """The annotator's name: remembered from last time, else asked once."""
    remembered = settings.get("annotator")
    name, ok = QInputDialog.getText(None, QCoreApplication.translate("Startup", "Annotator"),
                                    QCoreApplication.translate("Startup", "Your name (recorded with every decision):"),
                                    QLineEdit.EchoMode.Normal, remembered or "")
    name = name.strip()
    if not ok or not name:
        return None
    settings.put("annotator", name)
    return name


def resolve_target(args: argparse.Namespace) -> str:
    from annotate.paths import default_database

    return args.db or os.environ.get("ANNOTATE_DB") or default_database()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("annotate-zh")
    language = args.lang or settings.get("language") or "zh_CN"
    install_translations(app, language)

    annotator = args.annotator or (settings.get("annotator") if settings.get("annotator") else None)
    remember = True
    if annotator is None and args.demo:
        # the demo opens straight away (also on a machine nobody watches); the name is asked on
        # the first real project
        from annotate.demo import DEMO_ANNOTATOR

        annotator, remember = DEMO_ANNOTATOR, False
    elif annotator is None:
        annotator = ask_annotator(app)
        if annotator is None:
            return 1
    if remember:
        settings.put("annotator", annotator)

    from gui.startup import StartupController

    controller = StartupController(app, annotator, language)
    if args.demo:
        controller.open_demo()
    else:
        try:
            controller.open_target(resolve_target(args))
        except Exception as exc:  # a database that cannot be opened: say so, do not crash
            QMessageBox.critical(None, QCoreApplication.translate("Startup", "Cannot open the database"), str(exc))
            return 2
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
