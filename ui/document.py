"""The open case: its data (the case-file JSON as a dict), its path, undo stack and validation.

The data may be incomplete while the user types (a worker without a birth date); ``validate``
says what is missing. Every change goes through ``modify`` so it can be undone.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.commands import SnapshotCommand
from wage_remedy.api import (
    CASE_FORMAT,
    CASE_VERSION,
    CaseError,
    CaseFile,
    Edit,
    ReplaceCase,
    apply_edit,
    case_to_data,
    load_case,
    parse_case_data,
    save_case,
)

Data = dict[str, Any]


def new_case_data(today: dt.date | None = None) -> Data:
    """The data of a new, empty case (reference and employer still to be filled in)."""
    day = (today or dt.date.today()).isoformat()
    return {
        "format": CASE_FORMAT, "version": CASE_VERSION, "reference": "", "jurisdiction": "BE",
        "as_of": day, "employer": {"name": ""},
        "inspection": {"date": day, "place": "", "inspector": ""},
        "settings": {"pay_period": "month", "paid_amounts": "gross"},
        "workers": [], "documents": [],
    }


def _dumps(data: Data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


class CaseDocument(QObject):
    """One open case. ``changed`` fires after every edit, undo, redo and reload."""

    changed = Signal()
    path_changed = Signal()

    def __init__(self, data: Data, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._data: Data = data
        self.path: Path | None = path
        self.generation = 0
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._valid: tuple[int, CaseFile | CaseError] | None = None
        self._snapshot: tuple[int, str] | None = None

    # ------------------------------------------------------------------ construction
    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> CaseDocument:
        """Open a case file; raises ``CaseError`` listing its problems."""
        case = load_case(path)
        return cls(case_to_data(case), Path(path), parent)

    # ------------------------------------------------------------------ data
    @property
    def data(self) -> Data:
        """The current case data (read it; change it through ``modify``)."""
        return self._data

    def snapshot(self) -> str:
        """The case data as JSON text (cached until the next change)."""
        if self._snapshot is None or self._snapshot[0] != self.generation:
            self._snapshot = (self.generation, _dumps(self._data))
        return self._snapshot[1]

    def modify(self, text: str, fn: Callable[[Data], object]) -> bool:
        """Apply ``fn`` to a copy of the data and push it as one undoable edit (if it changed)."""
        before = self.snapshot()
        new = json.loads(before)  # a deep copy (faster than copy.deepcopy for JSON data)
        fn(new)
        after = _dumps(new)
        if after == before:
            return False
        self.undo_stack.push(SnapshotCommand(self, before, after, text, first=new))
        return True

    def apply(self, text: str, *edits: Edit) -> bool:
        """Apply typed edit operations (``wage_remedy.api``: ``SetValue``, ``InsertRows``,
        ``AddWorker``, ...) as one undoable edit named ``text``."""
        def run(d: Data) -> None:
            for e in edits:
                apply_edit(d, e)

        return self.modify(text, run)

    def restore_snapshot(self, text: str, data: Data | None = None) -> None:
        """Set the data from a snapshot (``data``: the same, already decoded), keeping the
        current issued-documents record."""
        new = json.loads(text) if data is None else data
        new["documents"] = copy.deepcopy(self._data.get("documents", []))
        self._set(new)

    def set_documents(self, documents: list[Any]) -> None:
        """Replace the issued-documents record (read back from the saved file; not undoable)."""
        self._data["documents"] = copy.deepcopy(documents)
        self._set(self._data)

    def replace_all(self, data: Data, text: str) -> None:
        """Replace the whole case as one undoable edit (import, recovery)."""
        self.apply(text, ReplaceCase(data, documents=True))

    def _set(self, data: Data) -> None:
        self._data = data
        self.generation += 1
        self.changed.emit()

    # ------------------------------------------------------------------ validation
    def validate(self) -> CaseFile:
        """The data as a validated case; raises ``CaseError`` listing every problem."""
        if self._valid is None or self._valid[0] != self.generation:
            try:
                value: CaseFile | CaseError = parse_case_data(copy.deepcopy(self._data))
            except CaseError as exc:
                value = exc
            self._valid = (self.generation, value)
        value = self._valid[1]
        if isinstance(value, CaseError):
            raise value
        return value

    # ------------------------------------------------------------------ files
    @property
    def dirty(self) -> bool:
        """True when there are changes not saved."""
        return not self.undo_stack.isClean()

    def save(self, path: Path | None = None) -> None:
        """Validate and save atomically (to ``path`` or the current path)."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name")
        case = self.validate()
        save_case(case, target)
        if self.path != target:
            self.path = Path(target)
            self.path_changed.emit()
        self.undo_stack.setClean()

    def worker_index(self, worker_id: str) -> int | None:
        """Position of a worker in the data."""
        for i, w in enumerate(self._data.get("workers", [])):
            if w.get("id") == worker_id:
                return i
        return None

    def worker(self, worker_id: str) -> Data | None:
        """A worker's data."""
        i = self.worker_index(worker_id)
        return None if i is None else self._data["workers"][i]

    def new_worker_id(self) -> str:
        """An id not used by any worker (w1, w2, ...)."""
        used = {w.get("id") for w in self._data.get("workers", [])}
        n = 1
        while f"w{n}" in used:
            n += 1
        return f"w{n}"
