"""The one door into the core: what the app and the command line may use (docs/architecture.md).

Open and save a case, edit it through typed operations (:class:`SetValue`, :class:`InsertRows`,
...), compute it, issue and verify documents, check claims and what-ifs, import spreadsheets,
export results, browse the rates. The front end (``ui``) and ``wage_remedy.cli`` import only this
module and ``wage_remedy.errors``; an import-linter contract in ``pyproject.toml`` fails CI when
they reach past it. Reaching into the modules behind it is unsupported: they may move.

Names are loaded on first use (module ``__getattr__``), so ``wage-remedy compute`` does not pay
for reportlab, openpyxl or Qt it does not need.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names, seen by type checkers and import-linter
    from wage_remedy.buildinfo import build_info
    from wage_remedy.case.edits import (
        AddWorker,
        DeleteRows,
        Edit,
        InsertRows,
        RemoveWorker,
        ReplaceCase,
        SetValue,
        applied,
        apply_edit,
    )
    from wage_remedy.case.filesafety import (
        CaseChangedError,
        CaseLockedError,
        case_lock,
        data_differences,
        file_digest,
        merge_documents,
        read_case,
    )
    from wage_remedy.case.model import CASE_FORMAT, CASE_VERSION, LANGUAGES, CaseFile
    from wage_remedy.case.revalidate import Revalidator
    from wage_remedy.case.store import (
        case_to_data,
        dump_case,
        load_case,
        parse_case_data,
        save_case,
    )
    from wage_remedy.claims import (
        Cause,
        ClaimReport,
        ClaimResult,
        check_claims,
        claims_text,
        claims_to_json,
    )
    from wage_remedy.compute import compute, inputs_digest, result_to_json
    from wage_remedy.compute.cache import WorkerCache
    from wage_remedy.compute.estimates import BASIS_TABLE, bases_for, months_before, presumed_months
    from wage_remedy.compute.fines import Range, Sanctions
    from wage_remedy.compute.hours import shift_minutes
    from wage_remedy.compute.periods import period_bounds
    from wage_remedy.compute.result import (
        Head,
        Line,
        PeriodResult,
        Result,
        Warning_,
        WorkerResult,
        debtor_totals,
        payable_total,
        result_json_bytes,
        result_json_text,
    )
    from wage_remedy.demo import demo_case_path
    from wage_remedy.documents import KINDS, WORKER_KINDS, DocumentError
    from wage_remedy.documents.claim_check import cause_words, render_claim_check
    from wage_remedy.documents.heads_text import (
        fund_name,
        head_basis,
        head_legal,
        head_title,
        rate_title,
    )
    from wage_remedy.documents.heads_text import warning_heading as head_warning_heading
    from wage_remedy.documents.heads_text import warning_text as head_warning_text
    from wage_remedy.documents.issue import (
        default_lang,
        document_amounts,
        issue_all,
        issue_document,
    )
    from wage_remedy.documents.line_text import line_basis
    from wage_remedy.documents.verify import verify_pdf
    from wage_remedy.errors import CaseError, CaseProblem, Problem, WageRemedyError
    from wage_remedy.export import ExportError, export
    from wage_remedy.fileio import atomic_write_bytes
    from wage_remedy.importing.plan import (
        ImportPlan,
        PlannedRow,
        apply_import,
        plan_import,
        run_import_cli,
    )
    from wage_remedy.importing.read import FIELDS, ImportFileError, read_tables, xlsx_sheet_names
    from wage_remedy.jsontext import json_text
    from wage_remedy.law.bundle import BundleError, install_bundle, installed_state, verify_bundle
    from wage_remedy.law.calendar import is_public_holiday, public_holidays, time_zone
    from wage_remedy.law.catalogue import Catalogue, LookupError_, default_rates_dir, load_catalogue
    from wage_remedy.law.jurisdictions import JURISDICTIONS, Jurisdiction, jurisdiction
    from wage_remedy.law.loader import RateFileError, RateTable, TableVersion
    from wage_remedy.law.rates_cli import register as register_rates_commands
    from wage_remedy.law.show import show_table
    from wage_remedy.law.update import (
        STATUSES,
        UpdateError,
        apply_plan,
        cell_keys,
        editable_root,
        prepare_add,
        prepare_index,
    )
    from wage_remedy.money import (
        CENT,
        fmt_decimal,
        format_money,
        money_text,
        monthly_to_hourly,
        parse_decimal,
        round_cent,
    )
    from wage_remedy.outputs import OutputError, check_outputs, write_new
    from wage_remedy.rates_soundness import required_problems, sample_problems
    from wage_remedy.report import text_statement
    from wage_remedy.whatif import WhatIfReport, what_if, whatif_text, whatif_to_json

_LAZY: dict[str, str] = {
    "WageRemedyError": "wage_remedy.errors",
    "CaseError": "wage_remedy.errors",
    "CaseProblem": "wage_remedy.errors",
    "Problem": "wage_remedy.errors",
    "Catalogue": "wage_remedy.law.catalogue",
    "LookupError_": "wage_remedy.law.catalogue",
    "load_catalogue": "wage_remedy.law.catalogue",
    "default_rates_dir": "wage_remedy.law.catalogue",
    "RateFileError": "wage_remedy.law.loader",
    "RateTable": "wage_remedy.law.loader",
    "is_public_holiday": "wage_remedy.law.calendar",
    "public_holidays": "wage_remedy.law.calendar",
    "time_zone": "wage_remedy.law.calendar",
    "JURISDICTIONS": "wage_remedy.law.jurisdictions",
    "Jurisdiction": "wage_remedy.law.jurisdictions",
    "jurisdiction": "wage_remedy.law.jurisdictions",
    "show_table": "wage_remedy.law.show",
    "parse_decimal": "wage_remedy.money",
    "round_cent": "wage_remedy.money",
    "CENT": "wage_remedy.money",
    "format_money": "wage_remedy.money",
    "money_text": "wage_remedy.money",
    "atomic_write_bytes": "wage_remedy.fileio",
    "CASE_FORMAT": "wage_remedy.case.model",
    "CASE_VERSION": "wage_remedy.case.model",
    "LANGUAGES": "wage_remedy.case.model",
    "CaseFile": "wage_remedy.case.model",
    "load_case": "wage_remedy.case.store",
    "save_case": "wage_remedy.case.store",
    "parse_case_data": "wage_remedy.case.store",
    "case_to_data": "wage_remedy.case.store",
    "dump_case": "wage_remedy.case.store",
    "CaseChangedError": "wage_remedy.case.filesafety",
    "CaseLockedError": "wage_remedy.case.filesafety",
    "case_lock": "wage_remedy.case.filesafety",
    "data_differences": "wage_remedy.case.filesafety",
    "file_digest": "wage_remedy.case.filesafety",
    "merge_documents": "wage_remedy.case.filesafety",
    "read_case": "wage_remedy.case.filesafety",
    "Edit": "wage_remedy.case.edits",
    "SetValue": "wage_remedy.case.edits",
    "InsertRows": "wage_remedy.case.edits",
    "DeleteRows": "wage_remedy.case.edits",
    "AddWorker": "wage_remedy.case.edits",
    "RemoveWorker": "wage_remedy.case.edits",
    "ReplaceCase": "wage_remedy.case.edits",
    "applied": "wage_remedy.case.edits",
    "apply_edit": "wage_remedy.case.edits",
    "compute": "wage_remedy.compute",
    "result_to_json": "wage_remedy.compute",
    "result_json_text": "wage_remedy.compute.result",
    "result_json_bytes": "wage_remedy.compute.result",
    "json_text": "wage_remedy.jsontext",
    "inputs_digest": "wage_remedy.compute",
    "Result": "wage_remedy.compute.result",
    "WorkerResult": "wage_remedy.compute.result",
    "PeriodResult": "wage_remedy.compute.result",
    "Line": "wage_remedy.compute.result",
    "Warning_": "wage_remedy.compute.result",
    "Head": "wage_remedy.compute.result",  # heads of claim (docs/heads.md)
    "debtor_totals": "wage_remedy.compute.result",
    "payable_total": "wage_remedy.compute.result",
    "head_title": "wage_remedy.documents.heads_text",
    "head_basis": "wage_remedy.documents.heads_text",  # a head's basis, legal basis and warnings
    "head_legal": "wage_remedy.documents.heads_text",  # in the user's language
    "fund_name": "wage_remedy.documents.heads_text",
    "rate_title": "wage_remedy.documents.heads_text",  # a rate table by its title in a language
    "line_basis": "wage_remedy.documents.line_text",  # how a line's rate was obtained, in words
    "head_warning_text": "wage_remedy.documents.heads_text:warning_text",
    "head_warning_heading": "wage_remedy.documents.heads_text:warning_heading",
    "period_bounds": "wage_remedy.compute.periods",
    "Range": "wage_remedy.compute.fines",
    "Sanctions": "wage_remedy.compute.fines",
    "Cause": "wage_remedy.claims",
    "ClaimReport": "wage_remedy.claims",
    "ClaimResult": "wage_remedy.claims",
    "check_claims": "wage_remedy.claims",
    "claims_text": "wage_remedy.claims",
    "claims_to_json": "wage_remedy.claims",
    "WhatIfReport": "wage_remedy.whatif",
    "what_if": "wage_remedy.whatif",
    "whatif_text": "wage_remedy.whatif",
    "whatif_to_json": "wage_remedy.whatif",
    "DocumentError": "wage_remedy.documents",
    "KINDS": "wage_remedy.documents",
    "WORKER_KINDS": "wage_remedy.documents",
    "issue_all": "wage_remedy.documents.issue",
    "issue_document": "wage_remedy.documents.issue",
    "document_amounts": "wage_remedy.documents.issue",
    "default_lang": "wage_remedy.documents.issue",
    "verify_pdf": "wage_remedy.documents.verify",
    "render_claim_check": "wage_remedy.documents.claim_check",
    "cause_words": "wage_remedy.documents.claim_check",
    "ExportError": "wage_remedy.export",
    "export": "wage_remedy.export",
    "OutputError": "wage_remedy.outputs",
    "check_outputs": "wage_remedy.outputs",
    "write_new": "wage_remedy.outputs",
    "text_statement": "wage_remedy.report",
    "ImportPlan": "wage_remedy.importing.plan",
    "PlannedRow": "wage_remedy.importing.plan",
    "plan_import": "wage_remedy.importing.plan",
    "apply_import": "wage_remedy.importing.plan",
    "run_import_cli": "wage_remedy.importing.plan",
    "FIELDS": "wage_remedy.importing.read",
    "ImportFileError": "wage_remedy.importing.read",
    "read_tables": "wage_remedy.importing.read",
    "xlsx_sheet_names": "wage_remedy.importing.read",
    "demo_case_path": "wage_remedy.demo",
    "build_info": "wage_remedy.buildinfo",
    "shift_minutes": "wage_remedy.compute.hours",
    "Revalidator": "wage_remedy.case.revalidate",
    "WorkerCache": "wage_remedy.compute.cache",
    "required_problems": "wage_remedy.rates_soundness",
    "sample_problems": "wage_remedy.rates_soundness",
    "BASIS_TABLE": "wage_remedy.compute.estimates",
    "bases_for": "wage_remedy.compute.estimates",
    "months_before": "wage_remedy.compute.estimates",
    "presumed_months": "wage_remedy.compute.estimates",
    "TableVersion": "wage_remedy.law.loader",
    "fmt_decimal": "wage_remedy.money",
    "monthly_to_hourly": "wage_remedy.money",
    "BundleError": "wage_remedy.law.bundle",
    "install_bundle": "wage_remedy.law.bundle",
    "installed_state": "wage_remedy.law.bundle",
    "verify_bundle": "wage_remedy.law.bundle",
    "STATUSES": "wage_remedy.law.update",
    "UpdateError": "wage_remedy.law.update",
    "apply_plan": "wage_remedy.law.update",
    "cell_keys": "wage_remedy.law.update",
    "editable_root": "wage_remedy.law.update",
    "prepare_add": "wage_remedy.law.update",
    "prepare_index": "wage_remedy.law.update",
    "register_rates_commands": "wage_remedy.law.rates_cli:register",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'wage_remedy.api' has no attribute {name!r}")
    module, _, attr = where.partition(":")
    value = getattr(importlib.import_module(module), attr or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


# ------------------------------------------------------------------------------ facade functions
def open_case(path: str | Path) -> CaseFile:
    """Read and validate a case file; ``CaseError`` lists every problem with its JSON path."""
    from wage_remedy.case.store import load_case as _load

    return _load(path)


def compute_case(case: CaseFile, catalogue: Catalogue, as_of: dt.date | None = None) -> Result:
    """The full result of a case at ``as_of`` (default: the case's): periods, lines, heads of
    claim, interest, warnings and the fines. Pure: same inputs, same result."""
    from wage_remedy.compute import compute as _compute

    return _compute(case, catalogue, as_of)


def edit_data(data: dict[str, Any], *edits: Edit) -> dict[str, Any]:
    """A copy of case ``data`` with ``edits`` applied in order (the input is not changed)."""
    import copy

    from wage_remedy.case.edits import apply_edit as _apply

    out = copy.deepcopy(data)
    for e in edits:
        _apply(out, e)
    return out


__all__ = [
    "shift_minutes",
    "applied",
    "Revalidator", "WorkerCache",
    "CENT", "format_money", "money_text",
    "Head", "debtor_totals", "head_title", "payable_total",  # heads of claim (docs/heads.md)
    "fund_name", "line_basis", "rate_title", "head_basis", "head_legal", "head_warning_heading", "head_warning_text",
    "AddWorker", "BASIS_TABLE", "BundleError", "CASE_FORMAT", "CASE_VERSION", "CaseError",
    "CaseFile", "CaseProblem", "Catalogue", "Cause", "ClaimReport", "ClaimResult", "DeleteRows",
    "DocumentError", "Edit", "ExportError", "FIELDS", "ImportFileError", "ImportPlan",
    "InsertRows", "JURISDICTIONS", "Jurisdiction", "KINDS", "LANGUAGES", "Line", "LookupError_",
    "OutputError", "PeriodResult", "PlannedRow", "Problem", "Range", "RateFileError", "RateTable",
    "RemoveWorker", "ReplaceCase", "Result", "STATUSES", "Sanctions", "SetValue", "TableVersion",
    "UpdateError", "WORKER_KINDS", "WageRemedyError", "Warning_", "WhatIfReport", "WorkerResult",
    "apply_edit", "apply_import", "apply_plan", "atomic_write_bytes", "bases_for", "build_info",
    "case_to_data", "cause_words", "cell_keys", "check_claims", "check_outputs", "claims_text",
    "claims_to_json", "compute", "compute_case", "default_lang", "default_rates_dir",
    "demo_case_path", "document_amounts", "dump_case", "edit_data", "editable_root", "export",
    "fmt_decimal", "inputs_digest", "install_bundle", "installed_state", "is_public_holiday", "issue_all",
    "issue_document", "jurisdiction", "load_case", "load_catalogue", "monthly_to_hourly",
    "months_before", "open_case", "parse_case_data", "parse_decimal", "period_bounds",
    "plan_import", "prepare_add", "prepare_index", "presumed_months", "public_holidays",
    "read_tables", "register_rates_commands", "render_claim_check", "required_problems", "result_to_json", "result_json_text", "result_json_bytes", "json_text", "sample_problems", "round_cent",
    "run_import_cli", "save_case", "show_table", "text_statement", "time_zone", "verify_bundle",
    "verify_pdf", "what_if", "whatif_text", "whatif_to_json", "write_new", "xlsx_sheet_names",
    "CaseChangedError", "CaseLockedError", "case_lock", "data_differences", "file_digest",
    "merge_documents", "read_case",
]
