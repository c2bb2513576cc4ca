"""Entry points of the desktop app: ``run_app`` (the ``wage-remedy`` command without a
subcommand) and ``create_main_window`` (also used by the tests)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wage_remedy.api import Catalogue, RateFileError, load_catalogue
from wage_remedy_ui import settings as prefs
from wage_remedy_ui.i18n import install_language, system_language
from wage_remedy_ui.main_window import MainWindow

_CHECKOUT_RATES = Path(__file__).resolve().parents[2] / "rates"  # ui/wage_remedy_ui/app.py


def load_rates(rates: str | None = None) -> Catalogue:
    """The rates catalogue: ``rates`` folder, else the bundled one (a source checkout's
    ``rates/`` when the package data is not installed)."""
    if rates is None:
        try:
            return load_catalogue()
        except ModuleNotFoundError:
            if _CHECKOUT_RATES.is_dir():
                return load_catalogue(_CHECKOUT_RATES)
            raise
    return load_catalogue(rates)


def application() -> QApplication:
    """The QApplication (created once), with names, and the remembered interface language
    (else the system's: ``LANGUAGE``/``LANG``/the system locale)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(prefs.ORGANIZATION)
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName(prefs.APPLICATION)
    install_language(prefs.language() or system_language())  # no choice saved: the system's
    return app


def create_main_window(case_path: str | Path | None = None, rates: str | None = None, *,
                       catalogue: Catalogue | None = None, recovery_dir: Path | None = None,
                       offer_recovery: bool = True) -> MainWindow:
    """Build and show the main window: the start screen, or ``case_path`` opened.

    With ``offer_recovery``, work left in a recovery file by a crash is offered first.
    """
    application()
    cat = catalogue or load_rates(rates)
    window = MainWindow(cat, recovery_dir)
    window.show()
    if case_path is not None:
        window.open_case(case_path)
    elif offer_recovery:
        window.offer_recovery()
    return window


def run_app(case_path: str | None, rates: str | None = None) -> int:
    """Run the desktop app until its window closes; the exit code."""
    app = application()
    try:
        cat = load_rates(rates)
    except RateFileError as exc:
        QMessageBox.critical(None, "wage-remedy",
                             QCoreApplication.translate("App", "The rate files cannot be used:")
                             + "\n\n" + "\n".join(str(p) for p in exc.problems[:30]))
        return 2
    window = MainWindow(cat)
    window.show()
    if case_path is not None:
        QTimer.singleShot(0, lambda: window.open_case(case_path))
    else:
        QTimer.singleShot(0, window.offer_recovery)
    return int(app.exec())
