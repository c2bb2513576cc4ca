"""Public holidays and working days per jurisdiction (the ``holidays`` package)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays as _holidays

_COUNTRY = {"BE": "BE", "NL": "NL"}


@lru_cache(maxsize=256)
def public_holidays(jurisdiction: str, year: int) -> dict[dt.date, str]:
    """National public holidays of ``jurisdiction`` in ``year`` (date -> English name)."""
    cal = _holidays.country_holidays(_COUNTRY[jurisdiction], years=year, language="en_US")
    return {d: str(name) for d, name in sorted(cal.items())}


_SETS: dict[tuple[str, int], frozenset[dt.date]] = {}


def is_public_holiday(jurisdiction: str, day: dt.date) -> bool:
    """True when ``day`` is a national public holiday."""
    key = (jurisdiction, day.year)
    days = _SETS.get(key)
    if days is None:
        days = _SETS[key] = frozenset(public_holidays(jurisdiction, day.year))
    return day in days


def is_working_day(jurisdiction: str, day: dt.date) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and not is_public_holiday(jurisdiction, day)


def nth_working_day_after(jurisdiction: str, day: dt.date, n: int) -> dt.date:
    """The ``n``-th working day strictly after ``day``."""
    d = day
    count = 0
    while count < n:
        d += dt.timedelta(days=1)
        if is_working_day(jurisdiction, d):
            count += 1
    return d
