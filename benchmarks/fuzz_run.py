"""Long fuzz run (issue 18): mutated and generated case files (loaded, computed, checked against
their claims, what-if, one in ten rendered as a statement), rate folders (rates check, then the
calculation on what passes) and imports, each expected to succeed or to be refused cleanly (what
the command line reports with exit 2).

    python benchmarks/fuzz_run.py                      # 10,000 cases, 1,000 rate folders, 2,000 imports
    python benchmarks/fuzz_run.py --scale 0.05         # a quick run (5 %)
    python benchmarks/fuzz_run.py --out fuzz-findings  # keep every crashing or hanging input

Items run in child processes, in batches: an item that kills its process (a native abort) is a
crash, an item that takes longer than ``--timeout`` seconds is a hang; the run goes on after
either. Mutators: ``tests/fuzz/mutators.py`` (shared with the property-based tests). Prints a
summary and exits 1 when anything crashed or hung.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KINDS = ("cases", "rates", "imports")
DEFAULTS = {"cases": 10_000, "rates": 1_000, "imports": 2_000}
BATCH = {"cases": 500, "rates": 50, "imports": 250}


class _Hang(Exception):
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise _Hang()


# ------------------------------------------------------------------------------------ child side
class _Runner:
    """Builds and runs one item of a kind from its seed (in the child process)."""

    def __init__(self, kind: str, work: Path):
        from tests.documents.conftest import base_case
        from tests.fuzz.mutators import base_xlsx
        from wage_remedy.demo import demo_case_path
        from wage_remedy.law.catalogue import default_rates_dir, load_catalogue
        self.kind, self.work = kind, work
        self.bases = [base_case(), json.loads(Path(demo_case_path()).read_text(encoding="utf-8"))]
        self.catalogue = load_catalogue()
        self.xlsx = base_xlsx()
        self.rates_src = default_rates_dir()
        self.rate_files = sorted(self.rates_src.rglob("*.yaml"))
        if kind == "rates":
            self.rates = work / "rates"
            shutil.copytree(self.rates_src, self.rates,
                            ignore=shutil.ignore_patterns("*.md", "*.py", "__pycache__"))

    def input_for(self, seed: int) -> tuple[str, bytes]:
        """(file name, bytes) of the item, to keep when it crashes."""
        from tests.fuzz.mutators import (
            csv_bytes,
            hostile_case_text,
            mutate_data,
            mutate_rate_text,
            mutate_text,
            plausible_data,
            xlsx_bytes,
        )
        rng = random.Random(seed)
        if self.kind == "cases":
            base = self.bases[seed % 2]
            how = rng.random()
            if how < 0.35:  # odd but valid values: the calculation meets them
                text = json.dumps(plausible_data(base, rng, rng.randint(1, 8)), ensure_ascii=False)
            elif how < 0.6:  # mutated
                text = json.dumps(mutate_data(base, rng, rng.randint(1, 4)), ensure_ascii=False)
            elif how < 0.75:
                text = mutate_text(json.dumps(base, indent=1), rng, rng.randint(1, 6))
            elif how < 0.85:
                text = hostile_case_text(rng)
            else:  # generated: a case assembled from hostile parts
                text = json.dumps(mutate_data(base, rng, rng.randint(10, 40)), ensure_ascii=False)
            return "case.json", text.encode("utf-8", errors="surrogatepass")
        if self.kind == "imports":
            if rng.random() < 0.5:
                return "in.xlsx", xlsx_bytes(rng, self.xlsx)
            return "in.csv", csv_bytes(rng)
        picks = rng.sample(self.rate_files, rng.randint(1, 3))
        files = {p.relative_to(self.rates_src).as_posix():
                 mutate_rate_text(p.read_text(encoding="utf-8"), rng) for p in picks}
        return "rates.json", json.dumps(files).encode("utf-8")

    def run(self, seed: int) -> str:
        from tests.fuzz.mutators import REFUSALS
        name, data = self.input_for(seed)
        try:
            self._run(name, data, seed)
        except REFUSALS:
            return "refused"
        return "ok"

    def _run(self, name: str, data: bytes, seed: int) -> None:
        from wage_remedy.case.store import parse_case, parse_case_data
        from wage_remedy.compute import compute
        from wage_remedy.importing.plan import apply_import, plan_import
        if self.kind == "cases":
            case = parse_case(data.decode("utf-8", errors="surrogatepass"))
            result = compute(case, self.catalogue)
            # the other commands on the same case: check, whatif, and (1 in 10) a document
            from wage_remedy.claims import check_claims
            from wage_remedy.whatif import what_if
            check_claims(case, self.catalogue, result=result)
            what_if(case, self.catalogue, agreed_rate="none", base=result)
            if seed % 10 == 0 and result.workers:
                from wage_remedy.documents.issue import render_document
                render_document("statement", case, result, lang="fr", number=f"{case.reference}/ST-001",
                                issued_at="2025-06-30T10:00:00Z")
            return
        if self.kind == "imports":
            src = self.work / name
            src.write_bytes(data)
            case = parse_case_data(self.bases[0])
            plan = plan_import(case, src, worker="w1" if seed % 2 else None, catalogue=self.catalogue)
            if plan.to_import and not plan.problems:
                apply_import(case, plan, skip_rejected=True, catalogue=self.catalogue)
            return
        from wage_remedy.law.catalogue import load_catalogue
        from wage_remedy.rates_soundness import required_problems, sample_problems
        files = json.loads(data)
        try:
            for rel, text in files.items():
                (self.rates / rel).write_text(text, encoding="utf-8", errors="surrogatepass")
            cat = load_catalogue(self.rates)
            if required_problems(cat) or sample_problems(cat):
                return  # rates check refuses the folder
            from tests.fuzz.mutators import REFUSALS
            for base in self.bases:  # passed the check: compute must not trip on it
                try:
                    compute(parse_case_data(base), cat)
                except REFUSALS:
                    pass
        finally:
            for rel in files:
                shutil.copyfile(self.rates_src / rel, self.rates / rel)


def child(kind: str, start: int, stop: int, timeout: float) -> int:
    """Run seeds [start, stop); one line per item on stdout: ``seed outcome [detail]``."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        runner = _Runner(kind, Path(tmp))
        use_alarm = hasattr(signal, "SIGALRM")
        if use_alarm:
            signal.signal(signal.SIGALRM, _alarm)
        for seed in range(start, stop):
            sys.stdout.write(f"{seed} start\n")
            sys.stdout.flush()
            t0 = time.monotonic()
            try:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, timeout)
                outcome = runner.run(seed)
                detail = ""
            except _Hang:
                outcome, detail = "hang", f"over {timeout:g} s"
            except BaseException as exc:  # noqa: BLE001 - what the run is looking for
                outcome = "crash"
                tb = traceback.extract_tb(exc.__traceback__)
                where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(tb)
                              if "wage_remedy" in f.filename), "?")
                detail = f"{type(exc).__name__} at {where}: {str(exc)[:160]}"
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            ms = int((time.monotonic() - t0) * 1000)
            sys.stdout.write(f"{seed} {outcome} {ms} {json.dumps(detail)}\n")
            sys.stdout.flush()
    return 0


# ------------------------------------------------------------------------------------ parent side
def run_kind(kind: str, count: int, seed0: int, timeout: float, out: Path | None) -> dict[str, Any]:
    """Run ``count`` items of ``kind`` in child processes; return the tally and the findings."""
    tally = {"ok": 0, "refused": 0, "crash": 0, "hang": 0}
    findings: list[dict[str, Any]] = []
    slowest = 0
    seed, stop = seed0, seed0 + count
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    while seed < stop:
        end = min(stop, seed + BATCH[kind])
        proc = subprocess.Popen([sys.executable, __file__, "--child", kind, str(seed), str(end),
                                 "--timeout", str(timeout)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=str(ROOT))
        assert proc.stdout is not None
        current, last_seen = None, time.monotonic()
        for line in proc.stdout:
            parts = line.rstrip("\n").split(" ", 3)
            s, outcome = int(parts[0]), parts[1]
            last_seen = time.monotonic()
            if outcome == "start":
                current = s
                continue
            current = None
            tally[outcome] += 1
            slowest = max(slowest, int(parts[2]))
            if outcome in ("crash", "hang"):
                findings.append({"kind": kind, "seed": s, "outcome": outcome,
                                 "detail": json.loads(parts[3])})
            seed = s + 1
        proc.wait()
        _ = last_seen
        if current is not None:  # the process died on this item (native abort, out of memory)
            tally["crash"] += 1
            err = (proc.stderr.read() if proc.stderr else "")[-300:]
            findings.append({"kind": kind, "seed": current, "outcome": "crash",
                             "detail": f"the process died (exit {proc.returncode}): {err.strip()}"})
            seed = current + 1
        elif proc.returncode != 0 and seed < end:
            raise SystemExit(f"fuzz child failed: {(proc.stderr.read() if proc.stderr else '')[-2000:]}")
    if out is not None and findings:
        keep_inputs(kind, findings, out)
    return {"tally": tally, "findings": findings, "slowest_ms": slowest}


def keep_inputs(kind: str, findings: list[dict[str, Any]], out: Path) -> None:
    """Write the input of each finding to ``out`` (``<kind>-<seed>-<name>``)."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fuzz-keep-") as tmp:
        runner = _Runner(kind, Path(tmp))
        for f in findings:
            name, data = runner.input_for(f["seed"])
            (out / f"{kind}-{f['seed']}-{name}").write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", type=int, default=None)
    p.add_argument("--rates", type=int, default=None)
    p.add_argument("--imports", type=int, default=None)
    p.add_argument("--scale", type=float, default=1.0, help="multiply the default counts")
    p.add_argument("--seed", type=int, default=0, help="first seed")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds before an item is a hang")
    p.add_argument("--out", type=Path, default=None, help="keep crashing and hanging inputs here")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--child", nargs=3, metavar=("KIND", "START", "STOP"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        kind, start, stop = args.child
        return child(kind, int(start), int(stop), args.timeout)
    counts = {k: getattr(args, k) if getattr(args, k) is not None else int(DEFAULTS[k] * args.scale)
              for k in KINDS}
    t0 = time.monotonic()
    summary: dict[str, Any] = {}
    for kind in KINDS:
        if counts[kind] <= 0:
            continue
        k0 = time.monotonic()
        summary[kind] = run_kind(kind, counts[kind], args.seed, args.timeout, args.out)
        summary[kind]["seconds"] = round(time.monotonic() - k0, 1)
        if not args.json:
            t = summary[kind]["tally"]
            sys.stdout.write(f"{kind:<8} {counts[kind]:>6} items: {t['ok']} ok, {t['refused']} refused "
                             f"cleanly, {t['crash']} crashes, {t['hang']} hangs "
                             f"(slowest {summary[kind]['slowest_ms']} ms, {summary[kind]['seconds']} s)\n")
            for f in summary[kind]["findings"][:20]:
                sys.stdout.write(f"  {f['outcome']} seed {f['seed']}: {f['detail']}\n")
            sys.stdout.flush()
    bad = sum(s["tally"]["crash"] + s["tally"]["hang"] for s in summary.values())
    if args.json:
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    else:
        sys.stdout.write(f"total: {bad} crashes or hangs in {time.monotonic() - t0:.0f} s\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
