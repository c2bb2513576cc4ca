"""Bank payment data: IBAN check, Belgian structured communication, EPC (SEPA) QR payload."""

from __future__ import annotations

import functools
import hashlib
import re
from decimal import Decimal

from stdnum import iban as _iban
from stdnum.be import ogm_vcs
from stdnum.exceptions import ValidationError

from wage_remedy.errors import WageRemedyError
from wage_remedy.money import CENT

EPC_MAX_NAME = 70
EPC_MAX_TEXT = 140
EPC_MAX_AMOUNT = Decimal("999999999.99")
_COMM_RE = re.compile(r"^\+\+\+(\d{3})/(\d{4})/(\d{5})\+\+\+$")


class IbanError(WageRemedyError, ValueError):
    """An IBAN is not valid; the message says why."""


@functools.lru_cache(maxsize=4096)
def check_iban(value: str) -> str:
    """The IBAN in compact form (no spaces, upper case); ``IbanError`` says what is wrong.
    Remembered per text (a run checks each worker's IBAN three times)."""
    try:
        return str(_iban.validate(value))
    except ValidationError as exc:
        reason = {
            "InvalidChecksum": "its check digits do not match (a character is mistyped)",
            "InvalidLength": "it has the wrong length for its country",
            "InvalidFormat": "it is not in IBAN format (2 letters, 2 check digits, then the account)",
            "InvalidComponent": "its country code or account part is not valid",
        }.get(type(exc).__name__, str(exc))
        raise IbanError(f"{value!r} is not a valid IBAN: {reason}") from None


def format_iban(value: str) -> str:
    """The IBAN in groups of four characters, for print."""
    return str(_iban.format(value))


def structured_communication(reference: str, number: str, worker: str) -> str:
    """Belgian structured communication ``+++123/4567/89002+++`` for a payment order.

    The 10 base digits are derived from the case reference, the document number and the worker id
    (same inputs, same communication); the check digits and the layout are python-stdnum's
    (``stdnum.be.ogm_vcs``: the base mod 97, 97 when it is 0).
    """
    seed = hashlib.sha256(f"{reference}|{number}|{worker}".encode()).digest()
    base = f"{int.from_bytes(seed[:8], 'big') % 10**10:010d}"
    return f"+++{ogm_vcs.format(base + ogm_vcs.calc_check_digits(base))}+++"


def structured_communication_ok(text: str) -> bool:
    """Whether ``text`` is a structured communication written ``+++xxx/xxxx/xxxxx+++`` whose check
    digits are right."""
    value = text.strip()
    return bool(_COMM_RE.match(value)) and ogm_vcs.is_valid(value)


def epc_payload(*, name: str, iban: str, amount: Decimal, text: str, bic: str = "",
                purpose: str = "SALA") -> str:
    """EPC069-12 (version 002, UTF-8) SEPA credit-transfer payload.

    The remittance goes in the unstructured field: the Belgian structured communication is not an
    ISO 11649 creditor reference, which is all the structured field allows.
    """
    compact = check_iban(iban)
    value = amount.quantize(CENT)
    if not (CENT <= value <= EPC_MAX_AMOUNT):
        raise ValueError(f"an EPC transfer amount is between 0.01 and {EPC_MAX_AMOUNT}, got {value}")
    beneficiary = " ".join(name.split())  # one line: a line break would shift every later field
    if not beneficiary:
        raise ValueError("the beneficiary's name is empty; an EPC transfer needs a name")
    lines = [
        "BCD", "002", "1", "SCT", bic, beneficiary[:EPC_MAX_NAME], compact,
        f"EUR{format(value, 'f')}", purpose, "", text[:EPC_MAX_TEXT],
    ]
    return "\n".join(lines)
