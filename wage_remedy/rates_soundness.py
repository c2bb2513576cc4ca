"""What ``rates check`` adds to the loader's checks (docs/reliability.md): a rates folder passes
only when the calculation can use it.

* every jurisdiction with tables in the folder has the tables its calculation always needs
  (``law.jurisdictions``: national minimum, youth, working time, due dates, interest, fines);
* every table a sector table's ``after_service`` names exists and can continue it;
* sample cases built from the folder itself (each sector table's categories at its latest
  version, a minor, an adult on the national minimum, a payment) compute without an unexpected
  error. A deliberate refusal (a gap in the rates, a missing table) is not a problem here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from wage_remedy.law.catalogue import Catalogue
from wage_remedy.law.loader import RateProblem, after_service_problems

_SAMPLE_WORKERS = 40  # at most this many sector categories in one sample case


def required_problems(cat: Catalogue) -> list[RateProblem]:
    """A problem for each table a present jurisdiction's calculation needs and the folder lacks."""
    from wage_remedy.law.jurisdictions import JURISDICTIONS
    present = {tid.split("/", 1)[0].upper() for tid in cat.tables}
    out = []
    for code in sorted(present & set(JURISDICTIONS)):
        j = JURISDICTIONS[code]
        for tid in (j.national_minimum, j.youth, j.working_time, j.wage_payment, j.wage_interest,
                    j.fines):
            if tid and tid not in cat.tables:
                out.append(RateProblem(f"{tid}.yaml", "", None, f"missing required table {tid}: "
                                       f"the calculation of a {code} case needs it"))
    return out + _payer_sector_problems(cat) + after_service_problems(cat.tables)


def _payer_sector_problems(cat: Catalogue) -> list[RateProblem]:
    """A problem for each sector a ``payer`` block names that the folder has no table for (a
    misspelt sector would silently fall back to the table's own body; FORMAT.md, "payer")."""
    out = []
    for tid, table in sorted(cat.tables.items()):
        for sector in sorted((table.payer.sectors or {}) if table.payer else {}):
            if sector not in cat.tables:
                out.append(RateProblem(f"{tid}.yaml", f"payer.sectors.{sector}", None,
                                       f"payer names sector {sector}, but there is no table "
                                       f"{sector}; allowed: the sector tables of the folder"))
    return out


def _sample_case(code: str, cat: Catalogue) -> tuple[dict[str, Any], dt.date] | None:
    from wage_remedy.law.jurisdictions import JURISDICTIONS
    j = JURISDICTIONS[code]
    base = cat.tables.get(j.national_minimum)
    if base is None:
        return None
    usable = [v for v in base.versions if not v.gap]
    if not usable:
        return None
    day = max(usable[-1].start, dt.date(2000, 1, 3))
    workers: list[dict[str, Any]] = []

    def add(birth: dt.date, start: dt.date, on: dt.date, employment: dict[str, Any]) -> None:
        first = on + dt.timedelta(days=(7 - on.weekday()) % 7)  # a Monday
        n = len(workers) + 1
        workers.append({
            "id": f"s{n}", "name": f"Sample {n}", "birth_date": birth.isoformat(),
            "employment": {"start": start.isoformat(), **employment},
            "shifts": [{"date": (first + dt.timedelta(days=k)).isoformat(), "start": "08:00",
                        "end": "19:30", "break_minutes": 30} for k in range(6)],
            "payments": [{"date": (first + dt.timedelta(days=6)).isoformat(), "amount": "100.00"}],
        })

    add(dt.date(day.year - 30, 1, 1), day - dt.timedelta(days=800), day, {})
    add(dt.date(day.year - 17, 1, 1), day - dt.timedelta(days=60), day, {})
    for tid, t in sorted(cat.tables.items()):
        if not tid.startswith(code.lower() + "/") or t.kind != "sector":
            continue
        versions = [v for v in t.versions if not v.gap and isinstance(v.values, dict)]
        if not versions:
            continue
        v = versions[-1]
        for category in list(v.values)[:3]:
            if len(workers) >= _SAMPLE_WORKERS:
                break
            on = max(v.start, dt.date(2000, 1, 3))
            add(dt.date(on.year - 30, 1, 1), on - dt.timedelta(days=800), on,
                {"sector": tid, "category": category})
        day = max(day, v.start)
    as_of = day + dt.timedelta(days=120)
    return ({"format": "wage-remedy-case", "version": 1, "reference": f"RATES-CHECK-{code}",
             "jurisdiction": code, "as_of": as_of.isoformat(),
             "employer": {"name": "Sample"}, "inspection": {"date": as_of.isoformat()},
             "workers": workers}, as_of)


def sample_problems(cat: Catalogue) -> list[RateProblem]:
    """A problem for each sample case the calculation fails on with an unexpected error."""
    from wage_remedy.case.store import parse_case_data
    from wage_remedy.compute import compute
    from wage_remedy.errors import WageRemedyError
    from wage_remedy.law.jurisdictions import JURISDICTIONS
    out = []
    present = {tid.split("/", 1)[0].upper() for tid in cat.tables}
    for code in sorted(present & set(JURISDICTIONS)):
        built = _sample_case(code, cat)
        if built is None:
            continue
        data, as_of = built
        try:
            compute(parse_case_data(data), cat, as_of)
        except WageRemedyError:
            continue  # a deliberate refusal: reported when a real case meets it
        except Exception as exc:  # noqa: BLE001 - exactly what this check is for
            sectors = sorted({w["employment"].get("sector") for w in data["workers"]} - {None})
            out.append(RateProblem(cat.root, "", None, f"a sample {code} case (national minimum"
                                   + (", " + ", ".join(sectors) if sectors else "")
                                   + f", as of {as_of}) cannot be computed with these rates: "
                                   f"{type(exc).__name__}: {str(exc)[:200]}"))
    return out


__all__ = ["required_problems", "sample_problems"]
