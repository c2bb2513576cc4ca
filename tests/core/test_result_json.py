"""The result JSON of every scenario and of the demo: plain JSON types only (no float), its text
is json.dumps(indent=2)'s byte for byte though orjson writes it without a check of the types
(compute/result.result_json_text), and the totals per debtor are debtor_totals' / payable_total's
(docs/heads.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from wage_remedy.case.store import load_case, parse_case_data
from wage_remedy.compute import compute
from wage_remedy.compute.result import (
    DebtorTotal,
    Head,
    Result,
    debtor_totals,
    head_to_json,
    line_to_json,
    payable_total,
    result_json_bytes,
    result_json_text,
    result_to_json,
)
from wage_remedy.demo import demo_case_path
from wage_remedy.law.catalogue import load_catalogue

SCENARIOS = sorted((Path(__file__).resolve().parents[1] / "scenarios").glob("*.yaml"))
VALID = [p for p in SCENARIOS if "expect" in yaml.safe_load(p.read_text(encoding="utf-8"))]
NAMES = ["demo", *(p.stem for p in VALID)]


@cache
def _result(name: str) -> Result:
    if name == "demo":
        return compute(load_case(demo_case_path()), load_catalogue())
    data = yaml.safe_load((SCENARIOS[0].parent / f"{name}.yaml").read_text(encoding="utf-8"))
    as_of = data.get("as_of")
    if as_of is not None and not isinstance(as_of, dt.date):
        as_of = dt.date.fromisoformat(str(as_of))
    return compute(parse_case_data(data["case"]), load_catalogue(), as_of)


def _plain_types(value: Any, path: str = "$") -> None:
    """Fails at the first value that is not exactly a dict with string keys, a list, a string,
    an integer, a boolean or None (a float above all: orjson spells floats unlike json)."""
    kind = type(value)
    assert kind in (dict, list, str, int, bool, type(None)), f"{path}: {kind.__name__} {value!r}"
    if kind is dict:
        for key, item in value.items():
            assert type(key) is str, f"{path}: key {key!r}"
            _plain_types(item, f"{path}.{key}")
    elif kind is list:
        for i, item in enumerate(value):
            _plain_types(item, f"{path}[{i}]")


def test_the_scenarios_are_found() -> None:
    assert len(VALID) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_result_json_holds_no_float(name: str) -> None:
    _plain_types(result_to_json(_result(name)))


@pytest.mark.parametrize("name", NAMES)
def test_result_text_is_json_dumps(name: str) -> None:
    result = _result(name)
    assert result_json_text(result) == json.dumps(result_to_json(result), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", ["demo", "pc302-new-year", "nl-turning-21"])
def test_result_bytes_are_the_text_in_utf8(name: str) -> None:
    """What the command writes (bytes) is the text, encoded in UTF-8, non-ASCII included."""
    result = dataclasses.replace(_result(name), reference="Brasserie – Kaai é ü ✓")
    data = result_json_bytes(result)
    assert data == (json.dumps(result_to_json(result), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert "Brasserie – Kaai é ü ✓".encode() in data


def _money(t: DebtorTotal) -> dict[str, str]:
    return {k: f"{v:.2f}" for k, v in
            (("due", t.due), ("paid", t.paid), ("unpaid", t.unpaid), ("interest", t.interest), ("total", t.total))}


def _totals(heads: list[Head], as_of: dt.date) -> dict[str, Any]:
    return {"debtors": {d: _money(t) for d, t in debtor_totals(heads).items()},
            "payable_now": _money(payable_total(heads, as_of))}


@pytest.mark.parametrize("name", NAMES)
def test_debtor_totals_of_workers_and_case(name: str) -> None:
    """Each worker's and the case's totals are debtor_totals / payable_total of their heads,
    though result_to_json adds each head up once for both."""
    result = _result(name)
    data = result_to_json(result)
    for w, wj in zip(result.workers, data["workers"], strict=True):
        assert {k: wj[k] for k in ("debtors", "payable_now")} == _totals(list(w.heads), result.as_of)
    every = [h for w in result.workers for h in w.heads]
    assert {k: data[k] for k in ("debtors", "payable_now")} == _totals(every, result.as_of)


@pytest.mark.parametrize("name", ["demo", "pc302-sunday-night-premiums", "partial-payments-overpaid"])
def test_one_line_or_head_alone_as_in_the_result(name: str) -> None:
    result = _result(name)
    data = result_to_json(result)
    for w, wj in zip(result.workers, data["workers"], strict=True):
        assert [head_to_json(h) for h in w.heads] == wj["heads"]
        for p, pj in zip(w.periods, wj["periods"], strict=True):
            assert [line_to_json(ln) for ln in p.lines] == pj["lines"]


def test_money_texts_of_unusual_decimals() -> None:
    """Amounts not held in cents are rounded half-up to two decimals in the JSON."""
    result = _result("demo")
    w = result.workers[0]
    p = w.periods[0]
    ln = dataclasses.replace(p.lines[0], amount=Decimal("0"), rate=Decimal("1E+1"), premium=Decimal("5E+1"))
    assert {k: line_to_json(ln)[k] for k in ("amount", "rate", "premium")} == {
        "amount": "0.00", "rate": "10", "premium": "50"}
    for amount, text in ((Decimal("-0"), "-0.00"), (Decimal("12.345"), "12.35"), (Decimal("1E+2"), "100.00"),
                         (Decimal("7"), "7.00"), (Decimal("-0.005"), "-0.01")):
        assert line_to_json(dataclasses.replace(ln, amount=amount))["amount"] == text


def test_text_of_what_orjson_refuses_is_json_dumps() -> None:
    """A lone surrogate (orjson refuses it) still comes out as json.dumps writes it."""
    result = dataclasses.replace(_result("demo"), reference="ref \ud800 é")
    assert result_json_text(result) == json.dumps(result_to_json(result), ensure_ascii=False, indent=2) + "\n"


def test_bytes_of_a_lone_surrogate_read_back_as_the_same_string() -> None:
    """UTF-8 cannot hold a lone surrogate: the bytes carry its JSON escape, which json.loads
    reads back as the same string, the rest as json.dumps writes it."""
    result = dataclasses.replace(_result("demo"), reference="ref \ud800 é")
    data = result_json_bytes(result)
    assert b'"reference": "ref \\ud800 \xc3\xa9"' in data
    assert json.loads(data) == json.loads(json.dumps(result_to_json(result)))
