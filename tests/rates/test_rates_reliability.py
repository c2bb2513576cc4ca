"""Issue 18, rates: YAML aliases (recursive, bombs) and values the calculation cannot use are
refused by the loader, so ``rates check`` catches what ``compute`` would trip on (exit 2)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from wage_remedy.cli import main
from wage_remedy.law.catalogue import default_rates_dir
from wage_remedy.law.loader import RateFileError, parse_rate_text


@pytest.fixture
def rates(tmp_path: Path) -> Path:
    """A copy of the bundled rates folder to break."""
    out = tmp_path / "rates"
    shutil.copytree(default_rates_dir(), out, ignore=shutil.ignore_patterns("*.md", "*.py", "__pycache__"))
    return out


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _check_refused(rates: Path, capsys: pytest.CaptureFixture[str]) -> str:
    t0 = time.monotonic()
    assert main(["rates", "check", str(rates)]) == 2
    err = capsys.readouterr().err
    assert time.monotonic() - t0 < 30 and "internal error" not in err
    return err


def test_recursive_alias_refused() -> None:
    with pytest.raises(RateFileError, match=r"aliases \(\*name\) are not allowed"):
        parse_rate_text("id: x\nloop: &a [*a]\n", "be/x.yaml")


def test_alias_bomb_refused_at_once() -> None:
    # Nine levels of nine aliases each: 9^9 = 387 million strings once expanded.
    lines = ['a0: &a0 ["lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    t0 = time.monotonic()
    with pytest.raises(RateFileError, match="aliases") as err:
        parse_rate_text("\n".join(lines) + "\n", "be/bomb.yaml")
    assert time.monotonic() - t0 < 2
    assert err.value.problems[0].line is not None


def test_deep_yaml_refused() -> None:
    with pytest.raises(RateFileError, match="nest"):  # libyaml's own limit, or the loader's
        parse_rate_text("x: " + "[" * 2000 + "]" * 2000 + "\n", "be/deep.yaml")
    with pytest.raises(RateFileError, match="nested more than 20 levels"):
        parse_rate_text("x: " + "[" * 50 + "]" * 50 + "\n", "be/deep.yaml")


def test_zero_flat_premium_refused(rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # compute divided by the premium (cap minutes = cap x 60 / per_hour): a 0 premium crashed it.
    _replace(rates / "be" / "pc-302.yaml", 'per_hour: "2.00"', 'per_hour: "0"')
    err = _check_refused(rates, capsys)
    assert "be/pc-302.yaml:" in err and "per_hour must be more than 0" in err


def test_absurd_due_day_count_refused(rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _replace(rates / "be" / "wage-protection.yaml", 'due_working_days: "4"', 'due_working_days: "100000000"')
    err = _check_refused(rates, capsys)
    assert "be/wage-protection.yaml:" in err and "100000000 is out of range for due_working_days" in err


def test_26_digit_premium_refused(rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _replace(rates / "be" / "pc-302.yaml", 'per_hour: "2.00"', 'per_hour: "12345678901234567890123456"')
    err = _check_refused(rates, capsys)
    assert "12345678901234567890123456 is out of range" in err


def test_missing_required_table_refused(rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (rates / "be" / "legal-interest.yaml").unlink()
    err = _check_refused(rates, capsys)
    assert "be/legal-interest" in err and "missing" in err


def test_bundled_copy_passes(rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "check", str(rates)]) == 0, capsys.readouterr().err


def test_rates_check_computes_sample_cases(rates: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever the loader's bounds miss, a calculation that fails on the folder fails the check.
    import wage_remedy.compute as compute_module

    def broken(*_a: object, **_k: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(compute_module, "compute", broken)
    err = _check_refused(rates, capsys)
    assert "a sample BE case" in err and "ZeroDivisionError" in err


def test_dates_only_yyyy_mm_dd(rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import re
    path = rates / "be" / "legal-interest.yaml"
    text = path.read_text(encoding="utf-8")
    m = re.search(r'from: "(\d{4})-(\d{2})-(\d{2})"', text)
    assert m is not None
    path.write_text(text.replace(m.group(0), f'from: "{m.group(1)}{m.group(2)}{m.group(3)}"', 1),
                    encoding="utf-8")
    err = _check_refused(rates, capsys)
    assert f"'{m.group(1)}{m.group(2)}{m.group(3)}' is not a date (YYYY-MM-DD)" in err


def test_payer_of_a_sector_without_table_refused(rates: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A payer block naming a sector the folder has no table for (a misspelt sector would quietly
    # give the table's own body instead of the sector's fund).
    _replace(rates / "be" / "holiday-pay-fund.yaml", "    be/pc-124:", "    be/pc-142:")
    err = _check_refused(rates, capsys)
    assert "payer names sector be/pc-142" in err and "holiday-pay-fund" in err
