"""Fines (docs/method.md, Fines), every expected figure worked out by hand from rates/be/sanctions.yaml and
rates/nl/fines.yaml (base amounts x surcharge x workers; NL policy table)."""

from __future__ import annotations

from decimal import Decimal as D

from tests.core.factories import case, worker
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.law.catalogue import Catalogue


def _be_case(n: int, day: str, *, aggravation: bool = False, offences: int = 2) -> dict:
    """n workers, each one unpaid 8-hour weekday shift on ``day`` (national minimum; PC 302
    category I when the aggravated variant is asked for, as it concerns the sector minimum)."""
    sector = {"sector": "be/pc-302", "category": "I", "start": "2020-01-01"} if aggravation else {}
    ws = [worker(f"w{i}", shifts=[{"date": day, "start": "08:00", "end": "16:00", "break_minutes": 0}],
                 **sector)  # type: ignore[arg-type]
          for i in range(n)]
    listed = ["art. 138 (working time limits)", "art. 141 (weekly rest)", "art. 142 (public holidays)"]
    # inspection (= as-of) on the 28th of the NEXT month: the period of ``day`` is then overdue
    # (its 4th working day falls between the 4th and the 8th of that month), so it is an offence.
    y, m = int(day[:4]), int(day[5:7]) + 1
    y, m = (y + 1, 1) if m == 13 else (y, m)
    return case(ws, as_of=f"{y:04d}-{m:02d}-28",
                settings={"pay_period": "month", "aggravation": aggravation,
                          "aggravation_offences": listed[:offences]})


def _sanctions(data: dict, catalogue: Catalogue):
    return compute(parse_case_data(data), catalogue).sanctions


def test_one_worker_level_2_before_july_2024(catalogue: Catalogue) -> None:
    s = _sanctions(_be_case(1, "2024-03-05"), catalogue)
    # level 2: admin 25-250, criminal 50-500, x 8 (offences from 2017)
    assert s.level == 2 and not s.aggravated
    assert (s.admin_total.min, s.admin_total.max) == (D(200), D(2000))
    assert (s.criminal_total.min, s.criminal_total.max) == (D(400), D(4000))


def test_twelve_workers_level_3_after_july_2024(catalogue: Catalogue) -> None:
    s = _sanctions(_be_case(12, "2025-03-04"), catalogue)
    # level 3 (from 2024-07-01): admin 100-1000 x 8 = 800-8000 per worker, x 12 = 9600-96000
    assert s.level == 3 and s.workers_concerned == 12
    assert (s.admin_per_worker.min, s.admin_per_worker.max) == (D(800), D(8000))
    assert (s.admin_total.min, s.admin_total.max) == (D(9600), D(96000))
    # criminal 200-2000 x 8 = 1600-16000, x 12 = 19200-192000
    assert (s.criminal_total.min, s.criminal_total.max) == (D(19200), D(192000))


def test_twelve_workers_level_2_before_july_2024(catalogue: Catalogue) -> None:
    s = _sanctions(_be_case(12, "2023-10-03"), catalogue)
    assert (s.admin_total.min, s.admin_total.max) == (D(2400), D(24000))  # 200-2000 x 12
    assert (s.criminal_total.min, s.criminal_total.max) == (D(4800), D(48000))


def test_hundred_worker_cap(catalogue: Catalogue) -> None:
    s = _sanctions(_be_case(101, "2025-03-04"), catalogue)
    assert s.workers_concerned == 101 and s.counted_workers == 100
    assert (s.admin_total.min, s.admin_total.max) == (D(80000), D(800000))  # 800-8000 x 100
    assert (s.criminal_total.min, s.criminal_total.max) == (D(160000), D(1600000))


def test_aggravated_before_july_2024_is_level_2_times_12(catalogue: Catalogue) -> None:
    s = _sanctions(_be_case(1, "2023-10-03", aggravation=True), catalogue)
    assert s.aggravated and s.level == 2
    # 25 x 12 x 8 = 2400 ; 250 x 12 x 8 = 24000 ; criminal 50/500 x 96 = 4800/48000
    assert (s.admin_total.min, s.admin_total.max) == (D(2400), D(24000))
    assert (s.criminal_total.min, s.criminal_total.max) == (D(4800), D(48000))


def test_aggravated_after_july_2024_is_level_4(catalogue: Catalogue) -> None:
    s = _sanctions(_be_case(1, "2025-03-04", aggravation=True), catalogue)
    assert s.aggravated and s.level == 4
    # level 4 (2024): admin 300-3500 x 8 = 2400-28000 ; criminal 600-7000 x 8 = 4800-56000
    assert (s.admin_total.min, s.admin_total.max) == (D(2400), D(28000))
    assert (s.criminal_total.min, s.criminal_total.max) == (D(4800), D(56000))
    assert (s.prison_months.min, s.prison_months.max) == (D(6), D(36))


def test_underpayment_spanning_july_2024_uses_the_later_regime(catalogue: Catalogue) -> None:
    shifts = [{"date": "2024-06-25", "start": "08:00", "end": "16:00", "break_minutes": 0},
              {"date": "2024-07-02", "start": "08:00", "end": "16:00", "break_minutes": 0}]
    s = _sanctions(case([worker("w1", shifts=shifts)], as_of="2024-08-30"), catalogue)
    assert s.offence_from == "2024-06" and s.offence_to == "2024-07"
    # July 2024 ends Wed 31 Jul; Thu 1 (1), Fri 2 (2), Sat 3 (3), Mon 5 Aug (4): due 2024-08-05
    assert s.regime_date.isoformat() == "2024-08-05" and s.level == 3


def test_june_2024_falls_due_in_july_under_the_post_reform_level(catalogue: Catalogue) -> None:
    # June 2024 ends Sun 30 Jun; working days Mon-Sat: Mon 1 (1), Tue 2 (2), Wed 3 (3), Thu 4 Jul (4)
    # -> due 2024-07-04, after the reform of 1 July 2024: level 3 (not level 2, in force on 30 June).
    # Level 3 (2024): admin 100-1000 x 8 = 800-8000; criminal 200-2000 x 8 = 1600-16000.
    shifts = [{"date": "2024-06-25", "start": "08:00", "end": "16:00", "break_minutes": 0}]
    s = _sanctions(case([worker("w1", shifts=shifts)], as_of="2024-07-31"), catalogue)
    assert s.offence_from == s.offence_to == "2024-06"
    assert s.regime_date.isoformat() == "2024-07-04" and s.level == 3
    assert (s.admin_total.min, s.admin_total.max) == (D(800), D(8000))
    assert (s.criminal_total.min, s.criminal_total.max) == (D(1600), D(16000))


def test_period_not_yet_due_on_the_inspection_date_is_owed_but_no_offence(catalogue: Catalogue) -> None:
    # Inspection Fri 3 Oct 2025. September 2025 ends Tue 30 Sep; Wed 1 (1), Thu 2 (2), Fri 3 (3),
    # Sat 4 Oct (4): due 2025-10-04, after the inspection -> owed, no offence.
    # August 2025 ends Sun 31 Aug; Mon 1 (1), Tue 2 (2), Wed 3 (3), Thu 4 Sep (4): due 2025-09-04
    # -> overdue and unpaid on 3 Oct -> offence. Regime on 2025-09-04: level 3, admin 800-8000.
    sep = [{"date": "2025-09-09", "start": "08:00", "end": "16:00", "break_minutes": 0}]
    aug = [{"date": "2025-08-12", "start": "08:00", "end": "16:00", "break_minutes": 0}]
    only_sep = _sanctions(case([worker("w1", shifts=sep)], as_of="2025-10-03"), catalogue)
    assert only_sep.workers_concerned == 0 and only_sep.admin_total is None
    assert only_sep.workers[0].unpaid > 0 and only_sep.workers[0].fine is None  # still owed
    assert any("2025-09" in n and "not yet due" in n for n in only_sep.notes)
    both = _sanctions(case([worker("w1", shifts=aug + sep)], as_of="2025-10-03"), catalogue)
    assert both.workers_concerned == 1
    assert both.offence_from == both.offence_to == "2025-08"
    assert both.regime_date.isoformat() == "2025-09-04" and both.level == 3
    assert (both.admin_total.min, both.admin_total.max) == (D(800), D(8000))


def test_paid_before_the_inspection_is_no_offence(catalogue: Catalogue) -> None:
    # August 2025 due Thu 4 Sep (above); paid in full (8 h x 12.8252 = 102.6016 -> 102.60) on
    # 10 Sep, late but before the inspection of 3 Oct: not unpaid on the inspection date.
    aug = [{"date": "2025-08-12", "start": "08:00", "end": "16:00", "break_minutes": 0}]
    w = worker("w1", shifts=aug, payments=[{"date": "2025-09-10", "amount": "102.60", "for": "2025-08", "method": "cash"}])
    s = _sanctions(case([w], as_of="2025-10-03"), catalogue)
    assert s.workers_concerned == 0 and s.level is None


def test_paid_in_full_after_the_inspection_is_still_an_offence(catalogue: Catalogue) -> None:
    # August 2025 due Thu 4 Sep 2025; unpaid on the inspection of Fri 3 Oct 2025; paid in full
    # (8 h x 12.8252 = 102.6016 -> 102.60) on 15 Oct, before the as-of date of 31 Oct. Nothing is
    # owed at as-of, but the wage was overdue and unpaid on the inspection date: one worker
    # concerned, offence 2025-08, post-reform level 3 (due date after 1 July 2024): 800-8000.
    aug = [{"date": "2025-08-12", "start": "08:00", "end": "16:00", "break_minutes": 0}]
    w = worker("w1", shifts=aug, payments=[{"date": "2025-10-15", "amount": "102.60", "for": "2025-08", "method": "cash"}])
    data = case([w], as_of="2025-10-31")
    data["inspection"]["date"] = "2025-10-03"
    s = _sanctions(data, catalogue)
    assert s.workers_concerned == 1 and s.offence_from == s.offence_to == "2025-08"
    assert s.level == 3 and (s.admin_total.min, s.admin_total.max) == (D(800), D(8000))


def test_art21_wording_never_promises_more_than_the_inspector_may_decide(catalogue: Catalogue) -> None:
    aug = [{"date": "2025-08-12", "start": "08:00", "end": "16:00", "break_minutes": 0}]
    data = case([worker("w1", shifts=aug)], as_of="2025-10-03",
                settings={"pay_period": "month", "regularisation_deadline": "2025-10-31"})
    s = _sanctions(data, catalogue)
    assert any("if paid by 2025-10-31, the inspector may decide not to draw up a report" in n
               for n in s.notes)
    text = " ".join(s.basis("en")).lower()
    assert "may decide not to draw up a report" in text
    assert "takes into account" not in text and "take into account" not in text


def test_no_underpayment_no_fine(catalogue: Catalogue) -> None:
    # 8 h x 12.8252 (GGMMI 2111.89 x 3/13/38) = 102.6016 -> 102.60, paid in full
    w = worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00", "break_minutes": 0}],
               payments=[{"date": "2025-03-31", "amount": "102.60", "method": "cash"}])
    s = _sanctions(case([w]), catalogue)
    assert s.workers_concerned == 0 and s.admin_total is None and s.nl_total is None


# ------------------------------------------------------------------ Netherlands (WML 2025: 14.06/h at 21+)
def _nl_case(months: list[str], hours: str, paid: str) -> dict:
    blocks, pays = [], []
    for m in months:
        last = {"02": "28", "04": "30", "06": "30"}.get(m[5:], "31")
        blocks.append({"from": f"{m}-01", "to": f"{m}-{last}", "hours": hours})
        pays.append({"date": f"{m}-{last}", "amount": paid, "for": m, "method": "bank"})
    return case([worker("w1", hours=blocks, payments=pays)], jurisdiction="NL", as_of="2025-12-31")


def _nl_fine(data: dict, catalogue: Catalogue) -> D:
    s = _sanctions(data, catalogue)
    return s.workers[0].fine.min


def test_nl_12_percent_for_4_months_is_3000(catalogue: Catalogue) -> None:
    # 100 h x 14.06 = 1406.00 due a month; paid 88 % = 1237.28 -> 12 % underpaid, 4 months
    s = _sanctions(_nl_case(["2025-02", "2025-03", "2025-04", "2025-05"], "100", "1237.28"), catalogue)
    assert s.workers[0].fine.min == D(3000) and s.nl_total == D(3000)


def test_nl_boundaries(catalogue: Catalogue) -> None:
    # exactly 5 % (paid 1335.70 of 1406.00) for exactly 1 month: row 5-<10 %, column <= 1 month
    assert _nl_fine(_nl_case(["2025-03"], "100", "1335.70"), catalogue) == D(750)
    # exactly 10 % (paid 1265.40) for exactly 3 months: row 10-<25 %, column 3-<6 months
    assert _nl_fine(_nl_case(["2025-03", "2025-04", "2025-05"], "100", "1265.40"), catalogue) == D(3000)
    # exactly 25 % (paid 1054.50) for exactly 6 months: row 25-<50 %, column >= 6 months
    six = ["2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07"]
    assert _nl_fine(_nl_case(six, "100", "1054.50"), catalogue) == D(7000)
    # exactly 50 % (paid 703.00) for 2 months: row >= 50 %, column > 1 - < 3 months
    assert _nl_fine(_nl_case(["2025-03", "2025-04"], "100", "703.00"), catalogue) == D(4500)
    # 4.99 % just below 5 % for 1 month: 500
    assert _nl_fine(_nl_case(["2025-03"], "100", "1335.84"), catalogue) == D(500)


def test_nl_under_50_euro_rule(catalogue: Catalogue) -> None:
    # 10 h x 14.06 = 140.60 due, 100.60 paid: 40.00 unpaid (28 %, which alone would be 2000) -> 500
    assert _nl_fine(_nl_case(["2025-03"], "10", "100.60"), catalogue) == D(500)


def test_nl_total_adds_workers(catalogue: Catalogue) -> None:
    data = _nl_case(["2025-03"], "100", "1335.70")
    second = dict(data["workers"][0], id="w2", name="Second")
    data["workers"].append(second)
    s = _sanctions(data, catalogue)
    assert s.nl_total == D(1500) and s.workers_concerned == 2


def test_aggravation_needs_two_listed_offences(catalogue: Catalogue) -> None:
    s = _sanctions(_be_case(1, "2025-03-04", aggravation=True, offences=1), catalogue)
    assert not s.aggravated and s.level == 3
    assert any("needs 2 or more concurrent offences" in n for n in s.notes)


def test_aggravation_needs_a_sector_minimum(catalogue: Catalogue) -> None:
    data = _be_case(1, "2025-03-04")
    data["settings"].update(aggravation=True, aggravation_offences=["art. 138", "art. 141"])
    s = _sanctions(data, catalogue)
    assert not s.aggravated and any("no underpaid worker has a sector" in n for n in s.notes)


def test_nl_one_week_across_two_months_is_under_one_month(catalogue: Catalogue) -> None:
    # ISO week 2025-W18 runs Mon 28 April to Sun 4 May: 2 x 8 h x 14.06 = 224.96 due, 50.00 paid
    # -> 174.96 unpaid (77.8 %), duration 1 week = 12/52 month -> band (0,1], row >= 50 %: 3000
    shifts = [{"date": "2025-04-28", "start": "08:00", "end": "16:00"},
              {"date": "2025-05-02", "start": "08:00", "end": "16:00"}]
    w = worker("w1", shifts=shifts, payments=[{"date": "2025-05-05", "amount": "50.00", "for": "2025-W18"}])
    data = case([w], jurisdiction="NL", as_of="2025-06-30", settings={"pay_period": "week"})
    assert _nl_fine(data, catalogue) == D(3000)
