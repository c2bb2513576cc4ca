"""The worker's status choice 'not given' says what it means: the sector's status, or that it is
unknown and must be chosen (new-user trial: 'from the sector' shown for a worker without sector,
while the banner said the status was unknown and no holiday pay was computed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ui_helpers import wait_result


def _case(tmp_path: Path) -> Path:
    shifts = [{"date": "2025-03-03", "start": "08:00", "end": "16:30", "break_minutes": 30}]
    workers = [
        {"id": "w1", "name": "Ana", "birth_date": "1990-01-01", "language": "fr",
         "employment": {"start": "2025-01-01", "sector": "be/pc-112", "category": "A.1"},
         "shifts": shifts},
        {"id": "w2", "name": "Karim", "birth_date": "1990-01-01", "language": "fr",
         "employment": {"start": "2025-01-01"}, "shifts": shifts},
    ]
    data = {"format": "wage-remedy-case", "version": 1, "reference": "S-1", "jurisdiction": "BE",
            "as_of": "2025-04-30", "employer": {"name": "Test BV"},
            "inspection": {"date": "2025-04-30", "place": "Gent", "inspector": "X"}, "workers": workers}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_status_not_given_names_the_sector_s_status_or_asks(qtbot: Any, make_window: Any,
                                                            tmp_path: Path) -> None:
    w = make_window(_case(tmp_path))
    wait_result(qtbot, w)
    w.show_page("worker", "w1")  # PC 112 (garages) is a blue-collar table
    assert w.worker_editor.status.itemText(0) == "from the sector (Blue-collar)"
    w.show_page("worker", "w2")  # no sector (PC 302, for both statuses, would be the same)
    assert w.worker_editor.status.itemText(0) == "unknown: choose"
    w.set_language("fr")
    w.show_page("worker", "w2")
    assert w.worker_editor.status.itemText(0) == "inconnu : à choisir"
    w.show_page("worker", "w1")
    assert w.worker_editor.status.itemText(0) == "selon le secteur (Ouvrier)"
