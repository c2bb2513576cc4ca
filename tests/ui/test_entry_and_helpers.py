"""The ``wage-remedy`` entry point, the start screen, and the data-entry helpers (pure functions)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from wage_remedy.demo import demo_case_path
from wage_remedy_ui.app import run_app
from wage_remedy_ui.launcher import main as launcher_main
from wage_remedy_ui.main_window import MainWindow
from wage_remedy_ui.patterns import copy_week, merge_shifts, weekly_pattern
from wage_remedy_ui.validation import (
    InputError,
    parse_amount_text,
    parse_date_text,
    parse_iban_text,
    parse_minutes_text,
    parse_period_text,
    parse_time_text,
    worked_minutes,
)


def test_wage_remedy_command_with_a_case_opens_it_in_the_app(qapp: Any, dialogs: Any, tmp_path: Path) -> None:
    QStandardPaths.setTestModeEnabled(True)  # recovery files in Qt's test folders
    case = tmp_path / "kaai.json"
    shutil.copyfile(demo_case_path(), case)
    seen: list[tuple[str | None, str]] = []

    def close_when_ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                   and w.isVisible() and w.doc is not None and w.doc.path == case]
        if not windows or not windows[0].is_up_to_date():
            QTimer.singleShot(50, close_when_ready)
            return
        w = windows[0]
        assert w.doc is not None
        seen.append((w.doc.data.get("reference"), w.unpaid_total_text()))
        w.close()

    QTimer.singleShot(0, close_when_ready)
    QTimer.singleShot(20000, qapp.quit)  # safety net: never hang the test run
    assert launcher_main([str(case)]) == 0  # what `wage-remedy CASE` runs
    # the demo case's unpaid total, as the command line statement prints it (10276.91)
    assert seen == [("TSW-2025-0142", "10,276.91")]


def test_run_app_without_a_case_shows_the_start_screen(qapp: Any, dialogs: Any) -> None:
    QStandardPaths.setTestModeEnabled(True)
    seen: list[bool] = []

    def close() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append(w.doc is None and w.stack.currentWidget() is w.start_screen)
                w.close()

    QTimer.singleShot(300, close)
    QTimer.singleShot(20000, qapp.quit)
    assert run_app(None) == 0
    assert seen == [True]


def test_weekly_pattern_skips_days_and_holidays() -> None:
    # Mon-Fri from Monday 28 April to Sunday 4 May 2025; 1 May is skipped as a holiday
    rows = weekly_pattern({0, 1, 2, 3, 4}, "08:00", "16:30", 30, dt.date(2025, 4, 28),
                          dt.date(2025, 5, 4), skip=lambda d: d == dt.date(2025, 5, 1))
    assert [r["date"] for r in rows] == ["2025-04-28", "2025-04-29", "2025-04-30", "2025-05-02"]
    assert rows[0] == {"date": "2025-04-28", "start": "08:00", "end": "16:30", "break_minutes": 30}


def test_copy_week_repeats_the_week_and_merge_replaces_days() -> None:
    week = [{"date": "2025-03-03", "start": "08:00", "end": "12:00", "break_minutes": 0},
            {"date": "2025-03-05", "start": "13:00", "end": "17:00", "break_minutes": 0},
            {"date": "2025-03-10", "start": "09:00", "end": "10:00", "break_minutes": 0}]
    copies = copy_week(week, dt.date(2025, 3, 4), 2)  # the week of Tuesday 4 March
    assert [c["date"] for c in copies] == ["2025-03-10", "2025-03-12", "2025-03-17", "2025-03-19"]
    merged = merge_shifts(week, copies, replace_days=True)
    # 10 March had 09:00-10:00; it is replaced by the copied 08:00-12:00
    assert [(m["date"], m["start"]) for m in merged] == [
        ("2025-03-03", "08:00"), ("2025-03-05", "13:00"), ("2025-03-10", "08:00"),
        ("2025-03-12", "13:00"), ("2025-03-17", "08:00"), ("2025-03-19", "13:00")]
    kept = merge_shifts(week, copies, replace_days=False)
    assert len(kept) == 7


@pytest.mark.parametrize(("text", "expected"), [
    ("8:00", "08:00"), ("0830", "08:30"), ("8h30", "08:30"), ("17", "17:00"), ("24:00", "24:00")])
def test_times_are_normalised(text: str, expected: str) -> None:
    assert parse_time_text(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("25:00", "hours go from 00 to 24"), ("24:30", "hours go from 00 to 24"),
    ("08:75", "minutes go from 00 to 59"), ("noon", "write hours:minutes")])
def test_bad_times_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        parse_time_text(text)


def test_dates_amounts_periods_breaks_and_ibans() -> None:
    assert parse_date_text("3/3/2025") == "2025-03-03"
    assert parse_date_text("03.03.25") == "2025-03-03"
    assert parse_date_text("2025-03-03") == "2025-03-03"
    with pytest.raises(InputError, match="not a date of the calendar"):
        parse_date_text("30/02/2025")
    assert parse_amount_text("1200,50") == "1200.50"  # a decimal comma, kept as text
    assert parse_amount_text(" 0.10 ") == "0.10"
    assert parse_amount_text("1,200.50") == "1200.50"  # grouped as the English interface shows it
    for bad, reason in (("1.200", "ambiguous"), ("-5", "negative"), ("12e3", "digits"),
                        ("", "required")):
        with pytest.raises(InputError, match=reason):
            parse_amount_text(bad)
    assert parse_period_text("03/2025") == "2025-03"
    assert parse_period_text("2025-w10") == "2025-W10"
    assert parse_period_text("") is None
    with pytest.raises(InputError, match="pay period"):
        parse_period_text("2025-13")
    assert parse_minutes_text("0:45") == 45
    assert parse_iban_text("be71 0961 2345 6769") == "BE71096123456769"
    with pytest.raises(InputError, match="check digits"):
        parse_iban_text("BE71 0961 2345 6760")


def test_worked_minutes_shown_in_the_shifts_table() -> None:
    assert worked_minutes("08:00", "16:30", 30) == 480
    assert worked_minutes("22:00", "06:00", 0) == 480  # ends the next day
    assert worked_minutes("08:00", "08:30", 30) is None  # the break fills the shift
