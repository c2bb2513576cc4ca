"""Interface language (Dutch labels, Belgian number format) and documents from the documents panel."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QGroupBox, QLabel
from ui_helpers import wait_result

from wage_remedy.case.store import load_case
from wage_remedy.demo import demo_case_path
from wage_remedy_ui import settings as prefs
from wage_remedy_ui.i18n import current_language, qm_path
from wage_remedy_ui.pdf_render import renderer_available
from wage_remedy_ui.widgets.documents_panel import documents_available


def labels(widget: Any) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def test_switch_to_dutch_translates_the_interface_and_is_remembered(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    for lang in ("fr", "nl", "de"):
        assert qm_path(lang).is_file(), f"compiled translation missing for {lang}"
    case = tmp_path / "demo.json"
    shutil.copyfile(demo_case_path(), case)
    w = make_window(case)
    wait_result(qtbot, w)
    assert [a.text() for a in w.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert "Reference" in labels(w.case_page)
    w.lang_actions["nl"].trigger()
    assert current_language() == "nl"
    assert [a.text() for a in w.menuBar().actions()] == [
        "&Bestand", "B&ewerken", "Beel&d", "&Taal", "&Help"]
    assert {"Referentie", "Resultaten"} <= labels(w.case_page)
    assert {"Werkgever", "Inspectie"} <= {b.title() for b in w.case_page.findChildren(QGroupBox)}
    assert w.act_save.text() == "Op&slaan"
    assert w.case_page.table.horizontalHeaderItem(3).text() == "Onbetaald"
    # amounts in the Belgian Dutch format: 10276.91 unpaid in the demo case (CLI statement)
    assert w.case_page.table.item(3, 3).text() == "10.276,91"
    assert w.sections.item(0).text() == "Dossier en resultaten"
    assert prefs.language() == "nl"  # remembered for the next start
    # the case and its undo history survive the switch
    assert w.doc.data["reference"] == "TSW-2025-0142"
    w.lang_actions["en"].trigger()
    assert w.act_save.text() == "&Save"


def test_payment_order_from_the_documents_panel(qtbot: Any, make_window: Any, dialogs: Any,
                                                tmp_path: Path) -> None:
    if not documents_available():
        pytest.skip("wage_remedy.documents.issue is not installed")
    w = make_window()
    qtbot.mouseClick(w.start_screen.demo_button, Qt.MouseButton.LeftButton)
    wait_result(qtbot, w)
    w.act_docs.trigger()
    panel = w.documents_panel
    assert w.pages.currentWidget() is panel
    assert panel.kind_boxes["payment-order"].isChecked()
    for kind in ("receipt", "statement", "fines"):
        assert not panel.kind_boxes[kind].isChecked()
    for i in range(1, panel.workers.count()):  # only the first worker (Ioana Popescu, w1)
        panel.workers.item(i).setCheckState(Qt.CheckState.Unchecked)
    target = w.doc.path  # the demo opens as a saved copy in the documents folder (conftest)
    assert target is not None and target.parent == tmp_path / "Documents" / "wage-remedy"
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    assert target.is_file()
    pdf = target.parent / f"{target.stem}-documents" / "TSW-2025-0142_PO-001.pdf"
    assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
    recorded = load_case(target).documents
    assert [(d.number, d.kind, d.worker) for d in recorded] == [("TSW-2025-0142/PO-001", "payment-order", "w1")]
    assert [d["number"] for d in w.doc.data["documents"]] == ["TSW-2025-0142/PO-001"]
    assert not w.doc.dirty
    assert panel.issued_table.rowCount() == 1
    assert panel.issued_table.item(0, 0).text() == "PO-001"
    assert panel.issued_table.item(0, 2).text() == "Ioana Popescu"
    assert panel.current_pdf == pdf
    if renderer_available():
        assert panel.pages_shown >= 1  # the pages are previewed as images
        printed = tmp_path / "printed.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        assert panel.print_current(printer)
        assert printed.is_file() and printed.read_bytes()[:5] == b"%PDF-"
    # an undo after issuing never drops the issued-documents record
    w.act_undo.setEnabled(True)
    w.doc.modify("rename", lambda d: d["employer"].__setitem__("name", "X"))
    w.act_undo.trigger()
    assert [d["number"] for d in w.doc.data["documents"]] == ["TSW-2025-0142/PO-001"]
