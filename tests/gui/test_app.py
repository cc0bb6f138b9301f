"""Start-up: arguments, remembered annotator, demo project opened through a worker."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from gui import settings
from gui.app import build_parser


def test_arguments():
    args = build_parser().parse_args(["--db", "x.sqlite", "--lang", "en", "--annotator", "li"])
    assert (args.db, args.lang, args.annotator, args.demo) == ("x.sqlite", "en", "li", False)
    assert build_parser().parse_args(["--demo"]).demo


def test_settings_are_remembered_in_the_user_folder(_isolated_home):
    settings.put("annotator", "王芳")
    assert settings.get("annotator") == "王芳"
    assert (_isolated_home / settings.FILE_NAME).is_file()


def test_demo_opens_the_window_on_the_samples(qtbot):
    from annotate.demo import demo_target
    from gui.startup import StartupController
    from store import close_database

    controller = StartupController(QApplication.instance(), "tester", "en")
    try:
        controller.open_demo()
        qtbot.waitUntil(lambda: controller.window is not None, timeout=60000)
        window = controller.window
        qtbot.addWidget(window)
        assert window.target == demo_target()
        assert window.document is not None and len(window.queue.model.rows) >= 5
        assert demo_target() in window.windowTitle()
        # the cleaner's and suggesters' data are loaded on a worker once the window is up
        qtbot.waitUntil(lambda: controller.warm_job.done, timeout=60000)
        assert controller.warm_job.error is None
    finally:
        close_database()
