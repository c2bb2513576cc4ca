"""Legal interest on unpaid wages (docs/method.md, step 7): simple, split at 1 January, rounded once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from wage_remedy.compute.rates import Usage
from wage_remedy.compute.result import InterestPart
from wage_remedy.law.catalogue import Catalogue, RateValue
from wage_remedy.law.jurisdictions import wage_interest_tables
from wage_remedy.money import ZERO, round_cent

LEGAL_INTEREST = wage_interest_tables()  # jurisdiction -> table (law/jurisdictions.py)


def interest(unpaid: Decimal, due: dt.date, as_of: dt.date, jurisdiction: str, cat: Catalogue,
             usage: Usage) -> tuple[Decimal, tuple[InterestPart, ...]]:
    """Interest from the day after ``due`` to ``as_of`` inclusive: unpaid x rate x days / 365."""
    table = LEGAL_INTEREST.get(jurisdiction)
    start = due + dt.timedelta(days=1)
    if table is None or unpaid <= 0 or start > as_of:
        return ZERO, ()
    parts: list[InterestPart] = []
    total = ZERO
    for a, b, days, rv in _spans(cat, table, start, as_of):
        usage.use_value(rv)
        amount = unpaid * rv.value / 100 * days / 365
        total += amount
        parts.append(InterestPart(a, b, days, rv.value, table, rv.version_from, rv.status, amount))
    return round_cent(total), tuple(parts)


@lru_cache(maxsize=4096)  # the periods of a case share their due dates and as-of date
def _spans(cat: Catalogue, table: str, start: dt.date, as_of: dt.date
           ) -> tuple[tuple[dt.date, dt.date, int, RateValue], ...]:
    """The calendar-year pieces [a, b] of ``start``..``as_of``, their days and the rate of each
    year (the rate in force on 1 January: the legal rate is set per calendar year)."""
    out = []
    for year in range(start.year, as_of.year + 1):
        a = max(start, dt.date(year, 1, 1))
        b = min(as_of, dt.date(year, 12, 31))
        out.append((a, b, (b - a).days + 1, cat.parameter(table, dt.date(year, 1, 1), "rate")))
    return tuple(out)
