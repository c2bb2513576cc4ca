"""Every table header of the worker page shows its label whole at laptop sizes in German and Dutch
(a reviewer saw "Zinsen", "Gezahlt" and "Anspruchsposten" cut to "Zins…", "G…", "Anspruchspost…"
in the heads of claim at 1280×720): what the header paints is read from the style, each line must
be the label's words (a long word may be broken with a hyphen), none elided, each inside its
section, all lines in the header's height, and no column of amounts or dates cut for it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)
from ui_helpers import wait_result

from wage_remedy.demo import demo_case_path
from wage_remedy_ui.widgets.columns import ColumnFitter

PAD = 8  # px the header style keeps around a label (4 a side)
SHY = "\u00ad"


class Recorder(QProxyStyle):
    """The header style, recording the label and rectangle of each section it draws."""

    def __init__(self) -> None:
        super().__init__()  # over a style of its own (a proxy deletes the style it is given)
        self.drawn: dict[int, tuple[str, int, int]] = {}

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802 - Qt name
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_Header and isinstance(option, QStyleOptionHeader):
            self.drawn[option.section] = (option.text, option.rect.width(), option.rect.height())
        super().drawControl(element, option, painter, widget)


def painted(header: QHeaderView) -> dict[int, tuple[str, int, int]]:
    """What ``header`` paints per section: (text, width, height)."""
    recorder = Recorder()
    header.setStyle(recorder)
    try:
        header.viewport().grab()
    finally:
        header.setStyle(QApplication.style())  # the application's style again
    return recorder.drawn


def joined(lines: list[str]) -> str:
    """The label the lines show, letters only: a line ending in a hyphen runs on into the next."""
    return "".join("".join(lines).replace("-", "").replace(SHY, "").split())


def header_problems(view: QTableView) -> list[str]:
    """Why a header of ``view`` does not show whole (empty when every label fits)."""
    header = view.horizontalHeader()
    model = view.model()
    fm = header.fontMetrics()
    drawn = painted(header)
    out = []
    for c in range(model.columnCount()):
        if header.isSectionHidden(c):
            continue
        label = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if c not in drawn:
            out.append(f"{view.objectName()}[{c}] {label!r} not painted")
            continue
        text, width, height = drawn[c]
        lines = text.split("\n")
        name = f"{view.objectName()}[{c}] {label!r} painted {lines} in {width}x{height}"
        if "…" in text or joined(lines) != joined([label]):
            out.append(f"{name}: not the whole label")
        if any(fm.horizontalAdvance(line) + PAD > width for line in lines):
            out.append(f"{name}: a line wider than its column")
        if len(lines) * fm.lineSpacing() > height:
            out.append(f"{name}: more lines than the header's height")
    if header.length() > view.viewport().width() + 1:
        out.append(f"{view.objectName()}: columns wider than the table")
    return out


def cut_cells(view: QTableView) -> list[str]:
    """The columns whose cells are cut although they neither wrap nor are free text (the amounts,
    dates and hours: a table that elides its free text has it whole in the tooltip)."""
    fitter = view.findChild(ColumnFitter)
    header = view.horizontalHeader()
    free = set(getattr(fitter, "shrink", ())) | set(getattr(fitter, "wrap", ()))
    out = []
    for c in range(view.model().columnCount()):
        if header.isSectionHidden(c) or c in free or not view.model().rowCount():
            continue
        if view.sizeHintForColumn(c) > header.sectionSize(c) + 1:
            out.append(f"{view.objectName()}[{c}] cells {view.sizeHintForColumn(c)} > {header.sectionSize(c)}")
    return out


@pytest.fixture
def demo_window(make_window: Any, qtbot: Any, tmp_path: Path) -> Any:
    case = tmp_path / "demo.json"
    shutil.copyfile(demo_case_path(), case)
    w = make_window(case)
    w.resize(1280, 720)
    w.show()
    wait_result(qtbot, w)
    yield w
    w.set_language("en")


def worker_page_problems(qtbot: Any, w: Any, lang: str, size: tuple[int, int]) -> list[str]:
    """Header and cell problems of every table of the worker page, on each tab of the editor."""
    w.set_language(lang)
    w.resize(*size)
    wait_result(qtbot, w)
    w.show_page("worker", "w1")
    wait_result(qtbot, w)
    qtbot.wait(100)
    editor = w.worker_editor
    result = editor.result
    assert result.heads.isVisible() and result.heads.rowCount() >= 1  # Ioana has heads of claim
    problems: list[str] = []
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        qtbot.wait(60)  # the columns are fitted once the events queued are handled
        for view in editor.findChildren(QTableView):
            if view.isVisible() and view.model() is not None:
                problems += [p for p in header_problems(view) + cut_cells(view) if p not in problems]
    editor.tabs.setCurrentIndex(0)
    return problems


def test_german_worker_page_headers_show_whole_at_1280x720(qtbot: Any, demo_window: Any) -> None:
    problems = worker_page_problems(qtbot, demo_window, "de", (1280, 720))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("lang", "size"), [("de", (1366, 768)), ("nl", (1280, 720)), ("nl", (1366, 768)),
                                            ("fr", (1280, 720)), ("en", (1280, 720))])
def test_worker_page_headers_show_whole_on_a_laptop(
        qtbot: Any, demo_window: Any, lang: str, size: tuple[int, int]) -> None:
    problems = worker_page_problems(qtbot, demo_window, lang, size)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("word", "pieces"), [
    ("Anspruchsposten", ["Anspruchs", "posten"]),  # after the linking "s"
    ("Bezugszeitraum", ["Bezugs", "zeitraum"]),
    ("Referteperiode", ["Referte", "periode"]),
    ("Verschuldigd", ["Verschul", "digd"]),
    ("Überstunden", ["Über", "stunden"]),  # "st" after "r" starts the syllable
])
def test_a_compound_has_a_sure_break_between_its_parts(word: str, pieces: list[str]) -> None:
    from wage_remedy_ui.widgets.hyphenation import breaks
    clean, found = breaks(word)
    assert clean == word
    assert len(pieces[0]) in [b.at for b in found if b.rank == 0], found


def test_short_words_and_soft_hyphens(qapp: Any) -> None:
    from wage_remedy_ui.widgets.hyphenation import breaks
    for word in ("Zinsen", "Gezahlt", "Stunden", "Betaald", "Intrest"):  # under 8 letters: never
        assert breaks(word)[1] == (), word
    # a soft hyphen in the text is the only place the word breaks
    clean, found = breaks("Jahresend\u00adprämie")
    assert clean == "Jahresendprämie" and [(b.at, b.rank) for b in found] == [(9, 0)]
    # the "Jahre-send" of a rule that does not know the word is only doubtful
    assert all(b.rank > 0 for b in breaks("Jahresendprämie")[1] if b.at == 5)


def test_a_narrow_table_breaks_a_long_german_header_instead_of_eliding(qtbot: Any) -> None:
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from wage_remedy_ui.widgets.columns import fit_columns
    table = QTableWidget(1, 3)
    table.verticalHeader().setVisible(False)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Anspruchsposten", "Zinsen", "Geschuldet"])
    for c, text in enumerate(["Lohn", "0,00", "768,05"]):
        table.setItem(0, c, QTableWidgetItem(text))
    fitter = fit_columns(table)
    header = fitter.header
    fm = header.fontMetrics()
    # room for the figures and for "Zinsen" whole, not for "Anspruchsposten" on one line
    room = fm.horizontalAdvance("Anspruchs-") + fm.horizontalAdvance("Zinsen") + \
        fm.horizontalAdvance("Geschuldet") + 3 * (PAD + 1) + 2 * table.frameWidth() + 4
    table.resize(room, 200)
    table.show()
    qtbot.waitExposed(table)
    fitter.fit()
    assert header.shown_lines(0) == ["Anspruchs-", "posten"]
    assert header.shown_lines(1) == ["Zinsen"] and header.shown_lines(2) == ["Geschuldet"]
    assert not header_problems(table)


def test_a_long_word_in_a_wrapped_cell_breaks_with_a_hyphen(qtbot: Any) -> None:
    """"Zahlungsaufforderung" wider than its column: the cell shows it on two lines, broken where
    the delegate puts a soft hyphen; its "ff", a ligature in the usual fonts, does not stop the
    break."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableWidget, QTableWidgetItem

    from wage_remedy_ui.widgets.columns import WrapSomeDelegate
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setWordWrap(True)
    table.setItem(0, 0, QTableWidgetItem("Zahlungsaufforderung"))
    delegate = WrapSomeDelegate([0], table)
    table.setItemDelegate(delegate)
    fm = table.fontMetrics()
    table.setColumnWidth(0, fm.horizontalAdvance("Zahlungsauf-") + 14)  # not the whole word
    index = table.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    option.rect.setWidth(table.columnWidth(0))
    delegate.initStyleOption(option, index)
    assert option.text.replace(SHY, "") == "Zahlungsaufforderung" and SHY in option.text
    layout = QTextLayout(option.text, option.font)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(wrap)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(table.columnWidth(0) - 6)
        lines.append(option.text[line.textStart():line.textStart() + line.textLength()].replace(SHY, "-"))
    layout.endLayout()
    assert lines in (["Zahlungsauf-", "forderung"], ["Zahlungs-", "aufforderung"]), lines
