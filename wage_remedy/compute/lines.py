"""Lines (docs/method.md, step 4): minutes grouped per pay period into rate lines and flat
sector premiums, each rounded once to the cent."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache

from wage_remedy.compute.classify import KIND_ORDER, Chunk
from wage_remedy.compute.hours import DayWork, minutes_in_window
from wage_remedy.compute.periods import period_of
from wage_remedy.compute.rates import DayRate, Usage, WorkerRates
from wage_remedy.compute.result import Line
from wage_remedy.law.calendar import is_public_holiday
from wage_remedy.law.loader import Premium
from wage_remedy.money import ZERO, round_cent

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Per pay period: the lines being built, keyed by what makes a line distinct.
Groups = dict[str, dict[tuple[object, ...], "LineAcc"]]


@dataclass
class LineAcc:
    """Minutes of one future line; for a flat premium also its exact (capped) amount."""

    kind: str
    premium: Decimal
    rate: DayRate | None = None
    flat: Premium | None = None
    table: str = ""
    version: dt.date | None = None
    minutes: int = 0
    uncapped_minutes: int = 0
    capped_days: int = 0
    first: dt.date = dt.date.max
    last: dt.date = dt.date.min

    def add(self, day: dt.date, minutes: int) -> None:
        self.minutes += minutes
        self.first = min(self.first, day)
        self.last = max(self.last, day)

    def line(self) -> Line:
        """The line: rate lines rounded once as minutes/60 x rate x (1 + premium)."""
        if self.flat is not None:
            return self._flat_line(self.flat)
        dr = self.rate
        assert dr is not None
        amount = round_cent(Decimal(self.minutes) * dr.rate * (100 + self.premium) / 6000)
        return Line(kind=self.kind, minutes=self.minutes, rate=dr.rate, premium=self.premium,
                    amount=amount, binding=dr.binding, rate_table=dr.table, rate_from=dr.version,
                    status=dr.status, source=dr.source, first_day=self.first, last_day=self.last,
                    basis=dr.basis)

    def _flat_line(self, p: Premium) -> Line:
        """A flat premium line: uncapped minutes x amount/h + capped days x cap, rounded once."""
        exact = Decimal(self.uncapped_minutes) * p.per_hour / 60
        if self.capped_days:
            assert p.daily_cap is not None
            exact += self.capped_days * p.daily_cap
        return Line(kind="flat_premium", minutes=self.minutes, rate=p.per_hour, premium=ZERO,
                    amount=round_cent(exact), binding="premium", rate_table=self.table,
                    rate_from=self.version, status=p.status, source=p.source,
                    first_day=self.first, last_day=self.last, premium_id=p.id,
                    basis=f"{p.per_hour}/h" + (f", at most {p.daily_cap}/day" if p.daily_cap else ""))


def new_groups() -> Groups:
    """An empty set of line accumulators per pay period."""
    return defaultdict(dict)


def rate_lines(chunks: list[Chunk], rates: WorkerRates, kind: str, groups: Groups) -> None:
    """Group classified minutes per period by (kind, binding rate and its version, premium %)."""
    for d, minutes, lkind, prem in chunks:
        dr = rates.on(d)
        key: tuple[object, ...] = (lkind, dr.binding, dr.table, dr.version, dr.rate, prem)
        pg = groups[period_of(d, kind)]
        acc = pg.get(key)
        if acc is None:
            acc = pg[key] = LineAcc(lkind, prem, rate=dr)
        acc.add(d, minutes)


def premium_applies(p_days: tuple[str, ...] | None, day: dt.date, jur: str) -> bool:
    """Whether a flat premium limited to ``p_days`` (weekday names, ``public_holiday``) applies."""
    if p_days is None:
        return True
    if _DAY_NAMES[day.weekday()] in p_days:
        return True
    return "public_holiday" in p_days and is_public_holiday(jur, day)


def flat_premiums(days: dict[dt.date, DayWork], rates: WorkerRates, jur: str, kind: str,
                  groups: Groups, usage: Usage) -> None:
    """Flat sector premiums: per day, minutes x amount, capped per day.

    A day's amount is min(minutes x per_hour / 60, cap); with whole minutes that is the exact
    amount up to ``floor(cap x 60 / per_hour)`` minutes and the cap above, so the line keeps the
    exact sum: uncapped minutes x per_hour / 60 + capped days x cap, rounded once.
    """
    if rates.sector is None:
        return
    table = rates.sector.id
    for d, dw in days.items():
        if not dw.segments:
            continue
        for p, sv in rates.premiums(d):
            if not premium_applies(p.days, d, jur):
                continue
            m = minutes_in_window(dw.segments, p.window) if p.window else dw.shift_minutes
            if not m:
                continue
            key = ("flat_premium", p.id, table, sv.start, p.per_hour)
            pg = groups[period_of(d, kind)]
            acc = pg.get(key)
            if acc is None:
                usage.use(f"{table}#{p.id}", sv.start, p.status, p.source)
                acc = pg[key] = LineAcc("flat_premium", ZERO, flat=p, table=table, version=sv.start)
            acc.add(d, m)
            if p.daily_cap is not None and m > cap_minutes(p.per_hour, p.daily_cap):
                acc.capped_days += 1
            else:
                acc.uncapped_minutes += m


@lru_cache(maxsize=64)
def cap_minutes(per_hour: Decimal, cap: Decimal) -> int:
    """The most whole minutes whose premium stays within the daily cap."""
    return int((cap * 60 / per_hour).to_integral_value(rounding=ROUND_FLOOR))


def period_lines(groups: Groups, period: str) -> list[Line]:
    """The lines of one period in statement order: normal, overtime, premiums; then by day."""
    lines = [acc.line() for acc in groups.get(period, {}).values()]
    lines.sort(key=lambda ln: (KIND_ORDER[ln.kind], ln.first_day, ln.premium, ln.premium_id or "", ln.rate))
    return lines
