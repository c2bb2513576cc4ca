"""Rate files: every broken fixture fails ``rates check`` naming file, YAML path and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from wage_remedy.cli import main

BROKEN = Path(__file__).parent / "broken"

# fixture folder -> (yaml path in the message, line, words the message must contain)
CASES = {
    "float": ("versions[1].values.A.0", 21, "unquoted number 12.2500"),
    "dupkey": ("versions[0].values.A", 16, "duplicate key 'A'"),
    "dupdate": ("versions[1].from", 17, "duplicate version date 2025-01-01"),
    "unsorted": ("versions[1].from", 17, "not sorted"),
    "unknownkey": ("versions[0].valid_until", 17, "unknown key 'valid_until'"),
    "nosource": ("versions[0].source", 11, "missing required key 'source'"),
    "nostatus": ("versions[0].status", 11, "missing required key 'status'"),
    "category": ("versions[1].values", 20, "category 'B' is missing from this version"),
    "negative": ("versions[0].values.A.0", 15, "negative"),
    "unknowndim": ("versions[1].values.C", 23, "unknown category 'C'"),
}

# real tables with one thing the calculation needs broken: (file, yaml path, line, words)
KIND_CASES = {
    "wtparam": ("be/working-time.yaml", "versions[0].parameters", 39, "missing parameter 'overtime_premium_percent'"),
    "tierkey": ("be/national-minimum.yaml", "versions[0].values", 41, "tier key '18' is not '<age>+<months>'"),
    # the payer block of a head table (rates/FORMAT.md, "payer"): one failure mode each
    "payername": ("be/holiday-pay-fund.yaml", "payer.sectors.be/pc-124.name.de", 37, "missing required key 'de'"),
    "payerempty": ("be/holiday-pay-fund.yaml", "payer.name.fr", 28, "empty name in fr"),
    "payersector": ("be/holiday-pay-fund.yaml", "payer.sectors.nl/pc-124", 36,
                    "sector 'nl/pc-124' is not a sector table id of BE"),
    "payerkind": ("be/working-time.yaml", "payer", 27, "a payer block belongs to a table of kind head"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_fixture_is_refused_with_location(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path, line, words = CASES[name]
    code = main(["rates", "check", str(BROKEN / name)])
    err = capsys.readouterr().err
    assert code == 2, err
    expected = f"be/pc-999.yaml:{line}: {path}: "
    matching = [ln for ln in err.splitlines() if expected in ln]
    assert matching, f"no line with {expected!r} in:\n{err}"
    assert any(words in ln for ln in matching), err


def test_every_problem_reported_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["rates", "check", str(BROKEN / "many")])
    err = capsys.readouterr().err
    assert code == 2
    assert "be/pc-999.yaml:21" in err and "unquoted number" in err
    assert "be/pc-998.yaml:17" in err and "not sorted" in err


def test_valid_folder_passes(capsys: pytest.CaptureFixture[str]) -> None:
    # The one table is valid; the folder still fails: compute would need Belgium's other tables
    # (issue 18: rates check catches missing required tables). Only those are reported.
    assert main(["rates", "check", str(BROKEN / "valid")]) == 2
    err = capsys.readouterr().err
    assert "pc-999" not in err and "missing required table be/national-minimum" in err


def test_bundled_rates_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "check"]) == 0, capsys.readouterr().err


def test_missing_folder_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "check", str(tmp_path / "nope")]) == 2
    assert "rates folder not found" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(KIND_CASES))
def test_tables_missing_what_the_calculation_needs(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    file, path, line, words = KIND_CASES[name]
    assert main(["rates", "check", str(BROKEN / name)]) == 2
    err = capsys.readouterr().err
    assert f"{file}:{line}: {path}: {words}" in err, err
