"""An editable table over one list of a worker's data (shifts, hours blocks or payments).

Cells hold the case-file strings; typed text goes through the column's parser (``wage_remedy_ui.validation``)
and a refused value leaves the data untouched and reports why (``rejected``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from wage_remedy.api import SetValue
from wage_remedy_ui.document import CaseDocument, Data
from wage_remedy_ui.validation import InputError

Index = QModelIndex | QPersistentModelIndex
PROBLEM_COLOR = QColor("#f8d7da")
DOUBT_COLOR = QColor("#fff3cd")  # accepted, but worth a second look
PLACEHOLDER_COLOR = QColor("#6c757d")  # what an empty cell will mean, not a value


@dataclass
class Column:
    """One column: the key in the row dict, how to show it, edit it and parse typed text."""

    key: str
    header: str
    display: Callable[[Data], str]
    edit: Callable[[Data], str] | None = None
    parse: Callable[[str], Any] | None = None  # None: read-only
    right: bool = False
    choices: list[tuple[str, str]] = field(default_factory=list)  # (value, label) for a list
    width: int = 90  # a weight: how the room left over is shared (columns fit their texts first)
    shrink: bool = False  # free text: narrowed first, elided, when the table is short of room
    # shown greyed and in italics in an empty cell: what an empty value will mean (the stored
    # value stays empty, the cell's editor starts empty)
    placeholder: Callable[[Data], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of ``doc.data["workers"][i][list_key]`` for the selected worker."""

    rejected = Signal(int, int, str)  # row, column, message
    doubted = Signal(int, str)  # row, why the accepted value looks implausible

    def __init__(self, doc: CaseDocument, list_key: str, columns: list[Column],
                 new_row: Callable[[list[Data], Data], Data], what: str, parent: Any = None):
        super().__init__(parent)
        self.doc = doc
        self.list_key = list_key
        self.columns = columns
        self.new_row = new_row
        self.what = what  # for undo texts, e.g. "shift"
        self.worker_id: str | None = None
        self.last_error = ""
        self.problems: dict[int, str] = {}
        # an accepted row that looks implausible (``doubt`` says why), or a row just added as a
        # copy of its neighbour and not edited yet: tinted and explained, never refused
        self.doubt: Callable[[Data], str] | None = None
        self.fresh: set[int] = set()
        self._count = 0
        self._cache: tuple[int, str | None, list[Data]] | None = None
        self._shown: list[Data] = []  # the rows as last shown (``refresh`` compares by identity)
        doc.changed.connect(self.refresh)

    # ---------------------------------------------------------------- access
    def rows(self) -> list[Data]:
        """The rows of the selected worker (empty when none)."""
        if self.worker_id is None:
            return []
        c = self._cache
        if c is not None and c[0] == self.doc.generation and c[1] == self.worker_id:
            return c[2]
        w = self.doc.worker(self.worker_id)
        rows = [] if w is None else list(w.get(self.list_key, []))
        self._cache = (self.doc.generation, self.worker_id, rows)
        return rows

    def set_worker(self, worker_id: str | None) -> None:
        """Show the rows of another worker."""
        self.beginResetModel()
        self.worker_id = worker_id
        self.problems = {}
        self.fresh = set()
        self._shown = self.rows()
        self._count = len(self._shown)
        self.endResetModel()

    def set_problems(self, problems: dict[int, str]) -> None:
        """Mark rows the computation refused (overlaps, a break longer than the shift...); only
        the rows whose mark changed are repainted."""
        if problems != self.problems:
            changed = sorted(i for i in problems.keys() | self.problems.keys()
                             if problems.get(i) != self.problems.get(i) and i < self._count)
            self.problems = problems
            if changed:
                self._changed_rows(changed[0], changed[-1])

    def refresh(self) -> None:
        """Follow a change of the document (edit, undo, redo). A typed edit copies only the row
        it edits (``CaseDocument.apply``), so the rows that are not the same objects as before
        are the ones that changed: only they are repainted and measured again (a year of daily
        shifts is 365 rows). When no row changed, something they show may have: all are."""
        rows = self.rows()
        n = len(rows)
        old, self._shown = self._shown, rows
        if n != self._count:
            self.beginResetModel()
            self._count = n
            self.endResetModel()
        elif n:
            changed = [i for i, (a, b) in enumerate(zip(old, rows, strict=True)) if a is not b] \
                if len(old) == n else []
            self._changed_rows(changed[0] if changed else 0, changed[-1] if changed else n - 1)

    def _changed_rows(self, first: int, last: int) -> None:
        """``dataChanged`` for the rows ``first`` to ``last``, every column."""
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header  # whole, when the header is elided in a narrow table
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].parse is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rows = self.rows()
        if index.row() >= len(rows):
            return None
        row = rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(row) or self._placeholder(col, row)
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            if col.placeholder is None or col.display(row) or not col.placeholder(row):
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(PLACEHOLDER_COLOR)
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.EditRole:
            return (col.edit or col.display)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            if index.row() in self.problems:
                return QBrush(PROBLEM_COLOR) if role == Qt.ItemDataRole.BackgroundRole \
                    else self.problems[index.row()]
            doubt = self.row_doubt(index.row(), row)
            if doubt:
                return QBrush(DOUBT_COLOR) if role == Qt.ItemDataRole.BackgroundRole else doubt
            if role == Qt.ItemDataRole.ToolTipRole and col.shrink:
                return col.display(row) or None  # whole, when elided in a narrow table
        return None

    @staticmethod
    def _placeholder(col: Column, row: Data) -> str:
        return col.placeholder(row) if col.placeholder is not None else ""

    def row_doubt(self, i: int, row: Data) -> str:
        """Why row ``i`` deserves a second look ("" when it does not)."""
        said = self.doubt(row) if self.doubt is not None else ""
        if not said and i in self.fresh:
            said = self.tr("A copy of the row above: check it, or press Delete to remove it")
        return said

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = self.columns[index.column()]
        if col.parse is None:
            return False
        try:
            parsed = col.parse(str(value) if value is not None else "")
        except InputError as exc:
            self.last_error = str(exc)
            self.rejected.emit(index.row(), index.column(), self.last_error)
            return False
        self.last_error = ""
        row_i = index.row()

        wi = self.doc.worker_index(self.worker_id) if self.worker_id is not None else None
        if wi is None or row_i >= len(self.rows()):
            return False
        self.fresh.discard(row_i)
        # a typed edit: only this row is copied, so the live computation redoes only this worker
        self.doc.apply(self.tr("Edit {0} {1}: {2}").format(self.what, row_i + 1, col.header),
                       SetValue(("workers", wi, self.list_key, row_i, col.key), parsed))
        rows = self.rows()
        if row_i < len(rows):
            doubt = self.row_doubt(row_i, rows[row_i])
            if doubt:
                self.doubted.emit(row_i, self.tr("{0} {1}: {2}").format(self.what, row_i + 1, doubt))
        return True

    # ---------------------------------------------------------------- editing rows
    def _list(self, d: Data) -> list[Data]:
        assert self.worker_id is not None
        for w in d["workers"]:
            if w.get("id") == self.worker_id:
                return w.setdefault(self.list_key, [])
        raise KeyError(self.worker_id)

    def add_row(self, after: int | None = None, row: Data | None = None) -> int | None:
        """Add ``row`` (default: prefilled from its neighbour) after ``after``, else at the end;
        its index."""
        if self.worker_id is None:
            return None
        w = self.doc.worker(self.worker_id)
        assert w is not None
        rows = self.rows()
        at = len(rows) if after is None else after + 1
        new = self.new_row(rows[:at], w) if row is None else row
        # a copy of the row above is tinted until checked; a first row has no row above (its
        # values are the defaults, not a copy)
        self.fresh = {i + 1 if i >= at else i for i in self.fresh} | ({at} if at > 0 else set())
        self.doc.modify(self.tr("Add {0}").format(self.what),
                        lambda d: self._list(d).insert(at, new))
        return at

    def rows_text(self, indexes: list[int]) -> str:
        """Whole rows as tab-separated text (the header first), as a spreadsheet pastes it; the
        cells as they are typed (``edit``), so a paste back reads them unchanged."""
        rows = self.rows()
        lines = ["\t".join(c.header for c in self.columns)]
        for i in sorted(set(indexes)):
            if 0 <= i < len(rows):
                lines.append("\t".join((c.edit or c.display)(rows[i]) for c in self.columns))
        return "\n".join(lines) + "\n"

    def paste(self, text: str, row: int, column: int) -> list[str]:
        """Paste tab-separated rows (from a spreadsheet) from ``row``, ``column`` on, as one
        undoable edit; missing rows are added. The values go through the columns' parsers: when
        any is refused, nothing is pasted and the problems are returned ("row 3, Start: ...")."""
        if self.worker_id is None:
            return [self.tr("Select a worker first")]
        lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
        editable = [i for i, c in enumerate(self.columns) if c.parse is not None]
        targets = [i for i in editable if i >= column]
        grid = [ln.split("\t") for ln in lines]
        headers = [c.header.lower() for c in self.columns]
        if grid and [x.strip().lower() for x in grid[0]][:2] == headers[:2]:
            grid = grid[1:]  # our own copied header line
        if not grid:
            return []
        problems: list[str] = []
        parsed: list[dict[str, Any]] = []
        for r, cells in enumerate(grid):
            values: dict[str, Any] = {}
            # a copied whole row holds the read-only columns too: take the editable ones only
            if len(cells) == len(self.columns) and column == 0:
                pairs = [(i, cells[i]) for i in editable]
            else:
                pairs = list(zip(targets, cells, strict=False))
            for i, cell in pairs:
                col = self.columns[i]
                assert col.parse is not None
                try:
                    values[col.key] = col.parse(cell)
                except InputError as exc:
                    problems.append(self.tr("row {0}, {1}: {2}").format(row + r + 1, col.header, exc))
            parsed.append(values)
        if problems:
            return problems
        w = self.doc.worker(self.worker_id)
        assert w is not None
        current = self.rows()

        def apply(d: Data) -> None:
            lst = self._list(d)
            for r, values in enumerate(parsed):
                at = row + r
                if at >= len(lst):
                    lst.append(self.new_row(list(lst), w))
                for key, value in values.items():
                    if value is None:
                        lst[at].pop(key, None)
                    else:
                        lst[at][key] = value

        added = max(0, row + len(parsed) - len(current))
        self.fresh = set()
        self.doc.modify(self.tr("Paste {0} row(s)").format(len(parsed)) if not added
                        else self.tr("Paste {0} row(s), {1} new").format(len(parsed), added), apply)
        return []

    def remove_rows(self, indexes: list[int]) -> None:
        """Remove rows (one undoable edit)."""
        drop = sorted(set(indexes), reverse=True)
        if not drop or self.worker_id is None:
            return

        def apply(d: Data) -> None:
            lst = self._list(d)
            for i in drop:
                if 0 <= i < len(lst):
                    del lst[i]

        self.fresh = set()
        self.doc.modify(self.tr("Delete {0} row(s)").format(len(drop)), apply)
