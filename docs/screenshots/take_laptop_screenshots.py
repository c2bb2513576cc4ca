"""Screenshots at laptop sizes (1280×720, 1366×768) in the four languages, from the real app.

``python docs/screenshots/take_laptop_screenshots.py [OUT]`` opens a copy of the demo case
(settings and recovery files in a temporary folder), shows the case page and a worker at each size
and language, and saves ``laptop-<lang>-<size>-<page>.png``: in ``docs/screenshots`` for 1280×720
in French and English, in OUT (default: a temporary folder) for the others. It also prints, per
shot, whether the worker's "owed now" figure and the status are inside the window and whether a
horizontal scroll bar is showing.
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

from PySide6.QtCore import QCoreApplication, QPoint, QSettings  # noqa: E402
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget  # noqa: E402

SIZES = [(1280, 720), (1366, 768)]
LANGS = ["fr", "en", "nl", "de"]
KEEP = {("fr", (1280, 720)), ("en", (1280, 720))}


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


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="wr-laptop-"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="wage-remedy-shots-"))
    QCoreApplication.setOrganizationName("wage-remedy-screenshots")
    QCoreApplication.setApplicationName("wage-remedy")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from wage_remedy_ui.app import create_main_window, load_rates
    from wage_remedy.demo import demo_case_path

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
                print(f"{target}{note} sideways scroll bars: {scroll or 'none'}")
    w.set_language("en")
    if w.doc is not None:
        w.doc.undo_stack.setClean()
    w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
