"""Plain-text statement of a Result (the ``compute`` text output)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from wage_remedy.compute.result import Head, Result, WorkerResult, debtor_totals, payable_total
from wage_remedy.money import fmt_hours, money_text


def _money(d: Decimal) -> str:
    return f"{money_text(d):>12}"


def _c(d: Decimal) -> str:
    return money_text(d)


_DEBTOR_WORDS = {"employer": "owed by the employer",
                 "fund": "owed by the fund once the wages are declared",
                 "court": "a court may award up to"}


def _heads_text(heads: tuple[Head, ...], as_of: date) -> list[str]:
    """The heads of claim beside the wages, by debtor, and what the employer must pay now."""
    others = [h for h in heads if h.head != "wages"]
    if not others:
        return []
    out = ["   HEADS OF CLAIM (docs/heads.md)"]
    for debtor, words in _DEBTOR_WORDS.items():
        for h in (h for h in others if h.debtor == debtor):
            fund = f" [{h.fund}]" if h.fund else ""
            out.append(f"   {h.head:<22} {h.start.isoformat()} to {h.end.isoformat()} due {h.due_date.isoformat()}: "
                       f"{_c(h.due)} paid {_c(h.paid)} unpaid {_c(h.unpaid)} interest {_c(h.interest)}"
                       f" ({words}{fund}; {h.status})")
            out.append(f"       {h.basis}")
    totals = debtor_totals(heads)
    out.append("   by debtor: " + "; ".join(f"{d} {_c(t.total)}" for d, t in totals.items()))
    now = payable_total(heads, as_of)
    out.append(f"   EMPLOYER MUST PAY NOW (employer heads due on {as_of.isoformat()}): {_c(now.total)}")
    return out


def _reconcile_text(w: WorkerResult, as_of: date) -> list[str]:
    """How the worker's wages total becomes the payment order's and the fines sheet's amounts
    (documents/reconcile.py); nothing when they are all the same."""
    from wage_remedy.documents.reconcile import reconcile
    rc = reconcile(w, as_of)
    if rc.payable.total == rc.wages.total and rc.fine.total == rc.wages.total:
        return []
    parts = [f"wages, all periods {_c(rc.wages.total)}"]
    parts += [f"- {h.period} not yet due on {as_of.isoformat()} {_c(h.total)}" for h in rc.wages_not_due]
    parts += [f"+ {h.head} {_c(h.total)}" for h in rc.other_due]
    out = [f"   PAYMENT ORDER (employer heads due on {as_of.isoformat()}): " + " ".join(parts)
           + f" = {_c(rc.payable.total)}"]
    if rc.fine.total != rc.payable.total:
        out.append("   FINES SHEET (heads the offence is about): payment order " + _c(rc.payable.total)
                   + "".join(f" - {h.head} {_c(h.total)}" for h in rc.not_offence) + f" = {_c(rc.fine.total)}")
    return out


def text_statement(result: Result) -> str:
    """A readable statement per worker and period, then totals, fines and warnings."""
    out: list[str] = []
    out.append(f"Case {result.reference} ({result.jurisdiction})  as of {result.as_of.isoformat()}")
    out.append(f"Verification code {result.verification_code}")
    out.append("")
    for w in result.workers:
        out += _worker_text(w, result.as_of)
        out.append("")
    out += _totals_text(result)
    out += _fines_text(result)
    if result.warnings:
        out.append("")
        out.append("WARNINGS")
        for wn in result.warnings:
            out.append(f"  ! {wn.message}")
    out.append("")
    out.append("Rates used: " + ", ".join(f"{t}@{f.isoformat()} ({st})" for t, f, st, _, _ in result.rate_versions))
    return "\n".join(out) + "\n"


def _worker_text(w: WorkerResult, as_of: date) -> list[str]:
    """One worker: periods with their lines, totals, reconciliation, estimates and heads."""
    out: list[str] = []
    out.append(f"== {w.name} ({w.id})")
    out.append(f"   {'period':<9} {'due date':<10} {'hours':>8} {'due':>12} {'paid':>12} "
               f"{'unpaid':>12} {'interest':>10}")
    for p in w.periods:
        out.append(f"   {p.period:<9} {p.due_date.isoformat():<10} {fmt_hours(p.minutes):>8} "
                   f"{_money(p.due)} {_money(p.paid)} {_money(p.unpaid)} {_c(p.interest):>10}")
        for ln in p.lines:
            label = ln.premium_id if ln.kind == "flat_premium" else (
                "normal" if ln.kind == "normal" else f"overtime +{ln.premium}%")
            src = f"{ln.rate_table}@{ln.rate_from.isoformat()}" if ln.rate_from else ln.rate_table
            out.append(f"       {label:<16} {fmt_hours(ln.minutes):>8} h x {ln.rate:<8} = "
                       f"{ln.amount:>10}  [{ln.binding}; {src}; {ln.status}]"
                       + ("  ESTIMATED" if ln.estimated else ""))
        if p.estimated_minutes:
            out.append(f"       of which estimated: {fmt_hours(p.estimated_minutes)} h, due "
                       f"{_c(p.estimated_due)}, unpaid {_c(p.estimated_unpaid)}")
        if p.overpaid > 0:
            out.append(f"       overpaid {p.overpaid} (not set off against other periods)")
    out.append(f"   total (wages, all periods, due or not yet due): due {_c(w.due)}  paid {_c(w.paid)}  "
               f"unpaid {_c(w.unpaid)}  interest {_c(w.interest)}  unpaid + interest {_c(w.total)}")
    out += _reconcile_text(w, as_of)
    for e in w.estimates:  # docs/estimates.md
        out.append(f"   ESTIMATE {e.basis} {e.start.isoformat()} to {e.end.isoformat()}: "
                   f"{fmt_hours(e.minutes)} h on {e.days} day(s); evidence: {e.evidence}")
        if e.rebuttable:
            out.append(f"     legal basis: {e.instrument} ({e.table}, {e.status}); a presumption "
                       "the employer can rebut")
    if w.estimates:
        out.append(f"   of which estimated: due {_c(w.estimated_due)}  unpaid {_c(w.estimated_unpaid)}")
    out += _heads_text(w.heads, as_of)
    return out


def _totals_text(result: Result) -> list[str]:
    """The case totals, the estimated part and the heads by debtor."""
    out: list[str] = []
    out.append(f"CASE TOTALS: due {_c(result.due)}  paid {_c(result.paid)}  unpaid {_c(result.unpaid)}  "
               f"interest {_c(result.interest)}  total owed {_c(result.total)}")
    if any(w.estimates for w in result.workers):
        out.append(f"  of which estimated: due {_c(result.estimated_due)}  unpaid {_c(result.estimated_unpaid)}")
    every = tuple(h for w in result.workers for h in w.heads)
    if any(h.head != "wages" for h in every):
        out.append("  heads of claim by debtor: " + "; ".join(
            f"{d} {_c(t.total)}" for d, t in debtor_totals(every).items())
            + f"; employer must pay now {_c(payable_total(every, result.as_of).total)}")
    return out


def _fines_text(result: Result) -> list[str]:
    """Fines and the compensation beside them."""
    out: list[str] = []
    s = result.sanctions
    if s is not None:
        out.append("")
        out.append("FINES AND COMPENSATION")
        if s.workers_concerned == 0:
            out.append("  No underpayment: no fine.")
        elif s.regime == "be-art162":
            out.append(f"  Social Penal Code art. 162, level {s.level}{' (aggravated)' if s.aggravated else ''}, "
                       f"regime in force on {s.regime_date}; offence period {s.offence_from} to {s.offence_to}")
            out.append(f"  workers concerned: {s.workers_concerned} (counted: {s.counted_workers}); "
                       f"surcharge x{s.multiplier}")
            a = s.admin_total
            c = s.criminal_total
            if a:
                out.append(f"  administrative fine: {_c(a.min)} to {_c(a.max)}  (per worker "
                           f"{_c(s.admin_per_worker.min)} to {_c(s.admin_per_worker.max)})")
            if c and s.criminal_per_worker:
                out.append(f"  criminal fine:       {_c(c.min)} to {_c(c.max)}  (per worker "
                           f"{_c(s.criminal_per_worker.min)} to {_c(s.criminal_per_worker.max)})")
            if s.prison_months:
                out.append(f"  and/or prison {s.prison_months.min} to {s.prison_months.max} months")
        else:
            out.append(f"  WML fines (NL), total {_c(s.nl_total) if s.nl_total is not None else '-'}")
        from wage_remedy.documents.reconcile import reconcile
        for f in s.workers:
            fine = f" | fine driven {_c(f.fine.min)}-{_c(f.fine.max)}" if f.fine else ""
            part = reconcile(result.worker(f.worker), result.as_of).fine
            # the heads the fines are about, due on the as-of date: the two figures add up
            unpaid, interest = (part.unpaid, part.interest) if part.total == f.owed_now else (f.unpaid, f.interest)
            out.append(f"  {f.name}: unpaid {_c(unpaid)} + interest {_c(interest)} = owed now {_c(f.owed_now)}"
                       f" (wages and holiday pay due on {result.as_of.isoformat()}){fine}"
                       + (f" ({f.rule})" if f.rule else ""))
        for note in s.notes:
            out.append(f"  note: {note}")
        for line in s.basis("en"):
            out.append(f"  basis: {line}")
    return out
