"""The importer's reasons, skips and notes are codes with parameters (issue 13): every rejected,
skipped or noted row carries them beside its English text, which stays what the command line
prints; every code the importer uses is listed in ``importing.reasons.CODES``."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tests.core.factories import case, worker
from wage_remedy.case.store import parse_case_data
from wage_remedy.errors import Problem
from wage_remedy.importing.parse import (
    CellError,
    parse_amount,
    parse_date,
    parse_period,
    parse_time,
)
from wage_remedy.importing.plan import ImportFileError, ImportPlan, plan_import
from wage_remedy.importing.reasons import CODES
from wage_remedy.law.catalogue import Catalogue

IMPORTING = Path(__file__).resolve().parents[1] / "wage_remedy" / "importing"


def _case(**w1: Any) -> Any:
    a = worker("w1", sector="be/pc-302", category="II", **w1)
    return parse_case_data(case([a, worker("w2", sector="be/pc-302", category="II")]))


def _plan(tmp_path: Path, c: Any, lines: list[str], catalogue: Catalogue, **kw: Any) -> ImportPlan:
    path = tmp_path / "f.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return plan_import(c, path, catalogue=catalogue, **kw)


def _coded(problems: list[Problem]) -> list[tuple[str, dict[str, str]]]:
    return [(p.code, dict(p.params)) for p in problems]


def _check_english(plan: ImportPlan) -> None:
    """Every reason, skip and note has a listed code; the English text is its messages joined."""
    for r in plan.rows:
        for p in [*r.reasons, *r.remarks, *([r.skip] if r.skip else [])]:
            assert p.code in CODES and p.path == "", (r.row, p)
        assert r.reason == ("; ".join(p.message for p in r.reasons) if r.reasons else None)
        assert r.skipped == (r.skip.message if r.skip else None)
        assert r.notes == [p.message for p in r.remarks]


def test_shift_rows_rejected_skipped_and_noted_carry_codes(tmp_path: Path, catalogue: Catalogue) -> None:
    c = _case(shifts=[{"date": "2025-03-10", "start": "08:00", "end": "12:00"}],
              hours=[{"from": "2025-04-01", "to": "2025-04-03", "hours": "21"}])
    plan = _plan(tmp_path, c, [
        "Worker;Date;Start;End;Break",
        "w1;31/02/2025;08:00;16:30;30",  # row 2
        "w1;05/03/2025;08:00;;30",
        "w1;07/03/2025;08:00;16:00;600",
        "w1;10/03/2025;08:00;12:00;0",  # row 5: the case's first shift again
        "w1;13/03/2025;08:00;12:00;0",
        "w1;13/03/2025;11:00;14:00;0",
        "x9;14/03/2025;08:00;12:00;0",
        "w1;02/04/2025;08:00;12:00;0",  # row 9: in the case's hours block of 1-3 April
        "w1;15/03/2025;8.30;12:00;0",
        "w1;16/03/2025;22:00;06:00;0",
        "Total;;;;",
        "w1;03/01/2023;08:00;12:00;0",  # row 13: before the employment start (2024-01-01)
    ], catalogue)
    _check_english(plan)
    got = {r.row: (_coded(r.reasons), _coded([r.skip] if r.skip else []), _coded(r.remarks))
           for r in plan.rows}
    assert got[2] == ([("no-such-day", {"column": "Date", "value": "31/02/2025", "year": "2025",
                                         "month": "2", "day": "31"})], [], [])
    assert got[3] == ([("end-missing", {})], [], [])
    assert got[4] == ([("break-too-long", {"break": "600", "start": "08:00", "end": "16:00",
                                            "length": "480"})], [], [])
    assert got[5] == ([("duplicate", {"case_kind": "shift", "index": "0", "item_date": "2025-03-10",
                                      "item_start": "08:00", "item_end": "12:00"})], [], [])
    assert got[6] == ([("overlaps", {"row": "7", "item_date": "2025-03-13", "item_start": "11:00",
                                     "item_end": "14:00"})], [], [])
    assert got[7] == ([("overlaps", {"row": "6", "item_date": "2025-03-13", "item_start": "08:00",
                                     "item_end": "12:00"})], [], [])
    assert got[8] == ([("unknown-worker", {"name": "x9", "count": "2",
                                           "workers": "w1 (Worker w1), w2 (Worker w2)"})], [], [])
    assert got[9] == ([("same-day-in-block", {"date": "2025-04-02", "case_kind": "hours", "index": "0",
                                              "item_from": "2025-04-01", "item_to": "2025-04-03"})], [], [])
    assert got[10] == ([("ambiguous-time", {"column": "Start", "value": "8.30", "hour": "8",
                                            "minutes": "30"})], [], [])
    assert got[11] == ([], [], [("next-day", {})])
    assert got[12] == ([], [("totals-row", {})], [])
    assert got[13] == ([], [], [("before-employment", {"date": "2024-01-01"})])
    # the English the command line prints is as before
    assert plan.rows[3].reason == "duplicate of a shift already in the case (2025-03-10 08:00-12:00)"
    assert plan.rows[4].reason == "overlaps f.csv, row 7 (shift 2025-03-13 11:00-14:00 break 0 min)"
    assert plan.rows[0].reason == "column 'Date': '31/02/2025' is not a date: February 2025 has no day 31"


def test_payment_hours_and_employment_rows_carry_codes(tmp_path: Path, catalogue: Catalogue) -> None:
    c = _case(shifts=[{"date": "2025-03-03", "start": "08:00", "end": "12:00"}],
              payments=[{"date": "2025-03-31", "amount": "100.00", "method": "cash"}])
    plan = _plan(tmp_path, c, [
        "Worker;Date;Amount;Period;Method",
        "w1;31/03/2025;50.00;2025-W10;cash",  # row 2: a week in a case paid by the month
        "w1;30/03/2025;60.00;2025-03;bank",
        "w1;30/03/2025;60.00;2025-03;bank",  # row 4: same as row 3
        "w1;31/03/2025;100.00;;cash",  # row 5: the case's payment again
        "w1;28/03/2025;1.234;2025-03;",  # row 6: the column writes 50.00: 1.234 euro, not cents
    ], catalogue)
    _check_english(plan)
    got = {r.row: (_coded(r.reasons), _coded(r.remarks)) for r in plan.rows}
    assert got[2] == ([("period-kind", {"period": "2025-W10", "kind": "month"})], [])
    assert got[3] == ([], [])
    assert got[4] == ([("possible-duplicate", {"row": "3", "item_date": "2025-03-30",
                                               "item_amount": "60.00"})], [])
    assert got[5] == ([("duplicate", {"case_kind": "payment", "index": "0", "item_date": "2025-03-31",
                                      "item_amount": "100.00"})], [("no-period", {})])
    assert got[6] == ([("not-whole-cents", {"column": "Amount", "value": "1.234"})], [("no-method", {})])

    hours = _plan(tmp_path, c, [
        "Worker;From date;To date;Hours",
        "w1;05/05/2025;04/05/2025;21",
        "w1;06/05/2025;;7",
    ], catalogue)
    _check_english(hours)
    assert _coded(hours.rows[0].reasons) == [("to-before-from", {"from": "2025-05-05", "to": "2025-05-04"})]
    assert _coded(hours.rows[1].reasons) == [("to-missing", {})]

    facts = _plan(tmp_path, c, [
        "Worker;Statut;End of contract;End reason",
        "w1;blue collar;;",
        "w1;white collar;;",
        "w2;;01/01/2020;dismissal",
    ], catalogue)
    _check_english(facts)
    assert _coded(facts.rows[0].reasons) == [("differs-from-row", {
        "fact": "status", "value": "blue_collar", "other_value": "white_collar", "row": "3"})]
    assert _coded(facts.rows[2].reasons) == [("contract-end-before-start", {
        "worker": "Worker w2", "end": "2020-01-01", "start": "2024-01-01"})]


def test_a_worker_column_names_other_workers(tmp_path: Path, catalogue: Catalogue) -> None:
    plan = _plan(tmp_path, _case(), [
        "Badge;Naam;Date;Start;End",
        "w1;Someone;03/03/2025;08:00;12:00",
        "zz;;03/03/2025;08:00;12:00",
        "w2;;04/03/2025;08:00;12:00",
    ], catalogue, worker="w1")
    _check_english(plan)
    assert _coded(plan.rows[0].reasons) == [("worker-name-differs", {
        "id": "w1", "case_name": "Worker w1", "row_name": "Someone"})]
    assert _coded(plan.rows[1].reasons) == [("unknown-worker-id", {
        "id": "zz", "count": "2", "workers": "w1 (Worker w1), w2 (Worker w2)"})]
    assert plan.rows[2].skip is not None
    assert _coded([plan.rows[2].skip]) == [("other-worker", {"id": "w2", "name": "Worker w2", "only": "w1"})]


def test_column_and_sheet_notes_carry_codes(tmp_path: Path, catalogue: Catalogue) -> None:
    plan = _plan(tmp_path, _case(), ["Worker;Date;Start;End;Begin", "w1;03/03/2025;08:00;12:00;09:00"],
                 catalogue)
    col = plan.sheets[0].columns[4]
    assert col.remark is not None
    assert (col.remark.code, dict(col.remark.params)) == ("also-looks-like", {"field": "start", "used": "Start"})
    assert col.note == "also looks like 'start' (column 'Start' is used)"
    wb = Workbook()
    ws = wb.active
    ws.title = "w1"
    ws.append(["Date", "Start", "End"])
    ws.append(["03/03/2025", "08:00", "12:00"])
    wb.create_sheet("Notes").append(["nothing", "here"])
    wb.save(tmp_path / "two.xlsx")
    plan = plan_import(_case(), tmp_path / "two.xlsx", catalogue=catalogue)
    assert _coded(plan.remarks) == [("sheet-no-header", {"sheet": "Notes"})]
    assert plan.notes == ["two.xlsx, sheet 'Notes': no header row found; sheet not imported"]


def test_a_file_that_cannot_be_imported_carries_codes(tmp_path: Path, catalogue: Catalogue) -> None:
    with pytest.raises(ImportFileError) as err:
        _plan(tmp_path, _case(), ["Foo;Bar", "1;2"], catalogue)
    assert [(p.path, p.code, dict(p.params)) for p in err.value.problems] == [("", "no-header", {})]
    with pytest.raises(ImportFileError) as err:
        _plan(tmp_path, _case(), ["Date;Start;End", "03/03/2025;08:00;12:00"], catalogue)
    assert [(p.code, dict(p.params)) for p in err.value.problems] == [
        ("no-worker-column", {"workers": "w1 (Worker w1), w2 (Worker w2)", "count": "2"})]
    assert str(err.value.problems[0]) == ("(file): the file has no worker column; choose the worker the rows "
                                          "are for (--worker ID; the case has w1 (Worker w1), w2 (Worker w2))")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(ImportFileError) as err:
        plan_import(_case(), tmp_path / "old.xls", catalogue=catalogue)
    assert [p.code for p in err.value.problems] == ["xls-file"]


@pytest.mark.parametrize(("call", "code", "params"), [
    (lambda: parse_date("2205-03-18"), "implausible-year", {"value": "2205-03-18", "year": "2205"}),
    (lambda: parse_date("01/13/2025"), "no-such-month", {"value": "01/13/2025", "month": "13"}),
    (lambda: parse_time("13:00 pm"), "am-pm-hour", {"value": "13:00 pm", "hour": "13"}),
    (lambda: parse_amount("-5"), "negative-amount", {"value": "-5"}),
    (lambda: parse_amount("1.234"), "ambiguous-number", {"value": "1.234", "thousands": "1234",
                                                         "decimals": "1.234"}),
    (lambda: parse_period("2025-W60", "month"), "not-an-iso-week", {"value": "2025-W60"}),
])
def test_a_cell_error_carries_its_code(call: Any, code: str, params: dict[str, str]) -> None:
    with pytest.raises(CellError) as err:
        call()
    assert (err.value.code, dict(err.value.params)) == (code, params)


def test_an_implausible_year_is_refused_as_such() -> None:
    # 2205 is a typing error for 2025: the message says the year, not that March has no 18th
    with pytest.raises(CellError, match=r"'18/03/2205' gives the year 2205, which is not plausible"):
        parse_date("18/03/2205")
    # year 0 cannot even be a date: the same message, not "March 0 has no day 18"
    with pytest.raises(CellError, match=r"'18/03/0000' gives the year 0, which is not plausible"):
        parse_date("18/03/0000")


def _codes_in_source() -> set[str]:
    """The literal codes the importer passes to ``reason(code, ...)``, ``CellError(msg, code)``,
    ``file_problem(where, code, ...)`` and ``_fail(..., code=...)``."""
    found: set[str] = set()
    for path in IMPORTING.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            at = {"reason": 0, "CellError": 1, "file_problem": 1}.get(node.func.id)
            args = node.args[at:at + 1] if at is not None else []
            args += [k.value for k in node.keywords if node.func.id == "_fail" and k.arg == "code"]
            found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_code_the_importer_uses_is_listed_and_every_listed_code_is_used() -> None:
    used = _codes_in_source()
    assert used - set(CODES) == set()
    assert set(CODES) - used == set()
    assert len(used) > 100
