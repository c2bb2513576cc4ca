"""Mutators for fuzzing the case loader, the rate loader and the importer (issue 18), shared by
the property-based tests (``tests/fuzz``) and the long run (``benchmarks/fuzz_run.py``).

Every mutator takes a ``random.Random``: the tests draw its seed with hypothesis, the long run
counts seeds. What may come out of the program under test: success, or one of ``REFUSALS`` (the
errors the command line turns into exit 2). Anything else is a crash.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wage_remedy.case.store import CaseError
from wage_remedy.documents import DocumentError
from wage_remedy.law.catalogue import LookupError_
from wage_remedy.law.loader import RateFileError

REFUSALS: tuple[type[BaseException], ...] = (CaseError, RateFileError, LookupError_, DocumentError)

HOSTILE_SCALARS: list[Any] = [
    None, True, 0, -1, 1, 59, 60, 61, 10**18, 10**19, -(10**30), 1.5, 1e308, float("inf"),
    "", " ", "x" * 5000, "0", "-5.00", "1.005", "100.00", "999999999999.99", "1000000000000",
    "1" * 40, "1e5", "NaN", "Infinity", "2025-02-30", "2025-13-01", "20250101", "2025-W01-1",
    "1899-12-31", "2201-01-01", "2025-03-03", "24:00", "00:00", "23:59", "25:00", "9:00",
    "2025-03", "2025-W53", "fr", "zz", "BE", "NL", "month", "week", "net", "gross",
    "be/pc-302", "be/national-minimum", "nl/minimum-wage", "II", "w1", "w2", "\u0000", "é" * 300,
]


def hostile_value(rng: random.Random, depth: int = 0) -> Any:
    """A value such as a hostile or careless file holds."""
    pick = rng.random()
    if pick < 0.7 or depth > 3:
        return rng.choice(HOSTILE_SCALARS)
    if pick < 0.85:
        return [hostile_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["id", "date", "amount", "x", "from", "to", "start", "end"]):
            hostile_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _paths(v, prefix + (i,))
    return out


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        data = data[p]
    return data


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{2}:\d{2}$")
_AMOUNT = re.compile(r"^\d+\.\d+$|^\d+$")


def plausible_value(value: Any, rng: random.Random) -> Any:
    """Another value of the same form (a date, a time, an amount, a count): valid for the
    format, possibly absurd (a shift in 1901, an amount of 99,999,999,999.99)."""
    if isinstance(value, str) and _DATE.match(value):
        day = dt.date(rng.choice([1901, 1990, 2024, 2025, 2025, 2026, 2199]), rng.randint(1, 12),
                      rng.randint(1, 28))
        return day.isoformat()
    if isinstance(value, str) and _TIME.match(value):
        return f"{rng.randint(0, 23):02d}:{rng.choice([0, 1, 15, 30, 59]):02d}"
    if isinstance(value, str) and _AMOUNT.match(value):
        return rng.choice(["0", "0.01", "1.00", "37.5", "60", "1500.00", "99999999999.99",
                           "123456.78", "0.0001", "999999999999"])
    if isinstance(value, int) and not isinstance(value, bool):
        return rng.choice([0, 1, 30, 59, 60, 600, 1439, 10**6])
    return value


def plausible_data(data: Any, rng: random.Random, n: int = 1) -> Any:
    """``data`` with ``n`` values replaced by others of the same form (mostly still a valid case:
    the calculation, not the loader, meets the odd values)."""
    out = copy.deepcopy(data)
    paths = [p for p in _paths(out) if p]
    for _ in range(n):
        path = rng.choice(paths)
        parent = _get(out, path[:-1])
        parent[path[-1]] = plausible_value(parent[path[-1]], rng)
    return out


def mutate_data(data: Any, rng: random.Random, n: int = 1) -> Any:
    """``data`` (JSON-like) after ``n`` random mutations: a value replaced by another of the same
    form or a hostile one, a key removed or added, a list item duplicated or removed, a type
    changed."""
    out = copy.deepcopy(data)
    for _ in range(n):
        paths = _paths(out)
        path = rng.choice(paths)
        if not path:
            continue
        parent, key = _get(out, path[:-1]), path[-1]
        op = rng.random()
        if op < 0.35:
            parent[key] = plausible_value(parent[key], rng)
        elif op < 0.55:
            parent[key] = hostile_value(rng)
        elif op < 0.7:
            if isinstance(parent, dict):
                parent.pop(key, None)
            elif parent:
                parent.pop(key)
        elif op < 0.8 and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif op < 0.9 and isinstance(parent, dict):
            parent[rng.choice(["extra", "note", "amount", "hours", "id", "documents"])] = hostile_value(rng)
        else:
            value = parent[key]
            parent[key] = str(value) if not isinstance(value, str) else [value]
    return out


def mutate_text(text: str, rng: random.Random, n: int = 1) -> str:
    """``text`` after ``n`` character-level mutations (cut, insert, delete, duplicate)."""
    s = text
    for _ in range(n):
        if not s:
            return rng.choice(["{", "[", "", "null"])
        i = rng.randrange(len(s))
        op = rng.random()
        if op < 0.2:
            s = s[:i]
        elif op < 0.5:
            s = s[:i] + rng.choice(['"', "{", "}", "[", "]", ",", ":", "\\", "\n", "9" * 50, "&a ",
                                    "*a", "- ", "'", "\t", "\u00e9", "0x", "-"]) + s[i:]
        elif op < 0.75:
            s = s[:i] + s[i + rng.randint(1, 20):]
        else:
            j = min(len(s), i + rng.randint(1, 200))
            s = s[:j] + s[i:j] + s[j:]
    return s


def hostile_case_text(rng: random.Random) -> str:
    """A whole case file built to break a parser: deep nesting, huge numbers, duplicate keys."""
    kind = rng.randrange(6)
    if kind == 0:
        n = rng.choice([30, 500, 1000, 5000])
        return '{"format": "wage-remedy-case", "x": ' + "[" * n + "]" * n + "}"
    if kind == 1:
        return '{"format": "wage-remedy-case", "version": ' + "9" * rng.choice([19, 4301, 20000]) + "}"
    if kind == 2:
        return '{"format": "wage-remedy-case", "format": "wage-remedy-case", "reference": "A"}'
    if kind == 3:
        return '{"format": "wage-remedy-case", "version": NaN, "as_of": Infinity}'
    if kind == 4:
        return "\ufeff" + json.dumps({"format": "wage-remedy-case", "version": 1})
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 200))).decode("latin-1")


# ------------------------------------------------------------------------------------ imports
CSV_CELLS = ["2025-03-03", "03/03/2025", "3 mars 2025", "09:00", "17:30", "8,5", "8.30", "30",
             "1.234,56", "1,234.56", "€ 12,50", "1" * 40, "-5", "w1", "Worker w1", "", " ",
             "=1+1", "2025-02-30", "25:00", "x" * 2000, "2025-03", "bank", "cash", "\"", ";"]
CSV_HEADERS = ["date", "start", "end", "break", "hours", "from", "to", "amount", "payment date",
               "for", "method", "note", "worker", "datum", "begin", "einde", "bedrag", "x"]


def csv_bytes(rng: random.Random) -> bytes:
    """A CSV file: a header of known and unknown names, rows of plausible and hostile cells."""
    delim = rng.choice([";", ",", "\t", "|"])
    header = rng.sample(CSV_HEADERS, rng.randint(1, 6))
    lines = []
    if rng.random() < 0.1:
        lines.append("sep=" + rng.choice([";", ",", "x", "", "\t", "ab"]))
    lines.append(delim.join(header))
    for _ in range(rng.randint(0, 30)):
        lines.append(delim.join(rng.choice(CSV_CELLS) for _ in range(rng.randint(0, len(header) + 2))))
    text = "\n".join(lines)
    if rng.random() < 0.3:
        text = mutate_text(text, rng, rng.randint(1, 5))
    data = text.encode(rng.choice(["utf-8", "utf-8-sig", "cp1252", "utf-16"]), errors="replace")
    return data


def xlsx_bytes(rng: random.Random, base: bytes) -> bytes:
    """A workbook: ``base`` damaged (bytes flipped, cut), or rebuilt with a mutated sheet."""
    op = rng.random()
    if op < 0.35:
        b = bytearray(base)
        for _ in range(rng.randint(1, 20)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if op < 0.5:
        return base[: rng.randrange(len(base))]
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = rng.choice([n for n in parts if n.endswith(".xml")])
    text = parts[name].decode("utf-8", errors="replace")
    if rng.random() < 0.3:
        text = text.replace('r="A1"', f'r="{rng.choice(["XFD1048576", "IV200001", "ZZZ1", "A0"])}"')
    parts[name] = mutate_text(text, rng, rng.randint(1, 4)).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return out.getvalue()


def base_xlsx() -> bytes:
    """A small valid timesheet workbook."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Datum", "Begin", "Einde", "Pauze (min)", "Bedrag"])
    ws.append(["2025-03-03", "09:00", "17:30", 30, None])
    ws.append(["2025-03-04", "09:00", "17:30", 30, None])
    ws.append(["2025-03-31", None, None, None, "250,00"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------------ rates
def mutate_rate_text(text: str, rng: random.Random) -> str:
    """A rate file after a mutation: a quoted value replaced by a hostile one, YAML syntax
    damaged, an alias bomb or a recursive alias added."""
    op = rng.random()
    if op < 0.55:
        quoted = [i for i, ch in enumerate(text) if ch == '"']
        if len(quoted) >= 2:
            k = rng.randrange(len(quoted) // 2) * 2
            a, b = quoted[k], quoted[k + 1]
            value = rng.choice(['"0"', '"-1"', '"100000000"', '"12345678901234567890123456"',
                                '"0.0000001"', '"9999-99-99"', '"2025-01-01"', '""', "0", "null",
                                '"24:00"', '"x"', "[]", "{}", '"1e5"', '"365"', '"13"'])
            return text[:a] + value + text[b + 1:]
    if op < 0.7:
        return text + "\nbomb: &b0 [x]\n" + "".join(
            f"b{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 9) + "]\n" for i in range(1, 9))
    if op < 0.75:
        return text + "\nloop: &l [*l]\n"
    return mutate_text(text, rng, rng.randint(1, 4))


def check_outcome(fn: Callable[[], Any]) -> str:
    """Run ``fn``: ``"ok"``, ``"refused"`` (one of ``REFUSALS``), or re-raise anything else."""
    try:
        fn()
    except REFUSALS:
        return "refused"
    return "ok"


def write(path: Path, data: bytes | str) -> Path:
    """Write a fuzz input file."""
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    path.write_bytes(data)
    return path
