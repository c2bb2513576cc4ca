"""Click and type through a case: a worker in PC 302, four weeks of shifts, a cash payment.

Figures worked out by hand: 20 working days (Monday 3 to Friday 28 February 2025, no public
holiday in Belgium) of 08:00-16:30 with a 30-minute break = 8 h a day, 40 h a week (no overtime:
the thresholds are more than 9 h a day and more than 40 h a week). JC 302 category II, 0 function
years, from 1 January 2025 = 14.8839 EUR/h (rates/be/pc-302.yaml), above the national minimum
12.8252 EUR/h. Due = 160 h x 14.8839 = 2381.424 -> 2381.42. Cash paid 1000.00 on 28 February.
Unpaid = 1381.42. As of 5 March 2025 the period is not yet due (due date: 4th working day after
28 February = Thursday 6 March), so no interest.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from ui_helpers import edit_cell, type_into, wait_result, with_modal

from wage_remedy.case.store import load_case
from wage_remedy_ui.dialogs.quick_fill import QuickFillDialog

RATE = Decimal("14.8839")
HOURS = 20 * 8
DUE = (HOURS * RATE).quantize(Decimal("0.01"))  # 2381.424 -> 2381.42
PAID = Decimal("1000.00")


def money(value: Decimal) -> str:
    """English (en_GB) display of an amount, written out for the test."""
    return f"{value:,.2f}"


def build_case(qtbot: Any, w: Any) -> None:
    """New case, one PC 302 worker, four weeks of shifts, one cash payment."""
    qtbot.mouseClick(w.start_screen.new_button, Qt.MouseButton.LeftButton)
    page = w.case_page
    type_into(page.fields["reference"], "TSW-2025-0999")
    type_into(page.fields["employer.name"], "Frituur Het Hoekje BV")
    type_into(page.fields["as_of"], "05/03/2025")
    type_into(page.fields["inspection.date"], "05/03/2025")
    type_into(page.fields["inspection.place"], "Gent")
    qtbot.mouseClick(w.findChild(type(w.start_screen.new_button), "addWorker"), Qt.MouseButton.LeftButton)
    ed = w.worker_editor
    assert w.pages.currentWidget() is ed
    type_into(ed.name, "Jan Peeters")
    type_into(ed.birth, "15/06/1990")
    type_into(ed.start, "01/01/2025")
    edit = ed.sector.lineEdit()
    type_into(edit, "302")
    assert w.doc.worker(ed.worker_id)["employment"]["sector"] == "be/pc-302"
    ed.category.setFocus()
    QTest.keyClicks(ed.category, "II")
    assert w.doc.worker(ed.worker_id)["employment"].get("category") == "II"
    assert ed.years.currentText() == "0"

    def fill(dlg: Any) -> None:
        assert isinstance(dlg, QuickFillDialog)
        type_into(dlg.start, "08:00")
        type_into(dlg.end, "16:30")
        type_into(dlg.brk, "30")
        type_into(dlg.first, "03/02/2025")
        type_into(dlg.last, "28/02/2025")
        assert len(dlg.rows()) == 20
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    with_modal(lambda: qtbot.mouseClick(ed.findChild(type(w.start_screen.new_button), "quickFill"),
                                        Qt.MouseButton.LeftButton), fill)
    assert ed.shifts_model.rowCount() == 20
    ed.tabs.setCurrentIndex(2)
    qtbot.mouseClick(ed.findChild(type(w.start_screen.new_button), "addPayment"), Qt.MouseButton.LeftButton)
    view = ed.payments_view
    edit_cell(view, 0, 1, "1000,00")
    edit_cell(view, 0, 0, "28/02/2025")


def test_enter_a_case_and_see_the_unpaid_total(qtbot: Any, make_window: Any, dialogs: Any,
                                                tmp_path: Path) -> None:
    w = make_window()
    build_case(qtbot, w)
    wait_result(qtbot, w)
    assert w.problems == []
    assert w.worker_list.item(0, 1).text() == money(DUE - PAID) == "1,381.42"
    assert "1,381.42" in w.nav_totals.text()
    panel = w.worker_editor.result
    assert panel.periods.rowCount() == 1
    assert [panel.periods.item(0, c).text() for c in (0, 3, 4, 5, 6)] == [
        "February 2025", money(DUE), money(PAID), money(DUE - PAID), "0.00"]  # the month in words

    # the line's explanation: hours x rate, which rate bound, the table version and its source
    panel.select_line(0, 0)
    text = panel.explanation.toPlainText()
    assert "160 h × 14.8839 €/h = 2,381.42 €" in text
    assert "sector minimum" in text
    # the table by its title and the date its figures apply from, not its id
    assert "JC 302 hotel industry (horeca): hourly minimum wages, from 01/01/2025" in text
    assert "Rate table: be/pc-302" not in text
    assert "Source:" in text

    # undo the payment's date: dated 5 March it counts for March, so February is unpaid in full
    w.activateWindow()
    w.act_undo.trigger()
    wait_result(qtbot, w)
    assert w.worker_list.item(0, 1).text() == money(DUE)
    w.act_redo.trigger()
    wait_result(qtbot, w)
    assert w.worker_list.item(0, 1).text() == money(DUE - PAID)

    # save (asks for a name), close, reopen: everything is there
    target = tmp_path / "cases" / "hoekje.json"
    dialogs.save_paths.append(str(target))
    w.act_save.trigger()
    assert target.is_file()
    assert not w.doc.dirty and not w.isWindowModified()
    case = load_case(target)
    assert case.reference == "TSW-2025-0999"
    worker = case.workers[0]
    assert (worker.name, worker.employment.sector, worker.employment.category) == ("Jan Peeters", "be/pc-302", "II")
    assert len(worker.shifts) == 20
    assert [(p.amount, p.date.isoformat(), p.method) for p in worker.payments] == [(PAID, "2025-02-28", "cash")]
    w.close()
    assert not dialogs.texts("question")

    w2 = make_window(target)
    wait_result(qtbot, w2)
    assert w2.doc.path == target
    assert w2.worker_list.item(0, 0).text() == "Jan Peeters"
    assert w2.worker_list.item(0, 1).text() == "1,381.42"
    w2.show_page("worker", "w1")
    assert w2.worker_editor.shifts_model.rowCount() == 20
    assert w2.worker_editor.category.currentData() == "II"  # shown with its scale rate
    assert w2.start_screen.recent.count() >= 1
    assert str(target.resolve()) in [w2.start_screen.recent.item(i).data(Qt.ItemDataRole.UserRole)
                                     for i in range(w2.start_screen.recent.count())]


def test_unsaved_changes_prompt_on_new(qtbot: Any, make_window: Any, dialogs: Any) -> None:
    w = make_window()
    w.new_case()
    type_into(w.case_page.fields["reference"], "TSW-1")
    assert w.doc.dirty
    dialogs.questions.append(QMessageBox.StandardButton.Cancel)
    w.act_new.trigger()
    assert "Unsaved changes" in dialogs.texts("question")[0]
    assert w.doc.data["reference"] == "TSW-1"  # cancelled: nothing lost
    dialogs.questions.append(QMessageBox.StandardButton.Discard)
    w.act_new.trigger()
    assert w.doc.data["reference"] == ""
