"""Interest windows (docs/method.md, step 7) worked out once per due date and as-of date and kept
in the run's usage record: the periods that share a due date get the same pieces and the same
amounts as if each had looked its rates up, and the rate versions are still recorded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from wage_remedy.compute import interest as interest_mod
from wage_remedy.compute.interest import interest, interest_window
from wage_remedy.compute.rates import Usage
from wage_remedy.law.catalogue import Catalogue, LookupError_

D = dt.date
TABLE = "be/legal-interest"  # 5.75 % for 2024, 4.50 % for 2025 (rates/be/legal-interest.yaml)


def test_pieces_and_amounts_by_hand(catalogue: Catalogue) -> None:
    usage = Usage()
    total, parts = interest(Decimal("1000.00"), D(2024, 12, 15), D(2025, 3, 31), "BE", catalogue, usage)
    # 16 days of 2024 at 5.75 %: 1000 x 5.75 / 100 x 16 / 365 = 920 / 365 = 2.5205...
    # 90 days of 2025 at 4.50 %: 1000 x 4.50 / 100 x 90 / 365 = 4050 / 365 = 11.0958...
    assert [(p.start, p.end, p.days, p.rate, p.rate_from) for p in parts] == [
        (D(2024, 12, 16), D(2024, 12, 31), 16, Decimal("5.75"), D(2024, 1, 1)),
        (D(2025, 1, 1), D(2025, 3, 31), 90, Decimal("4.50"), D(2025, 1, 1))]
    assert parts[0].amount == Decimal(920) / 365 and parts[1].amount == Decimal(4050) / 365
    assert str(total) == "13.62"  # 4970 / 365 = 13.616..., rounded once
    assert set(usage.versions) == {(TABLE, D(2024, 1, 1)), (TABLE, D(2025, 1, 1))}


def test_a_second_period_with_the_due_date_reuses_the_window(catalogue: Catalogue,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    usage = Usage()
    due, as_of = D(2024, 12, 15), D(2025, 3, 31)
    interest(Decimal("1000.00"), due, as_of, "BE", catalogue, usage)

    def no_lookup(*_args: object) -> None:
        raise AssertionError("the window of this due date was worked out already")

    monkeypatch.setattr(interest_mod, "_spans", no_lookup)
    total, parts = interest(Decimal("365.00"), due, as_of, "BE", catalogue, usage)
    # 365 x 5.75 / 100 x 16 / 365 = 0.92 and 365 x 4.50 / 100 x 90 / 365 = 4.05: exact
    assert [p.amount for p in parts] == [Decimal("0.92"), Decimal("4.05")]
    assert str(total) == "4.97"
    # another due date, another as-of date, another usage record: not in this usage's memo
    with pytest.raises(AssertionError):
        interest(Decimal("1.00"), D(2024, 12, 14), as_of, "BE", catalogue, usage)
    with pytest.raises(AssertionError):
        interest(Decimal("1.00"), due, D(2025, 4, 1), "BE", catalogue, usage)
    with pytest.raises(AssertionError):
        interest(Decimal("1.00"), due, as_of, "BE", catalogue, Usage())


def test_a_fresh_usage_records_the_versions_again(catalogue: Catalogue) -> None:
    due, as_of = D(2024, 12, 15), D(2025, 3, 31)
    first, second = Usage(), Usage()
    a = interest(Decimal("1000.00"), due, as_of, "BE", catalogue, first)
    b = interest(Decimal("1000.00"), due, as_of, "BE", catalogue, second)
    assert a == b and second.versions == first.versions and len(second.versions) == 2


def test_as_of_is_part_of_the_window(catalogue: Catalogue) -> None:
    usage = Usage()
    due = D(2025, 3, 30)
    assert [w[:3] for w in interest_window(catalogue, TABLE, due, D(2025, 3, 31), usage)] == [
        (D(2025, 3, 31), D(2025, 3, 31), 1)]
    assert [w[:3] for w in interest_window(catalogue, TABLE, due, D(2025, 4, 2), usage)] == [
        (D(2025, 3, 31), D(2025, 4, 2), 3)]


def test_nothing_due_yet_is_zero_not_rounded(catalogue: Catalogue) -> None:
    usage = Usage()
    for due in (D(2025, 3, 31), D(2025, 4, 1)):  # due on or after the as-of date: no window
        total, parts = interest(Decimal("1000.00"), due, D(2025, 3, 31), "BE", catalogue, usage)
        assert (str(total), parts) == ("0", ())
    assert usage.versions == {}


def test_no_unpaid_amount_looks_nothing_up(catalogue: Catalogue) -> None:
    usage = Usage()
    before_the_table = D(2017, 6, 30)  # the table starts in 2018: the lookup would fail
    assert interest(Decimal("0.00"), before_the_table, D(2025, 3, 31), "BE", catalogue, usage) == (
        Decimal(0), ())
    assert usage.versions == {} and usage.memo == {}
    for _ in range(2):  # a failed lookup is not remembered as an empty window
        with pytest.raises(LookupError_):
            interest(Decimal("1.00"), before_the_table, D(2025, 3, 31), "BE", catalogue, usage)
    assert usage.versions == {} and usage.memo == {}
