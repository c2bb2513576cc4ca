"""Persistent preferences (QSettings, INI format): interface language and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

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
