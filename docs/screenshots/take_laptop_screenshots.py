"""Screenshots at laptop sizes (1280×720, 1366×768) in the four languages, from the real app.

``python docs/screenshots/take_laptop_screenshots.py [OUT] [--all]`` opens a copy of the demo
case (settings and recovery files in a temporary folder), shows the case page and a worker at each
size and language, and saves ``laptop-<lang>-<size>-<page>.png``: in ``docs/screenshots`` for
1280×720 in French, English and German (the longest table headers), in OUT (default: a temporary
folder) for the others. It also
prints, per shot, whether the worker's "owed now" figure and the status are inside the window,
whether a horizontal scroll bar is showing and which table headers or cells are cut.

``--all`` also saves in OUT, at 1280×720 in French and English, every main view as an inspector
sees it: each tab of the worker editor (shifts, hours blocks, payments, estimates with an estimate
and its preview), the heads of claim, the fines, the documents with a preview, both tabs of the
claims, the rates browser (grid, chart, versions) and the import wizard with a file read.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractScrollArea,
    QApplication,
    QMessageBox,
    QTableView,
    QWidget,
)

SIZES = [(1280, 720), (1366, 768)]
LANGS = ["fr", "en", "nl", "de"]
KEEP = {("fr", (1280, 720)), ("en", (1280, 720)), ("de", (1280, 720))}


def inside(widget: QWidget, window: QWidget) -> bool:
    """True when ``widget`` is shown whole inside the window's width."""
    if not widget.isVisible():
        return False
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= window.width()


def sideways_scrolling(window: QWidget) -> list[str]:
    """Names of the visible scroll areas showing a horizontal scroll bar."""
    out = []
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            out.append(area.objectName() or type(area).__name__)
    return out


def cut_columns(root: QWidget) -> list[str]:
    """The visible tables under ``root`` whose header label or cells do not show whole."""
    out = []
    for view in root.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        header = view.horizontalHeader()
        wrapped = getattr(getattr(view, "fitter", None), "wrap", set())
        for c in range(model.columnCount()):
            if header.isSectionHidden(c):
                continue
            is_cut = getattr(header, "is_cut", None)
            text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            if is_cut is not None and is_cut(c) or is_cut is None and \
                    header.fontMetrics().horizontalAdvance(text) + 4 > header.sectionSize(c):
                out.append(f"{view.objectName()}[{c}] header {text!r}")
            if model.rowCount() and c not in wrapped and not view.wordWrap() \
                    and view.sizeHintForColumn(c) > header.sectionSize(c) + 1:
                out.append(f"{view.objectName()}[{c}] cells")
    return out


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--all"]
    every = "--all" in sys.argv[1:]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="wr-laptop-"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="wage-remedy-shots-"))
    QCoreApplication.setOrganizationName("wage-remedy-screenshots")
    QCoreApplication.setApplicationName("wage-remedy")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from wage_remedy.demo import demo_case_path
    from wage_remedy_ui.app import create_main_window, load_rates

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    def wait(w: object) -> None:
        end = time.monotonic() + 20
        while not w.is_up_to_date() and time.monotonic() < end:  # type: ignore[attr-defined]
            app.processEvents()
        settle()

    case = tmp / "brasserie-de-kaai.json"
    shutil.copyfile(demo_case_path(), case)
    catalogue = load_rates(None)
    w = create_main_window(None, catalogue=catalogue, recovery_dir=tmp / "recovery", offer_recovery=False)
    w.show()  # laid out as on screen (the tables fit their columns once shown)
    w.open_case(case)
    wait(w)
    for lang in LANGS:
        w.set_language(lang)
        for size in SIZES:
            w.resize(*size)
            for page in ("case", "worker"):
                if page == "worker":
                    w.show_page("worker", "w1")
                else:
                    w.show_page("case")
                wait(w)
                settle(0.4)
                name = f"laptop-{lang}-{size[0]}x{size[1]}-{page}.png"
                target = (HERE if (lang, size) in KEEP else out) / name
                w.grab().save(str(target))
                note = ""
                if page == "worker":
                    panel = w.worker_editor.result
                    owed = getattr(panel, "owed", None) or getattr(panel, "summary", None)
                    if isinstance(owed, QWidget):
                        note = f" owed-now inside: {inside(owed, w)}"
                scroll = sideways_scrolling(w)
                print(f"{target}{note} sideways scroll bars: {scroll or 'none'}; "
                      f"cut: {cut_columns(w) or 'none'}")
    if every:
        for _kind in ("warning", "information", "critical"):  # said on the console, not waited for
            setattr(QMessageBox, _kind, lambda _p, title, text, *a, **k:
                    print(f"{title}: {text}") or QMessageBox.StandardButton.Ok)
        from every_view import take_every_view
        for lang in ("fr", "en"):
            w.set_language(lang)
            w.resize(1280, 720)
            take_every_view(app, w, catalogue, tmp, lang, out, settle, wait, cut_columns)
    w.set_language("en")
    if w.doc is not None:
        w.doc.undo_stack.setClean()
    w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
