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

from wage_remedy.api import (
    CASE_FORMAT,
    CASE_VERSION,
    CaseChangedError,
    CaseError,
    CaseFile,
    CaseProblem,
    Edit,
    ReplaceCase,
    applied,
    case_lock,
    case_to_data,
    data_differences,
    file_digest,
    merge_documents,
    parse_case_data,
    read_case,
    save_case,
)
from wage_remedy_ui.commands import DataCommand, SnapshotCommand

Data = dict[str, Any]
SAVE_LOCK_WAIT = 10.0  # seconds the app waits for another program writing the case


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
        # the file as this case last read or saved it (issue 18: two writers)
        self.disk_digest: str | None = None
        self._disk_data: Data | None = None

    # ------------------------------------------------------------------ construction
    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> CaseDocument:
        """Open a case file; raises ``CaseError`` listing its problems."""
        case, digest = read_case(path)
        doc = cls(case_to_data(case), Path(path), parent)
        doc.disk_digest, doc._disk_data = digest, case_to_data(case)
        return doc

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
        ``AddWorker``, ...) as one undoable edit named ``text`` (if it changed anything). Only the
        edited path is copied: the rest of the case, other workers included, stays the same
        objects, so the live computation validates and computes only what changed."""
        before = self._data
        after = applied(before, *edits)
        if after == before:
            return False
        self.undo_stack.push(DataCommand(self, before, after, text))
        return True

    def restore_data(self, data: Data) -> None:
        """Set the data to ``data`` (an undo/redo state), keeping the current issued-documents
        record; ``data`` itself is never changed."""
        documents = self._data.get("documents", [])
        self._set(data if data.get("documents", []) == documents
                  else {**data, "documents": copy.deepcopy(documents)})

    def restore_snapshot(self, text: str, data: Data | None = None) -> None:
        """Set the data from a snapshot (``data``: the same, already decoded), keeping the
        current issued-documents record."""
        new = json.loads(text) if data is None else data
        new["documents"] = copy.deepcopy(self._data.get("documents", []))
        self._set(new)

    def set_documents(self, documents: list[Any]) -> None:
        """Replace the issued-documents record (read back from the saved file; not undoable)."""
        self._set({**self._data, "documents": copy.deepcopy(documents)})  # a new object: the
        # live computation may still be reading the old one

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

    def save(self, path: Path | None = None, *, force: bool = False) -> None:
        """Validate and save atomically (to ``path`` or the current path), under the case's lock.

        Saving over the file this case was read from: when another program or window changed
        it since, only a change of the issued-documents record is merged (that record only
        grows); any other change raises ``CaseChangedError`` and nothing is written, unless
        ``force`` ("save mine anyway", the documents record still merged). Never loses a record
        of an issued document."""
        chosen = path or self.path
        if chosen is None:
            raise ValueError("no file name")
        target = Path(chosen)
        self.validate()
        same_file = self.path is not None and target.resolve() == self.path.resolve()
        with case_lock(target, timeout=SAVE_LOCK_WAIT):
            if same_file:
                self._merge_from_disk(target, force)
            case = self.validate()
            digest = save_case(case, target)
        self.disk_digest, self._disk_data = digest, case_to_data(case)
        if self.path != target:
            self.path = Path(target)
            self.path_changed.emit()
        self.undo_stack.setClean()

    # ------------------------------------------------------------------ the file on disk
    def disk_changes(self) -> tuple[str, list[str]]:
        """How the file on disk differs from what this case last read or saved: ``("same",
        [])``, ``("documents", [])`` (only documents were issued meanwhile), ``("changed",
        differences)``, ``("missing", [])`` or ``("unreadable", [problem])``."""
        if self.path is None or self.disk_digest is None:
            return "same", []
        now = file_digest(self.path)
        if now == self.disk_digest:
            return "same", []
        if now is None:
            return "missing", []
        try:
            disk, _digest = read_case(self.path)
        except CaseError as exc:
            return "unreadable", [str(p) for p in exc.problems[:5]]
        theirs = case_to_data(disk)
        base = {k: v for k, v in (self._disk_data or {}).items() if k != "documents"}
        if {k: v for k, v in theirs.items() if k != "documents"} == base:
            return "documents", []
        return "changed", data_differences(self._disk_data or {}, theirs)

    def adopt_disk_documents(self) -> None:
        """Take in documents issued meanwhile (the file on disk differs only by them)."""
        assert self.path is not None
        disk, digest = read_case(self.path)
        theirs = case_to_data(disk)
        self.set_documents(merge_documents(self._data.get("documents", []), theirs.get("documents", [])))
        self.disk_digest, self._disk_data = digest, theirs

    def _merge_from_disk(self, target: Path, force: bool) -> None:
        if not target.exists():
            return
        if self.disk_digest is not None and file_digest(target) != self.disk_digest:
            kind, differences = self.disk_changes()
            if kind == "changed" and not force:
                raise CaseChangedError([CaseProblem("", "the case file changed on disk since it "
                                                    "was opened (another program or window "
                                                    "saved it); nothing was saved")]
                                       + [CaseProblem("", d) for d in differences], str(target))
        try:  # whatever else changed, no record of an issued document is dropped
            disk, _digest = read_case(target)
        except CaseError:
            return
        theirs = case_to_data(disk).get("documents", [])
        self.set_documents(merge_documents(self._data.get("documents", []), theirs))

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
