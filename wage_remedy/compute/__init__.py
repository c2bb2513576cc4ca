"""The back-pay computation (docs/method.md)."""

from wage_remedy.compute.backpay import compute, inputs_digest
from wage_remedy.compute.result import Result, result_to_json

__all__ = ["compute", "inputs_digest", "Result", "result_to_json"]
