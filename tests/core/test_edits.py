"""Typed edit operations (wage_remedy.api): what the app changes in a case, as values."""

from __future__ import annotations

from typing import Any

import pytest

from wage_remedy.api import (
    AddWorker,
    DeleteRows,
    InsertRows,
    RemoveWorker,
    ReplaceCase,
    SetValue,
    applied,
    apply_edit,
    edit_data,
)


def _case() -> dict[str, Any]:
    return {"reference": "R-1", "workers": [
        {"id": "w1", "name": "Ana", "employment": {"sector": "be/pc-302"},
         "shifts": [{"date": "2025-03-03", "start": "09:00", "end": "17:00", "break_minutes": 30}]},
        {"id": "w2", "name": "Bo", "employment": {}, "shifts": []},
    ], "documents": [{"number": "R-1/PO-001"}]}


def test_set_value_creates_the_way_and_none_removes_the_key() -> None:
    data = _case()
    apply_edit(data, SetValue(("workers", 1, "employment", "category"), "II"))
    apply_edit(data, SetValue(("inspection", "place"), "Gent"))  # the object is created
    apply_edit(data, SetValue(("workers", 0, "employment", "sector"), None))
    assert data["workers"][1]["employment"] == {"category": "II"}
    assert data["inspection"] == {"place": "Gent"}
    assert "sector" not in data["workers"][0]["employment"]


def test_rows_are_inserted_where_asked_and_deleted_by_index() -> None:
    data = _case()
    shift = {"date": "2025-03-04", "start": "10:00", "end": "18:00", "break_minutes": 0}
    apply_edit(data, InsertRows(("workers", 0, "shifts"), (shift,), index=0))
    assert [s["date"] for s in data["workers"][0]["shifts"]] == ["2025-03-04", "2025-03-03"]
    apply_edit(data, InsertRows(("workers", 1, "payments"), ({"date": "2025-03-31", "amount": "10.00"},)))
    assert data["workers"][1]["payments"] == [{"date": "2025-03-31", "amount": "10.00"}]
    apply_edit(data, DeleteRows(("workers", 0, "shifts"), (1,)))
    assert [s["date"] for s in data["workers"][0]["shifts"]] == ["2025-03-04"]


def test_workers_are_added_and_removed_with_everything_recorded_for_them() -> None:
    data = _case()
    apply_edit(data, AddWorker({"id": "w3", "name": "Cy"}))
    apply_edit(data, RemoveWorker("w1"))
    assert [w["id"] for w in data["workers"]] == ["w2", "w3"]


def test_replacing_the_case_keeps_the_issued_documents_unless_asked() -> None:
    data = _case()
    apply_edit(data, ReplaceCase({"reference": "R-2", "workers": []}))
    assert data == {"reference": "R-2", "workers": [], "documents": [{"number": "R-1/PO-001"}]}
    apply_edit(data, ReplaceCase({"reference": "R-3"}, documents=True))
    assert data == {"reference": "R-3"}


def test_edit_data_leaves_its_input_alone_and_a_wrong_path_is_an_error() -> None:
    data = _case()
    out = edit_data(data, SetValue(("reference",), "R-9"), RemoveWorker("w2"))
    assert (out["reference"], len(out["workers"])) == ("R-9", 1)
    assert (data["reference"], len(data["workers"])) == ("R-1", 2)
    with pytest.raises(KeyError):
        apply_edit(data, DeleteRows(("workers", 0, "hours"), (0,)))
    with pytest.raises(IndexError):
        apply_edit(data, SetValue(("workers", 5, "name"), "X"))


def test_applied_leaves_the_input_alone_and_shares_what_it_did_not_touch() -> None:
    data = _case()
    out = applied(data, SetValue(("workers", 0, "shifts", 0, "end"), "18:00"),
                  InsertRows(("workers", 0, "payments"), ({"date": "2025-03-31", "amount": "5.00"},)))
    assert data["workers"][0]["shifts"][0]["end"] == "17:00"  # the input is unchanged
    assert "payments" not in data["workers"][0]
    assert out["workers"][0]["shifts"][0]["end"] == "18:00"
    assert out["workers"][0]["payments"] == [{"date": "2025-03-31", "amount": "5.00"}]
    assert out["workers"][1] is data["workers"][1]  # the other worker is the same object
    assert out["documents"] is data["documents"]
    removed = applied(data, RemoveWorker("w1"))
    assert [w["id"] for w in removed["workers"]] == ["w2"] and len(data["workers"]) == 2
