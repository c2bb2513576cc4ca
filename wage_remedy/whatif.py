"""What-if: recompute a modified copy of a case and compare it with the base computation.

The case itself is never changed: the modifications (another as-of date, sector, category,
function years, agreed rate, or rates from another folder) are applied to a validated copy, and
the report puts the base and the what-if figures side by side per worker and period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from wage_remedy.case.model import CaseFile
from wage_remedy.case.store import CaseError, CaseProblem, case_to_data, parse_case_data
from wage_remedy.compute import compute
from wage_remedy.compute.result import PeriodResult, Result, debtor_totals, payable_total
from wage_remedy.law.catalogue import Catalogue, load_catalogue
from wage_remedy.money import ZERO, fmt_decimal, money_text, parse_decimal

CLEAR = "none"  # the value that removes a sector or an agreed rate


@dataclass(frozen=True)
class WhatIfPeriod:
    """One pay period, base and what-if side by side."""

    period: str
    base_due: Decimal
    alt_due: Decimal
    base_paid: Decimal
    alt_paid: Decimal
    base_unpaid: Decimal
    alt_unpaid: Decimal
    base_interest: Decimal
    alt_interest: Decimal

    @property
    def due_diff(self) -> Decimal:
        return self.alt_due - self.base_due

    @property
    def unpaid_diff(self) -> Decimal:
        return self.alt_unpaid - self.base_unpaid

    @property
    def interest_diff(self) -> Decimal:
        return self.alt_interest - self.base_interest

    @property
    def base_total(self) -> Decimal:
        """Owed now in the base computation: unpaid + interest."""
        return self.base_unpaid + self.base_interest

    @property
    def alt_total(self) -> Decimal:
        return self.alt_unpaid + self.alt_interest

    @property
    def total_diff(self) -> Decimal:
        return self.alt_total - self.base_total


def _sum(periods: tuple[WhatIfPeriod, ...], attr: str) -> Decimal:
    return sum((getattr(p, attr) for p in periods), ZERO)


@dataclass(frozen=True)
class WhatIfWorker:
    """A worker's periods, base and what-if."""

    id: str
    name: str
    periods: tuple[WhatIfPeriod, ...]

    def total(self, attr: str) -> Decimal:
        """Sum of one attribute of the periods (``alt_unpaid``, ``total_diff``, ...)."""
        return _sum(self.periods, attr)


@dataclass(frozen=True)
class WhatIfReport:
    """Base and what-if computations, and their comparison."""

    base: Result
    alt: Result
    case: CaseFile  # the modified copy
    changes: tuple[str, ...]
    workers: tuple[WhatIfWorker, ...]

    def total(self, attr: str) -> Decimal:
        """Sum over every worker and period of one attribute."""
        return sum((w.total(attr) for w in self.workers), ZERO)


def _as_decimal(value: Decimal | str, path: str) -> Decimal:
    if isinstance(value, Decimal):
        if value < 0:
            raise CaseError([CaseProblem(path, f"{value} is negative; a rate is at least 0")])
        return value
    try:
        return parse_decimal(value)
    except ValueError as exc:
        raise CaseError([CaseProblem(path, str(exc))]) from None


def modified_case(case: CaseFile, *, worker: str | None = None, category: str | None = None,
                  sector: str | None = None, function_years: int | None = None,
                  agreed_rate: Decimal | str | None = None) -> tuple[CaseFile, tuple[str, ...]]:
    """A validated copy of ``case`` with the employment of ``worker`` (default: every worker)
    changed, and the changes in words. ``sector`` or ``agreed_rate`` ``"none"`` removes it."""
    data = case_to_data(case)
    ids = [w.id for w in case.workers]
    if worker is not None and worker not in ids:
        raise CaseError([CaseProblem("worker", f"unknown worker {worker!r}; the case's workers are: "
                                     f"{', '.join(ids) or '(none)'}")])
    if function_years is not None and not (0 <= function_years <= 60):
        raise CaseError([CaseProblem("function_years", f"{function_years} function years: allowed "
                                     "0 to 60")])
    rate: Decimal | None = None
    if agreed_rate is not None and not (isinstance(agreed_rate, str) and agreed_rate.lower() == CLEAR):
        rate = _as_decimal(agreed_rate, "agreed_rate")
    changes: list[str] = []
    who = f"worker {worker}" if worker else "every worker"
    for w in data["workers"]:
        if worker is not None and w["id"] != worker:
            continue
        emp = w["employment"]
        if sector is not None:
            emp["sector"] = None if sector.lower() == CLEAR or not sector else sector
            if emp["sector"] is None:
                emp.pop("category", None)
        if category is not None:
            emp["category"] = category
        if function_years is not None:
            emp["function_years"] = function_years
        if agreed_rate is not None:
            emp["agreed_hourly_rate"] = None if rate is None else fmt_decimal(rate)
    if sector is not None:
        changes.append(f"sector {sector} for {who}")
    if category is not None:
        changes.append(f"category {category} for {who}")
    if function_years is not None:
        changes.append(f"{function_years} function years for {who}")
    if agreed_rate is not None:
        changes.append(f"agreed hourly rate {'removed' if rate is None else fmt_decimal(rate)} for {who}")
    return parse_case_data(data), tuple(changes)


def _periods(base: tuple[PeriodResult, ...], alt: tuple[PeriodResult, ...]) -> tuple[WhatIfPeriod, ...]:
    b = {p.period: p for p in base}
    a = {p.period: p for p in alt}
    out = []
    for per in sorted(set(b) | set(a)):
        pb, pa = b.get(per), a.get(per)
        out.append(WhatIfPeriod(
            period=per,
            base_due=pb.due if pb else ZERO, alt_due=pa.due if pa else ZERO,
            base_paid=pb.paid if pb else ZERO, alt_paid=pa.paid if pa else ZERO,
            base_unpaid=pb.unpaid if pb else ZERO, alt_unpaid=pa.unpaid if pa else ZERO,
            base_interest=pb.interest if pb else ZERO, alt_interest=pa.interest if pa else ZERO,
        ))
    return tuple(out)


def what_if(case: CaseFile, catalogue: Catalogue, *, as_of: dt.date | None = None,
            worker: str | None = None, category: str | None = None, sector: str | None = None,
            function_years: int | None = None, agreed_rate: Decimal | str | None = None,
            rates_dir: str | Path | None = None, base: Result | None = None,
            drop_estimates: bool = False) -> WhatIfReport:
    """Compare the base computation (the case at its as-of, ``catalogue``) with a what-if.

    The what-if is computed on a modified copy of the case (see ``modified_case``), at ``as_of``
    (default: the case's), with the rates of ``rates_dir`` when given. With ``worker`` only that
    worker is changed and reported. ``base`` may pass the base Result already computed.
    Raises ``CaseError`` for a bad modification (unknown worker, sector or category) and
    ``RateFileError`` for a bad rates folder. ``case`` is left unchanged. ``drop_estimates``
    computes the what-if on the records only (docs/estimates.md).
    """
    alt_case, changes = modified_case(case, worker=worker, category=category, sector=sector,
                                      function_years=function_years, agreed_rate=agreed_rate)
    all_changes = list(changes)
    if drop_estimates:
        from wage_remedy.compute.estimates import without_estimates
        alt_case = without_estimates(alt_case, catalogue, worker)
        all_changes.append(f"estimates dropped (records only) for {f'worker {worker}' if worker else 'every worker'}")
    if as_of is not None and as_of != case.as_of:
        all_changes.insert(0, f"as of {as_of.isoformat()} instead of {case.as_of.isoformat()}")
    alt_cat = catalogue
    if rates_dir is not None:
        alt_cat = load_catalogue(rates_dir)
        all_changes.append(f"rates from {alt_cat.root}")
    if base is None:
        base = compute(case, catalogue)
    try:
        alt = compute(alt_case, alt_cat, as_of)
    except CaseError as exc:
        raise CaseError([CaseProblem(f"what-if: {p.path}" if p.path else "what-if", p.message)
                         for p in exc.problems]) from None
    workers = []
    for wb in base.workers:
        if worker is not None and wb.id != worker:
            continue
        try:
            wa = alt.worker(wb.id)
        except KeyError:
            continue
        workers.append(WhatIfWorker(wb.id, wb.name, _periods(wb.periods, wa.periods)))
    return WhatIfReport(base=base, alt=alt, case=alt_case, changes=tuple(all_changes),
                        workers=tuple(workers))


# ------------------------------------------------------------------------------------ output
def _m(d: Decimal) -> str:
    return money_text(d)


_COLUMNS = ("due", "unpaid", "interest", "total")


def _debtors(result: Result, worker_id: str) -> dict[str, Decimal]:
    """Heads of claim of a worker by debtor (total owed) and what the employer must pay now."""
    try:
        heads = result.worker(worker_id).heads
    except KeyError:
        heads = ()
    out = {d: t.total for d, t in debtor_totals(heads).items()}
    out["payable_now"] = payable_total(heads, result.as_of).total
    return out


def _heads_compared(report: WhatIfReport, worker_id: str, trio: Any) -> dict[str, Any]:
    """Base and what-if of the worker's heads by debtor (docs/heads.md)."""
    b, a = _debtors(report.base, worker_id), _debtors(report.alt, worker_id)
    return {"debtors": {k: trio(b[k], a[k]) for k in b}}


def whatif_to_json(report: WhatIfReport) -> dict[str, Any]:
    """The JSON of ``wage-remedy whatif --format json``: base, what-if and difference per
    worker and period for due, unpaid, interest and total (unpaid + interest); money as strings."""
    def trio(base: Decimal, alt: Decimal) -> dict[str, str]:
        return {"base": _m(base), "what_if": _m(alt), "difference": _m(alt - base)}

    def fields(obj: Any, total: bool = False) -> dict[str, Any]:
        get = (lambda a: obj.total(a)) if total else (lambda a: getattr(obj, a))
        return {c: trio(get(f"base_{c}"), get(f"alt_{c}")) for c in _COLUMNS}

    workers = []
    for w in report.workers:
        workers.append({"id": w.id, "name": w.name, "totals": fields(w, total=True),
                        "periods": [{"period": p.period, **fields(p)} for p in w.periods],
                        **_heads_compared(report, w.id, trio)})
    return {
        "reference": report.base.reference,
        "base": {"as_of": report.base.as_of.isoformat(), "rates_digest": report.base.rates_digest,
                 "verification_code": report.base.verification_code},
        "what_if": {"as_of": report.alt.as_of.isoformat(), "rates_digest": report.alt.rates_digest,
                    "verification_code": report.alt.verification_code},
        "changes": list(report.changes),
        "totals": fields(report, total=True),
        "workers": workers,
        "warnings": [w.as_dict() for w in report.alt.warnings],
    }


def whatif_text(report: WhatIfReport) -> str:
    """A readable what-if comparison."""
    out = [f"What-if — case {report.base.reference}",
           f"base:    as of {report.base.as_of.isoformat()}, rates {report.base.rates_digest[:12]}",
           f"what-if: as of {report.alt.as_of.isoformat()}, rates {report.alt.rates_digest[:12]}",
           "changes: " + ("; ".join(report.changes) or "none"), ""]
    for w in report.workers:
        out.append(f"== {w.name} ({w.id})")
        out.append(f"   {'period':<9} {'due':>21} {'unpaid':>21} {'interest':>17} {'total diff':>11}")
        for p in w.periods:
            out.append(f"   {p.period:<9} {_m(p.base_due):>10}→{_m(p.alt_due):<10} "
                       f"{_m(p.base_unpaid):>10}→{_m(p.alt_unpaid):<10} "
                       f"{_m(p.base_interest):>8}→{_m(p.alt_interest):<8} {_m(p.total_diff):>11}")
        out.append(f"   total: due {_m(w.total('due_diff'))}  unpaid {_m(w.total('unpaid_diff'))}  "
                   f"interest {_m(w.total('interest_diff'))}  owed now {_m(w.total('total_diff'))} "
                   "(what-if − base)")
        b, a = _debtors(report.base, w.id), _debtors(report.alt, w.id)
        out.append("   heads by debtor: " + "; ".join(f"{k} {_m(b[k])}→{_m(a[k])}" for k in b))
        out.append("")
    out.append(f"ALL: owed now {_m(report.total('base_total'))} → {_m(report.total('alt_total'))} "
               f"(difference {_m(report.total('total_diff'))})")
    return "\n".join(out) + "\n"


__all__ = ["CLEAR", "WhatIfPeriod", "WhatIfReport", "WhatIfWorker", "modified_case", "what_if",
           "whatif_text", "whatif_to_json"]
