"""Printing sends the PDFs themselves (vector), the preview has zoom, fit-to-width and pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from ui_helpers import wait_result

from wage_remedy_ui import pdf_render
from wage_remedy_ui.widgets.documents_panel import documents_available


@pytest.fixture
def issued(qtbot: Any, make_window: Any) -> Any:
    if not documents_available() or not pdf_render.renderer_available():
        pytest.skip("documents or a PDF renderer not installed")
    w = make_window()
    w.open_demo()
    wait_result(qtbot, w)
    w.act_docs.trigger()
    panel = w.documents_panel
    for kind, box in panel.kind_boxes.items():
        box.setChecked(kind in ("payment-order", "statement"))
    for i in range(1, panel.workers.count()):
        panel.workers.item(i).setCheckState(Qt.CheckState.Unchecked)
    written = panel.issue()
    assert len(written) == 2
    return w, panel, written


def test_print_to_file_writes_the_pdfs_own_pages(issued: Any, tmp_path: Path) -> None:
    _w, panel, written = issued
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "job.pdf"
    printer.setOutputFileName(str(out))
    n = pdf_render.print_pdfs(written, printer)
    pages = sum(len(PdfReader(str(p)).pages) for p in written)
    assert n == pages == len(PdfReader(str(out)).pages)
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "TSW-2025-0142" in text  # real text: the pages themselves, not a 300 dpi picture


def test_a_printer_gets_the_pdfs_through_cups(issued: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _w, _panel, written = issued
    calls: list[list[str]] = []

    class Done:
        returncode = 0
        stderr = ""

    monkeypatch.setattr(pdf_render.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(pdf_render.sys, "platform", "linux")
    monkeypatch.setattr(pdf_render.subprocess, "run", lambda cmd, **kw: calls.append(cmd) or Done())
    printer = QPrinter()
    monkeypatch.setattr(printer, "outputFormat", lambda: QPrinter.OutputFormat.NativeFormat)
    monkeypatch.setattr(printer, "printerName", lambda: "Office")
    monkeypatch.setattr(printer, "copyCount", lambda: 2)
    pdf_render.print_pdfs(written, printer)
    assert calls and calls[0][:5] == ["/usr/bin/lp", "-d", "Office", "-n", "2"]
    assert calls[0][-2:] == [str(p) for p in written]  # one job, the files themselves


def test_preview_zoom_fit_width_and_pages(issued: Any) -> None:
    w, panel, written = issued
    statement = next(p for p in written if "_ST-" in p.name)
    w.resize(1280, 720)
    n = panel.show_pdf(statement)
    assert n >= 2 and panel.page_label.text() == f"page 1 / {n}"
    room = panel.preview_area.viewport().width()
    first = panel.page_labels[0]
    assert room - 40 <= first.width() <= room  # fitted to the width
    assert not panel.preview_area.horizontalScrollBar().isVisible()
    assert not panel.prev_page.isEnabled() and panel.next_page.isEnabled()
    panel.next_page.click()
    assert panel.page_label.text() == f"page 2 / {n}"
    assert panel.preview_area.verticalScrollBar().value() > 0
    width_before = panel.page_labels[0].width()
    panel.zoom_in.click()
    assert not panel.fit_button.isChecked()
    assert panel.page_labels[0].width() > width_before * 1.2
    assert panel.page_label.text() == f"page 2 / {n}"  # the page shown is kept
    panel.fit_button.click()
    assert abs(panel.page_labels[0].width() - width_before) <= 2
    bar = panel.preview_area.verticalScrollBar()
    bar.setValue(0)  # scrolling back to the top: the counter follows
    assert panel.page_label.text() == f"page 1 / {n}"
