"""How a line's rate was obtained, in the reader's language (documents/line_text.py): the
structured basis carries everything the engine's English text says, and the words are French,
Dutch or German where the reader is."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
import yaml

from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.compute.result import Line
from wage_remedy.documents.line_text import line_basis
from wage_remedy.errors import CaseError, params_of
from wage_remedy.law.catalogue import Catalogue

SCENARIOS = sorted((Path(__file__).parent.parent / "scenarios").glob("*.yaml"))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_the_params_say_what_the_english_basis_says(path: Path, catalogue: Catalogue) -> None:
    """Worded from its params in the engine's English, every line's basis is its ``basis``
    text, character for character: nothing is only in the English."""
    case = yaml.safe_load(path.read_text(encoding="utf-8")).get("case")
    try:
        result = compute(parse_case_data(case), catalogue)
    except CaseError:
        pytest.skip("a scenario of refused input")
    lines = [ln for w in result.workers for p in w.periods for ln in p.lines]
    assert lines
    for ln in lines:
        assert dict(ln.basis_params).get("kind"), ln.basis
        assert line_basis(ln, "en", raw=True) == ln.basis


def _line(basis: str, **params: object) -> Line:
    day = dt.date(2025, 2, 3)
    return Line(kind="normal", minutes=60, rate=D("14.8839"), premium=D(0), amount=D("14.88"),
                binding="sector", rate_table="be/pc-302", rate_from=dt.date(2025, 1, 1), status="derived",
                source=None, first_day=day, last_day=day, basis=basis, basis_params=params_of(params))


def test_sector_scale_in_french_dutch_and_german() -> None:
    ln = _line("be/pc-302 category II, 0 function years: 14.8839/h [higher than: national 12.8252]",
               kind="sector", table="be/pc-302", category="II", unit="hour", years=0, base="14.8839",
               others=1, **{"0.binding": "national", "0.rate": "12.8252"})
    assert line_basis(ln, "en", raw=True) == ln.basis
    fr = line_basis(ln, "fr")
    assert fr == ("CP 302 industrie hôtelière (horeca) : salaires horaires minimums, catégorie II, "
                  "0 année de fonction : 14.8839/h [plus élevé que : minimum national 12.8252/h]")
    assert line_basis(ln, "nl").endswith("categorie II, 0 functiejaren: 14.8839/u [hoger dan: nationaal minimum 12.8252/u]")
    assert line_basis(ln, "de").endswith("Kategorie II, 0 Funktionsjahre: 14.8839/Std. [höher als: "
                                         "nationaler Mindestlohn 12.8252/Std.]")
    assert "be/pc-302" not in fr and "category" not in fr


def test_figures_in_the_reader_s_format() -> None:
    """Monthly national minimum (GGMMI 2,111.89 x 3/13/38 h) with the figures formatted by the
    caller: French decimal commas."""
    ln = _line("GGMMI 2111.89/month; x 3/13/38 h", kind="ggmmi", monthly="2111.89", weekly_hours=38)
    comma = lambda d: format(d, "f").replace(".", ",")  # noqa: E731
    assert line_basis(ln, "fr", money=comma, number=comma) == "RMMMG 2111,89/mois ; × 3/13/38 h"
    assert line_basis(ln, "de", money=comma, number=comma) == "GDMMI 2111,89/Monat; × 3/13/38 Std."


def test_pre_2022_tier_and_youth_rate() -> None:
    tier = _line("GGMMI 1700.00/month (tier 21+6: age 22, 8 months' seniority); x 3/13/38 h",
                 kind="ggmmi", monthly="1700.00", weekly_hours=38, tier="21+6", age=22, seniority=8)
    assert line_basis(tier, "en", raw=True) == tier.basis
    assert line_basis(tier, "fr") == "RMMMG 1700.00/mois (palier 21+6 : 22 ans, 8 mois d'ancienneté) ; × 3/13/38 h"
    youth = _line("CCT 50: 73 % of 2111.89 = 1541.68/month (be/youth@2022-04-01); x 3/13/38 h",
                  kind="cct50", percent=73, adult="2111.89", monthly="1541.68", table="be/youth",
                  version="2022-04-01", weekly_hours=38)
    assert line_basis(youth, "en", raw=True) == youth.basis
    nl = line_basis(youth, "nl", date=lambda d: d.strftime("%d/%m/%Y"))
    assert nl.startswith("cao 50: 73 % van 2111.89 = 1541.68/maand (")  # the table by its title
    assert nl.endswith(", vanaf 01/04/2022); × 3/13/38 u") and "be/youth" not in nl


def test_hourly_figures_keep_their_four_decimals() -> None:
    """An hourly scale or premium is a rate (1.5862/h), never rounded to the cent as money is."""
    ln = _line("be/pc-302 category II: 14.8839/h", kind="sector", table="be/pc-302", category="II",
               unit="hour", base="14.8839")
    night = _line("1.5862/h", kind="premium", per_hour="1.5862")
    cents = lambda d: format(d.quantize(D("0.01")), "f")  # noqa: E731
    plain = lambda d: format(d, "f")  # noqa: E731
    assert line_basis(ln, "en", money=cents, number=plain).endswith(": 14.8839/h")
    assert line_basis(night, "en", money=cents, number=plain) == "1.5862/h"


def test_flat_premium_and_agreed_rate() -> None:
    prem = _line("2.00/h, at most 12.00/day", kind="premium", per_hour="2.00", cap="12.00")
    assert line_basis(prem, "en", raw=True) == prem.basis
    assert line_basis(prem, "fr") == "2.00/h, au plus 12.00/jour"
    agreed = _line("hourly rate agreed with the employer [higher than: sector 14.8839; national 12.8252]",
                   kind="agreed", others=2, **{"0.binding": "sector", "0.rate": "14.8839",
                                               "1.binding": "national", "1.rate": "12.8252"})
    assert line_basis(agreed, "en", raw=True) == agreed.basis
    assert line_basis(agreed, "de") == ("mit dem Arbeitgeber vereinbarter Stundenlohn [höher als: "
                                        "Sektortarif 14.8839/Std.; nationaler Mindestlohn 12.8252/Std.]")


def test_a_line_without_params_keeps_its_text() -> None:
    ln = _line("something older")
    assert line_basis(ln, "fr") == "something older"


def test_premium_basis_follows_the_figures_as_written() -> None:
    """2 and 2.00 are equal Decimals but different texts: whichever comes first, each premium
    line's basis shows its own figures (a cache keyed by value mixed them up)."""
    from wage_remedy.compute.lines import premium_basis

    assert premium_basis(D("2"), None)[0] == "2/h"
    assert premium_basis(D("2.00"), D("12.00"))[0] == "2.00/h, at most 12.00/day"
    assert premium_basis(D("2.00"), None)[0] == "2.00/h"
    assert premium_basis(D("2"), D("12"))[0] == "2/h, at most 12/day"
