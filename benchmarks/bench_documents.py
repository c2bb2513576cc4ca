"""Benchmark: issue every document of a 100-worker case (a payment order and a cash receipt per
worker owed money, the statement and the fines sheet: 202 PDFs for 100 workers).

    python benchmarks/bench_documents.py [--workers 100] [--profile] [--no-accel]

Prints the time and whether reportlab's C accelerator (``rl_accel``) is in use.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_compute import generated_case  # noqa: E402


def accelerated() -> bool:
    """True when reportlab finds its C accelerator."""
    try:
        import _rl_accel  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=100)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-accel", action="store_true", help="hide the C accelerator (to compare)")
    args = ap.parse_args()
    if args.no_accel:
        sys.modules["_rl_accel"] = None  # type: ignore[assignment]  # reportlab falls back to Python
    from wage_remedy.api import issue_all, load_catalogue

    cat = load_catalogue()
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        case = tmp / "case.json"
        data = generated_case(args.workers)
        for i, w in enumerate(data["workers"]):
            w["iban"] = "BE71096123456769"
            w["employment"]["status"] = "blue_collar"
            w["name"] = f"Worker {i}"
        case.write_text(json.dumps(data), encoding="utf-8")
        backup = case.read_bytes()
        pr = cProfile.Profile() if args.profile else None
        t0 = time.perf_counter()
        if pr is not None:
            pr.enable()
        written = issue_all(case, tmp / "out", catalogue=cat)
        if pr is not None:
            pr.disable()
        seconds = time.perf_counter() - t0
        print(f"{len(written)} documents for {args.workers} workers in {seconds:.2f} s "
              f"({seconds / max(1, len(written)) * 1000:.0f} ms each); reportlab C accelerator: "
              f"{'yes' if accelerated() else 'no'}")
        case.write_bytes(backup)
        shutil.rmtree(tmp / "out", ignore_errors=True)
        if pr is not None:
            pstats.Stats(pr).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
