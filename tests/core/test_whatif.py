"""What-if: a modified copy of the case recomputed beside the base, the case left unchanged.

Figures by hand from rates/be/pc-302.yaml 2025-01-01 (category II year 0 = 14.8839 €/h,
category III year 0 = 14.9700 €/h) and rates/be/legal-interest.yaml (4.5 % in 2025).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.model import CaseFile
from wage_remedy.case.store import CaseError, dump_case, parse_case_data
from wage_remedy.cli import main
from wage_remedy.law.catalogue import Catalogue
from wage_remedy.whatif import what_if, whatif_text, whatif_to_json

D = Decimal


def _case(category: str = "II") -> CaseFile:
    # Monday 3 to Friday 7 March 2025, 09:00-17:00: 40 h, no overtime, no flat premium.
    shifts = [{"date": f"2025-03-{3 + i:02d}", "start": "09:00", "end": "17:00", "break_minutes": 0}
              for i in range(5)]
    w = worker("w1", start="2025-01-01", sector="be/pc-302", category=category, shifts=shifts,
               payments=[{"date": "2025-03-31", "amount": "300.00", "method": "cash"}])
    w2 = worker("w2", start="2025-01-01", sector="be/pc-302", category="II", shifts=shifts)
    return parse_case_data(case([w, w2], as_of="2025-06-30"))


def test_later_as_of_changes_only_the_interest(catalogue: Catalogue) -> None:
    c = _case()
    before = dump_case(c)
    rep = what_if(c, catalogue, as_of=dt.date(2025, 9, 30), worker="w1")
    assert dump_case(c) == before  # the case is not changed
    [w] = rep.workers
    [p] = w.periods
    # due 40 x 14.8839 = 595.356 -> 595.36; unpaid 595.36 - 300.00 = 295.36, in both.
    assert (p.base_due, p.alt_due) == (D("595.36"), D("595.36"))
    assert (p.base_unpaid, p.alt_unpaid) == (D("295.36"), D("295.36"))
    assert p.due_diff == 0 and p.unpaid_diff == 0
    # Due Friday 4 April 2025; interest from 5 April. To 30 June: 87 days:
    # 295.36 x 4.5 % x 87 / 365 = 3.168... -> 3.17. To 30 September: 87 + 31 + 31 + 30 = 179 days:
    # 295.36 x 4.5 % x 179 / 365 = 6.518... -> 6.52.
    assert (p.base_interest, p.alt_interest) == (D("3.17"), D("6.52"))
    assert p.interest_diff == D("3.35")
    assert p.total_diff == D("3.35")
    assert rep.changes == ("as of 2025-09-30 instead of 2025-06-30",)


def test_category_and_agreed_rate_for_one_worker(catalogue: Catalogue) -> None:
    c = _case()
    rep = what_if(c, catalogue, worker="w1", category="III")
    [p] = rep.workers[0].periods
    # 40 h x 14.9700 = 598.80 instead of 595.36
    assert (p.base_due, p.alt_due, p.due_diff) == (D("595.36"), D("598.80"), D("3.44"))
    assert [w.id for w in rep.workers] == ["w1"]
    assert rep.alt.worker("w2").due == D("595.36")  # another worker is not changed
    rep2 = what_if(c, catalogue, worker="w1", agreed_rate="16.00")
    [p2] = rep2.workers[0].periods
    assert p2.alt_due == D("640.00")  # 40 x 16.00, higher than the sector minimum
    assert p2.alt_unpaid == D("340.00")
    assert c.workers[0].employment.category == "II"


def test_bad_what_if_is_a_clear_error(catalogue: Catalogue) -> None:
    c = _case()
    with pytest.raises(CaseError) as err:
        what_if(c, catalogue, worker="w1", category="XX")
    assert err.value.problems[0].path.endswith("employment.category")
    assert "XX" in err.value.problems[0].message
    with pytest.raises(CaseError) as err2:
        what_if(c, catalogue, worker="nobody")
    assert err2.value.problems[0].path == "worker"


def test_json_text_and_cli(catalogue: Catalogue, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    c = _case()
    rep = what_if(c, catalogue, category="III")
    data = whatif_to_json(rep)
    # two workers, each 595.36 -> 598.80
    assert data["totals"]["due"] == {"base": "1190.72", "what_if": "1197.60", "difference": "6.88"}
    assert data["workers"][0]["periods"][0]["period"] == "2025-03"
    assert "598.80" in whatif_text(rep)
    path = tmp_path / "case.json"
    path.write_text(dump_case(c), encoding="utf-8")
    assert main(["whatif", str(path), "--worker", "w1", "--agreed-rate", "16.00", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["workers"][0]["periods"][0]["due"] == {"base": "595.36", "what_if": "640.00",
                                                      "difference": "44.64"}
    assert main(["whatif", str(path), "--category", "XX"]) == 2
    assert "category" in capsys.readouterr().err
    assert dump_case(c) == path.read_text(encoding="utf-8")
