"""Cell parsers for spreadsheet imports: dates, times, durations, amounts and pay periods.

Every parser takes a cell as read from a CSV (``str``) or an XLSX workbook (``str``, ``int``,
``float``, ``datetime``, ``date``, ``time``, ``timedelta``) and returns exact values (``Decimal``,
whole minutes, ``date``); nothing goes through a float except an XLSX numeric cell, which is
converted at Excel's own precision (15 significant digits) and must then be a whole number of
cents or minutes. A value that cannot be read raises ``CellError`` with a message for the user.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Literal

from openpyxl.utils.datetime import from_excel

from wage_remedy.errors import WageRemedyError, params_of
from wage_remedy.importing.reasons import cut
from wage_remedy.money import CENT

DAY = 24 * 60
DecimalMode = Literal["comma", "point"] | None
TimeMode = Literal["clock", "decimal", "fraction"] | None

# Plausibility window for dates read from a file (not a legal figure: it catches numbers such as
# ``8`` read as Excel day 8 of 1900, and typing errors such as 2205).
MIN_YEAR, MAX_YEAR = 1950, 2100
# Input bounds (not legal figures), as the case file's: amounts below 10^12, numbers of at most 18
# digits (Decimal arithmetic keeps 28 significant digits exactly).
MAX_AMOUNT = Decimal(10) ** 12
MAX_DIGITS = 18

_MONTHS = {
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # fr
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7,
    # nl
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "oktober": 10, "mrt": 3, "okt": 10,
}

_ISO_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")
_NAMED_DATE = re.compile(r"^(\d{1,2})\.?[\s\-]+([a-z]+)\.?[\s\-]+(\d{4})$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL_DATE = re.compile(r"^\d{5}$")
_WEEKDAY_PREFIX = re.compile(r"^[^\W\d_]{2,9}\.?,?\s+(?=\d)")
_TIME_PART = re.compile(r"[ T](\d{1,2}[:hu]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]m)?)$", re.I)

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$")
_HU = re.compile(r"^(\d{1,2})\s*[hu]\s*(\d{2})?$")
_DOTTED = re.compile(r"^(\d{1,2})[.,](\d+)$")
_WHOLE = re.compile(r"^\d{1,2}$")
_HHMM = re.compile(r"^(\d{1,2})(\d{2})$")

_DURATION_HM = re.compile(r"^(\d{1,4}):(\d{2})(?::(\d{2}))?$")
_DURATION_HU = re.compile(r"^(\d{1,4})\s*(?:h|u|uur|uren|heures?|hours?)\s*(?:(\d{1,2})\s*(?:m|min)?)?$")
_DURATION_MIN = re.compile(r"^(\d{1,4})\s*(?:m|min|mins|minutes?|minuten)$")

_CURRENCY = re.compile(r"(?i)(€|eur(?:os?)?\b|euro\b)")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")

_PERIOD_YM = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_PERIOD_MY = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_PERIOD_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.I)
_PERIOD_NAMED = re.compile(r"^([a-z]+)\.?[\s\-]+(\d{4})$")

_METHODS = {
    "cash": "cash", "contant": "cash", "contanten": "cash", "cash payment": "cash",
    "especes": "cash", "en especes": "cash", "liquide": "cash", "liquide s": "cash", "cash in hand": "cash",
    "bar": "cash", "baar": "cash",
    "bank": "bank", "transfer": "bank", "bank transfer": "bank", "wire": "bank", "overschrijving": "bank",
    "bankoverschrijving": "bank", "virement": "bank", "virement bancaire": "bank", "banque": "bank",
    "bancaire": "bank", "giro": "bank", "sepa": "bank", "overmaking": "bank",
    "other": "other", "andere": "other", "ander": "other", "autre": "other", "overig": "other",
    "anders": "other", "divers": "other",
}


# What a payment pays (docs/heads.md): the head ids and their names in EN, FR, NL and DE, folded.
# Words that can mean several heads ("holiday pay", "vakantiegeld", "pécule") are not in it.
_HEADS = {
    "wages": "wages", "wage": "wages", "salary": "wages", "loon": "wages", "salaire": "wages",
    "remuneration": "wages", "lohn": "wages", "bezoldiging": "wages", "gehalt": "wages",
    "holiday pay fund": "holiday_pay_fund_be", "pecule de vacances ouvrier": "holiday_pay_fund_be",
    "vakantiegeld arbeider": "holiday_pay_fund_be",
    "double holiday pay": "double_holiday_pay_be", "double pecule": "double_holiday_pay_be",
    "double pecule de vacances": "double_holiday_pay_be", "dubbel vakantiegeld": "double_holiday_pay_be",
    "doppeltes urlaubsgeld": "double_holiday_pay_be",
    "exit holiday pay": "exit_holiday_pay_be", "pecule de sortie": "exit_holiday_pay_be",
    "pecule de vacances de sortie": "exit_holiday_pay_be", "vertrekvakantiegeld": "exit_holiday_pay_be",
    "austrittsurlaubsgeld": "exit_holiday_pay_be",
    "year end premium": "year_end_premium", "prime de fin d annee": "year_end_premium",
    "eindejaarspremie": "year_end_premium", "jahresendpramie": "year_end_premium",
    "fidelity stamps": "fidelity_stamps_be", "timbres fidelite": "fidelity_stamps_be",
    "getrouwheidszegels": "fidelity_stamps_be", "treuemarken": "fidelity_stamps_be",
    "bad weather stamps": "bad_weather_stamps_be", "timbres intemperies": "bad_weather_stamps_be",
    "weerverletzegels": "bad_weather_stamps_be", "schlechtwettermarken": "bad_weather_stamps_be",
    "notice pay": "notice_pay_be", "indemnite de preavis": "notice_pay_be",
    "opzeggingsvergoeding": "notice_pay_be", "kundigungsentschadigung": "notice_pay_be",
    "holiday allowance": "holiday_allowance_nl", "vakantiebijslag": "holiday_allowance_nl",
    "statutory increase": "statutory_increase_nl", "wettelijke verhoging": "statutory_increase_nl",
    "statutory interest": "statutory_interest_nl", "wettelijke rente": "statutory_interest_nl",
}


def parse_head(value: object) -> str:
    """What a payment pays: a head of claim id (docs/heads.md), from its id or its name (EN, FR,
    NL, DE); an empty cell is wages."""
    key = fold(str(value))
    if not key:
        return "wages"
    ident = key.replace(" ", "_")
    if ident in set(_HEADS.values()):
        return ident
    if key in _HEADS:
        return _HEADS[key]
    heads = ", ".join(sorted(set(_HEADS.values()) - {"wages"}))
    raise CellError(f"{show(value)!r} is not a head of claim; use wages (loon, salaire) or one of "
                    f"{heads} (or its name, e.g. vakantiebijslag, pécule de sortie, eindejaarspremie)",
                    "not-a-head", value=_v(value), heads=heads)


_STATUSES = {
    "blue collar": "blue_collar", "blue_collar": "blue_collar", "blue": "blue_collar",
    "ouvrier": "blue_collar", "ouvriere": "blue_collar", "arbeider": "blue_collar",
    "arbeidster": "blue_collar", "arbeiter": "blue_collar", "arbeiterin": "blue_collar",
    "white collar": "white_collar", "white_collar": "white_collar", "white": "white_collar",
    "employe": "white_collar", "bediende": "white_collar",
    "angestellter": "white_collar", "angestellte": "white_collar",
}
_END_REASONS = {
    # words for either party's notice ("ontslag", "Kündigung") are not in it: not guessed
    "dismissal": "dismissal", "dismissed": "dismissal", "licenciement": "dismissal", "licencie": "dismissal",
    "ontslagen": "dismissal", "ontslag door de werkgever": "dismissal",
    "kundigung durch den arbeitgeber": "dismissal", "entlassung": "dismissal",
    "serious cause": "serious_cause", "serious_cause": "serious_cause", "motif grave": "serious_cause",
    "licenciement pour motif grave": "serious_cause", "dringende reden": "serious_cause",
    "ontslag om dringende reden": "serious_cause", "schwerwiegender grund": "serious_cause",
    "fristlose kundigung": "serious_cause",
    "resignation": "resignation", "resigned": "resignation", "demission": "resignation",
    "ontslag door de werknemer": "resignation", "eigen ontslag": "resignation",
    "kundigung durch den arbeitnehmer": "resignation", "eigenkundigung": "resignation",
    "mutual": "mutual", "mutual agreement": "mutual", "commun accord": "mutual",
    "de commun accord": "mutual", "onderling akkoord": "mutual", "in onderling akkoord": "mutual",
    "wederzijds akkoord": "mutual", "aufhebungsvertrag": "mutual", "einvernehmlich": "mutual",
    "unknown": "unknown", "inconnu": "unknown", "onbekend": "unknown", "unbekannt": "unknown",
}
_YES = {"yes", "y", "true", "1", "x", "oui", "o", "ja", "j", "vrai", "waar", "wahr"}
_NO = {"no", "n", "false", "0", "non", "nee", "nein", "faux", "onwaar", "falsch"}


def parse_status(value: object) -> str:
    """Blue- or white-collar (docs/heads.md): ``blue_collar`` or ``white_collar`` (EN, FR, NL, DE)."""
    key = fold(str(value))
    if key in _STATUSES:
        return _STATUSES[key]
    raise CellError(f"{show(value)!r} is not a status; use blue_collar (ouvrier, arbeider) or "
                    "white_collar (employé, bediende)", "not-a-status", value=_v(value))


def parse_end_reason(value: object) -> str:
    """Why the contract ended (docs/heads.md): dismissal, serious_cause, resignation, mutual or
    unknown (EN, FR, NL, DE words)."""
    key = fold(str(value))
    if key in _END_REASONS:
        return _END_REASONS[key]
    raise CellError(f"{show(value)!r} is not an end reason; use dismissal (licenciement, ontslag), "
                    "serious_cause (motif grave, dringende reden), resignation (démission), "
                    "mutual (commun accord, onderling akkoord) or unknown", "not-an-end-reason",
                    value=_v(value))


def parse_yes_no(value: object) -> bool:
    """Yes or no: yes/oui/ja/true/1/x, no/non/nee/false/0."""
    if isinstance(value, bool):
        return value
    key = fold(str(value))
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError(f"{show(value)!r} is not yes or no; use yes (oui, ja, 1, x) or no (non, nee, 0)",
                    "not-yes-no", value=_v(value))


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


class CellError(WageRemedyError, ValueError):
    """A cell value cannot be read: the English message says what was found and what is
    expected; ``code`` and ``params`` say it for the app (``importing.reasons.CODES``)."""

    def __init__(self, message: str, code: str, /, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params_of(params)


def _q(value: object) -> str:
    """A cell for a message: as the user reads it (dates YYYY-MM-DD, never a Python repr),
    quoted and cut to 40 characters."""
    return repr(_v(value))


def _v(value: object) -> str:
    """A cell for a reason's ``value`` parameter: as the user reads it, cut to 40 characters."""
    return cut(show(value))


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned into single spaces."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def is_blank(value: object) -> bool:
    """True for an empty cell."""
    return value is None or (isinstance(value, str) and not value.strip())


def show(value: object) -> str:
    """A cell as the user would read it."""
    if value is None:
        return ""
    if isinstance(value, float):
        return format(value, ".15g")
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        total = int(value.total_seconds())
        return f"{total // 3600}:{total % 3600 // 60:02d}" + (f":{total % 60:02d}" if total % 60 else "")
    return str(value).strip()


def excel_number(value: float | int) -> Decimal:
    """An XLSX numeric cell as Excel holds it: 15 significant digits, never a binary fraction."""
    if isinstance(value, bool):
        raise CellError(f"{_q(value)} is a true/false value, not a number", "bool-not-number",
                        value=_v(value))
    if isinstance(value, int):
        if abs(value) >= 10 ** MAX_DIGITS:
            raise CellError(f"a number of {len(str(abs(value)))} digits is not an amount or a "
                            "number of hours", "too-many-digits", value=_v(value), max=MAX_DIGITS)
        return Decimal(value)
    if not math.isfinite(value):  # NaN or an infinity from the spreadsheet reader
        raise CellError(f"{_q(value)} is not a number", "not-a-number", value=_v(value))
    return Decimal(format(value, ".15g"))


def _check_year(d: dt.date, text: str) -> dt.date:
    _plausible_year(d.year, text)
    return d


def _plausible_year(year: int, text: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CellError(f"{text!r} gives the year {year}, which is not plausible for work or pay",
                        "implausible-year", value=cut(text), year=year)


def _make_date(y: int, m: int, d: int, text: str) -> dt.date:
    _plausible_year(y, text)  # first: year 0 is no date at all, and no missing day either
    try:
        day = dt.date(y, m, d)
    except ValueError:
        if not 1 <= m <= 12:
            raise CellError(f"{text!r} is not a date: there is no month {m}", "no-such-month",
                            value=cut(text), month=m) from None
        raise CellError(f"{text!r} is not a date: {_MONTH_NAMES[m - 1]} {y} has no day {d}",
                        "no-such-day", value=cut(text), year=y, month=m, day=d) from None
    return day


def serial_to_date(serial: int | float, epoch: dt.datetime | None = None) -> dt.datetime:
    """An Excel serial number (days since the workbook's epoch) as a datetime."""
    if serial == 60 and (epoch is None or epoch.year == 1899):
        raise CellError("60 is Excel's non-existent day 29/02/1900, not a date", "excel-day-60",
                        value=60)
    try:
        value = from_excel(serial, epoch) if epoch is not None else from_excel(serial)
    except (ValueError, OverflowError):
        raise CellError(f"{serial!r} is not an Excel date number", "not-an-excel-date",
                        value=_v(serial)) from None
    if not isinstance(value, dt.datetime):
        raise CellError(f"{serial!r} is not an Excel date number", "not-an-excel-date",
                        value=_v(serial))
    return value


def parse_date(value: object, epoch: dt.datetime | None = None) -> dt.date:
    """A calendar date: ISO, dd/mm/yyyy (also - and .), named months, Excel serials and cells."""
    if isinstance(value, dt.datetime):
        return _check_year(value.date(), show(value))
    if isinstance(value, dt.date):
        return _check_year(value, show(value))
    if isinstance(value, bool):
        raise CellError(f"{_q(value)} is not a date", "not-a-date", value=_v(value))
    if isinstance(value, int | float):
        if value < 1:
            raise CellError(f"{show(value)} is a time of day or a number, not a date",
                            "number-not-date", value=_v(value))
        return _check_year(serial_to_date(int(value), epoch).date(), show(value))
    if not isinstance(value, str):
        raise CellError(f"{_q(value)} is not a date", "not-a-date", value=_v(value))
    text = value.strip()
    s = _TIME_PART.sub("", text).strip() if _TIME_PART.search(text) else text
    s = _WEEKDAY_PREFIX.sub("", s)
    m = _ISO_DATE.match(s)
    if m:
        return _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    m = _DMY_DATE.match(s)
    if m:
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return _make_date(year, int(m[2]), int(m[1]), text)
    m = _NAMED_DATE.match(fold(s))
    if m and m[2] in _MONTHS:
        return _make_date(int(m[3]), _MONTHS[m[2]], int(m[1]), text)
    m = _COMPACT_DATE.match(s)
    if m:
        return _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    if _SERIAL_DATE.match(s):
        return _check_year(serial_to_date(int(s), epoch).date(), text)
    raise CellError(f"{text!r} is not a date; write dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd",
                    "date-format", value=cut(text))


def _minutes_of_fraction(fraction: Decimal, text: str) -> int:
    minutes = fraction * DAY
    whole = minutes.to_integral_value()
    # Excel stores times as binary fractions of a day: 08:00 is 0.33333...; within 1/100 s of a
    # whole minute is that minute, anything else holds seconds.
    if abs(minutes - whole) > Decimal("0.0002"):
        raise CellError(f"{text} is not a whole number of minutes (the case records whole minutes)",
                        "not-whole-minutes", value=cut(text))
    return int(whole)


def _hours_to_minutes(hours: Decimal, text: str, *, quoted: bool = False) -> int:
    minutes = hours * 60
    if minutes != minutes.to_integral_value():
        raise CellError(f"{text!r} hours is not a whole number of minutes" if quoted else
                        f"{text} hours is not a whole number of minutes", "hours-not-whole-minutes",
                        value=cut(text))
    return int(minutes)


def _time_of(t: dt.time, text: str) -> int:
    if t.second or t.microsecond:
        if t.second == 59 and t.microsecond >= 990000 or t.second == 0 and t.microsecond <= 10000:
            # float noise from Excel's fraction of a day
            total = round((t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6) / 60)
            return int(total)
        raise CellError(f"{text} has seconds; the case records whole minutes", "has-seconds",
                        value=cut(text))
    return t.hour * 60 + t.minute


def parse_time(value: object, mode: TimeMode = None, epoch: dt.datetime | None = None
               ) -> tuple[int, dt.date | None]:
    """A time of day as minutes after midnight (0..1440), with the date when the cell holds one.

    Accepts ``8:00``, ``08:00``, ``08:00:00``, ``08h00``, ``8h``, ``8u30``, ``0800``, ``8:00 PM``,
    decimal hours ``8.5`` / ``8,5``, XLSX time, datetime and numeric cells, and
    ``03/03/2025 10:00``. ``mode`` settles ``8.30``: ``"clock"`` (8:30) or ``"decimal"``
    (8.3 h = 8:18); for numeric XLSX cells, ``"fraction"`` reads them as fractions of a day.
    """
    if isinstance(value, str):
        return _time_of_text(value.strip(), mode, epoch)
    if isinstance(value, dt.datetime):
        day: dt.date | None = value.date()
        if day is not None and day.year < 1905:  # a time-only value shown with a date format
            day = None
        return _time_of(value.time(), show(value)), day
    if isinstance(value, dt.time):
        return _time_of(value, show(value)), None
    if isinstance(value, dt.timedelta):
        minutes = _duration_of_timedelta(value, show(value))
        if minutes > DAY:
            raise CellError(f"{show(value)} is not a time of day", "not-time-of-day", value=_v(value))
        return minutes, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _time_of_number(value, mode, epoch)
    raise CellError(f"{_q(value)} is not a time", "not-a-time", value=_v(value))


def _time_of_number(value: int | float, mode: TimeMode, epoch: dt.datetime | None
                    ) -> tuple[int, dt.date | None]:
    """A numeric cell as a time: an Excel date-and-time serial, a fraction of a day (``mode``
    ``"fraction"``) or hours."""
    text = show(value)
    if value < 0:
        raise CellError(f"{text} is not a time", "not-a-time", value=cut(text))
    if value > 366:  # an Excel date-and-time serial
        stamp = serial_to_date(value, epoch)
        d = _check_year(stamp.date(), text)
        frac = excel_number(value) - int(value)
        return _minutes_of_fraction(frac, text), d
    num = excel_number(value)
    if mode == "fraction" and num <= 1:
        return _minutes_of_fraction(num, text), None
    if num > 24:
        raise CellError(f"{text} is not a time of day (0 to 24 hours)", "not-time-of-day",
                        value=cut(text))
    return _hours_to_minutes(num, text), None


def _time_of_text(text: str, mode: TimeMode, epoch: dt.datetime | None) -> tuple[int, dt.date | None]:
    """A text cell (stripped) as a time: a date and a time, a clock time, ``8h30``, dotted or
    decimal hours, ``8`` or ``0830``."""
    low = text.lower()
    m = _TIME_PART.search(low)
    if m and m.start() > 0:
        d = parse_date(text[:m.start()].strip(), epoch)
        minutes, _ = parse_time(m[1], mode, epoch)
        return minutes, d
    m = _CLOCK.match(low)
    if m:
        return _clock_time(m, text), None
    m = _HU.match(low)
    if m:
        return _clock(int(m[1]), int(m[2] or 0), text), None
    m = _DOTTED.match(low)
    if m:
        return _dotted_time(int(m[1]), m[2], mode, text), None
    m = _WHOLE.match(low)
    if m:
        return _clock(int(low), 0, text), None
    m = _HHMM.match(low)
    if m:
        return _clock(int(m[1]), int(m[2]), text), None
    raise CellError(f"{text!r} is not a time; write 8:00, 08h00 or decimal hours such as 8.5",
                    "time-format", value=cut(text))


def _clock_time(m: re.Match[str], text: str) -> int:
    """``8:00``, ``08:00:00`` or ``8:00 pm`` (a match of ``_CLOCK``) in minutes."""
    hh, mm = int(m[1]), int(m[2])
    if m[3] and int(m[3]):
        raise CellError(f"{text!r} has seconds; the case records whole minutes", "has-seconds",
                        value=cut(text))
    if m[4]:
        if not 1 <= hh <= 12:
            raise CellError(f"{text!r} is not a time: {hh} o'clock with am/pm", "am-pm-hour",
                            value=cut(text), hour=hh)
        hh = hh % 12 + (12 if m[4].startswith("p") else 0)
    return _clock(hh, mm, text)


def _dotted_time(hh: int, digits: str, mode: TimeMode, text: str) -> int:
    """``8.30`` / ``8,5``: a clock time or decimal hours as ``mode`` says; two digits without a
    mode are ambiguous unless ``00``."""
    if len(digits) == 2 and mode != "decimal":
        if mode == "clock":
            return _clock(hh, int(digits), text)
        if digits != "00":
            raise CellError(
                f"{text!r} is ambiguous: {hh}:{digits} or {hh}.{digits} hours? Write {hh}:{digits}, "
                f"or set the column's time format (clock or decimal) in the mapping",
                "ambiguous-time", value=cut(text), hour=hh, minutes=digits)
    minutes = _hours_to_minutes(Decimal(f"{hh}.{digits}"), text, quoted=True)
    if minutes > DAY:
        raise CellError(f"{text!r} is not a time of day (0 to 24 hours)", "not-time-of-day",
                        value=cut(text))
    return minutes


def _clock(hh: int, mm: int, text: str) -> int:
    if mm > 59 or hh > 24 or (hh == 24 and mm):
        raise CellError(f"{text!r} is not a time of day (00:00 to 24:00)", "not-time-of-day",
                        value=cut(text))
    return hh * 60 + mm


def _duration_of_timedelta(value: dt.timedelta, text: str) -> int:
    seconds = Decimal(value.days * 86400 + value.seconds) + Decimal(value.microseconds) / 1000000
    return _minutes_of_fraction(seconds / 86400, text)


def parse_duration(value: object, *, integers: Literal["minutes", "hours"], mode: DecimalMode = None
                   ) -> int:
    """A duration in whole minutes: ``30`` (``integers`` says minutes or hours), ``0:30``,
    ``1h30``, ``45 min``, decimal hours ``0.5`` / ``7,6``, XLSX time and duration cells."""
    if isinstance(value, dt.timedelta):
        return _duration_of_timedelta(value, show(value))
    if isinstance(value, dt.time):
        return _time_of(value, show(value))
    if isinstance(value, dt.datetime):
        if value.year < 1905:  # [h]:mm durations above 24 h come back as datetimes from 1899/1900
            base = dt.datetime(1899, 12, 30) if value.year == 1899 else dt.datetime(1899, 12, 31)
            return _duration_of_timedelta(value - base, show(value))
        raise CellError(f"{show(value)} is a date, not a duration", "date-not-duration",
                        value=_v(value))
    if isinstance(value, bool):
        raise CellError(f"{_q(value)} is not a duration", "not-a-duration", value=_v(value))
    if isinstance(value, int | float):
        num = excel_number(value)
        text = show(value)
    elif isinstance(value, str):
        text = value.strip()
        minutes = _duration_in_words(text)
        if minutes is not None:
            return minutes
        num = parse_number(text, mode)
    else:
        raise CellError(f"{_q(value)} is not a duration", "not-a-duration", value=_v(value))
    if num < 0:
        raise CellError(f"{text} is negative", "negative", value=cut(text))
    if num == num.to_integral_value() and integers == "minutes":
        return int(num)
    return _hours_to_minutes(num, text)


def _duration_in_words(text: str) -> int | None:
    """``1:30``, ``1h30``, ``7 uur``, ``45 min`` in minutes; None for a plain number."""
    low = text.lower()
    m = _DURATION_HM.match(low)
    if m:
        if m[3] and int(m[3]):
            raise CellError(f"{text!r} has seconds; the case records whole minutes", "has-seconds",
                            value=cut(text))
        if int(m[2]) > 59:
            raise CellError(f"{text!r} is not a duration h:mm", "not-a-duration-hm", value=cut(text))
        return int(m[1]) * 60 + int(m[2])
    m = _DURATION_HU.match(low)
    if m:
        if m[2] and int(m[2]) > 59:
            raise CellError(f"{text!r} is not a duration", "not-a-duration", value=cut(text))
        return int(m[1]) * 60 + int(m[2] or 0)
    m = _DURATION_MIN.match(low)
    if m:
        return int(m[1])
    return None


def parse_number(value: object, mode: DecimalMode = None) -> Decimal:
    """A decimal number: ``1234.56``, ``1.234,56``, ``1,234.56``, ``1 234,56``, ``€ 12,50``.

    A single separator followed by exactly three digits (``1.234``) is a thousands separator or a
    decimal one depending on ``mode`` (the column's convention); without one it is refused as
    ambiguous.
    """
    if isinstance(value, bool):
        raise CellError(f"{_q(value)} is not a number", "not-a-number", value=_v(value))
    if isinstance(value, int | float):
        return excel_number(value)
    if isinstance(value, Decimal):
        return value
    if not isinstance(value, str):
        raise CellError(f"{_q(value)} is not a number", "not-a-number", value=_v(value))
    text = value.strip()
    if len(text) > 40:
        raise CellError(f"{text[:24]!r}… ({len(text)} characters) is not a number", "number-too-long",
                        value=text[:24] + "…", length=len(text))
    s = _SPACES.sub("", _CURRENCY.sub("", text))
    if sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        raise CellError(f"{text!r} has more than {MAX_DIGITS} digits: not an amount or a number "
                        "of hours", "too-many-digits", value=text, max=MAX_DIGITS)
    negative, s = _split_sign(s)
    if not s or not re.fullmatch(r"[\d.,]+", s) or not s[0].isdigit() and s[0] not in ".,":
        raise CellError(f"{text!r} is not a number", "not-a-number", value=text)
    return _signed(_unsigned_number(s, mode, text), negative)


def _split_sign(s: str) -> tuple[bool, str]:
    """(negative, the number without its sign): ``-12``, ``−12``, ``12-`` or ``+12``."""
    if s.startswith("-") or s.startswith("\u2212"):
        return True, s[1:]
    if s.endswith("-"):
        return True, s[:-1]
    if s.startswith("+"):
        return False, s[1:]
    return False, s


def _unsigned_number(s: str, mode: DecimalMode, text: str) -> Decimal:
    """Digits with separators (``s``, checked) as a number: the last of two kinds of separator
    is the decimal one; one kind alone is read by its count and ``mode``."""
    has_c, has_p = "," in s, "." in s
    if has_c and has_p:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        return _grouped(s, "." if dec == "," else ",", dec, text)
    sep = "," if has_c else "." if has_p else ""
    if not sep:
        return Decimal(s)
    count = s.count(sep)
    tail = s.rsplit(sep, 1)[1]
    if count > 1:  # 1.234.567 / 1,234,567
        return _grouped(s, sep, None, text)
    if len(tail) == 3 and s[0] != sep:
        own = "comma" if sep == "," else "point"
        if mode is None:
            raise CellError(
                f"{text!r} is ambiguous: {s.replace(sep, '')} or {s.replace(sep, '.')}? "
                "Write the decimals with two digits, or set the decimal separator in the mapping",
                "ambiguous-number", value=text, thousands=s.replace(sep, ""),
                decimals=s.replace(sep, "."))
        if mode != own:
            return _grouped(s, sep, None, text)
    return _to_decimal(s.replace(sep, "."), text)


def _grouped(s: str, thousands: str, dec: str | None, text: str) -> Decimal:
    if dec:
        whole, _, frac = s.rpartition(dec)
    else:
        whole, frac = s, ""
    groups = whole.split(thousands)
    if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        raise CellError(f"{text!r} is not a number: its thousands separators are misplaced",
                        "misplaced-thousands", value=text)
    return _to_decimal("".join(groups) + (f".{frac}" if dec else ""), text)


def _to_decimal(s: str, text: str) -> Decimal:
    if not re.fullmatch(r"\d*\.?\d+|\d+\.", s):
        raise CellError(f"{text!r} is not a number", "not-a-number", value=text)
    try:
        return Decimal(s)
    except InvalidOperation:  # pragma: no cover - guarded by the pattern
        raise CellError(f"{text!r} is not a number", "not-a-number", value=text) from None


def _signed(d: Decimal, negative: bool) -> Decimal:
    return -d if negative else d


def parse_amount(value: object, mode: DecimalMode = None) -> Decimal:
    """An amount of money >= 0, a whole number of cents, returned with two decimals."""
    num = parse_number(value, mode)
    text = show(value)
    if abs(num) >= MAX_AMOUNT:
        raise CellError(f"{text} is too large; amounts are below {MAX_AMOUNT:,}", "amount-too-large",
                        value=cut(text), max=MAX_AMOUNT)
    if num < 0:
        raise CellError(f"{text} is negative; payments are amounts of 0 or more", "negative-amount",
                        value=cut(text))
    if num != num.quantize(CENT):
        raise CellError(f"{text} is not a whole number of cents", "not-whole-cents", value=cut(text))
    return num.quantize(CENT)


def number_style(values: list[object]) -> DecimalMode:
    """The decimal separator a column's text values use, when they show it unambiguously."""
    comma = point = False
    for v in values:
        if not isinstance(v, str):
            continue
        s = _SPACES.sub("", _CURRENCY.sub("", v))
        if "," in s and "." in s:
            if s.rfind(",") > s.rfind("."):
                comma = True
            else:
                point = True
        elif s.count(",") == 1 and len(s.rsplit(",", 1)[1]) != 3:
            comma = True
        elif s.count(".") == 1 and len(s.rsplit(".", 1)[1]) != 3:
            point = True
    if comma and not point:
        return "comma"
    if point and not comma:
        return "point"
    return None


def time_style(values: list[object]) -> TimeMode:
    """How a column writes times: ``decimal`` when some value is decimal hours beyond doubt
    (``8.5``, or a fraction of 60 or more such as ``8.75``), ``clock`` when some ``8.10``-style value
    would not be a whole minute as hours, ``fraction`` when every number is between 0 and 1 (XLSX
    fractions of a day, 1 being 24:00), else None (``8.30`` stays ambiguous)."""
    if _fractions_of_day(values):
        return "fraction"
    fracs, decimal, clockish = _dotted_texts(values)
    # 8.5 shows decimal hours unless the column also writes clock times (8:00, 8h00): then a
    # dotted 8.30 stays ambiguous; 8.75 can only be decimal hours.
    if (decimal and not clockish) or any(f >= 60 for f in fracs):
        return "decimal"
    if not fracs:
        return None
    if any((f * 60) % 100 for f in fracs):  # as hours this would not be whole minutes
        return "clock"
    return None


def _fractions_of_day(values: list[object]) -> bool:
    """True when a column's numbers are all between 0 and 1 (1 is 24:00 as a fraction of a
    day), some strictly."""
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    return bool(numbers) and all(0 <= v <= 1 for v in numbers) and any(0 < v < 1 for v in numbers)


def _dotted_texts(values: list[object]) -> tuple[list[int], bool, bool]:
    """What a column's text values show: the two digits after the dot of each ``8.30``-style
    value, whether one is decimal hours with one or three digits or more (``8.5``), whether one
    is a clock time (``8:00``, ``8h00``)."""
    fracs = []
    decimal = clockish = False
    for v in values:
        if isinstance(v, str):
            text = v.strip().lower()
            m = _DOTTED.match(text)
            if m:
                if len(m[2]) == 2:
                    fracs.append(int(m[2]))
                else:  # 8.5, 7,25 hours: no one writes a clock time so
                    decimal = True
            elif _CLOCK.match(text) or _HU.match(text):
                clockish = True
    return fracs, decimal, clockish


def parse_period(value: object, pay_period: str, epoch: dt.datetime | None = None) -> str:
    """A pay period: ``2025-03``, ``03/2025``, ``maart 2025``, ``2025-W10``, or a date in it."""
    if isinstance(value, dt.date | int | float) and not isinstance(value, bool):
        d = parse_date(value, epoch)
        return _period_of(d, pay_period)
    if not isinstance(value, str):
        raise CellError(f"{_q(value)} is not a pay period", "not-a-period", value=_v(value))
    text = value.strip()
    m = _PERIOD_WEEK.match(text)
    if m:
        year, week = int(m[1]), int(m[2])
        try:
            dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise CellError(f"{text!r} is not an ISO week", "not-an-iso-week", value=cut(text)) from None
        return f"{year:04d}-W{week:02d}"
    m = _PERIOD_YM.match(text)
    if m:
        return _month(int(m[1]), int(m[2]), text)
    m = _PERIOD_MY.match(text)
    if m:
        return _month(int(m[2]), int(m[1]), text)
    m = _PERIOD_NAMED.match(fold(text))
    if m and m[1] in _MONTHS:
        return _month(int(m[2]), _MONTHS[m[1]], text)
    try:
        return _period_of(parse_date(text, epoch), pay_period)
    except CellError:
        pass
    raise CellError(f"{text!r} is not a pay period; write yyyy-mm (e.g. 2025-03), mm/yyyy or 2025-W10",
                    "period-format", value=cut(text))


def _month(year: int, month: int, text: str) -> str:
    if not 1 <= month <= 12 or not MIN_YEAR <= year <= MAX_YEAR:
        raise CellError(f"{text!r} is not a month", "not-a-month", value=cut(text))
    return f"{year:04d}-{month:02d}"


def _period_of(d: dt.date, pay_period: str) -> str:
    if pay_period == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return f"{d.year:04d}-{d.month:02d}"


def parse_method(value: object) -> str:
    """A payment method: cash, bank or other (EN, FR, NL words)."""
    key = fold(str(value))
    if key in _METHODS:
        return _METHODS[key]
    for word in key.split():
        if word in _METHODS:
            return _METHODS[word]
    raise CellError(f"{show(value)!r} is not a payment method; use cash (contant, espèces), "
                    "bank (overschrijving, virement) or other", "not-a-method", value=_v(value))


_HHMM_TEXT = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(DAY + 1))
MINUTES_OF = {text: m for m, text in enumerate(_HHMM_TEXT)}  # "08:30" -> 510


def hhmm(minutes: int) -> str:
    """Minutes after midnight as ``HH:MM`` (1440 is ``24:00``)."""
    return _HHMM_TEXT[minutes] if 0 <= minutes <= DAY else f"{minutes // 60:02d}:{minutes % 60:02d}"
