"""Belgian public holidays are the ten of the Royal Decree of 18 April 1974, art. 1: Easter Sunday
and Whit Sunday, which the ``holidays`` package also lists, are not among them (docs/method.md,
"Public holidays"). Found by an independent checker: a Sunday pattern of an estimate skipped them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.law.calendar import public_holidays
from wage_remedy.law.catalogue import Catalogue

D_ = dt.date


def test_the_ten_legal_holidays() -> None:
    # New Year, Easter Monday, 1 May, Ascension (Easter + 39), Whit Monday (Easter + 50), 21 July,
    # 15 August, 1 and 11 November, Christmas. Easter 2025: 20 April; 2026: 5 April.
    assert sorted(public_holidays("BE", 2025)) == [
        D_(2025, 1, 1), D_(2025, 4, 21), D_(2025, 5, 1), D_(2025, 5, 29), D_(2025, 6, 9),
        D_(2025, 7, 21), D_(2025, 8, 15), D_(2025, 11, 1), D_(2025, 11, 11), D_(2025, 12, 25)]
    assert sorted(public_holidays("BE", 2026)) == [
        D_(2026, 1, 1), D_(2026, 4, 6), D_(2026, 5, 1), D_(2026, 5, 14), D_(2026, 5, 25),
        D_(2026, 7, 21), D_(2026, 8, 15), D_(2026, 11, 1), D_(2026, 11, 11), D_(2026, 12, 25)]


def test_an_estimated_sunday_pattern_works_on_easter_and_whit_sunday(catalogue: Catalogue) -> None:
    """Sundays 10:00-14:00 from 13 April to 8 June 2025, not on public holidays, national minimum
    2,111.89 x 3/13/38 = 12.8252/h. April: 13, 20 (Easter Sunday), 27 = 12 h -> 153.9024 -> 153.90;
    May: 4, 11, 18, 25 = 16 h -> 205.20; June: 1, 8 (Whit Sunday) = 8 h -> 102.6016 -> 102.60."""
    data = {
        "format": "wage-remedy-case", "version": 1, "reference": "E6", "jurisdiction": "BE",
        "as_of": "2025-07-31", "employer": {"name": "Test BV"},
        "inspection": {"date": "2025-07-31", "place": "Gent", "inspector": "X"},
        "workers": [{
            "id": "w1", "name": "W", "birth_date": "1990-01-01", "language": "fr",
            "employment": {"start": "2025-04-01"},
            "estimates": [{"from": "2025-04-13", "to": "2025-06-08", "basis": "findings",
                           "evidence": "statement", "on_public_holidays": False,
                           "pattern": [{"days": ["sun"], "start": "10:00", "end": "14:00",
                                        "break_minutes": 0}]}]}],
    }
    (w,) = compute(parse_case_data(data), catalogue).workers
    assert [(p.period, p.minutes // 60, p.due) for p in w.periods] == [
        ("2025-04", 12, D("153.90")), ("2025-05", 16, D("205.20")), ("2025-06", 8, D("102.60"))]
