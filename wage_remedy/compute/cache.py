"""Per-worker memory of a computation, so that an edit recomputes only the workers it touched.

The app computes the same case again after every edit. A worker's part of the computation (its
periods, lines, heads, problems, warnings and the rate versions it used) depends only on that
worker's record and on the case around it (jurisdiction, settings, as-of and inspection dates,
the rates); it never depends on the other workers. ``compute(case, catalogue, cache=cache)``
reuses the part of every worker whose record is the *same object* as last time (the app's
incremental validation, ``case.revalidate``, hands back unchanged workers as the same objects)
in the same case context, and computes the others. The Result is identical to a computation
without the cache, bit for bit (tests/core/test_worker_cache.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from wage_remedy.case.model import CaseFile, Worker
from wage_remedy.errors import CaseProblem


@dataclass
class WorkerPart:
    """What computing one worker produced."""

    worker: Worker  # kept so that an identity match cannot be a recycled object id
    result: Any  # WorkerResult | None
    problems: list[CaseProblem]
    warnings: list[Any]
    usage: dict[str, Any]  # the Usage attributes the worker added (versions, outdated, ...)


@dataclass
class WorkerCache:
    """Worker parts of the last computation of one case, and JSON fragments of its workers."""

    context: tuple[object, ...] | None = None
    parts: dict[int, WorkerPart] = field(default_factory=dict)
    json: dict[int, tuple[Worker, str]] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    def start(self, case: CaseFile, catalogue: Any, as_of: dt.date) -> None:
        """Begin a computation: forget everything when the case context changed."""
        context = (id(catalogue), getattr(catalogue, "digest", None), as_of,
                   case.model_dump_json(exclude={"workers", "claims", "documents"}))
        if context != self.context:
            self.context = context
            self.parts.clear()
        self.hits = self.misses = 0

    def get(self, index: int, worker: Worker) -> WorkerPart | None:
        part = self.parts.get(index)
        if part is not None and part.worker is worker:
            self.hits += 1
            return part
        self.misses += 1
        return None

    def put(self, index: int, part: WorkerPart) -> None:
        self.parts[index] = part

    def keep(self, count: int) -> None:
        """Drop the parts of workers beyond ``count`` (the case has fewer workers now)."""
        for i in [i for i in self.parts if i >= count]:
            del self.parts[i]
        for i in [i for i in self.json if i >= count]:
            del self.json[i]

    def worker_json(self, index: int, worker: Worker) -> str:
        """The worker's JSON as ``inputs_digest`` serialises it, made once per worker object."""
        hit = self.json.get(index)
        if hit is not None and hit[0] is worker:
            return hit[1]
        text = worker.model_dump_json(by_alias=True, exclude_none=True)
        self.json[index] = (worker, text)
        return text
