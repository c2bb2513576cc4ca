"""The wage-remedy desktop app (PySide6): edits a case and shows what the core computes.

Nothing in ``ui`` holds a legal rule: amounts, rates and fines come from ``wage_remedy``.
"""
