"""The import preview words the importer's reasons in the interface language (issue 13): the
core gives codes with parameters, the app translates them; no English sentence is read. Every
code the importer uses has words in French, Dutch and German."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from tests.core.factories import case, worker  # noqa: E402
from wage_remedy.case.store import parse_case_data  # noqa: E402
from wage_remedy.errors import Problem, params_of  # noqa: E402
from wage_remedy.importing.reasons import CODES  # noqa: E402
from wage_remedy.law.catalogue import Catalogue  # noqa: E402
from wage_remedy_ui.dialogs.import_reasons import reason_words, words_for  # noqa: E402
from wage_remedy_ui.dialogs.import_wizard import ImportWizard  # noqa: E402
from wage_remedy_ui.i18n import I18N_DIR, install_language  # noqa: E402

#: Codes worded by another presenter: the case's own problems (problem_words), and a problem the
#: case check found (its own code inside).
DELEGATED = {"break-too-long", "equal-times", "start-24", "case-check", "worker-problem"}


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    """Switch the interface language for one test, English again after it."""
    yield install_language
    install_language("en")


def _case() -> Any:
    w1 = worker("w1", sector="be/pc-302", category="II",
                shifts=[{"date": "2025-03-10", "start": "08:00", "end": "12:00"}],
                hours=[{"from": "2025-04-01", "to": "2025-04-03", "hours": "21"}])
    return parse_case_data(case([w1, worker("w2", sector="be/pc-302", category="II")]))


def _preview(qtbot: Any, catalogue: Catalogue, path: Path) -> dict[int, str]:
    """The reason / notes column of the preview, by the row number it shows."""
    w = ImportWizard(_case(), catalogue)
    qtbot.addWidget(w)
    w.load_file(path)
    m = w.model
    return {int(m.data(m.index(i, 0))): str(m.data(m.index(i, 5))) for i in range(m.rowCount())}


def test_rejected_rows_in_the_french_preview(qtbot: Any, catalogue: Catalogue, tmp_path: Path,
                                             language: Any) -> None:
    language("fr")
    path = tmp_path / "prestations.csv"
    path.write_text("\n".join([
        "Werknemer;Datum;Begin;Einde;Pauze",
        "w1;03/03/2025;08:00;16:30;30",  # row 2: imported, nothing to say
        "w1;31/02/2025;08:00;16:30;30",
        "w1;04/03/2025;08:00;;30",
        "w1;05/03/2025;08:00;16:00;600",
        "w1;10/03/2025;08:00;12:00;0",  # row 6: the case's shift 1 again
        "w1;11/03/2025;08:00;12:00;0",
        "w1;11/03/2025;11:00;14:00;0",
        "x9;12/03/2025;08:00;12:00;0",
        "w1;13/03/2025;8.30;12:00;0",
        "w1;02/04/2025;08:00;12:00;0",  # row 11: in the case's hours block of 1-3 April
        "w1;14/03/2025;22:00;06:00;0",
        "Totaal;;;;",
        "w1;03/01/2023;08:00;12:00;0",
    ]) + "\n", encoding="utf-8")
    shown = _preview(qtbot, catalogue, path)
    assert shown == {
        2: "",
        3: "colonne « Datum » : « 31/02/2025 » n'est pas une date : février 2025 n'a pas de jour 31",
        4: "heure de fin manquante",
        5: "la pause (600 min) n'est pas plus courte que la prestation 08:00–16:00 (480 min)",
        6: "doublon de la prestation 1 déjà au dossier (10/03/2025, 08:00–12:00)",
        7: "chevauche la ligne 8 (11/03/2025, 11:00–14:00)",
        8: "chevauche la ligne 7 (11/03/2025, 08:00–12:00)",
        9: "travailleur inconnu « x9 » ; le dossier contient w1 (Worker w1), w2 (Worker w2)",
        10: "colonne « Begin » : « 8.30 » est ambigu : 8:30 ou 8,30 heures ? Écrivez 8:30, ou "
            "choisissez comment lire les heures comme 8.30",
        11: "prestation et heures le même jour : le 02/04/2025 fait partie du bloc d'heures 1 déjà au "
            "dossier (du 01/04/2025 au 03/04/2025)",
        12: "se termine le lendemain",
        13: "une ligne de totaux",
        14: "antérieur au début de l'occupation (01/01/2024)",
    }


def test_payment_and_employment_rows_in_dutch_and_german(qtbot: Any, catalogue: Catalogue,
                                                         tmp_path: Path, language: Any) -> None:
    pay = tmp_path / "betalingen.csv"
    pay.write_text("\n".join([
        "Werknemer;Datum;Bedrag;Periode;Betaalwijze",
        "w1;31/03/2025;50,00;2025-W10;contant",  # row 2: a week, the case pays by the month
        "w1;30/03/2025;-5;2025-03;contant",
        "w1;30/03/2025;60,00;2025-03;cheque",
    ]) + "\n", encoding="utf-8")
    language("nl")
    assert _preview(qtbot, catalogue, pay) == {
        2: "week 10, 2025 is geen maand; in dit dossier wordt per maand betaald",
        3: "kolom ‘Bedrag’: ‘-5’ is negatief; een betaling is een bedrag van 0 of meer",
        4: "kolom ‘Betaalwijze’: ‘cheque’ is geen betaalwijze; vermeld contant (cash, espèces), "
           "overschrijving (bank, virement) of andere (other)",
    }
    facts = tmp_path / "personeel.csv"
    facts.write_text("\n".join([
        "Werknemer;Statuut;Einde contract;Reden einde",
        "w1;arbeider;;",
        "w1;bediende;;",
        "w2;;01/01/2020;ontslagen",
    ]) + "\n", encoding="utf-8")
    language("de")
    assert _preview(qtbot, catalogue, facts) == {
        2: "der Status ist in dieser Zeile Arbeiter, aber in Zeile 3 Angestellter",
        3: "der Status ist in dieser Zeile Angestellter, aber in Zeile 2 Arbeiter",
        4: "Worker w2: das Vertragsende am 01.01.2020 liegt vor dem Beschäftigungsbeginn am 01.01.2024",
    }


def test_a_file_refused_as_a_whole_in_french_and_german(qtbot: Any, catalogue: Catalogue,
                                                       tmp_path: Path, language: Any) -> None:
    language("fr")
    path = tmp_path / "notes.csv"
    path.write_text("Foo;Bar\n1;2\n", encoding="utf-8")
    w = ImportWizard(_case(), catalogue)
    qtbot.addWidget(w)
    w.load_file(path)
    assert w.plan is None
    assert w.error_label.text() == (
        "aucune ligne d'en-tête trouvée dans les premières lignes : noms de colonnes attendus tels que "
        "Date, Début, Fin, Pause, Heures, Montant, Nom (Datum, Begin, Einde, Pauze, Uren, Bedrag, Naam ; "
        "Date, Start, End, Break, Hours, Amount, Worker), ou indiquez ci-dessus ce que contiennent les "
        "colonnes")
    language("de")
    path.write_text("Datum;Begin;Einde\n03/03/2025;08:00;12:00\n", encoding="utf-8")
    w.load_file(path)
    assert w.error_label.text() == ("die Datei hat keine Spalte mit dem Arbeitnehmer; wählen Sie den "
                                    "Arbeitnehmer, den die Zeilen betreffen (der Fall enthält w1 (Worker w1), "
                                    "w2 (Worker w2))")


def test_a_case_check_problem_in_french(language: Any) -> None:
    language("fr")
    known = Problem("", "30 hours over 1 day(s) is more than 24 h a day", "case-check",
                    params_of(problem="hours-over-day", hours=30, days=1))
    assert reason_words(known) == "30 h sur 1 jour(s), c'est plus de 24 h par jour"
    # a problem the case check gives without a code: its English text, dates as the app shows them
    plain = Problem("", "be/pc-302 has no rates for 2001-03-03", "case-check", params_of(problem="invalid"))
    assert reason_words(plain) == "be/pc-302 has no rates for 03/03/2001"


_DATES = {"date", "from", "to", "end", "start", "item_date", "item_from", "item_to"}
_VALUES = {"kind": "shift", "fact": "status", "case_value": "blue_collar", "file_value": "white_collar",
           "other_value": "white_collar", "fields": "status", "year": "2025", "month": "2", "day": "31"}


def _example(code: str) -> Problem:
    """A problem of ``code`` with a value for each parameter ``CODES`` lists for it (a reference:
    another row; a case check: a problem the case's own words know)."""
    listed = CODES[code].replace("[its parameters]", "").replace("reference", "row")
    values: dict[str, object] = {}
    for name in re.findall(r"[a-z_0-9]+", listed):
        values[name] = _VALUES.get(name, "2025-03-03" if name in _DATES else "7")
    if "problem" in values:
        values.update(problem="hours-over-day", hours=30, days=1)
    return Problem("", f"the English text of {code}", code, params_of(values))


def test_every_reason_code_has_words_in_french_dutch_and_german(language: Any) -> None:
    language("en")
    english = {code: reason_words(_example(code)) for code in CODES}
    assert set(CODES) - set(words_for()) - DELEGATED == set()  # every code is worded here or delegated
    for lang in ("fr", "nl", "de"):
        language(lang)
        same = [code for code in CODES if reason_words(_example(code)) == english[code]]
        assert same == [], lang  # a code with no words shows the core's English: none does
        assert not [c for c in CODES if reason_words(_example(c)).startswith("the English text")]


def test_the_catalogues_translate_every_import_reason() -> None:
    for lang in ("fr", "nl", "de"):
        root = ET.parse(I18N_DIR / f"wage_remedy_{lang}.ts").getroot()
        ctx = [c for c in root.iter("context") if c.findtext("name") == "ImportReasons"]
        assert len(ctx) == 1
        messages = ctx[0].findall("message")
        assert len(messages) > 100
        for m in messages:
            tr = m.find("translation")
            assert tr is not None and tr.get("type") is None and (tr.text or "").strip(), (lang, m.findtext("source"))
            assert set(re.findall(r"\{\d\}", m.findtext("source") or "")) == set(re.findall(r"\{\d\}", tr.text or ""))
