"""Issue 12: due dates from the rate data (BE Monday-Saturday, NL end of period), local clock time
over the DST changes, and one refusal for a shift whose end equals its start. Every expected
figure is worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.model import equal_times_problem
from wage_remedy.case.store import CaseError, parse_case_data
from wage_remedy.compute import compute
from wage_remedy.compute.hours import minutes_in_window, worked_days
from wage_remedy.compute.periods import due_date, payment_convention
from wage_remedy.importing.plan import plan_import
from wage_remedy.law.calendar import time_zone
from wage_remedy.law.catalogue import Catalogue

D = dt.date


def _be_due(catalogue: Catalogue, end: dt.date) -> dt.date:
    wdays, weekdays = payment_convention(catalogue, "be/wage-protection", end)
    return due_date(end, "BE", int(wdays.value), None, "month", weekdays)


def test_be_working_days_are_monday_to_saturday_from_the_rate_data(catalogue: Catalogue) -> None:
    wdays, weekdays = payment_convention(catalogue, "be/wage-protection", D(2025, 9, 30))
    assert int(wdays.value) == 4 and "saturday" in weekdays and "sunday" not in weekdays
    # Tue 30 Sep 2025: Wed 1 Oct (1), Thu 2 (2), Fri 3 (3), Sat 4 Oct (4)
    assert _be_due(catalogue, D(2025, 9, 30)) == D(2025, 10, 4)
    # Wed 31 Dec 2025: Thu 1 Jan is a holiday; Fri 2 (1), Sat 3 (2), Mon 5 (3), Tue 6 Jan (4)
    assert _be_due(catalogue, D(2025, 12, 31)) == D(2026, 1, 6)
    # Fri 31 Oct 2025: Sat 1 Nov is a holiday (All Saints), Sun 2 no; Mon 3 (1) ... Thu 6 Nov (4)
    assert _be_due(catalogue, D(2025, 10, 31)) == D(2025, 11, 6)
    # Fri 28 Feb 2025: Sat 1 Mar (1), Mon 3 (2), Tue 4 (3), Wed 5 Mar (4)
    assert _be_due(catalogue, D(2025, 2, 28)) == D(2025, 3, 5)


def test_nl_wage_is_due_on_the_last_day_of_the_pay_period(catalogue: Catalogue) -> None:
    wdays, weekdays = payment_convention(catalogue, "nl/wage-payment", D(2025, 6, 30))
    assert int(wdays.value) == 0  # BW 7:623: at the end of the pay period
    assert due_date(D(2025, 6, 30), "NL", 0, None, "month", weekdays) == D(2025, 6, 30)
    assert due_date(D(2025, 8, 31), "NL", 0, None, "month", weekdays) == D(2025, 8, 31)  # a Sunday


def _night(day: str, jur: str = "BE") -> dict[dt.date, int]:
    w = parse_case_data(case([worker("w1", shifts=[
        {"date": day, "start": "22:00", "end": "06:00", "break_minutes": 0}])], jurisdiction=jur)).workers[0]
    problems: list = []
    days = worked_days(w, "workers[0]", problems, time_zone(jur))
    assert not problems
    return {d: dw.shift_minutes for d, dw in days.items()}


@pytest.mark.parametrize("jur", ["BE", "NL"])
def test_dst_nights_of_2025_are_7_and_9_hours(jur: str) -> None:
    # Spring: Sun 30 Mar 2025 02:00 -> 03:00. Sat 22:00-24:00 = 2 h; Sun 00:00-06:00 clock is 5 h.
    assert _night("2025-03-29", jur) == {D(2025, 3, 29): 120, D(2025, 3, 30): 300}  # 7 h in all
    # Autumn: Sun 26 Oct 2025 03:00 -> 02:00. Sat 2 h; Sun 00:00-06:00 clock is 7 h.
    assert _night("2025-10-25", jur) == {D(2025, 10, 25): 120, D(2025, 10, 26): 420}  # 9 h in all
    # An ordinary night: 2 h + 6 h
    assert _night("2025-05-10", jur) == {D(2025, 5, 10): 120, D(2025, 5, 11): 360}


def test_a_night_window_counts_elapsed_minutes_over_dst() -> None:
    w = parse_case_data(case([worker("w1", shifts=[
        {"date": "2025-03-29", "start": "22:00", "end": "06:00", "break_minutes": 0},
        {"date": "2025-10-25", "start": "22:00", "end": "06:00", "break_minutes": 0}])])).workers[0]
    days = worked_days(w, "workers[0]", [], "Europe/Brussels")
    window = (0, 5 * 60)  # 00:00-05:00
    # spring: 00:00-02:00 and 03:00-05:00 = 4 h; autumn: 00:00-03:00 (first) + 02:00-05:00 = 6 h
    assert minutes_in_window(days[D(2025, 3, 30)].segments, window) == 240
    assert minutes_in_window(days[D(2025, 10, 26)].segments, window) == 360


def test_end_equal_to_start_is_refused_in_the_case_file(catalogue: Catalogue) -> None:
    # Refused with every other problem of the case at once (here also an overlap on 5 March).
    data = case([worker("w1", shifts=[
        {"date": "2025-03-04", "start": "08:00", "end": "08:00", "break_minutes": 0},
        {"date": "2025-03-05", "start": "08:00", "end": "16:00", "break_minutes": 0},
        {"date": "2025-03-05", "start": "15:00", "end": "18:00", "break_minutes": 0}])])
    with pytest.raises(CaseError) as info:
        compute(parse_case_data(data), catalogue)
    text = str(info.value)
    assert "workers[0].shifts[0]" in text
    assert "workers[0].shifts[2]" in text and "overlaps" in text
    assert equal_times_problem("08:00", "08:00") in text  # the one message
    assert equal_times_problem("08:00", "16:00") is None
    assert equal_times_problem("00:00", "24:00") is None  # a full day written 00:00-24:00 is not a typo


def test_end_equal_to_start_is_refused_by_the_importer_with_the_same_message(
        tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "same.csv"
    path.write_text("Worker;Date;Start;End;Break\r\nw1;04/03/2025;08:00;08:00;0\r\n"
                    "w1;05/03/2025;08:00;16:00;30\r\n", encoding="utf-8")
    c = parse_case_data(case([worker("w1")]))
    plan = plan_import(c, path, catalogue=catalogue)
    assert [r.row for r in plan.rejected] == [2]
    assert equal_times_problem("08:00", "08:00") in (plan.rejected[0].reason or "")
    assert len(plan.to_import) == 1


def _lines(catalogue: Catalogue, basis: str | None) -> list[tuple[str, int]]:
    from wage_remedy.compute import compute

    settings: dict = {"pay_period": "month", "paid_amounts": "gross"}
    if basis is not None:
        settings["daily_overtime_basis"] = basis
    # Tue 4 Mar 2025 20:00 -> Wed 07:00, no break: 11 h (no DST change in March before the 30th)
    data = case([worker("w1", shifts=[{"date": "2025-03-04", "start": "20:00", "end": "07:00",
                                        "break_minutes": 0}])], settings=settings)
    result = compute(parse_case_data(data), catalogue)
    return [(ln.kind, ln.minutes) for p in result.workers[0].periods for ln in p.lines]


def test_daily_overtime_per_calendar_day_by_default_and_per_shift_on_request(catalogue: Catalogue) -> None:
    # calendar day (default): Tue 20:00-24:00 = 4 h, Wed 00:00-07:00 = 7 h, both under 9 h: no overtime
    assert _lines(catalogue, None) == [("normal", 660)]
    assert _lines(catalogue, "calendar_day") == [("normal", 660)]
    # per shift: 11 h - 9 h = 2 h overtime (the last 2 hours, Wed 05:00-07:00), 9 h normal
    assert sorted(_lines(catalogue, "shift")) == [("normal", 540), ("overtime", 120)]


def test_the_statement_says_which_daily_basis_was_used(catalogue: Catalogue) -> None:
    from wage_remedy.compute import compute

    data = case([worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"}])])
    default = compute(parse_case_data(data), catalogue).assumptions
    assert any("per calendar day" in a and "default" in a for a in default)
    data["settings"]["daily_overtime_basis"] = "shift"
    chosen = compute(parse_case_data(data), catalogue).assumptions
    assert any("per shift" in a and "inspector's choice" in a for a in chosen)


def test_a_minor_in_pc_302_gets_the_full_scale_and_a_warning_about_the_conflict(catalogue: Catalogue) -> None:
    from wage_remedy.compute import compute

    # Born 2008-06-01: 16 on Tue 4 Mar 2025. PC 302 category II 2025, row 0 = 14.8839 (full scale,
    # the official reading); the sector page's 80 % at 16 would be 11.9071 - not applied.
    # 8 h x 14.8839 = 119.0712 -> 119.07.
    w = worker("w1", birth="2008-06-01", start="2025-01-01", sector="be/pc-302", category="II",
               shifts=[{"date": "2025-03-04", "start": "09:00", "end": "17:00", "break_minutes": 0}])
    result = compute(parse_case_data(case([w])), catalogue)
    assert result.workers[0].periods[0].due == Decimal("119.07")
    [warn] = [x for x in result.warnings if x.code == "sector-youth-conflict"]
    assert (warn.param("table"), warn.param("age"), warn.param("percent")) == ("be/pc-302", "16", "80")
    # an adult in the same sector: no such warning
    adult = worker("w1", birth="1990-06-01", start="2025-01-01", sector="be/pc-302", category="II",
                   shifts=[{"date": "2025-03-04", "start": "09:00", "end": "17:00", "break_minutes": 0}])
    assert not [x for x in compute(parse_case_data(case([adult])), catalogue).warnings
                if x.code == "sector-youth-conflict"]
