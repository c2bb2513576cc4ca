"""Issue 18 in the app: two writers on one case (two windows, the app and the command line), the
recovery file never deleted unasked, an autosave before an import, hostile files refused with a
dialog. Real windows and widgets (pytest-qt)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import type_into

from tests.documents.conftest import base_case, write_case
from wage_remedy.case.store import load_case
from wage_remedy.documents.issue import issue_all


def _answer_conflict(monkeypatch: pytest.MonkeyPatch, label: str, seen: list[str]) -> None:
    """The save-conflict box answers with the button labelled ``label`` (and records its texts)."""
    def fake_exec(box: QMessageBox) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}")
        buttons = {b.text(): b for b in box.buttons()}
        if label == "Cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            buttons[label].click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return write_case(tmp_path / "case.json", base_case())


def test_two_windows_second_save_is_refused_then_chosen(qtbot: Any, make_window: Any, dialogs: Any,
                                                        case_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_window(case_path)
    b = make_window(case_path)
    type_into(a.case_page.fields["inspection.place"], "Brugge")
    assert a.save()
    type_into(b.case_page.fields["employer.name"], "Other BV")
    seen: list[str] = []
    _answer_conflict(monkeypatch, "Cancel", seen)
    assert not b.save()  # window B's save would drop window A's edit: refused, not silent
    assert load_case(case_path).inspection.place == "Brugge"
    assert "changed by another program or window" in seen[0]
    assert "inspection.place" in seen[0] and "Brugge" in seen[0]  # what changed on disk
    assert b.doc.dirty  # B's edit is kept
    _answer_conflict(monkeypatch, "Save mine over it", seen)
    assert b.save()
    assert load_case(case_path).employer.name == "Other BV"


def test_reload_from_disk_takes_the_other_windows_edit(qtbot: Any, make_window: Any, dialogs: Any,
                                                       case_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_window(case_path)
    b = make_window(case_path)
    type_into(a.case_page.fields["inspection.place"], "Brugge")
    assert a.save()
    type_into(b.case_page.fields["employer.name"], "Other BV")
    _answer_conflict(monkeypatch, "Reload from disk", [])
    assert b.save()
    assert b.doc.data["inspection"]["place"] == "Brugge" and not b.doc.dirty


def test_app_save_keeps_documents_issued_by_the_cli(qtbot: Any, make_window: Any, dialogs: Any,
                                                    case_path: Path, tmp_path: Path, rates: Any) -> None:
    w = make_window(case_path)
    type_into(w.case_page.fields["inspection.place"], "Brugge")  # an unsaved edit in the app
    issued = issue_all(case_path, tmp_path / "out", catalogue=rates, kinds=["statement"])
    assert len(load_case(case_path).documents) == 1
    assert w.save()  # only documents were added on disk: merged, no question
    saved = load_case(case_path)
    assert saved.inspection.place == "Brugge"
    assert [d.file for d in saved.documents] == [issued[0].name]  # the record survived
    assert not dialogs.calls


def test_periodic_check_takes_in_documents_and_reloads_a_clean_case(qtbot: Any, make_window: Any,
                                                                    dialogs: Any, case_path: Path,
                                                                    tmp_path: Path, rates: Any) -> None:
    w = make_window(case_path)
    issue_all(case_path, tmp_path / "out", catalogue=rates, kinds=["statement"])
    assert w.check_disk() == "documents"
    assert len(w.doc.data["documents"]) == 1 and not w.doc.dirty
    data = json.loads(case_path.read_text(encoding="utf-8"))
    data["inspection"]["place"] = "Oostende"  # another program edits the case
    case_path.write_text(json.dumps(data), encoding="utf-8")
    assert w.check_disk() == "changed"
    assert w.doc.data["inspection"]["place"] == "Oostende"  # no unsaved edits: reloaded


def test_recovery_older_than_the_case_file_is_offered_with_what_changed(
        qtbot: Any, make_window: Any, dialogs: Any, case_path: Path, tmp_path: Path, rates: Any) -> None:
    w = make_window(case_path)
    type_into(w.case_page.fields["inspection.place"], "Brugge")
    qtbot.waitUntil(w.autosaver.file(case_path).exists, timeout=5000)
    w.hide()  # the app dies here
    time.sleep(0.05)
    issue_all(case_path, tmp_path / "out", catalogue=rates, kinds=["statement"])  # the CLI writes
    future = time.time() + 5
    os.utime(case_path, (future, future))  # clearly after the recovery file
    dialogs.questions.append(QMessageBox.StandardButton.Yes)
    w2 = make_window(offer_recovery=True)
    question = dialogs.texts("question")[0]
    assert "Recover unsaved work?" in question and "saved after these edits" in question
    assert "inspection.place" in question and "documents" in question
    assert w2.doc.data["inspection"]["place"] == "Brugge"
    assert w2.save()
    saved = load_case(case_path)
    assert saved.inspection.place == "Brugge" and len(saved.documents) == 1  # both kept


def test_recovery_refused_is_the_only_way_it_goes(qtbot: Any, make_window: Any, dialogs: Any,
                                                  case_path: Path) -> None:
    w = make_window(case_path)
    type_into(w.case_page.fields["inspection.place"], "Brugge")
    qtbot.waitUntil(w.autosaver.file(case_path).exists, timeout=5000)
    w.hide()
    future = time.time() + 5
    os.utime(case_path, (future, future))
    dialogs.questions.append(QMessageBox.StandardButton.No)
    make_window(offer_recovery=True)
    assert len(dialogs.texts("question")) == 1  # offered, then discarded because the user said no


def test_autosave_before_an_import(qtbot: Any, make_window: Any, dialogs: Any, case_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    w = make_window(case_path)
    type_into(w.case_page.fields["inspection.place"], "Brugge")
    w._autosave_timer.stop()
    w.autosaver.remove(case_path)
    seen: list[bool] = []

    class Wizard:
        def __init__(self, *_a: Any) -> None:
            recovery = w.autosaver.file(case_path)
            seen.append(recovery.exists() and "Brugge" in recovery.read_text(encoding="utf-8"))

        def exec(self) -> bool:
            return False

    import wage_remedy_ui.dialogs.import_wizard as wiz
    monkeypatch.setattr(wiz, "ImportWizard", Wizard)
    w.import_file()
    assert seen == [True]


def test_hostile_case_files_open_with_a_dialog(qtbot: Any, make_window: Any, dialogs: Any,
                                               tmp_path: Path) -> None:
    w = make_window()
    data = base_case()
    deep = tmp_path / "deep.json"
    deep.write_text(json.dumps(data)[:-1] + ', "x": ' + "[" * 1000 + "]" * 1000 + "}", encoding="utf-8")
    big = tmp_path / "bigint.json"
    big.write_text(json.dumps(data).replace('"version": 1', '"version": ' + "9" * 5000), encoding="utf-8")
    for path in (deep, big):
        assert not w.open_case(path)
    warnings = dialogs.texts("warning")
    assert len(warnings) == 2 and all("cannot be opened" in t for t in warnings)
    assert "nested more than 24 levels" in warnings[0] and "5,000 digits" in warnings[1]


def test_save_pdf_as_never_replaces_a_case_file(qtbot: Any, make_window: Any, dialogs: Any,
                                                case_path: Path, tmp_path: Path, rates: Any) -> None:
    w = make_window(case_path)
    (pdf,) = issue_all(case_path, tmp_path / "out", catalogue=rates, kinds=["statement"])
    before = case_path.read_bytes()
    w.documents_panel.current_pdf = pdf
    dialogs.save_paths.append(str(case_path))  # the user picks the case file by mistake
    w.documents_panel.save_current()
    assert case_path.read_bytes() == before
    assert any("is a case file; it is never overwritten" in t for t in dialogs.texts("warning"))
    copy = tmp_path / "copy.pdf"
    dialogs.save_paths.append(str(copy))
    w.documents_panel.save_current()
    assert copy.read_bytes() == pdf.read_bytes()


def test_save_while_another_program_writes(qtbot: Any, make_window: Any, dialogs: Any,
                                           case_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    import wage_remedy_ui.document
    monkeypatch.setattr(wage_remedy_ui.document, "SAVE_LOCK_WAIT", 0.3)
    w = make_window(case_path)
    type_into(w.case_page.fields["inspection.place"], "Brugge")
    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; sys.path.insert(0, sys.argv[1]);"
         "from wage_remedy.case.filesafety import case_lock\n"
         "with case_lock(sys.argv[2]):\n print('held', flush=True); time.sleep(30)",
         str(root), str(case_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not w.save()
        assert any("Another wage-remedy program is writing" in t for t in dialogs.texts("warning"))
        assert w.doc.dirty and load_case(case_path).inspection.place == "Gent"
    finally:
        holder.kill()
        holder.wait()
    assert w.save() and load_case(case_path).inspection.place == "Brugge"
