"""Ctrl+Z / Ctrl+Y act on the case's undo stack, not on a text field's own history.

A line edit (a form field, a table cell editor, an editable list) keeps its own undo history
across commits, so Ctrl+Z in it used to replay older values, which were then committed as a new
edit that wiped the case's redo stack. Installed on the application, ``UndoKeys`` decides:

- the field holds an uncommitted edit (typed since it got the focus or since its last commit):
  Ctrl+Z puts back the text it had then (one step, nothing committed); Ctrl+Y does nothing;
- otherwise the key is left to the window's Undo/Redo actions (the case's undo stack).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

_BASE = "_undoKeysBaseline"
_HOOKED = "_undoKeysHooked"


def _matches(event: QKeyEvent, key: QKeySequence.StandardKey) -> bool:
    return event.matches(key)


def is_undo(event: QKeyEvent) -> bool:
    """Ctrl+Z (the platform's Undo key)."""
    return _matches(event, QKeySequence.StandardKey.Undo)


def is_redo(event: QKeyEvent) -> bool:
    """Ctrl+Y or Ctrl+Shift+Z (the platform's Redo keys)."""
    pressed = QKeySequence(event.keyCombination())
    return _matches(event, QKeySequence.StandardKey.Redo) or pressed in (
        QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


def holds_uncommitted_edit(edit: QLineEdit) -> bool:
    """True when the user typed in ``edit`` since it got the focus or last committed."""
    base = edit.property(_BASE)
    return edit.isModified() and base is not None and edit.text() != str(base)


def _reset(edit: QLineEdit) -> None:
    edit.setProperty(_BASE, edit.text())
    edit.setModified(False)


class UndoKeys(QObject):
    """Application event filter routing the undo keys (see the module docstring)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.FocusIn):
            return False
        if not isinstance(obj, QLineEdit) or obj.isReadOnly():
            return False
        if kind == QEvent.Type.FocusIn:
            if not obj.property(_HOOKED):
                obj.setProperty(_HOOKED, True)
                obj.editingFinished.connect(lambda e=obj: _reset(e))
                # a value put in by the program (undo, a refresh) is the new starting point
                obj.textChanged.connect(lambda _t, e=obj: None if e.isModified() else _reset(e))
            _reset(obj)
            return False
        if not isinstance(event, QKeyEvent):
            return False
        undo, redo = is_undo(event), is_redo(event)
        if not (undo or redo):
            return False
        if holds_uncommitted_edit(obj):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the field takes the key: no case undo/redo
                return True
            if undo:  # back to the text it had before this edit, as typing would (validation runs)
                obj.selectAll()
                obj.insert(str(obj.property(_BASE)))
            return True
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # not for the field: the window's Undo/Redo action gets the key
            return True
        return True  # a key press that reached the field anyway: never its own history
