"""Persistent preferences (QSettings, INI format): interface language and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
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


def save_geometry(window: QWidget) -> None:
    """Remember the window's size and place (on close)."""
    s = settings()
    s.setValue("layout/window", window.saveGeometry())
    s.sync()
