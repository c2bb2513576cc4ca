"""Issue 18: two writers never lose anything silently, nothing is overwritten, kill -9 during a
save or an issue leaves a consistent case, and hostile case files are refused cleanly (exit 2,
a located, short message)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.core.factories import case, worker
from tests.documents.conftest import base_case, write_case
from wage_remedy.case.filesafety import (
    CaseChangedError,
    CaseLockedError,
    case_lock,
    read_case,
)
from wage_remedy.case.store import load_case, parse_case, save_case
from wage_remedy.cli import main

ROOT = Path(__file__).resolve().parents[2]
REF = "TEST-2025-0007"


def _cli(*args: str, wait: bool = True) -> Any:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "wage_remedy", *args]
    if not wait:
        return subprocess.Popen(cmd, env=env, cwd=str(ROOT), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, env=env, cwd=str(ROOT), capture_output=True, text=True, timeout=300)


def _bad(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    p = tmp_path / "bad.json"
    p.write_text(text, encoding="utf-8")
    assert main(["compute", str(p)]) == 2
    err = capsys.readouterr().err
    assert "internal error" not in err and len(err) < 1500, err[:3000]
    return err


def _case_text(**changes: Any) -> str:
    data = case([worker("w1")])
    data.update(changes)
    return json.dumps(data, indent=2)


# ------------------------------------------------------------------------------ hostile case files
def test_json_nested_1000_levels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_case_text())
    text = json.dumps(data)[:-1] + ', "x": ' + "[" * 1000 + "]" * 1000 + "}"
    assert "nested more than 24 levels" in _bad(tmp_path, text, capsys)
    text = json.dumps(data)[:-1] + ', "x": ' + "[" * 100 + "]" * 100 + "}"  # under the decoder's limit
    assert "x[0][0]" in _bad(tmp_path, text, capsys)


def test_integer_literal_over_4300_digits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _case_text().replace('"version": 1', '"version": ' + "9" * 5000)
    err = _bad(tmp_path, text, capsys)
    assert "an integer of 5,000 digits" in err and "(line 3)" in err


def test_nan_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _case_text().replace('"version": 1', '"version": NaN')
    assert "NaN is not a JSON number" in _bad(tmp_path, text, capsys)


def test_duplicate_key_with_its_line_and_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _case_text().replace('"place": "Gent",', '"place": "Gent",\n    "place": "Brugge",')
    err = _bad(tmp_path, text, capsys)
    lines = text.splitlines()
    first = next(i for i, ln in enumerate(lines, 1) if '"place": "Gent"' in ln)
    assert f"inspection.place: line {first + 1}: the key 'place' appears twice" in err
    assert f"(first at line {first})" in err


def test_duplicate_worker_id_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps(case([worker("w1"), worker("w2"), worker("w1")]))
    assert "workers[2].id: worker id 'w1' is used twice (also by workers[0])" in _bad(tmp_path, text, capsys)


def test_sub_cent_payment_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 100.005 cannot be paid: the printed columns would stop adding up (100.00 + 100.00 = 200.01).
    w = worker("w1", payments=[{"date": "2025-03-31", "amount": "100.005"}])
    err = _bad(tmp_path, json.dumps(case([w])), capsys)
    assert "workers[0].payments[0].amount: '100.005' is not a whole number of cents" in err
    w = worker("w1", payments=[{"date": "2025-03-31", "amount": "100.50"}])
    assert parse_case(json.dumps(case([w]))).workers[0].payments[0].amount == 100.5


def test_long_texts_refused_before_anything_is_recorded(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_case_text())
    data["workers"][0]["address"] = "x" * 6000
    err = _bad(tmp_path, json.dumps(data), capsys)
    assert "workers[0].address: String should have at most 200 characters" in err
    data = json.loads(_case_text(reference="R" * 41))
    assert "reference: String should have at most 40 characters" in _bad(tmp_path, json.dumps(data), capsys)
    data = json.loads(_case_text())
    data["workers"][0]["name"] = "N" * 50_000_000  # 50 MB: refused in seconds, value not echoed
    t0 = time.monotonic()
    _bad(tmp_path, json.dumps(data), capsys)
    assert time.monotonic() - t0 < 20


def test_dates_only_as_yyyy_mm_dd(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Python's fromisoformat also reads 20250630 and 2025-W26-1; the case format does not.
    for text in ("20250630", "2025-W26-1", "2025-06-30T00:00"):
        assert "as_of: " in _bad(tmp_path, _case_text(as_of=text), capsys)
    assert main(["compute", "x.json", "--as-of", "20250630"]) == 2


def test_long_value_cut_in_the_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_case_text())
    data["workers"][0]["payments"] = [{"date": "2025-03-31", "amount": "1" * 100_000}]
    err = _bad(tmp_path, json.dumps(data), capsys)
    assert "workers[0].payments[0].amount" in err and len(err) < 600


def test_every_document_prints_the_longest_allowed_texts(tmp_path: Path, catalogue: Any) -> None:
    # The limits are what a document can print: at every limit, every document is written.
    from wage_remedy.case import model
    from wage_remedy.documents.issue import issue_all
    data = base_case()
    data["reference"] = "R" * model.MAX_REFERENCE
    data["employer"]["name"] = "Ω" * model.MAX_NAME
    data["employer"]["address"] = ("Rue " + "W" * 20 + " ") * (model.MAX_ADDRESS // 25)
    data["inspection"]["place"] = "P" * model.MAX_LINE
    data["inspection"]["inspector"] = "I" * model.MAX_LINE
    for w in data["workers"]:
        w["name"] = ("Wróbel-" + "M" * 30 + " ") * (model.MAX_NAME // 38)
        w["address"] = "A" * model.MAX_ADDRESS
    cf = write_case(tmp_path / "case.json", data)
    out = tmp_path / "out"
    written = issue_all(cf, out, catalogue=catalogue)
    # 3 workers owed -> payment order and receipt each, plus the statement and the fines sheet.
    assert len(written) == 3 * 2 + 2 and all(p.is_file() for p in written)
    assert len(load_case(cf).documents) == 8


# ------------------------------------------------------------------------------ two writers
def test_save_refused_when_the_file_changed_on_disk(tmp_path: Path) -> None:
    p = tmp_path / "case.json"
    p.write_text(_case_text(), encoding="utf-8")
    mine, digest = read_case(p)
    theirs, _ = read_case(p)
    save_case(theirs.model_copy(update={"reference": "THEIRS"}), p)
    with pytest.raises(CaseChangedError, match="changed on disk since it was read"):
        save_case(mine.model_copy(update={"reference": "MINE"}), p, expect=digest)
    assert load_case(p).reference == "THEIRS"  # not overwritten
    with pytest.raises(CaseChangedError, match="removed or renamed"):
        p.unlink()
        save_case(mine, p, expect=digest)


def test_lock_is_waited_for_then_refused(tmp_path: Path) -> None:
    p = tmp_path / "case.json"
    p.write_text(_case_text(), encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; sys.path.insert(0, sys.argv[1]);"
         "from wage_remedy.case.filesafety import case_lock\n"
         "with case_lock(sys.argv[2]):\n print('held', flush=True); time.sleep(30)",
         str(ROOT), str(p)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        t0 = time.monotonic()
        with pytest.raises(CaseLockedError, match="another wage-remedy program is writing"):
            with case_lock(p, timeout=0.5):
                pass
        assert 0.4 < time.monotonic() - t0 < 5
    finally:
        holder.kill()  # kill -9: the OS releases the lock
        holder.wait()
    with case_lock(p, timeout=5):
        pass
    assert not (tmp_path / ".case.json.lock").exists()


def test_two_imports_at_once_keep_both(tmp_path: Path) -> None:
    cf = write_case(tmp_path / "case.json", base_case())
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("date;start;end\n" + "".join(f"2025-04-0{d};09:00;17:00\n" for d in (1, 2, 3, 4)))
    b.write_text("date;start;end\n" + "".join(f"2025-04-{d:02d};09:00;17:00\n" for d in (7, 8, 9, 10)))
    procs = [_cli("import", str(cf), str(src), "--worker", "w2", wait=False) for src in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    shifts = [s.date.isoformat() for s in load_case(cf).worker("w2").shifts]
    # w2 had 10 shifts (3-14 March); each file adds 4 April days: 10 + 4 + 4 = 18.
    assert len(shifts) == 18
    assert {"2025-04-01", "2025-04-04", "2025-04-07", "2025-04-10"} <= set(shifts)


def test_two_documents_runs_at_once_number_every_document_once(tmp_path: Path, catalogue: Any) -> None:
    from wage_remedy.documents.verify import verify_pdf
    cf = write_case(tmp_path / "case.json", base_case())
    out = tmp_path / "out"
    procs = [_cli("documents", str(cf), "--out", str(out), "--lang", lang, "--kind", "payment-order",
                  wait=False) for lang in ("fr", "nl")]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    docs = load_case(cf).documents
    # The three workers are owed (conftest): a payment order each, in each language: 3 x 2.
    numbers = [d.number for d in docs]
    assert len(numbers) == 6 and len(set(numbers)) == 6
    assert sorted(numbers) == [f"{REF}/PO-00{i}" for i in range(1, 7)]
    for d in docs:
        assert d.file is not None
        ok, report = verify_pdf(cf, out / d.file, catalogue=catalogue)
        assert ok, report


# ------------------------------------------------------------------------------ nothing overwritten
def test_check_pdf_never_overwrites_a_case_or_an_issued_document(tmp_path: Path, catalogue: Any,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from wage_remedy.documents.issue import issue_all
    cf = write_case(tmp_path / "case.json", base_case())
    (po, *_rest) = issue_all(cf, tmp_path / "out", catalogue=catalogue, kinds=["payment-order"])
    case_bytes, po_bytes = cf.read_bytes(), po.read_bytes()
    for target in (cf, po):
        for extra in ([], ["--overwrite"]):
            assert main(["check", str(cf), "--pdf", str(target), *extra]) == 2
            assert "is never overwritten" in capsys.readouterr().err
    assert cf.read_bytes() == case_bytes and po.read_bytes() == po_bytes
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.4 someone else's file")
    assert main(["check", str(cf), "--pdf", str(other)]) == 2
    assert "already exists" in capsys.readouterr().err and other.read_bytes().endswith(b"file")
    assert main(["check", str(cf), "--pdf", str(other), "--overwrite"]) == 0
    assert other.read_bytes().startswith(b"%PDF") and len(other.read_bytes()) > 1000


def test_compute_export_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cf = write_case(tmp_path / "case.json", base_case())
    sheet = tmp_path / "calc.xlsx"
    sheet.write_bytes(b"theirs")
    assert main(["compute", str(cf), "--export", str(sheet)]) == 2
    assert "already exists" in capsys.readouterr().err and sheet.read_bytes() == b"theirs"
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "notes.csv").write_text("theirs")
    assert main(["compute", str(cf), "--export", str(folder)]) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["notes.csv"]  # nothing written at all
    assert main(["compute", str(cf), "--export", str(tmp_path / "case.csv"), "--overwrite"]) == 0
    assert main(["compute", str(cf), "--export", str(cf.with_suffix(".xlsx"))]) == 0
    capsys.readouterr()
    copy = tmp_path / "case-copy.xlsx"
    copy.write_bytes(cf.read_bytes())  # a case file under another name
    assert main(["compute", str(cf), "--export", str(copy), "--overwrite"]) == 2
    assert "is a case file; it is never overwritten" in capsys.readouterr().err


# ------------------------------------------------------------------------------ kill -9
_SAVER = """
import sys, json
sys.path.insert(0, sys.argv[1])
from wage_remedy.case.store import load_case, save_case
c = load_case(sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    n += 1
    save_case(c.model_copy(update={"reference": "A" if n % 2 else "B" * 30}), sys.argv[2])
"""


def test_kill_9_during_saves_leaves_old_or_new_and_temp_files_cleaned(tmp_path: Path) -> None:
    cf = tmp_path / "case.json"
    cf.write_text(_case_text(reference="START"), encoding="utf-8")
    rng = random.Random(18)
    for _ in range(12):
        p = subprocess.Popen([sys.executable, "-c", _SAVER, str(ROOT), str(cf)],
                             stdout=subprocess.PIPE, text=True)
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        p.send_signal(signal.SIGKILL)
        p.wait()
        assert load_case(cf).reference in ("START", "A", "B" * 30)  # never a broken case
    # An interrupted save's temporary file (personal data) is removed by the next run.
    stale = tmp_path / ".case.json.k9ab_x1z.tmp"
    stale.write_text("{half a case")
    load_case(cf)
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


def test_kill_9_during_documents_records_only_written_pdfs(tmp_path: Path) -> None:
    cf = write_case(tmp_path / "case.json", base_case())
    out = tmp_path / "out"
    rng = random.Random(9)
    for _ in range(4):
        p = _cli("documents", str(cf), "--out", str(out), wait=False)
        time.sleep(rng.uniform(1.0, 4.0))
        p.send_signal(signal.SIGKILL)
        p.communicate()
        c = load_case(cf)  # the case is whole
        for d in c.documents:  # nothing recorded that was not written
            assert d.file is not None and (out / d.file).is_file()
    r = _cli("documents", str(cf), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert not list(out.glob(".*.tmp")) and not list(tmp_path.glob(".*.tmp"))
    numbers = [d.number for d in load_case(cf).documents]
    assert len(numbers) == len(set(numbers))
    kinds = sorted({n.rsplit("/", 1)[1][:2] for n in numbers})
    assert kinds == ["FS", "PO", "RC", "ST"]


def test_stale_export_temp_files_removed_by_the_next_export(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    cf = write_case(tmp_path / "case.json", base_case())
    stale = tmp_path / ".calc.xlsx.ab12cd34.tmp"  # a killed export's half-written workbook
    stale.write_bytes(b"PK half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".calc.xlsx.zz99yy88.tmp"  # another export writing right now: kept
    fresh.write_bytes(b"PK")
    assert main(["compute", str(cf), "--export", str(tmp_path / "calc.xlsx")]) == 0
    capsys.readouterr()
    assert not stale.exists() and fresh.exists()
