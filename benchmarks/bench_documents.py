"""Benchmark: issue every document of a 100-worker case (a payment order and a cash receipt per
worker owed money, the statement and the fines sheet: 202 PDFs for 100 workers).

    python benchmarks/bench_documents.py [--workers 100] [--runs 3] [--processes N] [--profile]
                                         [--no-accel]

Each run is a fresh Python process (nothing remembered from an earlier run, as the first issue
of an app session) that issues every document of a fresh copy of the case into a fresh folder:
load, compute, render, write, record. Prints each run's time (wall clock and the CPU time of the
process and of the children it waited for), the best and the median, the load average before and after, and
whether reportlab's C accelerator (``rl_accel``) is in use. ``--processes N`` sets the render
worker processes (``WAGE_REMEDY_RENDER_PROCESSES``; 0: all in one process; default: as the
program decides, documents/parallel.py); ``--no-accel`` renders in one process (the workers
would find the accelerator).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_compute import generated_case  # noqa: E402


def accelerated() -> bool:
    """True when reportlab finds its C accelerator."""
    try:
        import _rl_accel  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


def one_run(tmp: Path, data: dict, cat: Any, profile: bool) -> tuple[int, float, float]:
    """Issue every document of a fresh copy of the case: (documents, wall seconds, CPU seconds)."""
    from wage_remedy.api import issue_all

    case = tmp / "case.json"
    case.write_text(json.dumps(data), encoding="utf-8")
    shutil.rmtree(tmp / "out", ignore_errors=True)
    pr = cProfile.Profile() if profile else None
    t0, c0 = time.perf_counter(), os.times()
    if pr is not None:
        pr.enable()
    written = issue_all(case, tmp / "out", catalogue=cat)
    if pr is not None:
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
    wall = time.perf_counter() - t0
    for th in threading.enumerate():  # render workers are waited for in the background
        if th is not threading.main_thread():
            th.join(timeout=30)
    c1 = os.times()
    return len(written), wall, sum(c1[i] - c0[i] for i in range(4))  # this process and its children


def case_data(workers: int) -> dict:
    data = generated_case(workers)
    for i, w in enumerate(data["workers"]):
        w["iban"] = "BE71096123456769"
        w["employment"]["status"] = "blue_collar"
        w["name"] = f"Worker {i}"
    return data


def child(args: argparse.Namespace) -> None:
    """One run in this process; prints a JSON line (documents, wall, CPU)."""
    if args.no_accel:
        sys.modules["_rl_accel"] = None  # type: ignore[assignment]  # reportlab falls back to Python
    from wage_remedy.api import load_catalogue

    cat = load_catalogue()
    data = case_data(args.workers)
    with tempfile.TemporaryDirectory() as tmp:
        n, wall, cpu = one_run(Path(tmp), data, cat, args.profile)
    print(json.dumps({"documents": n, "wall": wall, "cpu": cpu, "accel": accelerated()}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=100)
    ap.add_argument("--runs", type=int, default=1, help="runs, each in a fresh process")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-accel", action="store_true", help="hide the C accelerator (to compare)")
    ap.add_argument("--processes", type=int, default=None, help="render worker processes (0: none)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    env = dict(os.environ)
    if args.no_accel:
        env["WAGE_REMEDY_RENDER_PROCESSES"] = "0"
    elif args.processes is not None:
        env["WAGE_REMEDY_RENDER_PROCESSES"] = str(args.processes)
    before = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    walls = []
    accel = False
    for run in range(args.runs):
        cmd = [sys.executable, __file__, "--child", "--workers", str(args.workers)]
        cmd += ["--profile"] * args.profile + ["--no-accel"] * args.no_accel
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
        if args.profile:
            print(out.rsplit("\n", 2)[0])
        r = json.loads(out.strip().splitlines()[-1])
        walls.append(r["wall"])
        accel = r["accel"]
        print(f"run {run + 1}: {r['documents']} documents for {args.workers} workers in {r['wall']:.2f} s "
              f"(CPU {r['cpu']:.2f} s, children's included; "
              f"{r['wall'] / max(1, r['documents']) * 1000:.0f} ms each)", flush=True)
    after = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"best {min(walls):.2f} s, median {statistics.median(walls):.2f} s of {len(walls)} run(s); "
          f"load average before {before}, after {after}; "
          f"reportlab C accelerator: {'yes' if accel else 'no'}; render worker processes: "
          f"{env.get('WAGE_REMEDY_RENDER_PROCESSES', 'as decided by the program')}")


if __name__ == "__main__":
    main()
