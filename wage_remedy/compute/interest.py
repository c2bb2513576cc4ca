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

# One calendar-year piece of an interest period: from, to (inclusive), days, rate (percent per
# year), the rate version's start and its status.
Window = tuple[dt.date, dt.date, int, Decimal, dt.date, str]


def interest(unpaid: Decimal, due: dt.date, as_of: dt.date, jurisdiction: str, cat: Catalogue,
             usage: Usage) -> tuple[Decimal, tuple[InterestPart, ...]]:
    """Interest from the day after ``due`` to ``as_of`` inclusive: unpaid x rate x days / 365."""
    table = LEGAL_INTEREST.get(jurisdiction)
    if table is None or unpaid <= 0:
        return ZERO, ()
    windows = interest_window(cat, table, due, as_of, usage)
    if not windows:  # due on or after the as-of date
        return ZERO, ()
    parts: list[InterestPart] = []
    total = ZERO
    for a, b, days, rate, version, status in windows:
        amount = unpaid * rate / 100 * days / 365
        total += amount
        parts.append(InterestPart(a, b, days, rate, table, version, status, amount))
    return round_cent(total), tuple(parts)


def interest_window(cat: Catalogue, table: str, due: dt.date, as_of: dt.date, usage: Usage
                    ) -> tuple[Window, ...]:
    """The pieces of the interest period of an amount due on ``due`` (empty when ``due`` is not
    before ``as_of``), their rate versions recorded in ``usage``. The same for every period and
    worker with that due date: worked out once per run, kept in ``usage.memo`` with the versions
    it recorded (a piece found there has its versions in ``usage`` already)."""
    key = ("interest_window", table, due, as_of)
    hit: tuple[Window, ...] | None = usage.memo.get(key)
    if hit is None:
        start = due + dt.timedelta(days=1)
        spans = _spans(cat, table, start, as_of) if start <= as_of else ()
        for _a, _b, _days, rv in spans:
            usage.use_value(rv)
        hit = usage.memo[key] = tuple((a, b, days, rv.value, rv.version_from, rv.status)
                                      for a, b, days, rv in spans)
    return hit


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
