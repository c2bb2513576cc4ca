"""The app presents the heads' warnings and bases in the interface language (docs/heads.md): from
their codes and params, never from the English message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ui_helpers import wait_result


def _flat(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def two_workers(tmp_path: Path) -> Path:
    """w1: PC 302 (both statuses) without a status, unpaid -> status-unknown. w2: blue-collar,
    agreed 20.00/h x 50 h in March 2025 = 1,000.00 unpaid: holiday fund 1,000.00 x 1.08 x
    15.38 % = 166.104 -> 166.10."""
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "TSW-HW", "jurisdiction": "BE",
        "as_of": "2026-07-31", "employer": {"name": "Heads BV"},
        "inspection": {"date": "2026-07-31", "place": "Gent", "inspector": "X"},
        "workers": [
            {"id": "w1", "name": "Ana", "birth_date": "1990-01-01", "language": "fr",
             "employment": {"start": "2025-01-01", "sector": "be/pc-302", "category": "II"},
             "hours": [{"from": "2025-02-03", "to": "2025-02-05", "hours": "24"}]},
            {"id": "w2", "name": "Bo", "birth_date": "1980-01-01", "language": "fr",
             "employment": {"start": "2025-01-01", "agreed_hourly_rate": "20.00", "status": "blue_collar"},
             "hours": [{"from": "2025-03-01", "to": "2025-03-31", "hours": "50"}]}],
    }
    path = tmp_path / "hw.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_head_warning_and_basis_in_french(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    w = make_window(two_workers(tmp_path))
    w.set_language("fr")
    try:
        wait_result(qtbot, w)
        assert any(x.code == "status-unknown" for x in w.result.warnings)
        assert "Statut ouvrier ou employé inconnu" in w.warning_banner.headline
        details = [_flat(d) for d in w.warning_banner.details]
        assert ("Ana : pécule de vacances non calculé : le statut (ouvrier ou employé) n'est pas indiqué "
                "et le secteur (CP 302 industrie hôtelière (horeca) : salaires horaires minimums) ne le fixe pas.") in details
        assert not any("not computed" in d for d in details)
        w.show_page("worker", "w2")
        table = w.worker_editor.result.heads
        assert table.rowCount() == 1
        tip = _flat(table.item(0, 0).toolTip())
        assert "arriérés de rémunération 2025 : 1 000,00 × 1,08 × 15,38 % = 166,10" in tip
        assert "Arrêté royal du 30 mars 1967 relatif aux vacances annuelles" in tip
    finally:
        w.set_language("en")
