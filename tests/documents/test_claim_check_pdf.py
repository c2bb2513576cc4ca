"""The claim-check PDF: figures, causes, rate versions and verification code, in four languages.

Case worked by hand (rates/be/pc-302.yaml 2025-01-01, category II year 0 = 14.8839 €/h):
Monday 3 to Friday 7 March 2025, 08:00-18:00 = 50 h: 40 h normal = 595.356 -> 595.36 and 10 h
overtime +50 % = 223.2585 -> 223.26; due 818.62. The claim forgot the premium: 50 x 14.8839 =
744.195 -> 744.20, a difference of -74.42 (10 h x 14.8839 x 50 % = 74.4195).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.factories import case, worker
from wage_remedy.case.model import CaseFile
from wage_remedy.case.store import dump_case, parse_case_data
from wage_remedy.claims import check_claims
from wage_remedy.cli import main
from wage_remedy.documents import DocumentError
from wage_remedy.documents.claim_check import render_claim_check
from wage_remedy.law.catalogue import Catalogue


def _case() -> CaseFile:
    shifts = [{"date": f"2025-03-{3 + i:02d}", "start": "08:00", "end": "18:00", "break_minutes": 0}
              for i in range(5)]
    w = worker("w1", start="2025-01-01", sector="be/pc-302", category="II", shifts=shifts)
    w["name"] = "Łukasz Wróbel"
    data = case([w])
    data["claims"] = [{"worker": "w1", "by": "ACV-CSC", "date": "2025-06-30",
                       "periods": [{"period": "2025-03", "due": "744.20"}]}]
    return parse_case_data(data)


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_shows_figures_cause_rates_and_verification_code(catalogue: Catalogue) -> None:
    c = _case()
    report = check_claims(c, catalogue)
    pdf = render_claim_check(c, report, report.result, lang="en")
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    for figure in ("744.20", "818.62", "-74.42", "74.42", "14.8839"):
        assert figure in text, figure
    assert "Overtime premium not counted" in text
    assert "Łukasz Wróbel" in text and "ACV-CSC" in text
    assert report.result.verification_code in text
    # rate versions used, by their title (never the id be/pc-302)
    flat_text = " ".join(text.split())
    assert "JC 302 hotel industry (horeca): hourly minimum wages" in flat_text
    assert "legal interest rate in civil matters" in flat_text and "be/pc-302" not in flat_text
    assert render_claim_check(c, report, report.result, lang="en") == pdf  # deterministic


@pytest.mark.parametrize(("lang", "title", "cause", "amount"), [
    ("fr", "Vérification d'une réclamation", "Sursalaire pour heures supplémentaires", "-74,42"),
    ("nl", "Controle van een vordering", "Overurentoeslag niet meegeteld", "-74,42"),
    ("de", "Prüfung einer Forderung", "Überstundenzuschlag nicht berücksichtigt", "-74,42"),
])
def test_pdf_languages(catalogue: Catalogue, lang: str, title: str, cause: str, amount: str) -> None:
    c = _case()
    report = check_claims(c, catalogue)
    text = _text(render_claim_check(c, report, report.result, lang=lang))
    assert title in text
    assert cause in text
    assert amount in text
    assert report.result.verification_code in text


def test_unknown_language_is_refused(catalogue: Catalogue) -> None:
    c = _case()
    report = check_claims(c, catalogue)
    with pytest.raises(DocumentError):
        render_claim_check(c, report, report.result, lang="ro")


def test_cli_writes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.json"
    path.write_text(dump_case(_case()), encoding="utf-8")
    out = tmp_path / "check.pdf"
    assert main(["check", str(path), "--pdf", str(out), "--lang", "nl"]) == 0
    assert "-74.42" in capsys.readouterr().out
    assert "Controle van een vordering" in _text(out.read_bytes())
