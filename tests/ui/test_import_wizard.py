"""The import wizard (issue 8): choose a file, check the columns, see rejected rows highlighted
with their reason, exclude them, import; nothing changes before Import."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from tests.core.factories import case, worker
from tests.ui.conftest import Dialogs
from wage_remedy.case.model import CaseFile
from wage_remedy.case.store import dump_case, parse_case_data
from wage_remedy.law.catalogue import Catalogue
from wage_remedy_ui.dialogs.import_wizard import REJECTED_COLOR, ImportWizard


def _case() -> CaseFile:
    return parse_case_data(case([worker("w1"), worker("w2")]))


def _csv(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "hours.csv"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _status(w: ImportWizard, row: int) -> str:
    return str(w.model.data(w.model.index(row, 1)))


def test_preview_exclude_and_import(qtbot: Any, rates: Catalogue, tmp_path: Path, dialogs: Dialogs) -> None:
    c = _case()
    before = dump_case(c)
    path = _csv(tmp_path, [
        "Werknemer;Datum;Begin;Einde;Pauze",
        "w1;03/03/2025;08:00;16:30;30",
        "w1;31/02/2025;08:00;16:30;30",   # row 3: no such date
        "w2;04/03/2025;09:00;13:00;0",
    ])
    w = ImportWizard(c, rates)
    qtbot.addWidget(w)
    assert not w.import_button.isEnabled()
    dialogs.open_paths.append(str(path))
    qtbot.mouseClick(w.choose_button, Qt.MouseButton.LeftButton)
    assert w.path_edit.text() == str(path)
    # the detected columns, one list per column
    assert w.mapping_combo("Datum").currentData() == "date"
    assert w.mapping_combo("Werknemer").currentData() == "worker"
    # every row, the bad one highlighted with its reason; Import is disabled
    assert w.model.rowCount() == 3
    assert [_status(w, i) for i in range(3)] == ["import", "REJECTED", "import"]
    reason = str(w.model.data(w.model.index(1, 5)))
    assert "'31/02/2025' is not a date" in reason
    assert w.model.data(w.model.index(1, 0), Qt.ItemDataRole.BackgroundRole) == REJECTED_COLOR
    assert w.model.data(w.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "1 rejected" in w.summary_label.text()
    assert not w.import_button.isEnabled()
    # exclude the rejected row: Import becomes possible
    w.view.selectionModel().select(w.model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                   | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(w.exclude_button, Qt.MouseButton.LeftButton)
    assert _status(w, 1) == "excluded"
    assert w.import_button.isEnabled()
    assert dump_case(c) == before  # nothing imported yet
    qtbot.mouseClick(w.import_button, Qt.MouseButton.LeftButton)
    assert w.result() == QDialog.DialogCode.Accepted
    assert w.result_case is not None
    new = w.result_case
    assert [(s.date, s.start, s.end, s.break_minutes) for s in new.worker("w1").shifts] == [
        (dt.date(2025, 3, 3), "08:00", "16:30", 30)]
    assert [(s.date, s.start, s.end) for s in new.worker("w2").shifts] == [(dt.date(2025, 3, 4), "09:00", "13:00")]
    assert dump_case(c) == before  # the wizard never changes the case it was given


def test_changing_a_column_and_choosing_the_worker(qtbot: Any, rates: Catalogue, tmp_path: Path,
                                                   dialogs: Dialogs) -> None:
    c = _case()
    # "Gewerkt" (worked) is not a known column name: the user says it holds the hours
    path = _csv(tmp_path, ["Dag;Gewerkt", "03/03/2025;7,5", "04/03/2025;8"])
    w = ImportWizard(c, rates)
    qtbot.addWidget(w)
    w.load_file(path)
    assert w.plan is None and "no header row" in w.error_label.text()
    combo = w.mapping_combo("Gewerkt")
    combo.setCurrentIndex(combo.findData("hours"))
    # no worker column: the rows need a worker
    assert w.plan is None and "no worker column" in w.error_label.text()
    w.worker_combo.setCurrentIndex(w.worker_combo.findData("w2"))
    assert w.plan is not None and w.model.rowCount() == 2
    assert [_status(w, i) for i in range(2)] == ["import", "import"]
    assert w.mapping_combo("Dag").currentData() == "date"
    qtbot.mouseClick(w.import_button, Qt.MouseButton.LeftButton)
    assert w.result_case is not None
    blocks = w.result_case.worker("w2").hours
    assert [(b.from_, b.hours) for b in blocks] == [(dt.date(2025, 3, 3), D("7.5")),
                                                    (dt.date(2025, 3, 4), D("8"))]


def test_cancel_leaves_no_result(qtbot: Any, rates: Catalogue, tmp_path: Path, dialogs: Dialogs) -> None:
    w = ImportWizard(_case(), rates)
    qtbot.addWidget(w)
    w.load_file(_csv(tmp_path, ["Worker;Date;Start;End", "w1;03/03/2025;08:00;12:00"]))
    assert w.import_button.isEnabled()
    w.reject()
    assert w.result() == QDialog.DialogCode.Rejected and w.result_case is None
