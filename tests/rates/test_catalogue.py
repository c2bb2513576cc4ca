"""Catalogue look-ups: versions by date, coverage errors, gaps and out-of-date warnings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from wage_remedy.law.catalogue import Catalogue, LookupError_


def test_value_in_force_on_a_date(catalogue: Catalogue) -> None:
    rv = catalogue.value("be/national-minimum", dt.date(2025, 2, 1), "18+0")
    assert rv.value == D("2111.89") and rv.version_from == dt.date(2025, 2, 1) and rv.status == "verified"
    # the day before the February 2025 indexation still has the May 2024 amount
    assert catalogue.value("be/national-minimum", dt.date(2025, 1, 31), "18+0").value == D("2070.48")


def test_before_first_version_names_the_coverage(catalogue: Catalogue) -> None:
    with pytest.raises(LookupError_, match=r"no rates for 2017-01-01: it covers 2018-09-01 onwards"):
        catalogue.version("be/national-minimum", dt.date(2017, 1, 1))


def test_pc302_and_wml_acceptance_figures(catalogue: Catalogue) -> None:
    assert catalogue.value("be/pc-302", dt.date(2026, 1, 1), "V", "0").value == D("16.8849")
    assert catalogue.value("nl/minimum-wage", dt.date(2026, 1, 1), "21").value == D("14.71")


def test_long_after_last_version_uses_it_with_a_warning(catalogue: Catalogue) -> None:
    rv = catalogue.value("be/national-minimum", dt.date(2028, 6, 1), "18+0")
    assert rv.version_from == catalogue.table("be/national-minimum").versions[-1].start
    assert rv.outdated
    assert not catalogue.value("be/national-minimum", dt.date(2026, 5, 1), "18+0").outdated


def test_trailing_gap_falls_back_with_warning(catalogue: Catalogue) -> None:
    # nl/minimum-wage ends with a gap at 2027-01-01 (figures not found): the 2026-07-01 amount
    # (14.99, typed from the source in rates/nl/minimum-wage.yaml) is used, flagged as out of date.
    # (Until the 1 July 2026 amounts were found this gap was at 2026-07-01 and gave 14.71.)
    rv = catalogue.value("nl/minimum-wage", dt.date(2027, 3, 1), "21")
    assert rv.value == D("14.99") and rv.version_from == dt.date(2026, 7, 1) and rv.outdated
    assert not catalogue.value("nl/minimum-wage", dt.date(2026, 9, 1), "21").outdated


def test_gap_between_versions_is_an_error(catalogue: Catalogue) -> None:
    # PC 124: the quarters between December 2021 and April 2023 are not verified
    with pytest.raises(LookupError_, match="not verified"):
        catalogue.value("be/pc-124", dt.date(2022, 6, 1), "I")


def test_rates_show_monthly_with_hourly_equivalent(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from wage_remedy.cli import main

    assert main(["rates", "show", "be/national-minimum", "--on", "2025-02-01", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    row = data["versions"][0]["values"][0]
    # FPS publishes 12.8252 EUR/h at 38 h for 2111.89 a month (2111.89 x 3 / 13 / 38)
    assert (row["value"], row["hourly"]) == ("2111.89", "12.8252")
    assert main(["rates", "show", "be/national-minimum", "--on", "2025-02-01"]) == 0
    assert "2111.89 a month  (12.8252 an hour at 38 h)" in capsys.readouterr().out
