"""Render PDF pages to images for the in-app preview and for printing.

PySide6-Essentials has no QtPdf, so pages are rendered with poppler's ``pdftoppm`` when it is
installed; without it the preview falls back to the PDF's text (``pypdf``) or a message.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


class RenderError(Exception):
    """Pages cannot be rendered (no renderer, unreadable file)."""


def renderer_available() -> bool:
    """True when ``pdftoppm`` is on the PATH."""
    return shutil.which("pdftoppm") is not None


def render_pages(pdf: str | Path, dpi: int = 80, first: int | None = None,
                 last: int | None = None) -> list[QImage]:
    """The pages of ``pdf`` as images at ``dpi``."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RenderError("pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory(prefix="wage-remedy-preview-") as tmp:
        cmd = [exe, "-r", str(dpi), "-png"]
        if first is not None:
            cmd += ["-f", str(first)]
        if last is not None:
            cmd += ["-l", str(last)]
        cmd += [str(pdf), str(Path(tmp) / "page")]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if proc.returncode != 0:
            raise RenderError(proc.stderr.strip() or f"pdftoppm failed ({proc.returncode})")
        images = []
        for png in sorted(Path(tmp).glob("page*.png"), key=lambda p: int(p.stem.split("-")[-1])):
            img = QImage(str(png))
            if img.isNull():
                raise RenderError(f"cannot read the rendered page {png.name}")
            images.append(img.copy())
        return images


def pdf_text(pdf: str | Path) -> str:
    """The text of a PDF (fallback preview); empty when pypdf is not installed."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return ""
    reader = PdfReader(str(pdf))
    return "\n\f\n".join((page.extract_text() or "") for page in reader.pages)


def print_pdf(pdf: str | Path, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``, each scaled to the page; the page count."""
    dpi = max(150, min(300, printer.resolution()))
    pages = render_pages(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise RenderError("the printer cannot be opened")
    try:
        for i, img in enumerate(pages):
            if i:
                printer.newPage()
            area = painter.viewport()
            size = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x() + (area.width() - size.width()) // 2, area.y(), size.width(),
                           size.height())
            painter.drawImage(target, img)
    finally:
        painter.end()
    return len(pages)
