"""Claim check: claimed vs computed per period, the difference and its likely cause.

Every expected figure is worked out by hand below from the PC 302 scale of 2025-01-01
(rates/be/pc-302.yaml): category I and II year 0 = 14.8839 €/h, category III year 0 = 14.9700 €/h;
overtime beyond 40 h a week at +50 % (rates/be/working-time.yaml); legal interest 4.5 % in 2025
(rates/be/legal-interest.yaml). A line's amount is hours × rate × (1 + premium), rounded once
to the cent. Weeks are chosen without Sundays, public holidays or night hours, so no flat
premium applies.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.store import CaseError, parse_case_data
from wage_remedy.claims import check_claims, claims_text, claims_to_json
from wage_remedy.cli import main
from wage_remedy.law.catalogue import Catalogue

D = Decimal


def week(monday_day: int, month: int, start: str = "09:00", end: str = "17:00") -> list[dict[str, Any]]:
    """Five shifts Monday to Friday of one week of 2025."""
    return [{"date": f"2025-{month:02d}-{monday_day + i:02d}", "start": start, "end": end,
             "break_minutes": 0} for i in range(5)]


def build(claims: list[dict[str, Any]], *, category: str = "II", shifts: list[dict[str, Any]],
          payments: list[dict[str, Any]] | None = None) -> Any:
    w = worker("w1", birth="1990-01-01", start="2025-01-01", sector="be/pc-302", category=category,
               shifts=shifts, payments=payments)
    data = case([w])
    data["claims"] = claims
    return parse_case_data(data)


# March 2025: Monday 3 to Friday 7, 08:00-18:00 = 50 h: 40 h normal, 10 h overtime (+50 %).
MARCH_OT = week(3, 3, "08:00", "18:00")
NORMAL_II = D("595.36")     # 40 x 14.8839 = 595.356
OVERTIME_II = D("223.26")   # 10 x 14.8839 x 1.5 = 223.2585
DUE_II = NORMAL_II + OVERTIME_II  # 818.62
CASH = [{"date": "2025-03-31", "amount": "500.00", "for": "2025-03", "method": "cash"}]
UNPAID_II = DUE_II - D("500.00")  # 318.62


def claim(periods: list[dict[str, str]], **kw: Any) -> dict[str, Any]:
    return {"worker": "w1", "by": "Union", "date": "2025-06-30", "periods": periods, **kw}


def test_claim_that_matches_to_the_cent(catalogue: Catalogue) -> None:
    c = build([claim([{"period": "2025-03", "due": "818.62", "paid": "500.00", "unpaid": "318.62"}])],
              shifts=MARCH_OT, payments=CASH)
    report = check_claims(c, catalogue)
    rows = report.claims[0].rows
    assert [(r.field, r.claimed, r.computed, r.difference) for r in rows] == [
        ("due", DUE_II, DUE_II, D(0)), ("paid", D("500.00"), D("500.00"), D(0)),
        ("unpaid", UNPAID_II, UNPAID_II, D(0))]
    assert all(r.agrees and not r.causes for r in rows)
    assert (report.agree, report.disagree, report.difference) == (3, 0, D(0))


def test_claim_that_forgot_the_overtime_premium(catalogue: Catalogue) -> None:
    # The claimant paid the 50 h at the plain rate: 50 x 14.8839 = 744.195 -> 744.20.
    c = build([claim([{"period": "2025-03", "due": "744.20"}])], shifts=MARCH_OT)
    row = check_claims(c, catalogue).claims[0].rows[0]
    premium = D("74.42")  # 10 h x 14.8839 x 50 % = 74.4195
    assert row.difference == -premium
    assert [x.code for x in row.causes] == ["overtime-premium"]
    p = row.causes[0].p
    assert (p["amount"], p["hours"], p["rate"], p["premium"]) == (premium, D(10), D("14.8839"), D(50))
    assert "overtime premium not counted" in row.causes[0].text


def test_claim_made_at_a_lower_category(catalogue: Catalogue) -> None:
    # Worker in category III: 40 h x 14.9700 = 598.80. Claimed at category I: 40 x 14.8839 =
    # 595.356 -> 595.36, i.e. 40 h x (14.9700 - 14.8839) = 3.444 -> 3.44 less.
    c = build([claim([{"period": "2025-03", "due": "595.36"}])], category="III", shifts=week(3, 3))
    row = check_claims(c, catalogue).claims[0].rows[0]
    assert row.computed == D("598.80")
    assert row.difference == D("-3.44")
    assert [x.code for x in row.causes] == ["rate-category"]
    p = row.causes[0].p
    assert p["category"] == "I, II"  # I and II carry the same amounts
    assert (p["rate"], p["own_category"], p["own_rate"], p["years"]) == (
        D("14.8839"), "III", D("14.9700"), "0")
    assert p["premiums"] is True


def test_claim_that_ignores_a_cash_payment(catalogue: Catalogue) -> None:
    c = build([claim([{"period": "2025-03", "paid": "0.00", "unpaid": "818.62"}])],
              shifts=MARCH_OT, payments=CASH)
    paid, unpaid = check_claims(c, catalogue).claims[0].rows
    assert (paid.difference, unpaid.difference) == (D("-500.00"), D("500.00"))
    for row in (paid, unpaid):
        assert [x.code for x in row.causes] == ["payment"]
        assert row.causes[0].p["payments"] == ((row.causes[0].p["payments"][0][0], D("500.00"), "cash"),)
        assert "500.00 in cash on 2025-03-31" in row.causes[0].text


def test_payment_the_computation_counts_in_the_next_month(catalogue: Catalogue) -> None:
    # 100.00 paid on 4 April without a period counts for April; the employer counts it for March.
    pays = [{"date": "2025-03-31", "amount": "200.00", "method": "bank"},
            {"date": "2025-04-04", "amount": "100.00", "method": "cash"}]
    c = build([claim([{"period": "2025-03", "paid": "300.00"}])],
              shifts=week(3, 3) + week(7, 4), payments=pays)
    row = check_claims(c, catalogue).claims[0].rows[0]
    assert row.difference == D("100.00")
    assert [(x.code, x.p["period"], x.p["amount"]) for x in row.causes] == [
        ("payment-elsewhere", "2025-04", D("100.00"))]


def test_interest_added_to_the_claim_and_interest_not_claimed(catalogue: Catalogue) -> None:
    # March is due on the 4th working day after 31 March: Friday 4 April. Interest from 5 April
    # to 30 June inclusive = 26 + 31 + 30 = 87 days: 318.62 x 4.5 % x 87 / 365 = 3.41752 -> 3.42.
    c = build([claim([{"period": "2025-03", "unpaid": "322.04"}]),
               claim([{"period": "2025-03", "unpaid": "318.62"}])], shifts=MARCH_OT, payments=CASH)
    with_interest, plain = check_claims(c, catalogue).claims
    row = with_interest.rows[0]
    assert row.difference == D("3.42")
    assert [(x.code, x.p["amount"]) for x in row.causes] == [("interest-included", D("3.42"))]
    ok = plain.rows[0]
    assert ok.agrees and not ok.causes
    assert [(x.code, x.p["amount"]) for x in ok.notes] == [("interest-not-claimed", D("3.42"))]


def test_total_over_a_date_range_is_split_over_the_months(catalogue: Catalogue) -> None:
    # Three weeks of 40 h at 14.8839: due 595.36 in March, April and May.
    # Paid 300.00 in March, 595.36 in April, nothing in May: unpaid 295.36, 0.00, 595.36.
    pays = [{"date": "2025-03-31", "amount": "300.00", "method": "cash"},
            {"date": "2025-04-30", "amount": "595.36", "method": "bank"}]
    shifts = week(3, 3) + week(7, 4) + week(5, 5)
    c = build([
        {"worker": "w1", "by": "Lawyer", "date": "2025-06-30", "from": "2025-03-01",
         "to": "2025-05-31", "total_unpaid": "890.72"},
        # the same total ignoring the 300.00 cash payment of March
        {"worker": "w1", "by": "Lawyer", "date": "2025-06-30", "from": "2025-03-01",
         "to": "2025-05-31", "total_unpaid": "1190.72"},
        # a range that starts in mid-March: March is counted in full, with a note
        {"worker": "w1", "by": "Lawyer", "date": "2025-06-30", "from": "2025-03-15",
         "to": "2025-04-30", "total_unpaid": "295.36"},
    ], shifts=shifts, payments=pays)
    agree, ignores, partial = check_claims(c, catalogue).claims
    row = agree.rows[0]
    assert (row.period, row.field, row.claimed, row.computed) == (
        "2025-03-01/2025-05-31", "total_unpaid", D("890.72"), D("890.72"))
    assert [(s.period, s.computed) for s in row.covers] == [
        ("2025-03", D("295.36")), ("2025-04", D("0.00")), ("2025-05", D("595.36"))]
    assert row.agrees
    wrong = ignores.rows[0]
    assert wrong.difference == D("300.00")
    assert [(x.code, x.p["amount"]) for x in wrong.causes] == [("payment", D("300.00"))]
    p = partial.rows[0]
    assert [s.period for s in p.covers] == ["2025-03", "2025-04"]
    assert p.agrees
    assert [n.p["period"] for n in p.notes if n.code == "partial-period"] == ["2025-03"]


def test_a_period_without_work(catalogue: Catalogue) -> None:
    c = build([claim([{"period": "2025-02", "unpaid": "100.00"}])], shifts=week(3, 3))
    row = check_claims(c, catalogue).claims[0].rows[0]
    assert (row.computed, row.difference) == (D(0), D("100.00"))
    assert [x.code for x in row.causes] == ["no-work"]


def test_unexplained_difference_names_no_cause(catalogue: Catalogue) -> None:
    c = build([claim([{"period": "2025-03", "due": "600.01"}])], shifts=week(3, 3))
    row = check_claims(c, catalogue).claims[0].rows[0]
    assert row.difference == D("4.65")  # 600.01 - 595.36
    assert row.causes == ()
    assert "cause: not found" in claims_text(check_claims(c, catalogue))


def test_bad_claims_are_reported_with_their_path(catalogue: Catalogue) -> None:
    c = build([
        {"worker": "w9", "by": "", "date": "2025-06-30", "periods": [{"period": "2025-03", "due": "1.00"}]},
        claim([{"period": "2025-13", "due": "1.00"}, {"period": "2025-W10", "due": "1.00"}]),
        {"worker": "w1", "by": "", "date": "2025-06-30", "from": "2025-05-01", "to": "2025-03-01",
         "total_unpaid": "1.00"},
    ], shifts=week(3, 3))
    with pytest.raises(CaseError) as err:
        check_claims(c, catalogue)
    paths = [p.path for p in err.value.problems]
    assert paths == ["claims[0].worker", "claims[1].periods[0].period", "claims[1].periods[1].period",
                     "claims[2].to"]
    assert "w1" in err.value.problems[0].message  # names the known workers


def test_json_and_text_output(catalogue: Catalogue) -> None:
    c = build([claim([{"period": "2025-03", "due": "744.20", "unpaid": "318.62"}])],
              shifts=MARCH_OT, payments=CASH)
    report = check_claims(c, catalogue)
    data = claims_to_json(report)
    rows = data["claims"][0]["periods"]
    assert [{k: r[k] for k in ("period", "field", "claimed", "computed", "difference")} for r in rows] == [
        {"period": "2025-03", "field": "due", "claimed": "744.20", "computed": "818.62",
         "difference": "-74.42"},
        {"period": "2025-03", "field": "unpaid", "claimed": "318.62", "computed": "318.62",
         "difference": "0.00"}]
    assert rows[0]["causes"][0]["code"] == "overtime-premium"
    assert rows[0]["causes"][0]["amount"] == "74.42"
    assert rows[1]["causes"] == []
    assert data["totals"] == {"rows": 2, "agree": 1, "disagree": 1, "difference": "-74.42"}
    assert data["verification_code"] == report.result.verification_code
    text = claims_text(report)
    assert "744.20" in text and "-74.42" in text and "agrees" in text


def test_cli_check_json(catalogue: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    c = build([claim([{"period": "2025-03", "due": "818.62"}])], shifts=MARCH_OT)
    path = tmp_path / "case.json"
    path.write_text(c.model_dump_json(by_alias=True, exclude_none=True), encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["claims"][0]["periods"][0]["difference"] == "0.00"
    bad = json.loads(path.read_text(encoding="utf-8"))
    bad["claims"][0]["worker"] = "nobody"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "claims[0].worker" in capsys.readouterr().err


def test_claim_that_forgot_the_flat_sunday_premium(catalogue: Catalogue) -> None:
    # Sunday 9 March 2025, 09:00-13:00: 4 h x 14.8839 = 59.5356 -> 59.54, plus the PC 302
    # Sunday premium 4 h x 2.00 = 8.00 (under its 12.00 daily cap): due 67.54.
    sunday = [{"date": "2025-03-09", "start": "09:00", "end": "13:00", "break_minutes": 0}]
    c = build([claim([{"period": "2025-03", "due": "59.54"}])], shifts=sunday)
    row = check_claims(c, catalogue).claims[0].rows[0]
    assert (row.computed, row.difference) == (D("67.54"), D("-8.00"))
    assert [(x.code, x.p["amount"], x.p["premium_id"]) for x in row.causes] == [
        ("flat-premium", D("8.00"), "sunday-holiday")]


def test_claim_that_ignores_the_student_rate_names_the_student_rate(catalogue: Catalogue) -> None:
    # A student aged 19 in category II, PC 302 2025: 90 % of 14.8839 = 13.39551 -> 13.3955 €/h
    # (the national student minimum, 85 % of 2111.89 = 1795.11 -> x 3/13/38 = 10.9015, is lower).
    # 40 h (no overtime): 40 x 13.3955 = 535.82. The claim prices the hours at the adult rate of
    # the worker's own category: 40 x 14.8839 = 595.356 -> 595.36 (59.54 more).
    w = worker("w1", birth="2005-06-01", start="2025-01-01", sector="be/pc-302", category="II",
               student=True, shifts=week(3, 3))
    data = case([w])
    data["claims"] = [claim([{"period": "2025-03", "due": "595.36"}])]
    row = check_claims(parse_case_data(data), catalogue).claims[0].rows[0]
    assert row.computed == D("535.82") and row.difference == D("59.54")
    # the cause is the student rate, not "another category" (category I/II priced at the plain
    # scale used to match the claim and was named instead)
    assert [x.code for x in row.causes] == ["rate-age"]
    p = row.causes[0].p
    assert (p["which"], p["rate"], p["own_rate"]) == ("student", D("14.8839"), D("13.3955"))
    assert "student rate not applied" in row.causes[0].text
