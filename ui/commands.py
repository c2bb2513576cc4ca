"""Undo/redo: every edit is a snapshot command holding the case JSON before and after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ui.document import CaseDocument


class SnapshotCommand(QUndoCommand):
    """Replace the whole case data; undo restores the previous snapshot.

    The issued-documents record is append-only: undo and redo never remove a document that was
    issued (the document keeps its current list).
    """

    def __init__(self, doc: CaseDocument, before: str, after: str, text: str):
        super().__init__(text)
        self._doc = doc
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._doc.restore_snapshot(self._after)

    def undo(self) -> None:
        self._doc.restore_snapshot(self._before)
