"""Versions added by the third rates research round (issue 16): the figures typed from their sources
and the cross-checks written in their notes, worked by hand (rates/CHANGELOG.md, 2026-12-01)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, ROUND_HALF_UP
from decimal import Decimal as D

import pytest

from wage_remedy.law.catalogue import Catalogue, LookupError_, load_catalogue


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_nl_wml_of_1_july_2026_as_published_and_by_the_statutory_formula(catalogue: Catalogue) -> None:
    # Typed from the source (GitHub igochkov/vscode-regelspraak and a second third-party file):
    published = {"21": "14.99", "20": "11.99", "19": "8.99", "18": "7.50", "17": "5.92", "16": "5.17",
                 "15": "4.50"}
    on = dt.date(2026, 7, 1)
    for age, figure in published.items():
        rv = catalogue.value("nl/minimum-wage", on, age)
        assert (rv.value, rv.status, rv.version_from) == (D(figure), "unverified", on)
    # Wml art. 14 lid 10: 2337.00 / (4 1/3 x 36 = 156) = 14.980769... rounded UP to the cent = 14.99
    assert (D("2337.00") / D("156")).quantize(D("0.01"), ROUND_CEILING) == D("14.99")
    # Besluit minimumjeugdloon art. 2: 80 / 60 / 50 / 39.5 / 34.5 / 30 % of 14.99, half-up:
    # 11.992 / 8.994 / 7.495 / 5.92105 / 5.17155 / 4.497 -> 11.99 / 8.99 / 7.50 / 5.92 / 5.17 / 4.50
    pct = {"20": "80", "19": "60", "18": "50", "17": "39.5", "16": "34.5", "15": "30"}
    for age, p in pct.items():
        assert (D("14.99") * D(p) / 100).quantize(D("0.01"), ROUND_HALF_UP) == D(published[age])
    # the January 2026 amount still applies on 30 June 2026
    assert catalogue.value("nl/minimum-wage", dt.date(2026, 6, 30), "21").value == D("14.71")


def test_national_minimum_of_1_july_2026(catalogue: Catalogue) -> None:
    rv = catalogue.value("be/national-minimum", dt.date(2026, 7, 1), "18+0")
    assert (rv.value, rv.status, rv.outdated) == (D("2233.61"), "unverified", False)
    # 2189.81 x 1.02 = 2233.6062 -> 2233.61
    assert (D("2189.81") * D("1.02")).quantize(D("0.01"), ROUND_HALF_UP) == rv.value
    assert catalogue.value("be/national-minimum", dt.date(2026, 6, 30), "18+0").value == D("2189.81")
    assert catalogue.value("be/national-minimum", dt.date(2026, 8, 1), "18+0").outdated


def test_service_voucher_scale_of_1_january_2023(catalogue: Catalogue) -> None:
    on = dt.date(2023, 1, 1)
    # rows 0 and 3 read in L'Avenir (19 May 2023); rows 1 and 2 derived (June 2022 x 1.02, three
    # times, cent rounding at each step): 12.81 -> 13.07 -> 13.33 -> 13.60; 12.96 -> 13.22 -> 13.48 -> 13.75
    figures = {"0": "13.10", "1": "13.60", "2": "13.75", "3": "13.91"}
    for row, figure in figures.items():
        rv = catalogue.value("be/pc-322-01", on, "huishoudhulp", row)
        assert (rv.value, rv.status) == (D(figure), "derived")
    # the same chain reproduces the two published rows: 12.34 -> 12.59 -> 12.84 -> 13.10 and
    # 13.11 -> 13.37 -> 13.64 -> 13.91
    for june, jan in (("12.34", "13.10"), ("13.11", "13.91")):
        x = D(june)
        for _ in range(3):
            x = (x * D("1.02")).quantize(D("0.01"), ROUND_HALF_UP)
        assert x == D(jan)
    # September-December 2022 stays a gap (two 2 % steps whose dates were not read): an error
    with pytest.raises(LookupError_, match="not verified"):
        catalogue.value("be/pc-322-01", dt.date(2022, 10, 3), "huishoudhulp", "0")
    # after reviewed_through (31 October 2023) the January 2023 scale is used with a warning
    late = catalogue.value("be/pc-322-01", dt.date(2023, 11, 15), "huishoudhulp", "0")
    assert late.value == D("13.10") and late.outdated
