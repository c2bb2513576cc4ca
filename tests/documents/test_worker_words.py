"""The worker's part of a payment order and a receipt says what the amount covers in words that are
true for it (docs/heads.md): "amounts still owed", never "unpaid wages" for holiday pay or notice
pay, the wage months and every other head by its name in the worker's own language; the heads
column is named as in the app.

The case (tests/documents/test_heads_words.py ``_exit_case``): a white-collar worker, 100 h in
December 2025 at 20.00 = 2,000.00 unpaid, dismissed on 31 December 2025 without notice; as of
6 January 2026 the employer owes the wages, the exit holiday pay 15.34 % x 2,000.00 = 306.80 and
the notice pay 3 weeks x 20.00 x 38 h = 2,280.00: 2,000.00 + 306.80 + 2,280.00 = 4,586.80 unpaid.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.documents.conftest import flat, need_tool, pdf_text
from tests.documents.test_heads_words import _exit_case
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.documents import heads_text
from wage_remedy.documents.heads_text import HEAD_TITLES, head_title
from wage_remedy.documents.i18n import WORKER_LANGUAGES
from wage_remedy.documents.issue import render_document
from wage_remedy.law.catalogue import Catalogue

ISSUED = "2026-01-07T10:00:00Z"


def _render(catalogue: Catalogue, kind: str, lang: str, worker_lang: str) -> bytes:
    case = parse_case_data(_exit_case())
    return render_document(kind, case, compute(case, catalogue), lang=lang, worker_lang=worker_lang,
                           worker_id="w1", number="TEST-1/X-001", issued_at=ISSUED)


def test_every_head_has_a_title_in_every_worker_language() -> None:
    missing = [f"{head}:{lang}" for head, titles in HEAD_TITLES.items() for lang in WORKER_LANGUAGES
               if not titles.get(lang)]
    assert not missing, missing


def test_a_title_missing_in_the_workers_language_is_in_the_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    titles = {k: v for k, v in HEAD_TITLES["notice_pay_be"].items() if k != "pl"}
    monkeypatch.setitem(heads_text.HEAD_TITLES, "notice_pay_be", titles)
    assert head_title("notice_pay_be", "pl", "fr") == "Indemnité de préavis"  # never a third language
    assert head_title("notice_pay_be", "pl") == "Notice pay"  # English without a document language
    assert head_title("notice_pay_be", "ro", "fr") == "Indemnizație în locul preavizului"


def test_worker_paragraph_names_what_is_owed_in_both_languages(catalogue: Catalogue) -> None:
    text = pdf_text(_render(catalogue, "payment-order", "fr", "ro"))
    assert ("brut : sommes encore dues 4 586,80 € (rémunération pour décembre 2025 ; pécule de vacances "
            "de sortie ; indemnité de préavis)") in text
    assert ("sume restante 4.586,80 EUR (salariul pentru decembrie 2025; indemnizație de concediu la "
            "plecarea din firmă; indemnizație în locul preavizului)") in text
    assert "rémunération impayée" not in text and "salariu neplătit" not in text
    text = pdf_text(_render(catalogue, "payment-order", "de", "pl"))
    assert ("noch geschuldete Beträge 4.586,80 € (Lohn für Dezember 2025; Austrittsurlaubsgeld; "
            "Kündigungsentschädigung)") in text  # German nouns keep their capital
    assert ("zaległe kwoty 4 586,80 € (wynagrodzenie za grudzień 2025; wynagrodzenie urlopowe przy "
            "odejściu z pracy; odszkodowanie za okres wypowiedzenia)") in text
    assert "niewypłacone wynagrodzenie" not in text


def test_receipt_names_the_heads_in_the_workers_language(catalogue: Catalogue, tmp_path: Path) -> None:
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(_render(catalogue, "receipt", "fr", "bg"))
    out = subprocess.run([need_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    text = flat(out)
    assert ("неизплатени суми 4 586,80 € (възнаграждение за декември 2025; пари за отпуск при "
            "напускане; обезщетение за неспазено предизвестие)") in text
    assert "sommes dues 4 586,80 € (rémunération pour décembre 2025 ; pécule de vacances de sortie" in text
    assert "неизплатено възнаграждение" not in text
    assert "2026 г.." not in text  # a Bulgarian date ends the sentence with one full stop
    assert "Chef de demande" in text and "Poste" not in text  # the table's heads column


@pytest.mark.parametrize(("lang", "column"), [
    ("fr", "Chef de demande"), ("nl", "Vordering"), ("de", "Anspruchsposten"), ("en", "Head of claim"),
])
def test_heads_column_is_named_as_in_the_app(catalogue: Catalogue, lang: str, column: str) -> None:
    for kind in ("payment-order", "receipt"):
        assert column in pdf_text(_render(catalogue, kind, lang, "ro"))
    case = parse_case_data(_exit_case())
    statement = render_document("statement", case, compute(case, catalogue), lang=lang,
                                number="TEST-1/X-002", issued_at=ISSUED)
    assert column in pdf_text(statement)
