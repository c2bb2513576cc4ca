"""Property-based fuzz (issue 18) of the case loader, the rate loader and the importer: whatever
the input, the result is success or a clean refusal (what the command line reports with exit 2),
never another exception. A few hundred examples here; ``benchmarks/fuzz_run.py`` runs thousands.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.documents.conftest import base_case
from tests.fuzz.mutators import (
    base_xlsx,
    check_outcome,
    csv_bytes,
    hostile_case_text,
    mutate_data,
    mutate_rate_text,
    mutate_text,
    plausible_data,
    write,
    xlsx_bytes,
)
from wage_remedy.case.store import CaseError, parse_case, parse_case_data
from wage_remedy.compute import compute
from wage_remedy.demo import demo_case_path
from wage_remedy.importing.plan import apply_import, plan_import
from wage_remedy.law.catalogue import Catalogue, default_rates_dir, load_catalogue
from wage_remedy.law.loader import parse_rate_text
from wage_remedy.rates_soundness import required_problems, sample_problems

FUZZ = settings(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BASES = [base_case(), json.loads(Path(demo_case_path()).read_text(encoding="utf-8"))]
RATE_FILES = sorted(p for p in default_rates_dir().rglob("*.yaml"))
XLSX = base_xlsx()


@settings(FUZZ, max_examples=160)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 5), base=st.sampled_from([0, 1]),
       how=st.sampled_from(["plausible", "plausible", "data", "data", "text", "hostile"]))
def test_case_loader_and_compute(catalogue: Catalogue, seed: int, n: int, base: int, how: str) -> None:
    rng = random.Random(seed)
    if how == "plausible":
        text = json.dumps(plausible_data(BASES[base], rng, n * 4), ensure_ascii=False)
    elif how == "data":
        text = json.dumps(mutate_data(BASES[base], rng, n), ensure_ascii=False)
    elif how == "text":
        text = mutate_text(json.dumps(BASES[base], indent=1), rng, n)
    else:
        text = hostile_case_text(rng)
    check_outcome(lambda: compute(parse_case(text), catalogue))
    try:
        parse_case(text)
    except CaseError as exc:  # every message short: the offending value is cut, never echoed
        assert all(len(p.message) <= 600 and len(p.path) <= 200 for p in exc.problems), exc


@settings(FUZZ, max_examples=120)
@given(seed=st.integers(0, 2**32 - 1), which=st.integers(0, len(RATE_FILES) - 1))
def test_rate_file_loader(seed: int, which: int) -> None:
    path = RATE_FILES[which]
    rel = path.relative_to(default_rates_dir()).as_posix()
    text = mutate_rate_text(path.read_text(encoding="utf-8"), random.Random(seed))
    check_outcome(lambda: parse_rate_text(text, rel, rel[:-len(".yaml")]))


@pytest.fixture(scope="module")
def rates_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rates") / "rates"
    shutil.copytree(default_rates_dir(), out, ignore=shutil.ignore_patterns("*.md", "*.py", "__pycache__"))
    return out


@settings(FUZZ, max_examples=12)
@given(seed=st.integers(0, 2**32 - 1), which=st.integers(0, len(RATE_FILES) - 1))
def test_rates_check_catches_what_compute_trips_on(rates_copy: Path, seed: int, which: int) -> None:
    # A folder that passes the checks of `rates check` computes every base case without a crash.
    rel = RATE_FILES[which].relative_to(default_rates_dir())
    target = rates_copy / rel
    original = RATE_FILES[which].read_text(encoding="utf-8")
    target.write_text(mutate_rate_text(original, random.Random(seed)), encoding="utf-8")
    try:
        def run() -> None:
            cat = load_catalogue(rates_copy)
            if required_problems(cat) or sample_problems(cat):
                return
            for data in BASES:
                check_outcome(lambda d=data: compute(parse_case_data(d), cat))
        check_outcome(run)
    finally:
        target.write_text(original, encoding="utf-8")


@settings(FUZZ, max_examples=150)
@given(seed=st.integers(0, 2**32 - 1), xlsx=st.booleans())
def test_importer(catalogue: Catalogue, tmp_path_factory: pytest.TempPathFactory, seed: int,
                  xlsx: bool) -> None:
    rng = random.Random(seed)
    folder = tmp_path_factory.mktemp("imp")
    src = write(folder / ("in.xlsx" if xlsx else "in.csv"), xlsx_bytes(rng, XLSX) if xlsx else csv_bytes(rng))
    case = parse_case_data(base_case())

    def run() -> Any:
        plan = plan_import(case, src, worker=rng.choice(["w1", None]), catalogue=catalogue)
        if plan.to_import and not plan.problems:
            apply_import(case, plan, skip_rejected=True, catalogue=catalogue)

    check_outcome(run)
