"""Table cells drawn as plain strings (issue 13, speed): a text that fits stays one line, a longer
one is broken at spaces only, where reportlab's Paragraph would break it (no line wider than its
column beyond reportlab's own space shrinkage), an amount joined by no-break
spaces is never split, and a word wider than the column falls back to a Paragraph."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth

from wage_remedy.documents import fonts
from wage_remedy.documents.grid import wrap_plain as _wrap_plain

SIZE = 8.0


def _font() -> str:
    fonts.register_fonts()
    return fonts.COND


def test_a_long_text_is_broken_at_spaces_and_no_line_is_wider_than_the_column() -> None:
    font = _font()
    text = "CP 302 industrie hôtelière (horeca) : salaires horaires minimums, version du 1 janvier 2025"
    width = 100.0
    wrapped = _wrap_plain(text, font, SIZE, width)
    assert wrapped is not None
    lines = wrapped.split("\n")
    assert len(lines) > 1  # the whole text is far wider than 100 pt
    # as reportlab's Paragraph: a line may take spaceShrinkage (5 %) of a space per word boundary
    # beyond the width: a space of the 8 pt condensed font is 2.29 pt, so with at most 10 words
    # a line about 0.05 x 2.29 x 9 = 1.03 pt at most over, inside the 2.2 pt cell padding
    shrink = rl_config.spaceShrinkage * stringWidth(" ", font, SIZE)
    assert all(stringWidth(line, font, SIZE) <= width + shrink * (len(line.split(" ")) - 1)
               for line in lines)
    assert all(stringWidth(line, font, SIZE) <= width + 1.04 for line in lines)
    # only spaces were turned into line breaks: the words, in order, are the text's words
    assert " ".join(lines).split(" ") == text.split(" ")
    # greedy: the first word of each next line would not have fitted on the line before
    for before, after in zip(lines, lines[1:], strict=False):
        assert (stringWidth(before + " " + after.split(" ")[0], font, SIZE)
                > width + shrink * len(before.split(" ")))


def test_an_amount_joined_by_no_break_spaces_stays_whole() -> None:
    font = _font()
    amount = "1\u00a0052,03\u00a0€"
    text = f"Montant dû {amount} au total"
    width = stringWidth("Montant dû 1", font, SIZE) + 1  # room for a split inside the amount
    wrapped = _wrap_plain(text, font, SIZE, width)
    assert wrapped is not None
    assert amount in wrapped.split("\n")  # on its own line, not cut at its no-break spaces


def test_a_word_wider_than_the_column_is_left_to_a_paragraph() -> None:
    font = _font()
    word = "Arbeidsvoorwaardenregelgeving"
    assert _wrap_plain(f"de {word}", font, SIZE, stringWidth(word, font, SIZE) - 1) is None
    assert _wrap_plain("zacht\u00adafbreekbaar", font, SIZE, 500.0) is None  # soft hyphen
