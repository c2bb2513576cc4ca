"""The documents' QR codes (documents/qr.py): segno's own symbol bit for bit, only its mask found
faster. The reference is segno.make_qr on the same bytes with the same settings (error
correction level M, not raised), which scores the masks module by module."""

from __future__ import annotations

import random

import segno
from segno import encoder

from wage_remedy.documents.qr import _row_int, penalty, qr_rows

EPC = ("BCD\n002\n1\nSCT\n\nŁukasz Wróbel\nBE71096123456769\nEUR1063.31\nSALA\n\n"
       "+++090/9337/55493+++").encode()


def _segno_rows(data: bytes) -> tuple[int, ...]:
    code = segno.make_qr(data, error="m", boost_error=False)
    return tuple(_row_int(row) for row in code.matrix)


def test_the_symbol_is_segnos_for_many_payloads() -> None:
    rng = random.Random(13)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789|/-+ \nŁóéИв€"
    payloads = [EPC, b"wage-remedy|TSW-2025-0142/PO-003|68D5C-7D8F4-16E01-5A841", b"x"]
    payloads += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 500))).encode()
                 for _ in range(120)]
    for data in payloads:
        assert qr_rows(data) == _segno_rows(data), data


def test_error_correction_m_and_byte_mode_as_before() -> None:
    code = segno.make_qr(EPC, error="m", boost_error=False)
    assert code.error == "M" and code.mode == "byte"
    assert len(qr_rows(EPC)) == len(code.matrix)


def test_penalty_is_segnos_on_random_matrices() -> None:
    rng = random.Random(7)
    for _ in range(150):
        width = rng.choice([21, 25, 29, 45, 57])
        dark = rng.random()
        matrix = tuple(bytearray(int(rng.random() < dark) for _ in range(width)) for _ in range(width))
        assert penalty([_row_int(r) for r in matrix], width) == sum(encoder.mask_scores(matrix, width, width))


def test_penalty_is_segnos_where_finder_like_patterns_overlap() -> None:
    # 1011101 patterns 4 and 6 modules apart in a line: segno's search skips some, depending on
    # the ones before (the slow path); elsewhere light margins of 4 modules count them
    rng = random.Random(11)
    pieces = ["1011101", "0000", "1011101011101", "10111010111010", "101110111101", "1111", "0"]
    for _ in range(200):
        width = rng.choice([21, 25, 29, 33])
        lines = []
        for _row in range(width):
            line = "".join(rng.choice(pieces) for _ in range(width))[:width]
            lines.append(line if rng.random() < 0.7 else line[::-1])
        matrix = tuple(bytearray(int(c) for c in line) for line in lines)
        assert penalty([_row_int(r) for r in matrix], width) == sum(encoder.mask_scores(matrix, width, width))
