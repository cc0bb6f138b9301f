"""The annotation window: queue, cleaned text, suggestions; every decision saved the moment it is made.

Thin by design: each command is one call to ``annotate.ops`` (one transaction, one Action row) or
``annotate.queries``; the returned ``Changes`` says what to refresh, and only that is refreshed
(spans by id, one table row), never the whole document. Operations run on the GUI thread: they take
a few milliseconds on SQLite (measured in benchmarks/bench_gui.py), and running them synchronously
means that when the status bar says "saved" the row is committed. Long work (import, export,
segmentation) runs on worker threads (``gui.workers``).
"""
from __future__ import annotations

import importlib
import importlib.util
import time
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QMainWindow, QMenu, QMessageBox, QProgressBar, QSplitter, QStackedWidget,
                               QVBoxLayout, QWidget)

from annotate import ops, queries
from annotate.errors import InputError, PermissionDenied
from annotate.schema import Schema, project_schema
from annotate.spans import Changes
from gui import settings
from gui.actions import ACTIONS, CONTEXT, LABEL_ACTION_PREFIX, MENUS, ActionSpec
from gui.checkpoints import IdleCheckpointer
from gui.document_view import DocumentTextView
from gui.fonts import INSTALL_HINT, has_cjk_font
from gui.ime import install_ime_guard
from gui.legend import Legend
from gui.queue_panel import QueuePanel
from gui.suggestions_panel import SuggestionsPanel
from gui.word_boundaries import Snapper, word_boundaries
from gui.workers import Job

OPTIONAL_WINDOWS = {"open_review": "gui.review_window", "open_stats": "gui.stats_view"}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MainWindow(QMainWindow):
    """One project (database) and one annotator."""

    documentShown = Signal(int)
    languageRequested = Signal(str)

    def __init__(self, target: str, annotator: str, *, language: str = "zh_CN") -> None:
        super().__init__()
        self.target = target
        self.annotator = annotator
        # literal tr() calls so that lupdate finds them (it does not look inside f-strings)
        self.words = {"accept": self.tr("accept"), "reject": self.tr("reject"), "add": self.tr("add"),
                      "relabel": self.tr("relabel"), "delete": self.tr("delete"), "resize": self.tr("resize"),
                      "chars": self.tr("chars"), "Chinese entity annotation": self.tr("Chinese entity annotation")}
        self.language = language
        self.schema: Schema = project_schema()
        self.ime = install_ime_guard()
        self.document: queries.DocumentView | None = None
        self.snapper = Snapper(0)
        self._boundaries: dict[int, list[int]] = {}
        self._learned_seen: dict[int, object] = {}  # document -> when it was last brought up to what was learned
        self._word_job: Job | None = None
        self.last_op_seconds = 0.0
        self.raw_view = None
        self.actions_by_name: dict[str, QAction] = {}
        self.label_actions: dict[str, QAction] = {}
        self._child_windows: list[QWidget] = []
        self._error_shown = False
        self._queue_job: Job | None = None
        self._queue_again = False

        ops.ensure_annotator(annotator)
        # checkpoints of the WAL run on a worker when the user pauses, not inside a key's commit
        self.checkpointer = IdleCheckpointer(target, self)
        self._build_widgets()
        self._build_actions()
        self._update_title()
        self.resize(1400, 900)
        self.refresh_queue()
        first = queries.next_document(annotator) or (self.queue.model.rows[0].document_id
                                                     if self.queue.model.rows else None)
        if first is not None:
            self.open_document(first)
        else:
            self.statusBar().showMessage(self.tr("No documents yet: import some with File › Import (Ctrl+O)."))
        if settings.get("snap_words", False):
            self.actions_by_name["toggle_words"].setChecked(True)
        if not has_cjk_font():
            QTimer.singleShot(0, self._warn_no_cjk_font)

    # == building =================================================================================
    def _build_widgets(self) -> None:
        colors = {label.code: label.color for label in self.schema.labels}
        self.queue = QueuePanel(self)
        self.queue.documentChosen.connect(self.open_document)
        self.queue.filtersChanged.connect(self.refresh_queue)

        self.view = DocumentTextView(self)
        self.view.set_labels(colors)
        self.view.itemClicked.connect(self._item_clicked)
        self.view.selectionMade.connect(self._selection_made)
        self.view.menu_factory = self._context_menu
        self.doc_title = QLabel(self)
        self.doc_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.doc_progress = QProgressBar(self)
        self.doc_progress.setMaximumWidth(260)
        self.doc_progress.setFormat(self.tr("decided %v / %m"))
        self.doc_status = QLabel(self)
        header = QHBoxLayout()
        header.addWidget(self.doc_title, 1)
        header.addWidget(self.doc_status)
        header.addWidget(self.doc_progress)
        self.center_stack = QStackedWidget(self)
        self.center_stack.addWidget(self.view)
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addLayout(header)
        center_layout.addWidget(self.center_stack, 1)

        self.suggestions = SuggestionsPanel(self)
        self.suggestions.set_colors(colors)
        self.suggestions.suggestionSelected.connect(lambda sid: self.set_current("suggestion", sid))
        self.legend = Legend(self)
        self.legend.set_schema(self.schema, self.language)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.suggestions, 1)
        right_layout.addWidget(self.legend)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.queue)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 6)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([290, 700, 410])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.overall = QProgressBar(self)
        self.overall.setMaximumWidth(240)
        self.annotator_label = QLabel(self)
        self.snap_label = QLabel(self)
        bar = self.statusBar()
        bar.addPermanentWidget(self.snap_label)
        bar.addPermanentWidget(self.annotator_label)
        bar.addPermanentWidget(self.overall)
        self.annotator_label.setText(self.tr("Annotator: %1").replace("%1", self.annotator))
        self._update_snap_label()

    def _build_actions(self) -> None:
        menus: dict[str, QMenu] = {key: self.menuBar().addMenu(translate(text)) for key, text in MENUS.items()}
        self.menus = menus
        for spec in ACTIONS:
            if spec.name in OPTIONAL_WINDOWS and importlib.util.find_spec(OPTIONAL_WINDOWS[spec.name]) is None:
                continue  # the module is not installed: no menu entry
            action = self._make_action(spec, translate(spec.text), lambda _c=False, s=spec: self._trigger(s))
            menus[spec.menu].addAction(action)
            if spec.name == "clear_current":
                menus[spec.menu].addSeparator()
        if menus["review"].isEmpty():
            menus["review"].menuAction().setVisible(False)
        language_group = QActionGroup(self)
        for name in ("language_zh", "language_en"):
            act = self.actions_by_name[name]
            act.setCheckable(True)
            act.setChecked((name == "language_zh") == self.language.startswith("zh"))
            language_group.addAction(act)
        for label in self.schema.labels:
            name = f"{label.name_zh}" if self.language.startswith("zh") else label.name_en
            spec = ActionSpec(LABEL_ACTION_PREFIX + label.code, "", (label.hotkey,) if label.hotkey else (),
                              "labels", single_key=True)
            action = self._make_action(spec, f"{label.code}  {name}",
                                       lambda _c=False, s=spec, code=label.code: self._trigger(s, code))
            self.label_actions[label.code] = action
            menus["labels"].addAction(action)

    def _make_action(self, spec: ActionSpec, text: str, slot: Callable) -> QAction:
        action = QAction(text, self)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checkable)
        action.setProperty("single_key", spec.single_key)
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_by_name[spec.name] = action
        return action

    # == dispatch and guards ======================================================================
    def _trigger(self, spec: ActionSpec, *args: Any) -> None:
        """Run an action's handler unless a bare key would steal input from an IME or a text field."""
        if spec.single_key and (self.ime.composing() or self._text_field_has_focus()):
            return
        handler = getattr(self, "on_" + spec.name, None) if not args else self.on_label
        if handler is not None:
            handler(*args)

    @staticmethod
    def _text_field_has_focus() -> bool:
        widget = QApplication.focusWidget()
        return isinstance(widget, (QLineEdit, QAbstractSpinBox)) or (
            isinstance(widget, QComboBox) and widget.isEditable())

    def _run_op(self, describe: str, fn: Callable[..., Changes], **kwargs: Any) -> Changes | None:
        """One operation: one transaction; the status bar confirms the save after it returned."""
        started = time.perf_counter()
        try:
            changes = fn(annotator=self.annotator, **kwargs)
        except (InputError, PermissionDenied) as exc:
            self.show_error(str(exc))
            return None
        self.last_op_seconds = time.perf_counter() - started
        self.checkpointer.touch()
        if self._error_shown:  # restyling the status bar on every key press costs a repaint of it
            self.statusBar().setStyleSheet("")
            self._error_shown = False
        self.statusBar().showMessage(
            self.tr("Saved: %1").replace("%1", describe) + f"   ({self.last_op_seconds * 1000:.1f} ms)", 10000)
        return changes

    def show_error(self, message: str) -> None:
        self.statusBar().setStyleSheet("color: #b00020;")
        self._error_shown = True
        self.statusBar().showMessage(message, 15000)

    # == documents ================================================================================
    def refresh_queue(self) -> None:
        status, search = self.queue.filters()
        rows = queries.queue(self.annotator, status=status, search=search)
        self.queue.set_rows(rows, self.document.id if self.document else None)
        self._refresh_overall()

    def refresh_queue_in_background(self) -> None:
        """The queue and progress queries on a worker, the rows shown on the GUI thread: after an
        import the queue holds thousands of documents and the queries took 15-45 ms, enough with
        the repaint to stall the event loop past 60 ms."""
        if self._queue_job is not None and not self._queue_job.done:
            self._queue_again = True
            return
        status, search = self.queue.filters()
        annotator = self.annotator
        job = Job(lambda _reporter: (queries.queue(annotator, status=status, search=search),
                                     queries.progress(annotator)))

        def show(result: tuple) -> None:
            rows, stats = result
            self.queue.set_rows(rows, self.document.id if self.document else None)
            self._show_overall(stats)
            if self._queue_again:
                self._queue_again = False
                self.refresh_queue_in_background()

        job.succeeded.connect(show)
        job.failed.connect(self.show_error)
        self._queue_job = job.start()

    def _refresh_overall(self) -> None:
        self._show_overall(queries.progress(self.annotator))

    def _show_overall(self, stats: dict) -> None:
        total = max(stats.get("documents_total", 0), 1)
        finished = stats.get("documents_done", 0) + stats.get("documents_skipped", 0)
        self.overall.setMaximum(total)
        self.overall.setValue(min(finished, total))
        self.overall.setFormat(self.tr("documents %v / %m"))

    def open_document(self, document_id: int) -> None:
        """Show one document: one query, one setPlainText, highlights for the visible range only.

        First, what the project learned since the document's suggestions were made (accepted
        names, suppressions, edge conventions) is brought into them."""
        self._bring_learning(document_id)
        view = queries.document_view(document_id, self.annotator)
        self.document = view
        self.view.set_content(view.text, view.spans, view.suggestions)
        self.suggestions.set_suggestions(view.suggestions)
        self.snapper = Snapper(len(view.text), self._boundaries.get(view.id))
        if self.actions_by_name["toggle_words"].isChecked() and view.id not in self._boundaries:
            self._compute_words(view.id, view.text)
        self.doc_title.setText(f"<b>{view.source}</b>  <span style='color:#666'>#{view.id} · "
                               f"{len(view.text):,} {self.words['chars']}</span>")
        self._update_doc_progress()
        self.queue.mark_current(view.id)
        if self.raw_view is not None and self.center_stack.currentWidget() is self.raw_view:
            self.raw_view.show_document(view.id)
        self._update_title()
        first = self.suggestions.neighbour(None, +1, after_pos=0)
        if first is not None:
            self.set_current("suggestion", first)
        self.view.setFocus()
        self.documentShown.emit(view.id)

    def _bring_learning(self, document_id: int) -> None:
        from annotate.suggest.storage import refresh_on_open
        from store.db import run_write

        seen = self._learned_seen.get(document_id)
        try:
            changed, stamp = run_write(lambda: refresh_on_open(document_id, seen=seen))
        except Exception as exc:  # noqa: BLE001 - the document opens with the suggestions it has
            self.show_error(self.tr("Suggestions not updated: %1").replace("%1", str(exc)))
            return
        self._learned_seen[document_id] = stamp
        if changed:
            self.statusBar().showMessage(self.tr("Suggestions updated with what the project has learned"), 8000)

    def _update_title(self) -> None:
        name = self.document.source if self.document else ""
        self.setWindowTitle(f"{name} — {self.target} — {self.words['Chinese entity annotation']}")

    def _update_doc_progress(self) -> None:
        rows = self.suggestions.model.rows
        decided = len(rows) - self.suggestions.model.pending
        # QProgressBar.setValue repaints synchronously; with updates off it is painted with the frame
        self.doc_progress.setUpdatesEnabled(False)
        self.doc_progress.setMaximum(max(len(rows), 1))
        self.doc_progress.setValue(decided)
        self.doc_progress.setUpdatesEnabled(True)
        self.doc_progress.update()
        status = self.document.status if self.document else ""
        names = self.queue.model.status_names
        self.doc_status.setText(names.get(status, status))
        self.suggestions.update_count()

    # == current item =============================================================================
    def set_current(self, kind: str, item_id: int, *, scroll: bool = True) -> None:
        """Select a span or suggestion in both panels and scroll the text to it."""
        if not kind:
            self.suggestions.select(None)
            self.view.set_current(None)
            return
        data = (self.view.spans if kind == "span" else self.view.suggestions).get(item_id)
        if kind == "suggestion":
            self.suggestions.select(item_id)
        else:
            linked = data.get("suggestion") if data else None
            self.suggestions.select(linked)
        self.view.set_current((kind, item_id), scroll=scroll)

    def current(self) -> tuple[str, dict] | None:
        return self.view.current_item()

    def _item_clicked(self, kind: str, item_id: int) -> None:
        self.set_current(kind, item_id, scroll=False)

    def _selection_made(self, start: int, end: int) -> None:
        """Snap a mouse selection to characters or words as soon as it is made."""
        s, e = self.snapper.snap(start, end)
        if (s, e) != (start, end):
            self.view.select_range(s, e)
        self.view.current = None
        self.suggestions.select(None)
        self.view.refresh_highlights()

    # == applying changes =========================================================================
    def apply_changes(self, changes: Changes, *, decided: tuple[int, str | None] | None = None,
                      refresh: bool = True) -> None:
        """Refresh only what an operation changed: the spans it touched and one suggestion row."""
        if self.document is None or (changes.document_ids and self.document.id not in changes.document_ids):
            return
        if changes.spans:
            self._reload_spans(changes.span_ids)
        if decided is not None:
            self.suggestions.model.set_decision(*decided)
        elif changes.suggestions:
            self._reload_decisions()
        if changes.document_status:
            self._refresh_status()
        if refresh:
            self.view.refresh_highlights()
        self._update_doc_progress()
        self._update_queue_row()

    def _update_queue_row(self) -> None:
        """Keep the current document's row (span count, status) right without re-running the queue query."""
        import dataclasses

        model = self.queue.model
        row = model.row_of(self.document.id)
        if row is None:
            return
        old = model.rows[row]
        if self.document.status == "assigned":  # the first action starts the document (ops' rule)
            self.document = dataclasses.replace(self.document, status="in_progress")
            self.doc_status.setText(model.status_names["in_progress"])
        new = dataclasses.replace(old, spans=len(self.view.spans), status=self.document.status)
        if new != old:
            model.rows[row] = new
            model.dataChanged.emit(model.index(row, 0), model.index(row, model.columnCount() - 1))

    def _reload_spans(self, span_ids: tuple[int, ...]) -> None:
        from store.models import Annotator, Span

        who = Annotator.select(Annotator.id).where(Annotator.name == self.annotator)
        query = (Span.select(Span.id, Span.start, Span.end, Span.label, Span.origin, Span.suggestion, Span.note)
                 .where(Span.document == self.document.id, Span.annotator.in_(who)))
        if span_ids:
            rows = {r["id"]: r for r in query.where(Span.id.in_(list(span_ids))).dicts()}
            for span_id in span_ids:
                if span_id in rows:
                    self.view.spans.add(rows[span_id])
                else:
                    self.view.spans.remove(span_id)
        else:
            from gui.span_index import SpanIndex

            self.view.spans = SpanIndex(list(query.dicts()))
        if self.view.current and self.view.current[0] == "span" and self.view.current[1] not in self.view.spans:
            self.view.current = None

    def _reload_decisions(self) -> None:
        from store.models import Annotator, Suggestion, SuggestionDecision

        rows = dict(SuggestionDecision.select(SuggestionDecision.suggestion, SuggestionDecision.decision)
                    .join(Suggestion).switch(SuggestionDecision).join(Annotator)
                    .where(Suggestion.document == self.document.id, Annotator.name == self.annotator)
                    .tuples())
        for row in self.suggestions.model.rows:
            new = rows.get(row["id"])
            if row.get("decision") != new:
                self.suggestions.model.set_decision(row["id"], new)

    def _refresh_status(self) -> None:
        fresh = queries.queue(self.annotator)
        status = next((r.status for r in fresh if r.document_id == self.document.id), self.document.status)
        self.document = queries.DocumentView(self.document.id, self.document.source, self.document.text, status,
                                             self.document.spans, self.document.suggestions,
                                             self.document.cleaner_version, self.document.flags)
        self.refresh_queue()

    # == annotation commands ======================================================================
    def _label_name(self, code: str) -> str:
        for label in self.schema.labels:
            if label.code == code:
                return label.name_zh if self.language.startswith("zh") else label.name_en
        return code

    def _go_next(self, after_id: int | None, after_pos: int) -> None:
        nxt = self.suggestions.neighbour(after_id, +1, after_pos=after_pos)
        if nxt is not None:
            self.set_current("suggestion", nxt)
        else:
            self.set_current("", 0)
            self.statusBar().showMessage(self.statusBar().currentMessage() + "   · "
                                         + self.tr("No more suggestions in this document (Ctrl+D: done)."), 10000)

    def on_accept(self) -> None:
        item = self.current()
        if item is None:
            self._go_next(None, self.view.caret())
            return
        kind, data = item
        if kind == "suggestion" and data.get("decision") is None:
            changes = self._run_op(f"{self.words['accept']} {data['label']} {data['text']}", ops.accept_suggestion,
                                   suggestion_id=data["id"])
            if changes is None:
                return
            self.apply_changes(changes, decided=(data["id"], "accepted"), refresh=False)
        self._go_next(data["id"] if kind == "suggestion" else None, data["end"])

    def on_reject(self) -> None:
        item = self.current()
        if item is None:
            return
        kind, data = item
        if kind != "suggestion":
            self.show_error(self.tr("Reject works on suggestions; use Delete to remove a span."))
            return
        changes = self._run_op(f"{self.words['reject']} {data['label']} {data['text']}", ops.reject_suggestion,
                               suggestion_id=data["id"])
        if changes is None:
            return
        self.apply_changes(changes, decided=(data["id"], "rejected"), refresh=False)
        self._go_next(data["id"], data["end"])

    def on_next_item(self) -> None:
        cur = self.view.current
        self._go_next(cur[1] if cur and cur[0] == "suggestion" else None, self.view.caret())

    def on_previous_item(self) -> None:
        cur = self.view.current
        prev = self.suggestions.neighbour(cur[1] if cur and cur[0] == "suggestion" else None, -1)
        if prev is not None:
            self.set_current("suggestion", prev)

    def on_label(self, code: str) -> None:
        """A label hotkey: label the selected text, relabel the current span, or accept under ``code``."""
        if self.document is None:
            return
        selected = self.view.selection_range()
        if selected and selected[1] > selected[0]:
            start, end = self.snapper.snap(*selected)
            if not self.schema.allow_overlap and self.view.spans.overlapping(start, end):
                self.show_error(self.tr("The selection overlaps a span and this schema does not allow overlaps."))
                return
            text = self.document.text[start:end]
            changes = self._run_op(f"{self.words['add']} {code} {text}", ops.add_span, document_id=self.document.id,
                                   start=start, end=end, label=code)
            if changes is None:
                return
            self.view.clear_selection()
            self.apply_changes(changes)
            if changes.span_ids:
                self.set_current("span", changes.span_ids[0], scroll=False)
            return
        item = self.current()
        if item is None:
            self.show_error(self.tr("Select some text or a suggestion first, then press the label key."))
            return
        kind, data = item
        if kind == "suggestion":
            changes = self._run_op(f"{self.words['accept']} {code} {data['text']}", ops.accept_suggestion,
                                   suggestion_id=data["id"], label=code)
            if changes is not None:
                self.apply_changes(changes, decided=(data["id"], "accepted"))
                self._go_next(data["id"], data["end"])
            return
        if data["label"] == code:
            return
        text = self.document.text[data["start"]:data["end"]]
        changes = self._run_op(f"{self.words['relabel']} {data['label']} → {code} {text}", ops.relabel_span,
                               span_id=data["id"], label=code)
        if changes is not None:
            self.apply_changes(changes)

    def on_delete(self) -> None:
        item = self.current()
        if item is None:
            return
        kind, data = item
        if kind == "suggestion":
            self.on_reject()
            return
        text = self.document.text[data["start"]:data["end"]]
        changes = self._run_op(f"{self.words['delete']} {data['label']} {text}", ops.delete_span, span_id=data["id"])
        if changes is not None:
            linked = data.get("suggestion")
            self.apply_changes(changes)
            if linked is not None:
                self._reload_decisions()
            self.view.current = None
            self.view.refresh_highlights()

    # -- resizing ----------------------------------------------------------------------------------
    def _resize(self, edge: str, direction: int, words: bool) -> None:
        item = self.current()
        snapper = self.snapper if words and self.snapper.words else (
            Snapper(self.snapper.length, self._boundaries.get(self.document.id)) if words and self.document
            else Snapper(self.snapper.length))
        if words and not snapper.words:
            if self.document is not None:
                self._boundaries[self.document.id] = word_boundaries(self.document.text)
                snapper = Snapper(len(self.document.text), self._boundaries[self.document.id])
        if item is None:
            # no current item: the keys extend the text selection (snapped), as in any editor
            caret = self.view.caret()
            anchor = self.view.anchor()
            new = snapper.step(caret, direction)
            a, b = self.view.qt_range(anchor, new)
            cursor = self.view.textCursor()
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            self.view.setTextCursor(cursor)
            return
        kind, data = item
        start, end = data["start"], data["end"]
        if edge == "end":
            end = snapper.step(end, direction)
        else:
            start = snapper.step(start, direction)
        if not 0 <= start < end <= len(self.document.text) or (start, end) == (data["start"], data["end"]):
            return
        if kind == "suggestion":
            # resizing a suggestion accepts it first, then corrects the new span's bounds
            changes = self._run_op(f"{self.words['accept']} {data['label']} {data['text']}", ops.accept_suggestion,
                                   suggestion_id=data["id"])
            if changes is None:
                return
            self.apply_changes(changes, decided=(data["id"], "accepted"))
            span_ids = [sid for sid in changes.span_ids if sid in self.view.spans]
            if not span_ids:
                return
            data = self.view.spans.get(span_ids[0])
        text = self.document.text[start:end]
        changes = self._run_op(f"{self.words['resize']} {data['label']} {text}", ops.resize_span, span_id=data["id"],
                               start=start, end=end)
        if changes is not None:
            self.apply_changes(changes)
            self.set_current("span", data["id"], scroll=False)

    def on_grow_end(self) -> None:
        self._resize("end", +1, False)

    def on_shrink_end(self) -> None:
        self._resize("end", -1, False)

    def on_grow_start(self) -> None:
        self._resize("start", -1, False)

    def on_shrink_start(self) -> None:
        self._resize("start", +1, False)

    def on_grow_end_word(self) -> None:
        self._resize("end", +1, True)

    def on_shrink_end_word(self) -> None:
        self._resize("end", -1, True)

    def on_grow_start_word(self) -> None:
        self._resize("start", -1, True)

    def on_shrink_start_word(self) -> None:
        self._resize("start", +1, True)

    # -- undo / redo -------------------------------------------------------------------------------
    def _reverse(self, fn: Callable[..., Changes], word: str) -> None:
        if self.document is None:
            return
        changes = self._run_op(word, fn, document_id=self.document.id)
        if changes is None:
            return
        if changes.action_id is None and not changes.span_ids:
            self.statusBar().showMessage(self.tr("Nothing to %1.").replace("%1", word), 5000)
            return
        if changes.spans:
            self._reload_spans(changes.span_ids)
        self._reload_decisions()
        if changes.document_status:
            self._refresh_status()
        self.view.refresh_highlights()
        self._update_doc_progress()
        if changes.span_ids and changes.span_ids[0] in self.view.spans:
            self.set_current("span", changes.span_ids[0])
        self.view.viewport().update()

    def on_undo(self) -> None:
        self._reverse(ops.undo, self.tr("undo"))

    def on_redo(self) -> None:
        self._reverse(ops.redo, self.tr("redo"))

    def on_clear_current(self) -> None:
        self.view.clear_selection()
        self.set_current("", 0)

    # -- document status ---------------------------------------------------------------------------
    def _set_status(self, status: str, word: str) -> None:
        if self.document is None:
            return
        doc_id = self.document.id
        changes = self._run_op(f"{word} {self.document.source}", ops.set_document_status, document_id=doc_id,
                               status=status)
        if changes is None:
            return
        self.refresh_queue()
        nxt = queries.next_document(self.annotator, after=doc_id)
        if nxt is not None and nxt != doc_id:
            self.open_document(nxt)
        else:
            self._refresh_status()
            self._update_doc_progress()
            self.statusBar().showMessage(self.statusBar().currentMessage() + "   · "
                                         + self.tr("All documents are done or skipped."), 10000)

    def on_mark_done(self) -> None:
        self._set_status("done", self.tr("done"))

    def on_mark_skipped(self) -> None:
        self._set_status("skipped", self.tr("skipped"))

    def _step_document(self, step: int) -> None:
        rows = self.queue.model.rows
        if not rows:
            return
        ids = [r.document_id for r in rows]
        if self.document is None or self.document.id not in ids:
            self.open_document(ids[0])
            return
        i = ids.index(self.document.id) + step
        if 0 <= i < len(ids):
            self.open_document(ids[i])

    def on_next_document(self) -> None:
        self._step_document(+1)

    def on_previous_document(self) -> None:
        self._step_document(-1)

    def on_find_document(self) -> None:
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    # == view toggles =============================================================================
    def on_toggle_words(self) -> None:
        on = self.actions_by_name["toggle_words"].isChecked()
        settings.put("snap_words", on)
        if on and self.document is not None:
            if self.document.id in self._boundaries:
                self.snapper = Snapper(len(self.document.text), self._boundaries[self.document.id])
            else:
                self._compute_words(self.document.id, self.document.text)
        elif not on:
            self.snapper = Snapper(self.snapper.length)
        self._update_snap_label()

    def _compute_words(self, document_id: int, text: str) -> None:
        """jieba on a worker thread: about a second for 200,000 characters, so never on the GUI thread."""
        job = Job(lambda reporter: word_boundaries(text), self)

        def done(bounds: list[int]) -> None:
            self._boundaries[document_id] = bounds
            if (self.document is not None and self.document.id == document_id
                    and self.actions_by_name["toggle_words"].isChecked()):
                self.snapper = Snapper(len(text), bounds)
            self._update_snap_label()

        job.succeeded.connect(done)
        job.failed.connect(self.show_error)
        self._word_job = job.start()
        self.snap_label.setText(self.tr("Segmenting words…"))

    def _update_snap_label(self) -> None:
        self.snap_label.setText(self.tr("Snap: words") if self.snapper.words else self.tr("Snap: characters"))

    def on_toggle_raw(self) -> None:
        on = self.actions_by_name["toggle_raw"].isChecked()
        if on:
            if self.raw_view is None:
                from gui.raw_view import RawView

                self.raw_view = RawView(self)
                self.center_stack.addWidget(self.raw_view)
            if self.document is not None:
                self.raw_view.show_document(self.document.id)
            self.center_stack.setCurrentWidget(self.raw_view)
        else:
            self.center_stack.setCurrentWidget(self.view)
            self.view.setFocus()

    def on_language_zh(self) -> None:
        self._switch_language("zh_CN")

    def on_language_en(self) -> None:
        self._switch_language("en")

    def _switch_language(self, language: str) -> None:
        if language != self.language:
            settings.put("language", language)
            self.languageRequested.emit(language)

    # == dialogs ==================================================================================
    def on_import_files(self) -> None:
        from gui.dialogs import ImportDialog

        dialog = ImportDialog(self, self.annotator)
        dialog.finishedImport.connect(lambda _report: self.refresh_queue_in_background())
        self.import_dialog = dialog
        dialog.open()

    def on_export(self) -> None:
        from gui.dialogs import ExportDialog

        self.export_dialog = ExportDialog(self, self.annotator)
        self.export_dialog.open()

    def on_open_database(self) -> None:
        from gui.dialogs import choose_database

        target = choose_database(self)
        if target:
            self.languageRequested.emit(f"db:{target}")

    def on_quit(self) -> None:
        self.close()

    def _open_optional(self, module_name: str) -> None:
        module = importlib.import_module(module_name)
        opener = getattr(module, "open_window", None)
        if opener is None:
            self.show_error(f"{module_name} has no open_window(parent, annotator)")
            return
        window = opener(self, self.annotator)
        if window is not None:
            self._child_windows.append(window)

    def on_open_review(self) -> None:
        self._open_optional(OPTIONAL_WINDOWS["open_review"])

    def on_open_stats(self) -> None:
        self._open_optional(OPTIONAL_WINDOWS["open_stats"])

    def on_show_shortcuts(self) -> None:
        lines = []
        for spec in ACTIONS:
            action = self.actions_by_name.get(spec.name)
            if action is not None and spec.shortcuts:
                keys = ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                                 for s in spec.shortcuts)
                lines.append(f"<tr><td><b>{keys}</b></td><td>{action.text().replace('&', '')}</td></tr>")
        for label in self.schema.labels:
            if label.hotkey:
                lines.append(f"<tr><td><b>{label.hotkey}</b></td><td>{label.code} {self._label_name(label.code)}"
                             f"</td></tr>")
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "<table cellspacing=6>" + "".join(lines)
                                + "</table>")

    def on_about(self) -> None:
        from annotate import __version__

        QMessageBox.about(self, self.tr("About"), self.tr("Chinese entity annotation, version %1.\nDatabase: %2")
                          .replace("%1", __version__).replace("%2", self.target))

    def _warn_no_cjk_font(self) -> None:
        message = self.tr("No Chinese (CJK) font is installed: Chinese text will show as boxes. Install one, "
                          "for example:") + "\n" + INSTALL_HINT
        self.show_error(message.replace("\n", "  "))
        if not settings.get("cjk_warning_shown", False):
            settings.put("cjk_warning_shown", True)
            QMessageBox.warning(self, self.tr("No Chinese font"), message)

    def _context_menu(self, pos: int) -> QMenu:
        menu = QMenu(self)
        for name in ("accept", "reject", "delete"):
            menu.addAction(self.actions_by_name[name])
        sub = menu.addMenu(translate(MENUS["labels"]).replace("&", ""))
        for action in self.label_actions.values():
            sub.addAction(action)
        menu.addSeparator()
        menu.addAction(self.actions_by_name["undo"])
        return menu

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        for window in self._child_windows:
            window.close()
        self.checkpointer.close()
        super().closeEvent(event)
