"""Worked time (DESIGN §5 step 1): shifts split at midnight, hours blocks spread over days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wage_remedy.case.model import Worker
from wage_remedy.case.store import CaseProblem

DAY = 24 * 60


@dataclass(slots=True)
class DayWork:
    """Minutes worked on one calendar day."""

    day: dt.date
    shift_minutes: int = 0
    block_minutes: int = 0
    segments: list[tuple[int, int]] = field(default_factory=list)  # [from, to) minutes of the day

    @property
    def minutes(self) -> int:
        return self.shift_minutes + self.block_minutes


_HHMM: dict[str, int] = {}
_ONE_DAY = dt.timedelta(days=1)


def _hhmm(text: str) -> int:
    hit = _HHMM.get(text)
    if hit is None:
        hh, mm = text.split(":")
        hit = _HHMM[text] = int(hh) * 60 + int(mm)
    return hit


def worked_days(worker: Worker, wpath: str, problems: list[CaseProblem]) -> dict[dt.date, DayWork]:
    """Worked minutes per calendar day; every problem is appended to ``problems``."""
    days: dict[dt.date, DayWork] = {}
    spans: list[tuple[int, int, int]] = []  # absolute minutes [a, b), shift index
    for i, s in enumerate(worker.shifts):
        start = _hhmm(s.start)
        end = _hhmm(s.end)
        path = f"{wpath}.shifts[{i}]" if start >= DAY or s.break_minutes else ""
        if start >= DAY:
            problems.append(CaseProblem(f"{path}.start", "a shift cannot start at 24:00; use 00:00 of the next day"))
            continue
        end_abs = end if end > start else end + DAY
        length = end_abs - start
        if s.break_minutes >= length:
            problems.append(CaseProblem(
                f"{path}.break_minutes",
                f"the break ({s.break_minutes} min) is as long as or longer than the shift "
                f"{s.start}-{s.end} ({length} min)"))
            continue
        day = s.date
        base = day.toordinal() * DAY
        spans.append((base + start, base + end_abs, i))
        a, b = start + s.break_minutes, end_abs  # breaks are taken from the first part first
        if a < DAY:
            _add_segment(days, day, a, b if b < DAY else DAY)
        if b > DAY:
            _add_segment(days, day + _ONE_DAY, max(a, DAY) - DAY, b - DAY)
    spans.sort()
    reach: tuple[int, int] | None = None  # (end, index) of the span reaching furthest so far
    for a2, b2, i2 in spans:
        if reach is not None and a2 < reach[0]:
            i1 = reach[1]
            s1, s2 = worker.shifts[i1], worker.shifts[i2]
            problems.append(CaseProblem(
                f"{wpath}.shifts[{i2}]",
                f"overlaps {wpath}.shifts[{i1}]: {s1.date} {s1.start}-{s1.end} and "
                f"{s2.date} {s2.start}-{s2.end}"))
        if reach is None or b2 > reach[0]:
            reach = (b2, i2)
    shift_days = set(days)
    block_days: dict[dt.date, int] = {}
    for j, blk in enumerate(worker.hours):
        path = f"{wpath}.hours[{j}]"
        total = blk.hours * 60
        if total != total.to_integral_value():
            problems.append(CaseProblem(f"{path}.hours",
                                        f"{blk.hours} hours is not a whole number of minutes"))
            continue
        n = (blk.to - blk.from_).days + 1
        base_m, rem = divmod(int(total), n)
        if base_m + (1 if rem else 0) > DAY:
            problems.append(CaseProblem(f"{path}.hours",
                                        f"{blk.hours} hours over {n} day(s) is more than 24 h a day"))
            continue
        clash = []
        for k in range(n):
            d = blk.from_ + dt.timedelta(days=k)
            if d in block_days:
                clash.append(f"{d} is also in {wpath}.hours[{block_days[d]}]")
            if d in shift_days:
                clash.append(f"{d} also has shifts")
            block_days[d] = j
            minutes = base_m + (1 if k < rem else 0)
            if minutes:
                days.setdefault(d, DayWork(d)).block_minutes += minutes
        if clash:
            problems.append(CaseProblem(path, "shifts and hours blocks cannot cover the same day: "
                                        + "; ".join(clash[:5]) + (" ..." if len(clash) > 5 else "")))
    return {d: days[d] for d in sorted(days)}


def _add_segment(days: dict[dt.date, DayWork], day: dt.date, a: int, b: int) -> None:
    if b <= a:
        return
    dw = days.get(day)
    if dw is None:
        dw = days[day] = DayWork(day)
    dw.shift_minutes += b - a
    dw.segments.append((a, b))


def minutes_in_window(segments: list[tuple[int, int]], window: tuple[int, int]) -> int:
    """Minutes of ``segments`` inside a time-of-day window (a window may wrap past midnight)."""
    wa, wb = window
    parts = [(wa, wb)] if wa < wb else [(wa, DAY), (0, wb)]
    total = 0
    for a, b in segments:
        for pa, pb in parts:
            total += max(0, min(b, pb) - max(a, pa))
    return total
