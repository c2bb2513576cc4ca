"""The DejaVu fonts shipped with the program, registered with reportlab and embedded in every PDF.

They cover Latin Extended, Greek and Cyrillic, so names such as Łukasz Wróbel, Ștefan Dumitrescu
or Иван Петров print the same on any machine.
"""

from __future__ import annotations

import zlib
from importlib import resources
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, TTFontFace

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
_CACHE_MAX = 64  # subsets kept per font (a case's papers use a handful)


class _CachedFace(TTFontFace):
    """A font face whose embedded subsets are made and compressed once per set of characters.

    reportlab subsets and deflates every font afresh in every PDF (7 ms of a one-page paper for
    five fonts); the 200 papers of a case embed the same few subsets, byte for byte. Same
    subset, same bytes: documents stay identical. Otherwise as ``TTFontFace.addSubsetObjects``.
    """

    _files: dict[tuple[int, ...], tuple[bytes, int]]

    def subset_file(self, subset: list[int]) -> tuple[bytes, int]:
        """(the subset font file compressed, its length uncompressed)."""
        key = tuple(subset)
        cache = self.__dict__.setdefault("_files", {})
        found = cache.get(key)
        if found is None:
            raw = self.makeSubset(subset)
            found = (zlib.compress(raw), len(raw))
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            cache[key] = found
        return found

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:  # noqa: N802
        font_file = pdfdoc.PDFStream()
        packed, length = self.subset_file(subset)
        if doc.compression:  # already deflated: reportlab applies no filter when "Filter" is set
            font_file.content = packed
            font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
        else:
            font_file.content = zlib.decompress(packed)
        font_file.dictionary["Length1"] = length
        ref = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        flags = (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        return doc.Reference(pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": self.ascent, "CapHeight": self.capHeight,
            "Descent": self.descent, "Flags": flags, "FontBBox": pdfdoc.PDFArray(self.bbox),
            "FontName": pdfdoc.PDFName(fontname), "ItalicAngle": self.italicAngle,
            "StemV": self.stemV, "FontFile2": ref, "MissingWidth": self.defaultWidth,
        }), "fontDescriptor:" + fontname)


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
        font = TTFont(name, str(path))
        font.face.__class__ = _CachedFace  # same face, subsets made once (see _CachedFace)
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(COND, normal=COND, bold=COND_BOLD, italic=COND, boldItalic=COND_BOLD)
    _registered = True
