"""Persistent preferences (QSettings, INI format): interface language and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QSplitter, QWidget

ORGANIZATION = "wage-remedy"
APPLICATION = "wage-remedy"
MAX_RECENT = 8


def settings() -> QSettings:
    """The app's settings store (organisation and application names of the running app)."""
    org = QCoreApplication.organizationName() or ORGANIZATION
    app = QCoreApplication.applicationName() or APPLICATION
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, org, app)


def language() -> str | None:
    """The remembered interface language, if any."""
    value = settings().value("language")
    return str(value) if value else None


def set_language(lang: str) -> None:
    """Remember the interface language."""
    s = settings()
    s.setValue("language", lang)
    s.sync()


def recent_files() -> list[str]:
    """Recently opened or saved case files that still exist, newest first."""
    value = settings().value("recent_files") or []
    if isinstance(value, str):
        value = [value]
    return [str(p) for p in value if Path(str(p)).is_file()][:MAX_RECENT]


def add_recent_file(path: str | Path) -> None:
    """Put ``path`` first in the recent files."""
    p = str(Path(path).resolve())
    items = [x for x in recent_files() if x != p]
    s = settings()
    s.setValue("recent_files", [p, *items][:MAX_RECENT])
    s.sync()


def keep_splitter(splitter: QSplitter, key: str) -> bool:
    """Restore the splitter's remembered sizes and remember them whenever the user moves it;
    True when sizes were restored."""
    value = settings().value(f"layout/{key}")
    restored = isinstance(value, QByteArray) and not value.isEmpty() and splitter.restoreState(value)

    def save(_pos: int = 0, _index: int = 0) -> None:
        s = settings()
        s.setValue(f"layout/{key}", splitter.saveState())
        s.sync()

    splitter.splitterMoved.connect(save)
    return bool(restored)


def restore_geometry(window: QWidget) -> bool:
    """Put the window back at its remembered size and place; False when none is remembered."""
    value = settings().value("layout/window")
    return isinstance(value, QByteArray) and not value.isEmpty() and window.restoreGeometry(value)


DEFAULT_SIZE = QSize(1280, 800)
MAXIMISE_UP_TO = 1366  # laptop screens (1280×720, 1366×768): the window opens maximised
FRAME = QSize(16, 48)  # room for the window manager's title bar and borders


def first_geometry(available: QRect, minimum: QSize) -> tuple[QRect, bool]:
    """Where a window opens the first time on a screen whose free area is ``available``: the
    default size made to fit (frame included, never below ``minimum``), centred; True when it
    should open maximised (a laptop screen at most MAXIMISE_UP_TO pixels wide)."""
    width = max(minimum.width(), min(DEFAULT_SIZE.width(), available.width() - FRAME.width()))
    height = max(minimum.height(), min(DEFAULT_SIZE.height(), available.height() - FRAME.height()))
    left = available.left() + max(0, (available.width() - width) // 2)
    top = available.top() + max(FRAME.height() - 8, (available.height() - height) // 2)
    # a screen narrower than the minimum cannot hold the window maximised: it opens at its minimum
    maximise = minimum.width() <= available.width() <= MAXIMISE_UP_TO
    return QRect(left, top, width, height), maximise


def clamp_geometry(rect: QRect, available: QRect, minimum: QSize) -> QRect:
    """``rect`` made to fit ``available`` (frame included, never below ``minimum``) and moved
    inside it: a size remembered on a bigger screen does not hang over this one's edge."""
    width = max(minimum.width(), min(rect.width(), available.width() - FRAME.width()))
    height = max(minimum.height(), min(rect.height(), available.height() - FRAME.height()))
    left = min(max(rect.left(), available.left()), max(available.left(), available.right() + 1 - width))
    top = min(max(rect.top(), available.top()), max(available.top(), available.bottom() + 1 - height))
    return QRect(left, top, width, height)


def place_window(window: QWidget) -> None:
    """Open the window at its remembered size and place, clamped to the screen; the first time,
    fitted to the screen's free area (maximised on a laptop screen)."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else None
    if restore_geometry(window):
        if available is not None and not window.isMaximized() and not window.isFullScreen():
            window.setGeometry(clamp_geometry(window.geometry(), available, window.minimumSize()))
        return
    if available is None:
        window.resize(DEFAULT_SIZE)
        return
    rect, maximise = first_geometry(available, window.minimumSize())
    window.setGeometry(rect)
    if maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def fit_dialog(dialog: QWidget, width: int, height: int) -> None:
    """Size a dialog ``width``×``height``, made smaller to fit its screen's free area (frame
    included): on a 1280×720 laptop a 760 px tall dialog would hang below the screen."""
    screen = dialog.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = max(320, min(width, free.width() - FRAME.width()))
        height = max(240, min(height, free.height() - FRAME.height()))
    dialog.resize(width, height)


def save_geometry(window: QWidget) -> None:
    """Remember the window's size and place (on close)."""
    s = settings()
    s.setValue("layout/window", window.saveGeometry())
    s.sync()
