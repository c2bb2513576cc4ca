"""Selecting a row does not change how a table's header is drawn: a highlighted header label is
drawn bold, wider than the header's own measure, and was cut on both sides ("/ersie van het tarie"
in the Dutch lines table, new-user trial)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from ui_helpers import wait_result

from wage_remedy.api import demo_case_path


def test_the_lines_header_looks_the_same_with_a_row_selected(qtbot: Any, make_window: Any,
                                                             tmp_path: Path) -> None:
    case = tmp_path / "demo.json"
    shutil.copyfile(demo_case_path(), case)
    w = make_window(case)
    w.resize(1366, 768)
    w.show()
    w.set_language("nl")
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    qtbot.wait(50)
    panel = w.worker_editor.result
    panel.periods.selectRow(0)
    qtbot.wait(50)
    header = panel.lines.horizontalHeader()
    panel.lines.clearSelection()
    qtbot.wait(20)
    before = header.grab().toImage()
    panel.lines.selectRow(0)
    qtbot.wait(20)
    assert header.grab().toImage() == before
    w.set_language("en")
