"""SharedParagraph (documents/grid.py) draws what a Paragraph draws, also when split across pages
and made again in a later document (its parse and line breaks are shared, never changed)."""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from wage_remedy.documents import fonts
from wage_remedy.documents.grid import SharedParagraph

STYLE = ParagraphStyle("t", fontName=fonts.SANS, fontSize=9, leading=11)
TEXT = " ".join(f"<b>mot{i}</b> ordinaire{i} <font color='#333333'>gris</font>" for i in range(400))


def _pdf(kind: type[Paragraph]) -> bytes:
    fonts.register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, invariant=1, pageCompression=0)
    doc.build([Spacer(1, 600), kind(TEXT, STYLE), kind("plain closing words", STYLE)])
    return out.getvalue()


def test_shared_paragraphs_draw_as_paragraphs_again_and_again() -> None:
    expected = _pdf(Paragraph)
    assert expected.count(b"/Type /Page") >= 3  # /Pages and at least two pages: it was split
    assert [_pdf(SharedParagraph) for _ in range(3)] == [expected] * 3
