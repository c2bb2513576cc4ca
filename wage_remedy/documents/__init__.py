"""Payment documents (PDF): payment order, cash receipt, calculation statement, fines sheet.

``issue.issue_document`` / ``issue.issue_all`` write and record them; ``verify.verify_pdf`` proves
that a PDF matches its case. This module stays light (no reportlab import) so that the CLI can
import ``DocumentError`` cheaply.
"""

from __future__ import annotations

from wage_remedy.errors import WageRemedyError

KINDS: tuple[str, ...] = ("payment-order", "receipt", "statement", "fines")
WORKER_KINDS: tuple[str, ...] = ("payment-order", "receipt")


class DocumentError(WageRemedyError):
    """A document cannot be issued or verified (bad request, existing file, unknown worker...).

    ``code`` is stable (``owed-nothing``; ``invalid`` for the others) and ``params`` hold the
    figures a presenter words it from; the message is the default English text.
    """

    def __init__(self, message: str, code: str = "invalid", params: dict[str, str] | None = None):
        super().__init__(message)
        self.code = code
        self.params: dict[str, str] = dict(params or {})


__all__ = ["KINDS", "WORKER_KINDS", "DocumentError"]
