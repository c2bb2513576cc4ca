"""Review of the trial-4 entry keys: sorting a case whose papers are issued would change what
they verify against (the row order is in the inputs digest), and a payment of another head of
claim gets no 'by its date' period hint (it counts for its head, not a pay period)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from test_trial4_entry import WEEK, case, open_worker, shift

from wage_remedy.api import inputs_digest, parse_case_data


def test_no_sort_once_documents_are_issued(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    path = case(tmp_path, [shift("2025-03-04"), shift("2025-03-03")])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["documents"] = [{"number": "TSW-PO-001", "kind": "payment-order", "language": "fr",
                          "worker": "w1", "issued_at": "2025-04-30T10:00:00+02:00",
                          "as_of": data["as_of"], "digest": "0" * 64, "verification": "X"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    w = open_worker(make_window, path)
    digest = inputs_digest(parse_case_data(w.doc.data))
    steps = w.doc.undo_stack.count()
    w.worker_editor.sort_by_date()
    assert [s["date"] for s in w.doc.worker("w1")["shifts"]] == ["2025-03-04", "2025-03-03"]
    assert w.doc.undo_stack.count() == steps
    assert "Not sorted" in w.statusBar().currentMessage()
    assert inputs_digest(parse_case_data(w.doc.data)) == digest


def test_a_payment_of_another_head_has_no_period_hint(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = open_worker(make_window, case(tmp_path, WEEK, [
        {"date": "2025-04-04", "amount": "300.00", "method": "cash", "head": "year_end_premium"},
        {"date": "2025-04-04", "amount": "100.00", "method": "cash"}]))
    model = w.worker_editor.payments_model
    assert model.index(0, 2).data() == ""
    assert model.index(1, 2).data() == "(April 2025, by its date)"


def test_add_shift_goes_past_the_days_of_an_hours_block(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    """Last shift Sunday 02/03/2025, an hours block Monday 03/03 to Friday 07/03: the next shift
    goes on Saturday 08/03, not on a day the block covers (a shift and a block on one day are
    refused)."""
    path = case(tmp_path, [shift("2025-03-02")])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["workers"][0]["hours"] = [{"from": "2025-03-03", "to": "2025-03-07", "hours": "40"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    w = open_worker(make_window, path)
    w.worker_editor.add_shift()
    assert [s["date"] for s in w.doc.worker("w1")["shifts"]] == ["2025-03-02", "2025-03-08"]
