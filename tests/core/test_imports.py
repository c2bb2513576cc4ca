"""Import of shifts, hours and payments from CSV/XLSX (issue 8): real-looking files built here,
every figure worked out by hand in the test."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.core.factories import case, worker
from wage_remedy.case.model import CaseFile, HoursBlock, Payment, Shift
from wage_remedy.case.store import dump_case, load_case, parse_case_data, save_case
from wage_remedy.cli import main
from wage_remedy.importing import read as import_read
from wage_remedy.importing.parse import (
    CellError,
    parse_amount,
    parse_date,
    parse_duration,
    parse_time,
    time_style,
)
from wage_remedy.importing.plan import ImportFileError, apply_import, plan_import
from wage_remedy.law.catalogue import Catalogue


@pytest.fixture(params=["calamine", "openpyxl"])
def xlsx_reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run an XLSX test with each reader: python-calamine (when installed) and openpyxl."""
    if request.param == "calamine":
        pytest.importorskip("python_calamine")
    monkeypatch.setattr(import_read, "USE_CALAMINE", request.param == "calamine")
    return str(request.param)


def make_case(*workers: dict, **kw: object) -> CaseFile:
    return parse_case_data(case(list(workers), **kw))  # type: ignore[arg-type]


def write_csv(path: Path, lines: list[str], *, bom: bool = False, encoding: str = "utf-8") -> Path:
    data = "\r\n".join(lines) + "\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode(encoding))
    return path


def minutes(s: Shift) -> int:
    h1, m1 = map(int, s.start.split(":"))
    h2, m2 = map(int, s.end.split(":"))
    a, b = h1 * 60 + m1, h2 * 60 + m2
    return (b - a if b > a else b + 1440 - a) - s.break_minutes


# ------------------------------------------------------------------------------ badge export
def test_badge_export_5000_rows_20_workers(tmp_path: Path, catalogue: Catalogue) -> None:
    # 20 workers x 125 working days (Mon-Sat from Mon 6 Jan 2025) x 2 shifts = 5,000 rows.
    # Per day: 10:00-14:30 (270 min) and 17:30-22:00 less 15 min break (255 min) = 525 min;
    # per worker 125 x 525 = 65,625 min.
    ids = [f"B{k:02d}" for k in range(1, 21)]
    c = make_case(*[worker(i) for i in ids], as_of="2025-08-31")
    lines = ["Badge nr;Naam;Datum;In;Uit;Pauze (min)"]
    days: list[dt.date] = []
    d = dt.date(2025, 1, 6)
    while len(days) < 125:
        if d.weekday() < 6:
            days.append(d)
        d += dt.timedelta(days=1)
    for wid in ids:
        for day in days:
            text = day.strftime("%d/%m/%Y")
            lines.append(f"{wid};Worker {wid};{text};10:00;14:30;0")
            lines.append(f"{wid};Worker {wid};{text};17:30;22:00;15")
    path = write_csv(tmp_path / "badges.csv", lines)
    plan = plan_import(c, path, catalogue=catalogue)
    assert len(plan.rows) == 5000 and not plan.rejected and not plan.problems
    assert plan.by_worker() == {i: {"shift": 250, "hours": 0, "payment": 0} for i in ids}
    assert plan.sheets[0].columns[0].field == "worker_id" and plan.sheets[0].columns[1].field == "worker"
    new = apply_import(c, plan)
    for w in new.workers:
        assert len(w.shifts) == 250
        assert sum(minutes(s) for s in w.shifts) == 65625
    # the 125th Mon-Sat day from Mon 6 Jan: 20 full weeks (120 days, to Sat 24 May), then
    # Mon 26 to Fri 30 May (5 days)
    last = new.worker("B20").shifts[-1]
    assert (last.date, last.start, last.end, last.break_minutes) == (dt.date(2025, 5, 30), "17:30", "22:00", 15)
    assert c.workers[0].shifts == []  # the original case is untouched


# ------------------------------------------------------------------------------ Belgian CSV
def test_belgian_csv_bom_semicolons_decimal_commas(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1", shifts=[{"date": "2025-03-03", "start": "08:00", "end": "16:00"}]))
    c.workers[0].name = "Ioana Popescu"
    pay = write_csv(tmp_path / "betalingen.csv", [
        "Naam;Datum;Bedrag;Periode;Betaalwijze",
        "Popescu Ioana;31/03/2025;1.234,56;03/2025;overschrijving",
        "Ioana Popescu;05-04-2025;\u20ac 80,5;maart 2025;contant",
        "Ioana Popescu;10.04.2025;1 000,00;2025-03;espèces",
    ], bom=True)
    plan = plan_import(c, pay, catalogue=catalogue)
    assert plan.sheets[0].columns[0].header == "Naam"  # the BOM is not part of the first header
    assert not plan.rejected
    new = apply_import(c, plan)
    got = [(p.date, p.amount, p.for_, p.method) for p in new.workers[0].payments]
    assert got == [(dt.date(2025, 3, 31), D("1234.56"), "2025-03", "bank"),
                   (dt.date(2025, 4, 5), D("80.50"), "2025-03", "cash"),
                   (dt.date(2025, 4, 10), D("1000.00"), "2025-03", "cash")]
    # hours blocks, Windows-1252 (é) and decimal commas: 162,5 h = 9,750 min over 01-31/05/2025
    hrs = write_csv(tmp_path / "uren.csv", [
        "Travailleur;Du;Au;Heures prestées",
        "Ioana Popescu;01/05/2025;31/05/2025;162,5",
        "Ioana Popescu;02/06/2025;02/06/2025;7,6",
    ], encoding="cp1252")
    plan = plan_import(c, hrs, catalogue=catalogue)
    assert "Windows-1252" in plan.sheets[0].detail and not plan.rejected
    blocks = apply_import(c, plan).workers[0].hours
    assert [(b.from_, b.to, b.hours) for b in blocks] == [
        (dt.date(2025, 5, 1), dt.date(2025, 5, 31), D("162.5")),
        (dt.date(2025, 6, 2), dt.date(2025, 6, 2), D("7.6"))]


def test_times_in_every_usual_writing(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1"))
    path = write_csv(tmp_path / "t.csv", [
        "date,start,end,break",
        "2025-03-03,8:00,16:30,30",
        "2025-03-04,08h00,17h,0:45",
        "2025-03-05,7.5,\"16,75\",0.5",  # decimal hours: 7:30 to 16:45, break half an hour
        "2025-03-06,22:00,06:00,60",  # night shift, ends the next day
    ])
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    assert not plan.rejected
    got = [(s.start, s.end, s.break_minutes) for s in apply_import(c, plan).workers[0].shifts]
    assert got == [("08:00", "16:30", 30), ("08:00", "17:00", 45), ("07:30", "16:45", 30),
                   ("22:00", "06:00", 60)]
    assert "ends the next day" in plan.rows[3].notes


# ------------------------------------------------------------------------------ XLSX
def test_xlsx_with_excel_serial_dates(tmp_path: Path, catalogue: Catalogue, xlsx_reader: str) -> None:
    # Excel's serial 45658 is 1 Jan 2025; 45719 = 45658 + 31 (Jan) + 28 (Feb) + 2 = 3 Mar 2025.
    # Times as plain fractions of a day: 0.375 = 9:00, 0.5625 = 13:30, 0.75 = 18:00.
    c = make_case(worker("w1"), worker("w2"))
    wb = Workbook()
    ws = wb.active
    ws.title = "Uren maart"
    ws.append(["Export uurregistratie"])  # a title line above the header
    ws.append([])
    ws.append(["Werknemer", "Datum", "Begin", "Einde", "Pauze"])
    ws.append(["w1", 45719, 0.375, 0.75, 30])
    ws.append(["w1", 45720.0, 0.375, 0.5625, 0])
    ws.append(["w2", dt.datetime(2025, 3, 5), dt.time(9, 0), dt.time(18, 0), dt.time(0, 30)])
    pays = wb.create_sheet("Betalingen")
    pays.append(["Worker", "Payment date", "Amount", "For", "Method"])
    pays.append(["w1", 45747, 1234.56, "2025-03", "bank"])  # 45747 = 45719 + 28 = 31 Mar 2025
    pays.append(["w2", 45747, 0.1 + 0.2, "2025-03", "cash"])  # Excel shows 0.3: 0.30, not 0.30000000000000004
    path = tmp_path / "uren.xlsx"
    wb.save(path)
    plan = plan_import(c, path, catalogue=catalogue)
    assert not plan.rejected, plan.report()
    assert [s.header_row for s in plan.sheets] == [3, 1]
    assert [r.row for r in plan.rows] == [4, 5, 6, 2, 3]
    new = apply_import(c, plan)
    w1, w2 = new.workers
    assert [(s.date, s.start, s.end, s.break_minutes) for s in w1.shifts] == [
        (dt.date(2025, 3, 3), "09:00", "18:00", 30), (dt.date(2025, 3, 4), "09:00", "13:30", 0)]
    assert [(s.date, s.start, s.end, s.break_minutes) for s in w2.shifts] == [
        (dt.date(2025, 3, 5), "09:00", "18:00", 30)]
    assert (w1.payments[0].date, w1.payments[0].amount) == (dt.date(2025, 3, 31), D("1234.56"))
    assert w2.payments[0].amount == D("0.30")


def test_xlsx_value_not_a_whole_cent_is_rejected(tmp_path: Path, catalogue: Catalogue, xlsx_reader: str) -> None:
    c = make_case(worker("w1", shifts=[{"date": "2025-03-03", "start": "08:00", "end": "16:00"}]))
    wb = Workbook()
    ws = wb.active
    ws.append(["Date", "Amount", "For"])
    ws.append([45747, 12.345, "2025-03"])
    path = tmp_path / "p.xlsx"
    wb.save(path)
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    assert [r.row for r in plan.rejected] == [2]
    assert "12.345 is not a whole number of cents" in (plan.rejected[0].reason or "")


def test_xlsx_error_cells_and_1904_dates(tmp_path: Path, catalogue: Catalogue, xlsx_reader: str) -> None:
    # A 1904-based workbook (old Mac Excel) counts from 1 Jan 1904: 1,462 days fewer than the
    # 1900 system, so 45719 - 1462 = 44257 is 3 Mar 2025. A #N/A in the break column is refused,
    # never read as "no break".
    c = make_case(worker("w1"))
    wb = Workbook()
    wb.epoch = dt.datetime(1904, 1, 1)
    ws = wb.active
    ws.append(["Date", "Start", "End", "Break"])
    ws.append([44257, "08:00", "16:00", 30])
    ws.append([44258, "08:00", "16:00", None])
    ws["D3"].value = "#N/A"
    ws["D3"].data_type = "e"
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    assert plan.rows[0].values["date"] == "2025-03-03" and plan.rows[0].status == "import"
    assert plan.rows[1].status == "rejected" and "#N/A" in (plan.rows[1].reason or "")


# ------------------------------------------------------------------------------ 3 bad rows in 200
def _two_hundred(tmp_path: Path, bad: bool) -> Path:
    lines = ["Worker;Date;Start;End;Break"]
    d = dt.date(2025, 1, 1)
    for k in range(200):
        day = d + dt.timedelta(days=k)
        lines.append(f"w1;{day:%d/%m/%Y};09:00;17:00;30")
    if bad:
        lines[42] = "w1;31/02/2025;09:00;17:00;30"   # row 42: no 31 February
        lines[100] = "w9;10/04/2025;09:00;17:00;30"  # row 100: unknown worker
        lines[150] = "w1;30/05/2025;9:00;25:00;30"   # row 150: 25:00 is not a time
    return write_csv(tmp_path / ("bad.csv" if bad else "good.csv"), lines)


def test_three_bad_rows_named_and_nothing_imported(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1"))
    plan = plan_import(c, _two_hundred(tmp_path, True), catalogue=catalogue)
    bad = {r.row: r.reason or "" for r in plan.rejected}
    # lines[k] is spreadsheet row k + 1 (the header is row 1)
    assert sorted(bad) == [43, 101, 151]
    assert "'31/02/2025' is not a date" in bad[43] and "column 'Date'" in bad[43]
    assert "unknown worker 'w9'" in bad[101]
    assert "'25:00' is not a time" in bad[151]
    assert plan.rejected[0].where == "bad.csv, row 43"
    assert len(plan.to_import) == 197
    before = dump_case(c)
    with pytest.raises(ImportFileError) as exc:
        apply_import(c, plan)
    assert [p.path for p in exc.value.problems[:3]] == ["bad.csv, row 43", "bad.csv, row 101", "bad.csv, row 151"]
    assert dump_case(c) == before  # all or nothing: nothing imported
    # excluding the three rows imports the other 197
    plan.exclude(plan.rejected)
    assert len(apply_import(c, plan).workers[0].shifts) == 197
    # once fixed in the file, all 200 are imported
    fixed = plan_import(c, _two_hundred(tmp_path, False), catalogue=catalogue)
    assert not fixed.rejected and len(apply_import(c, fixed).workers[0].shifts) == 200


def test_skip_rejected_imports_the_rest(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1"))
    plan = plan_import(c, _two_hundred(tmp_path, True), catalogue=catalogue)
    assert len(apply_import(c, plan, skip_rejected=True).workers[0].shifts) == 197


# ------------------------------------------------------------------------------ conflicts
def test_overlap_duplicate_and_same_day_conflicts(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker(
        "w1",
        shifts=[{"date": "2025-03-03", "start": "08:00", "end": "16:00"}],
        hours=[{"from": "2025-03-10", "to": "2025-03-14", "hours": "40"}],
        payments=[{"date": "2025-03-31", "amount": "500.00", "for": "2025-03", "method": "bank"}]))
    path = write_csv(tmp_path / "mix.csv", [
        "Date;Start;End;Break;Hours;Amount;Period;Method",
        "03/03/2025;08:00;16:00;0;;;;",        # 2 duplicate of the case's shift
        "03/03/2025;15:00;20:00;0;;;;",        # 3 overlaps the case's shift 08:00-16:00
        "04/03/2025;09:00;13:00;0;;;;",        # 4 overlaps row 5
        "04/03/2025;12:00;18:00;0;;;;",        # 5 overlaps row 4
        "12/03/2025;09:00;17:00;0;;;;",        # 6 inside the case's hours block 10-14/03
        "05/03/2025;09:00;17:00;0;;;;",        # 7 fine
        "05/03/2025;09:00;17:00;0;;;;",        # 8 duplicate of row 7
        "31/03/2025;;;;;500,00;03/2025;bank",  # 9 duplicate of the case's payment
        "06/03/2025;;;;8;;;",                  # 10 hours on a day with ... nothing: fine
        "05/03/2025;;;;8;;;",                  # 11 hours on a day with a shift (row 7)
    ])
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    why = {r.row: r.reason or "" for r in plan.rows}
    assert "duplicate of a shift already in the case" in why[2]
    assert "overlaps a shift already in the case (2025-03-03 08:00-16:00)" in why[3]
    assert "overlaps mix.csv, row 5" in why[4] and "overlaps mix.csv, row 4" in why[5]
    assert "shift and hours on the same day: 2025-03-12" in why[6]
    assert "duplicate of mix.csv, row 7" in why[8]
    assert "duplicate of a payment already in the case" in why[9]
    assert "shift and hours on the same day: 2025-03-05" in why[11]
    assert "shift and hours on the same day: 2025-03-05" in why[7]
    assert why[10] == ""
    assert [r.row for r in plan.to_import] == [10]


def test_compute_refusals_reach_the_row(tmp_path: Path, catalogue: Catalogue) -> None:
    # A payment for a month without work, and a shift before the rates begin (2010): both are
    # refused by compute(); the preview names their rows.
    c = make_case(worker("w1", start="2009-01-01"))
    path = write_csv(tmp_path / "x.csv", [
        "Date,Start,End,Amount,For",
        "03/03/2025,08:00,16:00,,",
        "31/03/2025,,,100.00,2025-04",
        "04/01/2010,08:00,16:00,,",
    ])
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    why = {r.row: r.reason or "" for r in plan.rejected}
    assert sorted(why) == [3, 4]
    assert "no work is recorded in period 2025-04" in why[3]
    assert "2010-01-04" in why[4] and "has no rates" in why[4]
    assert not plan.problems


def test_unknown_worker_and_worker_option(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1"), worker("w2"))
    path = write_csv(tmp_path / "two.csv", [
        "Name;Date;Start;End",
        "Worker w1;03/03/2025;08:00;12:00",
        "Worker w2;03/03/2025;08:00;12:00",
        "Someone Else;03/03/2025;08:00;12:00",
    ])
    plan = plan_import(c, path, worker="w2", catalogue=catalogue)
    assert [r.status for r in plan.rows] == ["skipped", "import", "rejected"]
    assert "unknown worker 'Someone Else'" in (plan.rows[2].reason or "")
    no_col = write_csv(tmp_path / "nocol.csv", ["Date;Start;End", "03/03/2025;08:00;12:00"])
    with pytest.raises(ImportFileError) as exc:
        plan_import(c, no_col, catalogue=catalogue)
    assert "no worker column" in str(exc.value) and "--worker" in str(exc.value)
    with pytest.raises(ImportFileError, match="unknown worker id 'w7'"):
        plan_import(c, no_col, worker="w7", catalogue=catalogue)


# ------------------------------------------------------------------------------ mapping
def test_mapping_string_and_json_file(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1"))
    path = write_csv(tmp_path / "odd.csv", [
        "Dag;Aankomst;Gewerkt;Vertrek;Opmerking",
        "03/03/2025;8.30;x;17.00;late",
    ])
    # "8.30" is read as 8:30 once the file says its times are clock times
    plan = plan_import(c, path, worker="w1", mapping="Gewerkt=ignore,@times=clock", catalogue=catalogue)
    assert [(col.header, col.field) for col in plan.sheets[0].columns] == [
        ("Dag", "date"), ("Aankomst", "start"), ("Gewerkt", None), ("Vertrek", "end"), ("Opmerking", "note")]
    shift = apply_import(c, plan).workers[0].shifts[0]
    assert (shift.start, shift.end) == ("08:30", "17:00")
    m = tmp_path / "map.json"
    m.write_text(json.dumps({"columns": {"Gewerkt": "ignore"}, "times": "decimal"}), encoding="utf-8")
    shift = apply_import(c, plan_import(c, path, worker="w1", mapping=str(m), catalogue=catalogue)).workers[0].shifts[0]
    assert (shift.start, shift.end) == ("08:18", "17:00")  # 8.30 hours = 8 h 18 min
    inline = plan_import(c, path, worker="w1", mapping='{"Gewerkt": "-", "times": "clock"}', catalogue=catalogue)
    assert inline.rows[0].values["start"] == "08:30"
    with pytest.raises(ImportFileError, match="unknown field 'bogus'"):
        plan_import(c, path, worker="w1", mapping="Dag=bogus", catalogue=catalogue)
    with pytest.raises(ImportFileError, match="no column named 'Nope'"):
        plan_import(c, path, worker="w1", mapping="Nope=date", catalogue=catalogue)


def test_ambiguous_clock_or_decimal_is_refused_without_a_mapping(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1"))
    path = write_csv(tmp_path / "a.csv", ["Date;Start;End", "03/03/2025;8.30;17.00"])
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    assert "'8.30' is ambiguous" in (plan.rejected[0].reason or "")


# ------------------------------------------------------------------------------ the plan's guarantees
def test_apply_refuses_a_plan_for_a_changed_case(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1"))
    path = write_csv(tmp_path / "s.csv", ["Date;Start;End", "03/03/2025;08:00;12:00"])
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    changed = c.model_copy(update={"reference": "OTHER-2"})
    with pytest.raises(ImportFileError, match="changed after this preview"):
        apply_import(changed, plan)


def test_excluding_a_valid_row_is_checked_again(tmp_path: Path, catalogue: Catalogue) -> None:
    # Leaving out the only shift of March leaves the March payment without work: refused.
    c = make_case(worker("w1"))
    path = write_csv(tmp_path / "s.csv", [
        "Date;Start;End;Amount;Period",
        "03/03/2025;08:00;12:00;;",
        "31/03/2025;;;50,00;03/2025",
    ])
    plan = plan_import(c, path, worker="w1", catalogue=catalogue)
    assert plan.can_apply
    plan.exclude([plan.rows[0]])
    with pytest.raises(ImportFileError, match="no work is recorded in period 2025-03"):
        apply_import(c, plan)


def test_imported_case_round_trips_and_computes(tmp_path: Path, catalogue: Catalogue) -> None:
    from wage_remedy.compute import compute
    c = make_case(worker("w1"))
    path = write_csv(tmp_path / "s.csv", ["Date;Start;End;Break", "03/03/2025;08:00;16:30;30"])
    new = apply_import(c, plan_import(c, path, worker="w1", catalogue=catalogue))
    again = parse_case_data(json.loads(dump_case(new)))
    assert again == new
    # 8 h on a weekday at the national minimum 12.8252/h (2111.89 x 3 / 13 / 38) = 102.6016 -> 102.60
    assert compute(new, catalogue).due == D("102.60")


# ------------------------------------------------------------------------------ cell parsers
@pytest.mark.parametrize("text,minutes", [
    ("8:00", 480), ("08:00", 480), ("08h00", 480), ("8h", 480), ("8u30", 510), ("8.5", 510),
    ("8,5", 510), ("0800", 480), ("24:00", 1440), ("8:00 PM", 1200), ("08:00:00", 480),
])
def test_parse_time(text: str, minutes: int) -> None:
    assert parse_time(text) == (minutes, None)


@pytest.mark.parametrize("text", ["25:00", "8:60", "8:00:30", "8.333", "nine"])
def test_parse_time_refuses(text: str) -> None:
    with pytest.raises(CellError):
        parse_time(text)


@pytest.mark.parametrize("text,value", [
    ("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("1 234,56", "1234.56"),
    ("1\u00a0234,56", "1234.56"), ("\u20ac 12,5", "12.50"), ("1200", "1200.00"), ("0,99", "0.99"),
    ("1.234.567,00", "1234567.00"),
])
def test_parse_amount(text: str, value: str) -> None:
    assert parse_amount(text) == D(value)


@pytest.mark.parametrize("text", ["1.234", "12,345", "-5,00", "12.345,6.7", "1.23.4,00", "abc"])
def test_parse_amount_refuses(text: str) -> None:
    with pytest.raises(CellError):
        parse_amount(text)


def test_single_separator_with_three_digits_follows_the_column() -> None:
    assert parse_amount("1.234", "comma") == D("1234.00")  # a thousands point in a comma column
    assert parse_amount("1,234", "point") == D("1234.00")


@pytest.mark.parametrize("text,day", [
    ("03/03/2025", dt.date(2025, 3, 3)), ("3-3-2025", dt.date(2025, 3, 3)),
    ("03.03.2025", dt.date(2025, 3, 3)), ("2025-03-03", dt.date(2025, 3, 3)),
    ("3/3/25", dt.date(2025, 3, 3)), ("ma 03/03/2025", dt.date(2025, 3, 3)),
    ("3 maart 2025", dt.date(2025, 3, 3)), ("3 mars 2025", dt.date(2025, 3, 3)),
    ("45719", dt.date(2025, 3, 3)), ("2025-03-03 00:00:00", dt.date(2025, 3, 3)),
])
def test_parse_date_day_first(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


def test_dates_are_never_month_first() -> None:
    assert parse_date("04/03/2025") == dt.date(2025, 3, 4)
    with pytest.raises(CellError):
        parse_date("03/13/2025")  # no 13th month: not read as 13 March


def test_how_a_column_writes_times() -> None:
    assert time_style(["7.5", "16.25"]) == "decimal"  # 7.5 can only be decimal hours
    assert time_style(["8.30", "17.75"]) == "decimal"  # no clock shows 17.75
    assert time_style(["8.30", "17.33"]) == "clock"  # 0.33 h = 19.8 min: only a clock time
    assert time_style(["8.30", "17.00"]) is None  # 8:30 or 8 h 18: the user must say
    assert time_style(["10:00", "8,5", "8.30"]) is None  # clock times beside: 8.30 stays ambiguous


def test_break_durations() -> None:
    assert parse_duration("30", integers="minutes") == 30
    assert parse_duration("0:45", integers="minutes") == 45
    assert parse_duration("0,5", integers="minutes") == 30
    assert parse_duration("1", integers="hours") == 60
    assert parse_duration("45 min", integers="minutes") == 45


# ------------------------------------------------------------------------------ command line
def test_cli_import_dry_run_refusal_and_save(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cpath = tmp_path / "case.json"
    save_case(make_case(worker("w1")), cpath)
    original = cpath.read_bytes()
    bad = _two_hundred(tmp_path, True)
    assert main(["import", str(cpath), str(bad), "--dry-run"]) == 2
    out = capsys.readouterr().out
    assert "bad.csv, row 43:" in out and "bad.csv, row 101:" in out and "bad.csv, row 151:" in out
    assert "Dry run" in out and cpath.read_bytes() == original
    assert main(["import", str(cpath), str(bad)]) == 2
    assert "Nothing was imported" in capsys.readouterr().err and cpath.read_bytes() == original
    good = _two_hundred(tmp_path, False)
    assert main(["import", str(cpath), str(good), "--dry-run"]) == 0
    assert cpath.read_bytes() == original
    assert main(["import", str(cpath), str(good)]) == 0
    assert "Imported 200 shifts" in capsys.readouterr().out
    assert len(load_case(cpath).workers[0].shifts) == 200
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "case.json", "good.csv"]  # no temp files


def test_cli_skip_rejected_and_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cpath = tmp_path / "case.json"
    save_case(make_case(worker("w1")), cpath)
    assert main(["import", str(cpath), str(_two_hundred(tmp_path, True)), "--skip-rejected"]) == 0
    assert len(load_case(cpath).workers[0].shifts) == 197
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    before = cpath.read_bytes()
    assert main(["import", str(cpath), str(xls), "--worker", "w1"]) == 2
    assert "old Excel .xls" in capsys.readouterr().err and cpath.read_bytes() == before


def test_models_of_imported_items_are_valid(tmp_path: Path, catalogue: Catalogue) -> None:
    c = make_case(worker("w1", shifts=[{"date": "2025-03-03", "start": "08:00", "end": "16:00"}]))
    path = write_csv(tmp_path / "m.csv", [
        "Date;Start;End;From;To;Hours;Amount;For",
        "04/03/2025;07:00;15:00;;;;;",
        ";;;10/03/2025;11/03/2025;15;;",
        "31/03/2025;;;;;;10,00;2025-03",
    ])
    new = apply_import(c, plan_import(c, path, worker="w1", catalogue=catalogue))
    w = new.workers[0]
    assert isinstance(w.shifts[1], Shift) and isinstance(w.hours[0], HoursBlock) and isinstance(w.payments[0], Payment)
    assert (w.hours[0].from_, w.hours[0].to, w.hours[0].hours) == (dt.date(2025, 3, 10), dt.date(2025, 3, 11), D("15"))
