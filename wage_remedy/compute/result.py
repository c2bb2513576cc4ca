"""The Result of a computation: per worker, per pay period, per line, each line naming its source.

Documents, the CLI and the app only read a Result; they never compute legal figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from wage_remedy.law.schema import Source
from wage_remedy.money import CENT, ZERO, fmt_decimal, fmt_hours


@dataclass(frozen=True)
class Line:
    """Minutes of one pay period paid at one rate, one premium, from one rate version."""

    kind: str  # normal | overtime | flat_premium
    minutes: int
    rate: Decimal
    premium: Decimal  # percent: 0, 50, 100 (flat premiums: 0)
    amount: Decimal
    binding: str  # national | youth | student | sector | sector-youth | sector-student | agreed | wml | premium
    rate_table: str
    rate_from: dt.date | None
    status: str
    source: Source | None
    first_day: dt.date
    last_day: dt.date
    premium_id: str | None = None
    basis: str = ""  # how the rate was obtained, in words

    @property
    def hours(self) -> Decimal:
        """Exact hours (minutes / 60)."""
        return Decimal(self.minutes) / 60


@dataclass(frozen=True)
class PaymentApplied:
    index: int  # position in the worker's payments list
    date: dt.date
    amount: Decimal  # gross amount counted
    recorded: Decimal  # amount as recorded (net or gross)
    method: str
    for_period: str | None


@dataclass(frozen=True)
class InterestPart:
    start: dt.date
    end: dt.date
    days: int
    rate: Decimal  # percent per year
    rate_table: str
    rate_from: dt.date
    status: str
    amount: Decimal  # unrounded


@dataclass(frozen=True)
class PeriodResult:
    period: str
    start: dt.date
    end: dt.date
    due_date: dt.date
    due: Decimal
    paid: Decimal
    unpaid: Decimal
    overpaid: Decimal
    interest: Decimal
    minutes: int
    lines: tuple[Line, ...]
    payments: tuple[PaymentApplied, ...]
    interest_parts: tuple[InterestPart, ...]


@dataclass(frozen=True)
class WorkerResult:
    id: str
    name: str
    periods: tuple[PeriodResult, ...]
    due: Decimal
    paid: Decimal
    unpaid: Decimal
    overpaid: Decimal
    interest: Decimal

    @property
    def total(self) -> Decimal:
        """Owed now: unpaid + interest."""
        return self.unpaid + self.interest

    @property
    def underpaid_periods(self) -> tuple[PeriodResult, ...]:
        return tuple(p for p in self.periods if p.unpaid > 0)


@dataclass(frozen=True)
class Warning_:
    code: str  # unverified-rate | derived-rate | outdated-rate | overpaid | function-years-capped | ...
    message: str
    worker: str | None = None
    period: str | None = None
    params: tuple[tuple[str, str], ...] = ()  # e.g. outdated-rate: (("table", id), ("date", reviewed))

    def param(self, name: str) -> str | None:
        """A parameter of the warning (for presenting it by its code), or None."""
        return dict(self.params).get(name)

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.worker:
            d["worker"] = self.worker
        if self.period:
            d["period"] = self.period
        if self.params:
            d["params"] = dict(self.params)
        return d


@dataclass(frozen=True)
class Result:
    reference: str
    jurisdiction: str
    as_of: dt.date
    rates_digest: str
    inputs_digest: str
    workers: tuple[WorkerResult, ...]
    warnings: tuple[Warning_, ...]
    assumptions: tuple[str, ...]
    rate_versions: tuple[tuple[str, dt.date, str, str, str], ...]  # table, from, status, title, url
    sanctions: Any = field(default=None)

    @property
    def due(self) -> Decimal:
        return sum((w.due for w in self.workers), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((w.paid for w in self.workers), ZERO)

    @property
    def unpaid(self) -> Decimal:
        return sum((w.unpaid for w in self.workers), ZERO)

    @property
    def interest(self) -> Decimal:
        return sum((w.interest for w in self.workers), ZERO)

    @property
    def total(self) -> Decimal:
        return self.unpaid + self.interest

    @property
    def verification_code(self) -> str:
        """Digest of inputs + rates + as-of, as printed on documents (grouped for reading)."""
        import hashlib
        h = hashlib.sha256(
            f"{self.inputs_digest}|{self.rates_digest}|{self.as_of.isoformat()}".encode()
        ).hexdigest()[:20].upper()
        return "-".join(h[i:i + 5] for i in range(0, 20, 5))

    def worker(self, worker_id: str) -> WorkerResult:
        for w in self.workers:
            if w.id == worker_id:
                return w
        raise KeyError(worker_id)


def _m(d: Decimal) -> str:
    """Money as a string with exactly two decimals (formatting only: values are already cents)."""
    return fmt_decimal(d.quantize(CENT))


def _r(d: Decimal) -> str:
    return fmt_decimal(d)


def line_to_json(line: Line) -> dict[str, Any]:
    return {
        "kind": line.kind,
        "premium_id": line.premium_id,
        "hours": fmt_hours(line.minutes),
        "minutes": line.minutes,
        "rate": _r(line.rate),
        "premium": _r(line.premium),
        "amount": _m(line.amount),
        "binding": line.binding,
        "rate_table": line.rate_table,
        "rate_from": line.rate_from.isoformat() if line.rate_from else None,
        "status": line.status,
        "source": line.source.url if line.source else None,
        "first_day": line.first_day.isoformat(),
        "last_day": line.last_day.isoformat(),
        "basis": line.basis,
    }


def result_to_json(result: Result) -> dict[str, Any]:
    """The JSON object of ``compute --format json`` (DESIGN §7); money and hours as strings."""
    workers = []
    for w in result.workers:
        periods = []
        for p in w.periods:
            periods.append({
                "period": p.period, "start": p.start.isoformat(), "end": p.end.isoformat(),
                "due_date": p.due_date.isoformat(), "due": _m(p.due), "paid": _m(p.paid),
                "unpaid": _m(p.unpaid), "overpaid": _m(p.overpaid), "interest": _m(p.interest),
                "hours": fmt_hours(p.minutes),
                "lines": [line_to_json(ln) for ln in p.lines],
                "payments": [{"date": pa.date.isoformat(), "amount": _m(pa.amount),
                              "recorded": _m(pa.recorded), "method": pa.method}
                             for pa in p.payments],
                "interest_detail": [{"from": ip.start.isoformat(), "to": ip.end.isoformat(),
                                     "days": ip.days, "rate": _r(ip.rate),
                                     "rate_table": ip.rate_table,
                                     "rate_from": ip.rate_from.isoformat(), "status": ip.status}
                                    for ip in p.interest_parts],
            })
        workers.append({
            "id": w.id, "name": w.name, "due": _m(w.due), "paid": _m(w.paid),
            "unpaid": _m(w.unpaid), "overpaid": _m(w.overpaid), "interest": _m(w.interest),
            "total": _m(w.total), "periods": periods,
        })
    from wage_remedy.sanctions import sanctions_to_json
    return {
        "reference": result.reference,
        "jurisdiction": result.jurisdiction,
        "as_of": result.as_of.isoformat(),
        "rates_digest": result.rates_digest,
        "inputs_digest": result.inputs_digest,
        "verification_code": result.verification_code,
        "totals": {"due": _m(result.due), "paid": _m(result.paid), "unpaid": _m(result.unpaid),
                   "interest": _m(result.interest), "total": _m(result.total)},
        "workers": workers,
        "sanctions": sanctions_to_json(result.sanctions) if result.sanctions is not None else None,
        "rate_versions": [{"table": t, "from": f.isoformat(), "status": s, "source": title, "url": url}
                          for (t, f, s, title, url) in result.rate_versions],
        "assumptions": list(result.assumptions),
        "warnings": [w.as_dict() for w in result.warnings],
    }
