"""Live recomputation off the UI thread: debounced, coalesced, newest result wins."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ui.partial import partial_result
from wage_remedy.api import (
    CaseError,
    CaseFile,
    CaseProblem,
    Catalogue,
    Result,
    compute,
    parse_case_data,
)

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


class _Signals(QObject):
    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, key: int, generation: int, data: str, catalogue: Catalogue,
                 signals: _Signals):
        super().__init__()
        self.key = key
        self.generation = generation
        self.data = data
        self.catalogue = catalogue
        self.signals = signals

    def run(self) -> None:
        start = time.perf_counter()
        case: CaseFile | None = None
        result: Result | None = None
        problems: tuple[CaseProblem, ...] = ()
        try:
            case = parse_case_data(json.loads(self.data))
            result = compute(case, self.catalogue)
        except CaseError as exc:
            problems = tuple(exc.problems)
            # one incomplete worker does not hide the others' figures (ui.partial)
            result = partial_result(json.loads(self.data), self.catalogue, problems)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never crashes the app
            problems = (CaseProblem("", f"{type(exc).__name__}: {exc}"),)
        self.signals.done.emit(Outcome(self.key, self.generation, case, result, problems,
                                       time.perf_counter() - start))


class ComputeRunner(QObject):
    """Schedules ``compute`` for the newest data; ``finished`` carries an ``Outcome``."""

    finished = Signal(object)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._pending: tuple[int, int, str] | None = None
        self._running = False
        self.key = -1
        self.last_generation = -1

    @property
    def busy(self) -> bool:
        """True while a computation is scheduled or running."""
        return self._running or self._pending is not None or self._timer.isActive()

    def request(self, key: int, generation: int, data: str, *, now: bool = False) -> None:
        """Compute ``data`` (case JSON text, generation ``generation`` of document ``key``) after
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
        self._pool.start(_Job(key, generation, data, self.catalogue, self._signals))

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
