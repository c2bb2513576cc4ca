"""Decimal money helpers: parsing, rounding (half-up) and formatting.

Money is ``Decimal`` end to end. Amounts are rounded to the cent, hourly rates to 4 decimals,
each exactly once at the place the calculation method documents.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from wage_remedy.errors import WageRemedyError

CENT = Decimal("0.01")
RATE_QUANTUM = Decimal("0.0001")
ZERO = Decimal("0")
_DECIMAL_RE = re.compile(r"^-?\d+(\.\d+)?$")


class DecimalFormatError(WageRemedyError, ValueError):
    """A string is not a plain decimal number (``"12.50"``)."""


def parse_decimal(text: str, *, allow_negative: bool = False) -> Decimal:
    """Parse a plain decimal string such as ``"1200.00"``; no floats, no exponents, no commas."""
    if not isinstance(text, str):
        raise DecimalFormatError(f"expected a quoted decimal string, got {type(text).__name__} {text!r}")
    s = text.strip()
    if not _DECIMAL_RE.match(s):
        raise DecimalFormatError(f"{text!r} is not a decimal number (write e.g. \"1200.50\")")
    try:
        value = Decimal(s)
    except InvalidOperation as exc:  # pragma: no cover - regex guards this
        raise DecimalFormatError(f"{text!r} is not a decimal number") from exc
    if value < 0 and not allow_negative:
        raise DecimalFormatError(f"{text!r} is negative; only amounts >= 0 are allowed")
    return value


def round_cent(value: Decimal) -> Decimal:
    """Round half-up to the cent."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def round_rate(value: Decimal) -> Decimal:
    """Round half-up to 4 decimals (hourly rates)."""
    return value.quantize(RATE_QUANTUM, rounding=ROUND_HALF_UP)


def monthly_to_hourly(monthly: Decimal, weekly_hours: Decimal) -> Decimal:
    """Convert a monthly amount to an hourly one: monthly x 3 / 13 / weekly hours, 4 decimals."""
    return round_rate(monthly * 3 / 13 / weekly_hours)


def money_text(value: Decimal) -> str:
    """An amount in machine form, rounded half-up to the cent: ``1234.50`` (JSON, CSV, text)."""
    return fmt_decimal(value.quantize(CENT, rounding=ROUND_HALF_UP))


@lru_cache(maxsize=16384)
def format_money(value: Decimal, locale: str, *, currency: bool = False) -> str:
    """An amount for people, in ``locale`` (babel), rounded half-up to the cent and grouped:
    ``1 052,03`` (fr_BE), ``1,052.03`` (en_GB); with ``currency`` the euro sign where the locale
    puts it (``1 052,03 €``). The one money formatter of documents and the app (memoised: the app
    shows the same amounts again after every edit)."""
    from babel.numbers import format_currency

    cents = value.quantize(CENT, rounding=ROUND_HALF_UP)
    loc = _babel_locale(locale)
    if currency:
        return str(format_currency(cents, "EUR", locale=loc))
    return str(_grouped_cents().apply(cents, loc))


@lru_cache(maxsize=64)
def _babel_locale(name: str) -> Any:
    from babel import Locale

    return Locale.parse(name)


@lru_cache(maxsize=1)
def _grouped_cents() -> Any:
    from babel.numbers import parse_pattern

    return parse_pattern("#,##0.00")


def fmt_decimal(value: Decimal) -> str:
    """Format a Decimal without exponent, keeping its own number of decimals."""
    text = str(value)  # the same text as format(value, "f") unless it has an exponent; 3 x faster
    return format(value, "f") if "E" in text else text


@lru_cache(maxsize=16384)
def fmt_hours(minutes: int) -> str:
    """Hours as a decimal string from whole minutes, up to 4 decimals, no trailing zeros."""
    value = (Decimal(minutes) / 60).quantize(RATE_QUANTUM, rounding=ROUND_HALF_UP)
    text = fmt_decimal(value.normalize())
    return text if "." in text or text != "" else "0"
