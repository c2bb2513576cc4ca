"""Reading a typed number (an amount, hours, a rate) in the interface locale, exactly.

One parser for every amount field and table of the app. It accepts what the app displays in each
language (``1.200,00`` in Dutch and German, ``1 200,00`` with a plain, no-break or narrow no-break
space in French, ``1,200.00`` in English) and every other writing whose meaning is certain
(``1200``, ``1200,5``, ``1200.50``, ``1.234.567,89``). It refuses a writing that could mean two
amounts a thousand times apart: one separator followed by exactly three digits (``1.200``,
``1,200``, ``12.000``) is a thousands group in Dutch and a decimal part in English, so it is never
guessed. The symbols of each locale come from Babel (the CLDR data the display uses), and the
normalised text is checked once more with Babel's strict parser.

No Qt here: ``wage_remedy_ui.validation`` turns an ``AmountError`` into a message in the user's language.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol
from babel.numbers import parse_decimal as babel_parse_decimal

from wage_remedy.errors import WageRemedyError

SPACES = " \u00a0\u202f\u2009\u2007"  # space, no-break, narrow no-break, thin, figure space
_GROUPED = re.compile(r"^\d{1,3}(?:G\d{3})+$")


class AmountError(WageRemedyError, ValueError):
    """Typed text that is not a number; ``kind`` says why.

    kinds: ``empty``, ``negative``, ``ambiguous`` (one separator and exactly three digits),
    ``places`` (more decimals than allowed), ``format`` (anything else).
    """

    def __init__(self, kind: str, text: str):
        super().__init__(f"{kind}: {text!r}")
        self.kind = kind
        self.text = text


def symbols(locale: str) -> tuple[str, str]:
    """The (decimal, group) symbols Babel shows for ``locale``."""
    return str(get_decimal_symbol(locale)), str(get_group_symbol(locale))


def parse_number(text: str, locale: str, max_places: int | None = None) -> Decimal:
    """The number written in ``text``; raises ``AmountError`` when it is not certain.

    ``locale`` is a Babel locale (``nl_BE``); ``max_places`` limits the decimals (2 for euro).
    """
    raw = text.strip()
    if not raw:
        raise AmountError("empty", text)
    if raw[0] in "-\u2212":
        raise AmountError("negative", raw)
    if raw.startswith("+"):
        raw = raw[1:]
    s = raw.replace("€", "").strip()
    for sp in SPACES:
        s = s.replace(sp, "G")  # a space is only ever a thousands separator
    if not s or not re.fullmatch(r"[\dG.,]+", s) or not s[0].isdigit():
        raise AmountError("format", raw)
    int_part, dec_part = _split(s, raw)
    if dec_part is not None and (not dec_part.isdigit()):
        raise AmountError("format", raw)
    if "G" in int_part and not _GROUPED.match(int_part):
        raise AmountError("format", raw)  # groups of three digits only: "12 00" is a typo
    if not int_part.replace("G", "").isdigit():
        raise AmountError("format", raw)
    places = len(dec_part) if dec_part is not None else 0
    if max_places is not None and places > max_places:
        raise AmountError("places", raw)
    digits = int_part.replace("G", "")
    plain = digits + ("." + dec_part if dec_part else "")
    # cross-check with Babel's strict parser on the locale's own writing of the same number
    dec_sym, _group = symbols(locale)
    try:
        checked = babel_parse_decimal(plain.replace(".", dec_sym), locale=locale, strict=True)
    except NumberFormatError:  # pragma: no cover - the writing built above is the locale's own
        raise AmountError("format", raw) from None
    value = Decimal(plain)
    if checked != value:  # pragma: no cover - the two readings must agree
        raise AmountError("format", raw)
    return value


def _split(s: str, raw: str) -> tuple[str, str | None]:
    """Split ``s`` (spaces already ``G``) into the integer part (groups marked ``G``) and the
    decimal digits; raises ``AmountError`` for an ambiguous or malformed writing."""
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        last = max(s.rfind("."), s.rfind(","))
        dec_char = s[last]
        group_char = "," if dec_char == "." else "."
        if s.count(dec_char) != 1:
            raise AmountError("format", raw)
        return s[:last].replace(group_char, "G"), s[last + 1:]
    sep = "." if dots else "," if commas else None
    if sep is None:
        return s, None
    count = s.count(sep)
    if "G" in s:  # spaces group the thousands: the one "." or "," is the decimal separator
        if count != 1:
            raise AmountError("format", raw)
        left, right = s.split(sep)
        return left, right
    if count > 1:  # 1.234.567: thousands groups only
        return s.replace(sep, "G"), None
    left, right = s.split(sep)
    if len(right) == 3 and left.isdigit() and 1 <= len(left) <= 3 and left != "0":
        raise AmountError("ambiguous", raw)  # 1.200 / 1,200 / 12.000: a thousand times apart
    return left, right
