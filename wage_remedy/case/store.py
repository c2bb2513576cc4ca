"""Load, validate and save case files. Saves are atomic (temp file, fsync, rename)."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wage_remedy.case.model import CASE_FORMAT, CASE_VERSION, CaseFile
from wage_remedy.errors import CaseError, CaseProblem, Params, params_of  # noqa: F401 - re-exported
from wage_remedy.fileio import atomic_write_bytes  # noqa: F401 - re-exported for callers


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
    """Validate decoded JSON into a ``CaseFile``; raise ``CaseError`` listing every problem."""
    if not isinstance(raw, dict):
        raise CaseError([CaseProblem("", "a case file is a JSON object")], file)
    from wage_remedy.case.filesafety import depth_problem, duplicate_worker_ids
    deep = depth_problem(raw)
    if deep is not None:  # refused before the model recurses into it
        raise CaseError([deep], file)
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
    """Parse case JSON text (bounded: see ``filesafety.loads_case_json``)."""
    from wage_remedy.case.filesafety import loads_case_json
    return parse_case_data(loads_case_json(text, file), file)


def load_case(path: str | Path) -> CaseFile:
    """Read and validate a case file (``filesafety.read_case`` also gives its digest)."""
    from wage_remedy.case.filesafety import read_case
    return read_case(path)[0]


def case_to_data(case: CaseFile) -> dict[str, Any]:
    """The case as JSON-ready data (amounts as strings, aliases such as ``from``/``for``)."""
    return case.model_dump(mode="json", by_alias=True, exclude_none=True)


def dump_case(case: CaseFile) -> str:
    """Serialise a case to its canonical JSON text."""
    return json.dumps(case_to_data(case), ensure_ascii=False, indent=2) + "\n"


def save_case(case: CaseFile, path: str | Path, *, expect: str | None | bool = True) -> str:
    """Save a case atomically, under its lock; return the digest of the bytes written.

    ``expect``: the digest ``filesafety.read_case`` returned (None: the file must not exist).
    When the file on disk is no longer that, nothing is written (``CaseChangedError``). The
    default ``True`` replaces whatever the file holds (a new file, or "save mine anyway").
    """
    from wage_remedy.case.filesafety import case_lock, check_expected, clean_stale_temps
    from wage_remedy.case.filesafety import digest_bytes as digest
    data = dump_case(case).encode("utf-8")
    p = Path(path)
    with case_lock(p):
        if expect is not True:
            check_expected(p, expect if isinstance(expect, str) else None)
        clean_stale_temps(p)
        atomic_write_bytes(p, data)
    return digest(data)
