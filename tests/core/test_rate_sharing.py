"""Workers of one case with the same rate inputs share the binding-rate candidates worked out
for the first of them (compute/rates.py, ``WorkerRates._shared``): each still gets its own
figures, versions and warnings, as if computed alone."""

from __future__ import annotations

from decimal import Decimal

from tests.core.factories import case, worker
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.law.catalogue import Catalogue

_SHIFT = [{"date": "2025-03-04", "start": "09:00", "end": "17:00", "break_minutes": 0}]


def _minor(wid: str) -> dict:
    # Born 2008-06-01: 16 on Tue 4 Mar 2025. PC 302 category II 2025, row 0 = 14.8839 (the full
    # scale; the sector page's 80 % at 16 is not applied): 8 h x 14.8839 = 119.0712 -> 119.07.
    return worker(wid, birth="2008-06-01", start="2025-01-01", sector="be/pc-302", category="II",
                  shifts=_SHIFT)


def test_each_of_two_identical_minors_gets_the_figures_and_the_warning(catalogue: Catalogue) -> None:
    adult = worker("a", birth="1990-06-01", start="2025-01-01", sector="be/pc-302", category="II",
                   shifts=_SHIFT)
    result = compute(parse_case_data(case([_minor("m1"), adult, _minor("m2")])), catalogue)
    dues = {w.id: w.periods[0].due for w in result.workers}
    assert dues == {"m1": Decimal("119.07"), "a": Decimal("119.07"), "m2": Decimal("119.07")}
    warned = sorted(x.worker for x in result.warnings if x.code == "sector-youth-conflict")
    assert warned == ["m1", "m2"]  # the second minor's candidate came from the first: warned too


def test_a_shared_run_gives_what_each_worker_gives_alone(catalogue: Catalogue) -> None:
    both = compute(parse_case_data(case([_minor("m1"), _minor("m2")])), catalogue)
    alone = compute(parse_case_data(case([_minor("m2")])), catalogue)
    line_both = both.worker("m2").periods[0].lines
    line_alone = alone.worker("m2").periods[0].lines
    assert line_both == line_alone
    assert both.rate_versions == alone.rate_versions
