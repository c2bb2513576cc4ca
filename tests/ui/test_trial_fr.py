"""Findings of the French new-user trial at 1280x720: the Estimates tab usable on a laptop
screen, the interface language from the system, French words where English showed."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from ui_helpers import wait_result

from ui.i18n import system_language


def _case(tmp_path: Path) -> Path:
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "TSW-EST", "jurisdiction": "BE",
        "as_of": "2026-03-15", "employer": {"name": "Car Wash BV"},
        "inspection": {"date": "2026-03-15", "place": "Gent", "inspector": "X"},
        "workers": [{"id": "w1", "name": "Ravi", "birth_date": "1990-01-01", "language": "fr",
                     "employment": {"start": "2025-12-01", "sector": "be/pc-302", "category": "II",
                                    "function_years": 0}}],
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _overlap(a: QWidget, b: QWidget, root: QWidget) -> bool:
    ra = a.geometry().translated(a.parentWidget().mapTo(root, QPoint(0, 0)))
    rb = b.geometry().translated(b.parentWidget().mapTo(root, QPoint(0, 0)))
    return ra.intersects(rb)


def test_estimates_tab_fits_1280x720_in_french(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(_case(tmp_path))
    w.set_language("fr")
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    w.resize(1280, 720)  # the trial's laptop screen
    qtbot.waitUntil(lambda: w.width() == 1280 and w.height() == 720)
    ed = w.worker_editor.estimates
    w.worker_editor.tabs.setCurrentWidget(ed)
    qtbot.mouseClick(ed.add_btn, Qt.MouseButton.LeftButton)
    ed.add_block(["mon", "tue"], "09:00", "17:00", 30)
    qtbot.wait(50)
    w.grab().save("/tmp/estimates_fr_1280x720.png")
    inner = ed.scroll.widget()
    inner.grab().save("/tmp/estimates_fr_1280x720_whole_tab.png")  # the tab scrolled through
    assert inner.width() <= ed.scroll.viewport().width()  # nothing cut off on the right
    fields = [ed.list, ed.basis, ed.evidence, ed.from_edit, ed.to_edit, ed.holidays, ed.full_time,
              ed.pattern, ed.add_block_btn, ed.remove_block_btn, ed.regime_btn, ed.apply_btn, ed.compare,
              *ed.month_buttons.values()]
    for f in fields:  # every field at least as tall as it needs, none squashed to a few pixels
        assert f.height() >= f.minimumSizeHint().height(), f.objectName()
    for i, a in enumerate(fields):  # and none drawn over another
        for b in fields[i + 1:]:
            assert not _overlap(a, b, inner), (a.objectName(), b.objectName())
    # the pattern grid shows its time columns whole: "00:00" is readable
    head = ed.pattern.horizontalHeader()
    assert head.sectionSize(7) >= ed.pattern.fontMetrics().horizontalAdvance("00:00")
    assert ed.pattern.columnViewportPosition(9) + 20 <= ed.pattern.viewport().width()
    # in French
    assert ed.add_btn.text() == "Nouvelle estimation"
    assert ed.apply_btn.text() == "Appliquer l'estimation"
    assert w.worker_editor.tabs.tabText(w.worker_editor.tabs.indexOf(ed)) == "&Estimations"


def test_interface_language_follows_the_system_when_none_is_saved() -> None:
    # the trial's machine: LANGUAGE=fr LANG=fr_BE.UTF-8
    assert system_language({"LANGUAGE": "fr", "LANG": "fr_BE.UTF-8"}) == "fr"
    assert system_language({"LANG": "nl_BE.UTF-8"}) == "nl"
    assert system_language({"LANGUAGE": "es:de", "LANG": "es_ES.UTF-8"}) == "de"  # first we have
    assert system_language({"LANG": "C.UTF-8"}) == "en"
    assert system_language({"LANG": "es_ES.UTF-8"}) == "en"


def test_first_start_in_french_on_a_french_system(qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    from ui import app
    from ui.i18n import current_language

    monkeypatch.setattr(app, "system_language", lambda: system_language(
        {"LANGUAGE": "fr", "LANG": "fr_BE.UTF-8"}))
    assert os.environ is not None
    w = make_window()
    assert current_language() == "fr"
    assert w.menuBar().actions()[0].text() == "&Fichier"
