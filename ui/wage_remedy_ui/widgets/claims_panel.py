"""Claims of a worker checked against the computation, and a what-if panel.

``ClaimsPanel.set_case(case, catalogue)`` shows the case; the user picks a worker and a claim,
edits its claimed amounts (typed text validated into decimal strings, never floats) and sees
claimed vs computed vs difference with the likely causes (``wage_remedy.claims``). Every accepted
edit emits ``caseEdited`` with the new ``CaseFile`` (the case given is never changed in place), so
the main window can put it on its undo stack. The what-if tab recomputes a copy of the case at
another as-of date, category or agreed rate (``wage_remedy.whatif``) and lists the differences.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import (
    CaseError,
    CaseFile,
    Catalogue,
    Cause,
    ClaimReport,
    ClaimResult,
    LookupError_,
    WhatIfReport,
    case_to_data,
    check_claims,
    compute,
    parse_case_data,
    period_bounds,
    what_if,
)
from wage_remedy_ui.background import Cancelled, run_and_wait
from wage_remedy_ui.i18n import current_language, fmt_date, fmt_money, fmt_period, fmt_period_short
from wage_remedy_ui.validation import (
    InputError,
    parse_amount_text,
    parse_date_text,
    parse_optional_amount_text,
    parse_optional_rate_text,
    parse_period_text,
)
from wage_remedy_ui.widgets.chart import DuePaidChart
from wage_remedy_ui.widgets.columns import fit_columns, install_wrap_header

translate = QCoreApplication.translate
INVALID_BG = QColor("#f8d7da")
AMOUNT_COLUMNS = ("due", "paid", "unpaid")  # columns 1..3 of the claimed-periods table
ERROR_STYLE = "color: #b03a2e;"


def _ro(text: str, right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


def _table(headers: list[str], editable: bool = False) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    install_wrap_header(t)  # a header wider than its column wraps rather than being cut
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not editable:
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    h = t.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setStretchLastSection(True)
    return t


def _signed(d: Decimal) -> str:
    return ("+" if d > 0 else "") + fmt_money(d)


def _put(edit: QLineEdit, text: str, same: bool) -> None:
    """Show ``text`` in ``edit`` unless the user is typing in it (same record, focused, edited)."""
    if same and edit.hasFocus() and edit.isModified():
        return
    if edit.text() != text:
        edit.setText(text)


def _field_label(field: str) -> str:
    return {"due": translate("ClaimsPanel", "due"), "paid": translate("ClaimsPanel", "paid"),
            "unpaid": translate("ClaimsPanel", "unpaid"),
            "total_unpaid": translate("ClaimsPanel", "total unpaid")}.get(field, field)


class ClaimsPanel(QWidget):
    """A worker's claims (claimed vs computed, causes) and a what-if comparison."""

    caseEdited = Signal(object)  # noqa: N815 - Qt signal name; carries the new CaseFile
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._case: CaseFile | None = None
        self._cat: Catalogue | None = None
        self._report: ClaimReport | None = None
        self._whatif: WhatIfReport | None = None
        self._filling = False
        self._shown_claim: int | None = None  # the claim whose periods the table shows

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Worker")))
        self.worker = QComboBox()
        self.worker.setObjectName("claimsWorker")
        self.worker.currentIndexChanged.connect(self._worker_changed)
        top.addWidget(self.worker, 1)
        lay.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_claims_tab(), self.tr("Claim check"))
        self.tabs.addTab(self._build_whatif_tab(), self.tr("What-if"))
        lay.addWidget(self.tabs, 1)

    # ---------------------------------------------------------------- building
    def _build_claims_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addLayout(self._claim_row())
        lay.addLayout(self._claim_header_form())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._periods_page())
        self.stack.addWidget(self._total_page())
        lay.addWidget(self.stack)

        self.error = QLabel()
        self.error.setObjectName("claimError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.compare = _table([self.tr("Period"), self.tr("Amount"), self.tr("Claimed"),
                               self.tr("Computed"), self.tr("Difference"), self.tr("Likely cause")])
        self.compare.setObjectName("claimCompare")
        self.compare.setWordWrap(True)
        lay.addWidget(self.compare, 1)
        self.summary = QLabel()
        self.summary.setObjectName("claimSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        return w

    def _claim_row(self) -> QVBoxLayout:
        """The claim shown, and under it the buttons to add one (per period or a total) or
        delete it (beside the buttons the claim's name was cut on a laptop screen)."""
        rows = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Claim")))
        self.claim = QComboBox()
        self.claim.setObjectName("claimSelect")
        self.claim.currentIndexChanged.connect(self._claim_changed)
        top.addWidget(self.claim, 1)
        rows.addLayout(top)
        row = QHBoxLayout()
        self.new_periods = QPushButton(self.tr("New claim (per period)"))
        self.new_periods.setObjectName("newClaim")
        self.new_periods.clicked.connect(lambda: self._new_claim(total=False))
        self.new_total = QPushButton(self.tr("New claim (total over dates)"))
        self.new_total.setObjectName("newTotalClaim")
        self.new_total.clicked.connect(lambda: self._new_claim(total=True))
        self.delete = QPushButton(self.tr("Delete claim"))
        self.delete.setObjectName("deleteClaim")
        self.delete.clicked.connect(self._delete_claim)
        for b in (self.new_periods, self.new_total, self.delete):
            row.addWidget(b)
        row.addStretch(1)
        rows.addLayout(row)
        return rows

    def _claim_header_form(self) -> QFormLayout:
        """Who claims and when."""
        form = QFormLayout()
        self.by = QLineEdit()
        self.by.setObjectName("claimBy")
        self.by.setPlaceholderText(self.tr("who claims (lawyer, union, employer...)"))
        self.by.editingFinished.connect(self._commit_header)
        self.date = QLineEdit()
        self.date.setObjectName("claimDate")
        self.date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.date.editingFinished.connect(self._commit_header)
        form.addRow(self.tr("Claimed by"), self.by)
        form.addRow(self.tr("Date of the claim"), self.date)
        return form

    def _periods_page(self) -> QWidget:
        """A claim per period: the periods table and its add and remove buttons."""
        per = QWidget()
        pl = QVBoxLayout(per)
        pl.setContentsMargins(0, 0, 0, 0)
        self.periods = _table([self.tr("Period"), self.tr("Due"), self.tr("Paid"), self.tr("Unpaid")],
                              editable=True)
        self.periods.setObjectName("claimPeriods")
        self.periods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.periods.itemChanged.connect(self._period_edited)
        pl.addWidget(self.periods)
        prow = QHBoxLayout()
        self.add_period = QPushButton(self.tr("Add period"))
        self.add_period.setObjectName("addClaimPeriod")
        self.add_period.clicked.connect(self._add_period)
        self.remove_period = QPushButton(self.tr("Remove period"))
        self.remove_period.setObjectName("removeClaimPeriod")
        self.remove_period.clicked.connect(self._remove_period)
        prow.addWidget(self.add_period)
        prow.addWidget(self.remove_period)
        prow.addStretch(1)
        pl.addLayout(prow)
        return per

    def _total_page(self) -> QWidget:
        """A claim as one total over dates."""
        tot = QWidget()
        tf = QFormLayout(tot)
        self.t_from = QLineEdit()
        self.t_from.setObjectName("claimFrom")
        self.t_to = QLineEdit()
        self.t_to.setObjectName("claimTo")
        self.t_total = QLineEdit()
        self.t_total.setObjectName("claimTotal")
        for e in (self.t_from, self.t_to, self.t_total):
            e.editingFinished.connect(self._commit_total)
        tf.addRow(self.tr("From"), self.t_from)
        tf.addRow(self.tr("To"), self.t_to)
        tf.addRow(self.tr("Total unpaid claimed"), self.t_total)
        return tot

    def _build_whatif_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        form = QFormLayout()
        self.wi_as_of = QLineEdit()
        self.wi_as_of.setObjectName("whatifAsOf")
        self.wi_category = QComboBox()
        self.wi_category.setObjectName("whatifCategory")
        self.wi_rate = QLineEdit()
        self.wi_rate.setObjectName("whatifRate")
        self.wi_rate.setPlaceholderText(self.tr("unchanged"))
        form.addRow(self.tr("As of"), self.wi_as_of)
        form.addRow(self.tr("Category"), self.wi_category)
        form.addRow(self.tr("Agreed hourly rate"), self.wi_rate)
        lay.addLayout(form)
        self.wi_run = QPushButton(self.tr("Compute what-if"))
        self.wi_run.setObjectName("whatifRun")
        self.wi_run.clicked.connect(self.run_what_if)
        lay.addWidget(self.wi_run, 0, Qt.AlignmentFlag.AlignLeft)
        self.wi_error = QLabel()
        self.wi_error.setObjectName("whatifError")
        self.wi_error.setStyleSheet(ERROR_STYLE)
        self.wi_error.setWordWrap(True)
        lay.addWidget(self.wi_error)
        self.wi_changes = QLabel()
        self.wi_changes.setWordWrap(True)
        lay.addWidget(self.wi_changes)
        self.wi_table = _table([self.tr("Period"), self.tr("Due"), self.tr("Due (what-if)"),
                                self.tr("Unpaid"), self.tr("Unpaid (what-if)"), self.tr("Interest"),
                                self.tr("Interest (what-if)"), self.tr("Difference owed now")])
        self.wi_table.setObjectName("whatifTable")
        fit_columns(self.wi_table)  # as wide as the headers (wrapped) and amounts; none cut
        lay.addWidget(self.wi_table, 1)
        # before / after as a chart: owed now per period, as computed and with the what-if
        self.wi_chart = DuePaidChart()
        self.wi_chart.setObjectName("whatifChart")
        self.wi_chart.setAccessibleName(self.tr("Owed now before and after the what-if"))
        self.wi_chart.legend = (self.tr("Owed now"), self.tr("With the what-if"))
        lay.addWidget(self.wi_chart, 1)
        self.wi_summary = QLabel()
        self.wi_summary.setObjectName("whatifSummary")
        lay.addWidget(self.wi_summary)
        return w

    # ---------------------------------------------------------------- public API
    def set_case(self, case: CaseFile | None, catalogue: Catalogue | None) -> None:
        """Show ``case`` (None clears the panel); keeps the selected worker and claim."""
        self._case = case
        self._cat = catalogue
        keep_worker = self.current_worker()
        keep_claim = self.claim.currentData()
        self._filling = True
        self.worker.clear()
        workers = list(case.workers) if case else []
        names = [w.name for w in workers]
        for n, w in enumerate(workers, start=1):  # by name; a shared name gets its place in the list
            self.worker.addItem(w.name if names.count(w.name) == 1 else f"{w.name} ({n})", w.id)
        if keep_worker is not None:
            i = self.worker.findData(keep_worker)
            if i >= 0:
                self.worker.setCurrentIndex(i)
        self._filling = False
        self._recheck()
        self._fill_claims(keep_claim)
        self._fill_whatif_inputs()

    def set_worker(self, worker_id: str) -> None:
        """Select a worker by id."""
        i = self.worker.findData(worker_id)
        if i >= 0:
            self.worker.setCurrentIndex(i)

    def current_worker(self) -> str | None:
        data = self.worker.currentData()
        return str(data) if data is not None else None

    def current_claim_index(self) -> int | None:
        """Position of the shown claim in ``case.claims``."""
        data = self.claim.currentData()
        return int(data) if data is not None else None

    @property
    def report(self) -> ClaimReport | None:
        return self._report

    @property
    def whatif_report(self) -> WhatIfReport | None:
        return self._whatif

    # ---------------------------------------------------------------- claims
    def _recheck(self) -> None:
        self._report = None
        case, cat = self._case, self._cat
        if case is None or cat is None or not case.claims:
            return
        self._check_seq = getattr(self, "_check_seq", 0) + 1
        seq = self._check_seq
        try:
            report = run_and_wait(lambda _p: check_claims(case, cat), parent=self,
                                  label=self.tr("Checking the claims…"))  # off the UI thread
            if seq == self._check_seq:  # a newer check started meanwhile wins
                self._report = report
        except Cancelled:
            return
        except (CaseError, LookupError_) as exc:
            problems = getattr(exc, "problems", None)
            text = "; ".join(str(p) for p in problems) if problems else str(exc)
            self._set_error(self.tr("The claims cannot be checked: {0}").format(text))

    def _worker_changed(self) -> None:
        if not self._filling:
            self._fill_claims(None)
            self._fill_whatif_inputs()

    def _claims_of_worker(self) -> list[int]:
        wid = self.current_worker()
        if self._case is None or wid is None:
            return []
        return [i for i, c in enumerate(self._case.claims) if c.worker == wid]

    def _fill_claims(self, keep: Any) -> None:
        self._filling = True
        self.claim.clear()
        if self._case is not None:
            for i in self._claims_of_worker():
                c = self._case.claims[i]
                kind = self.tr("total") if c.periods is None else self.tr("per period")
                who = c.by or self.tr("(claimant not named)")
                self.claim.addItem(f"{i + 1}. {who} — {fmt_date(c.date)} ({kind})", i)
        if keep is not None:
            j = self.claim.findData(keep)
            if j >= 0:
                self.claim.setCurrentIndex(j)
        self._filling = False
        has_worker = self.current_worker() is not None
        self.new_periods.setEnabled(has_worker)
        self.new_total.setEnabled(has_worker)
        self._claim_changed()

    def _claim_changed(self) -> None:
        if self._filling:
            return
        self._set_error("")
        idx = self.current_claim_index()
        claim = self._case.claims[idx] if self._case is not None and idx is not None else None
        for wdg in (self.by, self.date, self.delete, self.periods, self.add_period,
                    self.remove_period, self.t_from, self.t_to, self.t_total):
            wdg.setEnabled(claim is not None)
        # the same claim shown again (after an edit or a recompute): what the user is typing stays
        same = idx is not None and idx == self._shown_claim
        self._shown_claim = idx
        self._filling = True
        _put(self.by, claim.by if claim else "", same)
        _put(self.date, fmt_date(claim.date) if claim else "", same)
        if claim is not None and claim.periods is not None:
            self.stack.setCurrentIndex(0)
            if not (same and self._keep_table(claim.periods)):
                self.periods.setRowCount(0)
                for cp in claim.periods:
                    self._append_period_row(cp.period, cp.due, cp.paid, cp.unpaid)
        elif claim is not None:
            self.periods.setRowCount(0)
            self.stack.setCurrentIndex(1)
            _put(self.t_from, fmt_date(claim.from_), same)
            _put(self.t_to, fmt_date(claim.to), same)
            _put(self.t_total, fmt_money(claim.total_unpaid) if claim.total_unpaid is not None else "", same)
        else:
            self.periods.setRowCount(0)
            self.stack.setCurrentIndex(0)
            for e in (self.t_from, self.t_to, self.t_total):
                e.setText("")
        self._filling = False
        self._fill_compare()

    def _keep_table(self, periods: list[Any]) -> bool:
        """True when the periods table already shows ``periods`` or holds typing not committed
        yet (an open cell editor, a refused value, a new row): it is then left as it is."""
        if self.periods.state() == QAbstractItemView.State.EditingState:
            return True
        rows, problems = self._read_periods()
        return bool(problems) or rows == [cp.model_dump(mode="json", exclude_none=True) for cp in periods]

    def _append_period_row(self, period: str, *amounts: Decimal | None) -> None:
        r = self.periods.rowCount()
        self.periods.insertRow(r)
        self.periods.setItem(r, 0, QTableWidgetItem(period))
        padded = list(amounts) + [None] * (len(AMOUNT_COLUMNS) - len(amounts))
        for k, a in enumerate(padded, start=1):
            it = QTableWidgetItem("" if a is None else fmt_money(a))  # read back by the same parser
            it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.periods.setItem(r, k, it)

    def _fill_compare(self) -> None:
        self.compare.setRowCount(0)
        self.summary.setText("")
        res = self._claim_result()
        if res is None:
            return
        for row in res.rows:
            causes: list[str] = []
            if row.agrees:
                causes.append(self.tr("agrees to the cent"))
            causes += [self._words(c) for c in row.causes]
            if not row.agrees and not row.causes:
                causes.append(self.tr("cause not found from the case's inputs"))
            if row.covers:
                causes.append(self.tr("computed unpaid: {0}").format(
                    ", ".join(f"{fmt_period(s.period)} {fmt_money(s.computed)}" for s in row.covers)))
            causes += [self._words(c) for c in row.notes]
            r = self.compare.rowCount()
            self.compare.insertRow(r)
            label = fmt_period(row.period)
            if "/" in row.period:
                a, b = (dt.date.fromisoformat(x) for x in row.period.split("/"))
                label = f"{fmt_date(a)} – {fmt_date(b)}"
            cells = [_ro(label), _ro(_field_label(row.field)), _ro(fmt_money(row.claimed), True),
                     _ro(fmt_money(row.computed), True), _ro(_signed(row.difference), True),
                     _ro("\n".join(causes))]
            if not row.agrees:
                cells[4].setForeground(QColor("#b03a2e"))
            for c, it in enumerate(cells):
                self.compare.setItem(r, c, it)
        self.compare.resizeRowsToContents()
        self.summary.setText(self.tr("{0} of {1} figures agree to the cent; sum of differences {2}.")
                             .format(res.agree, len(res.rows), _signed(res.difference)))

    def _words(self, cause: Cause) -> str:
        """A cause in the interface language (the claim-check PDF's wording)."""
        from wage_remedy.api import cause_words
        jur = self._case.jurisdiction if self._case is not None else "BE"
        return cause_words(cause, current_language(), jur)

    def _claim_result(self) -> ClaimResult | None:
        idx = self.current_claim_index()
        if self._report is None or idx is None:
            return None
        for c in self._report.claims:
            if c.index == idx:
                return c
        return None

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        if text:
            self.message.emit(text)

    # ---------------------------------------------------------------- editing
    def _apply(self, change: Any) -> bool:
        """Build a new case with ``change(data)`` applied to its JSON data; validate; emit."""
        if self._case is None:
            return False
        data = case_to_data(self._case)
        data.setdefault("claims", [])
        keep = change(data)
        try:
            new = parse_case_data(data)
        except CaseError as exc:
            self._set_error("; ".join(str(p) for p in exc.problems))
            return False
        self._set_error("")
        self._case = new
        self._recheck()
        self._fill_claims(keep)
        self.caseEdited.emit(new)
        return True

    def _new_claim(self, total: bool) -> None:
        wid = self.current_worker()
        if self._case is None or wid is None:
            return
        day = (self._case.inspection.date or self._case.as_of).isoformat()
        claim: dict[str, Any] = {"worker": wid, "by": "", "date": day}
        if total:
            periods = self._worker_periods()
            first = periods[0] if periods else self._case.as_of.replace(day=1).isoformat()[:7]
            last = periods[-1] if periods else first
            claim.update({"from": period_bounds(first)[0].isoformat(),
                          "to": period_bounds(last)[1].isoformat(), "total_unpaid": "0.00"})
        else:
            claim["periods"] = []

        def change(data: dict[str, Any]) -> int:
            data["claims"].append(claim)
            return len(data["claims"]) - 1
        self._apply(change)

    def _delete_claim(self) -> None:
        idx = self.current_claim_index()
        if idx is None:
            return

        def change(data: dict[str, Any]) -> None:
            del data["claims"][idx]
        self._apply(change)

    def _commit_header(self) -> None:
        idx = self.current_claim_index()
        if self._filling or idx is None or self._case is None:
            return
        try:
            day = parse_date_text(self.date.text())
        except InputError as exc:
            self._set_error(self.tr("Date of the claim: {0}").format(exc))
            return
        claim = self._case.claims[idx]
        by = self.by.text().strip()
        if by == claim.by and day == claim.date.isoformat():
            return

        def change(data: dict[str, Any]) -> int:
            data["claims"][idx]["by"] = by
            data["claims"][idx]["date"] = day
            return idx
        self._apply(change)

    def _commit_total(self) -> None:
        idx = self.current_claim_index()
        if self._filling or idx is None or self._case is None:
            return
        try:
            a = parse_date_text(self.t_from.text())
            b = parse_date_text(self.t_to.text())
            total = parse_amount_text(self.t_total.text())
        except InputError as exc:
            self._set_error(str(exc))
            return
        claim = self._case.claims[idx]
        if (a, b, Decimal(total)) == (claim.from_.isoformat() if claim.from_ else None,
                                      claim.to.isoformat() if claim.to else None, claim.total_unpaid):
            return

        def change(data: dict[str, Any]) -> int:
            data["claims"][idx].update({"from": a, "to": b, "total_unpaid": total})
            return idx
        self._apply(change)

    def _worker_periods(self) -> list[str]:
        if self._report is not None:
            res = self._report.result
        else:
            res = None
            if self._case is not None and self._cat is not None:
                try:
                    res = compute(self._case, self._cat)
                except (CaseError, LookupError_):
                    res = None
        wid = self.current_worker()
        if res is None or wid is None:
            return []
        try:
            return [p.period for p in res.worker(wid).periods]
        except KeyError:
            return []

    def _cell(self, r: int, c: int) -> str:
        it = self.periods.item(r, c)
        return it.text() if it is not None else ""

    def _add_period(self) -> None:
        taken = {self._cell(r, 0) for r in range(self.periods.rowCount())}
        free = [p for p in self._worker_periods() if p not in taken]
        self._filling = True
        self._append_period_row(free[0] if free else "")
        self._filling = False
        r = self.periods.rowCount() - 1
        self.periods.setCurrentCell(r, 1)
        self._set_error(self.tr("Type at least one claimed amount (due, paid or unpaid) for the "
                                "new period."))

    def _remove_period(self) -> None:
        r = self.periods.currentRow()
        if r < 0:
            return
        self.periods.removeRow(r)
        self._commit_periods()

    def _period_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._commit_periods()

    def _mark(self, r: int, c: int, error: str) -> None:
        it = self.periods.item(r, c)
        if it is None:
            return
        was = self._filling
        self._filling = True
        it.setBackground(INVALID_BG if error else QColor(0, 0, 0, 0))
        it.setToolTip(error)
        self._filling = was

    def _read_periods(self) -> tuple[list[dict[str, str]], list[str]]:
        """The claimed periods typed in the table, and the problems (row, column, why)."""
        rows: list[dict[str, str]] = []
        problems: list[str] = []
        for r in range(self.periods.rowCount()):
            entry: dict[str, str] = {}
            texts = [self._cell(r, c) for c in range(4)]
            try:
                period = parse_period_text(texts[0])
                if period is None:
                    raise InputError(self.tr("a pay period is required ({0} or {1})").format(
                        f"{dt.date.today().year}-03", f"{dt.date.today().year}-W10"))
                entry["period"] = period
                self._mark(r, 0, "")
            except InputError as exc:
                self._mark(r, 0, str(exc))
                problems.append(self.tr("row {0}, period: {1}").format(r + 1, exc))
            for c, name in enumerate(AMOUNT_COLUMNS, start=1):
                try:
                    value = parse_optional_amount_text(texts[c])
                    if value is not None:
                        entry[name] = value
                    self._mark(r, c, "")
                except InputError as exc:
                    self._mark(r, c, str(exc))
                    problems.append(self.tr("row {0}, {1}: {2}").format(r + 1, _field_label(name), exc))
            if not any(k in entry for k in AMOUNT_COLUMNS):
                problems.append(self.tr("row {0}: type at least one of due, paid, unpaid").format(r + 1))
            rows.append(entry)
        return rows, problems

    def _commit_periods(self) -> None:
        idx = self.current_claim_index()
        if idx is None or self._case is None:
            return
        rows, problems = self._read_periods()
        if problems:
            self._set_error("; ".join(problems))
            return
        if rows == [cp.model_dump(mode="json", exclude_none=True)
                    for cp in (self._case.claims[idx].periods or [])]:
            self._set_error("")
            return

        def change(data: dict[str, Any]) -> int:
            data["claims"][idx]["periods"] = rows
            return idx
        self._apply(change)

    # ---------------------------------------------------------------- what-if
    def _fill_whatif_inputs(self) -> None:
        case, cat = self._case, self._cat
        self.wi_category.clear()
        self.wi_category.addItem(self.tr("(unchanged)"), None)
        self.wi_as_of.setPlaceholderText(fmt_date(case.as_of) if case else "")
        wid = self.current_worker()
        if case is None or cat is None or wid is None:
            return
        sector = case.worker(wid).employment.sector
        if sector is None:
            return
        try:
            table = cat.table(sector)
        except LookupError_:
            return
        cats: list[str] = []
        if table.dimension_values and "category" in table.dimension_values:
            cats = list(table.dimension_values["category"])
        else:
            for v in table.versions:
                cats += [k for k in v.values if k not in cats]
        for c in cats:
            self.wi_category.addItem(c, c)

    def run_what_if(self) -> None:
        """Compute the what-if for the selected worker with the inputs of the what-if tab."""
        self.wi_error.setText("")
        self.wi_table.setRowCount(0)
        self.wi_summary.setText("")
        self.wi_changes.setText("")
        self.wi_chart.set_periods([])
        self._whatif = None
        case, cat, wid = self._case, self._cat, self.current_worker()
        if case is None or cat is None or wid is None:
            return
        try:
            as_of = dt.date.fromisoformat(parse_date_text(self.wi_as_of.text())) \
                if self.wi_as_of.text().strip() else None
            rate = parse_optional_rate_text(self.wi_rate.text())
        except InputError as exc:
            self.wi_error.setText(str(exc))
            return
        category = self.wi_category.currentData()
        try:
            rep = run_and_wait(  # off the UI thread
                lambda _p: what_if(case, cat, as_of=as_of, worker=wid,
                                   category=str(category) if category is not None else None,
                                   agreed_rate=Decimal(rate) if rate is not None else None),
                parent=self, label=self.tr("Computing the what-if…"))
        except Cancelled:
            return
        except (CaseError, LookupError_) as exc:
            problems = getattr(exc, "problems", None)
            self.wi_error.setText("; ".join(str(p) for p in problems) if problems else str(exc))
            return
        self._whatif = rep
        self.wi_changes.setText(self.tr("Changes: {0}").format(
            "; ".join(rep.changes) if rep.changes else self.tr("none")))
        for w in rep.workers:
            for p in w.periods:
                r = self.wi_table.rowCount()
                self.wi_table.insertRow(r)
                cells = [_ro(fmt_period(p.period))] + [_ro(fmt_money(v), True) for v in (
                    p.base_due, p.alt_due, p.base_unpaid, p.alt_unpaid, p.base_interest,
                    p.alt_interest)] + [_ro(_signed(p.total_diff), True)]
                for c, it in enumerate(cells):
                    self.wi_table.setItem(r, c, it)
        self.wi_chart.set_periods([(fmt_period_short(p.period), p.base_total, p.alt_total)
                                   for w in rep.workers for p in w.periods])
        self.wi_summary.setText(self.tr("Owed now: {0} → {1} (difference {2})").format(
            fmt_money(rep.total("base_total")), fmt_money(rep.total("alt_total")),
            _signed(rep.total("total_diff"))))


__all__ = ["ClaimsPanel"]
