"""Data tables drawn straight on the canvas (issue 13, documents speed).

The statement of a 100-worker case holds some 7,000 table rows over 580 pages. reportlab's
platypus ``Table`` styles, measures and draws each cell through several layers (a cell style per
cell, a text object per string, a Paragraph for any styled cell): most of the statement's time.
``GridTable`` draws the same tables with a fixed layout: column widths measured beforehand
(``fit_words``: no word ever split), text broken at spaces as a Paragraph breaks it
(``wrap_plain``), the header row repeated on every page, a row never split across pages; its text
goes out as one PDF text object per table part, each string's encoded form remembered per
document (the fonts' subset encoding, ``TTFont.splitString``, as reportlab's own text objects
write it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import split as rl_split
from reportlab.platypus.paragraph import strip as rl_strip

PAD_X = 2.2  # left and right padding of a cell
PAD_TOP = 1.6
PAD_BOTTOM = 1.8
_FUZZ = 1e-6  # as reportlab's rl_config._FUZZ: a row that fits to a millionth of a point fits


@dataclass(frozen=True)
class CellStyle:
    """Font, size, line distance and colour of a cell's text."""

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
    ``body`` or ``total`` (``first`` marks the first total row, ruled above)."""

    __slots__ = ("cells", "first", "height", "kind")

    def __init__(self, cells: Sequence[tuple[Sequence[str], CellStyle, bool]], kind: str = "body",
                 first: bool = False):
        self.cells = tuple((tuple(lines), style, right) for lines, style, right in cells)
        self.kind = kind
        self.first = first
        self.height = max((len(lines) * style.leading for lines, style, _r in self.cells),
                          default=0.0) + PAD_TOP + PAD_BOTTOM


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
def _encoded(doc: Any, font: str, text: str) -> tuple[tuple[str, str], ...]:
    """``text`` as (PDF font subset name, escaped string) pieces for this document, as
    ``TTFont.splitString`` assigns characters to subsets; remembered per document."""
    cache: dict[tuple[str, str], tuple[tuple[str, str], ...]] = doc.__dict__.setdefault("_wr_text", {})
    key = (font, text)
    found = cache.get(key)
    if found is None:
        face = getFont(font)
        found = tuple((face.getSubsetInternalName(subset, doc), escapePDF(chunk))
                      for subset, chunk in face.splitString(text, doc))
        cache[key] = found
    return found


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
        doc = self.canv._doc
        out = ["BT"]
        font: tuple[str, float] | None = None
        color: Any = None
        for top, row in zip(tops, rows, strict=True):
            x = 0.0
            for (lines, style, right), cw in zip(row.cells, self.widths, strict=False):
                y = top - PAD_TOP - style.size
                for line in lines:
                    if line:
                        left = x + cw - PAD_X - text_width(line, style.font, style.size) if right else x + PAD_X
                        out.append(f"1 0 0 1 {fp_str(left, y)} Tm")
                        if style.color != color:
                            color = style.color
                            out.append(f"{fp_str(color.red, color.green, color.blue)} rg")
                        for name, chunk in _encoded(doc, style.font, line):
                            if font != (name, style.size):
                                font = (name, style.size)
                                out.append(f"{name} {fp_str(style.size)} Tf")
                            out.append(f"({chunk}) Tj")
                    y -= style.leading
                x += cw
        out.append("ET")
        return "\n".join(out)
