"""Load, validate and save case files. Saves are atomic (temp file, fsync, rename).

Validation (``parse_case_data``, ``parse_case``) is ``case/parse.py``; the file safety under a
load or a save (locks, digests, stale temporary files) is ``case/filesafety.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wage_remedy.case.filesafety import (
    case_lock,
    check_expected,
    clean_stale_temps,
    digest_bytes,
    read_case,
)
from wage_remedy.case.model import CaseFile
from wage_remedy.case.parse import json_path, parse_case, parse_case_data  # noqa: F401 - re-exported
from wage_remedy.errors import CaseError, CaseProblem, Params, params_of  # noqa: F401 - re-exported
from wage_remedy.fileio import atomic_write_bytes  # noqa: F401 - re-exported for callers
from wage_remedy.jsontext import json_text


def load_case(path: str | Path) -> CaseFile:
    """Read and validate a case file (``filesafety.read_case`` also gives its digest)."""
    return read_case(path)[0]


def case_to_data(case: CaseFile) -> dict[str, Any]:
    """The case as JSON-ready data (amounts as strings, aliases such as ``from``/``for``)."""
    return case.model_dump(mode="json", by_alias=True, exclude_none=True)


def dump_case(case: CaseFile) -> str:
    """Serialise a case to its canonical JSON text: ``json.dumps(data, ensure_ascii=False,
    indent=2)`` byte for byte, written by ``jsontext.json_text`` (json's own indented writer is
    pure Python and was a quarter of a second for a case of 36,500 shifts)."""
    return json_text(case_to_data(case)) + "\n"


def save_case(case: CaseFile, path: str | Path, *, expect: str | None | bool = True) -> str:
    """Save a case atomically, under its lock; return the digest of the bytes written.

    ``expect``: the digest ``filesafety.read_case`` returned (None: the file must not exist).
    When the file on disk is no longer that, nothing is written (``CaseChangedError``). The
    default ``True`` replaces whatever the file holds (a new file, or "save mine anyway").
    """
    data = dump_case(case).encode("utf-8")
    p = Path(path)
    with case_lock(p):
        if expect is not True:
            check_expected(p, expect if isinstance(expect, str) else None)
        clean_stale_temps(p)
        atomic_write_bytes(p, data)
    return digest_bytes(data)
