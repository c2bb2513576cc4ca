"""Payments (docs/method.md, step 5): each payment counts for the period it names, else the
period containing its date; net amounts become gross only by the conversion the case names."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from wage_remedy.case.model import CaseFile, Worker
from wage_remedy.case.store import CaseProblem
from wage_remedy.compute.periods import period_of
from wage_remedy.compute.result import PaymentApplied, Warning_
from wage_remedy.errors import params_of
from wage_remedy.money import round_cent


def apply_payments(case: CaseFile, w: Worker, wpath: str, work_periods: set[str], as_of: dt.date,
                   problems: list[CaseProblem], warnings: list[Warning_]
                   ) -> dict[str, list[PaymentApplied]]:
    """The worker's payments per pay period, as gross amounts; problems and warnings appended."""
    kind = case.settings.pay_period
    conv = case.settings.net_conversion if case.settings.paid_amounts == "net" else None
    paid: dict[str, list[PaymentApplied]] = defaultdict(list)
    for j, pay in enumerate(w.payments):
        if pay.head not in (None, "wages"):
            continue  # pays another head of claim (compute/heads.py), never wages
        if pay.for_ is not None:
            per = pay.for_
            problem = _named_period_problem(per, kind, work_periods)
            if problem:
                problems.append(CaseProblem(f"{wpath}.payments[{j}].for", problem))
                continue
        else:
            per = period_of(pay.date, kind)
        if pay.date > as_of:
            warnings.append(Warning_("payment-after-as-of",
                                     f"{w.name}: the payment of {pay.date} ({pay.amount}) is dated after the "
                                     f"as-of date {as_of} and is counted", w.id, per,
                                     params=params_of(name=w.name, date=pay.date, amount=pay.amount,
                                                      as_of=as_of)))
        gross = round_cent(pay.amount * conv.factor) if conv else pay.amount
        paid[per].append(PaymentApplied(j, pay.date, gross, pay.amount, pay.method, pay.for_))
    return paid


def _named_period_problem(per: str, kind: str, work_periods: set[str]) -> str | None:
    """Why a payment cannot be for period ``per`` (None when it can)."""
    if ("-W" in per) != (kind == "week"):
        return f"{per!r} is not a {kind} period of this case (pay_period is {kind!r})"
    if per not in work_periods:
        return (f"no work is recorded in period {per}; a payment can only "
                "be for a period with work")
    return None
