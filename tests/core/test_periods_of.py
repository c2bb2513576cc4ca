"""``periods_of`` looks each pay period up once and skips the rest of its days: it gives the
periods that hold the days whatever their order, gaps or repeats, as ``period_of`` day by day."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from wage_remedy.compute import periods
from wage_remedy.compute.periods import period_of, period_span, periods_of

D = dt.date


def _each(days: list[dt.date], kind: str) -> set[str]:
    return {period_of(d, kind) for d in days}


def test_by_hand() -> None:
    days = [D(2025, 1, 31), D(2025, 2, 1), D(2025, 4, 30), D(2025, 12, 29), D(2026, 1, 1)]
    assert periods_of(days, "month") == {"2025-01", "2025-02", "2025-04", "2025-12", "2026-01"}
    # 29 December 2025 and 1 January 2026 are both in ISO week 1 of 2026
    assert periods_of(days, "week") == {"2025-W05", "2025-W18", "2026-W01"}
    assert periods_of([], "month") == set()


@pytest.mark.parametrize("kind", ["month", "week"])
def test_any_order_gaps_and_repeats(kind: str) -> None:
    rng = random.Random(7)
    days = [D(2024, 1, 1) + dt.timedelta(days=rng.randrange(800)) for _ in range(300)]
    days += days[:50]  # repeated days
    for order in (days, sorted(days), sorted(days, reverse=True)):
        assert periods_of(order, kind) == _each(order, kind)
        assert periods_of(iter(order), kind) == _each(order, kind)  # read once
        assert periods_of(dict.fromkeys(order), kind) == _each(order, kind)


def test_one_lookup_per_period(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[dt.date] = []

    def span(day: dt.date, kind: str) -> tuple[dt.date, dt.date, str]:
        asked.append(day)
        return period_span(day, kind)

    monkeypatch.setattr(periods, "period_span", span)
    days = [D(2025, 3, 1) + dt.timedelta(days=i) for i in range(62)] + [D(2025, 7, 15)]
    assert periods_of(reversed(days), "month") == {"2025-03", "2025-04", "2025-05", "2025-07"}
    assert asked == [D(2025, 3, 1), D(2025, 4, 1), D(2025, 5, 1), D(2025, 7, 15)]  # the first day of each


def test_span_of_a_day() -> None:
    assert period_span(D(2024, 2, 10), "month") == (D(2024, 2, 1), D(2024, 3, 1), "2024-02")
    assert period_span(D(2025, 12, 31), "month") == (D(2025, 12, 1), D(2026, 1, 1), "2025-12")
    assert period_span(D(2021, 1, 3), "week") == (D(2020, 12, 28), D(2021, 1, 4), "2020-W53")
