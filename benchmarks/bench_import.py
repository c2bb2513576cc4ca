"""Benchmark: plan and apply the import of 50,000 shift rows (issue 8; target under 5 s).

Run from the project folder::

    python benchmarks/bench_import.py            # CSV badge export
    python benchmarks/bench_import.py --xlsx     # the same rows as an XLSX workbook
    python benchmarks/bench_import.py --xlsx --openpyxl   # ... read with openpyxl, not calamine

It writes a case with 50 workers and a badge export of 50,000 shifts (1,000 per worker: split
shifts 10:00-14:30 and 17:30-22:00 over ~1.6 years) into a temporary folder, then times
``plan_import`` (reading, parsing, checks, compute() validation) and ``apply_import``:
wall-clock seconds, and the CPU seconds of this process (steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from wage_remedy.case.store import parse_case_data  # noqa: E402
from wage_remedy.importing.plan import apply_import, plan_import  # noqa: E402
from wage_remedy.law.catalogue import Catalogue, load_catalogue  # noqa: E402

N_WORKERS = 50
SHIFTS_PER_WORKER = 1000


def make_case(n_workers: int = N_WORKERS) -> dict[str, object]:
    """A BE case (PC 302) with ``n_workers`` workers and no hours yet."""
    return {
        "format": "wage-remedy-case", "version": 1, "reference": "BENCH-IMPORT",
        "jurisdiction": "BE", "as_of": "2025-09-30",
        "employer": {"name": "Bench Horeca BV"},
        "inspection": {"date": "2025-09-30", "place": "Gent", "inspector": "bench"},
        "workers": [{
            "id": f"b{k:03d}", "name": f"Worker{k:03d} Bench", "birth_date": "1990-01-01",
            "employment": {"start": "2024-01-01", "sector": "be/pc-302", "category": "II"},
        } for k in range(n_workers)],
    }


def badge_rows(n_workers: int = N_WORKERS, per_worker: int = SHIFTS_PER_WORKER) -> list[list[str]]:
    """Rows of a badge export: worker id, name, date (dd/mm/yyyy), in, out, break."""
    rows = [["Badge", "Naam", "Datum", "In", "Uit", "Pauze (min)"]]
    for k in range(n_workers):
        day = dt.date(2024, 1, 1)
        done = 0
        while done < per_worker:
            if day.weekday() < 6:
                d = day.strftime("%d/%m/%Y")
                rows.append([f"b{k:03d}", f"Worker{k:03d} Bench", d, "10:00", "14:30", "0"])
                rows.append([f"b{k:03d}", f"Worker{k:03d} Bench", d, "17:30", "22:00", "15"])
                done += 2
            day += dt.timedelta(days=1)
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    """As Excel saves a badge export: shared strings, date cells, time cells, numbers."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "badges"
    ws.append(rows[0])
    def clock(text: str) -> dt.time:
        hh, mm = text.split(":")
        return dt.time(int(hh), int(mm))

    for wid, name, day, t_in, t_out, brk in rows[1:]:
        d = dt.datetime.strptime(day, "%d/%m/%Y")
        ws.append([wid, name, d, clock(t_in), clock(t_out), int(brk)])
    wb.save(path)


def catalogue() -> Catalogue:
    try:
        return load_catalogue()
    except Exception:  # running from a checkout that is not installed
        return load_catalogue(ROOT / "rates")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--xlsx", action="store_true", help="import an XLSX workbook instead of CSV")
    ap.add_argument("--openpyxl", action="store_true", help="read XLSX with openpyxl even if "
                    "python-calamine is installed")
    args = ap.parse_args()
    if args.openpyxl:
        from wage_remedy.importing import read as import_read
        import_read.USE_CALAMINE = False
    cat = catalogue()
    case = parse_case_data(make_case())
    rows = badge_rows()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("badges.xlsx" if args.xlsx else "badges.csv")
        (write_xlsx if args.xlsx else write_csv)(path, rows)
        c0, t0 = time.process_time(), time.perf_counter()
        plan = plan_import(case, path, catalogue=cat)
        t1 = time.perf_counter()
        new_case = apply_import(case, plan, catalogue=cat)
        c2, t2 = time.process_time(), time.perf_counter()
    n = sum(len(w.shifts) for w in new_case.workers)
    reader = "csv" if not args.xlsx else "xlsx-openpyxl" if args.openpyxl else "xlsx"
    print(json.dumps({"file": reader, "rows": len(rows) - 1, "imported_shifts": n,
                      "rejected": len(plan.rejected), "plan_s": round(t1 - t0, 2),
                      "apply_s": round(t2 - t1, 2), "total_s": round(t2 - t0, 2),
                      "cpu_s": round(c2 - c0, 2)}))
    return 0 if n == len(rows) - 1 else 1


if __name__ == "__main__":
    sys.exit(main())
