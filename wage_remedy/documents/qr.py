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
import operator
import re
from collections.abc import Callable, Sequence
from typing import Any

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


@functools.lru_cache(maxsize=64)
def _packed_masks(width: int) -> tuple[tuple[int, int], ...]:
    """Each mask pattern over the encoding region, packed by rows and by columns."""
    enc, _dark, masks, enc_cols, mask_cols = _layout(width)
    return tuple((_packed([m & e for m, e in zip(masks[k], enc, strict=True)], width),
                  _packed([m & e for m, e in zip(mask_cols[k], enc_cols, strict=True)], width))
                 for k in range(len(masks)))


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


_GUARD = 4  # light bits between two lines of a packed matrix (the 4 light modules of rule N3)


def _packed(lines: Sequence[int], width: int) -> int:
    """Lines (rows or columns) as one int: line i in bits i*(width+4) up, 4 light bits above."""
    stride = width + _GUARD
    packed = 0
    for i, line in enumerate(lines):
        packed |= line << (i * stride)
    return packed


@functools.lru_cache(maxsize=64)
def _spans(width: int) -> tuple[int, int, int, int]:
    """Bit masks of a packed matrix ``width`` lines of ``width``: every module, a module and the
    one to its left in the same line, the start of 7 modules in the same line, a module with one
    below it (the next line)."""
    every = _packed([(1 << width) - 1] * width, width)
    pairs = _packed([(1 << (width - 1)) - 1] * width, width)
    sevens = _packed([(1 << (width - 6)) - 1] * width, width)
    above = _packed([(1 << width) - 1] * (width - 1), width)  # all lines but the last
    return every, pairs, sevens, above


def _n1_n3(packed: int, width: int) -> tuple[int, int]:
    """Penalties N1 and N3 of the lines of a packed matrix (segno's rules), on whole-matrix bit
    operations; None for N3 when two finder-like patterns are 4 or 6 modules apart in a line
    (segno's search then skips one, depending on the first: counted as segno counts it)."""
    _every, pairs, sevens, _above = _spans(width)
    same = ~(packed ^ (packed >> 1)) & pairs  # a module as its left neighbour
    windows = same & (same >> 1) & (same >> 2) & (same >> 3)  # 5 alike: one per module past 4
    n1 = windows.bit_count() + 2 * (windows & ~(windows >> 1)).bit_count()  # a run of n: n - 2
    light = ~packed
    found = (packed & (light >> 1) & (packed >> 2) & (packed >> 3) & (packed >> 4) & (light >> 5)
             & (packed >> 6) & sevens)  # 1011101 read from its last module (the lowest bit)
    if found & ((found >> 4) | (found >> 6)):
        return n1, -1
    before = (packed >> 7) | (packed >> 8) | (packed >> 9) | (packed >> 10)
    after = (packed << 1) | (packed << 2) | (packed << 3) | (packed << 4)
    return n1, 40 * (found & ~(before & after)).bit_count()


def penalty(rows: list[int], width: int, cols: list[int] | None = None) -> int:
    """The penalty score N1 + N2 + N3 + N4 of a masked symbol given as row ints (and its columns,
    when known): the sum ``segno.encoder.mask_scores`` gives for the same matrix."""
    if cols is None:
        cols = _transposed(rows, width)
    return _penalty(_packed(rows, width), _packed(cols, width), width, rows, cols)


def _penalty(packed_rows: int, packed_cols: int, width: int, rows: Callable[[], list[int]] | list[int],
             cols: Callable[[], list[int]] | list[int]) -> int:
    """``penalty`` of the packed rows and columns; ``rows`` and ``cols`` (or functions giving
    them) only for the rare N3 that needs segno's search itself."""
    _every, pairs, _sevens, above = _spans(width)
    n1r, n3r = _n1_n3(packed_rows, width)
    n1c, n3c = _n1_n3(packed_cols, width)
    if n3r < 0 or n3c < 0:
        lines = [*(rows() if callable(rows) else rows), *(cols() if callable(cols) else cols)]
        n3 = _n3("\n".join(format(v, f"0{width}b") for v in lines), width)
    else:
        n3 = n3r + n3c
    stride = width + _GUARD
    vertical = ~(packed_rows ^ (packed_rows >> stride)) & above  # as the module below
    horizontal = ~(packed_rows ^ (packed_rows >> 1)) & pairs
    n2 = (vertical & (vertical >> 1) & horizontal).bit_count()
    percent = float(packed_rows.bit_count()) / (width ** 2)  # segno scores in floats: the same mask
    n4 = 10 * int(abs(percent * 100 - 50) / 5)
    return n1r + n1c + 3 * n2 + n3 + n4


_M = _consts.ERROR_LEVEL_M
_COUNT_BITS: Any = _consts.CHAR_COUNT_INDICATOR_LENGTH[_consts.MODE_BYTE]  # by version range
_CAPACITY: Any = _consts.SYMBOL_CAPACITY  # bits, by version and level
_BLOCKS: Any = _consts.ECC  # the error correction blocks, by version and level
_PAD = (0xEC, 0x11)  # the pad codewords, alternately (ISO/IEC 18004:2015, 7.4.10)


def _byte_version(length: int) -> int | None:
    """The smallest version whose level M holds ``length`` bytes in byte mode (mode indicator,
    character count, the bytes), as segno finds it; None when none does."""
    for version in range(1, 41):
        count = _COUNT_BITS[_enc.version_range(version)]
        if _CAPACITY[version][_M] >= 4 + count + 8 * length:
            return version
    return None


def _data_codewords(data: bytes, version: int) -> list[int]:
    """The data codewords of ``data`` in byte mode at level M (7.4), as segno writes them: mode,
    count, the bytes, a terminator of up to 4 bits, zero bits to the next codeword boundary (a
    whole zero codeword when already on one, cut off at the capacity), then the pad codewords."""
    count = _COUNT_BITS[_enc.version_range(version)]
    capacity = _CAPACITY[version][_M]
    bits = ((_consts.MODE_BYTE << count) | len(data)) << 8 * len(data) | int.from_bytes(data, "big")
    length = 4 + count + 8 * len(data)
    term = min(capacity - length, 4)
    bits, length = bits << term, length + term
    fill = 8 - length % 8
    bits, length = bits << fill, length + fill
    words = list(bits.to_bytes(length // 8, "big"))[:capacity // 8]
    words += [_PAD[i % 2] for i in range(capacity // 8 - len(words))]
    return words


@functools.lru_cache(maxsize=64)
def _gen_products(errors: int) -> tuple[tuple[int, ...], ...]:
    """For each byte value c, c times the generator polynomial of ``errors`` error correction
    codewords (without its leading term), in GF(256) (segno's tables)."""
    log, exp, gen = _consts.GALIOS_LOG, _consts.GALIOS_EXP, _consts.GEN_POLY[errors]
    return ((0,) * errors, *(tuple(exp[log[c] + g] for g in gen) for c in range(1, 256)))


def _final_message(words: list[int], version: int) -> bytes:
    """Data and error correction codewords, blocks interleaved (7.5, 7.6), as segno makes them."""
    data_blocks: list[list[int]] = []
    error_blocks: list[list[int]] = []
    pos = 0
    for info in _BLOCKS[version][_M]:
        errors = info.num_total - info.num_data
        products = _gen_products(errors)
        for _ in range(info.num_blocks):
            block = words[pos:pos + info.num_data]
            pos += info.num_data
            rem = [0] * errors
            for c in block:
                rem = [a ^ b for a, b in zip(rem[1:] + [0], products[c ^ rem[0]], strict=True)]
            data_blocks.append(block)
            error_blocks.append(rem)
    out = bytearray()
    for blocks in (data_blocks, error_blocks):
        longest = max(len(b) for b in blocks)
        out += bytes(b[i] for i in range(longest) for b in blocks if i < len(b))
    return bytes(out)


@functools.lru_cache(maxsize=64)
def _placement(width: int) -> tuple[tuple[Callable[[str], tuple[str, ...]], ...],
                                    tuple[Callable[[str], tuple[str, ...]], ...], int]:
    """Where each module of the encoding region takes its bit in the final message (7.7.3, as
    segno's ``add_codewords`` places them): per row and per column, a function picking the
    line's bits from the message as a string of 0/1 (a function module: the bit past its end, a
    light one); and the number of modules of the encoding region."""
    enc, _dark, _masks, _ec, _mc = _layout(width)
    index = [[-1] * width for _ in range(width)]
    n = 0
    for right in range(width - 1, 0, -2):
        if right <= 6:
            right -= 1
        for vertical in range(width):
            for j in (right, right - 1):
                upwards = ((right & 2) == 0) ^ (j < 6)
                i = (width - 1 - vertical) if upwards else vertical
                if enc[i] >> (width - 1 - j) & 1 and index[i][j] < 0:
                    index[i][j] = n
                    n += 1
    grid = [[n if k < 0 else k for k in row] for row in index]
    rows = tuple(operator.itemgetter(*row) for row in grid)
    cols = tuple(operator.itemgetter(*col) for col in zip(*grid, strict=True))
    return rows, cols, n


def _byte_symbol(data: bytes) -> tuple[int, list[int], list[int]] | None:
    """(version, rows, columns) of the unmasked symbol of ``data`` in byte mode at level M, the
    dark function modules set, format and version areas light (as ints, the highest bit first);
    None when segno would not use byte mode or no version holds it."""
    if _enc.find_mode(data) != _consts.MODE_BYTE:
        return None
    version = _byte_version(len(data))
    if version is None:
        return None
    width = _enc.calc_matrix_size(version)
    message = _final_message(_data_codewords(data, version), version)
    pick_rows, pick_cols, modules = _placement(width)
    bits = format(int.from_bytes(message, "big"), f"0{8 * len(message)}b")
    bits = bits.ljust(modules + 1, "0")  # the remainder bits (7.6), then the function modules' bit
    _enc_rows, dark, _masks, _enc_cols, _mask_cols = _layout(width)
    rows = [int("".join(pick(bits)), 2) | d for pick, d in zip(pick_rows, dark, strict=True)]
    dark_cols = _dark_columns(width)
    cols = [int("".join(pick(bits)), 2) | d for pick, d in zip(pick_cols, dark_cols, strict=True)]
    return version, rows, cols


@functools.lru_cache(maxsize=64)
def _dark_columns(width: int) -> tuple[int, ...]:
    """The dark function modules by column."""
    return tuple(_transposed(_layout(width)[1], width))


def _segno_symbol(data: bytes) -> tuple[int, list[int], list[int]]:
    """``_byte_symbol`` made by segno (any mode): its mask-0 symbol with the mask taken off."""
    code = segno.make_qr(data, error="m", boost_error=False, mask=0)
    width = len(code.matrix)
    enc, dark, masks, _enc_cols, _mask_cols = _layout(width)
    base = [d | ((_row_int(row) ^ m0) & e)
            for row, e, d, m0 in zip(code.matrix, enc, dark, masks[0], strict=True)]
    return int(code.version), base, _transposed(base, width)


@functools.lru_cache(maxsize=1024)
def qr_rows(data: bytes) -> tuple[int, ...]:
    """The QR code of ``data`` (byte mode, error correction level M, smallest version), without
    its quiet zone: one int per row, column 0 the highest bit, a set bit dark. A byte-mode symbol
    is made here (``_byte_symbol``: segno's codewords and placement on whole rows), any other by
    segno; the mask is chosen here."""
    version, base, base_cols = _byte_symbol(data) or _segno_symbol(data)
    width = len(base)
    enc, dark, masks, enc_cols, mask_cols = _layout(width)
    packed_rows, packed_cols = _packed(base, width), _packed(base_cols, width)
    best, best_score = 0, -1
    for k, (row_mask, col_mask) in enumerate(_packed_masks(width)):
        def rows(k: int = k) -> list[int]:
            return [b ^ (m & e) for b, m, e in zip(base, masks[k], enc, strict=True)]

        def cols(k: int = k) -> list[int]:
            return [b ^ (m & e) for b, m, e in zip(base_cols, mask_cols[k], enc_cols, strict=True)]

        score = _penalty(packed_rows ^ row_mask, packed_cols ^ col_mask, width, rows, cols)
        if best_score < 0 or score < best_score:  # the first lowest, as segno
            best, best_score = k, score
    best_rows = [b ^ (m & e) for b, m, e in zip(base, masks[best], enc, strict=True)]
    matrix = tuple(bytearray(format(r, f"0{width}b").encode().translate(_FROM_TEXT)) for r in best_rows)
    _enc.add_format_info(matrix, version, _consts.ERROR_MAPPING["M"], best)
    _enc.add_version_info(matrix, version)
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
