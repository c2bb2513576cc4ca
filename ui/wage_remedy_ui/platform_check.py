"""Before the window opens on Linux: say which system library is missing.

Qt's own message when its X11 (xcb) plugin cannot load is "could not load the Qt platform plugin
'xcb'", without naming the library. ``missing_libraries`` asks the dynamic loader (``ldd``) what the
plugin lacks, plus ``libxcb-cursor`` which Qt opens at run time, and ``explain`` names the Debian /
Ubuntu packages to install. No Qt import here: this runs before Qt is loaded.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# library file -> Debian/Ubuntu package (README "Running on Linux" lists the same)
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def _qt_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "Qt"


def missing_libraries() -> list[str]:
    """The libraries the Qt xcb plugin needs and the system lacks ([] when none or unknown)."""
    qt = _qt_dir()
    missing: list[str] = []
    ldd = shutil.which("ldd")
    if qt is not None and ldd is not None:
        for lib in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                    qt / "lib" / "libQt6Gui.so.6"):
            if not lib.is_file():
                continue
            try:
                out = subprocess.run([ldd, str(lib)], capture_output=True, text=True, timeout=20).stdout
            except (OSError, subprocess.SubprocessError):
                continue
            missing += re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE)
    if ctypes.util.find_library("xcb-cursor") is None:  # opened by Qt at run time (Qt >= 6.5)
        missing.append("libxcb-cursor.so.0")
    return list(dict.fromkeys(missing))


def explain(missing: list[str]) -> str:
    """What to tell the user: the missing libraries and the command that installs them."""
    packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
    return ("wage-remedy cannot open its window: these system libraries are missing:\n  "
            + "\n  ".join(missing)
            + "\nOn Debian or Ubuntu install them with:\n  sudo apt-get install " + " ".join(packages)
            + "\n(the full list for a fresh desktop is in README.md, \"Running on Linux\")")


def check_display() -> str | None:
    """A message when the app cannot open a window on this system; None when it can (or when
    this is not Linux, or another Qt platform was chosen with QT_QPA_PLATFORM)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: Qt reports on its own
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ("wage-remedy cannot open its window: there is no graphical display (DISPLAY is not "
                "set). Start it from a desktop session, or use the command line (wage-remedy --help).")
    missing = missing_libraries()
    return explain(missing) if missing else None
