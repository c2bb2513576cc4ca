"""Typing and clicking helpers for the desktop-app tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget


def type_into(field: QLineEdit, text: str) -> None:
    """Replace a field's text by typing, then press Enter (as a user does)."""
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def cell_editor(view: QTableView, row: int, col: int) -> QLineEdit:
    """Open the editor of a cell (F2) and return it."""
    index: QModelIndex = view.model().index(row, col)
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), f"no line editor on ({row}, {col}): {editor!r}"
    return editor


def edit_cell(view: QTableView, row: int, col: int, text: str) -> QLineEdit:
    """Type ``text`` into a cell and press Enter; the editor used."""
    editor = cell_editor(view, row, col)
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClicks(editor, text)
    press_enter(editor)
    return editor


def press_enter(editor: QWidget) -> None:
    """Enter in a cell editor: the view commits the value on the next event-loop turn."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def with_modal(action: Any, handler: Any) -> None:
    """Run ``action`` (which opens a modal dialog) and let ``handler(dialog)`` drive the dialog."""
    seen: list[QWidget] = []

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dlg)
        handler(dlg)

    QTimer.singleShot(0, poll)
    action()
    assert seen, "no dialog was opened"


def wait_result(qtbot: Any, window: Any, timeout: int = 15000) -> None:
    """Wait until the window shows the result of the current data."""
    qtbot.waitUntil(window.is_up_to_date, timeout=timeout)
