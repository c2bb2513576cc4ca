"""Errors and problems of wage-remedy: one base exception, one problem type.

Every error the core raises on purpose derives from :class:`WageRemedyError`; a front end catches
that one class (anything else is a bug). Input problems are data, not exceptions raised one at a
time: a :class:`Problem` names where (a JSON path, a column, ``""`` for the whole file), a stable
``code`` with ``params`` that a presenter turns into words in the user's language, and a default
English ``message`` for the command line and the logs. No caller parses the message.

This module imports nothing from the project, so every layer may import it (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

Params = tuple[tuple[str, str], ...]


def params_of(values: Mapping[str, object] | None = None, **more: object) -> Params:
    """Parameters as a hashable tuple of (name, text) pairs, sorted by name."""
    merged = {**(values or {}), **more}
    return tuple(sorted((k, str(v)) for k, v in merged.items() if v is not None))


class WageRemedyError(Exception):
    """Base of every error wage-remedy raises deliberately (bad input, missing rates, ...)."""


@dataclass(frozen=True)
class Problem:
    """One problem in the input, located by its JSON path (``""``: the file as a whole).

    ``code`` is stable (``missing``, ``extra``, ``invalid``, ``overlap``, ...); ``params`` hold
    the figures a presenter needs; ``message`` is the default English text.
    """

    path: str
    message: str
    code: str = "invalid"
    params: Params = ()

    def param(self, name: str) -> str | None:
        """A parameter by name, or None."""
        return dict(self.params).get(name)

    @property
    def missing(self) -> bool:
        """True for a value not filled in yet (a new case or worker), not a wrong one."""
        return self.code in ("missing", "empty", "start-missing")

    def __str__(self) -> str:
        return f"{self.path or '(file)'}: {self.message}"


CaseProblem = Problem  # the name the case loader and the engine have always used


class CaseError(WageRemedyError):
    """A case file is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem], file: str | None = None):
        self.problems = list(problems)
        self.file = file
        head = f"{file}: " if file else ""
        super().__init__(head + "; ".join(str(p) for p in self.problems))

    def report(self) -> str:
        """Multi-line report for a terminal."""
        lines = [f"{self.file or 'case'}: {len(self.problems)} problem(s)"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


__all__ = ["CaseError", "CaseProblem", "Params", "Problem", "WageRemedyError", "params_of"]
