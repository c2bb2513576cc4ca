"""The rates browser driven through its real widgets: search, date selector, the table on that
date as a category × function-years grid, a rate over time, adding a version from a pasted
column, indexing, and importing a signed bundle. Figures by hand from rates/be/*.yaml."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from wage_remedy.law.bundle import export_bundle, generate_key, trust_key
from wage_remedy.law.catalogue import Catalogue
from wage_remedy.law.update import apply_plan, prepare_index
from wage_remedy_ui.dialogs.rates_browser import AddVersionDialog, RatesBrowser

RATES = Path(__file__).resolve().parents[2] / "rates"


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    user = tmp_path / "user" / "rates"
    monkeypatch.setenv("WAGE_REMEDY_USER_RATES", str(user))
    monkeypatch.setenv("WAGE_REMEDY_TRUSTED_KEYS", str(tmp_path / "trusted.txt"))
    return user


def open_browser(qtbot: Any, rates: Catalogue, select: str, on: dt.date) -> RatesBrowser:
    b = RatesBrowser(rates, None, select, on)
    qtbot.addWidget(b)
    b.show()
    return b


def test_search_date_and_grid(qtbot: Any, rates: Catalogue, dialogs: Any) -> None:
    b = open_browser(qtbot, rates, "be/national-minimum", dt.date(2025, 6, 1))
    qtbot.keyClicks(b.search, "horeca")  # PC 302's title (Hotels, restaurants … / Horeca)
    assert "be/pc-302" in b.visible_tables() and "be/pc-124" not in b.visible_tables()
    assert b.current_table() == b.visible_tables()[0]
    b.search.clear()
    qtbot.keyClicks(b.search, "302")
    assert b.visible_tables()[0] == "be/pc-302" and all("302" in t for t in b.visible_tables())
    assert b.current_table() == "be/pc-302"
    # 1 June 2025: the version of 1 January 2025, category I row 0 = 14.8839 (rates/be/pc-302.yaml)
    assert b.cell_text("I", "0") == "14.8839"
    assert b.grid.rowCount() == 9 and b.grid.horizontalHeaderItem(0).text() == "0"
    assert not b.outdated.isVisible()
    b.date.setDate(QDate(2026, 1, 1))  # the version of 1 January 2026: I/0 = 15.2097
    assert b.cell_text("I", "0") == "15.2097" and b.cell_text("V", "0") == "16.8849"
    assert "2026" in b.version_label.toPlainText()
    assert not b.outdated.isVisible()
    b.date.setDate(QDate(2026, 1, 2))  # PC 302 is reviewed through 1 January 2026
    assert b.outdated.isVisible() and "reviewed through" in b.outdated.text()


def test_national_minimum_warns_after_reviewed_through(qtbot: Any, rates: Catalogue, dialogs: Any) -> None:
    b = open_browser(qtbot, rates, "be/national-minimum", dt.date(2026, 5, 15))
    assert b.cell_text("18+0") == "2189.81" and not b.outdated.isVisible()
    b.date.setDate(QDate(2026, 8, 15))  # after 31 July 2026
    assert b.outdated.isVisible() and "reviewed through" in b.outdated.text()
    assert b.cell_text("18+0") == "2233.61"  # the last figures (from 1 July 2026), with the warning
    item = b.tables.currentItem()
    assert item is not None and item.text().startswith("⚠ ")


def test_chart_of_a_rate_over_time(qtbot: Any, rates: Catalogue, dialogs: Any) -> None:
    b = open_browser(qtbot, rates, "be/pc-302", dt.date(2025, 6, 1))
    b.tabs.setCurrentIndex(1)
    # choosing a cell in the grid selects that rate for the chart
    row = [b.grid.verticalHeaderItem(r).text() for r in range(b.grid.rowCount())].index("II")
    b.grid.setCurrentCell(row, 0)
    assert b.cell.currentText() == "II/0"
    table = rates.table("be/pc-302")
    points = b.chart.points
    assert [p.start for p in points] == [v.start for v in table.versions]  # one point per version
    assert [p.status for p in points] == [v.status for v in table.versions]
    assert points[-1].value is not None and str(points[-1].value) == "15.2097"
    assert b.chart.marker == dt.date(2025, 6, 1)
    b.chart.grab()  # paints without error


def test_add_a_version_from_a_pasted_column(qtbot: Any, rates: Catalogue, dialogs: Any, user_dir: Path) -> None:
    b = open_browser(qtbot, rates, "be/national-minimum", dt.date(2026, 9, 15))
    changed: list[Any] = []
    b.catalogue_changed.connect(changed.append)
    qtbot.mouseClick(b.add_button, Qt.MouseButton.LeftButton)
    dlg = b.findChild(AddVersionDialog)
    assert dlg is not None and dlg.isVisible()
    dlg.start.setDate(QDate(2026, 9, 1))  # a test step after the bundled 1 July 2026 one
    assert "1 figures, in this order: 18+0" in dlg.keys_label.text()
    dlg.status.setCurrentIndex(dlg.status.findData("unverified"))
    qtbot.keyClicks(dlg.title, "Payroll infoflash 1 September 2026")
    qtbot.keyClicks(dlg.url, "https://example.org/ggmmi-2026-09")
    dlg.figures.setPlainText("2.278,28\n")  # pasted from a page with a decimal comma
    qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)
    # 2278.28 / 2233.61 = 1.0200 -> +2.00 %
    assert "2233.61 -> 2278.28" in dlg.preview.toPlainText() and "+2.00 %" in dlg.preview.toPlainText()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    # written into the user's rates folder (not the bundled one) and used at once
    assert (user_dir / "be" / "national-minimum.yaml").is_file() and (user_dir / "CHANGELOG.md").is_file()
    assert b.catalogue.user_tables == ("be/national-minimum",) and changed == [b.catalogue]
    assert b.cell_text("18+0") == "2278.28" and not b.outdated.isVisible()
    assert '"18+0": "2278.28"' not in (RATES / "be" / "national-minimum.yaml").read_text(encoding="utf-8")


def test_add_form_refuses_a_wrong_column_and_asks_about_jumps(qtbot: Any, rates: Catalogue, dialogs: Any,
                                                             user_dir: Path) -> None:
    b = open_browser(qtbot, rates, "be/national-minimum", dt.date(2027, 1, 15))
    dlg = AddVersionDialog(b, "be/national-minimum", "add")
    qtbot.addWidget(dlg)
    dlg.start.setDate(QDate(2027, 1, 1))
    dlg.title.setText("t")
    dlg.url.setText("https://example.org/")
    dlg.figures.setPlainText("2233.61\n2233.62")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "2 figures given, 1 expected" in dlg.error.text()
    dlg.figures.setPlainText("22336,1")  # +920 %: asked, answered No -> nothing written
    dialogs.questions.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "CHECK: more than 10 %" in dlg.preview.toPlainText()
    assert dialogs.calls[-1][1] == "Implausible changes"
    assert not (user_dir / "be" / "national-minimum.yaml").exists()  # nothing written, not even a copy


def test_index_action(qtbot: Any, rates: Catalogue, dialogs: Any, user_dir: Path) -> None:
    b = open_browser(qtbot, rates, "be/pc-302", dt.date(2027, 1, 15))
    qtbot.mouseClick(b.index_button, Qt.MouseButton.LeftButton)
    dlg = b.findChild(AddVersionDialog)
    assert dlg is not None and dlg.mode == "index"
    dlg.start.setDate(QDate(2027, 1, 1))
    qtbot.keyClicks(dlg.percent, "2")
    qtbot.keyClicks(dlg.title, "Index of 1 January 2027")
    qtbot.keyClicks(dlg.url, "https://example.org/index")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    # 15.2097 x 1.02 = 15.513894 -> 15.5139; 16.8849 x 1.02 = 17.222598 -> 17.2226
    assert b.cell_text("I", "0") == "15.5139" and b.cell_text("V", "0") == "17.2226"
    assert "derived" in b.version_label.toPlainText().lower()


def test_import_bundle(qtbot: Any, rates: Catalogue, dialogs: Any, user_dir: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    shutil.copytree(RATES, team, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    apply_plan(prepare_index(team, "be/pc-302", dt.date(2027, 1, 1), "2", title="t", url="https://e.org/"))
    key, _ = generate_key(tmp_path / "team.key")
    trust_key(key, "Legal team")
    bundle = tmp_path / "b.json"
    export_bundle(team, tmp_path / "team.key", bundle)
    b = open_browser(qtbot, rates, "be/pc-302", dt.date(2027, 1, 15))
    assert b.cell_text("I", "0") == "15.2097"
    dialogs.open_paths.append(str(bundle))
    dialogs.questions.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(b.import_button, Qt.MouseButton.LeftButton)
    assert "changes be/pc-302: new versions from 2027-01-01" in dialogs.calls[-1][2]
    assert b.cell_text("I", "0") == "15.5139"
    # the same bundle again is refused with a message, nothing changes
    before = (user_dir / "be" / "pc-302.yaml").read_bytes()
    dialogs.open_paths.append(str(bundle))
    qtbot.mouseClick(b.import_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning")[-1].startswith("Rates bundle refused") and "already installed" in dialogs.texts("warning")[-1]
    assert (user_dir / "be" / "pc-302.yaml").read_bytes() == before


def test_banner_shows_outdated_rate_by_its_code(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    import json

    from tests.ui.ui_helpers import wait_result
    # National minimum only (no sector), work on Monday 3 August 2026: after the table's
    # reviewed_through (31 July 2026; 30 June before the July 2026 step was encoded)
    # -> outdated-rate (be/national-minimum, 2026-07-31)
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "OUT-1", "jurisdiction": "BE",
        "as_of": "2026-09-30", "employer": {"name": "Test BV"},
        "inspection": {"date": "2026-09-30", "place": "Gent", "inspector": "X"},
        "workers": [{"id": "w1", "name": "Ana", "birth_date": "1990-01-01", "language": "fr",
                     "employment": {"start": "2026-08-01"},
                     "shifts": [{"date": "2026-08-03", "start": "09:00", "end": "17:00"}]}],
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    w = make_window(path)
    wait_result(qtbot, w)
    warning = next(x for x in w.result.warnings if x.code == "outdated-rate")
    assert (warning.param("table"), warning.param("date")) == ("be/national-minimum", "2026-07-31")
    assert w.warning_banner.isVisible()
    assert any("guaranteed average minimum monthly income" in d and "reviewed through" in d
               for d in w.warning_banner.details)
    assert not any("be/national-minimum" in d for d in w.warning_banner.details)  # no id (trial s42)
