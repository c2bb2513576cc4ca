"""The estimate editor on the worker page (docs/estimates.md), driven like a user.

Figures (worked out by hand in tests/core/test_estimates.py): a PC 302 worker (category II,
0 years) found on 15 March 2026, 2013 presumption, Monday-Friday 09:00-16:36 (the 38 h regime:
38 / 5 = 7.6 h = 456 min a day). December 2025 (16-31, 25 Dec a holiday): 11 days = 5016 min,
83.6 h x 14.8839 = 1244.29 due, interest 10.43 up to 15 March 2026: owed now 1254.72.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import type_into, wait_result

from wage_remedy_ui.i18n import fmt_date, fmt_hours, fmt_money


def found_case(tmp_path: Path) -> Path:
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "TSW-EST", "jurisdiction": "BE",
        "as_of": "2026-03-15", "employer": {"name": "Car Wash BV"},
        "inspection": {"date": "2026-03-15", "place": "Gent", "inspector": "X"},
        "workers": [{"id": "w1", "name": "Ravi", "birth_date": "1990-01-01", "language": "en",
                     "employment": {"start": "2025-12-01", "sector": "be/pc-302", "category": "II",
                                    "function_years": 0}}],
    }
    path = tmp_path / "found.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_estimate_editor_generates_hours_and_compares_with_records_only(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(found_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    ed = w.worker_editor.estimates
    w.worker_editor.tabs.setCurrentWidget(ed)
    assert ed.compare.rowCount() == 0  # no estimate yet

    qtbot.mouseClick(ed.add_btn, Qt.MouseButton.LeftButton)
    ed.basis.setCurrentIndex(ed.basis.findData("presumption_be_2013"))
    assert ed.basis.findData("presumption_nl_wav23") == -1  # a Dutch basis is not offered in BE
    type_into(ed.evidence, "PV 12/2026; statement of the worker")
    qtbot.mouseClick(ed.month_buttons[3], Qt.MouseButton.LeftButton)
    assert ed.from_edit.text() == fmt_date(dt.date(2025, 12, 16))  # 15 Mar - 3 months + 1 day
    assert ed.to_edit.text() == fmt_date(dt.date(2026, 3, 15))
    assert list(ed.month_buttons) == [3]  # the Dutch six months (Wav art. 23) not offered in BE
    qtbot.mouseClick(ed.regime_btn, Qt.MouseButton.LeftButton)  # 38 h / 5 days = 7 h 36
    assert ed.pattern.rowCount() == 1
    assert ed.pattern.item(0, 7).text() == "09:00" and ed.pattern.item(0, 8).text() == "16:36"
    qtbot.mouseClick(ed.apply_btn, Qt.MouseButton.LeftButton)

    stored = w.doc.worker("w1")["estimates"]
    assert stored == [{"basis": "presumption_be_2013", "evidence": "PV 12/2026; statement of the worker",
                       "from": "2025-12-16", "to": "2026-03-15",
                       "pattern": [{"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00",
                                    "end": "16:36", "break_minutes": 0}]}]
    qtbot.waitUntil(lambda: ed.compare.rowCount() == 4, timeout=5000)
    cells = [ed.compare.item(0, c).text() for c in range(5)]
    owed = Decimal("1244.29") + Decimal("10.43")
    assert cells == ["December 2025", fmt_hours(5016), fmt_money(Decimal("0")), fmt_money(owed), fmt_money(owed)]
    assert ed.list.count() == 1 and not ed.error.text()

    # a second block overlapping the first on Wednesday is refused by the case, and named
    ed.add_block(["wed"], "16:00", "18:00", 0)
    qtbot.mouseClick(ed.apply_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "overlaps" in ed.error.text(), timeout=5000)
    assert "workers[0].estimates[0]" in ed.error.text()
    # undo brings the valid estimate back; removing it leaves records only
    w.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: ed.compare.rowCount() == 4, timeout=5000)
    ed.list.setCurrentRow(0)
    qtbot.mouseClick(ed.remove_btn, Qt.MouseButton.LeftButton)
    assert "estimates" not in w.doc.worker("w1")
    assert ed.compare.rowCount() == 0


def test_pattern_row_without_a_day_is_refused_before_storing(qtbot: Any, make_window: Any,
                                                             tmp_path: Path) -> None:
    w = make_window(found_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    ed = w.worker_editor.estimates
    qtbot.mouseClick(ed.add_btn, Qt.MouseButton.LeftButton)
    type_into(ed.evidence, "opening hours on the door")
    ed.from_edit.setText("02/03/2026")
    ed.to_edit.setText("06/03/2026")
    ed.add_block([], "08:00", "12:00", 0)
    qtbot.mouseClick(ed.apply_btn, Qt.MouseButton.LeftButton)
    assert "tick at least one day" in ed.error.text()
    assert "estimates" not in w.doc.worker("w1")


def test_unknown_start_with_a_presumption(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(found_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    ed = w.worker_editor.estimates
    qtbot.mouseClick(ed.add_btn, Qt.MouseButton.LeftButton)
    ed.basis.setCurrentIndex(ed.basis.findData("presumption_be_2013"))
    type_into(ed.evidence, "PV 12/2026")
    ed.add_block(["mon", "tue", "wed", "thu", "fri"], "09:00", "16:36", 0)
    qtbot.mouseClick(ed.apply_btn, Qt.MouseButton.LeftButton)  # no dates: the presumption's own
    type_into(w.worker_editor.start, "")  # the start of the work is not known
    assert "start" not in w.doc.worker("w1")["employment"]
    wait_result(qtbot, w)
    assert not w.problems
    qtbot.waitUntil(lambda: ed.compare.rowCount() == 4, timeout=5000)
    # the dates come from the rate data: 16 December 2025 to 15 March 2026
    assert fmt_date(dt.date(2025, 12, 16)) in ed.summary.text()
    # without a presumption the start is required again, and the case says so
    ed.basis.setCurrentIndex(ed.basis.findData("findings"))
    ed.from_edit.setText("02/03/2026")
    ed.to_edit.setText("06/03/2026")
    qtbot.mouseClick(ed.apply_btn, Qt.MouseButton.LeftButton)
    wait_result(qtbot, w)
    assert any("employment.start is required" in p.message for p in w.problems)
