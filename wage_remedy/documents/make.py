"""One document made from a case and its Result: the request checked, the worker's language,
the amounts a document shows and the PDF's bytes (pure: same arguments, same bytes). Used by
issuing (``issue.py``), by the render workers (``parallel.py``) and by ``verify``; it numbers,
writes and records nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from wage_remedy import __version__
from wage_remedy.case.model import CaseFile
from wage_remedy.case.store import CaseError, CaseProblem
from wage_remedy.compute.result import Result
from wage_remedy.documents import KINDS, WORKER_KINDS, DocumentError
from wage_remedy.documents.i18n import OFFICIAL, WORKER_LANGUAGES
from wage_remedy.law.jurisdictions import jurisdiction
from wage_remedy.money import fmt_decimal

META_FORMAT = "wage-remedy-document"
_TS_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

def default_lang(case: CaseFile) -> str:
    """The official language used when none is asked: French for Belgium, Dutch for the Netherlands."""
    return jurisdiction(case.jurisdiction).document_language


def parse_issued_at(value: str | dt.datetime) -> tuple[str, dt.datetime]:
    """Normalise an issue time to (``YYYY-MM-DDTHH:MM:SSZ``, aware UTC datetime)."""
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    else:
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise DocumentError(f"issued_at {value!r} is not a time such as 2025-06-30T10:15:00Z") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC).replace(microsecond=0)
    return moment.strftime(_TS_FORMAT), moment


def _payable(result: Result, w: Any) -> Any:
    """The employer heads due at the as-of date (the wage periods when there are no heads)."""
    from wage_remedy.compute.result import DebtorTotal, payable_total
    if not w.heads:
        return DebtorTotal(w.due, w.paid, w.unpaid, w.interest)
    return payable_total(w.heads, result.as_of)


def file_name(number: str) -> str:
    """File name of a document from its number: ``TSW-2025-0142/PO-003`` -> ``TSW-2025-0142_PO-003.pdf``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", number).strip("._") + ".pdf"


def document_amounts(kind: str, result: Result, worker_id: str | None = None
                     ) -> tuple[dict[str, str], dict[str, str]]:
    """(key amounts, per-period detail) of a document, as strings keyed ``"w1 2025-03 due"``."""
    key: dict[str, str] = {}
    detail: dict[str, str] = {}

    def worker_figures(wid: str) -> None:
        w = result.worker(wid)
        key[f"{wid} unpaid"] = fmt_decimal(w.unpaid)
        key[f"{wid} interest"] = fmt_decimal(w.interest)
        key[f"{wid} total"] = fmt_decimal(w.total)
        payable = _payable(result, w).total  # what a payment order and a receipt print (docs/heads.md)
        if payable != w.total:
            key[f"{wid} payable"] = fmt_decimal(payable)
        for p in w.periods:
            for name in ("due", "paid", "unpaid", "interest"):
                detail[f"{wid} {p.period} {name}"] = fmt_decimal(getattr(p, name))

    if kind in WORKER_KINDS:
        worker_figures(worker_id or "")
        return key, detail
    if kind == "statement":
        for w in result.workers:
            worker_figures(w.id)
        detail.update(key)
        key = {f"case {name}": fmt_decimal(getattr(result, name))
               for name in ("due", "paid", "unpaid", "interest", "total")}
        return key, detail
    s = result.sanctions
    if s is not None:
        for name in ("admin_total", "criminal_total"):
            r = getattr(s, name)
            if r is not None:
                key[f"{name.replace('_', ' ')} min"] = fmt_decimal(r.min)
                key[f"{name.replace('_', ' ')} max"] = fmt_decimal(r.max)
        if s.nl_total is not None:
            key["fine total"] = fmt_decimal(s.nl_total)
        for f in s.workers:
            detail[f"{f.worker} owed now"] = fmt_decimal(f.owed_now)
            if f.fine is not None:
                detail[f"{f.worker} fine min"] = fmt_decimal(f.fine.min)
                detail[f"{f.worker} fine max"] = fmt_decimal(f.fine.max)
    return key, detail


def _check_request(kind: str, case: CaseFile, lang: str, worker_lang: str | None,
                   worker_id: str | None) -> None:
    _check_basics(kind, lang, worker_lang)
    if kind in WORKER_KINDS:
        if worker_id is None:
            raise DocumentError(f"a {kind} is made for one worker: give the worker id "
                                f"({', '.join(w.id for w in case.workers) or 'no workers in the case'})")
        if worker_id not in {w.id for w in case.workers}:
            raise DocumentError(f"worker {worker_id!r} is not in case {case.reference}; workers: "
                                f"{', '.join(w.id for w in case.workers) or 'none'}")


def _check_basics(kind: str, lang: str, worker_lang: str | None) -> None:
    if kind not in KINDS:
        raise DocumentError(f"unknown document kind {kind!r}; allowed: {', '.join(KINDS)}")
    if lang not in OFFICIAL:
        raise DocumentError(f"language {lang!r} is not an official document language; allowed: "
                            f"{', '.join(OFFICIAL)}")
    if worker_lang is not None and worker_lang not in WORKER_LANGUAGES:
        raise DocumentError(f"worker language {worker_lang!r} is not supported; allowed: "
                            f"{', '.join(WORKER_LANGUAGES)}")


def _iban_problem(case: CaseFile, worker_id: str) -> CaseProblem | None:
    from wage_remedy.documents.payment import IbanError, check_iban
    for i, w in enumerate(case.workers):
        if w.id == worker_id and w.iban:
            try:
                check_iban(w.iban)
            except IbanError as exc:
                return CaseProblem(f"workers[{i}].iban", f"{exc} (worker {w.id}, {w.name}); correct "
                                   "it, or remove it to pay in cash; no document was written")
    return None


def _effective_worker_lang(kind: str, case: CaseFile, worker_id: str | None,
                           worker_lang: str | None) -> str | None:
    if kind not in WORKER_KINDS:
        return None
    return worker_lang or case.worker(worker_id or "").language


# ------------------------------------------------------------------------------------ rendering
def render_document(kind: str, case: CaseFile, result: Result, *, lang: str,
                    worker_lang: str | None = None, worker_id: str | None = None, number: str,
                    issued_at: str | dt.datetime) -> bytes:
    """The PDF of one document (pure: same arguments, same bytes).

    ``worker_lang`` defaults to the worker's own language for a payment order or receipt.
    Raises ``DocumentError`` for a bad request and ``CaseError`` for an invalid IBAN.
    """
    from wage_remedy.documents.payment import check_iban, epc_payload, structured_communication
    from wage_remedy.documents.render import DocRequest, build_pdf

    _check_request(kind, case, lang, worker_lang, worker_id)
    stamp, moment = parse_issued_at(issued_at)
    wl = _effective_worker_lang(kind, case, worker_id, worker_lang)
    iban = communication = epc = None
    if kind in WORKER_KINDS:
        wr = result.worker(worker_id or "")
        if _payable(result, wr).total <= 0:  # employer heads due at as-of (docs/heads.md)
            raise DocumentError(f"worker {worker_id} is owed nothing as of {result.as_of}: no {kind}",
                                "owed-nothing", {"worker": str(worker_id), "as_of": result.as_of.isoformat(),
                                                 "kind": kind})
    if kind == "payment-order":
        worker = case.worker(worker_id or "")
        if worker.iban:
            problem = _iban_problem(case, worker.id)
            if problem is not None:
                raise CaseError([problem])
            iban = check_iban(worker.iban)
            communication = (structured_communication(case.reference, number, worker.id)
                             if jurisdiction(case.jurisdiction).structured_communication else number)
            try:
                epc = epc_payload(name=worker.name, iban=iban, amount=_payable(result, result.worker(worker.id)).total,
                                  text=communication)
            except ValueError as exc:
                raise DocumentError(f"{worker.name} ({worker.id}): no bank payment QR: {exc}") from None
    key, detail = document_amounts(kind, result, worker_id)
    meta: dict[str, Any] = {
        "format": META_FORMAT, "version": 1, "number": number, "kind": kind,
        "case": case.reference, "as_of": result.as_of.isoformat(), "lang": lang,
        "worker_lang": wl, "worker": worker_id if kind in WORKER_KINDS else None,
        "issued_at": stamp, "inputs_digest": result.inputs_digest,
        "rates_digest": result.rates_digest, "verification": result.verification_code,
        "program": __version__, "amounts": key, "detail": detail,
    }
    if communication:
        meta["communication"] = communication
    req = DocRequest(kind=kind, number=number, issued_at=moment, lang=lang, worker_lang=wl,
                     worker_id=worker_id if kind in WORKER_KINDS else None,
                     meta_json=json.dumps(meta, sort_keys=True, separators=(",", ":")),
                     iban=iban, communication=communication, epc=epc)
    return build_pdf(case, result, req)
