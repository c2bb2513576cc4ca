"""wage-remedy: the domain core (rates, hours, pay, computation, sanctions, documents, CLI).

This package never imports Qt or the ``ui`` package.
"""

__version__ = "0.1.0"
