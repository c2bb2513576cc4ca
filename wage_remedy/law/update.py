"""Adding a version to a rate table without a text editor (``rates add``, ``rates index``, the
app's rates browser).

The new version is written as text in the house format (rates/FORMAT.md) and inserted into the
file: the comments and the order of the rest of the file are kept, nothing is re-dumped. Before
anything is written the new file passes the strict check; the file and ``CHANGELOG.md`` are then
written atomically. ``reviewed_through`` moves forward (docs/method.md, Rates that are current).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import re
import typing
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from wage_remedy.law.loader import RateFileError, RateTable, TableVersion, parse_rate_text
from wage_remedy.law.schema import Source, Version

# Software policy, not a legal figure: a change of a figure beyond this many percent (or any fall)
# is shown as implausible and must be confirmed (a typo such as 1.52097 for 15.2097).
JUMP_PERCENT = Decimal("10")
STATUSES = ("verified", "secondary", "derived", "unverified")
_BASE_KEYS = {"from", "status", "source", "note", "values", "parameters", "gap"}


class UpdateError(Exception):
    """The version cannot be added; the message says what is wrong and what is allowed."""


@dataclass(frozen=True)
class Change:
    """One figure of the new version against the version in force the day before."""

    key: str  # "I/0", "18+0", "rate"
    old: Decimal | None
    new: Decimal | None

    @property
    def percent(self) -> Decimal | None:
        """Change in percent, 2 decimals (None when a side is missing or the old figure is 0)."""
        if self.old is None or self.new is None or self.old == 0:
            return None
        return ((self.new - self.old) / self.old * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def flag(self) -> str | None:
        """Why this change looks implausible, or None."""
        if self.new is None:
            return "removed"
        if self.old is None:
            return None
        if self.new < self.old:
            return "falls"
        pct = self.percent
        if pct is not None and pct > JUMP_PERCENT:
            return f"more than {JUMP_PERCENT} %"
        return None


@dataclass
class Plan:
    """A prepared change of one rate file, checked and ready to write (``apply_plan``)."""

    table_id: str
    path: Path
    changelog: Path
    old_text: str
    new_text: str
    start: dt.date
    status: str
    source: Source
    previous: dt.date | None
    changes: list[Change]
    reviewed_through: dt.date
    action: str  # "add" | "index"
    replaces_gap: bool = False
    notes: list[str] = field(default_factory=list)
    changelog_entry: str = ""
    source_path: Path | None = None  # the file read, when the new one goes elsewhere (user folder)

    @property
    def flags(self) -> list[Change]:
        """Implausible changes (a fall, a jump beyond ``JUMP_PERCENT``, a removed figure)."""
        return [c for c in self.changes if c.flag]

    def diff_text(self) -> str:
        """The differences against the previous version, one figure a line, flags marked."""
        prev = self.previous.isoformat() if self.previous else "none"
        lines = [f"{self.table_id}: new version from {self.start} [{self.status}] "
                 f"(previous version: {prev})" + (" replacing the gap version" if self.replaces_gap else "")]
        width = max((len(c.key) for c in self.changes), default=4)
        for c in self.changes:
            old = "—" if c.old is None else str(c.old)
            new = "—" if c.new is None else str(c.new)
            pct = "" if c.percent is None else f"{c.percent:+} %"
            mark = f"  <-- CHECK: {c.flag}" if c.flag else ""
            lines.append(f"  {c.key:<{width}}  {old:>12} -> {new:<12} {pct:>9}{mark}")
        lines += [f"  note: {n}" for n in self.notes]
        lines.append(f"  reviewed_through -> {self.reviewed_through}")
        return "\n".join(lines) + "\n"

    def as_json(self) -> dict[str, Any]:
        return {"table": self.table_id, "file": str(self.path), "from": self.start.isoformat(),
                "status": self.status, "previous": self.previous.isoformat() if self.previous else None,
                "reviewed_through": self.reviewed_through.isoformat(), "replaces_gap": self.replaces_gap,
                "changes": [{"key": c.key, "old": None if c.old is None else str(c.old),
                             "new": None if c.new is None else str(c.new),
                             "percent": None if c.percent is None else str(c.percent), "flag": c.flag}
                            for c in self.changes],
                "notes": self.notes}


# ------------------------------------------------------------------------------ figures typed in
def parse_figure(text: str, where: str = "") -> Decimal:
    """A figure as typed or copied from an official page: ``15.2097``, ``15,2097``, ``2.111,89``,
    ``2 111,89``, ``€ 2111.89``. A figure whose only separator may be a thousands separator
    (``2.111``, ``2,111``) is refused as ambiguous."""
    at = f"{where}: " if where else ""
    shown = text.strip()
    s = re.sub(r"(€|EUR|%)", "", shown)
    s = re.sub(r"[\s'\u00a0\u202f]", "", s)  # spaces and apostrophes only group thousands
    if not s:
        raise UpdateError(f"{at}empty figure")
    if not re.match(r"^[0-9.,]+$", s) or not s[0].isdigit() or not s[-1].isdigit():
        raise UpdateError(f"{at}{shown!r} is not a figure (write e.g. 15.2097 or 2111,89; no minus sign)")
    if "." in s and "," in s:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if dec == "." else "."
        if s.count(dec) > 1:
            raise UpdateError(f"{at}{shown!r} is not a figure (two decimal marks)")
        whole, frac = s.split(dec)
        s = _ungroup(whole, thousands, shown, at) + "." + frac
    else:
        sep = "." if "." in s else ","
        if s.count(sep) > 1:
            s = _ungroup(s, sep, shown, at)  # 1.234.567
        elif sep in s:
            head, tail = s.split(sep)
            if len(tail) == 3 and head != "0":
                raise UpdateError(f"{at}{shown!r} is ambiguous (a thousands separator or a decimal "
                                  f"mark?): write {head}{sep}{tail}0 or {head}{tail}")
            s = f"{head}.{tail}"
    if not re.match(r"^\d+(\.\d+)?$", s):
        raise UpdateError(f"{at}{shown!r} is not a figure (write e.g. 15.2097 or 2111,89)")
    return Decimal(s)


def _is_figure(text: str) -> bool:
    try:
        parse_figure(text)
    except UpdateError:
        return False
    return True


def _ungroup(whole: str, sep: str, shown: str, at: str) -> str:
    """``1.234.567`` -> ``1234567``; the groups after the first have exactly three digits."""
    groups = whole.split(sep)
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        raise UpdateError(f"{at}{shown!r} is not a figure (thousands are grouped by three digits)")
    return "".join(groups)


def parse_figures(text: str) -> list[tuple[str | None, Decimal]]:
    """Figures pasted as a column (one a line) or as rows copied from a table (tab-separated; a
    first cell that is not a figure, the row's label, is skipped), read in the order of the
    previous version's cells; or ``KEY=VALUE`` / ``KEY<tab>VALUE`` lines where KEY is the cell,
    e.g. ``I/0`` (dimensions joined by ``/``) or a parameter name. Empty lines and lines starting
    with ``#`` are skipped."""
    out: list[tuple[str | None, Decimal]] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if len(cells) > 1 and not _is_figure(cells[1]):
            cells = []
        elif len(cells) > 2 and not _is_figure(cells[0]):
            cells = cells[1:]  # a row copied with its label (the category) first
        if len(cells) > 1 and all(_is_figure(c) for c in cells):  # a row copied from a table
            out += [(None, parse_figure(c, f"line {n}")) for c in cells]
            continue
        m = re.match(r"^([^=\t]+?)\s*(=|\t)\s*(.+)$", line)
        if m:
            out.append((m.group(1).strip(), parse_figure(m.group(3), f"line {n}")))
        else:
            out.append((None, parse_figure(line, f"line {n}")))
    if not out:
        raise UpdateError("no figures given")
    return out


# ------------------------------------------------------------------------------ reading the table
def _cells(node: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Decimal]]:
    if isinstance(node, dict):
        out: list[tuple[tuple[str, ...], Decimal]] = []
        for k, v in node.items():
            out += _cells(v, prefix + (str(k),))
        return out
    return [(prefix, node)]


def previous_version(table: RateTable, start: dt.date) -> TableVersion | None:
    """The last version with figures that starts before ``start``."""
    prev = [v for v in table.versions if v.start < start and not v.gap]
    return prev[-1] if prev else None


def cell_keys(table: RateTable, start: dt.date) -> list[str]:
    """The cells of the version in force before ``start`` in file order (``I/0``, ``rate``): the
    order in which a pasted column is read."""
    prev = previous_version(table, start)
    if prev is None:
        return []
    if table.dimensions:
        return ["/".join(k) for k, _ in _cells(prev.values)]
    return list(prev.parameters)


def rounding_decimals(table: RateTable, raw: dict[str, Any]) -> int:
    """Decimals of an indexed figure: the table's ``rounding`` (data), else 4 for hourly tables and
    2 for the others (rates/FORMAT.md)."""
    rounding = raw.get("rounding")
    if isinstance(rounding, dict) and re.fullmatch(r"[0-9]+", str(rounding.get("decimals", ""))):
        return int(rounding["decimals"])
    return 4 if table.unit == "hour" else 2


def _load(root: Path, table_id: str) -> tuple[Path, str, RateTable, dict[str, Any]]:
    if not re.match(r"^(be|nl)/[a-z0-9][a-z0-9-]*$", table_id):
        raise UpdateError(f"{table_id!r} is not a table id such as be/pc-302")
    path = root / f"{table_id}.yaml"
    if not path.is_file():
        known = sorted(p.relative_to(root).as_posix()[:-5] for p in root.rglob("*.yaml"))
        raise UpdateError(f"no table {table_id!r} in {root}; tables: {', '.join(known)}")
    text = path.read_text(encoding="utf-8")
    table = parse_rate_text(text, f"{table_id}.yaml", table_id)
    raw = yaml.safe_load(text)
    return path, text, table, raw


# ------------------------------------------------------------------------------ house-format text
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PLAIN_WORD = re.compile(r"^[a-z_]+$")
_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _key(k: str) -> str:
    return k if _PLAIN_KEY.match(k) and k.lower() not in _RESERVED else _q(k)


def _scalar(v: Any, word_ok: bool = False) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v)
    if word_ok and _PLAIN_WORD.match(s) and s not in _RESERVED:
        return s
    return _q(s)


def _flow(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(str(k))}: {_flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    return _scalar(v, word_ok=True)


def _wrap_flow(prefix: str, body: str, indent: int, width: int = 100) -> list[str]:
    """``prefix + body`` broken after commas so that lines stay under ``width``."""
    if len(prefix) + len(body) <= width:
        return [prefix + body]
    parts = re.split(r"(?<=\", )|(?<=\"}, )", body)
    lines, cur = [], prefix
    for part in parts:
        if len(cur) + len(part) > width and cur.strip():
            lines.append(cur.rstrip())
            cur = " " * (indent + 2)
        cur += part
    lines.append(cur)
    return lines


def _emit(key: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, dict):
        leaves = all(not isinstance(x, dict | list) for x in value.values())
        short = all(len(str(x)) <= 16 for x in value.values())
        if leaves and (short or len(pad) + len(key) + len(_flow(value)) <= 98):
            return _wrap_flow(f"{pad}{_key(key)}: ", _flow(value), indent)
        out = [f"{pad}{_key(key)}:"]
        for k, x in value.items():
            out += _emit(str(k), x, indent + 2)
        return out
    if isinstance(value, list):
        if all(not isinstance(x, dict | list) for x in value):
            return [f"{pad}{_key(key)}: {_flow(value)}"]
        out = [f"{pad}{_key(key)}:"]
        for item in value:
            sub = []
            for k, x in (item.items() if isinstance(item, dict) else []):
                sub += _emit(str(k), x, indent + 4)
            if sub:
                sub[0] = f"{pad}  - " + sub[0].lstrip()
            out += sub
        return out
    return [f"{pad}{_key(key)}: {_scalar(value, word_ok=key in ('status',))}"]


def version_text(data: dict[str, Any]) -> str:
    """A version as house-format YAML text (a list item at indent 2)."""
    lines: list[str] = []
    for k, v in data.items():
        if k == "source":
            lines.append("    source:")
            lines += [f"      {sk}: {_q(str(sv))}" for sk, sv in v.items() if sv is not None]
        else:
            lines += _emit(k, v, 4)
    lines[0] = "  - " + lines[0].lstrip()
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------ building the plan
def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside an annotation such as ``list[FlatPremium] | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _copied_blocks(prev_raw: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """The previous version's other blocks (youth/student percentages, working time, premiums …),
    each carrying its own status and source so that its provenance does not change."""
    out: dict[str, Any] = {}
    for key, value in prev_raw.items():
        if key in _BASE_KEYS:
            continue
        fld = Version.model_fields.get(key)
        model = _model_of(fld.annotation) if fld is not None else None
        carries = model is not None and {"status", "source"} <= set(model.model_fields)

        def own(block: Any, carries: bool = carries) -> Any:
            if carries and isinstance(block, dict):
                block = dict(block)
                block.setdefault("status", prev_raw["status"])
                block.setdefault("source", prev_raw["source"])
            return block

        out[key] = [own(b) for b in value] if isinstance(value, list) else own(value)
        notes.append(f"{key} copied unchanged from the version of {prev_raw['from']}"
                     + (" (with its own status and source)" if carries else "")
                     + ": check whether it changed too")
    return out


def _nest(dims: tuple[str, ...], cells: list[tuple[tuple[str, ...], Decimal]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for keys, value in cells:
        node = out
        for k in keys[:-1]:
            node = node.setdefault(k, {})
        node[keys[-1]] = value
    return out


def _fmt(d: Decimal) -> str:
    return format(d, "f")


def _insert(text: str, start: dt.date, block: str) -> tuple[str, bool]:
    """``text`` with the version ``block`` inserted in date order (a gap version on the same date is
    replaced); (new text, whether a gap was replaced)."""
    node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert node is not None  # the text passed the strict check
    seq = next(v for k, v in node.value if k.value == "versions")
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    items = seq.value
    starts = [next(str(v.value) for k, v in it.value if k.value == "from") for it in items]
    first = [it.start_mark.line for it in items]  # the line of "- from:"
    last_end = items[-1].end_mark.line + (1 if items[-1].end_mark.column else 0)
    while last_end > first[-1] + 1 and not lines[last_end - 1].strip():
        last_end -= 1
    ends = first[1:] + [last_end]

    def head(i: int) -> int:  # an item's line, with the comment lines directly above it
        at = first[i]
        while at - 1 > (first[i - 1] if i else 0) and lines[at - 1].lstrip().startswith("#"):
            at -= 1
        return at

    for i, s in enumerate(starts):
        if s == start.isoformat():
            gap = any(k.value == "gap" and str(v.value).lower() == "true" for k, v in items[i].value)
            if not gap:
                raise UpdateError(f"a version from {start} exists already; to correct it, edit the "
                                  "file and say so in its note and in CHANGELOG.md")
            end = head(i + 1) if i + 1 < len(items) else ends[i]
            return "".join(lines[:head(i)] + [block] + lines[end:]), True
    pos = next((i for i, s in enumerate(starts) if s > start.isoformat()), len(starts))
    at = head(pos) if pos < len(starts) else last_end
    return "".join(lines[:at] + [block] + lines[at:]), False


def _set_reviewed(text: str, reviewed: dt.date, next_review: dt.date | None, why: str,
                  notes: list[str]) -> str:
    """``reviewed_through`` (and the comment about it) replaced; ``next_review`` kept if still later."""
    lines = text.splitlines(keepends=True)
    idx = next((i for i, ln in enumerate(lines) if ln.startswith("reviewed_through:")), None)
    if idx is None:
        raise UpdateError("the table has no reviewed_through line (rates/FORMAT.md)")
    top = idx
    while top > 0 and lines[top - 1].startswith("#"):
        top -= 1
    block = lines[top:idx]
    marks = [i for i, ln in enumerate(block) if ln.startswith("# reviewed_through")]
    first = top + marks[-1] if marks else idx
    new = [f"# reviewed_through: {why}\n", f'reviewed_through: "{reviewed.isoformat()}"\n']
    rest = lines[idx + 1:]
    if rest and rest[0].startswith("next_review:"):
        old_next = dt.date.fromisoformat(rest[0].split('"')[1])
        rest = rest[1:]
        if next_review is None and old_next > reviewed:
            next_review = old_next
        elif next_review is None:
            notes.append(f"next_review {old_next} removed (it is not after the new reviewed_through)")
    if next_review is not None:
        new.append(f'next_review: "{next_review.isoformat()}"\n')
    return "".join(lines[:first] + new + rest)


def _changelog_entry(plan: Plan, today: dt.date, who: str, how: str) -> str:
    src = plan.source
    extra = f"; instrument: {src.instrument}" if src.instrument else ""
    return (f"## {today.isoformat()} — {plan.table_id}: version from {plan.start} "
            f"(wage-remedy rates {plan.action})\n\n"
            f"- `{plan.table_id}`: new version from {plan.start}, status {plan.status}"
            + (" (replaces the gap version)" if plan.replaces_gap else "")
            + f": {how}. Source: {src.title} ({src.url}{extra}). reviewed_through "
            f"{plan.reviewed_through}. By {who}.\n\n")


def _finish(root: Path, path: Path, text: str, table: RateTable, raw: dict[str, Any], start: dt.date,
            data: dict[str, Any], changes: list[Change], reviewed_through: dt.date | None,
            next_review: dt.date | None, action: str, how: str, notes: list[str], today: dt.date,
            who: str | None, write_root: Path | None = None) -> Plan:
    prev = previous_version(table, start)
    block = version_text(data)
    new_text, gap = _insert(text, start, block)
    reviewed = reviewed_through or max(table.reviewed_through, start)
    why = (f"set by `wage-remedy rates {action}` on {today} when the version from {start} was "
           f"added ({data['source']['title']})")
    new_text = _set_reviewed(new_text, reviewed, next_review, why, notes)
    try:
        parse_rate_text(new_text, f"{table.id}.yaml", table.id)
    except RateFileError as exc:
        raise UpdateError("the new version does not pass the strict check (nothing was written):\n"
                          + "\n".join(f"  - {p}" for p in exc.problems)) from None
    src = Source(**{k: v for k, v in data["source"].items()})
    out = write_root or root
    plan = Plan(table.id, out / f"{table.id}.yaml", out / "CHANGELOG.md", text, new_text, start,
                data["status"], src, prev.start if prev else None, changes, reviewed, action, gap, notes,
                source_path=path)
    plan.changelog_entry = _changelog_entry(plan, today, who or _user(), how)
    return plan


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no user name on some systems
        return "unknown"


def _source(title: str, url: str, instrument: str | None, published: dt.date | None) -> dict[str, Any]:
    if not title.strip():
        raise UpdateError("source title: required (what you read, e.g. the FPS page and its date)")
    if not re.match(r"^https?://\S+$", url.strip()):
        raise UpdateError(f"source url: {url!r} is not a web address (https://…)")
    src: dict[str, Any] = {"title": title.strip(), "url": url.strip()}
    if published:
        src["published"] = published.isoformat()
    if instrument and instrument.strip():
        src["instrument"] = instrument.strip()
    return src


def prepare_add(root: str | Path, table_id: str, start: dt.date, figures: str | list[tuple[str | None, Decimal]],
                *, status: str, title: str, url: str, instrument: str | None = None,
                published: dt.date | None = None, note: str | None = None,
                reviewed_through: dt.date | None = None, next_review: dt.date | None = None,
                today: dt.date | None = None, who: str | None = None,
                write_root: str | Path | None = None) -> Plan:
    """Prepare a new version of ``table_id`` (read from ``root``, written to ``write_root``, by
    default the same folder) from ``start`` with ``figures`` (a pasted column in the order of
    ``cell_keys`` or ``KEY=VALUE`` lines). Raises ``UpdateError``; writes nothing."""
    root = Path(root)
    today = today or dt.date.today()
    if status not in STATUSES:
        raise UpdateError(f"status: {status!r} is not allowed; allowed: {', '.join(STATUSES)}")
    path, text, table, raw = _load(root, table_id)
    items = parse_figures(figures) if isinstance(figures, str) else figures
    keys = cell_keys(table, start)
    prev = previous_version(table, start)
    if all(k is None for k, _ in items):
        if not keys:
            raise UpdateError(f"{table_id} has no version before {start}: give the figures as "
                              "KEY=VALUE lines (e.g. I/0=15.2097)")
        if len(items) != len(keys):
            raise UpdateError(f"{len(items)} figures given, {len(keys)} expected (one per cell of the "
                              f"version of {prev.start if prev else '?'}, in this order: "
                              f"{', '.join(keys[:6])}{' …' if len(keys) > 6 else ''})")
        pairs = list(zip(keys, (v for _, v in items), strict=True))
    elif any(k is None for k, _ in items):
        raise UpdateError("mix of bare figures and KEY=VALUE lines: use one form for every line")
    else:
        pairs = [(str(k), v) for k, v in items]
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise UpdateError(f"cell {k} given twice")
            seen.add(k)
    depth = len(table.dimensions)
    for k, _ in pairs:
        if depth and len(k.split("/")) != depth:
            raise UpdateError(f"cell {k!r}: a {table_id} cell has {depth} key(s) "
                              f"({'/'.join(table.dimensions)}), e.g. {keys[0] if keys else 'I/0'}")
    data: dict[str, Any] = {"from": start.isoformat(), "status": status,
                            "source": _source(title, url, instrument, published)}
    if note and note.strip():
        data["note"] = note.strip()
    if depth:
        data["values"] = _nest(table.dimensions, [(tuple(k.split("/")), _fmt(v)) for k, v in pairs])  # type: ignore[misc]
    else:
        data["parameters"] = {k: _fmt(v) for k, v in pairs}
    notes: list[str] = []
    prev_raw = _raw_version(raw, prev)
    if prev_raw is not None:
        data.update(_copied_blocks(prev_raw, notes))
    changes = _changes(table, prev, dict(pairs))
    return _finish(root, path, text, table, raw, start, data, changes, reviewed_through, next_review,
                   "add", "figures entered", notes, today, who, Path(write_root) if write_root else None)


def _raw_version(raw: dict[str, Any], prev: TableVersion | None) -> dict[str, Any] | None:
    if prev is None:
        return None
    return next(v for v in raw["versions"] if str(v.get("from")) == prev.start.isoformat())


def _changes(table: RateTable, prev: TableVersion | None, new: dict[str, Decimal]) -> list[Change]:
    old: dict[str, Decimal] = {}
    if prev is not None:
        old = ({"/".join(k): v for k, v in _cells(prev.values)} if table.dimensions
               else dict(prev.parameters))
    keys = list(old) + [k for k in new if k not in old]
    return [Change(k, old.get(k), new.get(k)) for k in keys]


def prepare_index(root: str | Path, table_id: str, start: dt.date, percent: Decimal | str, *,
                  title: str, url: str, instrument: str | None = None, published: dt.date | None = None,
                  note: str | None = None, reviewed_through: dt.date | None = None,
                  next_review: dt.date | None = None, today: dt.date | None = None,
                  who: str | None = None, write_root: str | Path | None = None) -> Plan:
    """Prepare a derived version: every figure of the version in force before ``start`` times
    (1 + percent/100), rounded half-up to the table's decimals (``rounding``; default 4 for hourly,
    2 for monthly tables). Status ``derived``; the note says how."""
    root = Path(root)
    today = today or dt.date.today()
    pct = percent if isinstance(percent, Decimal) else parse_percent(percent)
    path, text, table, raw = _load(root, table_id)
    if not table.dimensions or table.unit not in ("hour", "month"):
        raise UpdateError(f"{table_id} is not a wage scale (unit {table.unit}); only hourly or monthly "
                          "scales are indexed — use `rates add` with the published figures")
    prev = previous_version(table, start)
    if prev is None:
        raise UpdateError(f"{table_id} has no version before {start} to index")
    places = rounding_decimals(table, raw)
    quantum = Decimal(1).scaleb(-places)
    factor = 1 + pct / 100
    new = {"/".join(k): (v * factor).quantize(quantum, ROUND_HALF_UP) for k, v in _cells(prev.values)}
    how = (f"the version of {prev.start} × {factor} ({pct:+} %), each figure rounded half-up to "
           f"{places} decimals" + (" (the table's rounding rule)" if raw.get("rounding") else
                                   f" (default for a{'n hourly' if table.unit == 'hour' else ' monthly'} table)"))
    data: dict[str, Any] = {"from": start.isoformat(), "status": "derived",
                            "source": _source(title, url, instrument, published),
                            "note": f"DERIVED, not read in a published table: {how}."
                                    + (f" {note.strip()}" if note and note.strip() else "")}
    data["values"] = _nest(table.dimensions, [(tuple(k.split("/")), _fmt(v)) for k, v in new.items()])  # type: ignore[misc]
    notes: list[str] = []
    prev_raw = _raw_version(raw, prev)
    if prev_raw is not None:
        data.update(_copied_blocks(prev_raw, notes))
    return _finish(root, path, text, table, raw, start, data, _changes(table, prev, new), reviewed_through,
                   next_review, "index", how, notes, today, who, Path(write_root) if write_root else None)


def parse_percent(text: str) -> Decimal:
    """An index percentage such as ``2``, ``2,21`` or ``-0.5`` (a fall is allowed but flagged)."""
    s = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise UpdateError(f"percent: {text!r} is not a number such as 2 or 2.21") from None
    if not value.is_finite() or value <= -100:
        raise UpdateError(f"percent: {text!r} is not a percentage above -100")
    return value


def apply_plan(plan: Plan, *, accept_jumps: bool = False) -> None:
    """Write the rate file and CHANGELOG.md (each atomically). Refuses implausible changes unless
    ``accept_jumps``; refuses when the file changed since the plan was made."""
    from wage_remedy.fileio import atomic_write_bytes

    if plan.flags and not accept_jumps:
        raise UpdateError("implausible changes, nothing written: " + "; ".join(
            f"{c.key} {c.old} -> {c.new} ({c.flag})" for c in plan.flags)
            + ". Check the figures; if they are right, confirm (--accept-jumps)")
    read = plan.source_path or plan.path
    if read.read_text(encoding="utf-8") != plan.old_text:
        raise UpdateError(f"{read} changed since the new version was prepared; nothing written, "
                          "prepare it again")
    log = plan.changelog.read_text(encoding="utf-8") if plan.changelog.is_file() else (
        "# Changelog of the rate tables\n\nNewest entries first.\n\n")
    m = re.search(r"^## ", log, re.M)
    log = log[:m.start()] + plan.changelog_entry + log[m.start():] if m else log.rstrip("\n") + "\n\n" + plan.changelog_entry
    atomic_write_bytes(plan.path, plan.new_text.encode("utf-8"))
    atomic_write_bytes(plan.changelog, log.encode("utf-8"))


def editable_root(table_id: str, rates_dir: str | Path | None) -> tuple[Path, Path]:
    """(folder to read ``table_id`` from, folder to write the new version to): ``rates_dir`` for
    both when given (a rates folder the legal team keeps); else the table in use (the user's rates
    folder or the bundled one) and the user's rates folder — the bundled tables inside the
    installed program are never written, and nothing is copied before a version is saved."""
    if rates_dir is not None:
        return Path(rates_dir), Path(rates_dir)
    from wage_remedy.law.bundle import user_rates_dir
    from wage_remedy.law.catalogue import load_catalogue

    cat = load_catalogue()
    cat.table(table_id)  # an unknown table is refused with the known ones
    user = user_rates_dir()
    return (user if table_id in cat.user_tables else Path(cat.root)), user
