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

from wage_remedy_ui.i18n import system_language


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
    """True when ``a`` and ``b`` are drawn over each other (rectangles in ``root``'s coordinates)."""
    ra = a.rect().translated(a.mapTo(root, QPoint(0, 0)))
    rb = b.rect().translated(b.mapTo(root, QPoint(0, 0)))
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
    inner = ed.scroll_area.widget()
    inner.grab().save("/tmp/estimates_fr_1280x720_whole_tab.png")  # the tab scrolled through
    assert inner.width() <= ed.scroll_area.viewport().width()  # nothing cut off on the right
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
    from wage_remedy_ui import app
    from wage_remedy_ui.i18n import current_language

    monkeypatch.setattr(app, "system_language", lambda: system_language(
        {"LANGUAGE": "fr", "LANG": "fr_BE.UTF-8"}))
    assert os.environ is not None
    w = make_window()
    assert current_language() == "fr"
    assert w.menuBar().actions()[0].text() == "&Fichier"


def _small(tmp_path: Path, **worker: Any) -> Path:
    """One PC 302 worker, Ana, in a case of 5 March 2025 (three shifts unless told)."""
    w = {"id": "w1", "name": "Ana", "birth_date": "1990-01-01", "language": "fr",
         "employment": {"start": "2025-01-01", "sector": "be/pc-302", "category": "II", "function_years": 0},
         "shifts": [{"date": d, "start": "08:00", "end": "16:30", "break_minutes": 30}
                    for d in ("2025-02-03", "2025-02-04", "2025-02-05")]}
    w.update(worker)
    data = {"format": "wage-remedy-case", "version": 1, "reference": "TSW-T", "jurisdiction": "BE",
            "as_of": "2025-03-05", "employer": {"name": "Test BV"},
            "inspection": {"date": "2025-03-05", "place": "Gent", "inspector": "X"}, "workers": [w]}
    path = tmp_path / "small.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_periods_in_words_in_the_interface_language() -> None:
    from wage_remedy_ui.i18n import fmt_period, fmt_period_range, install_language

    try:
        install_language("fr")
        assert fmt_period("2026-10") == "octobre 2026"
        assert fmt_period_range("2026-09", "2026-09") == "septembre 2026"  # not "2026-09 – 2026-09"
        assert fmt_period_range("2026-09", "2026-10") == "septembre 2026 – octobre 2026"
        install_language("nl")
        assert fmt_period("2026-10") == "oktober 2026"
        install_language("de")
        assert fmt_period("2026-03") == "März 2026"
    finally:
        install_language("en")
    assert fmt_period("2025-W10") == "week 10, 2025"


def test_a_worker_without_start_is_incomplete_not_wrong(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(_small(tmp_path))
    w.set_language("fr")
    wait_result(qtbot, w)
    wid = w.add_worker()  # as in the trial (s14): a new worker, its birth date typed, no start yet
    assert wid is not None
    w.doc.modify("birth", lambda d: d["workers"][1].__setitem__("birth_date", "1990-05-01"))
    qtbot.waitUntil(lambda: any(p.code == "start-missing" for p in w.problems), timeout=10000)
    start = next(p for p in w.problems if p.code == "start-missing")
    assert start.path == "workers[1].employment.start" and start.missing
    banner = w.problem_banner
    assert banner.kind == "info"  # a case being filled in, not an error
    name = w.doc.worker(wid)["name"]
    assert f"{name}: date de début manquante" in banner.details
    text = " ".join([banner.headline, *banner.details])
    for internal in ("employment.start", "presumption_be_2013", "presumption_nl_wav23", "required"):
        assert internal not in text
    assert w.worker_editor.start.toolTip() == "date de début manquante"  # at the field itself


def test_overpayment_warning_in_french_with_the_month_in_words(qtbot: Any, make_window: Any,
                                                               tmp_path: Path) -> None:
    w = make_window(_small(tmp_path, payments=[{"date": "2025-02-28", "amount": "5000.00", "for": "2025-02",
                                                  "method": "bank"}]))
    w.set_language("fr")
    wait_result(qtbot, w)
    over = next(x for x in w.result.warnings if x.code == "overpaid")
    from decimal import Decimal

    from wage_remedy_ui.i18n import fmt_money
    amount = fmt_money(Decimal(over.param("amount") or "0"))
    assert "," in amount  # French decimals
    expected = f"Ana : février 2025, payé {amount} de plus que le dû ; non compensé avec d'autres périodes"
    assert expected in w.warning_banner.details
    assert not any("2025-02" in d or "more than due" in d for d in w.warning_banner.details)
    w.show_page("worker", "w1")
    panel = w.worker_editor.result
    assert panel.periods.item(0, 0).text() == "février 2025"  # not "2025-02" (trial s20)
    assert [name for name, _due, _paid in panel.chart.periods] == ["févr. 2025"]


def test_owed_nothing_is_said_as_information_with_name_and_date(qtbot: Any, make_window: Any, dialogs: Any,
                                                                tmp_path: Path, monkeypatch: Any) -> None:
    from wage_remedy_ui import background
    from wage_remedy_ui.widgets import documents_panel
    from wage_remedy_ui.widgets.documents_panel import documents_available

    # no progress dialog (on a loaded test machine it can show, and be closed, mid-issue)
    monkeypatch.setattr(documents_panel, "run_and_wait",
                        lambda fn, **kw: background.run_and_wait(fn, **{**kw, "delay_ms": 600_000}))

    if not documents_available():
        import pytest
        pytest.skip("wage_remedy.documents.issue is not installed")
    w = make_window(_small(tmp_path, shifts=[]))  # no work recorded: nothing owed
    w.set_language("fr")
    wait_result(qtbot, w)
    w.act_docs.trigger()
    panel = w.documents_panel
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning") == []  # not a failure
    said = dialogs.texts("information")
    assert said == ["Documents: Rien n'est dû à Ana au 05/03/2025 : document « Ordre de paiement » non émis."]
    wait_result(qtbot, w)  # the recomputation after the issue is done before the window closes


def test_first_shift_row_is_not_called_a_copy(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(_small(tmp_path, shifts=[]))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    model = w.worker_editor.shifts_model
    model.add_row()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None  # no row above it
    model.add_row()
    assert "copy of the row above" in str(model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole))
    wait_result(qtbot, w)  # the recomputations of the added rows are done before the window closes


def test_claims_worker_by_name_and_rate_tables_by_title(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(_small(tmp_path))
    w.set_language("fr")
    wait_result(qtbot, w)
    w.show_page("claims")
    panel = w.claims_panel
    qtbot.waitUntil(lambda: panel is not None and panel.worker.count() == 1, timeout=5000)
    assert panel.worker.itemText(0) == "Ana"  # no "(w1)"
    versions = w.case_page.versions
    shown = [versions.item(r, 0).text() for r in range(versions.rowCount())]
    assert "CP 302 industrie hôtelière (horeca) : salaires horaires minimums" in shown
    assert not any("/" in s for s in shown)  # no "be/pc-302" ids
    wait_result(qtbot, w)


def test_file_dialog_labels_in_french(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    w = make_window()
    w.set_language("fr")
    d = QFileDialog(w)
    d.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {label.text() for label in d.findChildren(QLabel)}
    assert {"&Voir dans :", "Fichiers de &type :"} <= texts  # Qt 6's own, missing from qtbase_fr
    d.deleteLater()


def test_fines_screen_period_in_words_and_rate_table_by_title(qtbot: Any, make_window: Any,
                                                              tmp_path: Path) -> None:
    w = make_window(_small(tmp_path))  # three unpaid shifts in February 2025: one offence month
    w.set_language("fr")
    wait_result(qtbot, w)
    s = w.result.sanctions
    assert s is not None and s.offence_from == s.offence_to == "2025-02"
    text = w.sanctions_panel.text.toPlainText()
    assert "février 2025" in text and "2025-02" not in text  # not "2025-02 – 2025-02" (trial s45)
    assert s.rate_table not in text  # the table's title, not its id
