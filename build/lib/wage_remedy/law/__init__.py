"""Legal rates: load and validate ``rates/`` YAML tables, look values up by date."""

from wage_remedy.law.catalogue import Catalogue, LookupError_, RateValue, load_catalogue
from wage_remedy.law.loader import RateFileError, RateProblem

__all__ = ["Catalogue", "LookupError_", "RateValue", "load_catalogue", "RateFileError", "RateProblem"]
