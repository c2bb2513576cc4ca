"""Every main view of the app as an inspector sees it (``take_laptop_screenshots.py --all``).

``take_every_view`` saves ``all-<lang>-<view>.png`` in a folder: the worker editor's tabs (an
estimate is added to the demo's first worker so its preview has figures), the heads of claim, the
fines, the documents with a preview, both tabs of the claims (a claim is added), the rates browser
(grid, chart, versions) and the import wizard with a small file read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

Shot = Callable[[QWidget, str], None]


def _worker_views(w: Any, shot: Shot, wait: Callable[[Any], None], settle: Callable[..., None]) -> None:
    """Each tab of the worker editor for the demo's first and third workers, then the heads."""
    ed = w.worker_editor
    for wid in ("w1", "w3"):
        w.show_page("worker", wid)
        wait(w)
        for i, tab in enumerate(("shifts", "hours", "payments", "estimates")):
            ed.tabs.setCurrentIndex(i)
            if tab == "estimates" and wid == "w1" and ed.estimates.list.count() == 0:
                _add_estimate(ed.estimates)
                wait(w)
                ed.estimates.update_preview()
                settle(1.0)
            shot(w, f"worker-{wid}-{tab}")
        ed.tabs.setCurrentIndex(3)
        area = ed.estimates.scroll_area
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        shot(w, f"worker-{wid}-estimates-preview")
        ed.tabs.setCurrentIndex(2)
        result = ed.result
        result.body_scroll.verticalScrollBar().setValue(result.heads.y() - 4)
        shot(w, f"worker-{wid}-heads")


def _add_estimate(editor: Any) -> None:
    """An inspector's finding: mornings on weekdays in January and February 2025."""
    editor.new_estimate()
    editor.evidence.setText("PV 2025/118, statements")
    editor.from_edit.setText("06/01/2025")
    editor.to_edit.setText("28/02/2025")
    editor.add_block(["mon", "tue", "wed", "thu", "fri"], "09:00", "13:00", 0)
    editor.apply()


def _documents(app: QApplication, w: Any, shot: Shot, settle: Callable[..., None]) -> None:
    """The documents page with the first worker's payment order issued and previewed."""
    w.show_page("documents")
    settle()
    panel = w.documents_panel
    for _attempt in range(2):  # a run cancelled by a busy machine is tried once more
        if panel.current_pdf is not None or not panel.issue_button.isEnabled():
            break
        for i in range(1, panel.workers.count()):
            panel.workers.item(i).setCheckState(Qt.CheckState.Unchecked)
        panel.issue()
        end = time.monotonic() + 60
        while panel.current_pdf is None and time.monotonic() < end:
            app.processEvents()
    shot(w, "documents")


def _claims(w: Any, shot: Shot, wait: Callable[[Any], None], settle: Callable[..., None]) -> None:
    """The claim check with a claim for the first worker's first period, then the what-if."""
    w.show_page("claims")
    wait(w)
    panel = w.claims_panel
    if panel is None:
        return
    if panel.current_claim_index() is None:
        panel._new_claim(total=False)  # noqa: SLF001 - what the button does
        wait(w)
        panel = w.claims_panel
        panel._add_period()  # noqa: SLF001 - what the button does
        settle()
    panel.tabs.setCurrentIndex(0)
    shot(w, "claims-check")
    panel.tabs.setCurrentIndex(1)
    panel.run_what_if()
    settle(1.0)
    shot(w, "claims-whatif")


def _dialogs(w: Any, catalogue: Any, tmp: Path, shot: Shot) -> None:
    """The rates browser's tabs and the import wizard, at a laptop's free area."""
    from wage_remedy_ui.dialogs.import_wizard import ImportWizard
    from wage_remedy_ui.dialogs.rates_browser import RatesBrowser
    browser = RatesBrowser(catalogue, w, "be/pc-302")
    browser.resize(1264, 642)  # 1280×720 less the panel and the window frame
    browser.show()
    for i, name in enumerate(("rates-grid", "rates-chart", "rates-versions")):
        browser.tabs.setCurrentIndex(i)
        shot(browser, name)
    browser.close()
    csv = tmp / "hours.csv"
    csv.write_text("Werknemer;Datum;Begin;Einde;Pauze\nw1;03/03/2025;08:00;16:30;30\n"
                   "w1;31/02/2025;08:00;16:30;30\nw2;04/03/2025;09:00;13:00;0\n", encoding="utf-8")
    wizard = ImportWizard(w.doc.validate(), catalogue, w)
    wizard.resize(1000, 642)
    wizard.show()
    wizard.load_file(csv)
    shot(wizard, "import")
    wizard.close()


def take_every_view(app: QApplication, w: Any, catalogue: Any, tmp: Path, lang: str, out: Path,
                    settle: Callable[..., None], wait: Callable[[Any], None],
                    cut: Callable[[QWidget], list[str]]) -> None:
    """Save every main view of ``w`` (language ``lang`` already set) in ``out``."""
    def shot(widget: QWidget, name: str) -> None:
        settle(0.4)
        target = out / f"all-{lang}-{name}.png"
        widget.grab().save(str(target))
        print(f"{target} cut: {cut(widget) or 'none'}")

    w.show_page("case")
    wait(w)
    shot(w, "case")
    _worker_views(w, shot, wait, settle)
    w.show_page("fines")
    wait(w)
    shot(w, "fines")
    _documents(app, w, shot, settle)
    _claims(w, shot, wait, settle)
    _dialogs(w, catalogue, tmp, shot)
