"""The rate catalogue: every table of a rates folder, looked up by date."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from wage_remedy.errors import Params, WageRemedyError, params_of
from wage_remedy.law.loader import (
    RateFileError,
    RateTable,
    TableVersion,
    after_service_problems,
    load_rate_dir,
)
from wage_remedy.law.schema import Source


class LookupError_(WageRemedyError):
    """A rate cannot be looked up (unknown table or key, date not covered, a gap in the data).

    ``code`` and ``params`` say which, for presenters in other languages (docs/architecture.md,
    "Errors, problems, warnings"): ``unknown-table``, ``no-rates`` (table, date, start, last),
    ``rate-gap`` (table, date, start, url), ``rate-key`` (table, date, dimension, key), ``no-parameter``
    (table, date, name); ``rate-lookup`` for the others."""

    def __init__(self, message: str, code: str = "rate-lookup", params: Params = ()):
        super().__init__(message)
        self.code, self.params = code, params


@dataclass(frozen=True)
class RateValue:
    """A value from a table with the version it came from."""

    value: Decimal
    table: str
    version_from: dt.date
    status: str
    source: Source
    outdated: bool = False

    @property
    def ref(self) -> str:
        """``be/pc-302@2026-01-01``."""
        return f"{self.table}@{self.version_from.isoformat()}"


def default_rates_dir() -> Path:
    """The rates folder shipped with the program (package data, works installed and frozen)."""
    return Path(str(resources.files("wage_remedy_rates")))


def user_rates_dir() -> Path:
    """The user's rates folder (imported bundles, versions added in the app, ``law/bundle.py``):
    ``$WAGE_REMEDY_USER_RATES``, else ``<user data dir>/rates``."""
    env = os.environ.get("WAGE_REMEDY_USER_RATES")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_data_dir("wage-remedy", appauthor=False)) / "rates"


class Catalogue:
    """All rate tables of one folder."""

    def __init__(self, tables: dict[str, RateTable], root: str):
        self.tables = tables
        self.root = root
        self.user_root: str | None = None  # the user's rates folder when some tables come from it
        self.user_tables: tuple[str, ...] = ()
        self._starts = {tid: [v.start for v in t.versions] for tid, t in tables.items()}
        self._version_cache: dict[tuple[str, dt.date], TableVersion] = {}
        self._parameter_cache: dict[tuple[str, dt.date, str], RateValue] = {}
        h = hashlib.sha256()
        for tid in sorted(tables):
            h.update(f"{tid}:{tables[tid].digest}\n".encode())
        self.digest = h.hexdigest()

    def table(self, table_id: str) -> RateTable:
        """The table ``table_id``; an error names the known tables."""
        try:
            return self.tables[table_id]
        except KeyError:
            raise LookupError_(
                f"unknown rate table {table_id!r}; known tables: {', '.join(sorted(self.tables))}",
                "unknown-table", params_of(table=table_id)) from None

    def sectors(self, jurisdiction: str | None = None) -> list[RateTable]:
        """Sector tables, optionally of one jurisdiction."""
        return [t for t in self.tables.values() if t.kind == "sector"
                and (jurisdiction is None or t.jurisdiction == jurisdiction)]

    def coverage(self, table_id: str) -> str:
        t = self.table(table_id)
        return f"{t.versions[0].start.isoformat()} onwards (last version {t.versions[-1].start.isoformat()})"

    def version(self, table_id: str, on: dt.date) -> TableVersion:
        """The version of ``table_id`` in force on ``on``."""
        hit = self._version_cache.get((table_id, on))
        if hit is not None:
            return hit
        t = self.table(table_id)
        if on < t.versions[0].start:
            raise LookupError_(
                f"{table_id} has no rates for {on.isoformat()}: it covers {self.coverage(table_id)}",
                "no-rates", params_of(table=table_id, date=on, start=t.versions[0].start,
                                      last=t.versions[-1].start))
        index = bisect.bisect_right(self._starts[table_id], on) - 1
        chosen = t.versions[index]
        if chosen.gap and index == len(t.versions) - 1 and index > 0 and not t.versions[index - 1].gap:
            # A trailing gap: the table changed on that date but the new figures are not verified.
            # The last verified version is used, and is_outdated() reports it (docs/method.md, Rates that are current: a date after
            # the last version gets the last version with a warning).
            chosen = t.versions[index - 1]
        elif chosen.gap:
            raise LookupError_(
                f"{table_id} on {on.isoformat()}: the figures in force from "
                f"{chosen.start.isoformat()} are not verified and not in the catalogue "
                f"({chosen.note}); add them to rates/ ({chosen.source.url})",
                "rate-gap", params_of(table=table_id, date=on, start=chosen.start, url=chosen.source.url))
        self._version_cache[(table_id, on)] = chosen
        return chosen

    def version_span(self, table_id: str, on: dt.date) -> tuple[TableVersion, dt.date, dt.date]:
        """``version(table_id, on)`` and the days [from, to) around ``on`` on which that lookup
        gives the same version (a caller walking days in order looks the version up once per
        span, not once per day)."""
        chosen = self.version(table_id, on)
        starts = self._starts[table_id]
        index = bisect.bisect_right(starts, on)
        return chosen, starts[index - 1], starts[index] if index < len(starts) else dt.date.max

    def is_outdated(self, table_id: str, on: dt.date) -> bool:
        """True when ``on`` is after the table's ``reviewed_through`` date (docs/method.md, Rates that are current: a newer
        version may exist) or in a trailing gap (the figures in force are not in the catalogue)."""
        t = self.table(table_id)
        if t.versions[-1].gap and on >= t.versions[-1].start:
            return True
        return on > t.reviewed_through

    def value(self, table_id: str, on: dt.date, *keys: str) -> RateValue:
        """The value at ``keys`` (one per dimension) in force on ``on``."""
        t = self.table(table_id)
        if len(keys) != len(t.dimensions):
            raise LookupError_(f"{table_id} needs {len(t.dimensions)} keys ({', '.join(t.dimensions)})")
        v = self.version(table_id, on)
        node: Any = v.values
        for dim, key in zip(t.dimensions, keys, strict=True):
            if not isinstance(node, dict) or key not in node:
                allowed = ", ".join(node) if isinstance(node, dict) else ""
                raise LookupError_(
                    f"{table_id} on {on.isoformat()} has no {dim} {key!r}; allowed: {allowed}",
                    "rate-key", params_of(table=table_id, date=on, dimension=dim, key=key))
            node = node[key]
        return RateValue(node, table_id, v.start, v.status, v.source, self.is_outdated(table_id, on))

    def parameter(self, table_id: str, on: dt.date, name: str) -> RateValue:
        """A named parameter in force on ``on`` (remembered: asked per pay period of every worker)."""
        key = (table_id, on, name)
        hit = self._parameter_cache.get(key)
        if hit is not None:
            return hit
        v = self.version(table_id, on)
        if name not in v.parameters:
            raise LookupError_(f"{table_id} on {on.isoformat()} has no parameter {name!r}",
                               "no-parameter", params_of(table=table_id, date=on, name=name))
        hit = RateValue(v.parameters[name], table_id, v.start, v.status, v.source,
                        self.is_outdated(table_id, on))
        if len(self._parameter_cache) < 100_000:
            self._parameter_cache[key] = hit
        return hit



def load_catalogue(root: str | Path | None = None) -> Catalogue:
    """Load and validate a rates folder (default: the bundled one); raise ``RateFileError``."""
    path = Path(root) if root is not None else default_rates_dir()
    if not path.is_dir():
        from wage_remedy.law.loader import RateProblem
        raise RateFileError([RateProblem(str(path), "", None, "rates folder not found")])
    tables, problems = load_rate_dir(path)
    if problems:
        raise RateFileError(problems)
    user_tables: list[str] = []
    user = None
    if root is None:  # the bundled tables, with the user's rates folder over them
        tables, user, user_tables = with_user_rates(tables)
    across = after_service_problems(tables)  # rules that name another table (rates/FORMAT.md)
    if across:
        raise RateFileError(across)
    cat = Catalogue(tables, str(path))
    cat.user_root = str(user) if user_tables else None
    cat.user_tables = tuple(user_tables)
    return cat


def with_user_rates(tables: dict[str, RateTable]) -> tuple[dict[str, RateTable], Path, list[str]]:
    """The user's rates folder (imported bundles, versions added in the app) over the bundled
    tables: a user table is used unless the bundled one is reviewed through a later date (a newer
    program release)."""
    from wage_remedy.law.loader import RateProblem

    user = user_rates_dir()
    if not user.is_dir() or not any(user.glob("*/*.yaml")):
        return tables, user, []
    utables, problems = load_rate_dir(user)
    if problems:
        raise RateFileError(problems + [RateProblem(str(user), "", None, "the user's rates folder is "
                                        "invalid: import a new rates bundle or remove this folder")])
    merged = dict(tables)
    used = []
    for tid, t in utables.items():
        bundled = tables.get(tid)
        if bundled is None or t.reviewed_through >= bundled.reviewed_through:
            merged[tid] = t
            used.append(tid)
    return merged, user, sorted(used)
