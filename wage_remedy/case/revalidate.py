"""Validation of a case edited a little at a time: unchanged workers are not validated again.

The app validates the whole case after every edit; for 100 workers with a year of shifts each
that is most of a second. :class:`Revalidator` keeps the last valid case and the decoded JSON it
came from; when only some workers' records changed (the rest of the case is equal) it validates
those workers alone and hands back the others as the same objects, which also lets
``compute(..., cache=...)`` skip them. Anything else (a change outside the workers, a problem
anywhere) goes through :func:`store.parse_case_data`, so the problems reported are exactly the
full validation's.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from wage_remedy.case.model import CaseFile, Worker
from wage_remedy.case.parse import depth_problem, parse_case_data


class Revalidator:
    """``parse(raw)`` == ``store.parse_case_data(raw)``, faster when few workers changed.

    ``raw`` must not be changed after it was passed (decode a fresh copy for every call).
    """

    def __init__(self) -> None:
        self._case: CaseFile | None = None
        self._rest: dict[str, Any] | None = None
        self._workers: list[Any] = []
        self.validated = 0  # workers validated by the last call (for tests and benchmarks)

    def parse(self, raw: Any) -> CaseFile:
        """The validated case; ``CaseError`` lists every problem, as the full validation does."""
        workers = raw.get("workers") if isinstance(raw, dict) else None
        if self._case is None or not isinstance(workers, list):
            return self._full(raw)
        rest = {k: v for k, v in raw.items() if k != "workers"}
        if rest != self._rest:
            return self._full(raw)
        old = self._case.workers
        models: list[Worker] = []
        changed = 0
        for i, wd in enumerate(workers):
            if i < len(self._workers) and self._workers[i] == wd:
                models.append(old[i])
                continue
            if not isinstance(wd, dict) or depth_problem(wd) is not None:
                return self._full(raw)
            try:
                models.append(Worker.model_validate(wd))
            except ValidationError:
                return self._full(raw)  # the full validation words and locates every problem
            changed += 1
        if len({w.id for w in models}) != len(models):
            return self._full(raw)
        self.validated = changed
        if changed == 0 and len(models) == len(old):
            return self._case
        case = self._case.model_copy(update={"workers": models})
        self._keep(raw, case)
        return case

    def _full(self, raw: Any) -> CaseFile:
        self._case = None
        case = parse_case_data(raw)  # raises CaseError with every problem
        self.validated = len(case.workers)
        self._keep(raw, case)
        return case

    def _keep(self, raw: dict[str, Any], case: CaseFile) -> None:
        self._case = case
        self._rest = {k: v for k, v in raw.items() if k != "workers"}
        self._workers = list(raw.get("workers") or [])
