"""The binding hourly rate of a worker on a day (docs/method.md, step 3) and the working-time rules."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import Any

from wage_remedy.case.model import CaseFile, Worker
from wage_remedy.compute.result import Warning_
from wage_remedy.errors import Params, params_of
from wage_remedy.law.catalogue import Catalogue, LookupError_, RateValue
from wage_remedy.law.jurisdictions import jurisdiction
from wage_remedy.law.loader import Premium, RateTable, TableVersion
from wage_remedy.law.schema import STATUS_ORDER, Source
from wage_remedy.money import monthly_to_hourly, round_cent, round_rate


def age_on(birth: dt.date, day: dt.date) -> int:
    """Age in whole years on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def months_between(start: dt.date, day: dt.date) -> int:
    """Whole months from ``start`` to ``day`` (0 before ``start``)."""
    if day < start:
        return 0
    return (day.year - start.year) * 12 + day.month - start.month - (day.day < start.day)


def years_between(start: dt.date, day: dt.date) -> int:
    """Whole years (anniversaries passed) from ``start`` to ``day`` (0 before ``start``)."""
    if day < start:
        return 0
    return day.year - start.year - ((day.month, day.day) < (start.month, start.day))


def _change_days(year: int, month: int, day: int) -> tuple[dt.date, ...]:
    """The day(s) on which an anniversary on ``day`` of ``month`` may take effect in ``year``:
    that date, or where the month is too short (29 Feb, the 31st) its last day and the next day
    (age and seniority arithmetic count such an anniversary from the 1st of the next month)."""
    try:
        return (dt.date(year, month, day),)
    except ValueError:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return (last, last + dt.timedelta(days=1))


def _anniversary(start: dt.date, years: int) -> dt.date:
    """The ``years``-th anniversary of ``start`` (29 February: 1 March in a common year)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return dt.date(start.year + years, 3, 1)


def months_after(start: dt.date, months: int) -> dt.date:
    """The first day on which ``months_between(start, day)`` reaches ``months``: the monthly
    anniversary, or the 1st of the next month where that month is too short (start on the 31st)."""
    y, m = divmod(start.month - 1 + months, 12)
    try:
        return dt.date(start.year + y, m + 1, start.day)
    except ValueError:
        return dt.date(start.year + y + (m + 1) // 12, (m + 1) % 12 + 1, 1)


@dataclass(frozen=True)
class ScaleAfterService:
    """The worker's sector table continued after its first months of service (rates/FORMAT.md,
    ``after_service``; docs/method.md, step 3): from ``begins`` the table ``table`` applies; on a
    day before ``data_from`` it has no version and the named table is kept (warned)."""

    named: str
    table: RateTable
    months: int
    begins: dt.date  # the first day after the first ``months`` months of service
    data_from: dt.date  # the continuing table's first version


def scale_kept_warning(worker: Worker, after: ScaleAfterService, first: dt.date, last: dt.date
                       ) -> Warning_:
    """Warning ``continuing-scale-missing``: from ``first`` to ``last`` the worker is past the first
    months of service but the continuing table has no figures; the named table was kept."""
    return Warning_(
        "continuing-scale-missing",
        f"{worker.name}: after {after.months} months of service {after.table.id} applies, but it "
        f"has no figures before {after.data_from}; {after.named} was used from {first} to {last} "
        "and the amounts may be too low", worker.id,
        params=params_of(name=worker.name, sector=after.named, table=after.table.id,
                         months=after.months, start=first, end=last, date=after.data_from))


def worst(*statuses: str) -> str:
    """The weakest of several statuses (verified < secondary < derived < unverified)."""
    return max(statuses, key=lambda s: STATUS_ORDER.get(s, 0))


@dataclass(frozen=True)
class DayRate:
    """The binding hourly rate on a day and where it comes from."""

    rate: Decimal
    binding: str
    table: str
    version: dt.date | None
    status: str
    source: Source | None
    basis: str
    monthly: Decimal | None = None  # the monthly amount the hourly rate was derived from (x 3/13/h)
    # ``basis`` as a kind and its figures, for presenters in other languages (documents/line_text.py)
    basis_params: Params = ()


@dataclass(frozen=True)
class Candidate:
    rate: Decimal
    binding: str
    table: str
    version: dt.date | None
    status: str
    source: Source | None
    basis: str
    monthly: Decimal | None = None
    basis_params: Params = ()  # ``basis`` as a kind and its figures (DayRate.basis_params)


@dataclass(frozen=True)
class WorkingRules:
    daily_limit: int  # minutes
    weekly_limit: int  # minutes
    overtime_pct: Decimal
    sunday_holiday_pct: Decimal


class Usage:
    """Records every rate version used (for the statement and the warnings)."""

    def __init__(self) -> None:
        self.versions: dict[tuple[str, dt.date], tuple[str, str, str]] = {}
        self.outdated: set[str] = set()
        # Rate candidates worked out for one worker, reused for the others of the same run
        # (``WorkerRates._shared``), keyed by everything they are made of. Kept here, with the
        # versions their making recorded, so a candidate is only ever reused where those are.
        self.memo: dict[tuple[object, ...], Any] = {}

    def use(self, table: str, start: dt.date, status: str, source: Source) -> None:
        self.versions[(table, start)] = (status, source.title, source.url)

    def use_value(self, rv: RateValue) -> None:
        self.use(rv.table, rv.version_from, rv.status, rv.source)
        if rv.outdated:
            self.outdated.add(rv.table)


def _base_tier(tiers: dict[str, Decimal]) -> str:
    """The adult base tier (youngest age, no seniority), e.g. ``18+0``."""
    return min(tiers, key=lambda k: tuple(int(x) for x in k.split("+")))


def _age_key(keys: dict[str, Decimal], age: int) -> str | None:
    """Key for ``age``: exact, else the lowest key when younger than every key."""
    ints = sorted(int(k) for k in keys)
    if str(age) in keys:
        return str(age)
    if ints and age < ints[0]:
        return str(ints[0])
    return None


_DATE = attrgetter("date")


class WorkerRates:
    """Rates for one worker, cached per day."""

    @property
    def start(self) -> dt.date:
        """The employment start (the caller resolves an unknown start, docs/estimates.md)."""
        s = self.worker.employment.start
        assert s is not None, "employment start not resolved"
        return s

    def __init__(self, case: CaseFile, worker: Worker, catalogue: Catalogue, usage: Usage):
        self.case = case
        self.worker = worker
        self.cat = catalogue
        self.usage = usage
        self.jur = case.jurisdiction
        self.law = jurisdiction(self.jur)  # which tables and which minimum-wage method
        self._national = {"monthly-tiers": self._national_be,
                          "hourly-by-age": self._national_nl}[self.law.minimum_method]
        emp = worker.employment
        self.sector: RateTable | None = catalogue.table(emp.sector) if emp.sector else None
        self.after_service = self._after_service()
        if emp.weekly_hours is not None:
            self.weekly_hours = emp.weekly_hours
        elif self.sector is not None and self.sector.weekly_hours is not None:
            self.weekly_hours = self.sector.weekly_hours
        elif self.law.minimum_method == "monthly-tiers":  # monthly amounts need a weekly regime
            wh = catalogue.table(self.law.national_minimum).weekly_hours
            if wh is None:
                raise LookupError_(f"{self.law.national_minimum} has no weekly_hours")
            self.weekly_hours = wh
        else:
            self.weekly_hours = Decimal(0)  # not used: NL rates are hourly
        self._tier_months: dict[dt.date, int] = {}
        self._breaks = self._breakpoints()
        self._win: tuple[dt.date, dt.date, DayRate] | None = None
        self._windows: dict[int, tuple[dt.date, dt.date, DayRate]] = {}
        self._nat_cache: dict[tuple[object, ...], Candidate] = {}
        self._sec_cache: dict[tuple[object, ...], Candidate] = {}
        self._rules_cache: dict[tuple[object, ...], WorkingRules] = {}
        self._rules_win: tuple[dt.date, dt.date, WorkingRules] | None = None
        self._combo_cache: dict[tuple[Candidate | None, Candidate], DayRate] = {}
        self._premium_cache: dict[dt.date, tuple[tuple[Premium, TableVersion], ...]] = {}
        self.capped_years: int | None = None
        # (table, version, age, conflicting percent) for a minor where the sector table records
        # youth percentages it does not apply (PC 302: official vs sector reading)
        self.youth_conflict: tuple[str, dt.date, int, Decimal] | None = None

    def _after_service(self) -> ScaleAfterService | None:
        """The named sector table's ``after_service`` rule for this worker, or None."""
        rule = self.sector.after_service if self.sector is not None else None
        if rule is None or self.sector is None:
            return None
        table = self.cat.table(rule.table)
        return ScaleAfterService(self.sector.id, table, rule.months,
                                 months_after(self.start, rule.months), table.versions[0].start)

    def sector_table(self, day: dt.date) -> RateTable | None:
        """The sector table whose scale applies on ``day``: the case's, or from the end of its
        first months of service the table continuing it, when that has a version on ``day``."""
        after = self.after_service
        if after is None or day < after.begins or day < after.data_from:
            return self.sector
        return after.table

    def scale_kept(self, day: dt.date) -> bool:
        """True when ``day`` is past the first months of service but the continuing table has no
        figures yet: the named table is kept (its figure may be too low)."""
        after = self.after_service
        return after is not None and after.begins <= day < after.data_from

    def scale_kept_warning(self, days: Iterable[dt.date]) -> Warning_ | None:
        """Warning ``continuing-scale-missing`` for the first and last of ``days`` on which the
        named table is kept (``scale_kept``); None when there is none."""
        after = self.after_service
        if after is None or after.begins >= after.data_from:
            return None
        kept = [d for d in days if after.begins <= d < after.data_from]
        return scale_kept_warning(self.worker, after, min(kept), max(kept)) if kept else None

    @property
    def _youth(self) -> str:
        if self.law.youth is None:
            raise LookupError_(f"{self.jur} declares no youth table (law/jurisdictions.py)")
        return self.law.youth

    @property
    def _working_time(self) -> str:
        if self.law.working_time is None:
            raise LookupError_(f"{self.jur} has no statutory working-time rules (law/jurisdictions.py)")
        return self.law.working_time

    # ---------------------------------------------------------------- national minimum
    def _national_be(self, day: dt.date) -> Candidate:
        v = self.cat.version(self.law.national_minimum, day)
        yv = self.cat.version(self._youth, day)
        age = age_on(self.worker.birth_date, day)
        seniority = months_between(self.start, day)
        key = (v.start, yv.start, age, min(seniority, self._max_tier_months(v)))
        hit = self._nat_cache.get(key)
        if hit is None:
            skey = ("national", self.law.national_minimum, v.start, self._youth, yv.start, age, seniority,
                    self.worker.student, self.weekly_hours)
            hit = self._nat_cache[key] = self._shared(
                skey, lambda: self._national_be_uncached(day, v, yv, age, seniority))
        return hit

    def _shared(self, key: tuple[object, ...], make: Callable[[], Candidate]) -> Candidate:
        """``make()``, or the candidate another worker of this run made from the same inputs
        (``key``: everything ``make`` reads). Making one records rate versions in ``usage`` and
        may set ``capped_years`` and ``youth_conflict``; a reused one sets those as making it did
        (its versions are in ``usage`` already: the memo lives there)."""
        hit = self.usage.memo.get(key)
        if hit is None:
            capped, conflict = self.capped_years, self.youth_conflict
            self.capped_years = self.youth_conflict = None
            try:
                hit = self.usage.memo[key] = (make(), self.capped_years, self.youth_conflict)
            finally:  # what making it set, else what was set before
                if self.capped_years is None:
                    self.capped_years = capped
                if self.youth_conflict is None:
                    self.youth_conflict = conflict
        cand, capped_years, youth_conflict = hit
        if capped_years is not None:
            self.capped_years = capped_years
        if youth_conflict is not None:
            self.youth_conflict = youth_conflict
        return cand

    def _max_tier_months(self, v: TableVersion) -> int:
        """The highest seniority (months) of the national minimum version ``v``'s tiers ("age+months"),
        worked out once per run (the run's memo) and kept per worker."""
        hit = self._tier_months.get(v.start)
        if hit is None:
            key = ("tier-months", self.law.national_minimum, v.start)
            shared: int | None = self.usage.memo.get(key)
            if shared is None:
                shared = self.usage.memo[key] = max(int(k.split("+")[1]) for k in v.values)
            hit = self._tier_months[v.start] = shared
        return hit

    def _national_be_uncached(self, day: dt.date, v: TableVersion, yv: TableVersion, age: int,
                              seniority: int) -> Candidate:
        tiers: dict[str, Decimal] = v.values
        self.usage.use(self.law.national_minimum, v.start, v.status, v.source)
        pct: Decimal | None = None
        binding = "national"
        minor_key = _age_key(yv.values.get("minor", {}), age)  # None from the age of majority
        if minor_key is not None:
            pct, binding = yv.values["minor"][minor_key], "youth"
        elif self.worker.student:
            students = yv.values.get("student", {})
            if str(age) in students:
                pct, binding = students[str(age)], "student"
        if pct is not None:
            self.usage.use(self._youth, yv.start, yv.status, yv.source)
            adult = tiers[_base_tier(tiers)]
            monthly = round_cent(adult * pct / 100)
            hourly = monthly_to_hourly(monthly, self.weekly_hours)
            basis = (f"CCT 50: {pct} % of {adult} = {monthly}/month ({self._youth}@{yv.start}); "
                     f"x 3/13/{self.weekly_hours} h")
            params = params_of(kind="cct50", percent=pct, adult=adult, monthly=monthly, table=self._youth,
                               version=yv.start, weekly_hours=self.weekly_hours)
            return Candidate(hourly, binding, self.law.national_minimum, v.start, worst(v.status, yv.status),
                             v.source, basis, monthly, params)
        best: tuple[Decimal, str] | None = None
        for key, amount in tiers.items():
            a, m = (int(x) for x in key.split("+"))
            if age >= a and seniority >= m and (best is None or amount > best[0]):
                best = (amount, key)
        if best is None:
            raise LookupError_(f"{self.law.national_minimum} on {day}: no tier for age {age}")
        monthly, key = best
        hourly = monthly_to_hourly(monthly, self.weekly_hours)
        tier = "" if len(tiers) == 1 else f" (tier {key}: age {age}, {seniority} months' seniority)"
        basis = f"GGMMI {monthly}/month{tier}; x 3/13/{self.weekly_hours} h"
        params = params_of({"tier": key, "age": age, "seniority": seniority} if tier else None,
                           kind="ggmmi", monthly=monthly, weekly_hours=self.weekly_hours)
        return Candidate(hourly, "national", self.law.national_minimum, v.start, v.status, v.source, basis,
                         monthly, params)

    def _national_nl(self, day: dt.date) -> Candidate:
        v = self.cat.version(self.law.national_minimum, day)
        self.usage.use(self.law.national_minimum, v.start, v.status, v.source)
        age = age_on(self.worker.birth_date, day)
        values: dict[str, Decimal] = v.values
        top = max(int(k) for k in values)
        key = str(top) if age >= top else _age_key(values, age)
        if key is None:
            raise LookupError_(f"{self.law.national_minimum} on {day} has no rate for age {age}")
        label = f"{key}+" if int(key) == top else key
        return Candidate(values[key], "wml", self.law.national_minimum, v.start, v.status, v.source,
                         f"WML hourly, age {label}", None, params_of(kind="wml", age=label))

    # ---------------------------------------------------------------- sector minimum
    def function_years(self, day: dt.date) -> int:
        """Function years on ``day``: the recorded years plus one per anniversary of the start."""
        return self.worker.employment.function_years + years_between(self.start, day)

    def sector_years(self, day: dt.date, v: TableVersion) -> int:
        """The function-years row of the sector table on ``day``: ``function_years``, except for
        the rows the version's ``function_year_steps`` governs (PC 302: from row 9, five-yearly
        steps counting only years in the same undertaking, each from the first day of the month
        after the anniversary). Below those rows the usual count applies; a worker whose years
        in the undertaking do not reach the first governed row stays on the row before it."""
        years = self.function_years(day)
        steps = v.function_year_steps
        if steps is None or years < steps.from_row:
            return years
        counted = years_between(self.start, day)
        if steps.effective == "first_of_next_month" and counted > 0:
            anniversary = _anniversary(self.start, counted)
            nxt = dt.date(anniversary.year + anniversary.month // 12, anniversary.month % 12 + 1, 1)
            if day < nxt:
                counted -= 1
        if steps.years == "function_years":
            counted += self.worker.employment.function_years
        return counted if counted >= steps.from_row else steps.from_row - 1

    def _sector(self, day: dt.date) -> Candidate | None:
        t = self.sector_table(day)  # the case's table, or the one continuing it (after_service)
        if t is None:
            return None
        v = self.cat.version(t.id, day)
        key = (t.id, v.start, self.sector_years(day, v), age_on(self.worker.birth_date, day))
        hit = self._sec_cache.get(key)
        if hit is None:
            emp = self.worker.employment
            skey = ("sector", *key, self.function_years(day), emp.category, self.worker.student,
                    self.weekly_hours)
            hit = self._sec_cache[key] = self._shared(skey, lambda: self._sector_uncached(day, t, v))
        return hit

    def _sector_uncached(self, day: dt.date, t: RateTable, v: TableVersion) -> Candidate:
        self.usage.use(t.id, v.start, v.status, v.source)
        category = self.worker.employment.category or ""
        node = v.values.get(category)
        if node is None:
            raise LookupError_(f"{t.id} on {day} has no category {category!r}; allowed: "
                               f"{', '.join(v.values)}", "unknown-category",
                               params_of(table=t.id, category=category, allowed=", ".join(v.values)))
        basis = f"{t.id} category {category}"
        words: dict[str, object] = {"kind": "sector", "table": t.id, "category": category, "unit": t.unit}
        if "function_years" in t.dimensions:
            years = self.sector_years(day, v)
            keys = sorted(int(k) for k in node)
            use = years
            if str(years) not in node:
                use = max(k for k in keys if k <= years) if any(k <= years for k in keys) else keys[0]
                if years > keys[-1]:
                    self.capped_years = keys[-1]
            base: Decimal = node[str(use)]
            shown = self.function_years(day)
            basis += f", {shown} function years" + (f" (row {use})" if use != shown else "")
            words.update(years=shown, row=use if use != shown else None)
            steps = v.function_year_steps
            if steps is not None and years != shown:
                basis += (f" [rows from {steps.from_row}: {steps.years.replace('_', ' ')}, "
                          f"{steps.effective.replace('_', ' ')}]")
                words.update(steps_from=steps.from_row, steps_years=steps.years, steps_effective=steps.effective)
        else:
            base = node
        age = age_on(self.worker.birth_date, day)
        conflict = v.youth_percent_conflict
        if conflict is not None and (ckey := _age_key(conflict.values, age)) is not None:
            self.youth_conflict = (t.id, v.start, age, conflict.values[ckey])
        pct, binding, status = self._sector_percent(t, v, age)
        month_amount: Decimal | None = None
        if t.unit == "month":
            monthly = round_cent(base * pct / 100) if pct is not None else base
            month_amount = monthly
            hourly = monthly_to_hourly(monthly, self.weekly_hours)
            basis += f": {monthly}/month" + (f" ({pct} % of {base})" if pct is not None else "")
            basis += f"; x 3/13/{self.weekly_hours} h"
            words.update(monthly=monthly, weekly_hours=self.weekly_hours)
        else:
            hourly = round_rate(base * pct / 100) if pct is not None else base
            basis += f": {base}/h" + (f" x {pct} %" if pct is not None else "")
        words.update(base=base, percent=pct)
        return Candidate(hourly, binding, t.id, v.start, status, v.source, basis, month_amount,
                         params_of(words))

    def _sector_percent(self, t: RateTable, v: TableVersion, age: int) -> tuple[Decimal | None, str, str]:
        """The sector's own youth or student percentage of its scale for a worker of ``age``
        (None: the full scale), the binding it makes and the status of the figures."""
        key = _age_key(v.youth_percent.values, age) if v.youth_percent is not None else None
        if v.youth_percent is not None and key is not None:
            self.usage.use(f"{t.id}#youth_percent", v.start, v.youth_percent.status,
                           v.youth_percent.source)
            return v.youth_percent.values[key], "sector-youth", worst(v.status, v.youth_percent.status)
        if (self.worker.student and v.student_percent is not None
                and str(age) in v.student_percent.values):
            self.usage.use(f"{t.id}#student_percent", v.start, v.student_percent.status,
                           v.student_percent.source)
            return (v.student_percent.values[str(age)], "sector-student",
                    worst(v.status, v.student_percent.status))
        return None, "sector", v.status

    # ---------------------------------------------------------------- binding rate
    def on(self, day: dt.date) -> DayRate:
        """The binding hourly rate on ``day``: the highest of national, sector and agreed."""
        win = self._win
        if win is not None and win[0] <= day < win[1]:
            return win[2]
        return self.rate_window(day)[2]

    def rate_window(self, day: dt.date) -> tuple[dt.date, dt.date, DayRate]:
        """``on(day)`` and the days [from, to) around ``day`` through which it holds: no input of
        the rate (a version, an age, a month of seniority) changes between two breakpoints."""
        win = self._win
        if win is not None and win[0] <= day < win[1]:
            return win
        i = bisect.bisect_right(self._breaks, day)
        win = self._windows.get(i)  # steps walk the days again: each window is computed once
        if win is None:
            hit = self._compute_on(day)
            lo = self._breaks[i - 1] if i else dt.date.min
            hi = self._breaks[i] if i < len(self._breaks) else dt.date.max
            win = self._windows[i] = (lo, hi, hit)
        self._win = win
        return win

    def _breakpoints(self) -> list[dt.date]:
        """Every date on which an input of the binding rate may change: rate versions, birthdays
        (age), anniversaries of the employment start (function years), its monthly anniversaries
        while the national minimum's seniority tiers still tell months apart, and the 1st of the
        month after each anniversary where a sector version steps function years from then.
        Between two of these every lookup of ``_compute_on`` reads the same inputs."""
        tables = [t for t in (self.law.national_minimum, self.law.youth) if t]
        sectors = [self.sector] if self.sector is not None else []
        out: set[dt.date] = set()
        if self.after_service is not None:  # the scale changes after the first months of service
            sectors.append(self.after_service.table)
            out.add(self.after_service.begins)
        tables += [t.id for t in sectors]
        for t in tables:
            out.update(v.start for v in self.cat.table(t).versions)
        w = self.worker
        shift_dates = list(map(_DATE, w.shifts))  # in C: a year of shifts is 365 of them
        dates = [min(shift_dates), max(shift_dates)] if shift_dates else []
        dates += [x.from_ for x in w.hours] + [x.to for x in w.hours]
        dates += [d for e in w.estimates for d in (e.from_, e.to) if d is not None]
        if w.estimates:  # a presumption without dates ends on the inspection date
            dates.append(self.case.inspection.date)
        first = min(dates).year - 1 if dates else 1900
        last = max(dates).year + 1 if dates else 1900
        b = w.birth_date
        s = self.start
        seniority_to = months_after(s, self._seniority_months() + 1)  # tiers no longer change
        month_steps = any(v.function_year_steps is not None and v.function_year_steps.effective
                          == "first_of_next_month" for t in sectors for v in t.versions)
        for year in range(first, last + 1):
            out.update(_change_days(year, b.month, b.day))
            if year < s.year:
                continue
            out.update(_change_days(year, s.month, s.day))
            if year < seniority_to.year + 1:
                for month in range(1, 13):
                    if dt.date(year, month, 1) <= seniority_to:
                        out.update(_change_days(year, month, s.day))
            if month_steps and year > s.year:  # a step from the 1st of the month after the
                a = _anniversary(s, year - s.year)  # anniversary (``sector_years``, PC 302)
                out.add(dt.date(a.year + a.month // 12, a.month % 12 + 1, 1))
        out.add(s)
        return sorted(out)

    def _seniority_months(self) -> int:
        """The months of seniority from which the national minimum no longer depends on them
        (the highest tier of any version; 0 where the minimum has no seniority tiers)."""
        if self.law.minimum_method != "monthly-tiers":
            return 0
        return max(self._max_tier_months(v) for v in self.cat.table(self.law.national_minimum).versions)

    def _compute_on(self, day: dt.date) -> DayRate:
        sector = self._sector(day)
        national = self._national(day)
        ckey = (sector, national)  # by value: candidates are frozen, hashable
        hit = self._combo_cache.get(ckey)
        if hit is None:
            skey = ("combined", sector, national, self.worker.employment.agreed_hourly_rate)
            shared = self.usage.memo.get(skey)
            if shared is None:
                shared = self.usage.memo[skey] = self._combine(sector, national)
            hit = self._combo_cache[ckey] = shared
        return hit

    def check_outdated(self, last_day: dt.date) -> None:
        """Record the tables used for the worked days (minimums, sector, youth, working time …)
        that are not reviewed through ``last_day``, the last day worked (docs/method.md, "Rates that are current")."""
        tables = {self.law.national_minimum}
        sector = self.sector_table(last_day)  # the scale of that day (after_service)
        if sector is not None:
            tables.add(sector.id)
        tables |= {t.split("#")[0] for t, _start in self.usage.versions}
        for table in sorted(t for t in tables if t in self.cat.tables):
            if self.cat.is_outdated(table, last_day):
                self.usage.outdated.add(table)

    def _combine(self, sector: Candidate | None, national: Candidate) -> DayRate:
        cands: list[Candidate] = [sector] if sector is not None else []
        cands.append(national)
        agreed = self.worker.employment.agreed_hourly_rate
        if agreed is not None:
            cands.append(Candidate(agreed, "agreed", "agreed", None, "case", None,
                                   "hourly rate agreed with the employer", None, params_of(kind="agreed")))
        best = cands[0]
        for c in cands[1:]:
            if c.rate > best.rate:  # ties keep the earlier: sector, then national, then agreed
                best = c
        lower = [c for c in cands if c is not best]
        others = "; ".join(f"{c.binding} {c.rate}" for c in lower)
        basis = best.basis + (f" [higher than: {others}]" if others else "")
        params = best.basis_params + params_of(
            {f"{n}.binding": c.binding for n, c in enumerate(lower)},
            **{f"{n}.rate": c.rate for n, c in enumerate(lower)}, others=len(lower))
        return DayRate(best.rate, best.binding, best.table, best.version, best.status, best.source, basis,
                       best.monthly, tuple(sorted(params)))

    # ---------------------------------------------------------------- working time and premiums
    def sector_version(self, day: dt.date) -> TableVersion | None:
        return self.cat.version(self.sector.id, day) if self.sector is not None else None

    def working_rules(self, day: dt.date) -> WorkingRules:
        """Overtime thresholds and premiums on ``day`` (sector overrides where it defines them)."""
        win = self._rules_win  # asked for every worked day by several steps
        if win is None or not win[0] <= day < win[1]:
            win = self._rules_win = self.rules_window(day)
        return win[2]

    def rules_through(self, first: dt.date, last: dt.date) -> WorkingRules | None:
        """The working rules in force from ``first`` to ``last`` when one set holds all through
        (one lookup for a week), else None."""
        win = self._rules_win
        if win is None or not win[0] <= first < win[1]:
            win = self._rules_win = self.rules_window(first)
        return win[2] if last < win[1] else None

    def rules_window(self, day: dt.date) -> tuple[dt.date, dt.date, WorkingRules]:
        """``working_rules(day)`` and the days [from, to) around ``day`` on which the same
        working-time and sector versions are in force."""
        v, lo, hi = self.cat.version_span(self._working_time, day)
        sv: TableVersion | None = None
        if self.sector is not None:
            sv, s_lo, s_hi = self.cat.version_span(self.sector.id, day)
            lo, hi = max(lo, s_lo), min(hi, s_hi)
        key = (v.start, sv.start if sv is not None else None)
        hit = self._rules_cache.get(key)
        if hit is None:
            hit = self._rules_cache[key] = self._working_rules(v, sv)
        return lo, hi, hit

    def _working_rules(self, v: TableVersion, sv: TableVersion | None) -> WorkingRules:
        self.usage.use(self._working_time, v.start, v.status, v.source)
        p = dict(v.parameters)
        if sv is not None and sv.working_time is not None:
            p.update(sv.working_time.values)
            assert self.sector is not None
            self.usage.use(f"{self.sector.id}#working_time", sv.start, sv.working_time.status,
                           sv.working_time.source)
        return WorkingRules(
            daily_limit=int(p["daily_limit_hours"] * 60),
            weekly_limit=int(p["weekly_limit_hours"] * 60),
            overtime_pct=p["overtime_premium_percent"],
            sunday_holiday_pct=p["sunday_holiday_overtime_premium_percent"],
        )

    def premiums(self, day: dt.date) -> tuple[tuple[Premium, TableVersion], ...]:
        """Flat premiums of the sector version in force on ``day``."""
        return self.premiums_window(day)[2]

    def premiums_window(self, day: dt.date) -> tuple[dt.date, dt.date, tuple[tuple[Premium, TableVersion], ...]]:
        """``premiums(day)`` and the days [from, to) around ``day`` of the same sector version."""
        if self.sector is None:
            return dt.date.min, dt.date.max, ()
        sv, lo, hi = self.cat.version_span(self.sector.id, day)
        if not sv.flat_premiums:
            return lo, hi, ()
        hit = self._premium_cache.get(sv.start)
        if hit is None:
            hit = self._premium_cache[sv.start] = tuple((p, sv) for p in sv.flat_premiums)
        return lo, hi, hit
