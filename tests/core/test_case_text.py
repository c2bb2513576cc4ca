"""The case file's text is json.dumps(data, ensure_ascii=False, indent=2) byte for byte, whoever
writes it (case/store.dump_case writes it faster, docs/architecture.md)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wage_remedy.case.store import _indented, case_to_data, dump_case, load_case
from wage_remedy.demo import demo_case_path

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                    max_leaves=30)


def _text(value: Any) -> str:
    parts: list[str] = []
    _indented(value, "\n", parts)
    return "".join(parts)


@given(JSON)
def test_same_text_as_json(value: Any) -> None:
    assert _text(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [{"a": "é\n\"\\\u2028\x01", "b": [], "c": {}, "d": [1, True, None, {"x": [{}]}]},
                                   [], {}, "x", [[]], -0, 10**30])
def test_awkward_values(value: Any) -> None:
    assert _text(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_the_demo_case_file_text() -> None:
    case = load_case(demo_case_path())
    assert dump_case(case) == json.dumps(case_to_data(case), ensure_ascii=False, indent=2) + "\n"
