"""Nothing typed is lost: a cell being typed survives refreshes, Ctrl+Z acts on the case, Discard
waits for a chosen file, the demo opens as a copy in the user's documents folder."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from test_editing import small_case
from ui_helpers import cell_editor, press_enter, type_into, wait_result

from wage_remedy.case.store import load_case
from wage_remedy.demo import demo_case_path


def _open_editor(view: Any) -> QLineEdit:
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit), editor
    return editor


def test_tab_then_type_survives_an_error_appearing_and_clearing(qtbot: Any, make_window: Any,
                                                                tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    view = w.worker_editor.shifts_view
    # shift 2 moved onto 3 February: it overlaps shift 1 (an error the computation reports later)
    editor = cell_editor(view, 1, 0)
    editor.selectAll()
    QTest.keyClicks(editor, "03/02/2025")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # commits the date, opens the start cell of row 2
    QApplication.processEvents()
    start = _open_editor(view)
    assert view.currentIndex().column() == 1
    start.selectAll()
    QTest.keyClicks(start, "9:15")  # typed, not committed yet
    wait_result(qtbot, w)  # the overlap error appears: rows tinted, banner shown
    assert 1 in w.worker_editor.shifts_model.problems
    assert start.text() == "9:15"  # still there
    w.doc.undo_stack.undo()  # the error clears (the date goes back)
    wait_result(qtbot, w)
    assert not w.worker_editor.shifts_model.problems
    assert view.indexWidget(view.currentIndex()) is start and start.text() == "9:15"
    press_enter(start)
    assert w.doc.worker("w1")["shifts"][1]["start"] == "09:15"


def test_ctrl_z_in_a_text_field_undoes_the_case_not_the_field(qtbot: Any, make_window: Any,
                                                             tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    w.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    w.show_page("worker", "w1")
    name = w.worker_editor.name
    type_into(name, "Ana B")  # edit 1
    type_into(name, "Ana C")  # edit 2
    assert w.doc.worker("w1")["name"] == "Ana C"
    # the field still has the focus; its own history holds "Ana", "Ana B": not replayed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name and QApplication.activeWindow() is w,
                    timeout=5000)
    QTest.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.doc.worker("w1")["name"] == "Ana B"
    assert name.text() == "Ana B"
    assert w.doc.undo_stack.canRedo()
    name.clearFocus()  # leaving the field commits nothing new: the redo is still there
    QApplication.processEvents()
    assert w.doc.undo_stack.canRedo()
    name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=5000)
    QTest.keyClick(name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert w.doc.worker("w1")["name"] == "Ana C"
    # an uncommitted edit: Ctrl+Z puts the field back, the case is untouched
    name.selectAll()
    QTest.keyClicks(name, "Typo")
    depth = w.doc.undo_stack.index()
    QTest.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "Ana C"
    assert w.doc.undo_stack.index() == depth and w.doc.worker("w1")["name"] == "Ana C"


def test_discard_then_cancel_on_open_keeps_the_changes(qtbot: Any, make_window: Any, dialogs: Any,
                                                       tmp_path: Path) -> None:
    path = small_case(tmp_path)
    w = make_window(path)
    type_into(w.case_page.fields["employer.name"], "Changed BV")
    assert w.doc.dirty
    dialogs.questions.append(QMessageBox.StandardButton.Discard)
    dialogs.open_paths.append("")  # the file dialog is cancelled
    assert w.open_case() is False
    assert w.doc.dirty and w.doc.data["employer"]["name"] == "Changed BV"  # nothing thrown away
    assert w.autosave() is not None  # the recovery file still protects the work
    # Discard then a file chosen: now the changes go
    other = tmp_path / "other.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reference"] = "OTHER"
    other.write_text(json.dumps(data), encoding="utf-8")
    dialogs.questions.append(QMessageBox.StandardButton.Discard)
    dialogs.open_paths.append(str(other))
    assert w.open_case() is True
    assert w.doc.data["reference"] == "OTHER" and not w.doc.dirty
    assert load_case(path).employer.name == "Test BV"


def test_the_demo_opens_as_a_copy_in_the_documents_folder(qtbot: Any, make_window: Any,
                                                          tmp_path: Path) -> None:
    bundled = demo_case_path().read_bytes()
    w = make_window()
    assert w.open_demo()
    folder = tmp_path / "Documents" / "wage-remedy"  # the test's documents folder (conftest)
    assert w.doc.path is not None and w.doc.path.parent == folder
    assert w.documents_panel.default_out_dir().parent == folder  # documents go next to the copy
    assert load_case(w.doc.path).reference == load_case(demo_case_path()).reference
    w.open_demo()  # a second copy never overwrites the first
    assert sorted(p.name for p in folder.glob("*.json")) == [
        f"demo-{demo_case_path().stem}-2.json", f"demo-{demo_case_path().stem}.json"]
    assert demo_case_path().read_bytes() == bundled  # the installed file is untouched


def test_issued_documents_no_longer_matching_the_case_are_marked_outdated(
        qtbot: Any, make_window: Any) -> None:
    from wage_remedy_ui.widgets.documents_panel import documents_available
    if not documents_available():
        import pytest
        pytest.skip("wage_remedy.documents.issue is not installed")
    w = make_window()
    w.open_demo()
    wait_result(qtbot, w)
    w.act_docs.trigger()
    panel = w.documents_panel
    for i in range(1, panel.workers.count()):  # the first worker only
        panel.workers.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    assert panel.issued_table.rowCount() == 1
    recorded = w.doc.data["documents"][0]["amounts"]
    total_then = recorded[f"{w.doc.data['workers'][0]['id']} total"]
    state_col, amount_col = 4, 3
    assert panel.issued_table.item(0, state_col).text() == "matches the case"
    assert panel.issued_table.item(0, amount_col).text().replace(",", "") == total_then
    # a payment of 100.00 recorded after issue: the order no longer says what is owed
    day = w.doc.data["workers"][0]["payments"][0]["date"] if w.doc.data["workers"][0].get("payments") \
        else w.doc.data["as_of"]
    w.doc.modify("pay", lambda d: d["workers"][0].setdefault("payments", []).append(
        {"date": day, "amount": "100.00", "method": "cash"}))
    state = panel.issued_table.item(0, state_col)
    assert state.text().startswith("OUTDATED → ")
    assert panel.issued_table.item(0, amount_col).text().replace(",", "") == total_then  # as issued
    assert panel.document_states()[w.doc.data["documents"][0]["number"]][0] is True
    w.doc.undo_stack.undo()
    assert panel.issued_table.item(0, state_col).text() == "matches the case"


def test_claims_table_keeps_the_next_cell_typed_after_tab(qtbot: Any, rates: Any, dialogs: Any) -> None:
    from test_claims_panel import _case

    from wage_remedy_ui.widgets.claims_panel import ClaimsPanel
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.set_case(_case(), rates)
    panel.show()
    edits: list[Any] = []
    panel.caseEdited.connect(lambda case: (edits.append(case), panel.set_case(case, rates)))
    table = panel.periods
    assert table.item(0, 1).text() == "744.20"  # shown as the interface shows amounts
    table.setFocus()
    table.setCurrentCell(0, 1)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "818.62")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # commits "due", opens "paid"
    QApplication.processEvents()
    assert len(edits) == 1  # the edit went to the case (and the panel was refreshed with it)
    nxt = table.indexWidget(table.currentIndex())
    assert isinstance(nxt, QLineEdit) and table.currentColumn() == 2
    QTest.keyClicks(nxt, "500")
    panel.set_case(edits[-1], rates)  # a recompute refreshes the panel again
    QApplication.processEvents()
    assert table.indexWidget(table.currentIndex()) is nxt and nxt.text() == "500"
    QTest.keyClick(nxt, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert edits[-1].claims[0].periods[0].paid == Decimal("500")
