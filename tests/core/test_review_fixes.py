"""Defects found in review, each pinned by a test."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.core.factories import case, worker
from wage_remedy.case.store import parse_case_data
from wage_remedy.cli import main
from wage_remedy.compute.backpay import inputs_digest
from wage_remedy.documents.payment import epc_payload


def _case_file(tmp_path: Path, data: dict) -> Path:
    p = tmp_path / "c.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_comma_csv_with_decimal_commas_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    c = _case_file(tmp_path, case([worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"}])]))
    f = tmp_path / "p.csv"
    f.write_text("Date,Method,Amount\n31/03/2025,cash,1200,50\n", encoding="utf-8")
    before = c.read_bytes()
    assert main(["import", str(c), str(f), "--worker", "w1"]) == 2
    out = capsys.readouterr()
    assert "row 2" in out.out + out.err and "decimal comma" in out.out + out.err
    assert c.read_bytes() == before


def test_unbalanced_quote_fails_the_whole_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    c = _case_file(tmp_path, case([worker("w1")]))
    f = tmp_path / "q.csv"
    f.write_text('Date;Start;End\n05/03/2025;08:00;16:00\n"06/03/2025;08:00;16:00\n07/03/2025;08:00;16:00\n',
                 encoding="utf-8")
    before = c.read_bytes()
    assert main(["import", str(c), str(f), "--worker", "w1"]) == 2
    assert "cannot read the CSV" in capsys.readouterr().err
    assert c.read_bytes() == before


def test_xlsx_day_fractions_with_midnight_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    c = _case_file(tmp_path, case([worker("w1")]))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Date", "Start", "End"])
    ws.append([45658, 16 / 24, 1])        # 2025-01-01 16:00-24:00
    ws.append([45659, 22 / 24, 0.25])     # 2025-01-02 22:00-06:00
    f = tmp_path / "x.xlsx"
    wb.save(f)
    assert main(["import", str(c), str(f), "--worker", "w1"]) == 0, capsys.readouterr().err
    shifts = json.loads(c.read_text(encoding="utf-8"))["workers"][0]["shifts"]
    assert [(s["start"], s["end"]) for s in shifts] == [("16:00", "24:00"), ("22:00", "06:00")]


def test_epc_name_on_one_line() -> None:
    payload = epc_payload(name="Jan\nPeeters", iban="BE71096123456769", amount=__import__("decimal").Decimal("10.00"),
                          text="+++090/9337/55493+++")
    assert payload.split("\n")[5] == "Jan Peeters" and payload.split("\n")[6] == "BE71096123456769"
    with pytest.raises(ValueError, match="name is empty"):
        epc_payload(name=" \n ", iban="BE71096123456769", amount=__import__("decimal").Decimal("1.00"), text="x")


def test_claims_do_not_change_the_inputs_digest() -> None:
    data = case([worker("w1")])
    base = inputs_digest(parse_case_data(data))
    data["claims"] = [{"worker": "w1", "by": "union", "date": "2025-07-01",
                       "periods": [{"period": "2025-03", "unpaid": "10.00"}]}]
    assert inputs_digest(parse_case_data(data)) == base


def test_export_target_must_be_xlsx_csv_or_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    c = _case_file(tmp_path, case([worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"}])]))
    assert main(["compute", str(c), "--export", str(tmp_path / "r.json")]) == 2
    assert "not '.json'" in capsys.readouterr().err and not (tmp_path / "r.json").exists()
    existing = tmp_path / "afile"
    existing.write_text("x", encoding="utf-8")
    assert main(["compute", str(c), "--export", str(existing)]) == 2


def test_export_keeps_formula_like_names_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"}])
    w["name"] = "=1+1"
    c = _case_file(tmp_path, case([w]))
    out = tmp_path / "r.xlsx"
    assert main(["compute", str(c), "--export", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    cells = [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row if cell.value == "=1+1"]
    assert cells and all(cell.data_type == "s" for cell in cells)
