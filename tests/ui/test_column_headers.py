"""Column headers and cells shown whole at 1280×720 (the French heads table read "Chef…" and the
payments table "Chef de de…" after the wording change 'chef de demande'): a header wraps onto
more lines rather than being cut, and every column is as wide as its header's lines and its
cells."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from ui_helpers import wait_result

from wage_remedy.demo import demo_case_path

MARGIN = 8  # px the header style keeps around a label (4 a side)


def painted_lines(header: QHeaderView, column: int) -> list[str]:
    """The lines the header paints for a column's label (a plain header: the label on one line)."""
    shown = getattr(header, "shown_lines", None)
    if shown is not None:
        return list(shown(column))
    return [str(header.model().headerData(column, Qt.Orientation.Horizontal))]


def assert_headers_whole(view: QTableView) -> None:
    """Each label is painted whole, each of its lines inside its column, in the header's height."""
    header = view.horizontalHeader()
    model = view.model()
    fm = header.fontMetrics()
    for c in range(model.columnCount()):
        text = str(model.headerData(c, Qt.Orientation.Horizontal))
        lines = painted_lines(header, c)
        assert " ".join(lines).split() == text.split(), (view.objectName(), text, lines)
        for line in lines:
            assert header.sectionSize(c) >= fm.horizontalAdvance(line) + MARGIN, \
                (view.objectName(), text, line, header.sectionSize(c))
        assert header.height() >= len(lines) * fm.lineSpacing(), (view.objectName(), text)
    # all the columns in the table's width: none pushed out of sight, no sideways scrolling
    assert header.length() <= view.viewport().width() + 1, view.objectName()


@pytest.fixture
def demo_window(make_window: Any, qtbot: Any, tmp_path: Path) -> Any:
    case = tmp_path / "demo.json"
    shutil.copyfile(demo_case_path(), case)
    w = make_window(case)
    w.resize(1280, 720)
    w.show()
    wait_result(qtbot, w)
    yield w
    w.set_language("en")


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_french_heads_and_payments_headers_show_whole_on_a_laptop(
        qtbot: Any, demo_window: Any, size: tuple[int, int]) -> None:
    w = demo_window
    w.set_language("fr")
    w.resize(*size)
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    editor = w.worker_editor
    editor.tabs.setCurrentIndex(2)  # the payments
    qtbot.wait(100)
    heads = editor.result.heads
    payments = editor.payments_view
    assert heads.isVisible() and heads.rowCount() >= 1  # the demo's Ioana has heads beside the wages
    assert str(heads.model().headerData(0, Qt.Orientation.Horizontal)) == "Chef de demande"
    assert str(payments.model().headerData(5, Qt.Orientation.Horizontal)) == "Chef de demande payé"
    assert w.width() <= size[0]  # the window is not made wider than the screen
    for view in (heads, payments, editor.result.periods, editor.result.lines):
        assert_headers_whole(view)
    # the payments' cells too: dates, amounts, periods and the head paid are not cut
    for c in range(payments.model().columnCount()):
        assert payments.sizeHintForColumn(c) <= payments.columnWidth(c), c
    # the heads' texts wrap onto more lines (the row grows) rather than being cut
    for r in range(heads.rowCount()):
        for c in range(heads.columnCount()):
            item = heads.item(r, c)
            width = heads.columnWidth(c) - 6
            words = item.text().split(" ")
            assert all(heads.fontMetrics().horizontalAdvance(word) <= width for word in words), item.text()
        assert heads.rowHeight(r) >= heads.verticalHeader().defaultSectionSize()


def test_english_heads_headers_show_whole(qtbot: Any, demo_window: Any) -> None:
    w = demo_window
    w.resize(1280, 720)
    w.show_page("worker", "w3")
    editor = w.worker_editor
    editor.tabs.setCurrentIndex(2)
    qtbot.wait(100)
    assert editor.result.heads.isVisible()
    for view in (editor.result.heads, editor.payments_view, editor.shifts_view):
        assert_headers_whole(view)
