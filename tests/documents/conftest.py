"""Small cases worked out by hand, and helpers to read PDFs back (text, images, QR codes).

The base case (Belgium, national minimum, 2025; as of 2025-06-30):
- national minimum from 2025-02-01: 2111.89 a month -> 2111.89 x 3 / 13 / 38 = 12.8252 an hour;
- March 2025 is due on the 4th working day after 31 March: Friday 4 April; interest runs from
  5 April to 30 June inclusive: 26 + 31 + 30 = 87 days, at the 2025 legal rate of 4.50 %.
- w1 Łukasz Wróbel: 20 weekdays (3-28 March) x 8 h = 160 h x 12.8252 = 2052.03 due, 1000.00 paid,
  1052.03 unpaid; interest 1052.03 x 4.5 % x 87 / 365 = 11.2841 -> 11.28; owed now 1063.31.
- w2 Ștefan Dumitrescu (no IBAN): 10 weekdays (3-14 March) x 8 h = 80 h x 12.8252 = 1026.02 due,
  nothing paid; interest 1026.02 x 4.5 % x 87 / 365 = 11.0051 -> 11.01; owed now 1037.03.
- w3 Иван Петров: 5 weekdays (3-7 March) x 8 h = 40 h x 12.8252 = 513.01 due, 500.00 paid,
  13.01 unpaid; interest 13.01 x 4.5 % x 87 / 365 = 0.1395 -> 0.14; owed now 13.15.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

IBAN_W1 = "BE71096123456769"
IBAN_W3 = "NL91ABNA0417164300"


def weekdays(first: dt.date, last: dt.date) -> list[dt.date]:
    days = []
    d = first
    while d <= last:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def shifts(days: list[dt.date], start: str = "09:00", end: str = "17:00") -> list[dict[str, Any]]:
    return [{"date": d.isoformat(), "start": start, "end": end} for d in days]


def base_case() -> dict[str, Any]:
    """Three workers on the national minimum in March 2025 (figures in the module docstring)."""
    march = dt.date(2025, 3, 3)
    return {
        "format": "wage-remedy-case", "version": 1, "reference": "TEST-2025-0007",
        "jurisdiction": "BE", "as_of": "2025-06-30",
        "employer": {"name": "Bistro Test BV", "enterprise_number": "0403.170.701",
                     "address": "Korenlei 1, 9000 Gent"},
        "inspection": {"date": "2025-06-30", "place": "Gent", "inspector": "A. Peeters"},
        "settings": {"regularisation_deadline": "2025-07-14"},
        "workers": [
            {"id": "w1", "name": "Łukasz Wróbel", "birth_date": "1990-01-01", "language": "pl",
             "iban": IBAN_W1, "employment": {"start": "2024-01-01"},
             "shifts": shifts(weekdays(march, dt.date(2025, 3, 28))),
             "payments": [{"date": "2025-03-31", "amount": "1000.00", "for": "2025-03"}]},
            {"id": "w2", "name": "Ștefan Dumitrescu", "birth_date": "1991-02-02", "language": "ro",
             "employment": {"start": "2024-01-01"},
             "shifts": shifts(weekdays(march, dt.date(2025, 3, 14)))},
            {"id": "w3", "name": "Иван Петров", "birth_date": "1989-03-03", "language": "uk",
             "iban": IBAN_W3, "employment": {"start": "2024-01-01"},
             "shifts": shifts(weekdays(march, dt.date(2025, 3, 7))),
             "payments": [{"date": "2025-03-31", "amount": "500.00", "for": "2025-03"}]},
        ],
    }


def write_case(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.fixture
def case_data() -> dict[str, Any]:
    return base_case()


@pytest.fixture
def case_file(tmp_path: Path, case_data: dict[str, Any]) -> Path:
    return write_case(tmp_path / "case.json", case_data)


# ------------------------------------------------------------------------------------ reading PDFs
def flat(text: str) -> str:
    """Text with every kind of space (narrow no-break, no-break) as one plain space."""
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def pdf_pages(data: bytes) -> list[str]:
    """Extracted text of each page (pypdf), spaces normalised."""
    import io

    from pypdf import PdfReader
    return [flat(p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return " ".join(pdf_pages(data))


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (poppler-utils / zbar-tools)")
    return path


def render_png(pdf: Path, out_prefix: Path, page: int = 1, dpi: int = 150) -> Path:
    """Render one page with pdftoppm and return the PNG path."""
    need_tool("pdftoppm")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    str(pdf), str(out_prefix)], check=True)
    found = sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))
    assert found, "pdftoppm wrote no image"
    return found[-1]


def decode_qr(png: Path) -> list[bytes]:
    """The raw bytes of every QR code in an image.

    pyzbar finds the codes; each is then cropped and decoded again by zbarimg in binary mode,
    because zbar otherwise guesses a character set for non-ASCII text (UTF-8 names).
    """
    from PIL import Image
    from pyzbar.pyzbar import ZBarSymbol, decode

    image = Image.open(png)
    out = []
    zbarimg = shutil.which("zbarimg")
    for i, sym in enumerate(decode(image, symbols=[ZBarSymbol.QRCODE])):
        data = sym.data
        if zbarimg is not None:
            r = sym.rect
            box = (max(0, r.left - 20), max(0, r.top - 20), r.left + r.width + 20, r.top + r.height + 20)
            crop = png.with_name(f"{png.stem}-qr{i}.png")
            image.crop(box).save(crop)
            res = subprocess.run([zbarimg, "-q", "--raw", "-Sbinary", str(crop)], capture_output=True)
            if res.returncode == 0 and res.stdout:
                data = res.stdout
        out.append(data)
    return out


def words_bbox(pdf: Path) -> list[tuple[str, float, float, int]]:
    """(word, xMin, xMax, page) for every word, from ``pdftotext -bbox``."""
    need_tool("pdftotext")
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    out = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)</word>',
                      line)
        if m:
            out.append((m.group(3), float(m.group(1)), float(m.group(2)), page))
    return out
