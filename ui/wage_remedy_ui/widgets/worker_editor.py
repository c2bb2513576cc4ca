"""Worker editor: identity, employment, shifts, hours blocks and payments, beside the live result."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import (
    JURISDICTIONS,
    LANGUAGES,
    CaseProblem,
    Catalogue,
    RateTable,
    WorkerResult,
    head_title,
    parse_decimal,
)
from wage_remedy_ui import settings as prefs
from wage_remedy_ui.dialogs.quick_fill import CopyWeekDialog, QuickFillDialog
from wage_remedy_ui.document import CaseDocument, Data
from wage_remedy_ui.i18n import (
    current_language,
    decimal_symbol,
    fmt_date,
    fmt_date_weekday,
    fmt_hours,
    fmt_money,
    fmt_number,
    fmt_period,
)
from wage_remedy_ui.labels import LANGUAGE_NAMES, method_label
from wage_remedy_ui.models.rows import Column, RowsModel
from wage_remedy_ui.patterns import copy_week, merge_shifts
from wage_remedy_ui.problem_words import overlapped_row, problem_message
from wage_remedy_ui.validation import (
    parse_amount_text,
    parse_date_text,
    parse_hours_text,
    parse_iban_text,
    parse_minutes_text,
    parse_optional_date_text,
    parse_optional_rate_text,
    parse_period_text,
    parse_required_text,
    parse_time_text,
    parse_weekly_hours_text,
    worked_minutes,
)
from wage_remedy_ui.widgets.estimate_editor import EstimateEditor
from wage_remedy_ui.widgets.fields import FieldEdit
from wage_remedy_ui.widgets.result_panel import ResultPanel
from wage_remedy_ui.widgets.rows_view import RowsView
from wage_remedy_ui.widgets.wrapping import wrap_labels

# heads of claim a payment may name (docs/heads.md), every country's; the computation refuses a
# head the worker cannot have, naming the payment
_PAYABLE_HEADS = ["wages"] + list(dict.fromkeys(h for j in JURISDICTIONS.values() for h in j.heads))
_ROW_PATH = re.compile(r"^workers\[(\d+)\]\.(shifts|hours|payments)\[(\d+)\]")
_FIELD_PATH = re.compile(r"^workers\[(\d+)\]\.([a-z_.]+)$")


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _past_blocks(day: dt.date, worker: Data) -> dt.date:
    """``day``, or the first day after the hours blocks that cover it (a shift and a block on one
    day are refused: a new shift goes on the next day free of blocks)."""
    spans = [(_date(h.get("from")), _date(h.get("to"))) for h in worker.get("hours", [])]
    covered = True
    while covered:
        covered = False
        for a, b in spans:
            if a is not None and b is not None and a <= day <= b:
                day, covered = b + dt.timedelta(days=1), True
    return day


def _show_date(value: Any, weekday: bool = False) -> str:
    d = _date(value)
    if d is None:
        return str(value or "")
    return fmt_date_weekday(d) if weekday else fmt_date(d)


def _show_amount(value: Any) -> str:
    try:
        return fmt_money(parse_decimal(str(value)))
    except ValueError:
        return str(value or "")


def _show_number(value: Any) -> str:
    try:
        return fmt_number(parse_decimal(str(value)))
    except ValueError:
        return str(value or "")


def _edit_number(value: Any) -> str:
    return "" if value is None else str(value).replace(".", decimal_symbol())


def sector_label(table: RateTable, lang: str) -> str:
    """``302 – JC 302 hotel industry …`` for a sector table."""
    m = re.search(r"pc-(\d+)", table.id)
    number = m.group(1) if m else table.id
    title = table.title.get(lang)
    if " – " in title:
        title = title.split(" – ", 1)[1]
    return f"{number} – {title}"


def sector_categories(table: RateTable) -> list[str]:
    """The categories of a sector table (its declared list, else its latest version's keys)."""
    if "category" not in table.dimensions:
        return []
    if table.dimension_values and table.dimension_values.get("category"):
        return list(table.dimension_values["category"])
    return list(table.versions[-1].values.keys())


def sector_function_years(table: RateTable, category: str | None) -> list[int]:
    """The function years the latest version of a sector table lists (for the category)."""
    if "function_years" not in table.dimensions:
        return []
    values = table.versions[-1].values
    node: Any = values.get(category or "") or next(iter(values.values()), {})
    years = sorted(int(k) for k in node if str(k).isdigit()) if isinstance(node, dict) else []
    return years


def _fit_popup(combo: QComboBox) -> None:
    """Let the drop-down list be as wide as its longest entry (the field stays narrow); each entry
    also has its whole text as a tooltip."""
    for i in range(combo.count()):
        combo.setItemData(i, combo.itemText(i), Qt.ItemDataRole.ToolTipRole)
    view = combo.view()
    view.setMinimumWidth(min(900, view.sizeHintForColumn(0) + 36))


def category_label(table: RateTable, category: str) -> str:
    """``II — 15,8915 €/h at 0 years (01/01/2026)``: a category with the rate of its latest scale."""
    version = table.versions[-1]
    node: Any = version.values.get(category)
    if isinstance(node, dict):
        node = node.get("0", next(iter(node.values()), None))
    if not isinstance(node, Decimal):
        return category
    unit = QCoreApplication.translate("WorkerEditor", "€/h") if table.unit == "hour" \
        else QCoreApplication.translate("WorkerEditor", "€/month")
    return QCoreApplication.translate("WorkerEditor", "{0} — {1} {2} at 0 years ({3})").format(
        category, fmt_number(node), unit, fmt_date(version.start))


LONG_SHIFT_MINUTES = 14 * 60  # a plausibility check of typed shifts (not a legal limit)


def shift_doubt(row: Data) -> str:
    """Why a shift looks mistyped: a break longer than half of it, or more than 14 h of work."""
    start, end = str(row.get("start", "")), str(row.get("end", ""))
    brk = int(row.get("break_minutes", 0) or 0)
    length = worked_minutes(start, end, 0)
    if length is None:
        return ""
    if brk * 2 > length:
        return QCoreApplication.translate("WorkerEditor", "the break ({0} min) is longer than half of the "
                                          "shift {1}–{2}: is that right?").format(brk, start, end)
    worked = length - brk
    if worked > LONG_SHIFT_MINUTES:
        return QCoreApplication.translate("WorkerEditor", "{0} h of work in one shift ({1}–{2}): is that "
                                          "right?").format(fmt_hours(worked), start, end)
    return ""


class WorkerEditor(QWidget):
    """Edits one worker of the open case; shows its result beside the tables."""

    message = Signal(str)

    def __init__(self, doc: CaseDocument, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.catalogue = catalogue
        self.worker_id: str | None = None
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("workerTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        lay.addWidget(self.title)
        top = QHBoxLayout()
        top.addWidget(self._identity_box(), 1)
        top.addWidget(self._employment_box(), 1)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("workerSplitter")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._shifts_tab(), self.tr("&Shifts"))
        self.tabs.addTab(self._hours_tab(), self.tr("&Hours blocks"))
        self.tabs.addTab(self._payments_tab(), self.tr("&Payments"))
        self.estimates = EstimateEditor(doc, catalogue)  # docs/estimates.md
        self.tabs.addTab(self.estimates, self.tr("&Estimates"))
        split.addWidget(self.tabs)
        self.result = ResultPanel()
        split.addWidget(self.result)
        split.setSizes([420, 580])
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.tabs.setMinimumWidth(360)  # a wide tab page does not squeeze the result away
        self.split = split
        self._sized = prefs.keep_splitter(split, "workerSplitter")
        lay.addWidget(split, 1)
        self._tab_order()
        doc.changed.connect(self.refresh)

    # ================================================================ building
    def _field(self, parse: Any, key: tuple[str, ...], label: str, placeholder: str = "") -> FieldEdit:
        f = FieldEdit(parse, placeholder=placeholder)
        f.setObjectName("field_" + "_".join(key))
        f.committed.connect(lambda value, k=key, lab=label: self._set(k, value, lab))
        f.message.connect(self.message)
        return f

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Worker"))
        g = QGridLayout(box)
        self.name = self._field(parse_required_text, ("name",), self.tr("name"))
        self.birth = self._field(parse_date_text, ("birth_date",), self.tr("birth date"),
                                 self.tr("dd/mm/yyyy"))
        self.language = QComboBox()
        self.language.setObjectName("field_language")
        for code in LANGUAGES:
            self.language.addItem(f"{LANGUAGE_NAMES.get(code, code)} ({code})", code)
        self.language.activated.connect(
            lambda _i: self._set(("language",), self.language.currentData(), self.tr("language")))
        self.student = QCheckBox(self.tr("Student"))
        self.student.setObjectName("field_student")
        self.student.clicked.connect(
            lambda checked: self._set(("student",), bool(checked), self.tr("student")))
        self.iban = self._field(parse_iban_text, ("iban",), self.tr("IBAN"), "BE71 0961 2345 6769")
        self.address = self._field(lambda s: s.strip() or None, ("address",), self.tr("address"))
        fm = self.birth.fontMetrics()  # a date and an IBAN are never cut, whatever the room
        self.birth.setMinimumWidth(fm.horizontalAdvance("00/00/00000") + 14)
        self.iban.setMinimumWidth(fm.horizontalAdvance("BE71 0961 2345 67690") + 14)
        g.addWidget(QLabel(self.tr("Name")), 0, 0)
        g.addWidget(self.name, 0, 1, 1, 3)
        g.addWidget(QLabel(self.tr("Birth date")), 1, 0)
        g.addWidget(self.birth, 1, 1)
        g.addWidget(QLabel(self.tr("Language")), 1, 2)
        g.addWidget(self.language, 1, 3)
        g.addWidget(QLabel(self.tr("IBAN")), 2, 0)
        g.addWidget(self.iban, 2, 1, 1, 2)
        g.addWidget(self.student, 2, 3)
        g.addWidget(QLabel(self.tr("Address")), 3, 0)
        g.addWidget(self.address, 3, 1, 1, 3)
        g.setColumnStretch(1, 2)
        g.setColumnStretch(3, 2)
        wrap_labels(box)  # long labels (FR, NL, DE) wrap instead of being cut
        return box

    def _employment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Employment"))
        g = QGridLayout(box)
        # empty = start unknown: allowed with a presumption estimate (docs/estimates.md)
        self.start = self._field(parse_optional_date_text, ("employment", "start"), self.tr("employment start"),
                                 self.tr("dd/mm/yyyy"))
        self.sector = self._sector_combo()
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(10)
        self.category.setObjectName("field_category")
        self.category.activated.connect(self._category_chosen)
        self.years = QComboBox()
        self.years.setObjectName("field_function_years")
        self.years.activated.connect(
            lambda _i: self._set(("employment", "function_years"), int(self.years.currentData()),
                                 self.tr("function years")) if self.years.currentData() is not None else None)
        self.weekly = self._field(parse_weekly_hours_text, ("employment", "weekly_hours"),
                                  self.tr("weekly hours"), self.tr("sector's regime"))
        self.weekly.set_help(self.tr("The full-time weekly regime that applies (not the hours "
                                     "worked); empty: the sector table's regime, else 38"))
        self.agreed = self._field(parse_optional_rate_text, ("employment", "agreed_hourly_rate"),
                                  self.tr("agreed hourly rate"), self.tr("none"))
        self.agreed.set_help(self.tr("The hourly rate agreed with the employer, if higher than the "
                                     "minimums"))
        g.addWidget(QLabel(self.tr("Sector")), 0, 0)
        g.addWidget(self.sector, 0, 1, 1, 3)
        g.addWidget(QLabel(self.tr("Category")), 1, 0)
        g.addWidget(self.category, 1, 1)
        g.addWidget(QLabel(self.tr("Function years at start")), 1, 2)
        g.addWidget(self.years, 1, 3)
        g.addWidget(QLabel(self.tr("Employment start")), 2, 0)
        g.addWidget(self.start, 2, 1)
        g.addWidget(QLabel(self.tr("Weekly regime (h)")), 2, 2)
        g.addWidget(self.weekly, 2, 3)
        g.addWidget(QLabel(self.tr("Agreed rate (€/h)")), 3, 0)
        g.addWidget(self.agreed, 3, 1)
        self._heads_fields(g)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)
        wrap_labels(box)  # long labels (FR, NL, DE) wrap instead of being cut
        for combo in (self.years, self.status, self.end_reason):  # a long choice does not widen the box
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        return box

    def _sector_combo(self) -> QComboBox:
        """The sector: a table chosen from the list or typed (number or name, completed)."""
        sector = QComboBox()
        sector.setObjectName("field_sector")
        sector.setEditable(True)
        sector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        sector.setMinimumContentsLength(20)
        sector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        sector_edit = sector.lineEdit()
        assert sector_edit is not None
        sector_edit.setPlaceholderText(self.tr("number or name, e.g. 302"))
        completer = QCompleter(sector.model(), sector)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        sector.setCompleter(completer)
        sector.activated.connect(self._sector_chosen)
        sector_edit.editingFinished.connect(self._sector_typed)
        # leaving with Tab while the completion list is open does not end the line edit's editing
        # on every platform (the completer eats the focus-out): Tab applies the typed text first
        sector.installEventFilter(self)
        return sector

    def _status_default(self, table: Any) -> None:
        """The status choice 'not given' says what it means for this worker: the sector's status
        when the sector table has one, else that the status is unknown and must be chosen (the
        heads of claim that depend on it are not computed until then)."""
        known = getattr(table, "worker_status", None) if table is not None else None
        words = {"blue_collar": self.tr("Blue-collar"), "white_collar": self.tr("White-collar")}
        self.status.setItemText(0, self.tr("from the sector ({0})").format(words[known]) if known in words
                                else self.tr("unknown: choose"))

    def _heads_fields(self, g: QGridLayout) -> None:
        """Status, end of the contract and undeclared work: what the heads of claim beside the
        wages depend on (docs/heads.md). Empty means not given (the status then comes from the
        sector table)."""
        self.status = QComboBox()
        self.status.setObjectName("field_status")
        for text, value in ((self.tr("from the sector"), None), (self.tr("Blue-collar"), "blue_collar"),
                            (self.tr("White-collar"), "white_collar")):
            self.status.addItem(text, value)
        self.status.activated.connect(
            lambda _i: self._set(("employment", "status"), self.status.currentData(), self.tr("status")))
        self.end = self._field(parse_optional_date_text, ("employment", "end"), self.tr("end of the contract"),
                               self.tr("dd/mm/yyyy"))
        self.end_reason = QComboBox()
        self.end_reason.setObjectName("field_end_reason")
        for text, value in ((self.tr("—"), None), (self.tr("Dismissal without notice"), "dismissal"),
                            (self.tr("Dismissal for serious cause"), "serious_cause"),
                            (self.tr("Resignation"), "resignation"), (self.tr("Mutual agreement"), "mutual"),
                            (self.tr("Unknown"), "unknown")):
            self.end_reason.addItem(text, value)
        self.end_reason.activated.connect(
            lambda _i: self._set(("employment", "end_reason"), self.end_reason.currentData(),
                                 self.tr("end reason")))
        self.undeclared = QCheckBox(self.tr("Wages never declared"))
        self.undeclared.setObjectName("field_undeclared")
        self.undeclared.setToolTip(self.tr("Undeclared work: the holiday fund and sector funds owe their "
                                           "part on all wages due, not only on the arrears"))
        self.undeclared.clicked.connect(
            lambda checked: self._set(("undeclared",), True if checked else None, self.tr("undeclared")))
        g.addWidget(QLabel(self.tr("Status")), 3, 2)
        g.addWidget(self.status, 3, 3)
        g.addWidget(QLabel(self.tr("Contract ended")), 4, 0)
        g.addWidget(self.end, 4, 1)
        g.addWidget(QLabel(self.tr("End reason")), 4, 2)
        g.addWidget(self.end_reason, 4, 3)
        g.addWidget(self.undeclared, 5, 0, 1, 4)

    def _buttons(self, *items: tuple[str, str, Any]) -> QGridLayout:
        """The buttons over a table, two a row: the table keeps a narrow minimum width, so the
        result beside it has room on a laptop screen in every language."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (name, text, slot) in enumerate(items):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _checked=False, s=slot: s())
            grid.addWidget(b, i // 2, i % 2)
        grid.setColumnStretch(2, 1)
        return grid

    def _shifts_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(4, 4, 4, 4)
        cols = [
            Column("date", self.tr("Date"), lambda r: _show_date(r.get("date"), weekday=True),
                   lambda r: _show_date(r.get("date")), parse_date_text, width=118),
            Column("start", self.tr("Start"), lambda r: str(r.get("start", "")), None,
                   parse_time_text, width=56),
            Column("end", self.tr("End"), lambda r: str(r.get("end", "")), None, parse_time_text,
                   width=56),
            Column("break_minutes", self.tr("Break (min)"), lambda r: str(r.get("break_minutes", 0)),
                   None, parse_minutes_text, right=True, width=76),
            Column("worked", self.tr("Worked (h:mm)"), self._worked_text, right=True, width=90),
        ]
        self.shifts_model = RowsModel(self.doc, "shifts", cols, self._new_shift, self.tr("shift"), self)
        self.shifts_view = RowsView()
        self.shifts_view.setObjectName("shiftsTable")
        self.shifts_view.setModel(self.shifts_model)
        self.shifts_view.delegate.message.connect(self.message)
        self.shifts_view.pasteRefused.connect(self.message)
        self.shifts_model.rejected.connect(lambda _r, _c, m: self.message.emit(m))
        self.shifts_model.doubt = shift_doubt
        self.shifts_model.doubted.connect(lambda _r, m: self.message.emit(m))
        lay.addLayout(self._buttons(
            ("addShift", self.tr("Add shift"), self.add_shift_row),
            ("deleteShifts", self.tr("Delete"), self.shifts_view.remove_selected),
            ("quickFill", self.tr("Quick fill…"), self.quick_fill),
            ("copyWeek", self.tr("Copy week…"), self.copy_week),
        ))
        lay.addWidget(self.shifts_view, 1)
        self.shifts_total = QLabel()
        lay.addWidget(self.shifts_total)
        return w

    def _hours_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(4, 4, 4, 4)
        cols = [
            Column("from", self.tr("From"), lambda r: _show_date(r.get("from")), None,
                   parse_date_text, width=110),
            Column("to", self.tr("To"), lambda r: _show_date(r.get("to")), None, parse_date_text,
                   width=110),
            Column("hours", self.tr("Hours"), lambda r: _show_number(r.get("hours")),
                   lambda r: _edit_number(r.get("hours")), parse_hours_text, right=True, width=80),
        ]
        self.hours_model = RowsModel(self.doc, "hours", cols, self._new_block, self.tr("hours block"), self)
        self.hours_view = RowsView()
        self.hours_view.setObjectName("hoursTable")
        self.hours_view.setModel(self.hours_model)
        self.hours_view.delegate.message.connect(self.message)
        self.hours_view.pasteRefused.connect(self.message)
        self.hours_model.rejected.connect(lambda _r, _c, m: self.message.emit(m))
        lay.addLayout(self._buttons(
            ("addBlock", self.tr("Add hours block"), self.hours_view.add_row_and_focus),
            ("deleteBlocks", self.tr("Delete"), self.hours_view.remove_selected),
        ))
        note = QLabel(self.tr("A total of hours over a date range, without day detail (spread "
                              "evenly over its days). Not on days that have shifts."))
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addWidget(self.hours_view, 1)
        return w

    def _payments_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(4, 4, 4, 4)
        methods = [(m, method_label(m)) for m in ("cash", "bank", "other")]
        cols = [
            Column("date", self.tr("Date"), lambda r: _show_date(r.get("date")), None,
                   parse_date_text, width=92),
            Column("amount", self.tr("Amount (€)"), lambda r: _show_amount(r.get("amount")),
                   lambda r: _edit_number(r.get("amount")), parse_amount_text, right=True, width=90),
            Column("for", self.tr("For period"), lambda r: fmt_period(str(r.get("for", ""))),
                   lambda r: str(r.get("for", "")), parse_period_text, width=110,
                   placeholder=self._period_by_date),
            Column("method", self.tr("Method"), lambda r: method_label(str(r.get("method", "cash"))),
                   lambda r: str(r.get("method", "cash")), lambda s: s if s in ("cash", "bank", "other") else "cash",
                   choices=methods, width=100),
            Column("note", self.tr("Note"), lambda r: str(r.get("note", "") or ""), None,
                   lambda s: s.strip() or None, width=60, shrink=True),
            # the head of claim a payment pays (docs/heads.md): empty = wages
            Column("head", self.tr("Pays"), lambda r: head_title(str(r.get("head") or "wages"), current_language()),
                   lambda r: str(r.get("head") or "wages"),
                   lambda s: s if s in _PAYABLE_HEADS and s != "wages" else None,
                   choices=[(h, head_title(h, current_language())) for h in _PAYABLE_HEADS], width=110,
                   shrink=True),
        ]
        self.payments_model = RowsModel(self.doc, "payments", cols, self._new_payment,
                                        self.tr("payment"), self)
        self.payments_view = RowsView()
        self.payments_view.setObjectName("paymentsTable")
        self.payments_view.setModel(self.payments_model)
        self.payments_view.entry_column = 1  # the amount: the date defaults to the last day worked
        self.payments_view.delegate.message.connect(self.message)
        self.payments_view.pasteRefused.connect(self.message)
        self.payments_model.rejected.connect(lambda _r, _c, m: self.message.emit(m))
        lay.addLayout(self._buttons(
            ("addPayment", self.tr("Add payment"), self.payments_view.add_row_and_focus),
            ("deletePayments", self.tr("Delete"), self.payments_view.remove_selected),
        ))
        example = f"{dt.date.today().year}-03"
        note = QLabel(self.tr("A payment counts for the pay period it names (type {0} for {1}), else for "
                              "the period of its date. Amounts are gross.").format(example, fmt_period(example)))
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addWidget(self.payments_view, 1)
        return w

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._sized:  # first time: the result gets the larger part (none remembered)
            self._sized = True
            width = self.split.width()
            self.split.setSizes([int(width * 0.45), width - int(width * 0.45)])

    def _tab_order(self) -> None:
        chain = [self.name, self.birth, self.language, self.iban, self.student, self.address,
                 self.sector, self.category, self.years, self.start, self.weekly, self.agreed,
                 self.status, self.end, self.end_reason, self.undeclared,
                 self.tabs, self.shifts_view]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (obj is self.sector and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            self._sector_typed()  # before the focus moves on (to the category it fills)
        elif obj is self.sector and event.type() == QEvent.Type.FocusIn:
            reason = event.reason() if isinstance(event, QFocusEvent) else None
            edit = self.sector.lineEdit()
            if edit is not None and reason != Qt.FocusReason.PopupFocusReason:
                QTimer.singleShot(0, edit.selectAll)  # typing replaces the sector shown
        return super().eventFilter(obj, event)

    # ================================================================ new rows
    def _default_day(self, worker: Data) -> dt.date:
        start = _date(worker.get("employment", {}).get("start"))
        return start or _date(self.doc.data.get("as_of")) or dt.date.today()

    def _new_shift(self, before: list[Data], worker: Data) -> Data:
        if before:
            last = before[-1]
            d = _date(last.get("date"))
            day = _past_blocks(d + dt.timedelta(days=1) if d else self._default_day(worker), worker)
            return {"date": day.isoformat(), "start": last.get("start", "08:00"),
                    "end": last.get("end", "17:00"), "break_minutes": last.get("break_minutes", 0)}
        return {"date": _past_blocks(self._default_day(worker), worker).isoformat(), "start": "08:00",
                "end": "17:00", "break_minutes": 30}

    def _new_block(self, before: list[Data], worker: Data) -> Data:
        day = self._default_day(worker)
        if before:
            d = _date(before[-1].get("to"))
            day = d + dt.timedelta(days=1) if d else day
        return {"from": day.isoformat(), "to": day.isoformat(), "hours": "0"}

    def _last_day_worked(self, worker: Data) -> dt.date | None:
        days = [_date(s.get("date")) for s in worker.get("shifts", [])]
        days += [_date(h.get("to")) for h in worker.get("hours", [])]
        return max((d for d in days if d is not None), default=None)

    def _new_payment(self, before: list[Data], worker: Data) -> Data:
        if before:
            last = before[-1]
            return {"date": last.get("date") or self.doc.data.get("as_of"), "amount": "0.00",
                    "method": last.get("method", "cash")}
        # the last day worked: a payment dated later would open a pay period with nothing due
        day = self._last_day_worked(worker)
        return {"date": day.isoformat() if day else (self.doc.data.get("as_of") or dt.date.today().isoformat()),
                "amount": "0.00", "method": "cash"}

    def _period_by_date(self, row: Data) -> str:
        """``(avril 2025, by its date)``: the period a payment without "For period" counts for,
        the one containing its date (docs/method.md, step 5), shown in its empty cell."""
        day = _date(row.get("date"))
        if day is None or row.get("head") not in (None, "", "wages"):
            return ""  # a payment of another head of claim counts for that head, not a period
        if (self.doc.data.get("settings") or {}).get("pay_period") == "week":
            year, week, _ = day.isocalendar()
            period = f"{year:04d}-W{week:02d}"
        else:
            period = f"{day.year:04d}-{day.month:02d}"
        return self.tr("({0}, by its date)").format(fmt_period(period))

    def _worked_text(self, row: Data) -> str:
        m = worked_minutes(str(row.get("start", "")), str(row.get("end", "")),
                           int(row.get("break_minutes", 0) or 0))
        if m is None:
            return "!"
        return f"{m // 60}:{m % 60:02d}"

    # ================================================================ editing
    def _set(self, key: tuple[str, ...], value: Any, label: str) -> None:
        if self._loading or self.worker_id is None:
            return
        wid = self.worker_id

        def apply(d: Data) -> None:
            for w in d["workers"]:
                if w.get("id") == wid:
                    node: Data = w
                    for k in key[:-1]:
                        node = node.setdefault(k, {})
                    if value is None:
                        node.pop(key[-1], None)
                    else:
                        node[key[-1]] = value

        self.doc.modify(self.tr("Edit {0}").format(label), apply)

    def _sector_tables(self) -> list[RateTable]:
        jur = str(self.doc.data.get("jurisdiction", "BE"))
        tables = self.catalogue.sectors(jur)
        return sorted(tables, key=lambda t: sector_label(t, "en"))

    def _sector_chosen(self, index: int) -> None:
        self._apply_sector(self.sector.itemData(index))

    def _sector_typed(self) -> None:
        text = self.sector.currentText().strip().lower()
        if self._loading or self.worker_id is None:
            return
        if not text:
            self._apply_sector(None)
            return
        hits = [i for i in range(self.sector.count())
                if text == self.sector.itemText(i).lower()
                or (self.sector.itemData(i) and text in self.sector.itemText(i).lower())]
        if len(hits) == 1:
            self.sector.setCurrentIndex(hits[0])
            self._apply_sector(self.sector.itemData(hits[0]))
        elif not hits:
            self.message.emit(self.tr("No sector matches '{0}'").format(text))
            self.refresh()

    def _apply_sector(self, table_id: str | None) -> None:
        if self._loading or self.worker_id is None:
            return
        w = self.doc.worker(self.worker_id) or {}
        emp = w.get("employment", {})
        if emp.get("sector") == table_id:
            return
        cats = sector_categories(self.catalogue.table(table_id)) if table_id else []
        wid = self.worker_id

        def apply(d: Data) -> None:
            for wd in d["workers"]:
                if wd.get("id") == wid:
                    e = wd.setdefault("employment", {})
                    if table_id is None:
                        e.pop("sector", None)
                        e.pop("category", None)
                    else:
                        e["sector"] = table_id
                        if e.get("category") not in cats:
                            e.pop("category", None)

        self.doc.modify(self.tr("Edit sector"), apply)

    def _category_chosen(self, _index: int) -> None:
        value = self.category.currentData()
        self._set(("employment", "category"), value or None, self.tr("category"))

    def add_shift(self) -> None:
        """Ctrl+D: add a row to the table of the tab shown (a payment on the Payments tab, an
        hours block on the Hours tab), else a shift (``add_shift_row``)."""
        if self.worker_id is None:
            return
        tab = self.tabs.currentWidget()
        if tab is self.payments_view.parentWidget():
            self.add_payment()
        elif tab is self.hours_view.parentWidget():
            self.hours_view.add_row_and_focus()
            self.message.emit(self.tr("Hours block added: type its dates and hours"))
        else:
            self.add_shift_row()

    def add_shift_row(self) -> None:
        """Add a shift on the day after the last one (by date), with its hours; on the day after
        the current row instead when the shifts table has the focus and that day has no shift.
        Never a copy on a day that already has a shift; the status bar says what was added."""
        if self.worker_id is None:
            return
        w = self.doc.worker(self.worker_id) or {}
        view, rows = self.shifts_view, self.shifts_model.rows()
        days = {str(r.get("date", "")) for r in rows}
        cur = view.currentIndex()
        after: int | None = None
        base: list[Data] = []
        if self._table_has_focus(view) and cur.isValid() and cur.row() < len(rows):
            day = _date(rows[cur.row()].get("date"))
            if day is not None and (day + dt.timedelta(days=1)).isoformat() not in days:
                after, base = cur.row(), rows[:cur.row() + 1]
        if not base and rows:  # the latest shift (by date, then start) gives its hours
            dated = [(d, str(r.get("start", "")), i) for i, r in enumerate(rows)
                     if (d := _date(r.get("date"))) is not None]
            base = [rows[max(dated)[2]]] if dated else []
        row = self._new_shift(base, w)
        self._show_tab_of(view)
        at = self.shifts_model.add_row(after, row)
        if at is None:
            return
        index = self.shifts_model.index(at, view.first_editable_column())
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        day = _date(row.get("date"))
        self.message.emit(self.tr("Shift added on {0}, {1}–{2}: change it, or press Delete to remove it")
                          .format(fmt_date_weekday(day) if day else row.get("date"),
                                  row.get("start", ""), row.get("end", "")))

    def _show_tab_of(self, view: RowsView) -> None:
        """Show the tab that holds ``view``."""
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(view):
                self.tabs.setCurrentIndex(i)

    @staticmethod
    def _table_has_focus(view: RowsView) -> bool:
        """The table or one of its cell editors has the keyboard focus."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is view or view.isAncestorOf(focus))

    def add_payment(self) -> None:
        """Ctrl+Shift+P (Ctrl+D on the Payments tab): add a payment row and put the keyboard on
        its date; the Payments tab is shown (the status bar says so)."""
        if self.worker_id is None:
            return
        view = self.payments_view
        self._show_tab_of(view)
        cur = view.currentIndex()
        after = cur.row() if self._table_has_focus(view) and cur.isValid() else None
        at = self.payments_model.add_row(after if after is not None and after < view.model().rowCount() - 1
                                         else None)
        if at is None:
            return
        index = self.payments_model.index(at, 0)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        day = _date(self.payments_model.rows()[at].get("date"))
        self.message.emit(self.tr("Payment added (dated {0}): type its date, then its amount")
                          .format(fmt_date(day) if day else ""))

    def sort_by_date(self) -> None:
        """Ctrl+Shift+D: put the worker's shifts, hours blocks and payments in date order (one
        undoable step; the order never changes the amounts)."""
        if self.worker_id is None:
            return
        wid = self.worker_id
        keys = {"shifts": lambda r: (str(r.get("date", "")), str(r.get("start", ""))),
                "hours": lambda r: (str(r.get("from", "")), str(r.get("to", ""))),
                "payments": lambda r: (str(r.get("date", "")), "")}
        w = self.doc.worker(wid) or {}
        if all(w.get(k, []) == sorted(w.get(k, []), key=f) for k, f in keys.items()):
            self.message.emit(self.tr("The rows are already in date order"))
            return
        if self.doc.data.get("documents"):  # the order is part of the case its papers verify against
            self.message.emit(self.tr("Not sorted: documents were issued for this case, and they are "
                                      "checked against the case as it is (row order included)"))
            return

        def apply(d: Data) -> None:
            for wd in d["workers"]:
                if wd.get("id") == wid:
                    for k, f in keys.items():
                        if k in wd:
                            wd[k] = sorted(wd[k], key=f)

        for m in (self.shifts_model, self.hours_model, self.payments_model):
            m.fresh = set()  # row numbers change: the tints of new rows would land elsewhere
        self.doc.modify(self.tr("Sort rows by date"), apply)
        self.message.emit(self.tr("Shifts, hours blocks and payments sorted by date (Ctrl+Z undoes it)"))

    def quick_fill(self, dialog: QuickFillDialog | None = None) -> None:
        """Fill a weekly pattern of shifts over a date range."""
        if self.worker_id is None:
            return
        w = self.doc.worker(self.worker_id) or {}
        shifts = w.get("shifts", [])
        last = max((d for d in (_date(s.get("date")) for s in shifts) if d), default=None)
        first = last + dt.timedelta(days=1) if last else self._default_day(w)
        end = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        dlg = dialog or QuickFillDialog(str(self.doc.data.get("jurisdiction", "BE")), first, end, self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        rows = dlg.rows()
        if not rows:
            return
        replace = dlg.replace.isChecked()
        self._merge(rows, replace, self.tr("Quick fill {0} shifts").format(len(rows)))
        self._focus_shift(rows[-1])

    def _focus_shift(self, row: Data) -> None:
        """Give the keyboard back to the shifts table, on ``row`` (after a dialog closed)."""
        shifts = self.shifts_model.rows()
        at = next((i for i in range(len(shifts) - 1, -1, -1) if shifts[i].get("date") == row.get("date")
                   and shifts[i].get("start") == row.get("start")), len(shifts) - 1)
        self._show_tab_of(self.shifts_view)
        if at >= 0:
            index = self.shifts_model.index(at, self.shifts_view.first_editable_column())
            self.shifts_view.setCurrentIndex(index)
            self.shifts_view.scrollTo(index)
        win = self.window()
        win.activateWindow()  # the dialog closed: its parent window gets the keyboard back
        self.shifts_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy_week(self, dialog: CopyWeekDialog | None = None) -> None:
        """Copy the shifts of a week to the following weeks."""
        if self.worker_id is None:
            return
        w = self.doc.worker(self.worker_id) or {}
        shifts = list(w.get("shifts", []))
        cur = self.shifts_view.currentIndex()
        day = None
        if cur.isValid() and cur.row() < len(shifts):
            day = _date(shifts[cur.row()].get("date"))
        if day is None:
            day = max((d for d in (_date(s.get("date")) for s in shifts) if d), default=None)
        dlg = dialog or CopyWeekDialog(day or self._default_day(w), self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        rows = copy_week(shifts, dlg.source_day(), dlg.weeks.value())
        if not rows:
            self.message.emit(self.tr("That week has no shifts to copy"))
            return
        self._merge(rows, dlg.replace.isChecked(),
                    self.tr("Copy week to {0} week(s)").format(dlg.weeks.value()))

    def _merge(self, rows: list[Data], replace: bool, text: str) -> None:
        wid = self.worker_id

        def apply(d: Data) -> None:
            for wd in d["workers"]:
                if wd.get("id") == wid:
                    wd["shifts"] = merge_shifts(wd.get("shifts", []), rows, replace)

        self.doc.modify(text, apply)

    # ================================================================ showing
    def set_worker(self, worker_id: str | None) -> None:
        """Edit another worker."""
        self.worker_id = worker_id
        for m in (self.shifts_model, self.hours_model, self.payments_model):
            m.set_worker(worker_id)
        self.estimates.set_worker(worker_id)
        self.result.set_worker(None)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored values of the worker."""
        w = self.doc.worker(self.worker_id) if self.worker_id else None
        if w is None:
            return
        self._loading = True
        try:
            emp = w.get("employment", {})
            self.title.setText(w.get("name") or self.tr("(no name)"))
            self.name.show_value(str(w.get("name", "")))
            self.birth.show_value(_show_date(w.get("birth_date")))
            i = self.language.findData(w.get("language", "fr"))
            self.language.setCurrentIndex(max(0, i))
            self.student.setChecked(bool(w.get("student", False)))
            self.iban.show_value(str(w.get("iban", "") or ""))
            self.address.show_value(str(w.get("address", "") or ""))
            self.start.show_value(_show_date(emp.get("start")))
            self._fill_sector(emp.get("sector"))
            table = self._sector_table(emp.get("sector"))
            self._fill_category(table, emp.get("category"))
            self._fill_years(table, emp)
            self.weekly.show_value(_edit_number(emp.get("weekly_hours")))
            self.agreed.show_value(_edit_number(emp.get("agreed_hourly_rate")))
            self._status_default(table)
            self.status.setCurrentIndex(max(0, self.status.findData(emp.get("status"))))
            self.end.show_value(_show_date(emp.get("end")))
            self.end_reason.setCurrentIndex(max(0, self.end_reason.findData(emp.get("end_reason"))))
            self.undeclared.setChecked(bool(w.get("undeclared", False)))
            if table is not None and table.weekly_hours is not None:
                self.weekly.setPlaceholderText(self.tr("sector: {0}").format(fmt_number(table.weekly_hours)))
            else:
                self.weekly.setPlaceholderText(self.tr("default"))
            shifts = w.get("shifts", [])
            total = sum(worked_minutes(str(s.get("start", "")), str(s.get("end", "")),
                                       int(s.get("break_minutes", 0) or 0)) or 0 for s in shifts)
            self.shifts_total.setText(self.tr("{0} shifts, {1} h worked").format(len(shifts), fmt_hours(total)))
        finally:
            self._loading = False

    def _sector_table(self, sector: Any) -> RateTable | None:
        """The rate table of the sector, None when none is given or it is unknown."""
        if not sector:
            return None
        try:
            return self.catalogue.table(sector)
        except Exception:  # noqa: BLE001 - an unknown table is reported by the computation
            return None

    def _fill_category(self, table: RateTable | None, current: Any) -> None:
        """The categories of the sector table, each with its scale rate; ``current`` chosen."""
        self.category.clear()
        cats = sector_categories(table) if table else []
        self.category.addItem(self.tr("— choose —") if cats else "—", None)
        for c in cats:  # each category with its scale rate: the list says what it is
            self.category.addItem(category_label(table, c), c) if table is not None \
                else self.category.addItem(c, c)
        _fit_popup(self.category)
        ci = self.category.findData(current) if current else 0
        if ci < 0:
            self.category.addItem(str(current), current)
            ci = self.category.count() - 1
        self.category.setCurrentIndex(ci)
        # never disabled: a sector typed and left with Tab is applied on focus out, after
        # Tab has chosen the next field, and a disabled category would be skipped
        self.category.setToolTip("" if cats else self.tr("Choose a sector first"))

    def _fill_years(self, table: RateTable | None, emp: Data) -> None:
        """The function years of the category in the sector table; the worker's chosen."""
        self.years.clear()
        years = sector_function_years(table, emp.get("category")) if table else []
        fy = int(emp.get("function_years", 0) or 0)
        if years and fy not in years:
            years = sorted({*years, fy})
        for y in years:
            self.years.addItem(str(y), y)
        if not years:
            self.years.addItem("—", None)
        self.years.setCurrentIndex(max(0, self.years.findData(fy)))
        self.years.setToolTip("" if years else self.tr("Choose a sector first"))

    def _fill_sector(self, current: str | None) -> None:
        self.sector.blockSignals(True)
        self.sector.clear()
        self.sector.addItem(self.tr("(none: national minimum only)"), None)
        lang = current_language()
        for t in self._sector_tables():
            self.sector.addItem(sector_label(t, lang), t.id)
        i = self.sector.findData(current) if current else 0
        if i < 0:
            self.sector.addItem(str(current), current)
            i = self.sector.count() - 1
        self.sector.setCurrentIndex(i)
        self.sector.setToolTip(self.sector.currentText())
        _fit_popup(self.sector)  # the list shows whole sector names
        edit = self.sector.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)
        self.sector.blockSignals(False)

    def set_result(self, worker: WorkerResult | None, stale: bool) -> None:
        """Show this worker's computed result."""
        data = self.doc.data
        self.result.as_of = (_date(data.get("as_of"))  # what the employer must pay then (heads)
                             or _date((data.get("inspection") or {}).get("date")))
        self.result.set_worker(worker, stale)

    def set_problems(self, problems: list[CaseProblem]) -> None:
        """Mark the rows and fields the computation or validation refused."""
        index = self.doc.worker_index(self.worker_id) if self.worker_id else None
        rows: dict[str, dict[int, str]] = {"shifts": {}, "hours": {}, "payments": {}}
        fields: dict[str, str] = {}
        for p in problems:
            m = _ROW_PATH.match(p.path)
            if m and index is not None and int(m.group(1)) == index:
                said = problem_message(p)
                rows[m.group(2)][int(m.group(3))] = said
                other = overlapped_row(p)
                if other is not None:  # both overlapping rows are tinted
                    rows["shifts"].setdefault(other, said)
                continue
            f = _FIELD_PATH.match(p.path)
            if f and index is not None and int(f.group(1)) == index:
                fields[f.group(2)] = (self.tr("start date missing") if p.code == "start-missing"
                                      else self.tr("missing") if p.missing else problem_message(p))
        self.shifts_model.set_problems(rows["shifts"])
        self.hours_model.set_problems(rows["hours"])
        self.payments_model.set_problems(rows["payments"])
        widgets: dict[str, QWidget] = {
            "name": self.name, "birth_date": self.birth, "iban": self.iban,
            "employment.start": self.start, "employment.sector": self.sector,
            "employment.category": self.category, "employment.function_years": self.years,
            "employment.weekly_hours": self.weekly, "employment.agreed_hourly_rate": self.agreed,
            "employment.status": self.status, "employment.end": self.end,
            "employment.end_reason": self.end_reason,
        }
        for key, widget in widgets.items():
            msg = fields.get(key, "")
            if isinstance(widget, FieldEdit):
                widget.set_problem(msg)
            else:
                widget.setStyleSheet("QComboBox { background: #f8d7da; }" if msg else "")
                widget.setToolTip(msg or (widget.currentText() if isinstance(widget, QComboBox) else ""))
