"""An edit recomputes only the workers it touched, and the result is the same as computing the
whole case again (the app's live computation: case.revalidate + compute(..., cache=...))."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from wage_remedy.api import (
    CaseError,
    Catalogue,
    Revalidator,
    WorkerCache,
    compute,
    demo_case_path,
    parse_case_data,
    result_to_json,
)

SCENARIOS = sorted((Path(__file__).resolve().parents[1] / "scenarios").glob("*.yaml"))


def _cases() -> list[dict[str, Any]]:
    out = [json.loads(demo_case_path().read_text(encoding="utf-8"))]
    for path in SCENARIOS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "expect" in data:  # the valid ones
            out.append(json.loads(json.dumps(data["case"], default=str)))
    return out


def _json(result: Any) -> str:
    return json.dumps(result_to_json(result), sort_keys=True)


def _shift(day: str, start: str, end: str) -> dict[str, Any]:
    return {"date": day, "start": start, "end": end, "break_minutes": 0}


def _three_workers() -> dict[str, Any]:
    def worker(wid: str, end: str) -> dict[str, Any]:
        return {"id": wid, "name": f"Worker {wid}", "birth_date": "1990-01-01", "language": "fr",
                "employment": {"start": "2025-01-01", "sector": "be/pc-302", "category": "II",
                               "function_years": 0},
                "shifts": [_shift(f"2025-03-{d:02d}", "09:00", end) for d in range(3, 8)],
                "payments": [{"date": "2025-03-31", "amount": "100.00", "for": "2025-03"}]}
    return {"format": "wage-remedy-case", "version": 1, "reference": "CACHE-1", "jurisdiction": "BE",
            "as_of": "2025-06-30", "employer": {"name": "Cache BV"},
            "inspection": {"date": "2025-06-30", "place": "Gent", "inspector": "T"},
            "workers": [worker("w1", "17:00"), worker("w2", "17:00"), worker("w3", "17:00")]}


def test_a_cached_computation_is_the_same_as_a_fresh_one(catalogue: Catalogue) -> None:
    cases = _cases()
    assert len(cases) > 20
    for data in cases:
        case = parse_case_data(copy.deepcopy(data))
        cache = WorkerCache()
        fresh = _json(compute(case, catalogue))
        assert _json(compute(case, catalogue, cache=cache)) == fresh  # filling the cache
        assert _json(compute(case, catalogue, cache=cache)) == fresh  # replaying it
        assert cache.misses == 0 and cache.hits == len(case.workers)


def test_an_edit_to_one_worker_validates_and_computes_that_worker_only(catalogue: Catalogue) -> None:
    data = _three_workers()
    rv, cache = Revalidator(), WorkerCache()
    compute(rv.parse(copy.deepcopy(data)), catalogue, cache=cache)
    assert rv.validated == 3 and cache.misses == 3

    edited = copy.deepcopy(data)
    edited["workers"][1]["shifts"][0]["end"] = "19:00"  # w2 works 2 h more on 3 March
    result = compute(rv.parse(copy.deepcopy(edited)), catalogue, cache=cache)
    assert rv.validated == 1
    assert (cache.hits, cache.misses) == (2, 1)
    assert _json(result) == _json(compute(parse_case_data(copy.deepcopy(edited)), catalogue))
    before = compute(parse_case_data(copy.deepcopy(data)), catalogue)
    # w2 before: Mon-Fri 3-7 March, 8 h a day = 40 h normal x 14.8839 (PC 302 cat. II, 2025)
    #   = 595.356 -> 595.36. After: Monday 09:00-19:00 = 10 h: 9 h normal + 1 h daily overtime;
    #   the week's normal time 9 + 4 x 8 = 41 h > 40 h: the last normal hour (Friday) is weekly
    #   overtime. Normal 40 h = 595.36; overtime 2 h x 14.8839 x 1.5 = 44.6517 -> 44.65.
    assert before.worker("w2").due == Decimal("595.36")
    assert result.worker("w2").due == Decimal("595.36") + Decimal("44.65")
    assert result.worker("w1").due == result.worker("w3").due == Decimal("595.36")


def test_a_change_outside_the_workers_computes_everything_again(catalogue: Catalogue) -> None:
    data = _three_workers()
    rv, cache = Revalidator(), WorkerCache()
    compute(rv.parse(copy.deepcopy(data)), catalogue, cache=cache)
    edited = copy.deepcopy(data)
    edited["as_of"] = "2025-07-31"
    result = compute(rv.parse(copy.deepcopy(edited)), catalogue, cache=cache)
    assert rv.validated == 3 and cache.misses == 3
    assert _json(result) == _json(compute(parse_case_data(copy.deepcopy(edited)), catalogue))


def test_a_bad_edit_gives_the_full_validations_problems(catalogue: Catalogue) -> None:
    data = _three_workers()
    rv = Revalidator()
    rv.parse(copy.deepcopy(data))
    edited = copy.deepcopy(data)
    edited["workers"][2]["shifts"][1]["start"] = "25:00"
    with pytest.raises(CaseError) as fast:
        rv.parse(copy.deepcopy(edited))
    with pytest.raises(CaseError) as full:
        parse_case_data(copy.deepcopy(edited))
    assert [(p.path, p.message) for p in fast.value.problems] == \
        [(p.path, p.message) for p in full.value.problems]
    assert fast.value.problems[0].path.startswith("workers[2].shifts[1].start")
