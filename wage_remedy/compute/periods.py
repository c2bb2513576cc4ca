"""Pay periods (month or ISO week) and their due dates (docs/method.md, step 7)."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from wage_remedy.law.calendar import nth_working_day_after
from wage_remedy.law.catalogue import Catalogue, RateValue


@lru_cache(maxsize=8192)
def period_of(day: dt.date, kind: str) -> str:
    """Identifier of the pay period containing ``day``: ``2025-03`` or ``2025-W10``."""
    if kind == "week":
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return f"{day.year:04d}-{day.month:02d}"


@lru_cache(maxsize=8192)
def period_span(day: dt.date, kind: str) -> tuple[dt.date, dt.date, str]:
    """The pay period containing ``day``: its first day, the first day after it, its identifier."""
    per = period_of(day, kind)
    start, end = period_bounds(per)
    return start, end + dt.timedelta(days=1), per


def periods_of(days: Iterable[dt.date], kind: str) -> set[str]:
    """The identifiers of the pay periods that contain ``days``: in date order a period's days
    follow each other, so each period is looked up once and its other days skipped at once."""
    order = sorted(days)  # one pass when already in date order (the engine's worked days are)
    out: set[str] = set()
    i, n = 0, len(order)
    while i < n:
        _start, stop, per = period_span(order[i], kind)
        out.add(per)
        i = bisect.bisect_left(order, stop, i + 1)  # the first day after this period
    return out


@lru_cache(maxsize=8192)
def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period identifier."""
    if "-W" in period:
        yw, ww = period.split("-W")
        start = dt.date.fromisocalendar(int(yw), int(ww), 1)
        return start, start + dt.timedelta(days=6)
    y, m = (int(x) for x in period.split("-"))
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def due_date(period_end: dt.date, jurisdiction: str, working_days: int, pay_day: int | None,
             kind: str, weekdays: Iterable[str]) -> dt.date:
    """The day the wage of a period is due: the case's pay day (monthly pay: that day of the
    following month) or the ``working_days``-th working day after the period ends, counting
    ``weekdays`` that are not public holidays (0: the last day of the period itself)."""
    if pay_day is not None and kind == "month":
        nxt = period_end + dt.timedelta(days=1)
        last = calendar.monthrange(nxt.year, nxt.month)[1]
        return dt.date(nxt.year, nxt.month, min(pay_day, last))
    return nth_working_day_after(jurisdiction, period_end, working_days, weekdays)


def payment_convention(cat: Catalogue, table: str, period_end: dt.date) -> tuple[RateValue, tuple[str, ...]]:
    """The due-date convention in force at ``period_end`` in the wage-payment table ``table``:
    the number of working days after the period and the weekdays that count as working days
    (README, "Decisions and deviations")."""
    wdays = cat.parameter(table, period_end, "due_working_days")
    version = cat.version(table, period_end)
    return wdays, version.working_days or ()
