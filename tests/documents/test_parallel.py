"""Documents rendered in worker processes (documents/parallel.py) are the very bytes this process
renders; a worker that dies or fails leaves its documents to this process, and an error is
raised as rendering one by one raises it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.conftest import base_case, write_case
from wage_remedy.case.store import load_case, parse_case_data
from wage_remedy.compute import compute
from wage_remedy.documents import DocumentError
from wage_remedy.documents.issue import issue_all
from wage_remedy.documents.parallel import ENV, Job, RenderPool, planned_processes, render_job
from wage_remedy.law.catalogue import Catalogue

ISSUED = "2025-07-01T08:00:00Z"


def _jobs() -> list[Job]:
    jobs = [Job(kind, "fr", None, w, f"TEST-2025-0007/{kind[:2].upper()}-00{i}", ISSUED)
            for i, w in enumerate(("w1", "w2", "w3"), start=1) for kind in ("payment-order", "receipt")]
    return jobs + [Job("statement", "nl", None, None, "TEST-2025-0007/ST-001", ISSUED),
                   Job("fines", "de", None, None, "TEST-2025-0007/FS-001", ISSUED)]


def test_worker_processes_render_the_same_bytes(catalogue: Catalogue) -> None:
    case = parse_case_data(base_case())
    result = compute(case, catalogue)
    jobs = _jobs()
    here = [render_job(case, result, job) for job in jobs]
    pool = RenderPool(2)
    try:
        shared = pool.render(case, result, jobs, order=list(reversed(range(len(jobs)))))
    finally:
        pool.close()
    assert shared == here


def test_a_dead_worker_leaves_its_documents_to_this_process(catalogue: Catalogue) -> None:
    case = parse_case_data(base_case())
    result = compute(case, catalogue)
    jobs = _jobs()
    pool = RenderPool(1)
    try:
        pool._procs[0].kill()  # noqa: SLF001 - the worker dies before the run
        pool._procs[0].wait()  # noqa: SLF001
        assert pool.render(case, result, jobs, order=range(len(jobs))) == [
            render_job(case, result, job) for job in jobs]
    finally:
        pool.close()


def test_an_error_is_raised_in_the_run_order(catalogue: Catalogue) -> None:
    case = parse_case_data(base_case())
    result = compute(case, catalogue)
    jobs = _jobs()
    jobs[3] = Job("receipt", "fr", None, "w9", "TEST-2025-0007/RC-009", ISSUED)  # no such worker
    jobs[5] = Job("receipt", "xx", None, "w3", "TEST-2025-0007/RC-010", ISSUED)  # no such language
    pool = RenderPool(1)
    try:
        with pytest.raises(DocumentError, match="w9"):  # the first in the run, not the first done
            pool.render(case, result, jobs, order=list(reversed(range(len(jobs)))))
    finally:
        pool.close()


def test_issue_all_with_worker_processes_writes_what_a_serial_run_writes(
        tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("wage_remedy.documents.issue._now", lambda: "2025-07-01T08:00:00Z")
    out: dict[str, dict[str, bytes]] = {}
    for processes in ("0", "1"):
        monkeypatch.setenv(ENV, processes)
        cf = write_case(tmp_path / f"case{processes}.json", base_case())
        folder = tmp_path / f"out{processes}"
        paths = issue_all(cf, folder, catalogue=catalogue)
        assert len(paths) == 8
        out[processes] = {p.name: p.read_bytes() for p in paths}
        assert [d.number for d in load_case(cf).documents] == [
            "TEST-2025-0007/PO-001", "TEST-2025-0007/RC-001", "TEST-2025-0007/PO-002",
            "TEST-2025-0007/RC-002", "TEST-2025-0007/PO-003", "TEST-2025-0007/RC-003",
            "TEST-2025-0007/ST-001", "TEST-2025-0007/FS-001"]
    assert out["0"] == out["1"]


def test_worker_processes_only_for_big_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert planned_processes(10) == 0
    monkeypatch.setenv(ENV, "0")
    assert planned_processes(500) == 0
    monkeypatch.setenv(ENV, "2")
    assert planned_processes(8) == 2


def test_a_worker_that_hangs_is_ended_and_its_documents_rendered_here(
        catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    from wage_remedy.documents import parallel

    monkeypatch.setattr(parallel, "STUCK_AFTER", 1.0)
    case = parse_case_data(base_case())
    result = compute(case, catalogue)
    jobs = _jobs()
    pool = RenderPool(1)
    pool._procs[0].kill()  # noqa: SLF001 - replaced by a worker that never answers
    pool._procs[0].wait()  # noqa: SLF001
    pool._procs[0] = subprocess.Popen(  # noqa: SLF001
        [sys.executable, "-c", "import time; time.sleep(120)"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE)
    try:
        assert pool.render(case, result, jobs, order=range(len(jobs))) == [
            render_job(case, result, job) for job in jobs]
    finally:
        pool.close()
