"""Cell validation, keyboard entry, recovery after a crash, the rates browser and the banners."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import cell_editor, edit_cell, press_enter, type_into, wait_result

from wage_remedy.case.store import case_to_data, load_case, save_case
from wage_remedy.demo import demo_case_path
from wage_remedy_ui.dialogs.rates_browser import RatesBrowser


def shift(day: str, start: str = "08:00", end: str = "16:30", brk: int = 30) -> dict[str, Any]:
    return {"date": day, "start": start, "end": end, "break_minutes": brk}


def small_case(tmp_path: Path) -> Path:
    """A saved case: one PC 302 worker (category II, 0 years) with three shifts, no payment."""
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "TSW-T", "jurisdiction": "BE",
        "as_of": "2025-03-05", "employer": {"name": "Test BV"},
        "inspection": {"date": "2025-03-05", "place": "Gent", "inspector": "X"},
        "workers": [{"id": "w1", "name": "Ana", "birth_date": "1990-01-01", "language": "fr",
                     "employment": {"start": "2025-01-01", "sector": "be/pc-302", "category": "II",
                                    "function_years": 0},
                     "shifts": [shift("2025-02-03"), shift("2025-02-04"), shift("2025-02-05")]}],
    }
    path = tmp_path / "small.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_invalid_cell_is_refused_with_its_reason_and_nothing_else_is_lost(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    view = w.worker_editor.shifts_view
    before = json.dumps(w.doc.data, sort_keys=True)

    editor = cell_editor(view, 1, 1)  # start time of the second shift
    editor.selectAll()
    QTest.keyClicks(editor, "25:00")
    # marked while typing, with the reason
    assert "hours go from 00 to 24" in editor.toolTip()
    assert "background" in editor.styleSheet()
    press_enter(editor)
    assert "hours go from 00 to 24" in w.statusBar().currentMessage()
    assert "hours go from 00 to 24" in w.worker_editor.shifts_model.last_error
    assert json.dumps(w.doc.data, sort_keys=True) == before  # refused: nothing changed
    assert view.model().index(1, 1).data() == "08:00"
    assert not w.doc.dirty

    # an ambiguous amount (one separator and three digits: 1200 or 1.20?) is refused too
    w.worker_editor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(w.worker_editor.findChild(type(w.start_screen.new_button), "addPayment"),
                     Qt.MouseButton.LeftButton)
    edit_cell(w.worker_editor.payments_view, 0, 1, "1.200")
    assert "ambiguous" in w.statusBar().currentMessage()
    assert w.doc.worker("w1")["payments"][0]["amount"] == "0.00"
    assert len(w.doc.worker("w1")["shifts"]) == 3

    # a valid time is accepted and stored as HH:MM
    edit_cell(view, 1, 1, "9h15")
    assert w.doc.worker("w1")["shifts"][1]["start"] == "09:15"


def test_invalid_iban_is_marked_and_not_stored(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    w.show_page("worker", "w1")
    iban = w.worker_editor.iban
    type_into(iban, "BE71 0961 2345 6760")  # last digit changed: check digits fail
    assert iban.invalid and "check digits" in iban.toolTip()
    assert "iban" not in w.doc.worker("w1")
    type_into(iban, "BE71 0961 2345 6769")
    assert not iban.invalid
    assert w.doc.worker("w1")["iban"] == "BE71096123456769"


def test_keyboard_enter_on_last_row_and_ctrl_d_add_shifts(qtbot: Any, make_window: Any,
                                                          tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    w.show_page("worker", "w1")
    view = w.worker_editor.shifts_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)
    shifts = w.doc.worker("w1")["shifts"]
    assert len(shifts) == 4
    assert shifts[3] == shift("2025-02-06")  # the next day, same hours as the row above
    assert view.currentIndex().row() == 3
    QTest.keyClick(view, Qt.Key.Key_Return)  # on the last row again: one more
    assert len(w.doc.worker("w1")["shifts"]) == 5
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)  # not the last row: moves down, adds nothing
    assert len(w.doc.worker("w1")["shifts"]) == 5
    assert view.currentIndex().row() == 1
    w.act_add_shift.trigger()  # Ctrl+D
    assert len(w.doc.worker("w1")["shifts"]) == 6
    assert w.act_add_shift.shortcut().toString() == "Ctrl+D"
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(w.doc.worker("w1")["shifts"]) == 5
    w.act_undo.trigger()
    assert len(w.doc.worker("w1")["shifts"]) == 6


def test_overlapping_shifts_are_named_in_the_banner(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    edit_cell(w.worker_editor.shifts_view, 1, 0, "03/02/2025")  # now two shifts on 3 February
    wait_result(qtbot, w)
    assert w.problem_banner.isVisible()
    assert "Ana, shift 2: overlaps" in w.problem_banner.details[0]
    assert 1 in w.worker_editor.shifts_model.problems
    w.act_undo.trigger()
    wait_result(qtbot, w)
    assert not w.problem_banner.isVisible()


def test_crash_recovery_of_a_saved_case(qtbot: Any, make_window: Any, dialogs: Any, tmp_path: Path) -> None:
    path = small_case(tmp_path)
    w = make_window(path)
    type_into(w.case_page.fields["employer.name"], "Renamed BV")
    recovery = w.autosaver.file(path)
    qtbot.waitUntil(recovery.exists, timeout=5000)  # autosaved shortly after the edit
    # the app dies here: no save, no close; the recovery file stays behind
    w.hide()
    time.sleep(0.01)
    dialogs.questions.append(QMessageBox.StandardButton.Yes)
    w2 = make_window(path)
    assert "Recover unsaved work?" in dialogs.texts("question")[0]
    assert w2.doc.data["employer"]["name"] == "Renamed BV"
    assert w2.doc.dirty  # recovered, not yet saved
    assert load_case(path).employer.name == "Test BV"  # the case file itself was not touched
    w2.act_undo.trigger()  # the recovery is one undoable step
    assert w2.doc.data["employer"]["name"] == "Test BV"


def test_crash_recovery_of_an_untitled_case(qtbot: Any, make_window: Any, dialogs: Any) -> None:
    w = make_window()
    w.new_case()
    type_into(w.case_page.fields["reference"], "TSW-UNSAVED")
    assert w.autosave() is not None
    w.hide()
    dialogs.questions.append(QMessageBox.StandardButton.Yes)
    w2 = make_window(offer_recovery=True)
    assert w2.doc is not None and w2.doc.data["reference"] == "TSW-UNSAVED"
    assert w2.doc.path is None and w2.doc.dirty


def test_clean_close_leaves_no_recovery_file(qtbot: Any, make_window: Any, dialogs: Any,
                                             tmp_path: Path) -> None:
    path = small_case(tmp_path)
    w = make_window(path)
    type_into(w.case_page.fields["inspection.place"], "Brugge")
    w.autosave()
    assert w.autosaver.file(path).exists()
    dialogs.questions.append(QMessageBox.StandardButton.Save)
    w.close()
    assert not w.autosaver.file(path).exists()
    assert load_case(path).inspection.place == "Brugge"
    assert not w.autosaver.find()


def test_demo_case_warns_about_unverified_rates_and_opens_the_rates_browser(
        qtbot: Any, make_window: Any, rates: Any) -> None:
    w = make_window()
    qtbot.mouseClick(w.start_screen.demo_button, Qt.MouseButton.LeftButton)
    wait_result(qtbot, w)
    assert w.doc.path is not None and w.doc.path.parent.name == "wage-remedy"  # a copy in Documents
    assert w.warning_banner.isVisible()
    assert "NOT VERIFIED" in w.warning_banner.headline
    # the table by its title, not its id (trial s42)
    assert any("JC 302 hotel industry (horeca): hourly minimum wages" in d for d in w.warning_banner.details)
    assert not any("be/pc-302" in d for d in w.warning_banner.details)
    browser = RatesBrowser(rates, w, "be/pc-302")
    qtbot.addWidget(browser)
    assert browser.current_table() == "be/pc-302"
    assert browser.versions.rowCount() == len(rates.table("be/pc-302").versions)
    newest = rates.table("be/pc-302").versions[-1]
    item = browser.versions.item(0, 2)
    assert item is not None and item.text() == newest.source.title
    assert "II" in browser.values.toPlainText()


def test_net_payments_need_a_conversion(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    path = small_case(tmp_path)
    case = load_case(path)
    save_case(case, path)
    w = make_window(path)
    wait_result(qtbot, w)
    w.case_page.paid_amounts.setCurrentIndex(1)
    w.case_page.paid_amounts.activated.emit(1)
    wait_result(qtbot, w)
    assert any("net_conversion" in p.message for p in w.problems)
    type_into(w.case_page.net_factor, "1,25")
    type_into(w.case_page.net_description, "employer's payroll ratio")
    wait_result(qtbot, w)
    assert w.problems == []
    assert case_to_data(w.doc.validate())["settings"]["net_conversion"] == {
        "factor": "1.25", "description": "employer's payroll ratio"}
    assert Decimal(w.doc.data["settings"]["net_conversion"]["factor"]) == Decimal("1.25")


def test_demo_case_path_exists() -> None:
    assert demo_case_path().is_file()


def test_import_menu_puts_the_imported_case_on_the_undo_stack(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    wizard_module = __import__("wage_remedy_ui.dialogs.import_wizard", fromlist=["ImportWizard"])
    path = small_case(tmp_path)
    w = make_window(path)
    wait_result(qtbot, w)

    def accept(self: Any) -> int:  # the wizard's own behaviour is tested in test_import_wizard
        imported = self.case.model_copy(deep=True)
        imported.workers[0].payments.append(
            type(imported.workers[0]).model_validate(
                {"id": "x", "name": "x", "birth_date": "2000-01-01",
                 "employment": {"start": "2025-01-01"},
                 "payments": [{"date": "2025-02-28", "amount": "100.00"}]}).payments[0])
        self.result_case = imported
        return 1

    monkeypatch.setattr(wizard_module.ImportWizard, "exec", accept)
    w.act_import.trigger()
    assert w.doc.worker("w1")["payments"] == [{"date": "2025-02-28", "amount": "100.00", "method": "cash"}]
    assert w.doc.dirty
    w.act_undo.trigger()
    assert w.doc.worker("w1").get("payments", []) == []
