"""Art. 162 offences (docs/method.md, Fines): the shortcut of ``offence_periods`` (a period unpaid
now was unpaid on the inspection date when no payment is negative) gives the periods the general
rule gives (unpaid on the inspection date by the payments dated by then), and is not taken where
it would not; the compensation beside the fine adds what ``payable_total`` adds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from wage_remedy.compute import fines
from wage_remedy.compute.fines import offence_periods, unpaid_on
from wage_remedy.compute.heads import FINE_COMPENSATION_HEADS
from wage_remedy.compute.result import Head, payable_total

D = dt.date
INSPECTION = D(2025, 6, 30)


def _period(name: str, due_date: dt.date, due: str, *pays: tuple[dt.date, str]) -> Any:
    """A period as ``settle_period`` makes it: unpaid = max(0, due - every payment)."""
    payments = tuple(SimpleNamespace(date=d, amount=Decimal(a)) for d, a in pays)
    paid = sum((p.amount for p in payments), Decimal(0))
    return SimpleNamespace(period=name, due_date=due_date, due=Decimal(due), payments=payments,
                           unpaid=max(Decimal(0), Decimal(due) - paid))


def _general(worker: Any) -> list[Any]:
    return [p for p in worker.periods if p.due_date <= INSPECTION and unpaid_on(p, INSPECTION) > 0]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The periods whose payments ``offence_periods`` sums up to the inspection date."""
    summed: list[str] = []

    def counted(period: Any, day: dt.date) -> Decimal:
        summed.append(period.period)
        return unpaid_on(period, day)

    monkeypatch.setattr(fines, "unpaid_on", counted)
    return summed


def test_non_negative_payments_take_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    worker = SimpleNamespace(periods=(
        _period("2025-01", D(2025, 2, 6), "100.00", (D(2025, 1, 28), "60.00")),  # 40 unpaid
        _period("2025-02", D(2025, 3, 6), "100.00", (D(2025, 7, 10), "30.00")),  # 70 unpaid
        _period("2025-03", D(2025, 4, 4), "100.00", (D(2025, 3, 28), "100.00")),  # paid by then
        _period("2025-04", D(2025, 5, 7), "100.00", (D(2025, 7, 1), "100.00")),  # paid after it
        _period("2025-06", D(2025, 7, 4), "100.00"),  # not yet due on the inspection date
    ))
    summed = _counting(monkeypatch)
    got = offence_periods(worker, INSPECTION)
    assert [p.period for p in got] == ["2025-01", "2025-02", "2025-04"]
    assert got == _general(worker)
    # only the periods paid in full by now are summed up to the inspection date
    assert summed == ["2025-03", "2025-04"]


def test_a_negative_payment_takes_the_general_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    worker = SimpleNamespace(periods=(
        # 150 paid by the inspection, 80 taken back after it: 30 unpaid now, none on that date
        _period("2025-01", D(2025, 2, 6), "100.00", (D(2025, 1, 28), "150.00"), (D(2025, 7, 1), "-80.00")),
        _period("2025-02", D(2025, 3, 6), "100.00", (D(2025, 2, 28), "60.00")),  # 40 unpaid
    ))
    assert worker.periods[0].unpaid == Decimal("30.00")  # the shortcut would count it
    summed = _counting(monkeypatch)
    got = offence_periods(worker, INSPECTION)
    assert [p.period for p in got] == ["2025-02"]
    assert got == _general(worker)
    assert summed == ["2025-01", "2025-02"]  # every due period summed: a payment is negative


def _head(head: str, debtor: str, due_date: dt.date, unpaid: str, interest: str) -> Head:
    return Head(head, debtor, D(2025, 1, 1), D(2025, 1, 31), due_date, Decimal(unpaid), Decimal(0),
                Decimal(unpaid), Decimal(interest), "", "", "verified")


def test_owed_now_sums_what_payable_total_sums() -> None:
    """``_owed_now`` adds unpaid and interest of the heads ``payable_total`` keeps, not its other sums."""
    as_of = D(2025, 6, 30)
    heads = (
        _head("wages", "employer", D(2025, 2, 6), "100.10", "1.015"),
        _head("wages", "employer", D(2025, 7, 4), "50.00", "0"),  # not due on the as-of date
        _head("holiday_pay_fund_be", "fund", D(2025, 5, 31), "70.00", "0"),  # a fund's
        _head("notice_pay_be", "employer", D(2025, 3, 1), "900.00", "9.00"),  # no fine about it
        _head("wages", "employer", D(2025, 3, 6), "0.00", "0.00"),  # nothing owed
        _head("wages", "employer", D(2025, 4, 4), "20.00", "0.3"),
    )
    w = SimpleNamespace(heads=heads, total=Decimal("-1"))
    result = SimpleNamespace(as_of=as_of)
    fine_heads = [h for h in heads if h.head in FINE_COMPENSATION_HEADS]
    assert fines._owed_now(w, result) == payable_total(fine_heads, as_of).total == Decimal("121.415")
    assert str(fines._owed_now(w, result)) == str(payable_total(fine_heads, as_of).total)
    assert fines._owed_now(SimpleNamespace(heads=(), total=Decimal("5")), result) == Decimal("5")
