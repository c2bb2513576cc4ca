"""Small builders of case data for tests (plain dicts in the case-file format)."""

from __future__ import annotations

from typing import Any


def worker(wid: str, *, birth: str = "1990-01-01", start: str = "2024-01-01", sector: str | None = None,
           category: str | None = None, shifts: list[dict[str, Any]] | None = None,
           hours: list[dict[str, Any]] | None = None, payments: list[dict[str, Any]] | None = None,
           student: bool = False, function_years: int = 0, iban: str | None = None) -> dict[str, Any]:
    return {
        "id": wid, "name": f"Worker {wid}", "birth_date": birth, "language": "fr", "student": student,
        "iban": iban,
        "employment": {"start": start, "sector": sector, "category": category,
                       "function_years": function_years, "weekly_hours": None, "agreed_hourly_rate": None},
        "shifts": shifts or [], "hours": hours or [], "payments": payments or [],
    }


def case(workers: list[dict[str, Any]], *, jurisdiction: str = "BE", as_of: str = "2025-06-30",
         settings: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "format": "wage-remedy-case", "version": 1, "reference": "TEST-1", "jurisdiction": jurisdiction,
        "as_of": as_of,
        "employer": {"name": "Test BV", "enterprise_number": None, "address": None},
        "inspection": {"date": as_of, "place": "Gent", "inspector": "T. Est"},
        "settings": settings or {"pay_period": "month", "paid_amounts": "gross"},
        "workers": workers, "documents": [],
    }
