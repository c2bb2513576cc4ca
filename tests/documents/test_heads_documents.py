"""Documents read the heads of claim (docs/heads.md): the payment order carries only what the
employer owes and is due at the as-of date; the statement prints every head by debtor."""

from __future__ import annotations

import calendar
import json
from pathlib import Path
from typing import Any

from tests.core.factories import case, worker
from tests.documents.conftest import pdf_text
from wage_remedy.documents.issue import issue_document
from wage_remedy.law.catalogue import Catalogue


def _blocks(months: list[str], hours: str) -> list[dict[str, Any]]:
    out = []
    for m in months:
        y, mo = (int(x) for x in m.split("-"))
        out.append({"from": f"{m}-01", "to": f"{m}-{calendar.monthrange(y, mo)[1]:02d}", "hours": hours})
    return out


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    p = tmp_path / "case.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_payment_order_lists_only_employer_heads_due(tmp_path: Path, catalogue: Catalogue) -> None:
    # Blue-collar, agreed 20.00/h x 50 h = 1,000.00 in March 2025, nothing paid, as of 31 May
    # 2025. Heads: wages 1,000.00 (due 4 April 2025, employer) and holiday pay through the fund
    # 1,000.00 x 1.08 x 15.38 % = 166.10 (due 30 June 2026, fund). Interest on the wages at the
    # 2025 civil rate 4.50 % from 5 April to 31 May 2025 (57 days): 1000 x 4.5 % x 57 / 365
    # = 7.027... -> 7.03. The order carries 1,000.00 + 7.03 = 1,007.03; the fund's 166.10 is named
    # on one line apart (never in the amount nor in the QR code).
    w = worker("w1", hours=_blocks(["2025-03"], "50"))
    w["employment"].update(agreed_hourly_rate="20.00", status="blue_collar")
    path = _write(tmp_path, case([w], as_of="2025-05-31"))
    pdf, _rec = issue_document(path, "payment-order", tmp_path / "out", catalogue=catalogue,
                               lang="en", worker_lang="en", worker_id="w1")
    text = pdf_text(pdf.read_bytes())
    assert "1,007.03" in text
    flat = " ".join(text.split())
    assert "Owed by a fund once the wages are declared, not in this amount: Holiday pay" in flat
    assert flat.count("166.10") == 1  # only on that line: not in the table, the amount or the total
    pdf2, rec = issue_document(path, "payment-order", tmp_path / "out", catalogue=catalogue,
                               lang="en", worker_lang="en", worker_id="w1")
    assert rec.amounts["w1 total"] == "1007.03" and "w1 payable" not in rec.amounts
    # the statement shows the fund's head apart, with the fund's name and its wording
    st, _rec = issue_document(path, "statement", tmp_path / "out", catalogue=catalogue, lang="en")
    text = pdf_text(st.read_bytes())
    assert "Owed by the fund once the wages are declared" in text
    assert "166.10" in text and "ONVA/RJV" in text
    assert "Royal Decree of 30 March 1967" in text


def test_statement_prints_court_amounts_as_a_maximum(tmp_path: Path, catalogue: Catalogue) -> None:
    # NL, 1,000.00 unpaid for March 2025 (50 h x 20.00), due 31 March; as of 11 April 2025: 9
    # working days late -> 26 % -> 260.00, which a court may award; not on the payment order.
    w = worker("w1", start="2025-03-01", hours=_blocks(["2025-03"], "50"))
    w["employment"].update(agreed_hourly_rate="20.00")
    path = _write(tmp_path, case([w], jurisdiction="NL", as_of="2025-04-11"))
    st, _rec = issue_document(path, "statement", tmp_path / "out", catalogue=catalogue, lang="en")
    text = pdf_text(st.read_bytes())
    assert "A court may award up to" in text and "260.00" in text
    po, _rec = issue_document(path, "payment-order", tmp_path / "out", catalogue=catalogue,
                              lang="en", worker_lang="en", worker_id="w1")
    assert "260.00" not in pdf_text(po.read_bytes())


def test_fines_sheet_prints_the_holiday_allowance_fine(tmp_path: Path, catalogue: Catalogue) -> None:
    # NL, wages paid in full (2,000.00 a month June 2025 - March 2026), no holiday allowance paid:
    # 8 % x 20,000.00 = 1,600.00 unpaid of 1,600.00 (100 %) on 31 July 2026 -> EUR 2,000 (band
    # [50,inf) of rates/nl/holiday-allowance-fines.yaml), beside a wage fine of nothing.
    months = [f"2025-{m:02d}" for m in range(6, 13)] + ["2026-01", "2026-02", "2026-03"]
    w = worker("w1", start="2025-06-01", hours=_blocks(months, "100"),
               payments=[{"date": f"{m}-28", "amount": "2000.00", "for": m} for m in months])
    w["employment"].update(agreed_hourly_rate="20.00")
    path = _write(tmp_path, case([w], jurisdiction="NL", as_of="2026-07-31"))
    pdf, _rec = issue_document(path, "fines", tmp_path / "out", catalogue=catalogue, lang="en")
    text = pdf_text(pdf.read_bytes())
    assert "Holiday allowance fine (art. 15 WML)" in text and "2,000.00" in text


def test_fines_sheet_names_unpaid_holiday_pay(tmp_path: Path, catalogue: Catalogue) -> None:
    # BE white-collar, 1,200.00 a month (60 h x 20.00); April-December 2024 paid; June 2025 paid
    # 1,100.00 on its due date and the 100.00 shortfall on 5 July: double holiday pay
    # 0.92 x 100.00 x 9/12 = 69.00, due 30 June 2025, unpaid on 31 July: art. 162, 3°.
    months24 = [f"2024-{m:02d}" for m in range(4, 13)]
    pays = [{"date": f"{m}-28", "amount": "1200.00", "for": m} for m in months24]
    pays += [{"date": "2025-06-30", "amount": "1100.00", "for": "2025-06"},
             {"date": "2025-07-05", "amount": "100.00", "for": "2025-06"}]
    w = worker("w1", start="2024-04-01", hours=_blocks(months24 + ["2025-06"], "60"), payments=pays)
    w["employment"].update(agreed_hourly_rate="20.00", status="white_collar")
    path = _write(tmp_path, case([w], as_of="2025-07-31"))
    pdf, _rec = issue_document(path, "fines", tmp_path / "out", catalogue=catalogue, lang="en")
    text = pdf_text(pdf.read_bytes())
    assert "art. 162, 3°" in text and "Double holiday pay 69.00" in text
