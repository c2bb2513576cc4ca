"""Documents: choose kinds, languages and workers; issue, preview, print and save the PDFs."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import LANGUAGES as WORKER_LANGUAGES
from wage_remedy.api import CaseError, Catalogue, DocumentError, case_to_data, load_case
from wage_remedy_ui import settings as prefs
from wage_remedy_ui.background import Cancelled, Progress, run_and_wait
from wage_remedy_ui.document import CaseDocument
from wage_remedy_ui.i18n import LANGUAGES, current_language, fmt_date, fmt_money, fmt_timestamp
from wage_remedy_ui.labels import LANGUAGE_NAMES, document_kind_label
from wage_remedy_ui.pdf_render import RenderError, pdf_text, print_pdfs, render_pages
from wage_remedy_ui.widgets.columns import fit_columns
from wage_remedy_ui.widgets.result_panel import _item, make_table

KINDS = ("payment-order", "receipt", "statement", "fines")
WORKER_KINDS = ("payment-order", "receipt")


OUTDATED_BG = QColor("#fde2c8")


def _main_amount(amounts: dict[str, str]) -> Decimal | None:
    """The headline amount of a document's recorded amounts (the worker's or the case's total)."""
    for k, v in amounts.items():
        if k.endswith(" total") or k == "case total":
            try:
                return Decimal(v)
            except ArithmeticError:
                return None
    return None


def documents_available() -> bool:
    """True when the core's document module is installed."""
    try:
        from wage_remedy.api import issue_all  # noqa: F401
    except ImportError:
        return False
    return True


class DocumentsPanel(QWidget):
    """Issue the case's documents and show the issued ones."""

    message = Signal(str)
    issued = Signal(list)  # paths of the PDFs just written

    def __init__(self, doc: CaseDocument, catalogue: Catalogue,
                 ensure_saved: Callable[[], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.catalogue = catalogue
        self.ensure_saved = ensure_saved
        self.out_dir: Path | None = None
        self.current_pdf: Path | None = None
        self.pages_shown = 0
        self.zoom = 1.0  # 1.0 = the page at its printed size on the screen
        self.fit_width = True
        self.page_index = 0
        self.page_labels: list[QLabel] = []
        self.preview_dpi = 0.0
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self._rerender)
        self._states: tuple[int, dict[str, tuple[bool, Decimal | None]]] | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._controls())
        split.addWidget(self._preview())
        self.preview_area.verticalScrollBar().valueChanged.connect(self._scrolled)
        split.setObjectName("documentsSplitter")
        split.setSizes([560, 490])  # the issued list's seven columns readable; the preview fits its width
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        prefs.keep_splitter(split, "documentsSplitter")
        lay.addWidget(split)
        doc.changed.connect(self.refresh)
        # saved for the first time (or under another name): the folder follows the case file,
        # and the "you are asked where to save the case first" note goes
        doc.path_changed.connect(self.refresh)
        self.refresh()

    # ---------------------------------------------------------------- building
    def _controls(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self._issue_box())
        issued_label = QLabel(self.tr("Issued documents"))
        issued_label.setStyleSheet("font-weight: 600;")
        col.addWidget(issued_label)
        col.addWidget(self._issued_table(), 1)
        return w

    def _issue_box(self) -> QGroupBox:
        """What to issue: the documents, languages, workers and folder, and the issue button."""
        box = QGroupBox(self.tr("Issue documents"))
        form = QFormLayout(box)
        kinds = QVBoxLayout()
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            cb = QCheckBox(document_kind_label(kind))
            cb.setObjectName("kind_" + kind)
            cb.setChecked(kind == "payment-order")
            kinds.addWidget(cb)
            self.kind_boxes[kind] = cb
        form.addRow(self.tr("Documents"), kinds)
        self.lang = QComboBox()
        self.lang.setObjectName("docLanguage")
        for code, name in LANGUAGES.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(current_language())))
        form.addRow(self.tr("Language"), self.lang)
        self.worker_lang = QComboBox()
        self.worker_lang.setObjectName("docWorkerLanguage")
        self.worker_lang.addItem(self.tr("each worker's own language"), None)
        for code in WORKER_LANGUAGES:
            self.worker_lang.addItem(LANGUAGE_NAMES.get(code, code), code)
        form.addRow(self.tr("Worker's part in"), self.worker_lang)
        self.workers = QListWidget()
        self.workers.setObjectName("docWorkers")
        self.workers.setMaximumHeight(110)
        form.addRow(self.tr("Workers"), self.workers)
        # the folder on a row of its own, wrapped at its separators (a label beside the button
        # in one row was given one line's height: a long path was cut at the top and bottom)
        self.out_label = QLabel()
        self.out_label.setObjectName("docFolder")
        self.out_label.setWordWrap(True)
        change = QPushButton(self.tr("Change…"))
        change.clicked.connect(self._choose_out_dir)
        form.addRow(self.tr("Folder"), self.out_label)
        form.addRow("", change)
        form.setAlignment(change, Qt.AlignmentFlag.AlignLeft)
        self.issue_button = QPushButton(self.tr("Issue documents"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setDefault(True)
        self.issue_button.setStyleSheet("font-weight: 600; padding: 6px 14px;")
        self.issue_button.clicked.connect(lambda: self.issue())
        form.addRow("", self.issue_button)
        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        self.unavailable.setStyleSheet("color: #b03a2e;")
        form.addRow("", self.unavailable)
        return box

    def _issued_table(self) -> QTableWidget:
        """The documents issued for the case (several selected: printed together)."""
        self.issued_table = make_table([self.tr("Number"), self.tr("Document"), self.tr("Worker"),
                                        self.tr("Amount"), self.tr("State"), self.tr("Language"),
                                        self.tr("Issued")])
        self.issued_table.setAccessibleName(self.tr("Issued documents"))
        self.issued_table.setObjectName("issuedTable")
        # the document, the worker and when issued wrap onto more lines (whole in the tooltip
        # too); the number, amount, state and language are never cut; no sideways scrolling
        fit_columns(self.issued_table, shrink=(1, 2), wrap=(1, 2, 6), grow=(1, 2))
        self.issued_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.issued_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.issued_table.setToolTip(self.tr("Select several documents (Ctrl or Shift) to print "
                                             "them together"))
        self.issued_table.itemSelectionChanged.connect(self._issued_selected)
        return self.issued_table

    def _preview(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self.tr("Preview"))
        self.preview_title.setStyleSheet("font-weight: 600;")
        # the file name on a line of its own: a long one does not push the controls aside
        self.preview_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        col.addWidget(self.preview_title)
        col.addLayout(self._file_buttons())
        col.addLayout(self._page_nav())
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("previewArea")
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_host = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_host)
        self.preview_area.setWidget(self.pages_host)
        col.addWidget(self.preview_area, 1)
        self._placeholder(self.tr("Issue a document or select an issued one to preview it here."))
        return w

    def _file_buttons(self) -> QHBoxLayout:
        """Print, save as and open folder (enabled once a document is shown)."""
        row = QHBoxLayout()
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(lambda: self.print_current())
        self.save_button = QPushButton(self.tr("Save PDF as…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self.save_current)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self._open_folder)
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(False)
            row.addWidget(b)
        return row

    def _page_nav(self) -> QHBoxLayout:
        """Page navigation, zoom and fit to width; pages drawn at the screen's own resolution."""
        nav = QHBoxLayout()
        self.prev_page = QPushButton("◀")
        self.prev_page.setObjectName("prevPage")
        self.prev_page.setAccessibleName(self.tr("Previous page"))
        self.prev_page.clicked.connect(lambda: self.go_to_page(self.page_index - 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.next_page = QPushButton("▶")
        self.next_page.setObjectName("nextPage")
        self.next_page.setAccessibleName(self.tr("Next page"))
        self.next_page.clicked.connect(lambda: self.go_to_page(self.page_index + 1))
        self.zoom_out = QPushButton("−")
        self.zoom_out.setObjectName("zoomOut")
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / 1.25))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_in = QPushButton("+")
        self.zoom_in.setObjectName("zoomIn")
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * 1.25))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.setObjectName("fitWidth")
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.toggled.connect(lambda on: self.set_fit_width(on))
        for b in (self.prev_page, self.next_page, self.zoom_out, self.zoom_in):
            b.setFixedWidth(32)
        for wdg in (self.prev_page, self.page_label, self.next_page):
            nav.addWidget(wdg)
        nav.addStretch(1)
        for wdg in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_button):
            nav.addWidget(wdg)
        return nav

    def _placeholder(self, text: str) -> None:
        self._clear_pages()
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: palette(mid); padding: 40px;")
        self.pages_layout.addWidget(label)

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # ---------------------------------------------------------------- state
    def default_out_dir(self) -> Path | None:
        """``<case folder>/<case name>-documents`` (None before the case is saved)."""
        if self.doc.path is None:
            return None
        return self.doc.path.parent / f"{self.doc.path.stem}-documents"

    def refresh(self) -> None:
        """Follow the case: its workers and issued documents."""
        checked = {self.workers.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.workers.count())
                   if self.workers.item(i).checkState() == Qt.CheckState.Unchecked}
        self.workers.clear()
        for w in self.doc.data.get("workers", []):
            item = QListWidgetItem(w.get("name") or w.get("id", "?"))
            item.setData(Qt.ItemDataRole.UserRole, w.get("id"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if w.get("id") in checked else Qt.CheckState.Checked)
            self.workers.addItem(item)
        out = self.out_dir or self.default_out_dir()
        # a break allowed after each separator (zero-width space): a long path wraps there
        self.out_label.setText(str(out).replace(os.sep, os.sep + "\u200b") if out
                               else self.tr("next to the case file (you are asked where to save "
                                            "the case first)"))
        self.out_label.setToolTip(str(out) if out else "")
        ok = documents_available()
        self.issue_button.setEnabled(ok)
        self.unavailable.setText("" if ok else self.tr("The document module is not installed in "
                                                       "this version."))
        self._fill_issued()

    def _fill_issued(self) -> None:
        docs: list[dict[str, Any]] = list(self.doc.data.get("documents", []))
        names = {w.get("id"): w.get("name", "") for w in self.doc.data.get("workers", [])}
        states = self.document_states() if self.isVisible() else {}
        self.issued_table.setRowCount(len(docs))
        for r, d in enumerate(reversed(docs)):
            lang = d.get("language", "") + (f"+{d['worker_language']}" if d.get("worker_language") else "")
            number = str(d.get("number", ""))
            then = _main_amount(d.get("amounts") or {})
            state = states.get(number)
            if state is None:
                state_text, tip = "", number
            elif state[0]:
                state_text = self.tr("OUTDATED → {0}").format(fmt_money(state[1])) \
                    if state[1] is not None else self.tr("OUTDATED")
                tip = self.tr("{0}: the case no longer gives the amounts of this document (issued "
                              "with {1}). Issue a new one.").format(
                    number, fmt_money(then) if then is not None else "?")
            else:
                state_text, tip = self.tr("matches the case"), number
            cells = [number.rsplit("/", 1)[-1], document_kind_label(d.get("kind", "")),
                     names.get(d.get("worker"), d.get("worker") or ""),
                     fmt_money(then) if then is not None else "", state_text, lang,
                     fmt_timestamp(d.get("issued_at", ""))]
            for c, text in enumerate(cells):
                it = _item(str(text), right=c == 3)
                it.setData(Qt.ItemDataRole.UserRole, d.get("file"))
                it.setToolTip(f"{text}\n{tip}" if c in (1, 2, 6) else tip)  # elided cells: whole here
                if state is not None and state[0]:
                    it.setBackground(OUTDATED_BG)
                self.issued_table.setItem(r, c, it)

    def document_states(self) -> dict[str, tuple[bool, Decimal | None]]:
        """Per issued document number: (outdated, the amount the case gives now). A document is
        outdated when the case, recomputed at the document's as-of date, no longer gives the
        amounts recorded at issue (the check ``wage-remedy verify`` makes, without the PDF)."""
        key = self.doc.generation
        if self._states is not None and self._states[0] == key:
            return self._states[1]
        states: dict[str, tuple[bool, Decimal | None]] = {}
        try:
            from wage_remedy.api import compute, document_amounts
            case = self.doc.validate()
        except (ImportError, CaseError):
            self._states = (key, states)
            return states
        results: dict[Any, Any] = {}
        for rec in case.documents:
            try:
                if rec.as_of not in results:
                    results[rec.as_of] = compute(case, self.catalogue, rec.as_of)
                now, _detail = document_amounts(rec.kind, results[rec.as_of], rec.worker)
            except (KeyError, LookupError, CaseError, ValueError):
                states[rec.number] = (True, None)  # the worker is gone, or the case cannot be computed
                continue
            states[rec.number] = (now != rec.amounts, _main_amount(now))
        self._states = (key, states)
        return states

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._fill_issued()  # the outdated marks are worked out when the list is seen

    def selected_workers(self) -> list[str]:
        """Ids of the workers ticked."""
        return [str(self.workers.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.workers.count())
                if self.workers.item(i).checkState() == Qt.CheckState.Checked]

    def _choose_out_dir(self) -> None:
        start = str(self.out_dir or self.default_out_dir() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the documents"), start)
        if chosen:
            self.out_dir = Path(chosen)
            self.refresh()

    def resolve(self, file: str | None) -> Path | None:
        """The path of an issued document's file."""
        if not file:
            return None
        p = Path(file)
        candidates = [p] if p.is_absolute() else []
        if self.doc.path is not None:
            candidates.append(self.doc.path.parent / p)
        for base in (self.out_dir, self.default_out_dir()):
            if base is not None:
                candidates += [base / p, base / p.name]
        for c in candidates:
            if c.is_file():
                return c
        return None

    # ---------------------------------------------------------------- issuing
    def issue(self) -> list[Path]:
        """Save the case, issue the chosen documents, list and preview them."""
        try:
            from wage_remedy.api import issue_document
        except ImportError:
            QMessageBox.information(self, self.tr("Documents"),
                                    self.tr("The document module is not installed in this version."))
            return []
        kinds = [k for k, cb in self.kind_boxes.items() if cb.isChecked()]
        workers = self.selected_workers()
        if not kinds:
            self.message.emit(self.tr("Choose at least one document."))
            return []
        if any(k in WORKER_KINDS for k in kinds) and not workers:
            self.message.emit(self.tr("Choose at least one worker."))
            return []
        if not self.ensure_saved() or self.doc.path is None:
            return []
        out = self.out_dir or self.default_out_dir()
        assert out is not None
        jobs: list[tuple[str, str | None]] = []
        for kind in kinds:
            if kind in WORKER_KINDS:
                jobs += [(kind, w) for w in workers]
            else:
                jobs.append((kind, None))
        written, errors, nothing = self._issue_jobs(issue_document, jobs, out)
        self._issued_done(written, errors, nothing, out)
        return written

    def _issue_jobs(self, issue_document: Callable[..., Any], jobs: list[tuple[str, str | None]],
                    out: Path) -> tuple[list[Path], list[str], list[str]]:
        """Issue each (kind, worker) off the UI thread: (files written, errors, workers owed nothing)."""
        lang = self.lang.currentData()
        worker_lang = self.worker_lang.currentData()
        written: list[Path] = []
        errors: list[str] = []
        nothing: list[str] = []  # a worker owed nothing: said, not a failure
        names = {str(w.get("id")): str(w.get("name") or w.get("id")) for w in self.doc.data.get("workers", [])}
        case_path, catalogue = self.doc.path, self.catalogue

        def issue_each(progress: Progress) -> None:  # off the UI thread, one document per step
            for n, (kind, wid) in enumerate(jobs):
                who = f" – {names.get(wid, wid)}" if wid else ""
                progress.report(n, len(jobs), document_kind_label(kind) + who)
                try:
                    path, _record = issue_document(case_path, kind, out, catalogue=catalogue,
                                                   lang=lang, worker_lang=worker_lang, worker_id=wid)
                except DocumentError as exc:
                    if exc.code == "owed-nothing" and wid:
                        nothing.append(self.tr("{0} is owed nothing on {1}: {2} not issued.").format(
                            names.get(wid, wid), fmt_date(dt.date.fromisoformat(exc.params["as_of"])),
                            document_kind_label(kind)))
                    else:
                        errors.append(f"{document_kind_label(kind)}{who}: {exc}")
                    continue
                except Exception as exc:  # noqa: BLE001 - every failure is reported, the rest go on
                    errors.append(f"{document_kind_label(kind)}{who}: {exc}")
                    continue
                written.append(Path(path))

        try:
            run_and_wait(issue_each, parent=self, label=self.tr("Issuing documents…"))
        except Cancelled:
            errors.append(self.tr("Cancelled: the documents listed were issued, the others not."))
        return written, errors, nothing

    def _issued_done(self, written: list[Path], errors: list[str], nothing: list[str], out: Path) -> None:
        """After issuing: the case's list of documents reread, failures said, the first one shown."""
        assert self.doc.path is not None
        try:
            saved = load_case(self.doc.path)
        except CaseError as exc:
            errors.append(str(exc))
        else:
            self.doc.set_documents(case_to_data(saved).get("documents", []))
        if errors:
            QMessageBox.warning(self, self.tr("Documents"),
                                self.tr("Some documents could not be issued:") + "\n\n"
                                + "\n".join(errors + nothing))
        elif nothing:
            QMessageBox.information(self, self.tr("Documents"), "\n".join(nothing))
        if written:
            self.message.emit(self.tr("{0} document(s) written to {1}").format(len(written), out))
            self._select_files(written)
            self.show_pdf(written[0])
        self.issued.emit(written)

    # ---------------------------------------------------------------- preview, print, save
    def _select_files(self, files: list[Path]) -> None:
        """Select the issued documents of ``files`` (just written: printed together), the
        first of them current."""
        names = {p.name for p in files}
        table = self.issued_table
        model = table.model()
        first: int | None = None
        table.blockSignals(True)
        try:
            table.clearSelection()
            for r in range(table.rowCount()):
                item = table.item(r, 0)
                if item is not None and Path(str(item.data(Qt.ItemDataRole.UserRole) or "")).name in names:
                    table.selectionModel().select(
                        model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows)
                    if first is None or Path(str(item.data(Qt.ItemDataRole.UserRole))).name == files[0].name:
                        first = r
            if first is not None:
                table.selectionModel().setCurrentIndex(model.index(first, 0),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            table.blockSignals(False)

    def selected_pdfs(self) -> list[Path]:
        """The files of the selected issued documents, in the order they were issued."""
        rows = sorted({i.row() for i in self.issued_table.selectionModel().selectedRows()}, reverse=True)
        found = []
        for r in rows:
            item = self.issued_table.item(r, 0)
            path = self.resolve(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
            if path is not None and path not in found:
                found.append(path)
        return found

    def _print_paths(self) -> list[Path]:
        paths = self.selected_pdfs()
        if self.current_pdf is not None and self.current_pdf not in paths:
            paths = [self.current_pdf]
        return paths

    def _issued_selected(self) -> None:
        r = self.issued_table.currentRow()
        item = self.issued_table.item(r, 0) if r >= 0 else None
        if item is None:
            return
        if not item.isSelected():
            self._buttons()
            return
        path = self.resolve(item.data(Qt.ItemDataRole.UserRole))
        if path is None:
            self._placeholder(self.tr("The file of this document is not found (moved or deleted)."))
            self.current_pdf = None
            self._buttons()
            return
        self.show_pdf(path)

    def show_pdf(self, path: Path) -> int:
        """Preview the pages of a PDF; the number of pages shown."""
        self.current_pdf = path
        self.preview_title.setText(self.tr("Preview: {0}").format(path.name))
        self._buttons()
        self._clear_pages()
        self.pages_shown = 0
        dpi, ratio = self._preview_dpi(path)
        try:
            pages = render_pages(path, round(dpi * ratio))
        except RenderError as exc:
            text = pdf_text(path)
            box = QPlainTextEdit(text or self.tr("The pages cannot be shown here ({0}). Open the "
                                                 "PDF or print it.").format(exc))
            box.setReadOnly(True)
            self.pages_layout.addWidget(box)
            return 0
        self.page_labels = []
        self.pages_host.setMinimumHeight(0)
        for img in pages:
            pix = QPixmap.fromImage(img)
            pix.setDevicePixelRatio(ratio)  # one image pixel per screen pixel: sharp text
            label = QLabel()
            label.setPixmap(pix)
            label.setFixedSize(pix.deviceIndependentSize().toSize() + QSize(2, 2))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.pages_layout.addStretch(1)
        self.preview_area.verticalScrollBar().setValue(0)
        self.pages_shown = len(pages)
        self.preview_dpi = dpi
        self.page_index = 0
        self._nav_state()
        return len(pages)

    def _preview_dpi(self, path: Path) -> tuple[float, float]:
        """(dpi in screen-independent pixels, device pixel ratio) for the preview: fit to the
        width of the preview, or the zoom (100 % = printed size on a 96 dpi screen)."""
        ratio = self.devicePixelRatioF() or 1.0
        if not self.fit_width:
            return 96.0 * self.zoom, ratio
        try:
            from pypdf import PdfReader
            width_pt = float(PdfReader(str(path)).pages[0].mediabox.width)
        except Exception:  # noqa: BLE001 - an unreadable file: the renderer reports it
            width_pt = 595.0
        # the width left once the vertical scroll bar shows (pages are taller than the view)
        bar = self.preview_area.verticalScrollBar().sizeHint().width()
        room = max(300, self.preview_area.width() - 2 * self.preview_area.frameWidth() - bar - 24)
        dpi = room / (width_pt / 72.0)
        self.zoom = dpi / 96.0
        return dpi, ratio

    def set_zoom(self, zoom: float) -> None:
        """Zoom the preview (25 % to 400 %); leaves fit-to-width."""
        self.zoom = max(0.25, min(4.0, zoom))
        self.fit_width = False
        self.fit_button.blockSignals(True)
        self.fit_button.setChecked(False)
        self.fit_button.blockSignals(False)
        self._rerender()

    def set_fit_width(self, on: bool) -> None:
        """Fit the pages to the width of the preview (on) or keep the zoom (off)."""
        self.fit_width = on
        self._rerender()

    def _rerender(self) -> None:
        if self.current_pdf is not None and self.current_pdf.is_file():
            page = self.page_index
            self.show_pdf(self.current_pdf)
            self.go_to_page(page)

    def go_to_page(self, index: int) -> None:
        """Scroll the preview to page ``index`` (from 0)."""
        if not self.page_labels:
            return
        self.page_index = max(0, min(len(self.page_labels) - 1, index))
        # the page's top worked out from the heights (the layout may not have run yet)
        m = self.pages_layout.contentsMargins()
        gap = max(0, self.pages_layout.spacing())
        top = m.top() + sum(lab.height() + gap for lab in self.page_labels[:self.page_index])
        total = m.top() + m.bottom() + sum(lab.height() + gap for lab in self.page_labels)
        self.pages_host.setMinimumHeight(total)
        bar = self.preview_area.verticalScrollBar()
        bar.setRange(0, max(bar.maximum(), total - self.preview_area.viewport().height()))
        bar.setValue(max(0, top - 6))
        self._nav_state()

    def _scrolled(self, value: int) -> None:
        """The page counter follows the scrolling (the page at the top of the preview)."""
        if not self.page_labels:
            return
        m = self.pages_layout.contentsMargins()
        gap = max(0, self.pages_layout.spacing())
        top, index = m.top(), 0
        for i, lab in enumerate(self.page_labels):
            if value + 6 >= top:
                index = i
            top += lab.height() + gap
        if index != self.page_index:
            self.page_index = index
            self._nav_state()

    def _nav_state(self) -> None:
        n = len(self.page_labels)
        self.page_label.setText(self.tr("page {0} / {1}").format(self.page_index + 1, n) if n else "")
        self.prev_page.setEnabled(self.page_index > 0)
        self.next_page.setEnabled(self.page_index < n - 1)
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if self.fit_width and self.page_labels:
            self._refit.start()

    def _buttons(self) -> None:
        on = self.current_pdf is not None
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(on)
        n = len(self._print_paths()) if on else 0
        self.print_button.setText(self.tr("Print {0} documents…").format(n) if n > 1 else self.tr("Print…"))

    def print_current(self, printer: QPrinter | None = None) -> bool:
        """Print the selected issued documents, else the previewed one, as one print job (the
        print dialog first, unless a printer is given)."""
        if self.current_pdf is None:
            self.message.emit(self.tr("Select a document to print."))
            return False
        paths = self._print_paths()
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not QPrinterInfo.availablePrinters():
                # no printer installed: the dialog offers only "Print to file"; propose a file
                # name instead of the bare home folder
                printer.setOutputFileName(str(self.current_pdf.with_name(
                    self.current_pdf.stem + "-print.pdf")))
            dlg = QPrintDialog(printer, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            n = print_pdfs(paths, printer)
        except RenderError as exc:
            QMessageBox.warning(self, self.tr("Print"), self.tr("Cannot print: {0}. Open the PDF "
                                                                "and print it from there.").format(exc))
            return False
        self.message.emit(self.tr("{0} page(s) sent to the printer").format(n))
        return True

    def save_current(self) -> None:
        """Save a copy of the previewed PDF."""
        if self.current_pdf is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF as"),
                                                str(Path.home() / self.current_pdf.name),
                                                self.tr("PDF files (*.pdf)"))
        if target:
            from wage_remedy.api import OutputError, write_new
            try:  # the dialog asked before replacing a file; a case file or another issued
                # document is never replaced (issue 18)
                write_new(target, self.current_pdf.read_bytes(), overwrite=True)
            except (OutputError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Save PDF as"), str(exc)[:500])
                return
            self.message.emit(self.tr("Saved {0}").format(target))

    def _open_folder(self) -> None:
        if self.current_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current_pdf.parent)))



