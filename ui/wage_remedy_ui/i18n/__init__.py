"""Interface languages: Qt translators (``wage_remedy_<lang>.qm``) and Babel formatting.

Amounts and dates are formatted for the chosen interface language only at the edge (display);
the case keeps ISO dates and plain decimal strings.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wage_remedy.api import CENT, format_money

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "nl": "Nederlands", "de": "Deutsch"}
BABEL_LOCALES: dict[str, str] = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}
QT_LOCALES: dict[str, QLocale] = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.Belgium),
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Belgium),
}
I18N_DIR = Path(__file__).resolve().parent

_current = "en"
_translators: list[QTranslator] = []


def current_language() -> str:
    """The interface language in use (en, fr, nl or de)."""
    return _current


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language the system asks for, used when none was chosen in the app.

    The GNU order: ``LANGUAGE`` (a list, ``fr:en``), then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``
    (``fr_BE.UTF-8``), then Qt's system locale (Windows, macOS); the first of en/fr/nl/de
    named wins, English when none is.
    """
    env = os.environ if environ is None else environ
    wanted: list[str] = [p for p in env.get("LANGUAGE", "").split(":") if p]
    wanted += [env.get(k, "") for k in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for name in wanted:
        code = name.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        if code in ("c", "posix", ""):
            continue
        if code in LANGUAGES:
            return code
    if environ is None:
        for name in QLocale.system().uiLanguages():
            code = name.split("-")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
    return "en"


def babel_locale() -> str:
    """The Babel locale of the interface language."""
    return BABEL_LOCALES[_current]


def qm_path(lang: str) -> Path:
    """The compiled translation file of ``lang``."""
    return I18N_DIR / f"wage_remedy_{lang}.qm"


def install_language(lang: str) -> bool:
    """Switch the interface language; returns False when its translation file is missing."""
    global _current
    if lang not in LANGUAGES:
        lang = "en"
    app = QCoreApplication.instance()
    ok = True
    if app is not None:
        for tr in _translators:
            app.removeTranslator(tr)
        _translators.clear()
        if lang != "en":
            mine = QTranslator(app)
            ok = mine.load(str(qm_path(lang)))
            if ok:
                app.installTranslator(mine)
                _translators.append(mine)
            qt = QTranslator(app)  # Qt's own dialogs (buttons, print dialog), when shipped
            if qt.load(QT_LOCALES[lang], "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                _translators.append(qt)
    QLocale.setDefault(QT_LOCALES[lang])
    _current = lang
    return ok


def fmt_money(value: Decimal, *, currency: bool = False) -> str:
    """An amount rounded half-up to the cent, in the interface locale (``1 200,50``)."""
    return format_money(value, babel_locale(), currency=currency)


def fmt_number(value: Decimal, max_places: int = 4) -> str:
    """A decimal with its own decimals (up to ``max_places``), in the interface locale."""
    v = value.normalize() if value == value.to_integral_value() else value
    exponent = v.as_tuple().exponent
    places = min(max(0, -exponent), max_places) if isinstance(exponent, int) else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(v, format=pattern, locale=babel_locale()))


def fmt_hours(minutes: int) -> str:
    """Hours from whole minutes, exact to 2 decimals where possible (``7,5``)."""
    h = Decimal(minutes) / 60
    q = h.quantize(CENT, rounding=ROUND_HALF_UP)
    return fmt_number(q.normalize() if q == q.to_integral_value() else q, 2)


def decimal_symbol() -> str:
    """The decimal separator of the interface locale."""
    return "." if _current == "en" else ","


def date_pattern() -> str:
    """The numeric date pattern shown in date fields (day first)."""
    return "dd.MM.yyyy" if _current == "de" else "dd/MM/yyyy"


def fmt_date(value: dt.date | None) -> str:
    """A date, numeric, day first (``03/03/2025``)."""
    if value is None:
        return ""
    return str(format_date(value, date_pattern(), locale=babel_locale()))


def fmt_iso_date(text: str) -> str:
    """An ISO date text (``2025-03-03``, as the core's parameters hold dates) as the interface
    shows dates; any other text as it is."""
    try:
        return fmt_date(dt.date.fromisoformat(text))
    except ValueError:
        return text


def fmt_date_weekday(value: dt.date) -> str:
    """A date with its weekday (``Mon 03/03/2025``)."""
    return f"{format_date(value, 'EEE', locale=babel_locale())} {fmt_date(value)}"


def fmt_date_long(value: dt.date) -> str:
    """A date in words (``3 March 2025``)."""
    return str(format_date(value, "long", locale=babel_locale()))


def fmt_period(period: str | None) -> str:
    """A pay period in words in the interface language: ``2026-10`` -> ``octobre 2026``,
    ``2025-W10`` -> ``semaine 10, 2025``; any other text as it is."""
    if not period:
        return ""
    try:
        if "-W" in period:
            year, week = period.split("-W")
            return QCoreApplication.translate("Periods", "week {0}, {1}").format(int(week), int(year))
        year, month = period.split("-")
        day = dt.date(int(year), int(month), 1)
    except ValueError:
        return period
    return str(format_date(day, "LLLL yyyy", locale=babel_locale()))


def fmt_period_short(period: str | None) -> str:
    """A month period abbreviated for a chart axis (``oct. 2026``); a week as ``fmt_period``."""
    if not period or "-W" in period:
        return fmt_period(period)
    try:
        year, month = period.split("-")
        day = dt.date(int(year), int(month), 1)
    except ValueError:
        return period
    return str(format_date(day, "MMM yyyy", locale=babel_locale()))


def fmt_period_range(first: str | None, last: str | None) -> str:
    """Pay periods from ``first`` to ``last`` in words; one period once (``septembre 2026``)."""
    if not first or not last or first == last:
        return fmt_period(first or last)
    return f"{fmt_period(first)} – {fmt_period(last)}"


def fmt_timestamp(text: str) -> str:
    """An ISO timestamp (as recorded on an issued document) as the interface's date, day first
    with four-digit year, and the time in hours and minutes: ``01/12/2026 06:51``."""
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone()  # shown in local time
    return f"{fmt_date(stamp.date())} {stamp:%H:%M}"
