"""Amounts typed in each interface language: what the app shows is read back exactly, and a
writing that could mean two amounts a thousand times apart is refused, never guessed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from wage_remedy_ui.amounts import AmountError, parse_number  # noqa: E402
from wage_remedy_ui.i18n import fmt_money, install_language  # noqa: E402
from wage_remedy_ui.validation import (  # noqa: E402
    InputError,
    parse_amount_text,
    parse_hours_text,
    parse_rate_text,
)
from wage_remedy_ui.widgets.fields import FieldEdit  # noqa: E402

NNBSP, NBSP = "\u202f", "\u00a0"
AMBIGUOUS = {"en": "ambiguous", "fr": "ambigu", "nl": "dubbelzinnig", "de": "mehrdeutig"}


@pytest.mark.parametrize(("lang", "shown"), [
    ("nl", "1.200,00"), ("de", "1.200,00"), ("fr", f"1{NNBSP}200,00"), ("en", "1,200.00")])
def test_the_amount_the_app_shows_is_read_back_exactly(qapp: Any, lang: str, shown: str) -> None:
    install_language(lang)
    try:
        assert fmt_money(Decimal("1200")) == shown  # the display of this language
        assert parse_amount_text(shown) == "1200.00"
        # French written with a plain or a no-break space instead of the narrow one
        assert parse_amount_text("1 200,00") == "1200.00"
        assert parse_amount_text(f"1{NBSP}200,00") == "1200.00"
        assert parse_amount_text("1.234.567,89") == "1234567.89"
        assert parse_amount_text("1200,5") == "1200.5"
        assert parse_amount_text("1200.50") == "1200.50"  # one separator, two digits: decimals
    finally:
        install_language("en")


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "de"])
@pytest.mark.parametrize("text", ["1.200", "1,200", "12.000", "999,999"])
def test_one_separator_and_three_digits_is_refused_in_every_language(qapp: Any, lang: str, text: str) -> None:
    # "1.200" is 1200 in Dutch and 1.2 in English: never read as 1.20
    install_language(lang)
    word = AMBIGUOUS[lang]  # the message is in the interface language
    try:
        with pytest.raises(InputError, match=word):
            parse_amount_text(text)
        with pytest.raises(InputError, match=word):
            parse_hours_text(text)
    finally:
        install_language("en")


def test_malformed_and_too_precise_amounts_are_refused() -> None:
    for text, kind in (("12 00", "format"), ("1,2,3", "format"), ("-5", "negative"),
                       ("1.200,505", "places"), ("1,200.5.0", "format"), ("", "empty")):
        with pytest.raises(AmountError) as info:
            parse_number(text, "nl_BE", 2)
        assert info.value.kind == kind, text
    # a rate keeps up to four decimals; 12,8252 has four digits after the comma: not ambiguous
    assert parse_rate_text("12,8252") == "12.8252"
    assert parse_number("0,500", "nl_BE", 3) == Decimal("0.5")  # a leading 0 is never a group


def test_dutch_field_never_stores_1_200_as_1_20(qtbot: Any, qapp: Any) -> None:
    install_language("nl")
    try:
        field = FieldEdit(parse_amount_text)
        qtbot.addWidget(field)
        got: list[Any] = []
        field.committed.connect(got.append)
        field.setText("1.200")
        field.editingFinished.emit()
        assert got == [] and field.invalid  # refused, marked, nothing stored
        assert "dubbelzinnig" in field.error  # said in Dutch
        field.setText("1.200,00")
        field.editingFinished.emit()
        assert got == ["1200.00"]
    finally:
        install_language("en")
