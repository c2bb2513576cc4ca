"""documents/qr.py makes byte-mode symbols itself (codewords, error correction, placement):
segno's symbol bit for bit at every version, on each side of every version's capacity (where
the terminator and the padding differ), and segno's own for data segno does not encode in byte
mode (digits, upper-case letters)."""

from __future__ import annotations

import random

import segno
from segno import consts, encoder

from wage_remedy.documents.qr import _byte_symbol, _row_int, qr_rows


def _segno_rows(data: bytes) -> tuple[int, ...]:
    code = segno.make_qr(data, error="m", boost_error=False)
    return tuple(_row_int(row) for row in code.matrix)


def _capacity_bytes(version: int) -> int:
    count = consts.CHAR_COUNT_INDICATOR_LENGTH[consts.MODE_BYTE][encoder.version_range(version)]
    return (consts.SYMBOL_CAPACITY[version][consts.ERROR_LEVEL_M] - 4 - count) // 8


def test_every_version_and_capacity_edge_is_segnos() -> None:
    rng = random.Random(5)
    lengths = {1, 2, 3}
    for version in range(1, 41):
        top = _capacity_bytes(version)
        lengths |= {top - 1, top, top + 1}
    for n in sorted(x for x in lengths if 0 < x <= _capacity_bytes(40)):
        data = bytes(rng.choice(b"abcxyz|-\n\xc5\x81") for _ in range(n))
        assert qr_rows(data) == _segno_rows(data), n


def test_other_modes_are_left_to_segno() -> None:
    for data in (b"0123456789", b"HELLO WORLD 42", b"7"):
        assert _byte_symbol(data) is None
        assert qr_rows(data) == _segno_rows(data)
