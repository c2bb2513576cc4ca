"""Moved: the fines are a step of the computation, ``wage_remedy/compute/fines.py``
(docs/method.md, Fines). This module only keeps older imports working."""

from wage_remedy.compute.fines import *  # noqa: F403
from wage_remedy.compute.fines import Range, Sanctions, compute_sanctions, sanctions_to_json

__all__ = ["Range", "Sanctions", "compute_sanctions", "sanctions_to_json"]
