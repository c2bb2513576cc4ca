"""Flat sector premiums a span at a time (compute/lines.py, ``flat_premiums``): the days of one
sector version, pay period and year are added per premium at once; a premium's weekdays are
every 7th day of a span without gaps (else looked up day by day); minutes in a time window are
remembered per shift pattern. Pinned against figures by hand and against adding the days one by
one (docs/method.md, step 4)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute.hours import DayWork, minutes_in_parts, window_parts, worked_days
from wage_remedy.compute.lines import (
    Groups,
    cap_minutes,
    days_on,
    flat_premiums,
    in_parts,
    new_groups,
)
from wage_remedy.compute.periods import period_of
from wage_remedy.compute.rates import Usage, WorkerRates
from wage_remedy.law.calendar import WEEKDAY_NAMES, is_public_holiday, public_holidays
from wage_remedy.law.catalogue import Catalogue

D = dt.date


def _shift(day: dt.date, start: str, end: str, brk: int = 0) -> dict[str, object]:
    return {"date": day.isoformat(), "start": start, "end": end, "break_minutes": brk}


def _setup(catalogue: Catalogue, shifts: list[dict[str, object]], as_of: str,
           **kw: Any) -> tuple[dict[dt.date, DayWork], WorkerRates, Usage]:
    data = parse_case_data(case([worker("w1", shifts=shifts, sector="be/pc-302", category="II",
                                        start="2020-01-01", **kw)], as_of=as_of))
    problems: list[Any] = []
    days = worked_days(data.workers[0], "workers[0]", problems, "Europe/Brussels")
    assert not problems
    usage = Usage()
    return days, WorkerRates(data, data.workers[0], catalogue, usage), usage


Row = tuple[str, str, dt.date | None, bool, int, int, int, dt.date, dt.date]


def _rows(groups: Groups) -> list[Row]:
    return sorted((per, acc.flat.id if acc.flat else "", acc.version, acc.estimated, acc.minutes,
                   acc.uncapped_minutes, acc.capped_days, acc.first, acc.last)
                  for per, accs in groups.items() for acc in accs.values())


def _day_by_day(days: dict[dt.date, DayWork], rates: WorkerRates, kind: str,
                estimated: frozenset[dt.date] = frozenset()) -> list[Row]:
    """The general way: each day with shifts, each premium of its sector version that applies on
    it, its minutes (in the window) capped per day."""
    acc: dict[tuple[object, ...], list[Any]] = defaultdict(lambda: [0, 0, 0, dt.date.max, dt.date.min])
    for d, dw in days.items():
        if not dw.segments:
            continue
        for p, sv in rates.premiums(d):
            if p.days is not None and WEEKDAY_NAMES[d.weekday()] not in p.days and not (
                    "public_holiday" in p.days and is_public_holiday("BE", d)):
                continue
            m = minutes_in_parts(dw.segments, window_parts(p.window)) if p.window else dw.shift_minutes
            if not m:
                continue
            a = acc[(period_of(d, kind), p.id, sv.start, d in estimated)]
            a[0] += m
            if p.daily_cap is not None and m > cap_minutes(p.per_hour, p.daily_cap):
                a[2] += 1
            else:
                a[1] += m
            a[3], a[4] = min(a[3], d), max(a[4], d)
    return sorted((*key, *vals) for key, vals in acc.items())  # type: ignore[misc]


def test_premiums_by_hand(catalogue: Catalogue) -> None:
    # be/pc-302 from 2025-01-01: night premium 00:00-05:00 at 1.5862/h; Sunday/public-holiday
    # premium 2.00/h, at most 12.00 a day (360 minutes).
    #   Thu 1 May (Labour Day) 08:00-18:00: 600 min on a holiday: capped, 12.00
    #   Fri 2 May 08:00-16:00: nothing
    #   Sat 3 May 22:00 - Sun 06:00: Sunday 00:00-06:00 = 360 min (not above the cap), of them
    #     300 in the night window
    #   Sun 11 May 10:00-14:00: 240 min
    # Sunday/holiday: 1,200 min, 600 uncapped (20.00) + 1 capped day (12.00) = 32.00;
    # night: 300 min x 1.5862 / 60 = 7.931 -> 7.93.
    shifts = [_shift(D(2025, 5, 1), "08:00", "18:00"), _shift(D(2025, 5, 2), "08:00", "16:00"),
              _shift(D(2025, 5, 3), "22:00", "06:00"), _shift(D(2025, 5, 11), "10:00", "14:00")]
    days, rates, usage = _setup(catalogue, shifts, "2025-12-31")
    groups = new_groups()
    flat_premiums(days, rates, "BE", "month", groups, usage)
    v = D(2025, 1, 1)
    assert _rows(groups) == [
        ("2025-05", "night", v, False, 300, 300, 0, D(2025, 5, 4), D(2025, 5, 4)),
        ("2025-05", "sunday-holiday", v, False, 1200, 600, 1, D(2025, 5, 1), D(2025, 5, 11)),
    ]
    assert _rows(groups) == _day_by_day(days, rates, "month")
    amounts = {acc.flat.id: acc.line().amount for acc in groups["2025-05"].values() if acc.flat}
    assert amounts == {"sunday-holiday": Decimal("32.00"), "night": Decimal("7.93")}
    assert ("be/pc-302#night", v) in usage.versions and ("be/pc-302#sunday-holiday", v) in usage.versions


def _nights(first: dt.date, last: dt.date, skip: frozenset[dt.date] = frozenset()) -> list[dict[str, object]]:
    out, d = [], first
    while d <= last:
        if d not in skip:  # late shifts on Fri-Sun, over midnight; day shifts otherwise
            out.append(_shift(d, "17:00", "01:00", 30) if d.weekday() >= 4 else _shift(d, "09:00", "18:30", 30))
        d += dt.timedelta(days=1)
    return out


@pytest.mark.parametrize("kind", ["month", "week"])
def test_spans_equal_the_days_one_by_one(catalogue: Catalogue, kind: str) -> None:
    # From Mon 2 Dec 2024 to Sun 12 Jan 2025 (a new sector version and year on Wednesday 1 January,
    # Christmas and New Year on a Wednesday; weekly periods: the week of 30 December is split at the
    # year), with days off (spans with gaps: weekdays looked up day by day).
    skip = frozenset({D(2024, 12, 10), D(2024, 12, 24), D(2025, 1, 8)})
    days, rates, usage = _setup(catalogue, _nights(D(2024, 12, 2), D(2025, 1, 12), skip), "2025-12-31")
    groups = new_groups()
    flat_premiums(days, rates, "BE", kind, groups, usage)
    rows = _rows(groups)
    assert rows == _day_by_day(days, rates, kind)
    holiday = [r for r in rows if r[1] == "sunday-holiday" and r[7] <= D(2025, 1, 1) <= r[8]]
    assert holiday and holiday[0][2] == D(2025, 1, 1)  # New Year: the 2025 version's premium
    # Christmas (Wed, a day shift 09:30-18:30: 540 min, capped) and New Year's day, Sundays
    xmas = [r for r in rows if r[1] == "sunday-holiday" and r[7] <= D(2024, 12, 25) <= r[8]]
    assert xmas and xmas[0][6] >= 1


class _OneVersion:
    """Stand-in rates: the premiums of be/pc-302's 2025 version on every day (a sector version
    in force across a year end; the real ones all start on 1 January)."""

    def __init__(self, rates: WorkerRates) -> None:
        self.sector = rates.sector
        self._premiums = rates.premiums(D(2025, 6, 1))

    def premiums_window(self, day: dt.date) -> tuple[dt.date, dt.date, Any]:
        return dt.date.min, dt.date.max, self._premiums

    def premiums(self, day: dt.date) -> Any:
        return self._premiums


def test_a_pay_week_across_the_year_end_is_split_at_the_new_year(catalogue: Catalogue) -> None:
    # Weekly pay; the week of Mon 29 December 2025 holds New Year (Thu 1 January 2026), a public
    # holiday of 2026: its shift (a day shift, 540 min, above the cap) has the Sunday/holiday premium.
    days, real, usage = _setup(catalogue, _nights(D(2025, 12, 22), D(2026, 1, 11)), "2026-06-30")
    rates: Any = _OneVersion(real)
    groups = new_groups()
    flat_premiums(days, rates, "BE", "week", groups, usage)
    rows = _rows(groups)
    assert rows == _day_by_day(days, rates, "week")
    v = D(2025, 1, 1)
    # Week 1 of 2026: Thu 1 January (540 min, capped), Sun 4 January (Saturday's 60 + 390 = 450
    # min, capped); Monday 29 December to Wednesday: no Sunday or holiday.
    assert [r for r in rows if r[0] == "2026-W01" and r[1] == "sunday-holiday"] == [
        ("2026-W01", "sunday-holiday", v, False, 990, 0, 2, D(2026, 1, 1), D(2026, 1, 4))]


def test_estimated_days_in_a_span_make_lines_of_their_own(catalogue: Catalogue) -> None:
    days, rates, usage = _setup(catalogue, _nights(D(2025, 3, 3), D(2025, 3, 30)), "2025-12-31")
    est = frozenset({D(2025, 3, 9), D(2025, 3, 10)})  # a Sunday and the Monday morning after
    groups = new_groups()
    flat_premiums(days, rates, "BE", "month", groups, usage, est)
    rows = _rows(groups)
    assert rows == _day_by_day(days, rates, "month", est)
    v = D(2025, 1, 1)
    # Sun 9 March: 00:00-01:00 (Saturday's shift) + 17:30-24:00 = 450 min, 60 of them at night;
    # Mon 10 March: 00:00-01:00 of Sunday's shift, 60 min at night.
    assert [r for r in rows if r[3]] == [
        ("2025-03", "night", v, True, 120, 120, 0, D(2025, 3, 9), D(2025, 3, 10)),
        ("2025-03", "sunday-holiday", v, True, 450, 0, 1, D(2025, 3, 9), D(2025, 3, 9)),
    ]


@pytest.mark.parametrize("gap", [None, 3, 11])
def test_days_on_every_7th_day_or_day_by_day(gap: int | None) -> None:
    # 40 days from Thu 24 April 2025 (Labour Day Thu 1 May, Ascension Thu 29 May, Whit Monday
    # 9 June); ``gap``: an index left out (then each day is looked at).
    dates = [D(2025, 4, 24) + dt.timedelta(days=k) for k in range(40) if k != gap]
    holidays = public_holidays("BE", 2025)
    for i, j in ((0, len(dates)), (2, 17), (5, 6), (8, len(dates) - 1)):
        for weekdays in (frozenset({6}), frozenset({0, 6}), frozenset({3}), frozenset(), frozenset(range(7))):
            for hol in (holidays, {}):
                want = [k for k in range(i, j) if dates[k].weekday() in weekdays or dates[k] in hol]
                assert days_on(dates, i, j, weekdays, hol) == want, (i, j, sorted(weekdays), bool(hol))


def test_minutes_in_a_window_remembered_per_pattern() -> None:
    night = window_parts((22 * 60, 6 * 60))  # 22:00-06:00: two parts
    segs = [((0, 60), (1050, 1440)), ((570, 1110),), ((0, 60), (1050, 1440)), (), ((1300, 1440),)]
    want = [minutes_in_parts(s, night) for s in segs]
    assert want == [60 + 120, 0, 180, 0, 120]
    assert in_parts(segs, night) == want  # the first time: worked out
    assert in_parts(list(reversed(segs)), night) == list(reversed(want))  # then remembered
