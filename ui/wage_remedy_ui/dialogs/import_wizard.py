"""Import wizard: shifts, hours and payments from a CSV or XLSX file, previewed before anything
changes (issue 8).

Choose the file, the worker (for a file without a worker column), check the detected column
mapping (one list per column), see every row as it will be imported and every row that will not
with its reason; exclude rows; Import is enabled only when no rejected row remains. On accept,
``result_case`` holds the new case; the main window puts it on its undo stack. The reading,
checking and importing are the core's (``wage_remedy.importing.plan``): this dialog only shows them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import (
    FIELDS,
    CaseError,
    CaseFile,
    Catalogue,
    ImportPlan,
    PlannedRow,
    apply_import,
    plan_import,
    read_tables,
    xlsx_sheet_names,
)
from wage_remedy_ui import settings as prefs
from wage_remedy_ui.background import Cancelled, run_and_wait
from wage_remedy_ui.dialogs.import_reasons import (
    field_label,
    file_problem_words,
    reason_words,
    reasons_words,
    values_words,
)
from wage_remedy_ui.widgets.columns import fit_columns

REJECTED_COLOR = QColor("#f8d7da")
EXCLUDED_COLOR = QColor("#e4e4e4")
SKIPPED_TEXT = QColor("#777777")


def worker_names(case: CaseFile) -> dict[str, str]:
    """Each worker of the case by name (the id only beside a name two workers share, or for a
    worker without a name): the wizard shows workers by name, never by a bare id."""
    counts: dict[str, int] = {}
    for w in case.workers:
        counts[w.name] = counts.get(w.name, 0) + 1
    return {w.id: (w.name if w.name and counts[w.name] == 1 else f"{w.name} ({w.id})".strip())
            for w in case.workers}


class PreviewModel(QAbstractTableModel):
    """Every row of the plan: where, status, worker, kind, values, reason or notes."""

    COLUMNS = ("row", "status", "worker", "kind", "values", "reason")

    def __init__(self, parent: QWidget | None = None, names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.names = names or {}  # worker id -> name shown
        self.plan: ImportPlan | None = None
        self._multi_sheet = False

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self._multi_sheet = plan is not None and len({r.sheet for r in plan.rows}) > 1
        self.endResetModel()

    def row_at(self, i: int) -> PlannedRow:
        assert self.plan is not None
        return self.plan.rows[i]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = (self.tr("Row"), self.tr("Status"), self.tr("Worker"), self.tr("Kind"),
                  self.tr("Values"), self.tr("Reason / notes"))
        return labels[section]

    def status_text(self, r: PlannedRow) -> str:
        return {"import": self.tr("import"), "rejected": self.tr("REJECTED"),
                "excluded": self.tr("excluded"), "skipped": self.tr("skipped")}[r.status]

    def kind_text(self, kind: str | None) -> str:
        return {"shift": self.tr("shift"), "hours": self.tr("hours"),
                "payment": self.tr("payment"), "employment": self.tr("employment")}.get(kind or "", "")

    def reason_text(self, r: PlannedRow) -> str:
        """Why the row is rejected or skipped, else its notes, in the interface language (the
        core gives each as a code with parameters)."""
        sheets = self._multi_sheet
        if r.reasons:
            return reasons_words(r.reasons, sheets=sheets)
        if r.skip is not None:
            return reason_words(r.skip, sheets=sheets)
        return reasons_words(r.remarks, sheets=sheets)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        r = self.plan.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "row":
                return f"{r.row} ({r.sheet})" if self._multi_sheet and r.sheet else str(r.row)
            if col == "status":
                return self.status_text(r)
            if col == "worker":
                return self.names.get(r.worker, r.worker) if r.worker else ""
            if col == "kind":
                return self.kind_text(r.kind)
            if col == "values":
                return values_words(r.kind, r.values, r.cells)
            if col == "reason":
                return self.reason_text(r)
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.status == "rejected":
                return REJECTED_COLOR
            if r.status == "excluded":
                return EXCLUDED_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "skipped":
            return SKIPPED_TEXT
        return None

    def refresh_rows(self) -> None:
        """Statuses changed (rows excluded or included)."""
        if self.plan is not None and self.plan.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.plan.rows) - 1, len(self.COLUMNS) - 1))


class ImportWizard(QDialog):
    """Preview and import a CSV/XLSX file into a case; ``result_case`` after accept."""

    def __init__(self, case: CaseFile, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import hours and payments"))
        prefs.fit_dialog(self, 1000, 700)  # never taller than a laptop screen
        self.case = case
        self.catalogue = catalogue
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.result_case: CaseFile | None = None
        self.user_mapping: dict[str, str | None] = {}
        self._headers: list[tuple[str, str | None, str]] = []  # header, field, note

        lay = QVBoxLayout(self)
        lay.addLayout(self._reading_form(case))
        lay.addWidget(QLabel(self.tr("Columns (change what a column holds if it was not recognised):")))
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Holds"), self.tr("Note")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setMaximumHeight(170)
        lay.addWidget(self.mapping_table)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        lay.addWidget(self.summary_label)
        lay.addWidget(self._preview_view(), 1)
        lay.addLayout(self._rows_bar())

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ building
    def _reading_form(self, case: CaseFile) -> QFormLayout:
        """The file, the worker, the sheet and how times and decimals are read."""
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("CSV or XLSX file"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("File"), file_row)

        self.worker_combo = QComboBox()
        self.worker_combo.addItem(self.tr("(named in the file, or by the sheet name)"), None)
        for wid, name in worker_names(case).items():
            self.worker_combo.addItem(name, wid)
        self.worker_combo.currentIndexChanged.connect(self._replan)
        form.addRow(self.tr("Worker"), self.worker_combo)

        self.sheet_combo = QComboBox()
        self.sheet_combo.addItem(self.tr("(all sheets)"), None)
        self.sheet_combo.currentIndexChanged.connect(self._replan)
        self.sheet_label = QLabel(self.tr("Sheet"))
        form.addRow(self.sheet_label, self.sheet_combo)
        self.sheet_label.setVisible(False)
        self.sheet_combo.setVisible(False)
        form.addRow(self.tr("Reading"), self._reading_options())
        return form

    def _reading_options(self) -> QHBoxLayout:
        """How times like 8.30 and decimal separators are read (detected unless chosen)."""
        opts = QHBoxLayout()
        self.times_combo = QComboBox()
        self.times_combo.addItem(self.tr("detect"), None)
        self.times_combo.addItem(self.tr("clock time (8.30 = 8:30)"), "clock")
        self.times_combo.addItem(self.tr("decimal hours (8.30 = 8:18)"), "decimal")
        self.times_combo.currentIndexChanged.connect(self._replan)
        self.decimal_combo = QComboBox()
        self.decimal_combo.addItem(self.tr("detect"), None)
        self.decimal_combo.addItem(self.tr("comma (1.234,56)"), "comma")
        self.decimal_combo.addItem(self.tr("point (1,234.56)"), "point")
        self.decimal_combo.currentIndexChanged.connect(self._replan)
        opts.addWidget(QLabel(self.tr("Times like 8.30:")))
        opts.addWidget(self.times_combo)
        opts.addSpacing(16)
        opts.addWidget(QLabel(self.tr("Decimal separator:")))
        opts.addWidget(self.decimal_combo)
        opts.addStretch(1)
        return opts

    def _preview_view(self) -> QTableView:
        """The rows of the file as they would be imported."""
        self.model = PreviewModel(self, worker_names(self.case))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setVisible(False)
        # every column as wide as its header and texts within the dialog; the values and the
        # reason give way on a narrow screen (elided, whole as tooltip)
        fit_columns(self.view, shrink=(4, 5), grow=(5,))
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        return self.view

    def _rows_bar(self) -> QHBoxLayout:
        """Exclude or include the selected rows, exclude every rejected row."""
        rows_bar = QHBoxLayout()
        self.exclude_button = QPushButton(self.tr("Exclude selected rows"))
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.include_button = QPushButton(self.tr("Include selected rows"))
        self.include_button.clicked.connect(self.include_selected)
        self.exclude_rejected_button = QPushButton(self.tr("Exclude all rejected rows"))
        self.exclude_rejected_button.clicked.connect(self.exclude_rejected)
        for b in (self.exclude_button, self.include_button, self.exclude_rejected_button):
            rows_bar.addWidget(b)
        rows_bar.addStretch(1)
        return rows_bar

    # ------------------------------------------------------------------ labels
    def field_label(self, name: str | None) -> str:
        """A field's name in the interface language."""
        return field_label(name)

    # ------------------------------------------------------------------ file
    def choose_file(self) -> None:
        """Ask for a file, then preview it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import hours and payments"), str(self.path.parent) if self.path else "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Preview ``path`` with the detected mapping."""
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self.user_mapping = {}
        self._headers = []
        self._fill_sheets()
        self._replan()

    def _fill_sheets(self) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItem(self.tr("(all sheets)"), None)
        names: list[str] = []
        if self.path is not None and self.path.suffix.lower() == ".xlsx":
            names = xlsx_sheet_names(self.path)
        for n in names:
            self.sheet_combo.addItem(n, n)
        self.sheet_combo.blockSignals(False)
        many = len(names) > 1
        self.sheet_label.setVisible(many)
        self.sheet_combo.setVisible(many)

    # ------------------------------------------------------------------ planning
    def mapping_spec(self) -> dict[str, Any]:
        """The user's choices as a mapping for ``plan_import``."""
        spec: dict[str, Any] = {"columns": dict(self.user_mapping)}
        if self.times_combo.currentData():
            spec["times"] = self.times_combo.currentData()
        if self.decimal_combo.currentData():
            spec["decimal"] = self.decimal_combo.currentData()
        return spec

    def _replan(self) -> None:
        if self.path is None:
            return
        self.error_label.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            case, path, worker = self.case, self.path, self.worker_combo.currentData()
            mapping, sheet, catalogue = self.mapping_spec(), self.sheet_combo.currentData(), self.catalogue
            self.plan = run_and_wait(  # off the UI thread: a large file takes seconds
                lambda _p: plan_import(case, path, worker=worker, mapping=mapping, sheet=sheet,
                                       catalogue=catalogue),
                parent=self, label=self.tr("Reading the file…"))
        except Cancelled:
            self.plan = None
        except CaseError as exc:
            self.plan = None
            self.error_label.setText("\n".join(file_problem_words(p) for p in exc.problems))
            self._headers_from_file()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.plan is not None:
            seen: dict[str, tuple[str, str | None, str]] = {}
            for s in self.plan.sheets:
                for c in s.columns:
                    note = reason_words(c.remark) if c.remark is not None else ""
                    seen.setdefault(c.header, (c.header, c.field, note))
            self._headers = list(seen.values())
        self._fill_mapping()
        self.model.set_plan(self.plan)
        self._update_buttons()

    def _headers_from_file(self) -> None:
        """Without a plan (no header recognised), offer the first row's cells as column names."""
        if self._headers or self.path is None:
            return
        try:
            tables = read_tables(self.path, self.sheet_combo.currentData())
        except CaseError:
            return
        for t in tables:
            for _num, cells in t.rows:
                texts = [str(c).strip() for c in cells if isinstance(c, str) and c.strip()]
                if len(texts) >= 2:
                    self._headers = [(h, self.user_mapping.get(h), "") for h in dict.fromkeys(texts)]
                    return

    def _fill_mapping(self) -> None:
        t = self.mapping_table
        t.setRowCount(len(self._headers))
        choices: list[str | None] = [None, *FIELDS]
        for i, (header, fld, note) in enumerate(self._headers):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            t.setItem(i, 0, item)
            combo = QComboBox()
            for name in choices:
                combo.addItem(self.field_label(name), name)
            combo.setCurrentIndex(choices.index(fld) if fld in choices else 0)
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self.set_column(h, c.currentData()))
            t.setCellWidget(i, 1, combo)
            note_item = QTableWidgetItem(note)
            note_item.setFlags(note_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            t.setItem(i, 2, note_item)
        # the column and what it holds as wide as their texts; the note takes the rest of the
        # width (resizing it to its contents too broke its stretching: the header stopped short)
        t.resizeColumnToContents(0)
        t.resizeColumnToContents(1)

    def mapping_combo(self, header: str) -> QComboBox:
        """The list that says what ``header`` holds."""
        for i in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(i, 0)
            if item is not None and item.text() == header:
                w = self.mapping_table.cellWidget(i, 1)
                assert isinstance(w, QComboBox)
                return w
        raise KeyError(header)

    def set_column(self, header: str, field_name: str | None) -> None:
        """The user says column ``header`` holds ``field_name`` (None: ignore it); preview again."""
        # a field belongs to one column: another column the user had set to it is ignored
        for h, f in list(self.user_mapping.items()):
            if f == field_name and h != header and field_name is not None:
                self.user_mapping[h] = None
        self.user_mapping[header] = field_name
        self._replan()

    # ------------------------------------------------------------------ rows
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def exclude_selected(self) -> None:
        """Leave the selected rows out of the import."""
        if self.plan is not None:
            self.plan.exclude(self.selected_rows())
            self._rows_changed()

    def include_selected(self) -> None:
        """Put the selected rows back into the import."""
        if self.plan is not None:
            self.plan.include(self.selected_rows())
            self._rows_changed()

    def exclude_rejected(self) -> None:
        """Leave every rejected row out of the import."""
        if self.plan is not None:
            self.plan.exclude(self.plan.rejected)
            self._rows_changed()

    def _rows_changed(self) -> None:
        self.model.refresh_rows()
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        self.import_button.setEnabled(plan is not None and plan.can_apply)
        for b in (self.exclude_button, self.include_button, self.exclude_rejected_button):
            b.setEnabled(plan is not None and bool(plan.rows))
        if plan is None:
            self.summary_label.setText(self.tr("Choose a CSV or XLSX file to preview it.")
                                       if self.path is None else "")
            return
        c = plan.counts()
        text = self.tr("{n} rows: {i} to import ({s} shifts, {h} hours blocks, {p} payments), "
                       "{r} rejected, {e} excluded, {k} skipped.").format(
            n=len(plan.rows), i=len(plan.to_import), s=c["shift"], h=c["hours"], p=c["payment"],
            r=len(plan.rejected), e=len(plan.excluded), k=len(plan.skipped))
        if c.get("employment"):
            text += " " + self.tr("{0} row(s) with a worker's status or end of the contract.").format(
                c["employment"])
        if plan.rejected:
            text += " " + self.tr("Fix the rejected rows in the file, or exclude them, to import.")
        if plan.issues or plan.remarks:
            text += "\n" + "\n".join(reason_words(p) for p in [*plan.issues, *plan.remarks])
        self.summary_label.setText(text)

    # ------------------------------------------------------------------ accept
    def accept(self) -> None:
        """Import everything in the preview, or nothing (the reason is shown)."""
        if self.plan is None or not self.plan.can_apply:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            case, plan, catalogue = self.case, self.plan, self.catalogue
            self.result_case = run_and_wait(lambda _p: apply_import(case, plan, catalogue=catalogue),
                                            parent=self, label=self.tr("Importing…"))
        except Cancelled:
            self.result_case = None
            return
        except CaseError as exc:
            self.result_case = None
            self.error_label.setText("\n".join(file_problem_words(p, where=False) for p in exc.problems))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()
