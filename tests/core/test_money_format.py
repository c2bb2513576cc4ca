"""The one money formatter (wage_remedy.money): half-up to the cent, then the locale's layout."""

from __future__ import annotations

from decimal import Decimal as D

from wage_remedy.money import format_money, money_text


def test_machine_form_rounds_half_up_to_the_cent() -> None:
    # 2.005 is exactly half a cent: half-up gives 2.01 (banker's rounding would give 2.00)
    assert money_text(D("2.005")) == "2.01"
    assert money_text(D("1200")) == "1200.00"
    assert money_text(D("-0.125")) == "-0.13"


def test_people_see_the_locale_layout() -> None:
    # 1052.025 -> 1052.03 (half-up), grouped by thousands
    assert format_money(D("1052.025"), "en_GB") == "1,052.03"
    assert format_money(D("1052.025"), "en_GB", currency=True) == "€1,052.03"
    # Belgian French: decimal comma, a (narrow) space between thousands, euro sign after
    fr = format_money(D("1052.025"), "fr_BE", currency=True)
    assert fr.replace("\u202f", " ").replace("\xa0", " ") == "1 052,03 €"
    nl = format_money(D("1234567.5"), "nl_NL")
    assert nl == "1.234.567,50"
