"""Why the importer rejects, skips or notes a row, notes a column or the plan, or refuses a file
as a whole: a stable code with parameters, beside the default English text (issue 13: the app
words a code in the user's language, nothing parses the English). Each is a
:class:`wage_remedy.errors.Problem`; its ``path`` is ``""`` except for a file refused as a whole
(``ImportFileError``: a sheet, ``mapping``, ``--worker``), where the English names the place.

Parameters are text: a cell as the file shows it (``value``, at most 40 characters), ISO dates
(``date``, ``from``, ``to``, ...), ``HH:MM`` times, whole numbers, field names (``status``,
``contract_end``, ...) and codes (``kind``: shift, hours, payment). A reason about one column
names it (``column``: its header). A reason that refers to another row or to an item already in
the case gives it as a reference (``REFERENCE_PARAMS``): ``row`` (and ``sheet``) of the file, or
``case_kind`` and ``index`` (0-based, as in the case file) of the item in the case, with the
item's ``item_date``, ``item_start``, ``item_end``, ``item_from``, ``item_to`` or ``item_amount``.
"""

from __future__ import annotations

from wage_remedy.errors import Problem, params_of

#: Every code the importer gives a row reason, skip or note, a column note or a plan note, with
#: its parameters (``[...]``: optional). ``case-check`` carries a problem the case check
#: (``compute()``) found with the row: its own code under ``problem`` and its parameters.
CODES: dict[str, str] = {
    # a cell that cannot be read (parse.py); with ``column`` once it is a row's reason
    "not-a-head": "value, heads", "not-a-status": "value", "not-an-end-reason": "value",
    "not-yes-no": "value", "bool-not-number": "value", "too-many-digits": "value, max",
    "not-a-number": "value", "number-too-long": "value, length", "implausible-year": "value, year",
    "no-such-month": "value, month", "no-such-day": "value, year, month, day",
    "excel-day-60": "value", "not-an-excel-date": "value", "not-a-date": "value",
    "number-not-date": "value", "date-format": "value", "not-whole-minutes": "value",
    "hours-not-whole-minutes": "value", "has-seconds": "value", "not-a-time": "value",
    "not-time-of-day": "value", "time-format": "value", "am-pm-hour": "value, hour",
    "ambiguous-time": "value, hour, minutes", "date-not-duration": "value",
    "not-a-duration": "value", "not-a-duration-hm": "value", "negative": "value",
    "ambiguous-number": "value, thousands, decimals", "misplaced-thousands": "value",
    "amount-too-large": "value, max", "negative-amount": "value", "not-whole-cents": "value",
    "not-a-period": "value", "period-format": "value", "not-an-iso-week": "value",
    "not-a-month": "value", "not-a-method": "value",
    # a row (plan.py)
    "no-values": "", "unreadable": "", "extra-cells": "cells, columns, value1, [value2, value3, comma_hint]",
    "unknown-worker-id": "id, workers, count", "worker-name-differs": "id, case_name, row_name",
    "no-worker": "", "same-name": "name, count, ids", "unknown-worker": "name, workers, count",
    "other-worker": "id, name, only", "hours-and-amount": "",
    "employment-ignored": "fields, kind", "totals-row": "", "nothing-to-import": "",
    "before-employment": "date", "after-as-of": "date", "next-day": "",
    "hours-differ": "value, start, end, break, worked",
    "break-too-long": "break, start, end, length", "start-missing": "", "end-missing": "",
    "date-missing": "", "start-not-on-date": "start, date", "start-24": "",
    "end-before-start": "start, end", "day-or-more": "start, end",
    "end-after-next-day": "start, end", "equal-times": "start, end",
    "from-missing": "", "to-missing": "", "no-date": "", "to-before-from": "from, to",
    "hours-not-exact": "value, time", "payment-date-missing": "",
    "period-kind": "period, kind", "no-method": "", "no-period": "",
    "case-says-otherwise": "worker, fact, case_value, file_value",
    "differs-from-row": "fact, value, other_value, reference",
    "contract-end-before-start": "worker, end, start", "end-reason-without-end": "worker",
    "duplicate": "reference", "possible-duplicate": "reference", "overlaps": "reference",
    "covers-same-days": "reference", "same-day-has-shift": "date, reference",
    "same-day-in-block": "date, reference", "no-rates": "date, detail",
    "case-check": "problem, [its parameters]",
    # a column (read.py) and the plan as a whole
    "mapped-elsewhere": "field", "also-looks-like": "field, used",
    "sheet-no-header": "sheet", "sheet-no-columns": "sheet, found",
    "case-has-problems": "count", "worker-problem": "worker, id, detail, problem, [its parameters]",
    "still-problems": "",
    # the file as a whole (ImportFileError; read.py and plan.py), with ``sheet`` when one sheet
    "no-header": "[sheet]", "no-columns": "[sheet], found", "no-worker-column": "[sheet], workers, count",
    "no-such-column": "column", "no-sheet-to-import": "", "case-no-workers": "", "case-changed": "",
    "file-not-found": "", "cannot-read": "detail", "file-too-large": "size, max_mb", "xls-file": "",
    "ods-file": "", "xlsx-unreadable": "", "no-such-sheet": "sheet, sheets",
}

#: The parameters of a reference to another row or to an item of the case.
REFERENCE_PARAMS = ("row", "sheet", "case_kind", "index", "item_date", "item_start", "item_end",
                    "item_from", "item_to", "item_amount")


def reason(code: str, message: str, /, **params: object) -> Problem:
    """A reason with its English ``message`` (None parameters are left out)."""
    assert code in CODES, code
    return Problem("", message, code, params_of(params))


def file_problem(where: str, code: str, message: str, /, **params: object) -> Problem:
    """A problem of the file as a whole at ``where`` (a sheet, ``mapping``, ``""``: the file)."""
    assert code in CODES, code
    return Problem(where, message, code, params_of(params))


def cut(text: str, limit: int = 40) -> str:
    """A cell's text for a parameter: at most ``limit`` characters (``…`` when cut)."""
    return text if len(text) <= limit else text[:limit] + "…"


__all__ = ["CODES", "REFERENCE_PARAMS", "Problem", "cut", "file_problem", "reason"]
