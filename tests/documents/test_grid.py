"""Tables and plain paragraphs drawn straight on the canvas (documents/grid.py): paragraphs break
where reportlab's Paragraph breaks them and take its height, split between pages as it does (no
single orphan line), a word too wide is left to a Paragraph; tables repeat their header on every
page and never split a row; the text is extractable in reading order."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from wage_remedy.documents import fonts
from wage_remedy.documents.grid import (
    PAD_BOTTOM,
    PAD_TOP,
    GridTable,
    Palette,
    PlainText,
    Row,
    cell_lines,
)
from wage_remedy.documents.render import _cell_style, _styles

TEXT = ("À la suite du contrôle du 30 juin 2025 à Gent, l'employeur est invité à payer au travailleur "
        "mentionné ci-dessus la rémunération brute encore due pour les périodes ci-dessous, avec les "
        "intérêts légaux, au plus tard le 14\u00a0juillet\u00a02025.")
PALETTE = Palette(head_bg="#E6EBF2", total_bg="#F2F5F9", accent="#1F3A5F", grid="#B8C2CF")


def _lines(flowable: Paragraph) -> list[str]:
    return [" ".join(w.text if hasattr(w, "text") else w for w in line[1])
            for line in flowable.blPara.lines]


def test_plain_text_breaks_and_stands_as_a_paragraph() -> None:
    fonts.register_fonts()
    for name in ("body", "small", "value_b", "h2"):
        style = _styles()[name]
        for width in (120.0, 230.0, 400.0, 515.0):
            para = Paragraph(TEXT.replace("&", "&amp;"), style)
            plain = PlainText(TEXT, style)
            assert plain.wrap(width, 1000) == para.wrap(width, 1000), (name, width)
            assert plain._lines == _lines(para), (name, width)  # noqa: SLF001


def test_plain_text_splits_without_an_orphan_line() -> None:
    fonts.register_fonts()
    style = _styles()["body"]
    plain = PlainText(TEXT, style)
    plain.wrap(150, 1000)
    n = len(plain._lines or [])  # noqa: SLF001
    assert n > 4
    assert plain.split(150, style.leading * 1.5) == []  # one line would be left alone
    first, rest = plain.split(150, style.leading * 3.2)
    assert first.wrap(150, 1000)[1] == 3 * style.leading
    assert rest.wrap(150, 1000)[1] == (n - 3) * style.leading


def test_a_word_wider_than_the_line_is_left_to_a_paragraph() -> None:
    fonts.register_fonts()
    style = _styles()["h2"]
    plain = PlainText("Arbeidsvoorwaardenregelgevingsinstrumenten", style)
    width, height = plain.wrap(60, 1000)
    para = Paragraph("Arbeidsvoorwaardenregelgevingsinstrumenten", style)
    assert (width, height) == para.wrap(60, 1000)  # broken as a Paragraph breaks it


def _table(rows: int) -> GridTable:
    cell, head = _cell_style("cell"), _cell_style("head")
    widths = [60.0, 120.0, 80.0]
    header = Row([(("Période",), head, False), (("Barème @ version",), head, False),
                  (("Montant",), head, True)], kind="head")
    body = [Row([((f"row {i}",), cell, False),
                 (cell_lines("CP 302 industrie hôtelière (horeca) : salaires horaires minimums",
                             cell, 120 - 4.4), cell, False),
                 ((f"{i},00",), cell, True)]) for i in range(rows)]
    return GridTable(header, body, widths, PALETTE)


def test_table_rows_take_their_lines_and_split_under_a_repeated_header() -> None:
    fonts.register_fonts()
    table = _table(40)
    cell = _cell_style("cell")
    row_h = table.rows[0].height
    assert row_h == len(table.rows[0].cells[1][0]) * cell.leading + PAD_TOP + PAD_BOTTOM
    room = table.head.height + 10.5 * row_h
    first, rest = table.split(300, room)
    assert isinstance(first, GridTable) and isinstance(rest, GridTable)
    assert len(first.rows) == 10 and len(rest.rows) == 30  # whole rows only
    assert first.head is rest.head  # the header again on the next page
    assert table.split(300, table.head.height + row_h / 2) == []  # not even one row: next page


def test_table_text_reads_in_order_on_every_page() -> None:
    fonts.register_fonts()
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build([_table(120)])
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(buf.getvalue())).pages]
    assert len(pages) > 1
    for text in pages:
        assert text.startswith("Période Barème @ version Montant")
    joined = "\n".join(pages)
    rows = [int(line.split()[1]) for line in joined.splitlines() if line.startswith("row ")]
    assert rows == list(range(120))
    assert "119,00" in joined


def test_layout_blocks_take_the_height_a_platypus_table_took() -> None:
    from reportlab.platypus import Table, TableStyle

    from wage_remedy.documents.grid import Cells
    from wage_remedy.documents.render import _look

    fonts.register_fonts()
    st = _styles()
    pairs = [("Document n°", "TSW-2025-0142/PO-003"), ("Inspecteur", "A. Peeters — SPF Emploi, Contrôle "
              "des lois sociales (CLS), Gent, avec un nom de service assez long pour deux lignes")]
    table = Table([[PlainText(k, st["label"]), PlainText(v, st["value"])] for k, v in pairs],
                  colWidths=[80, 300])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]))
    cells = Cells([[[PlainText(k, st["label"])], [PlainText(v, st["value"])]] for k, v in pairs],
                  [80, 300], _look(0, 3, 2, 0.8, 0.8))
    assert cells.wrap(380, 1000) == pytest.approx(table.wrap(380, 1000))
    assert cells._row_h == pytest.approx(table._rowHeights)  # noqa: SLF001
    # split between rows only, never inside one
    first, rest = cells.split(380, cells._row_h[0] + 1)  # noqa: SLF001
    assert isinstance(first, Cells) and isinstance(rest, Cells)
    assert len(first.rows) == 1 and len(rest.rows) == 1
    assert cells.split(380, cells._row_h[0] / 2) == []  # noqa: SLF001
