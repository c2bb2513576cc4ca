"""The claims panel: claimed vs computed per period with causes, editing claims, what-if.

Figures by hand (rates/be/pc-302.yaml 2025-01-01, category II year 0 = 14.8839 €/h; category
III year 0 = 14.9700 €/h; legal interest 4.5 % in 2025). Monday 3 to Friday 7 March 2025,
08:00-18:00 = 50 h: 40 h normal = 595.36, 10 h overtime +50 % = 223.26; due 818.62; cash paid
500.00, unpaid 318.62.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.core.factories import case, worker  # noqa: E402
from wage_remedy.case.model import CaseFile  # noqa: E402
from wage_remedy.case.store import dump_case, parse_case_data  # noqa: E402
from wage_remedy.law.catalogue import Catalogue  # noqa: E402
from wage_remedy_ui.widgets.claims_panel import ClaimsPanel  # noqa: E402


def _case() -> CaseFile:
    shifts = [{"date": f"2025-03-{3 + i:02d}", "start": "08:00", "end": "18:00", "break_minutes": 0}
              for i in range(5)]
    w1 = worker("w1", start="2025-01-01", sector="be/pc-302", category="II", shifts=shifts,
                payments=[{"date": "2025-03-31", "amount": "500.00", "for": "2025-03", "method": "cash"}])
    w2 = worker("w2", start="2025-01-01", sector="be/pc-302", category="II", shifts=shifts)
    data = case([w1, w2])
    data["claims"] = [{"worker": "w1", "by": "ACV-CSC", "date": "2025-06-30",
                       "periods": [{"period": "2025-03", "due": "744.20", "unpaid": "318.62"}]}]
    return parse_case_data(data)


def _row(table: Any, r: int) -> list[str]:
    return [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]


@pytest.fixture
def panel(qtbot: Any, rates: Catalogue, dialogs: Any) -> ClaimsPanel:
    p = ClaimsPanel()
    qtbot.addWidget(p)
    p.set_case(_case(), rates)
    p.show()
    return p


def test_panel_shows_claimed_computed_difference_and_cause(panel: ClaimsPanel) -> None:
    assert panel.current_worker() == "w1"
    assert panel.claim.count() == 1
    assert panel.by.text() == "ACV-CSC"
    assert _row(panel.periods, 0) == ["2025-03", "744.20", "", "318.62"]
    due = _row(panel.compare, 0)
    assert due[:5] == ["March 2025", "due", "744.20", "818.62", "-74.42"]
    assert "Overtime premium not counted" in due[5]
    unpaid = _row(panel.compare, 1)
    assert unpaid[:5] == ["March 2025", "unpaid", "318.62", "318.62", "0.00"]
    assert "agrees to the cent" in unpaid[5]
    assert "1 of 2" in panel.summary.text()
    panel.set_worker("w2")  # no claim for the second worker
    assert panel.claim.count() == 0 and panel.compare.rowCount() == 0


def test_editing_a_claimed_amount_emits_the_new_case(qtbot: Any, panel: ClaimsPanel) -> None:
    original = dump_case(panel._case)  # type: ignore[arg-type]
    with qtbot.waitSignal(panel.caseEdited, timeout=5000) as blocker:
        panel.periods.item(0, 1).setText("818,62")  # a comma is accepted as the decimal mark
    new = blocker.args[0]
    assert isinstance(new, CaseFile)
    assert new.claims[0].periods[0].due == Decimal("818.62")  # type: ignore[index]
    assert _row(panel.compare, 0)[:5] == ["March 2025", "due", "818.62", "818.62", "0.00"]
    assert "2 of 2" in panel.summary.text()
    assert "818.62" not in original  # the case given to the panel was not changed in place


def test_invalid_amount_is_refused_and_not_emitted(qtbot: Any, panel: ClaimsPanel) -> None:
    emitted: list[Any] = []
    panel.caseEdited.connect(emitted.append)
    panel.periods.item(0, 1).setText("12,5.0")
    assert emitted == []
    assert "row 1" in panel.error.text()
    assert panel.periods.item(0, 1).toolTip() != ""


def test_add_claim_and_period(qtbot: Any, panel: ClaimsPanel) -> None:
    with qtbot.waitSignal(panel.caseEdited, timeout=5000) as blocker:
        qtbot.mouseClick(panel.new_periods, Qt.MouseButton.LeftButton)
    assert len(blocker.args[0].claims) == 2
    assert panel.claim.count() == 2 and panel.current_claim_index() == 1
    qtbot.mouseClick(panel.add_period, Qt.MouseButton.LeftButton)
    assert panel.periods.item(0, 0).text() == "2025-03"  # the worker's first computed period
    with qtbot.waitSignal(panel.caseEdited, timeout=5000) as blocker:
        panel.periods.item(0, 3).setText("818.62")  # ignores the 500.00 cash payment
    assert blocker.args[0].claims[1].periods[0].unpaid == Decimal("818.62")
    row = _row(panel.compare, 0)
    assert row[:5] == ["March 2025", "unpaid", "818.62", "318.62", "+500.00"]
    assert "A payment not counted" in row[5]


def test_what_if_at_a_later_date_changes_the_interest(qtbot: Any, panel: ClaimsPanel) -> None:
    panel.tabs.setCurrentIndex(1)
    panel.wi_as_of.setText("30/09/2025")
    qtbot.mouseClick(panel.wi_run, Qt.MouseButton.LeftButton)
    assert panel.wi_error.text() == ""
    row = _row(panel.wi_table, 0)
    # Due Friday 4 April; interest on 318.62 at 4.5 %: to 30 June 87 days = 3.4175 -> 3.42;
    # to 30 September 179 days = 7.0315 -> 7.03.
    assert row == ["March 2025", "818.62", "818.62", "318.62", "318.62", "3.42", "7.03", "+3.61"]
    i = panel.wi_category.findData("III")
    panel.wi_category.setCurrentIndex(i)
    panel.wi_as_of.setText("")
    qtbot.mouseClick(panel.wi_run, Qt.MouseButton.LeftButton)
    row = _row(panel.wi_table, 0)
    # category III: 40 x 14.97 = 598.80 and 10 x 14.97 x 1.5 = 224.55: due 823.35, unpaid 323.35
    assert row[1:5] == ["818.62", "823.35", "318.62", "323.35"]
    panel.wi_rate.setText("abc")
    qtbot.mouseClick(panel.wi_run, Qt.MouseButton.LeftButton)
    assert panel.wi_error.text() != "" and panel.wi_table.rowCount() == 0


def test_causes_follow_the_interface_language(qtbot: Any, rates: Catalogue, dialogs: Any) -> None:
    from wage_remedy_ui.i18n import install_language
    install_language("fr")
    p = ClaimsPanel()
    qtbot.addWidget(p)
    p.set_case(_case(), rates)
    row = _row(p.compare, 0)
    assert row[2:5] == ["744,20", "818,62", "-74,42"]
    assert "Sursalaire pour heures supplémentaires non compté : 74,42" in row[5]
