"""Fixtures for the desktop-app tests: isolated settings and recovery folder, no blocking dialogs."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

from wage_remedy.law.catalogue import Catalogue, load_catalogue  # noqa: E402
from wage_remedy_ui.i18n import install_language  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
_CAT: Catalogue | None = None


@pytest.fixture(scope="session")
def rates() -> Catalogue:
    """The rates of this checkout (loaded once)."""
    global _CAT
    if _CAT is None:
        _CAT = load_catalogue(ROOT / "rates")
    return _CAT


class Dialogs:
    """Stands in for QMessageBox/QFileDialog static calls: records them, answers from queues."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.questions: list[QMessageBox.StandardButton] = []
        self.save_paths: list[str] = []
        self.open_paths: list[str] = []

    def question(self, _parent: Any, title: str, text: str, *args: Any, **kw: Any) -> Any:
        self.calls.append(("question", title, text))
        if not self.questions:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return self.questions.pop(0)

    def message(self, kind: str) -> Callable[..., Any]:
        def show(_parent: Any, title: str, text: str, *args: Any, **kw: Any) -> Any:
            self.calls.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return show

    def get_save(self, *args: Any, **kw: Any) -> tuple[str, str]:
        if not self.save_paths:
            raise AssertionError("unexpected save dialog")
        return self.save_paths.pop(0), ""

    def get_open(self, *args: Any, **kw: Any) -> tuple[str, str]:
        if not self.open_paths:
            raise AssertionError("unexpected open dialog")
        return self.open_paths.pop(0), ""

    def texts(self, kind: str) -> list[str]:
        return [f"{t}: {x}" for k, t, x in self.calls if k == kind]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: Any) -> Iterator[Dialogs]:
    """Isolated QSettings, English interface, and every static dialog answered by the test."""
    d = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", d.question)
    monkeypatch.setattr(QMessageBox, "warning", d.message("warning"))
    monkeypatch.setattr(QMessageBox, "information", d.message("information"))
    monkeypatch.setattr(QMessageBox, "critical", d.message("critical"))
    monkeypatch.setattr(QMessageBox, "about", d.message("about"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", d.get_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", d.get_open)
    monkeypatch.setattr("wage_remedy_ui.main_window.demo_folder", lambda: tmp_path / "Documents" / "wage-remedy")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName(f"wage-remedy-test-{uuid.uuid4().hex[:8]}")
    QCoreApplication.setApplicationName("wage-remedy")
    monkeypatch.setattr("wage_remedy_ui.app.system_language", lambda: "en")  # the tests' machine may be French
    install_language("en")
    yield d
    install_language("en")


@pytest.fixture
def make_window(qtbot: Any, rates: Catalogue, tmp_path: Path, dialogs: Dialogs) -> Iterator[Callable[..., Any]]:
    """Create a main window as the app does (recovery files under the test's folder)."""
    from wage_remedy_ui.app import create_main_window

    made: list[Any] = []

    def make(case_path: str | Path | None = None, offer_recovery: bool = False) -> Any:
        w = create_main_window(case_path, catalogue=rates, recovery_dir=tmp_path / "recovery",
                               offer_recovery=offer_recovery)
        made.append(w)
        return w

    yield make
    for w in made:  # close without the unsaved-changes prompt
        if w.doc is not None and shiboken6.isValid(w.doc):
            w.doc.undo_stack.setClean()
        w.close()
        w.runner.wait()
        w.deleteLater()
