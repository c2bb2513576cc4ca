"""A first-time user's whole job, typed as a person types: a new case, two workers, payment orders
issued, printed and recorded in the case (issue 6, "Done when").

Figures worked out by hand (rates/be/*.yaml):
- Ioana Popescu, JC 302 category II, 0 function years (employment from 1 March 2025):
  14.8839 EUR/h, above the national minimum. Quick fill Monday-Friday 09:00-17:30 with a 30-minute
  break over March 2025: 21 weekdays (3-7, 10-14, 17-21, 24-28 and 31 March; no public holiday in
  Belgium in March 2025) of 8 h = 168 h, never more than 9 h a day or 40 h in an ISO week, so no
  overtime. Due = 168 x 14.8839 = 2500.4952 -> 2500.50. Nothing paid: unpaid 2500.50.
- Marek Nowak, national minimum only (born 1988): 2111.89 a month from 1 February 2025,
  x 3 / 13 / 38 = 12.8252 EUR/h. Shifts Monday 10 to Wednesday 12 March 2025, 10:00-18:00 with
  a 30-minute break = 7.5 h each, 22.5 h. Due = 22.5 x 12.8252 = 288.567 -> 288.57. Paid 100.00
  in cash: unpaid 188.57.
- Case unpaid = 2500.50 + 188.57 = 2689.07.
- Interest to the inspection date (30 June 2025), which the as-of date follows: March is due on
  the 4th working day after 31 March = Friday 4 April 2025; interest runs 5 April to 30 June
  inclusive = 26 + 31 + 30 = 87 days at the 2025 legal rate 4.5 %:
  2500.50 x 0.045 x 87 / 365 = 26.8203 -> 26.82; 188.57 x 0.045 x 87 / 365 = 2.0226 -> 2.02.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from ui_helpers import wait_result, with_modal

from wage_remedy.case.store import load_case
from wage_remedy_ui.dialogs.quick_fill import QuickFillDialog
from wage_remedy_ui.pdf_render import renderer_available
from wage_remedy_ui.widgets.documents_panel import documents_available

CENT = Decimal("0.01")
W1_DUE = (168 * Decimal("14.8839")).quantize(CENT, ROUND_HALF_UP)
W2_DUE = (Decimal("22.5") * Decimal("12.8252")).quantize(CENT, ROUND_HALF_UP)
W2_PAID = Decimal("100.00")
W1_INTEREST = (W1_DUE * Decimal("0.045") * 87 / 365).quantize(CENT, ROUND_HALF_UP)
W2_INTEREST = ((W2_DUE - W2_PAID) * Decimal("0.045") * 87 / 365).quantize(CENT, ROUND_HALF_UP)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def keys(text: str) -> None:
    """Type into whatever has the focus, one key at a time (as a person types)."""
    for ch in text:
        QTest.keyClicks(focused(), ch)
        QApplication.processEvents()


def press(key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key)
        QApplication.processEvents()


def button(w: Any, name: str) -> QPushButton:
    found = w.findChild(QPushButton, name)
    assert found is not None, name
    return found


@pytest.mark.skipif(not documents_available(), reason="wage_remedy.documents.issue is not installed")
def test_two_workers_to_printed_payment_orders(qtbot: Any, make_window: Any, dialogs: Any,
                                               tmp_path: Path) -> None:
    assert (W1_DUE, W2_DUE, W1_INTEREST, W2_INTEREST) == (
        Decimal("2500.50"), Decimal("288.57"), Decimal("26.82"), Decimal("2.02"))
    w = make_window()
    w.activateWindow()
    qtbot.mouseClick(w.start_screen.new_button, Qt.MouseButton.LeftButton)

    # a new case waits for its reference and employer: said as a to-do, not as an error
    wait_result(qtbot, w)
    assert w.problem_banner.isVisible() and w.problem_banner.kind == "info"
    assert w.problem_banner.details == ["Reference: missing", "Employer name: missing"]
    assert w.doc.data["jurisdiction"] == "BE"

    # the case, with the keyboard: reference, Tab, Tab, employer, Tab x3, inspection date, ...
    assert focused() is w.case_page.fields["reference"]
    keys("TSW-2025-0417")
    press(Qt.Key.Key_Tab, 2)
    keys("Brasserie Het Anker BV")
    press(Qt.Key.Key_Tab, 3)
    assert focused() is w.case_page.fields["inspection.date"]
    keys("30/06/2025")
    press(Qt.Key.Key_Tab, 2)  # the as-of date follows the inspection date: nothing to type there
    keys("Gent")
    press(Qt.Key.Key_Tab)
    keys("A. Peeters")
    press(Qt.Key.Key_Tab)
    d = w.doc.data
    assert (d["reference"], d["employer"]["name"], d["as_of"]) == (
        "TSW-2025-0417", "Brasserie Het Anker BV", "2025-06-30")
    assert d["inspection"] == {"date": "2025-06-30", "place": "Gent", "inspector": "A. Peeters"}

    # worker 1: the sector typed by its number and left with Tab lands on the category
    qtbot.mouseClick(button(w, "addWorker"), Qt.MouseButton.LeftButton)
    ed = w.worker_editor
    assert focused() is ed.name
    keys("Ioana Popescu")
    press(Qt.Key.Key_Tab)
    keys("02/05/1994")
    press(Qt.Key.Key_Tab, 5)  # language, IBAN, student, address: optional
    assert focused() is ed.sector
    keys("302")
    press(Qt.Key.Key_Tab)
    assert focused() is ed.category
    assert w.doc.worker(ed.worker_id)["employment"].get("sector") == "be/pc-302"
    keys("II")
    press(Qt.Key.Key_Tab, 2)  # function years at start: 0, the default
    assert focused() is ed.start
    keys("01/03/2025")
    press(Qt.Key.Key_Tab)
    emp = w.doc.worker(ed.worker_id)["employment"]
    assert (emp["category"], emp["function_years"], emp["start"]) == ("II", 0, "2025-03-01")

    seen: list[Any] = []

    def fill(dlg: Any) -> None:  # the dialog opens on March 2025 with the start time selected
        seen.append((type(dlg), dlg.first.text(), dlg.last.text(), dlg.focusWidget() is dlg.start))
        try:
            dlg.activateWindow()  # the offscreen platform does not activate a new window
            QApplication.processEvents()
            keys("09:00")
            press(Qt.Key.Key_Tab)
            keys("17:30")
            seen.append(len(dlg.rows()))
            press(Qt.Key.Key_Return)
        finally:
            if dlg.isVisible():
                dlg.reject()

    with_modal(lambda: qtbot.mouseClick(button(ed, "quickFill"), Qt.MouseButton.LeftButton), fill)
    assert seen == [(QuickFillDialog, "01/03/2025", "31/03/2025", True), 21]
    assert ed.shifts_model.rowCount() == 21
    w.activateWindow()  # back from the dialog (the offscreen platform does not do it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)

    # worker 2: national minimum, three shifts typed in the table, a cash payment
    qtbot.mouseClick(button(w, "addWorker"), Qt.MouseButton.LeftButton)
    assert focused() is ed.name
    keys("Marek Nowak")
    press(Qt.Key.Key_Tab)
    keys("14/11/1988")
    press(Qt.Key.Key_Tab, 5)  # ... to the sector, carried over from worker 1 (PC 302)
    assert "302" in ed.sector.currentText()
    press(Qt.Key.Key_Delete)  # cleared: national minimum only
    press(Qt.Key.Key_Tab, 3)  # ... category, function years
    assert focused() is ed.start
    keys("10/03/2025")
    press(Qt.Key.Key_Tab)
    qtbot.mouseClick(button(ed, "addShift"), Qt.MouseButton.LeftButton)
    assert focused() is ed.shifts_view  # ready to type in the new row
    press(Qt.Key.Key_Tab)
    keys("10:00")
    press(Qt.Key.Key_Tab)
    keys("18:00")
    press(Qt.Key.Key_Return)  # commits the cell
    press(Qt.Key.Key_Return, 2)  # Enter on the last row adds the next day
    shifts = w.doc.worker(ed.worker_id)["shifts"]
    assert [(s["date"], s["start"], s["end"], s["break_minutes"]) for s in shifts] == [
        (f"2025-03-{day}", "10:00", "18:00", 30) for day in (10, 11, 12)]
    ed.tabs.setCurrentIndex(2)
    qtbot.mouseClick(button(ed, "addPayment"), Qt.MouseButton.LeftButton)
    assert ed.payments_view.currentIndex().column() == 1  # the amount (the date is filled in)
    assert focused() is ed.payments_view
    keys("100")
    press(Qt.Key.Key_Return)
    # dated the last day worked, not the as-of date (which would open a pay period of its own)
    assert w.doc.worker(ed.worker_id)["payments"] == [
        {"date": "2025-03-12", "amount": "100", "method": "cash"}]

    # the amounts owed
    wait_result(qtbot, w)
    assert w.problems == []
    res = w.result
    assert [(x.name, x.due, x.paid, x.unpaid, x.interest) for x in res.workers] == [
        ("Ioana Popescu", W1_DUE, Decimal("0.00"), W1_DUE, W1_INTEREST),
        ("Marek Nowak", W2_DUE, W2_PAID, W2_DUE - W2_PAID, W2_INTEREST)]
    assert res.unpaid == W1_DUE + W2_DUE - W2_PAID == Decimal("2689.07")
    assert [w.worker_list.item(r, 1).text() for r in range(2)] == ["2,500.50", "188.57"]
    assert "2,689.07" in w.nav_totals.text()

    # the payment orders: issuing saves the case first (one file name asked), then both are
    # written, recorded in the case, selected and printed as one job
    w.act_docs.trigger()
    panel = w.documents_panel
    assert panel.selected_workers() == ["w1", "w2"]
    target = tmp_path / "TSW-2025-0417.json"
    dialogs.save_paths.append(str(target))
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    assert not dialogs.texts("warning")
    out = tmp_path / "TSW-2025-0417-documents"
    pdfs = [out / "TSW-2025-0417_PO-001.pdf", out / "TSW-2025-0417_PO-002.pdf"]
    assert all(p.read_bytes()[:5] == b"%PDF-" for p in pdfs)
    recorded = load_case(target).documents
    assert [(r.number, r.kind, r.worker, r.as_of.isoformat()) for r in recorded] == [
        ("TSW-2025-0417/PO-001", "payment-order", "w1", "2025-06-30"),
        ("TSW-2025-0417/PO-002", "payment-order", "w2", "2025-06-30")]
    assert recorded[0].amounts["w1 total"] == str(W1_DUE + W1_INTEREST) == "2527.32"
    assert recorded[1].amounts["w2 total"] == str(W2_DUE - W2_PAID + W2_INTEREST) == "190.59"
    assert not w.doc.dirty
    assert panel.current_pdf == pdfs[0]
    assert panel.selected_pdfs() == pdfs
    assert panel.print_button.text() == "Print 2 documents…"

    if not QPrinterInfo.availablePrinters():  # no printer: the dialog proposes a PDF file name
        def look(dlg: Any) -> None:
            assert isinstance(dlg, QPrintDialog)
            assert dlg.printer().outputFileName() == str(out / "TSW-2025-0417_PO-001-print.pdf")
            dlg.reject()

        with_modal(lambda: qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton), look)

    if not renderer_available():
        return  # printing renders the pages (pypdfium2 or pdftoppm)
    from pypdf import PdfReader

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert panel.print_current(printer)
    pages = sum(len(PdfReader(str(p)).pages) for p in pdfs)
    assert len(PdfReader(str(printed)).pages) == pages
