"""Fits a laptop and helps a new user: minimum size, remembered window and splitter, a toolbar
that does not move, the busy marker, accessible names, F1 opens the manual."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QToolBar,
    QWidget,
)
from test_editing import small_case
from ui_helpers import type_into, wait_result

from wage_remedy_ui.dialogs.manual import MANUAL, ManualDialog


def test_f1_opens_the_manual_in_the_interface_language(qtbot: Any, make_window: Any) -> None:
    w = make_window()
    assert QKeySequence("F1") in w.act_manual.shortcuts()
    w.act_manual.trigger()  # what F1 does (a key press needs the window active: not reliable offscreen)
    dlg = w._manual
    assert isinstance(dlg, ManualDialog) and dlg.isVisible()
    text = dlg.text.toPlainText()
    assert "Payment order" in text and "Cash receipt" in text and "Doing a case" in text
    dlg.close()
    w.set_language("fr")
    try:
        assert "Ordre de paiement" in w.show_manual().text.toPlainText()
    finally:
        w.set_language("en")
    assert set(MANUAL) == {"en", "fr", "nl", "de"}


def test_toolbar_keeps_its_labels_while_the_undo_text_changes(qtbot: Any, make_window: Any,
                                                              tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    tb = w.findChild(QToolBar, "mainToolbar")
    texts = [a.text() for a in tb.actions()]
    type_into(w.case_page.fields["employer.name"], "A much longer employer name BV")
    assert w.act_undo.text() != "&Undo"  # the menu says what is undone
    assert [a.text() for a in tb.actions()] == texts  # the toolbar does not shift
    assert "employer" in w.tb_undo.toolTip().lower()


def test_window_and_splitter_sizes_are_remembered(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    assert w.minimumWidth() >= 1000 and w.minimumHeight() >= 600
    w.resize(1366, 700)
    w.show_page("worker", "w1")
    split = w.worker_editor.split
    total = sum(split.sizes())
    split.setSizes([400, total - 400])
    split.splitterMoved.emit(400, 1)  # as a drag does
    w.doc.undo_stack.setClean()
    w.close()
    w2 = make_window(small_case(tmp_path))
    # the offscreen screen is 800×800: a first start would take its free height less the title
    # bar (800 - 48 = 752); the remembered 700 is restored instead
    assert w2.height() == 700
    w2.show_page("worker", "w1")
    left, _right = w2.worker_editor.split.sizes()
    assert abs(left - 400) <= 12  # not the 45 % a first start gives


def test_every_field_and_table_has_an_accessible_name(qtbot: Any, make_window: Any,
                                                      tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    for page in ("case", "worker"):
        w.show_page(page, "w1" if page == "worker" else None)
        root: QWidget = w.worker_editor if page == "worker" else w.case_page
        unnamed = []
        for widget in root.findChildren(QWidget):
            if not widget.isVisibleTo(root):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox) \
                    or isinstance(widget, QHeaderView):
                continue
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractItemView)) and not widget.accessibleName():
                unnamed.append(widget.objectName() or type(widget).__name__)
            if isinstance(widget, QCheckBox) and not (widget.accessibleName() or widget.text()):
                unnamed.append(widget.objectName())
        assert not unnamed, (page, unnamed)
    assert w.worker_editor.birth.accessibleName() == "Birth date"
    assert w.worker_editor.shifts_view.accessibleName() == "Shifts"


def test_a_slow_recompute_greys_the_figures_being_refreshed(qtbot: Any, make_window: Any,
                                                           tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    w.runner.request = lambda *a, **k: None  # type: ignore[method-assign]  # a recompute that never ends
    w.doc.modify("edit", lambda d: d["workers"][0]["shifts"].pop())
    qtbot.waitUntil(lambda: bool(w.worker_editor.result.property("busy")), timeout=3000)
    assert w.nav_totals.property("busy") and w.worker_editor.result.graphicsEffect() is not None
    w.show_busy(False)
    assert not w.worker_editor.result.property("busy") and w.worker_editor.result.graphicsEffect() is None


def test_case_overview_and_what_if_are_charted(qtbot: Any, make_window: Any, rates: Any) -> None:
    from wage_remedy_ui.widgets.claims_panel import ClaimsPanel
    w = make_window()
    w.open_demo()
    wait_result(qtbot, w)
    chart = w.case_page.chart
    assert [name for name, _d, _p in chart.periods] == [
        wr.name.split(" ")[0] for wr in w.result.workers]
    assert [(d, p) for _n, d, p in chart.periods] == [(wr.due, wr.paid) for wr in w.result.workers]
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.set_case(w._current_case, rates)
    panel.wi_rate.setText("20")  # an agreed rate of 20 €/h: more is owed
    panel.run_what_if()
    rep = panel.whatif_report
    assert rep is not None and panel.wi_chart.periods
    assert all(after > before for _p, before, after in panel.wi_chart.periods)


def test_undo_labels_follow_a_language_switch(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(small_case(tmp_path))
    w.add_worker()  # "Add worker" on the undo stack
    assert w.act_undo.text() == "&Undo Add worker"
    w.set_language("fr")
    try:
        assert w.doc.undo_stack.undoText() == "Ajouter un travailleur"
        assert "Ajouter un travailleur" in w.act_undo.text()
        w.set_language("de")
        assert w.doc.undo_stack.undoText() == "Arbeitnehmer hinzufügen"
    finally:
        w.set_language("en")
    assert w.doc.undo_stack.undoText() == "Add worker"
