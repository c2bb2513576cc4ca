"""Live recomputation off the UI thread: debounced, coalesced, newest result wins.

Runs through the one background helper (``wage_remedy_ui.background``). An edit validates and computes only
the workers it touched: ``Revalidator`` validates changed workers alone and ``WorkerCache`` replays
the others' results (``wage_remedy.api``); the Result is the same as a full computation.
"""

from __future__ import annotations

import copy
import json
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from wage_remedy.api import (
    CaseError,
    CaseFile,
    CaseProblem,
    Catalogue,
    Result,
    Revalidator,
    WorkerCache,
    compute,
)
from wage_remedy_ui.background import Operation, Progress, run_async
from wage_remedy_ui.partial import partial_result

DEBOUNCE_MS = 20


@dataclass(frozen=True)
class Outcome:
    """The outcome of one computation of a given document generation."""

    key: int
    generation: int
    case: CaseFile | None
    result: Result | None
    problems: tuple[CaseProblem, ...]
    seconds: float


class _Engine:
    """Validation and computation state kept between edits of one document (worker thread only:
    the runner runs one job at a time)."""

    def __init__(self) -> None:
        self.key: int | None = None
        self.catalogue: Catalogue | None = None
        self.validator = Revalidator()
        self.cache = WorkerCache()

    def run(self, key: int, generation: int, data: str | dict[str, Any], catalogue: Catalogue) -> Outcome:
        if key != self.key or catalogue is not self.catalogue:
            self.key, self.catalogue = key, catalogue
            self.validator, self.cache = Revalidator(), WorkerCache()
        start = time.perf_counter()
        case: CaseFile | None = None
        result: Result | None = None
        problems: tuple[CaseProblem, ...] = ()
        raw = json.loads(data) if isinstance(data, str) else data  # a dict is never changed later
        try:
            case = self.validator.parse(raw)
            result = compute(case, catalogue, cache=self.cache)
        except CaseError as exc:
            problems = tuple(exc.problems)
            # one incomplete worker does not hide the others' figures (wage_remedy_ui.partial)
            result = partial_result(copy.deepcopy(raw), catalogue, problems)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never crashes the app
            problems = (CaseProblem("", f"{type(exc).__name__}: {exc}"),)
        return Outcome(key, generation, case, result, problems, time.perf_counter() - start)


class ComputeRunner(QObject):
    """Schedules ``compute`` for the newest data; ``finished`` carries an ``Outcome``."""

    finished = Signal(object)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._engine = _Engine()
        self.operation: Operation[Outcome] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._pending: tuple[int, int, str | dict[str, Any]] | None = None
        self._running = False
        self.key = -1
        self.last_generation = -1

    @property
    def busy(self) -> bool:
        """True while a computation is scheduled or running."""
        return self._running or self._pending is not None or self._timer.isActive()

    def forget_cache(self) -> None:
        """Drop the remembered validation and per-worker results: the next run computes every
        worker again (after the rates changed outside the catalogue object, and in benchmarks)."""
        self._engine = _Engine()

    def request(self, key: int, generation: int, data: str | dict[str, Any], *,
                now: bool = False) -> None:
        """Compute ``data`` (case JSON text, or the document's data object, which is never changed
        in place; generation ``generation`` of document ``key``) after
        the debounce delay (or now). Outcomes of another document or of an older generation are
        dropped."""
        if key != self.key:
            self.key = key
            self.last_generation = -1
        self._pending = (key, generation, data)
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def _start(self) -> None:
        if self._running or self._pending is None:
            return
        key, generation, data = self._pending
        self._pending = None
        self._running = True
        catalogue, engine = self.catalogue, self._engine

        def job(progress: Progress) -> Outcome:
            return engine.run(key, generation, data, catalogue)

        self.operation = run_async(job, on_success=self._done, on_failure=self._failed,
                                   pool=self._pool, label="compute", owner=self)

    def _failed(self, exc: BaseException) -> None:  # engine.run never raises; defensive
        self._done(Outcome(self.key, self.last_generation, None, None,
                           (CaseProblem("", f"{type(exc).__name__}: {exc}"),), 0.0))

    def _done(self, outcome: Outcome) -> None:
        self._running = False
        if outcome.key == self.key and outcome.generation >= self.last_generation:
            self.last_generation = outcome.generation
            self.finished.emit(outcome)
        if self._pending is not None and not self._timer.isActive():
            self._start()

    def wait(self) -> None:
        """Block until the thread pool is idle (used on close)."""
        self._pool.waitForDone()
