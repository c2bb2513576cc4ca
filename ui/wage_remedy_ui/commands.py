"""Undo/redo: every edit is a snapshot command holding the case JSON before and after it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from wage_remedy_ui.document import CaseDocument


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


class DataCommand(QUndoCommand):
    """Set the case data to ``after``; undo sets it back to ``before``. Both are the decoded data,
    never changed in place (typed edits build a new object sharing the untouched parts), so an
    edit costs no copy of the whole case. The issued-documents record is kept as it is."""

    def __init__(self, doc: CaseDocument, before: dict[str, Any], after: dict[str, Any], text: str):
        super().__init__(text)
        self._doc = doc
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._doc.restore_data(self._after)

    def undo(self) -> None:
        self._doc.restore_data(self._before)
