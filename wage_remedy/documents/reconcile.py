"""How one worker's figures on the different papers add up (docs/heads.md, Documents).

The papers print different amounts on purpose, and each must say which:

- the calculation statement's summary: every wage period (``WorkerResult.total``, unpaid +
  interest), due or not yet due at the as-of date;
- the payment order, the receipt and the bank QR code: the employer's heads due at the as-of date
  (``payable``) = the wages above − the wage periods not yet due + the other employer heads due;
- the fines sheet: of the payment order, the heads the fines are about
  (``FINE_COMPENSATION_HEADS``): payment order − the heads that are no offence (notice pay, the
  PC 200 year-end premium);
- apart, never in an amount to pay: the fund heads (owed once the wages are declared), the court
  heads, and the employer heads not yet due.

Pure arithmetic on the Result's Decimals: nothing is rounded here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wage_remedy.compute.heads import FINE_COMPENSATION_HEADS
from wage_remedy.compute.result import DebtorTotal, Head, WorkerResult, payable_total
from wage_remedy.money import ZERO


@dataclass(frozen=True)
class Reconciliation:
    """One worker's amounts on each paper, with the heads that make the differences."""

    wages: DebtorTotal  # every wage period: the statement's summary row
    wages_not_due: tuple[Head, ...]  # wage periods unpaid but due after the as-of date
    other_due: tuple[Head, ...]  # employer heads other than wages, due at the as-of date
    payable: DebtorTotal  # payment order, receipt, QR
    not_offence: tuple[Head, ...]  # of the payable heads, those the fines are not about
    fine: DebtorTotal  # the compensation beside the fine (fines sheet, "owed now")
    later: tuple[Head, ...]  # employer heads other than wages, not yet due at the as-of date
    fund: tuple[Head, ...]  # owed by a fund once the wages are declared
    court: tuple[Head, ...]  # the most a court may award

    @property
    def not_due_total(self) -> DebtorTotal:
        """The wage periods not yet due: wages − (payable wages)."""
        return _sum(self.wages_not_due)


def _sum(heads: tuple[Head, ...] | list[Head]) -> DebtorTotal:
    return DebtorTotal(sum((h.due for h in heads), ZERO), sum((h.paid for h in heads), ZERO),
                       sum((h.unpaid for h in heads), ZERO), sum((h.interest for h in heads), ZERO))


def reconcile(wr: WorkerResult, as_of: dt.date) -> Reconciliation:
    """The reconciliation of ``wr``'s figures at ``as_of``. Identities (exact, tested):
    ``payable.total = wages.total − Σ wages_not_due.total + Σ other_due.total`` and
    ``fine.total = payable.total − Σ not_offence.total``."""
    wages = DebtorTotal(wr.due, wr.paid, wr.unpaid, wr.interest)
    if not wr.heads:  # no ledger: the wage periods are all there is
        return Reconciliation(wages, (), (), wages, (), wages, (), (), ())
    hs = wr.heads
    payable = payable_total(hs, as_of)
    not_due = tuple(h for h in hs if h.head == "wages" and h.due_date > as_of and h.total > 0)
    other = tuple(h for h in hs if h.head != "wages" and h.payable(as_of))
    not_offence = tuple(h for h in hs if h.payable(as_of) and h.head not in FINE_COMPENSATION_HEADS)
    fine = payable_total([h for h in hs if h.head in FINE_COMPENSATION_HEADS], as_of)
    later = tuple(h for h in hs if h.head != "wages" and h.debtor == "employer" and h.due_date > as_of
                  and h.total > 0)
    fund = tuple(h for h in hs if h.debtor == "fund" and h.total > 0)
    court = tuple(h for h in hs if h.debtor == "court" and h.total > 0)
    return Reconciliation(wages, not_due, other, payable, not_offence, fine, later, fund, court)


def payable_heads(wr: WorkerResult, as_of: dt.date) -> tuple[Head, ...]:
    """The heads a payment order's amount covers (in the ledger's order)."""
    return tuple(h for h in wr.heads if h.payable(as_of))


__all__ = ["Reconciliation", "payable_heads", "reconcile"]
