"""What the printed documents say: amounts, names, legal references, languages, QR codes, layout.

Figures are worked out by hand in ``conftest.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.documents.conftest import (
    IBAN_W1,
    base_case,
    decode_qr,
    flat,
    pdf_pages,
    pdf_text,
    render_png,
    shifts,
    words_bbox,
)
from wage_remedy.case.store import CaseError, parse_case_data
from wage_remedy.compute import compute
from wage_remedy.documents import DocumentError
from wage_remedy.documents.issue import render_document
from wage_remedy.documents.payment import structured_communication_ok
from wage_remedy.law.catalogue import Catalogue

ISSUED = "2025-06-30T14:05:00Z"


def render(catalogue: Catalogue, data: dict[str, Any], kind: str, worker: str | None = None,
           lang: str = "fr", worker_lang: str | None = None, number: str = "TEST-2025-0007/X-001"
           ) -> bytes:
    case = parse_case_data(data)
    result = compute(case, catalogue)
    return render_document(kind, case, result, lang=lang, worker_lang=worker_lang, worker_id=worker,
                           number=number, issued_at=ISSUED)


def test_payment_order_amounts_deadline_and_legal_basis(catalogue: Catalogue) -> None:
    pdf = render(catalogue, base_case(), "payment-order", "w1")
    text = pdf_text(pdf)
    assert "Ordre de paiement" in text
    assert "Łukasz Wróbel" in text
    # owed now 1052.03 unpaid + 11.28 interest = 1063.31 (fr_BE: space grouping, comma decimals)
    for figure in ("2 052,03", "1 000,00", "1 052,03", "11,28", "1 063,31 €"):
        assert figure in text, figure
    assert "14 juillet 2025" in text  # regularisation deadline
    assert "Loi du 12 avril 1965" in text and "art. 9" in text and "art. 10" in text
    assert "Code pénal social, art. 21" in text
    assert "art. 162" in text
    assert "BE71 0961 2345 6769" in text
    comm = re.search(r"\+\+\+\d{3}/\d{4}/\d{5}\+\+\+", text)
    assert comm and structured_communication_ok(comm.group(0))
    # signature blocks for the inspector and the employer
    assert "L'inspecteur" in text and "L'employeur (nom et qualité)" in text
    assert "TEST-2025-0007/X-001" in text and "page 1 / " in text


def test_payment_order_worker_part_in_the_workers_language(catalogue: Catalogue) -> None:
    text = pdf_text(render(catalogue, base_case(), "payment-order", "w1", lang="en"))
    assert "Payment order" in text and "Nakaz zapłaty wynagrodzenia" in text
    assert "€1,063.31" in text  # English
    assert "1 063,31 €" in text  # Polish part: pl_PL grouping and decimal comma
    assert "Dla pracownika" in text and "Termin zapłaty: 14 lipca 2025" in text


def test_worker_without_iban_pays_cash_only(catalogue: Catalogue) -> None:
    text = pdf_text(render(catalogue, base_case(), "payment-order", "w2", lang="en"))
    assert "Ștefan Dumitrescu" in text
    assert "payment in cash only" in text
    assert "+++" not in text
    assert "1,037.03" in text  # 1026.02 + 11.01


def test_receipt_in_both_languages_with_three_signatures(catalogue: Catalogue) -> None:
    text = pdf_text(render(catalogue, base_case(), "receipt", "w3", lang="nl"))
    assert "Ontvangstbewijs contante betaling" in text
    assert "Розписка про отримання готівки" in text
    assert "Иван Петров" in text
    assert "13,15" in text  # 13.01 + 0.14
    for label in ("De werknemer / Працівник", "De werkgever / Роботодавець",
                  "De inspecteur (getuige) / Інспектор (свідок)"):
        assert label in text, label


def test_statement_lists_every_line_with_its_rate_version(catalogue: Catalogue) -> None:
    text = pdf_text(render(catalogue, base_case(), "statement", lang="en"))
    assert "Calculation statement" in text
    for name in ("Łukasz Wróbel", "Ștefan Dumitrescu", "Иван Петров"):
        assert name in text, name
    # lines: 160 h, 80 h and 40 h at 12.8252 from the national minimum of 1 February 2025
    for hours, amount in (("160", "2,052.03"), ("80", "1,026.02"), ("40", "513.01")):
        assert re.search(rf"{hours} 12\.8252 0 {re.escape(amount)}", text), (hours, amount)
    # rate versions by their title and date, never by their id (trial finding 4)
    assert "guaranteed average minimum monthly income (CCT/CAO n° 43), version of 1 February 2025" in text
    assert "version of 1 January 2025" in text
    assert not re.search(r"(?<![\w./-])(be|nl)/[a-z]", text)  # no rate id (a web address may hold "be/")
    assert "national minimum" in text and "verified" in text
    # interest detail: 87 days at 4.5 % from 5 April to 30 June
    assert "05/04/2025 – 30/06/2025 87 4.5" in text
    # case totals: due 3591.06, paid 1500.00, unpaid 2091.06, interest 22.43, owed 2113.49
    assert "Case total 3,591.06 1,500.00 2,091.06 22.43 2,113.49" in text
    assert "Assumptions" in text and "Amounts are gross." in text
    assert "https://" in text  # the sources are listed


def test_fines_sheet(catalogue: Catalogue) -> None:
    text = pdf_text(render(catalogue, base_case(), "fines", lang="en"))
    assert "Fines and compensation" in text
    assert "Social Penal Code art. 162" in text
    assert "Social Penal Code, art. 21" in text
    # level 3: administrative 100-1000, criminal 200-2000, x 8 surcharge, x 3 workers
    assert "€800.00 to €8,000.00" in text
    assert "€2,400.00 to €24,000.00" in text and "€4,800.00 to €48,000.00" in text
    assert "1,063.31" in text and "1,037.03" in text and "13.15" in text


def test_unverified_rates_are_flagged_on_the_documents_that_use_them(catalogue: Catalogue) -> None:
    data = base_case()
    w = data["workers"][0]
    w["employment"] = {"start": "2024-01-01", "sector": "be/pc-302", "category": "II"}
    w["shifts"] = shifts([dt.date(2025, 3, 2)], "10:00", "16:00")  # a Sunday: flat premium line
    w["payments"] = []
    case = parse_case_data(data)
    result = compute(case, catalogue)
    statuses = {(ln.rate_table, ln.status) for p in result.worker("w1").periods for ln in p.lines}
    flagged = {s for _t, s in statuses if s in ("derived", "unverified")}
    if not flagged:
        pytest.skip("the bundled PC 302 rates for 2025 are all verified now")
    for kind in ("payment-order", "receipt", "statement"):
        text = pdf_text(render_document(kind, case, result, lang="en", worker_id="w1",
                                        number="N/1", issued_at=ISSUED))
        assert "Rates not verified against an official publication" in text, kind
        assert "JC 302 hotel industry (horeca): hourly minimum wages, version of 1 January 2025" in text
        assert "be/pc-302" not in text
    # a worker whose figures use only verified rates gets no flag
    text = pdf_text(render_document("payment-order", case, result, lang="en", worker_id="w2",
                                    number="N/2", issued_at=ISSUED))
    assert "Rates not verified" not in text


def test_fonts_are_embedded(catalogue: Catalogue) -> None:
    pdf = render(catalogue, base_case(), "statement")
    reader = PdfReader(io.BytesIO(pdf))
    embedded = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if desc is not None and "/FontFile2" in desc.get_object():
                embedded.add(str(font["/BaseFont"]))
    assert any("DejaVuSans" in f for f in embedded), embedded
    assert pdf.count(b"/FontFile2") >= 2


def test_same_inputs_give_identical_bytes(catalogue: Catalogue) -> None:
    a = render(catalogue, base_case(), "payment-order", "w1")
    b = render(catalogue, base_case(), "payment-order", "w1")
    assert a == b
    c = render(catalogue, base_case(), "payment-order", "w1", number="TEST-2025-0007/X-002")
    assert c != a


def test_creation_date_is_the_issue_time_and_metadata_is_embedded(catalogue: Catalogue) -> None:
    pdf = render(catalogue, base_case(), "receipt", "w1")
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert str(info["/CreationDate"]).startswith("D:20250630140500")
    import json
    meta = json.loads(str(info["/WageRemedy"]))
    assert meta["number"] == "TEST-2025-0007/X-001" and meta["kind"] == "receipt"
    assert meta["worker"] == "w1" and meta["worker_lang"] == "pl" and meta["as_of"] == "2025-06-30"
    assert meta["amounts"] == {"w1 unpaid": "1052.03", "w1 interest": "11.28", "w1 total": "1063.31"}
    assert meta["detail"]["w1 2025-03 due"] == "2052.03"


def test_bad_requests_are_refused(catalogue: Catalogue) -> None:
    with pytest.raises(DocumentError, match="worker 'w9' is not in case"):
        render(catalogue, base_case(), "receipt", "w9")
    with pytest.raises(DocumentError, match="unknown document kind"):
        render(catalogue, base_case(), "invoice")
    with pytest.raises(DocumentError, match="not an official document language"):
        render(catalogue, base_case(), "statement", lang="pl")
    with pytest.raises(DocumentError, match="give the worker id"):
        render(catalogue, base_case(), "payment-order", None)


def test_invalid_iban_is_refused_with_its_path(catalogue: Catalogue) -> None:
    data = base_case()
    data["workers"][0]["iban"] = "BE72096123456769"
    with pytest.raises(CaseError) as err:
        render(catalogue, data, "payment-order", "w1")
    (problem,) = err.value.problems
    assert problem.path == "workers[0].iban"
    assert "BE72096123456769" in problem.message and "check digits" in problem.message


# ------------------------------------------------------------------------------------ images
def test_epc_and_verification_qr_codes_decode(catalogue: Catalogue, tmp_path: Path) -> None:
    case = parse_case_data(base_case())
    result = compute(case, catalogue)
    pdf = tmp_path / "po.pdf"
    pdf.write_bytes(render_document("payment-order", case, result, lang="fr", worker_id="w1",
                                    number="TEST-2025-0007/PO-001", issued_at=ISSUED))
    codes = decode_qr(render_png(pdf, tmp_path / "po"))
    texts = [c.decode("utf-8") for c in codes]
    epc = [t for t in texts if t.startswith("BCD\n")]
    assert len(epc) == 1, texts
    lines = epc[0].split("\n")
    assert lines[:4] == ["BCD", "002", "1", "SCT"]
    assert lines[5] == "Łukasz Wróbel"
    assert lines[6] == IBAN_W1
    assert lines[7] == "EUR1063.31"
    assert structured_communication_ok(lines[10])
    assert lines[10] in flat(pdf_text(pdf.read_bytes()))  # the printed communication is the same
    verif = [t for t in texts if t.startswith("wage-remedy|")]
    assert verif == [f"wage-remedy|TEST-2025-0007/PO-001|{result.verification_code}"]


def _long_case() -> dict[str, Any]:
    data = base_case()
    data["workers"] = data["workers"][:1]
    w = data["workers"][0]
    w["name"] = ("Maria-Magdalena Alexandrina Ștefănescu-Constantinescu-Dumitrescu "
                 "Wróblewska-Kowalczyk de la Fuente y Hernández")
    w["address"] = ("Appartement 12B, Résidence Les Jardins de la Vallée, Boulevard du "
                    "Souverain-Pontife-Léon-XIII 1234, 1170 Watermael-Boitsfort, Belgique")
    data["employer"]["name"] = ("Société Coopérative Intercommunale de Restauration Collective et "
                                "d'Hôtellerie Wallonne et Bruxelloise (SCIRCHWB) SRL")
    data["employer"]["address"] = ("Chaussée de Louvain 1234, Bâtiment C, 3e étage, "
                                   "1030 Schaerbeek (Bruxelles-Capitale)")
    return data


def test_long_names_and_addresses_wrap_inside_the_page(catalogue: Catalogue, tmp_path: Path) -> None:
    right_edge = 595.28 - 15 * 72 / 25.4  # A4 width minus the right margin
    for kind in ("payment-order", "receipt", "statement"):
        pdf = tmp_path / f"{kind}.pdf"
        pdf.write_bytes(render(catalogue, _long_case(), kind, "w1"))
        words = words_bbox(pdf)
        assert words
        beyond = [(w, x1) for w, _x0, x1, _p in words if x1 > right_edge + 1]
        assert not beyond, (kind, beyond[:5])
        text = pdf_text(pdf.read_bytes())
        for part in ("Ștefănescu-Constantinescu-Dumitrescu", "Watermael-Boitsfort", "(SCIRCHWB)"):
            assert part in text, (kind, part)


def test_fifty_period_statement_repeats_the_table_header(catalogue: Catalogue) -> None:
    data = base_case()
    data["workers"] = data["workers"][:1]
    data["settings"]["pay_period"] = "week"
    data["as_of"] = "2025-12-31"
    w = data["workers"][0]
    mondays = [dt.date(2025, 1, 6) + dt.timedelta(weeks=i) for i in range(50)]
    w["shifts"] = shifts(mondays)
    w["payments"] = []
    pdf = render(catalogue, data, "statement", lang="en")
    pages = pdf_pages(pdf)
    assert len(pages) >= 3
    periods_head = "Period From – to Due date Hours Due Paid Unpaid Interest"
    lines_head = "Period Kind Hours Rate/h Prem. % Amount Binding rate Table @ version Status Src."
    assert pages[0].count(periods_head) == 1
    # the 50 weekly periods do not fit on page 1: page 2 starts with the repeated header
    assert pages[1].startswith(periods_head), pages[1][:200]
    rows = sum(len(re.findall(r"2025-W\d\d \d\d/\d\d/2025 – ", p)) for p in pages)
    assert rows == 50
    # every page that holds calculation lines has the lines header on top of them
    for i, page in enumerate(pages):
        if re.search(r"2025-W\d\d Normal time", page):
            assert lines_head in page, i
    # 8 h each Monday: in January at 2070.48 x 3 / 13 / 38 = 12.5738 -> 100.59 a week (4 weeks),
    # from February at 12.8252 -> 102.60 a week (46 weeks): 402.36 + 4719.60 = 5121.96 for 400 h
    assert any("Total 400 5,121.96" in p for p in pages)


def test_art21_wording_on_the_statement_payment_order_and_fines_sheet(catalogue: Catalogue) -> None:
    # remedy-research §6: no rule says paying within the deadline bars a report or reduces the
    # fine; the documents say only that the inspector MAY decide not to draw up a report.
    for kind, worker in (("statement", None), ("payment-order", "w1"), ("fines", None)):
        text = pdf_text(render(catalogue, base_case(), kind, worker, lang="en"))
        assert "may decide not to draw up a report" in text, kind
        assert "take into account" not in text and "takes into account" not in text, kind
    text = pdf_text(render(catalogue, base_case(), "statement", lang="en"))
    assert "If paid by 14 July 2025, the inspector may decide not to draw up a report" in text
