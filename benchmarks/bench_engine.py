"""Benchmark: the engine end to end on 100 workers x one year of daily shifts, side by side with
another version of the code (by default the code before the restructure of issue 13).

    python benchmarks/bench_engine.py [--workers 100] [--baseline REF] [--runs 3] [--rounds 3]
                                      [--profile] [--compact]

Stages, each the best of ``--runs``, as ``wage-remedy compute CASE --format json`` does them in
each version: load (read the case file and decode its JSON with the duplicate-key check), validate
(the case model), compute (``compute``: periods, lines, heads, interest, fines), JSON out (the
indented JSON the command writes: the UTF-8 bytes where the version writes bytes, else the text,
whose encoding on output is then not counted). ``--compact`` measures the stand-ins earlier rounds used
instead: plain ``json.loads`` and compact ``json.dumps``, which the program does not use. The
baseline is ``git archive REF wage_remedy rates`` run in a subprocess with its own rate files, on
the same case file. The two versions take turns, ``--rounds`` times (this checkout, the baseline,
this checkout, ...), each turn a fresh process doing ``--runs`` runs, and every stage keeps its best
time over all turns: on a shared machine a slow spell then falls on both sides instead of on
whichever version happened to be running. ``--profile`` prints where the current code's time goes (cProfile, top
functions by own time).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "2ced7f4"  # main before issue 13 (the restructure) began

# Runs inside the current or the baseline tree: each version's own way where it has one.
STAGES = r'''
import json, sys, time
from pathlib import Path
from wage_remedy.case.store import parse_case_data
from wage_remedy.compute import compute, result_to_json
from wage_remedy.law.catalogue import load_catalogue

path, rates, runs, compact = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
try:
    from wage_remedy.case.parse import loads_case_json as decode
except ImportError:  # before issue 13: the decoding inside case/store.parse_case, verbatim
    def decode(text, file):
        duplicates = []
        def pairs(items):
            out = {}
            for k, v in items:
                if k in out:
                    duplicates.append(k)
                out[k] = v
            return out
        raw = json.loads(text, object_pairs_hook=pairs)
        if duplicates:
            raise SystemExit(f"duplicate keys {duplicates}")
        return raw
try:  # what the command writes: the UTF-8 bytes
    from wage_remedy.compute.result import result_json_bytes as result_json_text
except ImportError:
    try:  # the text (written through sys.stdout, which encodes it: not counted)
        from wage_remedy.compute.result import result_json_text
    except ImportError:  # before issue 13: what cli.py wrote for --format json
        def result_json_text(result):
            return json.dumps(result_to_json(result), ensure_ascii=False, indent=2) + "\n"
if compact:
    decode = lambda text, file: json.loads(text)
    result_json_text = lambda result: json.dumps(result_to_json(result), ensure_ascii=False)
cat = load_catalogue(rates or None)
best = {}
def timed(name, fn):
    t0 = time.perf_counter()
    out = fn()
    best[name] = min(best.get(name, 1e9), time.perf_counter() - t0)
    return out
for _ in range(runs):
    data = timed("load", lambda: decode(Path(path).read_text(encoding="utf-8-sig"), path))
    case = timed("validate", lambda: parse_case_data(data, path))
    result = timed("compute", lambda: compute(case, cat))
    timed("json", lambda: result_json_text(result))
print(json.dumps(best))
'''

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_compute import generated_case  # noqa: E402


def run_stages(tree: Path | None, case_file: Path, rates: Path | None, runs: int,
               compact: bool = False) -> dict[str, float]:
    """Stage times of the code in ``tree`` (None: this checkout)."""
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    out = subprocess.run([sys.executable, "-c", STAGES, str(case_file), str(rates or ""), str(runs),
                          "1" if compact else "0"],
                         env=env, capture_output=True, text=True, cwd=tree or ROOT)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def extract(ref: str, into: Path) -> Path:
    """``wage_remedy`` and ``rates`` of ``ref`` under ``into``."""
    archive = subprocess.run(["git", "archive", ref, "wage_remedy", "rates"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    into.mkdir(parents=True, exist_ok=True)
    tar = into / "src.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as t:
        t.extractall(into, filter="data")
    return into


def profile(case_file: Path, top: int = 25) -> None:
    """Where the current code's time goes: all four stages once under cProfile, after a first
    run outside it (so that lazy imports and first-use tables are not counted)."""
    from wage_remedy.case.store import parse_case_data
    from wage_remedy.compute import compute, result_to_json
    from wage_remedy.law.catalogue import load_catalogue

    cat = load_catalogue()

    def stages() -> None:
        data = json.loads(case_file.read_text(encoding="utf-8"))
        json.dumps(result_to_json(compute(parse_case_data(data), cat)), ensure_ascii=False)

    stages()
    pr = cProfile.Profile()
    pr.enable()
    stages()
    pr.disable()
    pstats.Stats(pr).sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=100)
    ap.add_argument("--baseline", default=BASELINE, help="git ref to compare with ('' for none)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=3,
                    help="turns each version takes, alternating (best stage times over all)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--compact", action="store_true",
                    help="plain json.loads and compact json.dumps (the stand-ins of earlier rounds)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        case_file = tmp / "case.json"
        case_file.write_text(json.dumps(generated_case(args.workers)), encoding="utf-8")
        base_tree = extract(args.baseline, tmp / "base") if args.baseline else None
        versions: list[tuple[str, Path | None, Path | None]] = [("this checkout", None, None)]
        if base_tree is not None:
            versions.append((f"baseline {args.baseline}", base_tree, base_tree / "rates"))
        best: dict[str, dict[str, float]] = {name: {} for name, _, _ in versions}
        turn_ratios: list[float] = []
        for _ in range(max(1, args.rounds)):
            totals = []
            for name, tree, rates in versions:
                times = run_stages(tree, case_file, rates, args.runs, args.compact)
                totals.append(sum(times.values()))
                for stage, t in times.items():
                    best[name][stage] = min(best[name].get(stage, t), t)
            if len(totals) == 2:
                turn_ratios.append(totals[0] / totals[1])
        rows = [(name, best[name]) for name, _, _ in versions]
        runs = args.runs * max(1, args.rounds)
        print(f"{args.workers} workers x 365 daily shifts, best of {runs} runs in {max(1, args.rounds)} "
              "alternating turns (seconds)")
        print(f"{'':<22}{'load':>8}{'validate':>10}{'compute':>9}{'json':>8}{'total':>8}")
        for name, t in rows:
            total = sum(t.values())
            print(f"{name:<22}{t['load']:>8.3f}{t['validate']:>10.3f}{t['compute']:>9.3f}"
                  f"{t['json']:>8.3f}{total:>8.3f}")
        if len(rows) == 2:
            a, b = sum(rows[0][1].values()), sum(rows[1][1].values())
            print(f"this checkout / baseline: {a / b:.2f} (turn by turn: "
                  + ", ".join(f"{r:.2f}" for r in turn_ratios) + ")")
        if args.profile:
            profile(case_file)


if __name__ == "__main__":
    main()
