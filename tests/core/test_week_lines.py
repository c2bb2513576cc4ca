"""Classification and rate lines in runs (compute/classify.py, compute/lines.py): plain weeks
(shift minutes every worked day, one set of working rules, one year, calendar-day basis) are
classified a run at a time, the others week by week (``classify_week``); the rate lines add the
days of one binding-rate window and pay period at once, day by day where some are estimated.
Each fast path is pinned against the general one and against figures worked out by hand
(docs/method.md, steps 2 and 4)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import classify as classify_mod
from wage_remedy.compute.classify import Classified, classify, classify_week, week_bounds
from wage_remedy.compute.hours import DayWork, worked_days
from wage_remedy.compute.lines import Groups, new_groups, rate_lines
from wage_remedy.compute.periods import period_of
from wage_remedy.compute.rates import Usage, WorkerRates
from wage_remedy.law.catalogue import Catalogue

P50, P100 = Decimal("50"), Decimal("100")
D = dt.date


def _shift(day: dt.date, start: str, end: str, brk: int = 0) -> dict[str, object]:
    return {"date": day.isoformat(), "start": start, "end": end, "break_minutes": brk}


def _setup(catalogue: Catalogue, shifts: list[dict[str, object]], as_of: str, *, jurisdiction: str = "BE",
           settings: dict[str, Any] | None = None, **kw: Any) -> tuple[dict[dt.date, DayWork], WorkerRates]:
    data = parse_case_data(case([worker("w1", shifts=shifts, **kw)], as_of=as_of, jurisdiction=jurisdiction,
                                settings=settings))
    problems: list[Any] = []
    zone = "Europe/Amsterdam" if jurisdiction == "NL" else "Europe/Brussels"
    days = worked_days(data.workers[0], "workers[0]", problems, zone)
    assert not problems
    return days, WorkerRates(data, data.workers[0], catalogue, Usage())


def _general_calls(monkeypatch: pytest.MonkeyPatch) -> list[dt.date]:
    """The first day of each week ``classify`` hands to the general path."""
    calls: list[dt.date] = []
    real = classify_mod.classify_week

    def spy(week: list[DayWork], *args: Any) -> Any:
        calls.append(week[0].day)
        return real(week, *args)
    monkeypatch.setattr(classify_mod, "classify_week", spy)
    return calls


def _week(cl: Classified, monday: dt.date) -> tuple[list[int], list[int], list[Decimal | None]]:
    i = cl.dates.index(monday)
    j = i + 7
    return cl.normal[i:j], cl.over[i:j], cl.premium[i:j]


def _every_day(first: dt.date, last: dt.date, start: str, end: str) -> list[dict[str, object]]:
    return [_shift(first + dt.timedelta(days=k), start, end) for k in range((last - first).days + 1)]


def test_a_plain_week_by_hand(catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    # Mon 3 March 2025 11 h, Tue-Fri 9 h, Sat 6 h, Sun 4 h (be/working-time: 9 h a day, 40 h a week,
    # 50 %, 100 % on a Sunday). Daily overtime: Mon 2 h. Normal 5 x 9 + 6 + 4 = 55 h: the last 15 h
    # of the week are weekly overtime: Sun 4 h, Sat 6 h, 5 h of Friday.
    mon = D(2025, 3, 3)
    shifts = [_shift(mon, "08:00", "19:00")] + [_shift(mon + dt.timedelta(days=k), "08:00", "17:00")
                                                for k in range(1, 5)]
    shifts += [_shift(D(2025, 3, 8), "08:00", "14:00"), _shift(D(2025, 3, 9), "08:00", "12:00")]
    days, rates = _setup(catalogue, shifts, "2025-06-30")
    general = _general_calls(monkeypatch)
    cl = classify(days, rates, "BE")
    assert general == []  # the plain run
    assert _week(cl, mon) == ([540, 540, 540, 540, 240, 0, 0], [120, 0, 0, 0, 300, 360, 240],
                              [P50, None, None, None, P50, P50, P100])
    assert _week(cl, mon) == tuple(classify_week(list(days.values()), rates, "BE", None)[1:])


def test_weeks_of_two_years_and_a_week_across_the_year_end(catalogue: Catalogue,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # 10 h every day from Mon 23 Dec 2024 to Sun 12 Jan 2025: 1 h daily overtime a day; 7 x 9 = 63 h
    # normal, the last 23 h weekly overtime (Sun 9, Sat 9, 5 of Friday's 9). 100 % on Sundays and
    # on Christmas (Wed 25 Dec 2024) and New Year (Wed 1 Jan 2025). The week of 30 Dec holds two
    # years: classified by the general path, the weeks before and after by the plain run (each
    # with its own year's holidays).
    days, rates = _setup(catalogue, _every_day(D(2024, 12, 23), D(2025, 1, 12), "08:00", "18:00"), "2025-06-30")
    general = _general_calls(monkeypatch)
    cl = classify(days, rates, "BE")
    assert general == [D(2024, 12, 30)]
    normal = [540, 540, 540, 540, 240, 0, 0]
    over = [60, 60, 60, 60, 360, 600, 600]
    holiday_wed = [P50, P50, P100, P50, P50, P50, P100]
    assert _week(cl, D(2024, 12, 23)) == (normal, over, holiday_wed)
    assert _week(cl, D(2024, 12, 30)) == (normal, over, holiday_wed)
    assert _week(cl, D(2025, 1, 6)) == (normal, over, [P50] * 6 + [P100])


def test_a_new_year_on_a_monday_starts_a_new_run(catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    # Mon-Fri 10 h in the weeks of Mon 25 Dec 2023 (Christmas) and Mon 1 Jan 2024 (New Year): both
    # weeks plain, of different years. Daily overtime 1 h a day; normal 45 h, the last 5 h weekly
    # overtime (Friday: 4 h normal, 6 h over). The Monday holidays at 100 %.
    shifts = [_shift(m + dt.timedelta(days=k), "08:00", "18:00") for m in (D(2023, 12, 25), D(2024, 1, 1))
              for k in range(5)]
    days, rates = _setup(catalogue, shifts, "2024-06-30")
    general = _general_calls(monkeypatch)
    cl = classify(days, rates, "BE")
    assert general == []
    for monday in (D(2023, 12, 25), D(2024, 1, 1)):
        i = cl.dates.index(monday)
        assert (cl.normal[i:i + 5], cl.over[i:i + 5], cl.premium[i:i + 5]) == (
            [540, 540, 540, 540, 240], [60, 60, 60, 60, 360], [P100, P50, P50, P50, P50])


def test_a_week_across_a_change_of_working_rules_and_rate(catalogue: Catalogue,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # be/pc-302 has a version from Sat 1 October 2022 (the working rules are looked up per sector
    # version): the week of Mon 26 September is classified by the general path, every other
    # week by the plain run, each the same as the general path gives it.
    days, rates = _setup(catalogue, _every_day(D(2022, 9, 5), D(2022, 10, 23), "09:00", "19:30"),
                         "2022-12-31", sector="be/pc-302", category="II", start="2020-01-01")
    general = _general_calls(monkeypatch)
    cl = classify(days, rates, "BE")
    assert general == [D(2022, 9, 26)]
    vals = list(days.values())
    for i, j in week_bounds(cl.dates):
        _w, normal, over, premium = classify_week(vals[i:j], rates, "BE", None)
        assert (cl.normal[i:j], cl.over[i:j], cl.premium[i:j]) == (normal, over, premium)
    # The lines: one window and period at a time, the same as adding the days one by one. 10.5 h
    # a day: 1.5 h daily overtime; 63 h normal, the last 23 h of the week over (Sun, Sat, 5 h of
    # Friday). A full week: normal 40 h; 50 % 4 x 1.5 + 6.5 + 10.5 = 23 h; 100 % Sunday 10.5 h.
    # September: 3 full weeks and Mon 26 - Fri 30 (40 h, 50 % 6 + 6.5 h); October: Sat 1 (50 %),
    # Sun 2 (100 %) and 3 full weeks. Category II: 13.4971 (2022-01-01), 13.5511 (2022-10-01).
    groups = new_groups()
    rate_lines(cl, rates, "month", groups)
    rows = _lines(groups)
    assert rows == _day_by_day(cl, rates, "month", frozenset())
    sep, oct_ = Decimal("13.4971"), Decimal("13.5511")
    assert rows == [
        ("2022-09", "normal", sep, Decimal(0), False, 4 * 2400, D(2022, 9, 5), D(2022, 9, 30)),
        ("2022-09", "overtime", sep, P50, False, 3 * 1380 + 750, D(2022, 9, 5), D(2022, 9, 30)),
        ("2022-09", "overtime", sep, P100, False, 3 * 630, D(2022, 9, 11), D(2022, 9, 25)),
        ("2022-10", "normal", oct_, Decimal(0), False, 3 * 2400, D(2022, 10, 3), D(2022, 10, 21)),
        ("2022-10", "overtime", oct_, P50, False, 630 + 3 * 1380, D(2022, 10, 1), D(2022, 10, 22)),
        ("2022-10", "overtime", oct_, P100, False, 4 * 630, D(2022, 10, 2), D(2022, 10, 23)),
    ]


def test_a_week_with_an_hours_block_takes_the_general_path(catalogue: Catalogue,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Mon-Fri 3-7 March 2025, 10 h a day; an hours block of 5 h on Saturday: the block is normal
    # time and does not count towards the week: daily overtime 1 h a day, 45 h normal from shifts,
    # the last 5 h of them weekly overtime (Friday).
    mon = D(2025, 3, 3)
    shifts = [_shift(mon + dt.timedelta(days=k), "08:00", "18:00") for k in range(5)]
    hours = [{"from": "2025-03-08", "to": "2025-03-08", "hours": "5"}]
    days, rates = _setup(catalogue, shifts, "2025-06-30", hours=hours)
    general = _general_calls(monkeypatch)
    cl = classify(days, rates, "BE")
    assert general == [mon]
    i = cl.dates.index(mon)
    assert (cl.normal[i:], cl.over[i:], cl.premium[i:]) == (
        [540, 540, 540, 540, 240, 300], [60, 60, 60, 60, 360, 0], [P50] * 5 + [None])


def test_per_shift_basis_takes_the_general_path(catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    # A night shift Mon 3 March 2025 20:00 - Tue 07:00 (11 h): per calendar day 4 h and 7 h, no
    # overtime; per shift 2 h over the 9 h limit, taken from its last minutes (Tuesday).
    days, rates = _setup(catalogue, [_shift(D(2025, 3, 3), "20:00", "07:00")], "2025-06-30")
    general = _general_calls(monkeypatch)
    assert classify(days, rates, "BE") == Classified([D(2025, 3, 3), D(2025, 3, 4)], [240, 420], [0, 0],
                                                     [None, None])
    assert general == []
    cl = classify(days, rates, "BE", "shift")
    assert general == [D(2025, 3, 3)]
    assert (cl.normal, cl.over, cl.premium) == ([240, 300], [0, 120], [None, P50])


def test_no_overtime_rules_every_minute_is_normal(catalogue: Catalogue) -> None:
    days, rates = _setup(catalogue, _every_day(D(2025, 3, 3), D(2025, 3, 9), "08:00", "20:00"), "2025-06-30",
                         jurisdiction="NL")
    cl = classify(days, rates, "NL")
    assert (cl.normal, cl.over, cl.premium) == ([720] * 7, [0] * 7, [None] * 7)


# -- rate lines ----------------------------------------------------------------------------------

Row = tuple[str, str, Decimal, Decimal, bool, int, dt.date, dt.date]


def _lines(groups: Groups) -> list[Row]:
    return sorted((per, acc.kind, acc.rate.rate if acc.rate else Decimal(0), acc.premium, acc.estimated,
                   acc.minutes, acc.first, acc.last) for per, accs in groups.items() for acc in accs.values())


def _day_by_day(cl: Classified, rates: WorkerRates, kind: str, estimated: frozenset[dt.date]) -> list[Row]:
    """The general way: each day's minutes added to the line of its period, rate and premium."""
    acc: dict[tuple[object, ...], list[Any]] = defaultdict(lambda: [0, dt.date.max, dt.date.min])
    for d, n, o, pct in zip(cl.dates, cl.normal, cl.over, cl.premium, strict=True):
        for k, m, p in (("normal", n, Decimal(0)), ("overtime", o, pct)):
            if m:
                a = acc[(period_of(d, kind), k, rates.on(d).rate, p, d in estimated)]
                a[0] += m
                a[1], a[2] = min(a[1], d), max(a[2], d)
    return sorted((*key, m, first, last) for key, (m, first, last) in acc.items())  # type: ignore[misc]


def _birthday_case(catalogue: Catalogue) -> tuple[dict[dt.date, DayWork], WorkerRates]:
    # Born 2002-05-20, started 2021-04-17: the national minimum's 6-month tier from Sun 17 October
    # 2021 (tests/core/test_rate_breakpoints.py): 10.0702 until 16 October, 10.3375 from then.
    # 10 h every day from Mon 4 to Sun 31 October: overtime at 50 % and at 100 % on Sundays in
    # both windows.
    return _setup(catalogue, _every_day(D(2021, 10, 4), D(2021, 10, 31), "08:00", "18:00"), "2021-12-31",
                  birth="2002-05-20", start="2021-04-17")


def test_rate_lines_a_span_per_window_and_period(catalogue: Catalogue) -> None:
    days, rates = _birthday_case(catalogue)
    cl = classify(days, rates, "BE")
    groups = new_groups()
    rate_lines(cl, rates, "month", groups)
    rows = _lines(groups)
    assert rows == _day_by_day(cl, rates, "month", frozenset())
    # Weeks 4-10 and 11-17 October at 10.0702 (the Sunday 17th already at 10.3375), 18-24 and 25-31
    # at 10.3375. A week: normal 4 x 9 + 4 = 40 h, overtime Mon-Thu 1 h, Fri 6 h, Sat 10 h at 50 %
    # (20 h), Sunday 10 h at 100 %.
    low, high = Decimal("10.0702"), Decimal("10.3375")
    assert rows == [
        ("2021-10", "normal", low, Decimal(0), False, 2 * 2400, D(2021, 10, 4), D(2021, 10, 15)),
        ("2021-10", "normal", high, Decimal(0), False, 2 * 2400, D(2021, 10, 18), D(2021, 10, 29)),
        ("2021-10", "overtime", low, P50, False, 2 * 1200, D(2021, 10, 4), D(2021, 10, 16)),
        ("2021-10", "overtime", low, P100, False, 600, D(2021, 10, 10), D(2021, 10, 10)),
        ("2021-10", "overtime", high, P50, False, 2 * 1200, D(2021, 10, 18), D(2021, 10, 30)),
        ("2021-10", "overtime", high, P100, False, 3 * 600, D(2021, 10, 17), D(2021, 10, 31)),
    ]


def test_rate_lines_weekly_periods(catalogue: Catalogue) -> None:
    days, rates = _birthday_case(catalogue)
    cl = classify(days, rates, "BE")
    groups = new_groups()
    rate_lines(cl, rates, "week", groups)
    assert _lines(groups) == _day_by_day(cl, rates, "week", frozenset())
    assert len(groups) == 4


def test_rate_lines_estimated_days_make_lines_of_their_own(catalogue: Catalogue) -> None:
    # 12 and 24 October estimated: their spans (the window to the 16th, and from the 17th) are added
    # day by day; the minutes of those two days make their own lines.
    days, rates = _birthday_case(catalogue)
    cl = classify(days, rates, "BE")
    est = frozenset({D(2021, 10, 12), D(2021, 10, 24)})
    groups = new_groups()
    rate_lines(cl, rates, "month", groups, est)
    rows = _lines(groups)
    assert rows == _day_by_day(cl, rates, "month", est)
    low, high = Decimal("10.0702"), Decimal("10.3375")
    assert [r for r in rows if r[4]] == [
        ("2021-10", "normal", low, Decimal(0), True, 540, D(2021, 10, 12), D(2021, 10, 12)),
        ("2021-10", "overtime", low, P50, True, 60, D(2021, 10, 12), D(2021, 10, 12)),
        ("2021-10", "overtime", high, P100, True, 600, D(2021, 10, 24), D(2021, 10, 24)),
    ]
