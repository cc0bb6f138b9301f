"""Statistics view: progress over time, spans per label, agreement per label, drawn with QPainter.

QtCharts lives in PySide6-Addons, which the project does not install; two small painted charts keep
the dependency list short. Figures come from annotate.stats (the same numbers as ``annotate stats``), computed on a worker
thread so that a large project's agreement figures never freeze the window.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotate import stats
from gui.workers import Job


class BarChart(QWidget):
    """Horizontal bars with their values; ``values`` maps a category to a number (None = no data)."""

    def __init__(self, title: str, parent: Optional[QWidget] = None, *, color: str = "#4a7bd0",
                 fmt: str = "{:g}") -> None:
        super().__init__(parent)
        self.title, self.color, self.fmt = title, QColor(color), fmt
        self.values: dict[str, Optional[float]] = {}
        self.setMinimumHeight(160)

    def set_values(self, values: dict[str, Optional[float]]) -> None:
        self.values = dict(values)
        self.setMinimumHeight(40 + 22 * max(1, len(self.values)))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.values:
            p.drawText(QRectF(0, 24, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self.tr("(no data)"))
            return
        top = max([v for v in self.values.values() if v] or [1])
        left, right = 110, 60
        for i, (k, v) in enumerate(self.values.items()):
            y = 26 + i * 22
            p.drawText(QRectF(0, y, left - 6, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, k)
            w = 0 if not v else (self.width() - left - right) * v / top
            p.fillRect(QRectF(left, y + 2, w, 14), self.color)
            label = "–" if v is None else self.fmt.format(v)
            p.drawText(QRectF(left + w + 4, y, right, 18), Qt.AlignmentFlag.AlignVCenter, label)


class LineChart(QWidget):
    """A cumulative line over days: ``points`` are (day, value) in order."""

    def __init__(self, title: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.title = title
        self.points: list[tuple[str, float]] = []
        self.setMinimumHeight(180)

    def set_points(self, points: list[tuple[str, float]]) -> None:
        self.points = list(points)
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.points:
            p.drawText(QRectF(0, 24, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self.tr("(no data)"))
            return
        area = QRectF(40, 26, self.width() - 60, self.height() - 50)
        p.setPen(QPen(QColor("#999")))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())
        top = max(v for _, v in self.points) or 1
        n = len(self.points)
        xy = [QPointF(area.left() + (area.width() * i / max(1, n - 1) if n > 1 else area.width() / 2),
                      area.bottom() - area.height() * v / top) for i, (_, v) in enumerate(self.points)]
        p.setPen(QPen(QColor("#d0604a"), 2))
        for a, b in zip(xy, xy[1:]):
            p.drawLine(a, b)
        for pt in xy:
            p.drawEllipse(pt, 3, 3)
        p.setPen(QPen(QColor("#333")))
        p.drawText(QRectF(0, area.top() - 6, 38, 14), Qt.AlignmentFlag.AlignRight, f"{top:g}")
        p.drawText(QRectF(area.left(), area.bottom() + 4, 120, 16), Qt.AlignmentFlag.AlignLeft, self.points[0][0])
        p.drawText(QRectF(area.right() - 120, area.bottom() + 4, 120, 16), Qt.AlignmentFlag.AlignRight,
                   self.points[-1][0])


def compute(_reporter=None) -> dict:
    """Everything the view shows, read from the database: runs on a worker thread (``gui.workers``),
    because per-label agreement compares every annotator pair on every shared document and grows
    with the project; the GUI thread only draws the result."""
    return {"project": stats.project_stats(), "series": stats.progress_series(),
            "agreement": stats.agreement_by_label()}


class StatsView(QWidget):
    """Project statistics with charts; ``refresh`` recomputes them on a worker thread and emits
    ``refreshed`` when the charts show the new figures."""

    refreshed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Statistics"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = LineChart(self.tr("Documents finished (cumulative)"))
        self.spans_chart = LineChart(self.tr("Spans created (cumulative)"))
        self.labels = BarChart(self.tr("Spans per label"))
        self.agreement = BarChart(self.tr("Agreement per label (exact span F1)"), color="#5aa05a", fmt="{:.2f}")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.refresh_button)
        layout.addLayout(head)
        row = QHBoxLayout()
        row.addWidget(self.progress)
        row.addWidget(self.spans_chart)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.labels)
        row2.addWidget(self.agreement)
        layout.addLayout(row2)
        self.resize(900, 600)
        self.data: dict = {}
        self.job: Optional[Job] = None
        self.refresh()

    def refresh(self) -> None:
        if self.job is not None and not self.job.done:
            return  # one computation at a time; its result is the fresh one
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Computing the statistics…"))
        self.job = Job(compute)  # no parent: closing the view must not destroy a running thread
        self.job.succeeded.connect(self.show_figures)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(self.tr("The statistics could not be computed: %1").replace("%1", message))

    def show_figures(self, figures: dict) -> None:
        """Draw figures computed by ``compute`` (GUI thread)."""
        data = figures["project"]
        self.data = data
        self.refresh_button.setEnabled(True)
        self.summary.setText(
            self.tr("Documents: %1 · suggestions: %2 · spans: %3 (gold %4)")
            .replace("%1", str(data["documents"])).replace("%2", str(data["suggestions"]))
            .replace("%3", str(data["spans"]["total"])).replace("%4", str(data["spans"]["by_status"]["gold"])))
        done = spans = 0
        docs_points, span_points = [], []
        for day, finished, created in figures["series"]:
            done += finished
            spans += created
            docs_points.append((day, done))
            span_points.append((day, spans))
        self.progress.set_points(docs_points)
        self.spans_chart.set_points(span_points)
        self.labels.set_values(data["spans"]["by_label"])
        self.agreement.set_values(figures["agreement"])
        self.refreshed.emit()


def open_window(parent: Optional[QWidget], annotator: str) -> StatsView:
    """Entry point for the main window's menu (the view is open to every role)."""
    view = StatsView(parent)
    view.setWindowFlag(Qt.WindowType.Window, True)
    view.show()
    return view
