"""``compute`` output: the JSON contract of docs/architecture.md, Command line and JSON output, determinism, the text statement."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from tests.core.factories import case, worker
from wage_remedy.cli import main
from wage_remedy.demo import demo_case_path


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["compute", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_shape_and_strings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # One adult, national minimum only: 2 weekdays x 8 h at 12.8252 (2111.89 x 3/13/38)
    # = 16 h x 12.8252 = 205.2032 -> 205.20 due; 100.00 paid -> 105.20 unpaid.
    w = worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"},
                             {"date": "2025-03-05", "start": "08:00", "end": "16:00"}],
               payments=[{"date": "2025-03-31", "amount": "100.00"}])
    p = tmp_path / "c.json"
    p.write_text(json.dumps(case([w], as_of="2025-04-04")), encoding="utf-8")
    out = _json(capsys, str(p))
    for key in ("reference", "as_of", "rates_digest", "inputs_digest", "totals", "workers", "sanctions", "warnings"):
        assert key in out
    assert out["totals"] == {"due": "205.20", "paid": "100.00", "unpaid": "105.20", "interest": "0.00",
                             "total": "105.20", "estimated_due": "0.00", "estimated_unpaid": "0.00"}
    period = out["workers"][0]["periods"][0]
    assert {k: period[k] for k in ("period", "start", "end", "due_date")} == {
        "period": "2025-03", "start": "2025-03-01", "end": "2025-03-31", "due_date": "2025-04-04"}
    line = period["lines"][0]
    for key in ("kind", "hours", "rate", "premium", "amount", "binding", "rate_table", "rate_from", "status"):
        assert isinstance(line[key], str), key
    assert (line["hours"], line["rate"], line["amount"], line["binding"]) == ("16", "12.8252", "205.20", "national")
    assert line["rate_table"] == "be/national-minimum" and line["rate_from"] == "2025-02-01"


def test_as_of_changes_only_interest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 105.20 unpaid, due 2025-04-04; to 2025-05-04: 30 days x 4.50 % -> 105.20 x 0.045 x 30/365 = 0.389 -> 0.39
    w = worker("w1", shifts=[{"date": "2025-03-04", "start": "08:00", "end": "16:00"},
                             {"date": "2025-03-05", "start": "08:00", "end": "16:00"}],
               payments=[{"date": "2025-03-31", "amount": "100.00"}])
    p = tmp_path / "c.json"
    p.write_text(json.dumps(case([w], as_of="2025-04-04")), encoding="utf-8")
    later = _json(capsys, str(p), "--as-of", "2025-05-04")
    assert later["totals"]["unpaid"] == "105.20" and later["totals"]["interest"] == "0.39"
    assert D(later["totals"]["total"]) == D("105.59")


def test_deterministic_bit_for_bit(capsys: pytest.CaptureFixture[str]) -> None:
    a = main(["compute", str(demo_case_path()), "--format", "json"])
    first = capsys.readouterr().out
    b = main(["compute", str(demo_case_path()), "--format", "json"])
    assert a == b == 0 and first == capsys.readouterr().out


def test_text_statement_names_workers_and_totals(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", str(demo_case_path())]) == 0
    out = capsys.readouterr().out
    assert "Ioana Popescu" in out and "Łukasz Wróbel" in out and "CASE TOTALS" in out
    assert "FINES AND COMPENSATION" in out and "art. 162" in out


def test_unverified_rates_are_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # PC 302 in 2026 comes from a third-party dataset (status unverified): the result must say so.
    w = worker("w1", sector="be/pc-302", category="II",
               shifts=[{"date": "2026-03-03", "start": "10:00", "end": "18:00"}])
    p = tmp_path / "c.json"
    p.write_text(json.dumps(case([w], as_of="2026-03-31")), encoding="utf-8")
    out = _json(capsys, str(p))
    assert out["workers"][0]["periods"][0]["lines"][0]["status"] == "unverified"
    assert any(w["code"] == "unverified-rate" and "be/pc-302@2026-01-01" in w["message"] for w in out["warnings"])


def test_tables_only_compared_do_not_warn(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The agreed 25.00 €/h beats PC 302 (2026, unverified) and the national minimum (2026,
    # unverified): the amounts use neither, so neither is warned about, but both are listed.
    w = worker("w1", sector="be/pc-302", category="II",
               shifts=[{"date": "2026-03-03", "start": "10:00", "end": "18:00"}])
    w["employment"]["agreed_hourly_rate"] = "25.00"
    p = tmp_path / "c.json"
    p.write_text(json.dumps(case([w], as_of="2026-03-31")), encoding="utf-8")
    out = _json(capsys, str(p))
    line = out["workers"][0]["periods"][0]["lines"][0]
    assert (line["binding"], line["amount"]) == ("agreed", "200.00")  # 8 h x 25.00
    assert not [x for x in out["warnings"] if x["code"] in ("unverified-rate", "derived-rate")]
    listed = {v["table"] for v in out["rate_versions"]}
    assert {"be/pc-302", "be/national-minimum"} <= listed


@pytest.mark.parametrize("with_earlier_shift", [False, True])
def test_29_february_birthday_does_not_depend_on_other_days(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], with_earlier_shift: bool) -> None:
    # A student born 29 Feb 2004 is 19 from 1 March 2023: 85 % of 1954.99 = 1661.74 a month,
    # x 3/13/38 = 10.0915 /h (CCT 50), whatever other days the worker also worked.
    shifts = [{"date": "2023-03-06", "start": "09:00", "end": "13:00"}]
    if with_earlier_shift:
        shifts.insert(0, {"date": "2023-02-28", "start": "09:00", "end": "13:00"})
    w = worker("w1", birth="2004-02-29", start="2022-09-15", student=True, shifts=shifts)
    p = tmp_path / "c.json"
    p.write_text(json.dumps(case([w], as_of="2023-06-30")), encoding="utf-8")
    out = _json(capsys, str(p))
    march = [x for x in out["workers"][0]["periods"] if x["period"] == "2023-03"][0]
    assert [ln["rate"] for ln in march["lines"]] == ["10.0915"]


def test_demo_can_run_twice_into_the_same_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    assert main(["demo", "--out", str(out)]) == 0
    first = {p.name: p.read_bytes() for p in out.glob("*.pdf")}
    assert len(first) == 8  # 3 payment orders, 3 receipts, 1 statement, 1 fines sheet
    assert main(["demo", "--out", str(out)]) == 0, capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.glob("*.pdf")} == first  # reprints, identical


def test_json_on_standard_output_is_utf8_whatever_its_encoding() -> None:
    """``compute --format json`` writes UTF-8 (JSON's encoding) even where standard output's
    text encoding could not hold the result's characters (the rates' source titles hold an en
    dash): the bytes are exactly result_json_bytes'."""
    import os
    import subprocess
    import sys

    from wage_remedy.case.store import load_case
    from wage_remedy.compute import compute
    from wage_remedy.compute.result import result_json_bytes
    from wage_remedy.law.catalogue import load_catalogue

    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    out = subprocess.run([sys.executable, "-m", "wage_remedy", "compute", str(demo_case_path()),
                          "--format", "json"], capture_output=True, env=env, check=True).stdout
    expected = result_json_bytes(compute(load_case(demo_case_path()), load_catalogue()))
    assert out == expected
    assert "–".encode() in out  # an en dash, which ASCII cannot hold
