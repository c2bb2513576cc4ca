"""Issue documents: number them, render them, write them (never over a different file) and record
them in the case's ``documents`` list (atomic save).

The whole issue runs under the case's lock (``case.filesafety``): two issuing programs take turns,
so no number is given twice and no record is lost. The PDFs are written first and the record
saved last; when the record cannot be saved, the PDFs just written are removed again, so nothing
is recorded that was not written. A number whose file already exists in the output folder (a
PDF left by an interrupted run) is not used again.

A reprint (same kind, worker, languages, as-of, inputs and rates) reuses the recorded number and
issue time, so it is byte-identical to the first print.

``issue_all`` writes, for each worker with unpaid wages, one payment order and one cash receipt
(each worker has his own amount, bank account and QR code), then one calculation statement and one
fines sheet for the case.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wage_remedy import __version__
from wage_remedy.case.filesafety import case_lock, clean_stale_temps, read_case
from wage_remedy.case.model import CaseFile, DocumentRecord
from wage_remedy.case.store import CaseError, CaseProblem, save_case
from wage_remedy.compute import compute
from wage_remedy.compute.result import Result
from wage_remedy.documents import KINDS, WORKER_KINDS, DocumentError
from wage_remedy.documents.i18n import OFFICIAL, WORKER_LANGUAGES
from wage_remedy.documents.parallel import Job, RenderPool, planned_processes, render_job
from wage_remedy.law.catalogue import Catalogue
from wage_remedy.law.jurisdictions import jurisdiction
from wage_remedy.money import fmt_decimal

PREFIX: dict[str, str] = {"payment-order": "PO", "receipt": "RC", "statement": "ST", "fines": "FS"}
META_FORMAT = "wage-remedy-document"
_TS_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


# ------------------------------------------------------------------------------------ helpers
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


# ------------------------------------------------------------------------------------ issuing
@dataclass
class _Planned:
    path: Path
    data: bytes
    record: DocumentRecord
    new: bool


def _next_number(case: CaseFile, kind: str, taken: Iterable[str], out_dir: Path | None = None) -> str:
    prefix = f"{case.reference}/{PREFIX[kind]}-"
    pattern = re.compile(re.escape(prefix) + r"(\d+)$")
    highest = 0
    for number in [r.number for r in case.documents] + list(taken):
        m = pattern.match(number)
        if m:
            highest = max(highest, int(m.group(1)))
    number = f"{prefix}{highest + 1:03d}"
    while out_dir is not None and (out_dir / file_name(number)).exists():  # left by a crash
        highest += 1
        number = f"{prefix}{highest + 1:03d}"
    return number


def _job(case: CaseFile, result: Result, kind: str, out_dir: Path, lang: str,
         worker_lang: str | None, worker_id: str | None, now: str, taken: list[str]
         ) -> tuple[Job, DocumentRecord | None]:
    """What to render for one document (its number: a reprint's own, else the next free one)
    and the record of the same document already issued, if any."""
    _check_request(kind, case, lang, worker_lang, worker_id)
    wid = worker_id if kind in WORKER_KINDS else None
    wl = _effective_worker_lang(kind, case, wid, worker_lang)
    existing = next((r for r in case.documents
                     if r.kind == kind and r.worker == wid and r.language == lang
                     and r.worker_language == wl and r.as_of == result.as_of
                     and r.digest == result.inputs_digest
                     and r.verification == result.verification_code), None)
    if existing is not None:
        number, issued_at = existing.number, existing.issued_at
    else:
        number, issued_at = _next_number(case, kind, taken, out_dir), now
    taken.append(number)
    return Job(kind, lang, wl, wid, number, issued_at), existing


def _planned(result: Result, job: Job, existing: DocumentRecord | None, data: bytes,
             out_dir: Path) -> _Planned:
    """A rendered document ready to write, refused when another file has its name."""
    name = file_name(job.number)
    path = out_dir / name
    if path.exists() and path.read_bytes() != data:
        raise DocumentError(
            f"{path} already exists with different content; it was not overwritten and nothing was "
            "written. Move that file away or choose another output folder.")
    key, _detail = document_amounts(job.kind, result, job.worker_id)
    record = existing or DocumentRecord(
        number=job.number, kind=job.kind, language=job.lang, worker_language=job.worker_lang,
        worker=job.worker_id, issued_at=job.issued_at, as_of=result.as_of,
        digest=result.inputs_digest, verification=result.verification_code, amounts=key, file=name)
    return _Planned(path, data, record, existing is None)


def _render_planned(case: CaseFile, result: Result, jobs: list[tuple[Job, DocumentRecord | None]],
                    out_dir: Path, pool: RenderPool | None) -> list[_Planned]:
    """Render the jobs (here, or shared with ``pool``'s worker processes, the statement first)
    and check them in order: errors are raised as rendering them one by one raises them."""
    if pool is None:
        return [_planned(result, job, old, render_job(case, result, job), out_dir) for job, old in jobs]
    first = {"statement": 0, "fines": 1}
    order = sorted(range(len(jobs)), key=lambda i: first.get(jobs[i][0].kind, 2))
    data = pool.render(case, result, [job for job, _old in jobs], order)
    return [_planned(result, job, old, pdf, out_dir) for (job, old), pdf in zip(jobs, data, strict=True)]


def _commit(case: CaseFile, case_path: Path, planned: list[_Planned], digest: str) -> None:
    """Write the PDFs (``_write_files``), then record the new documents in the case (atomic save,
    refused when the case changed on disk since ``digest``). When anything fails, the PDFs
    written here are removed again and the case is not changed."""
    written: list[Path] = []
    try:
        _write_files([(p.path, p.data) for p in planned if not p.path.exists()], written)
        new = [p.record for p in planned if p.new]
        if new:
            case.documents.extend(new)
            save_case(case, case_path, expect=digest)
    except BaseException:
        for path in written:
            try:
                path.unlink()
            except OSError:  # pragma: no cover - removed meanwhile
                pass
        raise


def _write_files(files: list[tuple[Path, bytes]], written: list[Path]) -> None:
    """Write each file as ``atomic_write_bytes`` does (a temporary file beside it, flushed to
    disk, renamed over), several at once (the disk flushes them together: a case's 200 papers
    in a tenth of the time) and the folder flushed once at the end instead of after every file.
    ``written`` receives each path once renamed; on an error no temporary file is left."""
    mode = _file_mode()
    temps: list[str | None] = [None] * len(files)

    def write(i: int) -> None:
        path, data = files[i]
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
        temps[i] = tmp
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)

    try:
        with ThreadPoolExecutor(max_workers=min(8, max(1, len(files)))) as pool:
            for _done in pool.map(write, range(len(files))):
                pass
        for i, (path, _data) in enumerate(files):
            os.replace(str(temps[i]), path)
            temps[i] = None
            written.append(path)
        for folder in dict.fromkeys(path.parent for path, _data in files):
            _fsync_folder(folder)
    finally:
        for tmp in temps:  # not renamed: an error stopped the writing
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def _fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the renames) to disk, where the system allows it."""
    try:
        fd = os.open(str(folder), os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open a folder this way
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse
        pass
    finally:
        os.close(fd)


def _file_mode() -> int:
    """Mode of a new file under the current umask (the atomic write creates files 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime(_TS_FORMAT)


def _read(case_path: Path, out_dir: Path) -> tuple[CaseFile, str]:
    """The case and its digest; temporary files left by an interrupted run are removed."""
    case, digest = read_case(case_path)
    names = "|".join(re.escape(file_name(f"{case.reference}/{p}-000")[:-len("000.pdf")])
                     for p in PREFIX.values())  # this case's PDFs: TSW-1_PO-003.pdf
    clean_stale_temps(case_path, also=rf"(?:{names})\d+\.pdf", folder=out_dir)
    return case, digest


def issue_document(case_path: str | Path, kind: str, out_dir: str | Path, *, catalogue: Catalogue,
                   lang: str | None = None, worker_lang: str | None = None,
                   worker_id: str | None = None, as_of: dt.date | None = None
                   ) -> tuple[Path, DocumentRecord]:
    """Issue one document: number it, write the PDF to ``out_dir`` and record it in the case.

    A reprint of a recorded document reuses its number and issue time (identical bytes). An
    existing file with other content is never overwritten (``DocumentError``); an invalid IBAN
    raises ``CaseError`` before anything is written.
    """
    case_path, out = Path(case_path), Path(out_dir)
    with case_lock(case_path):
        case, digest = _read(case_path, out)
        result = compute(case, catalogue, as_of)
        lang = lang or default_lang(case)
        if kind == "payment-order" and worker_id is not None:
            problem = _iban_problem(case, worker_id)
            if problem is not None:
                raise CaseError([problem], str(case_path))
        (planned,) = _render_planned(case, result, [_job(case, result, kind, out, lang, worker_lang,
                                                         worker_id, _now(), [])], out, None)
        _commit(case, case_path, [planned], digest)
    return planned.path, planned.record


def issue_all(case_path: str | Path, out_dir: str | Path, *, catalogue: Catalogue,
              lang: str | None = None, worker_lang: str | None = None, as_of: dt.date | None = None,
              kinds: Iterable[str] | None = None) -> list[Path]:
    """Issue the case's documents: a payment order and a cash receipt per worker with unpaid wages,
    one calculation statement and one fines sheet (``kinds`` selects some). Returns the paths.

    Everything is checked (IBANs, existing files) before anything is written.
    """
    case_path, out = Path(case_path), Path(out_dir)
    with case_lock(case_path):
        return _issue_all(case_path, out, catalogue, lang, worker_lang, as_of, kinds)


def _issue_all(case_path: Path, out: Path, catalogue: Catalogue, lang: str | None,
               worker_lang: str | None, as_of: dt.date | None, kinds: Iterable[str] | None
               ) -> list[Path]:
    case, digest = _read(case_path, out)
    wanted = list(dict.fromkeys(kinds)) if kinds else list(KINDS)
    lang = lang or default_lang(case)
    for k in wanted:
        _check_basics(k, lang, worker_lang)
    most = len(case.workers) * len(set(wanted) & set(WORKER_KINDS)) + len(set(wanted) - set(WORKER_KINDS))
    processes = planned_processes(most)
    pool = RenderPool(processes) if processes else None  # starts while the case is computed
    try:
        result = compute(case, catalogue, as_of)
        owed = [w for w in result.workers if w.unpaid > 0]
        if "payment-order" in wanted:
            problems = [p for w in owed if (p := _iban_problem(case, w.id)) is not None]
            if problems:
                raise CaseError(problems, str(case_path))
        now = _now()
        taken: list[str] = []
        jobs = [_job(case, result, kind, out, lang, worker_lang, w.id, now, taken)
                for w in owed for kind in WORKER_KINDS if kind in wanted]
        jobs += [_job(case, result, kind, out, lang, None, None, now, taken)
                 for kind in ("statement", "fines") if kind in wanted]
        planned = _render_planned(case, result, jobs, out, pool)
    finally:
        if pool is not None:
            pool.close()
    _commit(case, case_path, planned, digest)
    return [p.path for p in planned]


__all__ = ["PREFIX", "default_lang", "document_amounts", "file_name", "issue_all", "issue_document",
           "parse_issued_at", "render_document"]
