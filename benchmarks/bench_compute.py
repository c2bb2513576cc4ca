"""Benchmark: compute() on generated cases of N workers x one year of daily shifts.

Usage: python benchmarks/bench_compute.py [100 200]
Prints the best of 3 runs for each size; doubling the workers should at most double the time.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute
from wage_remedy.law.catalogue import load_catalogue


def generated_case(workers: int, year: int = 2025) -> dict:
    """``workers`` PC 302 workers, each with a shift every day of ``year`` and monthly payments."""
    ws = []
    for i in range(workers):
        shifts = []
        d = dt.date(year, 1, 1)
        while d.year == year:
            late = d.weekday() >= 4
            shifts.append({"date": d.isoformat(), "start": "17:00" if late else "09:00",
                           "end": "01:00" if late else "18:30", "break_minutes": 30})
            d += dt.timedelta(days=1)
        payments = [{"date": f"{year}-{m:02d}-28", "amount": "1500.00", "for": f"{year}-{m:02d}",
                     "method": "cash"} for m in range(1, 13)]
        ws.append({"id": f"w{i}", "name": f"Worker {i}", "birth_date": "1990-06-15", "language": "fr",
                   "employment": {"start": "2020-03-01", "sector": "be/pc-302",
                                  "category": ["I", "II", "III", "IV", "V"][i % 5],
                                  "function_years": i % 7},
                   "shifts": shifts, "payments": payments})
    return {"format": "wage-remedy-case", "version": 1, "reference": "BENCH", "jurisdiction": "BE",
            "as_of": f"{year + 1}-06-30", "employer": {"name": "Bench BV"},
            "inspection": {"date": f"{year + 1}-06-30", "place": "Gent", "inspector": "Bench"},
            "workers": ws}


def main(sizes: list[int]) -> None:
    cat = load_catalogue()
    for n in sizes:
        case = parse_case_data(generated_case(n))
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            compute(case, cat)
            best = min(best, time.perf_counter() - t0)
        shifts = sum(len(w.shifts) for w in case.workers)
        print(f"{n:>4} workers, {shifts:>6} shifts: compute {best:.3f} s (best of 3)")


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [100, 200])
