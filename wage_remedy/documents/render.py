"""Lay out the four documents with reportlab platypus and return the PDF bytes.

Pure: the same case, Result, language, number and issue time give the same bytes (reportlab's
``invariant`` mode, the creation date set to the issue time, no random ids). Amounts and dates are
formatted for the locale here, at the edge; every figure comes from the Result.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from wage_remedy import __version__
from wage_remedy.case.model import CaseFile, Worker
from wage_remedy.compute.heads import HOLIDAY_PAY_OFFENCE
from wage_remedy.compute.result import (
    DEBTORS,
    DebtorTotal,
    Head,
    Line,
    PeriodResult,
    Result,
    WorkerResult,
    debtor_totals,
    payable_total,
)
from wage_remedy.documents import fonts
from wage_remedy.documents.grid import (
    PAD_X,
    Cells,
    CellStyle,
    GridTable,
    Look,
    Palette,
    PlainText,
    Row,
    SharedParagraph,
    cell_lines,
    fit_words,
)
from wage_remedy.documents.heads_text import (
    fund_name,
    head_basis,
    head_legal,
    head_title,
    ht,
    rate_title,
)
from wage_remedy.documents.heads_text import warning_text as head_warning_text
from wage_remedy.documents.i18n import LOCALES, TABLE_DATE, t
from wage_remedy.documents.i18n import has as has_text
from wage_remedy.documents.qr import QRCode
from wage_remedy.documents.reconcile import payable_heads, reconcile
from wage_remedy.law.jurisdictions import jurisdiction as _jurisdiction
from wage_remedy.money import ZERO, fmt_hours, format_money

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 17 * mm  # the footer line is at 13 mm
WIDTH = PAGE_W - 2 * MARGIN_X

ACCENT = colors.HexColor("#1F3A5F")
HEAD_BG = colors.HexColor("#E6EBF2")
BOX_BG = colors.HexColor("#F2F5F9")
GRID = colors.HexColor("#B8C2CF")
FLAG = colors.HexColor("#B00020")
FLAG_BG = colors.HexColor("#FDECEC")
FLAGGED = ("derived", "unverified")
PALETTE = Palette(head_bg=HEAD_BG, total_bg=BOX_BG, accent=ACCENT, grid=GRID)
# Column widths (mm, scaled to the text width) of the statement's lines and interest tables.
ONE_PAGE_PAD = (0.9, 1.1)  # a table row's padding above and below on the one-page papers (pt)
LINE_COLS = (15, 23, 12, 13, 12, 15, 25, 44, 14, 7)
INTEREST_COLS = (16, 19, 36, 10, 15, 44, 20, 20)
META_KEY = "WageRemedy"
FLAG_INTEREST = "interest"  # ``table#interest@date``: the interest rate of a flagged version

# Warnings worded in documents/heads_text.py that say an amount may be too low: shown as a flag (⚠)
# like the rate warnings, not as a plain note.
FLAGGED_HEAD_WARNINGS = frozenset({"continuing-scale-missing"})


# ------------------------------------------------------------------------------------ formatting
def _nobreak(text: str) -> str:
    """Spaces inside an amount as no-break spaces: reportlab breaks lines at the narrow no-break
    space French grouping uses (``6 048,77`` split as ``6`` / ``048,77``), never at U+00A0."""
    return text.replace("\u202f", "\u00a0").replace(" ", "\u00a0")


class Fmt:
    """Locale formatting of amounts, rates, hours and dates (babel), for one language."""

    def __init__(self, lang: str, jurisdiction: str):
        self.lang = lang
        self.locale = dict(_jurisdiction(jurisdiction).locales).get(lang) or LOCALES[lang]

    def money(self, value: Decimal) -> str:
        """An amount with two decimals, grouped: ``1 052,03`` (never broken across lines)."""
        return _money_text(str(value), self.locale, False)

    def eur(self, value: Decimal) -> str:
        """An amount with the euro sign where the locale puts it: ``1 052,03 €`` (one piece)."""
        return _money_text(str(value), self.locale, True)

    def rate(self, value: Decimal) -> str:
        return _babel_decimal(str(value), "#,##0.00##", self.locale)

    def number(self, value: Decimal | int) -> str:
        return _babel_decimal(str(value), "#,##0.####", self.locale)

    def hours(self, minutes: int) -> str:
        return self.number(Decimal(fmt_hours(minutes)))

    def date(self, value: dt.date) -> str:
        """A date in words: ``30 juin 2025``."""
        return _babel_date(value, "long", self.locale)

    def tdate(self, value: dt.date) -> str:
        """A numeric date for tables: ``30/06/2025``."""
        pattern = TABLE_DATE.get(self.lang, "dd/MM/yyyy")
        if self.locale in ("nl_BE",):
            pattern = "dd/MM/yyyy"
        return _babel_date(value, pattern, self.locale)


# babel formatting remembered (a statement formats the same figures and dates thousands of times);
# a number is keyed by its exact text, so 1.0 and 1.00 or 0 and -0 never share an entry
@functools.lru_cache(maxsize=16384)
def _babel_decimal(text: str, pattern: str, locale: str) -> str:
    return str(format_decimal(Decimal(text), format=pattern, locale=locale))


@functools.lru_cache(maxsize=16384)
def _money_text(text: str, locale: str, currency: bool) -> str:
    return _nobreak(format_money(Decimal(text), locale, currency=currency))


@functools.lru_cache(maxsize=16384)
def _babel_date(value: dt.date, pattern: str, locale: str) -> str:
    return str(format_date(value, format=pattern, locale=locale))


@dataclass(frozen=True)
class Styled:
    """A table cell's text in a paragraph style of its own (a flagged status in bold red)."""

    text: str
    style: str


# ------------------------------------------------------------------------------------ request
@dataclass(frozen=True)
class DocRequest:
    """Everything a document needs besides the case and its Result."""

    kind: str
    number: str
    issued_at: dt.datetime  # UTC
    lang: str
    worker_lang: str | None
    worker_id: str | None
    meta_json: str
    iban: str | None = None  # compact, already validated
    communication: str | None = None  # payment reference printed and put in the EPC payload
    epc: str | None = None  # EPC QR payload
    extra: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------------------------ flowables
class _Info(PDFInfo):
    """Document info dictionary with one extra key holding the document's JSON metadata."""

    extra: dict[str, str] = {}

    def format(self, document: Any) -> bytes:
        d: dict[str, Any] = {
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "CreationDate": PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter),
            "Producer": PDFString(self.producer), "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        d["ModDate"] = d["CreationDate"]
        for key, value in self.extra.items():
            d[key] = PDFString(value)
        return PDFDictionary(d).format(document)  # type: ignore[no-any-return]


def _canvas_class(footer: str, page_text: Callable[[int, int], str], stamp: str,
                  meta_json: str) -> type[Canvas]:
    """A canvas that embeds the metadata, fixes the creation date and prints the footer."""

    class DocCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []
            info = _Info()
            info.extra = {META_KEY: meta_json}
            self._doc.info = info
            self.setDateFormatter(lambda *_: stamp)

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for n, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                self._footer(n, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, n: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, 13 * mm, PAGE_W - MARGIN_X, 13 * mm)
            self.setFillColor(colors.HexColor("#444444"))
            self.setFont(fonts.COND, 7.5)
            self.drawString(MARGIN_X, 9 * mm, footer)
            self.drawRightString(PAGE_W - MARGIN_X, 9 * mm, page_text(n, total))
            self.restoreState()

    return DocCanvas


# ------------------------------------------------------------------------------------ builder
@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles (made once: they are never changed)."""
    s = fonts.SANS
    b = fonts.SANS_BOLD
    c = fonts.COND
    cb = fonts.COND_BOLD
    return {
        "h1": ParagraphStyle("h1", fontName=b, fontSize=15, leading=18, textColor=ACCENT),
        "h1sub": ParagraphStyle("h1sub", fontName=s, fontSize=11, leading=14, textColor=ACCENT),
        # body text at least 9 pt, tables at least 8 pt (issue 17); headings stay with the text
        # they introduce (``_guard_headings``); words are never split mid-word (splitLongWords=0:
        # ``Builder.table`` widens a column to its longest word instead)
        "h2": ParagraphStyle("h2", fontName=b, fontSize=10.5, leading=13, textColor=ACCENT,
                             spaceBefore=6, spaceAfter=2),
        "h3": ParagraphStyle("h3", fontName=b, fontSize=9.5, leading=11.5, spaceBefore=3, spaceAfter=1),
        "body": ParagraphStyle("body", fontName=s, fontSize=9, leading=11.2, spaceAfter=2,
                               splitLongWords=0),
        "small": ParagraphStyle("small", fontName=s, fontSize=9, leading=10.7, spaceAfter=1.5,
                                splitLongWords=0),
        # a web address is broken after a "/" (uriWasteReduce), only as a last resort elsewhere
        "url": ParagraphStyle("url", fontName=s, fontSize=9, leading=10.7, spaceAfter=1.5,
                              uriWasteReduce=0.3),
        "flag_url": ParagraphStyle("flag_url", fontName=c, fontSize=8.5, leading=10, textColor=FLAG,
                                   uriWasteReduce=0.3),
        "label": ParagraphStyle("label", fontName=c, fontSize=8, leading=9.6,
                                textColor=colors.HexColor("#555555"), splitLongWords=0),
        "value": ParagraphStyle("value", fontName=s, fontSize=9, leading=10.8, splitLongWords=0),
        "value_b": ParagraphStyle("value_b", fontName=b, fontSize=9, leading=10.8, splitLongWords=0),
        "value_br": ParagraphStyle("value_br", fontName=b, fontSize=9.5, leading=12, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=c, fontSize=8, leading=9.4, splitLongWords=0),
        "cell_r": ParagraphStyle("cell_r", fontName=c, fontSize=8, leading=9.4, alignment=TA_RIGHT,
                                 splitLongWords=0),
        "cell_b": ParagraphStyle("cell_b", fontName=cb, fontSize=8, leading=9.4, splitLongWords=0),
        "cell_br": ParagraphStyle("cell_br", fontName=cb, fontSize=8, leading=9.4, alignment=TA_RIGHT,
                                  splitLongWords=0),
        "head": ParagraphStyle("head", fontName=cb, fontSize=8, leading=9.4, splitLongWords=0),
        "head_r": ParagraphStyle("head_r", fontName=cb, fontSize=8, leading=9.4, alignment=TA_RIGHT,
                                 splitLongWords=0),
        "flag": ParagraphStyle("flag", fontName=c, fontSize=8.5, leading=10, textColor=FLAG,
                               splitLongWords=0),
        "flag_b": ParagraphStyle("flag_b", fontName=cb, fontSize=8.5, leading=10, textColor=FLAG,
                                 splitLongWords=0),
        "big": ParagraphStyle("big", fontName=b, fontSize=15, leading=18, alignment=TA_RIGHT,
                              splitLongWords=0),
        "mono": ParagraphStyle("mono", fontName=fonts.MONO, fontSize=8.6, leading=10.6),
        "mono_c": ParagraphStyle("mono_c", fontName=fonts.MONO, fontSize=6.6, leading=8,
                                 alignment=TA_CENTER),
        "tiny_c": ParagraphStyle("tiny_c", fontName=c, fontSize=6.6, leading=8, alignment=TA_CENTER,
                                 textColor=colors.HexColor("#555555")),
    }


@functools.cache
def _cell_style(name: str) -> CellStyle:
    """A table cell's font, size, line distance and colour: those of paragraph style ``name``."""
    st = _styles()[name]
    return CellStyle(st.fontName, st.fontSize, st.leading, st.textColor)


_MARKUP_STYLES = ("url", "flag_url")  # web addresses: a Paragraph's own breaking (uriWasteReduce)


def _style_name(item: Flowable) -> str | None:
    """The paragraph style's name of a Paragraph or a PlainText (None for anything else)."""
    style = getattr(item, "style", None)
    return getattr(style, "name", None) if isinstance(item, Paragraph | PlainText) else None


def _e(text: object) -> str:
    return escape(str(text))


def _col_widths(widths_mm: Sequence[float]) -> list[float]:
    """Column widths in points, scaled to fill the text width."""
    scale = WIDTH / (sum(widths_mm) * mm)
    return [w * mm * scale for w in widths_mm]


def local_date(stamp: dt.datetime, jurisdiction: str) -> dt.date:
    """The calendar date of a UTC time stamp where the inspection is (Brussels or Amsterdam)."""
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(_jurisdiction(jurisdiction).time_zone)
    except (ImportError, KeyError, ValueError):  # no time-zone data: the UTC date
        return stamp.date()
    aware = stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)
    return aware.astimezone(zone).date()


@functools.lru_cache(maxsize=4096)
def period_words(period: str, lang: str, jurisdiction: str = "BE") -> str:
    """A pay period in words: ``2025-03`` -> ``mars 2025``; a week ``2025-W10`` -> the dates of its
    Monday and Sunday (``03/03/2025 – 09/03/2025``)."""
    f = Fmt(lang, jurisdiction)
    try:
        if "-W" in period:
            year, week = period.split("-W")
            monday = dt.date.fromisocalendar(int(year), int(week), 1)
            return f"{f.tdate(monday)} – {f.tdate(monday + dt.timedelta(days=6))}"
        year, month = period.split("-")
        return _babel_date(dt.date(int(year), int(month), 1), "LLLL yyyy", f.locale)
    except ValueError:
        return period


def _punct(mark: str, lang: str) -> str:
    """A colon or semicolon and the space after it; French puts a space before it too."""
    return f" {mark} " if lang == "fr" else f"{mark} "


def _guard_headings(story: list[Flowable], room: float = 28 * mm) -> list[Flowable]:
    """A heading never ends a page: before each one, a page break when less than ``room`` is left
    under it (a long table after it still starts on the same page as its heading)."""
    out: list[Flowable] = []
    for item in story:
        if _style_name(item) in ("h2", "h3"):
            out.append(CondPageBreak(room))
        out.append(item)
    return out


def _look(left: float | Sequence[float], right: float | Sequence[float], columns: int,
          top: float = 0.0, bottom: float = 0.0, **kw: Any) -> Look:
    """A ``Cells`` look with the same left and right padding in every column unless given per
    column."""
    def each(v: float | Sequence[float]) -> tuple[float, ...]:
        return tuple(v) if isinstance(v, Sequence) else (float(v),) * columns

    return Look(each(left), each(right), top, bottom, **kw)


def _side_by_side(left: Flowable, right: Flowable, left_w: float) -> Cells:
    """Two flowables in one row (the amount with the signatures beside it)."""
    return Cells([[[left], [right]]], [left_w, WIDTH - left_w], _look(0, 0, 2))


def _between(items: Sequence[Any], filler: Any) -> list[Any]:
    """``items`` with ``filler`` between each two (signature columns and the gaps between)."""
    out: list[Any] = []
    for i, item in enumerate(items):
        out += [filler, item] if i else [item]
    return out


def line_version(line: Line) -> str:
    """``be/pc-302@2025-01-01``, or ``be/pc-302#night@2025-01-01`` for a flat premium."""
    table = line.rate_table
    if line.kind == "flat_premium" and line.premium_id and "#" not in table:
        table = f"{table}#{line.premium_id}"
    return f"{table}@{line.rate_from.isoformat()}" if line.rate_from else table


class Builder:
    """Builds the story (list of flowables) of one document."""

    def __init__(self, case: CaseFile, result: Result, req: DocRequest):
        fonts.register_fonts()
        self.case = case
        self.result = result
        self.req = req
        self.lang = req.lang
        self.f = Fmt(req.lang, case.jurisdiction)
        self.st = _styles()
        self.sources: dict[tuple[str, str], int] = {}
        self._rate_names: dict[tuple[str, dt.date | None], str] = {}  # ``rate_name``, remembered

    # ---------------------------------------------------------------- small helpers
    def t(self, key: str, **kw: object) -> str:
        return t(key, self.lang, **kw)

    def p(self, text: str, style: str = "body", markup: bool = False) -> Flowable:
        """A paragraph: plain text drawn straight (documents/grid.py), markup as a Paragraph."""
        if markup or style in _MARKUP_STYLES:
            return SharedParagraph(text if markup else _e(text), self.st[style])
        return PlainText(text, self.st[style])

    def pm(self, markup: str, style: str = "body") -> Paragraph:
        return SharedParagraph(markup, self.st[style])

    def status(self, status: str) -> str:
        key = f"status.{status}"
        return self.t(key) if has_text(key) else status

    def status_cell(self, status: str) -> Any:
        """A status in a table cell: flagged ones bold in the flag colour, others plain text."""
        if status in FLAGGED:
            return Styled(self.status(status), "flag_b")
        return self.status(status)

    def binding(self, binding: str) -> str:
        key = f"bind.{binding}"
        return self.t(key) if has_text(key) else binding

    def kind(self, line: Line) -> str:
        if line.kind == "normal":
            return self.t("kind.normal")
        if line.kind == "overtime":
            return self.t("kind.overtime", p=self.f.number(line.premium))
        pid = line.premium_id or line.kind
        key = f"premium.{pid}"  # the premium's name in the document's language, never its id
        name = self.t(key) if has_text(key) else pid.replace("-", " ")
        return self.t("kind.premium", id=name)

    def rate_name(self, table: str, start: dt.date | None = None) -> str:
        """A rate table as a reader knows it: its title in the document's language (without the
        country), a premium's name, and the version's date: ``CP 302 … (travail de nuit), version
        du 1 janvier 2025``. The id only for a table the program does not ship."""
        key = (table, start)
        found = self._rate_names.get(key)
        if found is None:
            found = self._rate_names[key] = self._rate_name(table, start)
        return found

    def _rate_name(self, table: str, start: dt.date | None) -> str:
        base, _, premium = table.partition("#")
        name = rate_title(base, self.lang)
        if premium:
            key = "flag.interest" if premium == FLAG_INTEREST else f"premium.{premium}"
            name += f" ({self.t(key) if has_text(key) else premium.replace('-', ' ').replace('_', ' ')})"
        if start is not None:
            name = self.t("doc.version_of", title=name, date=self.f.date(start))
        return name

    def ref_name(self, ref: str) -> str:
        """``be/pc-302@2025-01-01`` (and an optional suffix after a space) in words."""
        head, sep, rest = ref.partition(" ")
        table, at, date = head.rpartition("@")
        if not at:
            return self.rate_name(head) + (sep + rest)
        try:
            return self.rate_name(table, dt.date.fromisoformat(date)) + (sep + rest)
        except ValueError:
            return ref

    def period(self, period: str) -> str:
        """A pay period as the reader says it: ``mars 2025``; a week stays ``2025-W10`` (its dates
        are in the table beside it)."""
        return period if "-W" in period else period_words(period, self.lang, self.case.jurisdiction)

    def deadline_text(self, lang: str) -> str:
        d = self.case.settings.regularisation_deadline
        if d is None:
            return t("w.immediately", lang)
        return Fmt(lang, self.case.jurisdiction).date(d)

    def cell_style(self, name: str) -> CellStyle:
        """A table cell's font, size, line distance and colour: those of the paragraph style."""
        return _cell_style(name)

    def table(self, head: Sequence[str], rows: Sequence[Sequence[Any]], widths_mm: Sequence[float],
              right: Iterable[int] = (), totals: int = 0, pad: tuple[float, float] | None = None) -> GridTable:
        """A data table (documents/grid.py): header row repeated on every page, numbers
        right-aligned, the last ``totals`` rows bold on a tinted background. A cell is a text or
        a ``Styled`` text (a flagged status). ``pad``: the rows' padding above and below (the
        one-page papers: tighter than the statement's)."""
        right = set(right)
        n = len(rows)
        head_st, head_r = _cell_style("head"), _cell_style("head_r")
        cells: list[list[tuple[str, CellStyle]]] = [
            [(str(h), head_r if i in right else head_st) for i, h in enumerate(head)]]
        for r_i, row in enumerate(rows):
            bold = r_i >= n - totals
            left_st, right_st = (_cell_style("cell_b"), _cell_style("cell_br")) if bold else (
                _cell_style("cell"), _cell_style("cell_r"))
            cells.append([(c.text, _cell_style(c.style)) if type(c) is Styled
                          else (c if type(c) is str else str(c), right_st if i in right else left_st)
                          for i, c in enumerate(row)])
        col_w = fit_words(cells, _col_widths(widths_mm), 2 * PAD_X)
        inner = [w - 2 * PAD_X for w in col_w]
        built = [Row([(cell_lines(text, style, w), style, i in right)
                      for i, ((text, style), w) in enumerate(zip(row, inner, strict=False))],
                     kind="head" if r == 0 else "total" if r > n - totals else "body",
                     first=totals > 0 and r == n - totals + 1, **({"pad": pad} if pad else {}))
                 for r, row in enumerate(cells)]
        return GridTable(built[0], built[1:], col_w, PALETTE)

    def kv(self, rows: Sequence[tuple[str, Any]], label_w: float = 32 * mm,
           width: float = WIDTH, pad: float = 0.8) -> Cells:
        """Label / value pairs; ``pad`` above and below each row."""
        data = [[[self.p(str(k), "label")], [v if isinstance(v, Flowable) else self.p(str(v), "value")]]
                for k, v in rows]
        return Cells(data, [label_w, width - label_w], _look(0, 3, 2, pad, pad))

    def box(self, content: list[Flowable], border: Any = ACCENT, bg: Any = BOX_BG,
            width: float = WIDTH) -> Cells:
        """Flowables in a tinted box."""
        return Cells([[content]], [width], _look(6, 6, 1, 4, 4, decorations=(
            ("bg", (0, 0, -1, -1), bg), ("box", (0, 0, -1, -1), 0.8, border))))

    # ---------------------------------------------------------------- common blocks
    def employer_text(self) -> str:
        e = self.case.employer
        parts = [e.name]
        if e.enterprise_number:
            parts.append(f"{self.t('doc.enterprise')} {e.enterprise_number}")
        if e.address:
            parts.append(e.address)
        return " — ".join(parts)

    def rates_text(self) -> str:
        versions = [(table, start, status) for table, start, status, _t, _u in self.result.rate_versions]
        s = self.result.sanctions
        if self.req.kind == "fines" and s is not None and s.rate_from is not None:
            versions.append((s.rate_table, s.rate_from, s.status or ""))
        if self.req.kind == "statement":  # the statement lists them under its sources
            text = self.t("doc.rates_see", n=len(versions))
        elif self.req.kind == "fines" and s is not None and s.rate_from is not None:
            text = (self.rate_name(s.rate_table, s.rate_from) + "; "
                    + self.t("doc.rates_other", n=len(versions) - 1))
        else:
            items = [self.rate_name(table, start) + (f" ({self.status(status)})" if status in FLAGGED
                                                     else "") for table, start, status in versions]
            text = "; ".join(items) if items else "—"
        return f"{text} — {self.t('doc.rates_digest')} {self.result.rates_digest[:12]}"

    def header(self, title: str, subtitle: str | None = None, gap: float = 6) -> list[Flowable]:
        ins = self.case.inspection
        issued = self.req.issued_at
        inspector = ins.inspector or "—"
        if ins.service:
            inspector = f"{inspector} — {ins.service}"
        # the date of issue where the inspection is (never a UTC time on a paper for a worker)
        rows: list[tuple[str, Any]] = [
            (self.t("doc.number"), self.p(self.req.number, "value_b")),
            (self.t("doc.case"), self.case.reference),
            (self.t("doc.issued"), self.f.date(local_date(issued, self.case.jurisdiction))),
            *([] if self.req.kind in ("payment-order", "receipt") else [  # the intro names it
                (self.t("doc.place"), ins.place or "—")]),
            (self.t("doc.inspector"), inspector),
            (self.t("doc.employer"), self.employer_text()),
            (self.t("doc.as_of"), self.f.date(self.result.as_of)),
        ]
        if self.req.kind in ("payment-order", "receipt"):
            rows = [r for r in rows if r[0] != self.t("doc.employer")]  # in the parties below
        else:
            # the rate versions: on the statement and the fines sheet; the worker's papers carry
            # the verification code that ties them to the same figures
            rows.append((self.t("doc.rates"), self.p(self.rates_text(), "small")))
        qr_w = 27 * mm
        right_w = 36 * mm
        left_w = WIDTH - right_w - 4 * mm
        left: list[Flowable] = [self.p(title, "h1")]
        if subtitle:
            left.append(self.p(subtitle, "h1sub"))
        left.append(Spacer(1, 3))
        one_page = self.req.kind in ("payment-order", "receipt")
        left.append(self.kv(rows, label_w=30 * mm, width=left_w, pad=0.4 if one_page else 0.8))
        code = self.result.verification_code
        right: list[Flowable] = [
            QRCode(f"wage-remedy|{self.req.number}|{code}", qr_w),
            self.p(self.t("doc.verification"), "tiny_c"),
            self.p(code, "mono_c"),
        ]
        tbl = Cells([[left, right]], [left_w + 4 * mm, right_w], _look(
            0, 0, 2, align=("LEFT", "CENTER"), decorations=(("below", 0, 0.8, ACCENT),)))
        return [tbl, Spacer(1, gap)]

    def flagged(self, workers: Iterable[WorkerResult], sanctions: bool = False) -> list[tuple[str, str]]:
        """(reference, status) of the derived/unverified rate versions these workers' figures use."""
        items: list[tuple[str, str]] = []

        def add(ref: str, status: str) -> None:
            if (ref, status) not in items:
                items.append((ref, status))

        for w in workers:
            for p in w.periods:
                for ln in p.lines:
                    if ln.status in FLAGGED:
                        add(line_version(ln), ln.status)
                for ip in p.interest_parts:
                    if ip.status in FLAGGED:
                        add(f"{ip.rate_table}#{FLAG_INTEREST}@{ip.rate_from.isoformat()}", ip.status)
        s = self.result.sanctions
        if sanctions and s is not None and s.status in FLAGGED and s.rate_from is not None:
            add(f"{s.rate_table}@{s.rate_from.isoformat()}", s.status)
        return items

    def flagged_text(self, items: list[tuple[str, str]]) -> str:
        """Flagged rate versions in words, one entry per table and version with its premiums:
        ``CP 302 …, version du 1 janvier 2025 (DÉRIVÉ ; travail de nuit : DÉRIVÉ)``."""
        groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for ref, status in items:
            table, _, date = ref.rpartition("@")
            base, _, part = table.partition("#")
            groups.setdefault((base, date), []).append((part, status))
        out = []
        for (base, date), parts in groups.items():
            try:
                name = self.rate_name(base, dt.date.fromisoformat(date))
            except ValueError:
                name = self.rate_name(base)
            words = []
            for part, status in parts:
                if not part:
                    words.append(self.status(status))
                    continue
                key = "flag.interest" if part == FLAG_INTEREST else f"premium.{part}"
                label = self.t(key) if has_text(key) else part.replace("-", " ").replace("_", " ")
                words.append(f"{label} : {self.status(status)}" if self.lang == "fr"
                             else f"{label}: {self.status(status)}")
            out.append(f"{name} ({'; '.join(words)})")
        return "; ".join(out)

    def outdated(self, workers: Sequence[WorkerResult] | None = None) -> list[str]:
        """The result's ``outdated-rate`` warnings in the document's language (docs/method.md, Rates
        that are current); with ``workers``, only those of the tables their amounts use. Several
        tables read past their review date make one paragraph; a gap in a table one each."""
        used = None if workers is None else self.tables_used(workers)
        gaps: list[dict[str, str]] = []
        reviewed: list[dict[str, str]] = []
        for w in self.result.warnings:
            table, date = w.param("table"), w.param("date")
            if w.code == "outdated-rate" and table and date:
                if used is not None and table.partition("#")[0] not in used:
                    continue
                words = {"table": self.rate_name(table), "date": self.f.date(dt.date.fromisoformat(date))}
                (gaps if w.param("gap") else reviewed).append(words)
        out = [self.t("warn.outdated_gap", **words) for words in gaps]
        if len(reviewed) > 1:  # one paragraph for several tables (the worker's one-page papers)
            items = _punct(";", self.lang).join(self.t("warn.outdated_item", **words) for words in reviewed)
            return [*out, self.t("warn.outdated_many", items=items)]
        return out + [self.t("warn.outdated", **words) for words in reviewed]

    @staticmethod
    def tables_used(workers: Sequence[WorkerResult]) -> set[str]:
        """The rate tables (ids, premiums folded into their table) these workers' amounts use."""
        used: set[str] = set()
        for w in workers:
            for p in w.periods:
                used.update(ln.rate_table.partition("#")[0] for ln in p.lines)
                used.update(ip.rate_table.partition("#")[0] for ip in p.interest_parts)
            for h in w.heads:
                used.update(ref.partition("@")[0].partition("#")[0] for ref in h.tables)
        return used

    def past_deadline(self) -> list[tuple[str, bool]]:
        """A regularisation deadline already past on the date of issue (text, flag)."""
        issued = local_date(self.req.issued_at, self.case.jurisdiction)
        d = self.case.settings.regularisation_deadline
        if d is not None and d < issued:
            return [(self.t("doc.deadline_past", deadline=self.f.date(d), issued=self.f.date(issued)), True)]
        return []

    def dated_notes(self) -> list[tuple[str, bool]]:
        """When the papers are printed after the as-of date: that the amounts stop there, and a
        regularisation deadline already past on the date of issue (text, shown as a flag)."""
        issued = local_date(self.req.issued_at, self.case.jurisdiction)
        out: list[tuple[str, bool]] = []
        if self.req.kind == "payment-order":  # said in its amount box
            return out
        if self.result.as_of < issued:
            out.append((self.t("doc.as_of_note", as_of=self.f.date(self.result.as_of)), False))
        return out + self.past_deadline()

    def flag_box(self, items: list[tuple[str, str]],
                 workers: Sequence[WorkerResult] | None = None, gap: float = 5) -> list[Flowable]:
        # the outdated tables: of the worker's amounts on a worker's paper, all on the others
        outdated = self.outdated(workers)
        dated = self.dated_notes()
        if not items and not outdated and not dated:
            return []
        content: list[Flowable] = []
        if dated:  # one paragraph: the as-of date, then a deadline already past (in bold)
            content.append(self.pm(" ".join(f"<b>⚠ {_e(text)}</b>" if flag else _e(text)
                                            for text, flag in dated), "flag"))
        if items:
            content.append(self.pm(f"<b>⚠ {_e(self.t('flag.title'))}.</b> "
                                   + _e(self.t("flag.text", items=self.flagged_text(items))), "flag"))
        content += [self.p("⚠ " + text, "flag_b") for text in outdated]
        return [self.box(content, border=FLAG, bg=FLAG_BG), Spacer(1, gap)]

    def legal_basis(self, with_art162: bool = True, run_in: bool = False, gap: float = 4) -> list[Flowable]:
        """The legal basis in one paragraph (the references run on); ``run_in``: its heading in
        bold at the paragraph's start, not a heading line (the worker's one-page papers)."""
        texts: list[str] = []
        d = self.case.settings.regularisation_deadline
        if _jurisdiction(self.case.jurisdiction).fine_regime == "nl-wml":
            texts.append(self.t("legal.nl_wml"))
            if d is not None:
                texts.append(self.t("legal.deadline", deadline=self.f.date(d)))
        else:
            texts.append(self.t("legal.wpa"))
            if d is not None:
                texts.append(self.t("legal.art21", deadline=self.f.date(d)))
            else:
                texts.append(self.t("legal.art21_none"))
            if with_art162:
                texts.append(self.t("legal.art162_ref"))
        if run_in:
            return [Spacer(1, gap), self.pm(f"<b>{_e(self.t('legal.heading'))}.</b> {_e(' '.join(texts))}", "small")]
        return [self.p(self.t("legal.heading"), "h2"), self.p(" ".join(texts), "small")]

    def parties(self, worker: Worker) -> Cells:
        e = self.case.employer
        half = (WIDTH - 6 * mm) / 2
        emp: list[Flowable] = [self.p(self.t("po.to_employer"), "label"),
                               self.p(e.name, "value_b")]
        # the enterprise number and the address on one line when it fits (one page), else two
        number = f"{self.t('doc.enterprise')} {e.enterprise_number}" if e.enterprise_number else ""
        lines = [x for x in (number, e.address or "") if x]
        st = self.st["value"]
        if len(lines) == 2 and stringWidth(" · ".join(lines), st.fontName, st.fontSize) <= half:
            lines = [" · ".join(lines)]
        emp += [self.p(x, "value") for x in lines]
        wk: list[Flowable] = [self.p(self.t("po.concerning"), "label"),
                              self.p(worker.name, "value_b")]
        if worker.address:
            wk.append(self.p(worker.address, "value"))
        # the worker's IBAN is printed once, with the transfer details under "how to pay"
        return Cells([[emp, wk]], [half + 6 * mm, half], _look(0, (6 * mm, 0), 2))

    def owed_table(self, wr: WorkerResult) -> GridTable:
        f = self.f
        periods = wr.underpaid_periods
        rows: list[list[Any]] = [
            [self.period(p.period), f.tdate(p.due_date), f.money(p.due), f.money(p.paid), f.money(p.unpaid),
             f.money(p.interest), f.money(p.unpaid + p.interest)] for p in periods]
        rows.append([self.t("col.total"), "", f.money(sum((p.due for p in periods), ZERO)),
                     f.money(sum((p.paid for p in periods), ZERO)), f.money(wr.unpaid),
                     f.money(wr.interest), f.money(wr.total)])
        head = [self.t(k) for k in ("col.period", "col.due_date", "col.due", "col.paid",
                                    "col.unpaid", "col.interest", "col.to_pay")]
        return self.table(head, rows, [20, 24, 26, 26, 26, 24, 28], right=range(2, 7), totals=1,
                          pad=ONE_PAGE_PAD)

    def signatures(self, columns: Sequence[tuple[str, str]], lines: Sequence[str],
                   width: float = WIDTH, sign_h: float = 22 * mm) -> Cells:
        """Signature blocks: one column per signatory; a label, a pre-filled name, then lines."""
        n = len(columns)
        gap = 3 * mm if width < WIDTH else 5 * mm
        col_w = (width - gap * (n - 1)) / n
        row_title = [self.p(label, "cell_b") for label, _ in columns]
        row_name = [self.p(f"{lines[0]}: {name}" if name else f"{lines[0]}:", "cell")
                    for _, name in columns]
        rows: list[list[Flowable | None]] = [row_title, row_name]
        for label in lines[1:-1]:
            rows.append([self.p(f"{label}:", "cell") for _ in columns])
        rows.append([self.p(f"{lines[-1]}:", "cell") for _ in columns])
        rows.append([None for _ in columns])
        data = [[[] if i % 2 or c is None else [c] for i, c in enumerate(_between(r, None))] for r in rows]
        widths = _between([col_w] * n, gap)
        heights: list[float | None] = [None] * (len(rows) - 1) + [sign_h]
        decorations: list[tuple[Any, ...]] = []
        for col in range(0, 2 * n, 2):
            decorations += [("box", (col, 0, col, -1), 0.6, GRID), ("bg", (col, 0, col, 0), HEAD_BG)]
        # an empty platypus Table cell is one line of its default font (12 pt) high: rows as tall
        return Cells(data, widths, _look(3, 3, len(widths), 1.5, 1.5, decorations=tuple(decorations),
                                         min_height=12 + 1.5 + 1.5), heights)

    def worker_langs(self) -> list[str]:
        """The official language, then the worker's language when it differs."""
        langs = [self.lang]
        wl = self.req.worker_lang
        if wl and wl != self.lang:
            langs.append(wl)
        return langs

    def owed_what(self, wr: WorkerResult, lang: str) -> str:
        """What the amount to pay covers, in words in ``lang`` for the worker's part: the wage
        months (``rémunération de mars 2025, avril 2025``), then each other employer head due at
        the as-of date by its name — exactly the amount's heads (docs/heads.md). A head without a
        name in ``lang`` is named in the document's language, never in a third one."""
        jur = self.case.jurisdiction
        if not wr.heads:
            months, others = [p.period for p in wr.underpaid_periods], []
        else:
            hs = payable_heads(wr, self.result.as_of)
            months = [h.period for h in hs if h.head == "wages" and h.period]
            others = [h for h in hs if not (h.head == "wages" and h.period)]
        parts = [t("w.wages_for", lang, months=", ".join(period_words(m, lang, jur) for m in months))] if months else []
        for h in others:
            name = head_title(h.head, lang, self.lang)
            if lang != "de":  # inside a sentence; German nouns keep their capital
                name = name[:1].lower() + name[1:]
            parts.append(name + (f" ({t('w.est_mark', lang)})" if h.estimated else ""))  # docs/estimates.md
        return _punct(";", lang).join(parts) or "—"  # nothing payable: never "()"

    def apart_lines(self, wr: WorkerResult, then: str = "") -> list[Flowable]:
        """Under a payment order's or receipt's table: what is owed but not in its amount — heads
        not yet due at the as-of date, a fund's part once the wages are declared (with the fund's
        name) (docs/heads.md). Never in the amount to pay, never in the QR code. ``then``: markup
        run on in the same paragraph (the payment order's word on estimates: one page)."""
        f = self.f
        rc = reconcile(wr, self.result.as_of)
        out: list[str] = []

        def item(h: Head) -> str:
            return f"{self.head_label(h)} ({self.t('col.due_date').lower()} {f.tdate(h.due_date)}) {f.eur(h.total)}"

        later = rc.wages_not_due + rc.later
        if later:
            out.append(self.t("rc.not_due", as_of=f.date(self.result.as_of),
                              items="; ".join(item(h) for h in later)))
        if rc.fund:
            out.append(self.t("rc.fund", items="; ".join(
                f"{self.head_label(h)} {f.eur(h.total)}" + (f" ({fund_name(h.fund, self.lang)})" if h.fund else "")
                for h in rc.fund)))
        # a court's maximum stays on the statement: not the inspector's order (docs/heads.md)
        text = " ".join([_e(x) for x in out] + ([then] if then else []))
        return [self.pm(text, "small")] if text else []

    # ---------------------------------------------------------------- heads of claim (docs/heads.md)
    def payable(self, wr: WorkerResult) -> DebtorTotal:
        """What the employer owes the worker and must pay at the as-of date: the employer heads
        due then (a payment order, a receipt and the bank QR carry this amount)."""
        if not wr.heads:
            return DebtorTotal(wr.due, wr.paid, wr.unpaid, wr.interest)
        return payable_total(wr.heads, self.result.as_of)

    def head_label(self, h: Head, lang: str | None = None) -> str:
        lg = lang or self.lang
        mark = f" ({t('est.mark', lg)})" if h.estimated else ""  # docs/estimates.md
        if h.head == "wages" and h.period:
            return f"{head_title('wages', lg)} {period_words(h.period, lg, self.case.jurisdiction)}{mark}"
        return head_title(h.head, lg) + mark

    def heads_order(self, wr: WorkerResult) -> list[Flowable]:
        """The heads on a payment order: owed by the employer and due at the as-of date."""
        f = self.f
        hs = [h for h in wr.heads if h.payable(self.result.as_of)] if wr.heads else []
        if not wr.heads:
            return [self.owed_table(wr)]
        rows: list[list[Any]] = [
            [self.head_label(h), f.tdate(h.due_date), f.money(h.due), f.money(h.paid), f.money(h.unpaid),
             f.money(h.interest), f.money(h.total)] for h in hs]
        now = self.payable(wr)
        rows.append([self.t("col.total"), "", f.money(now.due), f.money(now.paid), f.money(now.unpaid),
                     f.money(now.interest), f.money(now.total)])
        head = [ht("heads.head", self.lang)] + [self.t(k) for k in (
            "col.due_date", "col.due", "col.paid", "col.unpaid", "col.interest", "col.to_pay")]
        # the head column holds "Rémunération septembre 2025 (estimé)" on one line (one page)
        return [self.table(head, rows, [54, 17, 20, 18, 18, 17, 20], right=range(2, 7), totals=1,
                           pad=ONE_PAGE_PAD)]

    def heads_statement(self, wr: WorkerResult) -> list[Flowable]:
        """Every head of a worker grouped by debtor, with its basis and legal basis."""
        if not wr.heads:
            return []
        f = self.f
        out: list[Flowable] = [self.p(ht("heads.title", self.lang), "h3")]
        for debtor in DEBTORS:
            hs = [h for h in wr.heads if h.debtor == debtor and (h.due > 0 or h.paid > 0)]
            if not hs:
                continue
            out.append(self.p(ht(f"debtor.{debtor}", self.lang), "h3"))
            rows: list[list[Any]] = []
            for h in hs:
                rows.append([self.head_label(h), f"{f.tdate(h.start)} – {f.tdate(h.end)}", f.tdate(h.due_date),
                             f.money(h.due), f.money(h.paid), f.money(h.unpaid), f.money(h.interest),
                             self.status(h.status)])
            tot = debtor_totals(hs)[debtor]
            rows.append([self.t("col.total"), "", "", f.money(tot.due), f.money(tot.paid), f.money(tot.unpaid),
                         f.money(tot.interest), ""])
            head = [ht("heads.head", self.lang), ht("heads.reference", self.lang)] + [self.t(k) for k in (
                "col.due_date", "col.due", "col.paid", "col.unpaid", "col.interest", "col.status")]
            out.append(self.table(head, rows, [30, 34, 18, 19, 17, 19, 16, 22], right=range(3, 7), totals=1))
            for h in hs:
                if h.head == "wages":
                    continue
                fund = f" {ht('heads.fund', self.lang)}: {fund_name(h.fund, self.lang)}." if h.fund else ""
                basis = head_basis(h, self.lang, money=f.money, number=f.number, date=f.date)
                legal = head_legal(h, self.lang, self.case.jurisdiction)
                out.append(self.p(f"{self.head_label(h)}: {ht('heads.basis', self.lang)}: {basis}.{fund} "
                                  f"{ht('heads.legal', self.lang)}: {legal}.", "small"))
        return out

    def head_offences(self, s: Any) -> list[Flowable]:
        """Heads that are offences of their own: BE holiday pay (art. 162, 3°), NL holiday
        allowance fine beside the wage fine."""
        from wage_remedy.compute.heads import offence_heads
        f = self.f
        out: list[Flowable] = []
        items = [f"{w.name}: {head_title(h.head, self.lang)} {f.money(h.unpaid)} ({f.tdate(h.due_date)})"
                 for w in self.result.workers for h in offence_heads(w.heads, self.case.inspection.date)]
        if items:
            out.append(self.p(ht("fn.holiday_pay", self.lang, items="; ".join(items)), "small"))
        fines = [f"{w.name}: {f.eur(w.head_fine)}" for w in s.workers if w.head_fine is not None]
        if fines and s.head_fines_total is not None:
            out.append(self.p(ht("fn.head_fines", self.lang, items="; ".join(fines),
                                 total=f.eur(s.head_fines_total)), "small"))
        return out

    # ---------------------------------------------------------------- documents
    def payment_order(self) -> list[Flowable]:
        """The payment order (one page): the parties, the amount and deadline beside the
        signatures, the heads owed, how to pay (bank transfer QR), the worker's part in their
        language, the legal basis."""
        worker = self.case.worker(self.req.worker_id or "")
        wr = self.result.worker(worker.id)
        wl = self.req.worker_lang
        sub = t("w.title.payment-order", wl) if wl and wl != self.lang else None
        # the blocks a little closer than on the statement (one page)
        story = self.header(self.t("title.payment-order"), sub, gap=4)
        story += self.flag_box(self.flagged([wr]), [wr], gap=3)
        story += [self.parties(worker), Spacer(1, 2), self.po_intro()]
        amt_w = WIDTH * 0.47
        ins = self.case.inspection
        # "Date and signature" on one line above the space to sign: the page's height (one page)
        sig_lines = [self.t("w.sig_name"), self.t("sig.date_signature")]
        sigs = self.signatures([(self.t("sig.inspector"), ins.inspector), (self.t("sig.employer"), "")],
                               sig_lines, width=WIDTH - amt_w - 4 * mm, sign_h=8 * mm)
        story += [Spacer(1, 2), _side_by_side(self.po_amount(wr, amt_w), sigs, amt_w + 4 * mm), Spacer(1, 1)]
        story.append(self.p(f"{self.t('po.periods')} <font size=8.5 color='#333333'>— "
                            f"{_e(self.t('doc.amounts_eur'))}</font>", "h2", markup=True))
        story += self.heads_order(wr)  # docs/heads.md
        story += self.apart_lines(wr, then=self.estimates_markup(wr))  # docs/estimates.md
        story.append(KeepTogether(self.po_how_to_pay(worker, wr)))
        story += [Spacer(1, 3), self.parallel_box(self.po_worker_part(wr))]
        story += self.legal_basis(run_in=True, gap=2)
        return story

    def po_intro(self) -> Flowable:
        """The payment order's first sentence: the inspection, and the deadline if one is set."""
        ins = self.case.inspection
        d = self.case.settings.regularisation_deadline
        intro_kw = {"date": self.f.date(ins.date), "place": ins.place or "—"}
        if d is not None:
            return self.p(self.t("po.intro_deadline", deadline=self.f.date(d), **intro_kw))
        return self.p(self.t("po.intro_now", **intro_kw))

    def po_amount(self, wr: WorkerResult, amt_w: float) -> Cells:
        """The payment order's amount box: the amount to pay now, interest up to the as-of date,
        the deadline (marked when already past)."""
        f = self.f
        d = self.case.settings.regularisation_deadline
        past = f" {_nobreak('(' + self.t('po.deadline_past') + ')')}" if self.past_deadline() else ""
        amount_rows = [  # the interest line spans both columns
            [[self.p(self.t("po.amount_now"), "value_b")], [self.p(f.eur(self.payable(wr).total), "big")]],
            [[self.p(self.t("po.interest_to", date=f.date(self.result.as_of)), "small")]],
            [[self.p(self.t("po.deadline"), "value_b")],
             [self.p(f.date(d) + past if d else self.t("po.immediately"), "value_br")]],
        ]
        # rows at least one 12 pt line high, as the spanned row was as a platypus Table
        return Cells(amount_rows, [amt_w * 0.48, amt_w * 0.52], _look(
            5, 5, 2, 2, 2.5, valign="MIDDLE", align=("LEFT", "RIGHT"), min_height=12 + 2 + 2.5,
            decorations=(("bg", (0, 0, -1, -1), BOX_BG), ("box", (0, 0, -1, -1), 0.8, ACCENT))))

    def po_how_to_pay(self, worker: Worker, wr: WorkerResult) -> list[Flowable]:
        """How to pay: in cash against the receipt, or by transfer (the details and the EPC QR
        code) when the worker has an IBAN."""
        how: list[Flowable] = [self.p(self.t("po.how"), "h2")]
        cash = self.p("• " + self.t("po.cash"))
        if not (self.req.iban and self.req.epc):
            return [*how, cash, self.p("• " + self.t("po.no_iban"))]
        from wage_remedy.documents.payment import format_iban
        ref_label = (self.t("po.structured") if _jurisdiction(self.case.jurisdiction).structured_communication
                     else self.t("po.reference"))
        details = self.kv([
            (self.t("po.beneficiary"), worker.name),
            ("IBAN", self.p(format_iban(self.req.iban), "mono")),
            (self.t("col.amount"), self.p(self.f.eur(self.payable(wr).total), "value_b")),
            (ref_label, self.p(self.req.communication or "", "mono")),
        ], label_w=40 * mm, width=WIDTH - 38 * mm, pad=0.4)
        qr_size = 26 * mm
        qr_cell: list[Flowable] = [QRCode(self.req.epc, qr_size), self.p(self.t("po.qr_caption"), "tiny_c")]
        # both ways to pay beside the QR code (the page's height: one page)
        bank = Cells([[[cash, self.p("• " + self.t("po.bank")), Spacer(1, 2), details], qr_cell]],
                     [WIDTH - qr_size - 4 * mm, qr_size + 4 * mm], _look(0, 0, 2))
        return [*how, bank]

    def po_worker_part(self, wr: WorkerResult) -> list[Flowable]:
        """The worker's part of a payment order, in the official language and the worker's own:
        what is owed, by when, how it is paid, what rests on estimates."""
        content: list[Flowable] = []
        for lang in self.worker_langs():
            fl = Fmt(lang, self.case.jurisdiction)
            if content:
                content.append(Spacer(1, 4))
            content.append(self.p(f"{t('w.heading', lang)} ({t('w.lang_name', lang)})", "h3"))
            now = self.payable(wr)
            said = [t("w.owed", lang, employer=self.case.employer.name, amount=fl.eur(now.total),
                      unpaid=fl.eur(now.unpaid), interest=fl.eur(now.interest),
                      as_of=fl.date(self.result.as_of), what=self.owed_what(wr, lang)),
                    t("w.deadline", lang, deadline=self.deadline_text(lang))]
            if self.req.iban:
                from wage_remedy.documents.payment import format_iban
                said.append(t("w.method_bank", lang, iban=_nobreak(format_iban(self.req.iban))))
            else:
                said.append(t("w.method_cash", lang))
            if wr.estimates:  # docs/estimates.md
                said.append(t("w.estimated", lang, amount=fl.eur(self.estimated_payable(wr))))
                if any(e.rebuttable for e in wr.estimates):
                    said.append(t("w.estimated_rebut", lang))
            content.append(self.p(" ".join(said), "small"))
        return content

    def parallel_box(self, content: list[Flowable]) -> Cells:
        """The worker's part: one language a column (side by side) when there are two."""
        parts: list[list[Flowable]] = []
        for item in content:
            if _style_name(item) == "h3":
                parts.append([])
            if parts and not isinstance(item, Spacer):
                parts[-1].append(item)
        if len(parts) != 2:
            return self.box(content)
        half = (WIDTH - 4 * mm) / 2
        return Cells([parts], [half + 2 * mm, half + 2 * mm], _look(5, 5, 2, 3, 3, decorations=(
            ("bg", (0, 0, -1, -1), BOX_BG), ("box", (0, 0, -1, -1), 0.8, ACCENT), ("after", 0, 0.4, GRID))))

    def receipt(self) -> list[Flowable]:
        worker = self.case.worker(self.req.worker_id or "")
        wr = self.result.worker(worker.id)
        f = self.f
        langs = self.worker_langs()
        sub = t("w.title.receipt", langs[1]) if len(langs) > 1 else None
        story = self.header(self.t("title.receipt"), sub)
        story += self.flag_box(self.flagged([wr]), [wr])
        story.append(self.parties(worker))
        story.append(Spacer(1, 6))
        amt_w = WIDTH * 0.34
        amt = Cells([[[self.p(self.t("rc.amount"), "value_b")]], [[self.p(f.eur(self.payable(wr).total), "big")]]],
                    [amt_w], _look(6, 6, 1, 3, 4, valign="MIDDLE", decorations=(
                        ("bg", (0, 0, -1, -1), BOX_BG), ("box", (0, 0, -1, -1), 0.8, ACCENT))))

        def both(key: str) -> str:
            return " / ".join(dict.fromkeys(t(key, lg) for lg in langs))

        sig_lines = [both("w.sig_name"), both("w.sig_date"), both("w.sig_signature")]
        sigs = self.signatures([
            (both("w.sig_worker"), worker.name),
            (both("w.sig_employer"), self.case.employer.name),
            (both("w.sig_witness"), self.case.inspection.inspector)], sig_lines,
            width=WIDTH - amt_w - 4 * mm, sign_h=12 * mm)
        story += [_side_by_side(amt, sigs, amt_w + 4 * mm), Spacer(1, 6)]
        for lang in langs:
            fl = Fmt(lang, self.case.jurisdiction)
            block: list[Flowable] = [
                self.p(f"{t('w.title.receipt', lang)} ({t('w.lang_name', lang)})", "h3"),
                self.p(t("w.receipt_text", lang, worker=worker.name, employer=self.case.employer.name,
                         amount=fl.eur(self.payable(wr).total), unpaid=fl.eur(self.payable(wr).unpaid),
                         interest=fl.eur(self.payable(wr).interest), as_of=fl.date(self.result.as_of),
                         what=self.owed_what(wr, lang))),
                self.p(f"{t('w.receipt_other', lang)} ______________________ EUR", "body"),
                self.p(f"{t('w.done_at', lang, place=self.case.inspection.place or '—')} "
                       f"______________________", "body"),
            ]
            story.append(KeepTogether(block))
            story.append(Spacer(1, 3))
        story.append(self.p(self.t("po.periods"), "h2"))
        story += self.heads_order(wr)  # docs/heads.md
        story.append(self.p(self.t("doc.amounts_eur"), "small"))
        story += self.apart_lines(wr)
        story += self.legal_basis(with_art162=False, run_in=True)
        return story

    def source_par(self, text: str, url: str, style: str) -> Paragraph:
        """``text``, then on the next line a web address broken only after a ``/`` (or ``?``,
        ``&``) when it does not fit; a piece wider than a whole line alone is cut where it must."""
        st = self.st[style]

        def width(x: str) -> float:
            return stringWidth(x, st.fontName, st.fontSize)

        pieces = [x for x in re.split(r"(?<=[/?&])", url) if x]
        lines: list[str] = []
        line = ""
        room = WIDTH - 2
        for piece in pieces:
            if line and width(line + piece) > room:
                lines.append(line)
                line = ""
            while width(line + piece) > room:  # a piece longer than a whole line: cut it
                cut = max(1, next((i for i in range(len(piece), 0, -1) if width(line + piece[:i]) <= room), 1))
                lines.append(line + piece[:cut])
                line, piece = "", piece[cut:]
            line += piece
        lines.append(line)
        return SharedParagraph(_e(text.rstrip()) + "<br/>" + "<br/>".join(_e(x) for x in lines if x), st)

    def _source_ref(self, title: str, url: str) -> str:
        key = (title, url)
        if key not in self.sources:
            self.sources[key] = len(self.sources) + 1
        return f"[{self.sources[key]}]"

    def _version_source(self, table: str, start: dt.date | None) -> tuple[str, str] | None:
        for tb, st, _status, title, url in self.result.rate_versions:
            if tb == table and st == start:
                return title, url
        return None

    def statement(self) -> list[Flowable]:
        f = self.f
        story = self.header(self.t("title.statement"))
        story += self.flag_box(self.flagged(self.result.workers))
        story.append(self.p(self.t("st.summary"), "h2"))
        rows: list[list[Any]] = [
            [w.name, f.money(w.due), f.money(w.paid), f.money(w.unpaid),
             f.money(w.interest), f.money(w.total)] for w in self.result.workers]
        r = self.result
        rows.append([self.t("st.case_total"), f.money(r.due), f.money(r.paid), f.money(r.unpaid),
                     f.money(r.interest), f.money(r.total)])
        head = [self.t(k) for k in ("doc.worker", "col.due", "col.paid", "col.unpaid",
                                    "col.interest", "col.unpaid_interest")]  # every period, due or not
        story.append(self.table(head, rows, [60, 24, 24, 24, 22, 26], right=range(1, 6), totals=1))
        story.append(self.p(self.t("doc.amounts_eur"), "small"))
        story += self.reconcile_table()  # how it adds up to the other papers (docs/heads.md)
        if any(w.estimates for w in r.workers):
            story.append(self.p(self.t("est.of_which", due=f.money(r.estimated_due),
                                       unpaid=f.money(r.estimated_unpaid)), "value_b"))
        for wr in self.result.workers:
            story += self.worker_statement(self.case.worker(wr.id), wr)
            story += self.heads_statement(wr)  # every head by debtor (docs/heads.md)
        # assumptions, warnings, sources, legal basis
        story.append(CondPageBreak(30 * mm))
        story.append(self.p(self.t("st.assumptions"), "h2"))
        for text in self.assumptions():
            story.append(self.p("• " + text, "small"))
        story.append(CondPageBreak(30 * mm))
        story.append(self.p(self.t("st.warnings"), "h2"))
        warnings = self.warnings()
        if not warnings:
            story.append(self.p(self.t("st.no_warnings"), "small"))
        for text, flag in warnings:
            story.append(self.p(("⚠ " if flag else "• ") + text, "flag" if flag else "small"))
        story.append(CondPageBreak(30 * mm))
        story.append(self.p(self.t("st.sources"), "h2"))
        vrows: list[list[Any]] = []
        for table, start, status, title, url in self.result.rate_versions:
            vrows.append([self.rate_name(table, start),
                          self.status_cell(status),
                          self._source_ref(title, url)])
        if vrows:
            head = [self.t("col.rate_version"), self.t("col.status"), self.t("col.source")]
            story.append(self.table(head, vrows, [60, 40, 15]))
            story.append(Spacer(1, 4))
        for (title, url), n in sorted(self.sources.items(), key=lambda kv: kv[1]):
            story.append(self.source_par(f"[{n}] {title} — ", url, "url"))
        story += self.legal_basis()
        return story

    def reconcile_table(self) -> list[Flowable]:
        """Per worker, from the summary's wages to the payment order and the fines sheet, and the
        fund's part apart: each row adds up (documents/reconcile.py)."""
        f = self.f
        as_of = self.result.as_of
        rcs = [(w.name, reconcile(w, as_of)) for w in self.result.workers]
        if all(rc.payable.total == rc.wages.total and rc.fine.total == rc.wages.total and not rc.fund
               for _n, rc in rcs):
            return []  # every paper carries the summary's figure

        def tot(hs: Iterable[Head]) -> Decimal:
            return sum((h.total for h in hs), ZERO)

        rows: list[list[Any]] = [
            [name, f.money(rc.wages.total), f.money(-tot(rc.wages_not_due)), f.money(tot(rc.other_due)),
             f.money(rc.payable.total), f.money(-tot(rc.not_offence)), f.money(rc.fine.total),
             f.money(tot(rc.fund))] for name, rc in rcs]
        every = [rc for _n, rc in rcs]
        rows.append([self.t("st.case_total"), f.money(sum((rc.wages.total for rc in every), ZERO)),
                     f.money(-sum((tot(rc.wages_not_due) for rc in every), ZERO)),
                     f.money(sum((tot(rc.other_due) for rc in every), ZERO)),
                     f.money(sum((rc.payable.total for rc in every), ZERO)),
                     f.money(-sum((tot(rc.not_offence) for rc in every), ZERO)),
                     f.money(sum((rc.fine.total for rc in every), ZERO)),
                     f.money(sum((tot(rc.fund) for rc in every), ZERO))])
        d = f.tdate(as_of)
        head = [self.t("doc.worker"), self.t("rc.col.wages"), self.t("rc.col.not_due", as_of=d),
                self.t("rc.col.other"), self.t("rc.col.order"), self.t("rc.col.not_offence"),
                self.t("rc.col.fines"), self.t("rc.col.fund")]
        return [self.p(self.t("rc.heading"), "h3"),
                self.table(head, rows, [34, 22, 22, 22, 22, 20, 22, 22], right=range(1, 8), totals=1),
                self.p(self.t("rc.note", as_of=f.date(as_of)), "small")]

    def fine_reconcile(self) -> list[Flowable]:
        """On the fines sheet: how each worker's "owed now" follows from the statement's wages
        (periods not yet due left out, holiday pay that is an offence added) and what the payment
        order carries that is no offence."""
        f = self.f
        as_of = self.result.as_of
        items: list[str] = []
        extra: list[str] = []
        for w in self.result.workers:
            rc = reconcile(w, as_of)
            if rc.fine.total == rc.wages.total and not rc.not_offence:
                continue
            parts = [f"{f.money(rc.wages.total)}"]
            for h in rc.wages_not_due:
                parts.append(f"− {self.period(h.period or '')} {f.money(h.total)} "
                             f"({self.t('fn.not_due', as_of=f.date(as_of))})")
            for h in rc.other_due:
                if h not in rc.not_offence:
                    why = (f" ({self.t('fn.offence_head')})" if h.head in HOLIDAY_PAY_OFFENCE else "")
                    parts.append(f"+ {self.head_label(h)} {f.money(h.total)}{why}")
            if len(parts) > 1:
                items.append(f"{w.name}: " + " ".join(parts) + f" = {f.money(rc.fine.total)}")
            extra += [f"{w.name}: {self.head_label(h)} {f.money(h.total)}" for h in rc.not_offence]
        out: list[Flowable] = []
        if items:
            out.append(self.p(self.t("fn.reconcile", items="; ".join(items)), "small"))
        if extra:
            out.append(self.p(self.t("fn.not_offence", items="; ".join(extra)), "small"))
        return out

    def worker_statement(self, worker: Worker, wr: WorkerResult) -> list[Flowable]:
        """A worker's part of the statement: employment, estimates, then the pay periods, the
        rate lines, the payments and the interest, each in a table."""
        out: list[Flowable] = [CondPageBreak(60 * mm), self.p(worker.name, "h2")]
        if worker.address:
            out.append(self.p(f"{self.t('doc.address')}: {worker.address}", "small"))
        out.append(self.p(f"{self.t('st.employment')}: " + "; ".join(self.employment_parts(worker, wr)),
                          "small"))
        out += self.estimates_block([wr])
        if not wr.periods:
            out.append(self.p(self.t("st.no_work"), "small"))
            return out
        for heading, block in (("st.periods", self.periods_table), ("st.lines", self.lines_table),
                               ("st.payments", self.payments_table),
                               ("st.interest_detail", self.interest_table)):
            out += [CondPageBreak(25 * mm), self.p(self.t(heading), "h3"), *block(wr)]
        return out

    def employment_parts(self, worker: Worker, wr: WorkerResult) -> list[str]:
        """The worker's birth date and employment, in words (the statement's employment line)."""
        f = self.f
        emp = worker.employment
        parts = [self.t("st.birth", date=f.tdate(worker.birth_date)),
                 self.t("st.emp_start", start=f.tdate(emp.start)) if emp.start else
                 self.t("st.emp_start_unknown", start=f.tdate(min(e.start for e in wr.estimates))),
                 self.t("st.emp_sector", sector=self.rate_name(emp.sector)) if emp.sector else self.t("st.no_sector")]
        if emp.category:
            parts.append(self.t("st.emp_category", category=emp.category))
        if emp.sector:
            parts.append(self.t("st.emp_years", years=emp.function_years))
        if emp.weekly_hours is not None:
            parts.append(self.t("st.emp_weekly", weekly=f.number(emp.weekly_hours)))
        if emp.agreed_hourly_rate is not None:
            parts.append(self.t("st.emp_agreed", rate=f.rate(emp.agreed_hourly_rate)))
        if worker.student:
            parts.append(self.t("st.emp_student"))
        return parts

    def periods_table(self, wr: WorkerResult) -> list[Flowable]:
        """A worker's pay periods with the worker's total, then any overpaid period."""
        f = self.f
        rows: list[list[Any]] = [
            [self.period(p.period), f"{f.tdate(p.start)} – {f.tdate(p.end)}", f.tdate(p.due_date),
             f.hours(p.minutes), f.money(p.due), f.money(p.paid), f.money(p.unpaid),
             f.money(p.interest)] for p in wr.periods]
        rows.append([self.t("st.worker_total"), "", "", f.hours(sum(p.minutes for p in wr.periods)),
                     f.money(wr.due), f.money(wr.paid), f.money(wr.unpaid), f.money(wr.interest)])
        head = [self.t(k) for k in ("col.period", "col.from_to", "col.due_date", "col.hours",
                                    "col.due", "col.paid", "col.unpaid", "col.interest")]
        out: list[Flowable] = [self.table(head, rows, [16, 36, 20, 16, 24, 24, 24, 20], right=range(3, 8),
                                          totals=1)]
        return out + [self.p(self.t("st.overpaid", period=self.period(p.period), amount=f.money(p.overpaid)),
                             "flag") for p in wr.periods if p.overpaid > 0]

    def lines_table(self, wr: WorkerResult) -> list[Flowable]:
        """Every rate line of a worker: hours, rate, premium, amount, the rate version applied and
        its status, the source's number in the statement's list of sources."""
        f = self.f
        rows: list[list[Any]] = []
        for p in wr.periods:
            for ln in p.lines:
                src = ln.source
                found = (src.title, src.url) if src is not None else self._version_source(ln.rate_table, ln.rate_from)
                kind = self.kind(ln) + (f" ({self.t('est.mark')})" if ln.estimated else "")
                rows.append([self.period(p.period), kind, f.hours(ln.minutes), f.rate(ln.rate),
                             f.number(ln.premium), f.money(ln.amount), self.binding(ln.binding),
                             self.ref_name(line_version(ln)), self.status_cell(ln.status),
                             self._source_ref(*found) if found else ""])
        head = [self.t(k) for k in ("col.period", "col.kind", "col.hours", "col.rate", "col.premium",
                                    "col.amount", "col.binding", "col.rate_version", "col.status",
                                    "col.source")]
        return [self.table(head, rows, LINE_COLS, right=(2, 3, 4, 5))]

    def payments_table(self, wr: WorkerResult) -> list[Flowable]:
        """A worker's recorded payments and the part of each counted (gross)."""
        f = self.f
        rows: list[list[Any]] = []
        for p in wr.periods:
            for pa in p.payments:
                method = self.t(f"method.{pa.method}") if has_text(f"method.{pa.method}") else pa.method
                rows.append([f.tdate(pa.date), self.period(p.period), method, f.money(pa.recorded),
                             f.money(pa.amount)])
        if not rows:
            return [self.p(self.t("st.no_payments"), "small")]
        head = [self.t(k) for k in ("col.date", "col.period", "col.method", "col.recorded", "col.counted")]
        return [self.table(head, rows, [26, 20, 34, 30, 30], right=(3, 4))]

    def interest_table(self, wr: WorkerResult) -> list[Flowable]:
        """A worker's legal interest, period by period and rate version by rate version."""
        f = self.f
        rows: list[list[Any]] = []
        for p in wr.periods:
            parts = list(p.interest_parts)
            for i, ip in enumerate(parts):
                rows.append([self.period(p.period), f.money(p.unpaid), f"{f.tdate(ip.start)} – {f.tdate(ip.end)}",
                             str(ip.days), f.number(ip.rate),
                             self.ref_name(f"{ip.rate_table}@{ip.rate_from.isoformat()}"),
                             self.status_cell(ip.status), f.money(p.interest) if i == len(parts) - 1 else ""])
        if not rows:
            return [self.p(self.t("st.no_interest"), "small")]
        head = [self.t(k) for k in ("col.period", "col.unpaid", "col.from_to", "col.days", "col.rate_pct",
                                    "col.rate_version", "col.status", "col.interest")]
        return [self.table(head, rows, INTEREST_COLS, right=(1, 3, 4, 7))]

    def estimates_block(self, workers: Iterable[WorkerResult], compact: bool = False) -> list[Flowable]:
        """Which amounts rest on an estimate, on which basis and evidence; for a presumption its
        legal basis and that the employer can rebut it (docs/estimates.md). ``compact`` (the
        one-page payment order): one short paragraph a worker, the rest on the statement."""
        f = self.f
        out: list[Flowable] = []
        workers = list(workers)
        shown = [w for w in workers if w.estimates]
        if compact:
            return [self.pm(self.estimates_markup(wr, named=len(workers) > 1), "small") for wr in shown]
        for wr in shown:
            if not out:
                out += [CondPageBreak(25 * mm), self.p(self.t("est.heading"), "h3")]
            if len(workers) > 1:
                out.append(self.p(wr.name, "value_b"))
            for e in wr.estimates:
                basis = self.t(f"est.basis.{e.basis}", months=e.months or "")
                texts = [(self.t("est.line", n=e.index + 1, basis=basis, start=f.tdate(e.start),
                                 end=f.tdate(e.end), hours=f.hours(e.minutes), days=e.days), "body"),
                         (self.t("est.evidence", evidence=e.evidence), "small")]
                if e.rebuttable:
                    texts += [(self.t("est.legal", instrument=e.instrument or e.table or ""), "small"),
                              (self.t("est.rebuttable"), "flag")]
                if e.basis in ("presumption_be_2013", "presumption_nl_wav23"):
                    texts.append((self.t("est.hours_inferred"), "small"))
                if e.rebuttable and _jurisdiction(self.case.jurisdiction).presumptions_civil_only:
                    texts.append((self.t("est.civil"), "small"))
                if e.full_time_presumption:
                    texts.append((self.t("est.onss_only"), "flag"))
                out += [self.p(text, style) for text, style in texts]
            out.append(self.p(self.t("est.of_which", due=f.money(wr.estimated_due),
                                     unpaid=f.money(wr.estimated_unpaid)), "value_b"))
        return out

    def estimates_markup(self, wr: WorkerResult, named: bool = False) -> str:
        """The payment order's word on estimates (docs/estimates.md), as paragraph markup: the
        bases by short name, that the employer can rebut a presumption, and where the details and
        evidence are (the statement); the rows themselves are marked "estimated". Empty without
        an estimate."""
        bases: list[str] = []
        for e in wr.estimates:
            words = self.t(f"est.short.{e.basis}") + (f" {self.t('est.rebut_short')}" if e.rebuttable else "")
            if words not in bases:
                bases.append(words)
        if not bases:
            return ""
        who = f"{_e(wr.name)} — " if named else ""
        return (f"<b>{who}{_e(self.t('est.heading'))}</b>{_punct(':', self.lang)}"
                f"{_e(_punct(';', self.lang).join(bases))}. {_e(self.t('est.see_statement'))}")

    def estimated_payable(self, wr: WorkerResult) -> Decimal:
        """Of the unpaid amount payable now, the part that rests on estimates: a wage period's
        estimated unpaid part, any other head whose reference period holds estimated work."""
        if not wr.heads:
            return wr.estimated_unpaid
        per = {p.period: p.estimated_unpaid for p in wr.periods}
        total = ZERO
        for h in wr.heads:
            if h.estimated and h.payable(self.result.as_of):
                total += per.get(h.period or "", ZERO) if h.head == "wages" else h.unpaid
        return total

    def assumptions(self) -> list[str]:
        """The result's assumptions in the document's language, from their codes."""
        if not self.result.assumption_codes:  # a result made without codes: as written
            return list(self.result.assumptions)
        out = []
        for code, params in self.result.assumption_codes:
            p = dict(params)
            if code == "net":
                out.append(self.t("assume.net", factor=self.f.number(Decimal(p["factor"])),
                                  description=p.get("description", "")))
            else:
                out.append(self.t(f"assume.{code}"))
        return out

    def warnings(self) -> list[tuple[str, bool]]:
        """Warnings in the document's language: (text, shown as a flag)."""
        out: list[tuple[str, bool]] = []
        versions = set()
        for table, start, status, title, _url in self.result.rate_versions:
            ref = self.rate_name(table, start)
            versions.add(ref)
            if status == "unverified":
                out.append((self.t("warn.unverified", ref=ref, title=title), True))
            elif status == "derived":
                out.append((self.t("warn.derived", ref=ref, title=title), True))
        for ref, status in self.flagged(self.result.workers):
            name = self.ref_name(ref)
            if name not in versions:  # a premium or interest with its own status
                out.append((self.t("warn.line", what=name, status=self.status(status)), True))
        out += [(text, True) for text in self.outdated()]
        for w in self.result.warnings:
            if w.code not in ("unverified-rate", "derived-rate", "overpaid", "outdated-rate"):
                if has_text(f"warn.{w.code}"):  # a warning with its translation (code + params)
                    out.append((self.t(f"warn.{w.code}", **dict(w.params)), True))
                elif (text := head_warning_text(w.code, dict(w.params), self.lang, money=self.f.money,
                                                number=self.f.number, date=self.f.date)) is not None:
                    out.append((text, w.code in FLAGGED_HEAD_WARNINGS))  # heads of claim (docs/heads.md)
                else:
                    out.append((f"{w.code}: {w.message}", False))
        for wr in self.result.workers:
            for p in wr.periods:
                if p.overpaid > 0:
                    out.append((f"{wr.name}: " + self.t("st.overpaid", period=self.period(p.period),
                                                        amount=self.f.money(p.overpaid)), False))
        return out

    def fine_part(self, figure: Any) -> DebtorTotal:
        """A fines-sheet row's unpaid and interest: those of the heads its "owed now" counts (the
        sanctions' figure itself when the worker has no ledger or they would not add up)."""
        try:
            wr = self.result.worker(figure.worker)
        except (KeyError, LookupError, ValueError):
            wr = None
        if wr is not None and wr.heads:
            part = reconcile(wr, self.result.as_of).fine
            if part.total == figure.owed_now:
                return part
        return DebtorTotal(ZERO, ZERO, figure.unpaid, figure.interest)

    def fines(self) -> list[Flowable]:
        """The fines sheet: legal basis, the fine figures, estimates, each worker's amounts and
        fine, how they follow from the statement, notes and the fine table's source."""
        s = self.result.sanctions
        story = self.header(self.t("title.fines"))
        story += self.flag_box(self.flagged(self.result.workers, sanctions=True))
        story.append(self.p(self.t("legal.heading"), "h2"))
        if s is not None:
            story += [self.p(text, "small") for text in s.basis(self.lang)]
        if _jurisdiction(self.case.jurisdiction).fine_regime == "be-art162":
            story.append(self.p(self.t("legal.wpa"), "small"))
        if s is None or s.workers_concerned == 0:
            story.append(self.p(self.t("fn.no_fine"), "value_b"))
            return story
        story.append(self.p(self.t("fn.figures"), "h2"))
        story.append(self.kv(self.fine_figures(s), label_w=62 * mm))
        story += self.estimates_block(self.result.workers)
        story.append(self.p(self.t("fn.per_worker"), "h2"))
        story.append(self.fines_table(s))
        story.append(self.p(self.t("doc.amounts_eur") + " " + self.t(
            "fn.owed_now_note", as_of=self.f.date(self.result.as_of)), "small"))
        story += self.fine_reconcile()
        story += self.head_offences(s)  # docs/heads.md
        story.append(self.p(self.t("fn.compensation_note"), "body"))
        story.append(self.p(self.t("fn.notes"), "h2"))
        story += [self.p("• " + n, "small") for n in self.fine_notes(s)]
        if s.rate_from is not None:
            story.append(self.p(self.t("fn.source"), "h2"))
            story.append(self.source_par(f"{self.rate_name(s.rate_table, s.rate_from)} "
                                         f"({self.status(s.status or '')}): {s.source_title} —",
                                         s.source_url or "", "flag_url" if s.status in FLAGGED else "url"))
        return story

    def fine_range(self, r: Any) -> str:
        """A fine's range in euros (``—`` when there is none)."""
        return self.t("fn.range", min=self.f.eur(r.min), max=self.f.eur(r.max)) if r is not None else "—"

    def fine_figures(self, s: Any) -> list[tuple[str, Any]]:
        """The fines sheet's figures (label, value): Belgian art. 162 levels and ranges, or the
        Dutch fine total."""
        f = self.f
        rng = self.fine_range
        rows: list[tuple[str, Any]] = [
            (self.t("fn.offence_period"), f"{self.period(s.offence_from or '')} – {self.period(s.offence_to or '')}"),
        ]
        if s.regime != "be-art162":
            return [*rows, (self.t("fn.concerned"), f"{s.workers_concerned} ({s.counted_workers})"),
                    (self.t("fn.nl_total"), self.p(f.eur(s.nl_total) if s.nl_total is not None else "—", "value_b"))]
        level = str(s.level) + (f" ({self.t('fn.aggravated')})" if s.aggravated else "")
        rows += [
            (self.t("fn.regime"), f.date(s.regime_date) if s.regime_date else "—"),
            (self.t("fn.level"), level),
            (self.t("fn.multiplier"), f"× {f.number(s.multiplier)}" if s.multiplier else "—"),
            (self.t("fn.concerned"), f"{s.workers_concerned} ({s.counted_workers})"),
            (self.t("fn.admin_per_worker"), rng(s.admin_per_worker)),
            (self.t("fn.admin_total"), self.p(rng(s.admin_total), "value_b")),
            (self.t("fn.criminal_per_worker"), rng(s.criminal_per_worker)),
            (self.t("fn.criminal_total"), self.p(rng(s.criminal_total), "value_b")),
        ]
        if s.prison_months is not None:
            rows.append((self.t("fn.prison"), self.t("fn.range", min=f.number(s.prison_months.min),
                                                     max=f.number(s.prison_months.max))))
        return rows

    def fines_table(self, s: Any) -> GridTable:
        """Each worker's unpaid wages and interest of the heads the fines are about (the columns
        add up to "owed now") and fine, with the totals."""
        f = self.f
        rng = self.fine_range
        comp = {w.worker: self.fine_part(w) for w in s.workers}
        sums = [f.money(sum((comp[w.worker].unpaid for w in s.workers), ZERO)),
                f.money(sum((comp[w.worker].interest for w in s.workers), ZERO)),
                f.money(sum((w.owed_now for w in s.workers), ZERO))]
        amounts = {w.worker: [f.money(comp[w.worker].unpaid), f.money(comp[w.worker].interest),
                              f.money(w.owed_now)] for w in s.workers}
        if s.regime == "be-art162":
            head = [self.t(k) for k in ("doc.worker", "col.unpaid", "col.interest", "col.owed_now",
                                        "col.fine_admin", "col.fine_criminal")]
            rows: list[list[Any]] = [[w.name, *amounts[w.worker], rng(w.fine), rng(w.criminal)]
                                     for w in s.workers]
            rows.append([self.t("col.total"), *sums, rng(s.admin_total), rng(s.criminal_total)])
            return self.table(head, rows, [44, 21, 18, 22, 38, 38], right=range(1, 6), totals=1)
        head = [self.t(k) for k in ("doc.worker", "col.unpaid", "col.interest", "col.owed_now",
                                    "col.pct_underpaid", "col.months", "col.fine")]
        rows = [[w.name, *amounts[w.worker],
                 f.number(w.percent_underpaid.quantize(Decimal("0.01"))) if w.percent_underpaid is not None
                 else "—", str(w.months or ""), f.eur(w.fine.min) if w.fine else "—"] for w in s.workers]
        rows.append([self.t("col.total"), *sums, "", "", f.eur(s.nl_total) if s.nl_total is not None else "—"])
        return self.table(head, rows, [50, 22, 18, 22, 20, 16, 26], right=range(1, 7), totals=1)

    def fine_notes(self, s: Any) -> list[str]:
        """The fines sheet's notes: the regularisation deadline, the cap on workers counted, an
        aggravation and its offences (BE); the Dutch notes (NL)."""
        notes: list[str] = []
        d = self.case.settings.regularisation_deadline
        if s.regime != "be-art162":
            notes.append(self.t("fn.nl_note"))
            if d is not None:
                notes.append(self.t("legal.deadline", deadline=self.f.date(d)))
            return notes
        notes.append(self.t("legal.art21", deadline=self.f.date(d)) if d is not None else self.t("legal.art21_none"))
        if s.workers_concerned > s.counted_workers:
            notes.append(self.t("fn.cap_note", n=s.workers_concerned, cap=s.worker_cap))
        if s.aggravated:
            offences = ", ".join(self.case.settings.aggravation_offences) or "—"
            notes.append(self.t("fn.aggr_note", offences=offences))
        elif self.case.settings.aggravation:
            notes.append(self.t("fn.aggr_missing"))
        return notes


# ------------------------------------------------------------------------------------ entry point
TITLES = {"payment-order": "title.payment-order", "receipt": "title.receipt",
          "statement": "title.statement", "fines": "title.fines"}


def build_pdf(case: CaseFile, result: Result, req: DocRequest) -> bytes:
    """The PDF bytes of one document."""
    b = Builder(case, result, req)
    story = {"payment-order": b.payment_order, "receipt": b.receipt,
             "statement": b.statement, "fines": b.fines}[req.kind]()
    story = _guard_headings(story)
    title = t(TITLES[req.kind], req.lang)
    footer = (f"{case.reference}  ·  {req.number}  ·  {t('doc.verification', req.lang)} "
              f"{result.verification_code}")
    stamp = req.issued_at.strftime("D:%Y%m%d%H%M%S+00'00'")
    canvas_cls = _canvas_class(footer, lambda n, total: t("doc.page", req.lang, n=n, total=total),
                               stamp, req.meta_json)
    buf = io.BytesIO()
    locale = b.f.locale.replace("_", "-")
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{title} {req.number}", author=case.inspection.inspector,
        subject=f"{title} — {case.reference}", creator=f"wage-remedy {__version__}",
        keywords=[case.reference, req.number, req.kind], invariant=1, pageCompression=1, lang=locale,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvas_cls)
    return buf.getvalue()


__all__ = ["DocRequest", "Fmt", "QRCode", "build_pdf", "META_KEY", "PeriodResult"]
