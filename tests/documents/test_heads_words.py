"""Heads of claim in the user's language (docs/heads.md): warnings carry a code with params and
read in FR/NL/DE/EN; the statement prints each head's basis and legal basis in the document's
language. The expected words are written out here from the figures worked out in the comments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.factories import case, worker
from tests.documents.conftest import pdf_text
from wage_remedy.case.model import CaseFile
from wage_remedy.compute import compute
from wage_remedy.documents.heads_text import basis_text, warning_heading, warning_text
from wage_remedy.documents.issue import render_document
from wage_remedy.law.catalogue import Catalogue

ISSUED = dt.datetime(2026, 1, 7, 10, 0, tzinfo=dt.UTC)


def _months(months: list[str], hours: str) -> list[dict[str, Any]]:
    import calendar
    out = []
    for m in months:
        y, mo = (int(x) for x in m.split("-"))
        out.append({"from": f"{m}-01", "to": f"{m}-{calendar.monthrange(y, mo)[1]:02d}", "hours": hours})
    return out


def test_head_warnings_have_codes_params_and_words_in_four_languages(catalogue: Catalogue) -> None:
    # PC 302, dismissed for serious cause on 31 March 2026: no year-end premium for 2026.
    w = worker("w1", start="2026-01-01", sector="be/pc-302", category="I",
               hours=_months(["2026-01", "2026-02", "2026-03"], "100"))
    w["employment"].update(end="2026-03-31", end_reason="serious_cause")
    r = compute(CaseFile.model_validate(case([w], as_of="2027-02-28")), catalogue)
    (owed,) = [x for x in r.warnings if x.code == "head-not-owed"]
    assert dict(owed.params) == {"name": "Worker w1", "head": "year_end_premium", "year": "2026",
                                 "reason": "serious_cause", "date": "2026-03-31"}
    p = dict(owed.params)
    assert warning_text(owed.code, p, "fr") == (
        "Worker w1 : Prime de fin d'année 2026 : rien n'est dû (licenciement pour motif grave).")
    assert warning_text(owed.code, p, "nl") == (
        "Worker w1: Eindejaarspremie 2026: niets verschuldigd (ontslag om dringende reden).")
    assert warning_text(owed.code, p, "de") == (
        "Worker w1: Jahresendprämie 2026: nichts geschuldet (Entlassung aus schwerwiegendem Grund).")
    assert warning_text(owed.code, p, "en") == (
        "Worker w1: Year-end premium 2026: nothing owed (dismissal for serious cause).")
    # PC 302 covers both statuses and the case gives none: the holiday pay is not computed
    (unknown,) = [x for x in r.warnings if x.code == "status-unknown"]
    assert unknown.param("sector") == "be/pc-302"
    assert warning_text(unknown.code, dict(unknown.params), "nl") == (
        "Worker w1: vakantiegeld niet berekend: het statuut (arbeider of bediende) is niet opgegeven "
        "en de sector (PC 302 hotelbedrijf (horeca): minimumuurlonen) legt het niet vast.")
    assert warning_heading("head-not-owed", "de") == "Ein Anspruchsposten ist nicht geschuldet"
    assert warning_text("unverified-rate", {}, "fr") is None  # not a heads warning


def test_min_seniority_reason_with_its_figures() -> None:
    # PC 200 dismissed 1 August 2025, hired 1 March: 5 months' seniority, fewer than 6
    p = {"name": "A", "head": "year_end_premium", "year": "2025", "reason": "min_seniority",
         "months": "5", "date": "2025-08-01", "min": "6"}
    assert warning_text("head-not-owed", p, "de", date=lambda d: f"{d.day}.{d.month}.{d.year}") == (
        "A: Jahresendprämie 2025: nichts geschuldet (5 Monate Dienstalter am 1.8.2025, weniger als 6).")


def _exit_case() -> dict[str, Any]:
    # White-collar, agreed 20.00/h, hired 15 September 2025, 100 h in December 2025 = 2,000.00,
    # nothing paid; dismissed 31 December 2025 without notice; as of 6 January 2026.
    # Exit holiday pay 15.34 % x 2,000.00 = 306.80; notice pay 3 weeks (3 months 16 days) x
    # 20.00 x 38 h = 2,280.00.
    w = worker("w1", start="2025-09-15", hours=_months(["2025-12"], "100"))
    w["employment"].update(agreed_hourly_rate="20.00", status="white_collar", end="2025-12-31",
                           end_reason="dismissal")
    return case([w], as_of="2026-01-06")


def test_basis_in_each_language_with_local_figures(catalogue: Catalogue) -> None:
    r = compute(CaseFile.model_validate(_exit_case()), catalogue)
    (h,) = [h for h in r.worker("w1").heads if h.head == "exit_holiday_pay_be"]
    assert h.basis_code == "exit_holiday_pay_be"
    p = dict(h.basis_params)
    assert p == {"percent": "15.34", "years": "2025", "base": "2000.00", "amount": "306.80"}
    comma = {"money": lambda d: f"{d:.2f}".replace(".", ","), "number": lambda d: str(d).replace(".", ",")}
    assert basis_text(h.basis_code, p, "nl", **comma) == (
        "15,34 % × achterstallig loon van het vakantiedienstjaar 2025 (2000,00) = 306,80")
    assert basis_text(h.basis_code, p, "de", **comma) == (
        "15,34 % × Lohnrückstand des Urlaubsdienstjahres 2025 (2000,00) = 306,80")
    assert basis_text("no-such-code", p, "de", "fallback") == "fallback"


def test_statement_prints_bases_and_legal_bases_in_the_document_language(catalogue: Catalogue) -> None:
    c = CaseFile.model_validate(_exit_case())
    r = compute(c, catalogue)
    fr = pdf_text(render_document("statement", c, r, lang="fr", number="T-1", issued_at=ISSUED))
    # fr_BE: comma decimals, space grouping
    assert "15,34 % × arriérés de rémunération de l'exercice de vacances 2025 (2 000,00) = 306,80" in fr
    # the notice table by its title, never its id (be/notice)
    assert ("3 semaines (3 mois d'ancienneté, ligne 3 de délai de préavis légal donné par l'employeur "
            "(contrats à partir du 1er janvier 2014), en semaines) × 20/h × 38 h par semaine = 2 280,00 "
            "; lu comme un licenciement sans préavis") in fr
    assert "Loi du 3 juillet 1978 relative aux contrats de travail, art. 37/2 et 39" in fr
    assert "wage arrears" not in fr and "read as a dismissal" not in fr and "Law of 3 July" not in fr
    de = pdf_text(render_document("statement", c, r, lang="de", number="T-1", issued_at=ISSUED))
    assert ("3 Wochen (3 Monate Dienstalter, Zeile 3 von gesetzliche Kündigungsfrist durch den Arbeitgeber "
            "(Verträge ab 1. Januar 2014), in Wochen) × 20/Std. × 38 Std. je Woche") in de
    assert "Gesetz vom 3. Juli 1978 über die Arbeitsverträge" in de


def test_every_basis_code_and_heads_warning_has_words_in_four_languages() -> None:
    # A guard for a new head: each basis code and warning code that compute/heads.py writes has a
    # template in documents/heads_text.py in EN, FR, NL and DE.
    import re
    from pathlib import Path

    from wage_remedy.documents.heads_text import BASIS, HEADINGS, WARNINGS
    src = (Path(__file__).resolve().parents[2] / "wage_remedy" / "compute" / "heads.py").read_text("utf-8")
    codes = set(re.findall(r'basis_code="([a-z0-9_.]+)"', src))
    codes |= {a + b for a, b in re.findall(r'basis_code="([a-z0-9_.]+)" \+ \(\s*"(\.[a-z]+)"', src)}
    codes |= set(re.findall(r'code, how_params = "([a-z0-9_.]+)"', src))  # notice pay's two ways
    assert {"wages", "notice_pay_be.monthly", "holiday_pay_fund_be.undeclared"} <= codes
    keys = {c + ".part" if c.startswith("statutory_") else c for c in codes}
    for key in keys:
        assert set(BASIS[key]) == {"en", "fr", "nl", "de"}, key
    warns = set(re.findall(r'ctx\.warn\("([a-z-]+)"', src))
    assert warns == {"head-not-computed", "head-not-owed", "overpaid-head", "status-unknown", "interest-gap"}
    for code in warns:
        assert set(WARNINGS[code]) == {"en", "fr", "nl", "de"} and set(HEADINGS[code]) == {"en", "fr", "nl", "de"}
