"""Pydantic model of the case file (format ``wage-remedy-case``, version 1; docs/architecture.md, Case file).

Amounts and hours are JSON strings parsed into ``Decimal``; a JSON number for an amount is refused
(no float ever enters the calculation). Everything is ``extra="forbid"``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from wage_remedy.law.jurisdictions import Code as JurisdictionCode
from wage_remedy.money import DecimalFormatError, parse_decimal

CASE_FORMAT = "wage-remedy-case"
CASE_VERSION = 1
LANGUAGES = ("fr", "nl", "de", "en", "pl", "ro", "bg", "pt", "es", "uk")  # with document texts
_LANG_RE = re.compile(r"^[a-z]{2,3}\Z")
# Input sanity bounds (not legal figures): amounts and hours below 10^12, dates in these years.
MAX_AMOUNT = Decimal(10) ** 12
MIN_YEAR, MAX_YEAR = 1900, 2200
_TIME_RE = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)\Z")
_PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])\Z|^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])\Z")
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}\Z")
# Longest texts a document prints in its place (not legal figures; docs/reliability.md): a
# longer value is refused when the case is read, before anything is computed or recorded.
MAX_REFERENCE, MAX_ID, MAX_NAME, MAX_ADDRESS, MAX_LINE, MAX_NOTE = 40, 40, 120, 200, 120, 300


def _v(value: object, limit: int = 40) -> str:
    """A value for a message: its repr, cut (a message never echoes a 100 KB value)."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


def _amount(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str):
        raise ValueError(
            f"amounts and hours are quoted decimal strings such as \"1200.00\", got {_v(value)}"
        )
    if len(value) > 40:
        raise ValueError(f"{_v(value)} is not an amount (at most {MAX_AMOUNT - 1})")
    try:
        amount = parse_decimal(value)
    except DecimalFormatError as exc:
        raise ValueError(str(exc)) from None
    if amount >= MAX_AMOUNT:
        raise ValueError(f"{_v(value)} is too large (at most {MAX_AMOUNT - 1})")
    return amount


def _money(value: object) -> Decimal:
    amount = _amount(value)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"{_v(value)} is not a whole number of cents; money has at most two "
                         "decimals (e.g. \"100.00\")")
    return amount


_DATES: dict[str, dt.date] = {}  # valid date texts already read (a case repeats its dates a lot)
_TIMES: set[str] = set()  # valid time texts already read


def _date(value: object) -> dt.date:
    try:  # a date text already read (the common case) first
        hit = _DATES.get(value)  # type: ignore[call-overload]
    except TypeError:  # unhashable: refused below
        hit = None
    if hit is not None:
        return hit
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"dates are strings YYYY-MM-DD, got {_v(value)}")
    try:
        if not _ISO_DATE_RE.match(value):
            raise ValueError
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{_v(value)} is not a date (YYYY-MM-DD)") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"{_v(value)} is out of range (years {MIN_YEAR} to {MAX_YEAR})")
    if len(_DATES) < 100_000:
        _DATES[value] = day
    return day


def _time(value: object) -> str:
    try:  # a time text already read (the common case) first; only strings are in _TIMES
        if value in _TIMES:
            return value  # type: ignore[return-value]
    except TypeError:  # unhashable: refused below
        pass
    if not isinstance(value, str) or not _TIME_RE.match(value) or (
        value.startswith("24") and value != "24:00"
    ):
        raise ValueError(f"{_v(value)} is not a time HH:MM (00:00 to 24:00)")
    if len(_TIMES) < 10_000:
        _TIMES.add(value)
    return value


Amount = Annotated[Decimal, BeforeValidator(_amount), PlainSerializer(lambda d: format(d, "f"), return_type=str)]
# written as YYYY-MM-DD by pydantic itself (the text d.isoformat() gives for years 1900-2200)
Date = Annotated[dt.date, BeforeValidator(_date)]
Money = Annotated[Decimal, BeforeValidator(_money), PlainSerializer(lambda d: format(d, "f"), return_type=str)]
Time = Annotated[str, BeforeValidator(_time)]


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_assignment=False)


class Employer(_M):
    name: str = Field(min_length=1, max_length=MAX_NAME)
    enterprise_number: str | None = Field(default=None, max_length=MAX_ID)
    address: str | None = Field(default=None, max_length=MAX_ADDRESS)


class Inspection(_M):
    date: Date
    place: str = Field(default="", max_length=MAX_LINE)
    inspector: str = Field(default="", max_length=MAX_LINE)
    service: str | None = Field(default=None, max_length=MAX_LINE)


class NetConversion(_M):
    """How net payments are converted to gross: gross = net x factor (rounded to the cent)."""

    factor: Amount
    description: str = Field(min_length=1, max_length=MAX_NOTE)


class Settings(_M):
    pay_period: Literal["month", "week"] = "month"
    paid_amounts: Literal["gross", "net"] = "gross"
    net_conversion: NetConversion | None = None
    pay_day: int | None = Field(default=None, ge=1, le=31)
    regularisation_deadline: Date | None = None
    aggravation: bool = False
    aggravation_offences: list[Annotated[str, Field(max_length=MAX_NOTE)]] = Field(default_factory=list)
    # the 9-hour daily overtime limit counts per calendar day (default: the Sunday and public
    # holiday definitions are calendar days) or per shift (the inspector's choice; the law is
    # not explicit). Additive: absent (None) means calendar_day, so old files load and the
    # inputs digest of cases that do not set it is unchanged.
    daily_overtime_basis: Literal["calendar_day", "shift"] | None = None

    @model_validator(mode="after")
    def _net_needs_conversion(self) -> Settings:
        if self.paid_amounts == "net" and self.net_conversion is None:
            raise ValueError(
                "paid_amounts is 'net' but no net_conversion is given; add "
                "settings.net_conversion {factor, description} or record gross amounts"
            )
        return self


WorkerStatus = Literal["blue_collar", "white_collar"]
EndReason = Literal["dismissal", "serious_cause", "resignation", "mutual", "unknown"]
# Heads of claim a payment may name (docs/heads.md); a payment without "head" pays wages.
HEADS: tuple[str, ...] = (
    "wages", "holiday_pay_fund_be", "double_holiday_pay_be", "exit_holiday_pay_be",
    "year_end_premium", "fidelity_stamps_be", "bad_weather_stamps_be", "notice_pay_be",
    "holiday_allowance_nl", "statutory_increase_nl", "statutory_interest_nl",
)
HeadName = Literal[
    "wages", "holiday_pay_fund_be", "double_holiday_pay_be", "exit_holiday_pay_be",
    "year_end_premium", "fidelity_stamps_be", "bad_weather_stamps_be", "notice_pay_be",
    "holiday_allowance_nl", "statutory_increase_nl", "statutory_interest_nl",
]


class Employment(_M):
    start: Date | None = None  # null only with a presumption estimate (docs/estimates.md)
    sector: str | None = Field(default=None, max_length=MAX_LINE)
    category: str | None = Field(default=None, max_length=MAX_LINE)
    function_years: int = Field(default=0, ge=0, le=60)
    weekly_hours: Amount | None = None
    agreed_hourly_rate: Amount | None = None
    # heads of claim (docs/heads.md); every default is None so older case files keep their digest
    status: WorkerStatus | None = None  # default: the sector table's worker_status
    end: Date | None = None
    end_reason: EndReason | None = None

    @field_validator("weekly_hours")
    @classmethod
    def _positive_hours(cls, v: Decimal | None) -> Decimal | None:
        if v is not None and not (0 < v <= 60):
            raise ValueError("weekly_hours is the full-time weekly regime: more than 0, at most 60")
        return v

    @model_validator(mode="after")
    def _end(self) -> Employment:
        if self.end_reason is not None and self.end is None:
            raise ValueError(f"end_reason {self.end_reason!r} is given without an end date; add "
                             "employment.end (YYYY-MM-DD) or remove end_reason")
        if self.end is not None and self.start is not None and self.end < self.start:
            raise ValueError(f"employment.end {self.end} is before employment.start {self.start}")
        return self


def equal_times_problem(start: str, end: str) -> str | None:
    """The one message for a shift whose end equals its start (``HH:MM``): refused wherever a
    shift is entered (case file, app, importer) as a typo, never counted as 24 h; else None."""
    if _minutes(start) == _minutes(end):
        return (f"the end {end} equals the start {start}: a shift of 0 or 24 hours is refused "
                "as a typo; correct the start or the end")
    return None


class Shift(_M):
    date: Date
    start: Time
    end: Time
    break_minutes: int = Field(default=0, ge=0)

    # A shift whose end equals its start is refused by the worked-time step
    # (compute/hours.py, same message from equal_times_problem) so that it is listed together
    # with every other problem of the case, not alone (docs/method.md, worked time).


class HoursBlock(_M):
    from_: Date = Field(alias="from")
    to: Date
    hours: Amount

    @model_validator(mode="after")
    def _order(self) -> HoursBlock:
        if self.to < self.from_:
            raise PydanticCustomError("hours-order", "'to' ({to}) is before 'from' ({from})",
                                      {"to": self.to.isoformat(), "from": self.from_.isoformat()})
        return self


class Payment(_M):
    date: Date
    amount: Money
    for_: str | None = Field(default=None, alias="for")
    method: str = Field(default="cash", min_length=1, max_length=40)  # cash, bank, ...
    note: str | None = Field(default=None, max_length=MAX_NOTE)
    head: HeadName | None = None  # the head of claim it pays (docs/heads.md); None = wages

    @field_validator("for_")
    @classmethod
    def _period(cls, v: str | None) -> str | None:
        if v is not None and not _PERIOD_RE.match(v):
            raise ValueError(f"{_v(v)} is not a pay period (YYYY-MM, or YYYY-Www for weekly pay)")
        return v


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DayKey = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Basis = Literal["findings", "presumption_be_2013", "presumption_nl_wav23", "average_nl_7_610b"]
PRESUMPTIONS: tuple[str, ...] = ("presumption_be_2013", "presumption_nl_wav23")


def _minutes(text: str) -> int:
    return int(text[:2]) * 60 + int(text[3:])


class PatternBlock(_M):
    """One block of a weekly pattern: on each of ``days``, from ``start`` to ``end`` (an end at
    or before the start ends the next day), minus ``break_minutes``."""

    days: list[DayKey] = Field(min_length=1)
    start: Time
    end: Time
    break_minutes: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _valid(self) -> PatternBlock:
        if len(set(self.days)) != len(self.days):
            raise ValueError("a day is listed twice in 'days'")
        if self.start == "24:00":
            raise ValueError("a block cannot start at 24:00; use 00:00")
        if _minutes(self.end) % (24 * 60) == _minutes(self.start):
            raise ValueError(f"end equals start ({self.start}); a block lasts less than 24 h")
        if self.break_minutes >= self.length:
            raise ValueError(f"the break ({self.break_minutes} min) is not shorter than the block "
                             f"{self.start}-{self.end} ({self.length} min)")
        return self

    @property
    def start_minutes(self) -> int:
        """Minutes from midnight of the start."""
        return _minutes(self.start)

    @property
    def length(self) -> int:
        """Elapsed minutes from start to end (wall clock, before breaks)."""
        a, b = _minutes(self.start), _minutes(self.end)
        return b - a if b > a else b + 24 * 60 - a

    def spans(self) -> list[tuple[int, int, str]]:
        """[from, to) minutes from Monday 00:00 of the block on each of its days, with the day."""
        a = _minutes(self.start)
        return [(WEEKDAYS.index(d) * 24 * 60 + a, WEEKDAYS.index(d) * 24 * 60 + a + self.length, d)
                for d in self.days]


class Estimate(_M):
    """Generated hours where records are missing (docs/estimates.md). ``from``/``to`` may be
    null for a presumption basis: the period is then derived from the inspection date."""

    from_: Date | None = Field(default=None, alias="from")
    to: Date | None = None
    pattern: list[PatternBlock] = Field(default_factory=list)
    basis: Basis
    evidence: str = Field(max_length=MAX_NOTE * 10)
    on_public_holidays: bool = False
    # BE part-time -> full-time presumption (ONSS art. 22ter, PL art. 171): findings only, warned
    full_time_presumption: bool = False

    @field_validator("evidence")
    @classmethod
    def _evidence(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the evidence is empty: name the statements, observations or "
                             "documents the estimate rests on")
        return v

    @model_validator(mode="after")
    def _shape(self) -> Estimate:
        if self.basis not in PRESUMPTIONS and (self.from_ is None or self.to is None):
            raise ValueError(f"an estimate on basis {self.basis!r} needs 'from' and 'to' "
                             "(only a presumption derives them from the inspection date)")
        if self.from_ is not None and self.to is not None and self.to < self.from_:
            raise ValueError(f"'to' ({self.to}) is before 'from' ({self.from_})")
        if self.basis == "average_nl_7_610b":
            if self.pattern:
                raise ValueError("a BW 7:610b estimate takes its hours from the three months "
                                 "before; it has no pattern")
            return self
        if not self.pattern:
            raise ValueError("a pattern (weekly blocks of days, start, end, break) is required")
        return self

    @field_validator("pattern")
    @classmethod
    def _no_overlap(cls, pattern: list[PatternBlock]) -> list[PatternBlock]:
        """Blocks may not overlap, also across midnight and from Sunday into Monday."""
        spans = sorted((a, b, i, d) for i, blk in enumerate(pattern) for a, b, d in blk.spans())
        week = 7 * 24 * 60
        wrapped = spans + [(a + week, b + week, i, d) for a, b, i, d in spans]
        for (_a1, b1, i1, d1), (a2, _b2, i2, d2) in zip(wrapped, wrapped[1:], strict=False):
            if a2 < b1:
                raise ValueError(f"pattern[{i2}] ({d2}) overlaps pattern[{i1}] ({d1}): the blocks "
                                 "of a pattern cannot overlap")
        return pattern


class Worker(_M):
    id: str = Field(min_length=1, max_length=MAX_ID)
    name: str = Field(min_length=1, max_length=MAX_NAME)
    birth_date: Date
    language: str = "fr"
    student: bool = False
    undeclared: bool | None = None  # wages never declared to the ONSS: fund heads on all wages due
    iban: str | None = Field(default=None, max_length=MAX_ID)
    address: str | None = Field(default=None, max_length=MAX_ADDRESS)
    employment: Employment
    shifts: list[Shift] = Field(default_factory=list)
    hours: list[HoursBlock] = Field(default_factory=list)
    payments: list[Payment] = Field(default_factory=list)
    # left out of the file and the inputs digest when empty: older cases keep their digest
    estimates: list[Estimate] = Field(default_factory=list, exclude_if=lambda v: not v)

    @field_validator("name")
    @classmethod
    def _visible_name(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the name is empty (only spaces)")
        return v

    @model_validator(mode="after")
    def _born_before_work(self) -> Worker:
        if self.employment.start is None:
            if not any(e.basis in PRESUMPTIONS for e in self.estimates):
                # a worker not filled in yet: located at employment.start by the store, shown
                # as "start date missing", not as an error (code start-missing)
                raise PydanticCustomError(
                    "start-missing", "employment.start is required unless the worker has an estimate "
                    "on a presumption basis ({bases})", {"bases": ", ".join(PRESUMPTIONS)})
            return self
        if self.birth_date >= self.employment.start:
            raise PydanticCustomError(
                "birth-after-start", "birth_date {birth} is not before the employment start {start}",
                {"birth": self.birth_date.isoformat(), "start": self.employment.start.isoformat()})
        return self

    @field_validator("language")
    @classmethod
    def _lang(cls, v: str) -> str:
        if not _LANG_RE.match(v):
            raise ValueError(f"{_v(v)} is not a language code (ISO 639-1, e.g. ro, pl); documents "
                             f"have texts in {', '.join(LANGUAGES)}, other languages get the official one")
        return v


class ClaimPeriod(_M):
    period: str
    due: Money | None = None
    paid: Money | None = None
    unpaid: Money | None = None

    @model_validator(mode="after")
    def _one(self) -> ClaimPeriod:
        if self.due is None and self.paid is None and self.unpaid is None:
            raise ValueError("a claimed period states at least one of due, paid, unpaid")
        return self


class Claim(_M):
    worker: str
    by: str = Field(default="", max_length=MAX_NAME)
    date: Date
    periods: list[ClaimPeriod] | None = None
    from_: Date | None = Field(default=None, alias="from")
    to: Date | None = None
    total_unpaid: Money | None = None

    @model_validator(mode="after")
    def _shape(self) -> Claim:
        total = self.from_ is not None or self.to is not None or self.total_unpaid is not None
        if self.periods is None and not total:
            raise ValueError("a claim has either 'periods' or 'from', 'to' and 'total_unpaid'")
        if total and (self.from_ is None or self.to is None or self.total_unpaid is None):
            raise ValueError("a total claim needs 'from', 'to' and 'total_unpaid'")
        return self


class DocumentRecord(_M):
    number: str
    kind: str
    language: str
    worker_language: str | None = None
    worker: str | None = None
    issued_at: str
    as_of: Date
    digest: str
    verification: str
    amounts: dict[str, str] = Field(default_factory=dict)
    file: str | None = None


class CaseFile(_M):
    format: Literal["wage-remedy-case"] = "wage-remedy-case"
    version: Literal[1] = 1
    reference: str = Field(min_length=1, max_length=MAX_REFERENCE)
    jurisdiction: JurisdictionCode = "BE"  # a code of law/jurisdictions.py
    as_of: Date
    employer: Employer
    inspection: Inspection
    settings: Settings = Field(default_factory=Settings)
    workers: list[Worker] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    documents: list[DocumentRecord] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _defaults(cls, data: object) -> object:
        """Sensible defaults: as_of is the inspection date, the inspection is on the as-of date."""
        if isinstance(data, dict):
            insp = data.get("inspection")
            if data.get("as_of") is None and isinstance(insp, dict) and insp.get("date"):
                data = {**data, "as_of": insp["date"]}
            if data.get("inspection") is None and isinstance(data.get("as_of"), str):
                data = {**data, "inspection": {"date": data["as_of"]}}
        return data

    @model_validator(mode="after")
    def _unique_workers(self) -> CaseFile:
        seen: set[str] = set()
        for w in self.workers:
            if w.id in seen:
                raise ValueError(f"worker id {w.id!r} is used twice; ids are unique in a case")
            seen.add(w.id)
        return self

    def worker(self, worker_id: str) -> Worker:
        """The worker with this id."""
        for w in self.workers:
            if w.id == worker_id:
                return w
        raise KeyError(worker_id)
