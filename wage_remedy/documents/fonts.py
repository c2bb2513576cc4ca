"""The DejaVu fonts shipped with the program, registered with reportlab and embedded in every PDF.

They cover Latin Extended, Greek and Cyrillic, so names such as Łukasz Wróbel, Ștefan Dumitrescu
or Иван Петров print the same on any machine.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    makeToUnicodeCMap,
)

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


@dataclass(frozen=True)
class _Subset:
    """What a PDF embeds for one font subset, made once: the glyph widths (formatted), the
    ToUnicode map and the subset font file (both deflated)."""

    widths: bytes
    cmap: bytes
    font_file: bytes
    font_length: int


def _deflated(content: bytes, length: int | None = None) -> pdfdoc.PDFStream:
    """A stream of already deflated ``content`` (reportlab applies no filter when "Filter" is
    set); ``length`` is the uncompressed length of a font file (``Length1``)."""
    stream = pdfdoc.PDFStream(content=content)
    if length is not None:
        stream.dictionary["Length1"] = length
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
    return stream


class _Font(TTFont):
    """A TrueType font whose embedded subsets are made and compressed once per set of characters.

    reportlab subsets, deflates and formats every font afresh in every PDF (some 10 ms of a
    one-page paper for five fonts); the 200 papers of a case embed the same few subsets, byte for
    byte. Same subset, same bytes, so documents stay identical. ``addObjects`` is reportlab's
    (``TTFont.addObjects`` and ``TTFontFace.addSubsetObjects``, reportlab 4), the pieces cached.
    """

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename)
        self._subsets: dict[tuple[int, tuple[int, ...]], _Subset] = {}

    def _subset(self, n: int, subset: list[int], base_name: str, doc: Any) -> _Subset:
        key = (n, tuple(subset))
        found = self._subsets.get(key)
        if found is None:
            face = self.face
            raw = face.makeSubset(subset)
            found = _Subset(
                widths=pdfdoc.PDFArray([face.getCharWidth(c) for c in subset]).format(doc),
                cmap=zlib.compress(makeToUnicodeCMap(base_name, subset).encode("utf-8")),
                font_file=zlib.compress(raw), font_length=len(raw))
            if len(self._subsets) >= _CACHE_MAX:
                self._subsets.clear()
            self._subsets[key] = found
        return found

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab API
        if not doc.compression:  # uncompressed PDFs (never made here): reportlab's own
            super().addObjects(doc)
            return
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        face = self.face
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            made = self._subset(n, subset, base_name, doc)
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = made.widths
            font.ToUnicode = doc.Reference(_deflated(made.cmap), "toUnicodeCMap:" + base_name)
            file_ref = doc.Reference(_deflated(made.font_file, made.font_length),
                                     f"fontFile:{face.filename}({base_name})")
            font.FontDescriptor = doc.Reference(pdfdoc.PDFDictionary({
                "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
                "Descent": face.descent, "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(face.bbox), "FontName": pdfdoc.PDFName(base_name),
                "ItalicAngle": face.italicAngle, "StemV": face.stemV, "FontFile2": file_ref,
                "MissingWidth": face.defaultWidth,
            }), "fontDescriptor:" + base_name)
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]


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
        pdfmetrics.registerFont(_Font(name, str(path)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(COND, normal=COND, bold=COND_BOLD, italic=COND, boldItalic=COND_BOLD)
    _registered = True
