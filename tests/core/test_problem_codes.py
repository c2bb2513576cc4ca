"""Problems cross into the app as codes with their figures (wage_remedy.errors.Problem); the app
words them from code and params, never from the English message."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from wage_remedy.api import CaseError, Catalogue, compute, parse_case_data, shift_minutes


def _case(shifts: list[dict[str, Any]], hours: list[dict[str, Any]] | None = None,
          birth: str = "1990-01-01") -> dict[str, Any]:
    return {"format": "wage-remedy-case", "version": 1, "reference": "P-1", "jurisdiction": "BE",
            "as_of": "2025-06-30", "employer": {"name": "P"},
            "inspection": {"date": "2025-06-30", "place": "Gent", "inspector": "X"},
            "workers": [{"id": "w1", "name": "A", "birth_date": birth, "language": "fr",
                         "employment": {"start": "2025-01-01"}, "shifts": shifts,
                         "hours": hours or []}]}


def _problems(data: dict[str, Any], catalogue: Catalogue) -> list[Any]:
    with pytest.raises(CaseError) as err:
        compute(parse_case_data(data), catalogue)
    return err.value.problems


def test_worked_time_problems_have_codes_and_figures(catalogue: Catalogue) -> None:
    shift = {"date": "2025-03-03", "start": "22:00", "end": "06:00", "break_minutes": 0}
    later = {"date": "2025-03-04", "start": "05:00", "end": "08:00", "break_minutes": 0}
    long_break = {"date": "2025-03-10", "start": "08:00", "end": "09:00", "break_minutes": 60}
    found = {p.code: p for p in _problems(_case([shift, later, long_break]), catalogue)}
    overlap = found["overlap"]  # 4 March 05:00 falls inside the night 3 March 22:00 - 4 March 06:00
    assert overlap.path == "workers[0].shifts[1]"
    assert (overlap.param("other"), overlap.param("date"), overlap.param("start"), overlap.param("end")) \
        == ("0", "2025-03-03", "22:00", "06:00")
    brk = found["break-too-long"]  # 08:00-09:00 lasts 60 min, the break is 60 min
    assert brk.path == "workers[0].shifts[2].break_minutes"
    assert (brk.param("break"), brk.param("length")) == ("60", "60")


def test_model_problems_have_codes_and_figures() -> None:
    with pytest.raises(CaseError) as err:
        parse_case_data(_case([], birth="2025-02-01"))
    p = err.value.problems[0]
    assert (p.code, p.param("birth"), p.param("start")) == ("birth-after-start", "2025-02-01", "2025-01-01")
    with pytest.raises(CaseError) as err:
        parse_case_data(_case([], hours=[{"from": "2025-03-05", "to": "2025-03-01", "hours": "8"}]))
    p = err.value.problems[0]
    assert (p.code, p.param("from"), p.param("to")) == ("hours-order", "2025-03-05", "2025-03-01")
    with pytest.raises(CaseError) as err:
        parse_case_data({k: v for k, v in _case([]).items() if k != "employer"})
    assert err.value.problems[0].missing  # a required value not given: code "missing"


def test_one_worked_time_rule_for_the_engine_the_importer_and_the_app() -> None:
    assert shift_minutes(None, "08:00", "16:30", 30) == 480  # 8 h 30 - 30 min
    assert shift_minutes(None, "22:00", "06:00") == 480  # ends the next day
    assert shift_minutes(None, "08:00", "08:00") is None  # refused as a typo, never 24 h
    assert shift_minutes(None, "08:00", "08:30", 30) is None  # the break fills the shift
    # local clock time: the spring night (30 March 2025, 02:00 -> 03:00) is an hour shorter, the
    # autumn one (26 October 2025, 03:00 -> 02:00) an hour longer
    assert shift_minutes(dt.date(2025, 3, 29), "22:00", "06:00", 0, "Europe/Brussels") == 7 * 60
    assert shift_minutes(dt.date(2025, 10, 25), "22:00", "06:00", 0, "Europe/Brussels") == 9 * 60


def _sector_case(sector: str, category: str, date: str) -> dict[str, Any]:
    data = _case([{"date": date, "start": "09:00", "end": "17:00", "break_minutes": 30}])
    data["workers"][0]["employment"] = {"start": "2000-01-01", "sector": sector, "category": category,
                                        "function_years": 0}
    return data


def test_rate_lookup_problems_have_codes_and_figures(catalogue: Catalogue) -> None:
    """A day before a table's first version and a category the table lacks: codes with the
    table, the dates and the category (the app words them in its language)."""
    (p,) = _problems(_sector_case("be/pc-302", "II", "2001-03-03"), catalogue)
    first = catalogue.table("be/pc-302").versions[0].start
    assert p.code == "no-rates" and p.path == "workers[0].shifts[0].date"
    assert p.param("table") == "be/pc-302" and p.param("date") == "2001-03-03"
    assert p.param("start") == first.isoformat()
    (q,) = _problems(_sector_case("be/pc-302", "XX", "2025-03-03"), catalogue)
    assert q.code == "unknown-category" and q.path == "workers[0].employment.category"
    assert q.param("category") == "XX" and "II" in (q.param("allowed") or "")
