"""Heads of claim (docs/heads.md): every figure below is worked out by hand in the comments, from
the formulas and rates of remedy research (rates/be/*.yaml, rates/nl/*.yaml), never copied from
the program's output."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.model import CaseFile
from wage_remedy.cli import main
from wage_remedy.compute import compute
from wage_remedy.compute.heads import (
    complete_months,
    compound_interest,
    double_holiday_pay,
    fund_holiday_pay,
    increase_percent,
    monthly_pro_rata,
    pc302_premium,
    pc302_tranches,
    percent_of,
)
from wage_remedy.compute.result import Head, payable_total
from wage_remedy.law.catalogue import Catalogue


def _month_blocks(months: list[str], hours: str) -> list[dict[str, Any]]:
    """One hours block per month 'YYYY-MM' covering the whole month."""
    import calendar
    out = []
    for m in months:
        y, mo = (int(x) for x in m.split("-"))
        out.append({"from": f"{m}-01", "to": f"{m}-{calendar.monthrange(y, mo)[1]:02d}", "hours": hours})
    return out


def _run(catalogue: Catalogue, workers: list[dict[str, Any]], **kw: Any):  # type: ignore[no-untyped-def]
    return compute(CaseFile.model_validate(case(workers, **kw)), catalogue)


def _heads(result: Any, head: str, wid: str = "w1") -> list[Head]:
    return [h for h in result.worker(wid).heads if h.head == head]


def _emp(w: dict[str, Any], **kw: Any) -> dict[str, Any]:
    w["employment"].update(kw)
    return w


# ---------------------------------------------------------------- pure formulas


def test_formulas_by_hand() -> None:
    # Blue-collar fund: 1,000.00 x 1.08 x 15.38 % = 166.104 -> 166.10
    assert fund_holiday_pay(D("1000.00"), D("15.38"), D("1.08")) == D("166.10")
    # White-collar double holiday pay: 0.92 x (2,111.89 - 1,900.00) x 9/12 = 0.92 x 211.89 x 0.75
    # = 146.2041 -> 146.20; the published example 0.92 x 2,500 x 9/12 = 1,725.00
    assert double_holiday_pay(D("211.89"), 9, D("92"), D("12")) == D("146.20")
    assert double_holiday_pay(D("2500"), 9, D("92"), D("12")) == D("1725.00")
    # Exit holiday pay: 15.34 % x 12,000.00 = 1,840.80; PC 121: 9 % of 18,000.00 = 1,620.00
    assert percent_of(D("12000.00"), D("15.34")) == D("1840.80")
    assert percent_of(D("18000.00"), D("9")) == D("1620.00")
    # PC 302: full year 164.67 x 15.2097 = 2,504.581299 -> 2,504.58; 130 presence days:
    # 130 / 21.666 = 6.0002 -> 6 tranches -> 2,504.581299 x 6 / 12 = 1,252.29065 -> 1,252.29;
    # 129 days (5.95 -> 5) but 6 complete calendar months -> still 6 tranches
    assert pc302_premium(D("15.2097"), D("164.67"), 12, D("12")) == D("2504.58")
    assert pc302_tranches(130, 0, D("21.666"), D("12")) == 6
    assert pc302_tranches(129, 6, D("21.666"), D("12")) == 6
    assert pc302_tranches(300, 0, D("21.666"), D("12")) == 12  # 13.8 -> at most 12
    assert pc302_premium(D("15.2097"), D("164.67"), 6, D("12")) == D("1252.29")
    # PC 200: hired 1 March, dismissed 31 October: March..October = 8 complete months;
    # 2,111.89 x 8 / 12 = 1,407.9267 -> 1,407.93
    assert complete_months(dt.date(2025, 3, 1), dt.date(2025, 10, 31)) == 8
    assert complete_months(dt.date(2025, 3, 1), dt.date(2025, 8, 1)) == 5  # August not complete
    assert monthly_pro_rata(D("2111.89"), 8, D("12")) == D("1407.93")
    # NL 7:625: 9 working days late: 5 x 5 % (days 4-8) + 1 % (day 9) = 26 %; 40 days:
    # 25 + 32 = 57 -> capped at 50 %; 3 days: 0; 4 days: 5 %; 33 days: 25 + 25 = 50 %
    args = (3, 8, D("5"), D("1"), D("50"))
    assert increase_percent(9, *args) == D("26")
    assert increase_percent(40, *args) == D("50")
    assert increase_percent(3, *args) == D("0")
    assert increase_percent(4, *args) == D("5")
    assert increase_percent(33, *args) == D("50")


def test_compound_interest_by_hand() -> None:
    # 1,000.00 at 7 % from 1 Jan 2024 to 31 Dec 2024: 366 days (leap year), no anniversary:
    # 1000 x 7 / 100 x 366 / 365 = 70.191780...
    got = compound_interest(D("1000"), dt.date(2024, 1, 1), dt.date(2024, 12, 31), lambda d: D("7"))
    assert got.quantize(D("0.01")) == D("70.19")
    # Two years at 2 % from 1 Jan 2021: year 1 = 1000 x 2 % x 365/365 = 20.00; the base becomes
    # 1,020.00; year 2 = 1020 x 2 % = 20.40; total 40.40 (compounded on the anniversary)
    got = compound_interest(D("1000"), dt.date(2021, 1, 1), dt.date(2022, 12, 31), lambda d: D("2"))
    assert got.quantize(D("0.01")) == D("40.40")


# ---------------------------------------------------------------- Belgium, end to end


def test_blue_collar_fund_holiday_pay_not_on_the_payment_order(catalogue: Catalogue) -> None:
    # Agreed 20.00/h (above every minimum) x 50 h in March 2025, nothing paid: arrears 1,000.00.
    # Fund: 1,000.00 x 1.08 x 15.38 % = 166.10, due 30 June 2026 (fund window 2 May-30 June);
    # no interest (holiday pay is not remuneration); debtor fund, never payable by the employer.
    w = _emp(worker("w1", hours=_month_blocks(["2025-03"], "50")), agreed_hourly_rate="20.00",
             status="blue_collar")
    r = _run(catalogue, [w], as_of="2026-07-31")
    (h,) = _heads(r, "holiday_pay_fund_be")
    assert (h.debtor, h.due, h.unpaid, h.interest, h.due_date) == ("fund", D("166.10"), D("166.10"), D("0"),
                                                                   dt.date(2026, 6, 30))
    assert h.fund and "ONVA" in h.fund
    assert not h.payable(r.as_of)
    (wages,) = _heads(r, "wages")
    assert wages.unpaid == D("1000.00")
    # what the employer must pay now: the wages and their interest only
    now = payable_total(r.worker("w1").heads, r.as_of)
    assert now.unpaid == D("1000.00") and now.interest == wages.interest


def test_undeclared_worker_fund_basis_is_all_wages_due(catalogue: Catalogue) -> None:
    # Due 1,000.00, paid 600.00: arrears 400.00; undeclared -> the basis is all 1,000.00 due:
    # 166.10 instead of 400 x 1.08 x 15.38 % = 66.4416 -> 66.44
    pays = [{"date": "2025-03-31", "amount": "600.00"}]
    declared = _emp(worker("w1", hours=_month_blocks(["2025-03"], "50"), payments=pays),
                    agreed_hourly_rate="20.00", status="blue_collar")
    r = _run(catalogue, [declared], as_of="2025-06-30")
    assert _heads(r, "holiday_pay_fund_be")[0].due == D("66.44")
    undeclared = _emp(worker("w1", hours=_month_blocks(["2025-03"], "50"), payments=pays),
                      agreed_hourly_rate="20.00", status="blue_collar")
    undeclared["undeclared"] = True
    r = _run(catalogue, [undeclared], as_of="2025-06-30")
    assert _heads(r, "holiday_pay_fund_be")[0].due == D("166.10")


def test_white_collar_double_holiday_pay(catalogue: Catalogue) -> None:
    # Agreed 21.1189/h x 100 h = 2,111.89 a month. April-December 2024 (9 months) paid in full;
    # June 2025 paid 1,900.00: shortfall 211.89. Double holiday pay for holiday year 2025 (service
    # year 2024): 0.92 x 211.89 x 9/12 = 146.2041 -> 146.20, due with the main holidays (30 June
    # 2025), owed by the employer, no interest.
    months24 = [f"2024-{m:02d}" for m in range(4, 13)]
    pays = [{"date": f"{m}-28", "amount": "2111.89", "for": m} for m in months24]
    pays.append({"date": "2025-06-30", "amount": "1900.00", "for": "2025-06"})
    w = _emp(worker("w1", start="2024-04-01", hours=_month_blocks(months24 + ["2025-06"], "100"),
                    payments=pays), agreed_hourly_rate="21.1189", status="white_collar")
    r = _run(catalogue, [w], as_of="2025-07-31")
    h = next(h for h in _heads(r, "double_holiday_pay_be") if h.start == dt.date(2024, 1, 1))
    assert (h.debtor, h.due, h.due_date, h.interest) == ("employer", D("146.20"), dt.date(2025, 6, 30), D("0"))
    assert h.payable(r.as_of)
    # a payment under this head reduces it: 100.00 paid -> 46.20 unpaid
    pays.append({"date": "2025-07-10", "amount": "100.00", "head": "double_holiday_pay_be", "for": "2024-12"})
    r = _run(catalogue, [w], as_of="2025-07-31")
    h = next(h for h in _heads(r, "double_holiday_pay_be") if h.start == dt.date(2024, 1, 1))
    assert (h.paid, h.unpaid) == (D("100.00"), D("46.20"))
    # ... and never counts as wages: June 2025 still 211.89 unpaid
    assert next(p for p in r.worker("w1").periods if p.period == "2025-06").unpaid == D("211.89")


def test_white_collar_exit_holiday_pay(catalogue: Catalogue) -> None:
    # Agreed 20.00/h x 60 h = 1,200.00 a month, January-October 2025, nothing paid: arrears
    # 12,000.00 in the current service year; the contract ends 31 October (after the main
    # holidays, so 2024 is not added): 15.34 % x 12,000.00 = 1,840.80, due on 31 October 2025.
    months = [f"2025-{m:02d}" for m in range(1, 11)]
    w = _emp(worker("w1", start="2025-01-01", hours=_month_blocks(months, "60")),
             agreed_hourly_rate="20.00", status="white_collar", end="2025-10-31", end_reason="resignation")
    r = _run(catalogue, [w], as_of="2025-11-30")
    (h,) = _heads(r, "exit_holiday_pay_be")
    assert (h.debtor, h.due, h.due_date, h.interest) == ("employer", D("1840.80"), dt.date(2025, 10, 31), D("0"))
    assert not _heads(r, "notice_pay_be")  # a resignation: no notice pay


def _two_year_leaver(pays: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    # White-collar, agreed 20.00/h, hired 1 December 2024: 52 h in December 2024 = 1,040.00 and
    # 37 h in January 2025 = 740.00, nothing paid unless ``pays``; resigned on 31 January 2025,
    # before the 2024 double holiday pay's due date (30 June 2025): 2024's holidays count as not
    # taken, so the exit holiday pay covers the service years 2024 and 2025.
    w = worker("w1", start="2024-12-01", hours=_month_blocks(["2024-12"], "52") + _month_blocks(["2025-01"], "37"),
               payments=pays)
    return _emp(w, agreed_hourly_rate="20.00", status="white_collar", end="2025-01-31", end_reason="resignation")


def test_exit_holiday_pay_rounds_each_service_year(catalogue: Catalogue) -> None:
    # RD 30 March 1967, art. 46: 15.34 % of the current year's pay and "in addition" 15.34 % of
    # the previous year's: two amounts, each rounded to the cent (half-up):
    #   2024: 0.1534 x 1,040.00 = 159.536 -> 159.54
    #   2025: 0.1534 x   740.00 = 113.516 -> 113.52
    #   total 159.54 + 113.52 = 273.06, due on 31 January 2025.
    # Rounded once over both years it would be 0.1534 x 1,780.00 = 273.052 -> 273.05.
    from wage_remedy.documents.heads_text import basis_text
    r = _run(catalogue, [_two_year_leaver()], as_of="2025-02-28")
    (h,) = _heads(r, "exit_holiday_pay_be")
    assert (h.start, h.end, h.due_date) == (dt.date(2024, 1, 1), dt.date(2025, 1, 31), dt.date(2025, 1, 31))
    assert (h.debtor, h.due, h.unpaid, h.interest) == ("employer", D("273.06"), D("273.06"), D("0"))
    assert not _heads(r, "double_holiday_pay_be")  # 2024 is in the exit holiday pay
    assert h.basis_code == "exit_holiday_pay_be.two_years"
    p = dict(h.basis_params)
    assert p == {"percent": "15.34", "years": "2024–2025", "base": "1780.00", "amount": "273.06",
                 "year_prev": "2024", "base_prev": "1040.00", "amount_prev": "159.54",
                 "year_cur": "2025", "base_cur": "740.00", "amount_cur": "113.52"}
    assert h.basis == ("15.34 % x wage arrears of the service year 2024 (1040.00) = 159.54; 15.34 % x wage "
                       "arrears of the service year 2025 (740.00) = 113.52; total 159.54 + 113.52 = 273.06")
    comma = {"money": lambda d: f"{d:.2f}".replace(".", ","), "number": lambda d: str(d).replace(".", ",")}
    assert basis_text(h.basis_code, p, "fr", **comma) == (
        "15,34 % × arriérés de rémunération de l'exercice de vacances 2024 (1040,00) = 159,54 ; 15,34 % × "
        "arriérés de rémunération de l'exercice de vacances 2025 (740,00) = 113,52 ; total 159,54 + "
        "113,52 = 273,06")
    assert basis_text(h.basis_code, p, "nl", **comma) == (
        "15,34 % × achterstallig loon van het vakantiedienstjaar 2024 (1040,00) = 159,54; 15,34 % × "
        "achterstallig loon van het vakantiedienstjaar 2025 (740,00) = 113,52; totaal 159,54 + 113,52 "
        "= 273,06")
    assert basis_text(h.basis_code, p, "de", **comma) == (
        "15,34 % × Lohnrückstand des Urlaubsdienstjahres 2024 (1040,00) = 159,54; 15,34 % × "
        "Lohnrückstand des Urlaubsdienstjahres 2025 (740,00) = 113,52; insgesamt 159,54 + 113,52 "
        "= 273,06")


def test_exit_holiday_pay_one_year_with_arrears_keeps_its_basis(catalogue: Catalogue) -> None:
    # The same leaver with December 2024 paid in full (1,040.00 on 3 January 2025): the window
    # still spans 2024-2025 but only 2025 has arrears: 0.1534 x 740.00 = 113.516 -> 113.52, with
    # the one-amount basis as before.
    pays = [{"date": "2025-01-03", "amount": "1040.00", "for": "2024-12"}]
    r = _run(catalogue, [_two_year_leaver(pays)], as_of="2025-02-28")
    (h,) = _heads(r, "exit_holiday_pay_be")
    assert (h.due, h.basis_code) == (D("113.52"), "exit_holiday_pay_be")
    assert dict(h.basis_params) == {"percent": "15.34", "years": "2024–2025", "base": "740.00",
                                    "amount": "113.52"}


def test_pc302_year_end_premium_130_presence_days(catalogue: Catalogue) -> None:
    # PC 302 category I, year 0, 2026: 15.2097/h. Undeclared (the basis is the whole legal rate).
    # Hired Monday 5 January, dismissed Friday 3 July 2026, one hours block: a block's days count
    # Monday to Friday (presence "in the 5-day regime"): 26 weeks x 5 = 130 presence days;
    # 130 / 21.666 = 6.0002 -> 6 tranches (more than the 5 complete months Feb-Jun).
    # 164.67 x 15.2097 x 6 / 12 = 1,252.29, owed through the Fonds social et de garantie Horeca
    # on 31 January 2027.
    w = worker("w1", start="2026-01-05", sector="be/pc-302", category="I",
               hours=[{"from": "2026-01-05", "to": "2026-07-03", "hours": "900"}])
    w = _emp(w, status="blue_collar", end="2026-07-03", end_reason="dismissal")
    w["undeclared"] = True
    r = _run(catalogue, [w], as_of="2027-02-28")
    (h,) = _heads(r, "year_end_premium")
    assert (h.debtor, h.due, h.due_date) == ("fund", D("1252.29"), dt.date(2027, 1, 31))
    assert "Horeca" in (h.fund or "") and "6/12" in h.basis
    assert not h.payable(r.as_of)


def test_pc302_full_year(catalogue: Catalogue) -> None:
    # Employed all of 2026 (12 complete months -> 12 tranches), undeclared: 164.67 x 15.2097
    # = 2,504.58, due 31 January 2027.
    w = worker("w1", start="2026-01-01", sector="be/pc-302", category="I",
               hours=_month_blocks([f"2026-{m:02d}" for m in range(1, 13)], "100"))
    w = _emp(w, status="blue_collar")
    w["undeclared"] = True
    r = _run(catalogue, [w], as_of="2027-02-28")
    (h,) = _heads(r, "year_end_premium")
    assert (h.due, h.due_date) == (D("2504.58"), dt.date(2027, 1, 31))


def test_pc302_serious_cause_gets_no_premium(catalogue: Catalogue) -> None:
    w = worker("w1", start="2026-01-01", sector="be/pc-302", category="I",
               hours=_month_blocks(["2026-01", "2026-02", "2026-03"], "100"))
    w = _emp(w, status="blue_collar", end="2026-03-31", end_reason="serious_cause")
    w["undeclared"] = True
    r = _run(catalogue, [w], as_of="2027-02-28")
    assert not _heads(r, "year_end_premium")
    assert any(x.code == "head-not-owed" for x in r.warnings)


def test_pc121_year_end_premium(catalogue: Catalogue) -> None:
    # PC 121 (blue-collar by the sector table), agreed 30.00/h x 125 h = 1,500.00 a month from
    # July 2022 to June 2023, nothing paid: arrears 18,000.00 in the reference period 1 July
    # 2022 - 30 June 2023 (365 days >= 60): 9 % = 1,620.00, owed through the fund, due December 2023.
    months = [f"2022-{m:02d}" for m in range(7, 13)] + [f"2023-{m:02d}" for m in range(1, 7)]
    w = _emp(worker("w1", start="2022-07-01", sector="be/pc-121", category="1.A",
                    hours=_month_blocks(months, "50")), agreed_hourly_rate="30.00")
    r = _run(catalogue, [w], as_of="2024-01-31")
    (h,) = [h for h in _heads(r, "year_end_premium") if h.start == dt.date(2022, 7, 1)]
    assert (h.debtor, h.due, h.due_date) == ("fund", D("1620.00"), dt.date(2023, 12, 31))
    # the sector sets the status: blue-collar holiday pay through the fund on the 2022 arrears
    # (6 x 1,500 = 9,000.00 x 1.08 x 15.38 % = 1,494.9360 -> 1,494.94)
    fund = {h.start.year: h.due for h in _heads(r, "holiday_pay_fund_be")}
    assert fund[2022] == D("1494.94")


def test_pc200_year_end_premium_pro_rata_and_seniority(catalogue: Catalogue) -> None:
    # PC 200 class A, 0 years, 2025: 2,194.32 a month (rates/be/pc-200.yaml). Hired 1 March,
    # dismissed 31 October: 8 complete months, 8 months' seniority >= 6:
    # 2,194.32 x 8 / 12 = 1,462.88, owed by the employer in December 2025.
    months = [f"2025-{m:02d}" for m in range(3, 11)]
    w = _emp(worker("w1", start="2025-03-01", sector="be/pc-200", category="A",
                    hours=_month_blocks(months, "150")), end="2025-10-31", end_reason="dismissal")
    r = _run(catalogue, [w], as_of="2026-01-31")
    (h,) = _heads(r, "year_end_premium")
    assert (h.debtor, h.due, h.due_date) == ("employer", D("1462.88"), dt.date(2025, 12, 31))
    assert h.interest > 0  # remuneration owed by the employer: art. 10 interest from 31 December
    # Dismissed 1 August: 5 months' seniority (March-July), fewer than 6: nothing.
    w2 = _emp(worker("w1", start="2025-03-01", sector="be/pc-200", category="A",
                     hours=_month_blocks(months[:5], "150") + [{"from": "2025-08-01", "to": "2025-08-01",
                                                               "hours": "7"}]),
              end="2025-08-01", end_reason="dismissal")
    r = _run(catalogue, [w2], as_of="2026-01-31")
    assert not _heads(r, "year_end_premium")


def test_notice_pay_on_dismissal(catalogue: Catalogue) -> None:
    # PC 200 class A 2025 (2,194.32/month), hired 1 March, dismissed 31 October 2025: 8 months'
    # seniority -> row 6 (6 to under 9 months) = 6 weeks; 6 x 2,194.32 = 13,165.92; x 3 = 39,497.76;
    # / 13 = 3,038.2892 -> 3,038.29, due on 31 October, art. 10 interest from then.
    months = [f"2025-{m:02d}" for m in range(3, 11)]
    w = _emp(worker("w1", start="2025-03-01", sector="be/pc-200", category="A",
                    hours=_month_blocks(months, "150")), end="2025-10-31", end_reason="dismissal")
    r = _run(catalogue, [w], as_of="2025-12-31")
    (h,) = _heads(r, "notice_pay_be")
    assert (h.debtor, h.due, h.due_date) == ("employer", D("3038.29"), dt.date(2025, 10, 31))
    assert h.interest > 0


# ---------------------------------------------------------------- Netherlands


def test_nl_holiday_allowance(catalogue: Catalogue) -> None:
    # Agreed 20.00/h x 100 h = 2,000.00 a month, June 2025 - March 2026 (10 months): 20,000.00 due
    # in the allowance year 1 June 2025 - 31 May 2026: 8 % = 1,600.00, due 30 June 2026.
    months = [f"2025-{m:02d}" for m in range(6, 13)] + ["2026-01", "2026-02", "2026-03"]
    w = _emp(worker("w1", start="2025-06-01", hours=_month_blocks(months, "100")), agreed_hourly_rate="20.00")
    r = _run(catalogue, [w], jurisdiction="NL", as_of="2026-07-31")
    (h,) = _heads(r, "holiday_allowance_nl")
    assert (h.debtor, h.due, h.due_date) == ("employer", D("1600.00"), dt.date(2026, 6, 30))
    # Contract ended 28 February 2026: 8 % of June 2025 - February 2026 (9 x 2,000.00 = 18,000.00)
    # = 1,440.00, due on the end date.
    w = _emp(worker("w1", start="2025-06-01", hours=_month_blocks(months[:9], "100")),
             agreed_hourly_rate="20.00", end="2026-02-28", end_reason="resignation")
    r = _run(catalogue, [w], jurisdiction="NL", as_of="2026-07-31")
    (h,) = _heads(r, "holiday_allowance_nl")
    assert (h.due, h.due_date) == (D("1440.00"), dt.date(2026, 2, 28))


def test_nl_statutory_increase_is_a_court_head(catalogue: Catalogue) -> None:
    # March 2025: 50 h x 20.00 = 1,000.00, nothing paid, due on the last day of the period
    # (31 March 2025, BW 7:623). Working days late to 11 April: 1-4 April (4) + 7-11 April (5)
    # = 9 -> 26 % -> 260.00, debtor court, not on the payment order.
    w = _emp(worker("w1", start="2025-03-01", hours=_month_blocks(["2025-03"], "50")), agreed_hourly_rate="20.00")
    r = _run(catalogue, [w], jurisdiction="NL", as_of="2025-04-11")
    (h,) = _heads(r, "statutory_increase_nl")
    assert (h.debtor, h.due) == ("court", D("260.00"))
    assert not h.payable(r.as_of)
    # To 27 May 2025: far more than 33 working days late (April alone has 20 Mon-Fri working days
    # after Easter Monday): 25 % + 1 % a day beyond the 8th, capped at 50 % -> 500.00
    r = _run(catalogue, [w], jurisdiction="NL", as_of="2025-05-27")
    (h,) = _heads(r, "statutory_increase_nl")
    assert h.due == D("500.00")


def test_nl_statutory_interest_stops_at_the_rate_gap(catalogue: Catalogue) -> None:
    # 1,000.00 unpaid for June 2024, due 30 June 2024: interest from 1 July to 31 December 2024 at
    # 7 % = 1000 x 7 % x 184 / 365 = 35.287... -> 35.29; nothing after 31 December 2024 (rates
    # from 2025 not found), with a warning.
    w = _emp(worker("w1", start="2024-06-01", hours=_month_blocks(["2024-06"], "50")), agreed_hourly_rate="20.00")
    r = _run(catalogue, [w], jurisdiction="NL", as_of="2025-03-31")
    (h,) = _heads(r, "statutory_interest_nl")
    assert (h.debtor, h.due) == ("employer", D("35.29"))
    assert any(x.code == "interest-gap" for x in r.warnings)


# ---------------------------------------------------------------- JSON and bad input


def test_json_heads_and_debtor_totals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = _emp(worker("w1", hours=_month_blocks(["2025-03"], "50")), agreed_hourly_rate="20.00",
             status="blue_collar")
    p = tmp_path / "c.json"
    p.write_text(json.dumps(case([w], as_of="2026-07-31")), encoding="utf-8")
    assert main(["compute", str(p), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    heads = out["workers"][0]["heads"]
    assert [h["head"] for h in heads] == ["wages", "holiday_pay_fund_be"]
    assert heads[1]["due"] == "166.10" and heads[1]["debtor"] == "fund"
    for key in ("head", "debtor", "from", "to", "due_date", "due", "paid", "unpaid", "interest", "basis",
                "legal_basis", "status"):
        assert key in heads[1]
    assert out["debtors"]["fund"]["unpaid"] == "166.10"
    assert out["debtors"]["court"]["unpaid"] == "0.00"
    assert out["debtors"]["employer"]["unpaid"] == "1000.00"


def _bad(tmp_path: Path, capsys: pytest.CaptureFixture[str], w: dict[str, Any], **kw: Any) -> str:
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(case([w], **kw)), encoding="utf-8")
    before = p.read_bytes()
    assert main(["compute", str(p)]) == 2
    assert p.read_bytes() == before  # nothing lost
    return capsys.readouterr().err


def test_bad_input_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hours = _month_blocks(["2025-03"], "50")
    # a payment for a head a white-collar worker cannot have
    w = _emp(worker("w1", hours=hours, payments=[{"date": "2025-03-31", "amount": "10.00",
                                                  "head": "holiday_pay_fund_be"}]), status="white_collar")
    err = _bad(tmp_path, capsys, w)
    assert "workers[0].payments[0].head" in err and "holiday_pay_fund_be" in err
    # a Dutch head in a Belgian case
    w = worker("w1", hours=hours, payments=[{"date": "2025-03-31", "amount": "10.00",
                                             "head": "holiday_allowance_nl"}])
    assert "workers[0].payments[0].head" in _bad(tmp_path, capsys, w)
    # end before start
    w = _emp(worker("w1", start="2025-03-01", hours=hours), end="2025-02-01")
    err = _bad(tmp_path, capsys, w)
    assert "employment" in err and "before" in err
    # end reason without an end date
    w = _emp(worker("w1", hours=hours), end_reason="dismissal")
    err = _bad(tmp_path, capsys, w)
    assert "end_reason" in err and "end date" in err
    # a status that contradicts the sector (PC 121 covers blue-collar workers)
    w = _emp(worker("w1", start="2022-07-01", sector="be/pc-121", category="1.A",
                    hours=_month_blocks(["2022-07"], "50")), status="white_collar")
    err = _bad(tmp_path, capsys, w)
    assert "workers[0].employment.status" in err and "blue_collar" in err


def test_old_case_files_load_unchanged(catalogue: Catalogue) -> None:
    # No new field: same inputs digest as before (every new field defaults to None) and a
    # wages head per period.
    w = worker("w1", hours=_month_blocks(["2025-03"], "50"))
    c = CaseFile.model_validate(case([w]))
    dumped = c.model_dump_json(by_alias=True, exclude_none=True)
    for key in ("\"status\"", "\"end\"", "\"end_reason\"", "\"undeclared\"", "\"head\""):
        assert key not in dumped
    r = compute(c, catalogue)
    assert [h.head for h in r.worker("w1").heads] == ["wages"]


# ---------------------------------------------------------------- fines


def test_art162_counts_employer_holiday_pay_not_notice_pay(catalogue: Catalogue) -> None:
    # White-collar, agreed 20.00/h x 60 h = 1,200.00 a month. April-December 2024 paid in full
    # (9 months); June 2025 paid 1,100.00 of 1,200.00 on its due date -> double holiday pay
    # 0.92 x 100.00 x 9/12 = 69.00, due 30 June 2025. The June shortfall is then paid late (100.00
    # on 5 July): the wages are paid, the holiday pay computed on the salary paid in June is not.
    months24 = [f"2024-{m:02d}" for m in range(4, 13)]
    pays = [{"date": f"{m}-28", "amount": "1200.00", "for": m} for m in months24]
    pays += [{"date": "2025-06-30", "amount": "1100.00", "for": "2025-06"}]
    w = _emp(worker("w1", start="2024-04-01", hours=_month_blocks(months24 + ["2025-06"], "60"),
                    payments=pays), agreed_hourly_rate="20.00", status="white_collar")
    r = _run(catalogue, [w], as_of="2025-07-31")
    h = next(h for h in _heads(r, "double_holiday_pay_be") if h.start == dt.date(2024, 1, 1))
    assert h.due == D("69.00")
    # now the wage shortfall is paid, the holiday pay is not:
    pays.append({"date": "2025-07-05", "amount": "100.00", "for": "2025-06"})
    r = _run(catalogue, [w], as_of="2025-07-31")
    assert r.worker("w1").unpaid == 0
    s = r.sanctions
    assert s.workers_concerned == 1 and s.admin_total is not None  # art. 162, 3°
    assert any("162, 3°" in n for n in s.notes)
    # Notice pay unpaid alone is no art. 162 offence: a dismissed worker paid every wage.
    w = _emp(worker("w1", start="2025-03-01", sector="be/pc-200", category="A",
                    hours=_month_blocks(["2025-03"], "150"),
                    payments=[{"date": "2025-03-31", "amount": "5000.00", "for": "2025-03"}]),
             end="2025-03-31", end_reason="dismissal")
    r = _run(catalogue, [w], as_of="2025-06-30")
    assert _heads(r, "notice_pay_be")[0].unpaid > 0
    assert r.sanctions.workers_concerned == 0 and r.sanctions.admin_total is None


def test_nl_holiday_allowance_fine_beside_the_wage_fine(catalogue: Catalogue) -> None:
    # Wages fully paid (2,000.00 a month June 2025 - March 2026), no holiday allowance paid:
    # 1,600.00 unpaid of 1,600.00 due 30 June 2026 = 100 % -> band [50,inf) -> EUR 2,000
    # (rates/nl/holiday-allowance-fines.yaml); no wage fine.
    months = [f"2025-{m:02d}" for m in range(6, 13)] + ["2026-01", "2026-02", "2026-03"]
    pays = [{"date": f"{m}-28", "amount": "2000.00", "for": m} for m in months]
    w = _emp(worker("w1", start="2025-06-01", hours=_month_blocks(months, "100"), payments=pays),
             agreed_hourly_rate="20.00")
    r = _run(catalogue, [w], jurisdiction="NL", as_of="2026-07-31")
    s = r.sanctions
    (f,) = s.workers
    assert f.fine is None and f.head_fine == D("2000")
    assert s.head_fines_total == D("2000")
    # 1,560.00 paid as holiday allowance: 40.00 unpaid, below EUR 50 -> EUR 250
    pays.append({"date": "2026-06-30", "amount": "1560.00", "head": "holiday_allowance_nl"})
    r = _run(catalogue, [w], jurisdiction="NL", as_of="2026-07-31")
    assert r.sanctions.workers[0].head_fine == D("250")


def test_export_has_the_heads(tmp_path: Path, catalogue: Catalogue) -> None:
    # The fund's 166.10 (1,000.00 x 1.08 x 15.38 %) is exported with its debtor and is not
    # payable by the employer; the wages (1,000.00) are.
    from wage_remedy.export import export_csv
    w = _emp(worker("w1", hours=_month_blocks(["2025-03"], "50")), agreed_hourly_rate="20.00",
             status="blue_collar")
    c = CaseFile.model_validate(case([w], as_of="2026-07-31"))
    r = compute(c, catalogue)
    export_csv(r, c, tmp_path / "out")
    rows = (tmp_path / "out" / "heads.csv").read_text(encoding="utf-8-sig").splitlines()
    fund = next(x for x in rows if ",holiday_pay_fund_be," in x).split(",")
    assert fund[2] == "fund" and fund[6] == "166.10" and fund[11] == "no"
    wages = next(x for x in rows if x.startswith("w1,wages 2025-03,")).split(",")
    assert wages[8] == "1000.00" and wages[11] == "yes"


def test_pc124_stamps_and_construction_holiday_pay(catalogue: Catalogue) -> None:
    # PC 124 (blue-collar by the sector table), agreed 30.00/h x 100 h = 3,000.00 a month,
    # January-June 2024, nothing paid: arrears 18,000.00.
    # Fidelity stamps, reference 1 July 2023 - 30 June 2024: 9 % x 18,000.00 = 1,620.00, due
    # 31 October 2024; bad-weather stamps 2024: 2 % x 18,000.00 = 360.00, due 29 April 2025; both
    # owed through Constructiv. Holiday pay 2024: 18,000 x 1.08 x 15.38 % = 2,989.872 -> 2,989.87,
    # due 30 June 2025, through the construction holiday fund.
    months = [f"2024-{m:02d}" for m in range(1, 7)]
    w = _emp(worker("w1", start="2024-01-01", sector="be/pc-124", category="I",
                    hours=_month_blocks(months, "100")), agreed_hourly_rate="30.00")
    r = _run(catalogue, [w], as_of="2025-07-31")
    (fid,) = _heads(r, "fidelity_stamps_be")
    assert (fid.debtor, fid.due, fid.due_date) == ("fund", D("1620.00"), dt.date(2024, 10, 31))
    assert "Constructiv" in (fid.fund or "")
    (bad,) = _heads(r, "bad_weather_stamps_be")
    assert (bad.due, bad.due_date) == (D("360.00"), dt.date(2025, 4, 29))
    (hp,) = _heads(r, "holiday_pay_fund_be")
    assert (hp.due, hp.due_date) == (D("2989.87"), dt.date(2025, 6, 30))
    assert "construction" in (hp.fund or "")


def test_shipped_head_tables_have_what_the_methods_read(catalogue: Catalogue) -> None:
    """Every parameter the head methods read is in the shipped rate data (a missing one would
    only show when a case uses the head)."""
    need = {
        "be/holiday-pay-fund": ("percent", "gross_factor", "due_month", "due_day", "due_year_offset"),
        "be/double-holiday-pay": ("percent", "months_per_year", "due_month", "due_year_offset"),
        "be/exit-holiday-pay": ("percent",),
        "be/year-end-premium-pc-302": ("hours_multiplier", "tranche_presence_days", "max_tranches",
                                       "min_uninterrupted_months", "due_month", "due_day", "due_year_offset"),
        "be/year-end-premium-pc-121": ("percent", "min_days", "reference_start_month", "due_month",
                                       "due_year_offset"),
        "be/year-end-premium-pc-200": ("months_per_year", "min_seniority_months", "due_month", "due_year_offset"),
        "be/stamps-pc-124": ("fidelity_percent", "fidelity_reference_start_month", "fidelity_due_month",
                             "fidelity_due_year_offset", "bad_weather_percent", "bad_weather_due_month",
                             "bad_weather_due_day", "bad_weather_due_year_offset"),
        "be/notice": ("max_seniority_months",),
        "nl/holiday-allowance": ("percent", "year_start_month", "due_month", "due_year_offset"),
        "nl/holiday-allowance-fines": ("small_underpayment_threshold", "small_underpayment_fine"),
        "nl/statutory-increase": ("grace_working_days", "first_band_last_day", "first_band_percent_per_day",
                                  "later_percent_per_day", "cap_percent"),
    }
    for table, names in need.items():
        for v in catalogue.table(table).versions:
            if not v.gap:
                assert set(names) <= set(v.parameters), (table, v.start)
    assert catalogue.table("nl/statutory-increase").versions[-1].working_days


def test_whatif_compares_heads_by_debtor(catalogue: Catalogue) -> None:
    # Blue-collar, 1,000.00 arrears in March 2025. As of 31 May 2025 and as of 30 April 2025 the
    # fund owes the same 1,000.00 x 1.08 x 15.38 % = 166.10; the employer's wages are due on
    # 4 April 2025 in both, only the interest differs.
    from wage_remedy.whatif import what_if, whatif_to_json
    w = _emp(worker("w1", hours=_month_blocks(["2025-03"], "50")), agreed_hourly_rate="20.00",
             status="blue_collar")
    c = CaseFile.model_validate(case([w], as_of="2025-05-31"))
    out = whatif_to_json(what_if(c, catalogue, as_of=dt.date(2025, 4, 30)))
    deb = out["workers"][0]["debtors"]
    assert deb["fund"] == {"base": "166.10", "what_if": "166.10", "difference": "0.00"}
    assert deb["payable_now"]["base"] != deb["payable_now"]["what_if"]


def test_claim_check_names_other_heads(catalogue: Catalogue) -> None:
    # White-collar leaver: 12,000.00 wage arrears January-October 2025 and exit holiday pay
    # 15.34 % x 12,000.00 = 1,840.80. A claim of 13,840.80 over the range = wages + exit holiday
    # pay: the cause "heads-included" with 1,840.80; a claim of 12,000.00 gets the note that
    # 1,840.80 more is owed besides the wages.
    from wage_remedy.claims import check_claims
    months = [f"2025-{m:02d}" for m in range(1, 11)]
    w = _emp(worker("w1", start="2025-01-01", hours=_month_blocks(months, "60")),
             agreed_hourly_rate="20.00", status="white_collar", end="2025-10-31", end_reason="resignation")
    data = case([w], as_of="2025-10-31")
    data["claims"] = [{"worker": "w1", "date": "2025-10-31", "from": "2025-01-01", "to": "2025-10-31",
                       "total_unpaid": "13840.80"},
                      {"worker": "w1", "date": "2025-10-31", "from": "2025-01-01", "to": "2025-10-31",
                       "total_unpaid": "12000.00"}]
    rep = check_claims(CaseFile.model_validate(data), catalogue)
    row = rep.claims[0].rows[0]
    assert [c.code for c in row.causes] == ["heads-included"]
    assert row.causes[0].p["amount"] == D("1840.80") and row.causes[0].p["heads"] == "exit_holiday_pay_be"
    row = rep.claims[1].rows[0]
    assert any(n.code == "heads-not-claimed" and n.p["amount"] == D("1840.80") for n in row.notes)


# ---------------------------------------------------------------- review fixes (checker D2, D4)


def test_notice_pay_weekly_pay_is_the_monthly_minimum_x_3_13(catalogue: Catalogue) -> None:
    # National minimum only (no sector), white-collar, hired 15 September 2025, dismissed
    # 31 December 2025: 3 months 16 days' seniority -> row 3 = 3 weeks. Weekly pay = the monthly
    # minimum x 3/13 (docs/heads.md), rounded once: 3 x 2,111.89 x 3/13 = 19,007.01 / 13 =
    # 1,462.0777 -> 1,462.08. (The 4-decimal hourly rate x 38 would give 3 x 12.8252 x 38 =
    # 1,462.0728 -> 1,462.07: one cent short.)
    w = _emp(worker("w1", start="2025-09-15", hours=_month_blocks(["2025-10", "2025-11", "2025-12"], "100")),
             status="white_collar", end="2025-12-31", end_reason="dismissal")
    r = _run(catalogue, [w], as_of="2026-02-28")
    (h,) = _heads(r, "notice_pay_be")
    assert (h.due, h.due_date) == (D("1462.08"), dt.date(2025, 12, 31))
    # Hired 1 October 2025, dismissed 31 March 2026: 6 months -> row 6 = 6 weeks; the minimum on
    # the end date is 2,154.11: 6 x 2,154.11 x 3/13 = 38,773.98 / 13 = 2,982.6138 -> 2,982.61
    w = _emp(worker("w1", start="2025-10-01", hours=_month_blocks(["2026-01", "2026-02", "2026-03"], "100")),
             status="white_collar", end="2026-03-31", end_reason="dismissal")
    r = _run(catalogue, [w], as_of="2026-05-31")
    (h,) = _heads(r, "notice_pay_be")
    assert h.due == D("2982.61")
    # an agreed hourly rate that binds: hourly x the full-time week, 3 weeks x 20.00 x 38 = 2,280.00
    w = _emp(worker("w1", start="2025-09-15", hours=_month_blocks(["2025-10"], "100")),
             status="white_collar", end="2025-12-31", end_reason="dismissal", agreed_hourly_rate="20.00")
    r = _run(catalogue, [w], as_of="2026-02-28")
    assert _heads(r, "notice_pay_be")[0].due == D("2280.00")


def test_outdated_rate_only_for_head_tables_in_the_amounts(tmp_path: Path) -> None:
    # be/double-holiday-pay reviewed through 30 June 2025 (a copy of the rates). A white-collar
    # worker, hired 1 October 2025, dismissed 31 March 2026, as of 31 May 2026: no double holiday
    # pay head (the contract ended before its due date: the exit holiday pay covers the years),
    # so the table read for the dropped holiday years warns of nothing.
    import re
    import shutil

    from wage_remedy.law.catalogue import load_catalogue
    root = tmp_path / "rates"
    shutil.copytree(Path(__file__).resolve().parents[2] / "rates", root,
                    ignore=shutil.ignore_patterns("*.py", "*.md", "__pycache__"))
    path = root / "be" / "double-holiday-pay.yaml"
    path.write_text(re.sub(r'^reviewed_through: ".*"$', 'reviewed_through: "2025-06-30"',
                           path.read_text("utf-8"), flags=re.M), encoding="utf-8")
    cat = load_catalogue(root)
    pays = [{"date": f"{m}-28", "amount": "1900.00", "for": m} for m in ("2025-10", "2025-11", "2025-12")]
    w = _emp(worker("w1", start="2025-10-01", hours=_month_blocks(["2025-10", "2025-11", "2025-12"], "160"),
                    payments=pays), status="white_collar", end="2026-03-31", end_reason="dismissal")
    r = _run(cat, [w], as_of="2026-05-31")
    assert not _heads(r, "double_holiday_pay_be")
    assert "be/double-holiday-pay" not in {x.param("table") for x in r.warnings if x.code == "outdated-rate"}
    # Still employed: the double holiday pay of 2026 (service year 2025, read on 31 December
    # 2025, after 30 June 2025) is in the amounts -> the warning names the table.
    w = _emp(worker("w1", start="2025-10-01", hours=_month_blocks(["2025-10", "2025-11", "2025-12"], "160"),
                    payments=pays), status="white_collar")
    r = _run(cat, [w], as_of="2026-07-31")
    assert _heads(r, "double_holiday_pay_be")
    assert "be/double-holiday-pay" in {x.param("table") for x in r.warnings if x.code == "outdated-rate"}


def test_compensation_beside_the_fine_is_what_the_offence_is_about(catalogue: Catalogue) -> None:
    # White-collar, agreed 20.00/h, hired 15 September 2025, 100 h in December 2025 = 2,000.00,
    # nothing paid; dismissed on 31 December 2025 without notice. As of (and inspected on)
    # 6 January 2026, the wage's due date (4th working day: 2 Jan Fri, 3 Sat, 5 Mon, 6 Tue), so
    # the wage carries no interest yet.
    # - exit holiday pay 15.34 % x 2,000.00 = 306.80, due 31 December, no interest;
    # - notice pay: 3 months 16 days -> 3 weeks x 20.00 x 38 h = 2,280.00, due 31 December;
    #   art. 10 interest 1-6 January 2026 = 2,280.00 x 4.5 % x 6 / 365 = 1.6866 -> 1.69.
    # Compensation beside the fine (art. 162: wages and holiday pay, 3°): 2,000.00 + 306.80 =
    # 2,306.80; the payment order carries every employer head due: 2,306.80 + 2,280.00 + 1.69
    # = 4,588.49.
    w = _emp(worker("w1", start="2025-09-15", hours=_month_blocks(["2025-12"], "100")),
             agreed_hourly_rate="20.00", status="white_collar", end="2025-12-31", end_reason="dismissal")
    r = _run(catalogue, [w], as_of="2026-01-06")
    (notice,) = _heads(r, "notice_pay_be")
    assert (notice.due, notice.interest) == (D("2280.00"), D("1.69"))
    assert payable_total(r.worker("w1").heads, r.as_of).total == D("4588.49")
    s = r.sanctions
    assert s.workers_concerned == 1
    assert s.workers[0].owed_now == D("2306.80")
