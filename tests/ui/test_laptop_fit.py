"""Fits a laptop (issue 17, trial findings 6-11): the window fits the screen, the forms never
scroll sideways, nothing is cut, the calculation lines are in sight, the banner strip does not
move the workspace, a refused amount stays where it was typed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QLineEdit,
    QPushButton,
    QWidget,
)
from test_editing import small_case
from ui_helpers import cell_editor, wait_result

from wage_remedy.demo import demo_case_path
from wage_remedy_ui.settings import clamp_geometry, first_geometry

MINIMUM = QSize(1000, 620)


def test_first_start_fits_a_1280x720_laptop_and_opens_maximised() -> None:
    # a 1280×720 screen with a 30 px panel: 1280×690 free
    free = QRect(0, 0, 1280, 690)
    rect, maximise = first_geometry(free, MINIMUM)
    assert maximise  # 1280 ≤ 1366: a laptop screen
    # the window and its title bar (48 px allowed) stay on the screen: 690 - 48 = 642 ≤ 800
    assert rect.height() == 642 and rect.width() == 1264  # 1280 - 16 of borders
    assert free.contains(rect)


def test_first_start_on_a_big_screen_keeps_the_default_size_centred() -> None:
    free = QRect(0, 0, 1920, 1050)
    rect, maximise = first_geometry(free, MINIMUM)
    assert not maximise
    assert (rect.width(), rect.height()) == (1280, 800)
    assert rect.left() == (1920 - 1280) // 2  # 320: centred
    assert free.contains(rect)


def test_a_size_remembered_on_a_big_screen_is_clamped_to_a_small_one() -> None:
    free = QRect(0, 0, 1366, 738)
    rect = clamp_geometry(QRect(500, 300, 1600, 1000), free, MINIMUM)
    # 1366 - 16 = 1350 wide, 738 - 48 = 690 high, moved back left and up inside the screen
    assert (rect.width(), rect.height()) == (1350, 690)
    assert free.contains(rect)
    # never below the window's minimum, even on a tiny screen
    tiny = clamp_geometry(QRect(0, 0, 1280, 800), QRect(0, 0, 800, 600), MINIMUM)
    assert (tiny.width(), tiny.height()) == (1000, 620)
    assert not first_geometry(QRect(0, 0, 800, 600), MINIMUM)[1]  # too small to maximise into


def sideways(root: QWidget) -> list[str]:
    """The visible scroll areas under ``root`` showing a horizontal scroll bar."""
    return [a.objectName() or type(a).__name__ for a in root.findChildren(QAbstractScrollArea)
            if a.isVisible() and a.horizontalScrollBar().isVisible()]


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


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_case_and_worker_pages_fit_1280x720_without_sideways_scrolling(
        qtbot: Any, demo_window: Any, lang: str) -> None:
    w = demo_window
    w.set_language(lang)
    w.resize(1280, 720)
    wait_result(qtbot, w)
    w.show_page("case")
    qtbot.wait(50)
    page = w.case_page
    form = page.form_scroll
    # the form is never wider than its pane: no label pushed out of sight on the left
    assert form.widget().width() <= form.viewport().width()
    assert sideways(w) == []
    # Tab through the case fields: the form does not slide sideways
    for field in page.fields.values():
        field.setFocus()
        form.ensureWidgetVisible(field)
        assert form.horizontalScrollBar().value() == 0
    # the worker page: the tables, their headers and the result stay in sight
    w.show_page("worker", "w1")
    qtbot.wait(50)
    editor = w.worker_editor
    for tab in range(3):  # shifts, hours blocks, payments: every column in the table's width
        editor.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        view = [editor.shifts_view, editor.hours_view, editor.payments_view][tab]
        assert view.horizontalHeader().length() <= view.viewport().width() + 1, (lang, tab)
    assert sideways(w) == []
    periods = editor.result.periods
    assert periods.horizontalHeader().length() <= periods.viewport().width() + 1
    # the worker form's labels wrap: none is cut (each label is as wide as its text needs
    # once wrapped, i.e. at least its longest word)
    for label in editor.findChildren(type(editor.title)):
        if label.isVisible() and label.text() and not label.text().startswith("<"):
            longest = max(label.text().split(), key=label.fontMetrics().horizontalAdvance)
            assert label.width() >= label.fontMetrics().horizontalAdvance(longest), label.text()


def test_add_worker_button_is_not_cut_in_dutch(qtbot: Any, demo_window: Any) -> None:
    w = demo_window
    w.set_language("nl")
    w.resize(1280, 720)
    qtbot.wait(50)
    add = w.findChild(QPushButton, "addWorker")
    assert add.text() == "Werknemer toevoegen"
    assert add.width() >= add.fontMetrics().horizontalAdvance(add.text()) + 8


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_choosing_a_period_shows_its_calculation_lines_in_sight(
        qtbot: Any, demo_window: Any, lang: str) -> None:
    w = demo_window
    w.set_language(lang)
    w.resize(1280, 720)
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    qtbot.wait(50)
    panel = w.worker_editor.result
    panel.periods.setFocus()
    panel.periods.selectRow(1)
    qtbot.wait(50)
    lines = panel.lines
    assert lines.rowCount() >= 2  # the demo's April: normal hours and overtime
    # every line shown, under its header, not squashed behind the chart
    header = lines.horizontalHeader().height()
    assert lines.viewport().height() >= lines.rowCount() * lines.rowHeight(0)
    assert header > 0
    top = lines.mapTo(panel.body_scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + lines.height() <= panel.body_scroll.viewport().height()
    # the explanation has its own room below the lines, not under the chart
    assert panel.explanation.geometry().top() >= lines.geometry().bottom()
    assert panel.chart.geometry().top() >= panel.explanation.geometry().bottom()
    panel.lines.setFocus()
    panel.select_line(1, 0)
    qtbot.wait(20)
    assert panel.explanation.toPlainText()
    # how the chosen line was computed is scrolled into sight
    view = panel.body_scroll.viewport()
    top = panel.explanation.mapTo(view, QPoint(0, 0)).y()
    assert 0 <= top and top + panel.explanation.height() <= view.height()


def test_banner_strip_keeps_its_height_and_the_workspace_does_not_move(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    w.resize(1280, 720)
    w.show()
    wait_result(qtbot, w)
    strip = w.banner_strip
    was_shown = w.problem_banner.isVisible()
    top = w.pages.mapTo(w, QPoint(0, 0)).y()
    height = strip.height()
    w.add_worker()  # a new worker has no birth date yet: the problem banner says so
    wait_result(qtbot, w)
    qtbot.waitUntil(lambda: w.problem_banner.isVisible() != was_shown, timeout=5000)
    qtbot.wait(50)
    assert strip.height() == height
    assert w.pages.mapTo(w, QPoint(0, 0)).y() == top
    w.problem_banner.more.setChecked(True)  # all the details: they scroll inside the strip
    qtbot.wait(20)
    assert strip.height() == height and w.pages.mapTo(w, QPoint(0, 0)).y() == top


def test_a_refused_amount_stays_in_its_cell_with_the_reason(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    w.show()
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    editor = w.worker_editor
    editor.tabs.setCurrentIndex(2)
    editor.payments_view.add_row()
    view = editor.payments_view
    before = w.doc.worker("w1")["payments"][0]["amount"]
    cell = cell_editor(view, 0, 1)
    cell.selectAll()
    QTest.keyClicks(cell, "1.200")  # 1200 or 1.20? refused, never guessed
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.wait(20)
    # the editor is still open with what was typed, marked, with the reason beside it
    assert view.state() == QAbstractItemView.State.EditingState
    open_editor = view.indexWidget(view.model().index(0, 1))
    assert isinstance(open_editor, QLineEdit) and open_editor.text() == "1.200"
    assert "ambiguous" in open_editor.toolTip()
    assert w.doc.worker("w1")["payments"][0]["amount"] == before  # nothing stored
    # Tab does not throw it away either
    QTest.keyClick(open_editor, Qt.Key.Key_Tab)
    qtbot.wait(20)
    assert view.indexWidget(view.model().index(0, 1)) is open_editor and open_editor.text() == "1.200"
    # corrected in place (English interface: 1,200.00), it is stored and the editor closes
    open_editor.selectAll()
    QTest.keyClicks(open_editor, "1,200.00")
    QTest.keyClick(open_editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert w.doc.worker("w1")["payments"][0]["amount"] == "1200.00"
    assert view.state() != QAbstractItemView.State.EditingState


def test_escape_gives_up_a_refused_amount(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    w.show()
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    editor = w.worker_editor
    editor.tabs.setCurrentIndex(2)
    editor.payments_view.add_row()
    view = editor.payments_view
    before = w.doc.worker("w1")["payments"][0]["amount"]
    cell = cell_editor(view, 0, 1)
    cell.selectAll()
    QTest.keyClicks(cell, "12.000")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert view.state() == QAbstractItemView.State.EditingState
    QTest.keyClick(view.indexWidget(view.model().index(0, 1)), Qt.Key.Key_Escape)
    qtbot.wait(20)
    assert view.state() != QAbstractItemView.State.EditingState
    assert w.doc.worker("w1")["payments"][0]["amount"] == before


def test_issued_documents_list_shows_the_state_whole_without_sideways_scrolling(
        qtbot: Any, demo_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    w = demo_window
    w.set_language("fr")
    w.resize(1280, 720)
    w.show_page("documents")
    panel = w.documents_panel
    docs = [{"number": f"TSW-2025-0142/{k}-001", "kind": kind, "worker": "w1", "amounts": {},
             "language": "fr", "worker_language": "ro", "issued_at": "2025-06-30T10:00:00+00:00",
             "file": f"{k}.pdf"} for k, kind in (("PO", "payment-order"), ("RC", "receipt"))]
    monkeypatch.setitem(panel.doc.data, "documents", docs)
    monkeypatch.setattr(panel, "document_states", lambda: {d["number"]: (False, None) for d in docs})
    panel._fill_issued()
    qtbot.wait(50)
    table = panel.issued_table
    state = table.item(0, 4).text()
    assert state == "conforme au dossier"
    # the state is never cut (the trial read "conforme au dossie"), the list does not scroll sideways
    assert table.columnWidth(4) >= table.fontMetrics().horizontalAdvance(state)
    assert table.horizontalHeader().length() <= table.viewport().width() + 1
    assert not table.horizontalScrollBar().isVisible()
    assert "Ordre de paiement" in table.item(1, 1).toolTip()  # an elided cell shows all as tooltip


def test_dragging_the_case_divider_moves_it(qtbot: Any, demo_window: Any) -> None:
    w = demo_window
    w.set_language("fr")
    w.resize(1280, 720)
    w.show_page("case")
    qtbot.wait(50)
    split = w.case_page.split
    left = split.sizes()[0]
    handle = split.handle(1)
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, start + QPoint(-80, 0))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(-80, 0))
    qtbot.wait(20)
    assert abs(split.sizes()[0] - (left - 80)) <= 2  # the form gives 80 px to the results
    assert w.case_page.form_scroll.widget().width() <= w.case_page.form_scroll.viewport().width()
    # the main divider too: the workspace leaves room to widen the list of workers
    assert w.pages.minimumSizeHint().width() < w.pages.width() - 80


def test_a_long_table_header_wraps_and_shows_whole_as_tooltip(qtbot: Any, demo_window: Any) -> None:
    w = demo_window
    w.set_language("de")
    w.resize(1280, 720)
    w.show_page("worker", "w1")
    qtbot.wait(50)
    view = w.worker_editor.shifts_view
    model = view.model()
    header = view.horizontalHeader()
    # a German header wider than its column is broken onto more lines, not cut ("…"); its
    # tooltip is still the whole header
    for c in range(model.columnCount()):
        text = str(model.headerData(c, Qt.Orientation.Horizontal))
        lines = header.shown_lines(c)
        assert " ".join(lines).split() == text.split(), (text, lines)
        if header.fontMetrics().horizontalAdvance(text) > header.sectionSize(c):
            assert len(lines) > 1, text
        assert model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == text
