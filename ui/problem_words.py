"""The core's problem messages in the user's words: JSON paths as row numbers shown in the
tables (``workers[0].shifts[3]`` -> ``shift 4``), ISO dates as the interface shows them
(``03/03/2025``), the overlap message in the interface language."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from ui.i18n import fmt_date
from wage_remedy.api import CaseProblem

translate = QCoreApplication.translate
_OVERLAP = re.compile(r"^overlaps (?:workers\[\d+\]\.)?shifts\[(\d+)\]: (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})-(\d{2}:\d{2})"
                      r" and (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})-(\d{2}:\d{2})$")
_ROWREF = re.compile(r"(?:workers\[\d+\]\.)?(shifts|hours|payments)\[(\d+)\]")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _date(text: str) -> str:
    try:
        return fmt_date(dt.date.fromisoformat(text))
    except ValueError:
        return text


def row_word(kind: str, index: int) -> str:
    """``shift 4`` for ``shifts[3]`` (rows numbered as the tables show them)."""
    words = {"shifts": translate("Problems", "shift {0}"), "hours": translate("Problems", "hours block {0}"),
             "payments": translate("Problems", "payment {0}")}
    return words.get(kind, kind + " {0}").format(index + 1)


def overlapped_row(problem: CaseProblem) -> int | None:
    """The other shift (index) an overlap problem names, to tint both rows."""
    m = _OVERLAP.match(problem.message)
    return int(m.group(1)) if m else None


def _known(message: str) -> str | None:
    """The frequent messages of the case checks, in the interface language."""
    m = re.match(r"^the break \((\d+) min\) is as long as or longer than the shift (\S+)-(\S+) "
                 r"\((\d+) min\)$", message)
    if m:
        return translate("Problems", "the break ({0} min) is not shorter than the shift {1}–{2} "
                         "({3} min)").format(*m.groups())
    m = re.match(r"^the end (\S+) equals the start (\S+): ", message)
    if m:
        return translate("Problems", "the end {0} equals the start {1}: a shift of 0 or 24 hours is "
                         "refused as a typo; correct the start or the end").format(*m.groups())
    if message == "a shift cannot start at 24:00; use 00:00 of the next day":
        return translate("Problems", "a shift cannot start at 24:00; use 00:00 of the next day")
    m = re.match(r"^(\S+) hours over (\d+) day\(s\) is more than 24 h a day$", message)
    if m:
        return translate("Problems", "{0} h over {1} day(s) is more than 24 h a day").format(*m.groups())
    return None


def _coded(problem: CaseProblem) -> str | None:
    """A problem the core sent as a code with its figures, in the interface language."""
    p = problem.param
    if problem.code == "hours-order":
        return translate("Problems", "the end date {0} is before the start date {1}").format(
            _date(p("to") or ""), _date(p("from") or ""))
    if problem.code == "birth-after-start":
        return translate("Problems", "the birth date {0} is not before the start of employment").format(
            _date(p("birth") or ""))
    return None


def problem_message(problem: CaseProblem) -> str:
    """The message of ``problem`` in the interface language (known messages) or with its paths
    and dates rewritten for reading."""
    m = _OVERLAP.match(problem.message)
    if m:
        other = int(m.group(1))
        return translate("Problems", "overlaps {0} ({1} {2}–{3})").format(
            row_word("shifts", other), _date(m.group(2)), m.group(3), m.group(4))
    known = _coded(problem) or _known(problem.message)
    if known is not None:
        return known
    text = _ROWREF.sub(lambda x: row_word(x.group(1), int(x.group(2))), problem.message)
    return _ISO.sub(lambda x: _date(x.group(0)), text)
