"""The case file: model, load/save (atomic), validation errors with JSON paths."""

from wage_remedy.case.model import (
    CaseFile,
    Claim,
    DocumentRecord,
    Employer,
    Employment,
    HoursBlock,
    Inspection,
    Payment,
    Settings,
    Shift,
    Worker,
)
from wage_remedy.case.store import (
    CaseError,
    CaseProblem,
    dump_case,
    load_case,
    parse_case,
    save_case,
)

__all__ = [
    "CaseFile", "Claim", "DocumentRecord", "Employer", "Employment", "HoursBlock", "Inspection",
    "Payment", "Settings", "Shift", "Worker", "CaseError", "CaseProblem", "dump_case", "load_case",
    "parse_case", "save_case",
]
