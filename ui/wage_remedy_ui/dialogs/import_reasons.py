"""The importer's reasons, skips and notes in the user's words (issue 13).

The core gives each reason why a row is rejected or skipped, each note on a row, on a column or
on the plan, and why a file cannot be imported at all, as a code with parameters (``wage_remedy/importing/reasons.py``) beside a default
English text; this module words each known code in the interface language, from its parameters
only: cells quoted as the language quotes, dates as the interface shows them (``fmt_date``),
rows numbered as the preview table numbers them (``14``, or ``14 (March)`` for a workbook of
several sheets), the case's shifts, hours blocks and payments numbered as the worker's tables
number them. The English text is shown only for a code with no words here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication

from wage_remedy.api import head_title
from wage_remedy.errors import Problem, params_of
from wage_remedy_ui.i18n import (
    babel_locale,
    current_language,
    fmt_iso_date,
    fmt_money,
    fmt_number,
    fmt_period,
)
from wage_remedy_ui.problem_words import problem_message

translate = QCoreApplication.translate

#: Codes a case check (``compute()``) gives with parameters that are good on an imported row
#: (the others name items by their place in the case with the new rows, which the user never sees).
_CASE_CODES = frozenset({"break-too-long", "equal-times", "start-24", "hours-over-day",
                         "hours-order", "birth-after-start", "hours-not-minutes", "no-time"})


class _Params:
    """A reason's parameters with the ways to show them."""

    def __init__(self, params: Mapping[str, str], sheets: bool) -> None:
        self.p = dict(params)
        self.sheets = sheets

    def __call__(self, name: str) -> str:
        return self.p.get(name, "")

    def q(self, name: str) -> str:
        """A cell's text (or a column name) quoted as the interface language quotes."""
        return quote(self(name))

    def date(self, name: str) -> str:
        """An ISO date as the interface shows dates."""
        return show_date(self(name))

    def number(self, name: str) -> str:
        """A number in the interface locale."""
        try:
            return fmt_number(Decimal(self(name)))
        except InvalidOperation:
            return self(name)

    def row(self) -> str:
        """The row a reason refers to, as the preview table numbers it."""
        sheet = self("sheet")
        return f"{self('row')} ({sheet})" if self.sheets and sheet else self("row")


def quote(text: str) -> str:
    """``text`` in quotation marks of the interface language."""
    return translate("ImportReasons", "'{0}'", "a cell's text or a column's name, quoted").format(text)


show_date = fmt_iso_date  # an ISO date as the interface shows dates (any other text as it is)


def _month_year(year: str, month: str) -> str:
    try:
        return str(format_date(dt.date(int(year), int(month), 1), "LLLL yyyy", locale=babel_locale()))
    except ValueError:
        return f"{month}/{year}"


def field_label(name: str | None) -> str:
    """A field a column holds (``FIELDS``), as the import wizard names it."""
    labels = {
        None: translate("ImportWizard", "(ignore)"),
        "worker": translate("ImportWizard", "worker (id or name)"),
        "worker_id": translate("ImportWizard", "worker id"),
        "first_name": translate("ImportWizard", "first name"),
        "last_name": translate("ImportWizard", "last name"), "date": translate("ImportWizard", "date"),
        "start": translate("ImportWizard", "start time"), "end": translate("ImportWizard", "end time"),
        "break": translate("ImportWizard", "break"), "hours": translate("ImportWizard", "hours"),
        "from": translate("ImportWizard", "from (date)"), "to": translate("ImportWizard", "to (date)"),
        "amount": translate("ImportWizard", "amount paid"),
        "payment_date": translate("ImportWizard", "payment date"),
        "for": translate("ImportWizard", "for period"),
        "method": translate("ImportWizard", "payment method"),
        "head": translate("ImportWizard", "pays (head of claim)"),
        "status": translate("ImportWizard", "blue/white collar"),
        "contract_end": translate("ImportWizard", "end of the contract"),
        "end_reason": translate("ImportWizard", "end reason"),
        "undeclared": translate("ImportWizard", "undeclared work"),
        "note": translate("ImportWizard", "note"),
    }
    return labels.get(name, name or "")


Words = Callable[[_Params], str]


def _cell_words() -> dict[str, Words]:
    """A cell that cannot be read (parse.py)."""
    def t(text: str) -> Callable[[_Params], str]:
        return lambda p: text.format(p.q("value"))
    return {
        "not-a-head": lambda p: translate(
            "ImportReasons", "{0} is not a head of claim; use wages or one of {1}, or its name "
            "(e.g. vakantiebijslag, pécule de sortie, eindejaarspremie)").format(p.q("value"), p("heads")),
        "not-a-status": t(translate("ImportReasons", "{0} is not a status; use blue_collar (ouvrier, "
                                    "arbeider) or white_collar (employé, bediende)")),
        "not-an-end-reason": t(translate(
            "ImportReasons", "{0} is not an end reason; use dismissal (licenciement, ontslag), "
            "serious_cause (motif grave, dringende reden), resignation (démission), mutual (commun "
            "accord, onderling akkoord) or unknown")),
        "not-yes-no": t(translate("ImportReasons", "{0} is not yes or no; use yes (oui, ja, 1, x) or "
                                  "no (non, nee, 0)")),
        "bool-not-number": t(translate("ImportReasons", "{0} is a true/false value, not a number")),
        "too-many-digits": lambda p: translate(
            "ImportReasons", "{0} has more than {1} digits: not an amount or a number of hours").format(
            p.q("value"), p("max")),
        "not-a-number": t(translate("ImportReasons", "{0} is not a number")),
        "number-too-long": lambda p: translate(
            "ImportReasons", "{0} ({1} characters) is not a number").format(p.q("value"), p("length")),
        "implausible-year": lambda p: translate(
            "ImportReasons", "{0} gives the year {1}, which is not plausible for work or pay").format(
            p.q("value"), p("year")),
        "no-such-month": lambda p: translate(
            "ImportReasons", "{0} is not a date: there is no month {1}").format(p.q("value"), p("month")),
        "no-such-day": lambda p: translate("ImportReasons", "{0} is not a date: {1} has no day {2}").format(
            p.q("value"), _month_year(p("year"), p("month")), p("day")),
        "excel-day-60": t(translate("ImportReasons", "{0} is Excel's non-existent day 29/02/1900, not a date")),
        "not-an-excel-date": t(translate("ImportReasons", "{0} is not an Excel date number")),
        "not-a-date": t(translate("ImportReasons", "{0} is not a date")),
        "number-not-date": t(translate("ImportReasons", "{0} is a time of day or a number, not a date")),
        "date-format": t(translate("ImportReasons", "{0} is not a date; write dd/mm/yyyy (also "
                                   "dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd")),
        **_time_words(t),
        **_number_words(t),
    }


def _time_words(t: Callable[[str], Words]) -> dict[str, Words]:
    """A time or a duration that cannot be read (parse.py)."""
    return {
        "not-whole-minutes": t(translate("ImportReasons", "{0} is not a whole number of minutes (the "
                                         "case records whole minutes)")),
        "hours-not-whole-minutes": t(translate("ImportReasons", "{0} hours is not a whole number of "
                                               "minutes")),
        "has-seconds": t(translate("ImportReasons", "{0} has seconds; the case records whole minutes")),
        "not-a-time": t(translate("ImportReasons", "{0} is not a time")),
        "not-time-of-day": t(translate("ImportReasons", "{0} is not a time of day (00:00 to 24:00)")),
        "time-format": t(translate("ImportReasons", "{0} is not a time; write 8:00, 08h00 or decimal "
                                   "hours such as 8.5")),
        "am-pm-hour": lambda p: translate("ImportReasons", "{0} is not a time: {1} o'clock with am/pm").format(
            p.q("value"), p("hour")),
        "ambiguous-time": lambda p: translate(
            "ImportReasons", "{0} is ambiguous: {1}:{2} or {1}.{2} hours? Write {1}:{2}, or choose how "
            "times like 8.30 are read").format(p.q("value"), p("hour"), p("minutes")),
        "date-not-duration": t(translate("ImportReasons", "{0} is a date, not a duration")),
        "not-a-duration": t(translate("ImportReasons", "{0} is not a duration")),
        "not-a-duration-hm": t(translate("ImportReasons", "{0} is not a duration in hours and minutes "
                                         "(h:mm)")),
        "negative": t(translate("ImportReasons", "{0} is negative")),
    }


def _number_words(t: Callable[[str], Words]) -> dict[str, Words]:
    """An amount, a pay period or a payment method that cannot be read (parse.py)."""
    return {
        "ambiguous-number": lambda p: translate(
            "ImportReasons", "{0} is ambiguous: {1} or {2}? Write the decimals with two digits, or "
            "choose the decimal separator").format(p.q("value"), p.number("thousands"), p.number("decimals")),
        "misplaced-thousands": t(translate("ImportReasons", "{0} is not a number: its thousands "
                                           "separators are misplaced")),
        "amount-too-large": lambda p: translate(
            "ImportReasons", "{0} is too large; amounts are below {1}").format(p.q("value"), p.number("max")),
        "negative-amount": t(translate("ImportReasons", "{0} is negative; payments are amounts of 0 or more")),
        "not-whole-cents": t(translate("ImportReasons", "{0} is not a whole number of cents")),
        "not-a-period": t(translate("ImportReasons", "{0} is not a pay period")),
        "period-format": t(translate("ImportReasons", "{0} is not a pay period; write yyyy-mm (e.g. "
                                     "2025-03), mm/yyyy or 2025-W10")),
        "not-an-iso-week": t(translate("ImportReasons", "{0} is not an ISO week")),
        "not-a-month": t(translate("ImportReasons", "{0} is not a month")),
        "not-a-method": t(translate("ImportReasons", "{0} is not a payment method; use cash (contant, "
                                    "espèces), bank (overschrijving, virement) or other")),
    }


def _workers(p: _Params) -> str:
    """The case's workers as the core lists them (at most 12), or that it has none."""
    count = int(p("count") or 0)
    if not count:
        return translate("ImportReasons", "no workers")
    if count > 12:
        return translate("ImportReasons", "{0}, … ({1} workers)").format(p("workers"), count)
    return p("workers")


def _worker_words() -> dict[str, Words]:
    """The worker a row is for."""
    return {
        "unknown-worker-id": lambda p: translate(
            "ImportReasons", "unknown worker id {0}; the case has {1}").format(p.q("id"), _workers(p)),
        "worker-name-differs": lambda p: translate(
            "ImportReasons", "worker id {0} is {1} in the case, but the row names {2}").format(
            p("id"), p.q("case_name"), p.q("row_name")),
        "no-worker": lambda p: translate("ImportReasons", "no worker named on this row"),
        "same-name": lambda p: translate(
            "ImportReasons", "{0} is the name of {1} workers ({2}); use a worker id column").format(
            p.q("name"), p("count"), p("ids")),
        "unknown-worker": lambda p: translate(
            "ImportReasons", "unknown worker {0}; the case has {1}").format(p.q("name"), _workers(p)),
        "other-worker": lambda p: translate(
            "ImportReasons", "for worker {0} ({1}); importing only {2}").format(p("id"), p("name"), p("only")),
    }


def _employment_ignored(p: _Params) -> str:
    fields = ", ".join(field_label(f) for f in p("fields").split(", ") if f)
    kind = p("kind")
    if kind == "shift":
        return translate("ImportReasons", "{0} read only on a row without times, hours or amount; "
                         "ignored on this shift row").format(fields)
    if kind == "hours":
        return translate("ImportReasons", "{0} read only on a row without times, hours or amount; "
                         "ignored on this hours row").format(fields)
    return translate("ImportReasons", "{0} read only on a row without times, hours or amount; "
                     "ignored on this payment row").format(fields)


def _extra_cells(p: _Params) -> str:
    values = ", ".join(quote(p(f"value{k}")) for k in (1, 2, 3) if p(f"value{k}"))
    if p("comma_hint"):
        return translate("ImportReasons", "{0} cells but the header has {1} columns: {2} beyond the last "
                         "column (a decimal comma in a comma-separated file? quote the amounts or use "
                         "';')").format(p("cells"), p("columns"), values)
    return translate("ImportReasons", "{0} cells but the header has {1} columns: {2} beyond the last "
                     "column").format(p("cells"), p("columns"), values)


def _row_words() -> dict[str, Words]:
    """A row's kind, its values, its dates."""
    return {
        "extra-cells": _extra_cells,
        "no-values": lambda p: translate("ImportReasons", "no value in the imported columns"),
        "unreadable": lambda p: translate("ImportReasons", "the row could not be read"),
        "hours-and-amount": lambda p: translate(
            "ImportReasons", "the row has both hours and an amount; a row is a shift, an hours block "
            "or a payment (set one of the columns to (ignore))"),
        "employment-ignored": _employment_ignored,
        "totals-row": lambda p: translate("ImportReasons", "a totals row"),
        "nothing-to-import": lambda p: translate(
            "ImportReasons", "no start or end time, hours or amount: nothing to import"),
        "before-employment": lambda p: translate(
            "ImportReasons", "before the employment start {0}").format(p.date("date")),
        "after-as-of": lambda p: translate(
            "ImportReasons", "after the case's as-of date {0}").format(p.date("date")),
        "next-day": lambda p: translate("ImportReasons", "ends the next day"),
        "hours-differ": lambda p: translate(
            "ImportReasons", "the file says {0} h worked; {1}–{2} less {3} min break is {4} h").format(
            p("value"), p("start"), p("end"), p("break"), p("worked")),
        "start-missing": lambda p: translate("ImportReasons", "start time missing"),
        "end-missing": lambda p: translate("ImportReasons", "end time missing"),
        "date-missing": lambda p: translate("ImportReasons", "date missing"),
        "start-not-on-date": lambda p: translate(
            "ImportReasons", "the start {0} is not on the date {1}").format(p.q("start"), p.date("date")),
        "end-before-start": lambda p: translate(
            "ImportReasons", "the end {0} is before the start {1}").format(p.q("end"), p.q("start")),
        "day-or-more": lambda p: translate(
            "ImportReasons", "from {0} to {1} is 24 hours or more").format(p.q("start"), p.q("end")),
        "end-after-next-day": lambda p: translate(
            "ImportReasons", "the end {0} is not on the start's day or the next").format(p.q("end")),
        "from-missing": lambda p: translate("ImportReasons", "'from' date missing"),
        "to-missing": lambda p: translate("ImportReasons", "'to' date missing"),
        "no-date": lambda p: translate("ImportReasons", "no date: give from and to, a date or a period"),
        "to-before-from": lambda p: translate(
            "ImportReasons", "'to' ({0}) is before 'from' ({1})").format(p.date("to"), p.date("from")),
        "hours-not-exact": lambda p: translate(
            "ImportReasons", "{0} is {1}, which decimal hours cannot hold exactly (hours blocks are "
            "stored in decimal hours); enter these hours as shifts, or as a multiple of 3 minutes").format(
            p.q("value"), p("time")),
        "payment-date-missing": lambda p: translate("ImportReasons", "payment date missing"),
        "period-kind": lambda p: (
            translate("ImportReasons", "{0} is not a week; this case pays by the week")
            if p("kind") == "week" else
            translate("ImportReasons", "{0} is not a month; this case pays by the month")).format(
            fmt_period(p("period"))),
        "no-method": lambda p: translate("ImportReasons", "no payment method given: cash"),
        "no-period": lambda p: translate("ImportReasons", "no period given: counted for the period of its date"),
    }


def _fact_word(name: str) -> str:
    """An employment fact of the case, with its article where the language needs one."""
    words = {"status": translate("ImportReasons", "the status"),
             "end": translate("ImportReasons", "the end of the contract"),
             "end_reason": translate("ImportReasons", "the end reason"),
             "undeclared": translate("ImportReasons", "undeclared work",
                                     "an employment fact in a sentence, with its article")}
    return words.get(name, name)


def _fact_value(name: str, value: str) -> str:
    """An employment fact's value in the interface language."""
    if name == "end":
        return show_date(value)
    words = {"blue_collar": translate("ImportReasons", "blue collar"),
             "white_collar": translate("ImportReasons", "white collar"),
             "dismissal": translate("ImportReasons", "dismissal without notice"),
             "serious_cause": translate("ImportReasons", "dismissal for serious cause"),
             "resignation": translate("ImportReasons", "resignation"),
             "mutual": translate("ImportReasons", "mutual agreement"),
             "unknown": translate("ImportReasons", "unknown"),
             "true": translate("ImportReasons", "yes"), "false": translate("ImportReasons", "no")}
    return words.get(value, value)


def _employment_words() -> dict[str, Words]:
    """Employment facts against the case and against other rows."""
    return {
        "case-says-otherwise": lambda p: translate(
            "ImportReasons", "{0}: {1} is {2} in the case, {3} in the file; change it in the case "
            "(worker page or case file), not by an import").format(
            p("worker"), _fact_word(p("fact")), _fact_value(p("fact"), p("case_value")),
            _fact_value(p("fact"), p("file_value"))),
        "differs-from-row": lambda p: translate(
            "ImportReasons", "{0} is {1} on this row but {2} on row {3}").format(
            _fact_word(p("fact")), _fact_value(p("fact"), p("value")),
            _fact_value(p("fact"), p("other_value")), p.row()),
        "contract-end-before-start": lambda p: translate(
            "ImportReasons", "{0}: the end of the contract {1} is before the employment start {2}").format(
            p("worker"), p.date("end"), p.date("start")),
        "end-reason-without-end": lambda p: translate(
            "ImportReasons", "{0}: an end reason without an end of the contract; add the end date (a "
            "column set to end of the contract) or leave the reason out").format(p("worker")),
    }


def _shift_of_case(p: _Params) -> tuple[str, str, str, str]:
    """A shift of the case: its number in the worker's shifts table, date, start and end."""
    return str(int(p("index") or 0) + 1), p.date("item_date"), p("item_start"), p("item_end")


def _block_of_case(p: _Params) -> tuple[str, str, str]:
    """An hours block of the case: its number in the worker's hours table, first and last day."""
    return str(int(p("index") or 0) + 1), p.date("item_from"), p.date("item_to")


def _duplicate(p: _Params) -> str:
    kind = p("case_kind")
    if kind == "shift":
        return translate("ImportReasons", "duplicate of shift {0} already in the case ({1}, {2}–{3})").format(
            *_shift_of_case(p))
    if kind == "hours":
        return translate("ImportReasons", "duplicate of hours block {0} already in the case ({1} to {2})"
                         ).format(*_block_of_case(p))
    if kind == "payment":
        amount = fmt_money(Decimal(p("item_amount") or "0"))
        return translate("ImportReasons", "duplicate of payment {0} already in the case ({1}, {2})").format(
            int(p("index") or 0) + 1, p.date("item_date"), amount)
    return translate("ImportReasons", "duplicate of row {0}").format(p.row())


def _overlaps(p: _Params) -> str:
    if p("case_kind") == "shift":
        return translate("ImportReasons", "overlaps shift {0} already in the case ({1}, {2}–{3})").format(
            *_shift_of_case(p))
    return translate("ImportReasons", "overlaps row {0} ({1}, {2}–{3})").format(
        p.row(), p.date("item_date"), p("item_start"), p("item_end"))


def _covers(p: _Params) -> str:
    if p("case_kind") == "hours":
        return translate("ImportReasons", "covers days that hours block {0} already in the case ({1} to "
                         "{2}) also covers").format(*_block_of_case(p))
    return translate("ImportReasons", "covers days that row {0} also covers").format(p.row())


def _same_day_has_shift(p: _Params) -> str:
    if p("case_kind") == "shift":
        n, day, start, end = _shift_of_case(p)
        return translate("ImportReasons", "shift and hours on the same day: {0} has shift {1} already in "
                         "the case ({2}–{3})").format(p.date("date"), n, start, end)
    return translate("ImportReasons", "shift and hours on the same day: {0} has the shift of row {1}"
                     ).format(p.date("date"), p.row())


def _same_day_in_block(p: _Params) -> str:
    if p("case_kind") == "hours":
        n, first, last = _block_of_case(p)
        return translate("ImportReasons", "shift and hours on the same day: {0} is in hours block {1} "
                         "already in the case ({2} to {3})").format(p.date("date"), n, first, last)
    return translate("ImportReasons", "shift and hours on the same day: {0} is in the hours block of "
                     "row {1}").format(p.date("date"), p.row())


def _inner(p: _Params, message: str) -> str:
    """A problem the case check found, in the words of the case's problems (``problem_words``)
    when its figures hold on the row, else its English text with dates as the interface shows."""
    code = p("problem")
    inner = {k: v for k, v in p.p.items() if k not in ("problem", "worker", "id", "detail")}
    shown = Problem("", message, code if code in _CASE_CODES else "invalid", params_of(inner))
    return problem_message(shown)


def _check_words() -> dict[str, Words]:
    """Duplicates, overlaps, rates and the case check."""
    return {
        "duplicate": _duplicate,
        "possible-duplicate": lambda p: translate(
            "ImportReasons", "same date, amount, period and method as row {0}: a duplicate?").format(p.row()),
        "overlaps": _overlaps,
        "covers-same-days": _covers,
        "same-day-has-shift": _same_day_has_shift,
        "same-day-in-block": _same_day_in_block,
        "no-rates": lambda p: translate(
            "ImportReasons", "the rate tables give no rate for this worker on {0} ({1})").format(
            p.date("date"), p("detail")),
        "still-problems": lambda p: translate(
            "ImportReasons", "the case check still finds problems in the imported rows; check the "
            "rejected rows"),
    }


def _column_and_plan_words() -> dict[str, Words]:
    """A column's note, the plan's notes."""
    return {
        "mapped-elsewhere": lambda p: translate(
            "ImportReasons", "looks like {0}, but another column is set to it").format(
            quote(field_label(p("field")))),
        "also-looks-like": lambda p: translate(
            "ImportReasons", "also looks like {0} (column {1} is used)").format(
            quote(field_label(p("field"))), p.q("used")),
        "sheet-no-header": lambda p: translate(
            "ImportReasons", "sheet {0}: no header row found; sheet not imported").format(p.q("sheet")),
        "sheet-no-columns": lambda p: translate(
            "ImportReasons", "sheet {0}: no start/end time, hours or amount column (columns found: "
            "{1}); sheet not imported").format(p.q("sheet"), p("found")),
        "case-has-problems": lambda p: translate(
            "ImportReasons", "the case itself has {0} problem(s) that the import does not change").format(
            p("count")),
    }


def _on_sheet(p: _Params, text: str) -> str:
    """``text`` about the sheet the parameters name, if any."""
    if not p("sheet"):
        return text
    return translate("ImportReasons", "sheet {0}: {1}").format(p.q("sheet"), text)


def _file_words() -> dict[str, Words]:
    """A file that cannot be imported as a whole."""
    return {
        "no-header": lambda p: _on_sheet(p, translate(
            "ImportReasons", "no header row found in the first rows: expected column names such as "
            "Date, Start, End, Break, Hours, Amount, Worker (Datum, Begin, Einde, Pauze, Uren, Bedrag, "
            "Naam; Date, Début, Fin, Pause, Heures, Montant, Nom), or say above what the columns hold")),
        "no-columns": lambda p: _on_sheet(p, translate(
            "ImportReasons", "no start/end time, hours or amount column (columns found: {0}); say above "
            "what the columns hold").format(p("found"))),
        "no-worker-column": lambda p: _on_sheet(p, translate(
            "ImportReasons", "the file has no worker column; choose the worker the rows are for (the "
            "case has {0})").format(_workers(p))),
        "no-such-column": lambda p: translate("ImportReasons", "no column named {0} in the file").format(
            p.q("column")),
        "no-sheet-to-import": lambda p: translate(
            "ImportReasons", "no sheet with a header row and a start/end, hours or amount column"),
        "case-no-workers": lambda p: translate(
            "ImportReasons", "the case has no workers; add them before importing their hours"),
        "case-changed": lambda p: translate(
            "ImportReasons", "the case changed after this preview was made; preview the file again"),
        "file-not-found": lambda p: translate("ImportReasons", "file not found"),
        "cannot-read": lambda p: translate("ImportReasons", "cannot read the file: {0}").format(p("detail")),
        "file-too-large": lambda p: translate(
            "ImportReasons", "{0} bytes; files to import are at most {1} MB (split the file)").format(
            p.number("size"), p("max_mb")),
        "xls-file": lambda p: translate(
            "ImportReasons", "this is an old Excel .xls file; save it as .xlsx or CSV and import that"),
        "ods-file": lambda p: translate(
            "ImportReasons", "this is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that"),
        "xlsx-unreadable": lambda p: translate("ImportReasons", "not a readable XLSX workbook (the file is damaged)"),
        "no-such-sheet": lambda p: translate("ImportReasons", "no sheet {0}; the sheets are {1}").format(
            p.q("sheet"), p("sheets")),
    }


def file_problem_words(problem: Problem, *, where: bool = True) -> str:
    """A problem of the file as a whole in the interface language, or (a problem with no words
    here) its English text, after its place when ``where``."""
    if problem.code in words_for():
        return reason_words(problem)
    if where or problem.path:
        return str(problem) if where else f"{problem.path}: {problem.message}"
    return problem.message


_WORDS: dict[str, dict[str, Words]] = {}  # by interface language


def words_for() -> dict[str, Words]:
    """Every code this module words, in the interface language (built once per language)."""
    lang = current_language()
    if lang not in _WORDS:
        words: dict[str, Words] = {}
        for group in (_cell_words, _worker_words, _row_words, _employment_words, _check_words,
                      _column_and_plan_words, _file_words):
            words.update(group())
        _WORDS[lang] = words
    return _WORDS[lang]


def reason_words(problem: Problem, *, sheets: bool = False) -> str:
    """One reason, skip or note in the interface language; ``sheets``: the rows come from several
    sheets (a row is then named with its sheet, as the preview table names it)."""
    p = _Params(dict(problem.params), sheets)
    code = problem.code
    if code == "case-check":
        return _inner(p, problem.message)
    if code == "worker-problem":
        return translate("ImportReasons", "{0} ({1}): {2}").format(
            p("worker"), p("id"), _inner(p, p("detail")))
    if code in ("break-too-long", "equal-times", "start-24"):  # the case's own problems
        return problem_message(problem)
    words = words_for().get(code)
    if words is None:
        return problem.message  # no words for this code: the core's English text
    text = words(p)
    column = p("column")
    if column:
        return translate("ImportReasons", "column {0}: {1}").format(quote(column), text)
    return text


def _money(text: str) -> str:
    try:
        return fmt_money(Decimal(text))
    except (InvalidOperation, ValueError):
        return text


def _method(method: str) -> str:
    words = {"cash": translate("ImportReasons", "cash"), "bank": translate("ImportReasons", "bank transfer")}
    return words.get(method, method)


def values_words(kind: str | None, values: Mapping[str, object], cells: Sequence[str]) -> str:
    """What a preview row will import, in the interface language (its kind has a column of its
    own): a shift's date, times and break, a block's days and hours, a payment's date, amount,
    method and period, an employment fact; the row's cells when nothing was read."""
    v = {k: str(x) for k, x in values.items()}
    if not v:
        return " | ".join(c for c in cells if c)
    if kind == "shift":
        text = f"{show_date(v.get('date', '?'))} {v.get('start', '?')}–{v.get('end', '?')}"
        brk = v.get("break", "0")
        return text + (translate("ImportReasons", ", break {0} min").format(brk) if brk not in ("", "0") else "")
    if kind == "hours":
        return translate("ImportReasons", "{0} to {1}: {2} h").format(
            show_date(v.get("from", "?")), show_date(v.get("to", "?")), _Params(v, False).number("hours"))
    if kind == "payment":
        text = f"{show_date(v.get('date', '?'))} {_money(v.get('amount', '?'))} {_method(v.get('method', ''))}"
        if v.get("for"):
            text += translate("ImportReasons", ", for {0}").format(fmt_period(v["for"]))
        if v.get("head"):
            text += translate("ImportReasons", ", pays: {0}").format(head_title(v["head"], current_language()))
        return text.strip()
    if kind == "employment":
        return "; ".join(f"{_fact_word(k)}: {_fact_value(k, x)}" for k, x in v.items())
    return " | ".join(c for c in cells if c)


def reasons_words(problems: list[Problem], *, sheets: bool = False) -> str:
    """Several reasons in one line, as the core joins them."""
    return "; ".join(reason_words(p, sheets=sheets) for p in problems)


__all__ = ["field_label", "file_problem_words", "quote", "reason_words", "reasons_words", "show_date",
           "values_words", "words_for"]
