"""A bar chart of due against paid per pay period (plain QPainter; QtCharts is not needed)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wage_remedy_ui.i18n import fmt_money

DUE_COLOR = QColor("#2f6db5")
PAID_COLOR = QColor("#3a9a5b")
UNPAID_COLOR = QColor("#c0392b")


class DuePaidChart(QWidget):
    """Two bars per period: due (blue) and paid (green); the selected period is outlined."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.periods: list[tuple[str, Decimal, Decimal]] = []
        self.legend: tuple[str, str] | None = None  # the two series' names (default: due, paid)
        self.selected = -1
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(400, 180)

    def set_periods(self, periods: list[tuple[str, Decimal, Decimal]]) -> None:
        """(period label, due, paid) per period."""
        self.periods = periods
        self.update()

    def set_selected(self, index: int) -> None:
        self.selected = index
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        line_h = fm.height()
        legend_y = 4
        x = 8
        names = self.legend or (self.tr("Due"), self.tr("Paid"))
        for color, label in ((DUE_COLOR, names[0]), (PAID_COLOR, names[1])):
            p.fillRect(QRectF(x, legend_y + 3, 12, 10), color)
            p.setPen(self.palette().text().color())
            p.drawText(x + 16, legend_y + line_h - 2, label)
            x += 16 + fm.horizontalAdvance(label) + 14
        if self.legend is None and any(due > paid for _, due, paid in self.periods):
            unpaid = self.tr("Unpaid")  # the red line beside a period's bars
            p.setPen(QPen(UNPAID_COLOR, 2))
            p.drawLine(int(x + 6), legend_y + 2, int(x + 6), legend_y + line_h - 1)
            p.setPen(self.palette().text().color())
            p.drawText(x + 16, legend_y + line_h - 2, unpaid)
        if not self.periods:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No pay period yet"))
            p.end()
            return
        top = legend_y + line_h + 8
        bottom = self.height() - line_h - 6
        left = 8 + fm.horizontalAdvance(fmt_money(max(max(d, pd) for _, d, pd in self.periods))) + 6
        right = self.width() - 8
        height = max(10, bottom - top)
        peak = max(max(d, pd) for _, d, pd in self.periods) or Decimal(1)
        p.setPen(QPen(self.palette().mid().color()))
        p.drawLine(left, bottom, right, bottom)
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(0, top - line_h / 2, left - 4, line_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fmt_money(peak))
        p.drawText(QRectF(0, bottom - line_h / 2, left - 4, line_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")
        n = len(self.periods)
        slot = (right - left) / n
        bar = max(2.0, min(28.0, slot * 0.35))
        for i, (label, due, paid) in enumerate(self.periods):
            cx = left + slot * i + slot / 2
            for j, (value, color) in enumerate(((due, DUE_COLOR), (paid, PAID_COLOR))):
                h = int(value * height / peak)  # pixels
                rect = QRectF(cx - bar + j * bar, bottom - h, bar - 1, h)
                p.fillRect(rect, color)
            if due > paid and self.legend is None:  # the unpaid part (due and paid only)
                p.setPen(QPen(UNPAID_COLOR, 2))
                y_paid = bottom - int(paid * height / peak)
                y_due = bottom - int(due * height / peak)
                p.drawLine(int(cx + bar + 2), y_due, int(cx + bar + 2), y_paid)
            if i == self.selected:
                p.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
                p.drawRect(QRectF(cx - slot / 2 + 2, top - 2, slot - 4, height + 4))
            p.setPen(self.palette().text().color())
            text = label if fm.horizontalAdvance(label) < slot else label[-5:]
            if fm.horizontalAdvance(text) < slot or i % max(1, int(fm.horizontalAdvance(text) / slot) + 1) == 0:
                p.drawText(QRectF(cx - slot, bottom + 2, slot * 2, line_h),
                           Qt.AlignmentFlag.AlignHCenter, text)
        p.end()
