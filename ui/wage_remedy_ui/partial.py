"""Results for the complete workers while another worker is still being filled in.

The core refuses a case with a problem anywhere (a missing birth date, overlapping shifts). While
the user types, one incomplete worker must not hide everyone else's figures: when every problem
lies inside some workers (``workers[i]...``), the other workers are computed on their own. The
case itself is never replaced by this reduced copy: only its ``Result`` is shown, and the workers
left out stay marked as not computed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import Any

from wage_remedy.api import CaseError, CaseProblem, Catalogue, Result, compute, parse_case_data

_WORKER = re.compile(r"^workers\[(\d+)\]")


def workers_with_problems(problems: Iterable[CaseProblem]) -> set[int] | None:
    """Indexes of the workers the problems are in; None when a problem is outside the workers."""
    out: set[int] = set()
    for p in problems:
        m = _WORKER.match(p.path)
        if m is None:
            return None
        out.add(int(m.group(1)))
    return out


def partial_result(data: dict[str, Any], catalogue: Catalogue,
                   problems: Iterable[CaseProblem]) -> Result | None:
    """The result of the workers without problems (None when there are none, or when a problem
    concerns the whole case)."""
    bad = workers_with_problems(problems)
    workers = data.get("workers")
    if not bad or not isinstance(workers, list):
        return None
    keep = [w for i, w in enumerate(workers) if i not in bad]
    if not keep:
        return None
    reduced = copy.deepcopy(data)
    reduced["workers"] = keep
    ids = {w.get("id") for w in keep if isinstance(w, dict)}
    reduced["claims"] = [c for c in reduced.get("claims", []) if isinstance(c, dict) and c.get("worker") in ids]
    reduced["documents"] = []
    try:
        return compute(parse_case_data(reduced), catalogue)
    except (CaseError, ValueError, KeyError):
        return None
