"""Case details (employer, inspection, settings) and the case's results per worker."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import CaseProblem, Result, debtor_totals, payable_total
from wage_remedy_ui import settings as prefs
from wage_remedy_ui.document import CaseDocument, Data
from wage_remedy_ui.i18n import decimal_symbol, fmt_date, fmt_money
from wage_remedy_ui.labels import status_short
from wage_remedy_ui.validation import (
    InputError,
    parse_date_text,
    parse_optional_date_text,
    parse_rate_text,
    parse_required_text,
)
from wage_remedy_ui.widgets.chart import DuePaidChart
from wage_remedy_ui.widgets.columns import fit_columns
from wage_remedy_ui.widgets.fields import FieldEdit
from wage_remedy_ui.widgets.result_panel import _item, make_table
from wage_remedy_ui.widgets.wrapping import wrapping_check

translate = QCoreApplication.translate
_PATHS = re.compile(r"^(reference|jurisdiction|as_of|employer\.\w+|inspection\.\w+|settings\.\w+)")


def _show_date(value: Any) -> str:
    try:
        return fmt_date(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


def _pay_day(text: str) -> int | None:
    s = text.strip()
    if not s:
        return None
    if not s.isdigit() or not 1 <= int(s) <= 31:
        raise InputError(translate("CasePage", "the pay day is a day of the month, 1 to 31"))
    return int(s)


def _offences(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def _put(table: QTableWidget, r: int, c: int, text: str, right: bool = False) -> QTableWidgetItem:
    """The cell's item with ``text``: the existing one (its text set only when it changed), else a
    new one."""
    it = table.item(r, c)
    if it is None:
        it = _item(text, right=right)
        table.setItem(r, c, it)
    elif it.text() != text:
        it.setText(text)
    return it


class CasePage(QWidget):
    """The case form; its results table lists each worker's figures and the case totals."""

    message = Signal(str)
    worker_activated = Signal(str)

    def __init__(self, doc: CaseDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self._loading = False
        # a rate table's title in the interface language from its id and version start (set by
        # the main window, which has the catalogue); the id itself only in the tooltip
        self.table_title: Callable[[str, str | None], str] = lambda table, _start: table
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.fields: dict[str, FieldEdit] = {}
        self.form_scroll = self._form_scroll()
        # the form and the results share a splitter: its handle moves the boundary (remembered)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("caseSplitter")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.form_scroll)
        results = QWidget()
        results.setMinimumWidth(320)
        self.split.addWidget(results)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 6)
        self.split.setSizes([500, 600])
        prefs.keep_splitter(self.split, "caseSplitter")
        outer.addWidget(self.split, 1)
        right = QVBoxLayout(results)
        right.setContentsMargins(0, 0, 0, 0)
        self._results_column(right)
        self._worker_ids: list[str] = []
        doc.changed.connect(self.refresh)
        self.refresh()

    # ---------------------------------------------------------------- building
    def _form_scroll(self) -> QScrollArea:
        """The case form (case, employer, inspection, settings) in a scroll area."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_host = QWidget()
        col = QVBoxLayout(form_host)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self._case_box())
        col.addWidget(self._employer_box())
        col.addWidget(self._inspection_box())
        col.addWidget(self._settings_box())
        col.addStretch(1)
        scroll.setWidget(form_host)
        scroll.setMinimumWidth(280)  # the form wraps its labels and rows to fit (never scrolls sideways)
        return scroll

    def _results_column(self, right: QVBoxLayout) -> None:
        """Totals, the workers' results, the chart, the rate versions used and the code."""
        title = QLabel(self.tr("Results"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        right.addWidget(title)
        self.totals = QLabel()
        self.totals.setObjectName("caseTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        right.addWidget(self.totals)
        self.table = make_table([self.tr("Worker"), self.tr("Due"), self.tr("Paid"), self.tr("Unpaid"),
                                 self.tr("Interest"), self.tr("Owed now")])
        self.table.setObjectName("caseResultsTable")
        self.table.cellDoubleClicked.connect(self._open_worker)
        right.addWidget(self.table, 3)
        hint = QLabel(self.tr("Double-click a worker to edit their shifts and payments."))
        hint.setStyleSheet("color: palette(dark);")
        hint.setWordWrap(True)  # two lines in a narrow pane (German), not cut
        right.addWidget(hint)
        # the case overview as a chart: due and paid per worker
        self.chart = DuePaidChart()
        self.chart.setObjectName("caseChart")
        self.chart.setAccessibleName(self.tr("Due and paid per worker"))
        self.chart.setMinimumHeight(130)
        right.addWidget(self.chart, 2)
        self._versions_table(right)
        self.code = QLabel()
        self.code.setObjectName("verificationCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.code)

    def _versions_table(self, right: QVBoxLayout) -> None:
        """The rate versions used, under their title."""
        versions = QLabel("<b>" + html.escape(self.tr("Rate versions used")) + "</b>")
        right.addWidget(versions)
        self.versions = make_table([self.tr("Rate table"), self.tr("In force from"),
                                    self.tr("Status"), self.tr("Source")])
        self.versions.setObjectName("rateVersionsTable")
        # the table's title wraps onto more lines (it says which table); its source gives way
        # (elided, whole in the tooltip); the table never scrolls sideways
        fit_columns(self.versions, shrink=(3,), wrap=(0,), grow=(0, 3))
        self.versions.setTextElideMode(Qt.TextElideMode.ElideRight)
        right.addWidget(self.versions, 2)

    def _field(self, key: str, parse: Any, label: str, placeholder: str = "") -> FieldEdit:
        f = FieldEdit(parse, placeholder=placeholder)
        f.setObjectName("case_" + key.replace(".", "_"))
        f.committed.connect(lambda value, k=key, lab=label: self._set(k, value, lab))
        f.message.connect(self.message)
        self.fields[key] = f
        return f

    def _case_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case"))
        form = self._form(box)
        form.addRow(self.tr("Reference"), self._field("reference", parse_required_text,
                                                      self.tr("reference"),
                                                      f"TSW-{dt.date.today().year}-0001"))
        self.jurisdiction = QComboBox()
        self.jurisdiction.setObjectName("case_jurisdiction")
        self.jurisdiction.addItem(self.tr("Belgium"), "BE")
        self.jurisdiction.addItem(self.tr("Netherlands"), "NL")
        self.jurisdiction.activated.connect(
            lambda _i: self._set("jurisdiction", self.jurisdiction.currentData(), self.tr("jurisdiction")))
        form.addRow(self.tr("Jurisdiction"), self.jurisdiction)
        return box

    def _employer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Employer"))
        form = self._form(box)
        form.addRow(self.tr("Name"), self._field("employer.name", parse_required_text, self.tr("employer name")))
        form.addRow(self.tr("Enterprise number"), self._field(
            "employer.enterprise_number", lambda s: s.strip() or None, self.tr("enterprise number"),
            "0403.170.701"))
        form.addRow(self.tr("Address"), self._field("employer.address", lambda s: s.strip() or None,
                                                    self.tr("employer address")))
        return box

    def _inspection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Inspection"))
        form = self._form(box)
        form.addRow(self.tr("Date"), self._field("inspection.date", parse_date_text,
                                                 self.tr("inspection date"), self.tr("dd/mm/yyyy")))
        asof = self._field("as_of", parse_date_text, self.tr("as-of date"), self.tr("dd/mm/yyyy"))
        asof.set_help(self.tr("Interest runs to this date; the case is computed as on this day. It "
                              "follows the inspection date unless you change it."))
        form.addRow(self.tr("Amounts as of"), asof)
        form.addRow(self.tr("Place"), self._field("inspection.place", lambda s: s.strip(),
                                                  self.tr("place")))
        form.addRow(self.tr("Inspector"), self._field("inspection.inspector", lambda s: s.strip(),
                                                      self.tr("inspector")))
        form.addRow(self.tr("Service"), self._field("inspection.service", lambda s: s.strip() or None,
                                                    self.tr("service")))
        return box

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Settings"))
        form = self._form(box)
        self.pay_period = QComboBox()
        self.pay_period.setObjectName("case_pay_period")
        self.pay_period.addItem(self.tr("Month"), "month")
        self.pay_period.addItem(self.tr("Week"), "week")
        self.pay_period.activated.connect(
            lambda _i: self._set("settings.pay_period", self.pay_period.currentData(), self.tr("pay period")))
        form.addRow(self.tr("Pay period"), self.pay_period)
        self.paid_amounts = QComboBox()
        self.paid_amounts.setObjectName("case_paid_amounts")
        self.paid_amounts.addItem(self.tr("Gross"), "gross")
        self.paid_amounts.addItem(self.tr("Net (converted to gross)"), "net")
        self.paid_amounts.activated.connect(self._paid_amounts)
        form.addRow(self.tr("Payments recorded"), self.paid_amounts)
        self.net_factor = FieldEdit(parse_rate_text)
        self.net_factor.setObjectName("case_net_factor")
        self.net_factor.set_help(self.tr("gross = net × factor"))
        self.net_factor.committed.connect(lambda v: self._set_net("factor", v))
        self.net_description = FieldEdit(parse_required_text)
        self.net_description.setObjectName("case_net_description")
        self.net_description.committed.connect(lambda v: self._set_net("description", v))
        form.addRow(self.tr("Net to gross factor"), self.net_factor)
        form.addRow(self.tr("Conversion used"), self.net_description)
        pay_day = self._field("settings.pay_day", _pay_day, self.tr("pay day"), self.tr("legal due date"))
        pay_day.set_help(self.tr("Day of the month wages are due; empty: the legal due date (Belgium: "
                                 "4th working day after the period, Saturday included; Netherlands: "
                                 "last day of the period)"))
        form.addRow(self.tr("Pay day"), pay_day)
        form.addRow(self.tr("Regularisation deadline"), self._field(
            "settings.regularisation_deadline", parse_optional_date_text,
            self.tr("regularisation deadline"), self.tr("none")))
        self.aggravation = QCheckBox(self.tr("Aggravated offence"))
        self.aggravation.setObjectName("case_aggravation")
        self.aggravation.setToolTip(self.tr("Sector minimum wage unpaid together with two or more "
                                            "listed offences (art. 162 Social Penal Code)"))
        self.aggravation.clicked.connect(
            lambda c: self._set("settings.aggravation", bool(c), self.tr("aggravation")))
        form.addRow(wrapping_check(self.aggravation))
        self.daily_per_shift = QCheckBox(self.tr("Daily overtime per shift (inspector's choice)"))
        self.daily_per_shift.setObjectName("case_daily_per_shift")
        self.daily_per_shift.setToolTip(self.tr(
            "Count the daily overtime limit per shift instead of per calendar day (the default); "
            "the law does not say which, the statement says what was used"))
        self.daily_per_shift.clicked.connect(lambda c: self._set(
            "settings.daily_overtime_basis", "shift" if c else None, self.tr("daily overtime basis")))
        form.addRow(wrapping_check(self.daily_per_shift))
        form.addRow(self.tr("Other offences"), self._field(
            "settings.aggravation_offences", _offences, self.tr("offences"),
            self.tr("comma-separated")))
        return box

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        """A form that fits a narrow pane: a label that does not fit beside its field goes above
        it, and labels wrap their words."""
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    # ---------------------------------------------------------------- editing
    def _set(self, key: str, value: Any, label: str) -> None:
        if self._loading:
            return
        parts = key.split(".")

        def apply(d: Data) -> None:
            if key == "inspection.date" and d.get("as_of") in (None, "", d.get("inspection", {}).get("date")):
                d["as_of"] = value  # the as-of date follows the inspection date until set apart
            node = d
            for k in parts[:-1]:
                node = node.setdefault(k, {})
            if value is None or value == []:
                node.pop(parts[-1], None)
            else:
                node[parts[-1]] = value

        self.doc.modify(self.tr("Edit {0}").format(label), apply)

    def _paid_amounts(self, _index: int) -> None:
        value = self.paid_amounts.currentData()

        def apply(d: Data) -> None:
            s = d.setdefault("settings", {})
            s["paid_amounts"] = value
            if value == "gross":
                s.pop("net_conversion", None)

        self.doc.modify(self.tr("Edit payments recorded"), apply)

    def _set_net(self, key: str, value: str) -> None:
        if self._loading:
            return

        def apply(d: Data) -> None:
            nc = d.setdefault("settings", {}).setdefault("net_conversion", {})
            nc[key] = value

        self.doc.modify(self.tr("Edit net conversion"), apply)

    def _open_worker(self, row: int, _col: int) -> None:
        if 0 <= row < len(self._worker_ids):
            self.worker_activated.emit(self._worker_ids[row])

    # ---------------------------------------------------------------- showing
    def refresh(self) -> None:
        """Show the stored values."""
        d = self.doc.data
        self._loading = True
        try:
            settings = d.get("settings", {})
            values = {
                "reference": d.get("reference", ""), "as_of": _show_date(d.get("as_of")),
                "employer.name": d.get("employer", {}).get("name", ""),
                "employer.enterprise_number": d.get("employer", {}).get("enterprise_number") or "",
                "employer.address": d.get("employer", {}).get("address") or "",
                "inspection.date": _show_date(d.get("inspection", {}).get("date")),
                "inspection.place": d.get("inspection", {}).get("place", ""),
                "inspection.inspector": d.get("inspection", {}).get("inspector", ""),
                "inspection.service": d.get("inspection", {}).get("service") or "",
                "settings.pay_day": str(settings.get("pay_day") or ""),
                "settings.regularisation_deadline": _show_date(settings.get("regularisation_deadline"))
                if settings.get("regularisation_deadline") else "",
                "settings.aggravation_offences": ", ".join(settings.get("aggravation_offences", [])),
            }
            for key, value in values.items():
                self.fields[key].show_value(str(value))
            self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(d.get("jurisdiction", "BE"))))
            self.pay_period.setCurrentIndex(max(0, self.pay_period.findData(settings.get("pay_period", "month"))))
            net = settings.get("paid_amounts", "gross") == "net"
            self.paid_amounts.setCurrentIndex(1 if net else 0)
            nc = settings.get("net_conversion") or {}
            self.net_factor.show_value(str(nc.get("factor", "")).replace(".", decimal_symbol()))
            self.net_description.show_value(str(nc.get("description", "")))
            self.net_factor.setPlaceholderText(self.tr("required for net payments") if net else "")
            self.net_description.setPlaceholderText(self.tr("how the factor was obtained") if net else "")
            self.net_factor.setEnabled(net)
            self.net_description.setEnabled(net)
            self.aggravation.setChecked(bool(settings.get("aggravation", False)))
            self.daily_per_shift.setChecked(settings.get("daily_overtime_basis") == "shift")
        finally:
            self._loading = False

    def set_problems(self, problems: list[CaseProblem]) -> None:
        """Mark case-level fields that have a problem."""
        found: dict[str, str] = {}
        for p in problems:
            m = _PATHS.match(p.path)
            if m:
                found.setdefault(m.group(1), p.message)
        for key, f in self.fields.items():
            f.set_problem(found.get(key, ""))
        if "settings.net_conversion" in found or "settings" in found:
            self.net_factor.set_problem(found.get("settings.net_conversion", found.get("settings", "")))

    def set_result(self, result: Result | None, stale: bool) -> None:
        """Show the results per worker and the case totals."""
        self._worker_ids = []
        self.versions.setRowCount(0)
        self.code.setText("")
        if result is None:
            self.table.setRowCount(0)
            self.totals.setText("<i>" + html.escape(self.tr("No result yet.")) + "</i>")
            self.chart.set_periods([])
            return
        if self.table.rowCount() != len(result.workers) + 1:  # else the items are reused: after an
            self.table.setRowCount(0)  # edit of one worker only its row and the totals change
            self.table.setRowCount(len(result.workers) + 1)
        for r, w in enumerate(result.workers):
            self._worker_ids.append(w.id)
            for c, text in enumerate([w.name, fmt_money(w.due), fmt_money(w.paid), fmt_money(w.unpaid),
                                      fmt_money(w.interest), fmt_money(w.total)]):
                _put(self.table, r, c, text, right=c > 0)
        r = len(result.workers)
        for c, text in enumerate([self.tr("Total"), fmt_money(result.due), fmt_money(result.paid),
                                  fmt_money(result.unpaid), fmt_money(result.interest),
                                  fmt_money(result.total)]):
            it = _put(self.table, r, c, text, right=c > 0)
            if not it.font().bold():
                f = it.font()
                f.setBold(True)
                it.setFont(f)
        self.chart.set_periods([(w.name.split(" ")[0] or w.id, w.due, w.paid) for w in result.workers])
        self.versions.setRowCount(len(result.rate_versions))
        for r, (table, start, status, title, _url) in enumerate(result.rate_versions):
            for c, text in enumerate([self.table_title(table, start.isoformat()), fmt_date(start),
                                      status_short(status), title]):
                it = _item(text)
                if c == 0:
                    it.setToolTip(table)
                if c == 2 and status == "unverified":
                    it.setForeground(Qt.GlobalColor.red)
                if c == 3:
                    it.setToolTip(f"{title}\n{_url}")
                self.versions.setItem(r, c, it)
        self.code.setText(self.tr("Verification code: {0}").format(result.verification_code))
        owed = self.tr("Owed now (unpaid + interest)")
        note = ""
        if stale:
            note = ("<br><span style='color:#b03a2e'>" + html.escape(
                self.tr("Not up to date: fix the problems shown above.")) + "</span>")
        self.totals.setText(
            f"{html.escape(owed)}: <span style='font-size:16pt; font-weight:600'>"
            f"{fmt_money(result.total, currency=True)}</span> &nbsp; "
            + html.escape(self.tr("as of {0}").format(fmt_date(result.as_of))) + self._heads_line(result)
            + note)

    def _heads_line(self, result: Result) -> str:
        """The case's heads of claim by debtor (docs/heads.md): what the employer must pay now,
        what funds owe once the wages are declared, what a court may award at most."""
        heads = [h for w in result.workers for h in w.heads]
        if not any(h.head != "wages" for h in heads):
            return ""
        totals = debtor_totals(heads)
        # the words outside the f-strings: pyside6-lupdate does not see a tr() inside one
        now = self.tr("Employer must pay now")
        funds = self.tr("Funds, once the wages are declared")
        court = self.tr("A court may award up to")
        parts = [f"{html.escape(now)} {fmt_money(payable_total(heads, result.as_of).total)}"]
        # a debtor that owes nothing in this case is left out (not "a court may award up to 0.00")
        parts += [f"{html.escape(words)} {fmt_money(totals[debtor].total)}"
                  for debtor, words in (("fund", funds), ("court", court)) if totals[debtor].total > 0]
        return "<br>" + html.escape(self.tr("Heads of claim")) + ": " + " &nbsp; ".join(parts)
