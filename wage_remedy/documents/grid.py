"""Data tables and plain paragraphs drawn straight on the canvas (issue 13, documents speed).

The statement of a 100-worker case holds some 7,000 table rows over 580 pages. reportlab's
platypus ``Table`` styles, measures and draws each cell through several layers (a cell style per
cell, a text object per string, a Paragraph for any styled cell): most of the statement's time.
``GridTable`` draws the same tables with a fixed layout: column widths measured beforehand
(``fit_words``: no word ever split), text broken at spaces as a Paragraph breaks it
(``wrap_plain``), the header row repeated on every page, a row never split across pages; its text
goes out as one PDF text object per table part, each string's encoded form remembered per
document (the fonts' subset encoding, ``TTFont.splitString``, as reportlab's own text objects
write it).

``PlainText`` is a paragraph of plain text in one style (no markup): broken into lines as a
Paragraph breaks it, placed as a Paragraph places them (first baseline one font size under the
top, one leading a line; split between pages as a Paragraph without orphans), drawn as one text
object; a text ``wrap_plain`` cannot break (a word wider than the line, a soft hyphen) is left
to a real Paragraph.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import split as rl_split
from reportlab.platypus.paragraph import strip as rl_strip

PAD_X = 2.2  # left and right padding of a cell
PAD_TOP = 1.6
PAD_BOTTOM = 1.8
_FUZZ = 1e-6  # as reportlab's rl_config._FUZZ: a row that fits to a millionth of a point fits


@dataclass(frozen=True, eq=False)
class CellStyle:
    """Font, size, line distance and colour of a cell's text (compared and hashed by identity:
    make each style once)."""

    font: str
    size: float
    leading: float
    color: Any = colors.black


@dataclass(frozen=True)
class Palette:
    """The table's colours: header background, totals background, strong and thin rules."""

    head_bg: Any
    total_bg: Any
    accent: Any
    grid: Any


class Row:
    """One table row: per cell its lines of text, style and alignment; ``kind`` is ``head``,
    ``body`` or ``total`` (``first`` marks the first total row, ruled above); ``pad``: the
    padding above and below the text (tighter on the one-page papers)."""

    __slots__ = ("cells", "first", "height", "kind", "pad_top")

    def __init__(self, cells: list[tuple[tuple[str, ...], CellStyle, bool]], kind: str = "body",
                 first: bool = False, pad: tuple[float, float] = (PAD_TOP, PAD_BOTTOM)):
        self.cells = cells
        self.kind = kind
        self.first = first
        self.pad_top = pad[0]
        tallest = 0.0
        for lines, style, _right in cells:
            h = len(lines) * style.leading
            if h > tallest:
                tallest = h
        self.height = tallest + pad[0] + pad[1]


# ------------------------------------------------------------------------------------ measuring
@functools.lru_cache(maxsize=16384)
def text_width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


@functools.lru_cache(maxsize=8192)
def longest_word(text: str, font: str, size: float) -> float:
    """The width of the longest word of ``text`` (a no-break space joins)."""
    words = [w for w in re.split(r"[^\S\u00a0]+", text) if w]
    return max((text_width(w, font, size) for w in words), default=0.0)


@functools.lru_cache(maxsize=8192)
def wrap_plain(text: str, font: str, size: float, width: float) -> str | None:
    """Plain text broken into lines at spaces as a Paragraph breaks it (reportlab's own word
    split: a no-break space joins; a line may take ``rl_config.spaceShrinkage`` of a space per
    word beyond ``width``, as in ``Paragraph.breakLines``); None when a word alone is wider than
    ``width`` or the text has a soft hyphen."""
    if "\u00ad" in text:
        return None
    words = rl_split(rl_strip(text))
    space = text_width(" ", font, size)
    shrink = rl_config.spaceShrinkage * space
    lines: list[str] = []
    line: list[str] = []
    used = -space
    for word in words:
        w = text_width(word, font, size)
        if w > width:
            return None
        if line and used + space + w > width + shrink * len(line):
            lines.append(" ".join(line))
            line, used = [], -space
        line.append(word)
        used += space + w
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


@functools.lru_cache(maxsize=16384)
def cell_lines(text: str, style: CellStyle, width: float) -> tuple[str, ...]:
    """A cell's text in lines no wider than ``width`` where it can be: broken at spaces
    (``wrap_plain``); a word wider than the column alone on its line (it overflows, as a
    Paragraph's unsplit long word does); a soft hyphen is not printed."""
    text = text.replace("\u00ad", "")
    if "\n" in text or text != text.strip() or "  " in text:
        text = " ".join(text.split())
    wrapped = wrap_plain(text, style.font, style.size, width)
    if wrapped is not None:
        return tuple(wrapped.split("\n"))
    lines: list[str] = []
    for word in text.split(" "):  # a too-wide word: every word that does not fit on a new line
        if lines and text_width(f"{lines[-1]} {word}", style.font, style.size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return tuple(lines) or ("",)


def fit_words(cells: Sequence[Sequence[tuple[str, CellStyle]]], widths: Sequence[float],
              padding: float) -> list[float]:
    """Column widths where every word fits on one line: a column too narrow for its longest word
    (``AFGELEID``, ``Stunden``) takes the missing width from the columns with room to spare, so no
    word is ever broken in the middle. The total width is kept."""
    minimum = [0.0] * len(widths)
    for row in cells:
        for i, (text, style) in enumerate(row[:len(widths)]):
            minimum[i] = max(minimum[i], longest_word(text, style.font, style.size) + padding + 0.5)
    out = list(widths)
    deficit = sum(max(0.0, minimum[i] - out[i]) for i in range(len(out)))
    if deficit <= 0:
        return out
    for i in range(len(out)):
        out[i] = max(out[i], minimum[i])
    spare = [max(0.0, out[i] - minimum[i]) if minimum[i] <= widths[i] else 0.0 for i in range(len(out))]
    room = sum(spare)
    if room <= 0:
        return out
    take = min(1.0, deficit / room)
    return [out[i] - spare[i] * take for i in range(len(out))]


# ------------------------------------------------------------------------------------ drawing
_Piece = tuple[tuple[str, float], str, str]  # (subset font and size, its Tf operator, Tj operator)


def _measured(doc: Any, font: str, size: float, text: str,
              cache: dict[tuple[str, float, str], tuple[float, int, tuple[_Piece, ...]]] | None = None
              ) -> tuple[float, int, tuple[_Piece, ...]]:
    """(width, spaces, pieces) of a line of text in this document: its pieces are the show-text
    operators of each font subset it uses, as ``TTFont.splitString`` assigns the characters to
    subsets (reportlab's own text objects do the same); remembered per document (``cache``:
    ``_text_cache(doc)``)."""
    if cache is None:
        cache = _text_cache(doc)
    key = (font, size, text)
    found = cache.get(key)
    if found is None:
        face = getFont(font)
        pieces = []
        for subset, chunk in face.splitString(text, doc):
            name = face.getSubsetInternalName(subset, doc)
            pieces.append(((name, size), f"{name} {fp_str(size)} Tf", f"({escapePDF(chunk)}) Tj"))
        found = (text_width(text, font, size), text.count(" ") + text.count("\u00a0"), tuple(pieces))
        cache[key] = found
    return found


def _text_cache(doc: Any) -> dict[tuple[str, float, str], tuple[float, int, tuple[_Piece, ...]]]:
    """The document's remembered lines of text (``_measured``)."""
    return doc.__dict__.setdefault("_wr_text", {})  # type: ignore[no-any-return]


_PLACES: dict[tuple[float, float], str] = {}  # a line's text matrix operator by position


def _place(x: float, y: float) -> str:
    """The operator placing a line at (x, y): ``1 0 0 1 x y Tm`` (remembered: a statement's
    pages repeat the same positions)."""
    found = _PLACES.get((x, y))
    if found is None:
        if len(_PLACES) >= 65536:
            _PLACES.clear()
        found = _PLACES[(x, y)] = f"1 0 0 1 {fp_str(x, y)} Tm"
    return found


class _TextObject:
    """PDF text operators for one text object: lines placed at absolute positions, the font,
    colour and word spacing set only when they change."""

    def __init__(self, doc: Any):
        self.doc = doc
        self.cache = _text_cache(doc)
        self.out = ["BT"]
        self.font: tuple[str, float] | None = None
        self.color: Any = None
        self.spacing = 0.0

    def line(self, text: str, x: float, y: float, font: str, size: float, color: Any,
             room: float, right: bool = False, centre: bool = False) -> None:
        """Draw one line ``room`` points wide at most, left-aligned at ``x`` (or right-aligned,
        or centred, within ``room``); a line longer than ``room`` (a Paragraph's space shrinkage)
        has its spaces narrowed to fit, as reportlab's Paragraph draws it."""
        out = self.out
        width, spaces, pieces = _measured(self.doc, font, size, text, self.cache)
        extra = room - width
        spacing = 0.0
        if extra < -1e-8 and spaces:
            spacing = extra / spaces
        elif right:
            x += extra
        elif centre:
            x += extra / 2
        if color is not self.color:
            self.color = color
            out.append(f"{fp_str(color.red, color.green, color.blue)} rg")
        if spacing != self.spacing:
            self.spacing = spacing
            out.append(f"{fp_str(spacing)} Tw")
        out.append(_place(x, y))
        for key, tf, show in pieces:
            if self.font != key:
                self.font = key
                out.append(tf)
            out.append(show)

    def done(self) -> str:
        """The operators, the text object closed (word spacing back to 0)."""
        if self.spacing:
            self.out.append("0 Tw")
        return "\n".join([*self.out, "ET"])


class GridTable(Flowable):
    """A data table with a fixed layout (see the module docstring). Split between pages at row
    boundaries with the header row repeated, as platypus ``Table(repeatRows=1)``."""

    def __init__(self, head: Row, rows: Sequence[Row], widths: Sequence[float], palette: Palette):
        super().__init__()
        self.head = head
        self.rows = list(rows)
        self.widths = list(widths)
        self.palette = palette
        self.width = sum(self.widths)
        self.height = head.height + sum(r.height for r in self.rows)
        self.hAlign = "LEFT"

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        if self.height <= ah + _FUZZ:
            return [self]
        room = ah + _FUZZ - self.head.height
        n = 0
        while n < len(self.rows) and self.rows[n].height <= room:
            room -= self.rows[n].height
            n += 1
        if n == 0:  # not even one row under the header: the whole table on the next page
            return []
        return [GridTable(self.head, self.rows[:n], self.widths, self.palette),
                GridTable(self.head, self.rows[n:], self.widths, self.palette)]

    def draw(self) -> None:
        c = self.canv
        rows = [self.head, *self.rows]
        tops = []
        y = self.height
        for r in rows:
            tops.append(y)
            y -= r.height
        c.saveState()
        for kind, color in (("head", self.palette.head_bg), ("total", self.palette.total_bg)):
            boxes = [(top, r.height) for top, r in zip(tops, rows, strict=True) if r.kind == kind]
            if boxes:
                c.setFillColor(color)
                for top, h in boxes:
                    c.rect(0, top - h, self.width, h, stroke=0, fill=1)
        c.addLiteral(self._text(rows, tops))
        c.setLineCap(1)
        self._rules(c, [top - r.height for top, r in zip(tops[1:], rows[1:], strict=True)], 0.25,
                    self.palette.grid)
        self._rules(c, [tops[0] - self.head.height], 0.7, self.palette.accent)
        self._rules(c, [top for top, r in zip(tops, rows, strict=True) if r.first], 0.8,
                    self.palette.accent)
        c.restoreState()

    def _rules(self, c: Any, ys: list[float], weight: float, color: Any) -> None:
        """Horizontal rules across the table at heights ``ys``."""
        if not ys:
            return
        c.setLineWidth(weight)
        c.setStrokeColor(color)
        path = c.beginPath()
        for y in ys:
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        c.drawPath(path, stroke=1, fill=0)

    def _text(self, rows: list[Row], tops: list[float]) -> str:
        """Every cell's text as one PDF text object."""
        text = _TextObject(self.canv._doc)
        for top, row in zip(tops, rows, strict=True):
            x = 0.0
            for (lines, style, right), cw in zip(row.cells, self.widths, strict=False):
                size = style.size
                y = top - row.pad_top - size
                for line in lines:
                    if line:
                        text.line(line, x + PAD_X, y, style.font, size, style.color, cw - 2 * PAD_X, right)
                    y -= style.leading
                x += cw
        return text.done()


_SHARED_LIMIT = 2048  # texts (and line breaks) a process remembers; forgotten all at once beyond


class SharedParagraph(Paragraph):
    """A Paragraph that parses its markup and breaks its lines once per process: the same text
    in the same style at the same width (the legal basis, the rates warning on every payment
    order and receipt) reuses the fragments and lines made for an earlier one; they are only
    read afterwards (drawn, measured). Styles are compared by identity (render.py makes each
    once per process)."""

    _parsed: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    _broken: dict[tuple[Any, ...], Any] = {}

    def _setup(self, text: str, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is not None or bulletText is not None:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = (text, style, self.caseSensitive)
        found = self._parsed.get(key)
        if found is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            if len(self._parsed) >= _SHARED_LIMIT:
                self._parsed.clear()
            made: Any = self
            found = self._parsed[key] = (made.text, made.frags, made.style, made.bulletText)
        self.__dict__.update(zip(("text", "frags", "style", "bulletText"), found, strict=True), debug=0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split as a Paragraph, on copies of the fragments and lines (reportlab's split may
        change them: a space added to a line's last word, a word's class)."""
        if not hasattr(self, "blPara"):
            self.wrap(availWidth, availHeight)
        memo: dict[int, Any] = {}
        made: Any = self
        self.__dict__.update(frags=copy.deepcopy(made.frags, memo), blPara=copy.deepcopy(made.blPara, memo))
        return super().split(availWidth, availHeight)  # type: ignore[no-any-return]

    def breakLines(self, width: Any) -> Any:
        key = (self.text, self.style, self.caseSensitive, tuple(width) if isinstance(width, list) else width,
               getattr(self, "autoLeading", None))
        found = self._broken.get(key) if key[0] is not None and self.bulletText is None else None
        if found is None:
            found = super().breakLines(width)
            if key[0] is not None and self.bulletText is None:
                if len(self._broken) >= _SHARED_LIMIT:
                    self._broken.clear()
                self._broken[key] = found
        return found


class PlainText(Flowable):
    """A paragraph of plain text in one paragraph style (see the module docstring)."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None,
                 width: float | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._wrapped_at = width
        self._para: Paragraph | None = None

    def _fallback(self) -> Paragraph:
        if self._para is None:
            self._para = SharedParagraph(escape(self.text), self.style)
        return self._para

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        st = self.style
        if self._para is None and (self._lines is None or self._wrapped_at != aw):
            wrapped = wrap_plain(self.text, st.fontName, st.fontSize, aw - st.leftIndent - st.rightIndent)
            if wrapped is None:
                self._fallback()
            else:
                self._lines = wrapped.split("\n") if wrapped else []
                self._wrapped_at = aw
        if self._para is not None:
            return self._para.wrap(aw, ah)  # type: ignore[no-any-return]
        self.width = aw
        self.height = len(self._lines or ()) * st.leading
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        if self._para is not None:
            return self._para.split(aw, ah)  # type: ignore[no-any-return]
        lines = self._lines or []
        fit = int(ah / float(self.style.leading))
        if fit <= 1 or aw < _FUZZ:  # no orphan line (ParagraphStyle.allowOrphans is 0)
            return []
        if len(lines) <= fit:
            return [self]
        return [PlainText(self.text, self.style, lines[:fit], aw),
                PlainText(self.text, self.style, lines[fit:], aw)]

    def draw(self) -> None:
        if self._para is not None:
            self._para.canv = self.canv
            self._para.draw()
            return
        st = self.style
        text = _TextObject(self.canv._doc)
        room = self.width - st.leftIndent - st.rightIndent
        y = self.height - st.fontSize
        for line in self._lines or ():
            text.line(line, st.leftIndent, y, st.fontName, st.fontSize, st.textColor, room,
                      right=st.alignment == TA_RIGHT, centre=st.alignment == TA_CENTER)
            y -= st.leading
        self.canv.addLiteral(f"q\n{text.done()}\nQ")


# ------------------------------------------------------------------------------------ layout
@dataclass(frozen=True)
class Look:
    """How a ``Cells`` block looks: paddings (left and right per column), vertical alignment,
    each column's alignment of a flowable narrower than it (``LEFT``, ``CENTER``, ``RIGHT``),
    and its decorations, drawn as platypus ``TableStyle`` draws them: ``("bg", (c0, r0, c1, r1),
    colour)`` before the cells, ``("box", (c0, r0, c1, r1), width, colour)``, ``("below", row,
    width, colour)`` and ``("after", column, width, colour)`` after them (-1: the last); rows at
    least ``min_height`` tall."""

    left: tuple[float, ...]
    right: tuple[float, ...]
    top: float = 0.0
    bottom: float = 0.0
    valign: str = "TOP"
    align: tuple[str, ...] = ()
    decorations: tuple[tuple[Any, ...], ...] = ()
    min_height: float = 0.0  # each row at least this tall (an empty Table cell's one line)


class Cells(Flowable):
    """A layout block: rows of cells, each a list of flowables stacked top down, in fixed
    columns (a row with fewer cells than columns: its last cell spans the rest). It lays out and
    draws as a platypus ``Table`` of flowable cells does (the same paddings, alignment and
    spacing between flowables), without its per-cell styling; split between rows only."""

    def __init__(self, rows: Sequence[Sequence[Sequence[Flowable]]], widths: Sequence[float], look: Look,
                 heights: Sequence[float | None] | None = None):
        super().__init__()
        self.rows = [[list(cell) for cell in row] for row in rows]
        self.widths = list(widths)
        self.look = look
        self.heights = list(heights) if heights is not None else [None] * len(self.rows)
        self.width = sum(self.widths)
        self.hAlign = "LEFT"
        self._sizes: list[list[list[tuple[float, float]]]] = []
        self._row_h: list[float] = []

    def _span(self, row: list[list[Flowable]], i: int) -> tuple[int, int]:
        """The first and last column of cell ``i`` of a row."""
        last = len(self.widths) - 1 if i == len(row) - 1 else i
        return i, last

    def _inner(self, first: int, last: int) -> float:
        return sum(self.widths[first:last + 1]) - self.look.left[first] - self.look.right[last]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._sizes, self._row_h = [], []
        for row, fixed in zip(self.rows, self.heights, strict=True):
            sizes, tallest = [], 0.0
            for i, cell in enumerate(row):
                inner = self._inner(*self._span(row, i))
                got = [f.wrapOn(self.canv if hasattr(self, "canv") else None, inner, ah) for f in cell]
                sizes.append(got)
                tallest = max(tallest, _stack_height(cell, got))
            self._sizes.append(sizes)
            natural = max(tallest + self.look.top + self.look.bottom, self.look.min_height)
            self._row_h.append(fixed if fixed is not None else natural)
        self.height = sum(self._row_h)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        used, n = 0.0, 0
        while n < len(self.rows) and used + self._row_h[n] <= ah + _FUZZ:
            used += self._row_h[n]
            n += 1
        if n == 0:
            return []
        if n == len(self.rows):
            return [self]
        return [Cells(self.rows[:n], self.widths, self.look, self.heights[:n]),
                Cells(self.rows[n:], self.widths, self.look, self.heights[n:])]

    def _x(self, col: int) -> float:
        return sum(self.widths[:col])

    def _y(self, row: int) -> float:
        """The top of a row (from the block's bottom)."""
        return self.height - sum(self._row_h[:row])

    def _box(self, area: tuple[int, int, int, int]) -> tuple[float, float, float, float]:
        """(x, y, width, height) of the cells from column c0, row r0 to column c1, row r1."""
        c0, r0, c1, r1 = (v if v >= 0 else n + v for v, n in zip(
            area, (len(self.widths), len(self.rows)) * 2, strict=True))
        x0, x1 = self._x(c0), self._x(c1 + 1)
        top, bottom = self._y(r0), self._y(r1 + 1)
        return x0, bottom, x1 - x0, top - bottom

    def draw(self) -> None:
        c = self.canv
        deco = self.look.decorations
        for d in deco:
            if d[0] == "bg":
                c.saveState()
                c.setFillColor(d[2])
                c.rect(*self._box(d[1]), stroke=0, fill=1)
                c.restoreState()
        for r, row in enumerate(self.rows):
            for i, cell in enumerate(row):
                self._draw_cell(r, i, cell)
        for d in deco:
            if d[0] != "bg":
                self._line(d)

    def _draw_cell(self, r: int, i: int, cell: list[Flowable]) -> None:
        """A cell's flowables, stacked as a platypus Table stacks them."""
        if not cell:
            return
        look = self.look
        first, last = self._span(self.rows[r], i)
        x0, inner = self._x(first) + look.left[first], self._inner(first, last)
        sizes = self._sizes[r][i]
        top = self._y(r)
        if look.valign == "MIDDLE":
            bottom = top - self._row_h[r]
            y = bottom + (self._row_h[r] + look.bottom - look.top + _stack_height(cell, sizes)) / 2
        else:
            y = top - look.top
        y += cell[0].getSpaceBefore()
        align = look.align[first] if look.align else "LEFT"
        for f, (w, h) in zip(cell, sizes, strict=True):
            y -= f.getSpaceBefore() + h
            x = x0 + (inner - w if align == "RIGHT" else (inner - w) / 2 if align == "CENTER" else 0.0)
            f.drawOn(self.canv, x, y)
            y -= f.getSpaceAfter()

    def _line(self, d: tuple[Any, ...]) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(d[-2])
        c.setStrokeColor(d[-1])
        c.setLineCap(1)
        if d[0] == "box":
            c.rect(*self._box(d[1]), stroke=1, fill=0)
        elif d[0] == "below":
            x, y, w, _h = self._box((0, d[1], -1, d[1]))
            c.line(x, y, x + w, y)
        elif d[0] == "after":
            x, y, w, h = self._box((d[1], 0, d[1], -1))
            c.line(x + w, y, x + w, y + h)
        c.restoreState()


def _stack_height(cell: Sequence[Flowable], sizes: Sequence[tuple[float, float]]) -> float:
    """The height of flowables stacked in a cell: each with its space before and after, less
    the first one's space before and the last one's space after (as platypus Table counts)."""
    if not cell:
        return 0.0
    total = sum(h + f.getSpaceBefore() + f.getSpaceAfter() for f, (_w, h) in zip(cell, sizes, strict=True))
    return total - cell[0].getSpaceBefore() - cell[-1].getSpaceAfter()
