"""Export a Result to XLSX or CSV for checking in a spreadsheet (issue 8).

The workbook has a summary sheet (per worker due, paid, unpaid, interest and total, the case
totals, the case reference, the as-of date and the verification code), one sheet per worker with
the period lines and period totals, a sheet with the rate versions used, and the warnings and
assumptions. Numbers are written as numbers (``Decimal`` cells, formatted ``0.00`` for money and
``0.0000`` for rates), dates as dates. The CSV export writes the same tables as one file each.
Every write is atomic.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from wage_remedy.case.model import CaseFile
from wage_remedy.case.store import atomic_write_bytes
from wage_remedy.compute.result import Line, Result, WorkerResult
from wage_remedy.errors import WageRemedyError
from wage_remedy.money import RATE_QUANTUM
from wage_remedy.outputs import check_outputs

MONEY = "0.00"
RATE = "0.0000"
HOURS = "0.00##"
DATE = "yyyy-mm-dd"

SUMMARY_HEAD = ("Worker id", "Name", "Due", "Paid", "Unpaid", "Interest", "Total owed", "Overpaid")
LINE_HEAD = ("Period", "Kind", "Hours", "Minutes", "Rate", "Premium %", "Amount", "Binding",
             "Rate table", "Version", "Status", "From", "To", "Paid", "Unpaid", "Interest",
             "Due date")
RATES_HEAD = ("Rate table", "Version (from)", "Status", "Source", "URL")
HEADS_HEAD = ("Worker id", "Head", "Debtor", "From", "To", "Due date", "Due", "Paid", "Unpaid",
              "Interest", "Total", "Payable now", "Basis", "Legal basis", "Status", "Fund")
_COL = {name: i for i, name in enumerate(LINE_HEAD)}
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def _hours(minutes: int) -> Decimal:
    """Hours of whole minutes, to 4 decimals (exact minutes are in their own column)."""
    return (Decimal(minutes) / 60).quantize(RATE_QUANTUM, rounding=ROUND_HALF_UP)


def _kind(line: Line) -> str:
    if line.estimated:  # docs/estimates.md
        return _plain_kind(line) + " (estimated)"
    return _plain_kind(line)


def _plain_kind(line: Line) -> str:
    if line.kind == "flat_premium":
        return f"premium {line.premium_id}" if line.premium_id else "premium"
    if line.kind == "overtime":
        return f"overtime +{line.premium.normalize():f}%"
    return line.kind


def summary_rows(result: Result, case: CaseFile | None = None) -> list[tuple[Any, ...]]:
    """The summary table: a header block (case reference, as-of, verification code, ...),
    then one row per worker and the case totals."""
    head: list[tuple[Any, ...]] = [
        ("Case", result.reference),
        ("Jurisdiction", result.jurisdiction),
    ]
    if case is not None:
        head.append(("Employer", case.employer.name))
    head += [
        ("As of", result.as_of),
        ("Verification code", result.verification_code),
        ("Rates digest", result.rates_digest),
        ("Inputs digest", result.inputs_digest),
        (),
        SUMMARY_HEAD,
    ]
    for w in result.workers:
        head.append((w.id, w.name, w.due, w.paid, w.unpaid, w.interest, w.total, w.overpaid))
    head.append(("TOTAL", "", result.due, result.paid, result.unpaid, result.interest, result.total,
                 sum((w.overpaid for w in result.workers), Decimal(0))))
    return head


def worker_rows(w: WorkerResult) -> list[tuple[Any, ...]]:
    """A worker's table: every line of every period, then the period total, then the worker total."""
    rows: list[tuple[Any, ...]] = [LINE_HEAD]
    for p in w.periods:
        for ln in p.lines:
            rows.append((p.period, _kind(ln), _hours(ln.minutes), ln.minutes, ln.rate, ln.premium,
                         ln.amount, ln.binding, ln.rate_table, ln.rate_from, ln.status,
                         ln.first_day, ln.last_day, None, None, None, None))
        rows.append((p.period, "period total", _hours(p.minutes), p.minutes, None, None, p.due,
                     None, None, None, None, p.start, p.end, p.paid, p.unpaid, p.interest,
                     p.due_date))
    minutes = sum(p.minutes for p in w.periods)
    rows.append(("TOTAL", "worker total", _hours(minutes), minutes, None, None, w.due, None, None,
                 None, None, None, None, w.paid, w.unpaid, w.interest, None))
    return rows


def heads_rows(result: Result) -> list[tuple[Any, ...]]:
    """Every head of claim of every worker (docs/heads.md), with who owes it and whether the
    employer must pay it at the as-of date."""
    rows: list[tuple[Any, ...]] = [HEADS_HEAD]
    for w in result.workers:
        for h in w.heads:
            rows.append((w.id, f"wages {h.period}" if h.head == "wages" else h.head, h.debtor, h.start, h.end,
                         h.due_date, h.due, h.paid, h.unpaid, h.interest, h.total,
                         "yes" if h.payable(result.as_of) else "no", h.basis, h.legal_basis, h.status,
                         h.fund or ""))
    return rows


def rate_rows(result: Result) -> list[tuple[Any, ...]]:
    """The rate versions the computation used."""
    rows: list[tuple[Any, ...]] = [RATES_HEAD]
    rows += [(t, start, status, title, url) for (t, start, status, title, url) in result.rate_versions]
    return rows


def notes_rows(result: Result) -> list[tuple[Any, ...]]:
    """Warnings and assumptions."""
    rows: list[tuple[Any, ...]] = [("Kind", "Code", "Worker", "Period", "Text")]
    rows += [("warning", w.code, w.worker or "", w.period or "", w.message) for w in result.warnings]
    rows += [("assumption", "", "", "", a) for a in result.assumptions]
    return rows


def _sheet_names(result: Result) -> list[str]:
    used = {"summary", "heads of claim", "rate versions", "notes"}
    names = []
    for w in result.workers:
        base = _SHEET_BAD.sub("-", f"{w.id} {w.name}").strip("'")[:31].strip() or "worker"
        name, k = base, 2
        while name.lower() in used:
            suffix = f" ({k})"
            name, k = base[:31 - len(suffix)] + suffix, k + 1
        used.add(name.lower())
        names.append(name)
    return names


def export_xlsx(result: Result, case: CaseFile | None, path: str | Path, *,
                overwrite: bool = False) -> Path:
    """Write the calculation as an XLSX workbook at ``path`` (atomically); returns the path.
    An existing file is replaced only with ``overwrite``, never a case file or an issued
    document (``outputs.check_outputs``)."""
    from openpyxl import Workbook
    check_outputs([path], overwrite=overwrite)
    from openpyxl.styles import Font

    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Summary"
    _fill(ws, summary_rows(result, case), bold_rows={len(summary_rows(result, case)) - 1},
          header_row=SUMMARY_HEAD, money_cols=range(2, 8), bold=bold)
    for name, w in zip(_sheet_names(result), result.workers, strict=True):
        ws = wb.create_sheet(name)
        rows = worker_rows(w)
        totals = {i for i, r in enumerate(rows) if len(r) > 1 and r[1] in ("period total", "worker total")}
        _fill(ws, rows, bold_rows=totals | {0}, header_row=LINE_HEAD, bold=bold,
              money_cols=(_COL["Amount"], _COL["Paid"], _COL["Unpaid"], _COL["Interest"]),
              rate_cols=(_COL["Rate"],), hour_cols=(_COL["Hours"],))
        ws.freeze_panes = "A2"
    ws = wb.create_sheet("Heads of claim")  # docs/heads.md
    _fill(ws, heads_rows(result), bold_rows={0}, header_row=HEADS_HEAD, bold=bold, money_cols=range(6, 11))
    ws = wb.create_sheet("Rate versions")
    _fill(ws, rate_rows(result), bold_rows={0}, header_row=RATES_HEAD, bold=bold)
    ws = wb.create_sheet("Notes")
    _fill(ws, notes_rows(result), bold_rows={0}, header_row=None, bold=bold)
    buf = io.BytesIO()
    wb.save(buf)
    out = Path(path)
    atomic_write_bytes(out, buf.getvalue())
    return out


def _fill(ws: Any, rows: Sequence[tuple[Any, ...]], *, bold_rows: set[int], header_row: tuple[str, ...] | None,
          bold: Any, money_cols: Sequence[int] | range = (), rate_cols: Sequence[int] = (),
          hour_cols: Sequence[int] = ()) -> None:
    in_table = header_row is None
    widths: dict[int, int] = {}
    for r, values in enumerate(rows, start=1):
        if header_row is not None and tuple(values) == header_row:
            in_table = True
            bold_rows = bold_rows | {r - 1}
        for c, v in enumerate(values, start=1):
            if v is None or v == "":
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"  # text, never a formula (a name such as "=1+1")
            if isinstance(v, Decimal):
                if in_table and c - 1 in rate_cols:
                    cell.number_format = RATE
                elif in_table and c - 1 in hour_cols:
                    cell.number_format = HOURS
                elif in_table and c - 1 in money_cols:
                    cell.number_format = MONEY
                else:
                    cell.number_format = "0.00##"
            elif isinstance(v, dt.date):
                cell.number_format = DATE
            if r - 1 in bold_rows:
                cell.font = bold
            widths[c] = max(widths.get(c, 0), min(60, len(str(v)) + 2))
    from openpyxl.utils import get_column_letter
    for c, wdt in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = max(10, wdt)


# ------------------------------------------------------------------------------------ CSV
# A spreadsheet opening a CSV runs text that starts with one of these as a formula (CSV/formula
# injection): such text is written with a leading apostrophe, so it stays inert text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(text: str) -> str:
    """``text`` safe for a CSV cell: a leading apostrophe when it could start a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, dt.date):
        return v.isoformat()
    return csv_text(str(v))


def _csv_bytes(rows: Sequence[tuple[Any, ...]], delimiter: str) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        writer.writerow([_csv_value(v) for v in r])
    return buf.getvalue().encode("utf-8-sig")


def _file_part(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_") or "worker"


def export_csv(result: Result, case: CaseFile | None, folder_or_path: str | Path, *,
               delimiter: str = ",", overwrite: bool = False) -> list[Path]:
    """Write the calculation as CSV files (UTF-8 with BOM, ``.`` as decimal point), atomically.

    ``folder_or_path`` is a folder (created if needed; files ``summary.csv``,
    ``worker-<id>.csv``, ``heads.csv``, ``rate-versions.csv``, ``notes.csv``) or a path ending in ``.csv``
    whose name prefixes the same files (``calc.csv`` -> ``calc-summary.csv``, ...).
    Returns the files written.
    """
    target = Path(folder_or_path)
    if target.suffix.lower() == ".csv":
        folder, prefix = target.parent, target.stem + "-"
    else:
        folder, prefix = target, ""
    files: list[tuple[str, list[tuple[Any, ...]]]] = [("summary", summary_rows(result, case))]
    seen: set[str] = set()
    for w in result.workers:
        name = f"worker-{_file_part(w.id)}"
        k = 2
        while name.lower() in seen:
            name = f"worker-{_file_part(w.id)}-{k}"
            k += 1
        seen.add(name.lower())
        files.append((name, worker_rows(w)))
    files.append(("heads", heads_rows(result)))  # docs/heads.md
    files.append(("rate-versions", rate_rows(result)))
    files.append(("notes", notes_rows(result)))
    check_outputs([folder / f"{prefix}{name}.csv" for name, _rows in files], overwrite=overwrite)
    written = []
    for name, rows in files:
        path = folder / f"{prefix}{name}.csv"
        atomic_write_bytes(path, _csv_bytes(rows, delimiter))
        written.append(path)
    return written


def export(result: Result, case: CaseFile | None, path: str | Path, *,
           overwrite: bool = False) -> list[Path]:
    """XLSX when ``path`` ends in ``.xlsx``, else CSV (a folder or a ``.csv`` name). Existing
    files are replaced only with ``overwrite`` (never a case file or an issued document)."""
    p = Path(path)
    if p.suffix.lower() == ".xlsx":
        return [export_xlsx(result, case, p, overwrite=overwrite)]
    if p.suffix and p.suffix.lower() != ".csv":
        raise ExportError(f"{p}: export to a .xlsx file, a .csv name or a folder, not {p.suffix!r}")
    if p.suffix.lower() != ".csv" and p.exists() and not p.is_dir():
        raise ExportError(f"{p} is an existing file, not a folder: give a .xlsx or .csv name or a folder")
    return export_csv(result, case, p, overwrite=overwrite)


class ExportError(WageRemedyError, ValueError):
    """The export target is not something the export can write."""
