"""Estimates where records are missing (docs/estimates.md): generated working time.

An estimate on a worker (``Worker.estimates``) becomes worked minutes per calendar day:
- a weekly ``pattern`` (findings, presumption_be_2013, presumption_nl_wav23) becomes generated
  shifts, computed by the same worked-time code as typed shifts (``hours.worked_days``);
- ``average_nl_7_610b`` gives a calendar month the average of the recorded minutes of the months
  before it (BW 7:610b), spread evenly over the month's days without records.

Records always win: no minute is generated on a calendar day that recorded shifts or hours
touch. Which basis a jurisdiction may use and how many months a presumption covers are rate data
(``kind: presumption`` tables, ``BASIS_TABLE``); nothing legal is written here.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wage_remedy.case.model import PRESUMPTIONS, WEEKDAYS, CaseFile, Estimate, Shift, Worker
from wage_remedy.case.store import CaseProblem
from wage_remedy.compute.hours import DayWork, worked_days
from wage_remedy.compute.result import EstimateInfo
from wage_remedy.errors import params_of
from wage_remedy.law.calendar import is_public_holiday
from wage_remedy.law.catalogue import Catalogue, LookupError_, RateValue
from wage_remedy.law.jurisdictions import jurisdiction

# Each basis but ``findings`` rests on a rate table of kind ``presumption`` (docs/estimates.md).
BASIS_TABLE: dict[str, str] = {
    "presumption_be_2013": "be/presumption-2013",
    "presumption_nl_wav23": "nl/presumption-wav23",
    "average_nl_7_610b": "nl/presumption-7-610b",
}
_DAY = dt.timedelta(days=1)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same date ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    m = day.year * 12 + day.month - 1 - months
    y, mo = divmod(m, 12)
    return dt.date(y, mo + 1, min(day.day, calendar.monthrange(y, mo + 1)[1]))


def allowed_bases(case: CaseFile, cat: Catalogue) -> list[str]:
    """The bases a case of this jurisdiction may use (``bases_for``)."""
    return bases_for(case.jurisdiction, cat)


def bases_for(jurisdiction: str, cat: Catalogue) -> list[str]:
    """``findings`` and each basis whose rate table belongs to ``jurisdiction``."""
    out = ["findings"]
    for basis, table in BASIS_TABLE.items():
        t = cat.tables.get(table)
        if t is not None and t.jurisdiction == jurisdiction:
            out.append(basis)
    return out


def presumed_months(basis: str, on: dt.date, cat: Catalogue) -> int | None:
    """The months a presumption basis covers on ``on`` (rate data), None for ``findings`` or
    when the rates do not say."""
    if basis not in BASIS_TABLE:
        return None
    try:
        return int(_months(basis, on, cat).value)
    except LookupError_:
        return None


def _months(basis: str, on: dt.date, cat: Catalogue) -> RateValue:
    rv = cat.parameter(BASIS_TABLE[basis], on, "months")
    if rv.value != rv.value.to_integral_value() or rv.value < 1:
        raise LookupError_(f"{rv.ref}: months {rv.value} is not a whole number of months")
    return rv


def estimate_range(case: CaseFile, est: Estimate, cat: Catalogue) -> tuple[dt.date, dt.date, RateValue | None]:
    """The first and last day of an estimate, and the rate value of its basis (None for
    findings). A presumption without ``to`` ends on the inspection date; without ``from`` it
    starts the day after the same date ``months`` earlier than its end."""
    end = est.to or case.inspection.date
    rv = _months(est.basis, end, cat) if est.basis in BASIS_TABLE else None
    if est.from_ is not None:
        start = est.from_
    else:
        assert rv is not None  # the model requires from/to for findings
        start = months_before(end, int(rv.value)) + _DAY
    return start, end, rv


def _input_problems(case: CaseFile, est: Estimate, path: str, allowed: Sequence[str], cat: Catalogue,
                    problems: list[CaseProblem]) -> bool:
    """Append the problems of one estimate that need no date range (basis of another jurisdiction,
    a date after the inspection, the full-time presumption outside a Belgian findings pattern);
    True when there is one."""
    if est.basis not in allowed:
        table = BASIS_TABLE.get(est.basis, "")
        t = cat.tables.get(table)
        whose = f"a {t.jurisdiction} basis ({table})" if t else f"not in the rates ({table} missing)"
        problems.append(CaseProblem(f"{path}.basis",
                                    f"{est.basis!r} is {whose}; the case is {case.jurisdiction}: "
                                    f"allowed here: {', '.join(allowed)}", "estimate-basis-jurisdiction",
                                    params_of(basis=est.basis, jurisdiction=case.jurisdiction,
                                              allowed=", ".join(allowed))))
        return True
    bad = False
    insp = case.inspection.date
    for name, day in (("from", est.from_), ("to", est.to)):
        if day is not None and day > insp:
            problems.append(CaseProblem(f"{path}.{name}",
                                        f"{day} is after the inspection date {insp}: an estimate "
                                        "covers only work before the finding", "estimate-after-inspection",
                                        params_of(date=day, inspection=insp)))
            bad = True
    if est.full_time_presumption and (est.basis != "findings"
                                      or not jurisdiction(case.jurisdiction).full_time_presumption):
        problems.append(CaseProblem(f"{path}.full_time_presumption",
                                    "the part-time to full-time presumption (BE) is only offered "
                                    "as a 'findings' pattern in a Belgian case", "estimate-full-time-basis"))
        bad = True
    return bad


def check_estimates(case: CaseFile, wi: int, w: Worker, cat: Catalogue,
                    problems: list[CaseProblem]) -> list[tuple[int, dt.date, dt.date, RateValue | None]]:
    """Problems of a worker's estimates that need the case or the rates (basis of another
    jurisdiction, range after the inspection date, ranges that overlap); the valid ranges."""
    wpath = f"workers[{wi}]"
    allowed = allowed_bases(case, cat)
    out: list[tuple[int, dt.date, dt.date, RateValue | None]] = []
    for i, est in enumerate(w.estimates):
        path = f"{wpath}.estimates[{i}]"
        if _input_problems(case, est, path, allowed, cat, problems):
            continue
        try:
            start, end, rv = estimate_range(case, est, cat)
        except LookupError_ as exc:
            problems.append(CaseProblem(f"{path}.basis", str(exc)))
            continue
        if end < start:
            problems.append(CaseProblem(f"{path}.from", f"the estimate would run from {start} to {end}",
                                        "estimate-range", params_of(start=start, end=end)))
            continue
        if est.basis == "average_nl_7_610b":
            last = calendar.monthrange(end.year, end.month)[1]
            if start.day != 1 or end.day != last:
                problems.append(CaseProblem(path, f"a BW 7:610b estimate covers whole calendar months "
                                            f"(from the 1st to the last day); got {start} to {end}",
                                            "estimate-whole-months", params_of(start=start, end=end)))
                continue
        for j, a, b, _ in out:
            if a <= end and start <= b:
                problems.append(CaseProblem(path, f"{start} to {end} overlaps {wpath}.estimates[{j}] "
                                            f"({a} to {b}); estimates of a worker cannot overlap",
                                            "estimate-overlap", params_of(other=f"{wpath}.estimates[{j}]")))
                break
        else:
            out.append((i, start, end, rv))
    return out


def resolved_start(case: CaseFile, w: Worker, cat: Catalogue) -> dt.date | None:
    """The employment start: the recorded one, else (unknown start, presumption estimate) the
    first day of the earliest estimate."""
    if w.employment.start is not None:
        return w.employment.start
    starts = []
    for est in w.estimates:
        try:
            starts.append(estimate_range(case, est, cat)[0])
        except LookupError_:
            continue
    return min(starts) if starts else None


def record_days(w: Worker) -> set[dt.date]:
    """Calendar days that recorded shifts or hours blocks touch (an estimate never goes there)."""
    out: set[dt.date] = set()
    for s in w.shifts:
        out.add(s.date)
        if s.end <= s.start or s.end == "24:00":
            out.add(s.date + _DAY)
    for b in w.hours:
        d = b.from_
        while d <= b.to:
            out.add(d)
            d += _DAY
    return out


@dataclass
class EstimatedWork:
    """The estimated minutes of one worker: days (only days without records) and what each
    estimate produced."""

    days: dict[dt.date, DayWork] = field(default_factory=dict)
    infos: list[EstimateInfo] = field(default_factory=list)
    warnings: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # code, text, params


def _info(est: Estimate, i: int, start: dt.date, end: dt.date, rv: RateValue | None,
          days: list[dt.date], minutes: int, skipped: int, holidays: int) -> EstimateInfo:
    return EstimateInfo(
        index=i, basis=est.basis, start=start, end=end, evidence=est.evidence,
        table=rv.table if rv else None, table_from=rv.version_from if rv else None,
        status=rv.status if rv else None, source_title=rv.source.title if rv else None,
        source_url=rv.source.url if rv else None,
        instrument=(rv.source.instrument or rv.source.title) if rv else None,
        months=int(rv.value) if rv else None, days=len(days), minutes=minutes,
        skipped_record_days=skipped, skipped_holidays=holidays,
        full_time_presumption=est.full_time_presumption,
        first_day=min(days) if days else None, last_day=max(days) if days else None,
    )


WorkedDays = Callable[[Worker, str, list[CaseProblem]], dict[dt.date, DayWork]]


def estimated_work(case: CaseFile, wi: int, w: Worker, cat: Catalogue,
                   recorded: dict[dt.date, DayWork], problems: list[CaseProblem],
                   worked: WorkedDays = worked_days) -> EstimatedWork:
    """The worked minutes generated by the estimates of worker ``wi`` (docs/estimates.md);
    ``recorded`` is the worker's recorded work per day; ``worked`` turns shifts into worked
    minutes exactly as for typed shifts (the caller's ``worked_days`` with its time zone).
    Problems are appended to ``problems``."""
    out = EstimatedWork()
    if not w.estimates:
        return out
    n_before = len(problems)
    ranges = check_estimates(case, wi, w, cat, problems)
    if len(problems) > n_before:
        return out
    jur = case.jurisdiction
    taken = record_days(w) | set(recorded)
    start_emp = resolved_start(case, w, cat)
    for i, start, end, rv in ranges:
        est = w.estimates[i]
        path = f"workers[{wi}].estimates[{i}]"
        if est.basis == "average_nl_7_610b":
            assert rv is not None
            days, minutes, skipped, hol = _average_months(est, start, end, int(rv.value), jur, recorded,
                                                          taken, start_emp, path, out, problems)
            out.infos.append(_info(est, i, start, end, rv, days, minutes, skipped, hol))
            continue
        shifts, skipped, hol = _pattern_shifts(est, start, end, jur, taken)
        sub: list[CaseProblem] = []
        gen = worked(Worker.model_construct(shifts=shifts, hours=[]), path, sub)
        problems.extend(CaseProblem(path, f"generated shifts: {p.message}") for p in sub)
        for d, dw in gen.items():
            if d in out.days:
                problems.append(CaseProblem(path, f"its generated work on {d} meets another "
                                            "estimate's (a night block into the next estimate)"))
            out.days[d] = dw
        out.infos.append(_info(est, i, start, end, rv, sorted(gen), sum(dw.minutes for dw in gen.values()),
                               skipped, hol))
        if est.full_time_presumption:
            out.warnings.append((
                "estimate-full-time-onss-only",
                f"{w.name}: estimates[{i}] applies the part-time to full-time presumption (ONSS law "
                "art. 22ter, Programme Law art. 171). It binds only the ONSS (social security "
                "contributions): for wages the worker must prove the hours (Cass. 29 Feb 2016, "
                "24 Apr 2023); the hours stand only as the inspector's findings",
                {"estimate": str(i)}))
    out.days = dict(sorted(out.days.items()))
    out.warnings.extend(_basis_warnings(w.name, jur, out.infos))
    return out


def _basis_warnings(name: str, jur: str, infos: Sequence[Any]) -> list[tuple[str, str, dict[str, str]]]:
    """What each estimate's basis means for the amounts: a presumption of duration (the hours are
    the inspector's), and a civil-only presumption where the jurisdiction declares one."""
    out: list[tuple[str, str, dict[str, str]]] = []
    for info in infos:
        if info.basis in PRESUMPTIONS:
            out.append((
                "estimate-presumption-hours",
                f"{name}: estimates[{info.index}] ({info.basis}): the law presumes the duration of "
                "the work, not its hours; the hours come from the pattern the inspector set "
                "(an inference), and the employer can rebut the presumption",
                {"estimate": str(info.index), "basis": info.basis}))
        if jurisdiction(jur).presumptions_civil_only and info.basis != "findings":
            out.append((
                "estimate-civil-presumption",
                f"{name}: estimates[{info.index}] ({info.basis}) is a presumption the worker can "
                "invoke in a civil claim; the Labour Authority cannot order back pay on it",
                {"estimate": str(info.index), "basis": info.basis}))
    return out


def _pattern_shifts(est: Estimate, start: dt.date, end: dt.date, jur: str, taken: set[dt.date]
                    ) -> tuple[list[Shift], int, int]:
    """The shifts a weekly pattern generates from ``start`` to ``end``: none on a public holiday
    (unless ``on_public_holidays``), none touching a day in ``taken`` (records win). Also the
    number of blocks skipped for records and of holidays skipped."""
    shifts: list[Shift] = []
    skipped = hol = 0
    d = start
    while d <= end:
        wd = WEEKDAYS[d.weekday()]
        blocks = [b for b in est.pattern if wd in b.days]
        if blocks and not est.on_public_holidays and is_public_holiday(jur, d):
            hol += 1
            blocks = []
        for blk in blocks:
            spill = blk.start_minutes + blk.length > 24 * 60  # part of the block is on the next day
            if d in taken or (spill and d + _DAY in taken):
                skipped += 1
                continue
            shifts.append(Shift.model_construct(date=d, start=blk.start, end=blk.end,
                                                break_minutes=blk.break_minutes))
        d += _DAY
    return shifts, skipped, hol


def _average_months(est: Estimate, start: dt.date, end: dt.date, months: int, jur: str,
                    recorded: dict[dt.date, DayWork], taken: set[dt.date], start_emp: dt.date | None,
                    path: str, out: EstimatedWork, problems: list[CaseProblem]
                    ) -> tuple[list[dt.date], int, int, int]:
    """BW 7:610b (docs/estimates.md): each calendar month of the estimate gets
    max(0, floor(recorded minutes of the ``months`` months before / months) − minutes recorded
    in the month), spread evenly over its days without records (remainder to the earliest)."""
    days_hit: list[dt.date] = []
    total = skipped = hol = 0
    m0 = dt.date(start.year, start.month, 1)
    while m0 <= end:
        last = dt.date(m0.year, m0.month, calendar.monthrange(m0.year, m0.month)[1])
        first_avg = months_before(m0, months)
        if start_emp is None or start_emp > first_avg:
            problems.append(CaseProblem(path, f"BW 7:610b for {m0:%Y-%m}: the employment must have "
                                        f"lasted {months} months before it (start on or before "
                                        f"{first_avg}); it started on {start_emp}"))
            return days_hit, total, skipped, hol
        before = sum(dw.minutes for d, dw in recorded.items() if first_avg <= d < m0)
        presumed = before // months
        in_month = sum(dw.minutes for d, dw in recorded.items() if m0 <= d <= last)
        add = max(0, presumed - in_month)
        free: list[dt.date] = []
        d = m0
        while d <= last:
            if d in taken:
                skipped += 1
            elif not est.on_public_holidays and is_public_holiday(jur, d):
                hol += 1
            else:
                free.append(d)
            d += _DAY
        if add and not free:
            problems.append(CaseProblem(path, f"BW 7:610b for {m0:%Y-%m}: no day without records "
                                        "is left to carry the presumed hours"))
            return days_hit, total, skipped, hol
        if free:
            base, rem = divmod(add, len(free))
            if base + (1 if rem else 0) > 24 * 60:
                problems.append(CaseProblem(path, f"BW 7:610b for {m0:%Y-%m}: {add} minutes over "
                                            f"{len(free)} free day(s) is more than 24 h a day"))
                return days_hit, total, skipped, hol
            for k, day in enumerate(free):
                mins = base + (1 if k < rem else 0)
                if mins:
                    out.days[day] = DayWork(day, block_minutes=mins)
                    days_hit.append(day)
        total += add
        if add == 0:
            out.warnings.append((
                "estimate-average-nothing",
                f"estimates: BW 7:610b adds nothing to {m0:%Y-%m}: the recorded work of the "
                f"{months} months before averages {presumed} minutes, {in_month} are recorded in it",
                {"month": f"{m0:%Y-%m}", "presumed_minutes": str(presumed),
                 "recorded_minutes": str(in_month)}))
        m0 = last + _DAY
    return days_hit, total, skipped, hol


def without_estimates(case: CaseFile, cat: Catalogue, worker: str | None = None) -> CaseFile:
    """A validated copy of ``case`` with the estimates of ``worker`` (default: every worker)
    dropped: records only. An unknown employment start becomes the start the estimates gave, so
    the two computations compare like with like."""
    from wage_remedy.case.store import case_to_data, parse_case_data

    data = case_to_data(case)
    for w, wd in zip(case.workers, data["workers"], strict=True):
        if worker is not None and w.id != worker:
            continue
        if w.employment.start is None:
            start = resolved_start(case, w, cat)
            if start is not None:
                wd["employment"]["start"] = start.isoformat()
        wd.pop("estimates", None)
    return parse_case_data(data)


def has_estimates(case: CaseFile) -> bool:
    """True when any worker of ``case`` holds an estimate."""
    return any(w.estimates for w in case.workers)
