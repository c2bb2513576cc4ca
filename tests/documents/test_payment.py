"""Bank payment data: Belgian structured communication, IBAN check, EPC QR payload."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wage_remedy.documents.payment import (
    IbanError,
    check_iban,
    epc_payload,
    format_iban,
    structured_communication,
    structured_communication_ok,
)


def test_structured_communication_check_digits_by_hand() -> None:
    # 1234567890 = 97 x 12727504 + 2 -> check digits 02
    assert structured_communication_ok("+++123/4567/89002+++")
    assert not structured_communication_ok("+++123/4567/89003+++")
    # a base divisible by 97 takes 97 as check digits, never 00
    assert structured_communication_ok("+++000/0000/09797+++")
    assert not structured_communication_ok("+++000/0000/09700+++")
    assert not structured_communication_ok("123/4567/89002")


def test_structured_communication_is_derived_and_valid() -> None:
    a = structured_communication("TSW-2025-0142", "TSW-2025-0142/PO-001", "w1")
    assert a == structured_communication("TSW-2025-0142", "TSW-2025-0142/PO-001", "w1")
    assert a != structured_communication("TSW-2025-0142", "TSW-2025-0142/PO-002", "w1")
    assert a != structured_communication("TSW-2025-0142", "TSW-2025-0142/PO-001", "w2")
    for n in range(200):
        comm = structured_communication("REF", f"REF/PO-{n:03d}", "w1")
        assert structured_communication_ok(comm), comm
        digits = comm.strip("+").replace("/", "")
        assert int(digits[10:]) == (int(digits[:10]) % 97 or 97)


def test_iban_is_checked_and_formatted() -> None:
    assert check_iban("BE71 0961 2345 6769") == "BE71096123456769"
    assert format_iban("BE71096123456769") == "BE71 0961 2345 6769"
    with pytest.raises(IbanError, match="check digits do not match"):
        check_iban("BE72096123456769")
    with pytest.raises(IbanError, match="not a valid IBAN"):
        check_iban("hello")


def test_epc_payload_layout() -> None:
    payload = epc_payload(name="Łukasz Wróbel", iban="BE71 0961 2345 6769",
                          amount=Decimal("1063.31"), text="+++123/4567/89002+++")
    assert payload == ("BCD\n002\n1\nSCT\n\nŁukasz Wróbel\nBE71096123456769\nEUR1063.31\nSALA\n\n"
                       "+++123/4567/89002+++")
    assert len(payload.encode("utf-8")) <= 331


def test_epc_payload_refuses_bad_amounts_and_ibans() -> None:
    with pytest.raises(ValueError, match="between 0.01"):
        epc_payload(name="A", iban="BE71096123456769", amount=Decimal("0"), text="x")
    with pytest.raises(IbanError):
        epc_payload(name="A", iban="BE00096123456769", amount=Decimal("1"), text="x")
