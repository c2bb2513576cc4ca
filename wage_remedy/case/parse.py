"""Case JSON to a validated ``CaseFile`` (docs/reliability.md): hostile input is refused before
the model sees it, and every problem is listed with its JSON path.

* ``loads_case_json`` decodes case JSON with bounds: nesting depth, integer digits, no NaN, and
  duplicate keys reported with their JSON path and line.
* ``parse_case_data`` validates decoded JSON: nesting depth, worker ids used twice, the format
  and its version, then the model (``case/model.py``).

Below ``filesafety`` (which reads a case file through ``parse_case``) and ``store``.
"""

from __future__ import annotations

import gc
import json
import re
from itertools import chain, compress
from typing import Any

from pydantic import ValidationError

from wage_remedy.case.model import CASE_FORMAT, CASE_VERSION, CaseFile
from wage_remedy.errors import CaseError, CaseProblem, Params, params_of

#: Input bounds (not legal figures): real case files are nested 5 levels deep.
MAX_DEPTH = 24
MAX_INT_DIGITS = 18


def cut(text: object, limit: int = 40) -> str:
    """``text`` shortened for a message: the start and its length."""
    s = str(text)
    return s if len(s) <= limit else f"{s[:limit]}… ({len(s):,} characters)"



class _NumberError(ValueError):
    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise _NumberError(f"an integer of {digits:,} digits; whole numbers in a case file have "
                           f"at most {MAX_INT_DIGITS} digits", "int")
    return int(text)


# Every byte to b"0" (an ASCII digit) or b" " (anything else): an integer of more than
# MAX_INT_DIGITS digits needs a run of that many digits in the text.
_DIGIT_BYTES = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))
_LONG_RUN = b"0" * (MAX_INT_DIGITS + 1)


def _may_hold_long_int(text: str) -> bool:
    """Whether ``text`` has a run of more than ``MAX_INT_DIGITS`` ASCII digits (in C: a byte
    table and a substring search, a few milliseconds for a year of 100 workers' shifts). Without
    one, no integer can be too long and the integers are read without a call per integer."""
    return _LONG_RUN in text.encode("utf-8", "surrogatepass").translate(_DIGIT_BYTES)


def _parse_constant(text: str) -> Any:
    raise _NumberError(f"{text} is not a JSON number", "constant")


def loads_case_json(text: str, file: str | None = None) -> Any:
    """Decode case JSON, refusing (``CaseError``) invalid JSON with its line, integers over
    ``MAX_INT_DIGITS`` digits, NaN/Infinity, and keys that appear twice in one object (each with
    its JSON path and line).

    Nesting deeper than ``MAX_DEPTH`` is refused here only where it comes with a duplicate key
    or is too deep to decode: otherwise ``parse_case_data`` refuses it, before any other
    problem, as soon as the model refuses anything (the model accepts nothing that deep), so a
    valid case is not walked a second time."""
    twice: list[list[tuple[str, Any]]] = []  # the objects that hold a key twice
    note = twice.append

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)  # a repeated key keeps its last value, as json.loads does
        if len(out) != len(items):
            note(items)
        return out

    too_deep = CaseProblem("", f"nested more than {MAX_DEPTH} levels deep; a case file is never "
                           "nested that deep")
    paused = gc.isenabled()
    gc.disable()  # tens of thousands of small acyclic dicts: no full-heap scans meanwhile
    try:
        raw = json.loads(text, object_pairs_hook=pairs,
                         parse_int=_parse_int if _may_hold_long_int(text) else None,
                         parse_constant=_parse_constant)
    except json.JSONDecodeError as exc:
        raise CaseError([CaseProblem("", f"not valid JSON: {exc.msg} at line {exc.lineno}, "
                                     f"column {exc.colno}")], file) from None
    except RecursionError:
        raise CaseError([too_deep], file) from None
    except _NumberError as exc:
        m = re.search(rf"\d{{{MAX_INT_DIGITS + 1},}}", text) if exc.kind == "int" else None
        at = f" (line {text.count(chr(10), 0, m.start()) + 1})" if m else ""
        raise CaseError([CaseProblem("", f"{exc}{at}")], file) from None
    finally:
        if paused:
            gc.enable()
    if twice:
        deep = depth_problem(raw)  # the depth first, as parse_case_data reports it
        if deep is not None:
            raise CaseError([deep], file)
        keys = sorted({k for items in twice for k in _repeated(items)})
        raise CaseError(locate_duplicate_keys(text) or [
            CaseProblem("", f"the key {cut(k)!r} appears twice in one object; each key once")
            for k in keys], file)
    return raw


def _repeated(items: list[tuple[str, Any]]) -> list[str]:
    """The keys that appear more than once in ``items``."""
    seen: set[str] = set()
    out = []
    for k, _v in items:
        if k in seen:
            out.append(k)
        seen.add(k)
    return out


def depth_problem(raw: Any) -> CaseProblem | None:
    """The first place nested deeper than ``MAX_DEPTH`` (checked without recursion)."""
    # Only containers are visited (a scalar only where it is itself too deep) and a place's path
    # is spelled out only for the problem: a year of shifts is checked in a few milliseconds.
    if not _too_deep(raw):  # the common case, without building the paths
        return None
    stack: list[tuple[Any, int, Any]] = [(raw, 1, None)]
    while stack:
        node, depth, link = stack.pop()
        if depth > MAX_DEPTH:
            return CaseProblem(cut(_link_path(link), 120), f"nested more than {MAX_DEPTH} levels "
                               "deep; a case file is never nested that deep")
        deeper = depth + 1 > MAX_DEPTH
        if isinstance(node, dict):
            stack.extend((v, depth + 1, (link, k, False)) for k, v in node.items()
                         if deeper or isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, depth + 1, (link, i, True)) for i, v in enumerate(node)
                         if deeper or isinstance(v, dict | list))
    return None


# The types ``json.loads`` gives: a level holding only these is sorted by exact type in C loops.
_JSON_TYPES = frozenset({dict, list, str, int, float, bool, type(None)})
_DICT, _LIST = frozenset({dict}), frozenset({list})


def _too_deep(raw: Any) -> bool:
    """Whether ``depth_problem`` finds a problem: the same walk, one level of containers at a
    time, the values of a level gathered and sorted by C-level iteration (a year of shifts of
    100 workers in a few milliseconds)."""
    if not isinstance(raw, dict | list):
        return False
    dicts, lists = ([raw], []) if isinstance(raw, dict) else ([], [raw])
    depth = 1
    while dicts or lists:
        if depth >= MAX_DEPTH:  # anything inside a container at this depth is too deep
            return any(dicts) or any(lists)
        values = list(chain(chain.from_iterable(map(dict.values, dicts)), chain.from_iterable(lists)))
        types = list(map(type, values))
        if _JSON_TYPES.issuperset(types):
            dicts = list(compress(values, map(_DICT.__contains__, types)))
            lists = list(compress(values, map(_LIST.__contains__, types)))
        else:  # other types (subclasses of dict or list among them): one by one
            dicts = [v for v in values if isinstance(v, dict)]
            lists = [v for v in values if isinstance(v, list)]
        depth += 1
    return False


def _link_path(link: Any) -> str:
    """``a.b[2].c`` from the chain of (parent, key, is_index) links of ``depth_problem``."""
    parts: list[tuple[Any, bool]] = []
    while link is not None:
        link, key, is_index = link
        parts.append((key, is_index))
    path = ""
    for key, is_index in reversed(parts):
        path = f"{path}[{key}]" if is_index else (f"{path}.{key}" if path else str(key))
    return path


def duplicate_worker_ids(raw: Any) -> list[CaseProblem]:
    """``workers[i].id`` for every worker id already used by an earlier worker."""
    workers = raw.get("workers") if isinstance(raw, dict) else None
    if not isinstance(workers, list):
        return []
    first: dict[str, int] = {}
    out = []
    for i, w in enumerate(workers):
        wid = w.get("id") if isinstance(w, dict) else None
        if not isinstance(wid, str):
            continue
        if wid in first:
            out.append(CaseProblem(f"workers[{i}].id", f"worker id {cut(wid)!r} is used twice (also by "
                                   f"workers[{first[wid]}]); ids are unique in a case"))
        else:
            first[wid] = i
    return out


def locate_duplicate_keys(text: str, limit: int = 20) -> list[CaseProblem]:
    """Every key that appears twice in one object, with its JSON path and lines (a small scanner
    run only when the decoder found a duplicate; ``text`` is valid JSON)."""
    out: list[CaseProblem] = []
    frames: list[list[Any]] = []  # [is_object, path, {key: line}, current key or array index]
    expect_key = False
    line, i, n = 1, 0, len(text)

    def child(frame: list[Any]) -> str:
        if frame[0]:
            return f"{frame[1]}.{frame[3]}" if frame[1] else str(frame[3])
        return f"{frame[1]}[{frame[3]}]"

    while i < n and len(out) < limit:
        ch = text[i]
        if ch == "\n":
            line += 1
        elif ch in "{[":
            path = child(frames[-1]) if frames else ""
            frames.append([ch == "{", path, {}, None if ch == "{" else 0])
            expect_key = ch == "{"
        elif ch in "}]":
            if frames:
                frames.pop()
            expect_key = False
        elif ch == ",":
            if frames and frames[-1][0]:
                expect_key = True
            elif frames:
                frames[-1][3] += 1
        elif ch == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if expect_key and frames and frames[-1][0]:
                key = json.loads(text[i:j + 1])
                top = frames[-1]
                if key in top[2]:
                    where = f"{top[1]}.{key}" if top[1] else key
                    out.append(CaseProblem(cut(where, 120), f"line {line}: the key {cut(key)!r} "
                                           f"appears twice in one object (first at line "
                                           f"{top[2][key]}); each key once"))
                else:
                    top[2][key] = line
                top[3] = key
                expect_key = False
            i = j
        i += 1
    return out


def json_path(loc: tuple[Any, ...]) -> str:
    """``("workers", 0, "shifts", 2, "start")`` -> ``workers[0].shifts[2].start``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and part.startswith("function-"):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out


def _located(err: Any) -> str:
    """The JSON path of a validation error; a worker-level check about one field names it."""
    path = json_path(tuple(err["loc"]))
    if err["type"] == "start-missing":
        path += ".employment.start"
    return path


def _code(err: dict[str, Any]) -> str:
    """The problem code of a validation error: ``missing``, ``empty`` (a required text left
    blank), ``extra`` (an unknown field) or pydantic's own error type."""
    kind = str(err["type"])
    if kind == "string_too_short" and (err.get("ctx") or {}).get("min_length") == 1:
        return "empty"
    return {"extra_forbidden": "extra"}.get(kind, kind)


def _params(err: dict[str, Any]) -> Params:
    """The figures of a validation error (pydantic's ``ctx``), for presenting it by its code."""
    ctx = err.get("ctx") or {}
    return params_of({k: v for k, v in ctx.items() if k != "error"})


def _message(err: dict[str, Any]) -> str:
    kind = err["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (not part of the case format)"
    msg = str(err["msg"])
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    if kind == "literal_error":
        return f"{repr(err.get('input'))[:40]} is not allowed: {msg}"
    return msg


def parse_case_data(raw: Any, file: str | None = None) -> CaseFile:
    """Validate decoded JSON into a ``CaseFile``; raise ``CaseError`` listing every problem.

    Data nested deeper than ``MAX_DEPTH`` is refused with that one problem, before any other.
    The model nests far less deep and recurses no deeper than itself, so a case it accepts never
    is: the nesting is checked when something is refused, not for every valid case."""
    if not isinstance(raw, dict):
        raise CaseError([CaseProblem("", "a case file is a JSON object")], file)
    try:
        return _validated(raw, file)
    except (CaseError, RecursionError):  # a message quoting a deeply nested value may recurse
        deep = depth_problem(raw)
        if deep is not None:
            raise CaseError([deep], file) from None
        raise


def _validated(raw: dict[str, Any], file: str | None) -> CaseFile:
    """``parse_case_data`` but for the nesting depth."""
    duplicate_ids = duplicate_worker_ids(raw)
    if duplicate_ids:  # located at workers[i].id
        raise CaseError(duplicate_ids, file)
    fmt = raw.get("format")
    if fmt != CASE_FORMAT:
        raise CaseError([CaseProblem("format", f"expected {CASE_FORMAT!r}, got {repr(fmt)[:40]}: "
                                     "this is not a wage-remedy case file")], file)
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > CASE_VERSION:
        raise CaseError([CaseProblem(
            "version", f"this case was written in format version {version} by a newer "
            f"wage-remedy; this program reads version {CASE_VERSION}. Update the program; the "
            "file was not changed")], file)
    paused = gc.isenabled()
    gc.disable()  # tens of thousands of small acyclic objects: no full-heap scans meanwhile
    try:
        return CaseFile.model_validate(raw)
    except ValidationError as exc:
        problems = [CaseProblem(_located(e), _message(dict(e)), _code(dict(e)),
                                _params(dict(e))) for e in exc.errors()]
        raise CaseError(problems, file) from None
    finally:
        if paused:
            gc.enable()


def parse_case(text: str, file: str | None = None) -> CaseFile:
    """Parse case JSON text (bounded: see ``loads_case_json``)."""
    return parse_case_data(loads_case_json(text, file), file)
