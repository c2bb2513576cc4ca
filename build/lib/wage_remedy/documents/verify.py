"""``verify_pdf``: prove that a PDF is the document its case produces, or say what differs.

The PDF carries its own record (number, kind, languages, worker, as-of, issue time, digests,
amounts) in its metadata. The case is recomputed at that as-of, the document re-rendered with the
same number and issue time, and the bytes compared.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from wage_remedy.case.store import CaseError, load_case
from wage_remedy.compute import compute
from wage_remedy.documents import DocumentError
from wage_remedy.law.catalogue import Catalogue, LookupError_

META_FIELDS = ("number", "kind", "case", "as_of", "lang", "issued_at", "inputs_digest",
               "rates_digest", "verification")


def read_metadata(pdf_path: str | Path) -> dict[str, Any] | None:
    """The record embedded in a wage-remedy PDF, or None when the file has none."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    from wage_remedy.documents.render import META_KEY

    try:
        info = PdfReader(str(pdf_path)).metadata
    except (PdfReadError, OSError, ValueError):
        return None
    raw = info.get(f"/{META_KEY}") if info else None
    if raw is None:
        return None
    try:
        meta = json.loads(str(raw))
    except ValueError:
        return None
    if not isinstance(meta, dict) or any(k not in meta for k in META_FIELDS):
        return None
    return meta


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
    from wage_remedy.documents.issue import document_amounts, render_document

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
    problems: list[str] = []
    record = next((r for r in case.documents if r.number == meta["number"]), None)
    if record is None:
        problems.append(f"no document numbered {meta['number']} is recorded in the case file")
    elif (record.issued_at, record.verification, record.kind) != (
            meta["issued_at"], meta["verification"], meta["kind"]):
        problems.append(f"the case records document {record.number} differently (kind "
                        f"{record.kind}, issued {record.issued_at}, verification code "
                        f"{record.verification})")
    try:
        as_of = dt.date.fromisoformat(meta["as_of"])
        result = compute(case, catalogue, as_of)
    except (CaseError, LookupError_, ValueError) as exc:
        problems.append(f"the case can no longer be computed at {meta['as_of']}: {exc}")
        return False, "\n".join([head, "DOES NOT MATCH:"] + [f"  - {p}" for p in problems])
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
    problems += [f"amount {c}" for c in changes]
    try:
        expected = render_document(meta["kind"], case, result, lang=meta["lang"],
                                   worker_lang=meta.get("worker_lang"), worker_id=meta.get("worker"),
                                   number=meta["number"], issued_at=meta["issued_at"])
    except (DocumentError, CaseError) as exc:
        problems.append(f"the document cannot be re-made from the case: {exc}")
        expected = None
    if expected == data and not problems:
        return True, (f"{head}\nMATCHES the case: re-made from the case it is byte-identical "
                      f"(verification code {meta['verification']})")
    if expected is not None and expected != data and not problems:
        problems.append("the figures match the case, but the file is not the one the case produces: "
                        "it was altered after issue, or made by another program version (issued by "
                        f"wage-remedy {meta.get('program', '?')}, this is {__version__})")
    return False, "\n".join([head, "DOES NOT MATCH:"] + [f"  - {p}" for p in problems])


__all__ = ["read_metadata", "verify_pdf"]
