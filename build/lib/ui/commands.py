"""Undo/redo: every edit is a snapshot command holding the case JSON before and after it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ui.document import CaseDocument


class SnapshotCommand(QUndoCommand):
    """Replace the whole case data; undo restores the previous snapshot.

    The issued-documents record is append-only: undo and redo never remove a document that was
    issued (the document keeps its current list).
    """

    def __init__(self, doc: CaseDocument, before: str, after: str, text: str,
                 first: dict[str, Any] | None = None):
        super().__init__(text)
        self._doc = doc
        self._before = before
        self._after = after
        self._first = first  # the new data, decoded, for the first redo (push)

    def redo(self) -> None:
        first, self._first = self._first, None
        self._doc.restore_snapshot(self._after, first)

    def undo(self) -> None:
        self._doc.restore_snapshot(self._before)
