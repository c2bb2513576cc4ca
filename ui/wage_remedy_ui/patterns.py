"""Data-entry helpers for shifts: a weekly pattern over a date range, copying a week.

These only produce rows the user could have typed; the core does every count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

Row = dict[str, Any]


def weekly_pattern(weekdays: Iterable[int], start: str, end: str, break_minutes: int,
                   first: dt.date, last: dt.date,
                   skip: Callable[[dt.date], bool] | None = None) -> list[Row]:
    """One shift on each chosen weekday (0 = Monday) from ``first`` to ``last`` inclusive."""
    days = set(weekdays)
    out: list[Row] = []
    d = first
    while d <= last:
        if d.weekday() in days and not (skip and skip(d)):
            out.append({"date": d.isoformat(), "start": start, "end": end,
                        "break_minutes": break_minutes})
        d += dt.timedelta(days=1)
    return out


def monday_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def copy_week(shifts: list[Row], source_day: dt.date, weeks: int) -> list[Row]:
    """The shifts of ``source_day``'s week repeated on the ``weeks`` following weeks."""
    mon = monday_of(source_day)
    src = [s for s in shifts if mon <= dt.date.fromisoformat(s["date"]) < mon + dt.timedelta(days=7)]
    out: list[Row] = []
    for k in range(1, weeks + 1):
        for s in src:
            row = dict(s)
            row["date"] = (dt.date.fromisoformat(s["date"]) + dt.timedelta(weeks=k)).isoformat()
            out.append(row)
    return out


def merge_shifts(existing: list[Row], new: list[Row], replace_days: bool) -> list[Row]:
    """``existing`` plus ``new`` sorted by date and start; with ``replace_days`` the existing
    shifts on a day that gets a new shift are dropped."""
    days = {s["date"] for s in new}
    kept = [s for s in existing if not (replace_days and s.get("date") in days)]
    return sorted(kept + new, key=lambda s: (str(s.get("date", "")), str(s.get("start", ""))))
