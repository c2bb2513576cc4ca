"""Pydantic models of a rate file (see ``rates/FORMAT.md``). Everything read is ``extra="forbid"``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from wage_remedy.law.jurisdictions import Code as JurisdictionCode

Status = Literal["verified", "secondary", "derived", "unverified"]
Kind = Literal[
    "national-minimum", "youth", "working-time", "legal-interest", "sanctions", "sector",
    "nl-minimum", "nl-fines", "wage-payment", "presumption",
    "head",  # heads of claim beside the wages (docs/heads.md)
]
DayName = Literal[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "public_holiday"
]

STATUS_ORDER: dict[str, int] = {"verified": 0, "secondary": 1, "derived": 2, "unverified": 3}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """Where a figure comes from."""

    title: str
    url: str
    published: str | None = None
    instrument: str | None = None


class Titles(_Strict):
    en: str
    fr: str | None = None
    nl: str | None = None
    de: str | None = None

    def get(self, lang: str) -> str:
        """Title in ``lang``, falling back to English."""
        return getattr(self, lang, None) or self.en


class PercentBlock(_Strict):
    """Age -> percent block (sector youth or student percentages)."""

    status: Status | None = None
    source: Source | None = None
    values: dict[str, str]


class WorkingTimeBlock(_Strict):
    status: Status | None = None
    source: Source | None = None
    values: dict[str, str]


class Window(_Strict):
    from_: str = Field(alias="from")
    to: str


class FlatPremium(_Strict):
    """A flat amount per hour worked on some days and/or in a time window, with a daily cap."""

    id: str
    title: Titles | None = None
    days: list[DayName] | None = None
    window: Window | None = None
    per_hour: str
    daily_cap: str | None = None
    status: Status | None = None
    source: Source | None = None


class FunctionYearSteps(_Strict):
    """When function-year rows from ``from_row`` on take effect (sector tables, e.g. PC 302's
    five-yearly steps): ``effective`` is ``anniversary`` or ``first_of_next_month`` (the first day
    of the month after the anniversary); ``years`` is ``function_years`` (the case's function
    years plus anniversaries) or ``same_undertaking`` (only years since the employment start)."""

    from_row: str
    effective: Literal["anniversary", "first_of_next_month"]
    years: Literal["function_years", "same_undertaking"]
    status: Status | None = None
    source: Source | None = None


class AfterService(_Strict):
    """Sector tables: the table applies only during the first ``months`` months of service in the
    undertaking (counted from the employment start); from then on the sector table ``table``
    continues it (PC 200: scale I in the first year, scale II after it). ``status`` and
    ``source`` are those of the rule itself."""

    months: str
    table: str
    status: Status
    source: Source
    note: str | None = None


class Version(_Strict):
    from_: str = Field(alias="from")
    status: Status
    source: Source
    note: str | None = None
    gap: bool = False
    values: dict[str, object] | None = None
    parameters: dict[str, str] | None = None
    working_days: list[DayName] | None = None
    function_year_steps: FunctionYearSteps | None = None
    # sector tables: youth percentages a secondary source gives but the table does NOT apply (a
    # conflict with the official reading); a minor computed in the sector is warned about it
    youth_percent_conflict: PercentBlock | None = None
    youth_percent: PercentBlock | None = None
    student_percent: PercentBlock | None = None
    working_time: WorkingTimeBlock | None = None
    flat_premiums: list[FlatPremium] | None = None


class PayerName(_Strict):
    """A paying body's name in every document language (each is printed as it stands)."""

    en: str
    fr: str
    nl: str
    de: str

    def get(self, lang: str) -> str:
        """The name in ``lang``, English for a language that is not a document language."""
        return getattr(self, lang, None) or self.en


class PayerEntry(_Strict):
    """The body that pays a head (``Head.fund``) and the source that names it."""

    name: PayerName
    source: Source
    note: str | None = None


class Payer(PayerEntry):
    """Kind ``head``: the body that owes the table's head(s), with a body of its own for some
    sectors (``sectors``: sector table id -> entry), e.g. a sector holiday fund."""

    sectors: dict[str, PayerEntry] | None = None

    def for_sector(self, sector: str | None) -> PayerEntry:
        """The entry of ``sector`` when it has one, else the table's own."""
        return (self.sectors or {}).get(sector or "", self)


class Rounding(_Strict):
    """How the sector rounds an indexed figure (``rates index``): decimals, half-up."""

    decimals: str
    note: str | None = None


class RateFileModel(_Strict):
    id: str
    title: Titles
    jurisdiction: JurisdictionCode  # a code of law/jurisdictions.py
    kind: Kind
    unit: Literal["hour", "month", "percent", "amount", "week"]
    weekly_hours: str | None = None
    dimensions: list[str]
    dimension_values: dict[str, list[str]] | None = None
    # sector tables: the worker status the sector covers (heads of claim, docs/heads.md)
    worker_status: Literal["blue_collar", "white_collar"] | None = None
    notes: str | None = None
    reviewed_through: str  # ISO date up to which someone checked that no newer version exists
    next_review: str | None = None  # ISO date of the next expected change (e.g. an indexation)
    rounding: Rounding | None = None  # decimals of an indexed figure; default 4 (hour) / 2 (other)
    payer: Payer | None = None  # kind head: the body that owes the head when a fund does
    after_service: AfterService | None = None  # kind sector: the table continuing it after N months
    versions: list[Version] = Field(min_length=1)
