"""Indented JSON text, fast: ``json_text(v)`` is ``json.dumps(v, ensure_ascii=False, indent=2)``
byte for byte (docs/architecture.md, "JSON text").

``json``'s indented writer is pure Python; its compact writer is C. Every list or dict whose items
are all scalars (a result line, a shift, a payment: most of a case file or a result) is written
by the C writer with the item separator carrying the newline and the indentation of its level;
only the containers that hold containers are walked in Python. A value this writer does not
know exactly as ``json`` writes it (a float, a key that is not a string, a subclass of dict, list,
str or int) makes the whole text come from ``json.dumps`` itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

_SCALARS = frozenset({str, int, bool, type(None)})
_STR = frozenset({str})
_DICT = frozenset({dict})


class _NotPlain(Exception):
    """A value left to ``json.dumps`` (see the module docstring)."""


def json_text(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, without a final newline."""
    try:
        out: list[str] = []
        _write(value, "\n", out)
        return "".join(out)
    except _NotPlain:
        return json.dumps(value, ensure_ascii=False, indent=2)


@lru_cache(maxsize=64)  # one per indentation level ("\n" + spaces)
def _encoder(inner: str) -> Callable[[Any], str]:
    """The compact C writer with the item separator ``,`` + ``inner``; ``json``'s own encoder
    where the C writer is missing (it is the same writer ``json.dumps`` uses without indent)."""
    if c_make_encoder is None:  # pragma: no cover - CPython always has it
        return json.JSONEncoder(ensure_ascii=False, separators=("," + inner, ": ")).encode
    make = c_make_encoder(None, None, encode_basestring, None, ": ", "," + inner, False, False, True)
    return lambda items: "".join(make(items, 0))


def _flat(items: Any, nl: str) -> str:
    """A non-empty list or dict of scalars at the level whose lines start with ``nl``, its items
    separated by ``,`` + newline + indentation."""
    inner = nl + "  "
    text = _encoder(inner)(items)
    return text[0] + inner + text[1:-1] + nl + text[-1]


def _items(run: dict[str, Any], inner: str) -> str:
    """The items of a dict of scalars, separated by ``,`` + ``inner``, without the braces."""
    return _encoder(inner)(run)[1:-1]


def _flat_dict(d: dict[Any, Any]) -> bool:
    """A non-empty dict of string keys and scalar values (a line, a shift, a payment)."""
    return bool(d) and _STR.issuperset(map(type, d)) and _SCALARS.issuperset(map(type, d.values()))


def _flat_dicts(items: list[dict[str, Any]], nl: str) -> str:
    """A list of ``_flat_dict`` dicts at the level whose lines start with ``nl``, in one call of
    the C writer with the dicts' item separator; the separators between the dicts are then set
    to their own level. A newline inside a string is written ``\\n``, so ``},`` + newline + the
    dicts' indentation + ``{`` is only ever the place between two dicts."""
    inner = nl + "  "
    deeper = inner + "  "
    body = _encoder(deeper)(items)[2:-2].replace("}," + deeper + "{", inner + "}," + inner + "{" + deeper)
    return "[" + inner + "{" + deeper + body + inner + "}" + nl + "]"


def _scalar(v: Any) -> str:
    """A string, an int, a boolean or None as ``json`` writes it."""
    t = type(v)
    if t is str:
        return encode_basestring(v)  # type: ignore[no-any-return]
    if v is None:
        return "null"
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return int.__repr__(v)
    raise _NotPlain


def _write(v: Any, nl: str, out: list[str]) -> None:
    t = type(v)
    if t is dict:
        if not v:
            out.append("{}")
        elif not _STR.issuperset(map(type, v)):
            raise _NotPlain
        elif _SCALARS.issuperset(map(type, v.values())):
            out.append(_flat(v, nl))
        else:  # runs of scalar items in one call of the C writer each, containers walked
            inner = nl + "  "
            sep = "{" + inner
            run: dict[str, Any] = {}
            for key, item in v.items():
                ti = type(item)
                if ti is dict or ti is list:
                    if run:
                        out.append(sep + _items(run, inner))
                        sep, run = "," + inner, {}
                    out.append(sep + encode_basestring(key) + ": ")
                    _write(item, inner, out)
                    sep = "," + inner
                elif ti in _SCALARS:
                    run[key] = item
                else:
                    raise _NotPlain
            if run:
                out.append(sep + _items(run, inner))
            out.append(nl + "}")
    elif t is list:
        if not v:
            out.append("[]")
        elif _SCALARS.issuperset(map(type, v)):
            out.append(_flat(v, nl))
        elif _DICT.issuperset(map(type, v)) and all(map(_flat_dict, v)):
            out.append(_flat_dicts(v, nl))
        else:
            inner = nl + "  "
            sep = "[" + inner
            for item in v:
                ti = type(item)
                if ti is dict or ti is list:
                    out.append(sep)
                    _write(item, inner, out)
                else:
                    out.append(sep + _scalar(item))
                sep = "," + inner
            out.append(nl + "]")
    else:
        out.append(_scalar(v))
