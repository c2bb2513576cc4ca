"""The engine's shortcuts keep the method's results (issue 13, speed): lookups made once per span
of days they hold for, overlaps found whatever the order of the shifts, the nesting check run
only when something is refused, result objects still frozen values."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from tests.core.factories import case, worker
from wage_remedy.case.parse import MAX_DEPTH, parse_case_data
from wage_remedy.compute.backpay import _Run, binding_rates
from wage_remedy.compute.hours import worked_days
from wage_remedy.compute.periods import period_span, periods_of
from wage_remedy.compute.result import Line
from wage_remedy.errors import CaseError
from wage_remedy.law.catalogue import Catalogue, load_catalogue

D = dt.date
ONE = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_a_version_span_holds_its_version_and_ends_where_the_next_begins(catalogue: Catalogue) -> None:
    for table in ("be/pc-302", "be/national-minimum", "be/working-time"):
        for day in (D(2023, 6, 15), D(2025, 1, 1), D(2025, 12, 31)):
            version, lo, hi = catalogue.version_span(table, day)
            assert lo <= day < hi
            assert catalogue.version(table, lo) is version
            if hi != D.max:
                assert catalogue.version(table, hi - ONE) is version
                assert hi in [v.start for v in catalogue.table(table).versions]


def test_a_binding_rate_window_gives_the_rate_of_each_of_its_days(catalogue: Catalogue) -> None:
    shifts = [{"date": (D(2025, 1, 1) + k * ONE).isoformat(), "start": "09:00", "end": "17:00"}
              for k in range(0, 365, 3)]
    c = parse_case_data(case([worker("w1", birth="2007-05-20", start="2024-11-15", sector="be/pc-302",
                                     category="II", shifts=shifts)], as_of="2026-02-27"))
    run = _Run(c, catalogue, c.as_of)
    w = c.workers[0]
    days = worked_days(w, "workers[0]", [], "Europe/Brussels")
    rates = binding_rates(run, w, "workers[0]", days)
    assert rates is not None
    day = D(2025, 1, 1)
    while day <= D(2025, 12, 31):  # a minor turning 18, months of seniority, a new year
        lo, hi, rate = rates.rate_window(day)
        assert lo <= day < hi
        fresh = binding_rates(_Run(c, catalogue, c.as_of), w, "workers[0]", {})  # no window yet
        assert fresh is not None
        for d in (lo if lo > D(2024, 12, 31) else day, min(hi - ONE, D(2025, 12, 31))):
            assert fresh.on(d) == rate
        day = hi


def test_periods_of_the_worked_days() -> None:
    days = [D(2025, 1, 31), D(2025, 2, 1), D(2025, 2, 28), D(2025, 4, 1)]
    assert periods_of(days, "month") == {"2025-01", "2025-02", "2025-04"}
    # ISO weeks: Tuesday 30 December 2025 is in week 1 of 2026
    assert periods_of([D(2025, 12, 28), D(2025, 12, 30)], "week") == {"2025-W52", "2026-W01"}
    assert period_span(D(2025, 12, 30), "week") == (D(2025, 12, 29), D(2026, 1, 5), "2026-W01")


def test_overlaps_are_found_whatever_the_order_of_the_shifts() -> None:
    # shifts[1] runs from 3 March 22:00 to 4 March 10:00; shifts[0] starts on 4 March at 09:00
    w = parse_case_data(case([worker("w1", shifts=[
        {"date": "2025-03-04", "start": "09:00", "end": "17:00"},
        {"date": "2025-03-03", "start": "22:00", "end": "10:00"},
        {"date": "2025-03-01", "start": "09:00", "end": "12:00"},
    ])])).workers[0]
    problems: list = []
    days = worked_days(w, "workers[0]", problems, "Europe/Brussels")
    assert [(p.path, p.code) for p in problems] == [("workers[0].shifts[0]", "overlap")]
    assert "overlaps workers[0].shifts[1]" in problems[0].message
    assert list(days) == [D(2025, 3, 1), D(2025, 3, 3), D(2025, 3, 4)]  # in date order
    # 3 March: 22:00-24:00 = 120; 4 March: 00:00-10:00 = 600 and 09:00-17:00 = 480
    assert [dw.shift_minutes for dw in days.values()] == [180, 120, 1080]


def test_shifts_out_of_order_that_do_not_overlap_are_no_problem() -> None:
    w = parse_case_data(case([worker("w1", shifts=[
        {"date": "2025-03-05", "start": "09:00", "end": "17:00"},
        {"date": "2025-03-03", "start": "22:00", "end": "06:00"},
    ])])).workers[0]
    problems: list = []
    days = worked_days(w, "workers[0]", problems, "Europe/Brussels")
    assert problems == []
    assert {d: dw.shift_minutes for d, dw in days.items()} == {
        D(2025, 3, 3): 120, D(2025, 3, 4): 360, D(2025, 3, 5): 480}


def _nested(depth: int) -> list:
    x: list = []
    for _ in range(depth - 1):
        x = [x]
    return x


def test_too_deep_data_is_refused_first_even_with_other_problems() -> None:
    data = case([worker("w1"), worker("w1")])  # a worker id used twice ...
    data["employer"]["name"] = _nested(MAX_DEPTH)  # ... and a value nested 26 levels deep
    with pytest.raises(CaseError) as err:
        parse_case_data(data)
    assert len(err.value.problems) == 1
    assert err.value.problems[0].message.startswith(f"nested more than {MAX_DEPTH} levels deep")
    data = case([worker("w1")])
    data["reference"] = _nested(3000)  # deeper than Python's recursion limit
    with pytest.raises(CaseError) as err:
        parse_case_data(data)
    assert err.value.problems[0].message.startswith(f"nested more than {MAX_DEPTH} levels deep")


def test_data_just_within_the_nesting_limit_gets_the_model_s_problem() -> None:
    data = case([worker("w1")])
    data["employer"]["name"] = _nested(MAX_DEPTH - 2)  # case, employer, name: 24 levels
    with pytest.raises(CaseError) as err:
        parse_case_data(data)
    assert [(p.path, p.code) for p in err.value.problems] == [("employer.name", "string_type")]


def test_result_lines_stay_frozen_values() -> None:
    fields = dict(kind="normal", minutes=90, rate=Decimal("15.2097"), premium=Decimal("0"),
                  amount=Decimal("22.81"), binding="sector", rate_table="be/pc-302",
                  rate_from=D(2026, 1, 1), status="unverified", source=None,
                  first_day=D(2026, 1, 2), last_day=D(2026, 1, 7))
    line = Line(**fields)
    assert (line.premium_id, line.basis, line.estimated) == (None, "", False)  # the defaults
    assert line == Line(*fields.values()) and hash(line) == hash(Line(**fields))
    assert line.hours == Decimal("1.5")
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.minutes = 1  # type: ignore[misc]
    assert dataclasses.replace(line, minutes=60).minutes == 60
    with pytest.raises(TypeError):
        Line(**{k: v for k, v in fields.items() if k != "amount"})  # type: ignore[call-arg]
