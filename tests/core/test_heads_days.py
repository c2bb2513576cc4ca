"""The worker's days as the heads read them (compute/heads.py ``Ctx``): the PC 302 weekend days
no recorded shift touches (docs/heads.md, presence days) and the calendar years with work. The
expected dates are read off a calendar by hand: 9 January 2026 is a Friday."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from tests.core.factories import worker
from wage_remedy.case.model import Worker
from wage_remedy.compute.heads import Ctx

_NONE = cast(Any, None)  # what these methods do not read


def _ctx(shifts: list[dict[str, Any]], days: list[dt.date]) -> Ctx:
    w = Worker.model_validate(worker("w1", start="2024-01-01", shifts=shifts))
    return Ctx(_NONE, w, "workers[0]", _NONE, sorted(days), _NONE, _NONE, dt.date(2026, 12, 31), _NONE,
               [], "blue_collar", dt.date(2024, 1, 1))


def _d(day: int, month: int = 1, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


def test_lost_days_are_weekend_days_no_shift_touches() -> None:
    shifts = [
        {"date": "2026-01-09", "start": "22:00", "end": "06:00", "break_minutes": 0},  # Fri night: Sat 10 too
        {"date": "2026-01-11", "start": "08:00", "end": "12:00", "break_minutes": 0},  # Sun 11
        {"date": "2026-01-12", "start": "08:00", "end": "12:00", "break_minutes": 0},  # Mon 12
        {"date": "2026-01-18", "start": "22:00", "end": "23:00", "break_minutes": 0},  # Sun 18 evening only
    ]
    # Sat 17 and Sun 25 known only from an hours block or an estimate; Mon 19 a weekday
    days = [_d(9), _d(10), _d(11), _d(12), _d(17), _d(18), _d(19), _d(25)]
    assert _ctx(shifts, days).lost_days() == [_d(17), _d(25)]


def test_lost_days_without_any_shift() -> None:
    # every weekend day is lost, none of the weekdays: Sat 10, Sun 11; Mon 12 is not
    assert _ctx([], [_d(10), _d(11), _d(12)]).lost_days() == [_d(10), _d(11)]


def test_lost_days_when_every_weekend_day_has_its_shift() -> None:
    shifts = [{"date": f"2026-01-{n:02d}", "start": "08:00", "end": "16:00", "break_minutes": 30}
              for n in range(9, 13)]
    assert _ctx(shifts, [_d(9), _d(10), _d(11), _d(12)]).lost_days() == []


def test_day_years_skip_a_year_without_work() -> None:
    days = [_d(31, 12, 2024), _d(1, 1, 2026), _d(2, 1, 2026), _d(31, 12, 2026)]
    ctx = _ctx([], days)
    assert ctx.day_years() == [2024, 2026]
    assert _ctx([], []).day_years() == []
    assert ctx.count_days(_d(1, 1, 2025), _d(1, 1, 2026)) == 1
