"""Defects an independent checker found by working cases by hand from docs/heads.md and the rate
files (case files in ``checker_cases/``, figures worked by hand in the comments)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from wage_remedy.case.store import load_case
from wage_remedy.compute import compute
from wage_remedy.compute.result import Head, Result
from wage_remedy.law.calendar import is_public_holiday
from wage_remedy.law.catalogue import Catalogue

CASES = Path(__file__).parent / "checker_cases"


def _run(name: str, catalogue: Catalogue) -> Result:
    return compute(load_case(CASES / f"{name}.json"), catalogue)


def _heads(r: Result, wid: str, head: str) -> list[Head]:
    return [h for h in r.worker(wid).heads if h.head == head]


def test_pc302_block_days_count_monday_to_friday(catalogue: Catalogue) -> None:
    # Worker a: hours blocks March-December 2025, 150 h a month, paid 2,100 (14.00/h); legal
    # I/0 2025 14.8839. A block says how many hours, not on which days: its presence days in the
    # 5-day regime are Monday-Friday (not every calendar day: 306 days would give 12 tranches).
    # 10 complete months -> 10 tranches: (14.8839 - 14.00) x 164.67 x 10 / 12
    # = 0.8839 x 164.67 x 10 / 12 = 121.294... -> 121.29, fund, 31 January 2026.
    r = _run("h04_pc302_yep", catalogue)
    (a,) = _heads(r, "a", "year_end_premium")
    assert (a.debtor, a.due, a.due_date) == ("fund", D("121.29"), dt.date(2026, 1, 31))
    # Worker b (shifts Mon-Fri 1 Sep-31 Dec 2025, 86 presence days -> 3, floored to 4 complete
    # months): (14.8839 - 13.50) x 164.67 x 4 / 12 = 75.96, unchanged.
    (b,) = _heads(r, "b", "year_end_premium")
    assert b.due == D("75.96")


def test_pc121_reference_year_of_a_worker_without_work_in_its_last_year(catalogue: Catalogue) -> None:
    # Work July-August 2022 only (62 days with recorded work >= 60), arrears 443.75: the
    # reference year 1 July 2022 - 30 June 2023 ends in 2023, a year without work.
    # 9 % x 443.75 = 39.9375 -> 39.94, owed through the fund, due 31 December 2023.
    r = _run("h05c_pc121_jul_aug", catalogue)
    (h,) = _heads(r, "w1", "year_end_premium")
    assert (h.debtor, h.due, h.due_date, h.start, h.end) == (
        "fund", D("39.94"), dt.date(2023, 12, 31), dt.date(2022, 7, 1), dt.date(2023, 6, 30))


def test_pc121_fewer_than_60_days_says_not_owed(catalogue: Catalogue) -> None:
    # 1 Nov - 15 Dec 2022: 45 days in the reference year 2022/23, fewer than 60: not owed, and
    # said so (head-not-owed, min_days); the 2021/22 year (82.78) stays.
    r = _run("h05_pc121_yep", catalogue)
    assert [h.due for h in _heads(r, "w1", "year_end_premium")] == [D("82.78")]
    codes = [(w.code, w.param("reason")) for w in r.warnings]
    assert ("head-not-owed", "min_days") in codes


def test_dutch_working_days_leave_out_5_may_every_year() -> None:
    # Algemene termijnenwet art. 3(1): 5 May is a generally recognised holiday every year.
    assert is_public_holiday("NL", dt.date(2026, 5, 5)) and is_public_holiday("NL", dt.date(2027, 5, 5))
    assert not is_public_holiday("BE", dt.date(2026, 5, 5))


def test_dutch_statutory_increase_and_estimate_without_5_may(catalogue: Catalogue) -> None:
    # e02 (Wav 23 presumption, usual 8 h a working day at 14.71): May 2026 has 21 weekdays less
    # Ascension (14 May) and 5 May = 18 working days x 8 h = 144 h x 14.71 = 2,118.24 (not 152 h).
    r = _run("e02_nl_wav23", catalogue)
    may = next(p for p in r.worker("w1").periods if p.start == dt.date(2026, 5, 1))
    assert may.due == D("2118.24")
    # e03: April 2026 wages (estimate on the 7:610b average), 765.20 unpaid, due 30 April. Working
    # days late in May: 1-31 May less weekends, 5, 14 and 25 May = 18 (not 19 with 5 May), so the
    # statutory increase is 35 % (the rate table's steps) x 765.20 = 267.82 (not 36 %: 275.47).
    r3 = _run("e03_nl_610b", catalogue)
    (inc,) = _heads(r3, "w1", "statutory_increase_nl")
    assert inc.due == D("267.82")
