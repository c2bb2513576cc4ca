"""``compute(case, catalogue, as_of) -> Result``: the back-pay method of DESIGN §5, step by step.

Pure and deterministic: the same case, rates and as-of give the same Result, bit for bit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache

from wage_remedy.case.model import CaseFile, Worker
from wage_remedy.case.store import CaseError, CaseProblem
from wage_remedy.compute.hours import DayWork, minutes_in_window, worked_days
from wage_remedy.compute.interest import interest
from wage_remedy.compute.periods import due_date, period_bounds, period_of
from wage_remedy.compute.rates import DayRate, Usage, WorkerRates
from wage_remedy.compute.result import (
    Line,
    PaymentApplied,
    PeriodResult,
    Result,
    Warning_,
    WorkerResult,
)
from wage_remedy.law.calendar import is_public_holiday
from wage_remedy.law.catalogue import Catalogue, LookupError_
from wage_remedy.law.loader import Premium
from wage_remedy.money import ZERO, round_cent

WAGE_PAYMENT = {"BE": "be/wage-protection", "NL": "nl/wage-payment"}
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_KIND_ORDER = {"normal": 0, "overtime": 1, "flat_premium": 2}


def inputs_digest(case: CaseFile) -> str:
    """SHA-256 of the case inputs: everything but the issued-documents record and the claims
    (a claim checked later does not change the computation, so documents stay verifiable)."""
    text = case.model_dump_json(by_alias=True, exclude={"documents", "claims"}, exclude_none=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class _Acc:
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
            p = self.flat
            exact = Decimal(self.uncapped_minutes) * p.per_hour / 60
            if self.capped_days:
                assert p.daily_cap is not None
                exact += self.capped_days * p.daily_cap
            return Line(kind="flat_premium", minutes=self.minutes, rate=p.per_hour, premium=ZERO,
                        amount=round_cent(exact), binding="premium", rate_table=self.table,
                        rate_from=self.version, status=p.status, source=p.source,
                        first_day=self.first, last_day=self.last, premium_id=p.id,
                        basis=f"{p.per_hour}/h" + (f", at most {p.daily_cap}/day" if p.daily_cap else ""))
        dr = self.rate
        assert dr is not None
        amount = round_cent(Decimal(self.minutes) * dr.rate * (100 + self.premium) / 6000)
        return Line(kind=self.kind, minutes=self.minutes, rate=dr.rate, premium=self.premium,
                    amount=amount, binding=dr.binding, rate_table=dr.table, rate_from=dr.version,
                    status=dr.status, source=dr.source, first_day=self.first, last_day=self.last,
                    basis=dr.basis)


def _classify(days: dict[dt.date, DayWork], rates: WorkerRates, jur: str
              ) -> list[tuple[dt.date, int, str, Decimal]]:
    """Split worked minutes into (day, minutes, kind, premium %) chunks (DESIGN §5 step 2)."""
    chunks: list[tuple[dt.date, int, str, Decimal]] = []
    if jur != "BE":
        for d, dw in days.items():
            chunks.append((d, dw.minutes, "normal", ZERO))
        return chunks
    weeks: dict[tuple[int, int], list[DayWork]] = defaultdict(list)
    for d, dw in days.items():
        if dw.block_minutes:
            chunks.append((d, dw.block_minutes, "normal", ZERO))
        if dw.shift_minutes:
            weeks[d.isocalendar()[:2]].append(dw)
    for week_days in weeks.values():
        week_days.sort(key=lambda x: x.day)
        normal: dict[dt.date, int] = {}
        over: dict[dt.date, int] = {}
        rules = {}
        for dw in week_days:
            r = rates.working_rules(dw.day)
            rules[dw.day] = r
            ot = max(0, dw.shift_minutes - r.daily_limit)
            over[dw.day] = ot
            normal[dw.day] = dw.shift_minutes - ot
        weekly_limit = rules[week_days[-1].day].weekly_limit
        excess = max(0, sum(normal.values()) - weekly_limit)
        for dw in reversed(week_days):  # weekly overtime: the chronologically last minutes
            if excess <= 0:
                break
            take = min(normal[dw.day], excess)
            normal[dw.day] -= take
            over[dw.day] += take
            excess -= take
        for dw in week_days:
            d = dw.day
            if normal[d]:
                chunks.append((d, normal[d], "normal", ZERO))
            if over[d]:
                r = rules[d]
                special = d.weekday() == 6 or is_public_holiday("BE", d)
                chunks.append((d, over[d], "overtime", r.sunday_holiday_pct if special else r.overtime_pct))
    chunks.sort(key=lambda c: (c[0], _KIND_ORDER[c[2]]))
    return chunks


def _premium_applies(p_days: tuple[str, ...] | None, day: dt.date, jur: str) -> bool:
    if p_days is None:
        return True
    if _DAY_NAMES[day.weekday()] in p_days:
        return True
    return "public_holiday" in p_days and is_public_holiday(jur, day)


def _flat_premiums(days: dict[dt.date, DayWork], rates: WorkerRates, jur: str, kind: str,
                   groups: dict[str, dict[tuple[object, ...], _Acc]], usage: Usage) -> None:
    """Flat sector premiums (DESIGN §5 step 4): per day, minutes x amount, capped per day.

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
            if not _premium_applies(p.days, d, jur):
                continue
            m = minutes_in_window(dw.segments, p.window) if p.window else dw.shift_minutes
            if not m:
                continue
            key = ("flat_premium", p.id, table, sv.start, p.per_hour)
            pg = groups[period_of(d, kind)]
            acc = pg.get(key)
            if acc is None:
                usage.use(f"{table}#{p.id}", sv.start, p.status, p.source)
                acc = pg[key] = _Acc("flat_premium", ZERO, flat=p, table=table, version=sv.start)
            acc.add(d, m)
            if p.daily_cap is not None and m > _cap_minutes(p.per_hour, p.daily_cap):
                acc.capped_days += 1
            else:
                acc.uncapped_minutes += m


@lru_cache(maxsize=64)
def _cap_minutes(per_hour: Decimal, cap: Decimal) -> int:
    """The most whole minutes whose premium stays within the daily cap."""
    return int((cap * 60 / per_hour).to_integral_value(rounding=ROUND_FLOOR))


def _check_sector(w: Worker, wpath: str, jur: str, cat: Catalogue, problems: list[CaseProblem]) -> None:
    """The sector and category of a worker exist in the catalogue and fit the case."""
    emp = w.employment
    if emp.sector is None:
        return
    try:
        t = cat.table(emp.sector)
    except LookupError_ as exc:
        problems.append(CaseProblem(f"{wpath}.employment.sector", str(exc)))
        return
    if t.kind != "sector":
        problems.append(CaseProblem(f"{wpath}.employment.sector", f"{emp.sector} is not a sector table"))
    elif t.jurisdiction != jur:
        problems.append(CaseProblem(f"{wpath}.employment.sector",
                                    f"{emp.sector} is a {t.jurisdiction} table; the case is {jur}"))
    elif not emp.category:
        problems.append(CaseProblem(f"{wpath}.employment.category",
                                    f"a category is required with sector {emp.sector}"))
    else:
        known = {k for v in t.versions if not v.gap for k in v.values}
        if emp.category not in known:
            problems.append(CaseProblem(f"{wpath}.employment.category",
                                        f"unknown category {emp.category!r} in {emp.sector}; allowed: "
                                        f"{', '.join(sorted(known))}"))


def _day_path(w: Worker, wpath: str, day: dt.date) -> str:
    """JSON path of the first shift or hours block that puts work on ``day``."""
    for i, s in enumerate(w.shifts):
        if s.date == day or (s.date + dt.timedelta(days=1) == day and s.end <= s.start):
            return f"{wpath}.shifts[{i}].date"
    for j, b in enumerate(w.hours):
        if b.from_ <= day <= b.to:
            return f"{wpath}.hours[{j}]"
    return wpath


def _worker(case: CaseFile, wi: int, w: Worker, cat: Catalogue, as_of: dt.date, usage: Usage,
            problems: list[CaseProblem], warnings: list[Warning_]) -> WorkerResult | None:
    wpath = f"workers[{wi}]"
    jur = case.jurisdiction
    kind = case.settings.pay_period
    n_before = len(problems)
    emp = w.employment
    _check_sector(w, wpath, jur, cat, problems)
    days = worked_days(w, wpath, problems)
    work_periods = {period_of(d, kind) for d in days}
    conv = case.settings.net_conversion if case.settings.paid_amounts == "net" else None
    paid: dict[str, list[PaymentApplied]] = defaultdict(list)
    for j, pay in enumerate(w.payments):  # payments (DESIGN §5 step 5)
        if pay.for_ is not None:
            if ("-W" in pay.for_) != (kind == "week"):
                problems.append(CaseProblem(f"{wpath}.payments[{j}].for",
                                            f"{pay.for_!r} is not a {kind} period of this case "
                                            f"(pay_period is {kind!r})"))
                continue
            per = pay.for_
            if per not in work_periods:
                problems.append(CaseProblem(f"{wpath}.payments[{j}].for",
                                            f"no work is recorded in period {per}; a payment can only "
                                            "be for a period with work"))
                continue
        else:
            per = period_of(pay.date, kind)
        if pay.date > as_of:
            warnings.append(Warning_("payment-after-as-of",
                                     f"{w.name}: the payment of {pay.date} ({pay.amount}) is dated after the "
                                     f"as-of date {as_of} and is counted", w.id, per))
        gross = round_cent(pay.amount * conv.factor) if conv else pay.amount
        paid[per].append(PaymentApplied(j, pay.date, gross, pay.amount, pay.method, pay.for_))
    if len(problems) > n_before:
        return None
    try:
        rates = WorkerRates(case, w, cat, usage)
    except LookupError_ as exc:
        problems.append(CaseProblem(f"{wpath}.employment", str(exc)))
        return None
    for d in days:  # every day must be covered by the rates: name the first input that is not
        try:
            rates.on(d)
            if jur == "BE" and days[d].shift_minutes:
                rates.working_rules(d)
        except LookupError_ as exc:
            problems.append(CaseProblem(_day_path(w, wpath, d), str(exc)))
            return None
    if days and min(days) < emp.start:
        warnings.append(Warning_("before-employment-start",
                                 f"work recorded on {min(days)}, before the employment start {emp.start}",
                                 w.id))
    try:
        chunks = _classify(days, rates, jur)
        groups: dict[str, dict[tuple[object, ...], _Acc]] = defaultdict(dict)
        for d, minutes, lkind, prem in chunks:
            dr = rates.on(d)
            key: tuple[object, ...] = (lkind, dr.binding, dr.table, dr.version, dr.rate, prem)
            pg = groups[period_of(d, kind)]
            acc = pg.get(key)
            if acc is None:
                acc = pg[key] = _Acc(lkind, prem, rate=dr)
            acc.add(d, minutes)
        _flat_premiums(days, rates, jur, kind, groups, usage)
    except LookupError_ as exc:
        problems.append(CaseProblem(f"{wpath}", str(exc)))
        return None
    if days:
        rates.check_outdated(max(days))
    if rates.capped_years is not None:
        warnings.append(Warning_("function-years-capped",
                                 f"{emp.sector} stops at {rates.capped_years} function years; the last row is used",
                                 w.id))
    # periods
    wp_table = WAGE_PAYMENT[jur]
    periods: list[PeriodResult] = []
    for per in sorted(set(groups) | set(paid)):
        start, end = period_bounds(per)
        lines = [acc.line() for acc in groups.get(per, {}).values()]
        lines.sort(key=lambda ln: (_KIND_ORDER[ln.kind], ln.first_day, ln.premium, ln.premium_id or "", ln.rate))
        due = sum((ln.amount for ln in lines), ZERO)
        pays = tuple(paid.get(per, ()))
        got = sum((pa.amount for pa in pays), ZERO)
        unpaid = max(ZERO, due - got)
        over = max(ZERO, got - due)
        try:
            wdays = cat.parameter(wp_table, end, "due_working_days")
        except LookupError_ as exc:
            problems.append(CaseProblem(wpath, str(exc)))
            return None
        usage.use_value(wdays)
        ddate = due_date(end, jur, int(wdays.value), case.settings.pay_day, kind)
        try:
            intr, parts = interest(unpaid, ddate, as_of, jur, cat, usage)
        except LookupError_ as exc:
            problems.append(CaseProblem(wpath, f"interest for {per}: {exc}"))
            return None
        if over > 0:
            warnings.append(Warning_("overpaid", f"{w.name}: {per} paid {over} more than due; "
                                     "not set off against other periods", w.id, per))
        periods.append(PeriodResult(
            period=per, start=start, end=end, due_date=ddate, due=due, paid=got, unpaid=unpaid,
            overpaid=over, interest=intr, minutes=sum(ln.minutes for ln in lines if ln.kind != "flat_premium"),
            lines=tuple(lines), payments=pays, interest_parts=parts,
        ))
    return WorkerResult(
        id=w.id, name=w.name, periods=tuple(periods),
        due=sum((p.due for p in periods), ZERO), paid=sum((p.paid for p in periods), ZERO),
        unpaid=sum((p.unpaid for p in periods), ZERO), overpaid=sum((p.overpaid for p in periods), ZERO),
        interest=sum((p.interest for p in periods), ZERO),
    )


# Tables whose figures shape every amount they touch (thresholds, due dates, youth percentages),
# as opposed to minimum-wage tables that may only have been compared with a higher binding rate.
_ALWAYS_AFFECTING = frozenset({"be/working-time", "be/wage-protection", "nl/wage-payment", "be/youth"})


def _affecting_versions(workers: list[WorkerResult]) -> set[tuple[str, dt.date]]:
    """Rate versions whose figures are in the amounts: binding rates, premiums, interest."""
    out: set[tuple[str, dt.date]] = set()
    for w in workers:
        for p in w.periods:
            for ln in p.lines:
                if ln.rate_from is None:
                    continue
                table = f"{ln.rate_table}#{ln.premium_id}" if ln.premium_id else ln.rate_table
                out.add((table, ln.rate_from))
                if ln.binding == "sector-student":
                    out.add((f"{ln.rate_table}#student_percent", ln.rate_from))
                elif ln.binding == "sector-youth":
                    out.add((f"{ln.rate_table}#youth_percent", ln.rate_from))
            for ip in p.interest_parts:
                out.add((ip.rate_table, ip.rate_from))
    return out


def compute(case: CaseFile, catalogue: Catalogue, as_of: dt.date | None = None) -> Result:
    """Compute the unpaid wages and interest of every worker of ``case`` at ``as_of``.

    Raises ``CaseError`` listing every problem (with its JSON path) when the case cannot be
    computed: overlapping shifts, unknown sector or category, dates the rates do not cover, ...
    """
    paused = gc.isenabled()
    gc.disable()  # many short-lived objects, no cycles: avoid repeated full-heap scans
    try:
        return _compute(case, catalogue, as_of)
    finally:
        if paused:
            gc.enable()


def _compute(case: CaseFile, catalogue: Catalogue, as_of: dt.date | None) -> Result:
    as_of = as_of or case.as_of
    usage = Usage()
    problems: list[CaseProblem] = []
    warnings: list[Warning_] = []
    workers: list[WorkerResult] = []
    for wi, w in enumerate(case.workers):
        wr = _worker(case, wi, w, catalogue, as_of, usage, problems, warnings)
        if wr is not None:
            workers.append(wr)
    if problems:
        seen: set[tuple[str, str]] = set()
        unique = [p for p in problems if (p.path, p.message) not in seen and not seen.add((p.path, p.message))]  # type: ignore[func-returns-value]
        raise CaseError(unique)
    affecting = _affecting_versions(workers)
    for (table, start), (status, title, _url) in sorted(usage.versions.items()):
        if (table, start) not in affecting and table.split("#")[0] not in _ALWAYS_AFFECTING:
            continue  # compared but did not bind: listed in rate_versions, no warning
        if status == "unverified":
            warnings.append(Warning_("unverified-rate",
                                     f"{table}@{start} is NOT VERIFIED ({title}); check it before relying on it"))
        elif status == "derived":
            warnings.append(Warning_("derived-rate",
                                     f"{table}@{start} is derived by calculation, not read in a published table ({title})"))
    for table in sorted(usage.outdated):
        t = catalogue.table(table)
        if t.versions[-1].gap:
            msg = (f"{table}: the figures in force from {t.versions[-1].start} are not in the "
                   f"catalogue ({t.versions[-1].note}); the previous version was used and may be too low")
        else:
            msg = (f"{table}: the last version ({t.versions[-1].start}) is old for a date used; "
                   "an indexation may be missing, the rates may be out of date")
        warnings.append(Warning_("outdated-rate", msg))
    assumptions = [
        "Amounts are gross.",
        "Hours blocks (a total over a date range) are spread evenly over their calendar days; "
        "they are not classified as overtime.",
        "Breaks are taken from the start of a shift.",
        "Interest: simple, on the unpaid gross amount, from the day after the due date to the "
        "as-of date inclusive, days/365, split at 1 January.",
    ]
    if case.settings.paid_amounts == "net" and case.settings.net_conversion is not None:
        nc = case.settings.net_conversion
        assumptions[0] = (f"Payments were recorded net and converted to gross x {nc.factor} "
                          f"({nc.description}).")
    result = Result(
        reference=case.reference, jurisdiction=case.jurisdiction, as_of=as_of,
        rates_digest=catalogue.digest, inputs_digest=inputs_digest(case), workers=tuple(workers),
        warnings=tuple(warnings), assumptions=tuple(assumptions),
        rate_versions=tuple((t, s, st, title, url) for (t, s), (st, title, url) in sorted(usage.versions.items())),
    )
    from wage_remedy.sanctions import compute_sanctions
    return dataclasses.replace(result, sanctions=compute_sanctions(case, result, catalogue))
