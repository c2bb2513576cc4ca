"""Import shifts, hours blocks and payments from CSV or XLSX files (issue 8).

Two steps, nothing changes in between:

1. ``plan_import(case, file)`` reads the file and returns an ``ImportPlan``: every row as it will
   be imported (target worker, kind, values) and every row that will not, with the reason and
   the file, sheet and row number.
2. ``apply_import(case, plan)`` returns a new case holding every row of the plan, or raises
   ``ImportFileError`` and changes nothing: all or nothing. Rejected rows must first be fixed in
   the file (and the file planned again) or excluded (``plan.exclude(rows)``, or
   ``skip_rejected=True``). The new case is checked with ``compute()``.

Row kinds follow the columns a row fills: start/end times make a shift; hours (with from/to, a
date or a period) an hours block; an amount a payment.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, KeysView, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from wage_remedy.case.model import CaseFile, HoursBlock, Payment, Shift, Worker, equal_times_problem
from wage_remedy.case.store import CaseError, CaseProblem
from wage_remedy.compute.hours import shift_minutes
from wage_remedy.errors import Problem
from wage_remedy.importing.parse import (
    DAY,
    MINUTES_OF,
    CellError,
    DecimalMode,
    TimeMode,
    fold,
    hhmm,
    is_blank,
    number_style,
    parse_amount,
    parse_date,
    parse_duration,
    parse_end_reason,
    parse_head,
    parse_method,
    parse_period,
    parse_status,
    parse_time,
    parse_yes_no,
    show,
    time_style,
)
from wage_remedy.importing.read import (
    FIELDS,
    Column,
    ColumnMapping,
    ImportFileError,
    Table,
    find_header,
    map_columns,
    parse_mapping,
    read_tables,
)
from wage_remedy.importing.reasons import cut, file_problem, reason
from wage_remedy.law.catalogue import Catalogue, LookupError_

__all__ = [
    "FIELDS", "ColumnMapping", "ImportFileError", "ImportPlan", "PlannedRow", "SheetPlan",
    "apply_import", "parse_mapping", "plan_import", "run_import_cli",
]



@dataclass(frozen=True)
class EmploymentFacts:
    """A worker's employment facts read from a row (docs/heads.md); None: not in the row."""

    status: str | None = None  # blue_collar | white_collar
    end: dt.date | None = None  # the end of the contract
    end_reason: str | None = None
    undeclared: bool | None = None

    def filled(self) -> dict[str, object]:
        """The facts the row gives, by case field name."""
        pairs = (("status", self.status), ("end", self.end), ("end_reason", self.end_reason),
                 ("undeclared", self.undeclared))
        return {k: v for k, v in pairs if v is not None}


Item = Shift | HoursBlock | Payment | EmploymentFacts
_EMPLOYMENT_FIELDS = frozenset({"status", "contract_end", "end_reason", "undeclared"})
_LIST = {"shift": "shifts", "hours": "hours", "payment": "payments"}
_KIND_OF_LIST = {v: k for k, v in _LIST.items()}
_PATH_RE = re.compile(r"workers\[(\d+)\]\.(shifts|hours|payments)\[(\d+)\]")
_TOTAL_WORDS = ("total", "totaal", "totaux", "totale", "subtotal", "subtotaal", "sous total",
                "grand total", "eindtotaal")
_MAX_REPEATS = 3  # compute passes when compute rejects imported rows


# ------------------------------------------------------------------------------------ plan
@dataclass(eq=False, slots=True)
class PlannedRow:
    """One row of the file and what the import does with it."""

    index: int  # position in ImportPlan.rows
    file: str
    sheet: str | None
    row: int  # row number in the file or sheet, 1-based, as a spreadsheet shows it
    raw: tuple[object, ...] = ()  # the cells as read
    kind: str | None = None  # shift | hours | payment | employment
    worker: str | None = None  # target worker id
    values: dict[str, str] = field(default_factory=dict)
    item: Item | None = None
    reasons: list[Problem] = field(default_factory=list)  # why it cannot be imported
    skip: Problem | None = None  # not imported, and not a problem (e.g. a row for another worker)
    remarks: list[Problem] = field(default_factory=list)  # notes on a row that is imported
    excluded: bool = False

    # Each reason, skip and note is a code with parameters (importing/reasons.py) that the app
    # words in the user's language, and a default English text, read here.
    @property
    def reason(self) -> str | None:
        """Why the row cannot be imported, in English (None: it can)."""
        return "; ".join(p.message for p in self.reasons) if self.reasons else None

    @property
    def skipped(self) -> str | None:
        """Why the row is skipped, in English (None: it is not)."""
        return self.skip.message if self.skip is not None else None

    @property
    def notes(self) -> list[str]:
        """The row's notes in English."""
        return [p.message for p in self.remarks]

    @property
    def cells(self) -> tuple[str, ...]:
        """The cells as the user reads them."""
        return tuple(show(c) for c in self.raw)

    @property
    def where(self) -> str:
        """``hours.csv, row 14`` or ``hours.xlsx, sheet 'March', row 14``."""
        sheet = f", sheet {self.sheet!r}" if self.sheet is not None else ""
        return f"{self.file}{sheet}, row {self.row}"

    @property
    def ok(self) -> bool:
        """Valid and importable (whether or not the user excluded it)."""
        return not self.reasons and self.skip is None and self.item is not None

    @property
    def status(self) -> str:
        """``import``, ``rejected``, ``excluded`` or ``skipped``."""
        if self.skip is not None:
            return "skipped"
        if self.excluded:
            return "excluded"
        return "rejected" if self.reasons else "import"

    def reject(self, why: Problem) -> None:
        """Mark the row as not importable (reasons accumulate; one whose text the reasons
        already hold is not added again)."""
        text = self.reason
        if text is None or why.message not in text:
            self.reasons.append(why)

    def describe(self) -> str:
        """The values in one line: ``shift 2025-03-03 10:00-19:30 break 30 min``."""
        v = self.values
        if not v:
            return " | ".join(c for c in self.cells if c)
        if self.kind == "shift":
            return f"shift {v.get('date', '?')} {v.get('start', '?')}-{v.get('end', '?')} break {v.get('break', '0')} min"
        if self.kind == "hours":
            return f"hours {v.get('from', '?')}..{v.get('to', '?')} {v.get('hours', '?')} h"
        if self.kind == "payment":
            extra = f" for {v['for']}" if v.get("for") else ""
            extra += f" pays {v['head']}" if v.get("head") else ""
            return f"payment {v.get('date', '?')} {v.get('amount', '?')} {v.get('method', '')}{extra}".rstrip()
        if self.kind == "employment":
            return "employment " + " ".join(f"{k}={x}" for k, x in v.items())
        return " | ".join(c for c in self.cells if c)


@dataclass
class SheetPlan:
    """How one CSV file or sheet is read: header row, columns and their fields, the worker."""

    file: str
    sheet: str | None
    detail: str
    header_row: int
    columns: list[Column]
    worker_source: str

    @property
    def where(self) -> str:
        return f"{self.file}, sheet {self.sheet!r}" if self.sheet is not None else self.file


@dataclass(eq=False)
class ImportPlan:
    """The preview of an import: nothing is imported until ``apply_import``."""

    source: str
    rows: list[PlannedRow]
    sheets: list[SheetPlan]
    mapping: ColumnMapping
    worker: str | None = None
    issues: list[Problem] = field(default_factory=list)  # blocking, not tied to one row
    remarks: list[Problem] = field(default_factory=list)  # notes on the file or the case
    blank_rows: int = 0
    base_digest: str = ""
    validated: frozenset[int] | None = None  # rows compute() accepted together
    catalogue: Catalogue | None = None

    @property
    def problems(self) -> list[str]:
        """The blocking problems not tied to one row, in English."""
        return [p.message for p in self.issues]

    @property
    def notes(self) -> list[str]:
        """The notes on the file or the case, in English."""
        return [p.message for p in self.remarks]

    def _rows_of(self, rows: Iterable[PlannedRow | int]) -> list[PlannedRow]:
        out = []
        for r in rows:
            if isinstance(r, PlannedRow):
                if r.index >= len(self.rows) or self.rows[r.index] is not r:
                    raise ValueError(f"{r.where} is not a row of this plan")
                out.append(r)
            else:
                out.append(self.rows[r])
        return out

    def exclude(self, rows: Iterable[PlannedRow | int]) -> None:
        """Leave these rows out of the import (rows or their ``index``)."""
        for r in self._rows_of(rows):
            r.excluded = True

    def include(self, rows: Iterable[PlannedRow | int]) -> None:
        """Undo ``exclude``."""
        for r in self._rows_of(rows):
            r.excluded = False

    @property
    def to_import(self) -> list[PlannedRow]:
        """The rows ``apply_import`` will add."""
        return [r for r in self.rows if r.ok and not r.excluded]

    @property
    def rejected(self) -> list[PlannedRow]:
        """Rows that cannot be imported and are not excluded: they block the import."""
        return [r for r in self.rows if r.status == "rejected"]

    @property
    def skipped(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.skip is not None]

    @property
    def excluded(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.excluded and r.skip is None]

    @property
    def can_apply(self) -> bool:
        """True when nothing blocks the import and there is something to import."""
        return not self.rejected and not self.issues and bool(self.to_import)

    def counts(self) -> dict[str, int]:
        """Rows per kind to import."""
        c = Counter(r.kind for r in self.to_import)
        out = {"shift": c["shift"], "hours": c["hours"], "payment": c["payment"]}
        if c["employment"]:
            out["employment"] = c["employment"]  # rows giving a worker's employment facts
        return out

    def by_worker(self) -> dict[str, dict[str, int]]:
        """Rows to import per worker id and kind."""
        out: dict[str, dict[str, int]] = defaultdict(lambda: {"shift": 0, "hours": 0, "payment": 0})
        for r in self.to_import:
            assert r.worker is not None and r.kind is not None
            out[r.worker][r.kind] = out[r.worker].get(r.kind, 0) + 1
        return dict(out)

    def summary(self) -> str:
        """One line: counts to import, rejected, excluded, skipped."""
        c = self.counts()
        return (f"{_n(len(self.rows), 'row')} read: {len(self.to_import)} to import ({_kinds(c)}), "
                f"{len(self.rejected)} rejected, {len(self.excluded)} excluded, {len(self.skipped)} skipped")

    def report(self, case: CaseFile | None = None, *, all_rows: bool = False) -> str:
        """The preview as text: columns, counts per worker, every rejected row with its reason."""
        out = self._report_head(case)
        if self.problems:
            out.append("Problems:")
            out += [f"  {p}" for p in self.problems]
        rejected = self.rejected
        if rejected:
            out.append(f"Rejected rows ({len(rejected)}):")
            out += [f"  {r.where}: {r.reason}" for r in rejected]
        if all_rows:
            out.append("Rows:")
            for r in self.rows:
                extra = r.reason or r.skipped or ""
                out.append(f"  {r.where}: {r.status:<8} {r.worker or '-':<6} {r.describe()}"
                           + (f"  [{extra}]" if extra else ""))
        out += self._report_row_notes()
        return "\n".join(out) + "\n"

    def _report_row_notes(self) -> list[str]:
        """The report's last lines: the notes of the rows to import, the first 30."""
        row_notes = [(r, n) for r in self.to_import for n in r.notes]
        if not row_notes:
            return []
        out = [f"Notes ({len(row_notes)}):"]
        out += [f"  {r.where}: {n}" for r, n in row_notes[:30]]
        if len(row_notes) > 30:
            out.append(f"  ... and {len(row_notes) - 30} more")
        return out

    def _report_head(self, case: CaseFile | None) -> list[str]:
        """The report's first lines: each sheet and its columns, the counts (per worker, named
        from ``case``) and the plan's notes."""
        names = {w.id: w.name for w in case.workers} if case is not None else {}
        out = [f"Import preview of {self.source}"]
        for s in self.sheets:
            cols = ", ".join(f"{c.header} -> {c.field or '(ignored)'}" for c in s.columns)
            out.append(f"  {s.where} ({s.detail}); header row {s.header_row}; worker: {s.worker_source}")
            out.append(f"    columns: {cols}")
        out.append("  " + self.summary())
        for wid, c in sorted(self.by_worker().items()):
            label = f"{wid} ({names[wid]})" if wid in names else wid
            out.append(f"    {label}: {_kinds(c)}")
        for n in self.notes:
            out.append(f"  note: {n}")
        return out


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _kinds(c: Mapping[str, int]) -> str:
    text = f"{_n(c['shift'], 'shift')}, {_n(c['hours'], 'hours block')}, {_n(c['payment'], 'payment')}"
    if c.get("employment"):
        text += f", {_n(c['employment'], 'employment row')}"
    return text


# ------------------------------------------------------------------------------------ workers
def _name_key(text: str) -> tuple[str, ...]:
    return tuple(sorted(fold(text).split()))


class _Workers:
    """Finds the case's worker a row names, by id or by name (any word order, no accents)."""

    def __init__(self, case: CaseFile):
        self.case = case
        self.by_id = {w.id.casefold(): w for w in case.workers}
        self.by_name: dict[tuple[str, ...], list[Worker]] = defaultdict(list)
        for w in case.workers:
            self.by_name[_name_key(w.name)].append(w)
        self._cache: dict[tuple[str, str], tuple[Worker | None, Problem | None]] = {}

    def known(self) -> str:
        ws = self.case.workers
        return self.listed() + (f", ... ({len(ws)} workers)" if len(ws) > 12 else "") if ws else "no workers"

    def listed(self) -> str:
        """The case's first 12 workers: ``w1 (Name), w2 (Name)``."""
        return ", ".join(f"{w.id} ({w.name})" for w in self.case.workers[:12])

    def resolve(self, wid: str, name: str) -> tuple[Worker | None, Problem | None]:
        """(worker, None) or (None, reason)."""
        key = (wid, name)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._resolve(wid, name)
        return hit

    def _resolve(self, wid: str, name: str) -> tuple[Worker | None, Problem | None]:
        count = len(self.case.workers)
        if wid:
            w = self.by_id.get(wid.casefold())
            if w is None:
                return None, reason("unknown-worker-id", f"unknown worker id {wid!r}; the case has "
                                    f"{self.known()}", id=cut(wid), workers=self.listed(), count=count)
            if name and _name_key(name) != _name_key(w.name):
                return None, reason("worker-name-differs", f"worker id {w.id} is {w.name!r} in the "
                                    f"case, but the row names {name!r}", id=w.id, case_name=w.name,
                                    row_name=cut(name))
            return w, None
        if not name:
            return None, _NO_WORKER_NAMED
        found = self.by_name.get(_name_key(name), [])
        if len(found) == 1:
            return found[0], None
        if len(found) > 1:
            ids = ", ".join(w.id for w in found)
            return None, reason("same-name", f"{name!r} is the name of {len(found)} workers ({ids}); "
                                "use a worker id column", name=cut(name), count=len(found), ids=ids)
        w = self.by_id.get(name.strip().casefold())
        if w is not None:
            return w, None
        return None, reason("unknown-worker", f"unknown worker {name!r}; the case has {self.known()}",
                            name=cut(name), workers=self.listed(), count=count)


_NO_WORKER_NAMED = reason("no-worker", "no worker named on this row")


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return show(value)


# ------------------------------------------------------------------------------------ reading rows
@dataclass
class _Sheet:
    table: Table
    cols: dict[str, Column]
    time_mode: dict[str, TimeMode]
    dec_mode: dict[str, DecimalMode]
    fixed_worker: Worker | None
    filter_worker: Worker | None
    width: int = 0  # number of header columns; a value beyond them is refused
    index: list[tuple[str, int]] = field(default_factory=list)
    cache: dict[tuple[object, ...], object] = field(default_factory=dict)
    wcache: dict[tuple[object, ...], tuple[Worker | None, Problem | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = [(f, c.index) for f, c in self.cols.items()]


def _is_total_row(cells: tuple[object, ...]) -> bool:
    for c in cells:
        if isinstance(c, str) and c.strip():
            f = fold(c)
            if any(f == w or f.startswith(w + " ") for w in _TOTAL_WORDS):
                return True
    return False


def _parse_row(plan: ImportPlan, sh: _Sheet, num: int, cells: tuple[object, ...],
               workers: _Workers, case: CaseFile) -> None:
    """Read one body row of a sheet into a new row of ``plan``."""
    t = sh.table
    row = PlannedRow(len(plan.rows), t.file, t.sheet, num, cells)
    _read_row(row, sh, cells, workers, case)
    plan.rows.append(row)


def _read_row(row: PlannedRow, sh: _Sheet, cells: tuple[object, ...], workers: _Workers,
              case: CaseFile) -> None:
    """Fill ``row``: its worker and kind, then its item, or why it is skipped or rejected."""
    vals = _row_values(sh, cells)
    if not vals:
        row.skip = _NO_VALUES
        return
    get = vals.get
    filled = vals.keys()
    problems = _extra_cells(sh, cells)
    target = _row_worker(row, sh, get, workers, problems)
    row.worker = target.id if target is not None else None
    _row_kind(row, filled, problems)
    if row.skip is None:
        _skip_empty_or_totals(row, filled, cells)
    if row.skip is not None:
        return
    try:
        _read_item(row, sh, get, problems, case)
    except CellError as exc:  # pragma: no cover - the helpers collect their errors
        problems.append(reason(exc.code, str(exc), **dict(exc.params)))
    if target is not None and row.item is not None and row.kind != "employment":
        _date_notes(row, target, case)
    if problems:
        row.reasons = problems
        row.item = None
    elif row.item is None:  # pragma: no cover - every early return above states its problem
        row.reasons = [reason("unreadable", "the row could not be read")]


def _row_values(sh: _Sheet, cells: tuple[object, ...]) -> dict[str, object]:
    """The non-blank cells of the imported columns, by field."""
    vals: dict[str, object] = {}
    n = len(cells)
    for f, i in sh.index:
        if i < n:
            v = cells[i]
            if v is not None and (v.__class__ is not str or v.strip()):  # type: ignore[union-attr]
                vals[f] = v
    return vals


def _extra_cells(sh: _Sheet, cells: tuple[object, ...]) -> list[Problem]:
    """The row's problems so far: a value beyond the header's last column, or none."""
    n = len(cells)
    extra = [c for c in cells[sh.width:] if not is_blank(c)] if sh.width and n > sh.width else []
    if not extra:
        return []
    t = sh.table
    comma = t.detail.startswith("CSV") and "comma-separated" in t.detail
    hint = " (a decimal comma in a comma-separated file? quote the amounts or use ';')" if comma else ""
    values = {f"value{k}": cut(_cell_text(c)) for k, c in enumerate(extra[:3], 1)}
    return [reason("extra-cells", f"{n} cells but the header has {sh.width} columns: "
                   f"{', '.join(repr(_cell_text(c)) for c in extra[:3])} beyond the last column{hint}",
                   cells=n, columns=sh.width, comma_hint="yes" if comma else None, **values)]


def _row_worker(row: PlannedRow, sh: _Sheet, get: Any, workers: _Workers, problems: list[Problem]
                ) -> Worker | None:
    """The worker the row is for: the sheet's, else the one its worker cells name (cached per
    sheet). A row of another worker than the one imported is skipped; an unknown or missing
    worker is a problem."""
    if sh.fixed_worker is not None:
        return sh.fixed_worker
    wkey = (get("worker_id"), get("worker"), get("first_name"), get("last_name"))
    if wkey == _NO_WORKER:
        if sh.filter_worker is not None:
            return sh.filter_worker
        problems.append(_NO_WORKER_NAMED)
        return None
    hit = sh.wcache.get(wkey)
    if hit is None:
        wid = _cell_text(wkey[0]) if wkey[0] is not None else ""
        name = " ".join(_cell_text(x) for x in wkey[1:] if x is not None)
        hit = sh.wcache[wkey] = workers.resolve(wid, name)
    w, why = hit
    if w is None:
        assert why is not None
        problems.append(why)
    elif sh.filter_worker is not None and w.id != sh.filter_worker.id:
        only = sh.filter_worker.id
        row.skip = reason("other-worker", f"for worker {w.id} ({w.name}); importing only {only}",
                          id=w.id, name=w.name, only=only)
    return w if w is not None and row.skip is None else None


def _row_kind(row: PlannedRow, filled: KeysView[str], problems: list[Problem]) -> None:
    """The row's kind by the columns it fills: times a shift, hours an hours block, an amount a
    payment, employment facts alone an employment row."""
    if filled & {"start", "end"}:
        row.kind = "shift"
    elif "hours" in filled:
        row.kind = "hours"
        if "amount" in filled:
            problems.append(_HOURS_AND_AMOUNT)
    elif "amount" in filled:
        row.kind = "payment"
    emp = filled & _EMPLOYMENT_FIELDS
    if emp and row.kind is None:
        row.kind = "employment"  # a worker's status, end of contract, end reason, undeclared work
    elif emp:
        fields = ", ".join(sorted(emp))
        row.remarks.append(reason("employment-ignored", f"{fields} read only on a row without times, "
                                  f"hours or amount; ignored on this {row.kind} row", fields=fields,
                                  kind=row.kind))


def _skip_empty_or_totals(row: PlannedRow, filled: KeysView[str], cells: tuple[object, ...]) -> None:
    """Skip a row with nothing to import, and an undated totals row."""
    undated = not filled & {"date", "from", "to", "for", "payment_date"}
    if row.kind is None:
        row.skip = _TOTALS_ROW if _is_total_row(cells) else _NOTHING_TO_IMPORT
    elif row.kind not in ("shift", "employment") and undated and _is_total_row(cells):
        row.kind, row.skip = None, _TOTALS_ROW


_NO_VALUES = reason("no-values", "no value in the imported columns")
_TOTALS_ROW = reason("totals-row", "a totals row")
_NOTHING_TO_IMPORT = reason("nothing-to-import", "no start or end time, hours or amount: nothing to import")
_HOURS_AND_AMOUNT = reason("hours-and-amount", "the row has both hours and an amount; a row is a shift, "
                           "an hours block or a payment (map one of the columns to 'ignore')")


def _read_item(row: PlannedRow, sh: _Sheet, get: Any, problems: list[Problem], case: CaseFile) -> None:
    """Read the row's shift, hours block, payment or employment facts into ``row.item``."""
    t = sh.table
    if row.kind == "shift":
        _shift(row, sh, get, problems, t)
    elif row.kind == "hours":
        _hours(row, sh, get, problems, t, case)
    elif row.kind == "employment":
        _employment(row, sh, get, problems, t)
    else:
        _payment(row, sh, get, problems, t, case)


def _date_notes(row: PlannedRow, target: Worker, case: CaseFile) -> None:
    """Note a row dated before the worker's employment start or after the case's as-of date."""
    first = _first_day(row)
    start = target.employment.start
    if first is not None and start is not None and first < start:
        row.remarks.append(reason("before-employment", f"before the employment start {start.isoformat()}",
                                  date=start))
    if first is not None and first > case.as_of:
        row.remarks.append(reason("after-as-of", f"after the case's as-of date {case.as_of.isoformat()}",
                                  date=case.as_of))


def _try(problems: list[Problem], sh: _Sheet, f: str, fn: Any, value: object, *args: Any, **kw: Any) -> Any:
    """``fn(value, *args, **kw)``, cached per column and value (the other arguments are the
    column's settings); a CellError becomes a problem naming the column."""
    key = (fn, f, value)
    try:
        hit = sh.cache.get(key, _MISSING)
    except TypeError:  # pragma: no cover - unhashable cell
        hit, key = _MISSING, None  # type: ignore[assignment]
    if hit is _MISSING:
        try:
            hit = fn(value, *args, **kw)
        except CellError as exc:
            hit = exc
        if key is not None:
            sh.cache[key] = hit
    if isinstance(hit, CellError):
        c = sh.cols.get(f)
        head = f"column {c.header!r}: " if c is not None else ""
        problems.append(reason(hit.code, f"{head}{hit}", **dict(hit.params),
                               column=c.header if c is not None else None))
        return None
    return hit


_MISSING = object()
_NO_WORKER = (None, None, None, None)


def _shift(row: PlannedRow, sh: _Sheet, get: Any, problems: list[Problem], t: Table) -> None:
    """A shift row: date, start, end and break, checked as the case file checks a shift."""
    start_c, end_c = get("start"), get("end")
    start, end, day = _shift_cells(sh, get, problems, t)
    brk = _break_minutes(sh, get, problems)
    if start is None or end is None or day is None:
        return
    smin, sday = start
    emin, eday = end
    why = _shift_times_problem(day, smin, sday, emin, eday, start_c, end_c)
    if why is not None:
        problems.append(why)
        return
    a, b = hhmm(smin), hhmm(emin)
    length = shift_minutes(None, a, b) or 0  # the engine's count (method step 1)
    if brk >= length:
        problems.append(reason("break-too-long", f"the break ({brk} min) is as long as or longer than "
                               f"the shift {a}-{b} ({length} min)", start=a, end=b, length=length,
                               **{"break": brk}))
        return
    row.values = {"date": day.isoformat(), "start": a, "end": b, "break": str(brk)}
    if emin <= smin:
        row.remarks.append(_NEXT_DAY)
    if get("hours") is not None:
        h = _try([], sh, "hours", parse_duration, get("hours"), integers="hours",
                 mode=sh.dec_mode.get("hours"))
        if h is not None and h != length - brk:
            said, worked = show(get("hours")), _hours_text(length - brk)
            row.remarks.append(reason("hours-differ", f"the file says {said} h worked; {a}-{b} less "
                                      f"{brk} min break is {worked} h", value=cut(said), start=a,
                                      end=b, worked=worked, **{"break": brk}))
    if not problems:
        row.item = Shift(date=day, start=row.values["start"], end=row.values["end"], break_minutes=brk)


_Time = tuple[int, dt.date | None]  # minutes after midnight, and the date the cell holds


def _shift_cells(sh: _Sheet, get: Any, problems: list[Problem], t: Table
                 ) -> tuple[_Time | None, _Time | None, dt.date | None]:
    """A shift row's start, end and date; a missing or unreadable cell is a problem. Without a
    date column the date is the start cell's own."""
    start_c, end_c, date_c = get("start"), get("end"), get("date")
    start = end = None
    if start_c is None:
        problems.append(_START_MISSING)
    else:
        start = _try(problems, sh, "start", parse_time, start_c, sh.time_mode.get("start"), t.epoch)
    if end_c is None:
        problems.append(_END_MISSING)
    else:
        end = _try(problems, sh, "end", parse_time, end_c, sh.time_mode.get("end"), t.epoch)
    day: dt.date | None = None
    if date_c is not None:
        day = _try(problems, sh, "date", parse_date, date_c, t.epoch)
    elif start is not None and start[1] is not None:
        day = start[1]
    elif start is not None or start_c is None:  # (an unreadable start is reported already)
        problems.append(_DATE_MISSING)
    return start, end, day


_NEXT_DAY = reason("next-day", "ends the next day")
_START_MISSING = reason("start-missing", "start time missing")
_END_MISSING = reason("end-missing", "end time missing")
_DATE_MISSING = reason("date-missing", "date missing")


def _break_minutes(sh: _Sheet, get: Any, problems: list[Problem]) -> int:
    """The break in minutes (0 without one); whole numbers in the column's unit, minutes by
    default."""
    if get("break") is None:
        return 0
    unit = sh.cols["break"].unit or "minutes"
    b = _try(problems, sh, "break", parse_duration, get("break"), integers=unit,
             mode=sh.dec_mode.get("break"))
    return b if b is not None else 0


def _shift_times_problem(day: dt.date, smin: int, sday: dt.date | None, emin: int, eday: dt.date | None,
                         start_c: object, end_c: object) -> Problem | None:
    """Why a start and an end cannot make a shift on ``day``, or None: a start on another date or
    at 24:00, an end before the start or 24 hours or more after it."""
    a, b = show(start_c), show(end_c)
    if sday is not None and sday != day:
        return reason("start-not-on-date", f"the start {a} is not on the date {day.isoformat()}",
                      start=cut(a), date=day)
    if smin >= DAY:
        return reason("start-24", "a shift cannot start at 24:00; use 00:00 of the next day")
    if eday is not None:
        if eday == day and emin <= smin:
            return reason("end-before-start", f"the end {b} is before the start {a}", start=cut(a), end=cut(b))
        if eday == day + dt.timedelta(days=1) and emin >= smin:
            return reason("day-or-more", f"from {a} to {b} is 24 hours or more", start=cut(a), end=cut(b))
        if eday not in (day, day + dt.timedelta(days=1)):
            return reason("end-after-next-day", f"the end {b} is not on the start's day or the next",
                          start=cut(a), end=cut(b))
    elif emin == smin:
        return reason("equal-times", equal_times_problem(hhmm(smin), hhmm(emin)) or "",
                      start=hhmm(smin), end=hhmm(emin))
    return None


def _hours_text(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h}:{m:02d}"


def _exact_hours(minutes: int) -> Decimal | None:
    value = Decimal(minutes) / 60
    return value if value * 60 == minutes else None


def _hours(row: PlannedRow, sh: _Sheet, get: Any, problems: list[Problem], t: Table, case: CaseFile) -> None:
    f_c, t_c, d_c, p_c = get("from"), get("to"), get("date"), get("for")
    first = last = None
    if f_c is not None or t_c is not None:
        if f_c is None:
            problems.append(_FROM_MISSING)
        else:
            first = _try(problems, sh, "from", parse_date, f_c, t.epoch)
        if t_c is None:
            problems.append(_TO_MISSING)
        else:
            last = _try(problems, sh, "to", parse_date, t_c, t.epoch)
    elif d_c is not None:
        first = last = _try(problems, sh, "date", parse_date, d_c, t.epoch)
    elif p_c is not None:
        per = _try(problems, sh, "for", parse_period, p_c, case.settings.pay_period, t.epoch)
        if per is not None:
            from wage_remedy.compute.periods import period_bounds
            first, last = period_bounds(per)
    else:
        problems.append(_NO_DATE)
    minutes = _try(problems, sh, "hours", parse_duration, get("hours"), integers="hours",
                   mode=sh.dec_mode.get("hours"))
    if first is None or last is None or minutes is None:
        return
    if last < first:
        problems.append(reason("to-before-from", f"'to' ({last.isoformat()}) is before 'from' "
                               f"({first.isoformat()})", **{"from": first, "to": last}))
        return
    hours = _exact_hours(minutes)
    if hours is None:
        said, text = show(get("hours")), _hours_text(minutes)
        problems.append(reason("hours-not-exact", f"{said} is {text}, which decimal hours cannot hold "
                               "exactly (hours blocks are stored in decimal hours); enter these hours "
                               "as shifts, or as a multiple of 3 minutes", value=cut(said), time=text))
        return
    text = format(hours.normalize(), "f") if hours else "0"
    row.values = {"from": first.isoformat(), "to": last.isoformat(), "hours": text}
    if not problems:
        row.item = HoursBlock.model_validate({"from": first, "to": last, "hours": text})


_FROM_MISSING = reason("from-missing", "'from' date missing")
_TO_MISSING = reason("to-missing", "'to' date missing")
_NO_DATE = reason("no-date", "no date: give from and to, a date or a period")


def _payment(row: PlannedRow, sh: _Sheet, get: Any, problems: list[Problem], t: Table, case: CaseFile) -> None:
    """A payment row: date, amount, period, method, head (docs/heads.md) and note."""
    date_f = "payment_date" if get("payment_date") is not None else "date"
    d_c = get(date_f)
    day = None
    if d_c is None:
        problems.append(_PAYMENT_DATE_MISSING)
    else:
        day = _try(problems, sh, date_f, parse_date, d_c, t.epoch)
    amount = _try(problems, sh, "amount", parse_amount, get("amount"), sh.dec_mode.get("amount"))
    per = _payment_period(sh, get, problems, t, case)
    method = "cash"
    if get("method") is not None:
        method = _try(problems, sh, "method", parse_method, get("method")) or "cash"
    else:
        row.remarks.append(_NO_METHOD)
    head = "wages"  # what it pays (docs/heads.md); the case check refuses a head the worker cannot have
    if get("head") is not None:
        head = _try(problems, sh, "head", parse_head, get("head")) or "wages"
    note = _cell_text(get("note")) if get("note") is not None else None
    if day is None or amount is None or problems:
        return
    _payment_item(row, day, amount, per, method, head, note)


_PAYMENT_DATE_MISSING = reason("payment-date-missing", "payment date missing")
_NO_METHOD = reason("no-method", "no payment method given: cash")
_NO_PERIOD = reason("no-period", "no period given: counted for the period of its date")


def _payment_period(sh: _Sheet, get: Any, problems: list[Problem], t: Table, case: CaseFile) -> str | None:
    """The pay period a payment row is for, of the case's kind (month or week), or None."""
    if get("for") is None:
        return None
    kind = case.settings.pay_period
    per: str | None = _try(problems, sh, "for", parse_period, get("for"), kind, t.epoch)
    if per is not None and ("-W" in per) != (kind == "week"):
        problems.append(reason("period-kind", f"{per} is not a {kind} period; this case pays by the {kind}",
                               period=per, kind=kind))
        return None
    return per


def _payment_item(row: PlannedRow, day: dt.date, amount: Decimal, per: str | None, method: str,
                  head: str, note: str | None) -> None:
    """Set a readable payment row's values (as shown) and its Payment."""
    row.values = {"date": day.isoformat(), "amount": format(amount, "f"), "for": per or "",
                  "method": method}
    if head != "wages":
        row.values["head"] = head
    if note:
        row.values["note"] = note
    if per is None:
        row.remarks.append(_NO_PERIOD)
    data: dict[str, Any] = {"date": day, "amount": format(amount, "f"), "method": method}
    if per is not None:
        data["for"] = per
    if head != "wages":
        data["head"] = head
    if note:
        data["note"] = note
    row.item = Payment.model_validate(data)


def _employment(row: PlannedRow, sh: _Sheet, get: Any, problems: list[Problem], t: Table) -> None:
    """A worker's employment facts (docs/heads.md): status, end of the contract, end reason,
    undeclared work; only the cells the row fills."""
    status = _try(problems, sh, "status", parse_status, get("status")) if get("status") is not None else None
    end = (_try(problems, sh, "contract_end", parse_date, get("contract_end"), t.epoch)
           if get("contract_end") is not None else None)
    reason = (_try(problems, sh, "end_reason", parse_end_reason, get("end_reason"))
              if get("end_reason") is not None else None)
    undeclared = (_try(problems, sh, "undeclared", parse_yes_no, get("undeclared"))
                  if get("undeclared") is not None else None)
    if problems:
        return
    facts = EmploymentFacts(status, end, reason, undeclared)
    row.values = {k: (v.isoformat() if isinstance(v, dt.date) else str(v).lower()
                      if isinstance(v, bool) else str(v)) for k, v in facts.filled().items()}
    row.item = facts


def _first_day(row: PlannedRow) -> dt.date | None:
    it = row.item
    if isinstance(it, Shift | Payment):
        return it.date
    if isinstance(it, HoursBlock):
        return it.from_
    return None


# ------------------------------------------------------------------------------------ cross checks
def _minutes(text: str) -> int:
    m = MINUTES_OF.get(text)
    return m if m is not None else int(text[:2]) * 60 + int(text[3:])


def _shift_span(s: Shift) -> tuple[int, int] | None:
    """Absolute minutes [start, end) of a shift (an end at or before the start is the next day)."""
    a, b = _minutes(s.start), _minutes(s.end)
    if a >= DAY:
        return None
    base = s.date.toordinal() * DAY
    return base + a, base + (b if b > a else b + DAY)


def _shift_days(s: Shift) -> list[dt.date]:
    """Calendar days a shift puts worked minutes on (as compute splits it at midnight, breaks
    taken from the first part)."""
    start, end = _minutes(s.start), _minutes(s.end)
    if start >= DAY:
        return []
    b = end if end > start else end + DAY
    a = start + s.break_minutes
    if b <= DAY:
        return [s.date] if a < b else []
    days = [s.date] if a < DAY else []
    if b - max(a, DAY) > 0:
        days.append(s.date + dt.timedelta(days=1))
    return days


def _existing(kind: str, i: int, item: Item) -> str:
    if isinstance(item, Shift):
        return f"a shift already in the case ({item.date.isoformat()} {item.start}-{item.end})"
    if isinstance(item, HoursBlock):
        return f"an hours block already in the case ({item.from_.isoformat()}..{item.to.isoformat()})"
    if isinstance(item, Payment):
        return f"a payment already in the case ({item.date.isoformat()} {item.amount})"
    return f"{kind} {i + 1} of the case"  # pragma: no cover


@dataclass(frozen=True)
class _InCase:
    """A shift, hours block or payment already in the case, with its index in its list."""

    kind: str  # shift | hours | payment
    index: int
    item: Shift | HoursBlock | Payment


_Other = PlannedRow | _InCase  # what a reason refers to: another row, or an item of the case


def _item_params(item: object) -> dict[str, object]:
    """A shift's, hours block's or payment's values as reference parameters."""
    if isinstance(item, Shift):
        return {"item_date": item.date, "item_start": item.start, "item_end": item.end}
    if isinstance(item, HoursBlock):
        return {"item_from": item.from_, "item_to": item.to}
    if isinstance(item, Payment):
        return {"item_date": item.date, "item_amount": item.amount}
    return {}


def _ref(x: _Other) -> dict[str, object]:
    """The reference parameters of another row (number, sheet) or of an item of the case (kind,
    index), with its values (importing/reasons.py)."""
    if isinstance(x, PlannedRow):
        return {"row": x.row, "sheet": x.sheet, **_item_params(x.item)}
    return {"case_kind": x.kind, "index": x.index, **_item_params(x.item)}


def _where(x: _Other) -> str:
    """Another row or an item of the case in English: ``hours.csv, row 14`` or ``a shift already
    in the case (2025-03-03 08:00-12:00)``."""
    return x.where if isinstance(x, PlannedRow) else _existing(x.kind, x.index, x.item)


def _duplicate(x: _Other) -> Problem:
    return reason("duplicate", f"duplicate of {_where(x)}", **_ref(x))


def _cross_check(case: CaseFile, rows: list[PlannedRow]) -> None:
    """Duplicates and overlaps against the case and between rows; shifts and hours on one day."""
    per_worker: dict[str, list[PlannedRow]] = defaultdict(list)
    for r in rows:
        if r.ok and r.worker is not None:
            per_worker[r.worker].append(r)
    for wid, wrows in per_worker.items():
        w = case.worker(wid)
        _check_shifts(w, [r for r in wrows if r.kind == "shift"])
        _check_hours(w, [r for r in wrows if r.kind in ("hours", "shift")])
        _check_payments(w, [r for r in wrows if r.kind == "payment"])
        _check_employment(w, [r for r in wrows if r.kind == "employment"])


def _check_employment(w: Worker, rows: list[PlannedRow]) -> None:
    """Employment facts never overwrite what the case says, nor contradict each other."""
    current = {"status": w.employment.status, "end": w.employment.end,
               "end_reason": w.employment.end_reason, "undeclared": w.undeclared or None}
    seen: dict[str, tuple[object, PlannedRow]] = {}
    for r in rows:
        assert isinstance(r.item, EmploymentFacts)
        for name, value in r.item.filled().items():
            if name == "undeclared" and value is False and not w.undeclared:
                continue  # the case's default
            have = current[name]
            if have is not None and have != value:
                r.reject(reason("case-says-otherwise", f"{w.name}: the case says {name} {_fact(have)}, the "
                                f"file {_fact(value)}; change it in the case (worker page or case file), "
                                "not by an import", worker=w.name, fact=name, case_value=_fact(have),
                                file_value=_fact(value)))
            elif name in seen and seen[name][0] != value:
                other, first = seen[name]
                r.reject(_differs(name, value, other, first))
                first.reject(_differs(name, other, value, r))
            else:
                seen.setdefault(name, (value, r))
    _check_contract_end(w, seen)


def _differs(name: str, value: object, other: object, row: PlannedRow) -> Problem:
    """Employment fact ``name`` is ``value`` here but ``other`` on ``row``."""
    return reason("differs-from-row", f"{name} {_fact(value)} differs from {_fact(other)} on {row.where}",
                  fact=name, value=_fact(value), other_value=_fact(other), **_ref(row))


def _check_contract_end(w: Worker, seen: Mapping[str, tuple[object, PlannedRow]]) -> None:
    """The rules of the case file (case/model.py Employment) for the facts the rows give (value
    and first row, by name): an end on or after the start, an end reason only with an end date."""
    end = seen["end"][0] if "end" in seen else w.employment.end
    start = w.employment.start
    if "end" in seen and isinstance(end, dt.date) and start is not None and end < start:
        seen["end"][1].reject(reason("contract-end-before-start", f"{w.name}: the end of the contract "
                                     f"{end.isoformat()} is before the employment start {start.isoformat()}",
                                     worker=w.name, end=end, start=start))
    if "end_reason" in seen and end is None:
        seen["end_reason"][1].reject(reason(
            "end-reason-without-end", f"{w.name}: an end reason without an end of the contract; add the "
            "end date (a column mapped to contract_end) or leave the reason out", worker=w.name))


def _fact(value: object) -> str:
    """An employment fact as written in the case file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _check_shifts(w: Worker, rows: list[PlannedRow]) -> None:
    have = {(s.date, s.start, s.end, s.break_minutes): _InCase("shift", i, s) for i, s in enumerate(w.shifts)}
    first_row: dict[tuple[object, ...], PlannedRow] = {}
    spans: list[tuple[int, int, int, _Other]] = []
    for i, s in enumerate(w.shifts):
        sp = _shift_span(s)
        if sp is not None:
            spans.append((sp[0], sp[1], i, _InCase("shift", i, s)))
    for k, r in enumerate(rows):
        item = r.item
        assert isinstance(item, Shift)
        key = (item.date, item.start, item.end, item.break_minutes)
        if key in have:
            r.reject(_duplicate(have[key]))
            continue
        if key in first_row:
            r.reject(_duplicate(first_row[key]))
            continue
        first_row[key] = r
        span = _shift_span(item)
        assert span is not None
        spans.append((span[0], span[1], len(w.shifts) + k, r))
    _reject_overlapping_shifts(spans)


def _reject_overlapping_shifts(spans: list[tuple[int, int, int, _Other]]) -> None:
    """Reject the new shifts among ``spans`` (absolute minutes [start, end), order, shift of the
    case or row) that overlap another."""
    spans.sort(key=lambda x: (x[0], x[1], x[2]))
    cur: tuple[int, int, int, _Other] | None = None
    for nxt in spans:
        if cur is not None and nxt[0] < cur[1]:
            a, b = cur[3], nxt[3]
            if isinstance(b, PlannedRow):
                b.reject(reason("overlaps", f"overlaps {_label(a)}", **_ref(a)))
            if isinstance(a, PlannedRow):
                a.reject(reason("overlaps", f"overlaps {_label(b)}", **_ref(b)))
        if cur is None or nxt[1] > cur[1]:
            cur = nxt


def _label(x: _Other) -> str:
    if isinstance(x, PlannedRow):
        return f"{x.where} ({x.describe()})"
    return _where(x)


def _check_hours(w: Worker, rows: list[PlannedRow]) -> None:
    """Hours blocks: duplicates and overlaps; shifts and hours never on the same day."""
    shift_rows = [r for r in rows if r.kind == "shift" and r.ok]
    hour_rows = [r for r in rows if r.kind == "hours"]
    _check_blocks(w, hour_rows)
    _check_shift_and_hours_days(w, shift_rows, hour_rows)


def _check_blocks(w: Worker, hour_rows: list[PlannedRow]) -> None:
    """Duplicate hours blocks, and blocks whose dates ([from, to]) overlap, in the file or the
    case."""
    have = {(b.from_, b.to, b.hours): _InCase("hours", i, b) for i, b in enumerate(w.hours)}
    first_row: dict[tuple[object, ...], PlannedRow] = {}
    spans: list[tuple[dt.date, dt.date, int, _Other]] = [
        (b.from_, b.to, i, _InCase("hours", i, b)) for i, b in enumerate(w.hours)]
    for k, r in enumerate(hour_rows):
        b = r.item
        assert isinstance(b, HoursBlock)
        key = (b.from_, b.to, b.hours)
        if key in have:
            r.reject(_duplicate(have[key]))
            continue
        if key in first_row:
            r.reject(_duplicate(first_row[key]))
            continue
        first_row[key] = r
        spans.append((b.from_, b.to, len(w.hours) + k, r))
    _reject_overlapping_blocks(spans)


def _reject_overlapping_blocks(spans: list[tuple[dt.date, dt.date, int, _Other]]) -> None:
    """Reject the new hours blocks among ``spans`` ([from, to], order, block of the case or row)
    whose days overlap another's."""
    spans.sort(key=lambda x: (x[0], x[1], x[2]))
    cur: tuple[dt.date, dt.date, int, _Other] | None = None
    for sp in spans:
        if cur is not None and sp[0] <= cur[1]:
            a, b2 = cur[3], sp[3]
            if isinstance(b2, PlannedRow):
                b2.reject(reason("covers-same-days", f"covers days that {_where(a)} also covers", **_ref(a)))
            if isinstance(a, PlannedRow):
                a.reject(reason("covers-same-days", f"covers days that {_where(b2)} also covers", **_ref(b2)))
        if cur is None or sp[1] > cur[1]:
            cur = sp


def _check_shift_and_hours_days(w: Worker, shift_rows: list[PlannedRow], hour_rows: list[PlannedRow]
                                ) -> None:
    """Reject a row that puts a shift and an hours block on the same day (one of them new)."""
    shift_day = _shifts_by_day(w, shift_rows)
    blocks: list[tuple[dt.date, dt.date, _Other]] = [
        (b.from_, b.to, _InCase("hours", i, b)) for i, b in enumerate(w.hours)]
    blocks += [(r.item.from_, r.item.to, r) for r in hour_rows if isinstance(r.item, HoursBlock)]
    if not blocks or not shift_day:
        return
    days_sorted = sorted(shift_day)
    for start, end, owner in blocks:
        i = bisect.bisect_left(days_sorted, start)
        clash = []
        while i < len(days_sorted) and days_sorted[i] <= end:
            clash.append(days_sorted[i])
            i += 1
        for d in clash:
            for s_owner in shift_day[d]:
                _reject_same_day(d, s_owner, owner)


def _shifts_by_day(w: Worker, shift_rows: list[PlannedRow]) -> dict[dt.date, list[_Other]]:
    """The case's shifts and the new shift rows by each day they put worked minutes on."""
    shift_day: dict[dt.date, list[_Other]] = defaultdict(list)
    for i, s in enumerate(w.shifts):
        for d in _shift_days(s):
            shift_day[d].append(_InCase("shift", i, s))
    for r in shift_rows:
        assert isinstance(r.item, Shift)
        for d in _shift_days(r.item):
            shift_day[d].append(r)
    return shift_day


def _reject_same_day(d: dt.date, s_owner: _Other, owner: _Other) -> None:
    """Reject the new one(s) of a shift and an hours block both on day ``d``."""
    if not isinstance(owner, PlannedRow) and not isinstance(s_owner, PlannedRow):
        return  # both already in the case: not this import's doing
    if isinstance(owner, PlannedRow):
        owner.reject(reason("same-day-has-shift", f"shift and hours on the same day: {d.isoformat()} has "
                            f"{_where(s_owner)}", date=d, **_ref(s_owner)))
    if isinstance(s_owner, PlannedRow):
        s_owner.reject(reason("same-day-in-block", f"shift and hours on the same day: {d.isoformat()} is "
                              f"in {_where(owner)}", date=d, **_ref(owner)))


def _check_payments(w: Worker, rows: list[PlannedRow]) -> None:
    have = {(p.date, p.amount, p.for_, p.method, p.head or "wages"): _InCase("payment", i, p)
            for i, p in enumerate(w.payments)}
    first_row: dict[tuple[object, ...], PlannedRow] = {}
    for r in rows:
        p = r.item
        assert isinstance(p, Payment)
        key = (p.date, p.amount, p.for_, p.method, p.head or "wages")
        if key in have:
            r.reject(_duplicate(have[key]))
        elif key in first_row:
            other = first_row[key]
            r.reject(reason("possible-duplicate", f"same date, amount, period and method as {other.where}: "
                            "a duplicate?", **_ref(other)))
        else:
            first_row[key] = r


def _check_rates(case: CaseFile, rows: list[PlannedRow], catalogue: Catalogue) -> bool:
    """Reject rows on days the rate tables do not cover (the lookups compute() makes); True
    when a row was rejected."""
    from wage_remedy.compute.rates import Usage, WorkerRates
    found = False
    per_worker: dict[str, dict[dt.date, list[PlannedRow]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if not r.ok or r.worker is None:
            continue
        it = r.item
        if isinstance(it, Shift):
            days = _shift_days(it)
        elif isinstance(it, HoursBlock):
            n = (it.to - it.from_).days + 1
            days = [it.from_ + dt.timedelta(days=k) for k in range(n)] if it.hours else []
        else:
            continue
        for d in days:
            per_worker[r.worker][d].append(r)
    for wid, by_day in per_worker.items():
        try:
            rates = WorkerRates(case, case.worker(wid), catalogue, Usage())
        except LookupError_:
            continue  # a problem of the worker's own record: compute() reports it
        for d, rs in by_day.items():
            try:
                rates.on(d)
                if rates.law.working_time:  # overtime rules exist (law/jurisdictions.py)
                    rates.working_rules(d)
            except LookupError_ as exc:
                for r in rs:
                    r.reject(reason("no-rates", str(exc), date=d, detail=str(exc)))
                    found = True
    return found


# ------------------------------------------------------------------------------------ building
def _build(case: CaseFile, rows: list[PlannedRow]) -> tuple[CaseFile, dict[tuple[int, str, int], PlannedRow]]:
    """The case with ``rows`` appended (each list's new items in date order), and which row each
    new item came from (by worker index, list name and index)."""
    by_worker: dict[str, list[PlannedRow]] = defaultdict(list)
    for r in rows:
        assert r.worker is not None
        by_worker[r.worker].append(r)
    origins: dict[tuple[int, str, int], PlannedRow] = {}
    workers = list(case.workers)
    for wi, w in enumerate(workers):
        wrows = by_worker.get(w.id)
        if not wrows:
            continue
        update: dict[str, list[Any]] = {}
        for kind, lname in _LIST.items():
            krows = [r for r in wrows if r.kind == kind]
            if not krows:
                continue
            krows.sort(key=_sort_key)
            existing = list(getattr(w, lname))
            for k, r in enumerate(krows):
                origins[(wi, lname, len(existing) + k)] = r
            update[lname] = existing + [r.item for r in krows]
        update.update(_employment_update(wi, w, wrows, origins))
        workers[wi] = w.model_copy(update=update)
    return case.model_copy(update={"workers": workers}), origins


def _employment_update(wi: int, w: Worker, wrows: list[PlannedRow],
                       origins: dict[tuple[int, str, int], PlannedRow]) -> dict[str, Any]:
    """The worker fields the employment rows change (``undeclared``, ``employment``); the first
    such row is the origin of a problem with them."""
    facts: dict[str, object] = {}
    for r in wrows:
        if r.kind == "employment":
            assert isinstance(r.item, EmploymentFacts)
            origins.setdefault((wi, "employment", 0), r)
            facts.update(r.item.filled())
    update: dict[str, Any] = {}
    if "undeclared" in facts:
        update["undeclared"] = facts.pop("undeclared")
    if facts:
        update["employment"] = w.employment.model_copy(update=facts)
    return update


def _sort_key(r: PlannedRow) -> tuple[Any, ...]:
    it = r.item
    if isinstance(it, Shift):
        return (it.date, it.start, r.index)
    if isinstance(it, HoursBlock):
        return (it.from_, it.to, r.index)
    if isinstance(it, EmploymentFacts):
        return (r.index,)
    assert isinstance(it, Payment)
    return (it.date, r.index)


def _refs(text: str, case: CaseFile, origins: Mapping[tuple[int, str, int], PlannedRow]
          ) -> tuple[list[PlannedRow], str]:
    """Rows a compute() problem refers to, and its text with paths put in the user's words."""
    rows: list[PlannedRow] = []

    def sub(m: re.Match[str]) -> str:
        key = (int(m[1]), m[2], int(m[3]))
        r = origins.get(key)
        if r is not None:
            rows.append(r)
            return r.where
        try:
            item = getattr(case.workers[key[0]], key[1])[key[2]]
        except (IndexError, AttributeError):
            return m[0]
        return _existing(_KIND_OF_LIST[key[1]], key[2], item)

    return rows, _PATH_RE.sub(sub, text)


def _employment_rows(path: str, origins: Mapping[tuple[int, str, int], PlannedRow]) -> list[PlannedRow]:
    """The employment row behind a problem at ``workers[i].employment...`` or ``.undeclared``
    (an end before the start, a status the sector contradicts, a head the worker cannot have)."""
    m = re.match(r"workers\[(\d+)\]\.(employment|undeclared|payments\[\d+\]\.head)", path)
    r = origins.get((int(m[1]), "employment", 0)) if m else None
    return [r] if r is not None else []


def _problem_text(case: CaseFile, p: CaseProblem, text: str) -> Problem:
    """A problem compute() found in the case with the imported rows, tied to no row: its code
    under ``problem`` with its parameters, and ``text`` (its message with the rows named as the
    user reads them) headed by the worker's name (``detail``: ``text`` alone) or the path."""
    m = re.match(r"workers\[(\d+)\]", p.path)
    inner = {**dict(p.params), "problem": p.code}
    if m and int(m[1]) < len(case.workers):
        w = case.workers[int(m[1])]
        return reason("worker-problem", f"{w.name} ({w.id}): {text}", **inner, worker=w.name, id=w.id,
                      detail=text)
    return reason("case-check", f"{p.path}: {text}" if p.path else text, **inner)


def _compute_problems(new_case: CaseFile, catalogue: Catalogue) -> list[CaseProblem]:
    from wage_remedy.compute import compute
    try:
        compute(new_case, catalogue)
    except CaseError as exc:
        return list(exc.problems)
    return []


def _baseline(case: CaseFile, catalogue: Catalogue) -> set[tuple[str, str]]:
    return {(p.path, p.message) for p in _compute_problems(case, catalogue)}


def _validate(case: CaseFile, plan: ImportPlan, catalogue: Catalogue) -> None:
    """Run compute() on the case with the plan's rows; reject the rows it finds wrong."""
    base: set[tuple[str, str]] | None = None
    rates_checked = False
    for _ in range(_MAX_REPEATS + 1):
        rows = plan.to_import
        if not rows:
            plan.validated = frozenset()
            return
        new_case, origins = _build(case, rows)
        problems = _compute_problems(new_case, catalogue)
        plan.issues = []
        if not problems:
            plan.validated = frozenset(r.index for r in rows)
            return
        if base is None:
            base = _baseline(case, catalogue)
        hit = _reject_problem_rows(plan, problems, new_case, origins, base)
        if base:
            note = reason("case-has-problems", f"the case itself has {len(base)} problem(s) that the "
                          "import does not change", count=len(base))
            if note.message not in plan.notes:
                plan.remarks.append(note)
        if not hit and plan.issues and not rates_checked:
            # a worker-level problem: often a day the rate tables do not cover; find its rows
            rates_checked = True
            hit = _check_rates(case, rows, catalogue)
        if not hit:
            plan.validated = frozenset(r.index for r in rows)
            return
    plan.issues.append(reason("still-problems", "compute() still finds problems in the imported rows; "
                              "check the rejected rows"))


def _reject_problem_rows(plan: ImportPlan, problems: list[CaseProblem], new_case: CaseFile,
                         origins: Mapping[tuple[int, str, int], PlannedRow],
                         base: set[tuple[str, str]]) -> bool:
    """Reject the rows compute()'s problems point to; a problem of no row that the case alone
    does not have goes to ``plan.issues``. True when a row was rejected."""
    hit = False
    for p in problems:
        refs, text = _refs(p.message, new_case, origins)
        prow, _ = _refs(p.path, new_case, origins)
        targets = prow or refs or _employment_rows(p.path, origins)
        if targets:
            for r in targets:
                r.reject(reason("case-check", text, **{**dict(p.params), "problem": p.code}))
            hit = True
        elif (p.path, p.message) not in base:
            plan.issues.append(_problem_text(new_case, p, text))
    return hit


# ------------------------------------------------------------------------------------ public API
def _digest(case: CaseFile) -> str:
    from wage_remedy.compute.backpay import inputs_digest
    return inputs_digest(case)


def plan_import(case: CaseFile, source: str | Path, *, worker: str | None = None,
                mapping: str | Path | Mapping[str, Any] | ColumnMapping | None = None,
                sheet: str | None = None, catalogue: Catalogue | None = None,
                validate: bool = True) -> ImportPlan:
    """Read ``source`` (CSV or XLSX) and plan its import into ``case``; nothing is changed.

    ``worker`` (an id) receives every row of a file without a worker column; with a worker column
    it imports only that worker's rows. ``mapping`` adjusts the detected columns (see
    ``parse_mapping``). ``validate`` runs ``compute()`` on the result (with ``catalogue``, default
    the bundled rates) so that rows it would refuse are rejected here. Raises ``ImportFileError``
    when the file as a whole cannot be read.
    """
    cmap = parse_mapping(mapping)
    workers = _Workers(case)
    chosen = _chosen_worker(case, workers, worker, source)
    tables = read_tables(source, sheet)
    plan = ImportPlan(str(source), [], [], cmap, worker=chosen.id if chosen else None)
    used_names: set[str] = set()
    for t in tables:
        used_names |= _plan_table(plan, t, case, workers, chosen, several=len(tables) > 1)
    missing = [cmap.labels[k] for k in cmap.columns if k not in used_names]
    if missing:
        raise ImportFileError([file_problem("mapping", "no-such-column", f"no column named {m!r} in the file",
                                            column=m) for m in missing], str(source))
    if not plan.sheets:
        raise ImportFileError([file_problem("", "no-sheet-to-import", "no sheet with a header row and a "
                                            "start/end, hours or amount column")], str(source))
    _cross_check(case, plan.rows)
    plan.base_digest = _digest(case)
    if validate:
        if catalogue is None:
            from wage_remedy.law.catalogue import load_catalogue
            catalogue = load_catalogue()
        plan.catalogue = catalogue
        _validate(case, plan, catalogue)
    return plan


def _chosen_worker(case: CaseFile, workers: _Workers, worker: str | None, source: str | Path
                   ) -> Worker | None:
    """The worker ``--worker`` names (None without one); refuses an unknown id and a case
    without workers."""
    chosen: Worker | None = None
    if worker is not None:
        chosen = workers.by_id.get(worker.casefold())
        if chosen is None:
            raise ImportFileError([file_problem("--worker", "unknown-worker-id", f"unknown worker id "
                                                f"{worker!r}; the case has {workers.known()}", id=worker,
                                                workers=workers.listed(), count=len(case.workers))],
                                  str(source))
    if not case.workers:
        raise ImportFileError([file_problem("workers", "case-no-workers", "the case has no workers; add "
                                            "them before importing their hours")], str(source))
    return chosen


def _plan_table(plan: ImportPlan, t: Table, case: CaseFile, workers: _Workers, chosen: Worker | None,
                *, several: bool) -> set[str]:
    """Plan the rows of one CSV file or sheet into ``plan``; the folded names of its columns.

    A sheet without a header row or without a column to import is noted and left out when the
    workbook has ``several`` sheets, and refused otherwise.
    """
    cmap = plan.mapping
    k = find_header(t.rows, cmap)
    if k is None:
        if several:
            plan.remarks.append(reason("sheet-no-header", f"{t.where}: no header row found; sheet not "
                                       "imported", sheet=t.sheet))
            return set()
        raise ImportFileError([file_problem(_sheet_of(t), "no-header", _NO_HEADER, sheet=t.sheet)], t.file)
    hnum, header = t.rows[k]
    body = t.rows[k + 1:]
    cols = map_columns(header, [c for _, c in body], cmap)
    used_names = {fold(c.header) for c in cols}
    fmap = {c.field: c for c in cols if c.field is not None}
    if not set(fmap) & ({"start", "end", "hours", "amount"} | _EMPLOYMENT_FIELDS):
        found = ", ".join(f"{c.header!r}" for c in cols) or "none"
        msg = (f"no start/end time, hours or amount column (columns found: {found}); name the "
               "columns with --mapping, e.g. \"Van=start,Tot=end\"")
        if several:
            plan.remarks.append(reason("sheet-no-columns", f"{t.where}: {msg}; sheet not imported",
                                       sheet=t.sheet, found=", ".join(c.header for c in cols)))
            return used_names
        raise ImportFileError([file_problem(_sheet_of(t), "no-columns", msg, sheet=t.sheet,
                                            found=", ".join(c.header for c in cols))], t.file)
    fixed, filt, source_text = _sheet_worker(t, fmap, workers, chosen)
    sh = _Sheet(t, fmap, _time_modes(fmap, body, cmap), _decimal_modes(fmap, body, cmap), fixed, filt,
                width=max((c.index for c in cols), default=-1) + 1)
    plan.sheets.append(SheetPlan(t.file, t.sheet, t.detail, hnum, cols, source_text))
    for num, cells in body:
        if all(is_blank(c) for c in cells):
            plan.blank_rows += 1
            continue
        _parse_row(plan, sh, num, cells, workers, case)
    return used_names


def _sheet_worker(t: Table, fmap: Mapping[str, Column], workers: _Workers, chosen: Worker | None
                  ) -> tuple[Worker | None, Worker | None, str]:
    """Whose rows a sheet holds: (the worker of every row, the only worker whose rows are
    imported, where the worker comes from in words). With a worker column each row names its
    worker; without one, the chosen worker, else the worker the sheet's name names."""
    if set(fmap) & {"worker", "worker_id", "first_name", "last_name"}:
        source_text = "column " + ", ".join(repr(fmap[f].header) for f in
                                            ("worker_id", "worker", "first_name", "last_name") if f in fmap)
        if chosen is not None:
            source_text += f" (only rows of {chosen.id})"
        return None, chosen, source_text
    if chosen is not None:
        return chosen, None, f"{chosen.id} ({chosen.name}), chosen"
    by_title = None
    if t.sheet is not None:
        by_title, _ = workers.resolve("", t.sheet)
        if by_title is None:
            by_title = workers.by_id.get(t.sheet.strip().casefold())
    if by_title is None:
        raise ImportFileError([file_problem(
            _sheet_of(t), "no-worker-column", "the file has no worker column; choose the worker the "
            f"rows are for (--worker ID; the case has {workers.known()})", sheet=t.sheet,
            workers=workers.listed(), count=len(workers.case.workers))], t.file)
    return by_title, None, f"{by_title.id} ({by_title.name}), from the sheet name"


def _column_values(fmap: Mapping[str, Column], f: str, body: Sequence[tuple[int, tuple[object, ...]]]
                   ) -> list[object]:
    """The cells of field ``f``'s column in the body rows that reach it."""
    i = fmap[f].index
    return [c[i] for _, c in body if i < len(c)]


def _time_modes(fmap: Mapping[str, Column], body: Sequence[tuple[int, tuple[object, ...]]],
                cmap: ColumnMapping) -> dict[str, TimeMode]:
    """How the start and end columns write times: the mapping's setting, else as the values
    show, the one column's way for both when only one shows it."""
    tmode: dict[str, TimeMode] = {}
    for f in ("start", "end"):
        if f in fmap:
            tmode[f] = cmap.times or time_style(_column_values(fmap, f, body))  # type: ignore[assignment]
    shown = {m for m in tmode.values() if m in ("clock", "decimal")}
    if len(shown) == 1:  # start and end columns are written alike
        only = shown.pop()
        tmode = {f: m or only for f, m in tmode.items()}  # type: ignore[misc]
    return tmode


def _decimal_modes(fmap: Mapping[str, Column], body: Sequence[tuple[int, tuple[object, ...]]],
                   cmap: ColumnMapping) -> dict[str, DecimalMode]:
    """The decimal separator of the amount, hours and break columns: the mapping's, else the
    column's own, else the one the file's other number columns show."""
    styles = {f: number_style(_column_values(fmap, f, body)) for f in ("amount", "hours", "break")
              if f in fmap}
    known = {s for s in styles.values() if s is not None}
    file_style = known.pop() if len(known) == 1 else None
    return {f: cmap.decimal or s or file_style for f, s in styles.items()}  # type: ignore[misc]


def _sheet_of(t: Table) -> str:
    return f"sheet {t.sheet!r}" if t.sheet is not None else ""


_NO_HEADER = ("no header row found in the first rows: expected column names such as Date, Start, "
              "End, Break, Hours, Amount, Worker (Datum, Begin, Einde, Pauze, Uren, Bedrag, Naam; "
              "Date, Début, Fin, Pause, Heures, Montant, Nom), or a mapping (--mapping "
              "\"column=field,...\")")


def apply_import(case: CaseFile, plan: ImportPlan, *, skip_rejected: bool = False,
                 catalogue: Catalogue | None = None) -> CaseFile:
    """A new case with every row of ``plan`` to import; ``case`` itself is not changed.

    All or nothing: raises ``ImportFileError`` (listing every row with its reason) when a
    rejected row is neither excluded nor skipped (``skip_rejected``), when the case changed since
    the plan was made, or when ``compute()`` refuses the result.
    """
    _refuse_stale_or_rejected(case, plan, skip_rejected)
    rows = plan.to_import
    if not rows:
        return case
    new_case, origins = _build(case, rows)
    ids = frozenset(r.index for r in rows)
    same_rates = catalogue is None or plan.catalogue is None or catalogue.digest == plan.catalogue.digest
    if plan.validated == ids and same_rates:
        if plan.issues:
            raise ImportFileError(list(plan.issues), plan.source)
        return new_case
    cat = catalogue or plan.catalogue
    if cat is None:
        from wage_remedy.law.catalogue import load_catalogue
        cat = load_catalogue()
    _refuse_new_problems(case, new_case, origins, cat, plan.source)
    return new_case


def _refuse_stale_or_rejected(case: CaseFile, plan: ImportPlan, skip_rejected: bool) -> None:
    """Raise ``ImportFileError`` when the case changed since the plan was made, or when a
    rejected row is neither excluded nor skipped."""
    if plan.base_digest and _digest(case) != plan.base_digest:
        raise ImportFileError([file_problem("", "case-changed", "the case changed after this preview was "
                                            "made; preview the file again")], plan.source)
    rejected = plan.rejected
    if rejected and not skip_rejected:
        problems = [CaseProblem(r.where, r.reason or "") for r in rejected]
        problems.append(CaseProblem("", f"nothing was imported: {len(rejected)} row(s) cannot be "
                                    "imported; fix them in the file, or exclude them"))
        raise ImportFileError(problems, plan.source)


def _refuse_new_problems(case: CaseFile, new_case: CaseFile,
                         origins: Mapping[tuple[int, str, int], PlannedRow], cat: Catalogue,
                         source: str) -> None:
    """Raise ``ImportFileError`` when compute() finds problems in ``new_case`` that ``case``
    alone does not have, each at the row it comes from."""
    problems = _compute_problems(new_case, cat)
    if not problems:
        return
    base = _baseline(case, cat)
    out = []
    for p in problems:
        if (p.path, p.message) in base:
            continue
        refs, text = _refs(p.message, new_case, origins)
        prow, _ = _refs(p.path, new_case, origins)
        targets = prow or refs or _employment_rows(p.path, origins)
        where = targets[0].where if targets else _problem_text(new_case, p, "").message.rstrip(": ")
        out.append(CaseProblem(where, text, p.code, p.params))
    if out:
        out.append(CaseProblem("", "nothing was imported"))
        raise ImportFileError(out, source)


# ------------------------------------------------------------------------------------ CLI
def run_import_cli(args: argparse.Namespace) -> int:
    """``wage-remedy import CASE FILE [--worker ID] [--mapping M] [--dry-run] [--skip-rejected]``.

    Prints the preview; writes nothing with ``--dry-run`` or when a row is rejected (exit 2);
    otherwise saves the case atomically. Exit 0 on success. Holds the case's lock from reading
    to saving, so two imports run one after the other and neither loses rows; a save over a
    file changed by a writer without the lock is refused (exit 2).
    """
    from wage_remedy.case.filesafety import case_lock
    if args.dry_run:
        return _run_import(args)
    with case_lock(Path(args.case)):
        return _run_import(args)


def _run_import(args: argparse.Namespace) -> int:
    from wage_remedy.case.filesafety import read_case
    from wage_remedy.case.store import save_case
    from wage_remedy.law.catalogue import load_catalogue
    case_path = Path(args.case)
    case, digest = read_case(case_path)
    catalogue = load_catalogue(getattr(args, "rates", None))
    try:
        plan = plan_import(case, args.file, worker=args.worker, mapping=args.mapping,
                           sheet=getattr(args, "sheet", None), catalogue=catalogue)
    except ImportFileError as exc:
        sys.stderr.write(exc.report() + "\n")
        return 2
    out = sys.stdout
    out.write(plan.report(case, all_rows=bool(getattr(args, "show_rows", False))))
    skip = bool(getattr(args, "skip_rejected", False))
    blocked = bool(plan.rejected) and not skip or bool(plan.problems)
    if args.dry_run:
        out.write("Dry run: nothing was written.\n")
        return 2 if blocked else 0
    if blocked:
        sys.stderr.write(f"Nothing was imported: {len(plan.rejected)} row(s) rejected"
                         + (f", {len(plan.problems)} problem(s)" if plan.problems else "")
                         + ". Fix the file (or use --skip-rejected to leave those rows out).\n")
        return 2
    try:
        new_case = apply_import(case, plan, skip_rejected=skip, catalogue=catalogue)
    except ImportFileError as exc:
        sys.stderr.write(exc.report() + "\n")
        return 2
    rows = plan.to_import
    if not rows:
        out.write("Nothing to import; the case was not changed.\n")
        return 0
    save_case(new_case, case_path, expect=digest)
    out.write(f"Imported {_kinds(plan.counts())}"
              + (f" ({len(plan.rejected)} rejected rows left out)" if skip and plan.rejected else "")
              + f"; saved {case_path}\n")
    return 0
