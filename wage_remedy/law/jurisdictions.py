"""What each jurisdiction has, in one place (docs/architecture.md, "Adding a jurisdiction").

Figures live in ``rates/``; this registry only says which rate tables, which methods and which
conventions a country uses: its calendar and time zone, its minimum-wage tables, whether it has a
statutory overtime premium, its due-date table, the interest on late wages, its fine regime, its
heads of claim and its presumptions for estimates. Code elsewhere asks the registry
(``jurisdiction(case.jurisdiction).working_time``) instead of testing ``== "BE"``.

Adding a country: its tables in ``rates/<cc>/``, one :class:`Jurisdiction` entry here, the
country code in the case format (``case.model``) and the rate-file schema (``law.schema``), and
the methods it needs where none of the existing ones fits (a minimum-wage method, a fine regime).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator


@dataclass(frozen=True)
class Jurisdiction:
    """One country's declarations. Table ids name files in ``rates/``."""

    code: str
    """ISO country code used in case files and rate files (``BE``)."""
    holidays_country: str
    """Country code of the ``holidays`` package for the national public holidays."""
    holiday_categories: tuple[str, ...]
    """The ``holidays`` package's categories that make up the public holidays of working-day
    counts: BE ``public`` (the ten legal holidays); NL ``public`` and ``optional``, because the
    Algemene termijnenwet art. 3(1) counts 5 May every year, which the package files as optional
    outside the five-yearly national day off (docs/method.md, "Public holidays")."""
    time_zone: str
    """IANA zone of the clock times in a case (worked time across DST changes)."""
    minimum_method: str
    """How the national minimum is read: ``monthly-tiers`` (BE: monthly amount by age and
    seniority tier, converted x 3 / 13 / weekly hours) or ``hourly-by-age`` (NL: WML per hour)."""
    national_minimum: str
    youth: str | None
    """Youth and student percentages of the national minimum (None: in the minimum table)."""
    working_time: str | None
    """Overtime thresholds and premiums (None: no statutory overtime premium, all time normal)."""
    wage_payment: str
    """Due-date convention of a pay period (working days after it, or its last day)."""
    wage_interest: str | None
    """Interest on late wage periods computed with the wages (None: none in the wage step)."""
    fines: str
    fine_regime: str
    """``be-art162`` (Social Penal Code art. 162 levels x multiplier x workers) or ``nl-wml``
    (WML fine per underpaid worker from the policy table)."""
    structured_communication: bool
    """Bank payments carry a Belgian structured communication (+++xxx/xxxx/xxxxx+++)."""
    document_language: str
    """Default language of documents for the authority."""
    locales: tuple[tuple[str, str], ...]
    """Babel locale per official language where it differs from the default (``nl`` -> ``nl_NL``)."""
    heads: tuple[str, ...]
    """Heads of claim besides the wage periods (docs/method.md, "Heads of claim")."""
    presumptions: tuple[str, ...]
    """Estimate bases a case may use besides ``findings`` (docs/estimates.md)."""
    full_time_presumption: bool
    """The part-time to full-time presumption (BE: ONSS law art. 22ter) may be offered as a
    ``findings`` pattern (it binds only the social-security office, never as a wage default)."""
    presumptions_civil_only: bool
    """Presumptions are the worker's to invoke in a civil claim; the inspectorate cannot order
    back pay on them (NL)."""

    holidays_not_legal: tuple[str, ...] = ()
    """Days the ``holidays`` package lists in those categories (by its English name) that the law
    does not make public holidays: BE ``Easter Sunday`` and ``Pentecost`` (Whit Sunday), which are
    not among the ten of the Royal Decree of 18 April 1974 art. 1 (they are Sundays: never working
    days, but not holidays for an estimate's pattern or a premium on holidays only)."""


JURISDICTIONS: dict[str, Jurisdiction] = {
    "BE": Jurisdiction(
        code="BE", holidays_country="BE", holiday_categories=("public",), time_zone="Europe/Brussels",
        holidays_not_legal=("Easter Sunday", "Pentecost"),
        minimum_method="monthly-tiers", national_minimum="be/national-minimum", youth="be/youth",
        working_time="be/working-time", wage_payment="be/wage-protection",
        wage_interest="be/legal-interest", fines="be/sanctions", fine_regime="be-art162",
        structured_communication=True, document_language="fr", locales=(),
        heads=("holiday_pay_fund_be", "double_holiday_pay_be", "exit_holiday_pay_be",
               "year_end_premium", "fidelity_stamps_be", "bad_weather_stamps_be", "notice_pay_be"),
        presumptions=("presumption_be_2013",), full_time_presumption=True,
        presumptions_civil_only=False,
    ),
    "NL": Jurisdiction(
        code="NL", holidays_country="NL", holiday_categories=("public", "optional"),
        time_zone="Europe/Amsterdam",
        minimum_method="hourly-by-age", national_minimum="nl/minimum-wage", youth=None,
        working_time=None, wage_payment="nl/wage-payment", wage_interest=None,
        fines="nl/fines", fine_regime="nl-wml", structured_communication=False,
        document_language="nl", locales=(("nl", "nl_NL"), ("de", "de_DE"), ("fr", "fr_FR")),
        heads=("holiday_allowance_nl", "statutory_increase_nl", "statutory_interest_nl"),
        presumptions=("presumption_nl_wav23", "average_nl_7_610b"), full_time_presumption=False,
        presumptions_civil_only=True,
    ),
}

CODES: tuple[str, ...] = tuple(JURISDICTIONS)


def jurisdiction(code: str) -> Jurisdiction:
    """The declarations of ``code``; ``KeyError`` naming the known codes when there are none."""
    try:
        return JURISDICTIONS[code]
    except KeyError:
        raise KeyError(f"unknown jurisdiction {code!r}; known: {', '.join(CODES)}") from None


def known_code(value: str) -> str:
    """``value`` when it is a registered jurisdiction, else the error a closed list of codes
    gives (pydantic ``literal_error``: "Input should be 'BE' or 'NL'"), for the case and rate
    file models: a new country is added here, not in the models."""
    if value not in JURISDICTIONS:
        from pydantic_core import PydanticCustomError

        raise PydanticCustomError("literal_error", "Input should be {expected}",
                                  {"expected": " or ".join(repr(c) for c in CODES)})
    return value


Code = Annotated[str, AfterValidator(known_code)]
"""A jurisdiction code, checked against the registry (for pydantic models)."""


def wage_interest_tables() -> dict[str, str]:
    """Jurisdiction -> the table of interest on late wage periods (where there is one)."""
    return {c: j.wage_interest for c, j in JURISDICTIONS.items() if j.wage_interest}
