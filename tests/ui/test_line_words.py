"""The line explanation says how the rate was obtained in the interface language, not in the
core's English (documents/line_text.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ui_helpers import wait_result


def _case(tmp_path: Path) -> Path:
    """Ana, PC 302 category II, 0 function years, three 8-hour shifts in February 2025, unpaid."""
    w = {"id": "w1", "name": "Ana", "birth_date": "1990-01-01", "language": "fr",
         "employment": {"start": "2025-01-01", "sector": "be/pc-302", "category": "II", "function_years": 0},
         "shifts": [{"date": d, "start": "08:00", "end": "16:30", "break_minutes": 30}
                    for d in ("2025-02-03", "2025-02-04", "2025-02-05")]}
    data = {"format": "wage-remedy-case", "version": 1, "reference": "TSW-L", "jurisdiction": "BE",
            "as_of": "2025-03-05", "employer": {"name": "Test BV"},
            "inspection": {"date": "2025-03-05", "place": "Gent", "inspector": "X"}, "workers": [w]}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "words", "english"), [
    # 2025 scale, category II, row 0: 14.8839/h; national 2,111.89 x 3/13/38 = 12.8252/h
    ("fr", "catégorie II, 0 année de fonction : 14,8839/h [plus élevé que : minimum national 12,8252/h]",
     ("category", "higher than", "be/pc-302")),
    ("de", "Kategorie II, 0 Funktionsjahre: 14,8839/Std. [höher als: nationaler Mindestlohn 12,8252/Std.]",
     ("category", "higher than", "be/pc-302")),
])
def test_how_the_rate_was_obtained_in_the_interface_language(qtbot: Any, make_window: Any, tmp_path: Path,
                                                             lang: str, words: str,
                                                             english: tuple[str, ...]) -> None:
    w = make_window(_case(tmp_path))
    w.set_language(lang)
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    qtbot.wait(50)
    panel = w.worker_editor.result
    panel.select_line(0, 0)
    text = panel.explanation.toPlainText()
    assert words in text, text
    assert not any(e in text for e in english), text
