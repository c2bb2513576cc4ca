"""Issue 12 in the app: the daily-overtime basis setting and a shift whose end equals its start."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import edit_cell, wait_result


def _case(tmp_path: Path) -> Path:
    """One PC 302 worker (category II, 2025: 14.8839 €/h) with one night shift Tue 20:00 -> Wed 07:00
    (11 h: 4 h + 7 h per calendar day, neither over 9 h)."""
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "TSW-N", "jurisdiction": "BE",
        "as_of": "2025-03-31", "employer": {"name": "Test BV"},
        "inspection": {"date": "2025-03-31", "place": "Gent", "inspector": "X"},
        "workers": [{"id": "w1", "name": "Ana", "birth_date": "1990-01-01", "language": "fr",
                     "employment": {"start": "2025-01-01", "sector": "be/pc-302", "category": "II",
                                    "function_years": 0},
                     "shifts": [{"date": "2025-03-04", "start": "20:00", "end": "07:00",
                                 "break_minutes": 0}]}],
    }
    path = tmp_path / "night.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _overtime_minutes(w: Any) -> int:
    return sum(ln.minutes for p in w.result.workers[0].periods for ln in p.lines if ln.kind == "overtime")


def test_daily_overtime_per_shift_is_the_inspectors_choice(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(_case(tmp_path))
    wait_result(qtbot, w)
    box = w.case_page.daily_per_shift
    assert not box.isChecked() and _overtime_minutes(w) == 0  # calendar day: 4 h + 7 h
    w.show_page("case")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert w.doc.data["settings"]["daily_overtime_basis"] == "shift"
    wait_result(qtbot, w)
    assert _overtime_minutes(w) == 120  # per shift: 11 h - 9 h = 2 h
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert "daily_overtime_basis" not in w.doc.data["settings"]
    wait_result(qtbot, w)
    assert _overtime_minutes(w) == 0


def test_end_equal_to_start_typed_in_the_app_is_refused_not_24_hours(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    edit_cell(w.worker_editor.shifts_view, 0, 2, "20:00")  # end = start
    wait_result(qtbot, w)
    text = " ".join(w.problem_banner.details)
    assert "equals the start 20:00" in text and "refused as a typo" in text
    assert w.problem_banner.isVisible()  # the case cannot be computed until it is fixed
    edit_cell(w.worker_editor.shifts_view, 0, 2, "06:00")  # corrected: 10 h
    wait_result(qtbot, w)
    assert not w.problem_banner.isVisible()


def test_fines_panel_says_only_that_the_inspector_may_decide(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    # February 2025 is due Wed 5 Mar (Sat 1 Mar counts), unpaid on the inspection of 31 Mar: an offence
    data = json.loads(_case(tmp_path).read_text(encoding="utf-8"))
    data["workers"][0]["shifts"][0]["date"] = "2025-02-04"
    data["settings"] = {"regularisation_deadline": "2025-04-30"}
    path = tmp_path / "deadline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    w = make_window(path)
    wait_result(qtbot, w)
    text = w.sanctions_panel.text.toPlainText()
    assert "the inspector may decide not to draw up a report" in text
    assert "take into account" not in text and "takes into account" not in text
