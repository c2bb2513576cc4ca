"""Table columns as wide as what they show: headers that wrap instead of being cut, and column
widths from the header and the cells, fitted to the table's width (no sideways scrolling).

A header label is broken at its spaces onto two (at most three) lines when its column is narrower
than the label; a column is never made narrower than its cells' texts and its label's longest
line while the table has the room; with less room the free-text columns (``shrink``) are
narrowed first, their cells elided with the whole text as tooltip. Used by every table of the
worker page, the claims and the documents (docs/architecture.md, front end).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

HEADER_PAD = 8  # px the header style keeps around a label (4 a side)
SLACK = 1  # px: text widths are rounded, a label measured exactly may still be elided
MAX_LINES = 3  # lines a header label is broken into at most
MIN_COLUMN = 36  # px: the narrowest a column is made on a very narrow table


def best_lines(text: str, fm: QFontMetrics, lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``lines`` lines, the widest as narrow as can be."""
    words = text.split()
    if len(words) <= 1 or lines <= 1:
        return [" ".join(words)]
    best: list[str] = [" ".join(words)]
    best_width = fm.horizontalAdvance(best[0])
    for n in range(1, min(lines, len(words))):
        for cuts in combinations(range(1, len(words)), n):
            bounds = (0, *cuts, len(words))
            parts = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
            width = max(fm.horizontalAdvance(p) for p in parts)
            if width < best_width:
                best, best_width = parts, width
    return best


def wrap_lines(text: str, fm: QFontMetrics, width: int) -> list[str]:
    """``text`` broken at spaces into the fewest lines no wider than ``width`` (greedy); a word
    wider than ``width`` stands alone on its line."""
    out: list[str] = []
    for word in text.split():
        if out and fm.horizontalAdvance(out[-1] + " " + word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out or [""]


class WrapHeader(QHeaderView):
    """A horizontal header whose labels wrap onto more lines in a narrow column, never cut
    while the column is as wide as the label's longest word (then elided, whole as tooltip)."""

    linesChanged = Signal(int)  # noqa: N815 - Qt signal name; the lines the tallest label takes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # elided per line, in paintSection
        self._lines = 1
        self.sectionResized.connect(self._check_lines)

    # ---------------------------------------------------------------- measures
    def label(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(logical, Qt.Orientation.Horizontal) or "")

    def whole_width(self, logical: int) -> int:
        """The width that shows the label on one line."""
        text = " ".join(self.label(logical).split())
        return self.fontMetrics().horizontalAdvance(text) + HEADER_PAD + SLACK if text else 0

    def wrapped_width(self, logical: int, lines: int = 2) -> int:
        """The narrowest width that shows the label whole on at most ``lines`` lines."""
        fm = self.fontMetrics()
        parts = best_lines(self.label(logical), fm, lines)
        return max(fm.horizontalAdvance(p) for p in parts) + HEADER_PAD + SLACK if parts[0] else 0

    def shown_lines(self, logical: int, width: int | None = None) -> list[str]:
        """The label's lines at the section's width (each elided if still too wide)."""
        fm = self.fontMetrics()
        room = (self.sectionSize(logical) if width is None else width) - HEADER_PAD
        lines = wrap_lines(self.label(logical), fm, room)
        if len(lines) > MAX_LINES:
            lines = lines[:MAX_LINES - 1] + [" ".join(lines[MAX_LINES - 1:])]
        return [fm.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines]

    def is_cut(self, logical: int) -> bool:
        """True when the label does not show whole (some line elided)."""
        words = self.label(logical).split()
        return " ".join(self.shown_lines(logical)).split() != words

    def lines(self) -> int:
        """Lines of the tallest label at the current widths."""
        model = self.model()
        count = model.columnCount() if model is not None else 0
        return max([len(self.shown_lines(c)) for c in range(count) if not self.isSectionHidden(c)] or [1])

    # ---------------------------------------------------------------- Qt
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        size = super().sizeHint()
        extra = (self._lines - 1) * self.fontMetrics().lineSpacing()
        return QSize(size.width(), size.height() + extra)

    def _check_lines(self, *_args: object) -> None:
        lines = self.lines()
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()
            self.linesChanged.emit(lines)

    def refresh_lines(self) -> None:
        """Recount the label lines (after the labels changed)."""
        self._check_lines()

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802 - Qt name
        if not rect.isValid():
            return
        opt = QStyleOptionHeader()  # not V2: the style does not elide the broken label
        self.initStyleOption(opt)
        self.initStyleOptionForIndex(opt, logical)
        opt.rect = rect
        opt.text = "\n".join(self.shown_lines(logical, rect.width()))
        self.style().drawControl(QStyle.ControlElement.CE_Header, opt, painter, self)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            logical = self.logicalIndexAt(event.pos())
            model = self.model()
            if logical >= 0 and model is not None:
                tip = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                if not tip and self.is_cut(logical):
                    tip = self.label(logical)
                if tip:
                    QToolTip.showText(event.globalPos(), str(tip), self)
                    return True
        return super().viewportEvent(event)


def install_wrap_header(view: QTableView) -> WrapHeader:
    """Give ``view`` a wrapping header (keeps its stretch-last and minimum section size)."""
    old = view.horizontalHeader()
    header = WrapHeader(view)
    header.setStretchLastSection(old.stretchLastSection())
    header.setMinimumSectionSize(MIN_COLUMN)
    header.setSectionsClickable(old.sectionsClickable())
    header.setHighlightSections(old.highlightSections())
    view.setHorizontalHeader(header)
    return header


def cell_words_width(view: QTableView, column: int) -> int:
    """The widest single word of the column's cells, with the cell's padding."""
    model = view.model()
    fm = view.fontMetrics()
    widest = 0
    for row in range(model.rowCount()):
        text = str(model.data(model.index(row, column)) or "")
        for word in text.split(" "):  # not at a no-break space (a date and its dash)
            widest = max(widest, fm.horizontalAdvance(word))
    return widest + 8 if widest else 0


class WrapSomeDelegate(QStyledItemDelegate):
    """Cells that wrap onto more lines in the ``wrap`` columns only (elided elsewhere)."""

    def __init__(self, wrap: Iterable[int], parent: QObject | None = None):
        super().__init__(parent)
        self.wrap = set(wrap)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 - Qt name
        super().initStyleOption(option, index)
        if index.column() not in self.wrap:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class ColumnFitter(QObject):
    """Keeps a table's columns as wide as their headers and cells, within the table's width.

    ``shrink``: free-text columns made narrower first when the room is short (elided, whole as
    tooltip); ``wrap``: columns whose cells break onto more lines (rows grow) rather than being
    elided; ``grow``: where width left over goes (default: shared by all). ``fitted`` is emitted
    after each fit (row heights may have changed)."""

    fitted = Signal()

    def __init__(self, view: QTableView, shrink: Iterable[int] = (), wrap: Iterable[int] = (),
                 grow: Sequence[int] = ()):
        super().__init__(view)
        self.view = view
        header = view.horizontalHeader()
        self.header = header if isinstance(header, WrapHeader) else install_wrap_header(view)
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.shrink = set(shrink)
        self.wrap = set(wrap)
        self.grow = list(grow)
        view.setWordWrap(bool(self.wrap))
        if self.wrap:  # rows grow for wrapped cells, never below their usual height
            rows = view.verticalHeader()
            rows.setMinimumSectionSize(rows.defaultSectionSize())
            view.setItemDelegate(WrapSomeDelegate(self.wrap, view))
        view.installEventFilter(self)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)  # a vertical scroll bar coming narrows it
        self._timer = QTimer(self)  # goes with the table (a timer alone could outlive it)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._watch(view)

    def _watch(self, view: QTableView) -> None:
        model = view.model()
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.headerDataChanged, model.layoutChanged):
            signal.connect(self.schedule)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        # by identity: while the table is being destroyed its methods may no longer be called
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange) and (
                obj is self.view or obj is self._viewport):
            self.schedule()
        return False

    def schedule(self, *_args: object) -> None:
        """Fit the columns once the events now queued are handled."""
        if not self._timer.isActive():
            self._timer.start()

    def widths(self, room: int) -> list[int]:
        """The column widths for a table ``room`` pixels wide."""
        model = self.view.model()
        count = model.columnCount() if model is not None else 0
        cols = [c for c in range(count) if not self.header.isSectionHidden(c)]
        rows = model.rowCount() if model is not None else 0
        full: dict[int, int] = {}  # header on one line, cells whole on one line
        least: dict[int, int] = {}  # header on two lines, wrapped cells on about three
        stages: list[dict[int, int]] = [{}, {}, {}]  # floors, in the order they are given up
        for c in cols:
            cells = max(self.view.sizeHintForColumn(c), 0) if rows else 0
            words = cell_words_width(self.view, c) if c in self.wrap else cells
            full[c] = max(self.header.whole_width(c), cells, MIN_COLUMN)
            least[c] = min(full[c], max(self.header.wrapped_width(c, 2), words, MIN_COLUMN,
                                        cells // 3 if c in self.wrap else 0))
            # the free text first (header on three lines, wrapped cells down to a word), then
            # every header on three lines, then headers elided (tooltip) before any cell is cut
            text = max(words if c in self.wrap else 0, MIN_COLUMN)
            three = max(self.header.wrapped_width(c, MAX_LINES), MIN_COLUMN)
            stages[0][c] = max(three, text) if c in self.shrink else least[c]
            stages[1][c] = max(three, text if c in self.shrink else words)
            stages[2][c] = text if c in self.shrink else max(words, MIN_COLUMN)
        width = dict(least)
        spare = room - sum(width.values())
        if spare < 0:
            self._narrow(width, stages, -spare, cols)
        else:
            for c in sorted(cols, key=lambda k: full[k] - least[k]):  # labels on one line, cheapest first
                if full[c] - width[c] <= spare:
                    spare -= full[c] - width[c]
                    width[c] = full[c]
            self._share(width, spare, [c for c in self.grow if c in width] or cols)
        return [width.get(c, 0) for c in range(count)]

    @staticmethod
    def _narrow(width: dict[int, int], stages: list[dict[int, int]], short: int, cols: list[int]) -> None:
        """Too little room: each stage's floors given up in turn, the columns narrowed in
        proportion to what they can give; at last all in proportion (never below MIN_COLUMN)."""
        for floor in stages:
            give = {c: width[c] - floor[c] for c in cols if width[c] > floor[c]}
            can = sum(give.values())
            if short <= 0 or can <= 0:
                continue
            take = min(short, can)
            for c, g in give.items():
                width[c] -= min(g, (take * g + can - 1) // can)
            short -= take
        if short > 0:
            total = sum(width.values())
            for c in cols:
                width[c] = max(MIN_COLUMN, width[c] - (short * width[c] + total - 1) // total)

    @staticmethod
    def _share(width: dict[int, int], spare: int, to: list[int]) -> None:
        """Give ``spare`` pixels to the columns ``to`` in proportion to their widths."""
        total = sum(width[c] for c in to) or 1
        given = 0
        for c in to:
            extra = spare * width[c] // total
            width[c] += extra
            given += extra
        width[to[-1]] += spare - given

    def fit(self) -> None:
        """Set the column widths for the table's width now."""
        self._timer.stop()
        room = self.view.viewport().width()
        if room <= 0 or self.view.model() is None:
            return
        for c, w in enumerate(self.widths(room)):
            if w and self.header.sectionSize(c) != w:
                self.header.resizeSection(c, w)
        self.header.refresh_lines()
        if self.wrap:
            self.view.resizeRowsToContents()
        self.fitted.emit()


def fit_columns(view: QTableView, shrink: Iterable[int] = (), wrap: Iterable[int] = (),
                grow: Sequence[int] = ()) -> ColumnFitter:
    """Keep ``view``'s columns fitted (see ``ColumnFitter``); the fitter, owned by the view."""
    return ColumnFitter(view, shrink, wrap, grow)


def row_heights(view: QTableView, rows: int) -> int:
    """The height of the first ``rows`` rows of ``view``."""
    return sum(view.rowHeight(r) for r in range(min(rows, view.model().rowCount()))) if view.model() else 0


__all__ = ["ColumnFitter", "WrapHeader", "best_lines", "fit_columns", "install_wrap_header",
           "row_heights", "wrap_lines"]
