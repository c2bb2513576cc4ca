"""Form fields that validate as you type and commit a parsed value when editing finishes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from wage_remedy_ui.validation import InputError

INVALID_STYLE = "QLineEdit { background: #f8d7da; border: 1px solid #c0392b; }"


class FieldEdit(QLineEdit):
    """A line edit bound to one case value.

    ``committed`` carries the parsed value when the user finishes editing a valid text; an
    invalid text is marked (red, reason in the tooltip and in ``message``) and not committed.
    """

    committed = Signal(object)
    message = Signal(str)

    def __init__(self, parse: Callable[[str], Any], parent: QWidget | None = None,
                 placeholder: str = ""):
        super().__init__(parent)
        self._parse = parse
        self.invalid = False
        self.error = ""
        self._help = ""
        self._stored: str | None = None
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(self._check)
        self.editingFinished.connect(self._finish)

    def set_help(self, text: str) -> None:
        """The tooltip shown while the value is valid."""
        self._help = text
        if not self.invalid:
            self.setToolTip(text)

    def _mark(self, error: str) -> None:
        self.invalid = bool(error)
        self.error = error
        self.setStyleSheet(INVALID_STYLE if error else "")
        self.setToolTip(error or self._help)

    def _check(self, text: str) -> None:
        try:
            self._parse(text)
        except InputError as exc:
            self._mark(str(exc))
            self.message.emit(str(exc))
        else:
            if self.invalid:
                self.message.emit("")
            self._mark("")

    def _finish(self) -> None:
        try:
            value = self._parse(self.text())
        except InputError as exc:
            self._mark(str(exc))
            self.message.emit(str(exc))
            return
        self._mark("")
        self.committed.emit(value)

    def set_problem(self, message: str) -> None:
        """Mark a problem the validation of the whole case found (not a refused typed text)."""
        if self.invalid:
            return
        self.setStyleSheet(INVALID_STYLE if message else "")
        self.setToolTip(message or self._help)

    def show_value(self, text: str) -> None:
        """Show the stored value; a refused text stays on screen until the stored value changes."""
        if self.invalid and text == self._stored:
            return
        self._stored = text
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)
        if self.invalid:
            self._mark("")
