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
from wage_remedy.law.jurisdictions import jurisdiction
from wage_remedy.money import ZERO

# (day, minutes, line kind, premium %): the unit the lines are built from.
Chunk = tuple[dt.date, int, str, Decimal]

KIND_ORDER = {"normal": 0, "overtime": 1, "flat_premium": 2}


def classify(days: dict[dt.date, DayWork], rates: WorkerRates, jur: str,
             daily_basis: str = "calendar_day") -> list[Chunk]:
    """Split worked minutes into (day, minutes, kind, premium %) chunks, by day then kind.

    Hours blocks carry no day detail: they are normal time. Where the jurisdiction has no
    statutory overtime premium, every minute is normal time. ``daily_basis`` is the case setting
    ``daily_overtime_basis``: the daily limit applies per calendar day (default) or per shift.
    """
    if jurisdiction(jur).working_time is None:
        return [(d, dw.minutes, "normal", ZERO) for d, dw in days.items()]
    chunks: list[Chunk] = []
    weeks: dict[tuple[int, int], list[DayWork]] = defaultdict(list)
    for d, dw in days.items():
        if dw.block_minutes:
            chunks.append((d, dw.block_minutes, "normal", ZERO))
        if dw.shift_minutes:
            weeks[d.isocalendar()[:2]].append(dw)
    per_shift = shift_overtime(days, rates) if daily_basis == "shift" else None
    for week_days in weeks.values():
        chunks.extend(classify_week(week_days, rates, jur, per_shift))
    chunks.sort(key=lambda c: (c[0], KIND_ORDER[c[2]]))
    return chunks


def classify_week(week_days: list[DayWork], rates: WorkerRates, jur: str,
                  per_shift: dict[dt.date, int] | None = None) -> list[Chunk]:
    """The shift minutes of one ISO week as normal and overtime chunks (``per_shift``: the daily
    overtime per day when the daily limit counts per shift)."""
    week_days.sort(key=lambda x: x.day)
    rules = {dw.day: rates.working_rules(dw.day) for dw in week_days}
    normal, over = daily_overtime(week_days, rules, per_shift)
    weekly_overtime(week_days, normal, over, rules[week_days[-1].day].weekly_limit)
    chunks: list[Chunk] = []
    for dw in week_days:
        d = dw.day
        if normal[d]:
            chunks.append((d, normal[d], "normal", ZERO))
        if over[d]:
            chunks.append((d, over[d], "overtime", overtime_premium(d, rules[d], jur)))
    return chunks


def daily_overtime(week_days: list[DayWork], rules: dict[dt.date, WorkingRules],
                   per_shift: dict[dt.date, int] | None = None
                   ) -> tuple[dict[dt.date, int], dict[dt.date, int]]:
    """(normal, overtime) minutes per day: overtime is what lies beyond the daily limit (per
    calendar day, or as ``per_shift`` gives it)."""
    normal: dict[dt.date, int] = {}
    over: dict[dt.date, int] = {}
    for dw in week_days:
        ot = (per_shift.get(dw.day, 0) if per_shift is not None
              else max(0, dw.shift_minutes - rules[dw.day].daily_limit))
        over[dw.day] = ot
        normal[dw.day] = dw.shift_minutes - ot
    return normal, over


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
