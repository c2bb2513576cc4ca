"""Take the screenshots of the main screens from the real app (offscreen).

Run from the project folder: ``python docs/screenshots/take_screenshots.py``. It opens a copy of
the demo case in a temporary folder (settings and recovery files there too), so nothing of the
user's is touched, and writes PNG files next to this script.
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

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="wage-remedy-shots-"))
    QCoreApplication.setOrganizationName("wage-remedy-screenshots")
    QCoreApplication.setApplicationName("wage-remedy")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from wage_remedy.demo import demo_case_path
    from wage_remedy_ui.app import create_main_window, load_rates
    from wage_remedy_ui.dialogs.rates_browser import RatesBrowser

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    def wait(w: object) -> None:
        end = time.monotonic() + 20
        while not w.is_up_to_date() and time.monotonic() < end:  # type: ignore[attr-defined]
            app.processEvents()
        settle()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(HERE / f"{name}.png"))
        print(f"wrote {HERE / (name + '.png')}")

    case = tmp / "brasserie-de-kaai.json"
    shutil.copyfile(demo_case_path(), case)
    catalogue = load_rates(None)
    w = create_main_window(None, catalogue=catalogue, recovery_dir=tmp / "recovery", offer_recovery=False)
    w.resize(1280, 800)
    w.show()  # laid out as on screen (the tables fit their columns once shown)
    shot(w, "start")
    w.open_case(case)
    wait(w)
    shot(w, "case")
    w.show_page("worker", "w1")
    wait(w)
    w.worker_editor.result.select_line(0, 1)
    shot(w, "worker")
    w.show_page("fines")
    shot(w, "fines")
    w.show_page("documents")
    if w.documents_panel.issue_button.isEnabled():
        panel = w.documents_panel
        for i in range(1, panel.workers.count()):
            panel.workers.item(i).setCheckState(Qt.CheckState.Unchecked)
        panel.issue()
        settle(0.6)
    shot(w, "documents")
    browser = RatesBrowser(catalogue, w, "be/pc-302")
    browser.resize(1100, 700)
    browser.show()
    shot(browser, "rates")
    browser.close()
    w.set_language("nl")
    w.show_page("case")
    wait(w)
    shot(w, "case-nl")
    w.set_language("en")
    w.doc.undo_stack.setClean()
    w.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
