"""``compute(case, catalogue, as_of) -> Result``: the back-pay method of docs/method.md, step by step.

Pure and deterministic: the same case, rates and as-of give the same Result, bit for bit.
Each step is a function of its own (worked time, classification, binding rate, lines, flat
premiums, payments, due dates and interest); ``_worker`` only chains them.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import gc
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from wage_remedy.case.model import CaseFile, Worker
from wage_remedy.case.store import CaseError, CaseProblem
from wage_remedy.compute.cache import WorkerCache, WorkerPart
from wage_remedy.compute.classify import classify
from wage_remedy.compute.estimates import estimated_work, resolved_start
from wage_remedy.compute.fines import Sanctions, compute_sanctions
from wage_remedy.compute.heads import worker_heads
from wage_remedy.compute.hours import DayWork, worked_days
from wage_remedy.compute.interest import interest
from wage_remedy.compute.lines import Groups, flat_premiums, new_groups, period_lines, rate_lines
from wage_remedy.compute.payments import apply_payments
from wage_remedy.compute.periods import due_date, payment_convention, period_bounds, periods_of
from wage_remedy.compute.rates import Usage, WorkerRates
from wage_remedy.compute.result import (
    EstimateInfo,
    Line,
    PaymentApplied,
    PeriodResult,
    Result,
    Warning_,
    WorkerResult,
)
from wage_remedy.errors import params_of
from wage_remedy.law.calendar import time_zone
from wage_remedy.law.catalogue import Catalogue, LookupError_, RateValue
from wage_remedy.law.jurisdictions import JURISDICTIONS, jurisdiction
from wage_remedy.money import ZERO


def inputs_digest(case: CaseFile, cache: WorkerCache | None = None) -> str:
    """SHA-256 of the case inputs: everything but the issued-documents record and the claims
    (a claim checked later does not change the computation, so documents stay verifiable).
    With ``cache`` the workers' JSON is reused from the last time (the same text)."""
    if cache is None:  # the serialiser's UTF-8 bytes: the text model_dump_json decodes them into
        data = type(case).__pydantic_serializer__.to_json(  # and .encode would give back
            case, by_alias=True, exclude={"documents", "claims"}, exclude_none=True)
        return hashlib.sha256(data).hexdigest()
    skeleton = case.model_copy(update={"workers": []}).model_dump_json(
        by_alias=True, exclude={"documents", "claims"}, exclude_none=True)
    workers = ",".join(cache.worker_json(i, w) for i, w in enumerate(case.workers))
    text = skeleton.replace('"workers":[]', '"workers":[' + workers + "]", 1)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class _Run:
    """What every step of one computation shares: the inputs and where problems go."""

    case: CaseFile
    cat: Catalogue
    as_of: dt.date
    usage: Usage = field(default_factory=Usage)
    problems: list[CaseProblem] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    # due date and the working-days figure it rests on, per period end (shared by the workers)
    due_dates: dict[dt.date, tuple[RateValue, dt.date]] = field(default_factory=dict)

    @property
    def jur(self) -> str:
        return self.case.jurisdiction

    @property
    def kind(self) -> str:
        return self.case.settings.pay_period


def check_sector(w: Worker, wpath: str, jur: str, cat: Catalogue, problems: list[CaseProblem]) -> None:
    """The sector and category of a worker exist in the catalogue and fit the case."""
    emp = w.employment
    if emp.sector is None:
        return
    try:
        t = cat.table(emp.sector)
    except LookupError_ as exc:
        problems.append(CaseProblem(f"{wpath}.employment.sector", str(exc), exc.code, exc.params))
        return
    if t.kind != "sector":
        problems.append(CaseProblem(f"{wpath}.employment.sector", f"{emp.sector} is not a sector table",
                                    "not-sector", params_of(table=emp.sector)))
    elif t.jurisdiction != jur:
        problems.append(CaseProblem(f"{wpath}.employment.sector",
                                    f"{emp.sector} is a {t.jurisdiction} table; the case is {jur}",
                                    "sector-jurisdiction", params_of(table=emp.sector, its=t.jurisdiction,
                                                                     case=jur)))
    elif not emp.category:
        problems.append(CaseProblem(f"{wpath}.employment.category",
                                    f"a category is required with sector {emp.sector}",
                                    "category-required", params_of(table=emp.sector)))
    else:
        known = {k for v in t.versions if not v.gap for k in v.values}
        if emp.category not in known:
            problems.append(CaseProblem(f"{wpath}.employment.category",
                                        f"unknown category {emp.category!r} in {emp.sector}; allowed: "
                                        f"{', '.join(sorted(known))}", "unknown-category",
                                        params_of(table=emp.sector, category=emp.category,
                                                  allowed=", ".join(sorted(known)))))


def _day_path(w: Worker, wpath: str, day: dt.date) -> str:
    """JSON path of the first shift or hours block that puts work on ``day``."""
    for i, s in enumerate(w.shifts):
        if s.date == day or (s.date + dt.timedelta(days=1) == day and s.end <= s.start):
            return f"{wpath}.shifts[{i}].date"
    for j, b in enumerate(w.hours):
        if b.from_ <= day <= b.to:
            return f"{wpath}.hours[{j}]"
    if w.estimates:  # no record puts work on the day: an estimate does
        return f"{wpath}.estimates"
    return wpath


def _worker(run: _Run, wi: int, w: Worker) -> WorkerResult | None:
    """One worker's result: the method's steps in order; None when a step found a problem."""
    wpath = f"workers[{wi}]"
    n_before = len(run.problems)
    check_sector(w, wpath, run.jur, run.cat, run.problems)
    zone = time_zone(run.jur)  # clock times are local time (DST)
    days = worked_days(w, wpath, run.problems, zone)
    est = estimated_work(run.case, wi, w, run.cat, days, run.problems,  # records win (docs/estimates.md)
                         lambda wk, path, probs: worked_days(wk, path, probs, zone))
    if est.days:
        days = dict(sorted({**days, **est.days}.items()))
    w = with_resolved_start(run, w)
    work_periods = periods_of(days, run.kind)
    paid = apply_payments(run.case, w, wpath, work_periods, run.as_of, run.problems, run.warnings)
    if len(run.problems) > n_before:
        return None
    rates = binding_rates(run, w, wpath, days)
    if rates is None:
        return None
    if days and w.employment.start is not None and min(days) < w.employment.start:
        run.warnings.append(Warning_("before-employment-start",
                                     f"work recorded on {min(days)}, before the employment start "
                                     f"{w.employment.start}", w.id,
                                     params=params_of(date=min(days), start=w.employment.start)))
    groups = build_lines(run, wpath, days, rates, frozenset(est.days))
    if groups is None:
        return None
    rate_warnings(run, w, days, rates)
    run.warnings.extend(Warning_(code, text, w.id, params=tuple(sorted(params.items())))
                        for code, text, params in est.warnings)
    periods = settle_periods(run, w, wpath, groups, paid)
    if periods is None:
        return None
    wr = worker_totals(w, periods, tuple(est.infos))
    heads = worker_heads(run.case, wi, w, wr, days, rates, run.cat, run.as_of, run.usage,
                         run.problems, run.warnings)  # docs/heads.md
    if est.days:  # a head whose reference period holds estimated work rests on the estimate
        heads = tuple(dataclasses.replace(h, estimated=any(h.start <= d <= h.end for d in est.days))
                      for h in heads)
    return dataclasses.replace(wr, heads=heads)


def with_resolved_start(run: _Run, w: Worker) -> Worker:
    """The worker with its employment start; an unknown start (null, allowed with a presumption
    estimate) is the first day of the earliest estimate (docs/estimates.md)."""
    if w.employment.start is not None:
        return w
    start = resolved_start(run.case, w, run.cat)
    if start is None:
        return w
    return w.model_copy(update={"employment": w.employment.model_copy(update={"start": start})})


def binding_rates(run: _Run, w: Worker, wpath: str, days: dict[dt.date, DayWork]) -> WorkerRates | None:
    """Step 3: the worker's binding-rate lookup, checked to cover every worked day (the first
    day it does not cover is reported at the input that puts work on it)."""
    try:
        rates = WorkerRates(run.case, w, run.cat, run.usage)
    except LookupError_ as exc:
        run.problems.append(CaseProblem(f"{wpath}.employment", str(exc), exc.code, exc.params))
        return None
    working_time = jurisdiction(run.jur).working_time if days else None
    order = list(days)  # in date order; each lookup is asked once per window it holds for
    bad = first_uncovered(order, rates.rate_window)
    if working_time:
        shift_order = [d for d in order if days[d].shift_minutes]
        rules_bad = first_uncovered(shift_order, rates.rules_window)
        if rules_bad is not None and (bad is None or rules_bad[0] < bad[0]):
            bad = rules_bad
    if bad is not None:
        run.problems.append(CaseProblem(_day_path(w, wpath, bad[0]), str(bad[1]), bad[1].code, bad[1].params))
        return None
    return rates


def first_uncovered(order: list[dt.date], window: Callable[[dt.date], tuple[dt.date, dt.date, object]]
                    ) -> tuple[dt.date, LookupError_] | None:
    """The first day of ``order`` (sorted) whose lookup ``window`` fails, with the error; the
    lookup is asked once per window [from, to) it returns, not once per day."""
    i, n = 0, len(order)
    while i < n:
        try:
            _lo, hi, _value = window(order[i])
        except LookupError_ as exc:
            return order[i], exc
        i = bisect.bisect_left(order, hi, i + 1)
    return None


def build_lines(run: _Run, wpath: str, days: dict[dt.date, DayWork], rates: WorkerRates,
                estimated: frozenset[dt.date] = frozenset()) -> Groups | None:
    """Steps 2 and 4: classification, rate lines and flat premiums per pay period (the minutes
    of ``estimated`` days make lines of their own, flagged)."""
    try:
        groups = new_groups()
        basis = run.case.settings.daily_overtime_basis or "calendar_day"  # the inspector's choice
        rate_lines(classify(days, rates, run.jur, basis), rates, run.kind, groups, estimated)
        flat_premiums(days, rates, run.jur, run.kind, groups, run.usage, estimated)
    except LookupError_ as exc:
        run.problems.append(CaseProblem(f"{wpath}", str(exc), exc.code, exc.params))
        return None
    return groups


def rate_warnings(run: _Run, w: Worker, days: dict[dt.date, DayWork], rates: WorkerRates) -> None:
    """Rates that may be out of date for the last worked day; function years past the table."""
    if days:
        rates.check_outdated(max(days))
    if rates.capped_years is not None:
        run.warnings.append(Warning_("function-years-capped",
                                     f"{w.employment.sector} stops at {rates.capped_years} function years; "
                                     "the last row is used", w.id,
                                     params=params_of(table=w.employment.sector, years=rates.capped_years)))
    kept = rates.scale_kept_warning(days)  # docs/method.md, step 3: a continuing scale not in the data
    if kept is not None:
        run.warnings.append(kept)
    if rates.youth_conflict is not None:
        table, version, age, pct = rates.youth_conflict
        run.warnings.append(Warning_(
            "sector-youth-conflict",
            f"{w.name} is a minor ({age}) computed in {table}: the full category scale is used "
            f"(official reading: youth wages abolished); a sector source gives {pct} % at that age "
            f"({table}@{version.isoformat()}, youth_percent_conflict)", w.id,
            params=params_of(name=w.name, table=table, age=age, percent=pct, version=version)))


def settle_periods(run: _Run, w: Worker, wpath: str, groups: Groups,
                   paid: dict[str, list[PaymentApplied]]) -> list[PeriodResult] | None:
    """Steps 6 and 7 per pay period: due, paid, unpaid, due date and interest."""
    periods: list[PeriodResult] = []
    for per in sorted(groups.keys() | paid.keys()):
        pr = settle_period(run, w, wpath, per, period_lines(groups, per), tuple(paid.get(per, ())))
        if pr is None:
            return None
        periods.append(pr)
    return periods


def settle_period(run: _Run, w: Worker, wpath: str, per: str, lines: list[Line],
                  pays: tuple[PaymentApplied, ...]) -> PeriodResult | None:
    """One period: due = sum of lines; unpaid = max(0, due - paid), never set off elsewhere."""
    start, end = period_bounds(per)
    due = est_due = ZERO
    minutes = est_minutes = 0  # worked (flat premiums count no time of their own)
    for ln in lines:
        due += ln.amount
        if ln.estimated:
            est_due += ln.amount
        if ln.kind != "flat_premium":
            minutes += ln.minutes
            if ln.estimated:
                est_minutes += ln.minutes
    got = sum([pa.amount for pa in pays], ZERO)
    unpaid = max(ZERO, due - got)
    over = max(ZERO, got - due)
    ddate = period_due_date(run, wpath, end)
    if ddate is None:
        return None
    try:
        intr, parts = interest(unpaid, ddate, run.as_of, run.jur, run.cat, run.usage)
    except LookupError_ as exc:
        run.problems.append(CaseProblem(wpath, f"interest for {per}: {exc}"))
        return None
    if over > 0:
        run.warnings.append(Warning_("overpaid", f"{w.name}: {per} paid {over} more than due; "
                                     "not set off against other periods", w.id, per,
                                     params=params_of(name=w.name, amount=over)))
    # positionally, in PeriodResult's field order (1,200 periods per 100 workers): period, start,
    # end, due_date, due, paid, unpaid, overpaid, interest, minutes, lines, payments,
    # interest_parts, estimated_minutes, estimated_due, estimated_unpaid (payments go to
    # records first)
    return PeriodResult(per, start, end, ddate, due, got, unpaid, over, intr, minutes, tuple(lines), pays,
                        parts, est_minutes, est_due, min(unpaid, est_due))


def period_due_date(run: _Run, wpath: str, end: dt.date) -> dt.date | None:
    """The due date of the period ending on ``end`` (working days and the weekdays that count as
    working days, both from the wage-payment table)."""
    hit = run.due_dates.get(end)  # the same for every worker of the case
    if hit is None:
        try:
            wdays, weekdays = payment_convention(run.cat, jurisdiction(run.jur).wage_payment, end)
        except LookupError_ as exc:
            run.problems.append(CaseProblem(wpath, str(exc), exc.code, exc.params))
            return None
        hit = run.due_dates[end] = (wdays, due_date(end, run.jur, int(wdays.value),
                                                     run.case.settings.pay_day, run.kind, weekdays))
    run.usage.use_value(hit[0])
    return hit[1]


def worker_totals(w: Worker, periods: list[PeriodResult],
                  estimates: tuple[EstimateInfo, ...] = ()) -> WorkerResult:
    """Step 8: the worker's totals are sums of the periods, never rounded again."""
    return WorkerResult(
        id=w.id, name=w.name, periods=tuple(periods),
        due=sum((p.due for p in periods), ZERO), paid=sum((p.paid for p in periods), ZERO),
        unpaid=sum((p.unpaid for p in periods), ZERO), overpaid=sum((p.overpaid for p in periods), ZERO),
        interest=sum((p.interest for p in periods), ZERO), estimates=estimates,
    )


# Tables whose figures shape every amount they touch (thresholds, due dates, youth percentages),
# as opposed to minimum-wage tables that may only have been compared with a higher binding rate.
_ALWAYS_AFFECTING = frozenset(t for j in JURISDICTIONS.values()
                              for t in (j.working_time, j.wage_payment, j.youth) if t)


def _affecting_versions(workers: list[WorkerResult]) -> set[tuple[str, dt.date]]:
    """Rate versions whose figures are in the amounts: binding rates, premiums, interest."""
    out: set[tuple[str, dt.date]] = set()
    seen: set[tuple[str, str | None, dt.date, str]] = set()  # lines of the same source
    for w in workers:
        for p in w.periods:
            for ln in p.lines:
                if ln.rate_from is None:
                    continue
                key = (ln.rate_table, ln.premium_id, ln.rate_from, ln.binding)
                if key in seen:
                    continue
                seen.add(key)
                table = f"{ln.rate_table}#{ln.premium_id}" if ln.premium_id else ln.rate_table
                out.add((table, ln.rate_from))
                if ln.binding == "sector-student":
                    out.add((f"{ln.rate_table}#student_percent", ln.rate_from))
                elif ln.binding == "sector-youth":
                    out.add((f"{ln.rate_table}#youth_percent", ln.rate_from))
            for ip in p.interest_parts:
                out.add((ip.rate_table, ip.rate_from))
    return out


def compute(case: CaseFile, catalogue: Catalogue, as_of: dt.date | None = None, *,
            cache: WorkerCache | None = None) -> Result:
    """Compute the unpaid wages and interest of every worker of ``case`` at ``as_of``.

    Raises ``CaseError`` listing every problem (with its JSON path) when the case cannot be
    computed: overlapping shifts, unknown sector or category, dates the rates do not cover, ...
    With ``cache`` (the app's live computation) an unchanged worker is not computed again
    (``compute/cache.py``); the Result is the same.
    """
    paused = gc.isenabled()
    gc.disable()  # many short-lived objects, no cycles: avoid repeated full-heap scans
    try:
        return _compute(case, catalogue, as_of, cache)
    finally:
        if paused:
            gc.enable()


def _compute(case: CaseFile, catalogue: Catalogue, as_of: dt.date | None,
             cache: WorkerCache | None = None) -> Result:
    run = _Run(case, catalogue, as_of or case.as_of)
    if cache is not None:
        cache.start(case, catalogue, run.as_of)
        cache.keep(len(case.workers))
    workers: list[WorkerResult] = []
    for wi, w in enumerate(case.workers):
        wr = _worker(run, wi, w) if cache is None else _cached_worker(run, wi, w, cache)
        if wr is not None:
            workers.append(wr)
    if run.problems:
        raise CaseError(_unique(run.problems))
    run.warnings.extend(status_warnings(run.usage, _affecting_versions(workers)))
    run.warnings.extend(outdated_warnings(run.usage, catalogue))
    usage = run.usage
    result = Result(
        reference=case.reference, jurisdiction=case.jurisdiction, as_of=run.as_of,
        rates_digest=catalogue.digest, inputs_digest=inputs_digest(case, cache), workers=tuple(workers),
        warnings=tuple(run.warnings), assumptions=tuple(assumptions(case)),
        assumption_codes=tuple(assumption_codes(case)),
        rate_versions=tuple((t, s, st, title, url) for (t, s), (st, title, url) in sorted(usage.versions.items())),
    )
    sanctions = compute_sanctions(case, result, catalogue)
    return dataclasses.replace(result, sanctions=sanctions,
                               warnings=result.warnings + _sanctions_outdated(case, sanctions, catalogue))


def _sanctions_outdated(case: CaseFile, s: Sanctions | None, catalogue: Catalogue) -> tuple[Warning_, ...]:
    """``outdated-rate`` for the fines table when the date its figures are read for (the regime
    date in Belgium, the inspection date in the Netherlands) is after its reviewed_through."""
    if s is None or not s.workers_concerned or s.rate_table not in catalogue.tables:
        return ()
    day = s.regime_date or case.inspection.date
    if not catalogue.is_outdated(s.rate_table, day):
        return ()
    usage = Usage()
    usage.outdated.add(s.rate_table)
    return tuple(outdated_warnings(usage, catalogue))


def _cached_worker(run: _Run, wi: int, w: Worker, cache: WorkerCache) -> WorkerResult | None:
    """``_worker`` through the cache: an unchanged worker's part is replayed into ``run``."""
    part = cache.get(wi, w)
    if part is None:
        sub = _Run(run.case, run.cat, run.as_of, due_dates=run.due_dates)
        result = _worker(sub, wi, w)
        part = WorkerPart(w, result, sub.problems, sub.warnings, dict(vars(sub.usage)))
        cache.put(wi, part)
    run.problems.extend(part.problems)
    run.warnings.extend(part.warnings)
    for name, value in part.usage.items():  # merge what the worker added to the usage record
        mine = getattr(run.usage, name)
        if isinstance(mine, dict):
            mine.update(value)
        elif isinstance(mine, set):
            mine |= value
        else:
            mine.extend(value)
    return part.result  # type: ignore[no-any-return]


def _unique(problems: list[CaseProblem]) -> list[CaseProblem]:
    """The problems in order, each (path, message) once."""
    seen: set[tuple[str, str]] = set()
    out: list[CaseProblem] = []
    for p in problems:
        if (p.path, p.message) not in seen:
            seen.add((p.path, p.message))
            out.append(p)
    return out


def status_warnings(usage: Usage, affecting: set[tuple[str, dt.date]]) -> list[Warning_]:
    """A warning per unverified or derived rate version whose figures are in the amounts."""
    out: list[Warning_] = []
    for (table, start), (status, title, _url) in sorted(usage.versions.items()):
        if (table, start) not in affecting and table.split("#")[0] not in _ALWAYS_AFFECTING:
            continue  # compared but did not bind: listed in rate_versions, no warning
        if status == "unverified":
            out.append(Warning_("unverified-rate",
                                f"{table}@{start} is NOT VERIFIED ({title}); check it before relying on it",
                                params=params_of(table=table, date=start, title=title)))
        elif status == "derived":
            out.append(Warning_("derived-rate",
                                f"{table}@{start} is derived by calculation, not read in a published table ({title})",
                                params=params_of(table=table, date=start, title=title)))
    return out


def outdated_warnings(usage: Usage, catalogue: Catalogue) -> list[Warning_]:
    """A warning per table used on a day after its figures may have changed."""
    out: list[Warning_] = []
    for table in sorted(usage.outdated):
        t = catalogue.table(table)
        if t.versions[-1].gap:
            msg = (f"{table}: the figures in force from {t.versions[-1].start} are not in the "
                   f"catalogue ({t.versions[-1].note}); the previous version was used and may be too low")
            params = params_of(table=table, date=t.versions[-1].start.isoformat(), gap="1")
        else:
            msg = (f"{table}: the rates were reviewed through {t.reviewed_through}; a date used is "
                   "after it, a newer version (e.g. an indexation) may be missing")
            params = params_of(table=table, date=t.reviewed_through.isoformat())
        out.append(Warning_("outdated-rate", msg, params=params))
    return out


# The daily-overtime basis as printed with the result (documents translate it: assume.daily_*).
DAILY_BASIS_TEXT = {
    "calendar_day": ("Where overtime applies, the daily limit is counted per calendar day (a "
                     "shift over midnight is split at midnight): the law does not say whether per "
                     "day or per shift; this is the default."),
    "shift": ("Where overtime applies, the daily limit is counted per shift (a shift over "
              "midnight counts as one): the inspector's choice in this case; the law does not "
              "say which."),
}


ESTIMATES_ASSUMPTION = (
    "Estimates (docs/estimates.md): no hour is generated on a day with recorded shifts or hours; "
    "payments are set against recorded work first; interest is not split between recorded and "
    "estimated amounts.")


ASSUMPTION_TEXT = {
    "gross": "Amounts are gross.",
    "net": "Payments were recorded net and converted to gross x {factor} ({description}).",
    "blocks": "Hours blocks (a total over a date range) are spread evenly over their calendar days; "
              "they are not classified as overtime.",
    "breaks": "Breaks are taken from the start of a shift.",
    "interest": "Interest: simple, on the unpaid gross amount, from the day after the due date to the "
                "as-of date inclusive, days/365, split at 1 January.",
    "daily_calendar": DAILY_BASIS_TEXT["calendar_day"],
    "daily_shift": DAILY_BASIS_TEXT["shift"],
    "estimates": ESTIMATES_ASSUMPTION,
}


def assumption_codes(case: CaseFile) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """The method's assumptions for this case, as codes with their figures."""
    first: tuple[str, tuple[tuple[str, str], ...]] = ("gross", ())
    if case.settings.paid_amounts == "net" and case.settings.net_conversion is not None:
        nc = case.settings.net_conversion
        first = ("net", params_of(factor=nc.factor, description=nc.description))
    basis = "daily_shift" if case.settings.daily_overtime_basis == "shift" else "daily_calendar"
    out = [first, ("blocks", ()), ("breaks", ()), ("interest", ()), (basis, ())]
    if any(w.estimates for w in case.workers):
        out.append(("estimates", ()))
    return out


def assumptions(case: CaseFile) -> list[str]:
    """The method's assumptions as printed with the result (English)."""
    return [ASSUMPTION_TEXT[code].format(**dict(params)) for code, params in assumption_codes(case)]
