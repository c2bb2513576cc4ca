"""The DejaVu fonts shipped with the program, registered with reportlab and embedded in every PDF.

They cover Latin Extended, Greek and Cyrillic, so names such as Łukasz Wróbel, Ștefan Dumitrescu
or Иван Петров print the same on any machine.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
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


_MARK = re.compile(rb"99999990(\d) 0 R")  # a reference in a template (``_template``)


@dataclass(frozen=True)
class _Subset:
    """What a PDF embeds for one font subset, made and formatted once: the font dictionary and
    its descriptor (references left open: ``_Formatted``), the ToUnicode map and the subset font
    file (deflated streams)."""

    font: tuple[tuple[bytes, ...], tuple[int, ...]]
    descriptor: tuple[tuple[bytes, ...], tuple[int, ...]]
    cmap: bytes
    font_file: bytes


class _Formatted(pdfdoc.PDFObject):
    """A PDF object formatted once: its bytes, with this document's references put in."""

    __RefOnly__ = 1

    def __init__(self, made: tuple[tuple[bytes, ...], tuple[int, ...]], refs: Sequence[Any] = ()):
        self.parts, order = made
        self.refs = [refs[i] for i in order]

    def format(self, document: Any) -> bytes:
        parts = self.parts
        if not self.refs:
            return parts[0]
        out = [parts[0]]
        for ref, part in zip(self.refs, parts[1:], strict=True):
            out += (ref.format(document), part)
        return b"".join(out)


def _template(obj: Any, doc: Any) -> tuple[tuple[bytes, ...], tuple[int, ...]]:
    """``obj`` formatted as reportlab formats it, split at its references (objects named
    ``_ref0``, ``_ref1``, numbered 999999900 and up in ``doc``): the pieces between them and
    which reference comes where."""
    pieces = _MARK.split(obj.format(doc))
    return tuple(pieces[0::2]), tuple(int(i) for i in pieces[1::2])


def _scratch() -> tuple[Any, list[Any]]:
    """A document formatting templates, with two references to leave open."""
    doc = pdfdoc.PDFDocument(invariant=1)
    for i in range(2):
        doc.idToObjectNumberAndVersion[f"_ref{i}"] = (999999900 + i, 0)
    return doc, [pdfdoc.PDFObjectReference(f"_ref{i}") for i in range(2)]


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
        self._subsets: dict[tuple[int, tuple[int, ...], str], _Subset] = {}

    def _subset(self, n: int, subset: list[int], base_name: str, internal: str) -> _Subset:
        key = (n, tuple(subset), internal)
        found = self._subsets.get(key)
        if found is None:
            found = self._make(subset, base_name, internal)
            if len(self._subsets) >= _CACHE_MAX:
                self._subsets.clear()
            self._subsets[key] = found
        return found

    def _make(self, subset: list[int], base_name: str, internal: str) -> _Subset:
        """The objects of one subset, formatted (as ``addObjects`` made them one by one)."""
        face = self.face
        scratch, (first, second) = _scratch()
        raw = face.makeSubset(subset)
        font = pdfdoc.PDFTrueTypeFont()
        font.Name = internal
        font.BaseFont = base_name
        font.FirstChar = 0
        font.LastChar = len(subset) - 1
        font.Widths = pdfdoc.PDFArray([face.getCharWidth(c) for c in subset]).format(scratch)
        font.ToUnicode = first
        font.FontDescriptor = second
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
            "Descent": face.descent, "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox), "FontName": pdfdoc.PDFName(base_name),
            "ItalicAngle": face.italicAngle, "StemV": face.stemV, "FontFile2": first,
            "MissingWidth": face.defaultWidth,
        })
        cmap = _deflated(zlib.compress(makeToUnicodeCMap(base_name, subset).encode("utf-8")))
        return _Subset(font=_template(font, scratch), descriptor=_template(descriptor, scratch),
                       cmap=cmap.format(scratch),
                       font_file=_deflated(zlib.compress(raw), len(raw)).format(scratch))

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab API
        if not doc.compression or type(doc.encrypt) is not pdfdoc.NoEncryption:  # never made here
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
            made = self._subset(n, subset, base_name, internal)
            unicode_ref = doc.Reference(_Formatted(((made.cmap,), ())), "toUnicodeCMap:" + base_name)
            file_ref = doc.Reference(_Formatted(((made.font_file,), ())),
                                     f"fontFile:{face.filename}({base_name})")
            descriptor_ref = doc.Reference(_Formatted(made.descriptor, [file_ref]),
                                           "fontDescriptor:" + base_name)
            font = _Formatted(made.font, [unicode_ref, descriptor_ref])
            font.__Comment__ = f"Font {self.fontName} subset {n}"
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
