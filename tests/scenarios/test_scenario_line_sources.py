"""Line provenance in the hand-worked scenarios: which rate bound and which rate version it came from.

``test_scenarios.py`` matches expected lines on kind, premium, hours, rate and amount. A scenario
line may also state ``binding`` (national | sector | agreed | ...), ``rate_table`` (e.g.
``be/pc-302``), ``rate_from`` (the version's first day) and ``status`` (verified | secondary |
derived | unverified). This module checks those fields for every expected line that states one:
the line is found with the same core fields, then its provenance is compared.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent
_EXTRA = ("binding", "rate_table", "rate_from", "status")


def _cases() -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for path in sorted(HERE.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        workers = ((data or {}).get("expect") or {}).get("workers") or {}
        if any(any(k in ln for k in _EXTRA) for w in workers.values() for ln in (w or {}).get("lines") or []):
            out.append((path, data))
    return out


CASES = _cases()


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.0001"))


def _core_match(exp: dict[str, Any], line: Any) -> bool:
    kind = str(line.kind)
    if "kind" in exp:
        if exp["kind"] == "flat_premium":
            if kind in ("normal", "overtime"):
                return False
        elif exp["kind"] != kind:
            return False
    for key, actual in (("premium", line.premium), ("rate", line.rate), ("amount", line.amount)):
        if key in exp and Decimal(str(actual)) != Decimal(str(exp[key])):
            return False
    return not ("hours" in exp and _hours(line.minutes) != Decimal(str(exp["hours"])))


def _as_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@pytest.mark.parametrize("path,data", CASES, ids=[p.stem for p, _ in CASES])
def test_line_provenance(path: Path, data: dict[str, Any]) -> None:
    from wage_remedy.case.store import parse_case_data
    from wage_remedy.compute import compute
    from wage_remedy.law.catalogue import load_catalogue

    as_of = data.get("as_of")
    as_of = dt.date.fromisoformat(str(as_of)) if as_of else None
    result = compute(parse_case_data(data["case"]), load_catalogue(), as_of)
    errors: list[str] = []
    for wid, wexp in data["expect"]["workers"].items():
        periods = {p.period: p for p in result.worker(str(wid)).periods}
        for exp in (wexp or {}).get("lines") or []:
            if not any(k in exp for k in _EXTRA):
                continue
            p = periods.get(str(exp["period"]))
            if p is None:
                errors.append(f"{wid}: no period {exp['period']}")
                continue
            found = [ln for ln in p.lines if _core_match(exp, ln)]
            if len(found) != 1:
                errors.append(f"{wid} {exp['period']}: {len(found)} lines match {exp}")
                continue
            line = found[0]
            for key in _EXTRA:
                if key in exp and _as_text(getattr(line, key)) != str(exp[key]):
                    errors.append(f"{wid} {exp['period']} line {exp.get('kind')} {exp.get('rate')}: "
                                  f"{key} expected {exp[key]}, got {_as_text(getattr(line, key))}")
    assert not errors, f"{path.name}:\n  " + "\n  ".join(errors)
