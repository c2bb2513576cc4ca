"""The core's problems in the user's words: each known problem code with its parameters in the
interface language (the core's English message is never parsed); for other codes the default
message with JSON paths as the row numbers the tables show (``workers[0].shifts[3]`` -> ``shift
4``) and ISO dates as the interface shows them (``03/03/2025``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from wage_remedy.api import CaseProblem, rate_title
from wage_remedy_ui.i18n import current_language, fmt_iso_date

translate = QCoreApplication.translate
_ROWREF = re.compile(r"(?:workers\[\d+\]\.)?(shifts|hours|payments)\[(\d+)\]")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


_date = fmt_iso_date


def row_word(kind: str, index: int) -> str:
    """``shift 4`` for ``shifts[3]`` (rows numbered as the tables show them)."""
    words = {"shifts": translate("Problems", "shift {0}"), "hours": translate("Problems", "hours block {0}"),
             "payments": translate("Problems", "payment {0}")}
    return words.get(kind, kind + " {0}").format(index + 1)


def overlapped_row(problem: CaseProblem) -> int | None:
    """The other shift (index) an overlap problem names, to tint both rows."""
    other = problem.param("other") if problem.code == "overlap" else None
    return int(other) if other is not None and other.isdigit() else None


def _coded(problem: CaseProblem) -> str | None:
    """A problem the core sent as a code with its figures, in the interface language (the core's
    English message is never read)."""
    p = problem.param
    code = problem.code
    if code == "overlap":
        return translate("Problems", "overlaps {0} ({1} {2}–{3})").format(
            row_word("shifts", int(p("other") or 0)), _date(p("date") or ""), p("start"), p("end"))
    if code == "break-too-long":
        return translate("Problems", "the break ({0} min) is not shorter than the shift {1}–{2} "
                         "({3} min)").format(p("break"), p("start"), p("end"), p("length"))
    if code == "equal-times":
        return translate("Problems", "the end {0} equals the start {1}: a shift of 0 or 24 hours is "
                         "refused as a typo; correct the start or the end").format(p("end"), p("start"))
    if code == "start-24":
        return translate("Problems", "a shift cannot start at 24:00; use 00:00 of the next day")
    if code == "hours-over-day":
        return translate("Problems", "{0} h over {1} day(s) is more than 24 h a day").format(
            p("hours"), p("days"))
    if code == "hours-order":
        return translate("Problems", "the end date {0} is before the start date {1}").format(
            _date(p("to") or ""), _date(p("from") or ""))
    rate = _rate_problem(problem)
    if rate is not None:
        return rate
    if code == "birth-after-start":
        return translate("Problems", "the birth date {0} is not before the start of employment").format(
            _date(p("birth") or ""))
    return None


def _table(problem: CaseProblem) -> str:
    """The problem's rate table by its title in the interface language (its id if unknown)."""
    return rate_title(problem.param("table") or "", current_language())


def _rate_problem(problem: CaseProblem) -> str | None:
    """A rate lookup or sector choice the engine refused, from its code (law/catalogue.py,
    compute/backpay.py), in the interface language."""
    p = problem.param
    code = problem.code
    if code == "no-rates":
        return translate("Problems", "{0} has no rates for {1}: its figures start on {2}").format(
            _table(problem), _date(p("date") or ""), _date(p("start") or ""))
    if code == "rate-gap":
        return translate("Problems", "{0}: the figures in force from {1} are not in the program's rates "
                         "(needed for {2}); add them before computing").format(
            _table(problem), _date(p("start") or ""), _date(p("date") or ""))
    if code == "unknown-table":
        return translate("Problems", "unknown rate table {0}").format(p("table"))
    if code == "rate-key":
        return translate("Problems", "{0} has no {1} {2} on {3}").format(
            _table(problem), p("dimension"), p("key"), _date(p("date") or ""))
    if code == "no-parameter":
        return translate("Problems", "{0} has no figure {1} on {2}").format(
            _table(problem), p("name"), _date(p("date") or ""))
    if code == "not-sector":
        return translate("Problems", "{0} is not a sector scale").format(_table(problem))
    if code == "sector-jurisdiction":
        return translate("Problems", "{0} belongs to another country ({1}) than the case ({2})").format(
            _table(problem), p("its"), p("case"))
    if code == "category-required":
        return translate("Problems", "choose a category of {0}").format(_table(problem))
    if code == "unknown-category":
        return translate("Problems", "{0} has no category {1}; allowed: {2}").format(
            _table(problem), p("category"), p("allowed"))
    return None


def problem_message(problem: CaseProblem) -> str:
    """The message of ``problem`` in the interface language (known messages) or with its paths
    and dates rewritten for reading."""
    known = _coded(problem)
    if known is not None:
        return known
    # no words here for this code: the default message with its row references and dates shown
    # as the tables show them
    text = _ROWREF.sub(lambda x: row_word(x.group(1), int(x.group(2))), problem.message)
    return _ISO.sub(lambda x: _date(x.group(0)), text)
