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
import os
import re
import tempfile
import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from wage_remedy.case.filesafety import case_lock, clean_stale_temps, read_case
from wage_remedy.case.model import CaseFile, DocumentRecord
from wage_remedy.case.store import CaseError, save_case
from wage_remedy.compute import compute
from wage_remedy.compute.result import Result
from wage_remedy.documents import KINDS, WORKER_KINDS, DocumentError
from wage_remedy.documents.make import (  # noqa: F401  (names callers import from here)
    _TS_FORMAT,
    META_FORMAT,
    _check_basics,
    _check_request,
    _effective_worker_lang,
    _iban_problem,
    _payable,
    default_lang,
    document_amounts,
    file_name,
    parse_issued_at,
    render_document,
)
from wage_remedy.documents.parallel import (
    MIN_DOCUMENTS,
    Job,
    RenderPool,
    planned_processes,
    render_job,
)
from wage_remedy.law.catalogue import Catalogue

PREFIX: dict[str, str] = {"payment-order": "PO", "receipt": "RC", "statement": "ST", "fines": "FS"}


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
                    out_dir: Path, pool: RenderPool | None, early: _EarlyFiles | None = None
                    ) -> list[_Planned]:
    """Render the jobs (here, or shared with ``pool``'s worker processes, the statement first;
    each written to ``early`` once made) and check them in order: errors are raised as
    rendering them one by one raises them."""
    if pool is None:
        return [_planned(result, job, old, render_job(case, result, job), out_dir) for job, old in jobs]
    first = {"statement": 0, "fines": 1}
    order = sorted(range(len(jobs)), key=lambda i: first.get(jobs[i][0].kind, 2))
    paths = [out_dir / file_name(job.number) for job, _old in jobs]
    data = pool.render(case, result, [job for job, _old in jobs], order,
                       done=None if early is None else lambda i, pdf: early.add(paths[i], pdf))
    return [_planned(result, job, old, pdf, out_dir) for (job, old), pdf in zip(jobs, data, strict=True)]


class _EarlyFiles:
    """PDFs written to their temporary files (as ``_write_files`` writes them: beside the
    final file, flushed to disk) while the other papers are still being rendered, by a few
    threads; ``_write_files`` then only renames them. ``discard`` removes them (an error)."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=8)  # as many as ``_write_files``
        self._lock = threading.Lock()
        self._written: dict[Path, tuple[bytes, Future[str]]] = {}
        self._mode = _file_mode()

    def add(self, path: Path, data: bytes) -> None:
        """Start writing ``data`` for ``path`` (none for a path that exists: not written)."""
        if path.exists():
            return
        with self._lock:
            self._written[path] = (data, self._pool.submit(_write_temp, path, data, self._mode))

    def take(self) -> dict[Path, tuple[bytes, str]]:
        """The temporary files written, by final path, with their content (all finished)."""
        self._pool.shutdown(wait=True)
        done: dict[Path, tuple[bytes, str]] = {}
        for path, (data, future) in self._written.items():
            try:
                done[path] = (data, future.result())
            except OSError:  # written again (and an error that stays raised) by ``_write_files``
                pass
        return done

    def discard(self) -> None:
        """Remove the temporary files."""
        for _data, tmp in self.take().values():
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _commit(case: CaseFile, case_path: Path, planned: list[_Planned], digest: str,
            early: dict[Path, tuple[bytes, str]] | None = None) -> None:
    """Write the PDFs (``_write_files``; ``early``: temporary files already written), then record
    the new documents in the case (atomic save, refused when the case changed on disk since
    ``digest``). When anything fails, the PDFs written here are removed again and the case is not
    changed."""
    written: list[Path] = []
    try:
        _write_files([(p.path, p.data) for p in planned if not p.path.exists()], written, early)
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


def _write_temp(path: Path, data: bytes, mode: int) -> str:
    """``data`` in a new temporary file beside ``path``, flushed to disk, with ``mode``: its
    name (removed again on an error)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _write_files(files: list[tuple[Path, bytes]], written: list[Path],
                 early: dict[Path, tuple[bytes, str]] | None = None) -> None:
    """Write each file as ``atomic_write_bytes`` does (a temporary file beside it, flushed to
    disk, renamed over), several at once (the disk flushes them together: a case's 200 papers
    in a tenth of the time) and the folder flushed once at the end instead of after every file.
    ``early``: temporary files already written (by ``_EarlyFiles``), used for the same content
    and removed otherwise. ``written`` receives each path once renamed; on an error no temporary
    file is left."""
    mode = _file_mode()
    spare = dict(early or {})
    temps: list[str | None] = [None] * len(files)
    for i, (path, data) in enumerate(files):
        found = spare.get(path)
        if found is not None and found[0] is data:
            temps[i] = found[1]
            del spare[path]

    def write(i: int) -> None:
        path, data = files[i]
        temps[i] = _write_temp(path, data, mode)

    try:
        for _data, unused in spare.values():  # not needed after all
            with contextlib.suppress(OSError):
                os.unlink(unused)
        todo = [i for i, tmp in enumerate(temps) if tmp is None]
        with ThreadPoolExecutor(max_workers=min(8, max(1, len(todo)))) as pool:
            for _done in pool.map(write, todo):
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


EARLY_BYTES = 2_000_000  # a case file this big (some 50 workers with a year of shifts each) has
# enough papers for worker processes: they are started before it is read (documents/parallel.py)


def _early_pool(case_path: Path) -> RenderPool | None:
    """Render worker processes started before a big case file is read (its reading, a tenth of
    a second or more, then runs beside their start); None for a smaller file (started, if at
    all, once the number of papers is known)."""
    try:
        big = case_path.stat().st_size >= EARLY_BYTES
    except OSError:  # reported by the reading
        return None
    processes = planned_processes(MIN_DOCUMENTS) if big else 0
    return RenderPool(processes) if processes else None


def _issue_all(case_path: Path, out: Path, catalogue: Catalogue, lang: str | None,
               worker_lang: str | None, as_of: dt.date | None, kinds: Iterable[str] | None
               ) -> list[Path]:
    pool = _early_pool(case_path)  # starts while the case is read and computed
    try:
        case, digest = _read(case_path, out)
        wanted = list(dict.fromkeys(kinds)) if kinds else list(KINDS)
        lang = lang or default_lang(case)
        for k in wanted:
            _check_basics(k, lang, worker_lang)
        most = len(case.workers) * len(set(wanted) & set(WORKER_KINDS)) + len(set(wanted) - set(WORKER_KINDS))
        processes = planned_processes(most)
        if pool is not None and not processes:  # a big file with few papers to make after all
            pool.close()
            pool = None
        elif pool is None and processes:
            pool = RenderPool(processes)
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
        early = _EarlyFiles() if pool is not None else None
        try:
            planned = _render_planned(case, result, jobs, out, pool, early)
        except BaseException:
            if early is not None:
                early.discard()
            raise
    finally:
        if pool is not None:
            pool.close()
    _commit(case, case_path, planned, digest, early.take() if early is not None else None)
    return [p.path for p in planned]


__all__ = ["PREFIX", "default_lang", "document_amounts", "file_name", "issue_all", "issue_document",
           "parse_issued_at", "render_document"]
