"""``rates show``: a table's version on a date, with hourly equivalents for monthly tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

from wage_remedy.law.catalogue import Catalogue
from wage_remedy.law.loader import RateTable, TableVersion
from wage_remedy.money import fmt_decimal, monthly_to_hourly


def _flatten(node: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    if isinstance(node, dict):
        out = []
        for k, v in node.items():
            out += _flatten(v, prefix + (k,))
        return out
    return [(prefix, node)]


def _version_data(t: RateTable, v: TableVersion) -> dict[str, Any]:
    rows = []
    for keys, value in _flatten(v.values):
        row: dict[str, Any] = {"keys": dict(zip(t.dimensions, keys, strict=False)), "value": fmt_decimal(value)}
        if t.unit == "month" and t.weekly_hours:
            row["hourly"] = fmt_decimal(monthly_to_hourly(value, t.weekly_hours))
        rows.append(row)
    data: dict[str, Any] = {
        "from": v.start.isoformat(), "status": v.status, "gap": v.gap,
        "source": {"title": v.source.title, "url": v.source.url, "published": v.source.published,
                   "instrument": v.source.instrument},
        "note": v.note, "values": rows,
        "parameters": {k: fmt_decimal(x) for k, x in v.parameters.items()},
    }
    for name in ("youth_percent", "student_percent", "working_time", "youth_percent_conflict"):
        blk = getattr(v, name)
        if blk is not None:
            data[name] = {"status": blk.status, "values": {k: fmt_decimal(x) for k, x in blk.values.items()}}
    if v.working_days is not None:
        data["working_days"] = list(v.working_days)
    if v.function_year_steps is not None:
        fs = v.function_year_steps
        data["function_year_steps"] = {"from_row": fs.from_row, "effective": fs.effective,
                                       "years": fs.years, "status": fs.status}
    if v.flat_premiums:
        data["flat_premiums"] = [{"id": p.id, "per_hour": fmt_decimal(p.per_hour),
                                  "daily_cap": fmt_decimal(p.daily_cap) if p.daily_cap is not None else None,
                                  "days": list(p.days) if p.days else None,
                                  "window": list(p.window) if p.window else None, "status": p.status}
                                 for p in v.flat_premiums]
    return data


def show_table(cat: Catalogue, table_id: str, on: dt.date | None) -> tuple[dict[str, Any], str]:
    """JSON data and text for ``rates show``: every version, or the one in force ``on``."""
    t = cat.table(table_id)
    versions = [cat.version(table_id, on)] if on else list(t.versions)
    data: dict[str, Any] = {
        "id": t.id, "title": t.title.en, "jurisdiction": t.jurisdiction, "kind": t.kind, "unit": t.unit,
        "weekly_hours": fmt_decimal(t.weekly_hours) if t.weekly_hours else None,
        "dimensions": list(t.dimensions), "on": on.isoformat() if on else None,
        "outdated": cat.is_outdated(table_id, on) if on else False,
        "reviewed_through": t.reviewed_through.isoformat(),
        "next_review": t.next_review.isoformat() if t.next_review else None,
        "versions": [_version_data(t, v) for v in versions],
    }
    rule = t.after_service
    if rule is not None:  # rates/FORMAT.md, after_service
        data["after_service"] = {"months": rule.months, "table": rule.table, "status": rule.status,
                                 "source": {"title": rule.source.title, "url": rule.source.url}}
    lines = [f"{t.id}: {t.title.en}", f"  unit: {t.unit}" + (f", {t.weekly_hours} h/week" if t.weekly_hours else "")]
    lines.append(f"  reviewed through {t.reviewed_through}"
                 + (f", next review {t.next_review}" if t.next_review else ""))
    if rule is not None:
        lines.append(f"  applies during the first {rule.months} months of service in the undertaking; "
                     f"then {rule.table} [{rule.status}]: {rule.source.title}")
        lines.append(f"    {rule.source.url}")
    if on and data["outdated"]:
        if t.versions[-1].gap and on >= t.versions[-1].start:
            lines.append(f"  WARNING (outdated-rate): the figures in force from {t.versions[-1].start} "
                         "are not in the catalogue; the previous version is shown and may be too low")
        else:
            lines.append(f"  WARNING (outdated-rate): {on} is after {t.reviewed_through}, the date "
                         "the rates were reviewed through; a newer version may exist")
    for vd in data["versions"]:
        lines.append(f"  from {vd['from']}  [{vd['status']}]  {vd['source']['title']}")
        lines.append(f"    {vd['source']['url']}")
        if vd["note"]:
            lines.append(f"    note: {vd['note']}")
        for row in vd["values"]:
            keys = " ".join(f"{k}={x}" for k, x in row["keys"].items())
            unit = {"month": " a month", "hour": " an hour", "percent": " %"}.get(t.unit, "")
            extra = f"  ({row['hourly']} an hour at {fmt_decimal(t.weekly_hours)} h)" if "hourly" in row and t.weekly_hours else ""
            lines.append(f"    {keys:<32} {row['value']}{unit}{extra}")
        for k, x in vd["parameters"].items():
            lines.append(f"    {k:<32} {x}")
        if "working_days" in vd:
            lines.append(f"    working_days: {', '.join(vd['working_days'])} (not public holidays)")
        if "function_year_steps" in vd:
            fs = vd["function_year_steps"]
            lines.append(f"    function_year_steps [{fs['status']}]: from row {fs['from_row']}, "
                         f"{fs['effective'].replace('_', ' ')}, {fs['years'].replace('_', ' ')}")
        for name in ("youth_percent", "student_percent", "working_time", "youth_percent_conflict"):
            if name in vd:
                lines.append(f"    {name} [{vd[name]['status']}]: " +
                             ", ".join(f"{k}: {x}" for k, x in vd[name]["values"].items()))
        for p in vd.get("flat_premiums", []):
            lines.append(f"    premium {p['id']}: {p['per_hour']}/h, cap {p['daily_cap']} [{p['status']}]")
    return data, "\n".join(lines) + "\n"
