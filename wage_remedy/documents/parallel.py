"""Render a run's documents in this process and in worker processes at once (issue 13, speed).

Rendering is pure Python and one document does not depend on another, so a big case's papers
(100 workers: 202 PDFs) are shared between this process and ``processes`` worker processes, one
document at a time, the biggest (the statement) first. A worker is a fresh Python process
(``python -m wage_remedy.documents.parallel``: never a fork, since the app issues documents from a
worker thread; not multiprocessing's 'spawn' either, which would run the parent's main script
again in the child); it is started before the computation, so its start (importing the renderer,
about half a second) runs beside it, then it receives the case (without its shifts, payments and
hours: no document prints them, the Result carries the figures) and the Result once, then one
job at a time over its standard input and output (pickle: both ends are this program).

A document comes out byte for byte the same whichever process renders it (rendering is pure:
tests/documents/test_parallel.py). A document a worker could not render (an error, a worker that
died) is rendered again here, in the order of the run, so an error is raised as a serial run
raises it. Not used in a frozen program (its executable is the app, not Python), for a small run,
or when other programs keep every processor busy (load average).

``WAGE_REMEDY_RENDER_PROCESSES``: ``0`` never uses worker processes; a number ``n`` uses ``n`` for
any run of two or more documents (tests).
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from wage_remedy.case.model import CaseFile
from wage_remedy.compute.result import Result

MIN_DOCUMENTS = 60  # fewer (under 30 workers): a worker, ready after about 0.7 s, would hardly help
MAX_PROCESSES = 3
ENV = "WAGE_REMEDY_RENDER_PROCESSES"
STUCK_AFTER = 300.0  # seconds a worker may still take once this process has nothing left to do
SWITCH_INTERVAL = 0.0005  # seconds: how soon a thread with a worker's answer gets to run (below)


@dataclass(frozen=True)
class Job:
    """One document to render (the arguments of ``render_document`` besides case and Result)."""

    kind: str
    lang: str
    worker_lang: str | None
    worker_id: str | None
    number: str
    issued_at: str


def render_job(case: CaseFile, result: Result, job: Job) -> bytes:
    """The PDF of one job."""
    from wage_remedy.documents.make import render_document

    return render_document(job.kind, case, result, lang=job.lang, worker_lang=job.worker_lang,
                           worker_id=job.worker_id, number=job.number, issued_at=job.issued_at)


def planned_processes(documents: int) -> int:
    """How many worker processes to start for a run of about ``documents`` documents (0: none):
    one per processor besides this process's, at most ``MAX_PROCESSES``; none when the load
    average says other programs alone keep every processor busy (a worker then only adds its
    start to the run; with some room left it still shortens it: on 2 processors at load 2.5,
    3.6 s against 4.8 s)."""
    forced = os.environ.get(ENV, "").strip()
    if forced.isdigit():
        return int(forced) if documents >= 2 else 0
    if getattr(sys, "frozen", False) or documents < MIN_DOCUMENTS:
        return 0
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cpus = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows: no load average
        busy = 0.0
    if busy - 1.0 >= cpus:  # one busy processor counted as this program's own (its work so far)
        return 0
    return max(0, min(MAX_PROCESSES, cpus - 1))


# ------------------------------------------------------------------------------------ worker side
def _warm_up() -> None:
    """What every document needs once per process, done while the parent computes: the fonts,
    the rate tables' titles and paying bodies, the languages' number and date formats."""
    import datetime as dt
    from decimal import Decimal

    from wage_remedy.documents import fonts
    from wage_remedy.documents.heads_text import fund_name, rate_title
    from wage_remedy.documents.i18n import OFFICIAL
    from wage_remedy.documents.render import Fmt

    fonts.register_fonts()
    rate_title("be/national-minimum", "fr")
    fund_name("-", "fr")  # reads the rate tables' paying bodies once
    for lang in OFFICIAL:
        f = Fmt(lang, "BE")
        f.money(Decimal("1234.56"))
        f.date(dt.date(2025, 1, 1))
        f.tdate(dt.date(2025, 1, 1))


def _worker(inp: IO[bytes], out: IO[bytes]) -> None:
    """A worker process: warm up, read the case and Result, then answer each job with its PDF
    (None when it fails: the parent renders it again and raises the error) until None."""
    _warm_up()
    case, result = pickle.load(inp)  # noqa: S301 - from our own parent process
    while (job := pickle.load(inp)) is not None:  # noqa: S301
        try:
            data: bytes | None = render_job(case, result, job)
        except Exception:  # noqa: BLE001 - reported by the parent's own rendering
            data = None
        pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


# ------------------------------------------------------------------------------------ parent side
def _slim(case: CaseFile) -> CaseFile:
    """The case without what no document prints (shifts, hours, payments: the Result has the
    figures), so that sending it to a worker is quick."""
    workers = [w.model_copy(update={"shifts": [], "hours": [], "payments": []}) for w in case.workers]
    return case.model_copy(update={"workers": workers})


class RenderPool:
    """Worker processes for one issuing run; ``close`` ends them."""

    def __init__(self, processes: int):
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window beside the app
        here = str(Path(__file__).resolve().parents[2])  # the folder holding this wage_remedy
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([here, *filter(None, [os.environ.get("PYTHONPATH")])]))
        self._procs = [subprocess.Popen(  # noqa: S603 - this Python, this module
            [sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=env, creationflags=flags) for _ in range(processes)]

    def close(self) -> None:
        """Tell the workers to stop; they are waited for in the background (a worker's exit
        takes a tenth of a second that the issuing run need not wait for)."""
        for proc in self._procs:
            try:
                if proc.stdin is not None:
                    pickle.dump(None, proc.stdin)
                    proc.stdin.close()
            except OSError:  # already gone
                pass
        threading.Thread(target=_reap, args=(self._procs,), daemon=True).start()

    def render(self, case: CaseFile, result: Result, jobs: Sequence[Job], order: Sequence[int],
               done: Callable[[int, bytes], None] | None = None) -> list[bytes]:
        """Every job's PDF, in the order of ``jobs``; ``order`` is the order to start them in;
        ``done`` is told each job's PDF as soon as it is made (from any thread)."""
        payload = pickle.dumps((_slim(case), result), protocol=pickle.HIGHEST_PROTOCOL)
        todo: queue.SimpleQueue[int] = queue.SimpleQueue()
        for i in order:
            todo.put(i)
        out: list[bytes | None] = [None] * len(jobs)
        stop = threading.Event()
        ready = [threading.Event() for _ in self._procs]  # set once a worker has its payload
        threads = [threading.Thread(target=_serve, args=(proc, payload, jobs, todo, out, stop, ok, done),
                                    daemon=True) for proc, ok in zip(self._procs, ready, strict=True)]
        # A thread serving a worker waits for the interpreter while this thread renders: by
        # default up to 5 ms each time an answer comes in, the worker idle meanwhile (some 20
        # documents of 200 fewer rendered there); a shorter interval while rendering.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, SWITCH_INTERVAL))
        for th in threads:
            th.start()
        try:
            _take(todo, stop, lambda i: render_job(case, result, jobs[i]), out, done)
        finally:
            stop.set()
            self._finish(threads, ready)
            sys.setswitchinterval(interval)
        return [data if data is not None else render_job(case, result, jobs[i])  # raises in order
                for i, data in enumerate(out)]

    def _finish(self, threads: list[threading.Thread], ready: list[threading.Event]) -> None:
        """Wait for the workers' last documents once this process has none left: a worker that
        never took its payload is ended at once, one still busy after ``STUCK_AFTER`` too (its
        thread then stops; its document is rendered here)."""
        for proc, ok in zip(self._procs, ready, strict=True):
            if not ok.is_set():
                proc.kill()
        for th in threads:
            th.join(timeout=STUCK_AFTER)
        if any(th.is_alive() for th in threads):  # pragma: no cover - a worker that hangs
            for proc in self._procs:
                proc.kill()
            for th in threads:
                th.join()


def _reap(procs: list[subprocess.Popen[bytes]]) -> None:
    """Wait for stopped workers (killed if one does not stop within 10 s)."""
    for proc in procs:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a stuck worker
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


class _Broken(Exception):
    """A worker process is gone: its thread stops taking jobs."""


def _take(todo: queue.SimpleQueue[int], stop: threading.Event, render: Callable[[int], bytes | None],
          out: list[bytes | None], done: Callable[[int, bytes], None] | None = None) -> None:
    """Render jobs from ``todo`` until it is empty or ``stop`` is set; a failed job stays None;
    ``done`` is told each PDF made."""
    while not stop.is_set():
        try:
            i = todo.get_nowait()
        except queue.Empty:
            return
        try:
            out[i] = render(i)
        except _Broken:
            todo.put(i)  # for this process to render
            return
        except Exception:  # noqa: BLE001 - rendered again in order by ``RenderPool.render``
            out[i] = None
        data = out[i]
        if data is not None and done is not None:
            done(i, data)


def _serve(proc: subprocess.Popen[bytes], payload: bytes, jobs: Sequence[Job],
           todo: queue.SimpleQueue[int], out: list[bytes | None], stop: threading.Event,
           ready: threading.Event, done: Callable[[int, bytes], None] | None = None) -> None:
    """Give one worker process the case and Result, then jobs from ``todo``, one at a time."""
    inp, answers = proc.stdin, proc.stdout
    if inp is None or answers is None:  # pragma: no cover - always piped
        return
    try:
        inp.write(payload)
        inp.flush()
    except (OSError, ValueError):  # the worker is gone: this process renders its share
        return
    ready.set()

    def remote(i: int) -> bytes | None:
        try:
            pickle.dump(jobs[i], inp, protocol=pickle.HIGHEST_PROTOCOL)
            inp.flush()
            data: Any = pickle.load(answers)  # noqa: S301 - from our own worker process
        except (OSError, EOFError, pickle.UnpicklingError) as exc:
            raise _Broken from exc
        return data if isinstance(data, bytes) else None

    _take(todo, stop, remote, out, done)


if __name__ == "__main__":  # a worker process (RenderPool)
    from wage_remedy.documents.parallel import _worker as _run  # the module's own Job class

    _answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # nothing else may write to the answers
    _run(sys.stdin.buffer, _answers)
