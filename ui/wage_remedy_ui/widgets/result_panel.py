"""Live result of one worker: periods (due, paid, unpaid, interest), chart, lines and why."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import (
    Line,
    PeriodResult,
    WorkerResult,
    debtor_totals,
    fund_name,
    head_basis,
    head_legal,
    head_title,
    is_public_holiday,
    line_basis,
    payable_total,
    round_cent,
)
from wage_remedy_ui.i18n import (
    current_language,
    fmt_date,
    fmt_date_long,
    fmt_hours,
    fmt_money,
    fmt_number,
    fmt_period,
    fmt_period_short,
)
from wage_remedy_ui.labels import (
    binding_label,
    binding_short,
    line_label,
    status_label,
    status_short,
)
from wage_remedy_ui.widgets.chart import DuePaidChart
from wage_remedy_ui.widgets.columns import fit_columns, install_wrap_header

translate = QCoreApplication.translate


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


def make_table(headers: list[str], right_from: int = 1) -> QTableWidget:
    """A read-only, row-selecting table; its headers wrap rather than being cut (tooltip: whole)."""
    t = QTableWidget(0, len(headers))
    install_wrap_header(t)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(22)
    t.setAlternatingRowColors(True)
    h = t.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setStretchLastSection(True)
    for c, text in enumerate(headers):
        item = t.horizontalHeaderItem(c)
        if item is not None:
            item.setToolTip(text)
    return t


ROWS_SHOWN = 6  # rows a result table shows before it scrolls (up and down) inside


def fit_rows(table: QTableWidget, rows_shown: int = ROWS_SHOWN) -> None:
    """Give ``table`` the height of its header and rows (at least one, at most ``rows_shown``;
    a row whose cells wrap is taller)."""
    rows = min(table.rowCount(), rows_shown)
    height = sum(table.rowHeight(r) for r in range(rows)) if rows else table.verticalHeader().defaultSectionSize()
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + height + 2 * table.frameWidth() + 2)


TableTitle = Callable[[str, "str | None"], str]


def rate_version_text(line: Line, title: TableTitle | None = None) -> str:
    """The rate table of a line by its title (``title(id, start)``, else its id) and the date its
    figures apply from, in the interface's date format."""
    name = title(line.rate_table, line.rate_from.isoformat() if line.rate_from else None) if title \
        else line.rate_table
    if line.rate_from is None:
        return name
    return translate("ResultPanel", "{0}, from {1}").format(name, fmt_date(line.rate_from))


def overtime_words(line: Line) -> str:
    """Why an overtime line is overtime and why its premium (docs/method.md, overtime): the
    minutes beyond the daily or the weekly limit, and the line's own percentage, said as the
    Sunday or public-holiday one when the line's days are Sundays or public holidays."""
    # the jurisdiction of the line's rate table: ids are "<jurisdiction>/<name>" (rates/FORMAT.md)
    jurisdiction = line.rate_table.partition("/")[0].upper()

    def rest_day(day: dt.date) -> bool:
        return day.weekday() == 6 or is_public_holiday(jurisdiction, day)

    premium = fmt_number(line.premium)
    if rest_day(line.first_day) and rest_day(line.last_day):
        return translate("ResultPanel", "+{0} %: overtime on a Sunday or a public holiday (overtime "
                                        "is the minutes beyond the daily or the weekly limit, the "
                                        "last minutes of the week first).").format(premium)
    return translate("ResultPanel", "+{0} %: overtime on a working day (overtime is the minutes "
                                    "beyond the daily or the weekly limit, the last minutes of the "
                                    "week first).").format(premium)


def explain_line(line: Line, period: PeriodResult, title: TableTitle | None = None) -> str:
    """HTML explanation of one result line (rate tables named by ``title`` when given)."""
    e = html.escape
    hours = fmt_hours(line.minutes)
    parts = [f"<b>{e(line_label(line))}</b> &mdash; {e(fmt_period(period.period))} "
             f"({e(fmt_date(line.first_day))} &ndash; {e(fmt_date(line.last_day))})"]
    if line.kind == "flat_premium":
        formula = translate("ResultPanel", "{0} h × {1} € per hour = {2} €").format(
            hours, fmt_number(line.rate), fmt_money(line.amount))
    elif line.premium:
        formula = translate("ResultPanel", "{0} h × {1} €/h × (1 + {2} %) = {3} €").format(
            hours, fmt_number(line.rate), fmt_number(line.premium), fmt_money(line.amount))
    else:
        formula = translate("ResultPanel", "{0} h × {1} €/h = {2} €").format(hours, fmt_number(line.rate),
                                                        fmt_money(line.amount))
    parts.append(e(formula))
    if line.kind == "overtime":
        parts.append(e(overtime_words(line)))
    if line.kind == "flat_premium" and line.amount != round_cent(line.hours * line.rate):
        parts.append(e(translate("ResultPanel", "The daily cap of the premium was applied on some days.")))
    binding = translate("ResultPanel", "Binding rate")
    how = translate("ResultPanel", "How the rate was obtained")
    table = translate("ResultPanel", "Rate table")
    source = translate("ResultPanel", "Source")
    parts.append(f"<b>{e(binding)}:</b> {e(binding_label(line.binding))}")
    if line.basis:  # in the interface language (the core's English text is never shown)
        words = line_basis(line, current_language(), money=fmt_money, number=fmt_number, date=fmt_date)
        parts.append(f"<b>{e(how)}:</b> {e(words)}")
    version = rate_version_text(line, title)
    status = status_label(line.status)
    style = ' style="color:#b03a2e"' if line.status == "unverified" else ""
    parts.append(f"<b>{e(table)}:</b> {e(version)} &mdash; <span{style}>{e(status)}</span>")
    if line.source is not None:
        parts.append(f"<b>{e(source)}:</b> <a href=\"{e(line.source.url)}\">{e(line.source.title)}</a>"
                     f"<br><small>{e(line.source.url)}</small>")
    return "<br>".join(parts)


class ResultPanel(QWidget):
    """Periods table, due/paid chart, lines of the selected period and the selected line's basis."""

    line_selected = Signal(str)  # the explanation text (plain), for tests and the status bar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker: WorkerResult | None = None
        self.stale = False
        # a rate table's title in the interface language (set by the main window, which has the
        # catalogue): no "be/..." id in the lines table or the explanation
        self.table_title: TableTitle | None = None
        self.as_of: dt.date | None = None  # the case's as-of date (what the employer must pay then)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.summary)
        # one column that scrolls up and down (never sideways): the periods, the lines of the
        # selected period and how the selected line was computed, then the heads and the chart;
        # each part keeps the height of its rows, none is squashed to nothing on a laptop screen
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("resultScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        self.periods = self._periods_table()
        col.addWidget(self.periods)
        self.lines = self._lines_table()
        col.addWidget(self.lines)
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("lineExplanation")
        self.explanation.setOpenExternalLinks(True)
        self.explanation.setPlaceholderText(self.tr("Select a line to see how it was computed."))
        self.explanation.setFixedHeight(7 * self.explanation.fontMetrics().lineSpacing() + 12)
        col.addWidget(self.explanation)
        self.heads = self._heads_table()
        col.addWidget(self.heads)
        self.chart = DuePaidChart()
        col.addWidget(self.chart)
        col.addStretch(1)
        self.body_scroll.setWidget(body)
        lay.addWidget(self.body_scroll, 1)
        for table in (self.periods, self.lines, self.heads):
            table.setTextElideMode(Qt.TextElideMode.ElideRight)
            fit_rows(table)
        self.set_worker(None)

    def _periods_table(self) -> QTableWidget:
        """A row a pay period: due date, hours and the amounts."""
        periods = make_table([self.tr("Period"), self.tr("Due date"), self.tr("Hours"),
                              self.tr("Due"), self.tr("Paid"), self.tr("Unpaid"),
                              self.tr("Interest"), self.tr("Owed now")])
        periods.setObjectName("periodsTable")
        # every column as wide as its header and figures; the amounts share what is left
        self._fit(periods, grow=range(2, periods.columnCount()))
        periods.itemSelectionChanged.connect(self._period_changed)
        return periods

    def _lines_table(self) -> QTableWidget:
        """The lines of the selected period."""
        lines = make_table([self.tr("What"), self.tr("Hours"), self.tr("Rate"),
                            self.tr("Amount"), self.tr("Binding"), self.tr("Rate version"),
                            self.tr("Status")])
        lines.setObjectName("linesTable")
        # what a line pays wraps onto more lines in a narrow pane; the rate version shows the
        # date its figures apply from (the table's title in the tooltip and the explanation)
        self._fit(lines, shrink=(0, 5), wrap=(0,), grow=(0,))
        lines.itemSelectionChanged.connect(self._line_changed)
        return lines

    def _heads_table(self) -> QTableWidget:
        """Heads of claim beside the wages: who owes them and when (docs/heads.md)."""
        heads = make_table([self.tr("Head of claim"), self.tr("Owed by"), self.tr("Reference period"),
                            self.tr("Due date"), self.tr("Due"), self.tr("Paid"), self.tr("Unpaid"),
                            self.tr("Interest")], right_from=4)
        heads.setObjectName("headsTable")
        # the head, its debtor and the reference period wrap onto more lines (the rows grow)
        # rather than being cut; the dates and amounts keep their width (tooltip: the basis)
        self._fit(heads, shrink=(0, 1), wrap=(0, 1, 2), grow=(0, 1))
        return heads

    @staticmethod
    def _fit(table: QTableWidget, shrink: Iterable[int] = (), wrap: Iterable[int] = (),
             grow: Iterable[int] = ()) -> None:
        """Columns fitted to their headers and cells (``wage_remedy_ui.widgets.columns``); the
        table keeps the height of its rows."""
        fitter = fit_columns(table, shrink=shrink, wrap=wrap, grow=list(grow))
        fitter.fitted.connect(lambda t=table: fit_rows(t))

    def set_worker(self, worker: WorkerResult | None, stale: bool = False) -> None:
        """Show a worker's result (None: nothing computed yet)."""
        keep = self.periods.currentRow()
        self.worker = worker
        self.stale = stale
        self.periods.setRowCount(0)
        self.lines.setRowCount(0)
        self.heads.setRowCount(0)
        self.explanation.clear()
        if worker is None:
            empty = self.tr("No result yet: enter shifts or hours.")
            self.summary.setText(f"<i>{html.escape(empty)}</i>")
            self.chart.set_periods([])
            return
        labels = [self.tr("Due"), self.tr("Paid"), self.tr("Unpaid"), self.tr("Interest")]
        values = [worker.due, worker.paid, worker.unpaid, worker.interest]
        owed = self.tr("Owed now")
        text = (f"<b>{html.escape(owed)}</b> "
                f"<span style='font-size:large; font-weight:600'>{fmt_money(worker.total, currency=True)}"
                "</span><br>")
        text += " &nbsp; ".join(f"<b>{html.escape(k)}</b> {fmt_money(v)}"
                                for k, v in zip(labels, values, strict=True))
        text += self._heads(worker)
        if stale:
            note = self.tr("not up to date: fix the problems shown above")
            text += f" <span style='color:#b03a2e'>({html.escape(note)})</span>"
        self.summary.setText(text)
        self.periods.setRowCount(len(worker.periods))
        fit_rows(self.periods)
        for r, p in enumerate(worker.periods):
            cells = [fmt_period(p.period), fmt_date(p.due_date), fmt_hours(p.minutes), fmt_money(p.due),
                     fmt_money(p.paid), fmt_money(p.unpaid), fmt_money(p.interest),
                     fmt_money(p.unpaid + p.interest)]
            for c, text in enumerate(cells):
                self.periods.setItem(r, c, _item(text, right=c >= 2))
            paid_item = self.periods.item(r, 4)
            if p.overpaid > 0 and paid_item is not None:
                paid_item.setToolTip(self.tr("Overpaid by {0}: not set off against "
                                                           "other periods").format(fmt_money(p.overpaid)))
        self.chart.set_periods([(fmt_period_short(p.period), p.due, p.paid) for p in worker.periods])
        if worker.periods:
            self.periods.selectRow(min(max(keep, 0), len(worker.periods) - 1))

    def debtor_words(self, debtor: str) -> str:
        return {"employer": self.tr("the employer"),
                "fund": self.tr("a fund, once the wages are declared"),
                "court": self.tr("a court may award up to")}.get(debtor, debtor)

    def _heads(self, worker: WorkerResult) -> str:
        """Fill the heads table (heads beside the wages); the summary's line on who owes what."""
        others = [h for h in worker.heads if h.head != "wages"]
        self.heads.setVisible(bool(others))
        self.heads.setRowCount(len(others))
        fit_rows(self.heads)
        lang = current_language()
        for r, h in enumerate(others):
            # the basis and the legal basis in the interface language (docs/heads.md)
            tip = (head_basis(h, lang, money=fmt_money, number=fmt_number, date=fmt_date_long) + "\n"
                   + head_legal(h, lang, "") + (f"\n{fund_name(h.fund, lang)}" if h.fund else ""))
            cells = [head_title(h.head, lang), self.debtor_words(h.debtor),
                     f"{fmt_date(h.start)}\u00a0– {fmt_date(h.end)}", fmt_date(h.due_date), fmt_money(h.due),
                     fmt_money(h.paid), fmt_money(h.unpaid), fmt_money(h.interest)]
            for c, cell in enumerate(cells):
                it = _item(cell, right=c >= 4)
                it.setToolTip(tip)
                self.heads.setItem(r, c, it)
        if not worker.heads:
            return ""
        totals = debtor_totals(worker.heads)
        now = self.tr("Employer must pay now")
        parts = [f"<b>{html.escape(now)}</b> {fmt_money(self._as_of_payable(worker))}"]
        fund, court = self.tr("Fund"), self.tr("Court, at most")  # lupdate misses a tr() in an f-string
        if totals["fund"].total > 0:
            parts.append(f"<b>{html.escape(fund)}</b> {fmt_money(totals['fund'].total)}")
        if totals["court"].total > 0:
            parts.append(f"<b>{html.escape(court)}</b> {fmt_money(totals['court'].total)}")
        return "<br>" + " &nbsp; ".join(parts)

    def _as_of_payable(self, worker: WorkerResult) -> Decimal:
        """What the employer must pay at the case's as-of date: the employer heads due then."""
        return payable_total(worker.heads, self.as_of).total if self.as_of else worker.total

    def _period(self) -> PeriodResult | None:
        r = self.periods.currentRow()
        if self.worker is None or not (0 <= r < len(self.worker.periods)):
            return None
        return self.worker.periods[r]

    def _period_changed(self) -> None:
        p = self._period()
        self.lines.setRowCount(0)
        self.explanation.clear()
        self.chart.set_selected(self.periods.currentRow())
        if p is None:
            return
        self.lines.setRowCount(len(p.lines))
        fit_rows(self.lines)
        if self.periods.hasFocus():  # a period clicked or chosen: its lines come into view
            self._into_view(self.lines)
        for r, ln in enumerate(p.lines):
            version = rate_version_text(ln, self.table_title)
            # the version by the date its figures apply from: the title is in the tooltip
            shown = fmt_date(ln.rate_from) if ln.rate_from is not None else version
            cells = [line_label(ln), fmt_hours(ln.minutes), fmt_number(ln.rate), fmt_money(ln.amount),
                     binding_short(ln.binding), shown, status_short(ln.status)]
            for c, text in enumerate(cells):
                it = _item(text, right=c in (1, 2, 3))
                if c in (0, 5):  # elided when the pane is narrow: whole in the tooltip
                    it.setToolTip(version if c == 5 else text)
                if c == 6 and ln.status == "unverified":
                    it.setForeground(Qt.GlobalColor.red)
                self.lines.setItem(r, c, it)

    def _line_changed(self) -> None:
        p = self._period()
        r = self.lines.currentRow()
        if p is None or not (0 <= r < len(p.lines)):
            self.explanation.clear()
            return
        self.explanation.setHtml(explain_line(p.lines[r], p, self.table_title))
        # a line is selected only by the user (a refresh clears the lines): how it was computed
        # comes into view
        self._into_view(self.explanation)
        self.line_selected.emit(self.explanation.toPlainText())

    def _into_view(self, part: QWidget) -> None:
        """Scroll the result column so that ``part`` shows whole (its top first when taller than
        the view). ``ensureWidgetVisible`` would only bring a table's current cell or a text's
        cursor into view."""
        body = self.body_scroll.widget()
        if body is None:
            return
        top = part.mapTo(body, QPoint(0, 0)).y()
        half = min(part.height(), self.body_scroll.viewport().height()) // 2
        self.body_scroll.ensureVisible(0, top + half, 0, half)

    def select_line(self, period_row: int, line_row: int) -> None:
        """Select a period and a line (keyboard users and tests)."""
        self.periods.selectRow(period_row)
        self.lines.selectRow(line_row)

