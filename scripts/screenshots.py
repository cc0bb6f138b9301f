"""Render the README screenshots: main window, raw/clean view, review window and the export dialog, on the demo project.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Uses a throw-away ANNOTATE_HOME so the demo database is built fresh from resources/samples, makes a
few decisions so accepted spans, pending suggestions and the current-item chip all show, has two
annotators finish another document with some differences (through ``annotate.ops``) for the review
window, and saves 1400x900 PNGs. Needs a CJK font (fonts-noto-cjk) or the text renders as boxes; the script refuses
to write screenshots without one.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


ANNOTATORS = ("标注员甲", "标注员乙")
REVIEWER = "审核员"


def make_review_data(document_id: int) -> None:
    """Two annotators' finished versions of one document through ``annotate.ops``: they accept the
    same first suggestions except that the second rejects one, shortens one and relabels one, so
    the review shows agreed (gold) spans and open conflicts."""
    from annotate import ops, review
    from annotate.queries import document_view

    suggestions = document_view(document_id, ANNOTATORS[0]).suggestions[:14]
    for name in ANNOTATORS:
        for i, suggestion in enumerate(suggestions):
            if name == ANNOTATORS[1] and i == 3:
                ops.reject_suggestion(annotator=name, suggestion_id=suggestion["id"])
                continue
            changes = ops.accept_suggestion(annotator=name, suggestion_id=suggestion["id"])
            if name != ANNOTATORS[1] or not changes.span_ids:
                continue
            span_id = changes.span_ids[0]
            if i == 5 and suggestion["end"] - suggestion["start"] > 2:
                ops.resize_span(annotator=name, span_id=span_id, start=suggestion["start"],
                                end=suggestion["end"] - 1)
            elif i == 8:
                other = "LOC" if suggestion["label"] == "ORG" else "ORG"
                ops.relabel_span(annotator=name, span_id=span_id, label=other)
        ops.set_document_status(annotator=name, document_id=document_id, status="done")
    review.ensure_reviewer(REVIEWER)
    review.add_comment(author=REVIEWER, document_id=document_id, body="第二位标注员的边界需要再看一下")


def grab_review(app, grab, candidates: list[int]) -> None:
    """The review window on a document two annotators finished, one conflict current."""
    from gui.review_window import ReviewWindow

    make_review_data(candidates[0])
    review_window = ReviewWindow(REVIEWER, document_id=candidates[0])
    review_window.resize(1400, 900)
    review_window.show()
    for _ in range(3):
        app.processEvents()
    grab(review_window, "review_window.png")
    review_window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args()
    os.environ["ANNOTATE_HOME"] = tempfile.mkdtemp(prefix="annotate_shots_")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.fonts import has_cjk_font

    if not has_cjk_font():
        print("screenshots: no CJK font installed (apt install fonts-noto-cjk); refusing to render boxes",
              file=sys.stderr)
        return 2
    from annotate.demo import open_demo_project
    from annotate.queries import queue
    from gui.app import install_translations
    from gui.main_window import MainWindow

    install_translations(app, args.lang)
    target = open_demo_project()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    window = MainWindow(target, "演示标注员", language=args.lang)
    window.resize(1400, 900)
    window.show()
    rows = queue("演示标注员")
    # the document with the most suggestions makes the richest picture
    richest = max(rows, key=lambda r: r.length)
    window.open_document(richest.document_id)
    for _ in range(4):
        window.on_accept()
    window.on_reject()
    window.on_accept()
    app.processEvents()

    def grab(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        print(f"wrote {path}")

    grab(window, "main_window.png")
    window.actions_by_name["toggle_raw"].setChecked(True)
    window.on_toggle_raw()
    grab(window, "raw_clean_view.png")
    window.actions_by_name["toggle_raw"].setChecked(False)
    window.on_toggle_raw()

    # the next document in queue order (the demo's dirtiest samples come later)
    grab_review(app, grab, [r.document_id for r in rows if r.document_id != richest.document_id])

    window.on_export()
    dialog = window.export_dialog
    dialog.out.setText(str(Path(tempfile.gettempdir()) / "annotate-export"))
    dialog.split.setText("80/10/10")
    grab(dialog, "export_dialog.png")
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
