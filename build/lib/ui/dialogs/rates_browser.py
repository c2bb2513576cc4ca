"""Rates browser: every rate table, its versions, sources and statuses, and the values."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_language, fmt_date
from ui.labels import status_short
from ui.widgets.result_panel import _item, make_table
from wage_remedy.law.catalogue import Catalogue
from wage_remedy.law.show import show_table

STATUS_COLORS = {"verified": "#1e7b34", "secondary": "#2f6db5", "derived": "#9a6700",
                 "unverified": "#b03a2e"}


class RatesBrowser(QDialog):
    """Browse the rate tables in use (bundled or ``--rates`` folder)."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None,
                 select: str | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(self.tr("Rates"))
        self.resize(1100, 700)
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Rates folder: {0}").format(catalogue.root))
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(head)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tables = QListWidget()
        self.tables.setObjectName("ratesTables")
        lang = current_language()
        for tid in sorted(catalogue.tables):
            t = catalogue.tables[tid]
            title = t.title.get(lang)
            item = QListWidgetItem(f"{tid}  –  {title.split(' – ', 1)[-1]}")
            item.setData(Qt.ItemDataRole.UserRole, tid)
            item.setToolTip(t.title.get(lang))
            worst = max((v.status for v in t.versions),
                        key=lambda s: ("verified", "secondary", "derived", "unverified").index(s)
                        if s in ("verified", "secondary", "derived", "unverified") else 0)
            if worst == "unverified":
                item.setForeground(QColor(STATUS_COLORS["unverified"]))
            self.tables.addItem(item)
        self.tables.currentItemChanged.connect(self._table_changed)
        split.addWidget(self.tables)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.info = QTextBrowser()
        self.info.setObjectName("ratesInfo")
        self.info.setOpenExternalLinks(True)
        self.info.setMaximumHeight(130)
        rl.addWidget(self.info)
        self.versions = make_table([self.tr("From"), self.tr("Status"), self.tr("Source")])
        self.versions.setObjectName("ratesVersions")
        self.versions.itemSelectionChanged.connect(self._version_changed)
        rl.addWidget(self.versions, 2)
        self.source = QTextBrowser()
        self.source.setObjectName("ratesSource")
        self.source.setOpenExternalLinks(True)
        self.source.setMaximumHeight(100)
        rl.addWidget(self.source)
        self.values = QPlainTextEdit()
        self.values.setObjectName("ratesValues")
        self.values.setReadOnly(True)
        self.values.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        rl.addWidget(self.values, 3)
        split.addWidget(right)
        split.setSizes([400, 700])
        lay.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        row = 0
        if select:
            for i in range(self.tables.count()):
                if self.tables.item(i).data(Qt.ItemDataRole.UserRole) == select:
                    row = i
        self.tables.setCurrentRow(row)

    def current_table(self) -> str | None:
        item = self.tables.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _table_changed(self) -> None:
        tid = self.current_table()
        if tid is None:
            return
        t = self.catalogue.table(tid)
        e = html.escape
        dims = ", ".join(t.dimensions) or "—"
        unit = t.unit + (f", {t.weekly_hours} h/" + self.tr("week") if t.weekly_hours else "")
        notes = f"<p style='color:#555'>{e(t.notes)}</p>" if t.notes else ""
        unit_label, dims_label = self.tr("Unit"), self.tr("Dimensions")
        self.info.setHtml(f"<b>{e(t.title.get(current_language()))}</b><br>"
                          f"{e(unit_label)}: {e(unit)} &nbsp; {e(dims_label)}: {e(dims)}{notes}")
        self.versions.setRowCount(len(t.versions))
        for r, v in enumerate(reversed(t.versions)):
            cells = [fmt_date(v.start) + (" (" + self.tr("gap") + ")" if v.gap else ""),
                     status_short(v.status), v.source.title]
            for c, text in enumerate(cells):
                it = _item(text)
                if c == 1:
                    it.setForeground(QColor(STATUS_COLORS.get(v.status, "#000")))
                it.setData(Qt.ItemDataRole.UserRole, v.start.isoformat())
                self.versions.setItem(r, c, it)
        if t.versions:
            self.versions.selectRow(0)

    def _version_changed(self) -> None:
        tid = self.current_table()
        r = self.versions.currentRow()
        if tid is None or r < 0:
            return
        t = self.catalogue.table(tid)
        v = list(reversed(t.versions))[r]
        e = html.escape
        note = f"<br><i>{e(v.note)}</i>" if v.note else ""
        self.source.setHtml(f"<a href=\"{e(v.source.url)}\">{e(v.source.url)}</a>{note}")
        if v.gap:
            self.values.setPlainText(self.tr("No figures: this period is not covered by verified data."))
            return
        _data, text = show_table(self.catalogue, tid, v.start)
        self.values.setPlainText(text)
