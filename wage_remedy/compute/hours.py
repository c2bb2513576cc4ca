"""Worked time (docs/method.md, step 1): shifts split at midnight, hours blocks spread over days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from zoneinfo import ZoneInfo

from wage_remedy.case.model import Shift, Worker, equal_times_problem
from wage_remedy.case.store import CaseProblem
from wage_remedy.errors import params_of

DAY = 24 * 60


@dataclass(slots=True)
class DayWork:
    """Minutes worked on one calendar day."""

    day: dt.date
    shift_minutes: int = 0
    block_minutes: int = 0
    # [from, to) clock minutes of the day, and the shift (its index) of each segment: tuples,
    # replaced (not appended to) by a later shift of the day, so that the first shift's segments
    # are the memoised tuple of its pieces, shared, not a list built per day
    segments: tuple[tuple[int, int], ...] = ()
    shift_ids: tuple[int, ...] = ()

    @property
    def minutes(self) -> int:
        return self.shift_minutes + self.block_minutes

    @property
    def shift_parts(self) -> list[tuple[int, int]]:
        """(shift index, minutes) in the order worked, a shift's consecutive segments added
        together: the daily-overtime basis "shift" needs them."""
        parts: list[tuple[int, int]] = []
        for (a, b), i in zip(self.segments, self.shift_ids, strict=True):
            if parts and parts[-1][0] == i:
                parts[-1] = (i, parts[-1][1] + b - a)
            else:
                parts.append((i, b - a))
        return parts


_HHMM: dict[str, int] = {}
_ONE_DAY = dt.timedelta(days=1)


def _hhmm(text: str) -> int:
    hit = _HHMM.get(text)
    if hit is None:
        hh, mm = text.split(":")
        hit = _HHMM[text] = int(hh) * 60 + int(mm)
    return hit


def worked_days(worker: Worker, wpath: str, problems: list[CaseProblem],
                time_zone: str | None = None) -> dict[dt.date, DayWork]:
    """Worked minutes per calendar day, in date order; every problem is appended to ``problems``.

    Clock times are local time in ``time_zone`` (the jurisdiction's, ``law.calendar.time_zone``):
    a shift lasts the time elapsed from start to end, so a night over the spring DST change is an
    hour shorter and over the autumn change an hour longer. A clock time that does not exist
    (spring) or exists twice (autumn) is read with the offset in force before the change
    (``fold=0``). ``None``: clock time without DST (synthetic patterns only).
    The steps: shifts split at local midnight, shifts that overlap, hours blocks spread evenly."""
    days: dict[dt.date, DayWork] = {}
    tz = _zone(time_zone)
    in_order = shift_days(worker, wpath, problems, tz, days)  # each starts after the last ended
    if not in_order:
        overlaps(worker, wpath, tz, problems)
    if in_order and not worker.hours:  # the days came in date order: each shift's in order, and
        return days                    # each later shift's on or after the earlier one's last
    block_days(worker, wpath, problems, days)
    order = list(days)
    return days if order == sorted(order) else {d: days[d] for d in sorted(order)}


# A shift's (start, end) in absolute minutes and its worked pieces (day, (from, to), minutes) per
# time zone and (date, start, end, break): the workers of a case share their dates and clock times.
Piece = tuple[dt.date, tuple[tuple[int, int]], int]  # (day, (segment,), minutes)
ShiftPieces = tuple[int, int, tuple[Piece, ...]]
_REFUSED: ShiftPieces = (0, 0, ())  # a shift the worked-time step refuses (``_shift_problem``)
_PIECES: dict[dt.tzinfo, dict[tuple[dt.date, str, str, int], ShiftPieces]] = {}
_PIECES_MAX = 65536
_shift_key = attrgetter("date", "start", "end", "break_minutes")  # the memo key, made in C


def shift_days(worker: Worker, wpath: str, problems: list[CaseProblem], tz: dt.tzinfo,
               days: dict[dt.date, DayWork]) -> bool:
    """Each shift's worked minutes added to the calendar days it touches (breaks taken from its
    first part: worked time is [start + break, end)); a refused shift is a problem. Returns
    whether each counted shift starts when or after the one before it has ended (then none
    overlaps)."""
    memo = _PIECES.setdefault(tz, {})
    get = days.get
    in_order, last_end = True, -(1 << 62)  # each shift starts when or after the one before ends
    for i, key in enumerate(map(_shift_key, worker.shifts)):
        hit = memo.get(key)
        if hit is None:
            if len(memo) >= _PIECES_MAX:
                memo.clear()
            d, start, end, brk = key
            hit = memo[key] = _shift_pieces(d, _hhmm(start), _hhmm(end), brk, tz)
        if hit is _REFUSED:
            problems.append(_shift_problem(worker.shifts[i], f"{wpath}.shifts[{i}]", tz))
            continue
        if hit[0] < last_end:
            in_order = False
        last_end = hit[1]
        for day, segs, m in hit[2]:
            dw = get(day)
            if dw is None:
                days[day] = DayWork(day, m, 0, segs, (i,))
            else:
                dw.shift_minutes += m
                dw.segments += segs
                dw.shift_ids += (i,)
    return in_order


def _shift_pieces(day: dt.date, start: int, end: int, brk: int, tz: dt.tzinfo) -> ShiftPieces:
    """The absolute minutes of a shift and its worked pieces per local day; ``_REFUSED`` when the
    shift is refused (``_shift_problem`` says why)."""
    if start >= DAY or start == end:
        return _REFUSED
    a_utc, b_utc, length, steady = _span(day, start, end, tz)
    if length <= 0 or brk >= length:
        return _REFUSED
    if steady:  # clock arithmetic: at most two pieces, the second on the next day
        a, b = start + brk, start + length
        pieces = [(day, a, min(b, DAY))] if a < DAY else []
        if b > DAY:
            pieces.append((day + _ONE_DAY, max(a, DAY) - DAY, b - DAY))
    else:
        pieces = _local_pieces(a_utc + brk, b_utc, tz)
    return a_utc, b_utc, tuple((d, ((a, b),), b - a) for d, a, b in pieces if b > a)


def _shift_problem(s: Shift, path: str, tz: dt.tzinfo) -> CaseProblem:
    """Why the worked-time step refuses shift ``s`` (at ``path``)."""
    start, end = _hhmm(s.start), _hhmm(s.end)
    if start >= DAY:
        return CaseProblem(f"{path}.start", "a shift cannot start at 24:00; use 00:00 of the next day",
                           "start-24")
    same = equal_times_problem(s.start, s.end) if start == end else None
    if same:  # the case model refuses it too; kept here for data built without the model
        return CaseProblem(path, same, "equal-times", params_of(start=s.start, end=s.end))
    length = _span(s.date, start, end, tz)[2]
    if length <= 0:
        return CaseProblem(path, f"{s.start}-{s.end} on {s.date} lasts no time in local clock time "
                           "(a daylight-saving change)", "no-time",
                           params_of(date=s.date, start=s.start, end=s.end))
    return CaseProblem(f"{path}.break_minutes",
                       f"the break ({s.break_minutes} min) is as long as or longer than the shift "
                       f"{s.start}-{s.end} ({length} min)", "break-too-long",
                       params_of({"break": s.break_minutes}, start=s.start, end=s.end, length=length))


def overlaps(worker: Worker, wpath: str, tz: dt.tzinfo, problems: list[CaseProblem]) -> None:
    """A problem for every shift that starts before an earlier one (in time) has ended."""
    memo = _PIECES.setdefault(tz, {})
    spans: list[tuple[int, int, int]] = []  # absolute (UTC) minutes [a, b) of each counted shift
    for i, s in enumerate(worker.shifts):
        hit = memo.get((s.date, s.start, s.end, s.break_minutes))
        if hit is None:
            hit = _shift_pieces(s.date, _hhmm(s.start), _hhmm(s.end), s.break_minutes, tz)
        if hit is not _REFUSED:
            spans.append((hit[0], hit[1], i))
    spans.sort()
    reach: tuple[int, int] | None = None  # (end, index) of the span reaching furthest so far
    for a2, b2, i2 in spans:
        if reach is not None and a2 < reach[0]:
            i1 = reach[1]
            s1, s2 = worker.shifts[i1], worker.shifts[i2]
            problems.append(CaseProblem(
                f"{wpath}.shifts[{i2}]",
                f"overlaps {wpath}.shifts[{i1}]: {s1.date} {s1.start}-{s1.end} and "
                f"{s2.date} {s2.start}-{s2.end}", "overlap",
                params_of(other=i1, date=s1.date, start=s1.start, end=s1.end)))
        if reach is None or b2 > reach[0]:
            reach = (b2, i2)


def block_days(worker: Worker, wpath: str, problems: list[CaseProblem],
               days: dict[dt.date, DayWork]) -> None:
    """Hours blocks spread evenly over their calendar days (the first days take the leftover
    minutes); a block on a day with shifts or another block is a problem."""
    if not worker.hours:
        return
    shift_days_ = set(days)
    block_at: dict[dt.date, int] = {}
    for j, blk in enumerate(worker.hours):
        path = f"{wpath}.hours[{j}]"
        total = blk.hours * 60
        if total != total.to_integral_value():
            problems.append(CaseProblem(f"{path}.hours",
                                        f"{blk.hours} hours is not a whole number of minutes",
                                        "hours-not-minutes", params_of(hours=blk.hours)))
            continue
        n = (blk.to - blk.from_).days + 1
        base_m, rem = divmod(int(total), n)
        if base_m + (1 if rem else 0) > DAY:
            problems.append(CaseProblem(f"{path}.hours",
                                        f"{blk.hours} hours over {n} day(s) is more than 24 h a day",
                                        "hours-over-day", params_of(hours=blk.hours, days=n)))
            continue
        clash = []
        for k in range(n):
            d = blk.from_ + dt.timedelta(days=k)
            if d in block_at:
                clash.append(f"{d} is also in {wpath}.hours[{block_at[d]}]")
            if d in shift_days_:
                clash.append(f"{d} also has shifts")
            block_at[d] = j
            minutes = base_m + (1 if k < rem else 0)
            if minutes:
                days.setdefault(d, DayWork(d)).block_minutes += minutes
        if clash:
            problems.append(CaseProblem(path, "shifts and hours blocks cannot cover the same day: "
                                        + "; ".join(clash[:5]) + (" ..." if len(clash) > 5 else "")))


@lru_cache(maxsize=65536)  # workers of a case share their dates and clock times
def _span(day: dt.date, start: int, end: int, tz: dt.tzinfo) -> tuple[int, int, int, bool]:
    """A shift's absolute (UTC) minutes [a, b), its length and whether no UTC-offset change falls
    on its days: the elapsed time from the local clock time ``start`` on ``day`` to ``end`` (an
    end at or before the start is the next day)."""
    end_day = day if end > start else day + _ONE_DAY
    off = _steady_offset(tz, day)
    if off is not None and (end_day == day or _steady_offset(tz, end_day) == off):
        # no UTC-offset change on the shift's days (all but two nights a year): clock arithmetic
        base = (day - _EPOCH_DAY).days * DAY - off
        end_abs = end if end > start else end + DAY
        return base + start, base + end_abs, end_abs - start, True
    a_utc = _utc_minutes(day, start, tz)
    b_utc = _utc_minutes(end_day, end, tz)
    return a_utc, b_utc, b_utc - a_utc, False


def shift_minutes(day: dt.date | None, start: str, end: str, break_minutes: int = 0,
                  time_zone: str | None = None) -> int | None:
    """Minutes worked in one shift, counted as the engine counts them (docs/method.md, step 1):
    the local clock time elapsed from ``start`` to ``end`` on ``day`` (an end at or before the
    start ends the next day; a night over a DST change is an hour shorter or longer in
    ``time_zone``) minus the break. None where the engine refuses the shift: a start at 24:00, an
    end equal to the start, no time elapsed, a break as long as the shift, a text that is not a
    time. ``day`` None: clock arithmetic (no DST). Used by the engine, the importer and the app."""
    try:
        a, b = _hhmm(start), _hhmm(end)
    except (ValueError, AttributeError):
        return None
    if a >= DAY or a == b or not 0 <= b <= DAY:
        return None
    _a, _b, length, _steady = _span(day or _EPOCH_DAY, a, b, _zone(time_zone if day else None))
    worked = length - break_minutes
    return worked if length > 0 and worked > 0 else None


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_EPOCH_DAY = dt.date(1970, 1, 1)


@lru_cache(maxsize=65536)
def _steady_offset(tz: dt.tzinfo, day: dt.date) -> int | None:
    """The UTC offset (minutes) in force all through local ``day``, or None on a day whose offset
    changes (a DST change)."""
    a = dt.datetime(day.year, day.month, day.day, tzinfo=tz).utcoffset()
    nxt = day + _ONE_DAY
    b = dt.datetime(nxt.year, nxt.month, nxt.day, tzinfo=tz).utcoffset()
    if a is None or a != b:
        return None
    return int(a.total_seconds()) // 60


@lru_cache(maxsize=8)
def _zone(name: str | None) -> dt.tzinfo:
    return ZoneInfo(name) if name else dt.UTC


def _utc_minutes(day: dt.date, clock: int, tz: dt.tzinfo) -> int:
    """Minutes since the epoch (UTC) of local clock time ``clock`` (minutes, 1440 = 24:00) on ``day``."""
    if clock >= DAY:
        day, clock = day + _ONE_DAY, clock - DAY
    local = dt.datetime(day.year, day.month, day.day, clock // 60, clock % 60, tzinfo=tz)
    return int((local - _EPOCH).total_seconds()) // 60


def _offset(utc_minute: int, tz: dt.tzinfo) -> int:
    """UTC offset in minutes in force at ``utc_minute``."""
    moment = _EPOCH + dt.timedelta(minutes=utc_minute)
    off = moment.astimezone(tz).utcoffset()
    return int(off.total_seconds()) // 60 if off is not None else 0


def _local_pieces(a: int, b: int, tz: dt.tzinfo) -> list[tuple[dt.date, int, int]]:
    """The UTC interval [a, b) as (local day, clock from, clock to) pieces: split where the UTC
    offset changes and at local midnight. Clock minutes of a repeated autumn hour appear twice."""
    cuts: list[tuple[int, int, int]] = []  # (a, b, offset)
    oa, ob = _offset(a, tz), _offset(b - 1, tz)
    if oa == ob:
        cuts.append((a, b, oa))
    else:  # one change inside a shift (shifts last under 24 h): find its first minute
        lo, hi = a, b - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if _offset(mid, tz) == oa:
                lo = mid + 1
            else:
                hi = mid
        cuts += [(a, lo, oa), (lo, b, ob)]
    out: list[tuple[dt.date, int, int]] = []
    for x, y, off in cuts:
        la, lb = x + off, y + off  # local clock minutes since the epoch
        while la < lb:
            day_start = la - la % DAY
            stop = min(lb, day_start + DAY)
            out.append((dt.date(1970, 1, 1) + dt.timedelta(days=day_start // DAY),
                        la - day_start, stop - day_start))
            la = stop
    return out


def minutes_in_window(segments: Sequence[tuple[int, int]], window: tuple[int, int]) -> int:
    """Minutes of ``segments`` inside a time-of-day window (a window may wrap past midnight)."""
    return minutes_in_parts(segments, window_parts(window))


def window_parts(window: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """A time-of-day window as [from, to) clock minutes of one day: two parts when it wraps."""
    wa, wb = window
    return ((wa, wb),) if wa < wb else ((wa, DAY), (0, wb))


def minutes_in_parts(segments: Sequence[tuple[int, int]], parts: tuple[tuple[int, int], ...]) -> int:
    """Minutes of ``segments`` inside ``parts`` (``window_parts``)."""
    total = 0
    for a, b in segments:
        for pa, pb in parts:
            lo = a if a > pa else pa
            hi = b if b < pb else pb
            if hi > lo:
                total += hi - lo
    return total
