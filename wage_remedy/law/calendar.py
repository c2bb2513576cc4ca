"""Public holidays and working days per jurisdiction (the ``holidays`` package)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

import holidays as _holidays

from wage_remedy.law.jurisdictions import jurisdiction as _jurisdiction


def time_zone(jurisdiction: str) -> str:
    """IANA time zone of the jurisdiction's clock times (``Europe/Brussels``, ``Europe/Amsterdam``);
    clock times in a case are local time (docs/method.md, step 1)."""
    return _jurisdiction(jurisdiction).time_zone


@lru_cache(maxsize=256)
def public_holidays(jurisdiction: str, year: int) -> dict[dt.date, str]:
    """National public holidays of ``jurisdiction`` in ``year`` (date -> English name)."""
    j = _jurisdiction(jurisdiction)
    cal = _holidays.country_holidays(j.holidays_country, years=year, language="en_US",
                                     categories=j.holiday_categories)
    return {d: str(name) for d, name in sorted(cal.items()) if str(name) not in j.holidays_not_legal}


_SETS: dict[tuple[str, int], frozenset[dt.date]] = {}


def is_public_holiday(jurisdiction: str, day: dt.date) -> bool:
    """True when ``day`` is a national public holiday."""
    key = (jurisdiction, day.year)
    days = _SETS.get(key)
    if days is None:
        days = _SETS[key] = frozenset(public_holidays(jurisdiction, day.year))
    return day in days


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def is_working_day(jurisdiction: str, day: dt.date, weekdays: Iterable[str]) -> bool:
    """True when ``day`` is one of ``weekdays`` (names, from the rate data: the working-day
    convention is law, not code) and not a national public holiday."""
    return WEEKDAY_NAMES[day.weekday()] in weekdays and not is_public_holiday(jurisdiction, day)


def nth_working_day_after(jurisdiction: str, day: dt.date, n: int, weekdays: Iterable[str]) -> dt.date:
    """The ``n``-th working day strictly after ``day`` (``day`` itself when ``n`` is 0)."""
    names = frozenset(weekdays)
    if n > 0 and not names:
        raise ValueError("no working days given")
    d = day
    count = 0
    while count < n:
        d += dt.timedelta(days=1)
        if is_working_day(jurisdiction, d, names):
            count += 1
    return d
