"""The import wizard reads a worker list (docs/heads.md): status, end of the contract, end reason
and undeclared work, and a payment column saying which head of claim it pays; in French."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.core.factories import case, worker
from tests.ui.conftest import Dialogs
from wage_remedy.case.store import parse_case_data
from wage_remedy.law.catalogue import Catalogue
from wage_remedy_ui.dialogs.import_wizard import ImportWizard
from wage_remedy_ui.i18n import install_language


def test_worker_list_in_french(qtbot: Any, rates: Catalogue, tmp_path: Path, dialogs: Dialogs) -> None:
    c = parse_case_data(case([worker("w1", start="2025-09-15",
                                     hours=[{"from": "2025-12-01", "to": "2025-12-31", "hours": "100"}])],
                             as_of="2026-01-31"))
    path = tmp_path / "personnel.csv"
    path.write_text("Nom;Statut;Fin de contrat;Motif de fin\nWorker w1;employé;31/12/2025;licenciement\n",
                    encoding="utf-8")
    install_language("fr")
    w = ImportWizard(c, rates)
    qtbot.addWidget(w)
    dialogs.open_paths.append(str(path))
    qtbot.mouseClick(w.choose_button, Qt.MouseButton.LeftButton)
    assert w.mapping_combo("Statut").currentData() == "status"
    assert w.mapping_combo("Statut").currentText() == "ouvrier/employé"
    assert w.mapping_combo("Fin de contrat").currentText() == "fin du contrat"
    assert str(w.model.data(w.model.index(0, 3))) == "emploi"
    assert "1 ligne(s) avec le statut ou la fin du contrat d'un travailleur." in w.summary_label.text()
    qtbot.mouseClick(w.import_button, Qt.MouseButton.LeftButton)
    assert w.result() == QDialog.DialogCode.Accepted and w.result_case is not None
    e = w.result_case.worker("w1").employment
    assert (e.status, e.end, e.end_reason) == ("white_collar", dt.date(2025, 12, 31), "dismissal")
