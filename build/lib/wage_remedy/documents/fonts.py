"""The DejaVu fonts shipped with the program, registered with reportlab and embedded in every PDF.

They cover Latin Extended, Greek and Cyrillic, so names such as Łukasz Wróbel, Ștefan Dumitrescu
or Иван Петров print the same on any machine.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "WR-Sans"
SANS_BOLD = "WR-Sans-Bold"
COND = "WR-Cond"
COND_BOLD = "WR-Cond-Bold"
MONO = "WR-Mono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}
_registered = False


def font_path(file_name: str) -> Path:
    """Path of a bundled font file (works from a checkout, a wheel and a frozen app)."""
    return Path(str(resources.files("wage_remedy.documents").joinpath("fonts", file_name)))


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    global _registered
    if _registered:
        return
    for name, file_name in _FILES.items():
        path = font_path(file_name)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font {file_name} is missing ({path}); reinstall the program")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(COND, normal=COND, bold=COND_BOLD, italic=COND, boldItalic=COND_BOLD)
    _registered = True
