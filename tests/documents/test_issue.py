"""Issuing: numbers, the record in the case, reprints, never overwriting, refusing bad IBANs, CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.documents.conftest import pdf_text, write_case
from wage_remedy.case.store import CaseError, load_case
from wage_remedy.cli import main
from wage_remedy.documents import DocumentError
from wage_remedy.documents.issue import issue_all, issue_document
from wage_remedy.law.catalogue import Catalogue

RATES = str(Path(__file__).resolve().parents[2] / "rates")
REF = "TEST-2025-0007"


def test_issue_all_writes_and_records_every_document(case_file: Path, tmp_path: Path,
                                                     catalogue: Catalogue) -> None:
    out = tmp_path / "out"
    paths = issue_all(case_file, out, catalogue=catalogue)
    names = [p.name for p in paths]
    assert names == [f"{REF}_PO-001.pdf", f"{REF}_RC-001.pdf", f"{REF}_PO-002.pdf",
                     f"{REF}_RC-002.pdf", f"{REF}_PO-003.pdf", f"{REF}_RC-003.pdf",
                     f"{REF}_ST-001.pdf", f"{REF}_FS-001.pdf"]
    assert all(p.is_file() and p.read_bytes().startswith(b"%PDF") for p in paths)
    case = load_case(case_file)
    records = {r.number: r for r in case.documents}
    assert set(records) == {f"{REF}/{n}" for n in ("PO-001", "RC-001", "PO-002", "RC-002", "PO-003",
                                                     "RC-003", "ST-001", "FS-001")}
    po1 = records[f"{REF}/PO-001"]
    assert (po1.kind, po1.worker, po1.language, po1.worker_language) == ("payment-order", "w1", "fr", "pl")
    assert po1.as_of == dt.date(2025, 6, 30) and po1.file == f"{REF}_PO-001.pdf"
    assert po1.amounts == {"w1 unpaid": "1052.03", "w1 interest": "11.28", "w1 total": "1063.31"}
    assert records[f"{REF}/ST-001"].amounts["case total"] == "2113.49"
    assert records[f"{REF}/PO-003"].worker == "w3"
    assert "1 063,31" in pdf_text(paths[0].read_bytes()).replace("\u202f", " ")


def test_reprint_is_identical_and_takes_no_new_number(case_file: Path, tmp_path: Path,
                                                      catalogue: Catalogue) -> None:
    first = issue_all(case_file, tmp_path / "a", catalogue=catalogue, kinds=["payment-order", "statement"])
    recorded = load_case(case_file).documents
    again = issue_all(case_file, tmp_path / "b", catalogue=catalogue, kinds=["payment-order", "statement"])
    assert [p.name for p in again] == [p.name for p in first]
    for a, b in zip(first, again, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert load_case(case_file).documents == recorded
    # reprinting into the same folder leaves the files as they are
    assert issue_all(case_file, tmp_path / "a", catalogue=catalogue,
                     kinds=["payment-order", "statement"]) == first


def test_changed_case_gets_new_numbers_and_old_files_stay(case_file: Path, tmp_path: Path,
                                                          catalogue: Catalogue) -> None:
    out = tmp_path / "out"
    (st1,) = issue_all(case_file, out, catalogue=catalogue, kinds=["statement"])
    before = st1.read_bytes()
    data = json.loads(case_file.read_text(encoding="utf-8"))
    data["workers"][1]["payments"] = [{"date": "2025-04-30", "amount": "100.00", "for": "2025-03"}]
    write_case(case_file, data)
    (st2,) = issue_all(case_file, out, catalogue=catalogue, kinds=["statement"])
    assert st2.name == f"{REF}_ST-002.pdf"
    assert st1.read_bytes() == before
    assert [r.number for r in load_case(case_file).documents] == [f"{REF}/ST-001", f"{REF}/ST-002"]


def test_other_languages_and_as_of_are_new_documents(case_file: Path, tmp_path: Path,
                                                     catalogue: Catalogue) -> None:
    p1, r1 = issue_document(case_file, "receipt", tmp_path, catalogue=catalogue, worker_id="w2")
    p2, r2 = issue_document(case_file, "receipt", tmp_path, catalogue=catalogue, worker_id="w2",
                            lang="de")
    p3, r3 = issue_document(case_file, "receipt", tmp_path, catalogue=catalogue, worker_id="w2",
                            lang="de", as_of=dt.date(2025, 7, 31))
    assert [r1.number, r2.number, r3.number] == [f"{REF}/RC-001", f"{REF}/RC-002", f"{REF}/RC-003"]
    assert (r1.language, r1.worker_language) == ("fr", "ro")
    assert "Quittung über Barzahlung" in pdf_text(p2.read_bytes())
    # a month more of interest: 1026.02 x 4.5 % x 118 / 365 = 14.9262 -> 14.93; owed 1040.95
    assert r3.amounts["w2 total"] == "1040.95"
    p4, r4 = issue_document(case_file, "receipt", tmp_path, catalogue=catalogue, worker_id="w2",
                            lang="de")
    assert r4 == r2 and p4.read_bytes() == p2.read_bytes()


def test_an_existing_different_file_is_never_overwritten(case_file: Path, tmp_path: Path,
                                                         catalogue: Catalogue) -> None:
    # A file already holding the next number (a PDF of an interrupted run, or of another copy
    # of the case) is never overwritten, and its number is not given to another document: the
    # statement becomes ST-002 (issue 18: no number issued twice).
    out = tmp_path / "out"
    out.mkdir()
    squatter = out / f"{REF}_ST-001.pdf"
    squatter.write_bytes(b"not this document")
    issue_all(case_file, out, catalogue=catalogue, kinds=["statement"])
    assert squatter.read_bytes() == b"not this document"
    recorded = json.loads(case_file.read_text(encoding="utf-8"))["documents"]
    assert [d["number"] for d in recorded] == [f"{REF}/ST-002"]
    assert (out / f"{REF}_ST-002.pdf").is_file()


def test_a_reprint_over_a_different_file_is_refused(case_file: Path, tmp_path: Path,
                                                    catalogue: Catalogue) -> None:
    out = tmp_path / "out"
    (path,) = issue_all(case_file, out, catalogue=catalogue, kinds=["statement"])
    path.write_bytes(b"altered")  # the recorded document's file replaced by something else
    case_before = case_file.read_bytes()
    with pytest.raises(DocumentError, match="already exists with different content"):
        issue_all(case_file, out, catalogue=catalogue, kinds=["statement"])
    assert path.read_bytes() == b"altered"
    assert case_file.read_bytes() == case_before  # nothing recorded


def test_invalid_iban_refused_before_anything_is_written(case_file: Path, tmp_path: Path,
                                                         catalogue: Catalogue) -> None:
    data = json.loads(case_file.read_text(encoding="utf-8"))
    data["workers"][2]["iban"] = "NL91ABNA0417164301"  # last digit mistyped
    write_case(case_file, data)
    case_before = case_file.read_bytes()
    out = tmp_path / "out"
    with pytest.raises(CaseError) as err:
        issue_all(case_file, out, catalogue=catalogue)
    (problem,) = err.value.problems
    assert problem.path == "workers[2].iban"
    assert "NL91ABNA0417164301" in problem.message and "Иван Петров" in problem.message
    assert not out.exists() or not any(out.iterdir())
    assert case_file.read_bytes() == case_before
    with pytest.raises(CaseError):
        issue_document(case_file, "payment-order", out, catalogue=catalogue, worker_id="w3")
    assert not out.exists() or not any(out.iterdir())


def test_cli_documents_and_verify(case_file: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["documents", str(case_file), "--out", str(out), "--lang", "en", "--kind", "fines",
                 "--rates", RATES]) == 0
    pdf = out / f"{REF}_FS-001.pdf"
    assert capsys.readouterr().out.strip() == str(pdf)
    assert main(["verify", str(case_file), str(pdf), "--rates", RATES]) == 0
    assert "MATCHES" in capsys.readouterr().out
    data = json.loads(case_file.read_text(encoding="utf-8"))
    data["workers"][0]["iban"] = "BE00 0961 2345 6769"
    write_case(case_file, data)
    assert main(["documents", str(case_file), "--out", str(out), "--rates", RATES]) == 2
    err = capsys.readouterr().err
    assert "workers[0].iban" in err and "not a valid IBAN" in err
    assert main(["documents", str(case_file), "--out", str(out), "--lang", "en", "--kind", "fines",
                 "--worker-lang", "xx", "--rates", RATES]) == 2
    assert "worker language 'xx' is not supported" in capsys.readouterr().err


def test_dutch_case_defaults_to_dutch_and_pays_with_the_document_number(
        case_data: dict, tmp_path: Path, catalogue: Catalogue) -> None:
    case_data["jurisdiction"] = "NL"
    case_data["reference"] = "NLA-2025-1"
    case_data["workers"][0]["iban"] = "NL91ABNA0417164300"
    case_file = write_case(tmp_path / "nl.json", case_data)
    pdf, record = issue_document(case_file, "payment-order", tmp_path / "out", catalogue=catalogue,
                                 worker_id="w1")
    assert record.language == "nl" and record.number == "NLA-2025-1/PO-001"
    text = pdf_text(pdf.read_bytes()).replace("\u202f", " ")
    assert "Betalingsopdracht" in text and "Betalingskenmerk NLA-2025-1/PO-001" in text
    assert "+++" not in text
    # WML 2025 for an adult: 14.06 an hour x 160 h = 2249.60 due, 1000.00 paid: 1249.60 unpaid,
    # no interest (the statutory rates from 2025 are not in the data); plus the holiday allowance
    # due 30 June 2025 (the as-of date): 8 % x 2249.60 = 179.968 -> 179.97 (docs/heads.md):
    # 1249.60 + 179.97 = 1429.57
    assert "€ 1.429,57" in text
    assert "Wet minimumloon en minimumvakantiebijslag (WML), art. 7" in text
