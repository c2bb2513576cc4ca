"""LineAcc.line builds its Line positionally (compute/lines.py): each field gets what it should,
worked out here by hand (docs/method.md, step 4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

from wage_remedy.compute.lines import LineAcc
from wage_remedy.compute.rates import DayRate
from wage_remedy.compute.result import Line
from wage_remedy.law.loader import Premium
from wage_remedy.law.schema import Source

SRC = Source(title="Table", url="https://example.org/t")
PSRC = Source(title="Premium", url="https://example.org/p")


def test_line_fields_in_the_order_lines_py_passes_them() -> None:
    assert [f.name for f in dataclasses.fields(Line)] == [
        "kind", "minutes", "rate", "premium", "amount", "binding", "rate_table", "rate_from", "status",
        "source", "first_day", "last_day", "premium_id", "basis", "estimated", "basis_params"]


def test_rate_line_fields() -> None:
    dr = DayRate(rate=D("14.5000"), binding="sector", table="be/pc-302", version=dt.date(2025, 1, 1),
                 status="verified", source=SRC, basis="category II", basis_params=(("kind", "sector"),))
    acc = LineAcc("overtime", D("50"), rate=dr, minutes=90, first=dt.date(2025, 3, 3),
                  last=dt.date(2025, 3, 9), estimated=True)
    # 1.5 h x 14.50 x 1.5 = 32.625 -> 32.63 (half up)
    assert acc.line() == Line(
        kind="overtime", minutes=90, rate=D("14.5000"), premium=D("50"), amount=D("32.63"),
        binding="sector", rate_table="be/pc-302", rate_from=dt.date(2025, 1, 1), status="verified",
        source=SRC, first_day=dt.date(2025, 3, 3), last_day=dt.date(2025, 3, 9), premium_id=None,
        basis="category II", estimated=True, basis_params=(("kind", "sector"),))


def test_flat_premium_line_fields() -> None:
    p = Premium(id="sunday-holiday", title=None, days=("sunday",), window=None, per_hour=D("2.00"),
                daily_cap=D("12.00"), status="secondary", source=PSRC)
    acc = LineAcc("flat_premium", D("0"), flat=p, table="be/pc-302", version=dt.date(2025, 1, 1),
                  minutes=900, uncapped_minutes=300, capped_days=1, first=dt.date(2025, 3, 2),
                  last=dt.date(2025, 3, 9))
    # 5 h x 2.00 + one capped day of 12.00 = 22.00
    assert acc.line() == Line(
        kind="flat_premium", minutes=900, rate=D("2.00"), premium=D("0"), amount=D("22.00"),
        binding="premium", rate_table="be/pc-302", rate_from=dt.date(2025, 1, 1), status="secondary",
        source=PSRC, first_day=dt.date(2025, 3, 2), last_day=dt.date(2025, 3, 9),
        premium_id="sunday-holiday", basis="2.00/h, at most 12.00/day", estimated=False,
        basis_params=(("cap", "12.00"), ("kind", "premium"), ("per_hour", "2.00")))
