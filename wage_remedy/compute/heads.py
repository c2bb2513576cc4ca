"""Heads of claim (docs/heads.md): everything a worker is owed beside the wage periods, who owes
it (employer, fund or court) and from when.

The wage periods of the back-pay method are the head ``wages``; the other heads are derived from
them, from the case's employment facts (status, end date and reason) and from rate tables of kind
``head``. Every percentage, threshold, multiplier, week count and due-date rule is rate data; this
module holds the methods. Which heads a country has is declared in ``law/jurisdictions.py``,
which sector has a year-end premium or stamps in ``YEAR_END`` and ``STAMPS`` below.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache
from operator import attrgetter

from wage_remedy.case.model import CaseFile, Worker
from wage_remedy.case.store import CaseProblem
from wage_remedy.compute.interest import interest
from wage_remedy.compute.periods import period_bounds
from wage_remedy.compute.rates import Usage, WorkerRates, months_between, worst
from wage_remedy.compute.result import Head, Line, PeriodResult, Warning_, WorkerResult
from wage_remedy.errors import params_of
from wage_remedy.law.calendar import is_working_day
from wage_remedy.law.catalogue import Catalogue, LookupError_, RateValue
from wage_remedy.law.jurisdictions import jurisdiction
from wage_remedy.money import ZERO, round_cent, round_rate

HOLIDAY_FUND = "be/holiday-pay-fund"
DOUBLE_HOLIDAY = "be/double-holiday-pay"
EXIT_HOLIDAY = "be/exit-holiday-pay"
NOTICE = "be/notice"
STAMPS_124 = "be/stamps-pc-124"
NL_ALLOWANCE = "nl/holiday-allowance"
NL_INCREASE = "nl/statutory-increase"
NL_INTEREST = "nl/statutory-interest"
_ONE_DAY = dt.timedelta(days=1)
_date_of = attrgetter("date")  # of a shift

# Sector -> (year-end premium table, method, debtor). Methods are below. The body that pays a
# fund head is named by its table's ``payer`` block (rates/FORMAT.md), read by ``Ctx.payer``.
YEAR_END: dict[str, tuple[str, str, str]] = {
    "be/pc-302": ("be/year-end-premium-pc-302", "hours_tranches", "fund"),
    "be/pc-121": ("be/year-end-premium-pc-121", "percent_of_reference", "fund"),
    "be/pc-200": ("be/year-end-premium-pc-200", "monthly_pro_rata", "employer"),
    "be/pc-200-scale-ii": ("be/year-end-premium-pc-200", "monthly_pro_rata", "employer"),
}
STAMPS: dict[str, str] = {"be/pc-124": STAMPS_124}

LEGAL_BASIS: dict[str, str] = {
    "wages_BE": "Wage Protection Act of 12 April 1965, arts. 9 and 10; sector and national minimum wages",
    "wages_NL": "Wet minimumloon en minimumvakantiebijslag, art. 7; BW art. 7:623",
    "holiday_pay_fund_be": "Royal Decree of 30 March 1967 on annual holidays (blue-collar holiday pay, "
                           "paid by the holiday fund on declared wages)",
    "double_holiday_pay_be": "Royal Decree of 30 March 1967 on annual holidays (double holiday pay); "
                             "Social Penal Code art. 162, 3°",
    "exit_holiday_pay_be": "Royal Decree of 30 March 1967 on annual holidays, art. 46 (exit holiday pay); "
                           "Social Penal Code art. 162, 3°",
    "year_end_premium": "Sector collective agreement on the year-end premium ({sector}); "
                        "Wage Protection Act art. 10 when the employer owes it",
    "fidelity_stamps_be": "JC 124 collective agreements (fidelity stamps, Fonds de sécurité d'existence)",
    "bad_weather_stamps_be": "JC 124 collective agreements (bad-weather stamps, Fonds de sécurité d'existence)",
    "notice_pay_be": "Law of 3 July 1978 on employment contracts, arts. 37/2 and 39 (notice pay); "
                     "Wage Protection Act art. 10 (interest)",
    "holiday_allowance_nl": "Wet minimumloon en minimumvakantiebijslag, arts. 15 and 17",
    "statutory_increase_nl": "BW art. 7:625 (statutory increase; a court may reduce it)",
    "statutory_interest_nl": "BW arts. 6:119 and 6:120 (statutory interest, compounded yearly)",
}

# Heads fined by a table of their own, beside the wage fine (NL: art. 15 WML holiday allowance).
HEAD_FINES: dict[str, str] = {"holiday_allowance_nl": "nl/holiday-allowance-fines"}

# Heads whose unpaid amount is holiday pay owed by the employer: an offence of its own under the
# Social Penal Code art. 162, 3° (docs/heads.md); notice pay is not an art. 162 offence.
HOLIDAY_PAY_OFFENCE = frozenset({"double_holiday_pay_be", "exit_holiday_pay_be"})

# The heads the compensation beside the fine holds (the "compensation owed now beside the fine it
# drives", docs/heads.md "Compensation beside the fine"): what the fines are about (the wages; the employer's holiday
# pay, art. 162, 3° SPC; the NL holiday allowance of art. 15 WML) and the interest on them (art. 10
# interest is in the wage and premium heads; BW 6:119 is a head of its own). Notice pay, the PC 200
# year-end premium, fund and court heads are not in it; the payment order still carries every
# employer head due.
FINE_COMPENSATION_HEADS = frozenset({"wages", "holiday_allowance_nl", "statutory_interest_nl"}) | HOLIDAY_PAY_OFFENCE


@dataclass
class Ctx:
    """Everything a head function reads for one worker."""

    case: CaseFile
    worker: Worker
    wpath: str
    result: WorkerResult
    days: Sequence[dt.date]  # days with recorded (or estimated) work, in date order
    rates: WorkerRates
    cat: Catalogue
    as_of: dt.date
    usage: Usage
    warnings: list[Warning_]
    status: str | None  # blue_collar | white_collar | None (unknown)
    start: dt.date
    payments: dict[str, list[tuple[int, dt.date, Decimal, str | None]]] = field(default_factory=dict)
    current: str = "wages"  # the head being computed (for outdated_reads)
    # (head, table, date) for each figure read on a date after its table's reviewed_through: it
    # becomes an outdated-rate warning only when a head in the result covers that date
    outdated_reads: list[tuple[str, str, dt.date]] = field(default_factory=list)
    _lost: list[dt.date] | None = None  # made once by ``lost_days``

    @property
    def emp(self):  # type: ignore[no-untyped-def]
        return self.worker.employment

    @property
    def jur(self) -> str:
        return self.case.jurisdiction

    def warn(self, code: str, message: str, **params: object) -> None:
        """A warning with its code and parameters (presented in the user's language from them,
        documents/heads_text.py); ``message`` is the English fallback."""
        self.warnings.append(Warning_(code, f"{self.worker.name}: {message}", self.worker.id,
                                      params=params_of(params, name=self.worker.name)))

    def param(self, table: str, on: dt.date, name: str) -> RateValue:
        """A head parameter in force on ``on`` (its version is listed among the versions read)."""
        return self.read(self.cat.parameter(table, on, name), on)

    def read(self, rv: RateValue, on: dt.date) -> RateValue:
        """Record ``rv``, read for the figures of ``on``; see ``outdated_reads``."""
        self.usage.use(rv.table, rv.version_from, rv.status, rv.source)
        if rv.outdated:
            self.outdated_reads.append((self.current, rv.table, on))
        return rv

    def check_outdated(self, table: str, on: dt.date) -> None:
        """Note ``table`` when its figures are applied on ``on`` after its reviewed_through."""
        if self.cat.is_outdated(table, on):
            self.outdated_reads.append((self.current, table, on))

    def arrears(self, periods: Iterable[PeriodResult]) -> Decimal:
        """The basis of a fund head: the unpaid wages (all wages due for an undeclared worker)."""
        if self.worker.undeclared:
            return sum((p.due for p in periods), ZERO)
        return sum((p.unpaid for p in periods), ZERO)

    def lost_days(self) -> list[dt.date]:
        """Those of ``days`` on a Saturday or Sunday that no recorded shift touches (known only
        from an hours block or an estimate), in date order; made once per worker. A shift touches
        its date and, past midnight (end <= start), the next day: the days after the shifts past
        midnight are gathered only when a weekend day is on no shift's date."""
        if self._lost is None:
            shifts = self.worker.shifts
            others = set(self.days).difference(map(_date_of, shifts))  # on no shift's date (in C)
            lost = sorted(d for d in others if d.weekday() >= 5)
            if lost:
                nights = {s.date + _ONE_DAY for s in shifts if s.end <= s.start}
                lost = [d for d in lost if d not in nights]
            self._lost = lost
        return self._lost

    def day_years(self) -> list[int]:
        """The calendar years of ``days``, in order (a bisect per year, not a look at each day)."""
        years: list[int] = []
        i = 0
        while i < len(self.days):
            years.append(self.days[i].year)
            if years[-1] == dt.MAXYEAR:
                break
            i = bisect.bisect_left(self.days, dt.date(years[-1] + 1, 1, 1), i)
        return years

    def count_days(self, a: dt.date, b: dt.date) -> int:
        """How many of ``days`` lie in [a, b]."""
        return bisect.bisect_right(self.days, b) - bisect.bisect_left(self.days, a)

    def periods_in(self, a: dt.date, b: dt.date) -> list[PeriodResult]:
        """Wage periods whose first day lies in [a, b]."""
        return [p for p in self.result.periods if a <= p.start <= b]

    def line_status(self, periods: Iterable[PeriodResult]) -> str:
        return worst("verified", *(ln.status for p in periods for ln in p.lines))

    def payer(self, table: str) -> str:
        """The (English) name of the body that pays ``table``'s head for the worker's sector:
        the table's ``payer`` block (rates/FORMAT.md); ``LookupError_`` when it names none."""
        payer = self.cat.table(table).payer
        if payer is None:
            raise LookupError_(f"rate table {table!r} names no payer (rates/FORMAT.md, payer)")
        return payer.for_sector(self.emp.sector).name.en


# ---------------------------------------------------------------- small pure functions (tested by hand)


def due_on(year: int, month: int, day: int | None = None) -> dt.date:
    """``day`` of ``month`` in ``year``; without a day, the last day of that month."""
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day, last) if day else last)


def fund_holiday_pay(arrears: Decimal, percent: Decimal, gross_factor: Decimal) -> Decimal:
    """Blue-collar holiday pay from the fund: round(arrears x gross_factor x percent / 100)."""
    return round_cent(arrears * gross_factor * percent / 100)


def double_holiday_pay(shortfall: Decimal, months: int, percent: Decimal, per_year: Decimal) -> Decimal:
    """White-collar double holiday pay arrears: round(percent % x monthly shortfall x months / 12)."""
    return round_cent(percent * shortfall * min(Decimal(months), per_year) / per_year / 100)


def percent_of(base: Decimal, percent: Decimal) -> Decimal:
    """round(percent % of base)."""
    return round_cent(base * percent / 100)


def pc302_tranches(presence_days: int, complete_months: int, tranche_days: Decimal, most: Decimal) -> int:
    """PC 302 tranches: floor(presence days / tranche days), never fewer than the complete
    calendar months, at most ``most``."""
    by_days = int((Decimal(presence_days) / tranche_days).to_integral_value(rounding=ROUND_FLOOR))
    return int(min(Decimal(max(by_days, complete_months)), most))


def pc302_premium(hourly: Decimal, multiplier: Decimal, tranches: int, per_year: Decimal) -> Decimal:
    """PC 302 year-end premium: round(hourly x multiplier x tranches / 12)."""
    return round_cent(hourly * multiplier * tranches / per_year)


def monthly_pro_rata(monthly: Decimal, months: int, per_year: Decimal) -> Decimal:
    """PC 200 year-end premium: round(monthly x complete months / 12)."""
    return round_cent(monthly * months / per_year)


def increase_percent(late_days: int, grace: int, band_last: int, band_pct: Decimal, later_pct: Decimal,
                     cap: Decimal) -> Decimal:
    """BW 7:625: 0 up to the grace working days; ``band_pct`` a day from the next to the
    ``band_last``-th working day; then ``later_pct`` a day; at most ``cap``."""
    if late_days <= grace:
        return ZERO
    band = min(late_days, band_last) - grace
    later = max(late_days - band_last, 0)
    return min(cap, band_pct * band + later_pct * later)


def complete_months(a: dt.date, b: dt.date) -> int:
    """Calendar months lying wholly within [a, b]: from ``a``'s month (the next one unless ``a``
    is its first day) to ``b``'s (the one before unless ``b`` is its last day)."""
    first = a.year * 12 + a.month - (a.day == 1)  # months counted from year 0, month 1 -> 12
    last = b.year * 12 + b.month - 1 - (b.day != calendar.monthrange(b.year, b.month)[1])
    return max(0, last - first + 1)


def compound_interest(amount: Decimal, start: dt.date, end: dt.date,
                      rate_on: Callable[[dt.date], Decimal],
                      changes: Sequence[dt.date] = ()) -> Decimal:
    """BW 6:119 interest on ``amount`` from ``start`` to ``end`` inclusive (unrounded): simple
    within each year from ``start``, the base increased by each completed year's interest; the
    rate is looked up per span between the dates in ``changes`` (the rate table's versions)."""
    cuts = sorted(changes)
    base = amount
    total = ZERO
    year_start = start
    while year_start <= end:
        try:
            anniversary = year_start.replace(year=year_start.year + 1)
        except ValueError:  # 29 February
            anniversary = dt.date(year_start.year + 1, 3, 1)
        year_end = min(end, anniversary - dt.timedelta(days=1))
        year_interest = ZERO
        d = year_start
        while d <= year_end:  # split where the rate changes
            nxt = next((c for c in cuts if c > d), None)
            span_end = year_end if nxt is None else min(year_end, nxt - dt.timedelta(days=1))
            days = (span_end - d).days + 1
            year_interest += base * rate_on(d) / 100 * days / 365
            d = span_end + dt.timedelta(days=1)
        total += year_interest
        base += year_interest
        year_start = anniversary
    return total


# ---------------------------------------------------------------- ledger helpers


def _allocate(ctx: Ctx, head: str, entries: list[Head]) -> list[Head]:
    """Set the payments that name ``head`` against its entries: a payment whose ``for`` period
    falls in an entry's reference period pays that entry, the others pay the oldest due first."""
    pays = ctx.payments.get(head, [])
    if not entries:
        return entries
    paid = [ZERO] * len(entries)
    loose: list[Decimal] = []
    for _j, _date, amount, for_ in pays:
        hit = None
        if for_ is not None:
            day = period_bounds(for_)[0]
            hit = next((i for i, e in enumerate(entries) if e.start <= day <= e.end), None)
        if hit is None:
            loose.append(amount)
        else:
            paid[hit] += amount
    order = sorted(range(len(entries)), key=lambda i: entries[i].due_date)
    for amount in loose:
        for n, i in enumerate(order):
            room = max(ZERO, entries[i].due - paid[i])
            take = amount if n == len(order) - 1 else min(room, amount)
            paid[i] += take
            amount -= take
            if amount <= 0:
                break
    out = []
    for i, e in enumerate(entries):
        unpaid = max(ZERO, e.due - paid[i])
        if paid[i] > e.due:
            ctx.warn("overpaid-head", f"{head} {e.start}–{e.end}: paid {paid[i]}, more than due {e.due}",
                     head=head, start=e.start, end=e.end, paid=paid[i], due=e.due)
        out.append(dataclasses.replace(e, paid=paid[i], unpaid=unpaid))
    return out


def _with_interest(ctx: Ctx, h: Head) -> Head:
    """Art. 10 interest (BE) on a remuneration head owed by the employer, from its due date."""
    if h.debtor != "employer" or h.unpaid <= 0:
        return h
    amount, parts = interest(h.unpaid, h.due_date, ctx.as_of, ctx.jur, ctx.cat, ctx.usage)
    tables = h.tables + tuple(f"{p.rate_table}@{p.rate_from}" for p in parts)
    return dataclasses.replace(h, interest=amount, status=worst(h.status, *(p.status for p in parts)),
                               tables=tables)


def _ref(rv: RateValue) -> str:
    return rv.ref


@lru_cache(maxsize=4096)
def _version_ref(table: str, start: dt.date) -> str:
    """``table@start`` (every period of every worker names the same few versions)."""
    return f"{table}@{start}"


_line_kind = attrgetter("rate_table", "rate_from", "status")  # of a wage line


def _versions_status(lines: Iterable[Line]) -> tuple[tuple[str, ...], str]:
    """The rate versions ``lines`` read (``table@from``, sorted) and their weakest status (as
    ``Ctx.line_status``): from the few distinct (table, from, status) of a period's lines."""
    return _kinds_versions_status(frozenset(map(_line_kind, lines)))


@lru_cache(maxsize=4096)
def _kinds_versions_status(kinds: frozenset[tuple[str, dt.date | None, str]]) -> tuple[tuple[str, ...], str]:
    """``_versions_status`` of the (table, from, status) ``kinds``: a function of them alone, kept
    (the periods of every worker read the same few)."""
    versions = tuple(sorted({_version_ref(table, start) for table, start, _s in kinds if start}))
    return versions, worst("verified", *{status for _t, _f, status in kinds})


# ---------------------------------------------------------------- the heads


def wages(ctx: Ctx) -> list[Head]:
    """The wage periods as heads ``wages`` (employer)."""
    legal = LEGAL_BASIS.get(f"wages_{ctx.jur}", "")
    out = []
    for p in ctx.result.periods:
        tables, status = _versions_status(p.lines)
        due, paid, n = str(p.due), str(p.paid), str(len(p.lines))  # each text made once
        basis = f"{n} line(s): hours x binding hourly rate x (1 + premium), {due} due, {paid} paid"
        out.append(Head("wages", "employer", p.start, p.end, p.due_date, p.due, p.paid, p.unpaid,
                        p.interest, basis, legal, status, p.period, None, tables,
                        basis_code="wages",  # params_of(lines=, due=, paid=) written out: none is None
                        basis_params=(("due", due), ("lines", n), ("paid", paid))))
    return out


def holiday_pay_fund_be(ctx: Ctx) -> list[Head]:
    """Blue-collar holiday pay through the holiday fund, per service year (a calendar year)."""
    if ctx.status != "blue_collar":
        return []
    out = []
    for year in sorted({p.start.year for p in ctx.result.periods}):
        ps = ctx.periods_in(dt.date(year, 1, 1), dt.date(year, 12, 31))
        base = ctx.arrears(ps)
        if base <= 0:
            continue
        on = dt.date(year, 12, 31)
        try:
            pct, factor = ctx.param(HOLIDAY_FUND, on, "percent"), ctx.param(HOLIDAY_FUND, on, "gross_factor")
            due_date = due_on(year + int(ctx.param(HOLIDAY_FUND, on, "due_year_offset").value),
                              int(ctx.param(HOLIDAY_FUND, on, "due_month").value),
                              int(ctx.param(HOLIDAY_FUND, on, "due_day").value))
            fund = ctx.payer(HOLIDAY_FUND)
        except LookupError_ as exc:
            ctx.warn("head-not-computed", f"holiday_pay_fund_be {year} not computed: {exc}",
                     head="holiday_pay_fund_be", year=year, reason=exc)
            continue
        due = fund_holiday_pay(base, pct.value, factor.value)
        what = "all wages due (undeclared)" if ctx.worker.undeclared else "wage arrears"
        basis = f"{what} {year} {base} x {factor.value} x {pct.value} % = {due}"
        out.append(Head("holiday_pay_fund_be", "fund", dt.date(year, 1, 1), dt.date(year, 12, 31), due_date,
                        due, ZERO, due, ZERO, basis, LEGAL_BASIS["holiday_pay_fund_be"],
                        worst(pct.status, ctx.line_status(ps)), None,
                        fund, (_ref(pct),),
                        basis_code="holiday_pay_fund_be" + (".undeclared" if ctx.worker.undeclared else ""),
                        basis_params=params_of(year=year, base=base, factor=factor.value, percent=pct.value,
                                               amount=due)))
    return _allocate(ctx, "holiday_pay_fund_be", out)


def double_holiday_pay_be(ctx: Ctx) -> list[Head]:
    """White-collar double holiday pay arrears per holiday year Y (service year Y-1)."""
    if ctx.status != "white_collar":
        return []
    out = []
    years = [y + 1 for y in ctx.day_years()]
    for year in years:
        service = [d for d in ctx.days if d.year == year - 1]
        on = dt.date(year - 1, 12, 31)
        try:
            pct = ctx.param(DOUBLE_HOLIDAY, on, "percent")
            per_year = ctx.param(DOUBLE_HOLIDAY, on, "months_per_year").value
            due_date = due_on(year - 1 + int(ctx.param(DOUBLE_HOLIDAY, on, "due_year_offset").value),
                              int(ctx.param(DOUBLE_HOLIDAY, on, "due_month").value))
        except LookupError_ as exc:
            ctx.warn("head-not-computed", f"double_holiday_pay_be {year} not computed: {exc}",
                     head="double_holiday_pay_be", year=year, reason=exc)
            continue
        end = ctx.emp.end
        if end is not None and end <= due_date:
            continue  # the contract ended first: the year is in the exit holiday pay
        months = len({(d.year, d.month) for d in service})
        base_days = [d for d in ctx.days if d <= due_date]
        if not base_days or not months:
            continue
        last = max(base_days)  # the month the main holidays are paid on: the last worked month
        ps = ctx.periods_in(dt.date(last.year, last.month, 1), due_on(last.year, last.month))
        # legal - paid salary, the salary as paid on its due date (double holiday pay is computed
        # on the salary paid then; a later catch-up of the wage does not pay it: docs/heads.md)
        shortfall = sum((max(ZERO, p.due - sum((pa.amount for pa in p.payments if pa.date <= p.due_date),
                                                ZERO)) for p in ps), ZERO)
        due = double_holiday_pay(shortfall, months, pct.value, per_year)
        if due <= 0:
            continue
        basis = (f"{pct.value} % x (legal - paid salary of {last:%Y-%m}: {shortfall}) x "
                 f"{months}/{per_year} months worked in {year - 1} = {due}")
        out.append(Head("double_holiday_pay_be", "employer", dt.date(year - 1, 1, 1),
                        dt.date(year - 1, 12, 31), due_date, due, ZERO, due, ZERO, basis,
                        LEGAL_BASIS["double_holiday_pay_be"], worst(pct.status, ctx.line_status(ps)),
                        None, None, (_ref(pct),), basis_code="double_holiday_pay_be",
                        basis_params=params_of(percent=pct.value, month=f"{last:%Y-%m}", shortfall=shortfall,
                                               months=months, per_year=per_year, year=year - 1, amount=due)))
    return _allocate(ctx, "double_holiday_pay_be", out)


def exit_holiday_pay_be(ctx: Ctx) -> list[Head]:
    """White-collar exit holiday pay when the contract ends: 15.34 % of the current service year's
    arrears and, when the previous year's main holidays were not yet due, 15.34 % of that year's,
    each year's amount rounded to the cent (RD 30 March 1967, art. 46; docs/heads.md)."""
    end = ctx.emp.end
    if ctx.status != "white_collar" or end is None:
        return []
    try:
        pct = ctx.param(EXIT_HOLIDAY, end, "percent")
        dv = ctx.cat.version(DOUBLE_HOLIDAY, dt.date(end.year - 1, 12, 31))
        prev_due = due_on(end.year - 1 + int(dv.parameters["due_year_offset"]),
                          int(dv.parameters["due_month"]))
    except (LookupError_, KeyError) as exc:
        ctx.warn("head-not-computed", f"exit_holiday_pay_be not computed: {exc}",
                 head="exit_holiday_pay_be", reason=exc)
        return []
    first = max(dt.date(end.year - 1 if end <= prev_due else end.year, 1, 1),
                dt.date(ctx.start.year, 1, 1))  # no service year before the employment
    ps = [p for p in ctx.periods_in(first, end)]
    base = sum((p.unpaid for p in ps), ZERO)
    if base <= 0:
        return []
    # art. 46 makes the previous year's amount one "in addition" to the current year's: each
    # service year (a period counts in the year of its first day) is rounded on its own
    by_year = [(y, sum((p.unpaid for p in ps if p.start.year == y), ZERO))
               for y in range(first.year, end.year + 1)]
    amounts = [(y, b, percent_of(b, pct.value)) for y, b in by_year if b > 0]
    due = sum((a for _y, _b, a in amounts), ZERO)
    years = f"{first.year}–{end.year}" if first.year != end.year else str(end.year)
    basis = f"{pct.value} % x wage arrears of the service year(s) {years} ({base}) = {due}"
    h = Head("exit_holiday_pay_be", "employer", first, end, end, due, ZERO, due, ZERO, basis,
             LEGAL_BASIS["exit_holiday_pay_be"], worst(pct.status, ctx.line_status(ps)), None, None,
             (_ref(pct),), basis_code="exit_holiday_pay_be",
             basis_params=params_of(percent=pct.value, years=years, base=base, amount=due))
    if len(amounts) == 2:  # both service years have arrears: both amounts are shown
        (y0, b0, a0), (y1, b1, a1) = amounts
        h = dataclasses.replace(
            h, basis=(f"{pct.value} % x wage arrears of the service year {y0} ({b0}) = {a0}; "
                      f"{pct.value} % x wage arrears of the service year {y1} ({b1}) = {a1}; "
                      f"total {a0} + {a1} = {due}"),
            basis_code="exit_holiday_pay_be.two_years",
            basis_params=params_of(percent=pct.value, years=years, base=base, amount=due, year_prev=y0,
                                   base_prev=b0, amount_prev=a0, year_cur=y1, base_cur=b1, amount_cur=a1))
    return _allocate(ctx, "exit_holiday_pay_be", [h])


def _monthly(ctx: Ctx, day: dt.date) -> tuple[Decimal, str, dict[str, object]]:
    """The legal monthly salary on ``day``: the sector's monthly scale when it binds (the scale of
    that day: after the first months of service the table continuing the case's, docs/method.md
    step 3), else the binding hourly rate x weekly hours x 13 / 3 (the inverse of the 3/13
    conversion)."""
    dr = ctx.rates.on(day)
    t = ctx.rates.sector_table(day)
    _warn_scale_kept(ctx, day)
    if t is not None and t.unit == "month" and dr.binding == "sector" and ctx.emp.category:
        node = ctx.cat.version(t.id, day).values.get(ctx.emp.category)
        if isinstance(node, dict):
            years = ctx.rates.function_years(day)
            keys = sorted(int(k) for k in node)
            use = max((k for k in keys if k <= years), default=keys[0])
            return (node[str(use)], f"{t.id} category {ctx.emp.category} row {use}: {node[str(use)]}/month",
                    {"how": "scale_row", "table": t.id, "category": ctx.emp.category, "row": use,
                     "monthly": node[str(use)]})
        if node is not None:
            return (node, f"{t.id} category {ctx.emp.category}: {node}/month",
                    {"how": "scale", "table": t.id, "category": ctx.emp.category, "monthly": node})
    if dr.monthly is not None:  # the monthly minimum the binding hourly rate comes from
        return dr.monthly, f"{dr.table}: {dr.monthly}/month", {"how": "minimum", "table": dr.table,
                                                                 "monthly": dr.monthly}
    weekly = ctx.rates.weekly_hours
    monthly = round_cent(dr.rate * weekly * 13 / 3)
    return (monthly, f"{dr.rate}/h x {weekly} h x 13/3 = {monthly}/month",
            {"how": "hourly", "rate": dr.rate, "weekly_hours": weekly, "monthly": monthly})


def _warn_scale_kept(ctx: Ctx, day: dt.date) -> None:
    """Warning ``continuing-scale-missing`` for a head's ``day`` on which the case's sector table
    is kept because the table continuing it has no figures: the worker's warning of the wages,
    its days widened to ``day``, or a new one."""
    if not ctx.rates.scale_kept(day):
        return
    days = [day]
    at = len(ctx.warnings)
    for i, w in enumerate(ctx.warnings):
        if w.code == "continuing-scale-missing" and w.worker == ctx.worker.id:
            at, days = i, [day, *(dt.date.fromisoformat(str(w.param(k))) for k in ("start", "end"))]
            break
    kept = ctx.rates.scale_kept_warning(days)
    if kept is not None:
        ctx.warnings[at:at + 1] = [kept]


def _year_end_window(ctx: Ctx, year: int) -> tuple[dt.date, dt.date] | None:
    """The part of calendar ``year`` the worker was employed (to the end date or 31 December)."""
    a = max(ctx.start, dt.date(year, 1, 1))
    b = min(ctx.emp.end or dt.date(year, 12, 31), dt.date(year, 12, 31))
    return (a, b) if a <= b else None


def _leaver_excluded(ctx: Ctx, year: int) -> str | None:
    """Why a leaver gets no year-end premium for ``year`` (None when the leaving does not bar it)."""
    end, reason = ctx.emp.end, ctx.emp.end_reason
    if end is None or end.year != year:
        return None
    if reason == "serious_cause":
        return "dismissal for serious cause"
    if reason in ("resignation", "mutual") and end != dt.date(year, 12, 31):
        return f"{reason} before 31 December"
    return None


def _leaver_params(ctx: Ctx) -> dict[str, object]:
    """The warning parameters of ``_leaver_excluded``: reason serious_cause | resignation | mutual."""
    return {"reason": ctx.emp.end_reason, "date": ctx.emp.end}


def year_end_premium(ctx: Ctx) -> list[Head]:
    """The sector's year-end premium (YEAR_END): PC 302, PC 121, PC 200."""
    spec = YEAR_END.get(ctx.emp.sector or "")
    if spec is None:
        return []
    table, method, debtor = spec
    out: list[Head] = []
    for year in _year_end_years(ctx, method):
        try:
            fund = ctx.payer(table) if debtor == "fund" else None
            h = _YEAR_END_METHODS[method](ctx, table, year, debtor, fund)
        except LookupError_ as exc:
            ctx.warn("head-not-computed", f"year_end_premium {year} not computed: {exc}",
                     head="year_end_premium", year=year, reason=exc)
            continue
        if h is not None:
            out.append(h)
    out = _allocate(ctx, "year_end_premium", out)
    return [_with_interest(ctx, h) for h in out]


def _year_end_years(ctx: Ctx, method: str) -> list[int]:
    """The years a year-end premium may be owed for: each calendar year with work or a period; for a
    reference year running from July to June (PC 121) also the year after, in which the reference
    year of July-December work ends (docs/heads.md)."""
    years = set(ctx.day_years()) | {p.start.year for p in ctx.result.periods}
    if method == "percent_of_reference":
        years |= {y + 1 for y in years}
    return sorted(years)


def _presence_days(ctx: Ctx, a: dt.date, b: dt.date) -> int:
    """PC 302 presence days in ``a``..``b`` in the 5-day regime: every day with a recorded shift,
    and of the days known only from an hours block (which says how many hours, not on which
    days) Monday to Friday (docs/heads.md)."""
    lost = ctx.lost_days()  # weekend days no shift touches (a shift past midnight: the next day too)
    return ctx.count_days(a, b) - (bisect.bisect_right(lost, b) - bisect.bisect_left(lost, a))


def _pc302(ctx: Ctx, table: str, year: int, debtor: str, fund: str | None) -> Head | None:
    win = _year_end_window(ctx, year)
    if win is None:
        return None
    on = win[1]
    why, why_params = _leaver_excluded(ctx, year), {}
    min_months = ctx.param(table, on, "min_uninterrupted_months")
    if why is None and months_between(win[0], win[1] + dt.timedelta(days=1)) < min_months.value:
        why = f"bound by contract less than {min_months.value} uninterrupted months in {year}"
        why_params = {"reason": "min_months", "min": min_months.value}
    if why is not None:
        ctx.warn("head-not-owed", f"year_end_premium {year}: nothing owed ({why})", head="year_end_premium",
                 year=year, **(why_params or _leaver_params(ctx)))
        return None
    mult = ctx.param(table, on, "hours_multiplier")
    tranche = ctx.param(table, on, "tranche_presence_days").value
    most = ctx.param(table, on, "max_tranches").value
    due_date = due_on(year + int(ctx.param(table, on, "due_year_offset").value),
                      int(ctx.param(table, on, "due_month").value), int(ctx.param(table, on, "due_day").value))
    presence = _presence_days(ctx, win[0], win[1])
    months = complete_months(win[0], min(win[1], ctx.as_of))
    tranches = pc302_tranches(presence, months, tranche, most)
    before = bisect.bisect_right(ctx.days, win[1])  # the last worked day on or before win[1]
    day = min(win[1], ctx.days[before - 1]) if before else win[1]
    legal = ctx.rates.on(day)
    ps = ctx.periods_in(win[0], win[1])
    minutes = sum(p.minutes for p in ps)
    paid_rate = ZERO  # the average hourly rate paid in the year (docs/heads.md)
    if not ctx.worker.undeclared and minutes:
        paid_rate = round_rate(sum((p.paid for p in ps), ZERO) * 60 / minutes)
    diff = max(ZERO, legal.rate - paid_rate)
    due = pc302_premium(diff, mult.value, tranches, Decimal(12))
    if due <= 0:
        return None
    rate_text = (f"legal rate {legal.rate}/h (undeclared: all of it)" if ctx.worker.undeclared
                 else f"(legal {legal.rate} - average paid {paid_rate})/h")
    basis = (f"{mult.value} h x {rate_text} x {tranches}/12 tranches ({presence} presence days / "
             f"{tranche}, {months} complete months) = {due}")
    return Head("year_end_premium", debtor, win[0], win[1], due_date, due, ZERO, due, ZERO, basis,
                LEGAL_BASIS["year_end_premium"].format(sector=ctx.emp.sector),
                worst(mult.status, legal.status), None, fund, (_ref(mult),),
                basis_code="year_end_pc302" + (".undeclared" if ctx.worker.undeclared else ""),
                basis_params=params_of(hours=mult.value, legal=legal.rate, paid_rate=paid_rate,
                                       tranches=tranches, presence=presence, tranche_days=tranche,
                                       months=months, amount=due, sector=ctx.emp.sector))


def _pc121(ctx: Ctx, table: str, year: int, debtor: str, fund: str | None) -> Head | None:
    on = dt.date(year, 6, 30)
    start_month = int(ctx.param(table, on, "reference_start_month").value)
    a = dt.date(year - 1, start_month, 1)
    b = due_on(year, start_month - 1) if start_month > 1 else dt.date(year - 1, 12, 31)
    if b > ctx.as_of and (ctx.emp.end is None or ctx.emp.end > ctx.as_of):
        return None  # the reference year is not over and the worker is still employed: not yet owed
    ps = ctx.periods_in(a, b)
    base = ctx.arrears(ps)
    if base <= 0:
        return None
    pct = ctx.param(table, on, "percent")
    min_days = ctx.param(table, on, "min_days").value
    days = ctx.count_days(a, b)
    if days < min_days:
        ctx.warn("head-not-owed", f"year_end_premium {a}–{b}: {days} worked days, fewer than {min_days}; "
                 "not computed (the alternative gross-pay threshold is not in the rate data)",
                 head="year_end_premium", start=a, end=b, reason="min_days", days=days, min=min_days)
        return None
    due_date = due_on(b.year + int(ctx.param(table, on, "due_year_offset").value),
                      int(ctx.param(table, on, "due_month").value))
    due = percent_of(base, pct.value)
    what = "all wages due (undeclared)" if ctx.worker.undeclared else "wage arrears"
    basis = f"{pct.value} % x {what} {a}–{b} ({base}) = {due}"
    return Head("year_end_premium", debtor, a, b, due_date, due, ZERO, due, ZERO, basis,
                LEGAL_BASIS["year_end_premium"].format(sector=ctx.emp.sector),
                worst(pct.status, ctx.line_status(ps)), None, fund, (_ref(pct),),
                basis_code="percent_of_arrears" + (".undeclared" if ctx.worker.undeclared else ""),
                basis_params=params_of(percent=pct.value, start=a, end=b, base=base, amount=due,
                                       sector=ctx.emp.sector))


def _pc200(ctx: Ctx, table: str, year: int, debtor: str, fund: str | None) -> Head | None:
    win = _year_end_window(ctx, year)
    if win is None:
        return None
    end = ctx.emp.end
    if (end is None or end.year != year) and ctx.as_of < dt.date(year, 12, 31):
        return None  # the year is not over and the worker is still employed: not yet owed
    on = win[1]
    why, why_params = _leaver_excluded(ctx, year), {}
    min_sen = ctx.param(table, on, "min_seniority_months").value
    seniority = months_between(ctx.start, win[1] + dt.timedelta(days=1))
    if why is None and seniority < min_sen:
        why = f"{seniority} months' seniority on {win[1]}, fewer than {min_sen}"
        why_params = {"reason": "min_seniority", "months": seniority, "date": win[1], "min": min_sen}
    if why is not None:
        ctx.warn("head-not-owed", f"year_end_premium {year}: nothing owed ({why})", head="year_end_premium",
                 year=year, **(why_params or _leaver_params(ctx)))
        return None
    per_year = ctx.param(table, on, "months_per_year").value
    due_date = due_on(year + int(ctx.param(table, on, "due_year_offset").value),
                      int(ctx.param(table, on, "due_month").value))
    months = complete_months(win[0], win[1])
    monthly, how, how_params = _monthly(ctx, win[1])
    due = monthly_pro_rata(monthly, months, per_year)
    if due <= 0:
        return None
    basis = f"{how} x {months}/{per_year} complete months = {due}"
    rv = ctx.cat.parameter(table, on, "months_per_year")
    return Head("year_end_premium", debtor, win[0], win[1], due_date, due, ZERO, due, ZERO, basis,
                LEGAL_BASIS["year_end_premium"].format(sector=ctx.emp.sector),
                worst(rv.status, ctx.rates.on(win[1]).status), None, fund, (_ref(rv),),
                basis_code="year_end_pc200",
                basis_params=params_of(how_params, months=months, per_year=per_year, amount=due,
                                       sector=ctx.emp.sector))


_YEAR_END_METHODS: dict[str, Callable[[Ctx, str, int, str, str | None], Head | None]] = {
    "hours_tranches": _pc302, "percent_of_reference": _pc121, "monthly_pro_rata": _pc200,
}


def fidelity_stamps_be(ctx: Ctx) -> list[Head]:
    """PC 124 fidelity stamps (1 July–30 June), owed through the fund."""
    return _stamps(ctx, "fidelity_stamps_be")


def bad_weather_stamps_be(ctx: Ctx) -> list[Head]:
    """PC 124 bad-weather stamps (calendar year), owed through the fund."""
    return _stamps(ctx, "bad_weather_stamps_be")


def _stamps(ctx: Ctx, which: str) -> list[Head]:
    """PC 124 fidelity stamps (1 July–30 June) and bad-weather stamps (calendar year), fund."""
    table = STAMPS.get(ctx.emp.sector or "")
    if table is None:
        return []
    fidelity: list[Head] = []
    weather: list[Head] = []
    years = sorted({p.start.year for p in ctx.result.periods})
    for year in sorted(set(years) | {y + 1 for y in years}):
        on = dt.date(year, 6, 30)
        try:
            fund = ctx.payer(table)
            sm = int(ctx.param(table, on, "fidelity_reference_start_month").value)
            a, b = dt.date(year - 1, sm, 1), due_on(year, sm - 1) if sm > 1 else dt.date(year - 1, 12, 31)
            ps = ctx.periods_in(a, b)
            base = ctx.arrears(ps)
            if base > 0 and which == "fidelity_stamps_be":
                pct = ctx.param(table, on, "fidelity_percent")
                due = percent_of(base, pct.value)
                dd = due_on(b.year + int(ctx.param(table, on, "fidelity_due_year_offset").value),
                            int(ctx.param(table, on, "fidelity_due_month").value))
                fidelity.append(Head("fidelity_stamps_be", "fund", a, b, dd, due, ZERO, due, ZERO,
                                     f"{pct.value} % x wage arrears {a}–{b} ({base}) = {due}",
                                     LEGAL_BASIS["fidelity_stamps_be"], worst(pct.status, ctx.line_status(ps)),
                                     None, fund, (_ref(pct),), basis_code="percent_of_arrears",
                                     basis_params=params_of(percent=pct.value, start=a, end=b, base=base,
                                                            amount=due)))
            if year in years and which == "bad_weather_stamps_be":
                a, b = dt.date(year, 1, 1), dt.date(year, 12, 31)
                ps = ctx.periods_in(a, b)
                base = ctx.arrears(ps)
                if base > 0:
                    pct = ctx.param(table, b, "bad_weather_percent")
                    due = percent_of(base, pct.value)
                    dd = due_on(year + int(ctx.param(table, b, "bad_weather_due_year_offset").value),
                                int(ctx.param(table, b, "bad_weather_due_month").value),
                                int(ctx.param(table, b, "bad_weather_due_day").value))
                    weather.append(Head("bad_weather_stamps_be", "fund", a, b, dd, due, ZERO, due, ZERO,
                                        f"{pct.value} % x wage arrears {year} ({base}) = {due}",
                                        LEGAL_BASIS["bad_weather_stamps_be"],
                                        worst(pct.status, ctx.line_status(ps)), None, fund,
                                        (_ref(pct),), basis_code="percent_of_arrears",
                                        basis_params=params_of(percent=pct.value, start=a, end=b,
                                                               base=base, amount=due)))
        except LookupError_ as exc:
            ctx.warn("head-not-computed", f"{which} {year} not computed: {exc}", head=which, year=year,
                     reason=exc)
    return _allocate(ctx, which, fidelity if which == "fidelity_stamps_be" else weather)


def notice_pay_be(ctx: Ctx) -> list[Head]:
    """Notice pay on a dismissal without notice: statutory weeks by seniority x weekly pay."""
    end = ctx.emp.end
    if end is None or ctx.emp.end_reason != "dismissal":
        return []
    seniority = months_between(ctx.start, end + dt.timedelta(days=1))
    try:
        v = ctx.cat.version(NOTICE, ctx.start)
        limit = v.parameters["max_seniority_months"]
    except (LookupError_, KeyError) as exc:
        ctx.warn("head-not-computed", f"notice_pay_be not computed (employment start {ctx.start}): {exc}",
                 head="notice_pay_be", reason=exc)
        return []
    if seniority >= limit:
        ctx.warn("head-not-computed", f"notice_pay_be not computed: {seniority} months' seniority is beyond "
                 f"the notice table ({NOTICE}, below {limit} months)", head="notice_pay_be",
                 reason="seniority_beyond_table", months=seniority, limit=limit, table=NOTICE)
        return []
    key = max((k for k in v.values if int(k) <= seniority), key=int)
    weeks: Decimal = v.values[key]
    ctx.usage.use(NOTICE, v.start, v.status, v.source)
    ctx.check_outdated(NOTICE, end)  # the version is the contract start's; the weeks apply at the end
    dr = ctx.rates.on(end)
    _warn_scale_kept(ctx, end)
    if dr.monthly is not None:  # a monthly minimum binds: weekly pay = monthly x 3/13, rounded once
        due = round_cent(weeks * dr.monthly * 3 / 13)
        how = f"{dr.monthly}/month ({dr.table}) x 3/13 per week"
        code, how_params = "notice_pay_be.monthly", {"monthly": dr.monthly, "table": dr.table}
    else:  # an hourly rate binds (agreed, or an hourly sector scale): rate x full-time weekly hours
        due = round_cent(weeks * dr.rate * ctx.rates.weekly_hours)
        how = f"{dr.rate}/h x {ctx.rates.weekly_hours} h a week"
        code, how_params = "notice_pay_be.hourly", {"rate": dr.rate, "weekly_hours": ctx.rates.weekly_hours}
    basis = (f"{weeks} weeks ({seniority} months' seniority, row {key} of {NOTICE}) x {how} = {due}; "
             "read as a dismissal without notice")
    h = Head("notice_pay_be", "employer", ctx.start, end, end, due, ZERO, due, ZERO, basis,
             LEGAL_BASIS["notice_pay_be"], worst(v.status, ctx.rates.on(end).status), None, None,
             (f"{NOTICE}@{v.start}",), basis_code=code,
             basis_params=params_of(how_params, weeks=weeks, months=seniority, row=key, notice_table=NOTICE,
                                    amount=due))
    return [_with_interest(ctx, x) for x in _allocate(ctx, "notice_pay_be", [h])]


def holiday_allowance_nl(ctx: Ctx) -> list[Head]:
    """NL minimum holiday allowance per allowance year (1 June–31 May), due in June or on the
    end date for what accrued when the contract ends."""
    out = []
    groups: dict[int, list[PeriodResult]] = {}
    missing: list[str] = []
    for p in ctx.result.periods:
        try:
            sm = int(ctx.param(NL_ALLOWANCE, p.start, "year_start_month").value)
        except LookupError_ as exc:
            if not missing:
                ctx.warn("head-not-computed", f"holiday_allowance_nl not computed for {p.period} and "
                         f"the periods after it that the rates do not cover: {exc}",
                         head="holiday_allowance_nl", period=p.period, reason=exc)
            missing.append(p.period)
            continue
        year = p.start.year + (1 if p.start.month >= sm else 0)  # the allowance year ending in `year`
        groups.setdefault(year, []).append(p)
    for year, ps in sorted(groups.items()):
        b_on = min(p.start for p in ps)
        sm = int(ctx.param(NL_ALLOWANCE, b_on, "year_start_month").value)
        a = dt.date(year - 1, sm, 1)
        b = due_on(year, sm - 1) if sm > 1 else dt.date(year - 1, 12, 31)
        pct = ctx.param(NL_ALLOWANCE, b_on, "percent")
        due_date = due_on(year + int(ctx.param(NL_ALLOWANCE, b_on, "due_year_offset").value),
                          int(ctx.param(NL_ALLOWANCE, b_on, "due_month").value))
        end = ctx.emp.end
        when = ""
        if end is not None and a <= end <= due_date:
            due_date, b = end, min(b, end)
            when = f"; the contract ended on {end}"
        base = sum((p.due for p in ps), ZERO)
        due = percent_of(base, pct.value)
        if due <= 0:
            continue
        basis = f"{pct.value} % x wage due {a}–{b} ({base}) = {due}{when}"
        out.append(Head("holiday_allowance_nl", "employer", a, b, due_date, due, ZERO, due, ZERO, basis,
                        LEGAL_BASIS["holiday_allowance_nl"], worst(pct.status, ctx.line_status(ps)),
                        None, None, (_ref(pct),),
                        basis_code="holiday_allowance_nl" + (".ended" if when else ""),
                        basis_params=params_of(percent=pct.value, start=a, end=b, base=base, amount=due,
                                               ended=end if when else None)))
    return _allocate(ctx, "holiday_allowance_nl", out)


def statutory_increase_nl(ctx: Ctx) -> list[Head]:
    """BW 7:625: the most a court may award on each wage period unpaid after its due date."""
    parts = []
    part_params: dict[str, object] = {}  # the figures of each part, "<n>.<name>"
    total = ZERO
    status = "verified"
    refs: set[str] = set()
    for p in ctx.result.periods:
        if p.unpaid <= 0 or p.due_date >= ctx.as_of:
            continue
        try:
            v = ctx.cat.version(NL_INCREASE, p.due_date)
        except LookupError_ as exc:
            ctx.warn("head-not-computed", f"statutory_increase_nl for {p.period} not computed: {exc}",
                     head="statutory_increase_nl", period=p.period, reason=exc)
            continue
        ctx.usage.use(NL_INCREASE, v.start, v.status, v.source)
        ctx.check_outdated(NL_INCREASE, p.due_date)
        refs.add(f"{NL_INCREASE}@{v.start}")
        status = worst(status, v.status)
        weekdays = v.working_days or ()
        late = sum(1 for n in range(1, (ctx.as_of - p.due_date).days + 1)
                   if is_working_day(ctx.jur, p.due_date + dt.timedelta(days=n), weekdays))
        q = v.parameters
        pct = increase_percent(late, int(q["grace_working_days"]), int(q["first_band_last_day"]),
                               q["first_band_percent_per_day"], q["later_percent_per_day"], q["cap_percent"])
        if pct <= 0:
            continue
        amount = percent_of(p.unpaid, pct)
        total += amount
        parts.append(f"{p.period}: {p.unpaid} x {pct} % ({late} working days late) = {amount}")
        n = len(parts) - 1
        part_params.update({f"{n}.period": p.period, f"{n}.unpaid": p.unpaid, f"{n}.percent": pct,
                            f"{n}.late": late, f"{n}.amount": amount})
    if total <= 0:
        return []
    first = min(p.start for p in ctx.result.periods)
    basis = "; ".join(parts) + f"; at most, at {ctx.as_of}: a court may reduce it"
    return [Head("statutory_increase_nl", "court", first, ctx.as_of, ctx.as_of, total, ZERO, total, ZERO,
                 basis, LEGAL_BASIS["statutory_increase_nl"], status, None, None, tuple(sorted(refs)),
                 basis_code="statutory_increase_nl",
                 basis_params=params_of(part_params, parts=len(parts), as_of=ctx.as_of))]


def statutory_interest_nl(ctx: Ctx, heads: list[Head]) -> list[Head]:
    """BW 6:119 on each unpaid wage period and holiday allowance, from the day after its due date
    to the as-of date, compounded yearly; none for days the rate data does not cover (a gap)."""
    try:
        t = ctx.cat.table(NL_INTEREST)
    except LookupError_ as exc:
        ctx.warn("head-not-computed", f"statutory_interest_nl not computed: {exc}",
                 head="statutory_interest_nl", reason=exc)
        return []
    gap = next((v.start for v in t.versions if v.gap), None)
    stop = min(ctx.as_of, gap - dt.timedelta(days=1)) if gap else ctx.as_of
    changes = tuple(v.start for v in t.versions)
    status = "verified"
    used: set[str] = set()

    def rate_on(d: dt.date) -> Decimal:
        nonlocal status
        rv = ctx.read(ctx.cat.parameter(NL_INTEREST, d, "rate"), d)
        used.add(rv.ref)
        status = worst(status, rv.status)
        return rv.value

    total = ZERO
    parts = []
    part_params: dict[str, object] = {}  # the figures of each part, "<n>.<name>"
    for h in heads:
        if h.head not in ("wages", "holiday_allowance_nl") or h.unpaid <= 0:
            continue
        start = h.due_date + dt.timedelta(days=1)
        if start > stop:
            continue
        try:
            amount = round_cent(compound_interest(h.unpaid, start, stop, rate_on, changes))
        except LookupError_ as exc:
            ctx.warn("head-not-computed", f"statutory_interest_nl not computed: {exc}",
                     head="statutory_interest_nl", reason=exc)
            return []
        total += amount
        parts.append(f"{h.period or h.head}: {h.unpaid} from {start} = {amount}")
        n = len(parts) - 1
        part_params.update({f"{n}.period": h.period, f"{n}.head": h.head, f"{n}.unpaid": h.unpaid,
                            f"{n}.start": start, f"{n}.amount": amount})
    note = ""
    if gap is not None and ctx.as_of >= gap and any(h.unpaid > 0 for h in heads if h.debtor == "employer"):
        note = f"; no interest from {gap}: the statutory rates from then are not in the rate data"
        ctx.warn("interest-gap", f"statutory interest stops on {gap - dt.timedelta(days=1)}: the rates "
                 f"from {gap} are not in {NL_INTEREST}", date=gap - dt.timedelta(days=1), gap=gap,
                 table=NL_INTEREST)
    if total <= 0:
        return []
    first = min(h.start for h in heads)
    basis = "; ".join(parts) + f" (to {stop}, compounded yearly){note}"
    return [Head("statutory_interest_nl", "employer", first, stop, ctx.as_of, total, ZERO, total, ZERO, basis,
                 LEGAL_BASIS["statutory_interest_nl"], status, None, None, tuple(sorted(used)),
                 basis_code="statutory_interest_nl",
                 basis_params=params_of(part_params, parts=len(parts), stop=stop,
                                        gap=gap if note else None))]


# The method of each head (which heads a country has: law/jurisdictions.py); a method gets the
# heads computed before it (statutory interest reads the wage and allowance heads).
HEAD_METHODS: dict[str, Callable[[Ctx, list[Head]], list[Head]]] = {
    "holiday_pay_fund_be": lambda c, _h: holiday_pay_fund_be(c),
    "double_holiday_pay_be": lambda c, _h: double_holiday_pay_be(c),
    "exit_holiday_pay_be": lambda c, _h: exit_holiday_pay_be(c),
    "year_end_premium": lambda c, _h: year_end_premium(c),
    "fidelity_stamps_be": lambda c, _h: fidelity_stamps_be(c),
    "bad_weather_stamps_be": lambda c, _h: bad_weather_stamps_be(c),
    "notice_pay_be": lambda c, _h: notice_pay_be(c),
    "holiday_allowance_nl": lambda c, _h: holiday_allowance_nl(c),
    "statutory_increase_nl": lambda c, _h: statutory_increase_nl(c),
    "statutory_interest_nl": statutory_interest_nl,
}
# Heads that only some workers can have: the condition on the worker (status, sector, ending).
_STATUS_HEADS = {"holiday_pay_fund_be": "blue_collar", "double_holiday_pay_be": "white_collar",
                 "exit_holiday_pay_be": "white_collar"}


def possible_heads(case: CaseFile, w: Worker, status: str | None) -> set[str]:
    """The heads worker ``w`` can have (a payment naming another head is refused)."""
    emp = w.employment
    sector = emp.sector or ""
    out = {"wages"}
    for name in jurisdiction(case.jurisdiction).heads:
        if name in _STATUS_HEADS and status != _STATUS_HEADS[name]:
            continue
        if name == "exit_holiday_pay_be" and emp.end is None:
            continue
        if name == "year_end_premium" and sector not in YEAR_END:
            continue
        if name in ("fidelity_stamps_be", "bad_weather_stamps_be") and sector not in STAMPS:
            continue
        if name == "notice_pay_be" and emp.end_reason != "dismissal":
            continue
        out.add(name)
    return out


def worker_status(case: CaseFile, w: Worker, cat: Catalogue, wpath: str,
                  problems: list[CaseProblem]) -> str | None:
    """The worker's status: the case's, else the sector table's; a contradiction is a problem."""
    emp = w.employment
    sector_status = None
    if emp.sector:
        try:
            sector_status = cat.table(emp.sector).worker_status
        except LookupError_:
            sector_status = None
    if emp.status is not None and sector_status is not None and emp.status != sector_status:
        problems.append(CaseProblem(f"{wpath}.employment.status",
                                    f"{emp.status!r} contradicts the sector {emp.sector}, which covers "
                                    f"{sector_status} workers only; allowed: {sector_status!r} or no status"))
    return emp.status or sector_status


def worker_heads(case: CaseFile, wi: int, w: Worker, result: WorkerResult, days: Mapping[dt.date, object],
                 rates: WorkerRates, cat: Catalogue, as_of: dt.date, usage: Usage,
                 problems: list[CaseProblem], warnings: list[Warning_]) -> tuple[Head, ...]:
    """The ledger of heads of claim of one worker (wages first, then by due date); the keys of
    ``days`` are the days with work (in date order, as the worked-time step gives them, they sort
    at no cost)."""
    wpath = f"workers[{wi}]"
    n_before = len(problems)
    status = worker_status(case, w, cat, wpath, problems)
    allowed = possible_heads(case, w, status)
    conv = case.settings.net_conversion if case.settings.paid_amounts == "net" else None
    payments: dict[str, list[tuple[int, dt.date, Decimal, str | None]]] = {}
    for j, pay in enumerate(w.payments):
        if pay.head is None or pay.head == "wages":
            continue
        if pay.head not in allowed:
            problems.append(CaseProblem(
                f"{wpath}.payments[{j}].head",
                f"{w.name} cannot have head {pay.head!r} (status {status or 'unknown'}, sector "
                f"{w.employment.sector or 'none'}, end {w.employment.end or 'none'}, end reason "
                f"{w.employment.end_reason or 'none'}); allowed: {', '.join(sorted(allowed))}"))
            continue
        gross = round_cent(pay.amount * conv.factor) if conv else pay.amount
        payments.setdefault(pay.head, []).append((j, pay.date, gross, pay.for_))
    if len(problems) > n_before:
        return ()
    order = sorted(days)
    start = w.employment.start or (order[0] if order else as_of)
    ctx = Ctx(case, w, wpath, result, order, rates, cat, as_of, usage, warnings, status, start, payments)
    names = jurisdiction(case.jurisdiction).heads
    if status is None and result.unpaid > 0 and any(n in _STATUS_HEADS for n in names):
        ctx.warn("status-unknown", "holiday pay not computed: employment.status is not given and the "
                 f"sector ({w.employment.sector or 'none'}) does not set it (blue_collar or white_collar)",
                 sector=w.employment.sector)
    heads: list[Head] = wages(ctx)
    for name in names:
        ctx.current = name
        try:
            heads += HEAD_METHODS[name](ctx, heads)
        except LookupError_ as exc:
            ctx.warn("head-not-computed", f"{name} not computed: {exc}", head=name, reason=exc)
    # outdated-rate only for a table whose figures are in the amounts: a head in the result whose
    # reference period holds the date the figure was read for (a year computed and dropped, e.g.
    # the next double holiday pay of a worker who left, warns of nothing: docs/heads.md)
    for name, table, on in ctx.outdated_reads:
        if any(h.head == name and h.start <= on <= h.end for h in heads):
            usage.outdated.add(table)
    wage = [h for h in heads if h.head == "wages"]
    other = sorted((h for h in heads if h.head != "wages"), key=lambda h: (h.due_date, h.head, h.start))
    return tuple(wage + other)


def offence_heads(heads: Iterable[Head], on: dt.date) -> list[Head]:
    """Employer holiday-pay heads unpaid and due on ``on``: art. 162, 3° SPC offences."""
    return [h for h in heads if h.head in HOLIDAY_PAY_OFFENCE and h.unpaid > 0 and h.due_date <= on]

