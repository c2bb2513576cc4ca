"""PC 200: scale I during the first year of service in the company, scale II after it
(rates/be/pc-200.yaml ``after_service``; docs/method.md, step 3). Every expected figure is worked
out by hand in the comments: monthly x 3 / 13 / 38, rounded half-up to 4 decimals; a line is
hours x rate rounded half-up to the cent.

Figures read in the rate files:
  scale I  (be/pc-200)          2025 (derived):    A1 2200.93
                                2026 (unverified): A0 2242.81, B3 2376.61
  scale II (be/pc-200-scale-ii) 2026 (unverified): A1 2310.30, A2 2317.19, B4 2459.32 (no version
                                before 2026)
  national minimum: 2025 2111.89 (12.8252/h); 2026 2154.11, from April 2189.81, from July 2233.61
  (all below the sector figures used here).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.store import CaseError, parse_case_data
from wage_remedy.compute import compute
from wage_remedy.compute.rates import months_after, months_between
from wage_remedy.compute.result import Result
from wage_remedy.documents.heads_text import warning_heading, warning_text
from wage_remedy.law.catalogue import Catalogue

D = Decimal
CODE = "continuing-scale-missing"


def _run(catalogue: Catalogue, w: dict[str, Any], as_of: str, **emp: Any) -> Result:
    w["employment"].update(emp)
    return compute(parse_case_data(case([w], as_of=as_of)), catalogue)


def _lines(result: Result) -> list[tuple[str, str, str, str, str, str]]:
    """(period, hours, rate, amount, table, version) of every line of w1."""
    return [(p.period, str(D(ln.minutes) / 60), str(ln.rate), str(ln.amount), ln.rate_table,
             str(ln.rate_from)) for p in result.worker("w1").periods for ln in p.lines]


def _kept(result: Result) -> list[dict[str, str]]:
    return [dict(w.params) for w in result.warnings if w.code == CODE]


def _month(m: str, hours: str) -> list[dict[str, str]]:
    y, mo = (int(x) for x in m.split("-"))
    last = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)).day
    return [{"from": f"{m}-01", "to": f"{m}-{last:02d}", "hours": hours}]


def test_second_year_2026_is_on_scale_ii(catalogue: Catalogue) -> None:
    # The checker's case c25b: started 2025-01-01, class A, 0 recorded function years; March 2026
    # is in the second year of service (12 months complete on 2026-01-01), 1 function year.
    # Scale II A1 2310.30 x 3 = 6930.90 / 13 = 533.146154 / 38 = 14.030162 -> 14.0302 (scale I
    # would give 2249.57 -> 13.6614). 160 h x 14.0302 = 2244.832 -> 2244.83; paid 2000.00 ->
    # unpaid 244.83. Due date: Tue 31 Mar 2026 -> Wed 1 (1), Thu 2 (2), Fri 3 (3), Sat 4 Apr (4);
    # interest 5 - 30 April = 26 days: 244.83 x 0.045 x 26 / 365 = 0.784795 -> 0.78.
    w = worker("w1", start="2025-01-01", sector="be/pc-200", category="A", hours=_month("2026-03", "160"),
               payments=[{"date": "2026-03-31", "amount": "2000.00", "for": "2026-03", "method": "cash"}])
    r = _run(catalogue, w, "2026-04-30")
    assert _lines(r) == [("2026-03", "160", "14.0302", "2244.83", "be/pc-200-scale-ii", "2026-01-01")]
    (p,) = r.worker("w1").periods
    assert (p.due, p.unpaid, p.due_date, p.interest) == (D("2244.83"), D("244.83"), dt.date(2026, 4, 4), D("0.78"))
    assert p.lines[0].status == "unverified" and p.lines[0].binding == "sector"
    # the statement lists the table used, with its status warning; scale I is not used at all
    tables = {t for t, *_ in r.rate_versions}
    assert "be/pc-200-scale-ii" in tables and "be/pc-200" not in tables
    assert any(w.code == "unverified-rate" and w.param("table") == "be/pc-200-scale-ii" for w in r.warnings)
    assert not _kept(r)
    # white-collar double holiday pay 2027 on the March shortfall: 92 % x 244.83 x 1/12 =
    # 225.2436 / 12 = 18.7703 -> 18.77 (scale I gave 14.25)
    (dhp,) = [h for h in r.worker("w1").heads if h.head == "double_holiday_pay_be"]
    assert dhp.due == D("18.77")


def test_first_year_ending_mid_month_gives_two_lines(catalogue: Catalogue) -> None:
    # Started Mon 16 March 2025, class B, 3 recorded function years. The first year ends on Sun
    # 15 March 2026; from Mon 16 March 2026 (the first anniversary: 4 function years) scale II.
    # Shifts 09:00-17:00, 60 min break = 7 h, no overtime:
    #   Tue 10, Wed 11, Thu 12, Fri 13 March: 28 h on scale I B3 2376.61 x 3 = 7129.83 / 494 =
    #     14.432854 -> 14.4329; 28 x 14.4329 = 404.1212 -> 404.12
    #   Mon 16, Tue 17, Wed 18, Thu 19 March: 28 h on scale II B4 2459.32 x 3 = 7377.96 / 494 =
    #     14.935142 -> 14.9351; 28 x 14.9351 = 418.1828 -> 418.18
    # March due 404.12 + 418.18 = 822.30; paid 800.00 -> unpaid 22.30.
    days = ["2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13",
            "2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19"]
    shifts = [{"date": d, "start": "09:00", "end": "17:00", "break_minutes": 60} for d in days]
    w = worker("w1", start="2025-03-16", sector="be/pc-200", category="B", function_years=3, shifts=shifts,
               payments=[{"date": "2026-03-31", "amount": "800.00", "for": "2026-03", "method": "bank"}])
    r = _run(catalogue, w, "2026-03-31")
    assert sorted(_lines(r)) == [("2026-03", "28", "14.4329", "404.12", "be/pc-200", "2026-01-01"),
                                 ("2026-03", "28", "14.9351", "418.18", "be/pc-200-scale-ii", "2026-01-01")]
    (p,) = r.worker("w1").periods
    assert (p.due, p.paid, p.unpaid) == (D("822.30"), D("800.00"), D("22.30"))
    assert not _kept(r)


def test_past_one_year_in_2025_keeps_scale_i_with_a_warning(catalogue: Catalogue) -> None:
    # Started 2024-01-01, class A, 0 recorded function years: past one year of service from
    # 2025-01-01, but scale II has no version before 2026.
    #   March 2025 (1 function year): scale I A1 2025 2200.93 x 3 = 6602.79 / 494 = 13.365972 ->
    #     13.3660 (kept); 160 h x 13.3660 = 2138.56.
    #   January 2026 (2 function years): scale II A2 2317.19 x 3 = 6951.57 / 494 = 14.072004 ->
    #     14.0720; 160 h x 14.0720 = 2251.52.
    # The warning names the days kept: the hours block's days 1-31 March 2025, widened by the
    # 2025 year-end premium read on 31 December 2025 (still scale I): 2200.93 x 12/12 = 2200.93.
    w = worker("w1", start="2024-01-01", sector="be/pc-200", category="A",
               hours=_month("2025-03", "160") + _month("2026-01", "160"))
    r = _run(catalogue, w, "2026-02-28")
    assert _lines(r) == [("2025-03", "160", "13.3660", "2138.56", "be/pc-200", "2025-01-01"),
                         ("2026-01", "160", "14.0720", "2251.52", "be/pc-200-scale-ii", "2026-01-01")]
    assert _kept(r) == [{"name": "Worker w1", "sector": "be/pc-200", "table": "be/pc-200-scale-ii",
                         "months": "12", "start": "2025-03-01", "end": "2025-12-31", "date": "2026-01-01"}]
    (yep,) = [h for h in r.worker("w1").heads if h.head == "year_end_premium" and h.start.year == 2025]
    assert yep.due == D("2200.93") and dict(yep.basis_params)["table"] == "be/pc-200"


def test_kept_warning_covers_only_worked_days_without_heads(catalogue: Catalogue) -> None:
    # The checker's case c25: started 2024-01-01, March 2025 only, as of 30 April 2025 (no
    # year-end premium yet): 160 h x 13.3660 = 2138.56 on scale I, kept from 1 to 31 March.
    w = worker("w1", start="2024-01-01", sector="be/pc-200", category="A", hours=_month("2025-03", "160"))
    r = _run(catalogue, w, "2025-04-30")
    assert _lines(r) == [("2025-03", "160", "13.3660", "2138.56", "be/pc-200", "2025-01-01")]
    [kept] = _kept(r)
    assert (kept["start"], kept["end"]) == ("2025-03-01", "2025-03-31")
    # worded for the app and the documents, tables by title
    fr = warning_text(CODE, kept, "fr", date=lambda d: f"{d.day}/{d.month}/{d.year}")
    assert fr == ("Worker w1 : du 1/3/2025 au 31/3/2025, le barème applicable après 12 mois de service "
                  "dans l'entreprise (CP 200 commission paritaire auxiliaire pour employés : salaires "
                  "mensuels minimums, barème II (après un an de service dans l'entreprise)) n'a pas de "
                  "montants dans les données de taux (ils commencent le 1/1/2026) ; le barème précédent "
                  "(CP 200 commission paritaire auxiliaire pour employés : salaires mensuels minimums, "
                  "barème I (première année dans l'entreprise)) a été appliqué et les montants peuvent "
                  "être trop bas.")
    assert warning_text(CODE, kept, "en") == (
        "Worker w1: from 2025-03-01 to 2025-03-31 the scale that applies after 12 months of service in "
        "the undertaking (JC 200 white-collar workers: monthly minimum salaries, scale II (after one year "
        "of service)) has no figures in the rate data (they start on 2026-01-01); the earlier scale (JC "
        "200 white-collar workers: monthly minimum salaries, scale I (first year in the company)) was "
        "used and the amounts may be too low.")
    for lang in ("nl", "de"):
        text = warning_text(CODE, kept, lang)
        assert text is not None and "2025-03-01" in text and "2025-03-31" in text and "2026-01-01" in text
    assert warning_heading(CODE, "nl") == "Barema na de eerste maanden dienst ontbreekt in de gegevens"


def test_first_year_unchanged(catalogue: Catalogue) -> None:
    # Started 2025-06-01: March 2026 is month 10 of the first year, 0 function years -> scale I
    # A0 2026 2242.81 x 3 = 6728.43 / 494 = 13.620304 -> 13.6203; 160 h -> 2179.248 -> 2179.25.
    w = worker("w1", start="2025-06-01", sector="be/pc-200", category="A", hours=_month("2026-03", "160"))
    r = _run(catalogue, w, "2026-04-30")
    assert _lines(r) == [("2026-03", "160", "13.6203", "2179.25", "be/pc-200", "2026-01-01")]
    assert not _kept(r)


def test_year_end_premium_and_notice_on_scale_ii(catalogue: Catalogue) -> None:
    # Started 2025-01-01, class A; dismissed 31 October 2026 (end_reason dismissal), October 2026
    # worked (160 h). On 31 October 2026: second year of service, 1 function year -> scale II A1
    # 2310.30 a month.
    #   Year-end premium 2026 (leaver, dismissed): 10 complete months (Jan-Oct) x 2310.30 / 12 =
    #     23103.00 / 12 = 1925.25.
    #   Notice: months_between(2025-01-01, 2026-11-01) = 22 months -> row 21 of be/notice = 11
    #     weeks; 11 x 2310.30 x 3 / 13 = 76239.90 / 13 = 5864.6077 -> 5864.61.
    w = worker("w1", start="2025-01-01", sector="be/pc-200", category="A", hours=_month("2026-10", "160"))
    r = _run(catalogue, w, "2026-12-31", end="2026-10-31", end_reason="dismissal")
    heads = {h.head: h for h in r.worker("w1").heads}
    yep, notice = heads["year_end_premium"], heads["notice_pay_be"]
    assert yep.due == D("1925.25")
    assert (dict(yep.basis_params)["table"], dict(yep.basis_params)["monthly"]) == ("be/pc-200-scale-ii", "2310.30")
    assert notice.due == D("5864.61") and dict(notice.basis_params)["table"] == "be/pc-200-scale-ii"
    assert not _kept(r)


def test_case_naming_scale_ii_is_computed_on_it(catalogue: Catalogue) -> None:
    # The checker's case c25d: the case names be/pc-200-scale-ii itself (no rule of its own):
    # the same 14.0302 x 160 h = 2244.83 as through be/pc-200's rule.
    w = worker("w1", start="2025-01-01", sector="be/pc-200-scale-ii", category="A", hours=_month("2026-03", "160"))
    r = _run(catalogue, w, "2026-04-30")
    assert _lines(r) == [("2026-03", "160", "14.0302", "2244.83", "be/pc-200-scale-ii", "2026-01-01")]


def test_missing_continuing_table_is_a_case_problem(catalogue: Catalogue) -> None:
    tables = {k: v for k, v in catalogue.tables.items() if k != "be/pc-200-scale-ii"}
    w = worker("w1", start="2025-01-01", sector="be/pc-200", category="A", hours=_month("2026-03", "160"))
    with pytest.raises(CaseError) as err:
        compute(parse_case_data(case([w], as_of="2026-04-30")), Catalogue(tables, catalogue.root))
    assert "be/pc-200-scale-ii" in str(err.value)


@pytest.mark.parametrize(("start", "months", "expected"), [
    ("2025-01-01", 12, "2026-01-01"),
    ("2025-03-16", 12, "2026-03-16"),
    ("2024-02-29", 12, "2025-03-01"),  # no 29 February in 2025: from 1 March
    ("2025-01-31", 1, "2025-03-01"),   # no 31 February: from 1 March
    ("2025-03-31", 8, "2025-12-01"),   # no 31 November: from 1 December
    ("2025-03-31", 9, "2025-12-31"),
])
def test_months_after(start: str, months: int, expected: str) -> None:
    s = dt.date.fromisoformat(start)
    day = months_after(s, months)
    assert day == dt.date.fromisoformat(expected)
    # the first day on which whole months of service reach ``months``
    assert months_between(s, day) >= months > months_between(s, day - dt.timedelta(days=1))
