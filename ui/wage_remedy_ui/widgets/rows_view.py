"""Table view for rows models: validating cell editors, Enter on the last row adds a row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from wage_remedy_ui.models.rows import RowsModel
from wage_remedy_ui.validation import InputError
from wage_remedy_ui.widgets.columns import ColumnFitter, install_wrap_header

INVALID_STYLE = "QLineEdit { background: #f8d7da; border: 1px solid #c0392b; }"
REFUSAL = "refusal"  # the editor's property: why its text was refused when committed ("" if not)


class CellDelegate(QStyledItemDelegate):
    """Line editors that show, as you type, why a value would be refused; lists for choices."""

    message = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        model = index.model()
        assert isinstance(model, RowsModel)
        col = model.columns[index.column()]
        if col.choices:
            combo = QComboBox(parent)
            for value, label in col.choices:
                combo.addItem(label, value)
            return combo
        edit = QLineEdit(parent)
        parse = col.parse

        def check(text: str) -> None:
            try:
                if parse is not None:
                    parse(text)
            except InputError as exc:
                edit.setStyleSheet(INVALID_STYLE)
                edit.setToolTip(str(exc))
                self.message.emit(str(exc))
            else:
                edit.setStyleSheet("")
                edit.setToolTip("")
                self.message.emit("")

        edit.textEdited.connect(check)
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            row = index.model().data(index, Qt.ItemDataRole.EditRole)
            i = editor.findData(row)
            if i < 0:
                i = editor.findText(str(row))
            editor.setCurrentIndex(max(0, i))
            return
        if isinstance(editor, QLineEdit) and editor.isModified():
            # the view refreshes open editors on every dataChanged (a recompute, error marks):
            # what the user has typed and not committed yet is kept
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        assert isinstance(editor, QLineEdit)
        ok = model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        refusal = model.last_error if not ok and isinstance(model, RowsModel) else ""
        # a refused value stays in its editor, marked, with the reason beside it: the view does
        # not close the editor (``RowsView.closeEditor``), nothing typed is lost
        editor.setProperty(REFUSAL, refusal)
        if refusal:
            editor.setStyleSheet(INVALID_STYLE)
            editor.setToolTip(refusal)


class RowsView(QTableView):
    """A table of a ``RowsModel``: Enter on the last row adds a row, Delete removes rows,
    Ctrl+C copies whole rows, Ctrl+V pastes rows from a spreadsheet."""

    pasteRefused = Signal(str)  # noqa: N815 - Qt signal name

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.delegate = CellDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        # headers wrap onto two lines rather than being cut; the columns are as wide as their
        # headers and cells within the table's width (``wage_remedy_ui.widgets.columns``)
        install_wrap_header(self)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # a free-text cell cut short shows "…"
        self.fitter: ColumnFitter | None = None
        # Tab moves along the row's cells; past its last editable cell (Shift+Tab: before its
        # first) it leaves the table for the next field (``focusNextPrevChild``)
        self.setTabKeyNavigation(True)
        self.entry_column: int | None = None  # the cell a new row starts in (default: the first editable)

    def rows_model(self) -> RowsModel:
        model = self.model()
        assert isinstance(model, RowsModel)
        return model

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt name
        super().setModel(model)
        if isinstance(model, RowsModel):
            shrink = [i for i, col in enumerate(model.columns) if col.shrink]
            grow = [i for i, col in enumerate(model.columns) if col.shrink] or [len(model.columns) - 1]
            self.fitter = ColumnFitter(self, shrink=shrink, grow=grow)
            model.rejected.connect(self._rejected)

    def fit_columns(self) -> None:
        """Fit the columns to their headers and cells within the table's width now: every
        column in sight, no sideways scrolling (``wage_remedy_ui.widgets.columns``)."""
        if self.fitter is not None:
            self.fitter.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.fit_columns()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802 - Qt name
        """Close a cell editor, except one whose text was just refused (Enter, Tab, a click
        elsewhere): it stays open with the text and the reason; Escape reverts and closes it."""
        refusal = editor.property(REFUSAL) if editor is not None else None
        if refusal and hint != QAbstractItemDelegate.EndEditHint.RevertModelCache:
            QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), str(refusal), editor)
            return
        super().closeEditor(editor, hint)

    def _rejected(self, row: int, column: int, message: str) -> None:
        rect = self.visualRect(self.model().index(row, column))
        QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), message, self)

    def first_editable_column(self) -> int:
        if self.entry_column is not None:
            return self.entry_column
        model = self.rows_model()
        for i, col in enumerate(model.columns):
            if col.parse is not None:
                return i
        return 0

    def add_row(self) -> None:
        """Add a row after the current one (or at the end) and select it."""
        model = self.rows_model()
        cur = self.currentIndex()
        after = cur.row() if cur.isValid() and cur.row() < model.rowCount() - 1 else None
        row = model.add_row(after)
        if row is not None:
            index = model.index(row, self.first_editable_column())
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def add_row_and_focus(self) -> None:
        """Add a row (the Add button) and put the keyboard in the table, ready to type."""
        self.add_row()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()}
                      | ({self.currentIndex().row()} if self.currentIndex().isValid() else set()))
        if rows:
            self.rows_model().remove_rows(rows)

    def copy_rows(self) -> str:
        """Ctrl+C: the selected rows, whole, to the clipboard (tab-separated, with the header)."""
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()}
                      | ({self.currentIndex().row()} if self.currentIndex().isValid() else set()))
        text = self.rows_model().rows_text(rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste_rows(self, text: str | None = None) -> list[str]:
        """Ctrl+V: rows copied from a spreadsheet (tab-separated) from the current cell on."""
        text = QGuiApplication.clipboard().text() if text is None else text
        cur = self.currentIndex()
        row = cur.row() if cur.isValid() else self.rows_model().rowCount()
        column = cur.column() if cur.isValid() else 0
        problems = self.rows_model().paste(text, row, column)
        if problems:
            self.pasteRefused.emit(self.tr("Nothing pasted: {0}").format("; ".join(problems[:5])))
        return problems

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt names
        model = self.model()
        cur = self.currentIndex()
        if isinstance(model, RowsModel) and self.state() != QAbstractItemView.State.EditingState:
            editable = [i for i, c in enumerate(model.columns) if c.parse is not None]
            at_end = not cur.isValid() or not editable or (
                cur.column() >= editable[-1] if next else cur.column() <= editable[0])
            if at_end:
                return QWidget.focusNextPrevChild(self, next)  # Tab leaves the table
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_rows()
            event.accept()
            return
        if not editing and event.matches(QKeySequence.StandardKey.Paste):
            self.paste_rows()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            model = self.rows_model()
            cur = self.currentIndex()
            if model.rowCount() == 0 or not cur.isValid() or cur.row() == model.rowCount() - 1:
                self.add_row()
            else:
                self.setCurrentIndex(model.index(cur.row() + 1, cur.column()))
            event.accept()
            return
        if key == Qt.Key.Key_Delete and not editing:
            self.remove_selected()
            event.accept()
            return
        super().keyPressEvent(event)
