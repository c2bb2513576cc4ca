"""Claim check (docs/architecture.md, Case file): compare claimed figures with the computation and name likely causes.

A claim states, for one worker, amounts per pay period (``due``, ``paid`` or ``unpaid``) or one
total unpaid over a date range. ``check_claims`` computes the case, puts every claimed figure
beside the computed one (difference = claimed − computed) and, where the inputs allow it, names
the likely cause of a difference by testing simple hypotheses against the computation, each to
the cent: the overtime premium or a flat premium not counted, a payment not counted (or counted
by the computation in another period), hours differing by whole or half hours, another category
or function year of the worker's sector table, legal interest added. A hypothesis is named only
when it reproduces the claimed figure exactly. Legal figures come from the Result and the rate
catalogue; this module holds only the method.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from wage_remedy.case.model import CaseFile, Claim, Worker
from wage_remedy.case.store import CaseError, CaseProblem
from wage_remedy.compute import compute
from wage_remedy.compute.rates import Usage, WorkerRates, age_on
from wage_remedy.compute.result import Line, PaymentApplied, PeriodResult, Result, WorkerResult
from wage_remedy.law.catalogue import Catalogue, LookupError_
from wage_remedy.law.jurisdictions import jurisdiction
from wage_remedy.law.loader import RateTable
from wage_remedy.money import CENT, ZERO, fmt_decimal, fmt_hours, money_text, round_cent

FIELDS: tuple[str, ...] = ("due", "paid", "unpaid")
TOTAL_FIELD = "total_unpaid"
# Software limit, not a legal figure: payments of one scope tried in every combination.
MAX_SUBSET_PAYMENTS = 10
_PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])\Z|^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])\Z")
_RATE_KINDS = ("normal", "overtime")


# ------------------------------------------------------------------------------------ report
@dataclass(frozen=True)
class Cause:
    """A likely cause of a difference (or a note), with the figures that explain it.

    ``params`` values are ``Decimal`` (amounts under ``amount``, rates under ``rate``/``own_rate``,
    hours under ``hours``, percents under ``premium``), ``str``, ``int``, ``bool``, ``date`` or,
    for ``payments``, a tuple of ``(date, amount, method)``.
    """

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def p(self) -> dict[str, Any]:
        """The parameters as a dict."""
        return dict(self.params)

    @property
    def text(self) -> str:
        """The cause in English words, with its figures."""
        return cause_text(self)


@dataclass(frozen=True)
class PeriodShare:
    """A computed period inside a claimed date range, with its computed unpaid amount."""

    period: str
    computed: Decimal
    partial: bool = False


@dataclass(frozen=True)
class ClaimRow:
    """One claimed figure beside the computed one."""

    period: str  # "2025-03", or "2025-03-01/2025-05-31" for a total over a date range
    field: str  # due | paid | unpaid | total_unpaid
    claimed: Decimal
    computed: Decimal
    causes: tuple[Cause, ...] = ()
    notes: tuple[Cause, ...] = ()
    covers: tuple[PeriodShare, ...] = ()  # for a total: the computed periods it covers
    # the computed figure without the worker's estimates (records only; docs/estimates.md)
    without_estimates: Decimal | None = None

    @property
    def difference(self) -> Decimal:
        """Claimed − computed."""
        return self.claimed - self.computed

    @property
    def agrees(self) -> bool:
        """True when claimed and computed agree to the cent."""
        return round_cent(self.difference) == 0


def _tally(rows: Iterable[ClaimRow]) -> tuple[int, int, Decimal]:
    agree = disagree = 0
    diff = ZERO
    for r in rows:
        if r.agrees:
            agree += 1
        else:
            disagree += 1
        diff += r.difference
    return agree, disagree, diff


@dataclass(frozen=True)
class ClaimResult:
    """One claim of the case, checked."""

    index: int  # position in case.claims
    worker: str
    worker_name: str
    by: str
    date: dt.date
    kind: str  # periods | total
    rows: tuple[ClaimRow, ...]
    from_: dt.date | None = None
    to: dt.date | None = None

    @property
    def agree(self) -> int:
        """Rows agreeing to the cent."""
        return _tally(self.rows)[0]

    @property
    def disagree(self) -> int:
        """Rows that differ."""
        return _tally(self.rows)[1]

    @property
    def difference(self) -> Decimal:
        """Sum of the differences (claimed − computed)."""
        return _tally(self.rows)[2]

    def difference_by_field(self) -> dict[str, Decimal]:
        """Sum of the differences per field."""
        out: dict[str, Decimal] = {}
        for r in self.rows:
            out[r.field] = out.get(r.field, ZERO) + r.difference
        return out


@dataclass(frozen=True)
class ClaimReport:
    """Every claim of a case checked against the computation at ``as_of``."""

    reference: str
    as_of: dt.date
    claims: tuple[ClaimResult, ...]
    result: Result

    @property
    def verification_code(self) -> str:
        return self.result.verification_code

    @property
    def rows(self) -> tuple[ClaimRow, ...]:
        return tuple(r for c in self.claims for r in c.rows)

    @property
    def agree(self) -> int:
        return _tally(self.rows)[0]

    @property
    def disagree(self) -> int:
        return _tally(self.rows)[1]

    @property
    def difference(self) -> Decimal:
        return _tally(self.rows)[2]


# ------------------------------------------------------------------------------------ words
def money(d: Decimal) -> str:
    """Money as a plain string: two decimals, more only when the value has them."""
    return money_text(d) if d == d.quantize(CENT) else fmt_decimal(d)


def _signed(d: Decimal) -> str:
    return ("+" if d > 0 else "") + money(d)


def _hours(d: Decimal) -> str:
    text = fmt_decimal(d.normalize())
    return text


def _payments_text(items: Sequence[tuple[dt.date, Decimal, str]]) -> str:
    method = {"cash": "in cash", "bank": "by bank transfer", "other": "otherwise"}
    return "; ".join(f"{money(a)} {method.get(m, m)} on {d.isoformat()}" for d, a, m in items)


def cause_text(c: Cause) -> str:
    """English sentence of a cause or note."""
    p = c.p
    if c.code == "overtime-premium":
        how = ""
        if p.get("rate") is not None and p.get("premium") is not None:
            how = f" at {fmt_decimal(p['rate'])}/h × {fmt_decimal(p['premium'].normalize())} %"
        return (f"overtime premium not counted: {money(p['amount'])} is the premium part of "
                f"{_hours(p['hours'])} h of overtime{how}")
    if c.code == "flat-premium":
        return f"flat premium not counted: {money(p['amount'])} ({p['premium_id']})"
    if c.code == "payment":
        return f"a payment not counted: {money(p['amount'])} ({_payments_text(p['payments'])})"
    if c.code == "payment-elsewhere":
        return (f"a payment the computation counts in another period: {money(p['amount'])} paid "
                f"on {p['date'].isoformat()} is counted in {p['period']}")
    if c.code == "hours":
        h = p["hours"]
        word = "more" if h > 0 else "fewer"
        prem = f" with the +{fmt_decimal(p['premium'].normalize())} % overtime premium" if p["premium"] else ""
        return (f"hours differ: {_hours(abs(h))} h {word} than computed, at "
                f"{fmt_decimal(p['rate'])}/h{prem}")
    if c.code == "rate-category":
        years = f", {p['years']} function years" if p.get("years") is not None else ""
        text = (f"a different rate or category: the claim matches {p['table']} category "
                f"{p['category']}{years} ({fmt_decimal(p['rate'])}/h, version {p['version']}); "
                f"the computation uses category {p['own_category']} ({fmt_decimal(p['own_rate'])}/h)")
        if not p.get("premiums", True):
            text += "; overtime and flat premiums not counted"
        return text
    if c.code == "rate-age":
        what = "student" if p["which"] == "student" else "youth (age)"
        return (f"{what} rate not applied: the claim matches the adult rate "
                f"({fmt_decimal(p['rate'])}/h); the computation applies the {what} rate "
                f"({fmt_decimal(p['own_rate'])}/h)")
    if c.code == "interest-included":
        return (f"interest included: the claim adds {money(p['amount'])} of legal interest up to "
                f"{p['as_of'].isoformat()}")
    if c.code == "no-work":
        return "no work is recorded in the case for this period"
    if c.code == "heads-included":
        return (f"other heads of claim included: the claim adds {money(p['amount'])} owed by the "
                f"employer besides the wages ({p['heads']})")
    if c.code == "heads-not-claimed":
        return (f"other heads of claim not included: {money(p['amount'])} is owed by the employer "
                f"besides the wages ({p['heads']})")
    if c.code == "interest-not-claimed":
        return (f"interest not included: {money(p['amount'])} of legal interest (up to "
                f"{p['as_of'].isoformat()}) is owed on top of this amount")
    if c.code == "estimate":
        text = (f"{money(p['amount'])} of the computed figure rests on the estimate; on the "
                f"records only it is {money(p['without'])}")
        return text + (" (the claim matches the records only)" if p.get("matches") else "")
    if c.code == "partial-period":
        return f"period {p['period']} is only partly within the claimed dates; it is counted in full"
    return c.code


# ------------------------------------------------------------------------------------ hypotheses
@dataclass(frozen=True)
class _Hyp:
    """A hypothesis: some periods' due and paid as the claimant may have counted them."""

    causes: tuple[Cause, ...]
    due: tuple[tuple[str, Decimal], ...] = ()
    paid: tuple[tuple[str, Decimal], ...] = ()
    extra_unpaid: Decimal = ZERO

    def value(self, fld: str, scope: Sequence[PeriodResult]) -> Decimal:
        due = dict(self.due)
        paid = dict(self.paid)
        if fld == "due":
            return sum((due.get(p.period, p.due) for p in scope), ZERO)
        if fld == "paid":
            return sum((paid.get(p.period, p.paid) for p in scope), ZERO)
        unpaid = sum((max(ZERO, due.get(p.period, p.due) - paid.get(p.period, p.paid))
                      for p in scope), ZERO)
        return unpaid + self.extra_unpaid


def _params(**kw: Any) -> tuple[tuple[str, Any], ...]:
    return tuple(kw.items())


def _line_amount(minutes: int, rate: Decimal, premium: Decimal) -> Decimal:
    """A rate line's amount as the engine rounds it (docs/method.md, step 4)."""
    return round_cent(Decimal(minutes) * rate * (100 + premium) / 6000)


def _rate_lines(scope: Sequence[PeriodResult]) -> list[tuple[PeriodResult, Line]]:
    return [(p, ln) for p in scope for ln in p.lines if ln.kind in _RATE_KINDS]


def _uniform(values: Iterable[Decimal]) -> Decimal | None:
    s = set(values)
    return s.pop() if len(s) == 1 else None


def _overtime_variants(ot: list[tuple[PeriodResult, Line]]) -> list[dict[str, Decimal]]:
    """The overtime premium part per period to the cent, in the three ways a claimant may have
    rounded it (the line's own amount, rounded per period, rounded per line), each once."""
    variants: list[dict[str, Decimal]] = []
    if not ot:
        return variants
    exact: dict[str, Decimal] = {}
    per_line: dict[str, Decimal] = {}
    rest: dict[str, Decimal] = {}
    for p, ln in ot:
        part = Decimal(ln.minutes) * ln.rate * ln.premium / 6000
        exact[p.period] = exact.get(p.period, ZERO) + part
        per_line[p.period] = per_line.get(p.period, ZERO) + round_cent(part)
        rest[p.period] = rest.get(p.period, ZERO) + ln.amount - _line_amount(ln.minutes, ln.rate, ZERO)
    exact = {k: round_cent(v) for k, v in exact.items()}
    for v in (rest, exact, per_line):
        if v not in variants:
            variants.append(v)
    return variants


def _flat_sets(flat: list[tuple[PeriodResult, Line]]) -> list[tuple[str, dict[str, Decimal]]]:
    """The flat premiums per period: all of them together, then each premium on its own."""
    sets: list[tuple[str, dict[str, Decimal]]] = []
    if not flat:
        return sets
    ids = sorted({ln.premium_id or "" for _p, ln in flat})
    everything: dict[str, Decimal] = {}
    for p, ln in flat:
        everything[p.period] = everything.get(p.period, ZERO) + ln.amount
    sets.append((", ".join(ids), everything))
    if len(ids) > 1:
        for pid in ids:
            one: dict[str, Decimal] = {}
            for p, ln in flat:
                if (ln.premium_id or "") == pid:
                    one[p.period] = one.get(p.period, ZERO) + ln.amount
            sets.append((pid, one))
    return sets


def _premium_hyps(scope: Sequence[PeriodResult]) -> list[_Hyp]:
    """Overtime premium and/or flat premiums not counted."""
    out: list[_Hyp] = []
    ot = [(p, ln) for p, ln in _rate_lines(scope) if ln.kind == "overtime" and ln.premium > 0]
    flat = [(p, ln) for p in scope for ln in p.lines if ln.kind == "flat_premium"]
    ot_variants = _overtime_variants(ot)
    hours = Decimal(fmt_hours(sum(ln.minutes for _p, ln in ot)))
    rate = _uniform(ln.rate for _p, ln in ot)
    prem = _uniform(ln.premium for _p, ln in ot)

    def ot_cause(v: dict[str, Decimal]) -> Cause:
        return Cause("overtime-premium", _params(amount=sum(v.values(), ZERO), hours=hours,
                                                 rate=rate, premium=prem))

    flat_sets = _flat_sets(flat)

    def flat_cause(pid: str, v: dict[str, Decimal]) -> Cause:
        return Cause("flat-premium", _params(amount=sum(v.values(), ZERO), premium_id=pid))

    by_period = {p.period: p for p in scope}

    def less(*reductions: dict[str, Decimal]) -> tuple[tuple[str, Decimal], ...]:
        due = {k: p.due for k, p in by_period.items()}
        for red in reductions:
            for k, v in red.items():
                due[k] -= v
        return tuple(sorted(due.items()))

    for v in ot_variants:
        out.append(_Hyp((ot_cause(v),), due=less(v)))
    for pid, fv in flat_sets:
        out.append(_Hyp((flat_cause(pid, fv),), due=less(fv)))
    if ot_variants and flat_sets:
        pid, fv = flat_sets[0]
        for v in ot_variants:
            out.append(_Hyp((ot_cause(v), flat_cause(pid, fv)), due=less(v, fv)))
    return out


def _hours_hyps(scope: Sequence[PeriodResult], delta: Decimal) -> list[_Hyp]:
    """Hours of one line differing by a whole or half number of hours (``delta`` = due gap)."""
    out: list[_Hyp] = []
    if delta == 0:
        return out
    for p, ln in _rate_lines(scope):
        factor = ln.rate * (100 + ln.premium) / 100
        if factor <= 0:
            continue
        halves = (delta / factor * 2).to_integral_value(rounding=ROUND_HALF_UP)
        if halves == 0:
            continue
        minutes = ln.minutes + int(halves) * 30
        if minutes < 0:
            continue
        new = _line_amount(minutes, ln.rate, ln.premium)
        due = tuple(sorted((q.period, q.due - ln.amount + new if q.period == p.period else q.due)
                           for q in scope))
        out.append(_Hyp((Cause("hours", _params(hours=halves / 2, rate=ln.rate, premium=ln.premium)),),
                        due=due))
    return out


def _payment_hyps(scope: Sequence[PeriodResult], wr: WorkerResult) -> list[_Hyp]:
    """Payments of the scope not counted; payments of other periods counted in the scope."""
    out: list[_Hyp] = []
    pays: list[tuple[str, PaymentApplied]] = [(p.period, pa) for p in scope for pa in p.payments]
    if len(pays) <= MAX_SUBSET_PAYMENTS:
        subsets: Iterable[tuple[tuple[str, PaymentApplied], ...]] = itertools.chain.from_iterable(
            itertools.combinations(pays, n) for n in range(1, len(pays) + 1))
    else:
        subsets = [(x,) for x in pays] + [tuple(pays)]
    base = {p.period: p.paid for p in scope}
    for sub in subsets:
        paid = dict(base)
        for per, pa in sub:
            paid[per] -= pa.amount
        items = tuple((pa.date, pa.amount, pa.method) for _per, pa in sub)
        cause = Cause("payment", _params(amount=sum((pa.amount for _per, pa in sub), ZERO),
                                         payments=items))
        out.append(_Hyp((cause,), paid=tuple(sorted(paid.items()))))
    in_scope = {p.period for p in scope}
    if not scope:
        return out
    for p in wr.periods:
        if p.period in in_scope:
            continue
        for pa in p.payments:
            target = scope[-1] if pa.date > scope[-1].end else scope[0]
            for q in scope:
                if q.start <= pa.date <= q.end:
                    target = q
            paid = dict(base)
            paid[target.period] += pa.amount
            cause = Cause("payment-elsewhere", _params(amount=pa.amount, date=pa.date,
                                                       period=p.period, method=pa.method))
            out.append(_Hyp((cause,), paid=tuple(sorted(paid.items()))))
    return out


def _interest_hyps(scope: Sequence[PeriodResult], at_claim: WorkerResult | None,
                   as_of: dt.date, claim_date: dt.date) -> list[_Hyp]:
    out: list[_Hyp] = []
    amount = sum((p.interest for p in scope), ZERO)
    if amount > 0:
        out.append(_Hyp((Cause("interest-included", _params(amount=amount, as_of=as_of)),),
                        extra_unpaid=amount))
    if at_claim is not None and claim_date != as_of:
        names = {p.period for p in scope}
        other = sum((p.interest for p in at_claim.periods if p.period in names), ZERO)
        if other > 0 and other != amount:
            out.append(_Hyp((Cause("interest-included", _params(amount=other, as_of=claim_date)),),
                            extra_unpaid=other))
    return out


class _SectorRates:
    """Rates the computation would bind for another category or other function years of the
    worker's sector table: the same method as the computation (the sector's youth and student
    percentages, the national minimum with CCT 50 percentages, the agreed rate), so a claim
    priced at another category is told apart from one that ignores an age or student rate."""

    def __init__(self, case: CaseFile, worker: Worker, cat: Catalogue):
        self.cat = cat
        self.case = case
        self.worker = worker
        emp = worker.employment
        self.table: RateTable | None = None
        self.wr: WorkerRates | None = None
        self._alt: dict[tuple[str, int], WorkerRates | None] = {}
        if emp.sector is None or not emp.category:
            return
        try:
            t = cat.table(emp.sector)
            self.wr = WorkerRates(case, worker, cat, Usage())
        except LookupError_:
            return
        if t.kind == "sector" and t.dimensions[:1] == ("category",):
            self.table = t

    def _rates(self, category: str, years_delta: int) -> WorkerRates | None:
        key = (category, years_delta)
        if key not in self._alt:
            emp = self.worker.employment
            years = emp.function_years + years_delta
            alt = None
            if years >= 0:
                w = self.worker.model_copy(update={"employment": emp.model_copy(
                    update={"category": category, "function_years": years})})
                try:
                    alt = WorkerRates(self.case, w, self.cat, Usage())
                except LookupError_:
                    alt = None
            self._alt[key] = alt
        return self._alt[key]

    def rate(self, day: dt.date, category: str, years_delta: int) -> tuple[Decimal, int | None] | None:
        """The binding hourly rate with ``category`` on ``day`` (function years + delta), or None."""
        t, wr = self.table, self.wr
        if t is None or wr is None:
            return None
        alt = self._rates(category, years_delta)
        if alt is None:
            return None
        years = alt.function_years(day) if "function_years" in t.dimensions else None
        if years is None and years_delta:
            return None
        try:
            return alt.on(day).rate, years
        except LookupError_:
            return None

    def _adult_age(self, day: dt.date) -> int | None:
        """The age from which the adult rate applies on ``day``, from the rate data: one above the
        oldest age of the youth table (BE, CCT 50), else the oldest age key of the hourly minimum
        by age (NL WML)."""
        law = jurisdiction(self.case.jurisdiction)
        try:
            if law.youth is not None:
                groups = self.cat.version(law.youth, day).values
                return max(int(k) for g in groups.values() for k in g) + 1
            return max(int(k) for k in self.cat.version(law.national_minimum, day).values)
        except (LookupError_, ValueError, TypeError, AttributeError):
            return None

    def adult_rate(self, day: dt.date) -> Decimal | None:
        """The binding rate on ``day`` were the worker neither a student nor under the age of the
        adult rates on that day: what a claim that ignores an age or student rate uses."""
        w = self.worker
        adult_age = self._adult_age(day)
        if adult_age is None:
            return None
        shift = max(0, adult_age - age_on(w.birth_date, day))
        try:
            birth = w.birth_date.replace(year=w.birth_date.year - shift)
        except ValueError:  # 29 February
            birth = w.birth_date.replace(year=w.birth_date.year - shift, day=28)
        key = (f"adult-{shift}", 0)
        if key not in self._alt:
            adult = w.model_copy(update={"student": False, "birth_date": birth})
            try:
                self._alt[key] = WorkerRates(self.case, adult, self.cat, Usage())
            except LookupError_:
                self._alt[key] = None
        rates = self._alt[key]
        try:
            return rates.on(day).rate if rates is not None else None
        except LookupError_:
            return None


_AGE_BINDINGS = {"youth": "youth", "sector-youth": "youth", "student": "student",
                 "sector-student": "student"}


def _age_hyps(scope: Sequence[PeriodResult], sr: _SectorRates) -> list[_Hyp]:
    """The claim priced at the adult rate: the youth or student rate the computation applies is
    ignored (the cause then names the age or student rate, not another category)."""
    lines = _rate_lines(scope)
    kinds = {_AGE_BINDINGS.get(ln.binding) for _p, ln in lines}
    if not lines or kinds == {None}:
        return []
    flat = {p.period: sum((ln.amount for ln in p.lines if ln.kind == "flat_premium"), ZERO)
            for p in scope}
    full: dict[str, Decimal] = dict(flat)
    rates: list[Decimal] = []
    for p, ln in lines:
        r = sr.adult_rate(ln.first_day) if _AGE_BINDINGS.get(ln.binding) else ln.rate
        if r is None:
            return []
        rates.append(r)
        full[p.period] += _line_amount(ln.minutes, r, ln.premium)
    own = next(ln for _p, ln in lines if _AGE_BINDINGS.get(ln.binding))
    adult = next(r for r, (_p, ln) in zip(rates, lines, strict=True) if _AGE_BINDINGS.get(ln.binding))
    if adult == own.rate:
        return []
    which = "student" if "student" in kinds else "youth"
    cause = Cause("rate-age", _params(which=which, rate=adult, own_rate=own.rate,
                                      binding=own.binding))
    return [_Hyp((cause,), due=tuple(sorted(full.items())))]


def _compact_years(years: Sequence[int]) -> str:
    """``[4, 5, 6, 8]`` -> ``4–6, 8``."""
    parts: list[str] = []
    ys = sorted(set(years))
    i = 0
    while i < len(ys):
        j = i
        while j + 1 < len(ys) and ys[j + 1] == ys[j] + 1:
            j += 1
        parts.append(str(ys[i]) if i == j else f"{ys[i]}–{ys[j]}")
        i = j + 1
    return ", ".join(parts)


def _category_hyps(scope: Sequence[PeriodResult], sr: _SectorRates) -> list[_Hyp]:
    """The claim priced at another category (or other function years) of the sector table."""
    lines = _rate_lines(scope)
    t = sr.table
    if not lines or t is None:
        return []
    own = sr.worker.employment.category or ""
    first = lines[0][1].first_day
    try:
        v = sr.cat.version(t.id, first)
    except LookupError_:
        return []
    candidates: list[tuple[str, int]] = [(c, 0) for c in v.values]
    if "function_years" in t.dimensions and sr.wr is not None:
        now = sr.wr.function_years(first)
        top = max((int(k) for k in v.values.get(own, {})), default=0)
        candidates += [(own, d) for d in range(-now, top - now + 1) if d]
    # group candidates that price every line the same
    groups: dict[tuple[Decimal, ...], list[tuple[str, int, int | None]]] = {}
    for c, d in candidates:
        rates: list[Decimal] = []
        years: int | None = None
        for _p, ln in lines:
            hit = sr.rate(ln.first_day, c, d)
            if hit is None:
                break
            if not rates:
                years = hit[1]
            rates.append(hit[0])
        else:
            if all(r == ln.rate for r, (_p, ln) in zip(rates, lines, strict=True)):
                continue
            groups.setdefault(tuple(rates), []).append((c, d, years))
    out: list[_Hyp] = []
    flat = {p.period: sum((ln.amount for ln in p.lines if ln.kind == "flat_premium"), ZERO)
            for p in scope}
    own_rate = lines[0][1].rate
    for priced, members in groups.items():
        cats = sorted({c for c, _d, _y in members}, key=lambda c: list(v.values).index(c)
                      if c in v.values else 99)
        yrs = [y for _c, _d, y in members if y is not None]
        full: dict[str, Decimal] = dict(flat)
        bare: dict[str, Decimal] = {p.period: ZERO for p in scope}
        for r, (p, ln) in zip(priced, lines, strict=True):
            full[p.period] += _line_amount(ln.minutes, r, ln.premium)
            bare[p.period] += _line_amount(ln.minutes, r, ZERO)
        variants = [(full, True)] + ([(bare, False)] if bare != full else [])
        for amounts, premiums in variants:
            cause = Cause("rate-category", _params(
                table=t.id, category=", ".join(cats), years=_compact_years(yrs) if yrs else None,
                rate=priced[0], version=v.start.isoformat(), own_category=own, own_rate=own_rate,
                premiums=premiums))
            out.append(_Hyp((cause,), due=tuple(sorted(amounts.items()))))
    return out


# ------------------------------------------------------------------------------------ checking
def _validate(case: CaseFile, kind: str) -> None:
    problems: list[CaseProblem] = []
    ids = [w.id for w in case.workers]
    for i, cl in enumerate(case.claims):
        base = f"claims[{i}]"
        if cl.worker not in ids:
            problems.append(CaseProblem(f"{base}.worker", f"unknown worker {cl.worker!r}; the case's "
                                        f"workers are: {', '.join(ids) or '(none)'}"))
        if cl.from_ is not None and cl.to is not None and cl.to < cl.from_:
            problems.append(CaseProblem(f"{base}.to", f"'to' ({cl.to}) is before 'from' ({cl.from_})"))
        if cl.periods is not None and cl.total_unpaid is not None:
            problems.append(CaseProblem(base, "a claim has either 'periods' or a total "
                                        "('from', 'to', 'total_unpaid'), not both"))
        seen: set[str] = set()
        for j, cp in enumerate(cl.periods or []):
            path = f"{base}.periods[{j}].period"
            if not _PERIOD_RE.match(cp.period):
                problems.append(CaseProblem(path, f"{cp.period!r} is not a pay period (YYYY-MM, or "
                                            "YYYY-Www for weekly pay)"))
                continue
            if ("-W" in cp.period) != (kind == "week"):
                problems.append(CaseProblem(path, f"{cp.period!r} is not a {kind} period of this case "
                                            f"(pay_period is {kind!r})"))
            if cp.period in seen:
                problems.append(CaseProblem(path, f"period {cp.period} is claimed twice in this claim"))
            seen.add(cp.period)
    if problems:
        raise CaseError(problems)


def _check_rows(fld_values: Sequence[tuple[str, Decimal]], scope: Sequence[PeriodResult],
                period_label: str, wr: WorkerResult, sr: _SectorRates, at_claim: WorkerResult | None,
                as_of: dt.date, claim_date: dt.date) -> list[ClaimRow]:
    """Rows for one period (or one date range): each claimed field beside the computed one."""
    base = _Hyp(())
    rows: list[ClaimRow] = []
    cache: dict[str, list[_Hyp]] = {}
    for fld, claimed in fld_values:
        value_field = "unpaid" if fld == TOTAL_FIELD else fld
        computed = base.value(value_field, scope)
        causes: list[Cause] = []
        notes: list[Cause] = []
        diff = claimed - computed
        if round_cent(diff) != 0:
            if not scope:
                if claimed > 0 and value_field != "paid":
                    causes.append(Cause("no-work"))
            else:
                hyps: list[_Hyp] = []
                if value_field in ("due", "unpaid"):
                    if "premiums" not in cache:
                        cache["premiums"] = (_premium_hyps(scope) + _category_hyps(scope, sr)
                                             + _age_hyps(scope, sr))
                    hyps += cache["premiums"] + _hours_hyps(scope, diff)
                if value_field in ("paid", "unpaid"):
                    if "payments" not in cache:
                        cache["payments"] = _payment_hyps(scope, wr)
                    hyps += cache["payments"]
                if value_field == "unpaid":
                    hyps += _interest_hyps(scope, at_claim, as_of, claim_date)
                for h in hyps:
                    if round_cent(h.value(value_field, scope)) == round_cent(claimed):
                        for c in h.causes:
                            if c not in causes:
                                causes.append(c)
                # "hours differ" is the generic explanation: named only when nothing more
                # specific reproduces the figure (half the premium of N overtime hours is
                # often N/2 normal hours to the cent).
                if any(c.code != "hours" for c in causes):
                    causes = [c for c in causes if c.code != "hours"]
        if value_field == "unpaid" and not any(c.code == "interest-included" for c in causes):
            interest = sum((p.interest for p in scope), ZERO)
            if interest > 0:
                notes.append(Cause("interest-not-claimed", _params(amount=interest, as_of=as_of)))
        rows.append(ClaimRow(period_label, fld, claimed, computed, tuple(causes), tuple(notes)))
    return rows


def _check_claim(index: int, cl: Claim, case: CaseFile, cat: Catalogue, result: Result,
                 at_claim: Result | None) -> ClaimResult:
    worker = case.worker(cl.worker)
    wr = result.worker(cl.worker)
    by_period = {p.period: p for p in wr.periods}
    sr = _SectorRates(case, worker, cat)
    claim_wr: WorkerResult | None = None
    if at_claim is not None:
        try:
            claim_wr = at_claim.worker(cl.worker)
        except KeyError:
            claim_wr = None
    rows: list[ClaimRow] = []
    if cl.periods is not None:
        for cp in sorted(cl.periods, key=lambda x: x.period):
            scope = [by_period[cp.period]] if cp.period in by_period else []
            values = [(f, v) for f in FIELDS if (v := getattr(cp, f)) is not None]
            rows += _check_rows(values, scope, cp.period, wr, sr, claim_wr, result.as_of, cl.date)
        kind = "periods"
    else:
        assert cl.from_ is not None and cl.to is not None and cl.total_unpaid is not None
        scope = [p for p in wr.periods if p.start <= cl.to and p.end >= cl.from_]
        label = f"{cl.from_.isoformat()}/{cl.to.isoformat()}"
        [row] = _check_rows([(TOTAL_FIELD, cl.total_unpaid)], scope, label, wr, sr, claim_wr,
                            result.as_of, cl.date)
        covers = tuple(PeriodShare(p.period, p.unpaid, partial=p.start < cl.from_ or p.end > cl.to)
                       for p in scope)
        notes = row.notes + tuple(Cause("partial-period", _params(period=s.period))
                                  for s in covers if s.partial)
        causes = row.causes
        # heads of claim besides the wages (docs/heads.md): owed by the employer, in the range
        heads = [h for h in wr.heads if h.head != "wages" and h.debtor == "employer" and h.unpaid > 0
                 and h.start <= cl.to and h.end >= cl.from_]
        if heads:
            extra = sum((h.unpaid for h in heads), ZERO)
            cause = _params(amount=extra, heads=", ".join(sorted({h.head for h in heads})))
            if round_cent(cl.total_unpaid) == round_cent(row.computed + extra):
                causes = causes + (Cause("heads-included", cause),)
            else:
                notes = notes + (Cause("heads-not-claimed", cause),)
        rows.append(ClaimRow(row.period, row.field, row.claimed, row.computed, causes, notes, covers))
        kind = "total"
    return ClaimResult(index=index, worker=worker.id, worker_name=worker.name, by=cl.by, date=cl.date,
                       kind=kind, rows=tuple(rows), from_=cl.from_, to=cl.to)


def check_claims(case: CaseFile, catalogue: Catalogue, as_of: dt.date | None = None,
                 result: Result | None = None, compare_without_estimates: bool = True) -> ClaimReport:
    """Check every claim of ``case`` against the computation at ``as_of`` (default: the case's).

    ``result`` may pass a computation already made for the same case, catalogue and as-of.
    When a worker holds estimates (and ``compare_without_estimates``), every row also gives the
    figure computed on the records only, with a note (docs/estimates.md).
    Raises ``CaseError`` (with the JSON path) for a claim naming an unknown worker, a malformed
    or wrong-kind period, or a date range that ends before it starts.
    """
    _validate(case, case.settings.pay_period)
    if result is None:
        result = compute(case, catalogue, as_of)
    at_dates: dict[dt.date, Result | None] = {}
    claims: list[ClaimResult] = []
    for i, cl in enumerate(case.claims):
        if cl.date != result.as_of and cl.date not in at_dates:
            try:
                at_dates[cl.date] = compute(case, catalogue, cl.date)
            except (CaseError, LookupError_):
                at_dates[cl.date] = None
        claims.append(_check_claim(i, cl, case, catalogue, result, at_dates.get(cl.date)))
    if compare_without_estimates:
        claims = _with_records_only(case, catalogue, result, claims)
    return ClaimReport(reference=case.reference, as_of=result.as_of, claims=tuple(claims),
                       result=result)


def _with_records_only(case: CaseFile, catalogue: Catalogue, result: Result,
                       claims: list[ClaimResult]) -> list[ClaimResult]:
    """Each row of a claim on a worker with estimates, also computed on the records only."""
    from wage_remedy.compute.estimates import has_estimates, without_estimates
    if not has_estimates(case):
        return claims
    estimated = {w.id for w in case.workers if w.estimates}
    alt_case = without_estimates(case, catalogue)
    try:
        alt = compute(alt_case, catalogue, result.as_of)
    except CaseError:  # the records alone cannot be computed: nothing to compare
        return claims
    out = []
    for c in claims:
        if c.worker not in estimated:
            out.append(c)
            continue
        base = _check_claim(c.index, case.claims[c.index], alt_case, catalogue, alt, None)
        figures = {(r.period, r.field): r.computed for r in base.rows}
        rows = []
        for r in c.rows:
            other = figures.get((r.period, r.field), ZERO)
            note = Cause("estimate", (("amount", r.computed - other), ("without", other),
                                      ("matches", r.claimed == other)))
            rows.append(dataclasses.replace(r, without_estimates=other,
                                            notes=r.notes + ((note,) if r.computed != other else ())))
        out.append(dataclasses.replace(c, rows=tuple(rows)))
    return out


# ------------------------------------------------------------------------------------ output
def _param_json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return fmt_decimal(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_param_json(v) for v in value]
    return value


def cause_to_json(c: Cause) -> dict[str, Any]:
    """A cause as JSON: code, English text and its figures (decimals as strings)."""
    d: dict[str, Any] = {"code": c.code, "text": c.text}
    for k, v in c.params:
        if k == "amount":
            d[k] = money(v)
        else:
            d[k] = _param_json(v)
    return d


def _totals(agree: int, disagree: int, diff: Decimal) -> dict[str, Any]:
    return {"rows": agree + disagree, "agree": agree, "disagree": disagree, "difference": money(diff)}


def claims_to_json(report: ClaimReport) -> dict[str, Any]:
    """The JSON of ``wage-remedy check CASE --format json`` (docs/architecture.md, Case file); money as strings."""
    claims = []
    for c in report.claims:
        rows = []
        for r in c.rows:
            row: dict[str, Any] = {
                "period": r.period, "field": r.field, "claimed": money(r.claimed),
                "computed": money(r.computed), "difference": money(r.difference),
                "agrees": r.agrees, "causes": [cause_to_json(x) for x in r.causes],
                "notes": [cause_to_json(x) for x in r.notes],
            }
            if r.without_estimates is not None:
                row["computed_without_estimates"] = money(r.without_estimates)
            if r.field == TOTAL_FIELD:
                row["covers"] = [{"period": s.period, "computed": money(s.computed),
                                  "partial": s.partial} for s in r.covers]
            rows.append(row)
        claims.append({
            "index": c.index, "worker": c.worker, "worker_name": c.worker_name, "by": c.by,
            "date": c.date.isoformat(), "kind": c.kind,
            "from": c.from_.isoformat() if c.from_ else None, "to": c.to.isoformat() if c.to else None,
            "periods": rows,
            "totals": {**_totals(c.agree, c.disagree, c.difference),
                       "difference_by_field": {k: money(v) for k, v in c.difference_by_field().items()}},
        })
    res = report.result
    return {
        "reference": report.reference, "as_of": report.as_of.isoformat(),
        "verification_code": report.verification_code, "rates_digest": res.rates_digest,
        "inputs_digest": res.inputs_digest, "claims": claims,
        "totals": _totals(report.agree, report.disagree, report.difference),
        "rate_versions": [{"table": t, "from": f.isoformat(), "status": s, "source": title, "url": url}
                          for (t, f, s, title, url) in res.rate_versions],
        "warnings": [w.as_dict() for w in res.warnings],
    }


def claims_text(report: ClaimReport) -> str:
    """A readable claim check: per claim a table of claimed vs computed, causes and totals."""
    out = [f"Claim check — case {report.reference}  as of {report.as_of.isoformat()}",
           f"Verification code {report.verification_code}", ""]
    if not report.claims:
        out.append("The case has no claims to check.")
        return "\n".join(out) + "\n"
    for c in report.claims:
        head = f"Claim {c.index + 1}: {c.worker_name} ({c.worker})"
        if c.by:
            head += f", by {c.by}"
        out.append(head + f", dated {c.date.isoformat()}")
        if c.kind == "total" and c.from_ and c.to:
            out.append(f"   total unpaid claimed from {c.from_.isoformat()} to {c.to.isoformat()}")
        out.append(f"   {'period':<21} {'field':<12} {'claimed':>12} {'computed':>12} {'difference':>12}")
        for r in c.rows:
            mark = "  agrees" if r.agrees else ""
            out.append(f"   {r.period:<21} {r.field:<12} {money(r.claimed):>12} {money(r.computed):>12} "
                       f"{_signed(r.difference):>12}{mark}")
            for s in r.covers:
                out.append(f"       {s.period:<17} computed unpaid {money(s.computed):>12}"
                           + ("  (partly in the range)" if s.partial else ""))
            for x in r.causes:
                out.append(f"       cause: {x.text}")
            if not r.agrees and not r.causes:
                out.append("       cause: not found from the case's inputs")
            for x in r.notes:
                out.append(f"       note: {x.text}")
        out.append(f"   {c.agree} of {len(c.rows)} agree to the cent; sum of differences "
                   f"{_signed(c.difference)}")
        out.append("")
    out.append(f"ALL CLAIMS: {report.agree} of {len(report.rows)} agree to the cent; "
               f"{report.disagree} differ; sum of differences {_signed(report.difference)}")
    return "\n".join(out) + "\n"


__all__ = ["Cause", "ClaimReport", "ClaimResult", "ClaimRow", "PeriodShare", "cause_text",
           "cause_to_json", "check_claims", "claims_text", "claims_to_json", "money"]
