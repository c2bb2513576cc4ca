"""Bad case files: exit 2, every problem listed with its JSON path, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.factories import case, worker
from wage_remedy.cli import main


def _run(tmp_path: Path, data: object, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    p = tmp_path / "case.json"
    p.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    before = sorted(x.name for x in tmp_path.iterdir())
    code = main(["compute", str(p), *args])
    err = capsys.readouterr().err
    assert sorted(x.name for x in tmp_path.iterdir()) == before, "nothing may be written on error"
    return code, err


def shift(day: str, start: str = "08:00", end: str = "16:00", brk: int = 0) -> dict:
    return {"date": day, "start": start, "end": end, "break_minutes": brk}


def test_not_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(tmp_path, '{"format": "wage-remedy-case", ', capsys)
    assert code == 2 and "not valid JSON" in err and "line 1" in err


def test_newer_version_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = case([])
    data["version"] = 2
    code, err = _run(tmp_path, data, capsys)
    assert code == 2 and "newer wage-remedy" in err and "version 2" in err


def test_every_problem_listed_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", shifts=[shift("2025-03-04", start="8h00"), shift("2025-13-01")],
               payments=[{"date": "2025-03-31", "amount": 1200.5}, {"date": "2025-03-31", "amount": "-5.00"}])
    del w["birth_date"]
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2
    assert "workers[0].shifts[0].start" in err and "'8h00' is not a time" in err
    assert "workers[0].shifts[1].date" in err and "not a date" in err
    assert "workers[0].payments[0].amount" in err and "quoted decimal" in err
    assert "workers[0].payments[1].amount" in err and "negative" in err
    assert "workers[0].birth_date" in err and "missing" in err


def test_overlapping_shifts_name_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", shifts=[shift("2025-03-04", "08:00", "16:00"), shift("2025-03-04", "15:00", "20:00")])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2
    assert "workers[0].shifts[1]" in err and "overlaps workers[0].shifts[0]" in err


def test_night_shift_overlapping_next_morning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", shifts=[shift("2025-03-04", "22:00", "06:00"), shift("2025-03-05", "05:00", "09:00")])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2 and "overlaps" in err


def test_break_longer_than_shift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", shifts=[shift("2025-03-04", "08:00", "09:00", 90)])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2 and "workers[0].shifts[0].break_minutes" in err


def test_unknown_sector_and_category(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = worker("w1", sector="be/pc-999", category="I", shifts=[shift("2025-03-04")])
    b = worker("w2", sector="be/pc-302", category="XII", shifts=[shift("2025-03-04")])
    code, err = _run(tmp_path, case([a, b]), capsys)
    assert code == 2
    assert "workers[0].employment.sector" in err and "unknown rate table 'be/pc-999'" in err
    assert "workers[1].employment.category" in err and "unknown category 'XII'" in err


def test_date_before_rates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", start="2010-01-01", shifts=[shift("2010-03-02")])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2 and "workers[0]" in err and "2010-03-02" in err and "covers" in err


def test_shifts_and_hours_same_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", shifts=[shift("2025-03-04")],
               hours=[{"from": "2025-03-01", "to": "2025-03-31", "hours": "100"}])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2 and "workers[0].hours[0]" in err and "2025-03-04 also has shifts" in err


def test_payment_for_period_without_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", shifts=[shift("2025-03-04")],
               payments=[{"date": "2025-08-01", "amount": "100.00", "for": "2025-07"}])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2 and "workers[0].payments[0].for" in err and "no work" in err


def test_missing_required_field_and_unknown_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = case([worker("w1")])
    del data["employer"]
    data["workers"][0]["colour"] = "red"
    code, err = _run(tmp_path, data, capsys)
    assert code == 2 and "employer" in err and "workers[0].colour" in err and "unknown field" in err


def test_net_payments_need_a_conversion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = case([worker("w1", shifts=[shift("2025-03-04")])], settings={"paid_amounts": "net"})
    code, err = _run(tmp_path, data, capsys)
    assert code == 2 and "settings" in err and "net_conversion" in err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", str(tmp_path / "nope.json")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_overlap_with_a_long_earlier_shift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # shift 0 runs 06:00-20:00 and contains both later shifts, which do not overlap each other
    w = worker("w1", shifts=[shift("2025-03-04", "06:00", "20:00"), shift("2025-03-04", "08:00", "09:00"),
                             shift("2025-03-04", "10:00", "11:00")])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2
    assert "workers[0].shifts[1]: overlaps workers[0].shifts[0]" in err
    assert "workers[0].shifts[2]: overlaps workers[0].shifts[0]" in err


def test_all_problems_of_a_worker_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", sector="be/pc-302", category="XII",
               shifts=[shift("2025-03-04", "08:00", "16:00"), shift("2025-03-04", "15:00", "20:00")],
               payments=[{"date": "2025-03-31", "amount": "10.00", "for": "2025-W10"}])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2
    assert "workers[0].employment.category" in err
    assert "workers[0].shifts[1]: overlaps" in err
    assert "workers[0].payments[0].for" in err


def test_day_before_the_rates_names_the_shift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", start="2010-01-01", shifts=[shift("2025-03-04"), shift("2010-03-02")])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2 and "workers[0].shifts[1].date" in err and "2018-09-01" in err


def test_hours_block_over_24h_a_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", hours=[{"from": "2025-03-03", "to": "2025-03-03", "hours": "30"}])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2 and "workers[0].hours[0].hours" in err and "more than 24 h a day" in err


def test_birth_after_employment_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", birth="2026-01-01", start="2025-01-01", shifts=[shift("2025-03-03")])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2 and "workers[0]" in err and "birth_date 2026-01-01 is not before" in err


def test_absurd_numbers_and_dates_are_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    w = worker("w1", shifts=[shift("9999-12-31")],
               hours=[{"from": "2025-03-01", "to": "2025-03-02", "hours": "100000000000000000000000000"}],
               payments=[{"date": "2025-03-31", "amount": "1" * 40}])
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2, err
    assert "workers[0].shifts[0].date" in err and "out of range" in err
    assert "workers[0].hours[0].hours" in err and "too large" in err
    assert "workers[0].payments[0].amount" in err


def test_version_and_duplicate_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = case([worker("w1")])
    data["version"] = 0
    code, err = _run(tmp_path, data, capsys)
    assert code == 2 and "version" in err
    text = json.dumps(case([worker("w1")])).replace('"reference": "TEST-1"',
                                                    '"reference": "TEST-1", "reference": "TEST-2"')
    code, err = _run(tmp_path, text, capsys)
    assert code == 2 and "'reference' appears twice" in err


def test_trailing_newline_is_not_part_of_a_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "08:00\n" is not a time HH:MM, "2025-03\n" not a pay period, "fr\n" not a language code
    # ("$" in a pattern also matches before a final newline: the patterns end at the text's end)
    w = worker("w1", start="2025-03-01", shifts=[shift("2025-03-03", start="08:00\n")],
               payments=[{"date": "2025-03-28", "amount": "10.00", "for": "2025-03\n", "method": "cash"}])
    w["language"] = "fr\n"
    code, err = _run(tmp_path, case([w]), capsys)
    assert code == 2
    assert "workers[0].shifts[0].start" in err and "is not a time HH:MM" in err
    assert "workers[0].payments[0].for" in err and "is not a pay period" in err
    assert "workers[0].language" in err
