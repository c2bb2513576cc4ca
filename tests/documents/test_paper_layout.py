"""Papers that read well: the payment order and the cash receipt on one A4 page (up to six
periods, any language pair, with amounts resting on an estimate), no word broken in the middle, no
internal id, no UTC time, the worker's periods in words."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from typing import Any

import pytest
from pypdf import PdfReader

from tests.core.test_estimates import be_presumption_case
from tests.documents.conftest import IBAN_W1, base_case, shifts, weekdays
from wage_remedy.case.store import load_case, parse_case_data
from wage_remedy.compute import compute
from wage_remedy.demo import demo_case_path
from wage_remedy.documents.i18n import TEXTS
from wage_remedy.documents.issue import render_document
from wage_remedy.law.catalogue import Catalogue

ISSUED = "2025-06-30T22:30:00Z"  # 1 July 2025 00:30 in Brussels (summer time, UTC+2)
PAIRS = [("fr", "ro"), ("nl", "pl"), ("de", "bg"), ("en", "uk")]


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def _vocabulary(*langs: str) -> set[str]:
    """Every word of the document texts in these languages (lower case)."""
    words: set[str] = set()
    for by_lang in TEXTS.values():
        for lang in langs:
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", by_lang.get(lang, "")))
    return words


def broken_words(pages: list[str], vocab: set[str]) -> list[str]:
    """Words split over two lines without a hyphen: the end of a line and the start of the next
    make a known word while one of the two pieces is not a word (``AFGELEI`` / ``D``)."""
    found = []
    for text in pages:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        for a, b in zip(lines, lines[1:], strict=False):
            left = re.search(r"([^\W\d_]+)$", a)
            right = re.match(r"([^\W\d_]+)", b)
            if not left or not right:
                continue
            x, y = left.group(1).lower(), right.group(1).lower()
            if (x + y) in vocab and (x not in vocab or y not in vocab):
                found.append(f"{left.group(1)}/{right.group(1)}")
    return found


def _render(case: Any, catalogue: Catalogue, kind: str, lang: str, worker_lang: str | None,
            worker: str | None, issued: str = ISSUED) -> bytes:
    result = compute(case, catalogue)
    return render_document(kind, case, result, lang=lang, worker_lang=worker_lang, worker_id=worker,
                           number=f"{case.reference}/T-001", issued_at=issued)


@pytest.mark.parametrize(("lang", "worker_lang"), PAIRS)
def test_demo_payment_order_and_receipt_are_one_page(catalogue: Catalogue, lang: str,
                                                     worker_lang: str) -> None:
    case = load_case(demo_case_path())
    vocab = _vocabulary(lang, worker_lang)
    for w in case.workers:
        for kind in ("payment-order", "receipt"):
            pdf = _render(case, catalogue, kind, lang, worker_lang, w.id)
            pages = _pages(pdf)
            assert len(pages) == 1, (kind, w.id, lang, worker_lang, len(pages))
            assert not broken_words(pages, vocab), (kind, lang, broken_words(pages, vocab))
            text = pages[0]
            assert f"({w.id})" not in text  # no internal id beside the name
            assert "UTC" not in text


def _six_months() -> dict[str, Any]:
    """w1 works every weekday of January to June 2025 and is paid nothing: six periods owed."""
    data = base_case()
    w = data["workers"][0]
    w["shifts"] = shifts(weekdays(dt.date(2025, 1, 6), dt.date(2025, 6, 27)))
    w["payments"] = []
    data["workers"] = [w]
    data["employer"]["name"] = "Brasserie Het Gulden Vlies en Zonen BVBA"
    data["employer"]["address"] = "Oudenaardsesteenweg 1234, bus 56, 9000 Gent"
    return data


@pytest.mark.parametrize(("lang", "worker_lang"), PAIRS)
def test_six_periods_still_fit_one_page(catalogue: Catalogue, lang: str, worker_lang: str) -> None:
    case = parse_case_data(_six_months())
    assert len(compute(case, catalogue).worker("w1").underpaid_periods) == 6
    for kind in ("payment-order", "receipt"):
        pages = _pages(_render(case, catalogue, kind, lang, worker_lang, "w1"))
        assert len(pages) == 1, (kind, lang, worker_lang, len(pages))


def _demo_with_mondays() -> Any:
    """The demo case; Ioana (w1: IBAN, Romanian, shifts Tuesday to Saturday) was also found working
    on Mondays from March to May 2025 (no shift recorded on a Monday): each of her three wage
    periods rests partly on the inspector's findings (docs/estimates.md)."""
    data = json.loads(demo_case_path().read_text(encoding="utf-8"))
    data["workers"][0]["estimates"] = [{
        "from": "2025-03-01", "to": "2025-05-31", "basis": "findings",
        "evidence": "Statements of two colleagues (PV 88/2025): she also worked on Mondays",
        "pattern": [{"days": ["mon"], "start": "10:00", "end": "19:30", "break_minutes": 30}]}]
    return parse_case_data(data)


def _demo_from_january() -> Any:
    """The demo case with Mondays found (above); Ioana was also found working from her start on
    1 January 2025, Tuesday to Saturday as recorded later: all five of her wage periods (January
    to May) rest on the inspector's findings, paid by transfer (IBAN and QR code)."""
    data = json.loads(demo_case_path().read_text(encoding="utf-8"))
    data["workers"][0]["estimates"] = [
        {"from": "2025-01-01", "to": "2025-02-28", "basis": "findings",
         "evidence": "Statements of two colleagues (PV 88/2025): she worked from January",
         "pattern": [{"days": ["tue", "wed", "thu", "fri", "sat"], "start": "10:00", "end": "19:30",
                      "break_minutes": 30}]},
        {"from": "2025-03-01", "to": "2025-05-31", "basis": "findings",
         "evidence": "Statements of two colleagues (PV 88/2025): she also worked on Mondays",
         "pattern": [{"days": ["mon"], "start": "10:00", "end": "19:30", "break_minutes": 30}]}]
    return parse_case_data(data)


def _presumption_with_iban() -> Any:
    """The 2013 presumption case (tests/core/test_estimates.py), the worker with a bank account:
    the transfer details and the QR code on the payment order as well."""
    data = be_presumption_case()
    data["workers"][0]["iban"] = IBAN_W1
    return parse_case_data(data)


@pytest.mark.parametrize(("lang", "worker_lang"), PAIRS)
def test_papers_with_an_estimate_are_one_page(catalogue: Catalogue, lang: str, worker_lang: str) -> None:
    # The estimate costs one short sentence on the payment order (its basis, that a presumption
    # can be rebutted, the statement for the rest) and one in the worker's part; the rows say
    # "(estimated)". Two cases: the demo with Mondays found (bank transfer and QR code, three
    # periods) and the 2013 presumption (tests/core/test_estimates.py: December 2025 to February
    # 2026 all estimated, issued the day after the finding, with the stale-rate notes of 2026).
    # Two more, the longest: the demo with January to May estimated (five estimated rows) and the
    # presumption with a bank transfer (nl-pl and de-bg once ran 1-3 lines onto a second page).
    vocab = _vocabulary(lang, worker_lang)
    for case, issued in ((_demo_with_mondays(), ISSUED), (_demo_from_january(), ISSUED),
                         (parse_case_data(be_presumption_case()), "2026-03-16T10:00:00Z"),
                         (_presumption_with_iban(), "2026-03-16T10:00:00Z")):
        for kind in ("payment-order", "receipt"):
            pdf = _render(case, catalogue, kind, lang, worker_lang, "w1", issued)
            pages = _pages(pdf)
            assert len(pages) == 1, (case.reference, kind, lang, worker_lang, len(pages))
            assert not broken_words(pages, vocab), (kind, lang, broken_words(pages, vocab))
            assert _render(case, catalogue, kind, lang, worker_lang, "w1", issued) == pdf  # a reprint
            flat = " ".join(pages[0].split())
            assert f"({TEXTS['est.mark'][lang]})" in flat  # the estimated rows
            if kind == "payment-order":
                assert TEXTS["est.heading"][lang] in flat and TEXTS["est.see_statement"][lang] in flat


@pytest.mark.parametrize("lang", ["nl", "de", "fr", "en"])
def test_statement_tables_never_break_a_word(catalogue: Catalogue, lang: str) -> None:
    # the Dutch and German statements used to print "AFGELEI" / "D" and "Stunde" / "n"
    case = load_case(demo_case_path())
    pages = _pages(_render(case, catalogue, "statement", lang, None, None))
    assert not broken_words(pages, _vocabulary(lang))


def test_worker_paragraph_names_months_and_the_local_date(catalogue: Catalogue) -> None:
    case = parse_case_data(_six_months())
    text = _pages(_render(case, catalogue, "payment-order", "fr", "nl", "w1"))[0]
    flat = " ".join(text.split())
    assert "janvier 2025" in flat and "juni 2025" in flat  # months in words, in both languages
    assert "2025-03," not in flat
    assert "1 juillet 2025" in flat  # issued 22:30 UTC on 30 June = 1 July in Brussels


@pytest.mark.parametrize("lang", ["nl", "de", "fr", "en"])
def test_statement_names_premiums_and_workers_not_their_ids(catalogue: Catalogue, lang: str) -> None:
    case = load_case(demo_case_path())
    flat = " ".join(" ".join(_pages(_render(case, catalogue, "statement", lang, None, None))).split())
    assert "sunday-holiday" not in flat.replace("#sunday-holiday", "")  # the id only in table@version
    night = {"en": "night work", "fr": "travail de nuit", "nl": "nachtarbeid", "de": "Nachtarbeit"}
    assert night[lang] in flat
    for w in case.workers:
        assert f"({w.id})" not in flat
