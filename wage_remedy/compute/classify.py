"""Classification of worked minutes (docs/method.md, step 2): normal time and overtime.

Per calendar day: daily overtime beyond the daily limit; per ISO week (Monday–Sunday): weekly
overtime beyond the weekly limit, not counting daily overtime, taken from the chronologically
last minutes of the week. Overtime on a Sunday or a public holiday takes the higher premium.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from wage_remedy.compute.hours import DayWork
from wage_remedy.compute.rates import WorkerRates, WorkingRules
from wage_remedy.law.calendar import is_public_holiday, public_holidays
from wage_remedy.law.jurisdictions import jurisdiction

# One ISO week classified: its worked days (in date order) and for each of them the normal
# minutes (hours blocks included), the overtime minutes and the overtime premium % (None on a
# day without overtime).
Week = tuple[list[DayWork], list[int], list[int], list[Decimal | None]]

KIND_ORDER = {"normal": 0, "overtime": 1, "flat_premium": 2}


def classify(days: dict[dt.date, DayWork], rates: WorkerRates, jur: str,
             daily_basis: str = "calendar_day") -> Iterator[Week]:
    """The worked minutes of each ISO week as normal time and overtime, weeks in date order.

    Hours blocks carry no day detail: they are normal time. Where the jurisdiction has no
    statutory overtime premium, every minute is normal time. ``daily_basis`` is the case setting
    ``daily_overtime_basis``: the daily limit applies per calendar day (default) or per shift.
    """
    if jurisdiction(jur).working_time is None:
        for week in iso_weeks(days):
            yield week, [dw.minutes for dw in week], [0] * len(week), [None] * len(week)
        return
    per_shift = shift_overtime(days, rates) if daily_basis == "shift" else None
    for week in iso_weeks(days):
        yield classify_week(week, rates, jur, per_shift)


def iso_weeks(days: dict[dt.date, DayWork]) -> Iterator[list[DayWork]]:
    """The worked days per ISO week (Monday to Sunday), weeks and days in date order."""
    order = list(days)
    if order != sorted(order):
        order.sort()
    week: list[DayWork] = []
    next_monday = dt.date.min
    for d in order:
        if d >= next_monday:
            if week:
                yield week
            week = []
            next_monday = d + dt.timedelta(days=7 - d.weekday())
        week.append(days[d])
    if week:
        yield week


def classify_week(week: list[DayWork], rates: WorkerRates, jur: str,
                  per_shift: dict[dt.date, int] | None) -> Week:
    """One ISO week (days in date order): daily overtime beyond the daily limit (``per_shift``:
    as counted per shift), then weekly overtime beyond the weekly limit taken from the last
    minutes of the week; overtime on a Sunday or a public holiday at the higher premium."""
    if per_shift is None:
        plain = plain_week(week, rates, jur)
        if plain is not None:
            return plain
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


def plain_week(week: list[DayWork], rates: WorkerRates, jur: str) -> Week | None:
    """``classify_week`` of the usual week, in one pass: shift minutes on every worked day of it
    (a day with shifts has no hours block: the worked-time step refuses both on one day), one
    set of working rules all through, overtime counted per calendar day, one year. None for any
    other week."""
    mins = [dw.shift_minutes for dw in week]
    if not all(mins):
        return None
    first, last = week[0].day, week[-1].day
    rules = rates.rules_through(first, last)
    if rules is None or first.year != last.year:
        return None
    limit = rules.daily_limit
    over = [m - limit if m > limit else 0 for m in mins]
    normal = [m - o for m, o in zip(mins, over)]  # noqa: B905 (same length)
    weekly_overtime(normal, over, rules.weekly_limit)
    if not any(over):
        return week, normal, over, [None] * len(week)
    regular, special = rules.overtime_pct, rules.sunday_holiday_pct
    holidays = public_holidays(jur, first.year)
    premium = [(special if dw.day in holidays or dw.day.weekday() == 6 else regular) if ot else None
               for dw, ot in zip(week, over)]  # noqa: B905
    return week, normal, over, premium


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


def weekly_overtime(normal: list[int], over: list[int], weekly_limit: int) -> None:
    """Move the normal minutes beyond the weekly limit to overtime, last minutes of the week
    first (``normal`` and ``over``: minutes per worked day of the week, in date order)."""
    excess = sum(normal) - weekly_limit
    k = len(normal)
    while excess > 0 and k:
        k -= 1
        take = min(normal[k], excess)
        normal[k] -= take
        over[k] += take
        excess -= take


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
