"""Classification of worked minutes (docs/method.md, step 2): normal time and overtime.

Per calendar day: daily overtime beyond the daily limit; per ISO week (Monday–Sunday): weekly
overtime beyond the weekly limit, not counting daily overtime, taken from the chronologically
last minutes of the week. Overtime on a Sunday or a public holiday takes the higher premium.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from wage_remedy.compute.hours import DayWork
from wage_remedy.compute.rates import WorkerRates, WorkingRules
from wage_remedy.law.calendar import is_public_holiday
from wage_remedy.money import ZERO

# (day, minutes, line kind, premium %): the unit the lines are built from.
Chunk = tuple[dt.date, int, str, Decimal]

KIND_ORDER = {"normal": 0, "overtime": 1, "flat_premium": 2}


def classify(days: dict[dt.date, DayWork], rates: WorkerRates, jur: str) -> list[Chunk]:
    """Split worked minutes into (day, minutes, kind, premium %) chunks, by day then kind.

    Hours blocks carry no day detail: they are normal time. Where the jurisdiction has no
    statutory overtime premium, every minute is normal time.
    """
    if jur != "BE":
        return [(d, dw.minutes, "normal", ZERO) for d, dw in days.items()]
    chunks: list[Chunk] = []
    weeks: dict[tuple[int, int], list[DayWork]] = defaultdict(list)
    for d, dw in days.items():
        if dw.block_minutes:
            chunks.append((d, dw.block_minutes, "normal", ZERO))
        if dw.shift_minutes:
            weeks[d.isocalendar()[:2]].append(dw)
    for week_days in weeks.values():
        chunks.extend(classify_week(week_days, rates, jur))
    chunks.sort(key=lambda c: (c[0], KIND_ORDER[c[2]]))
    return chunks


def classify_week(week_days: list[DayWork], rates: WorkerRates, jur: str) -> list[Chunk]:
    """The shift minutes of one ISO week as normal and overtime chunks."""
    week_days.sort(key=lambda x: x.day)
    rules = {dw.day: rates.working_rules(dw.day) for dw in week_days}
    normal, over = daily_overtime(week_days, rules)
    weekly_overtime(week_days, normal, over, rules[week_days[-1].day].weekly_limit)
    chunks: list[Chunk] = []
    for dw in week_days:
        d = dw.day
        if normal[d]:
            chunks.append((d, normal[d], "normal", ZERO))
        if over[d]:
            chunks.append((d, over[d], "overtime", overtime_premium(d, rules[d], jur)))
    return chunks


def daily_overtime(week_days: list[DayWork], rules: dict[dt.date, WorkingRules]
                   ) -> tuple[dict[dt.date, int], dict[dt.date, int]]:
    """(normal, overtime) minutes per day: overtime is what lies beyond the daily limit."""
    normal: dict[dt.date, int] = {}
    over: dict[dt.date, int] = {}
    for dw in week_days:
        ot = max(0, dw.shift_minutes - rules[dw.day].daily_limit)
        over[dw.day] = ot
        normal[dw.day] = dw.shift_minutes - ot
    return normal, over


def weekly_overtime(week_days: list[DayWork], normal: dict[dt.date, int], over: dict[dt.date, int],
                    weekly_limit: int) -> None:
    """Move the normal minutes beyond the weekly limit to overtime, last minutes of the week first."""
    excess = max(0, sum(normal.values()) - weekly_limit)
    for dw in reversed(week_days):
        if excess <= 0:
            break
        take = min(normal[dw.day], excess)
        normal[dw.day] -= take
        over[dw.day] += take
        excess -= take


def overtime_premium(day: dt.date, rules: WorkingRules, jur: str) -> Decimal:
    """The overtime premium % on ``day``: the higher one on a Sunday or a public holiday."""
    special = day.weekday() == 6 or is_public_holiday(jur, day)
    return rules.sunday_holiday_pct if special else rules.overtime_pct
