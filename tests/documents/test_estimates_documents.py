"""Documents mark estimated amounts and print the basis, evidence, legal basis and rebuttal
(docs/estimates.md). Figures from tests/core/test_estimates.py, worked out by hand there:
a PC 302 worker found on 15 March 2026, 2013 presumption, Monday-Friday 09:00-16:36:
due 1244.29 + 2427.47 + 2311.87 + 1155.94 = 7139.57, all of it estimated.
"""

from __future__ import annotations

from typing import Any

from tests.core.test_estimates import be_presumption_case
from tests.documents.conftest import pdf_text
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.documents.issue import render_document
from wage_remedy.law.catalogue import Catalogue

ISSUED = "2026-03-16T10:00:00Z"


def _render(catalogue: Catalogue, data: dict[str, Any], kind: str, lang: str,
            worker: str | None = None) -> str:
    case = parse_case_data(data)
    result = compute(case, catalogue)
    pdf = render_document(kind, case, result, lang=lang, worker_lang=None, worker_id=worker,
                          number="TEST-1/X-001", issued_at=ISSUED)
    return pdf_text(pdf)


def test_statement_names_the_basis_the_evidence_and_the_rebuttal(catalogue: Catalogue) -> None:
    text = _render(catalogue, be_presumption_case(), "statement", "en")
    assert "Estimated amounts" in text
    assert "legal presumption of the Law of 11 February 2013" in text and "at least 3 months" in text
    assert "PV 123/2026: found at work on 15/03/2026" in text  # the evidence, as the inspector named it
    assert "the employer can rebut it" in text
    assert "Legal basis: Loi du 11 février 2013" in text
    assert "Of which estimated: due 7,139.57, unpaid 7,139.57" in text.replace("€", "").replace("  ", " ")
    assert "(estimated)" in text  # the lines
    assert "start unknown (presumed from 16/12/2025)" in text


def test_statement_in_french_and_dutch(catalogue: Catalogue) -> None:
    fr = _render(catalogue, be_presumption_case(), "statement", "fr")
    assert "Montants estimés" in fr and "peut la renverser" in fr and "loi du 11 février 2013" in fr
    assert "les paiements s'imputent d'abord sur le travail enregistré" in fr  # the assumption
    nl = _render(catalogue, be_presumption_case(), "statement", "nl")
    assert "Geschatte bedragen" in nl and "kan het weerleggen" in nl


def test_payment_order_and_fines_sheet_mark_the_estimate(catalogue: Catalogue) -> None:
    po = _render(catalogue, be_presumption_case(), "payment-order", "en", "w1")
    assert "Estimated amounts" in po and "the employer can rebut it" in po
    fines = _render(catalogue, be_presumption_case(), "fines", "en")
    assert "Estimated amounts" in fines and "Law of 11 February 2013" in fines


def test_payment_order_tells_the_worker_in_their_language(catalogue: Catalogue) -> None:
    case = parse_case_data(be_presumption_case())
    result = compute(case, catalogue)
    pdf = render_document("payment-order", case, result, lang="fr", worker_lang="ro", worker_id="w1",
                           number="TEST-1/X-002", issued_at=ISSUED)
    text = pdf_text(pdf)
    # payable now: the wages of December to February (March is not due before 15 March), all
    # estimated: 1244.29 + 2427.47 + 2311.87 = 5983.63 unpaid rests on the estimate
    assert "Din această sumă, 5.983,63 EUR este o estimare" in text  # ro_RO format
    assert "Angajatorul poate dovedi contrariul." in text
    assert "Sur ce montant, 5 983,63 € est une estimation, faute de relevés" in text
