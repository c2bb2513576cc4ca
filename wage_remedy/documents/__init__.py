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
    """A document cannot be issued or verified (bad request, existing file, unknown worker...)."""


__all__ = ["KINDS", "WORKER_KINDS", "DocumentError"]
