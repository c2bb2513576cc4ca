"""Acceptance scenarios worked out by hand (one YAML file per scenario in this folder).

Each ``*.yaml`` holds a complete case file (``case``), the hand calculation (``working``) and
either the expected result (``expect``) or the expected input problems (``expect_errors``).
The expected figures were computed from the law and docs/method.md, never copied from the program.

``expect`` shape::

    expect:
      workers:
        w1:
          due / paid / unpaid / interest / total: "1234.56"     # each optional
          periods:                                              # optional; when given, the
            "2025-03": {due, paid, unpaid, interest, due_date}  # set of periods must match
          lines:                                                # optional; for every period named
            - {period, kind, premium, hours, rate, amount}      # here the lines must match one to
                                                                # one (each field optional)

``kind: flat_premium`` also matches a line whose kind is the premium's own id (e.g. ``night``):
any kind other than ``normal`` / ``overtime``.

``expect_errors`` items: ``{path, message_contains}`` (path is a prefix; message_contains a
string or a list of strings, all required, case-insensitive) or ``{any_of: [such items]}``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

HERE = Path(__file__).resolve().parent
SCENARIOS = sorted(HERE.glob("*.yaml"))

_MONEY_FIELDS = ("due", "paid", "unpaid", "interest", "total")
_PERIOD_FIELDS = ("due", "paid", "unpaid", "interest")


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: a scenario is a mapping"
    assert "case" in data, f"{path.name}: no 'case'"
    assert ("expect" in data) != ("expect_errors" in data), (
        f"{path.name}: give exactly one of 'expect' and 'expect_errors'")
    return data


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _dec(value: Any) -> Decimal:
    assert isinstance(value, str), f"expected figures are quoted strings, got {value!r}"
    return Decimal(value)


def _run(data: dict[str, Any]):
    from wage_remedy.case.store import parse_case_data
    from wage_remedy.compute import compute
    from wage_remedy.law.catalogue import load_catalogue

    case = parse_case_data(data["case"])
    catalogue = load_catalogue()
    return compute(case, catalogue, _date(data.get("as_of")))


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.0001"))


def _kind_matches(expected: str, actual: str) -> bool:
    if expected == "flat_premium":
        return actual == "flat_premium" or actual not in ("normal", "overtime")
    return expected == actual


def _line_matches(exp: dict[str, Any], line: Any) -> bool:
    if "kind" in exp and not _kind_matches(exp["kind"], str(line.kind)):
        return False
    if "premium" in exp and Decimal(line.premium) != _dec(exp["premium"]):
        return False
    if "rate" in exp and Decimal(line.rate) != _dec(exp["rate"]):
        return False
    if "hours" in exp and _hours(line.minutes) != _dec(exp["hours"]):
        return False
    if "amount" in exp and Decimal(line.amount) != _dec(exp["amount"]):
        return False
    return True


def _describe(line: Any) -> str:
    return (f"kind={line.kind} premium={line.premium} hours={_hours(line.minutes)} "
            f"rate={line.rate} amount={line.amount}")


def _check_worker(name: str, wid: str, exp: dict[str, Any], actual: Any) -> list[str]:
    errors: list[str] = []
    for field in _MONEY_FIELDS:
        if field in exp and Decimal(getattr(actual, field)) != _dec(exp[field]):
            errors.append(f"{wid}.{field}: expected {exp[field]}, got {getattr(actual, field)}")
    periods = {p.period: p for p in actual.periods}
    exp_periods = exp.get("periods") or {}
    if exp_periods and set(exp_periods) != set(periods):
        errors.append(f"{wid}: periods expected {sorted(exp_periods)}, got {sorted(periods)}")
    for pname, pexp in exp_periods.items():
        p = periods.get(str(pname))
        if p is None:
            continue
        for field in _PERIOD_FIELDS:
            if field in pexp and Decimal(getattr(p, field)) != _dec(pexp[field]):
                errors.append(f"{wid} {pname}.{field}: expected {pexp[field]}, "
                              f"got {getattr(p, field)}")
        if "due_date" in pexp and p.due_date != _date(pexp["due_date"]):
            errors.append(f"{wid} {pname}.due_date: expected {pexp['due_date']}, got {p.due_date}")
    by_period: dict[str, list[dict[str, Any]]] = {}
    for line in exp.get("lines") or []:
        by_period.setdefault(str(line["period"]), []).append(line)
    for pname, exp_lines in by_period.items():
        p = periods.get(pname)
        if p is None:
            errors.append(f"{wid}: no period {pname} for the expected lines")
            continue
        remaining = list(p.lines)
        for el in exp_lines:
            match = next((ln for ln in remaining if _line_matches(el, ln)), None)
            if match is None:
                errors.append(f"{wid} {pname}: no line matches {el}; lines: "
                              + "; ".join(_describe(ln) for ln in p.lines))
            else:
                remaining.remove(match)
        if remaining:
            errors.append(f"{wid} {pname}: unexpected lines: "
                          + "; ".join(_describe(ln) for ln in remaining))
    return errors


def _contains_all(message: str, wanted: Any) -> bool:
    items = wanted if isinstance(wanted, list) else [wanted]
    return all(str(w).lower() in message.lower() for w in items)


def _problem_matches(spec: dict[str, Any], problems: list[Any]) -> bool:
    if "any_of" in spec:
        return any(_problem_matches(alt, problems) for alt in spec["any_of"])
    prefix = spec.get("path", "")
    wanted = spec.get("message_contains", [])
    return any(str(p.path).startswith(prefix) and _contains_all(str(p.message), wanted)
               for p in problems)


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path) -> None:
    data = _load(path)
    if "expect_errors" in data:
        from wage_remedy.case.store import CaseError

        with pytest.raises(CaseError) as info:
            _run(data)
        problems = list(info.value.problems)
        shown = "; ".join(f"{p.path}: {p.message}" for p in problems)
        for spec in data["expect_errors"]:
            assert _problem_matches(spec, problems), (
                f"{path.name}: no problem matches {spec}; problems: {shown}")
        return

    result = _run(data)
    errors: list[str] = []
    for wid, wexp in (data["expect"].get("workers") or {}).items():
        errors += _check_worker(path.name, str(wid), wexp or {}, result.worker(str(wid)))
    assert not errors, f"{path.name}:\n  " + "\n  ".join(errors)
