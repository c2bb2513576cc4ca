"""Rates browser: search the tables, pick a date, read the table in force that day as a grid
(category × function years), follow one rate over time in a chart, add a version (figures pasted
as a column), index a scale, and import a signed rates bundle. Writing goes through the core
(``wage_remedy.law.update`` and ``wage_remedy.law.bundle``), the same functions as the CLI."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import (
    Catalogue,
    LookupError_,
    RateFileError,
    RateTable,
    TableVersion,
    default_rates_dir,
    fmt_decimal,
    load_catalogue,
    monthly_to_hourly,
    show_table,
)
from wage_remedy_ui import settings as prefs
from wage_remedy_ui.i18n import current_language, fmt_date, fmt_number
from wage_remedy_ui.labels import status_short
from wage_remedy_ui.widgets.rate_chart import STATUS_COLORS, Point, RateChart
from wage_remedy_ui.widgets.result_panel import _item, make_table

__all__ = ["RatesBrowser", "AddVersionDialog", "STATUS_COLORS"]


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _key_order(k: str) -> tuple[int, Any]:
    return (0, int(k)) if k.isdigit() else (1, k)


def grid_of(table: RateTable, version: TableVersion) -> tuple[list[str], list[str], dict[tuple[str, str], Any]]:
    """(row keys, column keys, cells) of a version: rows = the first dimension (category, tier,
    age …), columns = the second (function years …) or one column; parameters for tables
    without dimensions."""
    if not table.dimensions:
        rows = list(version.parameters)
        return rows, [""], {(r, ""): version.parameters[r] for r in rows}
    values = version.values
    rows = list(values)
    if len(table.dimensions) == 1:
        return rows, [""], {(r, ""): values[r] for r in rows}
    cols: list[str] = []
    for r in rows:
        for c in values[r]:
            if c not in cols:
                cols.append(c)
    cols.sort(key=_key_order)
    return rows, cols, {(r, c): v for r in rows for c, v in values[r].items()}


class RatesBrowser(QDialog):
    """Browse the rate tables in use and add versions to them."""

    catalogue_changed = Signal(object)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None,
                 select: str | None = None, on: dt.date | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(self.tr("Rates"))
        prefs.fit_dialog(self, 1200, 760)  # never taller than a laptop screen
        lay = QVBoxLayout(self)
        self._search_bar(lay, on)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tables = QListWidget()
        self.tables.setObjectName("ratesTables")
        # a long title wraps onto a second line rather than running past the list's edge
        self.tables.setWordWrap(True)
        self.tables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables.setResizeMode(QListView.ResizeMode.Adjust)
        self.tables.currentItemChanged.connect(self._table_changed)
        split.addWidget(self.tables)
        split.addWidget(self._right_side())
        split.setSizes([360, 840])
        lay.addWidget(split, 1)
        lay.addWidget(self._buttons())
        self._fill_tables(select)

    # ------------------------------------------------------------------ building
    def _search_bar(self, lay: QVBoxLayout, on: dt.date | None) -> None:
        """The rates folder, then the search field and the date the tables are shown for."""
        self.head = QLabel()
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head.setWordWrap(True)
        lay.addWidget(self.head)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("ratesSearch")
        self.search.setPlaceholderText(self.tr("Search: table, sector, joint committee number …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(self.tr("On date:")))
        self.date = QDateEdit(_qdate(on or dt.date.today()))
        self.date.setObjectName("ratesDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(self._show_on_date)
        bar.addWidget(self.date)
        lay.addLayout(bar)

    def _right_side(self) -> QWidget:
        """The chosen table: its description, the outdated warning and the four tabs."""
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.info = QTextBrowser()
        self.info.setObjectName("ratesInfo")
        self.info.setOpenExternalLinks(True)
        self.info.setMaximumHeight(120)
        rl.addWidget(self.info)
        self.outdated = QLabel()
        self.outdated.setObjectName("ratesOutdated")
        self.outdated.setWordWrap(True)
        self.outdated.setStyleSheet("color: #b03a2e; font-weight: bold")
        rl.addWidget(self.outdated)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._on_date_tab(), self.tr("Table on date"))
        self.tabs.addTab(self._chart_tab(), self.tr("Over time"))
        self.tabs.addTab(self._versions_tab(), self.tr("Versions and sources"))
        # the same as `rates show`, as text to copy
        self.values = QPlainTextEdit()
        self.values.setObjectName("ratesValues")
        self.values.setReadOnly(True)
        self.values.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs.addTab(self.values, self.tr("As text"))
        rl.addWidget(self.tabs, 1)
        return right

    def _on_date_tab(self) -> QWidget:
        """The table in force on the date: a grid."""
        on_tab = QWidget()
        ol = QVBoxLayout(on_tab)
        self.version_label = QTextBrowser()
        self.version_label.setObjectName("ratesVersionOnDate")
        self.version_label.setOpenExternalLinks(True)
        self.version_label.setMaximumHeight(80)
        ol.addWidget(self.version_label)
        self.grid = QTableWidget()
        self.grid.setObjectName("ratesGrid")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.currentCellChanged.connect(self._cell_chosen)
        ol.addWidget(self.grid, 1)
        return on_tab

    def _chart_tab(self) -> QWidget:
        """One rate over time."""
        chart_tab = QWidget()
        cl = QVBoxLayout(chart_tab)
        crow = QHBoxLayout()
        crow.addWidget(QLabel(self.tr("Rate:")))
        self.cell = QComboBox()
        self.cell.setObjectName("ratesCell")
        self.cell.currentIndexChanged.connect(self._draw_chart)
        crow.addWidget(self.cell, 1)
        cl.addLayout(crow)
        self.chart = RateChart()
        self.chart.setObjectName("ratesChart")
        cl.addWidget(self.chart, 1)
        return chart_tab

    def _versions_tab(self) -> QWidget:
        """Every version, its source."""
        ver_tab = QWidget()
        vl = QVBoxLayout(ver_tab)
        self.versions = make_table([self.tr("From"), self.tr("Status"), self.tr("Source")])
        self.versions.setObjectName("ratesVersions")
        self.versions.itemSelectionChanged.connect(self._version_changed)
        vl.addWidget(self.versions, 2)
        self.source = QTextBrowser()
        self.source.setObjectName("ratesSource")
        self.source.setOpenExternalLinks(True)
        self.source.setMaximumHeight(100)
        vl.addWidget(self.source)
        return ver_tab

    def _buttons(self) -> QDialogButtonBox:
        """Add a version, index, import a bundle; close."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton(self.tr("Add a version…"))
        self.add_button.setObjectName("ratesAdd")
        self.add_button.clicked.connect(lambda: self.open_add("add"))
        self.index_button = QPushButton(self.tr("Index…"))
        self.index_button.setObjectName("ratesIndex")
        self.index_button.clicked.connect(lambda: self.open_add("index"))
        self.import_button = QPushButton(self.tr("Import bundle…"))
        self.import_button.setObjectName("ratesImport")
        self.import_button.clicked.connect(lambda: self.import_bundle())
        for b in (self.add_button, self.index_button, self.import_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        return buttons

    # ------------------------------------------------------------------ list and search
    def on_date(self) -> dt.date:
        """The date the table is shown for."""
        return _pydate(self.date.date())

    def _fill_tables(self, select: str | None = None) -> None:
        cat = self.catalogue
        user = (self.tr("; tables from the user's rates folder: {0} ({1})").format(
            ", ".join(cat.user_tables), cat.user_root) if cat.user_tables else "")
        self.head.setText(self.tr("Rates folder: {0}").format(cat.root) + user)
        self.tables.blockSignals(True)
        self.tables.clear()
        lang = current_language()
        for tid in sorted(cat.tables):
            t = cat.tables[tid]
            title = t.title.get(lang)
            item = QListWidgetItem(f"{tid}  –  {title.split(' – ', 1)[-1]}")
            item.setData(Qt.ItemDataRole.UserRole, tid)
            # every title language, for the search
            words = " ".join(x for x in (t.title.en, t.title.fr, t.title.nl, t.title.de) if x)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{tid} {words}".lower())
            item.setToolTip(title)
            if any(v.status == "unverified" for v in t.versions):
                item.setForeground(QColor(STATUS_COLORS["unverified"]))
            self.tables.addItem(item)
        self.tables.blockSignals(False)
        self._mark_outdated()
        self._filter(self.search.text())
        row = 0
        for i in range(self.tables.count()):
            if self.tables.item(i).data(Qt.ItemDataRole.UserRole) == select:
                row = i
        self.tables.setCurrentRow(row)

    def _mark_outdated(self) -> None:
        on = self.on_date()
        for i in range(self.tables.count()):
            item = self.tables.item(i)
            tid = str(item.data(Qt.ItemDataRole.UserRole))
            text = item.text().removeprefix("⚠ ")
            item.setText(("⚠ " if self.catalogue.is_outdated(tid, on) else "") + text)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.tables.count()):
            item = self.tables.item(i)
            hay = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(not all(w in hay for w in words))
        cur = self.tables.currentItem()
        if cur is None or cur.isHidden():
            for i in range(self.tables.count()):
                if not self.tables.item(i).isHidden():
                    self.tables.setCurrentRow(i)
                    break

    def visible_tables(self) -> list[str]:
        """The table ids the search leaves in the list."""
        return [str(self.tables.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.tables.count())
                if not self.tables.item(i).isHidden()]

    def current_table(self) -> str | None:
        item = self.tables.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    # ------------------------------------------------------------------ one table
    def _table_changed(self) -> None:
        tid = self.current_table()
        if tid is None:
            return
        t = self.catalogue.table(tid)
        e = html.escape
        dims = ", ".join(self.dimension_label(d) for d in t.dimensions) or "—"
        unit = self.unit_label(t.unit) + (f", {fmt_number(t.weekly_hours)} h/" + self.tr("week")
                                          if t.weekly_hours else "")
        notes = f"<p style='color:#555'>{e(t.notes)}</p>" if t.notes else ""
        reviewed = self.tr("Reviewed through {0}").format(fmt_date(t.reviewed_through))
        if t.next_review:
            reviewed += "; " + self.tr("next expected change {0}").format(fmt_date(t.next_review))
        unit_label, dims_label = self.tr("Unit"), self.tr("Dimensions")
        self.info.setHtml(f"<b>{e(t.title.get(current_language()))}</b><br>"
                          f"{e(unit_label)}: {e(unit)} &nbsp; {e(dims_label)}: {e(dims)}"
                          f"<br>{e(reviewed)}{notes}")
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
            self._version_changed()  # row 0 may have been selected already (another table's)
        self.cell.blockSignals(True)
        self.cell.clear()
        keys: list[str] = []
        for v in t.versions:
            if v.gap:
                continue
            rows, cols, cells_ = grid_of(t, v)
            for key in cells_:
                label = "/".join(k for k in key if k)
                if label not in keys:
                    keys.append(label)
        for k in keys:
            self.cell.addItem(k)
        self.cell.blockSignals(False)
        self.index_button.setEnabled(bool(t.dimensions) and t.unit in ("hour", "month"))
        self._show_on_date()

    def _show_on_date(self) -> None:
        tid = self.current_table()
        if tid is None:
            return
        self._mark_outdated()
        t = self.catalogue.table(tid)
        on = self.on_date()
        e = html.escape
        self._show_outdated(tid, t, on)
        try:
            v = self.catalogue.version(tid, on)
        except LookupError_ as exc:
            self.version_label.setHtml(f"<span style='color:#b03a2e'>{e(str(exc))}</span>")
            self.grid.clear()
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.values.setPlainText(str(exc))
            self._draw_chart()
            return
        color = STATUS_COLORS.get(v.status, "#000")
        note = f"<br><i>{e(v.note)}</i>" if v.note else ""
        in_force = self.tr("In force from")
        self.version_label.setHtml(
            f"{e(in_force)} <b>{e(fmt_date(v.start))}</b> — "
            f"<span style='color:{color}'><b>{e(status_short(v.status))}</b></span> — "
            f"<a href=\"{e(v.source.url)}\">{e(v.source.title)}</a>{note}")
        self._fill_grid(t, v)
        _data, text = show_table(self.catalogue, tid, on)
        self.values.setPlainText(text)
        self._draw_chart()

    def _show_outdated(self, tid: str, t: RateTable, on: dt.date) -> None:
        """The warning above the tabs when the table may be out of date on ``on`` (else hidden)."""
        if self.catalogue.is_outdated(tid, on):
            if t.versions[-1].gap and on >= t.versions[-1].start:
                msg = self.tr("The figures in force from {0} are not in the catalogue: the previous "
                              "figures are shown and may be too low.").format(fmt_date(t.versions[-1].start))
            else:
                msg = self.tr("Rates may be out of date: this table was reviewed through {0}; a newer "
                              "version may exist for {1}.").format(fmt_date(t.reviewed_through), fmt_date(on))
            self.outdated.setText("⚠ " + msg)
            self.outdated.show()
        else:
            self.outdated.hide()

    def _fill_grid(self, t: RateTable, v: TableVersion) -> None:
        """The grid of a version: a row a category (or tier, age …), a column a function year."""
        rows, cols, cells = grid_of(t, v)
        self.grid.clear()
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(len(cols))
        dims = t.dimensions
        self.grid.setVerticalHeaderLabels(rows)
        if len(dims) >= 2:
            self.grid.setHorizontalHeaderLabels(cols)
            self.grid.horizontalHeader().setToolTip(self.dimension_label(dims[1]))
        else:
            self.grid.setHorizontalHeaderLabels([{"hour": self.tr("per hour"), "month": self.tr("per month"),
                                                  "percent": "%"}.get(t.unit, self.tr("value"))])
        for r, row in enumerate(rows):
            for c, col in enumerate(cols):
                value = cells.get((row, col))
                if value is None:
                    continue
                it = QTableWidgetItem(fmt_decimal(value))
                it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if t.unit == "month" and t.weekly_hours:
                    it.setToolTip(self.tr("{0} an hour at {1} h a week").format(
                        fmt_decimal(monthly_to_hourly(value, t.weekly_hours)), fmt_decimal(t.weekly_hours)))
                it.setData(Qt.ItemDataRole.UserRole, "/".join(k for k in (row, col) if k))
                self.grid.setItem(r, c, it)
        self.grid.resizeColumnsToContents()

    def cell_text(self, row: str, col: str = "") -> str | None:
        """The grid's text at (row key, column key), as shown."""
        for r in range(self.grid.rowCount()):
            head = self.grid.verticalHeaderItem(r)
            if head is None or head.text() != row:
                continue
            for c in range(self.grid.columnCount()):
                hc = self.grid.horizontalHeaderItem(c)
                if col and (hc is None or hc.text() != col):
                    continue
                it = self.grid.item(r, c)
                return it.text() if it else None
        return None

    def _cell_chosen(self, row: int, col: int, *_: int) -> None:
        it = self.grid.item(row, col) if row >= 0 and col >= 0 else None
        if it is not None:
            i = self.cell.findText(str(it.data(Qt.ItemDataRole.UserRole)))
            if i >= 0:
                self.cell.setCurrentIndex(i)

    def series(self, tid: str, key: str) -> list[Point]:
        """The value of ``key`` (``I/0``, ``18+0``, ``rate``) in every version, gaps as None."""
        t = self.catalogue.table(tid)
        out = []
        for v in t.versions:
            if v.gap:
                out.append(Point(v.start, None, v.status))
                continue
            _rows, _cols, cells = grid_of(t, v)
            parts = key.split("/")
            value = cells.get((parts[0], parts[1] if len(parts) > 1 else ""))
            if value is not None:
                out.append(Point(v.start, value, v.status))
        return out

    def _draw_chart(self) -> None:
        tid = self.current_table()
        key = self.cell.currentText()
        if tid is None or not key:
            self.chart.set_series("", [])
            return
        t = self.catalogue.table(tid)
        # the table's title and the rate's key (e.g. category I, 0 function years: I/0), its unit
        title = t.title.get(current_language())
        title = title.split(" – ", 1)[1] if " – " in title else title
        self.chart.set_series(f"{title} — {key} ({self.unit_label(t.unit)})", self.series(tid, key),
                              self.on_date(), t.reviewed_through)

    def unit_label(self, unit: str) -> str:
        """A table's unit in the interface language (``hour``: € per hour)."""
        return {"hour": self.tr("€ per hour"), "month": self.tr("€ per month"), "amount": self.tr("€"),
                "percent": self.tr("%"), "week": self.tr("weeks"), "day": self.tr("days")}.get(unit, unit)

    def dimension_label(self, dimension: str) -> str:
        """What a table's values depend on, in the interface language."""
        return {"category": self.tr("category"), "function_years": self.tr("function years"),
                "age": self.tr("age"), "group": self.tr("group"), "percent": self.tr("percentage"),
                "duration": self.tr("duration"), "seniority_months": self.tr("seniority (months)"),
                "tier": self.tr("tier")}.get(dimension, dimension.replace("_", " "))

    def _version_changed(self) -> None:
        tid = self.current_table()
        r = self.versions.currentRow()
        if tid is None or r < 0:
            return
        t = self.catalogue.table(tid)
        v = list(reversed(t.versions))[r]
        e = html.escape
        note = f"<br><i>{e(v.note)}</i>" if v.note else ""
        inst = f"<br>{e(v.source.instrument)}" if v.source.instrument else ""
        self.source.setHtml(f"<a href=\"{e(v.source.url)}\">{e(v.source.url)}</a>{inst}{note}")

    # ------------------------------------------------------------------ changing the rates
    def writable_dir(self) -> str | None:
        """``None`` (the user's rates folder) when the catalogue is the bundled one, else its folder."""
        try:
            bundled = default_rates_dir().resolve()
        except Exception:  # noqa: BLE001 - no bundled folder: write where the catalogue is
            return self.catalogue.root
        return None if Path(self.catalogue.root).resolve() == bundled else self.catalogue.root

    def reload(self, select: str | None = None) -> None:
        """Load the catalogue again (after a change) and tell the main window."""
        root = self.writable_dir()
        try:
            self.catalogue = load_catalogue(root)
        except RateFileError as exc:
            QMessageBox.warning(self, self.tr("Rates"), str(exc))
            return
        self._fill_tables(select or self.current_table())
        self.catalogue_changed.emit(self.catalogue)

    def open_add(self, mode: str) -> AddVersionDialog | None:
        """The form to add a version (``mode`` "add") or an indexed version ("index")."""
        tid = self.current_table()
        if tid is None:
            return None
        dlg = AddVersionDialog(self, tid, mode)
        dlg.accepted.connect(lambda: self.reload(tid))
        dlg.open()
        return dlg

    def import_bundle(self, path: str | None = None) -> bool:
        """Verify a rates bundle, show what it changes, install it when confirmed."""
        from wage_remedy.api import BundleError, install_bundle, verify_bundle
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a rates bundle"), "",
                                                  self.tr("Rates bundles (*.json);;All files (*)"))
        if not path:
            return False
        try:
            verified = verify_bundle(Path(path))
        except BundleError as exc:
            QMessageBox.warning(self, self.tr("Rates bundle refused"), str(exc))
            return False
        answer = QMessageBox.question(self, self.tr("Install this rates bundle?"), verified.summary())
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            install_bundle(verified)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Rates bundle"), self.tr("Cannot install: {0}").format(exc))
            return False
        self.reload()
        return True


class AddVersionDialog(QDialog):
    """Add a version (figures pasted as a column) or an indexed version of one table."""

    def __init__(self, browser: RatesBrowser, table_id: str, mode: str):
        super().__init__(browser)
        from wage_remedy.api import cell_keys
        self.browser, self.table_id, self.mode = browser, table_id, mode
        self.plan: Any = None
        t = browser.catalogue.table(table_id)
        self.setWindowTitle((self.tr("Index {0}") if mode == "index" else self.tr("Add a version to {0}"))
                            .format(table_id))
        prefs.fit_dialog(self, 760, 720)
        lay = QVBoxLayout(self)
        lay.addLayout(self._form(t, mode))
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        self.figures = QPlainTextEdit()
        self.figures.setObjectName("addFigures")
        self.figures.setPlaceholderText(self.tr("Paste the figures as a column (one a line), or KEY=VALUE lines"))
        if mode == "add":
            lay.addWidget(self.keys_label)
            lay.addWidget(self.figures, 1)
        self._cell_keys = cell_keys
        self._keys_changed()
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("addPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lay.addWidget(QLabel(self.tr("Differences against the previous version:")))
        lay.addWidget(self.preview, 2)
        self.error = QLabel()
        self.error.setObjectName("addError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e")
        lay.addWidget(self.error)
        lay.addWidget(self._buttons())

    def _form(self, t: RateTable, mode: str) -> QFormLayout:
        """Start date, status (or index percentage), source and reviewed date of the new version."""
        from wage_remedy.api import STATUSES
        form = QFormLayout()
        start = max(dt.date.today(), t.versions[-1].start + dt.timedelta(days=1))
        self.start = QDateEdit(_qdate(start))
        self.start.setObjectName("addFrom")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.dateChanged.connect(self._keys_changed)
        form.addRow(self.tr("In force from"), self.start)
        self.status = QComboBox()
        self.status.setObjectName("addStatus")
        for s in STATUSES:
            self.status.addItem(status_short(s), s)
        self.percent = QLineEdit()
        self.percent.setObjectName("addPercent")
        self.percent.setPlaceholderText("2,00")
        if mode == "index":
            form.addRow(self.tr("Index percentage"), self.percent)
        else:
            form.addRow(self.tr("Status"), self.status)
        self.title = QLineEdit()
        self.title.setObjectName("addTitle")
        self.title.setPlaceholderText(self.tr("What you read, e.g. FPS Employment, PC 302, 01/01/2027"))
        form.addRow(self.tr("Source title"), self.title)
        self.url = QLineEdit()
        self.url.setObjectName("addUrl")
        self.url.setPlaceholderText("https://")
        form.addRow(self.tr("Source URL"), self.url)
        self.instrument = QLineEdit()
        self.instrument.setObjectName("addInstrument")
        form.addRow(self.tr("Instrument (optional)"), self.instrument)
        self.note = QLineEdit()
        self.note.setObjectName("addNote")
        form.addRow(self.tr("Note (optional)"), self.note)
        self.reviewed = QDateEdit(_qdate(max(t.reviewed_through, start)))
        self.reviewed.setObjectName("addReviewed")
        self.reviewed.setCalendarPopup(True)
        self.reviewed.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Reviewed through"), self.reviewed)
        return form

    def _buttons(self) -> QDialogButtonBox:
        """Show differences, save, cancel."""
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(self.tr("Show differences"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("addPreviewButton")
        self.preview_button.clicked.connect(self.make_plan)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("addSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _keys_changed(self) -> None:
        t = self.browser.catalogue.table(self.table_id)
        keys = self._cell_keys(t, _pydate(self.start.date()))
        shown = ", ".join(keys[:24]) + (", …" if len(keys) > 24 else "")
        self.keys_label.setText(self.tr("{0} figures, in this order: {1}").format(len(keys), shown)
                                if keys else self.tr("No earlier version: give KEY=VALUE lines."))

    def make_plan(self) -> bool:
        """Prepare the change with the core (nothing is written) and show the differences."""
        from wage_remedy.api import UpdateError, editable_root, prepare_add, prepare_index
        self.plan = None
        self.error.clear()
        try:
            root, target = editable_root(self.table_id, self.browser.writable_dir())
            common: dict[str, Any] = {
                "title": self.title.text(), "url": self.url.text(), "instrument": self.instrument.text() or None,
                "note": self.note.text() or None, "reviewed_through": _pydate(self.reviewed.date()),
                "write_root": target}
            start = _pydate(self.start.date())
            if self.mode == "index":
                self.plan = prepare_index(root, self.table_id, start, self.percent.text(), **common)
            else:
                self.plan = prepare_add(root, self.table_id, start, self.figures.toPlainText(),
                                        status=str(self.status.currentData()), **common)
        except (UpdateError, RateFileError, LookupError_) as exc:
            self.error.setText(str(exc))
            self.preview.clear()
            return False
        self.preview.setPlainText(self.plan.diff_text())
        if self.plan.flags:
            self.error.setText(self.tr("Some figures fall or change by more than 10 %: check them "
                                       "(marked CHECK) before saving."))
        return True

    def save(self) -> None:
        """Write the version (after confirmation of implausible changes) and close."""
        from wage_remedy.api import UpdateError, apply_plan
        if not self.make_plan():
            return
        accept = False
        if self.plan.flags:
            answer = QMessageBox.question(self, self.tr("Implausible changes"),
                                          self.tr("Some figures fall or change by more than 10 %. "
                                                  "Save them anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            accept = True
        try:
            apply_plan(self.plan, accept_jumps=accept)
        except (UpdateError, OSError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()
