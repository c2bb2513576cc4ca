"""Classification of worked minutes (docs/method.md, step 2): normal time and overtime.

Per calendar day: daily overtime beyond the daily limit; per ISO week (Monday–Sunday): weekly
overtime beyond the weekly limit, not counting daily overtime, taken from the chronologically
last minutes of the week. Overtime on a Sunday or a public holiday takes the higher premium.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from wage_remedy.compute.hours import DayWork
from wage_remedy.compute.rates import WorkerRates, WorkingRules
from wage_remedy.law.calendar import is_public_holiday, public_holidays
from wage_remedy.law.jurisdictions import jurisdiction

# One ISO week classified: its worked days (in date order) and for each of them the normal
# minutes (hours blocks included), the overtime minutes and the overtime premium % (None on a
# day without overtime).
Week = tuple[list[DayWork], list[int], list[int], list[Decimal | None]]

KIND_ORDER = {"normal": 0, "overtime": 1, "flat_premium": 2}


class Classified(NamedTuple):
    """The worked days classified: their dates in date order and for each day (same index) its
    normal minutes (hours blocks included), its overtime minutes and its overtime premium %
    (None on a day without overtime)."""

    dates: list[dt.date]
    normal: list[int]
    over: list[int]
    premium: list[Decimal | None]

    def put(self, i: int, j: int, week: Week) -> None:
        """The days [i, j) as ``week`` classifies them."""
        _days, self.normal[i:j], self.over[i:j], self.premium[i:j] = week


def classify(days: dict[dt.date, DayWork], rates: WorkerRates, jur: str,
             daily_basis: str = "calendar_day") -> Classified:
    """The worked minutes of each day as normal time and overtime (per ISO week, in date order).

    Hours blocks carry no day detail: they are normal time. Where the jurisdiction has no
    statutory overtime premium, every minute is normal time. ``daily_basis`` is the case setting
    ``daily_overtime_basis``: the daily limit applies per calendar day (default) or per shift.
    """
    dates, vals = sorted_days(days)
    n = len(dates)
    if jurisdiction(jur).working_time is None:
        return Classified(dates, [dw.minutes for dw in vals], [0] * n, [None] * n)
    out = Classified(dates, [0] * n, [0] * n, [None] * n)
    if daily_basis == "shift":
        per_shift = shift_overtime(days, rates)
        for i, j in week_bounds(dates):
            out.put(i, j, classify_week(vals[i:j], rates, jur, per_shift))
    else:
        calendar_weeks(out, vals, rates, jur)
    return out


def sorted_days(days: dict[dt.date, DayWork]) -> tuple[list[dt.date], list[DayWork]]:
    """The worked dates and their days, in date order."""
    dates = list(days)
    if dates != sorted(dates):
        dates.sort()
        return dates, [days[d] for d in dates]
    return dates, list(days.values())


def week_bounds(dates: list[dt.date]) -> Iterator[tuple[int, int]]:
    """The index ranges [i, j) of ``dates`` (sorted, distinct) that fall in one ISO week each.

    A week of ``dates`` is the dates from its first one to the next Monday: when the 7 - weekday
    dates from there all lie before that Monday, they are every day of it (distinct dates), else
    a bisection finds where the week ends."""
    i, n = 0, len(dates)
    while i < n:
        d = dates[i]
        left = 7 - d.weekday()
        j = i + left
        if j > n or dates[j - 1] >= d + _DAYS[left]:
            j = bisect_left(dates, d + _DAYS[left], i, min(j, n))
        yield i, j
        i = j


_DAYS = tuple(dt.timedelta(days=k) for k in range(8))


def calendar_weeks(out: Classified, vals: list[DayWork], rates: WorkerRates, jur: str) -> None:
    """``out`` (its dates those of ``vals``) filled week by week, overtime counted per calendar day.

    A plain week (shift minutes on every worked day of it, one year, one set of working rules all
    through) joins the run of plain weeks before it when it shares their rules and year; each run
    is classified at once (``plain_weeks``), the rules asked once per window they hold for and the
    Sundays and public holidays once per year. Any other week by ``classify_week``."""
    dates = out.dates
    mins = [dw.shift_minutes for dw in vals]
    lo, hi, rules = dt.date.max, dt.date.min, None  # the working rules in force on [lo, hi)
    year, special = 0, frozenset[dt.date]()  # the Sundays and public holidays of ``year``
    run: list[tuple[int, int]] = []  # plain weeks under ``rules`` in ``year``, not yet classified
    for i, j in week_bounds(dates):
        first, last = dates[i], dates[j - 1]
        if all(mins[i:j]) and first.year == last.year:
            if not lo <= first < hi:
                plain_weeks(out, mins, run, rules, special)
                lo, hi, rules = rates.rules_window(first)
            if last < hi:
                if first.year != year:
                    plain_weeks(out, mins, run, rules, special)
                    year, special = first.year, special_days(jur, first.year)
                run.append((i, j))
                continue
        plain_weeks(out, mins, run, rules, special)
        out.put(i, j, classify_week(vals[i:j], rates, jur, None))
    plain_weeks(out, mins, run, rules, special)


def plain_weeks(out: Classified, mins: list[int], run: list[tuple[int, int]],
                rules: WorkingRules | None, special: frozenset[dt.date]) -> None:
    """``classify_week`` of a run of consecutive plain weeks ([i, j) into ``out``), all at once;
    ``run`` emptied. ``mins``: the shift minutes of each day, none 0 in the run (a day with
    shifts has no hours block: the worked-time step refuses both on one day); ``rules`` in force
    all through; ``special``: the Sundays and public holidays of its year (``special_days``)."""
    if not run:
        return
    assert rules is not None
    a, b = run[0][0], run[-1][1]
    limit, weekly = rules.daily_limit, rules.weekly_limit
    normal = [m if m < limit else limit for m in mins[a:b]]
    over = [m - limit if m > limit else 0 for m in mins[a:b]]
    for i, j in run:
        weekly_overtime(normal, over, weekly, i - a, j - a)
    out.normal[a:b], out.over[a:b] = normal, over
    regular, higher = rules.overtime_pct, rules.sunday_holiday_pct
    out.premium[a:b] = [(higher if d in special else regular) if ot else None
                        for d, ot in zip(out.dates[a:b], over)]  # noqa: B905 (same length)
    run.clear()


@lru_cache(maxsize=64)
def special_days(jur: str, year: int) -> frozenset[dt.date]:
    """The days of ``year`` whose overtime takes the Sunday/public-holiday premium."""
    sunday = dt.date(year, 1, 7 - dt.date(year, 1, 1).weekday())
    sundays = (sunday + dt.timedelta(weeks=k) for k in range(53))
    return frozenset(public_holidays(jur, year)).union(d for d in sundays if d.year == year)


def classify_week(week: list[DayWork], rates: WorkerRates, jur: str,
                  per_shift: dict[dt.date, int] | None) -> Week:
    """One ISO week (days in date order): daily overtime beyond the daily limit (``per_shift``:
    as counted per shift), then weekly overtime beyond the weekly limit taken from the last
    minutes of the week; overtime on a Sunday or a public holiday at the higher premium."""
    shift_days = [dw for dw in week if dw.shift_minutes]
    if not shift_days:  # hours blocks only: normal time
        return week, [dw.block_minutes for dw in week], [0] * len(week), [None] * len(week)
    same = rates.rules_through(shift_days[0].day, shift_days[-1].day)
    rules = [same] * len(shift_days) if same else [rates.working_rules(dw.day) for dw in shift_days]
    over = daily_overtime(shift_days, rules, per_shift)
    normal = [dw.shift_minutes - ot for dw, ot in zip(shift_days, over, strict=True)]
    weekly_overtime(normal, over, rules[-1].weekly_limit)
    premium = overtime_premiums(shift_days, over, rules, jur)
    if len(shift_days) == len(week) and not any(dw.block_minutes for dw in week):
        return week, normal, over, premium
    day_normal, day_over, day_premium = [], [], []
    k = 0
    for dw in week:  # hours blocks: normal time on their day
        if dw.shift_minutes:
            day_normal.append(dw.block_minutes + normal[k])
            day_over.append(over[k])
            day_premium.append(premium[k])
            k += 1
        else:
            day_normal.append(dw.block_minutes)
            day_over.append(0)
            day_premium.append(None)
    return week, day_normal, day_over, day_premium


def daily_overtime(shift_days: list[DayWork], rules: list[WorkingRules],
                   per_shift: dict[dt.date, int] | None = None) -> list[int]:
    """Overtime minutes per day of ``shift_days``: what lies beyond the daily limit in force
    (``rules``, one per day) per calendar day, or as ``per_shift`` gives it."""
    if per_shift is not None:
        return [per_shift.get(dw.day, 0) for dw in shift_days]
    if rules.count(rules[0]) == len(rules):  # one limit all week (nearly always)
        limit = rules[0].daily_limit
        return [dw.shift_minutes - limit if dw.shift_minutes > limit else 0 for dw in shift_days]
    return [max(0, dw.shift_minutes - r.daily_limit) for dw, r in zip(shift_days, rules, strict=True)]


def shift_overtime(days: dict[dt.date, DayWork], rates: WorkerRates) -> dict[dt.date, int]:
    """Daily overtime when the daily limit counts per shift (the inspector's choice): a shift's
    minutes beyond the limit in force on its first day, taken from its last minutes (so a
    20:00-07:00 shift has 2 h over 9 h, on the second day). Returns overtime minutes per day."""
    parts: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for d in sorted(days):
        for shift, minutes in days[d].shift_parts:
            parts[shift].append((d, minutes))
    out: dict[dt.date, int] = defaultdict(int)
    for pieces in parts.values():
        excess = sum(m for _d, m in pieces) - rates.working_rules(pieces[0][0]).daily_limit
        for d, minutes in reversed(pieces):
            if excess <= 0:
                break
            take = min(minutes, excess)
            out[d] += take
            excess -= take
    return dict(out)


def weekly_overtime(normal: list[int], over: list[int], weekly_limit: int, lo: int = 0,
                    hi: int | None = None) -> None:
    """Move the normal minutes beyond the weekly limit to overtime, last minutes of the week
    first (``normal`` and ``over``: minutes per worked day in date order, the week's days
    [lo, hi), all of them by default)."""
    if hi is None:
        hi = len(normal)
    excess = sum(normal[lo:hi]) - weekly_limit
    k = hi
    while excess > 0 and k > lo:
        k -= 1
        n = normal[k]
        if n > excess:  # the rest of the excess lies within this day
            normal[k] = n - excess
            over[k] += excess
            return
        normal[k] = 0
        over[k] += n
        excess -= n


def overtime_premiums(shift_days: list[DayWork], over: list[int], rules: list[WorkingRules],
                      jur: str) -> list[Decimal | None]:
    """The overtime premium % of each day of ``shift_days`` with overtime (None without)."""
    if not any(over):
        return [None] * len(over)
    first, last = shift_days[0].day, shift_days[-1].day
    if rules.count(rules[0]) == len(rules) and first.year == last.year:  # the usual week
        regular, special = rules[0].overtime_pct, rules[0].sunday_holiday_pct
        holidays = public_holidays(jur, first.year)
        return [(special if dw.day.weekday() == 6 or dw.day in holidays else regular) if ot else None
                for dw, ot in zip(shift_days, over, strict=True)]
    return [overtime_premium(dw.day, r, jur) if ot else None
            for dw, r, ot in zip(shift_days, rules, over, strict=True)]


def overtime_premium(day: dt.date, rules: WorkingRules, jur: str) -> Decimal:
    """The overtime premium % on ``day``: the higher one on a Sunday or a public holiday."""
    special = day.weekday() == 6 or is_public_holiday(jur, day)
    return rules.sunday_holiday_pct if special else rules.overtime_pct
