"""QR code symbols for the documents: segno's symbol, its data mask chosen faster.

An encoder tries the 8 data masks and keeps the one with the lowest penalty (ISO/IEC 18004:2015,
7.8.3). segno (and the qrcode package before it) scores them module by module in pure Python,
about 4 ms a symbol, three quarters of its time. Here the symbol is made once by segno with mask
0; the 8 candidates are derived from it with whole-row bit operations and scored by segno's own
rules (``segno.encoder.mask_scores``: N1 runs, N2 blocks, N3 finder-like patterns, N4 dark
share) on row and column strings; segno then writes the format information of the best mask.
The result is segno's ``make_qr`` symbol bit for bit (tests/documents/test_qr.py checks it on
many payloads): error correction level M, byte mode, the payload's bytes as given.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import segno
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable
from segno import consts as _consts
from segno import encoder as _enc

QUIET_ZONE = 4  # modules of light margin around the symbol (ISO/IEC 18004: at least 4)
_RUN = re.compile(r"0{5,}|1{5,}")
_N3 = "1011101"  # dark, light, 3 dark, light, dark (1:1:3:1:1)
_TO_TEXT = bytes.maketrans(b"\x00\x01", b"01")
_FROM_TEXT = bytes.maketrans(b"01", b"\x00\x01")
_DARK = re.compile("1+")


def _row_int(row: bytes | bytearray) -> int:
    """A matrix row of 0/1 bytes as an int, column 0 the highest bit."""
    return int(bytes(row).translate(_TO_TEXT), 2)


def _transposed(rows: Sequence[int], width: int) -> list[int]:
    """The columns of a matrix given as row ints, as ints (row 0 the highest bit)."""
    return [int("".join(col), 2) for col in zip(*(format(r, f"0{width}b") for r in rows), strict=True)]


@functools.lru_cache(maxsize=64)
def _layout(width: int) -> tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[int, ...], ...],
                                 tuple[int, ...], tuple[tuple[int, ...], ...]]:
    """For a symbol ``width`` modules wide, rows as ints: the encoding region, the dark function
    modules (finders, separators, timing, alignment; the format and version areas are light while
    masks are scored) and each of the 8 mask patterns; then the encoding region and the mask
    patterns again by column."""
    fm = _enc.make_matrix(width, width)
    _enc.add_finder_patterns(fm, width, width)
    _enc.add_alignment_patterns(fm, width, width)
    enc = tuple(_row_int(bytes(v == 2 for v in row)) for row in fm)
    dark = tuple(_row_int(bytes(v == 1 for v in row)) for row in fm)
    masks = tuple(tuple(_row_int(bytes(bool(fn(i, j)) for j in range(width))) for i in range(width))
                  for fn in _enc.get_data_mask_functions(False))
    return (enc, dark, masks, tuple(_transposed(enc, width)),
            tuple(tuple(_transposed(m, width)) for m in masks))


def _n3(text: str, size: int) -> int:
    """Penalty N3 of rows and columns joined by a line break (segno's rule on each: the pattern
    at an edge, or with 4 light modules before or after it in its line, counts 40)."""
    count = 0
    idx = text.find(_N3)
    while idx != -1:
        start = idx - idx % (size + 1)  # where its line starts
        offset = idx + 7
        if (idx - start in (0, size - 7) or "1" not in text[max(idx - 4, start):idx]
                or "1" not in text[offset:min(offset + 4, start + size)]):
            count += 40
        else:
            offset = idx + 4
        idx = text.find(_N3, offset)
    return count


def penalty(rows: list[int], width: int, cols: list[int] | None = None) -> int:
    """The penalty score N1 + N2 + N3 + N4 of a masked symbol given as row ints (and its columns,
    when known): the sum ``segno.encoder.mask_scores`` gives for the same matrix."""
    if cols is None:
        cols = _transposed(rows, width)
    pattern = f"0{width}b"
    text = "\n".join([format(r, pattern) for r in rows] + [format(c, pattern) for c in cols])
    n1 = sum(len(run) - 2 for run in _RUN.findall(text))
    n3 = _n3(text, width)
    full = (1 << width) - 1
    inner = full >> 1  # a module and its left neighbour (column j and j - 1)
    n2 = 0
    for above, row in zip(rows, rows[1:], strict=False):
        same = ~(above ^ row) & full  # equal to the module above
        n2 += (same & (same >> 1) & ~(row ^ (row >> 1)) & inner).bit_count()
    percent = float(sum(r.bit_count() for r in rows)) / (width ** 2)
    n4 = 10 * int(abs(percent * 100 - 50) / 5)
    return n1 + 3 * n2 + n3 + n4


@functools.lru_cache(maxsize=1024)
def qr_rows(data: bytes) -> tuple[int, ...]:
    """The QR code of ``data`` (byte mode, error correction level M, smallest version), without
    its quiet zone: one int per row, column 0 the highest bit, a set bit dark."""
    code = segno.make_qr(data, error="m", boost_error=False, mask=0)
    width = len(code.matrix)
    enc, dark, masks, enc_cols, mask_cols = _layout(width)
    base = [d | ((_row_int(row) ^ m0) & e)
            for row, e, d, m0 in zip(code.matrix, enc, dark, masks[0], strict=True)]
    base_cols = _transposed(base, width)
    best, best_rows, best_score = 0, base, -1
    for k, mask in enumerate(masks):
        rows = [b ^ (m & e) for b, m, e in zip(base, mask, enc, strict=True)]
        cols = [b ^ (m & e) for b, m, e in zip(base_cols, mask_cols[k], enc_cols, strict=True)]
        score = penalty(rows, width, cols)
        if best_score < 0 or score < best_score:  # the first lowest, as segno
            best, best_rows, best_score = k, rows, score
    matrix = tuple(bytearray(format(r, f"0{width}b").encode().translate(_FROM_TEXT)) for r in best_rows)
    _enc.add_format_info(matrix, code.version, _consts.ERROR_MAPPING["M"], best)
    _enc.add_version_info(matrix, code.version)
    return tuple(_row_int(row) for row in matrix)


@functools.lru_cache(maxsize=256)
def _drawing(rows: tuple[int, ...]) -> str:
    """PDF operators drawing a symbol in module units (quiet zone included, origin at the
    bottom left): a white square, then each horizontal run of dark modules as one rectangle."""
    width = len(rows)
    side = width + 2 * QUIET_ZONE
    ops = [f"1 1 1 rg 0 0 {side} {side} re f 0 0 0 rg"]
    for y, row in enumerate(rows):
        bottom = side - QUIET_ZONE - 1 - y
        ops += [f"{run.start() + QUIET_ZONE} {bottom} {run.end() - run.start()} 1 re"
                for run in _DARK.finditer(format(row, f"0{width}b"))]
    ops.append("f")
    return "\n".join(ops)


class QRCode(Flowable):
    """A QR code drawn as vector squares (quiet zone included), ``size`` points wide: the UTF-8
    bytes of ``data``, error correction level M."""

    def __init__(self, data: str, size: float):
        super().__init__()
        self.rows = qr_rows(data.encode("utf-8"))
        self.size = size
        self.hAlign = "CENTER"
        self.data = data

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        scale = fp_str(self.size / (len(self.rows) + 2 * QUIET_ZONE))
        self.canv.addLiteral(f"q {scale} 0 0 {scale} 0 0 cm\n{_drawing(self.rows)}\nQ")
