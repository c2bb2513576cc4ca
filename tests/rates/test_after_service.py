"""The ``after_service`` rule of a sector table (rates/FORMAT.md, "A scale for the first months of
service"): one broken fixture per failure mode, each refused by ``rates check`` naming file, YAML
path and line; the bundled PC 200 rule as loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from wage_remedy.cli import main
from wage_remedy.law.catalogue import Catalogue
from wage_remedy.law.loader import after_service_problems

BROKEN = Path(__file__).parent / "broken"

# fixture folder -> (file, yaml path, line, words). In every fixture be/pc-999.yaml has its rule at
# lines 10-14 (months on 11, table on 12, source on 14); be/pc-999-ii.yaml is the continuing table.
CASES = {
    # the rule in its own file (the loader)
    "aftermonths": ("be/pc-999.yaml", "after_service.months", 11,
                    "months '1.5' is not a whole number of months from 1 to 1200"),
    "aftersuperscript": ("be/pc-999.yaml", "after_service.months", 11,  # isdigit() but not int()
                         "months '²' is not a whole number of months from 1 to 1200"),
    "aftertable": ("be/pc-999.yaml", "after_service.table", 12,
                   "table 'nl/pc-999-ii' is not a sector table id of BE"),
    "afterself": ("be/pc-999.yaml", "after_service.table", 12, "is this table itself"),
    "aftersource": ("be/pc-999.yaml", "after_service.source.url", 14, "empty source url"),
    "afterkind": ("be/pc-999.yaml", "after_service", 7,
                  "an after_service rule belongs to a table of kind sector, not youth"),
    # the continuing table, across the folder (rates check)
    "aftermissing": ("be/pc-999.yaml", "after_service.table", 12,
                     "be/pc-999-ii cannot continue be/pc-999: there is no table be/pc-999-ii"),
    "afternotsector": ("be/pc-999.yaml", "after_service.table", 12,
                       "it is a table of kind presumption, not sector"),
    "afterjurisdiction": ("be/pc-999.yaml", "after_service.table", 12,
                          "its jurisdiction is NL, that of be/pc-999 BE"),
    "afterunit": ("be/pc-999.yaml", "after_service.table", 12, "its unit is month, that of be/pc-999 hour"),
    "afterhours": ("be/pc-999.yaml", "after_service.table", 12,
                   "its weekly_hours are 40, those of be/pc-999 38"),
    "afterdimensions": ("be/pc-999.yaml", "after_service.table", 12,
                        "its dimensions are ['category'], those of be/pc-999 ['category', 'function_years']"),
    "aftercategories": ("be/pc-999.yaml", "after_service.table", 12,
                        "its categories are A, those of be/pc-999 A, B"),
    "afterchain": ("be/pc-999.yaml", "after_service.table", 12,
                   "it is itself continued by be/pc-999-iii (a table continues another for one step only)"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_after_service_refused_with_location(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    file, path, line, words = CASES[name]
    assert main(["rates", "check", str(BROKEN / name)]) == 2
    err = capsys.readouterr().err
    assert f"{file}:{line}: {path}: " in err, err
    assert any(f"{file}:{line}: {path}: " in ln and words in ln for ln in err.splitlines()), err


def test_valid_pair_has_no_after_service_problem(capsys: pytest.CaptureFixture[str]) -> None:
    # The folder fails only for Belgium's tables it lacks; the rule and its table pass.
    assert main(["rates", "check", str(BROKEN / "aftervalid")]) == 2
    err = capsys.readouterr().err
    assert "after_service" not in err and "missing required table be/national-minimum" in err


def test_bundled_pc200_rule(catalogue: Catalogue) -> None:
    rule = catalogue.table("be/pc-200").after_service
    assert rule is not None
    assert (rule.months, rule.table, rule.status) == (12, "be/pc-200-scale-ii", "secondary")
    assert rule.source.url == "https://www.sfonds200.be/nl/sectorinformatie/verloning/"
    assert catalogue.table("be/pc-200-scale-ii").after_service is None
    assert after_service_problems(catalogue.tables) == []


def test_rates_show_prints_the_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "show", "be/pc-200", "--on", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert ("applies during the first 12 months of service in the undertaking; then "
            "be/pc-200-scale-ii [secondary]") in out


@pytest.mark.parametrize("name", ["afterhours", "aftermissing"])
def test_a_folder_with_a_broken_continuing_table_is_not_loaded(name: str) -> None:
    """Not only ``rates check``: computing with such a folder (``--rates``) is refused too, with
    the same message (a scale II of 40 h would otherwise be read at 38 h)."""
    from wage_remedy.law.catalogue import load_catalogue
    from wage_remedy.law.loader import RateFileError

    with pytest.raises(RateFileError) as err:
        load_catalogue(BROKEN / name)
    assert any(p.path == "after_service.table" for p in err.value.problems), err.value.problems
