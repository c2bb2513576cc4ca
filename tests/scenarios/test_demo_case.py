"""The bundled demo case: figures of `wage-remedy compute` on it, worked out by hand here."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

from wage_remedy.case.store import load_case
from wage_remedy.compute import compute
from wage_remedy.demo import demo_case_path
from wage_remedy.law.catalogue import Catalogue


def cent(x: D) -> D:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def test_demo_ioana_march(catalogue: Catalogue) -> None:
    # Ioana Popescu: PC 302 category II, start 2025-01-01 (0 function years all of 2025):
    # 14.8839 EUR/h (rates/be/pc-302.yaml, 2025-01-01). Shifts Tue-Sat 10:00-19:30, 30 min break
    # = 9 h a day (not above the 9 h daily limit). March 2025: Sat 1 March (ISO week 9, alone) and
    # four full Tue-Sat weeks (weeks 10-13): 21 days = 189 h; each full week is 45 h -> 5 h weekly
    # overtime on its last day (Saturday, +50 %): 20 h overtime, 169 h normal.
    rate = D("14.8839")
    due = cent(169 * rate) + cent(20 * rate * D("1.5"))
    assert due == D("2515.38") + D("446.52")
    unpaid = due - D("1200.00")
    # due 4th working day after 31 March: 1, 2, 3, 4 April (Tue-Fri) -> 4 April; interest
    # 5 April - 30 June = 26 + 31 + 30 = 87 days at 4.50 %
    interest = cent(unpaid * D("4.50") / 100 * 87 / 365)
    r = compute(load_case(demo_case_path()), catalogue)
    march = r.worker("w1").periods[0]
    assert march.period == "2025-03" and march.due_date == dt.date(2025, 4, 4)
    assert (march.due, march.unpaid, march.interest) == (due, unpaid, interest)
    assert interest == D("18.90")


def test_demo_student_april(catalogue: Catalogue) -> None:
    # Ștefan Dumitrescu, born 2006-02-14, student, PC 302 category I: 19 years old in April 2025.
    # Sector: 90 % of 14.8839 = 13.39551 -> 13.3955; national: 85 % of 2111.89 = 1795.11 a month
    # -> 1795.11 x 3/13/38 = 10.9015: the sector rate binds. 64 h in April (hours block).
    rate = (D("14.8839") * D("0.90")).quantize(D("0.0001"), rounding=ROUND_HALF_UP)
    assert rate == D("13.3955")
    due = cent(64 * rate)
    r = compute(load_case(demo_case_path()), catalogue)
    april = r.worker("w3").periods[0]
    assert april.period == "2025-04" and april.due == due == D("857.31")
    assert april.unpaid == due - D("500.00")
    assert april.lines[0].binding == "sector-student"
