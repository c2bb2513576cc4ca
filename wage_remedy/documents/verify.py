"""``verify_pdf``: prove that a PDF is the document its case produces, or say what differs.

The PDF carries its own record (number, kind, languages, worker, as-of, issue time, digests,
amounts) in its metadata. The case is recomputed at that as-of, the document re-rendered with the
same number and issue time, and the bytes compared.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from wage_remedy.case.model import CaseFile, DocumentRecord
from wage_remedy.case.store import CaseError, load_case
from wage_remedy.compute import compute
from wage_remedy.compute.result import Result
from wage_remedy.documents import DocumentError
from wage_remedy.errors import WageRemedyError
from wage_remedy.law.catalogue import Catalogue

META_FIELDS = ("number", "kind", "case", "as_of", "lang", "issued_at", "inputs_digest",
               "rates_digest", "verification")


def read_metadata(pdf_path: str | Path) -> dict[str, Any] | None:
    """The record embedded in a wage-remedy PDF, or None when the file has none."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from wage_remedy.documents.render import META_KEY

    try:
        info = PdfReader(str(pdf_path)).metadata
        raw = info.get(f"/{META_KEY}") if info else None
        text = None if raw is None else str(raw)
    except (PdfReadError, OSError, ValueError, RecursionError):
        return None
    except Exception:  # noqa: BLE001 - a hostile PDF can trip pypdf in many ways: no record
        return None
    if text is None or len(text) > MAX_META_CHARS:
        return None
    try:
        meta = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return meta if _well_formed(meta) else None


#: A record longer than this is not one wage-remedy wrote (bound, not a legal figure).
MAX_META_CHARS = 1_000_000
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _well_formed(meta: Any) -> bool:
    """The record has the fields and the types wage-remedy writes (hostile metadata is no record)."""
    if not isinstance(meta, dict) or any(not isinstance(meta.get(k), str) for k in META_FIELDS):
        return False
    if any(len(meta[k]) > 200 for k in META_FIELDS) or not _DATE_RE.match(meta["as_of"]):
        return False
    for k in ("worker", "worker_lang", "program", "communication"):
        if meta.get(k) is not None and not (isinstance(meta[k], str) and len(meta[k]) <= 200):
            return False
    for k in ("amounts", "detail"):
        v = meta.get(k, {})
        if not isinstance(v, dict) or not all(isinstance(a, str) and isinstance(b, str)
                                              for a, b in v.items()):
            return False
    return True


def _record_differences(record: DocumentRecord, meta: dict[str, Any]) -> list[str]:
    """What the case's record of the document says otherwise than the PDF's own record:
    languages, worker, as-of and amounts."""
    out = []
    pairs = (("language", record.language, meta["lang"]),
             ("worker language", record.worker_language, meta.get("worker_lang")),
             ("worker", record.worker, meta.get("worker")),
             ("as-of date", record.as_of.isoformat(), meta["as_of"]))
    for name, recorded, printed in pairs:
        if recorded != printed:
            out.append(f"the case records the {name} of {record.number} as {recorded}, the PDF "
                       f"says {str(printed)[:40]}")
    if record.amounts and record.amounts != meta.get("amounts", {}):
        changes = _amount_changes(record.amounts, meta.get("amounts", {}))
        out += [f"recorded amount {c}" for c in changes[:10]]
    return out


def _amount_changes(old: dict[str, str], new: dict[str, str]) -> list[str]:
    out = []
    for key in sorted(set(old) | set(new)):
        before, now = old.get(key), new.get(key)
        if before != now:
            out.append(f"{key} was {before if before is not None else '(absent)'}, "
                       f"now {now if now is not None else '(absent)'}")
    return out


def verify_pdf(case_path: str | Path, pdf_path: str | Path, *, catalogue: Catalogue
               ) -> tuple[bool, str]:
    """(matches, report): whether ``pdf_path`` is exactly the document ``case_path`` produces."""
    from wage_remedy import __version__

    pdf_path = Path(pdf_path)
    try:
        data = pdf_path.read_bytes()
    except OSError as exc:
        return False, f"{pdf_path}: cannot read the file ({exc.strerror or exc})"
    meta = read_metadata(pdf_path)
    if meta is None:
        return False, (f"{pdf_path}: NOT VERIFIED - this PDF carries no wage-remedy document record "
                       "(it was not made by wage-remedy, or its metadata was removed)")
    case = load_case(case_path)
    head = (f"{pdf_path.name}: document {meta['number']} ({meta['kind']}), case {meta['case']}, "
            f"as of {meta['as_of']}, issued {meta['issued_at']}")
    if meta["case"] != case.reference:
        return False, (f"{head}\nDOES NOT MATCH: the document belongs to case {meta['case']}, "
                       f"the case file is {case.reference}")
    problems = _record_problems(case, meta)
    try:
        as_of = dt.date.fromisoformat(meta["as_of"])
        result = compute(case, catalogue, as_of)
    except (WageRemedyError, ValueError, ArithmeticError, OverflowError) as exc:
        problems.append(f"the case can no longer be computed at {meta['as_of']}: {exc}")
        return False, "\n".join([head, "DOES NOT MATCH:"] + [f"  - {p}" for p in problems])
    problems += _figure_problems(result, meta)
    expected = _remade(case, result, meta, problems)
    if expected == data and not problems:
        return True, (f"{head}\nMATCHES the case: re-made from the case it is byte-identical "
                      f"(verification code {meta['verification']})")
    if expected is not None and expected != data and not problems:
        problems.append("the figures match the case, but the file is not the one the case produces: "
                        "it was altered after issue, or made by another program version (issued by "
                        f"wage-remedy {meta.get('program', '?')}, this is {__version__})")
    return False, "\n".join([head, "DOES NOT MATCH:"] + [f"  - {p}" for p in problems])


def _record_problems(case: CaseFile, meta: dict[str, Any]) -> list[str]:
    """How the case's record of the document differs from the document's own record."""
    record = next((r for r in case.documents if r.number == meta["number"]), None)
    if record is None:
        return [f"no document numbered {meta['number']} is recorded in the case file"]
    if (record.issued_at, record.verification, record.kind) != (
            meta["issued_at"], meta["verification"], meta["kind"]):
        return [f"the case records document {record.number} differently (kind "
                f"{record.kind}, issued {record.issued_at}, verification code "
                f"{record.verification})"]
    return list(_record_differences(record, meta))


def _figure_problems(result: Result, meta: dict[str, Any]) -> list[str]:
    """Changed inputs or rates since issue, and every amount that differs now."""
    from wage_remedy.documents.make import document_amounts

    problems: list[str] = []
    if result.inputs_digest != meta["inputs_digest"]:
        problems.append("the case inputs (hours, payments, workers, settings) changed since the "
                        f"document was issued (inputs digest {meta['inputs_digest'][:12]} then, "
                        f"{result.inputs_digest[:12]} now)")
    if result.rates_digest != meta["rates_digest"]:
        problems.append(f"the rates differ (fingerprint {meta['rates_digest'][:12]} then, "
                        f"{result.rates_digest[:12]} now); verify with --rates pointing to the "
                        "rates used at issue")
    try:
        key, detail = document_amounts(meta["kind"], result, meta.get("worker"))
    except KeyError:
        key, detail = {}, {}
        problems.append(f"worker {meta.get('worker')} is no longer in the case")
    changes = _amount_changes({**meta.get("detail", {}), **meta.get("amounts", {})},
                              {**detail, **key})
    return problems + [f"amount {c}" for c in changes]


def _remade(case: CaseFile, result: Result, meta: dict[str, Any], problems: list[str]) -> bytes | None:
    """The document made again from the case as it was issued (None, with the reason added to
    ``problems``, when it cannot be)."""
    from wage_remedy.documents.make import render_document

    try:
        return render_document(meta["kind"], case, result, lang=meta["lang"],
                               worker_lang=meta.get("worker_lang"), worker_id=meta.get("worker"),
                               number=meta["number"], issued_at=meta["issued_at"])
    except (DocumentError, CaseError, WageRemedyError, ValueError, ArithmeticError) as exc:
        problems.append(f"the document cannot be re-made from the case: {str(exc)[:300]}")
        return None


__all__ = ["read_metadata", "verify_pdf"]
