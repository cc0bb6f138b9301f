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


def test_demo_without_a_known_annotator_does_not_ask(monkeypatch):
    """`annotate-gui --demo` must open on a machine where nobody answers a name dialog."""
    import gui.app as app_module
    from gui.startup import StartupController

    def no_dialog(app):
        raise AssertionError("the demo asked for a name")

    opened = []
    monkeypatch.setattr(app_module, "ask_annotator", no_dialog)
    monkeypatch.setattr(StartupController, "open_demo", lambda self: opened.append(self.annotator))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.main(["--demo"]) == 0
    assert opened == ["demo"]
    assert settings.get("annotator") is None  # the demo name is not remembered for real projects
