"""Estimate editor (worker page): generated hours where records are missing (docs/estimates.md).

The inspector chooses a basis, names the evidence, sets the dates (or "N months before the
finding", N read from the presumption rate tables) and a weekly pattern grid (several blocks a
day allowed). The preview shows the hours the core generates per pay period and, side by side,
what is owed on the records only and with the estimate (the what-if machinery, records only =
``drop_estimates``). Everything legal is computed by ``wage_remedy``; this widget only edits.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import (
    BASIS_TABLE,
    JURISDICTIONS,
    CaseError,
    Catalogue,
    LookupError_,
    WhatIfReport,
    bases_for,
    months_before,
    presumed_months,
    what_if,
)
from wage_remedy.api import jurisdiction as jurisdiction_of
from wage_remedy_ui.background import run_and_wait
from wage_remedy_ui.document import CaseDocument, Data
from wage_remedy_ui.i18n import fmt_date, fmt_hours, fmt_money, fmt_period
from wage_remedy_ui.validation import (
    InputError,
    parse_date_text,
    parse_minutes_text,
    parse_time_text,
)
from wage_remedy_ui.widgets.columns import fit_columns

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PATTERN_COLS = 7 + 3  # one checkbox column per day, then start, end, break


def two_lines(text: str) -> str:
    """A column header broken at the space nearest its middle, so a narrow tab shows it whole."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if len(text) < 10 or not spaces:
        return text
    i = min(spaces, key=lambda k: abs(k - len(text) / 2))
    return text[:i] + "\n" + text[i + 1:]


class EstimateEditor(QWidget):
    """Edits the estimates of one worker and previews their effect."""

    message = Signal(str)

    def __init__(self, doc: CaseDocument, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.catalogue = catalogue
        self.worker_id: str | None = None
        self.current: int | None = None  # index of the estimate shown in the form
        self.report: WhatIfReport | None = None
        lay = self._scroll_column()
        self._list_row(lay)
        lay.addLayout(self._estimate_form())
        self.pattern = self._pattern_table()
        label = QLabel(self.tr("Weekly pattern (one row per block; several blocks a day allowed)"))
        label.setWordWrap(True)
        lay.addWidget(label)
        lay.addWidget(self.pattern)
        self._pattern_buttons(lay)
        self._preview(lay)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        doc.changed.connect(self.refresh)

    # ================================================================ building
    def _scroll_column(self) -> QVBoxLayout:
        """The column everything goes in, inside a scroll area."""
        # Everything in a scroll area: on a 1280x720 screen the tab can be 340 pixels wide, and
        # every field keeps its natural height instead of being squashed (trial s70/s71).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("estimateScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("estimateInner")
        self.scroll_area.setWidget(inner)
        outer.addWidget(self.scroll_area)
        return QVBoxLayout(inner)

    def _list_row(self, lay: QVBoxLayout) -> None:
        """The introduction, then the worker's estimates beside the new and remove buttons."""
        intro = QLabel(self.tr("When records are missing, generate hours from the inspector's findings or "
                               "a legal presumption. Records always win: no hour is generated on a day "
                               "with recorded shifts or hours. Every estimated amount is marked on the "
                               "documents with its basis and evidence."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        top = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("estimateList")
        self.list.setMinimumHeight(56)
        self.list.setMaximumHeight(80)
        self.list.currentRowChanged.connect(self._show_row)
        top.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.add_btn = QPushButton(self.tr("New estimate"))
        self.add_btn.setObjectName("estimateAdd")
        self.add_btn.clicked.connect(self.new_estimate)
        self.remove_btn = QPushButton(self.tr("Remove estimate"))
        self.remove_btn.setObjectName("estimateRemove")
        self.remove_btn.clicked.connect(self.remove_estimate)
        side.addWidget(self.add_btn)
        side.addWidget(self.remove_btn)
        top.addLayout(side)
        lay.addLayout(top)

    def _estimate_form(self) -> QFormLayout:
        """Basis, evidence, dates and the presumption choices of the estimate shown."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.basis = QComboBox()
        self.basis.setObjectName("estimateBasis")
        form.addRow(self.tr("Basis"), self.basis)
        self.evidence = QLineEdit()
        self.evidence.setObjectName("estimateEvidence")
        self.evidence.setPlaceholderText(self.tr("statements, observed presence, opening hours, report number…"))
        form.addRow(self.tr("Evidence"), self.evidence)
        dates, months = self._date_rows()
        form.addRow(self.tr("From – to"), dates)
        form.addRow("", months)
        self.holidays = QCheckBox(self.tr("also on public holidays"))
        self.holidays.setObjectName("estimateHolidays")
        self.full_time = QCheckBox(self.tr("part-time → full-time presumption"))
        self.full_time.setObjectName("estimateFullTime")
        full_time_note = QLabel(self.tr("binds only the ONSS; the hours stand as findings"))
        full_time_note.setWordWrap(True)
        full_time_note.setIndent(22)
        self.full_time.setToolTip(full_time_note.text())
        form.addRow("", self.holidays)
        form.addRow("", self.full_time)
        form.addRow("", full_time_note)
        return form

    def _date_rows(self) -> tuple[QHBoxLayout, QVBoxLayout]:
        """The from and to fields, and one "N months before the finding" button a presumption
        (shown only for the presumptions of the case's jurisdiction, ``_show_month_buttons``)."""
        dates = QHBoxLayout()
        self.from_edit = QLineEdit()
        self.from_edit.setObjectName("estimateFrom")
        self.to_edit = QLineEdit()
        self.to_edit.setObjectName("estimateTo")
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.to_edit)
        for edit in (self.from_edit, self.to_edit):
            edit.setMinimumWidth(90)
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        months = QVBoxLayout()  # one under the other: side by side they are wider than the tab
        self.months_layout = months
        self.month_buttons: dict[int, QPushButton] = {}  # those of the case's jurisdiction
        self.month_bases: dict[int, set[str]] = {}  # the presumption bases of each duration
        for basis, n in self._presumption_months():
            self.month_bases.setdefault(n, set()).add(basis)
        return dates, months

    def _show_month_buttons(self, jurisdiction: str) -> None:
        """One button per duration of the presumptions of ``jurisdiction`` (a Belgian case is
        not offered the Dutch Wav 23 period)."""
        own = set(jurisdiction_of(jurisdiction).presumptions) if jurisdiction in JURISDICTIONS else set()
        wanted = [n for n, bases in sorted(self.month_bases.items()) if bases & own]
        if wanted == list(self.month_buttons):
            return
        for b in self.month_buttons.values():
            self.months_layout.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.month_buttons = {}
        for n in wanted:
            b = QPushButton(self.tr("{0} months before the finding").format(n))
            b.setObjectName(f"estimate{n}Months")
            b.clicked.connect(lambda _=False, n=n: self.months_before_finding(n))
            self.month_buttons[n] = b
            self.months_layout.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)

    def _pattern_table(self) -> QTableWidget:
        """The weekly pattern grid: a checkbox column a day, then start, end and break."""
        pattern = QTableWidget(0, _PATTERN_COLS)
        pattern.setObjectName("estimatePattern")
        # two-letter day names: the ten columns fit a tab about 340 pixels wide
        pattern.setHorizontalHeaderLabels([self.tr("Mo", "Monday, two letters"),
                                           self.tr("Tu", "Tuesday, two letters"),
                                           self.tr("We", "Wednesday, two letters"),
                                           self.tr("Th", "Thursday, two letters"),
                                           self.tr("Fr", "Friday, two letters"),
                                           self.tr("Sa", "Saturday, two letters"),
                                           self.tr("Su", "Sunday, two letters"),
                                           self.tr("Start"), self.tr("End"),
                                           two_lines(self.tr("Break (min)"))])
        head = pattern.horizontalHeader()
        head.setMinimumSectionSize(20)
        fm = head.fontMetrics()

        def text_width(c: int) -> int:
            item = pattern.horizontalHeaderItem(c)
            return max(fm.horizontalAdvance(line) for line in (item.text() if item else "").split("\n"))

        # compact: at 1280x720 the tab is about 340 pixels wide, and the ten columns fit in it
        for c in range(7):  # a day column: its short name over a checkbox
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            head.resizeSection(c, max(24, text_width(c) + 8))
        for c in (7, 8):  # start, end: "00:00"
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            head.resizeSection(c, max(fm.horizontalAdvance("00:00") + 12, text_width(c) + 8))
        head.setSectionResizeMode(9, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(min(20, text_width(9)))
        pattern.verticalHeader().setDefaultSectionSize(pattern.fontMetrics().height() + 10)
        pattern.setMinimumHeight(110)
        pattern.setMaximumHeight(170)
        return pattern

    def _pattern_buttons(self, lay: QVBoxLayout) -> None:
        """Add and remove block, the full-time regime, apply, then the error line."""
        prow = QHBoxLayout()
        self.add_block_btn = QPushButton(self.tr("Add block"))
        self.add_block_btn.setObjectName("estimateAddBlock")
        self.add_block_btn.clicked.connect(lambda: self.add_block())
        self.remove_block_btn = QPushButton(self.tr("Remove block"))
        self.remove_block_btn.setObjectName("estimateRemoveBlock")
        self.remove_block_btn.clicked.connect(self.remove_block)
        self.regime_btn = QPushButton(self.tr("Full-time regime Mon–Fri"))
        self.regime_btn.setObjectName("estimateRegime")
        self.regime_btn.clicked.connect(self.fill_full_time_regime)
        self.apply_btn = QPushButton(self.tr("Apply estimate"))
        self.apply_btn.setObjectName("estimateApply")
        self.apply_btn.setDefault(True)
        self.apply_btn.clicked.connect(self.apply)
        for b in (self.add_block_btn, self.remove_block_btn):
            prow.addWidget(b)
        prow.addStretch(1)
        lay.addLayout(prow)
        rrow = QHBoxLayout()  # rows of their own: side by side the buttons are wider than the tab
        rrow.addWidget(self.regime_btn)
        rrow.addStretch(1)
        lay.addLayout(rrow)
        arow = QHBoxLayout()
        arow.addStretch(1)
        arow.addWidget(self.apply_btn)
        lay.addLayout(arow)
        self.error = QLabel()
        self.error.setObjectName("estimateError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)

    def _preview(self, lay: QVBoxLayout) -> None:
        """The preview: generated hours, owed on the records only and with the estimate."""
        preview = QLabel(self.tr("Preview: generated hours, and what is owed on the records only and "
                                 "with the estimate"))
        preview.setWordWrap(True)
        lay.addWidget(preview)
        self.compare = QTableWidget(0, 5)
        self.compare.setObjectName("estimateCompare")
        self.compare.setHorizontalHeaderLabels([
            self.tr("Period"), self.tr("Estimated hours"), self.tr("Records only"), self.tr("With estimate"),
            self.tr("Difference")])
        # the headers wrap, the columns fit their figures in the tab's width: none cut, no
        # sideways scrolling (the difference was out of sight at 1280x720)
        fit_columns(self.compare)
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.setMinimumHeight(150)
        lay.addWidget(self.compare, 1)
        self.summary = QLabel()
        self.summary.setObjectName("estimateSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

    # ================================================================ data
    def _presumption_months(self) -> list[tuple[str, int]]:
        """(presumption basis, the months it covers), e.g. 3 and 6, from the rates."""
        out: list[tuple[str, int]] = []
        for basis in BASIS_TABLE:
            if basis == "average_nl_7_610b":
                continue
            n = presumed_months(basis, dt.date.today(), self.catalogue)
            if n:
                out.append((basis, n))
        return sorted(out, key=lambda bn: bn[1])

    def _worker(self) -> Data | None:
        return self.doc.worker(self.worker_id) if self.worker_id else None

    def _estimates(self) -> list[Data]:
        w = self._worker()
        return list(w.get("estimates", [])) if w else []

    def _inspection_date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(str(self.doc.data.get("inspection", {}).get("date")))
        except ValueError:
            return None

    # ================================================================ showing
    def set_worker(self, worker_id: str | None) -> None:
        """Edit the estimates of another worker."""
        self.worker_id = worker_id
        self.current = None
        self.refresh()

    def refresh(self) -> None:
        """Show the worker's estimates and the preview."""
        jur = str(self.doc.data.get("jurisdiction", "BE"))
        self.basis.blockSignals(True)
        chosen = self.basis.currentData()
        self.basis.clear()
        for b in bases_for(jur, self.catalogue):
            self.basis.addItem(self.basis_label(b), b)
        self._show_month_buttons(jur)
        i = self.basis.findData(chosen)
        self.basis.setCurrentIndex(max(0, i))
        self.basis.blockSignals(False)
        ests = self._estimates()
        self.list.blockSignals(True)
        self.list.clear()
        for e in ests:
            ends = [fmt_date(dt.date.fromisoformat(str(e[k]))) if e.get(k) else "…" for k in ("from", "to")]
            dates = f"{ends[0]} – {ends[1]}"
            self.list.addItem(f"{self.basis_label(str(e.get('basis', '')))}: {dates}")
        if self.current is not None and self.current < len(ests):
            self.list.setCurrentRow(self.current)
        self.list.blockSignals(False)
        if self.current is not None and self.current < len(ests):
            self._load(ests[self.current])
        self._basis_changed()
        self.update_preview()

    def basis_label(self, basis: str) -> str:
        """The basis in words."""
        labels = {
            "findings": self.tr("Inspector's findings"),
            "presumption_be_2013": self.tr("Presumption, Law of 11 Feb 2013 (illegal stay)"),
            "presumption_nl_wav23": self.tr("Presumption, Wav art. 23"),
            "average_nl_7_610b": self.tr("Average of the months before, BW 7:610b"),
        }
        return labels.get(basis, basis)

    def _show_row(self, row: int) -> None:
        ests = self._estimates()
        if 0 <= row < len(ests):
            self.current = row
            self._load(ests[row])

    def _load(self, e: Data) -> None:
        i = self.basis.findData(e.get("basis"))
        if i >= 0:
            self.basis.setCurrentIndex(i)
        self.evidence.setText(str(e.get("evidence", "")))
        self.from_edit.setText(fmt_date(dt.date.fromisoformat(e["from"])) if e.get("from") else "")
        self.to_edit.setText(fmt_date(dt.date.fromisoformat(e["to"])) if e.get("to") else "")
        self.holidays.setChecked(bool(e.get("on_public_holidays", False)))
        self.full_time.setChecked(bool(e.get("full_time_presumption", False)))
        self.pattern.setRowCount(0)
        for blk in e.get("pattern", []):
            self.add_block(blk.get("days", []), blk.get("start", ""), blk.get("end", ""),
                           int(blk.get("break_minutes", 0)))

    def _basis_changed(self) -> None:
        basis = self.basis.currentData()
        jur = str(self.doc.data.get("jurisdiction", "BE"))
        self.full_time.setEnabled(basis == "findings" and jur in JURISDICTIONS
                                  and JURISDICTIONS[jur].full_time_presumption)
        if not self.full_time.isEnabled():
            self.full_time.setChecked(False)
        no_pattern = basis == "average_nl_7_610b"
        for w in (self.pattern, self.add_block_btn, self.remove_block_btn, self.regime_btn):
            w.setEnabled(not no_pattern)

    # ================================================================ editing the form
    def new_estimate(self) -> None:
        """An empty form (applied as a new estimate)."""
        self.current = None
        self.list.clearSelection()
        self.evidence.clear()
        self.from_edit.clear()
        self.to_edit.clear()
        self.holidays.setChecked(False)
        self.full_time.setChecked(False)
        self.pattern.setRowCount(0)
        self.error.clear()
        self.evidence.setFocus()

    def add_block(self, days: Any = None, start: str = "", end: str = "", break_minutes: int = 0) -> None:
        """A pattern row: day checkboxes, start, end, break."""
        r = self.pattern.rowCount()
        self.pattern.insertRow(r)
        chosen = set(days or [])
        for c, key in enumerate(DAY_KEYS):
            it = QTableWidgetItem()
            it.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            it.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.pattern.setItem(r, c, it)
        for c, text in ((7, start), (8, end), (9, str(break_minutes) if break_minutes else "")):
            self.pattern.setItem(r, c, QTableWidgetItem(text))

    def remove_block(self) -> None:
        """Remove the selected pattern row (the last one when none is selected)."""
        r = self.pattern.currentRow()
        if r < 0:
            r = self.pattern.rowCount() - 1
        if r >= 0:
            self.pattern.removeRow(r)

    def fill_full_time_regime(self) -> None:
        """One block Monday to Friday from 09:00 for a fifth of the worker's full-time weekly
        regime (employment, else the sector table's, the hours the calculation uses)."""
        weekly = self._weekly_hours()
        if weekly is None:
            self.error.setText(self.tr("The full-time regime is not known: choose a sector or set the weekly hours."))
            return
        minutes = int(weekly * 60) // 5
        end = 9 * 60 + minutes
        self.pattern.setRowCount(0)
        self.add_block(DAY_KEYS[:5], "09:00", f"{end // 60:02d}:{end % 60:02d}", 0)

    def _weekly_hours(self) -> Any:
        from decimal import Decimal
        w = self._worker() or {}
        emp = w.get("employment", {})
        if emp.get("weekly_hours"):
            return Decimal(str(emp["weekly_hours"]))
        if emp.get("sector"):
            try:
                t = self.catalogue.table(emp["sector"])
            except LookupError_:
                return None
            return t.weekly_hours
        return None

    def months_before_finding(self, n: int) -> None:
        """From the day after the same date ``n`` months before the inspection to the inspection."""
        insp = self._inspection_date()
        if insp is None:
            self.error.setText(self.tr("Set the inspection date first."))
            return
        self.from_edit.setText(fmt_date(months_before(insp, n) + dt.timedelta(days=1)))
        self.to_edit.setText(fmt_date(insp))

    def form_data(self) -> Data:
        """The estimate in the form, as case-file data; ``InputError`` names the bad field."""
        e: Data = {"basis": self.basis.currentData(), "evidence": self.evidence.text().strip()}
        for key, edit in (("from", self.from_edit), ("to", self.to_edit)):
            text = edit.text().strip()
            if text:
                try:
                    e[key] = parse_date_text(text)
                except InputError as exc:
                    raise InputError(f"{key}: {exc}") from None
        if self.holidays.isChecked():
            e["on_public_holidays"] = True
        if self.full_time.isChecked():
            e["full_time_presumption"] = True
        if e["basis"] != "average_nl_7_610b":
            blocks = []
            for r in range(self.pattern.rowCount()):
                days = [k for c, k in enumerate(DAY_KEYS)
                        if (it := self.pattern.item(r, c)) is not None and it.checkState() == Qt.CheckState.Checked]
                cell = [it.text() if (it := self.pattern.item(r, c)) is not None else "" for c in (7, 8, 9)]
                try:
                    start = parse_time_text(cell[0])
                    end = parse_time_text(cell[1])
                    brk = parse_minutes_text(cell[2])
                except InputError as exc:
                    raise InputError(self.tr("pattern row {0}: {1}").format(r + 1, exc)) from None
                if not days:
                    raise InputError(self.tr("pattern row {0}: tick at least one day").format(r + 1))
                blocks.append({"days": days, "start": start, "end": end, "break_minutes": brk})
            e["pattern"] = blocks
        return e

    def apply(self) -> bool:
        """Store the form as the current (or a new) estimate; the case checks it."""
        if self.worker_id is None:
            return False
        try:
            e = self.form_data()
        except InputError as exc:
            self.error.setText(str(exc))
            return False
        wid, idx = self.worker_id, self.current

        def change(d: Data) -> None:
            for w in d["workers"]:
                if w.get("id") == wid:
                    ests = w.setdefault("estimates", [])
                    if idx is not None and idx < len(ests):
                        ests[idx] = e
                    else:
                        ests.append(e)

        if idx is None:
            self.current = len(self._estimates())
        self.error.clear()
        self.doc.modify(self.tr("Edit estimate"), change)
        return True

    def remove_estimate(self) -> None:
        """Remove the estimate shown."""
        if self.worker_id is None or self.current is None:
            return
        wid, idx = self.worker_id, self.current

        def change(d: Data) -> None:
            for w in d["workers"]:
                if w.get("id") == wid and idx < len(w.get("estimates", [])):
                    del w["estimates"][idx]
                    if not w["estimates"]:
                        del w["estimates"]

        self.current = None
        self.doc.modify(self.tr("Remove estimate"), change)

    # ================================================================ preview
    def update_preview(self) -> None:
        """Generated hours per period, records only vs with the estimates (what-if)."""
        self.compare.setRowCount(0)
        self.summary.clear()
        self.report = None
        if self.worker_id is None or not self._estimates():
            return
        try:
            case = self.doc.validate()
            catalogue, wid = self.catalogue, self.worker_id
            report = run_and_wait(lambda _p: what_if(case, catalogue, worker=wid, drop_estimates=True),
                                  parent=self, label=self.tr("Computing without the estimates…"))
        except CaseError as exc:
            mine = [p for p in exc.problems if ".estimates" in p.path] or exc.problems
            self.error.setText("; ".join(f"{p.path}: {p.message}" for p in mine[:4]))
            return
        except LookupError_ as exc:
            self.error.setText(str(exc))
            return
        self.report = report
        base = report.base.worker(self.worker_id)
        est_minutes = {p.period: p.estimated_minutes for p in base.periods}
        ww = report.workers[0] if report.workers else None
        rows = ww.periods if ww else ()
        for p in rows:
            r = self.compare.rowCount()
            self.compare.insertRow(r)
            with_est, records = p.base_total, p.alt_total
            for c, text in enumerate((fmt_period(p.period), fmt_hours(est_minutes.get(p.period, 0)),
                                      fmt_money(records), fmt_money(with_est), fmt_money(with_est - records))):
                it = QTableWidgetItem(text)
                if c:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.compare.setItem(r, c, it)
        if ww is not None:
            with_est, records = ww.total("base_total"), ww.total("alt_total")
            self.summary.setText(self.tr("Owed now: records only {0}, with the estimate {1} "
                                         "(of which estimated unpaid {2}); {3} h generated.")
                                 .format(fmt_money(records), fmt_money(with_est),
                                         fmt_money(base.estimated_unpaid), fmt_hours(base.estimated_minutes)))
        infos = "; ".join(f"{self.basis_label(i.basis)} {fmt_date(i.start)} – {fmt_date(i.end)}"
                          for i in base.estimates)
        if infos:
            self.summary.setText(self.summary.text() + "\n" + infos)
