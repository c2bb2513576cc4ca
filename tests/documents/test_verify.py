"""``verify``: a PDF matches its case, or the report says what differs."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from tests.documents.conftest import write_case
from wage_remedy.documents.issue import issue_document
from wage_remedy.documents.verify import verify_pdf
from wage_remedy.law.catalogue import Catalogue


def test_verify_accepts_the_original(case_file: Path, tmp_path: Path, catalogue: Catalogue) -> None:
    pdf, record = issue_document(case_file, "payment-order", tmp_path, catalogue=catalogue,
                                 worker_id="w1")
    ok, report = verify_pdf(case_file, pdf, catalogue=catalogue)
    assert ok, report
    assert "MATCHES" in report and record.number in report


def test_verify_rejects_after_a_shift_was_changed(case_file: Path, tmp_path: Path,
                                                  catalogue: Catalogue) -> None:
    pdf, _ = issue_document(case_file, "statement", tmp_path, catalogue=catalogue, lang="en")
    data = json.loads(case_file.read_text(encoding="utf-8"))
    data["workers"][0]["shifts"][0]["end"] = "16:00"  # 3 March: 7 h instead of 8
    write_case(case_file, data)
    ok, report = verify_pdf(case_file, pdf, catalogue=catalogue)
    assert not ok
    assert "DOES NOT MATCH" in report
    assert "case inputs" in report and "changed" in report
    # 159 h x 12.8252 = 2039.2068 -> 2039.21 due; unpaid 1039.21
    assert "w1 2025-03 due was 2052.03, now 2039.21" in report
    assert "w1 2025-03 unpaid was 1052.03, now 1039.21" in report
    assert "w2 2025-03" not in report  # what did not change is not listed


def test_verify_rejects_a_rewritten_file(case_file: Path, tmp_path: Path,
                                         catalogue: Catalogue) -> None:
    pdf, _ = issue_document(case_file, "receipt", tmp_path, catalogue=catalogue, worker_id="w3")
    reader = PdfReader(str(pdf))
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata({"/Producer": "someone else"})
    buf = io.BytesIO()
    writer.write(buf)
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(buf.getvalue())
    ok, report = verify_pdf(case_file, forged, catalogue=catalogue)
    assert not ok
    assert "altered after issue" in report


def test_verify_refuses_foreign_pdfs_and_other_cases(case_file: Path, tmp_path: Path,
                                                     catalogue: Catalogue) -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    blank = tmp_path / "blank.pdf"
    with blank.open("wb") as fh:
        writer.write(fh)
    ok, report = verify_pdf(case_file, blank, catalogue=catalogue)
    assert not ok and "no wage-remedy document record" in report

    pdf, _ = issue_document(case_file, "fines", tmp_path, catalogue=catalogue)
    data = json.loads(case_file.read_text(encoding="utf-8"))
    data["reference"] = "OTHER-1"
    other = write_case(tmp_path / "other.json", data)
    ok, report = verify_pdf(other, pdf, catalogue=catalogue)
    assert not ok and "belongs to case TEST-2025-0007" in report


def test_verify_needs_the_document_in_the_case_record(case_file: Path, tmp_path: Path,
                                                      catalogue: Catalogue) -> None:
    pdf, _ = issue_document(case_file, "fines", tmp_path, catalogue=catalogue)
    data = json.loads(case_file.read_text(encoding="utf-8"))
    data["documents"] = []
    write_case(case_file, data)
    ok, report = verify_pdf(case_file, pdf, catalogue=catalogue)
    assert not ok and "is recorded in the case file" in report
