"""The case file's text is json.dumps(data, ensure_ascii=False, indent=2) byte for byte, whoever
writes it (case/store.dump_case writes it faster, docs/architecture.md)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wage_remedy.case.store import case_to_data, dump_case, load_case
from wage_remedy.demo import demo_case_path
from wage_remedy.jsontext import json_text

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text() | st.floats(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                    max_leaves=30)


def _text(value: Any) -> str:
    return json_text(value)


@given(JSON)
def test_same_text_as_json(value: Any) -> None:
    assert _text(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [{"a": "é\n\"\\\u2028\x01", "b": [], "c": {}, "d": [1, True, None, {"x": [{}]}]},
                                   [], {}, "x", [[]], -0, 10**30])
def test_awkward_values(value: Any) -> None:
    assert _text(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [
    "".join(chr(i) for i in range(0x3000) if not 0xD800 <= i < 0xE000) + "\U0001F600\u2028\ufeff\uffff",
    {"\x00\x1f\x7f": ["\ud800"]}, 2**63, -2**63 - 1, 2**64, [True, False, None, 0, -1]])
def test_every_character_and_the_integer_limits(value: Any) -> None:
    """Control characters, DEL, the line separators, a lone surrogate (orjson refuses it: json
    writes it) and integers around 64 bits (orjson's limit) come out as json writes them."""
    assert _text(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_the_demo_case_file_text() -> None:
    case = load_case(demo_case_path())
    assert dump_case(case) == json.dumps(case_to_data(case), ensure_ascii=False, indent=2) + "\n"


def test_the_result_text_of_the_demo() -> None:
    """``compute --format json`` writes what json.dumps(indent=2) would, byte for byte."""
    from wage_remedy.compute import compute, result_to_json
    from wage_remedy.compute.result import result_json_text
    from wage_remedy.law.catalogue import load_catalogue
    result = compute(load_case(demo_case_path()), load_catalogue())
    assert result_json_text(result) == json.dumps(result_to_json(result), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("value", [{1: "a"}, {"a": 1.5, "b": [2]}, [float("nan"), 1], {"a": [{"b": 1e300}]}])
def test_values_left_to_json(value: Any) -> None:
    """Floats and keys that are not strings: the text is json's own."""
    assert _text(value) == json.dumps(value, ensure_ascii=False, indent=2)
