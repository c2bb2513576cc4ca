"""Strict YAML loading of rate files with every problem reported by file, YAML path and line."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from wage_remedy.errors import WageRemedyError
from wage_remedy.law.schema import (
    AfterService,
    FlatPremium,
    Payer,
    PayerEntry,
    RateFileModel,
    Source,
    Titles,
    Version,
)
from wage_remedy.money import DecimalFormatError, parse_decimal

PathT = tuple[str | int, ...]


@dataclass(frozen=True)
class RateProblem:
    """One problem in one rate file."""

    file: str
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path or '(top)'}: {self.message}"


class RateFileError(WageRemedyError):
    """One or more rate files are invalid; ``problems`` lists every one."""

    def __init__(self, problems: list[RateProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Block:
    """A sector sub-block (youth/student percentages, working time) with its own provenance."""

    values: dict[str, Decimal]
    status: str
    source: Source


@dataclass(frozen=True)
class Premium:
    """A flat premium per hour (parsed)."""

    id: str
    title: Titles | None
    days: tuple[str, ...] | None
    window: tuple[int, int] | None  # minutes from midnight, [from, to)
    per_hour: Decimal
    daily_cap: Decimal | None
    status: str
    source: Source


@dataclass(frozen=True)
class TableVersion:
    """A complete version of a table, in force from ``start``."""

    start: dt.date
    status: str
    source: Source
    note: str | None
    gap: bool
    values: dict[str, Any]  # nested by dimensions, Decimal leaves
    parameters: dict[str, Decimal]
    youth_percent: Block | None = None
    student_percent: Block | None = None
    working_time: Block | None = None
    flat_premiums: tuple[Premium, ...] = ()
    working_days: tuple[str, ...] | None = None  # wage-payment: weekday names counted as working days
    function_year_steps: Steps | None = None
    youth_percent_conflict: Block | None = None  # not applied: a minor is warned about it


@dataclass(frozen=True)
class Steps:
    """When function-year rows from ``from_row`` on take effect (see ``FunctionYearSteps``)."""

    from_row: int
    effective: str
    years: str
    status: str
    source: Source


@dataclass(frozen=True)
class Continuation:
    """A sector table's ``after_service`` rule (parsed): the table applies during the first
    ``months`` months of service in the undertaking, then ``table`` continues it."""

    months: int
    table: str
    status: str
    source: Source
    note: str | None
    line: int | None  # of ``after_service.table`` in the file (problems with the named table)


@dataclass(frozen=True)
class RateTable:
    """A validated rate table."""

    id: str
    title: Titles
    jurisdiction: str
    kind: str
    unit: str
    weekly_hours: Decimal | None
    dimensions: tuple[str, ...]
    dimension_values: dict[str, list[str]] | None
    notes: str | None
    versions: tuple[TableVersion, ...]
    file: str
    digest: str = field(default="")
    reviewed_through: dt.date = dt.date.max  # docs/method.md, Rates that are current: computing after it warns (outdated-rate)
    next_review: dt.date | None = None
    worker_status: str | None = None  # sector tables: blue_collar | white_collar (heads of claim)
    payer: Payer | None = None  # kind head: the body that owes the head (FORMAT.md, "payer")
    after_service: Continuation | None = None  # kind sector: continued after N months (FORMAT.md)


# ---------------------------------------------------------------- YAML with line numbers


class _Collector:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[RateProblem] = []
        self.lines: dict[PathT, int] = {}

    def add(self, path: PathT, message: str, line: int | None = None) -> None:
        if line is None:
            line = self.line_for(path)
        self.problems.append(RateProblem(self.file, fmt_path(path), line, message))

    def line_for(self, path: PathT) -> int | None:
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return self.lines.get((), None)


def fmt_path(path: PathT) -> str:
    """``("versions", 0, "values")`` -> ``versions[0].values``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_NUMERIC_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}


def _convert(node: yaml.Node, path: PathT, col: _Collector) -> Any:
    col.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            kpath = path + (key,)
            if key in out:
                col.add(kpath, f"duplicate key {key!r} (first at line {col.lines.get(kpath)})",
                        key_node.start_mark.line + 1)
                continue
            col.lines[kpath] = key_node.start_mark.line + 1
            out[key] = _convert(value_node, kpath, col)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), col) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.ScalarNode)
    if node.tag in _NUMERIC_TAGS and not node.style:
        col.add(path, f"unquoted number {node.value}: numbers are quoted decimal strings "
                      f"(write \"{node.value}\")", node.start_mark.line + 1)
        return node.value
    if node.tag == "tag:yaml.org,2002:null" and not node.style:
        return None
    if node.tag == "tag:yaml.org,2002:bool" and not node.style:
        return node.value.lower() in ("true", "yes", "on")
    return node.value


def _parse_date(text: Any, path: PathT, col: _Collector) -> dt.date | None:
    try:
        if not _ISO_DATE.match(str(text)):  # fromisoformat also reads 20250101 and 2025-W01-1
            raise ValueError
        return dt.date.fromisoformat(str(text))
    except ValueError:
        col.add(path, f"{str(text)[:40]!r} is not a date (YYYY-MM-DD)")
        return None


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _dec(text: Any, path: PathT, col: _Collector) -> Decimal | None:
    raw = text if isinstance(text, str) else str(text)
    if len(raw) > 40:
        col.add(path, f"{raw[:24]!r}… ({len(raw):,} characters) is not a rate value")
        return None
    try:
        value = parse_decimal(raw)
    except DecimalFormatError as exc:
        col.add(path, str(exc))
        return None
    if value >= MAX_RATE_VALUE:
        col.add(path, f"{raw} is out of range: rate files hold values below {MAX_RATE_VALUE:,}")
        return None
    return value


def _hhmm(text: str, path: PathT, col: _Collector) -> int | None:
    try:
        hh, mm = text.split(":")
        minutes = int(hh) * 60 + int(mm)
        if not (0 <= int(mm) < 60 and 0 <= minutes <= 24 * 60):
            raise ValueError
        return minutes
    except ValueError:
        col.add(path, f"{text!r} is not a time HH:MM (00:00 to 24:00)")
        return None


def _leaves(values: Any, depth: int, path: PathT, col: _Collector) -> Any:
    """Validate nesting depth and convert leaves to Decimal."""
    if depth == 0:
        if isinstance(values, dict | list):
            col.add(path, "expected an amount (a quoted decimal) here; the table has fewer dimensions")
            return None
        return _dec(values, path, col)
    if not isinstance(values, dict):
        col.add(path, f"expected a mapping for the next dimension, got {values!r}")
        return {}
    return {k: _leaves(v, depth - 1, path + (k,), col) for k, v in values.items()}


def _block(raw: Any, model: Any, vstatus: str, vsource: Source, path: PathT,
           col: _Collector) -> Block | None:
    if model is None:
        return None
    values = {k: v for k, v in ((k, _dec(raw["values"][k], path + ("values", k), col))
                                for k in raw["values"]) if v is not None}
    return Block(values, model.status or vstatus, model.source or vsource)


def _premium(p: FlatPremium, raw: dict[str, Any], vstatus: str, vsource: Source, path: PathT,
             col: _Collector) -> Premium | None:
    per_hour = _dec(raw.get("per_hour"), path + ("per_hour",), col)
    cap = _dec(raw["daily_cap"], path + ("daily_cap",), col) if p.daily_cap is not None else None
    for name, amount in (("per_hour", per_hour), ("daily_cap", cap)):
        if amount is not None and amount <= 0:  # the calculation divides by them
            col.add(path + (name,), f"{name} must be more than 0, not {amount}")
    window = None
    if p.window is not None:
        a = _hhmm(p.window.from_, path + ("window", "from"), col)
        b = _hhmm(p.window.to, path + ("window", "to"), col)
        if a is not None and b is not None:
            if a == b:
                col.add(path + ("window",), "empty window (from = to)")
            window = (a, b)
    if per_hour is None:
        return None
    return Premium(p.id, p.title, tuple(p.days) if p.days else None, window, per_hour, cap,
                   p.status or vstatus, p.source or vsource)


def parse_rate_text(text: str, file: str, expected_id: str | None = None) -> RateTable:
    """Parse and validate one rate file's text; raise ``RateFileError`` with every problem."""
    col = _Collector(file)
    node = _compose(text, file)
    raw = _convert(node, (), col)
    if not isinstance(raw, dict):
        raise RateFileError([RateProblem(file, "", 1, "a rate file is a mapping (id, title, versions, ...)")])
    model = _validate_model(raw, col)
    weekly, reviewed, next_review = _check_header(model, expected_id, col)
    _check_payer(model, col)
    after = _after_service(model, col)
    versions, categories = _parse_versions(model, raw, col)
    _check_kind(model.kind, model.dimensions, model.unit, weekly, versions, col)
    _check_categories(categories, col)
    _check_bounds(versions, col)
    if col.problems:
        raise RateFileError(col.problems)
    return RateTable(
        id=model.id, title=model.title, jurisdiction=model.jurisdiction, kind=model.kind,
        unit=model.unit, weekly_hours=weekly, dimensions=tuple(model.dimensions),
        dimension_values=model.dimension_values, notes=model.notes, versions=tuple(versions),
        file=file, digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        reviewed_through=reviewed or dt.date.max, next_review=next_review,
        worker_status=model.worker_status, payer=model.payer, after_service=after,
    )


def _compose(text: str, file: str) -> yaml.Node:
    """The YAML node tree of a rate file's text, within the size and depth bounds and without
    aliases; raises ``RateFileError`` otherwise."""
    if len(text) > MAX_RATE_FILE_CHARS:
        raise RateFileError([RateProblem(file, "", None, f"{len(text):,} characters; a rate file "
                                         f"is at most {MAX_RATE_FILE_CHARS:,}")])
    try:
        # libyaml when present: 10x faster (app start-up); it gives plain scalars style "" not None.
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except RecursionError:
        raise RateFileError([RateProblem(file, "", None, "nested too deeply")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RateFileError([RateProblem(file, "", mark.line + 1 if mark else None,
                                         f"not valid YAML: {getattr(exc, 'problem', exc)}")]) from exc
    if node is None:
        raise RateFileError([RateProblem(file, "", None, "empty file")])
    _check_nodes(node, file)  # aliases and depth, before anything walks the tree
    return node


def _validate_model(raw: dict[str, Any], col: _Collector) -> RateFileModel:
    """The file checked against the schema (law/schema.py); raises ``RateFileError`` with every
    problem, in words."""
    try:
        return RateFileModel.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = f"unknown key {loc[-1]!r}"
            elif err["type"] == "missing":
                msg = f"missing required key {loc[-1]!r}"
            elif err["type"] == "literal_error":
                msg = f"{err.get('input')!r} is not allowed: {msg}"
            col.add(loc, msg)
        raise RateFileError(col.problems) from None


def _check_header(model: RateFileModel, expected_id: str | None, col: _Collector
                  ) -> tuple[Decimal | None, dt.date | None, dt.date | None]:
    """Check the fields above the versions; (weekly hours, reviewed through, next review)."""
    if expected_id is not None and model.id != expected_id:
        col.add(("id",), f"id {model.id!r} does not match the file's path (expected {expected_id!r})")
    weekly = _dec(model.weekly_hours, ("weekly_hours",), col) if model.weekly_hours else None
    reviewed = _parse_date(model.reviewed_through, ("reviewed_through",), col)
    next_review = (_parse_date(model.next_review, ("next_review",), col)
                   if model.next_review is not None else None)
    if reviewed and next_review and next_review <= reviewed:
        col.add(("next_review",), f"next_review {next_review} must be after reviewed_through "
                                  f"{reviewed} (update one of them)")
    if model.rounding is not None and not (_ascii_digits(model.rounding.decimals)
                                           and int(model.rounding.decimals) <= 6):
        col.add(("rounding", "decimals"), f"{model.rounding.decimals!r} is not a number of decimals "
                                          "from 0 to 6")
    if weekly is not None and weekly == 0:
        col.add(("weekly_hours",), "weekly_hours must be more than 0")
    return weekly, reviewed, next_review


_SECTOR_ID = re.compile(r"^[a-z]{2}/[a-z0-9][a-z0-9-]*$")


def _check_payer(model: RateFileModel, col: _Collector) -> None:
    """The ``payer`` block (FORMAT.md): only in a table of kind ``head``; every name written in
    every document language; a source that names the body; sector keys are sector table ids of
    the table's jurisdiction."""
    payer = model.payer
    if payer is None:
        return
    if model.kind != "head":
        col.add(("payer",), f"a payer block belongs to a table of kind head, not {model.kind}")
        return
    entries: list[tuple[PathT, PayerEntry]] = [(("payer",), payer)]
    prefix = model.jurisdiction.lower() + "/"
    for sector, entry in (payer.sectors or {}).items():
        path: PathT = ("payer", "sectors", sector)
        if not (_SECTOR_ID.match(sector) and sector.startswith(prefix)):
            col.add(path, f"sector {sector!r} is not a sector table id of {model.jurisdiction} "
                          f"such as '{prefix}pc-124'")
        entries.append((path, entry))
    for path, entry in entries:
        for lang in ("en", "fr", "nl", "de"):
            if not getattr(entry.name, lang).strip():
                col.add(path + ("name", lang), f"empty name in {lang}: write the body's name as "
                                               "the source gives it")
        for key in ("title", "url"):
            if not getattr(entry.source, key).strip():
                col.add(path + ("source", key), f"empty source {key}: say where the body is named")
        if entry.source.published:
            _parse_date(entry.source.published, path + ("source", "published"), col)


def _after_service(model: RateFileModel, col: _Collector) -> Continuation | None:
    """The ``after_service`` rule (FORMAT.md): only in a sector table; a whole number of months
    above 0; a sector table id of the table's jurisdiction other than its own; a source that says
    where the rule is written. Whether that table exists and can continue this one is checked
    across the folder (``after_service_problems``)."""
    rule: AfterService | None = model.after_service
    if rule is None:
        return None
    path: PathT = ("after_service",)
    if model.kind != "sector":
        col.add(path, f"an after_service rule belongs to a table of kind sector, not {model.kind}")
        return None
    before = len(col.problems)
    if not (_ascii_digits(rule.months) and 0 < int(rule.months) <= 1200):
        col.add(path + ("months",), f"months {rule.months!r} is not a whole number of months from 1 "
                                    "to 1200 such as '12'")
    prefix = model.jurisdiction.lower() + "/"
    if not (_SECTOR_ID.match(rule.table) and rule.table.startswith(prefix)):
        col.add(path + ("table",), f"table {rule.table!r} is not a sector table id of "
                                   f"{model.jurisdiction} such as '{prefix}pc-200-scale-ii'")
    elif rule.table == model.id:
        col.add(path + ("table",), f"table {rule.table!r} is this table itself: name the table "
                                   "that continues it")
    for key in ("title", "url"):
        if not getattr(rule.source, key).strip():
            col.add(path + ("source", key), f"empty source {key}: say where the rule is written")
    if rule.source.published:
        _parse_date(rule.source.published, path + ("source", "published"), col)
    if len(col.problems) > before:
        return None
    return Continuation(int(rule.months), rule.table, rule.status, rule.source, rule.note,
                        col.line_for(path + ("table",)))


def after_service_problems(tables: Mapping[str, RateTable]) -> list[RateProblem]:
    """A problem for each ``after_service`` rule (FORMAT.md) whose continuing table is not in
    ``tables`` or cannot continue the table, at the rule's line."""
    out = []
    for tid, t in sorted(tables.items()):
        rule = t.after_service
        if rule is None:
            continue
        other = tables.get(rule.table)
        why = (f"there is no table {rule.table}" if other is None else _cannot_continue(t, other))
        if why is not None:
            out.append(RateProblem(t.file, "after_service.table", rule.line,
                                   f"{rule.table} cannot continue {tid}: {why}"))
    return out


def _cannot_continue(t: RateTable, other: RateTable) -> str | None:
    """Why ``other`` cannot continue ``t`` after its first months of service, or None: it must be
    a sector table of the same jurisdiction, unit, weekly hours, dimensions and categories, and
    not be continued in its turn (the calculation follows one step)."""
    if other.kind != "sector":
        return f"it is a table of kind {other.kind}, not sector"
    if other.jurisdiction != t.jurisdiction:
        return f"its jurisdiction is {other.jurisdiction}, that of {t.id} {t.jurisdiction}"
    if other.unit != t.unit:
        return f"its unit is {other.unit}, that of {t.id} {t.unit}"
    if other.weekly_hours != t.weekly_hours:
        return f"its weekly_hours are {other.weekly_hours}, those of {t.id} {t.weekly_hours}"
    if other.dimensions != t.dimensions:
        return f"its dimensions are {list(other.dimensions)}, those of {t.id} {list(t.dimensions)}"
    mine, theirs = _categories_of(t), _categories_of(other)
    if mine != theirs:
        return (f"its categories are {', '.join(sorted(theirs)) or 'none'}, those of {t.id} "
                f"{', '.join(sorted(mine)) or 'none'}")
    if other.after_service is not None:
        return (f"it is itself continued by {other.after_service.table} (a table continues "
                "another for one step only)")
    return None


def _categories_of(t: RateTable) -> set[str]:
    """The categories of a table's versions (none when it has no category dimension)."""
    if "category" not in t.dimensions:
        return set()
    level = t.dimensions.index("category")
    return set().union(*(_keys_at(v.values, level) for v in t.versions if not v.gap))


def _parse_versions(model: RateFileModel, raw: dict[str, Any], col: _Collector
                    ) -> tuple[list[TableVersion], list[tuple[int, set[str]]]]:
    """Every version, in order, with the categories of each version that has them (by index)."""
    versions: list[TableVersion] = []
    prev: dt.date | None = None
    categories: list[tuple[int, set[str]]] = []
    for i, (v, vraw) in enumerate(zip(model.versions, raw["versions"], strict=True)):
        vp: PathT = ("versions", i)
        start = _parse_date(v.from_, vp + ("from",), col)
        if start and prev:
            if start == prev:
                col.add(vp + ("from",), f"duplicate version date {start}")
            elif start < prev:
                col.add(vp + ("from",), f"versions are not sorted: {start} comes after {prev}")
        prev = start or prev
        if v.source.published:
            _parse_date(v.source.published, vp + ("source", "published"), col)
        values = _version_values(model, v, vraw, vp, col)
        if values is not None and "category" in model.dimensions:
            categories.append((i, _keys_at(values, model.dimensions.index("category"))))
        versions.append(_table_version(v, vraw, start, values or {}, vp, col))
    return versions, categories


def _version_values(model: RateFileModel, v: Version, vraw: dict[str, Any], vp: PathT,
                    col: _Collector) -> dict[str, Any] | None:
    """A version's table of values (Decimal leaves), None when it has none to read: a gap (which
    has a note and no values), or a table without dimensions."""
    if v.gap:
        if v.values is not None:
            col.add(vp + ("values",), "a gap version has no values")
        if v.status != "unverified":
            col.add(vp + ("status",), "a gap version has status unverified")
        if not v.note:
            col.add(vp, "a gap version needs a note saying what is missing")
        return None
    depth = len(model.dimensions)
    if depth and v.values is None:
        col.add(vp, "missing required key 'values'")
        return None
    if v.values is None:
        return None
    if depth == 0:
        col.add(vp + ("values",), "this table has no dimensions; use parameters")
        return None
    values: dict[str, Any] = _leaves(vraw["values"], depth, vp + ("values",), col)
    if model.dimension_values:
        _check_enumerated(values, model.dimensions, model.dimension_values, vp + ("values",), col)
    return values


def _table_version(v: Version, vraw: dict[str, Any], start: dt.date | None, values: dict[str, Any],
                   vp: PathT, col: _Collector) -> TableVersion:
    """One version with its parameters, flat premiums, working days, function-year steps and
    blocks, read and checked."""
    params = {}
    for k in (v.parameters or {}):
        d = _dec(vraw["parameters"][k], vp + ("parameters", k), col)
        if d is not None:
            params[k] = d
    premiums = []
    for j, p in enumerate(v.flat_premiums or []):
        pr = _premium(p, vraw["flat_premiums"][j], v.status, v.source, vp + ("flat_premiums", j), col)
        if pr:
            premiums.append(pr)
    if v.working_days is not None and ("public_holiday" in v.working_days or not v.working_days):
        col.add(vp + ("working_days",), "working_days lists weekday names (monday..sunday); "
                "public holidays are never working days")
    steps = _function_year_steps(v, vp, col)
    return TableVersion(
        working_days=tuple(v.working_days) if v.working_days else None, function_year_steps=steps,
        youth_percent_conflict=_block(vraw.get("youth_percent_conflict"), v.youth_percent_conflict,
                                      v.status, v.source, vp + ("youth_percent_conflict",), col),
        start=start or dt.date.min, status=v.status, source=v.source, note=v.note, gap=v.gap,
        values=values, parameters=params,
        youth_percent=_block(vraw.get("youth_percent"), v.youth_percent, v.status, v.source,
                             vp + ("youth_percent",), col),
        student_percent=_block(vraw.get("student_percent"), v.student_percent, v.status,
                               v.source, vp + ("student_percent",), col),
        working_time=_block(vraw.get("working_time"), v.working_time, v.status, v.source,
                            vp + ("working_time",), col),
        flat_premiums=tuple(premiums),
    )


def _ascii_digits(text: str) -> bool:
    """Whether ``text`` is a whole number written with the digits 0-9 (``str.isdigit`` also
    accepts '²' or '٣', which ``int`` then refuses)."""
    return text.isascii() and text.isdigit()


def _function_year_steps(v: Version, vp: PathT, col: _Collector) -> Steps | None:
    """When a version's function-year rows take effect, or None."""
    if v.function_year_steps is None:
        return None
    fs = v.function_year_steps
    if _ascii_digits(fs.from_row):
        return Steps(int(fs.from_row), fs.effective, fs.years, fs.status or v.status,
                     fs.source or v.source)
    col.add(vp + ("function_year_steps", "from_row"),
            f"from_row {fs.from_row!r} is not a whole number of years such as '9'")
    return None


def _check_categories(categories: list[tuple[int, set[str]]], col: _Collector) -> None:
    """Every version lists the same categories."""
    if not categories:
        return
    union = set().union(*(c for _, c in categories))
    for i, cats in categories:
        for missing in sorted(union - cats):
            col.add(("versions", i, "values"),
                    f"category {missing!r} is missing from this version but present in another")


_REQUIRED_PARAMS: dict[str, tuple[str, ...]] = {
    "working-time": ("daily_limit_hours", "weekly_limit_hours", "overtime_premium_percent",
                     "sunday_holiday_overtime_premium_percent"),
    "wage-payment": ("due_working_days",),
    "legal-interest": ("rate",),
    "sanctions": ("surcharge_multiplier", "worker_cap", "art162_level"),
    "nl-fines": ("small_underpayment_threshold", "small_underpayment_fine"),
    "presumption": ("months",),
}
_DIMENSIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "national-minimum": (("tier",),), "youth": (("group", "age"),), "nl-minimum": (("age",),),
    "nl-fines": (("percent", "duration"),), "sector": (("category",), ("category", "function_years")),
    "working-time": ((),), "wage-payment": ((),), "legal-interest": ((),), "sanctions": ((),),
    "presumption": ((),),
    "head": ((), ("seniority_months",), ("percent",)),  # heads of claim (docs/heads.md)
}
_KEY_RULES: dict[str, tuple[str, str]] = {  # dimension -> (regex, what is allowed)
    "tier": (r"^\d+\+\d+$", "'<age>+<months>' such as '18+0'"),
    "age": (r"^\d+$", "a whole age such as '17'"),
    "function_years": (r"^\d+$", "a whole number of years such as '0'"),
    "seniority_months": (r"^\d+$", "a whole number of months such as '3'"),
    "group": (r"^(minor|student)$", "'minor' or 'student'"),
    "percent": (r"^[\[(]\s*[\d.]+\s*,\s*([\d.]+|inf)\s*[\])]$", "an interval such as '[5,10)'"),
    "duration": (r"^[\[(]\s*[\d.]+\s*,\s*([\d.]+|inf)\s*[\])]$", "an interval such as '(1,3)'"),
}


def _check_kind(kind: str, dims: list[str], unit: str, weekly: Decimal | None,
                versions: list[TableVersion], col: _Collector) -> None:
    """What the calculation needs from a table of this kind (FORMAT.md, "Meaning per kind")."""
    allowed = _DIMENSIONS.get(kind)
    if allowed is not None and tuple(dims) not in allowed:
        col.add(("dimensions",), f"a {kind} table has dimensions "
                + " or ".join(str(list(a)) for a in allowed))
        return
    if unit == "month" and weekly is None:
        col.add(("weekly_hours",), "a monthly table needs weekly_hours for the hourly conversion")
    for i, v in enumerate(versions):
        if v.gap:
            continue
        vp: PathT = ("versions", i)
        _check_parameters(kind, v, vp, col)
        for level, dim in enumerate(dims):
            rule = _KEY_RULES.get(dim)
            if rule is None:
                continue
            for key in _keys_at(v.values, level):
                if not re.match(rule[0], key):
                    col.add(vp + ("values",), f"{dim} key {key!r} is not {rule[1]}")


def _check_parameters(kind: str, v: TableVersion, vp: PathT, col: _Collector) -> None:
    """The parameters (and working days) a version of a table of this kind needs."""
    for name in _REQUIRED_PARAMS.get(kind, ()):
        if name not in v.parameters:
            col.add(vp + ("parameters",), f"missing parameter {name!r} (a {kind} table needs "
                    + ", ".join(_REQUIRED_PARAMS[kind]) + ")")
    if (kind == "wage-payment" and v.parameters.get("due_working_days", Decimal(0)) > 0
            and v.working_days is None):
        col.add(vp, "missing key 'working_days' (the weekdays that count as working days for "
                "due_working_days, with the source of that convention)")
    if kind == "sanctions" and "art162_level" in v.parameters:
        levels = {v.parameters["art162_level"], v.parameters.get("art162_aggravated_level")}
        for level in sorted(int(x) for x in levels if x is not None):
            for key in (f"level_{level}_admin_min", f"level_{level}_admin_max"):
                if key not in v.parameters:
                    col.add(vp + ("parameters",), f"missing parameter {key!r} (level {level} is used)")


def _keys_at(values: Any, level: int) -> set[str]:
    if not isinstance(values, dict):
        return set()
    if level == 0:
        return set(values)
    out: set[str] = set()
    for v in values.values():
        out |= _keys_at(v, level - 1)
    return out


def _check_enumerated(values: Any, dims: list[str], allowed: dict[str, list[str]], path: PathT,
                      col: _Collector, level: int = 0) -> None:
    if not isinstance(values, dict) or level >= len(dims):
        return
    dim = dims[level]
    for k, v in values.items():
        if dim in allowed and k not in allowed[dim]:
            col.add(path + (k,), f"unknown {dim} {k!r}; allowed: {', '.join(allowed[dim])}")
        _check_enumerated(v, dims, allowed, path + (k,), col, level + 1)


def load_rate_dir(root: Path) -> tuple[dict[str, RateTable], list[RateProblem]]:
    """Load every ``*.yaml`` under ``root``; return the valid tables and all problems."""
    tables: dict[str, RateTable] = {}
    problems: list[RateProblem] = []
    files = sorted(root.rglob("*.yaml"))
    if not files:
        problems.append(RateProblem(str(root), "", None, "no rate files (*.yaml) in this folder"))
    for path in files:
        rel = path.relative_to(root).as_posix()
        expected = rel[: -len(".yaml")]
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(RateProblem(rel, "", None, f"cannot read: {exc}"))
            continue
        try:
            table = parse_rate_text(text, rel, expected)
        except RateFileError as exc:
            problems.extend(exc.problems)
            continue
        tables[table.id] = table
    return tables, problems


# ---------------------------------------------------------------- bounds (issue 18)
# Input bounds (not legal figures; docs/reliability.md): a rate file that passes the loader is
# one the calculation can use, so ``rates check`` refuses what ``compute`` would trip on.
MAX_RATE_VALUE = Decimal(10) ** 9
MAX_RATE_FILE_CHARS = 2_000_000
MAX_YAML_DEPTH = 20


def _check_nodes(root: yaml.Node, file: str) -> None:
    """Refuse YAML aliases (``*name``: a recursive alias loops, an alias bomb multiplies the
    document) and nesting deeper than ``MAX_YAML_DEPTH``, walking the node graph once, without
    recursion: a node met twice is an alias."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise RateFileError([RateProblem(file, "", node.start_mark.line + 1,
                                             "YAML aliases (*name) are not allowed in rate files; "
                                             "write the values out")])
        seen.add(id(node))
        if depth > MAX_YAML_DEPTH:
            raise RateFileError([RateProblem(file, "", node.start_mark.line + 1,
                                             f"nested more than {MAX_YAML_DEPTH} levels deep")])
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.append((k, depth + 1))
                stack.append((v, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


def _bound(name: str) -> tuple[Decimal, Decimal, bool, bool] | None:
    """(lowest, highest, whole number, more than 0) for a parameter, by the shape of its name."""
    one = Decimal(1)
    if name.endswith("_month") or name == "month":
        return one, Decimal(12), True, True
    if name.endswith("_day") or name == "day":
        return one, Decimal(31), True, True
    if name.endswith("_year_offset"):
        return Decimal(0), Decimal(10), True, False
    if name.endswith("_level") or name.endswith("_factor"):
        return Decimal(0), Decimal(100), False, False
    if name.endswith("days") or name.startswith("tranche_"):
        return Decimal(0), Decimal(366), False, name.startswith("tranche_") or name == "days"
    if name == "months" or name.endswith("_months") or name.endswith("_per_year"):
        return Decimal(0), Decimal(1200), True, name in ("months", "months_per_year")
    if name.endswith("_hours"):
        return Decimal(0), Decimal(168), False, True
    if "percent" in name or name == "rate":
        return Decimal(0), Decimal(1000), False, False
    return None


def _check_bounds(versions: list[TableVersion], col: _Collector) -> None:
    """Values the calculation cannot use: day counts, months, hours and percentages out of range,
    divisors of 0 (``_bound``)."""
    for i, v in enumerate(versions):
        items: list[tuple[PathT, str, Decimal]] = [
            (("versions", i, "parameters", k), k, d) for k, d in v.parameters.items()]
        for block in ("youth_percent", "student_percent", "working_time"):
            b = getattr(v, block)
            if b is not None:
                kind = "percent" if block != "working_time" else "limit_hours"
                items += [(("versions", i, block, "values", k), f"{kind}", d)
                          for k, d in b.values.items()]
        for path, name, value in items:
            bound = _bound(name)
            what = _out_of_range(value, bound) if bound is not None else None
            if what is not None:
                col.add(path, f"{value} is out of range for {path[-1]}: {what}")


def _out_of_range(value: Decimal, bound: tuple[Decimal, Decimal, bool, bool]) -> str | None:
    """What a value outside its ``_bound`` must be, in words; None when it is within."""
    low, high, whole, positive = bound
    if not low <= value <= high or (whole and value != value.to_integral_value()) or (
            positive and value <= 0):
        return ("a whole number " if whole else "") + (
            f"more than 0 and at most {high}" if positive else f"from {low} to {high}")
    return None
