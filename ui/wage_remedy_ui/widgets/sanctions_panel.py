"""Fines and fine-linked compensation, read from ``result.sanctions`` (docs/method.md, Fines)."""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTextBrowser, QVBoxLayout, QWidget

from wage_remedy.api import Range, Result, Sanctions
from wage_remedy_ui.i18n import current_language, fmt_date, fmt_money, fmt_number, fmt_period_range
from wage_remedy_ui.labels import status_label
from wage_remedy_ui.widgets.result_panel import _item, make_table


def _range(r: Range | None) -> str:
    if r is None:
        return "—"
    return f"{fmt_money(r.min)} – {fmt_money(r.max)}"


class SanctionsPanel(QWidget):
    """The fine range the employer faces and, per worker, the compensation owed now."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # a rate table's title in the interface language (set by the main window, which has the
        # catalogue): no "be/..." id on the screen
        self.table_title: Callable[[str, str | None], str] = lambda table, _start: table
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        title = QLabel(self.tr("Fines and compensation"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        lay.addWidget(title)
        self.text = QTextBrowser()
        self.text.setObjectName("sanctionsText")
        self.text.setOpenExternalLinks(True)
        lay.addWidget(self.text, 3)
        self.table = make_table([self.tr("Worker"), self.tr("Unpaid"), self.tr("Interest"),
                                 self.tr("Owed now"), self.tr("Fine driven (per worker)"),
                                 self.tr("How")])
        self.table.setObjectName("sanctionsTable")
        lay.addWidget(self.table, 2)

    def set_result(self, result: Result | None, stale: bool = False) -> None:
        """Show the sanctions of a result."""
        self.table.setRowCount(0)
        s = result.sanctions if result is not None else None
        if s is None:
            self.text.setHtml("<i>" + html.escape(self.tr("No result yet.")) + "</i>")
            return
        e = html.escape
        rows: list[tuple[str, str]] = []
        out: list[str] = []
        if stale:
            out.append("<p style='color:#b03a2e'>" + e(self.tr("Not up to date: fix the problems "
                                                               "shown above.")) + "</p>")
        if s.workers_concerned == 0:
            out.append("<p>" + e(self.tr("No underpayment: no fine.")) + "</p>")
        elif s.regime == "be-art162":
            rows += self._art162_rows(s)
        else:
            rows += [
                (self.tr("Offence"), self.tr("Minimum Wage Act (WML): underpayment")),
                (self.tr("Workers concerned"), str(s.workers_concerned)),
                (self.tr("Offence period"), fmt_period_range(s.offence_from, s.offence_to)),
                (self.tr("Fine, total"), fmt_money(s.nl_total or Decimal(0), currency=True)),
            ]
        if s.workers_concerned:
            out += self._details(s, rows)
        self.text.setHtml("".join(out))
        self._fill_workers(s)

    def _art162_rows(self, s: Sanctions) -> list[tuple[str, str]]:
        """(label, value) of a fine under the Social Penal Code art. 162 (Belgium)."""
        level = str(s.level) + (" " + self.tr("(aggravated)") if s.aggravated else "")
        rows = [
            (self.tr("Offence"), self.tr("Social Penal Code art. 162: remuneration not paid "
                                         "(on time)")),
            (self.tr("Sanction level"), level),
            (self.tr("Offence period"), fmt_period_range(s.offence_from, s.offence_to)),
            (self.tr("Regime in force on"), fmt_date(s.regime_date) if s.regime_date else "—"),
            (self.tr("Workers concerned"), self.tr("{0} (the fine is multiplied by {1}, at most "
                                                  "{2})").format(s.workers_concerned,
                                                                 s.counted_workers, s.worker_cap)),
            (self.tr("Surcharge multiplier"), f"× {fmt_number(s.multiplier or Decimal(1))}"),
            (self.tr("Administrative fine per worker"), _range(s.admin_per_worker)),
            (self.tr("Administrative fine, total"), _range(s.admin_total)),
            (self.tr("Criminal fine per worker"), _range(s.criminal_per_worker)),
            (self.tr("Criminal fine, total"), _range(s.criminal_total)),
        ]
        if s.prison_months is not None:
            rows.append((self.tr("Prison (months)"),
                         f"{fmt_number(s.prison_months.min)} – {fmt_number(s.prison_months.max)}"))
        return rows

    def _details(self, s: Sanctions, rows: list[tuple[str, str]]) -> list[str]:
        """HTML parts: the table of ``rows`` with the deadline and the rate table, then the
        source, the legal basis and the notes."""
        e = html.escape
        out: list[str] = []
        rows = list(rows)
        if s.regularisation_deadline:
            day = fmt_date(s.regularisation_deadline)  # art. 21: the inspector decides, nothing is promised
            rows.append((self.tr("Regularisation deadline"), self.tr(
                "{0}: if paid by {0}, the inspector may decide not to draw up a report").format(day)))
        start = s.rate_from.isoformat() if s.rate_from else None
        title = self.table_title(s.rate_table, start)
        version = (self.tr("{0}, figures in force from {1}").format(title, fmt_date(s.rate_from))
                   if s.rate_from else title)
        rows.append((self.tr("Rate table"), f"{version} — {status_label(s.status)}"))
        out.append("<table cellpadding='3'>" + "".join(
            f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows) + "</table>")
        source, legal = self.tr("Source"), self.tr("Legal basis")
        if s.source_url:
            out.append(f"<p><b>{e(source)}:</b> <a href=\"{e(s.source_url)}\">"
                       f"{e(s.source_title or s.source_url)}</a></p>")
        basis = s.basis(current_language())
        if basis:
            out.append(f"<p><b>{e(legal)}</b></p>")
            out += [f"<p>{e(b)}</p>" for b in basis]
        if s.notes:
            out.append("<ul>" + "".join(f"<li>{e(n)}</li>" for n in s.notes) + "</ul>")
        return out

    def _fill_workers(self, s: Sanctions) -> None:
        """The table: per worker, what is owed and the fine that worker drives."""
        self.table.setRowCount(len(s.workers))
        for r, f in enumerate(s.workers):
            fine = _range(f.fine) if f.fine is not None else "—"
            if f.fine is not None and f.fine.min == f.fine.max:
                fine = fmt_money(f.fine.min)
            how = f.rule or ""
            for c, text in enumerate([f.name, fmt_money(f.unpaid), fmt_money(f.interest),
                                      fmt_money(f.owed_now), fine, how]):
                it = _item(text, right=0 < c < 5)
                self.table.setItem(r, c, it)
        has_rule = any(f.rule for f in s.workers)
        self.table.setColumnHidden(5, not has_rule)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(has_rule)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch if not has_rule
                                    else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
