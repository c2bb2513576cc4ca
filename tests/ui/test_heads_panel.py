"""The app shows the heads of claim of a worker: who owes what, and what the employer must pay now."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from ui_helpers import wait_result


def heads_case(tmp_path: Path) -> Path:
    """A blue-collar worker, agreed 20.00/h, 50 h in March 2025, nothing paid, as of 31 July 2026:
    wages 1,000.00 (employer, due 4 April 2025) and holiday pay through the fund
    1,000.00 x 1.08 x 15.38 % = 166.104 -> 166.10 (due 30 June 2026)."""
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "TSW-HEADS", "jurisdiction": "BE",
        "as_of": "2026-07-31", "employer": {"name": "Heads BV"},
        "inspection": {"date": "2026-07-31", "place": "Gent", "inspector": "X"},
        "workers": [{"id": "w1", "name": "Ana", "birth_date": "1980-01-01", "language": "fr",
                     "employment": {"start": "2025-01-01", "agreed_hourly_rate": "20.00",
                                    "status": "blue_collar"},
                     "hours": [{"from": "2025-03-01", "to": "2025-03-31", "hours": "50"}]}],
    }
    path = tmp_path / "heads.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_worker_page_shows_the_fund_head_apart(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(heads_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    panel = w.worker_editor.result
    table = panel.heads
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert "166" in cells[4] and "10" in cells[4]  # 166.10 in the locale's format
    assert cells[1] == panel.debtor_words("fund")
    # the summary: the employer must pay the wages and their interest, the fund's amount apart
    text = panel.summary.text()
    assert "166" in text
    payable = panel._as_of_payable(w.result.worker("w1"))
    assert payable == w.result.worker("w1").total  # wages + interest only: the fund's 166.10 is not in it


def test_case_page_shows_heads_by_debtor(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    # the same case: the fund owes 166.10 once the wages are declared; no court amount (BE)
    w = make_window(heads_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("case")
    text = w.case_page.totals.text()
    assert "Heads of claim" in text and "166" in text


def test_entering_status_end_and_reason_shows_exit_holiday_pay(qtbot: Any, make_window: Any,
                                                                tmp_path: Path) -> None:
    # The same worker made white-collar, the contract ended on 31 March 2025 by resignation:
    # exit holiday pay 15.34 % x the 2025 arrears 1,000.00 = 153.40, owed by the employer and
    # due on 31 March 2025; no holiday pay through the fund any more.
    from ui_helpers import type_into
    w = make_window(heads_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    ed = w.worker_editor
    ed.status.setCurrentIndex(ed.status.findData("white_collar"))
    ed.status.activated.emit(ed.status.currentIndex())
    type_into(ed.end, "31/03/2025")
    ed.end_reason.setCurrentIndex(ed.end_reason.findData("resignation"))
    ed.end_reason.activated.emit(ed.end_reason.currentIndex())
    wait_result(qtbot, w)
    emp = w.doc.worker("w1")["employment"]
    assert (emp["status"], emp["end"], emp["end_reason"]) == ("white_collar", "2025-03-31", "resignation")
    heads = [h for h in w.result.worker("w1").heads if h.head != "wages"]
    assert [(h.head, h.due) for h in heads] == [("exit_holiday_pay_be", Decimal("153.40"))]
    table = ed.result.heads
    assert table.rowCount() == 1 and "153" in table.item(0, 4).text()


def test_a_payment_can_pay_a_head(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    # White-collar leaver (ended 31 March 2025, resignation), 1,000.00 wage arrears in March:
    # exit holiday pay 15.34 % x 1,000.00 = 153.40. A payment of 53.40 first counts as wages
    # (arrears 946.60 -> exit pay 15.34 % x 946.60 = 145.2084 -> 145.21); marked as paying the exit
    # holiday pay in the payments table it leaves the wages at 1,000.00 and the exit pay
    # 153.40 - 53.40 = 100.00 unpaid.
    data = json.loads(heads_case(tmp_path).read_text(encoding="utf-8"))
    data["workers"][0]["employment"].update(status="white_collar", end="2025-03-31", end_reason="resignation")
    data["workers"][0]["payments"] = [{"date": "2025-04-10", "amount": "53.40", "for": "2025-03",
                                        "method": "cash"}]
    path = tmp_path / "pay.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    w = make_window(path)
    wait_result(qtbot, w)
    exit_pay = [h for h in w.result.worker("w1").heads if h.head == "exit_holiday_pay_be"]
    assert exit_pay[0].due == Decimal("145.21")
    w.show_page("worker", "w1")
    model = w.worker_editor.payments_model
    col = [c.key for c in model.columns].index("head")
    assert model.setData(model.index(0, col), "exit_holiday_pay_be")
    wait_result(qtbot, w)
    assert w.doc.worker("w1")["payments"][0]["head"] == "exit_holiday_pay_be"
    wr = w.result.worker("w1")
    (h,) = [h for h in wr.heads if h.head == "exit_holiday_pay_be"]
    assert (h.due, h.paid, h.unpaid) == (Decimal("153.40"), Decimal("53.40"), Decimal("100.00"))
    assert wr.unpaid == Decimal("1000.00")
