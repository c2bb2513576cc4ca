"""The main window: start screen, case workspace (case, workers, fines, documents), menus."""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import LANGUAGES as WORKER_LANGUAGES
from wage_remedy.api import (
    AddWorker,
    CaseChangedError,
    CaseError,
    CaseLockedError,
    CaseProblem,
    Catalogue,
    RemoveWorker,
    Result,
    build_info,
    case_to_data,
    data_differences,
    demo_case_path,
    head_warning_heading,
    head_warning_text,
    load_case,
    read_case,
    save_case,
)
from wage_remedy_ui import settings as prefs
from wage_remedy_ui.accessible import name_fields
from wage_remedy_ui.autosave import Autosaver, Recovery
from wage_remedy_ui.compute_runner import ComputeRunner, Outcome
from wage_remedy_ui.dialogs.manual import ManualDialog
from wage_remedy_ui.dialogs.rates_browser import RatesBrowser
from wage_remedy_ui.document import CaseDocument, Data, new_case_data
from wage_remedy_ui.i18n import (
    LANGUAGES,
    current_language,
    fmt_date,
    fmt_money,
    fmt_number,
    fmt_period,
    install_language,
)
from wage_remedy_ui.labels import status_label, warning_heading
from wage_remedy_ui.partial import workers_with_problems
from wage_remedy_ui.problem_words import problem_message
from wage_remedy_ui.undo_keys import UndoKeys
from wage_remedy_ui.undo_texts import retranslate_stack
from wage_remedy_ui.widgets.banner import Banner, strip_height
from wage_remedy_ui.widgets.case_page import CasePage
from wage_remedy_ui.widgets.documents_panel import DocumentsPanel
from wage_remedy_ui.widgets.sanctions_panel import SanctionsPanel
from wage_remedy_ui.widgets.start_screen import StartScreen
from wage_remedy_ui.widgets.worker_editor import WorkerEditor

AUTOSAVE_DEBOUNCE_MS = 800
BUSY_AFTER_MS = 250  # a recompute longer than this shows the busy marker
AUTOSAVE_PERIOD_MS = 30_000
_LIST = re.compile(r"\.?(shifts|hours|payments)\[(\d+)\]")


def demo_folder() -> Path:
    """Where copies of the demo case go: ``<Documents>/wage-remedy``."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "wage-remedy"


def copy_demo_case(folder: Path) -> Path:
    """A fresh copy of the bundled demo case in ``folder`` (``demo-<name>.json``, numbered when
    taken); an existing file is never overwritten."""
    src = demo_case_path()
    folder.mkdir(parents=True, exist_ok=True)
    n = 1
    while True:
        target = folder / (f"demo-{src.stem}.json" if n == 1 else f"demo-{src.stem}-{n}.json")
        if not target.exists():
            break
        n += 1
    save_case(load_case(src), target)
    return target


def is_missing(problem: CaseProblem) -> bool:
    """True for a value not filled in yet (a new case or worker), not a wrong one."""
    return problem.missing


class MainWindow(QMainWindow):
    """One window, one case at a time (or the start screen)."""

    def __init__(self, catalogue: Catalogue, recovery_dir: Path | None = None):
        super().__init__()
        self.catalogue = catalogue
        self.autosaver = Autosaver(recovery_dir)
        self.doc: CaseDocument | None = None
        self.result: Result | None = None
        self.problems: list[CaseProblem] = []
        self._current_case: Any = None  # the last validated case (for the claims panel)
        self.shown_generation = -1
        self.last_compute_seconds = 0.0
        self.runner = ComputeRunner(catalogue, self)
        self.runner.finished.connect(self._outcome)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DEBOUNCE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._periodic = QTimer(self)
        self._periodic.setInterval(AUTOSAVE_PERIOD_MS)
        self._periodic.timeout.connect(self.autosave)
        self._periodic.timeout.connect(self.check_disk)
        self._periodic.start()
        self._autosaved_generation = -1
        self._page: tuple[str, str | None] = ("case", None)
        self.setMinimumSize(QSize(1000, 620))  # below this the results no longer fit beside the input
        prefs.place_window(self)  # remembered, clamped to the screen; first start: fits it
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.show_busy(not self.is_up_to_date()))
        self._undo_keys = UndoKeys(self)  # Ctrl+Z/Ctrl+Y: the case's stack, not a field's history
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._undo_keys)
        self._build_ui()

    # ==================================================================== building
    def _build_ui(self) -> None:
        """(Re)build menus, toolbar and pages in the current language."""
        for old in getattr(self, "_owned", []):
            old.deleteLater()
        self._owned: list[QObject] = []
        self.setMenuBar(QMenuBar(self))  # the old menu bar and its menus are deleted
        for tb in self.findChildren(QToolBar):
            self.removeToolBar(tb)
            tb.deleteLater()
        self._build_actions()
        self._build_menus()
        self.stack = QStackedWidget()
        self.start_screen = StartScreen(prefs.recent_files(), build_info()["version"])
        self.start_screen.new_case.connect(self.new_case)
        self.start_screen.open_case.connect(lambda: self.open_case())
        self.start_screen.open_demo.connect(self.open_demo)
        self.start_screen.open_recent.connect(lambda p: self.open_case(p))
        self.stack.addWidget(self.start_screen)
        self.workspace: QWidget | None = None
        if self.doc is not None:
            self.workspace = self._build_workspace(self.doc)
            self.stack.addWidget(self.workspace)
            self.stack.setCurrentWidget(self.workspace)
        self.setCentralWidget(self.stack)
        name_fields(self.stack)  # every field and table has an accessible name
        self._update_actions()
        self._update_title()
        if self.doc is not None:
            self._show_outcome_views()
            kind, wid = self._page
            self.show_page(kind, wid)

    def _action(self, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
        a = QAction(text, self)
        self._owned.append(a)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(lambda _checked=False: slot())
        if name:
            a.setObjectName(name)
        return a

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&New case"), self.new_case, QKeySequence.StandardKey.New, "actNew")
        self.act_open = self._action(self.tr("&Open…"), lambda: self.open_case(), QKeySequence.StandardKey.Open, "actOpen")
        self.act_demo = self._action(self.tr("Open the &demo case"), self.open_demo, None, "actDemo")
        self.act_save = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save, "actSave")
        self.act_save_as = self._action(self.tr("Save &as…"), self.save_as, "Ctrl+Shift+S", "actSaveAs")
        self.act_import = self._action(self.tr("&Import hours and payments…"), self.import_file, "Ctrl+I", "actImport")
        self.act_print = self._action(self.tr("&Print…"), self.print_document, QKeySequence.StandardKey.Print, "actPrint")
        self.act_close = self._action(self.tr("&Close case"), self.close_case, QKeySequence.StandardKey.Close, "actClose")
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actQuit")
        self.act_undo = self._action(self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo, "actUndo")
        self.act_redo = self._action(self.tr("&Redo"), self._redo, "Ctrl+Y", "actRedo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_add_worker = self._action(self.tr("Add &worker"), self.add_worker, "Ctrl+Shift+W", "actAddWorker")
        self.act_remove_worker = self._action(self.tr("&Remove worker…"), self.remove_worker, None, "actRemoveWorker")
        self.act_add_shift = self._action(self.tr("Add s&hift"), self.add_shift, "Ctrl+D", "actAddShift")
        self.act_add_payment = self._action(self.tr("Add &payment"), lambda: self.worker_editor.add_payment(),
                                            "Ctrl+Shift+P", "actAddPayment")
        self.act_sort_rows = self._action(self.tr("S&ort rows by date"), lambda: self.worker_editor.sort_by_date(),
                                          "Ctrl+Shift+D", "actSortRows")
        self.act_quick_fill = self._action(self.tr("&Quick fill shifts…"), self.quick_fill, "Ctrl+Shift+F", "actQuickFill")
        self.act_copy_week = self._action(self.tr("&Copy week…"), self.copy_week, "Ctrl+Shift+C", "actCopyWeek")
        self.act_case = self._action(self.tr("&Case and results"), lambda: self.show_page("case"), "Ctrl+1", "actCase")
        self.act_fines = self._action(self.tr("&Fines and compensation"), lambda: self.show_page("fines"), "Ctrl+2", "actFines")
        self.act_docs = self._action(self.tr("&Documents"), lambda: self.show_page("documents"), "Ctrl+3", "actDocs")
        self.act_claims = self._action(self.tr("C&laims and what-if"), lambda: self.show_page("claims"), "Ctrl+4", "actClaims")
        self.act_recompute = self._action(self.tr("&Recompute"), self.recompute, "F5", "actRecompute")
        self.act_rates = self._action(self.tr("&Rates…"), self.show_rates, "Ctrl+R", "actRates")
        self.act_about = self._action(self.tr("&About wage-remedy"), self.about, None, "actAbout")
        self.act_manual = self._action(self.tr("&Manual"), self.show_manual, QKeySequence.StandardKey.HelpContents,
                                       "actManual")
        self.act_manual.setShortcuts([QKeySequence("F1")])
        self.lang_group = QActionGroup(self)
        self._owned.append(self.lang_group)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            a = QAction(name, self)
            self._owned.append(a)
            a.setCheckable(True)
            a.setChecked(code == current_language())
            a.setObjectName(f"actLang_{code}")
            a.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            self.lang_group.addAction(a)
            self.lang_actions[code] = a

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu(self.tr("&File"))
        for a in (self.act_new, self.act_open, self.act_demo):
            f.addAction(a)
        self.recent_menu = f.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        for a in (self.act_save, self.act_save_as):
            f.addAction(a)
        f.addSeparator()
        f.addAction(self.act_import)
        f.addAction(self.act_print)
        f.addSeparator()
        f.addAction(self.act_close)
        f.addAction(self.act_quit)
        e = mb.addMenu(self.tr("&Edit"))
        for a in (self.act_undo, self.act_redo):
            e.addAction(a)
        e.addSeparator()
        for a in (self.act_add_worker, self.act_remove_worker):
            e.addAction(a)
        e.addSeparator()
        for a in (self.act_add_shift, self.act_quick_fill, self.act_copy_week, self.act_add_payment,
                  self.act_sort_rows):
            e.addAction(a)
        v = mb.addMenu(self.tr("&View"))
        for a in (self.act_case, self.act_fines, self.act_docs, self.act_claims):
            v.addAction(a)
        v.addSeparator()
        v.addAction(self.act_recompute)
        v.addAction(self.act_rates)
        lang = mb.addMenu(self.tr("&Language"))
        for a in self.lang_actions.values():
            lang.addAction(a)
        h = mb.addMenu(self.tr("&Help"))
        h.addAction(self.act_manual)
        h.addAction(self.act_about)
        tb = QToolBar(self.tr("Main"))
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # the toolbar's Undo/Redo keep a short fixed label (the menu's says what is undone): the
        # toolbar does not shift as the labels change
        self.tb_undo = self._action(self.tr("Undo"), self._undo, None, "tbUndo")
        self.tb_redo = self._action(self.tr("Redo"), self._redo, None, "tbRedo")
        for item in (self.act_new, self.act_open, self.act_save, None, self.tb_undo, self.tb_redo,
                     None, self.act_add_worker, self.act_quick_fill, None, self.act_docs,
                     self.act_print, self.act_rates):
            if item is None:
                tb.addSeparator()
            else:
                tb.addAction(item)
        self.addToolBar(tb)

    def _build_workspace(self, doc: CaseDocument) -> QWidget:
        ws = QWidget()
        col = QVBoxLayout(ws)
        col.setContentsMargins(4, 4, 4, 0)
        self.problem_banner = Banner("error")
        self.problem_banner.setObjectName("problemBanner")
        self.problem_banner.clickable = True
        self.problem_banner.activated.connect(self.jump_to_problem)
        self.warning_banner = Banner("warning", self.tr("Rates…"))
        self.warning_banner.setObjectName("warningBanner")
        self.warning_banner.action.connect(self.show_rates)
        # the banners share one strip (side by side) of a constant height, shown or not: the
        # workspace under it does not move as banners come and go while typing
        self.banner_strip = QWidget()
        self.banner_strip.setObjectName("bannerStrip")
        self.banner_strip.setFixedHeight(strip_height(self.banner_strip))
        strip = QHBoxLayout(self.banner_strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(self.problem_banner, 1)
        strip.addWidget(self.warning_banner, 1)
        col.addWidget(self.banner_strip)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.pages = QStackedWidget()
        self.claims_panel = None
        self.case_page = CasePage(doc)
        self.case_page.table_title = self._table_title
        self.case_page.message.connect(self._message)
        self.case_page.worker_activated.connect(lambda wid: self.show_page("worker", wid))
        self.worker_editor = WorkerEditor(doc, self.catalogue)
        self.worker_editor.result.table_title = self._table_title
        self.worker_editor.message.connect(self._message)
        self.sanctions_panel = SanctionsPanel()
        self.sanctions_panel.table_title = self._table_title
        self.documents_panel = DocumentsPanel(doc, self.catalogue, self.ensure_saved)
        self.documents_panel.message.connect(self._message)
        for w in (self.case_page, self.worker_editor, self.sanctions_panel, self.documents_panel):
            self.pages.addWidget(w)
        self.claims_panel = self._make_claims_panel()
        if self.claims_panel is not None:
            self.pages.addWidget(self.claims_panel)
        split.addWidget(self._build_nav())
        split.addWidget(self.pages)
        split.setSizes([240, 1040])
        split.setStretchFactor(1, 1)
        prefs.keep_splitter(split, "mainSplitter")
        col.addWidget(split, 1)
        return ws

    def _make_claims_panel(self) -> QWidget | None:
        """The claims and what-if panel, when installed (``wage_remedy_ui.widgets.claims_panel``)."""
        try:
            from wage_remedy_ui.widgets.claims_panel import ClaimsPanel
        except ImportError:
            return None
        panel = ClaimsPanel()
        panel.caseEdited.connect(self._claims_edited)
        panel.message.connect(self._message)
        return panel

    def _claims_edited(self, case: Any) -> None:
        if self.doc is not None:
            self.doc.replace_all(case_to_data(case), self.tr("Edit claims"))

    def _build_nav(self) -> QWidget:
        nav = QWidget()
        nav.setMinimumWidth(220)
        nav.setMaximumWidth(360)
        col = QVBoxLayout(nav)
        col.setContentsMargins(0, 0, 0, 0)
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        sections = [("case", self.tr("Case and results")),
                    ("fines", self.tr("Fines and compensation")),
                    ("documents", self.tr("Documents"))]
        if self.claims_panel is not None:
            sections.append(("claims", self.tr("Claims and what-if")))
        for key, text in sections:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sections.addItem(item)
        self.sections.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.sections.setFixedHeight((self.sections.fontMetrics().height() + 12) * len(sections) + 6)
        self.sections.itemClicked.connect(
            lambda it: self.show_page(str(it.data(Qt.ItemDataRole.UserRole))))
        self.sections.itemActivated.connect(
            lambda it: self.show_page(str(it.data(Qt.ItemDataRole.UserRole))))
        col.addWidget(self.sections)
        head = QLabel("<b>" + html.escape(self.tr("Workers")) + "</b>")
        col.addWidget(head)
        self.worker_list = QTableWidget(0, 2)
        self.worker_list.setObjectName("workerList")
        self.worker_list.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Unpaid")])
        self.worker_list.verticalHeader().setVisible(False)
        self.worker_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.worker_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.worker_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.worker_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.worker_list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.worker_list.cellClicked.connect(self._worker_clicked)
        self.worker_list.cellActivated.connect(self._worker_clicked)
        col.addWidget(self.worker_list, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add worker"))
        add.setObjectName("addWorker")
        add.clicked.connect(self.add_worker)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeWorker")
        remove.clicked.connect(self.remove_worker)
        row.addWidget(add)
        row.addWidget(remove)
        col.addLayout(row)
        self.nav_totals = QLabel()
        self.nav_totals.setObjectName("navTotals")
        self.nav_totals.setTextFormat(Qt.TextFormat.RichText)
        self.nav_totals.setWordWrap(True)
        self.nav_totals.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); "
                                      "border-radius: 4px; padding: 6px; }")
        col.addWidget(self.nav_totals)
        # never narrower than its buttons' words (Dutch "Werknemer toevoegen" was cut)
        nav.setMinimumWidth(max(220, nav.minimumSizeHint().width()))
        return nav

    # ==================================================================== documents
    def set_document(self, doc: CaseDocument | None) -> None:
        """Show a case (None: the start screen)."""
        old = self.doc
        if old is not None:
            self.autosaver.remove(old.path)
            old.deleteLater()
        self.doc = doc
        self.result = None
        self.problems = []
        self._current_case = None
        self.shown_generation = -1
        self._page = ("case", None)
        if doc is not None:
            doc.setParent(self)
            doc.changed.connect(self._doc_changed)
            doc.undo_stack.cleanChanged.connect(self._stack_changed)
            doc.undo_stack.canUndoChanged.connect(self._stack_changed)
            doc.undo_stack.canRedoChanged.connect(self._stack_changed)
            doc.path_changed.connect(self._update_title)
        self._build_ui()
        if doc is not None:
            self.recompute()

    def _stack_changed(self, _value: bool = False) -> None:
        if self.doc is not None and shiboken6.isValid(self.doc) and shiboken6.isValid(self.doc.undo_stack):
            self._update_title()
            self._update_actions()

    def _doc_changed(self) -> None:
        assert self.doc is not None
        self.runner.request(id(self.doc), self.doc.generation, self.doc.data)
        self._busy_timer.start()  # a recompute that takes a while greys the figures it refreshes
        self._refresh_worker_list()
        self._update_title()
        self._update_actions()
        if self._page[0] == "worker" and self._page[1] and self.doc.worker(self._page[1]) is None:
            self.show_page("case")
        self._autosave_timer.start()

    def show_busy(self, on: bool) -> None:
        """Grey the figures being refreshed (case totals, the worker's result, the case page's
        results) while a long recompute runs; ``busy`` property True meanwhile."""
        if self.workspace is None:
            return
        for widget in (self.nav_totals, self.worker_editor.result, self.case_page):
            if not shiboken6.isValid(widget) or bool(widget.property("busy")) == on:
                continue
            widget.setProperty("busy", on)
            if on:
                effect = QGraphicsOpacityEffect(widget)
                effect.setOpacity(0.45)
                widget.setGraphicsEffect(effect)
            else:
                widget.setGraphicsEffect(None)  # type: ignore[arg-type]
        if on:
            self.statusBar().showMessage(self.tr("Recomputing…"))

    def recompute(self) -> None:
        """Compute now (F5)."""
        if self.doc is not None:
            self.runner.request(id(self.doc), self.doc.generation, self.doc.data, now=True)

    def is_up_to_date(self) -> bool:
        """True when the shown result is the one of the current data."""
        return self.doc is not None and not self.runner.busy and self.shown_generation == self.doc.generation

    # ==================================================================== results
    def _outcome(self, outcome: Outcome) -> None:
        if self.doc is None or outcome.key != id(self.doc):
            return
        self._busy_timer.stop()
        self.show_busy(False)
        self.shown_generation = outcome.generation
        self.last_compute_seconds = outcome.seconds
        self.problems = list(outcome.problems)
        if outcome.result is not None:
            self.result = outcome.result
        if outcome.case is not None:
            self._current_case = outcome.case
        self._show_outcome_views()
        if not outcome.problems:
            self.statusBar().showMessage(self.tr("Computed in {0} ms").format(round(outcome.seconds * 1000)), 3000)

    def _show_outcome_views(self) -> None:
        if self.doc is None or self.workspace is None:
            return
        stale = bool(self.problems)
        if self.problems and all(is_missing(p) for p in self.problems):
            self.problem_banner.set_kind("info")  # a case being filled in: not an error yet
            self.problem_banner.show_items(
                self.tr("To see the amounts owed, fill in the fields marked in red:"),
                [self.describe_problem(p) for p in self.problems])
        elif self.problems:
            self.problem_banner.set_kind("error")
            self.problem_banner.show_items(
                self.tr("The case cannot be computed until these are fixed:"),
                [self.describe_problem(p) for p in self.problems])
        else:
            self.problem_banner.show_items("", [])
        order = ("unverified-rate", "outdated-rate", "derived-rate")
        warnings = sorted(self.result.warnings if self.result is not None else [],
                          key=lambda x: order.index(x.code) if x.code in order else len(order))
        rate_codes = [w for w in warnings if w.code in order]
        if warnings:
            codes = list(dict.fromkeys(w.code for w in warnings))
            lang = current_language()
            headline = "; ".join(head_warning_heading(c, lang) or warning_heading(c) for c in codes)
            self.warning_banner.show_items(headline, [self.describe_warning(w) for w in warnings])
            if self.warning_banner.button is not None:
                self.warning_banner.button.setVisible(bool(rate_codes))
        else:
            self.warning_banner.show_items("", [])
        self._refresh_worker_list()
        self.case_page.set_result(self.result, stale)
        self.case_page.set_problems(self.problems)
        self.sanctions_panel.set_result(self.result, stale)
        self._show_worker_result()
        if self.claims_panel is not None and self._page[0] == "claims":
            self._feed_claims()

    def _feed_claims(self) -> None:
        panel = self.claims_panel
        if panel is not None and self._current_case is not None:
            panel.set_case(self._current_case, self.catalogue)  # type: ignore[attr-defined]

    def _show_worker_result(self) -> None:
        wid = self.worker_editor.worker_id
        wr = None
        if self.result is not None and wid is not None:
            try:
                wr = self.result.worker(wid)
            except KeyError:
                wr = None
        bad = workers_with_problems(self.problems)
        index = self.doc.worker_index(wid) if self.doc is not None and wid is not None else None
        # another worker's problem does not make this worker's figures stale (wage_remedy_ui.partial)
        stale = bad is None or index in bad
        self.worker_editor.set_result(wr, bool(self.problems) and stale)
        self.worker_editor.set_problems(self.problems)

    def jump_to_problem(self, index: int) -> None:
        """Show the row or field of the problem clicked in the banner."""
        if self.doc is None or not 0 <= index < len(self.problems):
            return
        path = self.problems[index].path
        m = re.match(r"^workers\[(\d+)\](?:\.(shifts|hours|payments)\[(\d+)\])?(?:\.(.+))?", path)
        if m is None:
            self.show_page("case")
            return
        workers = self.doc.data.get("workers", [])
        i = int(m.group(1))
        if i >= len(workers):
            return
        self.show_page("worker", str(workers[i].get("id")))
        ed = self.worker_editor
        if m.group(2):
            tab = ("shifts", "hours", "payments").index(m.group(2))
            view = (ed.shifts_view, ed.hours_view, ed.payments_view)[tab]
            ed.tabs.setCurrentIndex(tab)
            model = view.model()
            row = int(m.group(3))
            if row < model.rowCount():
                index_ = model.index(row, 0)
                view.setCurrentIndex(index_)
                view.scrollTo(index_)
                view.setFocus()
            return
        fields = {"name": ed.name, "birth_date": ed.birth, "iban": ed.iban,
                  "employment.start": ed.start, "employment.weekly_hours": ed.weekly,
                  "employment.agreed_hourly_rate": ed.agreed, "employment.sector": ed.sector,
                  "employment.category": ed.category}
        widget = fields.get(m.group(4) or "")
        if widget is not None:
            widget.setFocus()

    def describe_problem(self, p: CaseProblem) -> str:
        """A problem with the worker's name, the field's label and row numbers instead of a JSON
        path; a missing value is said in plain words."""
        assert self.doc is not None
        path = p.path
        message = self.tr("missing") if is_missing(p) else problem_message(p)
        if p.code == "start-missing":  # a new worker: incomplete, not wrong
            message = self.tr("start date missing")
        m = re.match(r"^workers\[(\d+)\](.*)$", path)
        if m:
            i = int(m.group(1))
            workers = self.doc.data.get("workers", [])
            name = (workers[i].get("name") if i < len(workers) else None) or self.tr("worker {0}").format(i + 1)
            rest = m.group(2)
            labels = {".name": self.tr("name"), ".birth_date": self.tr("birth date"),
                      ".employment.start": self.tr("employment start"),
                      ".employment.sector": self.tr("sector"),
                      ".employment.category": self.tr("category"),
                      ".employment.function_years": self.tr("function years"),
                      ".employment.weekly_hours": self.tr("weekly regime"),
                      ".employment.agreed_hourly_rate": self.tr("agreed rate"), ".iban": "IBAN"}
            if p.code == "start-missing":
                rest = ""  # the message names the field
            elif rest in labels:
                rest = labels[rest]
            else:
                words = {"shifts": self.tr("shift {0}"), "hours": self.tr("hours block {0}"),
                         "payments": self.tr("payment {0}")}
                rest = _LIST.sub(lambda x: " " + words[x.group(1)].format(int(x.group(2)) + 1), rest)
                rest = rest.lstrip(".").replace(".", " ").replace("_", " ").strip()
            where = f"{name}, {rest}" if rest else name
        else:
            labels = {"reference": self.tr("Reference"), "employer.name": self.tr("Employer name"),
                      "inspection.date": self.tr("Inspection date"), "as_of": self.tr("Amounts as of"),
                      "jurisdiction": self.tr("Jurisdiction")}
            where = labels.get(path) or path.replace(".", " ").replace("_", " ") or self.tr("case")
        return f"{where}: {message}"

    def describe_warning(self, w: Any) -> str:
        """A warning of the computation in words, from its code and parameters (never from its
        English message, which is only the fallback for a code without words here); rate tables
        are named by their title."""
        table, date = w.param("table"), w.param("date")
        if w.code in ("unverified-rate", "derived-rate") and table and date:
            status = status_label("unverified" if w.code == "unverified-rate" else "derived")
            return self.tr("{0}, figures in force from {1}: {2}").format(
                self._table_title(table, date), fmt_date(dt.date.fromisoformat(date)), status)
        if w.code == "outdated-rate" and table and date:
            day = fmt_date(dt.date.fromisoformat(date))
            if w.param("gap"):
                return self.tr("{0}: the figures in force from {1} are not in the catalogue; the "
                               "previous ones were used and may be too low").format(
                    self._table_title(table), day)
            return self.tr("{0}: the rates were reviewed through {1}; this case uses later "
                           "dates, a newer version (e.g. an indexation) may be missing").format(
                self._table_title(table), day)
        if w.code == "overpaid" and w.period:  # the name and amount as params, the period on the warning
            return self.tr("{0}: {1} paid {2} more than due; not set off against other periods").format(
                w.param("name") or "", fmt_period(w.period), fmt_money(Decimal(w.param("amount") or "0")))
        if w.code == "sector-youth-conflict" and table:
            return self.tr("{0} is a minor ({1}) in {2}: the full category scale is used (official "
                           "FPS pages: youth wages abolished); a sector source gives {3} % at this "
                           "age. The reading is disputed: check it.").format(
                w.param("name") or "", w.param("age") or "", self._table_title(table),
                w.param("percent") or "")
        heads = head_warning_text(w.code, dict(w.params), current_language(), money=fmt_money,
                                  number=fmt_number, date=fmt_date)  # heads of claim (docs/heads.md)
        if heads is not None:
            return heads
        return str(w.message)

    def _table_title(self, table_id: str, start: str | None = None) -> str:
        """A rate table's title in the interface language; ``table#part`` names the part too
        (a flat premium by its own title, a youth/student/working-time block)."""
        base, _, part = table_id.partition("#")
        lang = current_language()
        try:
            table = self.catalogue.table(base)
        except Exception:  # noqa: BLE001 - an unknown id is shown as it is
            return table_id
        title = table.title.get(lang)
        title = title.split(" – ", 1)[1] if " – " in title else title
        if not part:
            return title
        blocks = {"youth_percent": self.tr("youth percentages"),
                  "student_percent": self.tr("student percentages"),
                  "working_time": self.tr("working time")}
        name = blocks.get(part)
        if name is None:
            name = part.replace("_", " ").replace("-", " ")
            for version in table.versions:
                if start is None or version.start.isoformat() == start:
                    for premium in version.flat_premiums:
                        if premium.id == part and premium.title is not None:
                            name = premium.title.get(lang)
        return f"{title} – {name}"

    def _refresh_worker_list(self) -> None:
        if self.doc is None or self.workspace is None:
            return
        workers = self.doc.data.get("workers", [])
        keep = self._page[1] if self._page[0] == "worker" else None
        self.worker_list.blockSignals(True)
        self.worker_list.setRowCount(len(workers))
        by_id = {wr.id: wr for wr in self.result.workers} if self.result is not None else {}
        for r, w in enumerate(workers):
            wr = by_id.get(str(w.get("id")))
            unpaid = fmt_money(wr.unpaid) if wr is not None else "…"
            # items are reused and only changed text is set: after an edit of one worker of a
            # large case, refreshing this list costs next to nothing
            name = self.worker_list.item(r, 0)
            if name is None:
                name = QTableWidgetItem()
                self.worker_list.setItem(r, 0, name)
            amount = self.worker_list.item(r, 1)
            if amount is None:
                amount = QTableWidgetItem()
                amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.worker_list.setItem(r, 1, amount)
            text = w.get("name") or self.tr("(no name)")
            if name.text() != text:
                name.setText(text)
            if name.data(Qt.ItemDataRole.UserRole) != w.get("id"):
                name.setData(Qt.ItemDataRole.UserRole, w.get("id"))
            if amount.text() != unpaid:
                amount.setText(unpaid)
            if w.get("id") == keep:
                self.worker_list.selectRow(r)
        if keep is None:
            self.worker_list.clearSelection()
        self.worker_list.blockSignals(False)
        if self.result is not None:
            res = self.result
            rows = [(self.tr("Due"), res.due), (self.tr("Paid"), res.paid),
                    (self.tr("Unpaid"), res.unpaid), (self.tr("Interest"), res.interest)]
            head, owed, stale = self.tr("Case totals"), self.tr("Owed now"), self.tr("not up to date")
            text = f"<b>{html.escape(head)}</b><table width='100%'>"
            text += "".join(f"<tr><td>{html.escape(k)}</td><td align='right'>{fmt_money(v)}</td></tr>"
                            for k, v in rows)
            text += (f"<tr><td><b>{html.escape(owed)}</b></td><td align='right'><b>"
                     f"{fmt_money(res.total, currency=True)}</b></td></tr></table>")
            if self.problems:
                text += f"<i>{html.escape(stale)}</i>"
            self.nav_totals.setText(text)
        else:
            self.nav_totals.setText(html.escape(self.tr("No result yet.")))

    def unpaid_total_text(self) -> str:
        """The case's unpaid total as shown (for tests and the status bar)."""
        return fmt_money(self.result.unpaid) if self.result is not None else ""

    # ==================================================================== pages
    def show_page(self, kind: str, worker_id: str | None = None) -> None:
        """Show the case page, a worker, the fines or the documents."""
        if self.doc is None or self.workspace is None:
            return
        if kind == "worker" and (worker_id is None or self.doc.worker(worker_id) is None):
            kind, worker_id = "case", None
        self._page = (kind, worker_id)
        if kind == "worker":
            if self.worker_editor.worker_id != worker_id:
                self.worker_editor.set_worker(worker_id)
                self._show_worker_result()
            self.pages.setCurrentWidget(self.worker_editor)
        else:
            pages: dict[str, QWidget | None] = {
                "case": self.case_page, "fines": self.sanctions_panel,
                "documents": self.documents_panel, "claims": self.claims_panel}
            page = pages.get(kind)
            if page is None:
                kind, page = "case", self.case_page
                self._page = (kind, None)
            self.pages.setCurrentWidget(page)
            if kind == "claims":
                self._feed_claims()
        self.sections.blockSignals(True)
        self.sections.clearSelection()
        for i in range(self.sections.count()):
            if self.sections.item(i).data(Qt.ItemDataRole.UserRole) == kind:
                self.sections.setCurrentRow(i)
        self.sections.blockSignals(False)
        self._refresh_worker_list()
        self._update_actions()

    def _worker_clicked(self, row: int, _col: int) -> None:
        item = self.worker_list.item(row, 0)
        if item is not None:
            self.show_page("worker", str(item.data(Qt.ItemDataRole.UserRole)))

    # ==================================================================== editing
    def _undo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.undo()

    def _redo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.redo()

    def add_worker(self) -> str | None:
        """Add a worker and show it, name selected for typing."""
        if self.doc is None:
            return None
        wid = self.doc.new_worker_id()
        n = len(self.doc.data.get("workers", [])) + 1
        lang = current_language() if current_language() in WORKER_LANGUAGES else "fr"
        employment: Data = {"function_years": 0}
        previous = self.doc.data.get("workers", [])
        if previous:  # the sector carries over from the worker entered before (same employer)
            sector = previous[-1].get("employment", {}).get("sector")
            if sector:
                employment["sector"] = sector
        worker: Data = {"id": wid, "name": self.tr("Worker {0}").format(n), "language": lang,
                        "student": False, "employment": employment,
                        "shifts": [], "hours": [], "payments": []}
        self.doc.apply(self.tr("Add worker"), AddWorker(worker))
        self.show_page("worker", wid)
        self.worker_editor.name.setFocus()
        self.worker_editor.name.selectAll()
        return wid

    def remove_worker(self) -> None:
        """Remove the worker shown (after confirmation)."""
        if self.doc is None or self._page[0] != "worker" or self._page[1] is None:
            self._message(self.tr("Select a worker first."))
            return
        wid = self._page[1]
        w = self.doc.worker(wid) or {}
        answer = QMessageBox.question(
            self, self.tr("Remove worker"),
            self.tr("Remove {0} with their shifts and payments? (Undo brings them back.)").format(
                w.get("name") or wid))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.doc.apply(self.tr("Remove worker"), RemoveWorker(wid))
        self.show_page("case")

    def add_shift(self) -> None:
        if self.doc is not None and self._page[0] == "worker":
            self.worker_editor.add_shift()
        else:
            self._message(self.tr("Select a worker first."))

    def quick_fill(self) -> None:
        if self.doc is not None and self._page[0] == "worker":
            self.worker_editor.quick_fill()
        else:
            self._message(self.tr("Select a worker first."))

    def copy_week(self) -> None:
        if self.doc is not None and self._page[0] == "worker":
            self.worker_editor.copy_week()
        else:
            self._message(self.tr("Select a worker first."))

    # ==================================================================== files
    def new_case(self) -> None:
        """Start a new, empty case."""
        if not self.maybe_save():
            return
        self.set_document(CaseDocument(new_case_data()))
        self.case_page.fields["reference"].setFocus()

    def open_case(self, path: str | Path | None = None) -> bool:
        """Open a case file (asks for it when no path is given).

        "Discard" on the unsaved-changes question takes effect only once another case is open:
        cancelling the file dialog (or a file that cannot be opened) keeps the changes."""
        if not self.maybe_save(apply_discard=False):
            return False
        if path is None:
            start = str(Path(prefs.recent_files()[0]).parent) if prefs.recent_files() else str(Path.home())
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a case"), start,
                                                    self.tr("Case files (*.json);;All files (*)"))
            if not chosen:
                return False
            path = chosen
        p = Path(path)
        try:
            doc = CaseDocument.open(p)
        except CaseError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the case"),
                                self.tr("{0} cannot be opened:").format(p.name) + "\n\n"
                                + "\n".join(f"• {pr}" for pr in exc.problems[:20]))
            return False
        self.set_document(doc)
        prefs.add_recent_file(p)
        recovery = self.autosaver.find_for(p)
        if recovery is not None:
            self._offer(recovery)
        return True

    def open_demo(self) -> bool:
        """Open a copy of the bundled demo case, saved in the user's documents folder: its
        documents are written next to that copy, never into the installed program."""
        if not self.maybe_save(apply_discard=False):
            return False
        try:
            copy = copy_demo_case(demo_folder())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Open the demo case"),
                                self.tr("Cannot copy the demo case to {0}: {1}").format(demo_folder(), exc))
            return False
        return self.open_case(copy)

    def close_case(self) -> None:
        """Close the case and go back to the start screen."""
        if self.maybe_save():
            self.set_document(None)

    def save(self) -> bool:
        """Save (asks for a file name the first time)."""
        if self.doc is None:
            return False
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        if self.doc is None:
            return False
        ref = re.sub(r"[^\w.-]+", "-", str(self.doc.data.get("reference") or "case")).strip("-")
        recent = prefs.recent_files()
        folder = Path(recent[0]).parent if recent else Path.home()
        start = self.doc.path or folder / f"{ref}.json"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the case as"), str(start),
                                                self.tr("Case files (*.json)"))
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix.lower() != ".json":
            target = target.with_suffix(target.suffix + ".json") if target.suffix else target.with_suffix(".json")
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        assert self.doc is not None
        old_path = self.doc.path
        try:
            self.doc.save(target)
        except CaseChangedError as exc:
            return self._save_conflict(target, exc)
        except CaseLockedError:
            QMessageBox.warning(self, self.tr("Save failed"),
                                self.tr("Another wage-remedy program is writing {0} just now. Nothing "
                                        "was saved; your changes are kept. Save again in a moment.")
                                .format(target.name))
            return False
        except CaseError as exc:
            QMessageBox.warning(
                self, self.tr("The case cannot be saved yet"),
                self.tr("Fix these first (your work is kept in the recovery file meanwhile):") + "\n\n"
                + "\n".join(f"• {self.describe_problem(p)}" for p in exc.problems[:20]))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save failed"), self.tr("Cannot write {0}: {1}").format(target, exc))
            return False
        self.autosaver.remove(old_path)
        self.autosaver.remove(target)
        prefs.add_recent_file(target)
        self._update_title()
        self._message(self.tr("Saved {0}").format(target))
        return True

    def _save_conflict(self, target: Path, exc: CaseChangedError) -> bool:
        """The file changed on disk since it was opened: reload it, save mine over it (the
        issued-documents record of both kept), or cancel. The differences are shown."""
        assert self.doc is not None
        self.autosave()  # the unsaved edits stay in the recovery file whatever is chosen
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The case changed on disk"),
                          self.tr("{0} was changed by another program or window since you opened "
                                  "it. Nothing was saved yet.").format(target.name), parent=self)
        box.setInformativeText(self.tr("Reload it (your unsaved changes are dropped), save yours "
                                       "over it (its other changes are lost; issued documents of "
                                       "both are kept), or cancel and compare first."))
        box.setDetailedText("\n".join(p.message for p in exc.problems[1:]) or "")
        reload = box.addButton(self.tr("Reload from disk"), QMessageBox.ButtonRole.DestructiveRole)
        mine = box.addButton(self.tr("Save mine over it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is reload:
            return self.reload_from_disk()
        if box.clickedButton() is mine:
            try:
                self.doc.save(target, force=True)
            except (CaseError, OSError) as err:
                QMessageBox.warning(self, self.tr("Save failed"), str(err)[:2000])
                return False
            self.autosaver.remove(target)
            self._update_title()
            self._message(self.tr("Saved {0}").format(target))
            return True
        return False

    def reload_from_disk(self) -> bool:
        """Open the case file again as it is on disk (unsaved edits are dropped)."""
        if self.doc is None or self.doc.path is None:
            return False
        path = self.doc.path
        try:
            doc = CaseDocument.open(path)
        except CaseError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the case"),
                                self.tr("{0} cannot be opened:").format(path.name) + "\n\n"
                                + "\n".join(f"• {pr}" for pr in exc.problems[:20]))
            return False
        self.set_document(doc)
        self._message(self.tr("Reloaded {0} from disk").format(path))
        return True

    def check_disk(self) -> str:
        """Look whether the case file changed on disk (another program or window): documents
        issued meanwhile are taken in; other changes reload a case without unsaved edits, and are
        announced otherwise (the save then offers reload or compare). Returns what was found."""
        if self.doc is None or self.doc.path is None:
            return "same"
        kind, _differences = self.doc.disk_changes()
        if kind == "documents":
            try:
                self.doc.adopt_disk_documents()
            except CaseError:
                return kind
        elif kind == "changed" and not self.doc.dirty:
            self.reload_from_disk()
        elif kind in ("changed", "missing", "unreadable"):
            self._message(self.tr("{0} was changed on disk by another program; saving will let "
                                  "you reload or compare").format(self.doc.path.name))
        return kind

    def ensure_saved(self) -> bool:
        """Save before issuing documents (they are recorded in the case file)."""
        if self.doc is None:
            return False
        if self.doc.path is None or self.doc.dirty:
            return self.save()
        return True

    def maybe_save(self, apply_discard: bool = True) -> bool:
        """Ask what to do with unsaved changes; False when the user cancels.

        With ``apply_discard`` False, "Discard" is only answered (True): the caller replaces the
        case afterwards, and the changes stay if it does not."""
        if self.doc is None or not self.doc.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The case has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            if not apply_discard:
                return True
            self.autosaver.remove(self.doc.path)
            self.doc.undo_stack.setClean()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        if not self.maybe_save():
            event.ignore()
            return
        if self.doc is not None:
            self.autosaver.remove(self.doc.path)
        self._periodic.stop()
        self._autosave_timer.stop()
        self.runner.wait()
        prefs.save_geometry(self)  # reopened at the same size and place
        event.accept()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = prefs.recent_files()
        if not files:
            none = QAction(self.tr("(none)"), self.recent_menu)
            none.setEnabled(False)
            self.recent_menu.addAction(none)
        for p in files:
            act = QAction(p, self.recent_menu)
            act.triggered.connect(lambda _c=False, path=p: self.open_case(path))
            self.recent_menu.addAction(act)

    # ==================================================================== autosave
    def autosave(self) -> Path | None:
        """Write the recovery file when there are unsaved changes (else remove it)."""
        if self.doc is None:
            return None
        if not self.doc.dirty:
            self.autosaver.remove(self.doc.path)
            return None
        if self._autosaved_generation == self.doc.generation and self.autosaver.file(self.doc.path).exists():
            return self.autosaver.file(self.doc.path)
        try:
            path = self.autosaver.write(self.doc.path, self.doc.data)
        except OSError as exc:
            self._message(self.tr("Autosave failed: {0}").format(exc))
            return None
        self._autosaved_generation = self.doc.generation
        return path

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest recovery file left behind; True if recovered. A
        recovery file is never deleted without being offered, even when the case file was
        written after it (by the command line): the offer then says so."""
        for rec in self.autosaver.find():
            return self._offer(rec)
        return False

    def _disk_note(self, rec: Recovery) -> str:
        """What changed on disk since the recovered edits, for the recovery question."""
        if rec.case_path is None or not rec.case_path.is_file():
            return ""
        if rec.newer_than_case:
            return ""
        try:
            disk, _digest = read_case(rec.case_path)
        except CaseError:
            return "\n\n" + self.tr("The case file was changed after these edits and cannot be "
                                     "read now.")
        differences = data_differences(case_to_data(disk), rec.data, limit=12)
        return ("\n\n" + self.tr("The case file was saved after these edits (by another program). "
                                  "Recovering puts these edits back over it; issued documents are "
                                  "kept. Differences (on disk → recovered):") + "\n"
                + "\n".join(f"• {d}" for d in differences))

    def _offer(self, rec: Recovery) -> bool:
        what = str(rec.case_path) if rec.case_path else (rec.data.get("reference") or self.tr("an untitled case"))
        answer = QMessageBox.question(
            self, self.tr("Recover unsaved work?"),
            self.tr("wage-remedy was not closed properly. Unsaved changes to {0} from {1} were kept. "
                    "Recover them?").format(what, rec.saved_at.strftime("%Y-%m-%d %H:%M"))
            + self._disk_note(rec),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            Autosaver.discard(rec)
            return False
        if rec.case_path is not None and rec.case_path.is_file():
            if self.doc is None or self.doc.path is None or self.doc.path.resolve() != rec.case_path:
                try:
                    doc = CaseDocument.open(rec.case_path)
                except CaseError:
                    doc = CaseDocument(rec.data, rec.case_path)
                self.set_document(doc)
            assert self.doc is not None
            self.doc.replace_all(rec.data, self.tr("Recover unsaved changes"))
        else:
            doc = CaseDocument(rec.data)
            self.set_document(doc)
            doc.undo_stack.resetClean()
        Autosaver.discard(rec)
        self.autosave()
        self._message(self.tr("Unsaved changes recovered. Save the case to keep them."))
        return True

    # ==================================================================== other actions
    def import_file(self) -> None:
        """File → Import: the import wizard, when installed."""
        if self.doc is None:
            self._message(self.tr("Open or create a case first."))
            return
        try:
            from wage_remedy_ui.dialogs.import_wizard import ImportWizard  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            QMessageBox.information(self, self.tr("Import"),
                                    self.tr("Importing hours and payments is not available in this "
                                            "version."))
            return
        try:
            case = self.doc.validate()
        except CaseError as exc:
            QMessageBox.warning(self, self.tr("Import"),
                                self.tr("Fix these first:") + "\n\n"
                                + "\n".join(f"• {self.describe_problem(p)}" for p in exc.problems[:20]))
            return
        self.autosave()  # an import reads a foreign file: the unsaved edits are on disk first
        wizard = ImportWizard(case, self.catalogue, self)
        if wizard.exec():
            imported = getattr(wizard, "result_case", None)
            if imported is not None:
                self.doc.replace_all(case_to_data(imported), self.tr("Import"))

    def print_document(self) -> None:
        """Ctrl+P: print the previewed document (the documents page)."""
        if self.doc is None:
            return
        self.show_page("documents")
        if self.documents_panel.current_pdf is None:
            self._message(self.tr("Issue a document or select an issued one, then print it."))
            return
        self.documents_panel.print_current()

    def show_rates(self) -> None:
        """The rates browser."""
        select = None
        if self.result is not None:
            for w in self.result.warnings:
                if w.code in ("unverified-rate", "derived-rate") and w.param("table") in self.catalogue.tables:
                    select = w.param("table")
                    break
        browser = RatesBrowser(self.catalogue, self, select)
        browser.catalogue_changed.connect(self.use_catalogue)
        browser.exec()

    def use_catalogue(self, catalogue: Catalogue) -> None:
        """Rates changed in the rates browser (a version added, a bundle imported): compute with them."""
        self.catalogue = catalogue
        self.runner.catalogue = catalogue
        self.worker_editor.catalogue = catalogue
        self.documents_panel.catalogue = catalogue
        if self.doc is not None:
            self.recompute()

    def show_manual(self) -> ManualDialog:
        """F1: the short manual (how to do a case, what each document is for)."""
        dlg = ManualDialog(self)
        dlg.setModal(False)
        dlg.show()
        self._manual = dlg
        return dlg

    def about(self) -> None:
        info = build_info()
        e = html.escape
        what = self.tr("Back-pay calculator for labour inspectors (Belgium, Netherlands).")
        rates, folder, built = self.tr("Rates version"), self.tr("Rates folder"), self.tr("Build date")
        QMessageBox.about(
            self, self.tr("About wage-remedy"),
            f"<h3>wage-remedy {e(str(info['version']))}</h3><p>{e(what)}</p>"
            f"<p>{e(rates)}: {e(str(info['rates_version']))} ({e(str(info['rates_digest'])[:12])})<br>"
            f"{e(folder)}: {e(self.catalogue.root)}<br>{e(built)}: {e(str(info['build_date']))}</p>")

    def set_language(self, lang: str) -> None:
        """Switch the interface language now and remember it."""
        old = current_language()
        prefs.set_language(lang)
        install_language(lang)
        if self.doc is not None:  # the undo labels follow (wage_remedy_ui.undo_texts)
            retranslate_stack(self.doc.undo_stack, old, current_language())
        self._build_ui()
        self._message(self.tr("Language: {0}").format(LANGUAGES.get(lang, lang)))

    # ==================================================================== chrome
    def _message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)
        else:
            self.statusBar().clearMessage()

    def _update_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle("wage-remedy")
            return
        ref = self.doc.data.get("reference") or self.tr("New case")
        name = self.doc.path.name if self.doc.path else self.tr("not saved")
        self.setWindowTitle(f"{ref} — {name}[*] — wage-remedy")
        self.setWindowModified(self.doc.dirty)

    def _update_actions(self) -> None:
        has = self.doc is not None
        worker = has and self._page[0] == "worker"
        for a in (self.act_save, self.act_save_as, self.act_import, self.act_print, self.act_close,
                  self.act_add_worker, self.act_case, self.act_fines, self.act_docs,
                  self.act_recompute):
            a.setEnabled(has)
        self.act_claims.setEnabled(has and getattr(self, "claims_panel", None) is not None)
        for a in (self.act_remove_worker, self.act_add_shift, self.act_quick_fill, self.act_copy_week,
                  self.act_add_payment, self.act_sort_rows):
            a.setEnabled(bool(worker))
        self.act_undo.setEnabled(has and self.doc is not None and self.doc.undo_stack.canUndo())
        self.act_redo.setEnabled(has and self.doc is not None and self.doc.undo_stack.canRedo())
        self.tb_undo.setEnabled(self.act_undo.isEnabled())
        self.tb_redo.setEnabled(self.act_redo.isEnabled())
        if has and self.doc is not None:
            u, r = self.doc.undo_stack.undoText(), self.doc.undo_stack.redoText()
            self.act_undo.setText(self.tr("&Undo {0}").format(u) if u else self.tr("&Undo"))
            self.act_redo.setText(self.tr("&Redo {0}").format(r) if r else self.tr("&Redo"))
            self.tb_undo.setToolTip(self.act_undo.text().replace("&", ""))
            self.tb_redo.setToolTip(self.act_redo.text().replace("&", ""))

