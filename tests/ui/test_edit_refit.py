"""A typed edit in a long table repaints and measures only the row it changed: the columns are
fitted again only when a changed cell no longer fits (``widgets/columns.py``), so a year of
shifts is not measured after every keystroke's edit, and the live result is not held up."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ui_helpers import edit_cell, wait_result

SHIFTS = 120
END_COLUMN = 2  # date, start, end, ...


def _case(tmp_path: Path) -> Path:
    day = dt.date(2025, 3, 3)
    shifts = [{"date": (day + dt.timedelta(days=i)).isoformat(), "start": "09:00", "end": "17:00",
               "break_minutes": 30} for i in range(SHIFTS)]
    data = {"format": "wage-remedy-case", "version": 1, "reference": "FIT", "jurisdiction": "BE",
            "as_of": "2025-12-31", "employer": {"name": "Fit BV"},
            "inspection": {"date": "2025-12-31", "place": "Gent", "inspector": "X"},
            "workers": [{"id": "w1", "name": "Ann", "birth_date": "1990-01-01", "language": "fr",
                         "employment": {"start": "2025-03-01", "sector": "be/pc-302", "category": "II",
                                        "function_years": 0},
                         "shifts": shifts}]}
    path = tmp_path / "fit.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _watch(w: Any) -> tuple[Any, list[tuple[int, int]], list[int]]:
    view = w.worker_editor.shifts_view
    model = view.model()
    ranges: list[tuple[int, int]] = []
    fits: list[int] = []
    model.dataChanged.connect(lambda a, b, *_r: ranges.append((a.row(), b.row())))
    view.fitter.fitted.connect(lambda: fits.append(1))
    return view, ranges, fits


def test_an_edit_repaints_its_row_and_keeps_the_columns(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    qtbot.wait(50)  # the page's own first fit
    view, ranges, fits = _watch(w)
    widths = [view.horizontalHeader().sectionSize(c) for c in range(view.model().columnCount())]
    edit_cell(view, 70, END_COLUMN, "17:30")
    wait_result(qtbot, w)
    qtbot.wait(50)
    assert w.doc.data["workers"][0]["shifts"][70]["end"] == "17:30"
    assert ranges and set(ranges) == {(70, 70)}, ranges  # not (0, 119)
    assert fits == []  # "17:30" fits where "17:00" did: nothing measured again
    assert [view.horizontalHeader().sectionSize(c) for c in range(len(widths))] == widths
    # undo gives the row back (another row object): that row alone again
    ranges.clear()
    w.doc.undo_stack.undo()
    wait_result(qtbot, w)
    assert w.doc.data["workers"][0]["shifts"][70]["end"] == "17:00"
    assert set(ranges) == {(70, 70)}, ranges


def test_a_cell_wider_than_its_column_fits_the_columns_again(qtbot: Any, make_window: Any,
                                                             tmp_path: Path) -> None:
    w = make_window(_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    qtbot.wait(50)
    view, _ranges, fits = _watch(w)
    header = view.horizontalHeader()
    header.resizeSection(END_COLUMN, 8)  # narrower than any time: the next edit there must refit
    edit_cell(view, 10, END_COLUMN, "17:45")
    wait_result(qtbot, w)
    qtbot.wait(50)
    assert fits, "the columns were not fitted again"
    assert header.sectionSize(END_COLUMN) > 8
