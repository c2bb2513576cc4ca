"""The due/paid chart explains its red line (a period's unpaid part) in its legend (new-user trial:
'red marker lines, unexplained')."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

from wage_remedy_ui.widgets.chart import UNPAID_COLOR, DuePaidChart


def _red_in_legend(chart: DuePaidChart) -> bool:
    image = chart.grab().toImage()
    strip = chart.fontMetrics().height() + 4  # the legend's line at the top
    return any(image.pixelColor(x, y) == UNPAID_COLOR
               for x in range(image.width()) for y in range(strip))


def test_the_unpaid_line_is_in_the_legend_when_a_period_is_unpaid(qtbot: Any) -> None:
    chart = DuePaidChart()
    qtbot.addWidget(chart)
    chart.resize(400, 160)
    chart.set_periods([("March 2025", D("1000.00"), D("400.00")), ("April 2025", D("900.00"), D("900.00"))])
    assert _red_in_legend(chart)
    chart.set_periods([("March 2025", D("1000.00"), D("1000.00"))])  # all paid: no red line, no entry
    assert not _red_in_legend(chart)
