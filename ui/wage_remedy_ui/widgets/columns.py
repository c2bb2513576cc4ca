"""Table columns as wide as what they show: headers that wrap instead of being cut, and column
widths from the header and the cells, fitted to the table's width (no sideways scrolling).

A header label is broken at its spaces onto two (at most three) lines when its column is narrower
than the label; a column is never made narrower than its cells' texts and its label's longest
line while the table has the room. With less room the free-text columns (``shrink``) are
narrowed first, then every label goes onto three lines, then a word longer than its column (a
German or Dutch compound: "Anspruchs-posten") is broken with a hyphen in the header and in the
wrapped cells (``hyphenation``: sure breaks first), then the free-text cells are elided with the
whole text as tooltip; a header is elided only when the table is narrower than all of that.
Used by every table of the worker page, the claims and the documents (docs/architecture.md,
front end).
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

from wage_remedy_ui.widgets.hyphenation import (
    SHY,
    WORST,
    narrowest,
    no_ligatures,
    soft_hyphens,
    words,
    wrap_text,
)

HEADER_PAD = 8  # px the header style keeps around a label (4 a side)
SLACK = 1  # px: text widths are rounded, a label measured exactly may still be elided
MAX_LINES = 3  # lines a header label is broken into at most
MIN_COLUMN = 36  # px: the narrowest a column is made on a very narrow table
FEW_ROWS = 50  # changed rows measured alone (a typed edit: one); more, and the columns are fitted again
CELL_PAD = 8  # px a cell keeps around its text (3 a side and the grid line)
HYPHEN_STAGES = (2, 3, 4)  # the stages of ColumnFitter._measures that break words with a hyphen


def best_lines(text: str, fm: QFontMetrics, lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``lines`` lines, the widest as narrow as can be."""
    parts_of = words(text.replace(SHY, ""))
    if len(parts_of) <= 1 or lines <= 1:
        return [" ".join(parts_of)]
    best: list[str] = [" ".join(parts_of)]
    best_width = fm.horizontalAdvance(best[0])
    for n in range(1, min(lines, len(parts_of))):
        for cuts in combinations(range(1, len(parts_of)), n):
            bounds = (0, *cuts, len(parts_of))
            parts = [" ".join(parts_of[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
            width = max(fm.horizontalAdvance(p) for p in parts)
            if width < best_width:
                best, best_width = parts, width
    return best


def wrap_lines(text: str, fm: QFontMetrics, width: int) -> list[str]:
    """``text`` broken at spaces into the fewest lines no wider than ``width`` (greedy); a word
    wider than ``width`` stands alone on its line."""
    return wrap_text(text, fm, width)


class WrapHeader(QHeaderView):
    """A horizontal header whose labels wrap onto more lines in a narrow column, a word longer
    than its column broken with a hyphen; elided (whole as tooltip) only when even that does not
    fit."""

    linesChanged = Signal(int)  # noqa: N815 - Qt signal name; the lines the tallest label takes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # elided per line, in paintSection
        # the labels are measured in the header's font: a selected row must not make them bold
        # (wider than measured, so cut on both sides), which is what highlighted sections do
        self.setHighlightSections(False)
        self._lines = 1
        self.sectionResized.connect(self._check_lines)

    # ---------------------------------------------------------------- measures
    def label(self, logical: int) -> str:
        """The label as the model gives it (soft hyphens kept: where its words may break)."""
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(logical, Qt.Orientation.Horizontal) or "")

    def whole_width(self, logical: int) -> int:
        """The width that shows the label on one line."""
        text = " ".join(words(self.label(logical).replace(SHY, "")))
        return self.fontMetrics().horizontalAdvance(text) + HEADER_PAD + SLACK if text else 0

    def wrapped_width(self, logical: int, lines: int = 2) -> int:
        """The narrowest width that shows the label whole on at most ``lines`` lines (at spaces)."""
        fm = self.fontMetrics()
        parts = best_lines(self.label(logical), fm, lines)
        return max(fm.horizontalAdvance(p) for p in parts) + HEADER_PAD + SLACK if parts[0] else 0

    def hyphen_width(self, logical: int, rank: int = 0, lines: int = MAX_LINES) -> int:
        """The narrowest width that shows the label whole on at most ``lines`` lines, its long
        words broken at breaks ranked ``rank`` or better (``hyphenation``)."""
        width = narrowest(self.label(logical), self.font(), lines, rank)
        return width + HEADER_PAD + SLACK if width else 0

    def layout_label(self, logical: int, width: int | None = None) -> tuple[list[str], bool]:
        """The label's lines at ``width`` (default: the section's) and whether they show it whole:
        broken at spaces, else its long words hyphenated (in the fewest lines, sure breaks first),
        else each line elided."""
        fm = self.fontMetrics()
        room = (self.sectionSize(logical) if width is None else width) - HEADER_PAD
        text = self.label(logical)
        fitting: list[tuple[int, int]] = []  # (lines, rank) that show the label whole
        lines = [""]
        for rank in range(-1, WORST + 1):
            lines = wrap_text(text, fm, room, rank)
            if len(lines) <= MAX_LINES and all(fm.horizontalAdvance(line) <= room for line in lines):
                if rank < 0:
                    return lines, True
                fitting.append((len(lines), rank))
        if fitting:  # the fewest lines, the best ranked, about as even as can be: "Referte-/
            # periode", not "Refertepe-/riode"; "Geschul-/det", not "Ge-/schuldet" (1 px more even)
            count, rank = min(fitting)
            even = narrowest(text, self.font(), count, rank) + fm.averageCharWidth()
            for width in (min(even, room), room):
                lines = wrap_text(text, fm, width, rank)
                if len(lines) == count and all(fm.horizontalAdvance(line) <= room for line in lines):
                    break
            return lines, True
        if len(lines) > MAX_LINES:
            lines = lines[:MAX_LINES - 1] + [" ".join(lines[MAX_LINES - 1:])]
        return [fm.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines], False

    def shown_lines(self, logical: int, width: int | None = None) -> list[str]:
        """The label's lines at the section's width (see ``layout_label``)."""
        return self.layout_label(logical, width)[0]

    def is_cut(self, logical: int) -> bool:
        """True when the label does not show whole (some line elided)."""
        return not self.layout_label(logical)[1]

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
                    tip = self.label(logical).replace(SHY, "")
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
    header.setHighlightSections(False)  # see WrapHeader: a highlighted label is drawn bold
    view.setHorizontalHeader(header)
    return header


def cell_words(view: QTableView, column: int) -> set[str]:
    """The words of the column's cells (split at spaces, not at a no-break space: a date and its
    dash stay together)."""
    model = view.model()
    found: set[str] = set()
    for row in range(model.rowCount()):
        found.update(words(str(model.data(model.index(row, column)) or "")))
    return found


def cell_words_width(view: QTableView, column: int, rank: int = -1,
                     found: Iterable[str] | None = None, lines: int = MAX_LINES) -> int:
    """The widest single word of the column's cells, with the cell's padding; ``rank`` >= 0: a
    long word broken onto up to ``lines`` lines at breaks ranked ``rank`` or better (hyphenated)."""
    fm, font = view.fontMetrics(), view.font()
    texts = cell_words(view, column) if found is None else found
    widest = max((narrowest(w, font, lines, rank) if rank >= 0 else fm.horizontalAdvance(w)
                  for w in texts), default=0)
    return widest + CELL_PAD if widest else 0


class WrapSomeDelegate(QStyledItemDelegate):
    """Cells that wrap onto more lines in the ``wrap`` columns only (elided elsewhere); there a
    word wider than the column is broken with a hyphen (``hyphenation.soft_hyphens``)."""

    def __init__(self, wrap: Iterable[int], parent: QObject | None = None):
        super().__init__(parent)
        self.wrap = set(wrap)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 - Qt name
        super().initStyleOption(option, index)
        if index.column() not in self.wrap:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        elif option.text and option.rect.width() > 0:
            widget = option.widget
            style = widget.style() if widget is not None else None
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1 if style else 3
            # the layout's widths are not whole pixels, its soft hyphen a little wider than "-"
            room = option.rect.width() - 2 * margin - 2 * SLACK
            text = soft_hyphens(option.text, option.font, room)
            if SHY in text:
                option.text = text
                option.font = no_ligatures(option.font)


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
        self._fitted = False  # fitted once: a few changed rows are then measured alone
        self._watch(view)

    def _watch(self, view: QTableView) -> None:
        model = view.model()
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.headerDataChanged, model.layoutChanged):
            signal.connect(self.schedule)
        model.dataChanged.connect(self._data_changed)

    def _data_changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        """A few rows changed (a typed edit): the columns are fitted again only when one of
        their cells no longer fits its column; measuring every row of a long table (a year of
        shifts) would hold up the window, and the live result, after each edit. A narrower
        value keeps the width until the next fit (resize, reset, rows added or removed)."""
        if (self.wrap or not self._fitted or not first.isValid() or not last.isValid()
                or last.row() - first.row() >= FEW_ROWS or not self._cells_fit(first.row(), last.row())):
            self.schedule()

    def _cells_fit(self, first: int, last: int) -> bool:
        """Whether every cell of rows ``first`` to ``last`` fits its column's width now (its
        width as ``sizeHintForColumn`` measures a cell: the delegate's hint and the grid line)."""
        model, view = self.view.model(), self.view
        grid = 1 if view.showGrid() else 0
        for c in range(model.columnCount()):
            if self.header.isSectionHidden(c):
                continue
            room = self.header.sectionSize(c)
            for r in range(first, last + 1):
                if view.sizeHintForIndex(model.index(r, c)).width() + grid > room:
                    return False
        return True

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

    def _measures(self, c: int, rows: int) -> tuple[int, int, list[int]]:
        """A column's width with its header on one line and its cells whole (``full``), with its
        header on two lines and wrapped cells on about three (``least``), and the floors it is
        narrowed to, stage by stage, when the table is too narrow for ``least``:

        0. the free text (``shrink``): header on three lines, wrapped cells down to a word;
        1. every header on three lines;
        2. a long word broken in two with a hyphen at a sure break, in the header (two lines at
           most) and the wrapped cells;
        3. the same on three lines;
        4. the same at doubtful breaks too;
        5. the free-text cells elided or clipped (tooltip), never the header.
        """
        header, wrap, shrink = self.header, c in self.wrap, c in self.shrink
        cells = max(self.view.sizeHintForColumn(c), 0) if rows else 0
        found = cell_words(self.view, c) if wrap and rows else set()
        words_w = cell_words_width(self.view, c, found=found) if wrap else cells
        full = max(header.whole_width(c), cells, MIN_COLUMN)
        least = min(full, max(header.wrapped_width(c, 2), words_w, MIN_COLUMN, cells // 3 if wrap else 0))
        three = max(header.wrapped_width(c, MAX_LINES), MIN_COLUMN)
        text = max(words_w if wrap else 0, MIN_COLUMN)  # below it the free text is elided
        floors = [max(three, text) if shrink else least, max(three, text if shrink else words_w)]
        for rank, lines in ((0, 2), (0, MAX_LINES), (WORST, MAX_LINES)):
            broken = cell_words_width(self.view, c, rank, found, lines) if wrap else cells
            floors.append(max(min(header.hyphen_width(c, rank, lines), floors[-1]), MIN_COLUMN,
                              broken if wrap or not shrink else 0))
        floors.append(max(header.hyphen_width(c, WORST), MIN_COLUMN) if shrink else floors[-1])
        return full, least, floors

    def widths(self, room: int) -> list[int]:
        """The column widths for a table ``room`` pixels wide."""
        model = self.view.model()
        count = model.columnCount() if model is not None else 0
        cols = [c for c in range(count) if not self.header.isSectionHidden(c)]
        rows = model.rowCount() if model is not None else 0
        full: dict[int, int] = {}
        least: dict[int, int] = {}
        stages: list[dict[int, int]] = [{} for _stage in range(6)]  # floors, given up in turn
        for c in cols:
            full[c], least[c], floors = self._measures(c, rows)
            for stage, floor in zip(stages, floors, strict=True):
                stage[c] = floor
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
        proportion to what they can give (at the hyphen stages, ``HYPHEN_STAGES``, one column
        after the other, the one that gives most first: as few words broken as can be); at last
        all in proportion (never below MIN_COLUMN)."""
        for stage, floor in enumerate(stages):
            give = {c: width[c] - floor[c] for c in cols if width[c] > floor[c]}
            can = sum(give.values())
            if short <= 0 or can <= 0:
                continue
            take = min(short, can)
            if stage in HYPHEN_STAGES:
                for c in sorted(give, key=lambda k: -give[k]):
                    step = min(give[c], short)
                    width[c] -= step
                    short -= step
                continue
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
        self._fitted = True
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
