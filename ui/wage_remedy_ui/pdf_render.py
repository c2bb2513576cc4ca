"""Render PDF pages to images for the in-app preview and for printing.

PySide6-Essentials has no QtPdf, so pages are rendered with ``pypdfium2`` (a PyPI wheel that
bundles PDFium: works on Windows and in the frozen app) when it is installed, else with poppler's
``pdftoppm``; without either the preview falls back to the PDF's text (``pypdf``) or a message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from wage_remedy.errors import WageRemedyError


class RenderError(WageRemedyError):
    """Pages cannot be rendered (no renderer, unreadable file)."""


def _pdfium() -> Any:
    try:
        import pypdfium2
    except ImportError:
        return None
    return pypdfium2


def renderer_available() -> bool:
    """True when pages can be rendered (``pypdfium2`` installed or ``pdftoppm`` on the PATH)."""
    return _pdfium() is not None or shutil.which("pdftoppm") is not None


def render_pages(pdf: str | Path, dpi: int = 80, first: int | None = None,
                 last: int | None = None) -> list[QImage]:
    """The pages of ``pdf`` (``first`` to ``last``, counted from 1) as images at ``dpi``."""
    pdfium = _pdfium()
    if pdfium is not None:
        return _render_pdfium(pdfium, pdf, dpi, first, last)
    return _render_pdftoppm(pdf, dpi, first, last)


def _render_pdfium(pdfium: Any, pdf: str | Path, dpi: int, first: int | None,
                   last: int | None) -> list[QImage]:
    try:
        doc = pdfium.PdfDocument(str(pdf))
    except Exception as exc:  # noqa: BLE001 - PdfiumError or OSError: an unreadable file
        raise RenderError(f"cannot read {Path(pdf).name}: {exc}") from None
    try:
        n = len(doc)
        images = []
        for i in range((first or 1) - 1, min(n, last or n)):
            page = doc[i]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
                img = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                             QImage.Format.Format_RGBX8888)
                images.append(img.copy())  # the QImage must own its pixels
                bitmap.close()
            finally:
                page.close()
        return images
    finally:
        doc.close()


def _render_pdftoppm(pdf: str | Path, dpi: int, first: int | None,
                     last: int | None) -> list[QImage]:
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RenderError("no PDF renderer: install pypdfium2 (or poppler's pdftoppm)")
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
    return print_pdfs([pdf], printer)


def page_count(pdfs: list[str | Path] | list[Path]) -> int:
    """The number of pages of the PDFs (pypdf)."""
    from pypdf import PdfReader
    return sum(len(PdfReader(str(p)).pages) for p in pdfs)


def merge_pdfs(pdfs: list[str | Path] | list[Path], target: str | Path) -> int:
    """Write the pages of the PDFs, in order, into one PDF at ``target`` (vector: the pages
    themselves, no rendering); the page count."""
    from pypdf import PdfWriter
    writer = PdfWriter()
    for p in pdfs:
        writer.append(str(p))
    tmp = Path(str(target) + ".part")
    with open(tmp, "wb") as fh:
        writer.write(fh)
    tmp.replace(target)
    return page_count(pdfs)


def lp_command(printer_name: str, copies: int, duplex: QPrinter.DuplexMode,
               pdfs: list[str | Path] | list[Path], title: str) -> list[str]:
    """The CUPS command that sends the PDFs themselves to a printer (vector, one job)."""
    cmd = ["lp", "-d", printer_name, "-n", str(max(1, copies)), "-t", title]
    sides = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
             QPrinter.DuplexMode.DuplexNone: "one-sided"}.get(duplex)
    if sides:
        cmd += ["-o", f"sides={sides}"]
    return cmd + ["--", *(str(p) for p in pdfs)]


def print_pdfs(pdfs: list[str | Path] | list[Path], printer: QPrinter) -> int:
    """Print every page of each PDF, in order, as one job on ``printer``; the page count.

    Vector wherever Qt lets us: "print to file" writes the PDFs' own pages into the file; on
    Linux and macOS the PDFs go to the printer through CUPS (``lp``), which prints PDF natively.
    Only where neither is possible (Windows: Qt has no PDF painter without QtPdf) are the pages
    rendered at the printer's resolution (up to 600 dpi) and painted.
    """
    if not pdfs:
        return 0
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return merge_pdfs(pdfs, printer.outputFileName())
    lp = shutil.which("lp")
    if sys.platform != "win32" and lp is not None and printer.printerName():
        cmd = lp_command(printer.printerName(), printer.copyCount(), printer.duplex(), pdfs,
                         printer.docName() or Path(str(pdfs[0])).stem)
        cmd[0] = lp
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if proc.returncode != 0:
            raise RenderError(proc.stderr.strip() or f"lp failed ({proc.returncode})")
        return page_count(pdfs)
    return _print_raster(pdfs, printer)


def _print_raster(pdfs: list[str | Path] | list[Path], printer: QPrinter) -> int:
    """The fallback: pages rendered at the printer's resolution and painted, as one job.

    The first document is rendered before the printer is opened (an unreadable file prints
    nothing); the others one at a time, so memory holds one document's pages at most.
    """
    dpi = max(150, min(600, printer.resolution()))
    pages = render_pages(pdfs[0], dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise RenderError("the printer cannot be opened")
    count = 0
    try:
        for n, pdf in enumerate(pdfs):
            if n:
                pages = render_pages(pdf, dpi)
            for img in pages:
                if count:
                    printer.newPage()
                area = painter.viewport()
                size = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x() + (area.width() - size.width()) // 2, area.y(),
                               size.width(), size.height())
                painter.drawImage(target, img)
                count += 1
    finally:
        painter.end()
    return count
