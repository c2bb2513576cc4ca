"""``reviewed_through`` (docs/method.md, Rates that are current, rates/FORMAT.md): required on every table, and computing a day
after it gives the ``outdated-rate`` warning in ``rates show``, the result and every document."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.documents.conftest import base_case, pdf_text, write_case
from wage_remedy.case.store import load_case
from wage_remedy.cli import main
from wage_remedy.compute import compute
from wage_remedy.documents.issue import issue_all
from wage_remedy.law.catalogue import load_catalogue
from wage_remedy.law.loader import RateFileError, parse_rate_text

RATES = Path(__file__).resolve().parents[2] / "rates"

TABLE = """id: be/pc-999
title: {en: "Test sector"}
jurisdiction: BE
kind: sector
unit: hour
weekly_hours: "38"
dimensions: [category]
%s
versions:
  - from: "2025-01-01"
    status: verified
    source: {title: "Test", url: "https://example.org/"}
    values: {A: "12.0000"}
"""


def test_every_bundled_table_states_reviewed_through() -> None:
    for path in sorted(RATES.rglob("*.yaml")):
        assert re.search(r'^reviewed_through: "\d{4}-\d{2}-\d{2}"$', path.read_text(encoding="utf-8"),
                         re.M), path


def test_missing_or_bad_reviewed_through_is_a_load_error() -> None:
    with pytest.raises(RateFileError, match=r"reviewed_through: missing required key 'reviewed_through'"):
        parse_rate_text(TABLE % "", "be/pc-999.yaml")
    with pytest.raises(RateFileError, match=r"pc-999.yaml:8: reviewed_through: '2025-13-01' is not a date"):
        parse_rate_text(TABLE % 'reviewed_through: "2025-13-01"', "be/pc-999.yaml")
    with pytest.raises(RateFileError, match=r"next_review 2025-01-01 must be after reviewed_through 2025-06-30"):
        parse_rate_text(TABLE % 'reviewed_through: "2025-06-30"\nnext_review: "2025-01-01"', "be/pc-999.yaml")
    t = parse_rate_text(TABLE % 'reviewed_through: "2025-06-30"\nnext_review: "2026-01-01"', "be/pc-999.yaml")
    assert (t.reviewed_through.isoformat(), t.next_review and t.next_review.isoformat()) == (
        "2025-06-30", "2026-01-01")


def test_rates_show_says_when_a_date_is_after_reviewed_through(capsys: pytest.CaptureFixture[str]) -> None:
    # The issue's example: be/national-minimum is reviewed through 2026-07-31 (the +2 % step of
    # 1 July 2026 is encoded; nothing later was checked), so 15 August 2026 is after it; 15 May is
    # not. (Before the July 2026 step was found the table was reviewed through 2026-06-30.)
    assert main(["rates", "show", "be/national-minimum", "--on", "2026-08-15"]) == 0
    out = capsys.readouterr().out
    assert "WARNING (outdated-rate): 2026-08-15 is after 2026-07-31" in out
    assert main(["rates", "show", "be/national-minimum", "--on", "2026-05-15", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["outdated"], data["reviewed_through"], data["next_review"]) == (False, "2026-07-31", "2027-01-01")
    assert main(["rates", "show", "be/national-minimum", "--on", "2026-05-15"]) == 0
    assert "WARNING" not in capsys.readouterr().out


def _rates_reviewed_through(tmp_path: Path, day: str) -> Path:
    """A copy of the bundled rates whose national minimum is reviewed through ``day``."""
    root = tmp_path / "rates"
    shutil.copytree(RATES, root, ignore=shutil.ignore_patterns("*.py", "*.md", "__pycache__"))
    nm = root / "be" / "national-minimum.yaml"
    text = re.sub(r'^reviewed_through: ".*"$', f'reviewed_through: "{day}"', nm.read_text("utf-8"), flags=re.M)
    nm.write_text(re.sub(r'^next_review: ".*"\n', "", text, flags=re.M), encoding="utf-8")
    return root


def test_outdated_rate_on_every_document(tmp_path: Path) -> None:
    # The base case is worked on the national minimum from 3 to 28 March 2025. Reviewed through
    # 15 March 2025: the days 17-28 March are after it -> warning (table, 2025-03-15).
    cat = load_catalogue(_rates_reviewed_through(tmp_path, "2025-03-15"))
    case_path = write_case(tmp_path / "case.json", base_case())
    result = compute(load_case(case_path), cat)
    outdated = [w for w in result.warnings if w.code == "outdated-rate"]
    assert [(w.param("table"), w.param("date")) for w in outdated] == [("be/national-minimum", "2025-03-15")]
    paths = issue_all(case_path, tmp_path / "out", catalogue=cat, lang="en")
    assert len(paths) == 8  # 3 payment orders, 3 receipts, the statement and the fines sheet
    # the table by its title, never its id (trial finding 4)
    line = "guaranteed average minimum monthly income (CCT/CAO n° 43) was reviewed through 15 March 2025"
    for path in paths:
        assert line in pdf_text(path.read_bytes()), path.name
    # and on the claim-check PDF
    from wage_remedy.claims import check_claims
    from wage_remedy.documents.claim_check import render_claim_check
    report = check_claims(load_case(case_path), cat)
    assert line in pdf_text(render_claim_check(load_case(case_path), report, report.result, lang="en"))


def test_no_outdated_rate_when_every_day_is_reviewed(tmp_path: Path) -> None:
    # Reviewed through 31 March 2025: the last day worked (28 March) is covered.
    cat = load_catalogue(_rates_reviewed_through(tmp_path, "2025-03-31"))
    case_path = write_case(tmp_path / "case.json", base_case())
    assert not [w for w in compute(load_case(case_path), cat).warnings if w.code == "outdated-rate"]
    paths = issue_all(case_path, tmp_path / "out", catalogue=cat, lang="en", kinds=["statement"])
    assert "reviewed through" not in pdf_text(paths[0].read_bytes())


def test_fines_table_after_reviewed_through_warns(tmp_path: Path) -> None:
    # The base case's March 2025 wages fall due in April 2025 (the regime date of the fines); with
    # be/sanctions reviewed through 15 March 2025 the fines sheet's figures may be out of date.
    root = tmp_path / "rates"
    shutil.copytree(RATES, root, ignore=shutil.ignore_patterns("*.py", "*.md", "__pycache__"))
    path = root / "be" / "sanctions.yaml"
    path.write_text(re.sub(r'^reviewed_through: ".*"$', 'reviewed_through: "2025-03-15"',
                           path.read_text("utf-8"), flags=re.M), encoding="utf-8")
    cat = load_catalogue(root)
    case_path = write_case(tmp_path / "case.json", base_case())
    result = compute(load_case(case_path), cat)
    assert result.sanctions is not None and result.sanctions.regime_date > dt.date(2025, 3, 15)
    outdated = [(w.param("table"), w.param("date")) for w in result.warnings if w.code == "outdated-rate"]
    assert outdated == [("be/sanctions", "2025-03-15")]


def test_every_table_used_for_the_worked_days_is_checked(tmp_path: Path) -> None:
    # be/working-time (overtime thresholds, read for each worked day) reviewed through 15 March
    # 2025; the base case works until 28 March 2025 -> warning for it alone.
    root = tmp_path / "rates"
    shutil.copytree(RATES, root, ignore=shutil.ignore_patterns("*.py", "*.md", "__pycache__"))
    path = root / "be" / "working-time.yaml"
    path.write_text(re.sub(r'^reviewed_through: ".*"$', 'reviewed_through: "2025-03-15"',
                           path.read_text("utf-8"), flags=re.M), encoding="utf-8")
    result = compute(load_case(write_case(tmp_path / "case.json", base_case())), load_catalogue(root))
    outdated = [(w.param("table"), w.param("date")) for w in result.warnings if w.code == "outdated-rate"]
    assert outdated == [("be/working-time", "2025-03-15")]
