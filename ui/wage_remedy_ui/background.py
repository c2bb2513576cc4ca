"""Work off the UI thread: one helper for everything that may take long.

The live computation, the claims check, what-ifs, issuing documents and planning an import all
run through here, so the window keeps repainting and answering while they work.

Two ways to use it:

* :func:`run_async` — start ``fn(progress)`` on a worker thread and get ``on_success(value)`` or
  ``on_failure(exc)`` back on the UI thread (the live computation, the automatic claims check).
* :func:`run_and_wait` — for an action the user started and waits for (issue documents, preview
  an import, a what-if): ``fn(progress)`` runs on a worker thread while the UI thread keeps
  processing events; after a short delay a progress dialog with a Cancel button appears (window
  modal, so the user cannot start a second action meanwhile). Returns ``fn``'s value, raises its
  exception, or :class:`Cancelled`.

``fn`` gets a :class:`Progress`: ``progress.report(done, total, text)`` shows how far it is and
raises :class:`Cancelled` once the user cancelled; long loops call it between steps. Work that
cannot stop in the middle is abandoned on Cancel: its result is dropped when it ends.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")

PROGRESS_DELAY_MS = 400  # no dialog flashes for work shorter than this


class Cancelled(Exception):
    """The user cancelled the operation."""


class Progress:
    """Handed to the work function: report progress, notice a cancel (thread-safe)."""

    def __init__(self, op: Operation[Any]) -> None:
        self._op = op
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        """``done`` of ``total`` steps (``text``: what is being done); raises on cancel."""
        self.check()
        self._op.progressed.emit(done, total, text)


class Operation(QObject, Generic[T]):
    """One background operation. Its signals arrive on the UI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after succeeded or failed, also when cancelled

    def __init__(self, label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.on_success: Callable[[T], None] | None = None
        self.on_failure: Callable[[BaseException], None] | None = None
        self.progress = Progress(self)
        self.done = False
        self.value: T | None = None
        self.error: BaseException | None = None
        self.started = time.perf_counter()
        self.seconds = 0.0
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)

    def cancel(self) -> None:
        """Ask the work to stop; its result, if any, is dropped."""
        self.progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    def _succeeded(self, value: object) -> None:
        self.value = value  # type: ignore[assignment]
        self._end()
        if self.on_success is not None and not self.cancelled:
            self.on_success(value)  # type: ignore[arg-type]

    def _failed(self, exc: object) -> None:
        self.error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        self._end()
        if self.on_failure is not None and not self.cancelled and not isinstance(exc, Cancelled):
            self.on_failure(self.error)

    def _end(self) -> None:
        self.done = True
        self.seconds = time.perf_counter() - self.started
        _RUNNING.discard(self)
        self.finished.emit()

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Process events until the operation ended (tests, closing the window); False on timeout."""
        deadline = time.perf_counter() + timeout_ms / 1000
        app = QApplication.instance()
        while not self.done and time.perf_counter() < deadline:
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.001)
        return self.done


_RUNNING: set[Operation[Any]] = set()  # keeps Python references alive until each one ends


class _Task(QRunnable):
    def __init__(self, op: Operation[Any], fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._fn = fn

    def run(self) -> None:
        op = self._op
        try:
            value = self._fn(op.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            _emit(op, op.failed, exc)
            return
        _emit(op, op.succeeded, value)


def _emit(op: Operation[Any], signal: Any, value: object) -> None:
    """Hand ``value`` to the UI thread, unless the operation's owner is gone (a closed window):
    then nobody waits for it and it is dropped."""
    if not shiboken6.isValid(op):
        _RUNNING.discard(op)
        return
    try:
        signal.emit(value)
    except RuntimeError:  # deleted between the check and the emit
        _RUNNING.discard(op)


def _pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_async(fn: Callable[[Progress], T], *, on_success: Callable[[T], None] | None = None,
              on_failure: Callable[[BaseException], None] | None = None,
              pool: QThreadPool | None = None, label: str = "",
              owner: QObject | None = None) -> Operation[T]:
    """Run ``fn(progress)`` on a worker thread; the callbacks run on the UI thread (not after a
    cancel, nor after ``owner`` was deleted: the operation is its child)."""
    op: Operation[T] = Operation(label, owner)
    op.on_success, op.on_failure = on_success, on_failure
    _RUNNING.add(op)
    (pool or _pool()).start(_Task(op, fn))
    return op


def run_and_wait(fn: Callable[[Progress], T], *, parent: QWidget | None = None, label: str = "",
                 delay_ms: int = PROGRESS_DELAY_MS, pool: QThreadPool | None = None) -> T:
    """Run ``fn(progress)`` off the UI thread and return its value while the window keeps
    repainting; a window-modal progress dialog with Cancel shows after ``delay_ms`` (before it,
    the user's clicks and keys wait until the work is done, so no second action starts). Raises
    ``fn``'s exception or :class:`Cancelled`."""
    op = run_async(fn, pool=pool, label=label)
    app = QApplication.instance()
    dialog: QProgressDialog | None = None
    shown_at = time.perf_counter() + max(0, delay_ms) / 1000
    wake = QTimer()  # wakes the loop below when the dialog is due
    wake.setSingleShot(True)
    wake.start(max(0, delay_ms))
    while not op.done and app is not None:
        if dialog is None and time.perf_counter() >= shown_at:
            dialog = QProgressDialog(label or "…", QApplication.translate("Background", "Cancel"),
                                     0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.canceled.connect(op.cancel)
            op.progressed.connect(_update(dialog))
            dialog.show()
        if dialog is not None and op.cancelled:
            break
        flags = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        if dialog is None:
            flags |= QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        app.processEvents(flags)
    wake.stop()
    if dialog is not None:
        dialog.canceled.disconnect(op.cancel)  # QProgressDialog's close() emits canceled too
        dialog.close()
        dialog.deleteLater()
    if op.cancelled:
        raise Cancelled()
    if op.error is not None:
        raise op.error
    return op.value  # type: ignore[return-value]


def _update(dialog: QProgressDialog) -> Callable[[int, int, str], None]:
    def update(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(done)
        if text:
            dialog.setLabelText(text)
    return update


__all__ = ["Cancelled", "Operation", "Progress", "run_and_wait", "run_async"]
