"""Data-entry traps found by the fourth new-user trial: Ctrl+D after quick fill, Ctrl+D on the
Payments tab, the focus after quick fill, month names in "For period", the period a payment
without "For period" counts for, and sorting rows by date."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from ui_helpers import cell_editor, edit_cell, press_enter, type_into, wait_result, with_modal

from wage_remedy_ui.dialogs.manual import MANUAL
from wage_remedy_ui.dialogs.quick_fill import QuickFillDialog


def shift(day: str, start: str = "08:00", end: str = "17:00", brk: int = 60) -> dict[str, Any]:
    return {"date": day, "start": start, "end": end, "break_minutes": brk}


def case(tmp_path: Path, shifts: list[dict[str, Any]], payments: list[dict[str, Any]] | None = None) -> Path:
    """Karim of the trial: PC 302 category II from 03/03/2025, the given shifts and payments."""
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "TSW-2025-0612", "jurisdiction": "BE",
        "as_of": "2025-06-20", "employer": {"name": "Carwash Glans BV"},
        "inspection": {"date": "2025-06-20", "place": "Gent", "inspector": "X"},
        "workers": [{"id": "w1", "name": "Karim Benali", "birth_date": "1990-01-01", "language": "nl",
                     "employment": {"start": "2025-03-03", "sector": "be/pc-302", "category": "II",
                                    "function_years": 0},
                     "shifts": shifts, "payments": payments or []}],
    }
    path = tmp_path / "trial4.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


WEEK = [shift(f"2025-03-0{d}") for d in range(3, 8)]  # Mon 03/03 to Fri 07/03 (quick fill)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def open_worker(make_window: Any, path: Path) -> Any:
    w = make_window(path)
    w.show()
    w.activateWindow()
    w.show_page("worker", "w1")
    QApplication.processEvents()
    return w


def dates(w: Any, key: str = "shifts") -> list[str]:
    return [r["date"] for r in w.doc.worker("w1")[key]]


def test_ctrl_d_in_a_form_field_adds_the_day_after_the_last_shift(qtbot: Any, make_window: Any,
                                                                   tmp_path: Path) -> None:
    w = open_worker(make_window, case(tmp_path, WEEK))
    ed = w.worker_editor
    ed.shifts_view.setCurrentIndex(ed.shifts_model.index(1, 0))  # row 2 current, as in the trial
    ed.name.setFocus()
    QTest.keyClick(ed.name, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dates(w) == [f"2025-03-0{d}" for d in range(3, 9)]  # Saturday 08/03, no copy of 04/03
    assert w.doc.worker("w1")["shifts"][-1] == shift("2025-03-08")
    assert len(set(dates(w))) == len(dates(w))
    assert "08/03/2025" in w.statusBar().currentMessage()
    assert "08:00–17:00" in w.statusBar().currentMessage()
    assert ed.shifts_view.currentIndex().row() == 5
    assert focused() is ed.shifts_view
    # the Add shift button does the same, whatever row the table had current
    ed.shifts_view.setCurrentIndex(ed.shifts_model.index(0, 0))
    button = ed.findChild(QPushButton, "addShift")
    assert button is not None
    button.click()
    assert dates(w)[-1] == "2025-03-09" and len(set(dates(w))) == 7


def test_ctrl_d_in_the_table_adds_after_the_current_row_only_when_that_day_is_free(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = open_worker(make_window, case(tmp_path, [shift("2025-03-03"), shift("2025-03-04", "09:00"),
                                                 shift("2025-03-06", "10:00")]))
    ed = w.worker_editor
    view = ed.shifts_view
    view.setFocus()
    view.setCurrentIndex(ed.shifts_model.index(1, 0))  # 04/03: 05/03 is free
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dates(w) == ["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"]
    assert w.doc.worker("w1")["shifts"][2]["start"] == "09:00"  # the hours of the row above
    assert view.currentIndex().row() == 2
    view.setCurrentIndex(ed.shifts_model.index(0, 0))  # 03/03: 04/03 has a shift
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dates(w)[-1] == "2025-03-07"  # after the last shift, with its hours
    assert w.doc.worker("w1")["shifts"][-1]["start"] == "10:00"
    assert len(set(dates(w))) == 5


def test_ctrl_d_on_the_payments_tab_adds_a_payment_and_ctrl_shift_p_too(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = open_worker(make_window, case(tmp_path, WEEK))
    ed = w.worker_editor
    ed.tabs.setCurrentIndex(2)
    ed.payments_view.setFocus()
    QTest.keyClick(ed.payments_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(w.doc.worker("w1")["shifts"]) == 5  # no shift added behind the user's back
    assert len(w.doc.worker("w1")["payments"]) == 1
    assert ed.tabs.currentIndex() == 2
    assert focused() is ed.payments_view
    assert (ed.payments_view.currentIndex().row(), ed.payments_view.currentIndex().column()) == (0, 0)
    assert "Payment added" in w.statusBar().currentMessage()
    # a shortcut of its own, from anywhere on the worker page; the Payments tab is shown
    assert w.act_add_payment.shortcut().toString() == "Ctrl+Shift+P"
    ed.tabs.setCurrentIndex(0)
    ed.name.setFocus()
    QTest.keyClick(ed.name, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(w.doc.worker("w1")["payments"]) == 2
    assert ed.tabs.currentIndex() == 2
    assert focused() is ed.payments_view and ed.payments_view.currentIndex() == ed.payments_model.index(1, 0)
    for lang in ("en", "fr", "nl"):
        assert "Ctrl+Shift+P" in MANUAL[lang] or "Ctrl+Maj+P" in MANUAL[lang]
    assert "Strg+Umschalt+P" in MANUAL["de"] and "Strg+Umschalt+D" in MANUAL["de"]


def test_the_shifts_table_has_the_focus_after_quick_fill(qtbot: Any, make_window: Any,
                                                          tmp_path: Path) -> None:
    w = open_worker(make_window, case(tmp_path, []))
    ed = w.worker_editor
    ed.start.setFocus()

    def fill(dlg: Any) -> None:
        assert isinstance(dlg, QuickFillDialog)
        type_into(dlg.first, "03/03/2025")
        type_into(dlg.last, "07/03/2025")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with_modal(w.act_quick_fill.trigger, fill)
    QApplication.processEvents()
    assert len(dates(w)) == 5
    assert focused() is ed.shifts_view
    assert ed.shifts_view.currentIndex().row() == 4  # the last shift added
    QTest.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Ctrl+D works at once
    assert dates(w)[-1] == "2025-03-08"


def test_for_period_takes_month_names_in_the_interface_language(qtbot: Any, make_window: Any,
                                                                tmp_path: Path) -> None:
    w = open_worker(make_window, case(tmp_path, WEEK, [{"date": "2025-04-04", "amount": "300.00",
                                                       "method": "cash"}] * 5))
    w.set_language("nl")
    w.show_page("worker", "w1")
    ed = w.worker_editor
    view = ed.payments_view
    ed.tabs.setCurrentIndex(2)
    for row, typed in enumerate(("maart 2025", "mrt. 2025", "03/2025", "2025-03", "Mars 2025")):
        edit_cell(view, row, 2, typed)
        assert w.doc.worker("w1")["payments"][row].get("for") == "2025-03", typed
        assert ed.payments_model.index(row, 2).data() == "maart 2025"
    w.set_language("de")
    w.show_page("worker", "w1")
    ed = w.worker_editor
    ed.tabs.setCurrentIndex(2)
    edit_cell(ed.payments_view, 0, 2, "April 2025")
    editor = cell_editor(ed.payments_view, 1, 2)  # QTest types ASCII only: "ä" is inserted
    editor.selectAll()
    editor.insert("März 2025")
    press_enter(editor)
    assert [p.get("for") for p in w.doc.worker("w1")["payments"]][:2] == ["2025-04", "2025-03"]
    editor = cell_editor(ed.payments_view, 2, 2)
    editor.selectAll()
    QTest.keyClicks(editor, "Maerzz 2025")
    press_enter(editor)
    said = w.statusBar().currentMessage()
    assert "Maerzz 2025" in said and "März" in said and "03/" in said and "-W10" in said  # the forms
    assert w.doc.worker("w1")["payments"][2]["for"] == "2025-03"  # refused: unchanged
    QTest.keyClick(editor, Qt.Key.Key_Escape)


def test_an_empty_for_period_shows_the_period_of_the_date_greyed(qtbot: Any, make_window: Any,
                                                                 tmp_path: Path) -> None:
    w = open_worker(make_window, case(tmp_path, WEEK, [
        {"date": "2025-04-04", "amount": "300.00", "method": "cash"},
        {"date": "2025-04-04", "amount": "150.50", "method": "cash", "for": "2025-03"}]))
    wait_result(qtbot, w)
    model = w.worker_editor.payments_model
    cell = model.index(0, 2)
    assert cell.data() == "(April 2025, by its date)"  # where March wages paid in April count
    assert cell.data(Qt.ItemDataRole.EditRole) == ""  # the editor starts empty
    font = cell.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    named = model.index(1, 2)
    assert named.data() == "March 2025" and named.data(Qt.ItemDataRole.FontRole) is None
    assert "for" not in w.doc.worker("w1")["payments"][0]  # the stored value stays empty
    w.doc.modify("weekly", lambda d: d["settings"].update(pay_period="week"))
    assert cell.data() == "(week 14, 2025, by its date)"
    w.doc.undo_stack.undo()
    w.set_language("fr")
    w.show_page("worker", "w1")
    assert w.worker_editor.payments_model.index(0, 2).data().startswith("(avril 2025")


def test_sort_rows_by_date_is_one_undoable_step(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    typed = [shift("2025-03-03"), shift("2025-03-08", "22:00", "06:00", 0), shift("2025-03-04"),
             shift("2025-03-04", "06:00", "07:30", 0)]
    pays = [{"date": "2025-04-04", "amount": "300.00", "method": "cash"},
            {"date": "2025-03-10", "amount": "150.50", "method": "cash"}]
    w = open_worker(make_window, case(tmp_path, typed, pays))
    ed = w.worker_editor
    before = json.dumps(w.doc.data, sort_keys=True)
    steps = w.doc.undo_stack.count()
    assert w.act_sort_rows.shortcut().toString() == "Ctrl+Shift+D"
    ed.name.setFocus()
    QTest.keyClick(ed.name, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shifts = w.doc.worker("w1")["shifts"]
    assert [(s["date"], s["start"]) for s in shifts] == [
        ("2025-03-03", "08:00"), ("2025-03-04", "06:00"), ("2025-03-04", "08:00"), ("2025-03-08", "22:00")]
    assert dates(w, "payments") == ["2025-03-10", "2025-04-04"]
    assert ed.shifts_model.index(3, 0).data().endswith("08/03/2025")
    assert w.doc.undo_stack.count() == steps + 1
    assert "sorted" in w.statusBar().currentMessage()
    w.act_undo.trigger()
    assert json.dumps(w.doc.data, sort_keys=True) == before
