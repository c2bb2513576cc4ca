"""Issue 18, imports: hostile CSV and XLSX files are refused cleanly (exit 2, a located, short
message), before any reader allocates for them; the case file is never changed."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.core.factories import case, worker
from wage_remedy.cli import main
from wage_remedy.importing import read as import_read
from wage_remedy.importing.parse import CellError, parse_amount
from wage_remedy.importing.read import ImportFileError, read_tables


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    p = tmp_path / "case.json"
    p.write_text(json.dumps(case([worker("w1", start="2025-01-01")])), encoding="utf-8")
    return p


def _refused(case_file: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = case_file.read_bytes()
    rc = main(["import", str(case_file), str(source), "--worker", "w1"])
    err = capsys.readouterr().err
    assert rc == 2, err
    assert case_file.read_bytes() == before  # nothing imported
    assert len(err) < 2000  # a short message, not the offending value echoed
    return err


def _xlsx_with_cell_at(path: Path, ref: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["B1"], ws["A2"], ws["B2"] = "date", "hours", "2025-01-02", "8"
    ws[ref] = 1
    wb.save(path)
    return path


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
def test_cell_at_xfd1048576_refused_before_the_reader(tmp_path: Path, case_file: Path, reader: str,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # The reproducer: a ~5 KB workbook with one cell at the last row and column aborted the
    # process in calamine (SIGABRT). It must be refused before calamine or openpyxl sees it.
    monkeypatch.setattr(import_read, "USE_CALAMINE", reader == "calamine")
    src = _xlsx_with_cell_at(tmp_path / "bomb.xlsx", "XFD1048576")
    assert src.stat().st_size < 10_000
    err = _refused(case_file, src, capsys)
    assert "bomb.xlsx" in err and "1,048,576 rows" in err


def test_wide_sheet_refused(tmp_path: Path) -> None:
    src = _xlsx_with_cell_at(tmp_path / "wide.xlsx", "XFD2")  # column 16,384 on row 2
    with pytest.raises(ImportFileError, match="16,384 columns"):
        read_tables(src)


def test_declared_dimension_too_large_is_read_by_openpyxl(tmp_path: Path) -> None:
    # A workbook whose <dimension> claims the whole sheet but whose cells are few: calamine would
    # allocate the claimed area, so openpyxl reads it (and gets the two real rows).
    src = _xlsx_with_cell_at(tmp_path / "dim.xlsx", "C3")
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'ref="A1:C3"', b'ref="A1:XFD1048576"')
    assert parts["xl/worksheets/sheet1.xml"] != sheet
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    tables = read_tables(src)
    assert [len(t.rows) for t in tables] == [3]


def test_zip_bomb_refused_in_bounded_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A shared-strings part that unpacks to more than the bound: refused while streaming it.
    monkeypatch.setattr(import_read, "MAX_XLSX_MEMBER_BYTES", 4 * 2**20)
    src = _xlsx_with_cell_at(tmp_path / "zb.xlsx", "B3")
    with zipfile.ZipFile(src, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/bomb.xml", b"<a>" + b" " * (6 * 2**20) + b"</a>")
    assert src.stat().st_size < 100_000
    with pytest.raises(ImportFileError, match="unpacks to more than 4 MB"):
        read_tables(src)


def test_xml_entities_refused(tmp_path: Path) -> None:
    src = _xlsx_with_cell_at(tmp_path / "ent.xlsx", "B3")
    with zipfile.ZipFile(src, "a") as z:
        z.writestr("xl/laughs.xml", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    with pytest.raises(ImportFileError, match="entities"):
        read_tables(src)


def test_damaged_zip_refused(tmp_path: Path, case_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _xlsx_with_cell_at(tmp_path / "good.xlsx", "B3")
    bad = tmp_path / "damaged.xlsx"
    bad.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])  # cut in the middle
    assert "damaged" in _refused(case_file, bad, capsys)
    flipped = bytearray(good.read_bytes())
    flipped[200:260] = b"\x00" * 60  # a damaged compressed part
    bad.write_bytes(bytes(flipped))
    assert "damaged.xlsx" in _refused(case_file, bad, capsys)


def test_sep_line_with_unknown_delimiter(tmp_path: Path, case_file: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "sep.csv"
    src.write_text("sep=x\ndate;hours\n2025-01-02;8\n", encoding="utf-8")
    err = _refused(case_file, src, capsys)
    assert "sep.csv" in err and "row 1: the first line" in err and "'x'" in err


def test_sep_line_semicolon_still_read(tmp_path: Path) -> None:
    src = tmp_path / "sep.csv"
    src.write_text("sep=;\ndate;hours\n2025-01-02;8\n", encoding="utf-8")
    (t,) = read_tables(src)
    assert [r for _n, r in t.rows] == [("date", "hours"), ("2025-01-02", "8")]


def test_forty_digit_amount_refused(tmp_path: Path, case_file: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "amt.csv"
    src.write_text("date;amount\n2025-01-31;" + "9" * 40 + "\n", encoding="utf-8")
    err = _refused(case_file, src, capsys) + capsys.readouterr().out
    with pytest.raises(CellError, match="more than 18 digits"):
        parse_amount("9" * 40)
    with pytest.raises(CellError, match="too large"):
        parse_amount("1000000000000.00")  # 10^12: the case file's bound
    assert parse_amount("999999999999.99") == parse_amount("999999999999,99", "comma")
    assert len(err) < 4000


def test_131_kb_field_refused_and_cut(tmp_path: Path, case_file: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "field.csv"
    src.write_text("date;amount;note\n2025-01-31;10.00;" + "x" * 131_000 + "\n", encoding="utf-8")
    err = _refused(case_file, src, capsys)
    assert "row 2, column 3" in err and "131,000 characters" in err


def test_oversized_csv_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_read, "MAX_FILE_BYTES", 1000)
    src = tmp_path / "big.csv"
    src.write_text("date;hours\n" + "2025-01-02;8\n" * 100, encoding="utf-8")  # 11 + 13 x 100 bytes
    with pytest.raises(ImportFileError, match="1,311 bytes"):
        read_tables(src)


def test_overlong_cell_reference_refused_before_calamine(tmp_path: Path) -> None:
    # Found by the fuzz test: a reference of 52 digits made calamine allocate 687 GB and abort.
    src = _xlsx_with_cell_at(tmp_path / "ref.xlsx", "B3")
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b'r="B3"', b'r="C' + b"9" * 51 + b'"')
    with zipfile.ZipFile(src, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    with pytest.raises(ImportFileError, match="damaged: sheet1.xml has the cell or row reference"):
        read_tables(src)


def test_cell_messages_show_dates_as_yyyy_mm_dd() -> None:
    import datetime as dt

    from wage_remedy.importing.parse import parse_time
    with pytest.raises(CellError) as err:
        parse_amount(dt.datetime(2025, 3, 1))  # a date cell in the amount column
    assert "'2025-03-01 00:00' is not a number" in str(err.value) and "datetime" not in str(err.value)
    with pytest.raises(CellError) as err:
        parse_time(dt.date(2025, 3, 1))
    assert "'2025-03-01'" in str(err.value) and "datetime" not in str(err.value)
