"""A rate over time: a step line through the versions, one dot per version coloured by its status
(plain QPainter; QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wage_remedy_ui.i18n import fmt_money
from wage_remedy_ui.labels import status_short

STATUS_COLORS = {"verified": "#1e7b34", "secondary": "#2f6db5", "derived": "#9a6700",
                 "unverified": "#b03a2e"}


@dataclass(frozen=True)
class Point:
    """A version of one cell: in force from ``start``; ``value`` None for a gap version."""

    start: dt.date
    value: Decimal | None
    status: str


@dataclass(frozen=True)
class _Plot:
    """The plotting area in pixels and the values at its bottom (``lo``) and top (``hi``)."""

    left: float
    right: float
    top: float
    bottom: float
    lo: Decimal
    hi: Decimal

    def y_of(self, v: Decimal) -> float:
        """Vertical position of the value ``v``."""
        return self.bottom - float((v - self.lo) / (self.hi - self.lo)) * (self.bottom - self.top)


class RateChart(QWidget):
    """Step chart of one rate cell across the table's versions, with the chosen date marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[Point] = []
        self.title = ""
        self.marker: dt.date | None = None
        self.reviewed_through: dt.date | None = None
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(500, 240)

    def set_series(self, title: str, points: list[Point], marker: dt.date | None = None,
                   reviewed_through: dt.date | None = None) -> None:
        """The cell's versions in date order, the date shown and the table's reviewed_through."""
        self.title, self.points, self.marker = title, points, marker
        self.reviewed_through = reviewed_through
        self.update()

    def _span(self) -> tuple[dt.date, dt.date]:
        first = self.points[0].start
        last = max([p.start for p in self.points] + [d for d in (self.marker, self.reviewed_through) if d])
        end = max(last + dt.timedelta(days=180), first + dt.timedelta(days=365))
        return first, end

    def x_of(self, day: dt.date, left: float, right: float) -> float:
        """Horizontal position of ``day`` (used by tests to check what is drawn where)."""
        first, end = self._span()
        return left + (right - left) * (day - first).days / max(1, (end - first).days)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        line_h = fm.height()
        text = self.palette().text().color()
        p.setPen(text)
        p.drawText(8, line_h, self.title)
        legend_y = line_h + 6
        self._draw_legend(p, legend_y)
        values = [pt.value for pt in self.points if pt.value is not None]
        if not values:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures to draw"))
            p.end()
            return
        top = legend_y + line_h + 10
        bottom = self.height() - line_h - 8
        lo, hi = min(values), max(values)
        pad = (hi - lo) * Decimal("0.1") or (hi * Decimal("0.05")) or Decimal(1)
        lo, hi = max(Decimal(0), lo - pad), hi + pad
        left = 10 + fm.horizontalAdvance(fmt_money(hi)) + 6
        plot = _Plot(left, self.width() - 12, top, bottom, lo, hi)
        self._draw_axes(p, plot)
        self._draw_reviewed(p, plot)
        self._draw_steps(p, plot)
        if self.marker is not None:
            mx = self.x_of(self.marker, plot.left, plot.right)
            p.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(mx, top), QPointF(mx, bottom))
        p.end()

    def _draw_legend(self, p: QPainter, legend_y: int) -> None:
        """A dot and the name of each status, in a row under the title."""
        fm = p.fontMetrics()
        line_h = fm.height()
        text = self.palette().text().color()
        x = 8
        for status in ("verified", "secondary", "derived", "unverified"):
            p.setBrush(QColor(STATUS_COLORS[status]))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(x + 5, legend_y + line_h / 2), 4, 4)
            p.setPen(text)
            name = status_short(status)  # in the interface language
            p.drawText(x + 12, legend_y + line_h - 3, name)
            x += 12 + fm.horizontalAdvance(name) + 14

    def _draw_axes(self, p: QPainter, plot: _Plot) -> None:
        """The two axes, the lowest and highest values, a tick and the number of each year."""
        line_h = p.fontMetrics().height()
        text = self.palette().text().color()
        left, right, bottom = plot.left, plot.right, plot.bottom
        grid = QPen(self.palette().mid().color())
        p.setPen(grid)
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        p.drawLine(QPointF(left, plot.top), QPointF(left, bottom))
        p.setPen(text)
        for v in (plot.lo, plot.hi):
            p.drawText(QRectF(0, plot.y_of(v) - line_h / 2, left - 4, line_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fmt_money(v))
        first, end = self._span()
        for year in range(first.year + 1, end.year + 1):
            xx = self.x_of(dt.date(year, 1, 1), left, right)
            p.setPen(grid)
            p.drawLine(QPointF(xx, bottom), QPointF(xx, bottom + 4))
            p.setPen(text)
            p.drawText(QRectF(xx - 30, bottom + 4, 60, line_h), Qt.AlignmentFlag.AlignHCenter, str(year))

    def _draw_reviewed(self, p: QPainter, plot: _Plot) -> None:
        """Beyond the reviewed-through date, hatched: nobody checked these dates."""
        if self.reviewed_through is None:
            return
        left, right, top = plot.left, plot.right, plot.top
        rx = self.x_of(self.reviewed_through, left, right)
        if rx < right:
            p.fillRect(QRectF(rx, top, right - rx, plot.bottom - top),
                       QColor(176, 58, 46, 28))
            p.setPen(QColor(STATUS_COLORS["unverified"]))
            # broken onto more lines in a narrow band rather than cut at the chart's edge
            high = 3 * p.fontMetrics().lineSpacing()  # at the band's foot: the line runs high
            p.drawText(QRectF(rx + 4, plot.bottom - high - 2, right - rx - 8, high),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap),
                       self.tr("after reviewed date"))

    def _draw_steps(self, p: QPainter, plot: _Plot) -> None:
        """The step line: each version's value until the next version (a gap: a dashed line)."""
        _first, end = self._span()
        left, right, y_of = plot.left, plot.right, plot.y_of
        for i, pt in enumerate(self.points):
            nxt = self.points[i + 1].start if i + 1 < len(self.points) else end
            x0, x1 = self.x_of(pt.start, left, right), self.x_of(nxt, left, right)
            if pt.value is None:
                p.setPen(QPen(QColor(STATUS_COLORS["unverified"]), 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x0, plot.top), QPointF(x0, plot.bottom))
                continue
            y = y_of(pt.value)
            p.setPen(QPen(QColor(STATUS_COLORS.get(pt.status, "#555")), 2))
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
            if i + 1 < len(self.points) and self.points[i + 1].value is not None:
                p.setPen(QPen(self.palette().mid().color(), 1))
                p.drawLine(QPointF(x1, y), QPointF(x1, y_of(self.points[i + 1].value)))  # type: ignore[arg-type]
            p.setBrush(QColor(STATUS_COLORS.get(pt.status, "#555")))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(x0, y), 4, 4)
