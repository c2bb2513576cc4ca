"""Estimates where records are missing (docs/estimates.md): figures worked out by hand.

Rates used (rates/): be/pc-302 category II, 0 function years: 14.8839 from 2025-01-01 and
15.2097 from 2026-01-01 (both above the national minimum: 2111.89 x 3 / 13 / 38 = 12.8252);
be/legal-interest 4.50 % in 2026; nl/minimum-wage 21+: 14.40 from 2025-07-01, 14.71 from
2026-01-01. Due date BE: the 4th working day (Monday-Saturday, not a public holiday) after the
period; NL: the last day of the period, no statutory interest computed.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.store import CaseError, case_to_data, parse_case_data
from wage_remedy.cli import main
from wage_remedy.compute import compute, result_to_json
from wage_remedy.law.catalogue import load_catalogue

CAT = load_catalogue()
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]


def _case(data: dict[str, Any]):  # noqa: ANN202 - a CaseFile
    return parse_case_data(data)


def be_presumption_case() -> dict[str, Any]:
    """A worker found on 15 March 2026, start unknown, the 2013 presumption on the PC 302
    full-time regime: 38 h a week = Monday to Friday 09:00-16:36 (7 h 36 = 456 minutes)."""
    w = worker("w1", sector="be/pc-302", category="II")
    w["employment"]["start"] = None
    w["estimates"] = [{"from": None, "to": None, "basis": "presumption_be_2013",
                       "evidence": "PV 123/2026: found at work on 15/03/2026; statement of the worker",
                       "pattern": [{"days": WEEKDAYS, "start": "09:00", "end": "16:36", "break_minutes": 0}]}]
    return case([w], as_of="2026-03-15")


def test_be_2013_presumption_three_months_before_the_finding() -> None:
    res = compute(_case(be_presumption_case()), CAT)
    w = res.workers[0]
    info = w.estimates[0]
    # 15 March 2026 - 3 months = 15 December 2025; the day after: 16 December 2025.
    assert (info.start, info.end) == (dt.date(2025, 12, 16), dt.date(2026, 3, 15))
    assert info.table == "be/presumption-2013" and info.months == 3 and info.rebuttable
    assert [p.period for p in w.periods] == ["2025-12", "2026-01", "2026-02", "2026-03"]
    # Working days: Dec 16-31: 12 weekdays - 25 Dec = 11; Jan: 22 weekdays - 1 Jan = 21;
    # Feb: 20; Mar 1-15: 10. Each 456 minutes.
    minutes = {p.period: p.minutes for p in w.periods}
    assert minutes == {"2025-12": 11 * 456, "2026-01": 21 * 456, "2026-02": 20 * 456, "2026-03": 10 * 456}
    assert info.skipped_holidays == 2 and info.days == 62 and info.minutes == 62 * 456
    # every line is flagged, and all the hours are estimated
    for p in w.periods:
        assert p.lines and all(ln.estimated for ln in p.lines)
        assert p.estimated_minutes == p.minutes and p.estimated_due == p.due
    dec = w.periods[0]
    # December 2025 by hand: 5016 min = 83.6 h x 14.8839 = 1244.29404 -> 1244.29
    assert dec.due == Decimal("1244.29") and dec.unpaid == Decimal("1244.29")
    assert dec.lines[0].rate == Decimal("14.8839") and dec.lines[0].rate_table == "be/pc-302"
    # Due: the 4th working day after 31 Dec: 1 Jan is a holiday; Fri 2 (1), Sat 3 (2),
    # Mon 5 (3), Tue 6 Jan (4).
    assert dec.due_date == dt.date(2026, 1, 6)
    # Interest 7 Jan - 15 Mar 2026 inclusive: 25 + 28 + 15 = 68 days at 4.50 %:
    # 1244.29 x 0.045 x 68 / 365 = 10.4316 -> 10.43
    assert dec.interest == Decimal("10.43")
    jan, feb, mar = w.periods[1:]
    # January: 159.6 h x 15.2097 = 2427.46812 -> 2427.47; due Thu 5 Feb (Mon 2, Tue 3, Wed 4,
    # Thu 5); interest 6 Feb - 15 Mar = 23 + 15 = 38 days: 2427.47 x 0.045 x 38/365 = 11.3726 -> 11.37
    assert (jan.due, jan.due_date, jan.interest) == (Decimal("2427.47"), dt.date(2026, 2, 5), Decimal("11.37"))
    # February: 152 h x 15.2097 = 2311.8744 -> 2311.87; due Thu 5 Mar; 10 days:
    # 2311.87 x 0.045 x 10 / 365 = 2.8502 -> 2.85
    assert (feb.due, feb.due_date, feb.interest) == (Decimal("2311.87"), dt.date(2026, 3, 5), Decimal("2.85"))
    # March 1-15: 76 h x 15.2097 = 1155.9372 -> 1155.94, not yet due on 15 March: no interest
    assert (mar.due, mar.interest) == (Decimal("1155.94"), Decimal("0.00"))
    total = Decimal("1244.29") + Decimal("2427.47") + Decimal("2311.87") + Decimal("1155.94")
    assert w.unpaid == total == w.estimated_unpaid == res.estimated_unpaid
    codes = {x.code for x in res.warnings}
    assert "estimate-presumption-hours" in codes


def test_json_output_carries_the_estimated_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(be_presumption_case()), encoding="utf-8")
    assert main(["compute", str(path), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    w = out["workers"][0]
    assert all(ln["estimated"] is True for p in w["periods"] for ln in p["lines"])
    assert w["periods"][0]["estimated_hours"] == "83.6"  # 5016 / 60
    assert w["estimated_unpaid"] == "7139.57"  # 1244.29 + 2427.47 + 2311.87 + 1155.94
    assert out["totals"]["estimated_unpaid"] == "7139.57"
    assert w["estimates"][0]["basis"] == "presumption_be_2013"
    assert w["estimates"][0]["from"] == "2025-12-16" and w["estimates"][0]["rebuttable"] is True
    assert main(["compute", str(path)]) == 0
    text = capsys.readouterr().out
    assert "estimated" in text and "presumption_be_2013" in text


def test_records_win_over_an_overlapping_estimate() -> None:
    # Findings: Mon-Fri 08:00-16:30 with 30 min break (480 min) in the week of 2 to 6 March 2026;
    # recorded shifts on Tue 3 (10:00-14:00, 240 min) and Wed 4 March (12:00-20:00, 480 min).
    w = worker("w1", start="2026-01-01", sector="be/pc-302", category="II", shifts=[
        {"date": "2026-03-03", "start": "10:00", "end": "14:00", "break_minutes": 0},
        {"date": "2026-03-04", "start": "12:00", "end": "20:00", "break_minutes": 0}])
    w["estimates"] = [{"from": "2026-03-02", "to": "2026-03-06", "basis": "findings",
                       "evidence": "opening hours posted on the door; neighbour's statement",
                       "pattern": [{"days": WEEKDAYS, "start": "08:00", "end": "16:30", "break_minutes": 30}]}]
    res = compute(_case(case([w], as_of="2026-03-15")), CAT)
    p = res.workers[0].periods[0]
    assert res.workers[0].estimates[0].skipped_record_days == 2
    est = [ln for ln in p.lines if ln.estimated]
    rec = [ln for ln in p.lines if not ln.estimated]
    # estimated: Mon 2, Thu 5, Fri 6 = 3 x 480 = 1440 min; recorded: 240 + 480 = 720 min
    assert sum(ln.minutes for ln in est) == 1440 and sum(ln.minutes for ln in rec) == 720
    assert p.estimated_minutes == 1440 and p.minutes == 2160
    # 24 h x 15.2097 = 365.0328 -> 365.03 estimated; 12 h x 15.2097 = 182.5164 -> 182.52 recorded
    assert p.estimated_due == Decimal("365.03") and p.due == Decimal("365.03") + Decimal("182.52")
    assert {ln.first_day for ln in est} == {dt.date(2026, 3, 2)}
    assert max(ln.last_day for ln in est) == dt.date(2026, 3, 6)


def test_payments_count_against_recorded_work_first() -> None:
    # Same week; 300.00 paid for March: recorded due 182.52, estimated 365.03; unpaid
    # 547.55 - 300.00 = 247.55, of which estimated min(247.55, 365.03) = 247.55.
    w = worker("w1", start="2026-01-01", sector="be/pc-302", category="II", shifts=[
        {"date": "2026-03-03", "start": "10:00", "end": "14:00", "break_minutes": 0},
        {"date": "2026-03-04", "start": "12:00", "end": "20:00", "break_minutes": 0}],
        payments=[{"date": "2026-03-10", "amount": "300.00", "for": "2026-03", "method": "cash"}])
    w["estimates"] = [{"from": "2026-03-02", "to": "2026-03-06", "basis": "findings", "evidence": "statement",
                       "pattern": [{"days": WEEKDAYS, "start": "08:00", "end": "16:30", "break_minutes": 30}]}]
    p = compute(_case(case([w], as_of="2026-03-15")), CAT).workers[0].periods[0]
    assert p.unpaid == Decimal("247.55") and p.estimated_unpaid == Decimal("247.55")


def nl_wav_case() -> dict[str, Any]:
    w = worker("w1", birth="1990-01-01", start="2025-01-01")
    w["estimates"] = [{"basis": "presumption_nl_wav23", "evidence": "Labour Authority report of 15/03/2026",
                       "pattern": [{"days": WEEKDAYS, "start": "09:00", "end": "17:00", "break_minutes": 30}]}]
    return case([w], jurisdiction="NL", as_of="2026-03-15")


def test_nl_wav23_six_months() -> None:
    res = compute(_case(nl_wav_case()), CAT)
    w = res.workers[0]
    # 15 March 2026 - 6 months = 15 September 2025; the day after: Tuesday 16 September 2025.
    assert (w.estimates[0].start, w.estimates[0].end) == (dt.date(2025, 9, 16), dt.date(2026, 3, 15))
    assert w.periods[0].period == "2025-09" and w.periods[0].lines[0].first_day == dt.date(2025, 9, 16)
    assert [p.period for p in w.periods][-1] == "2026-03"
    octo = next(p for p in w.periods if p.period == "2025-10")
    # October 2025: 23 weekdays (Wed 1 - Fri 31), no public holiday; 7.5 h each = 172.5 h
    # x 14.40 (WML 21+ from 2025-07-01) = 2484.00; due on the last day of the period.
    assert octo.minutes == 23 * 450 and octo.due == Decimal("2484.00")
    assert octo.due_date == dt.date(2025, 10, 31) and octo.interest == 0
    assert all(ln.estimated for p in w.periods for ln in p.lines)
    codes = {x.code for x in res.warnings}
    assert {"estimate-presumption-hours", "estimate-civil-presumption"} <= codes


def test_nl_7_610b_month_is_the_average_of_the_three_before() -> None:
    # Recorded: July 100 h, August 120 h, September 110 h (hours blocks). October 2025 has no
    # records: presumed (100 + 120 + 110) / 3 = 110 h = 6600 min over its 31 days (no NL public
    # holiday): 6600 = 31 x 212 + 28, so 28 days of 213 min and 3 of 212.
    w = worker("w1", birth="1990-01-01", start="2025-06-01", hours=[
        {"from": "2025-07-01", "to": "2025-07-31", "hours": "100"},
        {"from": "2025-08-01", "to": "2025-08-31", "hours": "120"},
        {"from": "2025-09-01", "to": "2025-09-30", "hours": "110"}])
    w["estimates"] = [{"from": "2025-10-01", "to": "2025-10-31", "basis": "average_nl_7_610b",
                       "evidence": "contract since June 2025; worker's claim letter"}]
    res = compute(_case(case([w], jurisdiction="NL", as_of="2026-03-15")), CAT)
    octo = next(p for p in res.workers[0].periods if p.period == "2025-10")
    assert octo.minutes == 6600 and octo.estimated_minutes == 6600
    # 110 h x 14.40 = 1584.00
    assert octo.due == Decimal("1584.00") and all(ln.estimated for ln in octo.lines)
    sept = next(p for p in res.workers[0].periods if p.period == "2025-09")
    assert sept.estimated_minutes == 0 and not any(ln.estimated for ln in sept.lines)


def test_7_610b_needs_three_months_of_employment() -> None:
    w = worker("w1", birth="1990-01-01", start="2025-08-01", hours=[
        {"from": "2025-08-01", "to": "2025-09-30", "hours": "200"}])
    w["estimates"] = [{"from": "2025-10-01", "to": "2025-10-31", "basis": "average_nl_7_610b",
                       "evidence": "claim"}]
    with pytest.raises(CaseError) as exc:
        compute(_case(case([w], jurisdiction="NL", as_of="2026-03-15")), CAT)
    assert exc.value.problems[0].path == "workers[0].estimates[0]"
    assert "2025-07-01" in exc.value.problems[0].message


def test_old_case_files_load_unchanged() -> None:
    data = case([worker("w1", shifts=[{"date": "2025-03-03", "start": "10:00", "end": "14:00"}])])
    c = _case(data)
    assert c.workers[0].estimates == []
    res = compute(c, CAT)
    assert not any(ln.estimated for p in res.workers[0].periods for ln in p.lines)
    assert res.estimated_unpaid == 0
    # an old file is written back without an "estimates" key, so its inputs digest (and the
    # verification of documents issued before estimates existed) is unchanged
    assert "estimates" not in case_to_data(c)["workers"][0]
    assert '"estimates"' not in c.model_dump_json(by_alias=True, exclude_none=True)


def test_full_time_presumption_only_as_findings_with_the_onss_warning() -> None:
    w = worker("w1", start="2026-01-01", sector="be/pc-302", category="II")
    w["estimates"] = [{"from": "2026-03-02", "to": "2026-03-06", "basis": "findings",
                       "evidence": "part-time schedule not published; inspector's findings",
                       "full_time_presumption": True,
                       "pattern": [{"days": WEEKDAYS, "start": "09:00", "end": "16:36"}]}]
    res = compute(_case(case([w], as_of="2026-03-15")), CAT)
    assert "estimate-full-time-onss-only" in {x.code for x in res.warnings}
    w["estimates"][0]["basis"] = "presumption_be_2013"
    with pytest.raises(CaseError) as exc:
        compute(_case(case([w], as_of="2026-03-15")), CAT)
    assert exc.value.problems[0].path == "workers[0].estimates[0].full_time_presumption"


# ------------------------------------------------------------------------------ bad input
def _run(tmp_path: Path, data: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compute", str(path)]) == 2
    return capsys.readouterr().err


def test_bad_pattern_overlapping_blocks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = be_presumption_case()
    data["workers"][0]["estimates"][0]["pattern"].append(
        {"days": ["wed"], "start": "16:00", "end": "18:00", "break_minutes": 0})
    err = _run(tmp_path, data, capsys)
    assert "workers[0].estimates[0].pattern" in err and "pattern[1] (wed) overlaps pattern[0] (wed)" in err


def test_bad_night_block_overlapping_next_morning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = be_presumption_case()
    data["workers"][0]["estimates"][0]["pattern"] = [
        {"days": ["sun"], "start": "22:00", "end": "06:00"},
        {"days": ["mon"], "start": "05:00", "end": "09:00"}]
    err = _run(tmp_path, data, capsys)
    assert "overlaps" in err and "workers[0].estimates[0]" in err


@pytest.mark.parametrize("field", ["basis", "evidence"])
def test_bad_estimate_without_basis_or_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                field: str) -> None:
    data = be_presumption_case()
    del data["workers"][0]["estimates"][0][field]
    err = _run(tmp_path, data, capsys)
    assert f"workers[0].estimates[0].{field}" in err and "required" in err


def test_bad_blank_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = be_presumption_case()
    data["workers"][0]["estimates"][0]["evidence"] = "   "
    assert "workers[0].estimates[0].evidence" in _run(tmp_path, data, capsys)


def test_bad_presumption_in_the_wrong_jurisdiction(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = be_presumption_case()
    data["workers"][0]["estimates"][0]["basis"] = "presumption_nl_wav23"
    err = _run(tmp_path, data, capsys)
    assert "workers[0].estimates[0].basis" in err and "NL basis" in err
    assert "allowed here: findings, presumption_be_2013" in err


def test_bad_range_after_the_inspection_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = be_presumption_case()
    data["workers"][0]["estimates"][0].update({"from": "2026-03-01", "to": "2026-03-20"})
    err = _run(tmp_path, data, capsys)
    assert "workers[0].estimates[0].to" in err and "after the inspection date 2026-03-15" in err


def test_bad_unknown_start_without_a_presumption(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = be_presumption_case()
    data["workers"][0]["estimates"][0].update({"basis": "findings", "from": "2026-01-05", "to": "2026-01-09"})
    err = _run(tmp_path, data, capsys)
    assert "workers[0]" in err and "employment.start is required" in err


# ------------------------------------------------------------------- with and without estimates
def _mixed_week(claim_unpaid: str) -> dict[str, Any]:
    w = worker("w1", start="2026-01-01", sector="be/pc-302", category="II", shifts=[
        {"date": "2026-03-03", "start": "10:00", "end": "14:00", "break_minutes": 0},
        {"date": "2026-03-04", "start": "12:00", "end": "20:00", "break_minutes": 0}])
    w["estimates"] = [{"from": "2026-03-02", "to": "2026-03-06", "basis": "findings", "evidence": "statement",
                       "pattern": [{"days": WEEKDAYS, "start": "08:00", "end": "16:30", "break_minutes": 30}]}]
    data = case([w], as_of="2026-03-15")
    data["claims"] = [{"worker": "w1", "by": "union", "date": "2026-03-15",
                       "periods": [{"period": "2026-03", "unpaid": claim_unpaid}]}]
    return data


def test_whatif_without_estimates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(be_presumption_case()), encoding="utf-8")
    assert main(["whatif", str(path), "--without-estimates", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    # base: 7139.57 unpaid (all estimated) + interest 10.43 + 11.37 + 2.85 = 24.65;
    # records only: nothing at all
    assert out["totals"]["unpaid"] == {"base": "7139.57", "what_if": "0.00", "difference": "-7139.57"}
    assert out["totals"]["interest"]["base"] == "24.65"
    assert any("estimates dropped" in c for c in out["changes"])


def test_claim_compared_with_and_without_the_estimate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # computed unpaid for March: recorded 182.52 + estimated 365.03 = 547.55; the claim of
    # 182.52 is exactly the records-only figure.
    path = tmp_path / "case.json"
    path.write_text(json.dumps(_mixed_week("182.52")), encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 0
    row = json.loads(capsys.readouterr().out)["claims"][0]["periods"][0]
    assert row["computed"] == "547.55" and row["computed_without_estimates"] == "182.52"
    note = next(n for n in row["notes"] if n["code"] == "estimate")
    assert note["amount"] == "365.03" and "the claim matches the records only" in note["text"]


def test_export_marks_estimated_lines() -> None:
    from wage_remedy.export import worker_rows
    res = compute(_case(be_presumption_case()), CAT)
    kinds = [r[1] for r in worker_rows(res.workers[0])[1:] if r[1] not in ("period total", "worker total")]
    assert len(kinds) == 4 and all(k == "normal (estimated)" for k in kinds)  # one line a month


def test_heads_resting_on_estimated_work_are_flagged() -> None:
    # February 2026: one recorded shift, no estimate; March: the estimate of 2-6 March.
    w = worker("w1", start="2026-01-01", sector="be/pc-302", category="II", shifts=[
        {"date": "2026-02-10", "start": "10:00", "end": "14:00", "break_minutes": 0}])
    w["estimates"] = [{"from": "2026-03-02", "to": "2026-03-06", "basis": "findings", "evidence": "statement",
                       "pattern": [{"days": WEEKDAYS, "start": "08:00", "end": "16:30", "break_minutes": 30}]}]
    res = compute(_case(case([w], as_of="2026-03-15")), CAT)
    wages = {h.period: h.estimated for h in res.workers[0].heads if h.head == "wages"}
    assert wages == {"2026-02": False, "2026-03": True}
    data = result_to_json(res)
    flags = {h["period"]: h["estimated"] for h in data["workers"][0]["heads"] if h["head"] == "wages"}
    assert flags == {"2026-02": False, "2026-03": True}


def test_estimate_problems_have_codes_with_params() -> None:
    data = be_presumption_case()
    data["workers"][0]["estimates"][0]["basis"] = "presumption_nl_wav23"
    with pytest.raises(CaseError) as exc:
        compute(_case(data), CAT)
    p = exc.value.problems[0]
    assert p.code == "estimate-basis-jurisdiction" and p.param("jurisdiction") == "BE"
    assert p.param("allowed") == "findings, presumption_be_2013"
    data["workers"][0]["estimates"][0].update({"basis": "findings", "from": "2026-03-10", "to": "2026-03-16"})
    data["workers"][0]["employment"]["start"] = "2026-01-01"
    with pytest.raises(CaseError) as exc:
        compute(_case(data), CAT)
    p = exc.value.problems[0]
    assert (p.path, p.code, p.param("date")) == ("workers[0].estimates[0].to", "estimate-after-inspection",
                                                 "2026-03-16")
