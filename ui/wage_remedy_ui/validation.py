"""Parsing of what the user types into the strings the case file stores.

Every parser takes the typed text and returns the canonical case-file string (ISO date, ``HH:MM``,
plain decimal) or raises ``InputError`` with a message saying what is wrong and what is allowed.
Numbers go through ``wage_remedy_ui.amounts.parse_number`` in the interface locale (the one parser of every
amount field and table; ambiguous writings such as ``1.200`` are refused): never through a float.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from babel.dates import get_month_names
from PySide6.QtCore import QCoreApplication
from stdnum import iban as _iban
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError

from wage_remedy.api import shift_minutes
from wage_remedy.errors import WageRemedyError
from wage_remedy_ui.amounts import AmountError, parse_number, symbols
from wage_remedy_ui.i18n import BABEL_LOCALES, babel_locale, fmt_money, fmt_number, fmt_period

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.hH](\d{2}))?$")
_TIME_COMPACT = re.compile(r"^(\d{2})(\d{2})$")
_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$|^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$")


class InputError(WageRemedyError, ValueError):
    """Typed text that cannot be accepted; the message says why."""


translate = QCoreApplication.translate


def parse_date_text(text: str) -> str:
    """``2025-03-03``, ``3/3/2025``, ``03.03.2025`` or ``3-3-25`` (day first) -> ISO date."""
    s = text.strip()
    if not s:
        raise InputError(translate("Validation", "a date is required (for example 03/03/2025)"))
    m = _ISO_DATE.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _DMY_DATE.match(s)
        if not m:
            raise InputError(translate("Validation", "'{0}' is not a date: write day/month/year, for example "
                                "03/03/2025").format(s))
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) == 2:
            y += 2000
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise InputError(translate("Validation", "'{0}' is not a date of the calendar").format(s)) from None


def parse_optional_date_text(text: str) -> str | None:
    """Like ``parse_date_text``; empty text means no date."""
    return parse_date_text(text) if text.strip() else None


def parse_time_text(text: str) -> str:
    """``8:00``, ``08:00``, ``8h30``, ``0830`` or ``8`` -> ``HH:MM`` (00:00 to 24:00)."""
    s = text.strip()
    if not s:
        raise InputError(translate("Validation", "a time is required (for example 08:00)"))
    m = _TIME.match(s) or _TIME_COMPACT.match(s)
    if not m:
        raise InputError(translate("Validation", "'{0}' is not a time: write hours:minutes, for example 08:30")
                         .format(s))
    hh = int(m.group(1))
    mm = int(m.group(2) or 0)
    if mm > 59:
        raise InputError(translate("Validation", "'{0}' is not a time: minutes go from 00 to 59").format(s))
    if hh > 24 or (hh == 24 and mm):
        raise InputError(translate("Validation", "'{0}' is not a time: hours go from 00 to 24 (24:00 is the end of "
                            "the day)").format(s))
    return f"{hh:02d}:{mm:02d}"


def _decimal_string(text: str, what: str, example: str = "1200.50", max_places: int | None = None) -> str:
    """``text`` read as a number in the interface locale (``wage_remedy_ui.amounts``) -> plain decimal string."""
    try:
        value = parse_number(text, babel_locale(), max_places)
    except AmountError as exc:
        s = text.strip()
        dec, _group = symbols(babel_locale())
        shown = example.replace(".", dec)
        if exc.kind == "negative":
            raise InputError(translate("Validation", "'{0}': {1} cannot be negative").format(s, what)) from None
        if exc.kind == "ambiguous":
            digits = re.sub(r"\D", "", s)
            whole = str(int(digits)) if digits else s
            head, tail = re.sub(r"[^\d.,]", "", exc.text).replace(",", ".").split(".")
            thousand = fmt_number(Decimal(digits)) + dec + "00" if digits else s
            small = fmt_money(Decimal(f"{int(head)}.{tail}"))
            raise InputError(translate("Validation", "'{0}' is ambiguous: for {1} write {2} (or {3}); for {4} "
                                       "write {4}").format(s, thousand, whole, thousand, small)) from None
        if exc.kind == "places":
            raise InputError(translate("Validation", "'{0}': {1} has at most {2} decimals").format(
                s, what, max_places)) from None
        raise InputError(translate("Validation", "'{0}' is not {1}: write digits with an optional decimal part, "
                                   "for example {2}").format(s, what, shown)) from None
    return format(value, "f")


def parse_amount_text(text: str) -> str:
    """An amount in euro (``1200.50`` or ``1200,50``) -> plain decimal string."""
    if not text.strip():
        raise InputError(translate("Validation", "an amount is required (for example 1200.50)"))
    return _decimal_string(text, translate("Validation", "an amount"), max_places=2)


def parse_optional_amount_text(text: str) -> str | None:
    """Like ``parse_amount_text``; empty text means none."""
    return parse_amount_text(text) if text.strip() else None


def parse_rate_text(text: str) -> str:
    """An hourly rate or a factor (``12,8252``; up to 4 decimals) -> plain decimal string."""
    if not text.strip():
        raise InputError(translate("Validation", "a number is required (for example 12.50)"))
    return _decimal_string(text, translate("Validation", "a rate"), "12.8252", max_places=4)


def parse_optional_rate_text(text: str) -> str | None:
    """Like ``parse_rate_text``; empty text means none."""
    return parse_rate_text(text) if text.strip() else None


def parse_hours_text(text: str) -> str:
    """A number of hours (``160`` or ``7,5``) -> plain decimal string."""
    if not text.strip():
        raise InputError(translate("Validation", "a number of hours is required (for example 160)"))
    return _decimal_string(text, translate("Validation", "a number of hours"), "7.5")


def parse_weekly_hours_text(text: str) -> str | None:
    """The full-time weekly regime (more than 0, at most 60); empty means the sector's default."""
    if not text.strip():
        return None
    s = _decimal_string(text, translate("Validation", "a number of hours"), "37.5")
    if not (Decimal(0) < Decimal(s) <= Decimal(60)):
        raise InputError(translate("Validation", "the full-time weekly regime is more than 0 and at most 60 hours"))
    return s


def parse_minutes_text(text: str) -> int:
    """A break in minutes (``30``) or as hours:minutes (``0:30``) -> whole minutes."""
    s = text.strip()
    if not s:
        return 0
    if re.fullmatch(r"\d{1,4}", s):
        return int(s)
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", s)
    if m and int(m.group(2)) < 60:
        return int(m.group(1)) * 60 + int(m.group(2))
    raise InputError(translate("Validation", "'{0}' is not a break: write whole minutes (30) or hours:minutes (0:30)")
                     .format(s))


def _fold(word: str) -> str:
    """A month name compared without case, accents or a final dot (``Févr.`` -> ``fevr``)."""
    plain = unicodedata.normalize("NFKD", word.casefold().strip().rstrip("."))
    return "".join(c for c in plain if not unicodedata.combining(c))


@lru_cache(maxsize=8)
def _month_names(locale: str) -> dict[str, int]:
    """Month names of a Babel locale, full and abbreviated (folded) -> month number."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for month, name in get_month_names(width, context, locale).items():
                names.setdefault(_fold(name), month)
    return names


def _month_number(word: str) -> int | None:
    """The month a name means: in the interface language first, else in another of the app's
    languages (a French month typed in the Dutch interface)."""
    folded = _fold(word)
    for locale in dict.fromkeys([babel_locale(), *BABEL_LOCALES.values()]):
        month = _month_names(locale).get(folded)
        if month is not None:
            return month
    return None


def _period_in_words(s: str) -> str | None:
    """``maart 2025``, ``mars 2025``, ``März 2025``, ``mrt. 2025``, ``2025 mars`` -> ``2025-03``;
    the week as the app shows it (``week 10, 2025``) -> ``2025-W10``; None when it is neither."""
    m = re.fullmatch(r"([^\W\d_]+\.?)\s*,?\s*(\d{4})", s) or re.fullmatch(r"(\d{4})\s*,?\s*([^\W\d_]+\.?)", s)
    if m:
        word, year = (m.group(1), m.group(2)) if not m.group(1).isdigit() else (m.group(2), m.group(1))
        month = _month_number(word)
        return f"{year}-{month:02d}" if month else None
    shown = translate("Periods", "week {0}, {1}")
    pattern = re.escape(shown).replace(re.escape("{0}"), r"(?P<w>\d{1,2})").replace(re.escape("{1}"), r"(?P<y>\d{4})")
    m = re.fullmatch(pattern.replace(r"\ ", r"\s*"), s, re.IGNORECASE)
    if m:
        return f"{m.group('y')}-W{int(m.group('w')):02d}"
    return None


def parse_period_text(text: str) -> str | None:
    """A pay period: a month as ``2025-03``, ``03/2025`` or in words in the interface language
    (``maart 2025``, ``mars 2025``, ``März 2025``, abbreviated too), a week as ``2025-W10``;
    empty: the payment's date decides."""
    s = text.strip()
    if not s:
        return None
    worded = _period_in_words(s)
    if worded is not None:
        s = worded
    s = s.upper()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{4})", s)  # 03/2025
    if m:
        s = f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(\d{4})[/.](\d{1,2})", s)  # 2025/03
    if m:
        s = f"{m.group(1)}-{int(m.group(2)):02d}"
    if not _PERIOD.match(s):
        example = f"{dt.date.today().year}-03"
        raise InputError(translate("Validation", "'{0}' is not a pay period: write a month as {1}, {2} or "
                                   "{3}, a week as {4}, or leave it empty").format(
            text.strip(), fmt_period(example), example[5:] + "/" + example[:4], example,
            example[:4] + "-W10"))
    return s


def parse_iban_text(text: str) -> str | None:
    """An IBAN checked with its check digits -> compact form; empty means no IBAN."""
    s = text.strip()
    if not s:
        return None
    try:
        return str(_iban.validate(s))
    except InvalidChecksum:
        raise InputError(translate("Validation", "'{0}' is not a valid IBAN: the check digits do not match (a typing "
                            "error?)").format(s)) from None
    except InvalidLength:
        raise InputError(translate("Validation", "'{0}' is not a valid IBAN: wrong length for its country").format(s)) from None
    except ValidationError:
        raise InputError(translate("Validation", "'{0}' is not a valid IBAN (it starts with a country code such as "
                            "BE or NL)").format(s)) from None


def parse_required_text(text: str) -> str:
    """Text that may not be empty."""
    s = text.strip()
    if not s:
        raise InputError(translate("Validation", "this field is required"))
    return s


def worked_minutes(start: str, end: str, break_minutes: int, day: dt.date | None = None,
                   time_zone: str | None = None) -> int | None:
    """Minutes worked in one shift (an end at or before the start ends the next day); None where
    the engine refuses the shift (a break as long as the shift, an end equal to the start). The
    engine's own count (``shift_minutes``); with ``day`` and ``time_zone`` across DST changes."""
    return shift_minutes(day, start, end, break_minutes, time_zone)
