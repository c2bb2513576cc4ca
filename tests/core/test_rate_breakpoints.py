"""The binding rate changes on the very day one of its inputs changes, and only then
(compute/rates.py, ``WorkerRates._breakpoints``): the national minimum's seniority tiers on the
monthly anniversary of the start while they still tell months apart, birthdays, and nothing in
between (docs/method.md, step 3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.core.factories import case, worker
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.compute.rates import Usage, WorkerRates
from wage_remedy.law.catalogue import Catalogue


def _shift(day: str) -> dict[str, object]:
    return {"date": day, "start": "08:00", "end": "16:30", "break_minutes": 30}  # 8 h


def test_the_seniority_tier_starts_on_the_six_month_anniversary(catalogue: Catalogue) -> None:
    # GGMMI from 2021-09-01 (be/national-minimum): 18+0 = 1658.23, 19+6 = 1702.24 (age 19 and
    # 6 months' seniority). Born 2002-05-20 (19 in October 2021), start 2021-04-17: 5 months on
    # Sat 16 Oct, 6 months from Sun 17 Oct 2021.
    #   18+0: 1658.23 x 3/13/38 = 4974.69 / 494 = 10.070223 -> 10.0702; 8 h -> 80.5616 -> 80.56
    #   19+6: 1702.24 x 3/13/38 = 5106.72 / 494 = 10.337490 -> 10.3375; 8 h -> 82.70
    w = worker("w1", birth="2002-05-20", start="2021-04-17",
               shifts=[_shift("2021-10-15"), _shift("2021-10-16"), _shift("2021-10-18")])
    result = compute(parse_case_data(case([w], as_of="2021-12-31")), catalogue)
    lines = result.workers[0].periods[0].lines
    by_rate = {(ln.rate, ln.first_day, ln.last_day, ln.amount) for ln in lines}
    assert by_rate == {
        (Decimal("10.0702"), dt.date(2021, 10, 15), dt.date(2021, 10, 16), Decimal("161.12")),  # 16 h
        (Decimal("10.3375"), dt.date(2021, 10, 18), dt.date(2021, 10, 18), Decimal("82.70")),
    }


def test_no_breakpoint_on_monthly_anniversaries_once_the_tiers_are_reached(catalogue: Catalogue) -> None:
    # The highest seniority tier of any be/national-minimum version is 12 months (20+12): a
    # worker started on the 17th has a breakpoint on the 17th of each month up to 13 months,
    # and later only on the start's anniversary and the birthday (no steps in a table without
    # a sector).
    w = worker("w1", birth="2002-05-20", start="2021-04-17",
               shifts=[_shift("2022-03-01"), _shift("2023-10-16")])
    data = parse_case_data(case([w], as_of="2023-12-31"))
    rates = WorkerRates(data, data.workers[0], catalogue, Usage())
    breaks = set(rates._breakpoints())
    assert dt.date(2021, 10, 17) in breaks and dt.date(2022, 5, 17) in breaks  # 6 and 13 months
    assert dt.date(2022, 8, 17) not in breaks and dt.date(2023, 3, 17) not in breaks
    assert dt.date(2023, 4, 17) in breaks and dt.date(2023, 5, 20) in breaks  # anniversary, birthday


def test_pc302_steps_break_on_the_first_of_the_month_after_each_anniversary(catalogue: Catalogue) -> None:
    # PC 302 rows from 9 on step from the first day of the month after the anniversary of the
    # start (rates/be/pc-302.yaml, function_year_steps): started 5 Nov 2011, the 9th anniversary
    # is 5 Nov 2020 and the step 1 Dec 2020; the 1st of the other months changes nothing.
    w = worker("w1", birth="1979-07-01", start="2011-11-05", sector="be/pc-302", category="II",
               shifts=[_shift("2020-11-10"), _shift("2020-12-01")])
    data = parse_case_data(case([w], as_of="2020-12-31"))
    rates = WorkerRates(data, data.workers[0], catalogue, Usage())
    breaks = set(rates._breakpoints())
    assert {dt.date(2020, 11, 5), dt.date(2020, 12, 1), dt.date(2019, 12, 1)} <= breaks
    assert not {dt.date(2020, 6, 1), dt.date(2020, 10, 1), dt.date(2020, 11, 1)} & breaks
    # row 8 (13.3522) on 30 Nov, row 9 (13.4725) from Tue 1 Dec, in the same week
    assert rates.on(dt.date(2020, 11, 30)).rate == Decimal("13.3522")
    assert rates.on(dt.date(2020, 12, 1)).rate == Decimal("13.4725")
