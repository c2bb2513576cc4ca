"""Entry point of the frozen wage-remedy program (PyInstaller): runs ``wage_remedy_ui.launcher.main``
(the desktop app without a command, the core CLI ``wage_remedy.cli`` with one).

Two extras that only the frozen program needs:

* On Windows the GUI executable has no console (``console=False``), so ``sys.stdout`` is None.
  When it is started from a console with a command (``wage-remedy --version``), it attaches to
  that console so the output is seen; otherwise output goes to ``os.devnull`` instead of failing.
* ``WAGE_REMEDY_STARTUP_PROBE=1`` (hidden, for measuring): start the app as usual, print the time
  from process start until the first top-level window is shown, then leave the event loop (exit
  code 0; 3 if no window was shown within ``WAGE_REMEDY_STARTUP_PROBE_TIMEOUT`` seconds, default
  60). A value other than ``1`` is taken as a file to append the line to (windowed Windows).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

_T_ENTRY = time.perf_counter()


def _process_age() -> float | None:
    """Seconds since this process was created, from the operating system; None if unknown."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            start_ticks = int(fields[19])  # field 22 (starttime); fields[0] is field 3
            with open("/proc/uptime", encoding="ascii") as fh:
                uptime = float(fh.read().split()[0])
            return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            ft = [wintypes.FILETIME() for _ in range(4)]
            k32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            if not k32.GetProcessTimes(k32.GetCurrentProcess(), *(ctypes.byref(f) for f in ft)):
                return None
            now = wintypes.FILETIME()
            k32.GetSystemTimeAsFileTime(ctypes.byref(now))

            def ticks(f: Any) -> int:
                return (int(f.dwHighDateTime) << 32) | int(f.dwLowDateTime)

            return (ticks(now) - ticks(ft[0])) / 1e7
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


def _fix_windows_streams() -> None:
    """Give a console-less (windowed) Windows build usable stdout/stderr."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    attached = False
    if sys.platform == "win32":
        try:
            import ctypes

            attached = bool(ctypes.windll.kernel32.AttachConsole(-1))  # type: ignore[attr-defined]
        except (OSError, AttributeError):
            attached = False
    target = "CONOUT$" if attached else os.devnull
    if sys.stdout is None:
        sys.stdout = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def _report(line: str) -> None:
    dest = os.environ.get("WAGE_REMEDY_STARTUP_PROBE", "1")
    if dest == "1":
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    else:
        with open(dest, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


def install_startup_probe() -> None:
    """Make the first ``QApplication.exec()`` end as soon as a top-level window is visible."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timeout = float(os.environ.get("WAGE_REMEDY_STARTUP_PROBE_TIMEOUT", "60"))
    original_exec = QApplication.exec
    keep: list[Any] = []

    def probing_exec(*_args: Any) -> int:  # called as app.exec() or QApplication.exec()
        app = QApplication.instance()
        deadline = time.perf_counter() + timeout

        def check() -> None:
            shown = [w for w in QApplication.topLevelWidgets()
                     if w.isWindow() and w.isVisible() and w.windowHandle() is not None
                     and w.windowHandle().isExposed()]
            if shown:
                timer.stop()
                age = _process_age()
                since_entry = time.perf_counter() - _T_ENTRY
                total = f"{age:.3f}" if age is not None else "?"
                _report(f"startup-probe: window shown after {total} s from process start "
                        f"({since_entry:.3f} s from Python entry): {type(shown[0]).__name__} "
                        f"{shown[0].windowTitle()!r}")
                QApplication.exit(0)
            elif time.perf_counter() > deadline:
                timer.stop()
                _report(f"startup-probe: no window shown within {timeout:g} s")
                QApplication.exit(3)

        timer = QTimer(app)
        timer.setInterval(5)
        timer.timeout.connect(check)
        timer.start()
        keep.append(timer)
        return int(original_exec())

    QApplication.exec = probing_exec  # type: ignore[method-assign]


def run() -> int:
    """Run the command line (or the desktop app) and return the exit code."""
    _fix_windows_streams()
    if os.environ.get("WAGE_REMEDY_STARTUP_PROBE"):
        install_startup_probe()
    from wage_remedy_ui.launcher import main  # the app without a command, the core CLI with one

    return main()


if __name__ == "__main__":
    sys.exit(run())
