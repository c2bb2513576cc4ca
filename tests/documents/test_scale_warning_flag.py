"""A warning that an amount may be too low (PC 200 scale II missing for the date, so scale I was
kept) is printed as a flag (⚠) on the statement, like the rate warnings, not as a plain note."""

from __future__ import annotations

from tests.core.factories import case, worker
from tests.documents.conftest import pdf_text
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.documents.make import render_document
from wage_remedy.law.catalogue import Catalogue


def test_kept_scale_is_a_flag_on_the_statement(catalogue: Catalogue) -> None:
    # Started 2024-01-01 (class A): March 2025 is past one year of service, but scale II has no
    # version before 2026, so scale I is kept and the warning says so.
    w = worker("w1", start="2024-01-01", sector="be/pc-200", category="A",
               hours=[{"from": "2025-03-01", "to": "2025-03-31", "hours": "160"}])
    c = parse_case_data(case([w], as_of="2025-04-30"))
    r = compute(c, catalogue)
    assert any(x.code == "continuing-scale-missing" for x in r.warnings)
    text = pdf_text(render_document("statement", c, r, lang="fr", number="T-1",
                                    issued_at="2025-04-30T10:00:00+02:00"))
    assert "⚠ Worker w1 : du 1 mars 2025 au 31 mars 2025, le barème applicable" in text, text[-3000:]
