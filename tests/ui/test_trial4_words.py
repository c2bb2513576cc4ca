"""Words of the Dutch and German trial (trial 4): one name for each paper in the app and on the
PDF, one Dutch word for a shift, the claims page named in words, the issue date as the app's
dates, the save-first note only before the case has a file, workers by name in the import
wizard, why an overtime line is overtime, and only the case's own presumptions offered."""

from __future__ import annotations

import datetime as dt
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from ui_helpers import wait_result

from tests.core.factories import case, worker
from wage_remedy.api import plan_import
from wage_remedy.case.store import parse_case_data
from wage_remedy.documents.i18n import TEXTS
from wage_remedy.law.catalogue import Catalogue
from wage_remedy_ui.dialogs.import_wizard import ImportWizard
from wage_remedy_ui.i18n import fmt_timestamp, install_language
from wage_remedy_ui.labels import document_kind_label

I18N = Path(__file__).resolve().parents[2] / "ui" / "wage_remedy_ui" / "i18n"


@pytest.fixture
def lang(qapp: Any) -> Any:
    """Install an interface language for one test; English again afterwards."""
    yield install_language
    install_language("en")


def _case_file(tmp_path: Path, shifts: list[dict[str, Any]] | None = None, jurisdiction: str = "BE",
               name: str = "case.json") -> Path:
    """Ana, PC 302 category II (or a Dutch minimum-wage worker), unpaid."""
    w: dict[str, Any] = {"id": "w1", "name": "Ana Peeters", "birth_date": "1990-01-01", "language": "fr",
                         "employment": {"start": "2025-01-01", "sector": "be/pc-302", "category": "II",
                                        "function_years": 0},
                         "shifts": shifts or [{"date": "2025-02-03", "start": "08:00", "end": "16:30",
                                               "break_minutes": 30}]}
    if jurisdiction == "NL":
        w["employment"] = {"start": "2025-01-01"}
    data = {"format": "wage-remedy-case", "version": 1, "reference": "TSW-4", "jurisdiction": jurisdiction,
            "as_of": "2025-03-05", "employer": {"name": "Test BV"},
            "inspection": {"date": "2025-03-05", "place": "Gent", "inspector": "X"}, "workers": [w]}
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# ---------------------------------------------------------------- 1. one name per paper
@pytest.mark.parametrize(("code", "order", "receipt", "statement", "fines_sheet"), [
    ("nl", "Betalingsopdracht", "Ontvangstbewijs contante betaling", "Berekeningsstaat",
     "Overzicht boetes en vergoeding"),
    ("de", "Zahlungsanordnung", "Quittung über Barzahlung", "Berechnungsaufstellung",
     "Übersicht Geldbußen und Entschädigung"),
    ("fr", "Ordre de paiement", "Reçu de paiement en espèces", "Décompte de calcul",
     "Fiche amendes et indemnisation"),
])
def test_the_app_names_each_paper_as_the_paper_does(lang: Any, code: str, order: str, receipt: str,
                                                    statement: str, fines_sheet: str) -> None:
    lang(code)
    assert document_kind_label("payment-order") == order == TEXTS["title.payment-order"][code]
    assert document_kind_label("receipt") == receipt == TEXTS["title.receipt"][code]
    assert document_kind_label("statement") == statement == TEXTS["title.statement"][code]
    assert document_kind_label("fines") == fines_sheet
    # the sheet as the payment order's legal note calls it
    assert fines_sheet.lower() in TEXTS["legal.art162_ref"][code].lower()


@pytest.mark.parametrize(("code", "page"), [
    ("nl", "Boetes en vergoeding"), ("de", "Geldbußen und Entschädigung"), ("fr", "Amendes et indemnisation"),
])
def test_the_fines_page_has_the_title_of_the_fines_paper(lang: Any, code: str, page: str) -> None:
    lang(code)
    assert QCoreApplication.translate("SanctionsPanel", "Fines and compensation") == page
    assert QCoreApplication.translate("MainWindow", "Fines and compensation") == page
    assert TEXTS["title.fines"][code] == page


def test_estimates_and_unpaid_are_worded_as_on_the_papers(lang: Any) -> None:
    lang("nl")  # geschat / schatting, as the papers' "Geschatte bedragen"
    assert QCoreApplication.translate("Labels", "{0} (estimated)").format("maart 2025") == "maart 2025 (geschat)"
    assert QCoreApplication.translate("WorkerEditor", "&Estimates") == "&Schattingen"
    assert QCoreApplication.translate("EstimateEditor", "New estimate") == "Nieuwe schatting"
    assert TEXTS["est.heading"]["nl"] == "Geschatte bedragen" and TEXTS["est.mark"]["nl"] == "geschat"
    lang("de")  # Unbezahlt in the app and in the papers' tables
    assert QCoreApplication.translate("ResultPanel", "Unpaid") == "Unbezahlt" == TEXTS["col.unpaid"]["de"]


# ---------------------------------------------------------------- 2. one Dutch word for a shift
def test_dutch_says_dienst_for_a_shift_never_prestatie(lang: Any) -> None:
    lang("nl")
    assert QCoreApplication.translate("Problems", "shift {0}").format(2) == "dienst 2"
    root = ET.parse(I18N / "wage_remedy_nl.ts").getroot()
    said = [m.findtext("translation") or "" for m in root.iter("message")]
    assert not [t for t in said if "prestatie" in t.lower() or "raming" in t.lower()]
    papers = [v["nl"] for v in TEXTS.values() if "nl" in v]
    assert not [t for t in papers if "prestatie" in t.lower() or " shift" in t.lower()]


# ---------------------------------------------------------------- 3. the fourth page in words
@pytest.mark.parametrize(("code", "pages"), [
    ("nl", ["Dossier en resultaten", "Boetes en vergoeding", "Documenten", "Eisen en simulatie"]),
    ("de", ["Fall und Ergebnisse", "Geldbußen und Entschädigung", "Dokumente", "Forderungen und Simulation"]),
    ("fr", ["Dossier et résultats", "Amendes et indemnisation", "Documents", "Réclamations et simulation"]),
])
def test_the_pages_are_named_in_words(qtbot: Any, make_window: Any, tmp_path: Path, code: str,
                                      pages: list[str]) -> None:
    w = make_window(_case_file(tmp_path))
    w.set_language(code)
    shown = [w.sections.item(i).text() for i in range(w.sections.count())]
    assert shown == pages
    w.set_language("en")


# ---------------------------------------------------------------- 4. the issue date
@pytest.mark.parametrize(("code", "shown"), [
    ("nl", "01/12/2026 06:51"), ("de", "01.12.2026 06:51"), ("fr", "01/12/2026 06:51"),
    ("en", "01/12/2026 06:51"),
])
def test_issue_time_uses_the_apps_date_with_four_digit_year(lang: Any, code: str, shown: str) -> None:
    lang(code)
    assert fmt_timestamp("2026-12-01T06:51:07") == shown


def test_issued_list_shows_the_issue_date_as_the_app_does(qtbot: Any, make_window: Any,
                                                           tmp_path: Path) -> None:
    w = make_window(_case_file(tmp_path))
    w.set_language("de")
    record = {"number": "TSW-4/PO-001", "kind": "payment-order", "language": "de", "worker": "w1",
              "issued_at": "2026-12-01T06:52:00", "as_of": "2025-03-05", "digest": "x",
              "verification": "y", "amounts": {}, "file": "PO-001.pdf"}
    panel = w.documents_panel
    w.doc.set_documents([record])
    panel._fill_issued()
    row = [panel.issued_table.item(0, c).text() for c in range(panel.issued_table.columnCount())]
    assert row[1] == "Zahlungsanordnung" and row[2] == "Ana Peeters"
    assert row[6] == "01.12.2026 06:52"
    w.set_language("en")


# ---------------------------------------------------------------- 5. the save-first note
@pytest.mark.parametrize(("code", "note"), [
    ("nl", "eerst wordt gevraagd waar het dossier moet worden opgeslagen"),
    ("de", "zuerst werden Sie gefragt, wo die Akte gespeichert wird"),
    ("fr", "on vous demande d'abord où enregistrer le dossier"),
])
def test_save_first_note_only_before_the_case_has_a_file(qtbot: Any, make_window: Any, tmp_path: Path,
                                                         code: str, note: str) -> None:
    fresh = make_window()
    fresh.new_case()  # a new case, never saved: the note says where the papers will go
    fresh.set_language(code)
    assert note in fresh.documents_panel.out_label.text()
    fresh.set_language("en")

    w = make_window(_case_file(tmp_path))
    w.set_language(code)
    label = w.documents_panel.out_label
    assert note not in label.text()
    assert label.text().replace("\u200b", "") == str(tmp_path / "case-documents")
    w.doc.save(tmp_path / "renamed.json")  # saved under another name: the folder follows at once
    assert label.text().replace("\u200b", "") == str(tmp_path / "renamed-documents")
    assert os.sep + "\u200b" in label.text()
    w.set_language("en")


# ---------------------------------------------------------------- 6. workers by name in the import
def test_import_wizard_shows_workers_by_name(qtbot: Any, rates: Catalogue, tmp_path: Path, lang: Any) -> None:
    lang("nl")
    c = parse_case_data(case([worker("w1"), worker("w2")]))  # "Worker w1", "Worker w2"
    path = tmp_path / "uren.csv"
    path.write_text("Werknemer;Datum;Begin;Einde;Pauze\nw1;03/03/2025;08:00;16:30;30\n"
                    "w2;04/03/2025;09:00;13:00;0\n", encoding="utf-8")
    wiz = ImportWizard(c, rates)
    qtbot.addWidget(wiz)
    combo = [wiz.worker_combo.itemText(i) for i in range(wiz.worker_combo.count())]
    assert combo[1:] == ["Worker w1", "Worker w2"]
    # the preview of the file (planned here, not on a worker thread: no progress dialog)
    wiz.model.set_plan(plan_import(c, path, catalogue=rates))
    names = [wiz.model.data(wiz.model.index(r, 2)) for r in range(wiz.model.rowCount())]
    assert names == ["Worker w1", "Worker w2"]


# ---------------------------------------------------------------- 8. why overtime
# Week of Mon 3 to Sun 9 February 2025: five days of 8 h (40 h) and Sunday 09:00-13:00, so the
# week's last 4 h (Sunday) are beyond the weekly limit; Mon 10 February 08:00-18:00, 10 h without
# a break, is 1 h beyond the daily limit. Sunday overtime +100 %, weekday overtime +50 %.
_WEEK = ([{"date": f"2025-02-0{d}", "start": "08:00", "end": "16:30", "break_minutes": 30} for d in range(3, 8)]
         + [{"date": "2025-02-09", "start": "09:00", "end": "13:00", "break_minutes": 0},
            {"date": "2025-02-10", "start": "08:00", "end": "18:00", "break_minutes": 0}])


@pytest.mark.parametrize(("code", "sunday", "weekday"), [
    ("nl", "+100 %: overuren op een zondag of een feestdag (overuren zijn de minuten boven de daggrens of "
           "de weekgrens, te beginnen met de laatste minuten van de week).",
     "+50 %: overuren op een werkdag (overuren zijn de minuten boven de daggrens of de weekgrens, te "
     "beginnen met de laatste minuten van de week)."),
    ("de", "+100 %: Überstunden an einem Sonntag oder Feiertag (Überstunden sind die Minuten über der "
           "Tages- oder der Wochengrenze, beginnend mit den letzten Minuten der Woche).",
     "+50 %: Überstunden an einem Werktag (Überstunden sind die Minuten über der Tages- oder der "
     "Wochengrenze, beginnend mit den letzten Minuten der Woche)."),
    ("fr", "+100 % : heures supplémentaires un dimanche ou un jour férié (les heures supplémentaires sont "
           "les minutes au-delà de la limite journalière ou hebdomadaire, en commençant par les dernières "
           "minutes de la semaine).",
     "+50 % : heures supplémentaires un jour ouvrable (les heures supplémentaires sont les minutes "
     "au-delà de la limite journalière ou hebdomadaire, en commençant par les dernières minutes de la "
     "semaine)."),
    ("en", "+100 %: overtime on a Sunday or a public holiday (overtime is the minutes beyond the daily "
           "or the weekly limit, the last minutes of the week first).",
     "+50 %: overtime on a working day (overtime is the minutes beyond the daily or the weekly limit, "
     "the last minutes of the week first)."),
])
def test_an_overtime_line_says_why(qtbot: Any, make_window: Any, tmp_path: Path, code: str, sunday: str,
                                   weekday: str) -> None:
    w = make_window(_case_file(tmp_path, _WEEK))
    w.set_language(code)
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    qtbot.wait(50)
    panel = w.worker_editor.result
    lines = panel.worker.periods[0].lines
    assert [(ln.kind, ln.minutes, ln.first_day) for ln in lines[:3]] == [
        ("normal", 49 * 60, dt.date(2025, 2, 3)), ("overtime", 240, dt.date(2025, 2, 9)),
        ("overtime", 60, dt.date(2025, 2, 10))]
    panel.select_line(0, 1)
    assert sunday in panel.explanation.toPlainText()
    panel.select_line(0, 2)
    assert weekday in panel.explanation.toPlainText()
    panel.select_line(0, 0)  # a normal line: no overtime sentence
    assert weekday[weekday.index("("):] not in panel.explanation.toPlainText()
    w.set_language("en")


# ---------------------------------------------------------------- 9. the case's own presumptions
@pytest.mark.parametrize(("jurisdiction", "months", "code", "placeholder"), [
    ("BE", [3], "nl", "dd/mm/jjjj"), ("BE", [3], "de", "TT.MM.JJJJ"), ("NL", [6], "nl", "dd/mm/jjjj"),
])
def test_estimate_editor_offers_only_the_cases_presumptions(qtbot: Any, make_window: Any, tmp_path: Path,
                                                            jurisdiction: str, months: list[int], code: str,
                                                            placeholder: str) -> None:
    w = make_window(_case_file(tmp_path, jurisdiction=jurisdiction))
    w.set_language(code)
    w.show_page("worker", "w1")
    ed = w.worker_editor.estimates
    assert list(ed.month_buttons) == months
    assert ed.from_edit.placeholderText() == placeholder == ed.to_edit.placeholderText()
    w.set_language("en")
